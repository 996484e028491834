"""WCAG 2.x contrast of the primary colour against white menu text; no database."""

import pytest

from vnportal.core.contrast import (
    ACCESSIBLE_PALETTE,
    MIN_TEXT_CONTRAST,
    contrast_ratio,
    darken,
    relative_luminance,
)


def test_black_on_white_is_21_to_1_in_either_order():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#9b0d14", "#9b0d14") == pytest.approx(1.0)


def test_known_values_from_the_wcag_examples():
    # #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < MIN_TEXT_CONTRAST
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_yellow_fails_and_every_palette_colour_passes():
    assert contrast_ratio("#ffcc00", "#ffffff") == pytest.approx(1.51, abs=0.01)
    for colour, label in ACCESSIBLE_PALETTE:
        assert contrast_ratio(colour, "#ffffff") >= MIN_TEXT_CONTRAST, label


def test_the_dark_shade_is_darker_and_keeps_the_hue():
    assert darken("#9b0d14") == "#6e090e"
    assert relative_luminance(darken("#0a4a9c")) < relative_luminance("#0a4a9c")


def test_a_malformed_colour_is_refused():
    with pytest.raises(ValueError, match="#rrggbb"):
        contrast_ratio("red", "#ffffff")
