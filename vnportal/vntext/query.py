"""Parse what a citizen typed into the search box, and build safe full-text expressions.

Nothing a user types is an operator of the database's query language: SQLite FTS5 and
PostgreSQL tsquery only ever see quoted or sanitised folded tokens joined by operators we
write ourselves. The syntax we do honour is the one people know from web search engines:
``"nông thôn mới"`` is a phrase and ``-covid`` leaves out texts with that word. Upper-case
AND, OR, NOT and NEAR are words like any other.
"""

import re
from dataclasses import dataclass, field

from .fold import fold
from .normalize import normalize
from .telex import decode_words
from .tokens import syllables
from .tones import tone_key

# Straight, curly and low quotes and guillemets all open and close a phrase: phones type
# curly quotes, and which way a quote curls says nothing about where the phrase ends.
_QUOTES = '"“”„‟«»＂'
_QUOTE = re.compile(f"[{_QUOTES}]")
_SANITISE_TSQUERY = re.compile(r"[^a-z0-9]+")

# Work on a bounded prefix, so a megabyte pasted into the box costs no more than a page.
_RAW_SLACK = 4


@dataclass(frozen=True)
class Term:
    """One syllable of the query: as typed (NFC), folded for matching, keyed for ranking.

    ``phrase_id`` is the index in ``Query.phrases`` of the quoted phrase the term belongs
    to; ``negated`` is set for a word written ``-word`` (leave out texts containing it).
    """

    text: str
    folded: str
    tone_key: str
    phrase_id: int | None = None
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed search query.

    - ``original``: the text searched, normalized, whitespace collapsed, and cut to
      ``max_length`` at a word boundary; what the search box shows again.
    - ``terms``: every syllable in order, with phrase membership and negation.
    - ``phrases``: each quoted phrase of two or more syllables, as folded syllables.
    - ``alternatives``: the Telex and VNI readings of the words that are not negated, as
      folded token lists, for the search to OR with the literal query; never the literal
      reading itself. Each has one token per term of ``positive_terms``, in order, so the
      phrases of the query stay phrases in it. ``alternative_words`` holds the same
      readings with their diacritics, so that ranking can prefer texts whose tones agree.
      A caller may add readings of its own (a spelling correction) with
      ``dataclasses.replace``: one token per positive term keeps the phrases, any other
      length has its tokens simply ANDed.
    - ``truncated``: the input was longer than ``max_length`` and was cut.
    """

    original: str
    terms: list[Term] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    alternatives: list[list[str]] = field(default_factory=list)
    alternative_words: list[list[str]] = field(default_factory=list)
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        """True when nothing is left to search for (an empty box, only punctuation, emoji)."""
        return not self.positive_terms

    @property
    def positive_terms(self) -> list[Term]:
        return [term for term in self.terms if not term.negated]

    @property
    def negated_terms(self) -> list[Term]:
        return [term for term in self.terms if term.negated]


def parse_query(text: str | None, max_length: int = 500) -> Query:
    """Parse ``text`` as typed into a search box; never raises for any str (or None).

    - Quotes delimit phrases; a quote without its partner is plain text.
    - ``-word`` at the start of a word negates that one syllable; ``-42``, ``NĐ-CP`` and
      a minus before a quote or a compound (``-Hòa-Bình``) are plain text. When every term
      is negated, none is: a query that only excludes would find everything.
    - Syllables are ``vntext.syllables``: emoji, punctuation and operator characters of
      FTS5 and tsquery separate words and are otherwise ignored.
    - Input longer than ``max_length`` characters is cut at the last space before that
      length (inside a word when there is none) and ``truncated`` is set.
    """
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError(f"parse_query() needs str, got {type(text).__name__}")
    if max_length < 1:
        raise ValueError(f"parse_query() max_length must be at least 1, got {max_length}")
    raw_limit = max_length * _RAW_SLACK + 64
    truncated = len(text) > raw_limit
    original = " ".join(normalize(text[:raw_limit]).split())
    if len(original) > max_length:
        truncated = True
        cut = original.rfind(" ", 0, max_length + 1)
        original = original[: cut if cut > 0 else max_length].rstrip()

    terms, phrases = _terms(original)
    if terms and all(term.negated for term in terms):
        terms = [Term(term.text, term.folded, term.tone_key, term.phrase_id) for term in terms]
    alternatives, alternative_words = _alternatives(terms)
    return Query(
        original=original,
        terms=terms,
        phrases=phrases,
        alternatives=alternatives,
        alternative_words=alternative_words,
        truncated=truncated,
    )


def _segments(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, quoted) pieces; an odd last quote is plain text."""
    quotes = [match.start() for match in _QUOTE.finditer(text)]
    if len(quotes) % 2:
        quotes.pop()
    pieces = []
    done = 0
    for opening, closing in zip(quotes[::2], quotes[1::2], strict=True):
        pieces.append((text[done:opening], False))
        pieces.append((text[opening + 1 : closing], True))
        done = closing + 1
    pieces.append((text[done:], False))
    return pieces


def _term(token: str, phrase_id: int | None = None, negated: bool = False) -> Term:
    return Term(token, fold(token), tone_key(token), phrase_id, negated)


