"""Horizontal bar charts as inline SVG, drawn on the server: no JavaScript and nothing
loaded from elsewhere. Each bar's label sits on its own line above the bar, so that long
Vietnamese names stay readable on a 320 px wide phone; the SVG is an image with a title
and a description for screen readers, and the page shows the same figures in a table."""

import itertools

from django.utils.html import format_html, format_html_join

WIDTH = 320
LABEL_CHARS = 40
ROW_HEIGHT = 40
BAR_HEIGHT = 14
LABEL_SIZE = 13
VALUE_SPACE = 64  # room right of the longest bar for its figure
TOP = 4

_ids = itertools.count(1)


def _short(label):
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _number(value):
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def bar_chart(title, rows, describe=None):
    """SVG markup (safe) for [(label, value)] with non-negative int values, or "" when
    there is nothing to draw. `describe` is the text read out after the title; by
    default the figures themselves."""
    rows = [(str(label), value) for label, value in rows]
    if not rows:
        return ""
    largest = max(value for _, value in rows) or 1
    scale = (WIDTH - VALUE_SPACE) / largest
    number = next(_ids)
    title_id, desc_id = f"bieu-do-{number}-ten", f"bieu-do-{number}-mo-ta"
    if describe is None:
        describe = "; ".join(f"{label}: {_number(value)}" for label, value in rows)
    bars = format_html_join(
        "",
        "<g><title>{}: {}</title>"
        '<text x="0" y="{}" font-size="{}" fill="currentColor">{}</text>'
        '<rect x="0" y="{}" width="{}" height="{}" rx="2" fill="#2f6f9f"></rect>'
        '<text x="{}" y="{}" font-size="{}" fill="currentColor">{}</text></g>',
        (
            (
                label,
                _number(value),
                TOP + index * ROW_HEIGHT + LABEL_SIZE,
                LABEL_SIZE,
                _short(label),
                TOP + index * ROW_HEIGHT + LABEL_SIZE + 5,
                f"{max(value * scale, 1 if value else 0):.1f}",
                BAR_HEIGHT,
                f"{value * scale + 6:.1f}",
                TOP + index * ROW_HEIGHT + LABEL_SIZE + 5 + BAR_HEIGHT - 2,
                LABEL_SIZE,
                _number(value),
            )
            for index, (label, value) in enumerate(rows)
        ),
    )
    height = TOP * 2 + len(rows) * ROW_HEIGHT
    return format_html(
        '<svg class="feedback-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        'viewBox="0 0 {} {}" width="{}" height="{}" aria-labelledby="{} {}" '
        'font-family="sans-serif">'
        '<title id="{}">{}</title><desc id="{}">{}</desc>{}</svg>',
        WIDTH,
        height,
        WIDTH,
        height,
        title_id,
        desc_id,
        title_id,
        title,
        desc_id,
        describe,
        bars,
    )
