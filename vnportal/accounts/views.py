"""Admin views: two-step verification (verify, set up, manage, a superuser's reset of
someone else's) and the security log ("Nhật ký bảo mật")."""

import datetime

from axes.handlers.proxy import AxesProxyHandler
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from . import two_factor
from .access import can_view_security_log, security_events_for_user
from .forms import CodeForm, EventFilterForm, SetupCodeForm
from .lockout import lockout_response
from .models import FAILURE_KINDS, EventKind
from .security_log import record

PAGE_SIZE = 50


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _locked(request):
    return AxesProxyHandler.is_locked(request, {"username": request.user.get_username()})


def _refuse_locked(request):
    """The account or the address is locked: the session ends and the lockout page shows."""
    logout(request)
    return lockout_response(request)


def _codes_page(request, codes, next_url):
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": next_url, "page_title": "Mã dự phòng"},
    )


def verify(request):
    """ "Xác thực hai bước": the code from the app or a recovery code, after the password."""
    user = request.user
    next_url = _next_url(request)
    need = two_factor.pending(request)
    if need == two_factor.VERIFY and not two_factor.has_app(user):
        # The app was reset (by a superuser) since this session began.
        need = request.session[two_factor.SESSION_KEY] = two_factor.session_need(user)
        need = None if need == two_factor.NOTHING else need
    if need is None:
        return redirect(next_url)
    if need == two_factor.SETUP:
        return redirect(f"{reverse('accounts_2fa:setup')}?next={next_url}")
    form = CodeForm(request.POST or None)
    error = ""
    if request.method == "POST":
        if _locked(request):
            return _refuse_locked(request)
        if form.is_valid() and two_factor.verify(request, form.cleaned_data["code"]):
            return redirect(next_url)
        if _locked(request):
            return _refuse_locked(request)
        error = "Mã không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng."
    return render(
        request,
        "accounts/verify.html",
        {"form": form, "error": error, "next": next_url, "page_title": "Xác thực hai bước"},
    )


def setup(request):
    """Sets up the authenticator app: QR code and key (shown on this page only), a code
    to confirm, then ten recovery codes shown once."""
    user = request.user
    next_url = _next_url(request)
    if two_factor.has_app(user):
        if two_factor.pending(request) == two_factor.VERIFY:
            return redirect(f"{reverse('accounts_2fa:verify')}?next={next_url}")
        return redirect("accounts_2fa:manage")
    form = SetupCodeForm(request.POST or None)
    error = ""
    device = None
    if request.method == "POST":
        if _locked(request):
            return _refuse_locked(request)
        if form.is_valid():
            codes = two_factor.confirm_setup(request, form.cleaned_data["code"])
            if codes:
                return _codes_page(request, codes, next_url)
        else:
            two_factor.report_wrong_code(request)
        if _locked(request):
            return _refuse_locked(request)
        error = "Mã không đúng. Hãy nhập 6 chữ số đang hiện trong ứng dụng cho tài khoản này."
        device = two_factor.pending_device(user)
    if device is None:
        device = two_factor.start_setup(user)
    return render(
        request,
        "accounts/setup.html",
        {
            "form": form,
            "error": error,
            "next": next_url,
            "qr": two_factor.qr_svg(two_factor.otpauth_uri(device)),
            "secret": two_factor.secret_of(device),
            "required": two_factor.is_required(user),
            "page_title": "Thiết lập xác thực hai bước",
        },
    )


def manage(request):
    user = request.user
    return render(
        request,
        "accounts/manage.html",
        {
            "has_app": two_factor.has_app(user),
            "codes_left": two_factor.recovery_codes_left(user),
            "required": two_factor.is_required(user),
            "page_title": "Xác thực hai bước",
        },
    )


@require_POST
def new_recovery_codes(request):
    if not two_factor.has_app(request.user):
        return redirect("accounts_2fa:manage")
    codes = two_factor.new_recovery_codes(request.user)
    record(EventKind.RECOVERY_CODES, request=request, user=request.user)
    return _codes_page(request, codes, reverse("accounts_2fa:manage"))


@require_POST
def reset_own(request):
    user = request.user
    two_factor.reset(user, request=request, by=user)
    request.session[two_factor.SESSION_KEY] = two_factor.session_need(user)
    messages.success(request, "Đã xóa ứng dụng xác thực và các mã dự phòng của bạn.")
    if two_factor.is_required(user):
        return redirect("accounts_2fa:setup")
    return redirect("accounts_2fa:manage")


def reset_user(request, user_id):
    """A superuser removes someone's app and recovery codes (a lost phone); that person
    sets up a new app at their next admin page."""
    if not request.user.is_superuser:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        two_factor.reset(target, request=request, by=request.user)
        messages.success(request, f"Đã đặt lại xác thực hai bước của {target.get_username()}.")
        return redirect("wagtailusers_users:index")
    return render(
        request,
        "accounts/reset_user.html",
        {
            "target": target,
            "has_app": two_factor.has_app(target),
            "page_title": "Đặt lại xác thực hai bước",
        },
    )


def security_log(request):
    """ "Nhật ký bảo mật": newest first, filtered by kind, username, address and dates."""
    if not can_view_security_log(request.user):
        raise PermissionDenied
    events = security_events_for_user(request.user).select_related("user", "actor")
    form = EventFilterForm(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        if data["kind"] == "failures":
            events = events.filter(kind__in=FAILURE_KINDS)
        elif data["kind"]:
            events = events.filter(kind=data["kind"])
        if data["username"]:
            events = events.filter(username__icontains=data["username"].strip())
        if data["address"]:
            events = events.filter(address__startswith=data["address"].strip())
        if data["date_from"]:
            events = events.filter(created_at__gte=_start_of(data["date_from"]))
        if data["date_to"]:
            events = events.filter(
                created_at__lt=_start_of(data["date_to"] + datetime.timedelta(days=1))
            )
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return render(
        request,
        "accounts/security_log.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "page_title": "Nhật ký bảo mật",
            "header_icon": "warning",
        },
    )


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
