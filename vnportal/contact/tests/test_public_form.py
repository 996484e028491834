"""A person writes to the site through "Liên hệ"."""

import pytest
from django.core import mail
from django.db import DatabaseError

from vnportal.contact import ratelimit
from vnportal.contact.models import ContactMessage

pytestmark = pytest.mark.django_db

URL = "/lien-he/"


def message(**overrides):
    data = {
        "name": "Lê Thị Thu",
        "email": "thu@example.com",
        "phone": "",
        "subject": "Hỏi lịch tiếp công dân",
        "message": "Xin cho biết lịch tiếp công dân tháng 12.",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_page_shows_the_sites_contacts(client, portal):
    page = client.get(URL).content.decode()
    assert "Ủy ban nhân dân tỉnh An Giang" in page
    assert "Số 1 đường Mẫu" in page
    assert "0296 3 000 000" in page
    assert 'href="mailto:ubnd@example.gov.vn"' in page


def test_message_is_saved_then_mailed_to_the_site_address(
    client, portal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(URL, message())
        # Nothing leaves before the message is committed.
        assert mail.outbox == []
    for callback in callbacks:
        callback()
    saved = ContactMessage.objects.get()
    assert (saved.site, saved.name, saved.email) == (portal.site, "Lê Thị Thu", "thu@example.com")
    assert saved.subject == "Hỏi lịch tiếp công dân" and saved.consented_at is not None
    assert saved.mailed_at is not None
    [sent] = mail.outbox
    assert sent.to == ["ubnd@example.gov.vn"]
    assert sent.reply_to == ["thu@example.com"]
    assert "Xin cho biết lịch tiếp công dân tháng 12." in sent.body
    assert saved.reference in sent.subject

    assert response.status_code == 302
    receipt = client.get(response["Location"]).content.decode()
    assert "Đã gửi." in receipt
    assert f"{saved.reference[:4]}-{saved.reference[4:]}" in receipt


def test_page_address_overrides_the_sites(client, portal, django_capture_on_commit_callbacks):
    portal.contact.contact_email = "tiepdan@example.gov.vn"
    portal.contact.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, message(email="", phone="0912 345 678"))
    [sent] = mail.outbox
    assert sent.to == ["tiepdan@example.gov.vn"]
    assert ContactMessage.objects.get().phone == "0912345678"


def test_a_mail_server_failure_keeps_the_message(
    client, portal, django_capture_on_commit_callbacks, monkeypatch
):
    def refuse(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, message())
    assert response.status_code == 302
    assert ContactMessage.objects.get().mailed_at is None


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"email": "", "phone": ""}, "Vui lòng ghi thư điện tử hoặc số điện thoại"),
        ({"consent": ""}, "Cần đồng ý cho cơ quan xử lý dữ liệu cá nhân"),
        ({"phone": "12345", "email": ""}, "Số điện thoại chưa đúng"),
        ({"email": "thu@"}, "Địa chỉ thư điện tử chưa đúng"),
        ({"subject": ""}, "Vui lòng nhập tiêu đề."),
    ],
)
def test_bad_input_gets_a_vietnamese_error_and_nothing_is_saved(
    client, portal, django_capture_on_commit_callbacks, overrides, error
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, message(**overrides))
    page = response.content.decode()
    assert response.status_code == 200
    assert error in page
    assert "Thư chưa được gửi" in page
    assert "Xin cho biết lịch tiếp công dân tháng 12." in page  # the text is kept
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_a_database_failure_says_not_sent_and_keeps_the_text(client, portal, monkeypatch):
    def fail(*args, **kwargs):
        raise DatabaseError("database down")

    monkeypatch.setattr(ContactMessage.objects, "create", fail)
    response = client.post(URL, message())
    page = response.content.decode()
    assert response.status_code == 503
    assert "CHƯA được gửi" in page
    assert "Xin cho biết lịch tiếp công dân tháng 12." in page


def test_one_contact_may_send_three_messages_a_day(client, portal):
    for number in range(ratelimit.PER_CONTACT.count):
        assert client.post(URL, message(subject=f"Thư {number}")).status_code == 302
    response = client.post(URL, message(subject="Thư thêm"))
    assert response.status_code == 429
    page = response.content.decode()
    assert "CHƯA được gửi" in page and "Thư thêm" in page
    assert ContactMessage.objects.count() == 3


def test_one_address_may_send_five_messages_an_hour(client, portal):
    for number in range(ratelimit.PER_ADDRESS.count):
        data = message(email=f"nguoi{number}@example.com")
        assert client.post(URL, data).status_code == 302
    assert client.post(URL, message(email="khac@example.com")).status_code == 429
    assert ContactMessage.objects.count() == 5


def test_rate_limit_keys_hold_no_address_or_contact(client, portal):
    from django.core.cache import cache

    client.post(URL, message(), REMOTE_ADDR="203.0.113.7")
    keys = "".join(str(key) for key in cache._cache)  # LocMemCache in tests
    assert "203.0.113.7" not in keys and "thu@example.com" not in keys


def test_a_filled_honeypot_saves_and_mails_nothing(
    client, portal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, message(website="http://spam.example"))
    assert response.status_code == 302
    assert "Đã gửi." in client.get(response["Location"]).content.decode()
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_receipt_is_not_shown_without_a_message_sent(client, portal):
    response = client.get(URL + "?da-gui=1")
    assert response.status_code == 302 and response["Location"].endswith(URL)
