"""ASCII URL slugs from Vietnamese titles."""

import re

from .fold import fold

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """Return an ASCII slug of ``text``: folded, words joined by ``-``, at most ``max_length``.

    ``slugify("Đảng bộ xã Tây Yên: 2026!") == "dang-bo-xa-tay-yen-2026"``. A long slug is cut
    after the last whole word that fits; a single word longer than ``max_length`` is cut
    inside. Letters that fold to nothing in ASCII (Chinese, Cyrillic, emoji) are dropped, so
    the result can be empty and the caller must then choose a fallback.
    """
    if max_length < 1:
        raise ValueError(f"slugify() max_length must be at least 1, got {max_length}")
    slug = _NOT_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) <= max_length or slug[max_length] == "-":
        return slug[:max_length]
    last_break = slug.rfind("-", 0, max_length)
    if last_break == -1:
        return slug[:max_length]
    return slug[:last_break]
