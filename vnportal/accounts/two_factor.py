"""Two-step verification (xác thực hai bước) for admin users, on django-otp.

Each user has at most one authenticator app (a TOTP device, RFC 6238: six digits every
30 seconds) and one set of ten recovery codes (a static device whose codes each work
once). Who must use it:

- a user who has set up an app is always asked for a code after the password;
- everyone else is made to set one up before any admin page when
  VNPORTAL_2FA_REQUIRED is on, unless every group they belong to is exempt
  (VNPORTAL_2FA_EXEMPT_GROUPS: a group's name, or "role:<key>" for every site's group of
  that role, vnportal/units/roles.py). Superusers are never exempt.

What the session needs is decided at login (`session_need`) and kept in the session, so
that an admin request costs no query for it; a device set up or reset later updates it.
Wrong codes are reported as failed logins, so django-axes counts them towards the
lockout of the account and the address (lockout.py).
"""

from urllib.parse import quote, urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db import transaction
from django.dispatch import receiver
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from .models import EventKind
from .security_log import record

SESSION_KEY = "vnportal_2fa"
# What the session still needs before the admin opens.
VERIFY = "verify"
SETUP = "setup"
NOTHING = "none"

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Ứng dụng xác thực"
RECOVERY_DEVICE_NAME = "Mã dự phòng"


def _exempt(user):
    entries = set(getattr(settings, "VNPORTAL_2FA_EXEMPT_GROUPS", []))
    if not entries or user.is_superuser:
        return False
    names = set()
    for name, role in user.groups.values_list("name", "site_role__role"):
        names.add(name)
        if f"role:{role}" not in entries and name not in entries:
            return False
    return bool(names)


def is_required(user):
    """Whether this user must set up two-step verification (the policy, not the state)."""
    return bool(getattr(settings, "VNPORTAL_2FA_REQUIRED", True)) and not _exempt(user)


def has_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def session_need(user):
    if has_app(user):
        return VERIFY
    return SETUP if is_required(user) else NOTHING


@receiver(user_logged_in, dispatch_uid="vnportal_accounts_2fa_need")
def _decide_at_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = session_need(user)


def pending(request):
    """VERIFY, SETUP or None: what stands between this signed-in session and the admin."""
    user = request.user
    if getattr(user, "is_verified", None) and user.is_verified():
        return None
    need = request.session.get(SESSION_KEY)
    if need is None:
        # A session from before this rule existed: decide once.
        need = request.session[SESSION_KEY] = session_need(user)
    return None if need == NOTHING else need


def issuer():
    site = Site.objects.filter(is_default_site=True).first()
    return (site.site_name if site and site.site_name else settings.WAGTAIL_SITE_NAME).strip()


def start_setup(user):
    """A fresh, unconfirmed app device: its secret is shown once, on this page only."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def pending_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


def secret_of(device):
    """The key in base 32, in groups of four, as authenticator apps ask for it typed."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def otpauth_uri(device):
    from base64 import b32encode

    name = issuer()
    label = quote(f"{name}:{device.user.get_username()}")
    query = urlencode(
        {
            "secret": b32encode(device.bin_key).decode().rstrip("="),
            "issuer": name,
            "algorithm": "SHA1",
            "digits": device.digits,
            "period": device.step,
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"


def qr_svg(text):
    """The QR code as inline SVG markup (no script, no style attribute), on white so that
    it scans in the admin's dark theme too."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    svg = image.to_string(encoding="unicode")
    svg = svg.replace(
        "<svg ",
        '<svg class="otp-qr" role="img" aria-label="Mã QR để thêm vào ứng dụng xác thực" ',
        1,
    )
    opening_end = svg.index(">") + 1
    return svg[:opening_end] + '<rect width="100%" height="100%" fill="#fff"/>' + svg[opening_end:]


def _clean(token):
    return "".join((token or "").split()).replace("-", "").lower()


def new_recovery_codes(user):
    """Ten new recovery codes; the old ones stop working. Returned once, never stored in
    clear anywhere else than the device's tokens."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": RECOVERY_DEVICE_NAME, "confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def confirm_setup(request, token):
    """Confirms the device being set up when `token` is its current code: the app
    replaces any earlier one, ten recovery codes are made, the session counts as
    verified. Returns the codes, or None for a wrong code (counted as a failure)."""
    user = request.user
    device = pending_device(user)
    if device is None or not device.verify_token(_clean(token)):
        report_wrong_code(request)
        return None
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = new_recovery_codes(user)
    otp_login(request, device)
    request.session[SESSION_KEY] = VERIFY
    record(EventKind.TWO_FACTOR_SETUP, request=request, user=user)
    return codes


def verify(request, token):
    """Checks a code from the app, or a recovery code (which is then used up). On
    success the session counts as verified; a wrong code counts as a failed login."""
    user = request.user
    cleaned = _clean(token)
    device = None
    if cleaned.isdigit():
        app = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if app is not None and app.verify_token(cleaned):
            device = app
    elif cleaned:
        recovery = StaticDevice.objects.filter(user=user, confirmed=True).first()
        if recovery is not None and recovery.verify_token(cleaned):
            device = recovery
    if device is None:
        report_wrong_code(request)
        return None
    otp_login(request, device)
    if isinstance(device, StaticDevice):
        left = device.token_set.count()
        record(EventKind.RECOVERY_USED, request=request, user=user, detail=f"Còn {left} mã.")
    else:
        record(EventKind.OTP_VERIFIED, request=request, user=user)
    return device


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def report_wrong_code(request):
    """A wrong code is a failed login for django-axes (per account and per address) and
    an entry in the security log."""
    user_login_failed.send(
        sender=__name__,
        credentials={"username": request.user.get_username(), "vnportal_otp": True},
        request=request,
    )


def reset(user, *, request=None, by=None):
    """Removes the user's app and recovery codes. They set up a new app at their next
    admin page (or next login), when two-step verification is required of them."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    detail = "" if by is None or by.pk == user.pk else f"Đặt lại cho {user.get_username()}."
    record(EventKind.TWO_FACTOR_RESET, request=request, user=user, actor=by, detail=detail)
