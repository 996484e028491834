"""From a parsed query to what the backends run: the match, and what ranking rewards.

- ``readings``: the folded tokens of the query as typed, then of each Telex/VNI reading
  and each spelling correction the engine added. A text matches when it has every token
  of one reading (phrases as phrases; negated words absent).
- ``bigrams``: neighbouring tokens of each reading. A text where they stand side by side
  scores higher: Vietnamese words are often two or three syllables (nông thôn mới).
- ``accent_keys``: the words as the reader spelled them, tone placement unified
  (``tone_key``), when the query has diacritics at all (and the words of each Telex or
  VNI reading). A text that has them spelled so scores higher than one that matches only
  once diacritics are removed: ``Đảng`` prefers "Đảng" to "đang".
"""

from dataclasses import dataclass, field

from vnportal.vntext import Query, fold, tone_key

# Enough to reward the neighbours of a long query, few enough to keep the expression small.
MAX_BIGRAMS = 8


@dataclass(frozen=True)
class Plan:
    query: Query
    readings: list[list[str]] = field(default_factory=list)
    bigrams: list[tuple[str, str]] = field(default_factory=list)
    accent_keys: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, query: Query) -> "Plan":
        literal = [term.folded for term in query.positive_terms]
        readings = [literal, *query.alternatives] if literal else []
        bigrams: list[tuple[str, str]] = []
        for tokens in readings:
            for pair in zip(tokens, tokens[1:], strict=False):
                if pair not in bigrams and len(bigrams) < MAX_BIGRAMS:
                    bigrams.append(pair)
        # A reader who types any diacritic types them all: then "lao" in "lao động" is
        # not "Lào". Keystroke readings always have them.
        typed = [term.text for term in query.positive_terms]
        spelled = [typed] if any(map(_has_marks, typed)) else []
        spelled += query.alternative_words
        accent_keys = list(dict.fromkeys(tone_key(word) for words in spelled for word in words))
        return cls(query, readings, bigrams, accent_keys)


def _has_marks(word: str) -> bool:
    return fold(word) != word.lower()
