"""Bar and line charts as inline SVG, drawn on the server; plain Python, no Django.

`render_chart(...)` returns SVG markup (every text escaped here) for a page to embed. The
chart is a picture of the table printed after it, which stays the accessible equivalent:
the SVG is `role="img"` with a `<title>` and a `<desc>` that sums each series up (range,
lowest and highest value), so a screen reader need not walk the shapes.

WCAG 2.1 1.4.1 and 1.4.11: series differ by more than colour (bars carry a fill pattern
per series, lines a dash pattern and marker shape), the legend shows the same pattern,
every colour has at least 4.5:1 contrast on white, and bars have an outline in it; values
are written next to the bars and points when there are few enough to stay legible.
No `style` attribute is used (the site's Content-Security-Policy forbids inline styles);
presentation attributes are.
"""

import math
from decimal import Decimal
from html import escape

from .tables import format_number

BAR = "cot"
LINE = "duong"

# Dark enough for 4.5:1 on white, and apart in hue and lightness from each other.
COLOURS = ("#1d4f91", "#a34000", "#2b6e34", "#6f2a84", "#9b0d14", "#4a4a4a")
DASHES = ("", "8 4", "2 3", "10 3 2 3", "4 4", "12 6")
MARKERS = ("circle", "square", "triangle", "diamond", "circle", "square")
PATTERN_NAMES = ("tô đặc", "sọc chéo", "chấm", "ô lưới", "sọc ngang", "sọc dọc")
TEXT = "#1a1a1a"
GRID = "#c7c7c7"

WIDTH = 760
PLOT_TOP = 16
LEFT = 86
RIGHT = 24
BOTTOM = 78
PLOT_HEIGHT = 280
LEGEND_ROW = 24
MAX_VALUE_LABELS = 36


def _attr(value):
    return escape(str(value), quote=True)


def _num(value):
    """A coordinate, short."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def nice_ticks(low, high, count=5):
    """Round tick values covering [low, high], zero included."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks, value = [], start
    while value < high + step * 0.001:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks, step


def _tick_label(value, step):
    places = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return format_number(Decimal(f"{value:.{places}f}"))


def _wrap(label, width=14, lines=3):
    """Split a category name into up to `lines` short lines at spaces."""
    words, out, current = label.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1] + "…"
    return out


def _pattern(chart_id, index):
    colour = COLOURS[index % len(COLOURS)]
    kind = index % len(PATTERN_NAMES)
    pid = f"{chart_id}-p{index}"
    if kind == 0:
        return "", colour
    marks = {
        1: '<path d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" stroke="#fff" stroke-width="2"/>',
        2: '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
        3: '<path d="M0 4 H8 M4 0 V8" stroke="#fff" stroke-width="1.5"/>',
        4: '<path d="M0 4 H8" stroke="#fff" stroke-width="2"/>',
        5: '<path d="M4 0 V8" stroke="#fff" stroke-width="2"/>',
    }[kind]
    definition = (
        f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect width="8" height="8" fill="{colour}"/>{marks}</pattern>'
    )
    return definition, f"url(#{pid})"


def _marker(kind, x, y, colour, size=4.5):
    if kind == "circle":
        return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{size}" fill="{colour}"/>'
    if kind == "square":
        return (
            f'<rect x="{_num(x - size)}" y="{_num(y - size)}" width="{size * 2}" '
            f'height="{size * 2}" fill="{colour}"/>'
        )
    if kind == "triangle":
        points = f"{_num(x)},{_num(y - size - 1)} {_num(x - size - 1)},{_num(y + size)} "
        points += f"{_num(x + size + 1)},{_num(y + size)}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    points = f"{_num(x)},{_num(y - size - 1)} {_num(x + size + 1)},{_num(y)} "
    points += f"{_num(x)},{_num(y + size + 1)} {_num(x - size - 1)},{_num(y)}"
    return f'<polygon points="{points}" fill="{colour}"/>'


