"""Admin requests: from allowed networks only, within a live session, and only after
two-step verification (two_factor.py)."""

import functools
import ipaddress
import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse

from vnportal.core.client_address import client_address

from . import two_factor
from .security_log import TrackChanges

LOGIN_AT = "vnportal_login_at"
SEEN_AT = "vnportal_seen_at"
# How often the last-activity time is written back to the session (seconds): not on
# every request, which would write the session row each time.
SEEN_RESOLUTION = 300

# Admin views a signed-in but not yet verified person may open.
OPEN_BEFORE_VERIFICATION = {
    "accounts_2fa:verify",
    "accounts_2fa:setup",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
}


@receiver(user_logged_in, dispatch_uid="vnportal_accounts_session_times")
def _stamp_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[LOGIN_AT] = now
        request.session[SEEN_AT] = now


@functools.cache
def admin_prefix():
    return reverse("wagtailadmin_home")


@functools.lru_cache(maxsize=8)
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def address_allowed(address):
    entries = tuple(getattr(settings, "VNPORTAL_ADMIN_ALLOWED_NETWORKS", ()) or ())
    if not entries:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(entries))


class AdminNetworkMiddleware:
    """403 for any admin URL (the login page included) asked from outside
    VNPORTAL_ADMIN_ALLOWED_NETWORKS. Reads the address as the rate limits do (behind a
    trusted proxy, the address it appended) and touches no database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(admin_prefix()) and not address_allowed(
            client_address(request)
        ):
            return HttpResponseForbidden(render_to_string("accounts/network_refused.html"))
        return self.get_response(request)


class AdminSessionMiddleware:
    """For signed-in admin requests: ends a session idle for VNPORTAL_ADMIN_IDLE_MINUTES
    or older than SESSION_COOKIE_AGE since login; sends a person who still owes a
    two-step code (or an app to set up) to that page first; and logs the permission
    changes the request makes (security_log.TrackChanges)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(admin_prefix()):
            return self.get_response(request)
        with TrackChanges(request):
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.path_info.startswith(admin_prefix()):
            return None
        if not request.user.is_authenticated:
            return None
        if expired := self._expired(request):
            request.vnportal_session_expired = expired
            logout(request)
            messages.warning(request, f"Phiên làm việc đã kết thúc: {expired} Mời đăng nhập lại.")
            return redirect(f"{reverse('wagtailadmin_login')}?{urlencode({'next': request.path})}")
        if match.view_name in OPEN_BEFORE_VERIFICATION:
            return None
        need = two_factor.pending(request)
        if need is None:
            return None
        target = "accounts_2fa:verify" if need == two_factor.VERIFY else "accounts_2fa:setup"
        next_url = request.get_full_path() if request.method == "GET" else admin_prefix()
        return redirect(f"{reverse(target)}?{urlencode({'next': next_url})}")

    @staticmethod
    def _expired(request):
        session = request.session
        now = time.time()
        login_at = session.get(LOGIN_AT)
        if login_at is None:
            session[LOGIN_AT] = login_at = now
        if now - login_at > settings.SESSION_COOKIE_AGE:
            return f"đã quá {settings.SESSION_COOKIE_AGE // 3600} giờ kể từ khi đăng nhập."
        idle = settings.VNPORTAL_ADMIN_IDLE_MINUTES * 60
        seen_at = session.get(SEEN_AT, login_at)
        if idle and now - seen_at > idle:
            return f"không thao tác quá {settings.VNPORTAL_ADMIN_IDLE_MINUTES} phút."
        if now - seen_at >= SEEN_RESOLUTION or SEEN_AT not in session:
            session[SEEN_AT] = now
        return None