def _terms(text: str) -> tuple[list[Term], list[list[str]]]:
    terms: list[Term] = []
    phrases: list[list[str]] = []
    for piece, quoted in _segments(text):
        if quoted:
            tokens = syllables(piece)
            if len(tokens) == 1:
                terms.append(_term(tokens[0]))
            elif tokens:
                phrase = [_term(token, len(phrases)) for token in tokens]
                phrases.append([term.folded for term in phrase])
                terms += phrase
            continue
        for chunk in piece.split():
            tokens = syllables(chunk)
            negated = (
                len(tokens) == 1
                and chunk.startswith("-")
                and chunk[1:2].isalpha()
                and chunk.count("-") == 1
            )
            terms += [_term(token, negated=negated) for token in tokens]
    return terms, phrases


def _alternatives(terms: list[Term]) -> tuple[list[list[str]], list[list[str]]]:
    words = [term.text for term in terms if not term.negated]
    literal = [fold(word) for word in words]
    alternatives: list[list[str]] = []
    alternative_words: list[list[str]] = []
    for telex in (True, False):
        decoded = decode_words(words, telex)
        if decoded is None:
            continue
        folded = [fold(word) for word in decoded]
        if folded != literal and folded not in alternatives:
            alternatives.append(folded)
            alternative_words.append(decoded)
    return alternatives, alternative_words


def _groups(query: Query, tokens: list[str]) -> list[tuple[str, ...]]:
    """Group ``tokens`` (one per positive term) by phrase, dropping repeated groups."""
    terms = query.positive_terms
    if len(tokens) != len(terms):
        # A reading added by the caller (a spelling correction) has no phrase structure.
        return list(dict.fromkeys((token,) for token in tokens))
    groups: dict[int | str, list[str]] = {}
    for index, (term, token) in enumerate(zip(terms, tokens, strict=True)):
        key = f"term {index}" if term.phrase_id is None else term.phrase_id
        groups.setdefault(key, []).append(token)
    return list(dict.fromkeys(tuple(group) for group in groups.values()))


def _readings(query: Query) -> list[list[tuple[str, ...]]]:
    """The literal reading, then each alternative, as lists of token groups (phrases)."""
    if query.is_empty:
        return []
    literal = [term.folded for term in query.positive_terms]
    return [_groups(query, tokens) for tokens in [literal, *query.alternatives]]


def _join(expressions: list[str], operator: str) -> str:
    expressions = list(dict.fromkeys(expressions))
    if len(expressions) == 1:
        return expressions[0]
    return f" {operator} ".join(f"({expression})" for expression in expressions)


def _fts5_string(tokens: tuple[str, ...]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def fts5_match_expression(query: Query, prefix: bool = False) -> str:
    """Return a SQLite FTS5 MATCH string for ``query`` over an index of folded tokens.

    Every token is inside a double-quoted string, so no character of the query is ever
    read as FTS5 syntax; a phrase is one string (``"nong thon moi"``). The literal reading
    and each alternative are ANDs of their tokens and phrases, OR-ed together; negated
    terms follow as NOT. With ``prefix`` the last token of each reading also matches as a
    prefix (``"moi"*``), for search-as-you-type. Returns "" for an empty query: do not run
    MATCH then.
    """
    expressions = []
    for groups in _readings(query):
        parts = [_fts5_string(group) for group in groups]
        if prefix:
            parts[-1] += "*"
        expressions.append(" AND ".join(parts))
    if not expressions:
        return ""
    expression = _join(expressions, "OR")
    for negated in dict.fromkeys(term.folded for term in query.negated_terms):
        expression = f"({expression}) NOT {_fts5_string((negated,))}"
    return expression


def _tsquery_tokens(tokens: tuple[str, ...]) -> list[str]:
    return [token for token in (_SANITISE_TSQUERY.sub("", token) for token in tokens) if token]


def tsquery_expression(query: Query, prefix: bool = False) -> str:
    """Return a PostgreSQL ``to_tsquery('simple', ...)`` string for ``query``.

    Tokens are folded and stripped to ``[a-z0-9]`` (tokens left empty are dropped), joined
    with ``&``; a phrase is ``(nong <-> thon <-> moi)``; readings are OR-ed with ``|`` and
    negated terms added as ``& !token``. With ``prefix`` the last token of each reading
    gets ``:*``. Returns "" when no token is left: do not run the query then.
    """
    expressions = []
    for groups in _readings(query):
        kept = [tokens for tokens in map(_tsquery_tokens, groups) if tokens]
        if not kept:
            continue
        if prefix:
            kept[-1][-1] += ":*"
        parts = [f"({' <-> '.join(tokens)})" if len(tokens) > 1 else tokens[0] for tokens in kept]
        expressions.append(" & ".join(dict.fromkeys(parts)))
    if not expressions:
        return ""
    expression = _join(expressions, "|")
    negated = _tsquery_tokens(tuple(term.folded for term in query.negated_terms))
    for token in dict.fromkeys(negated):
        expression = f"({expression}) & !{token}"
    return expression