def describe(kind, title, categories, series, unit, axis_name):
    """The text of the chart's `<desc>`: what a sighted reader takes from it at a glance."""
    what = "Biểu đồ cột" if kind == BAR else "Biểu đồ đường"
    parts = [f"{what}: {title}."]
    if unit:
        parts.append(f"Đơn vị tính: {unit}.")
    if categories:
        parts.append(
            f"Trục ngang: {axis_name or 'các dòng của bảng'}, từ {categories[0]} "
            f"đến {categories[-1]} ({len(categories)} mục)."
        )
    for name, values in series:
        known = [(v, c) for v, c in zip(values, categories, strict=True) if v is not None]
        if not known:
            parts.append(f"{name}: không có số liệu.")
            continue
        low = min(known, key=lambda pair: pair[0])
        high = max(known, key=lambda pair: pair[0])
        parts.append(
            f"{name}: thấp nhất {format_number(low[0])} ({low[1]}), "
            f"cao nhất {format_number(high[0])} ({high[1]})."
        )
    parts.append("Số liệu đầy đủ ở bảng ngay sau biểu đồ.")
    return " ".join(parts)


def render_chart(kind, categories, series, *, chart_id, title, unit="", axis_name=""):
    """SVG markup of a bar (`BAR`) or line (`LINE`) chart.

    `categories`: row names along the horizontal axis; `series`: [(name, [Decimal|None])]
    with one value per category; `chart_id`: unique on the page (ids of title and
    patterns derive from it).
    """
    values = [float(v) for _, vs in series for v in vs if v is not None]
    ticks, step = nice_ticks(min(values, default=0.0), max(values, default=1.0))
    low, high = ticks[0], ticks[-1]
    legend_height = LEGEND_ROW * len(series) + 8
    # Room above the plot for the unit, clear of the top tick's label.
    plot_top = PLOT_TOP + legend_height + (18 if unit else 0)
    plot_width = WIDTH - LEFT - RIGHT
    count = max(1, len(categories))
    group = plot_width / count
    # Many categories (a table of communes) leave too little room for level labels: slant them.
    slanted = group < 64
    label_lines = max((len(_wrap(label)) for label in categories), default=1)
    bottom = BOTTOM + 40 if slanted else BOTTOM - 30 + 15 * label_lines
    height = plot_top + PLOT_HEIGHT + bottom

    def y_of(value):
        return plot_top + PLOT_HEIGHT * (high - value) / (high - low)

    description = describe(kind, title, categories, series, unit, axis_name)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="stats-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="inherit">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    fills, defs = [], []
    for index in range(len(series)):
        definition, fill = _pattern(chart_id, index)
        defs.append(definition)
        fills.append(fill)
    if any(defs):
        out.append("<defs>" + "".join(defs) + "</defs>")

    # Legend: one row per series, showing its pattern (bars) or dash and marker (lines).
    for index, (name, _) in enumerate(series):
        y = PLOT_TOP + index * LEGEND_ROW
        colour = COLOURS[index % len(COLOURS)]
        out.append('<g class="legend-item">')
        if kind == BAR:
            out.append(
                f'<rect x="{LEFT}" y="{y}" width="28" height="16" fill="{fills[index]}" '
                f'stroke="{colour}" stroke-width="1.5"/>'
            )
        else:
            dash = DASHES[index % len(DASHES)]
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(
                f'<line x1="{LEFT}" y1="{y + 8}" x2="{LEFT + 28}" y2="{y + 8}" '
                f'stroke="{colour}" stroke-width="3"{dash_attr}/>'
            )
            out.append(_marker(MARKERS[index % len(MARKERS)], LEFT + 14, y + 8, colour))
        out.append(
            f'<text x="{LEFT + 36}" y="{y + 13}" font-size="14" fill="{TEXT}">'
            f"{escape(name)}</text></g>"
        )

    # Axes and grid lines, with the unit over the vertical axis.
    out.append('<g class="axis axis-y">')
    for tick in ticks:
        y = y_of(tick)
        out.append(
            f'<line x1="{LEFT}" y1="{_num(y)}" x2="{LEFT + plot_width}" y2="{_num(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{LEFT - 8}" y="{_num(y + 4)}" font-size="13" text-anchor="end" '
            f'fill="{TEXT}">{escape(_tick_label(tick, step))}</text>'
        )
    if unit:
        out.append(
            f'<text x="{LEFT - 8}" y="{plot_top - 14}" font-size="13" text-anchor="end" '
            f'fill="{TEXT}">{escape(unit)}</text>'
        )
    out.append("</g>")
    zero = y_of(0.0)
    out.append(
        f'<line class="axis-x" x1="{LEFT}" y1="{_num(zero)}" x2="{LEFT + plot_width}" '
        f'y2="{_num(zero)}" stroke="{TEXT}" stroke-width="1.5"/>'
        f'<line x1="{LEFT}" y1="{plot_top}" x2="{LEFT}" y2="{plot_top + PLOT_HEIGHT}" '
        f'stroke="{TEXT}" stroke-width="1.5"/>'
    )

    out.append('<g class="axis axis-x-labels">')
    for index, label in enumerate(categories):
        x = LEFT + group * (index + 0.5)
        y = plot_top + PLOT_HEIGHT + 20
        if slanted:
            short = label if len(label) <= 18 else label[:17] + "…"
            out.append(
                f'<text x="{_num(x)}" y="{y - 6}" font-size="12" text-anchor="end" '
                f'transform="rotate(-40 {_num(x)} {y - 6})" fill="{TEXT}">{escape(short)}</text>'
            )
            continue
        tspans = "".join(
            f'<tspan x="{_num(x)}" dy="{0 if n == 0 else 15}">{escape(line)}</tspan>'
            for n, line in enumerate(_wrap(label))
        )
        out.append(
            f'<text x="{_num(x)}" y="{y}" font-size="13" '
            f'text-anchor="middle" fill="{TEXT}">{tspans}</text>'
        )
    if axis_name:
        out.append(
            f'<text x="{LEFT + plot_width / 2:.0f}" y="{height - 8}" font-size="13" '
            f'text-anchor="middle" fill="{TEXT}" font-weight="bold">{escape(axis_name)}</text>'
        )
    out.append("</g>")

    shown = len(values) <= MAX_VALUE_LABELS
    if kind == BAR:
        out.extend(_bars(categories, series, fills, group, y_of, zero, shown))
    else:
        out.extend(_lines(categories, series, group, y_of, shown))
    out.append("</svg>")
    return "".join(out)


