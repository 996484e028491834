"""Split Vietnamese text into syllables, the unit that search indexes and matches."""

import functools
import re
import unicodedata

from .fold import fold
from .normalize import normalize
from .spelling import char_class

# Never part of a token, and not case-ignorable, so lower-casing one joined string of
# tokens sees the same context at each token's edge (Greek final sigma) as each token alone.
_JOINER = "\x00"


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    # Marks keep words of scripts like Devanagari in one piece. Python's regex has no \p{M},
    # so the class is built once from the Unicode database. Only the Basic Multilingual Plane:
    # ranges above it make every character test slower, for the sake of historic scripts.
    ranges: list[tuple[int, int]] = []
    for code in range(0x0300, 0x10000):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return re.compile(f"[^\\W_]+(?:[{char_class(*ranges)}]+[^\\W_]*)*")


def syllables(text: str) -> list[str]:
    """Return the runs of letters and digits in normalized ``text``, case and marks kept.

    Everything else separates: spaces, punctuation, symbols, emoji, the underscore.
    ``"Số 42/2022, tăng 3,5%"`` gives ``["Số", "42", "2022", "tăng", "3", "5"]``. Letters
    and digits written together stay one token (``QH14``, ``H5N1``), as document numbers
    and codes are searched that way.
    """
    return _token_pattern().findall(normalize(text))


def search_tokens(text: str) -> list[str]:
    """Return ``[fold(s) for s in syllables(text)]``: the tokens a search index stores."""
    tokens = syllables(text)
    if not tokens:
        return []
    # One fold over the joined tokens instead of one call per token: same result, and a
    # long article has thousands of tokens.
    return fold(_JOINER.join(tokens)).split(_JOINER)
