"""Fixtures of the accounts tests: staff of two sites, logins through the real form,
codes computed as an authenticator app would."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Collection

from vnportal.units.roles import (
    CONTRIBUTOR,
    EDITOR,
    SITE_ADMIN,
    ensure_province_groups,
    ensure_site_groups,
)

PASSWORD = "mat-khau-rat-dai-2026-xyz"
ADMIN = "/admin/"
LOGIN = "/admin/login/"


@pytest.fixture
def two_factor_required(settings):
    """The production default; the test settings leave it off for the rest of the suite."""
    settings.VNPORTAL_2FA_REQUIRED = True
    return settings


def _user(username, *groups, superuser=False):
    users = get_user_model().objects
    make = users.create_superuser if superuser else users.create_user
    user = make(username=username, password=PASSWORD, email=f"{username}@example.gov.vn")
    user.groups.add(*groups)
    return user


@pytest.fixture
def staff(province, commune):
    """Users of the province site and of xã Tây Yên, by role, plus a superuser."""
    root = Collection.get_first_root_node()
    province_groups = ensure_site_groups(province.site, root.add_child(name="Ảnh của tỉnh"))
    commune_groups = ensure_site_groups(commune.site, root.add_child(name="Ảnh của xã"))
    everywhere = ensure_province_groups("tỉnh An Giang")
    return SimpleNamespace(
        editor=_user("bien-tap-tinh", province_groups[EDITOR]),
        contributor=_user("cong-tac-vien", province_groups[CONTRIBUTOR]),
        commune_admin=_user("quan-tri-xa", commune_groups[SITE_ADMIN]),
        commune_contributor=_user("ctv-xa", commune_groups[CONTRIBUTOR]),
        province_admin=_user("quan-tri-tinh", everywhere[SITE_ADMIN]),
        superuser=_user("sieu-quan-tri", superuser=True),
        groups=SimpleNamespace(province=province_groups, commune=commune_groups),
    )


def log_in(client, user, password=PASSWORD, **extra):
    """Posts Wagtail's login form as a browser does."""
    username = user if isinstance(user, str) else user.get_username()
    return client.post(LOGIN, {"username": username, "password": password, "next": ADMIN}, **extra)


def code_for(device, offset=0):
    """The code the app shows now (offset in 30-second steps: a code already used in this
    step is refused as a replay, the next step's is still accepted)."""
    return (
        f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + offset):06d}"
    )


def add_app(user):
    return TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def form_data(response, form_selector="form[method=post]"):
    """The fields of a form on the page as a browser would submit them unchanged."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one(form_selector)
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if field.name == "input":
            kind = field.get("type", "text")
            if kind in ("checkbox", "radio"):
                if field.has_attr("checked"):
                    data.setdefault(name, []).append(field.get("value", "on"))
            elif kind not in ("submit", "button", "file"):
                data.setdefault(name, []).append(field.get("value", ""))
        elif field.name == "select":
            chosen = [o.get("value", o.text) for o in field.select("option[selected]")]
            if not chosen and not field.has_attr("multiple"):
                first = field.select_one("option")
                chosen = [first.get("value", first.text)] if first else []
            data.setdefault(name, []).extend(chosen)
        else:
            data.setdefault(name, []).append(field.text)
    return data


@pytest.fixture
def browser():
    """A test client that keeps its cookies like a browser, with its own address."""
    return Client(REMOTE_ADDR="198.51.100.20")
