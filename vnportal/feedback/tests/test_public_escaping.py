"""Script typed into any field comes back as text on every page that shows it."""

import time

import pytest
from django.utils.html import escape

from vnportal.feedback import spam
from vnportal.feedback.models import State, Submission
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.testing.builders import build_site

pytestmark = pytest.mark.django_db

PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
TEXT_FIELDS = ("name", "address", "title", "content")


@pytest.fixture
def portal():
    built = build_site()
    add_questions_section(built.site)
    return built.site


def assert_escaped(html, payload):
    assert payload not in html
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_come_back_escaped_on_every_page(client, portal, payload):
    field = add_field(f"Lĩnh vực {payload}")
    data = {
        "name": f"Tên {payload}",
        "phone": "0912345678",
        "address": f"Địa chỉ {payload}",
        "field": str(field.pk),
        "kind": "phan-anh",
        "title": f"Tiêu đề {payload}",
        "content": f"Dòng một {payload}\nDòng hai {payload}",
        "consent": "on",
        spam.STARTED_FIELD: spam.start_token(time.time() - 30),
    }

    with_error = client.post("/hoi-dap/gui/", {**data, "phone": "sai"}).content.decode()
    assert "Số điện thoại chưa đúng" in with_error
    assert escape(f"Tên {payload}") in with_error
    assert_escaped(with_error, payload)

    receipt = client.post("/hoi-dap/gui/", data, follow=True).content.decode()
    assert "Đã tiếp nhận" in receipt
    assert escape(f"Tiêu đề {payload}") in receipt
    assert_escaped(receipt, payload)

    submission = Submission.objects.get()
    submission.answer = f"Trả lời {payload}"
    submission.state = State.PUBLISHED
    submission.may_publish = True
    submission.save()

    client.post(
        "/hoi-dap/tra-cuu/",
        {"action": "tra-cuu", "code": submission.tracking_code, "contact": "0912345678"},
    )
    tracked = client.get("/hoi-dap/tra-cuu/").content.decode()
    assert escape(f"Trả lời {payload}") in tracked
    assert escape(f"Dòng một {payload}") + "<br>" in tracked
    assert_escaped(tracked, payload)

    rated = client.post(
        "/hoi-dap/tra-cuu/", {"action": "danh-gia", "value": "sai", "comment": payload}
    ).content.decode()
    assert_escaped(rated, payload)

    guessed = client.post(
        "/hoi-dap/tra-cuu/", {"action": "tra-cuu", "code": payload, "contact": payload}
    ).content.decode()
    assert escape(payload) in guessed
    assert_escaped(guessed, payload)

    client.logout()
    for path in ("/hoi-dap/", f"/hoi-dap/{submission.pk}/"):
        html = client.get(path).content.decode()
        assert escape(f"Dòng hai {payload}") in html
        assert escape(f"Tiêu đề {payload}") in html
        assert_escaped(html, payload)
