"""The server-drawn bar charts: an accessible image holding the same figures as the table."""

import re

from vnportal.feedback.charts import LABEL_CHARS, bar_chart


def test_chart_is_an_image_with_a_title_and_the_figures_read_out():
    svg = bar_chart("Biểu đồ: theo lĩnh vực", [("Đất đai", 1234), ("Y tế", 0)])
    assert svg.startswith("<svg") and 'role="img"' in svg
    title_id, desc_id = re.search(r'aria-labelledby="([^" ]+) ([^"]+)"', svg).groups()
    assert f'<title id="{title_id}">Biểu đồ: theo lĩnh vực</title>' in svg
    assert f'<desc id="{desc_id}">Đất đai: 1.234; Y tế: 0</desc>' in svg
    assert 'viewBox="0 0 320 ' in svg  # drawn for a 320 px phone, scaled up elsewhere


def test_bars_are_proportional_and_a_zero_has_no_bar():
    svg = bar_chart("Biểu đồ", [("A", 10), ("B", 5), ("C", 0)])
    widths = [float(w) for w in re.findall(r'<rect x="0" y="[\d.]+" width="([\d.]+)"', svg)]
    assert widths[0] == 2 * widths[1] and widths[2] == 0


def test_labels_are_escaped_and_long_ones_shortened_with_the_full_name_kept():
    long_name = "Đất đai, xây dựng, tài nguyên và môi trường của các xã ven biển"
    svg = bar_chart("<b>Biểu đồ</b>", [("<script>alert(1)</script>", 1), (long_name, 2)])
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert f"<title>{long_name}: 2</title>" in svg  # the whole name, on hover and for AT
    shown = re.findall(r'fill="currentColor">([^<]*)</text>', svg)
    assert any(text.endswith("…") and len(text) <= LABEL_CHARS for text in shown)


def test_nothing_to_draw_gives_no_chart():
    assert bar_chart("Biểu đồ", []) == ""
