"""Vietnamese text handling in plain Python, without Django.

- ``normalize``: one NFC spelling, with the damage of input tools and converters repaired.
- ``fold``: case- and accent-blind form (đ → d) for matching queries typed without marks.
- ``tone_key``: the tone mark in one place, so old-style hòa and new-style hoà compare equal.
- ``syllables`` and ``search_tokens``: the tokens that search indexes.
- ``slugify``: ASCII URL slugs.
"""

from .fold import fold
from .normalize import normalize
from .slug import slugify
from .tokens import search_tokens, syllables
from .tones import tone_key

__all__ = ["fold", "normalize", "search_tokens", "slugify", "syllables", "tone_key"]
