"""A tiny selector language over lxml, because cssselect is not a dependency.

Supported: ``tag``, ``.class``, ``#id``, ``tag.class``, ``tag#id``, ``.a.b``,
``[attr]``, ``[attr=value]``, ``[attr*=part]``, and descendant chains ``a b``.
"""

import re
from functools import lru_cache

from vnportal.vntext import normalize

__all__ = ["first", "select", "text_of"]

_PART = re.compile(r"([.#]?[\w-]+|\[[^\]]+\])")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=512)
def _xpath(selector: str) -> str:
    steps = []
    for compound in selector.split():
        tag = "*"
        conditions = []
        for part in _PART.findall(compound):
            if part.startswith("."):
                conditions.append(
                    f"contains(concat(' ', normalize-space(@class), ' '), ' {part[1:]} ')"
                )
            elif part.startswith("#"):
                conditions.append(f"@id='{part[1:]}'")
            elif part.startswith("["):
                inner = part[1:-1]
                if "*=" in inner:
                    name, value = inner.split("*=", 1)
                    conditions.append(f"contains(@{name}, '{value.strip(chr(34) + chr(39))}')")
                elif "=" in inner:
                    name, value = inner.split("=", 1)
                    conditions.append(f"@{name}='{value.strip(chr(34) + chr(39))}'")
                else:
                    conditions.append(f"@{inner}")
            else:
                tag = part
        step = tag + "".join(f"[{condition}]" for condition in conditions)
        steps.append(step)
    return ".//" + "//".join(steps)


def select(root, *selectors: str) -> list:
    """Elements matching the first selector that matches anything, in document order."""
    if root is None:
        return []
    for selector in selectors:
        found = root.xpath(_xpath(selector))
        if found:
            return found
    return []


def first(root, *selectors: str):
    found = select(root, *selectors)
    return found[0] if found else None


def text_of(element) -> str:
    if element is None:
        return ""
    return normalize(_SPACES.sub(" ", element.text_content()).strip())
