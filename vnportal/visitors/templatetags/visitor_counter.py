"""The footer's visitor counter.

The footer is part of every cached page, so the figures shown are those of the moment the
page was rendered: up to the page cache's lifetime old (5 minutes by default, never more
than VNPORTAL_PAGE_CACHE_SECONDS). We accept that rather than fetch them with a script: a
counter is approximate by nature ("online" is itself a 5-minute window), a script would
add a request to every page view and load on the server that the page cache exists to
avoid, and the figures then show the same with or without JavaScript.
"""

from django import template
from django.db import DatabaseError
from wagtail.models import Site

from ..rules import vn_number
from ..tally import figures

register = template.Library()


@register.inclusion_tag("visitors/counter.html", takes_context=True)
def visitor_counter(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"figures": None}
    try:
        shown = figures(site.pk)
    except DatabaseError:  # e.g. the error page of a database outage
        return {"figures": None}
    return {
        "figures": {
            "online": vn_number(shown.online),
            "today": vn_number(shown.today),
            "total": vn_number(shown.total),
        }
    }
