"""Which requests count as a page view. Plain logic, no Django."""

import re

# Crawlers, monitors and link previewers announce themselves; counting them would inflate
# the figures readers see.
BOT_PATTERN = re.compile(r"bot|crawl|spider|slurp|preview|monitor|curl|wget|python-", re.I)
NOT_COUNTED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/static/",
    "/media/",
    "/api/",
    "/tai-lieu/",
    "/co-chu/",
)


def is_bot(user_agent):
    """True for a crawler, or a client that sends no user agent at all (scripts)."""
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def counted_path(path):
    return not path.startswith(NOT_COUNTED_PREFIXES)


def is_page_view(method, path, status, content_type, user_agent):
    """A public HTML page seen by a person: GET, 200, text/html, not a bot, not a file
    or an admin/API route."""
    return (
        method == "GET"
        and status == 200
        and content_type.startswith("text/html")
        and counted_path(path)
        and not is_bot(user_agent)
    )


def vn_number(value):
    """1234567 -> "1.234.567" (Vietnamese groups thousands with dots)."""
    return f"{int(value):,}".replace(",", ".")
