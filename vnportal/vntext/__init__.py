"""Vietnamese text handling in plain Python, without Django.

- ``normalize``: one NFC spelling, with the damage of input tools and converters repaired.
- ``fold``: case- and accent-blind form (đ → d) for matching queries typed without marks.
- ``tone_key``: the tone mark in one place, so old-style hòa and new-style hoà compare equal.
- ``syllables`` and ``search_tokens``: the tokens that search indexes.
- ``slugify``: ASCII URL slugs.
- ``is_vietnamese_syllable`` and ``is_folded_syllable``: the spelling rules of a syllable.
- ``decode_telex``, ``decode_vni`` and ``decode_query``: queries typed as keystrokes.
- ``parse_query``, ``fts5_match_expression`` and ``tsquery_expression``: search queries.
- ``Vocabulary``, ``edit_candidates`` and ``suggest``: typo candidates and corrections.
"""

from .fold import fold
from .normalize import normalize
from .query import Query, Term, fts5_match_expression, parse_query, tsquery_expression
from .slug import slugify
from .syllable import is_folded_syllable, is_vietnamese_syllable
from .telex import decode_query, decode_telex, decode_vni
from .tokens import search_tokens, syllables
from .tones import tone_key
from .typo import Vocabulary, edit_candidates, suggest

__all__ = [
    "Query",
    "Term",
    "Vocabulary",
    "decode_query",
    "decode_telex",
    "decode_vni",
    "edit_candidates",
    "fold",
    "fts5_match_expression",
    "is_folded_syllable",
    "is_vietnamese_syllable",
    "normalize",
    "parse_query",
    "search_tokens",
    "slugify",
    "suggest",
    "syllables",
    "tone_key",
    "tsquery_expression",
]