def _bars(categories, series, fills, group, y_of, zero, shown):
    out = []
    width = group * 0.8 / max(1, len(series))
    for s, (name, values) in enumerate(series):
        colour = COLOURS[s % len(COLOURS)]
        out.append(f'<g class="series series-{s}">')
        for c, value in enumerate(values):
            if value is None:
                continue
            x = LEFT + group * c + group * 0.1 + width * s
            y = y_of(float(value))
            top, bar_height = min(y, zero), abs(zero - y)
            label = f"{name} – {categories[c]}: {format_number(value)}"
            out.append(
                f'<rect class="bar" x="{_num(x)}" y="{_num(top)}" width="{_num(width)}" '
                f'height="{_num(bar_height)}" fill="{fills[s]}" stroke="{colour}" '
                f'stroke-width="1.5"><title>{escape(label)}</title></rect>'
            )
            if shown:
                above = top - 5 if float(value) >= 0 else top + bar_height + 14
                out.append(
                    f'<text x="{_num(x + width / 2)}" y="{_num(above)}" font-size="12" '
                    f'text-anchor="middle" fill="{TEXT}">{escape(format_number(value))}</text>'
                )
        out.append("</g>")
    return out


def _lines(categories, series, group, y_of, shown):
    out = []
    for s, (name, values) in enumerate(series):
        colour = COLOURS[s % len(COLOURS)]
        dash = DASHES[s % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        points = [
            (LEFT + group * (c + 0.5), y_of(float(v)), v, c)
            for c, v in enumerate(values)
            if v is not None
        ]
        out.append(f'<g class="series series-{s}">')
        # A gap in the data breaks the line rather than bridging it with a guess.
        runs, run, previous = [], [], None
        for point in points:
            if previous is not None and point[3] != previous + 1:
                runs.append(run)
                run = []
            run.append(point)
            previous = point[3]
        runs.append(run)
        for run in runs:
            if len(run) > 1:
                coordinates = " ".join(f"{_num(x)},{_num(y)}" for x, y, _, _ in run)
                out.append(
                    f'<polyline points="{coordinates}" fill="none" stroke="{colour}" '
                    f'stroke-width="2.5"{dash_attr}/>'
                )
        for x, y, value, c in points:
            label = f"{name} – {categories[c]}: {format_number(value)}"
            out.append(
                f'<g class="point"><title>{escape(label)}</title>'
                f"{_marker(MARKERS[s % len(MARKERS)], x, y, colour)}</g>"
            )
            if shown:
                out.append(
                    f'<text x="{_num(x)}" y="{_num(y - 9)}" font-size="12" '
                    f'text-anchor="middle" fill="{TEXT}">{escape(format_number(value))}</text>'
                )
        out.append("</g>")
    return out
