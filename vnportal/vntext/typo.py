"""Typo candidates for folded query tokens, and the "Có phải bạn muốn tìm: …" suggestion.

The vocabulary is the folded tokens of the search index (the search app builds it, with
counts when it has them). Distance is Damerau-Levenshtein in its optimal string alignment
form: inserting, deleting or replacing a letter, or swapping two neighbouring letters
(``nghiegn`` → ``nghieng``), each counts one.

Two searches keep this fast on a vocabulary of 100,000 tokens:

- one edit: every string one edit away from the token is generated (a few hundred) and
  looked up, so no vocabulary word is compared at all;
- two edits: only words of a near length sharing the first or the last letter with the
  token are compared, and most of them are dismissed by a bound on their letter sets
  before a distance is computed. A typo at both ends of one short syllable is rare.

Build a ``Vocabulary`` once per index and reuse it.
"""

from collections.abc import Iterable, Mapping

from .query import Query, parse_query

_BITS = {char: 1 << index for index, char in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}
# Every other character shares one bit, which keeps the letter-set bound valid.
_OTHER_BIT = 1 << 36


def _mask(word: str) -> int:
    mask = 0
    for char in word:
        mask |= _BITS.get(char, _OTHER_BIT)
    return mask


class Vocabulary:
    """Folded tokens with their frequencies, indexed for ``edit_candidates``.

    The one-edit search tries every character the vocabulary uses: folded Vietnamese with
    some foreign names uses 40 to 80. Leave out tokens of other scripts (Chinese names)
    rather than let them grow that alphabet by thousands.
    """

    def __init__(self, words: Mapping[str, int] | Iterable[str]) -> None:
        counts = dict(words) if isinstance(words, Mapping) else dict.fromkeys(words, 1)
        self.counts: dict[str, int] = counts
        by_first: dict[tuple[str, int], list[tuple[int, str]]] = {}
        by_last: dict[tuple[str, int], list[tuple[int, str]]] = {}
        alphabet: set[str] = set()
        for word in counts:
            if word:
                alphabet.update(word)
                entry = (_mask(word), word)
                by_first.setdefault((word[0], len(word)), []).append(entry)
                by_last.setdefault((word[-1], len(word)), []).append(entry)
        self._alphabet = "".join(sorted(alphabet))
        self._by_first = by_first
        self._by_last = by_last

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def near(self, token: str, max_distance: int) -> list[tuple[int, str]]:
        """Return (distance, word) for the words within ``max_distance`` of ``token``."""
        found = {token: 0} if token in self.counts else {}
        if max_distance >= 1:
            for word in _one_edit(token, self._alphabet):
                if word in self.counts and word not in found:
                    found[word] = 1
        if max_distance >= 2:
            for word in self._scan(token, max_distance):
                if word not in found:
                    found[word] = _distance(token, word, max_distance)
        return [(distance, word) for word, distance in found.items() if distance <= max_distance]

    def _scan(self, token: str, max_distance: int) -> Iterable[str]:
        if not token:
            return
        token_mask = _mask(token)
        first, last = token[0], token[-1]
        for length in range(len(token) - max_distance, len(token) + max_distance + 1):
            # Each letter of the token missing from a word needs an edit of its own, and so
            # does each letter of the word missing from the token, beyond the length
            # difference that insertions or deletions already pay for.
            longer = len(token) - length
            same_first = self._by_first.get((first, length), ())
            same_last = self._by_last.get((last, length), ())
            # A word sharing both ends with the token is in both lists: take it once.
            for entries, skip_first in ((same_first, ""), (same_last, first)):
                for mask, word in entries:
                    if word[0] == skip_first:
                        continue
                    missing = (token_mask & ~mask).bit_count()
                    extra = (mask & ~token_mask).bit_count()
                    if longer >= 0:
                        bound = longer + max(extra, missing - longer)
                    else:
                        bound = max(missing, extra + longer) - longer
                    if bound <= max_distance:
                        yield word


def _one_edit(word: str, alphabet: str) -> set[str]:
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits.update(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1)
    edits.update(left + char + right[1:] for left, right in splits if right for char in alphabet)
    edits.update(left + char + right for left, right in splits for char in alphabet)
    edits.discard(word)
    return edits


