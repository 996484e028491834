"""The "Thủ tục hành chính" admin: a site's editors keep their own site's procedures;
another site's are neither listed nor reachable, and a bad link is refused in Vietnamese
with everything typed kept."""

import pytest
from django.contrib.messages import get_messages

from vnportal.procedures.models import Procedure
from vnportal.units.roles import EDITOR

from .conftest import site_users

pytestmark = pytest.mark.django_db

ADMIN = "/admin/thu-tuc-hanh-chinh/"


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect and a message."""
    if response.status_code in (403, 404):
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return response.status_code == 302 and any("quyền" in m or "permission" in m for m in messages)


def procedure_form(site, **fields):
    return {
        "site": site.pk,
        "name": "Đăng ký khai tử",
        "code": "",
        "field": "Hộ tịch",
        "level": "xa",
        "online_level": "toan-trinh",
        "sort_order": "0",
        "processing_time": "Ngay khi nhận đủ giấy tờ",
        "fees": "Miễn lệ phí",
        "url": "https://dichvucong.gov.vn/",
        **fields,
    }


@pytest.fixture
def editors(province, commune):
    return site_users(province.site, "tinh")[EDITOR], site_users(commune.site, "xa")[EDITOR]


def test_editor_lists_only_their_own_sites_procedures(
    client, editors, province_procedures, commune_procedure
):
    client.force_login(editors[0])
    html = client.get(ADMIN).content.decode()
    assert "Đăng ký kết hôn" in html
    assert "Tây Yên" not in html
    own = province_procedures["marriage"]
    assert "Đăng ký kết hôn" in client.get(f"{ADMIN}edit/{own.pk}/").content.decode()
    assert "Liên kết nộp hồ sơ" in client.get(f"{ADMIN}new/").content.decode()


def test_another_sites_procedure_is_refused_by_a_typed_url(
    client, editors, province_procedures, commune_procedure
):
    client.force_login(editors[0])
    pk = commune_procedure.pk
    assert refused(client.get(f"{ADMIN}edit/{pk}/"))
    assert refused(client.post(f"{ADMIN}edit/{pk}/", procedure_form(commune_procedure.site)))
    assert refused(client.post(f"{ADMIN}delete/{pk}/"))
    assert Procedure.objects.filter(pk=pk, name__contains="Tây Yên").exists()


def test_editor_adds_a_procedure_to_their_site_only(client, editors, province, commune):
    client.force_login(editors[1])
    response = client.post(f"{ADMIN}new/", procedure_form(commune.site))
    assert response.status_code == 302
    assert Procedure.objects.get(name="Đăng ký khai tử").site == commune.site
    client.post(f"{ADMIN}new/", procedure_form(province.site, name="Thủ tục của tỉnh"))
    assert not Procedure.objects.filter(name="Thủ tục của tỉnh").exists()


def test_bad_link_gets_a_vietnamese_message_and_keeps_the_form(client, editors, province):
    client.force_login(editors[0])
    response = client.post(
        f"{ADMIN}new/",
        procedure_form(province.site, url="https://dichvucong.example.com/khai-tu"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "không được phép" in html
    assert "Ngay khi nhận đủ giấy tờ" in html
    assert not Procedure.objects.exists()
