"""Every severity's banner colours are readable: WCAG AA, text contrast of 4.5:1 or more."""

import re
from pathlib import Path

import pytest

from vnportal.alerts.models import Severity

CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "alerts.css"
RULE = re.compile(
    r"\.alert-banner--(?P<severity>\w+)[^{]*\{\s*background:\s*(?P<bg>#[0-9a-f]{6});"
    r"\s*color:\s*(?P<fg>#[0-9a-f]{6});",
    re.IGNORECASE,
)


def luminance(hex_colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


COLOURS = {m["severity"]: (m["bg"], m["fg"]) for m in RULE.finditer(CSS.read_text())}


def test_every_severity_has_banner_colours():
    assert set(COLOURS) == {value.lower() for value in Severity.values}


@pytest.mark.parametrize("severity", sorted(COLOURS))
def test_banner_text_contrast_meets_wcag_aa(severity):
    background, text = COLOURS[severity]
    assert contrast(background, text) >= 4.5, (severity, background, text)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