def _distance(source: str, target: str, limit: int) -> int:
    """Optimal string alignment distance, or ``limit + 1`` when it is greater than ``limit``.

    Typos leave most of a word alone, so the common start and end are dropped first; what
    is left differs in its first letter, which one of four edits must fix. Trying each with
    one edit less to spend costs at most 4 ** limit small steps: fewer than a table for the
    one or two edits a typo has.
    """
    shorter = min(len(source), len(target))
    prefix = 0
    while prefix < shorter and source[prefix] == target[prefix]:
        prefix += 1
    suffix = 0
    while suffix < shorter - prefix and source[-1 - suffix] == target[-1 - suffix]:
        suffix += 1
    source = source[prefix : len(source) - suffix]
    target = target[prefix : len(target) - suffix]
    if not source or not target:
        return min(len(source) + len(target), limit + 1)
    if limit == 0 or abs(len(source) - len(target)) > limit:
        return limit + 1
    if limit == 1:
        # What is left differs at both ends: one edit fixes it only when it is one letter,
        # or two letters swapped.
        one_edit = len(source) == len(target) and (
            len(source) == 1 or (len(source) == 2 and source == target[::-1])
        )
        return 1 if one_edit else 2
    rest = limit - 1
    best = 1 + min(
        _distance(source[1:], target[1:], rest),
        _distance(source[1:], target, rest),
        _distance(source, target[1:], rest),
    )
    if len(source) > 1 and len(target) > 1 and source[:2] == target[1::-1]:
        best = min(best, 1 + _distance(source[2:], target[2:], rest))
    return min(best, limit + 1)


def edit_candidates(
    folded_token: str,
    vocabulary: Vocabulary | Mapping[str, int] | Iterable[str],
    max_distance: int = 2,
    limit: int = 10,
) -> list[str]:
    """Return up to ``limit`` vocabulary words within ``max_distance`` edits of the token.

    Nearest first; among words as near, a swap of the token's own letters (``thno`` →
    ``thon``) before the others, then the more frequent, then alphabetical. The token
    itself comes first when it is in the vocabulary. Every word one edit away is found;
    words two edits away only when they share the first or the last letter with the
    token. Pass a ``Vocabulary`` to reuse its index: any other collection of words is
    indexed on every call.
    """
    if not isinstance(vocabulary, Vocabulary):
        vocabulary = Vocabulary(vocabulary)
    # Nearest first: the wider search is only needed when the nearer one finds too few.
    for distance in range(min(max_distance, 1), max_distance + 1):
        found = vocabulary.near(folded_token, distance)
        if len(found) >= limit:
            break
    letters = sorted(folded_token)
    found.sort(
        key=lambda item: (
            item[0],
            sorted(item[1]) != letters,
            -vocabulary.counts[item[1]],
            item[1],
        )
    )
    return [word for _, word in found[:limit]]


def max_typos(token: str) -> int:
    """How many typos a token of this length may hold and still be corrected.

    One for three to five letters, two from six on (nghieng, thuong); none for shorter
    tokens, where one edit turns any word into another (an, em, o).
    """
    if len(token) < 3:
        return 0
    return 1 if len(token) < 6 else 2


def suggest(query: Query | str, vocabulary: Vocabulary | Mapping[str, int]) -> str | None:
    """Return the folded query with its unknown tokens corrected, or None.

    Tokens in the vocabulary, tokens with digits (document numbers, years) and tokens too
    short to correct stay as typed; an unknown token becomes its nearest, most frequent
    candidate (``max_typos``). None when nothing changes, and when a Telex or VNI reading
    of the query consists of known tokens only: the search has already found that reading,
    so suggesting a spelling of the keystrokes would mislead.
    """
    if not isinstance(vocabulary, Vocabulary):
        vocabulary = Vocabulary(vocabulary)
    if isinstance(query, str):
        query = parse_query(query)
    for reading in query.alternatives:
        if all(token in vocabulary for token in reading):
            return None
    tokens = []
    changed = False
    for term in query.positive_terms:
        token = term.folded
        distance = max_typos(token)
        if token not in vocabulary and distance and not any(char.isdigit() for char in token):
            candidates = edit_candidates(token, vocabulary, distance, limit=1)
            if candidates:
                token = candidates[0]
                changed = True
        tokens.append(token)
    return " ".join(tokens) if changed else None
