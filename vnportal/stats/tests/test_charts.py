"""The server-drawn SVG charts. No database."""

import re
from decimal import Decimal

from vnportal.stats import charts

YEARS = ["2021", "2022", "2023"]
SERIES = [
    ("Dân số", [Decimal("1234.5"), Decimal("1250"), None]),
    ("Lao động <nữ>", [Decimal("800"), Decimal("812"), Decimal("830")]),
]


def draw(kind):
    return charts.render_chart(
        kind, YEARS, SERIES, chart_id="bd", title="Dân số", unit="nghìn người", axis_name="Năm"
    )


def test_bar_chart_has_one_bar_per_value_and_a_summary():
    svg = draw(charts.BAR)
    assert svg.count('class="bar"') == 5  # one value is missing
    assert 'role="img"' in svg and 'aria-labelledby="bd-title bd-desc"' in svg
    desc = re.search(r'<desc id="bd-desc">(.*?)</desc>', svg).group(1)
    assert "Biểu đồ cột" in desc
    assert "Dân số: thấp nhất 1.234,5 (2021), cao nhất 1.250 (2022)" in desc
    assert "nghìn người" in desc
    # Series differ by pattern, not by colour alone; the legend shows the same pattern.
    assert svg.count('fill="url(#bd-p1)"') == 1 + 3
    assert ">1.234,5</text>" in svg  # values are written next to the bars
    assert "Lao động &lt;nữ&gt;" in svg and "<nữ>" not in svg
    assert "style=" not in svg


def test_line_chart_breaks_at_missing_values_and_differs_by_marker():
    svg = draw(charts.LINE)
    assert svg.count('class="point"') == 5
    assert svg.count("<polyline") == 2
    assert "<circle" in svg and "<rect x=" in svg  # two marker shapes
    assert 'stroke-dasharray="8 4"' in svg


def test_negative_values_put_the_axis_inside_the_plot():
    ticks, _ = charts.nice_ticks(-12, 30)
    assert ticks[0] < 0 < ticks[-1] and 0 in ticks


def test_many_categories_get_slanted_labels_that_stay_inside_the_picture():
    communes = [f"Xã số {n} (mẫu)" for n in range(1, 21)]
    svg = charts.render_chart(
        charts.BAR,
        communes,
        [("Số hộ", [Decimal(n * 10) for n in range(1, 21)])],
        chart_id="x",
        title="Số hộ theo xã",
    )
    assert svg.count('class="bar"') == 20
    assert svg.count('transform="rotate(-40') == 20
