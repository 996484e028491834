"""Which words of a text a search matched, in the text's own spelling, and the part of a
long text worth showing under a result.

Both functions return (text, is_match) pieces that join back to the text they cover, so a
template can escape each piece and wrap the matches in ``<mark>`` without ever parsing
HTML. A match is one syllable (``vntext.syllables``) whose fold is a query token: a reader
who typed ``dang bo`` sees "Đảng bộ" marked with its diacritics and capitals as written.

Text is expected as stored (NFC); NFD text works as well. Damage that ``normalize``
repairs inside a word (a zero-width space in "Đả\u200bng") splits that word here, as
the pieces must keep every character of the original.
"""

import functools
import re
import unicodedata

from .fold import fold
from .tokens import _token_pattern

ELLIPSIS = "…"

# How far a cut may move to land on a space rather than inside a word.
_REACH = 24
# A token that cannot occur in folded text (folding lower-cases): cheaper than a branch.
_JOINER = "\x00"

Piece = tuple[str, bool]


def mark(text: str, folded_tokens: set[str]) -> list[Piece]:
    """Split ``text`` into pieces; a piece is a match when it is a syllable whose fold is
    in ``folded_tokens``. Matches are one syllable each; the text between them is one
    piece. ``"".join(piece for piece, _ in mark(text, tokens)) == text``.
    """
    if not text:
        return []
    words = list(_token_pattern().finditer(text)) if folded_tokens else []
    if not words:
        return [(text, False)]
    pieces: list[Piece] = []
    done = 0
    for word, folded in zip(words, _fold_each([word.group() for word in words]), strict=True):
        if folded not in folded_tokens:
            continue
        start, end = word.span()
        if start > done:
            pieces.append((text[done:start], False))
        pieces.append((text[start:end], True))
        done = end
    if done < len(text):
        pieces.append((text[done:], False))
    return pieces


def snippet(text: str, folded_tokens: set[str], width: int = 240) -> list[Piece]:
    """The part of ``text``, about ``width`` characters, with the most distinct query
    tokens (the earliest of equals), cut between words, marked as ``mark`` does.

    A cut end gets an ``ELLIPSIS`` piece of its own. Without any match it is the start of
    the text. Text no longer than ``width`` is returned whole.
    """
    if len(text) <= width:
        return mark(text, folded_tokens)
    spans = _match_spans(text, folded_tokens)
    if spans:
        first, last = _best_window(spans, width)
        start = _cut_start(text, first, last, width)
        end = _cut_end(text, start, max(start + width, last), last)
    else:
        start = 0
        end = _cut_end(text, 0, width, 0)
    pieces = mark(text[start:end], folded_tokens)
    if start > 0:
        pieces.insert(0, (ELLIPSIS, False))
    if end < len(text):
        pieces.append((ELLIPSIS, False))
    return pieces


def _fold_each(words: list[str]) -> list[str]:
    # One fold over the joined words instead of one call per word, as search_tokens does.
    folded = fold(_JOINER.join(words)).split(_JOINER)
    if len(folded) != len(words):
        folded = [fold(word) for word in words]
    return folded


@functools.lru_cache(maxsize=256)
def _token_finders(folded_tokens: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    # One pattern per token that starts with the literal, so the regex engine jumps from
    # one occurrence to the next; an alternation, or a leading \b, makes it try every
    # position and is about ten times slower on a long article.
    return tuple(
        re.compile(re.escape(token) + r"(?![^\W_])") for token in sorted(folded_tokens) if token
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _match_spans(text: str, folded_tokens: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, token) of every match, in text order.

    Found in the folded text when folding kept every character in place, as it does for
    NFC text: a scan at C speed instead of a Python loop over every word. The window it
    leads to is marked by ``mark`` anyway, so an odd character that folds in place but
    reads differently can only move the window, never mark a wrong word.
    """
    if not folded_tokens:
        return []
    folded = fold(text)
    if len(folded) != len(text):
        words = list(_token_pattern().finditer(text))
        foldings = _fold_each([word.group() for word in words])
        return [
            (*word.span(), token)
            for word, token in zip(words, foldings, strict=True)
            if token in folded_tokens
        ]
    spans = []
    for finder in _token_finders(frozenset(folded_tokens)):
        for found in finder.finditer(folded):
            start = found.start()
            if start == 0 or not _is_word_char(folded[start - 1]):
                spans.append((start, found.end(), found.group()))
    spans.sort()
    return spans


def _best_window(spans: list[tuple[int, int, str]], width: int) -> tuple[int, int]:
    """Start of the first and end of the last match of the earliest window of ``width``
    characters that holds the most distinct tokens."""
    counts: dict[str, int] = {}
    best_count, best = 0, (spans[0][0], spans[0][1])
    right = 0
    for left, (start, _, _) in enumerate(spans):
        while right < len(spans) and spans[right][1] - start <= width:
            token = spans[right][2]
            counts[token] = counts.get(token, 0) + 1
            right += 1
        if right > left and len(counts) > best_count:
            best_count, best = len(counts), (start, spans[right - 1][1])
        if right > left:
            token = spans[left][2]
            counts[token] -= 1
            if not counts[token]:
                del counts[token]
        else:
            right = left + 1
    return best


def _last_space(text: str, low: int, high: int) -> int:
    """Index of the last space or line break in ``text[low:high]``, or -1."""
    return max(text.rfind(" ", low, high), text.rfind("\n", low, high))


def _is_boundary(text: str, position: int) -> bool:
    return not (_is_word_char(text[position - 1]) and _is_word_char(text[position]))


def _cut_start(text: str, first: int, last: int, width: int) -> int:
    """Where the shown part starts: a few words before the first match, so that it reads
    as a sentence rather than opening on the match, and at the start of a word."""
    start = first - max(0, (width - (last - first)) // 3)
    if start <= _REACH:
        return 0
    space = _last_space(text, start - _REACH, start + 1)
    if space >= 0:
        start = space + 1
    else:
        while start < first and not _is_boundary(text, start):
            start += 1
    while start < first and text[start].isspace():
        start += 1
    return start


def _cut_end(text: str, start: int, end: int, floor: int) -> int:
    """Where the shown part ends: at ``end`` or a little before, never before ``floor``
    (the end of the last match), between words, without trailing spaces."""
    if end >= len(text):
        return len(text)
    space = _last_space(text, floor, end + 1)
    if space >= floor and space > start:
        cut = space
    else:
        cut = end
        while cut > floor and not _is_boundary(text, cut):
            cut -= 1
        if cut <= start:
            # One word longer than the whole window: cutting inside it is all that is left.
            cut = end
    while cut > floor and cut > start + 1 and text[cut - 1].isspace():
        cut -= 1
    return cut
