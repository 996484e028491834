"""Reader preferences kept in a cookie: the font-size steps of "Xem với cỡ chữ A A".

The steps are a fixed, small set so that a page cache can hold one variant per step.
"""

FONT_SIZE_COOKIE = "co_chu"
# CSS classes on <html>; the stylesheet maps each to a root font size.
FONT_SIZE_STEPS = ("co-chu-0", "co-chu-1", "co-chu-2", "co-chu-3")
DEFAULT_STEP = 0
COOKIE_MAX_AGE = 365 * 24 * 3600


def font_size_step(cookies):
    """The reader's step from the request cookies, falling back to the default."""
    raw = cookies.get(FONT_SIZE_COOKIE, "")
    if raw.isdigit() and int(raw) < len(FONT_SIZE_STEPS):
        return int(raw)
    return DEFAULT_STEP


def next_step(current, direction):
    """Move one step up ("lon") or down ("nho"), staying inside the range."""
    if direction == "lon":
        return min(current + 1, len(FONT_SIZE_STEPS) - 1)
    if direction == "nho":
        return max(current - 1, 0)
    return DEFAULT_STEP
