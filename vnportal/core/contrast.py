"""Colour contrast as WCAG 2.x defines it, in plain Python (no Django).

A site's primary colour is the background of the main menu, whose text is white, so
WCAG 2.2 success criterion 1.4.3 asks for a contrast ratio of at least 4.5:1 between
white and that colour.
"""

import re

MIN_TEXT_CONTRAST = 4.5
WHITE = "#ffffff"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

# Colours that carry white text at 4.5:1 or better, for site administrators to choose
# from; any other colour is accepted when it passes the same check.
ACCESSIBLE_PALETTE = (
    ("#9b0d14", "Đỏ cờ (mặc định)"),
    ("#b3261e", "Đỏ son"),
    ("#a4373a", "Đỏ gạch"),
    ("#8a1538", "Đỏ mận"),
    ("#0a4a9c", "Xanh lam"),
    ("#1d3f8a", "Xanh dương đậm"),
    ("#005a70", "Xanh biển"),
    ("#00695c", "Xanh ngọc"),
    ("#2e6b30", "Xanh lá"),
    ("#5b3a8c", "Tím"),
    ("#8a4b08", "Nâu đất"),
    ("#3f4a55", "Xám đá"),
)


def is_hex_colour(value: str) -> bool:
    return bool(_HEX.match(value or ""))


def _rgb(colour: str) -> tuple[int, int, int]:
    if not is_hex_colour(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _linear(channel: int) -> float:
    c = channel / 255
    # WCAG 2.x writes 0.03928; sRGB's 0.04045 gives the same result for 8-bit channels.
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1.0 (same colour) to 21.0 (black on white), in either order."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def darken(colour: str, factor: float = 0.71) -> str:
    """The colour scaled towards black; 0.71 turns the default #9b0d14 into the
    #6e090e that the stylesheet's --brand-dark was drawn from."""
    return "#" + "".join(f"{round(c * factor):02x}" for c in _rgb(colour))
