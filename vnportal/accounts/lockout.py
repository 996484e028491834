"""django-axes, wired to the portal: the client address as the rate limits read it, and
the Vietnamese page a locked-out person sees (429).

Lockout is per account and per address, each on its own (AXES_LOCKOUT_PARAMETERS in
settings): five wrong passwords or two-step codes for one username lock that username
whatever the address, five from one address lock that address whatever the username.
`manage.py axes_reset_username NAME` or `axes_reset_ip ADDRESS` lifts one early;
`axes_reset` lifts all.
"""

from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

from vnportal.core.client_address import client_address


def client_ip(request):
    """X-Forwarded-For only behind a trusted proxy (VNPORTAL_TRUSTED_PROXY), as for every
    rate limit: otherwise anyone could change address at will and never be locked."""
    return client_address(request) or None


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    html = render_to_string(
        "accounts/locked_out.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        request=request,
    )
    response = HttpResponse(html, status=429)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
