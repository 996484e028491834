"""Answer templates per site, and the lookups only province staff may change."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from vnportal.feedback.models import AnswerTemplate, FeedbackField
from vnportal.feedback.tests.test_admin_queue import login, refused, two_communes

pytestmark = pytest.mark.django_db

TEMPLATES = "/admin/mau-tra-loi/"


@pytest.fixture
def communes():
    return two_communes()


def test_handler_adds_a_template_for_own_site_only(client, communes):
    a, b = communes
    login(client, a.handler)
    client.post(
        f"{TEMPLATES}new/", {"site": a.site.pk, "title": "Mẫu cấp phép", "text": "Kính gửi…"}
    )
    assert AnswerTemplate.objects.filter(site=a.site, title="Mẫu cấp phép").exists()
    response = client.post(f"{TEMPLATES}new/", {"site": b.site.pk, "title": "Mẫu lạ", "text": "…"})
    assert refused(response)
    # A template for every site is for province staff.
    response = client.post(f"{TEMPLATES}new/", {"site": "", "title": "Mẫu chung", "text": "…"})
    assert refused(response)
    assert not AnswerTemplate.objects.filter(title__in=["Mẫu lạ", "Mẫu chung"]).exists()


def test_province_staff_add_a_template_for_every_site(client, communes):
    staff = get_user_model().objects.create_user("tinh", is_staff=False)
    staff.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_answertemplate"),
        Permission.objects.get(codename="change_answertemplate"),
    )
    login(client, staff).post(f"{TEMPLATES}new/", {"site": "", "title": "Mẫu chung", "text": "…"})
    assert AnswerTemplate.objects.filter(site=None, title="Mẫu chung").exists()


def test_global_template_is_read_only_for_a_commune(client, communes):
    a, _b = communes
    shared = AnswerTemplate.objects.create(site=None, title="Mẫu chung", text="…")
    login(client, a.leader)
    assert "Mẫu chung" not in client.get(TEMPLATES).content.decode()
    assert refused(client.get(f"{TEMPLATES}edit/{shared.pk}/"))


def test_fields_are_for_province_staff(client, communes):
    a, _b = communes
    response = login(client, a.leader).post(
        "/admin/linh-vuc-hoi-dap/new/",
        {"name": "Đất đai", "slug": "dat-dai", "due_working_days": "5"},
    )
    assert refused(response)
    assert not FeedbackField.objects.filter(slug="dat-dai").exists()


def test_time_to_answer_must_be_reasonable(admin_client):
    response = admin_client.post(
        "/admin/linh-vuc-hoi-dap/new/",
        {"name": "Đất đai", "slug": "dat-dai", "due_working_days": "0"},
    )
    assert "Thời hạn trả lời phải từ 1 đến 90 ngày làm việc." in response.content.decode()
    assert not FeedbackField.objects.filter(slug="dat-dai").exists()
