"""Asking a question on /hoi-dap/gui/: what a person sees, and what is saved."""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.test import override_settings
from PIL import Image

from vnportal.feedback import captcha, spam
from vnportal.feedback.models import Submission, SubmissionFile
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.testing.builders import add_unit, build_site
from vnportal.units.models import UnitKind

pytestmark = pytest.mark.django_db

FORM = "/hoi-dap/gui/"


@pytest.fixture
def portal():
    built = build_site()
    add_questions_section(built.site)
    return built.site


@pytest.fixture
def field():
    return add_field("Đất đai", due_working_days=15)


def form_data(field, **overrides):
    data = {
        "name": "Nguyễn Thị Hoa",
        "phone": "0912 345 678",
        "email": "",
        "address": "Ấp Xẻo Nhàu",
        "field": str(field.pk),
        "kind": "hoi-dap",
        "title": "Cấp giấy chứng nhận quyền sử dụng đất",
        "content": "Tôi nộp hồ sơ đã hai tháng.\nKhi nào được cấp?",
        "consent": "on",
        spam.STARTED_FIELD: spam.start_token(time.time() - 30),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_question_is_received_with_a_tracking_code_and_a_due_date(client, portal, field):
    response = client.post(FORM, form_data(field), follow=True)
    html = response.content.decode()
    submission = Submission.objects.get()
    assert response.redirect_chain[0][1] == 302
    assert "Đã tiếp nhận" in html
    assert f"{submission.tracking_code[:4]}-{submission.tracking_code[4:]}" in html
    assert submission.due_on.strftime("%d/%m/%Y") in html
    assert "/hoi-dap/tra-cuu/" in html
    assert submission.phone == "0912345678"
    assert submission.site == portal
    assert submission.due_on > submission.received_at.date()


def test_refreshing_the_receipt_does_not_send_again(client, portal, field):
    response = client.post(FORM, form_data(field))
    receipt = client.get(response["Location"])
    again = client.get(response["Location"])
    assert receipt.status_code == again.status_code == 200
    assert Submission.objects.count() == 1


def test_receipt_address_without_a_submission_leads_back_to_the_form(client, portal):
    response = client.get(FORM + "?da-tiep-nhan=1")
    assert response.status_code == 302 and response["Location"] == FORM


def test_form_offers_the_current_communes_and_picks_the_sites_own(client, portal, field):
    province = add_unit("AG", "tỉnh An Giang", UnitKind.PROVINCE)
    own = add_unit("AG-TY", "xã Tây Yên", UnitKind.COMMUNE, site=portal, parent=province)
    add_unit("AG-RG", "phường Rạch Giá", UnitKind.WARD, parent=province)
    response = client.get(FORM)
    offered = [label for _value, label in response.context["form"].fields["commune"].choices]
    assert offered == ["— Chọn —", "phường Rạch Giá", "xã Tây Yên"]
    assert f'<option value="{own.pk}" selected>xã Tây Yên</option>' in response.content.decode()

    client.post(FORM, form_data(field, commune=str(own.pk)))
    assert Submission.objects.get().commune == own


def test_missing_contact_is_refused_and_the_text_stays(client, portal, field):
    response = client.post(FORM, form_data(field, phone="", email=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "ít nhất một" in html
    assert "Tôi nộp hồ sơ đã hai tháng." in html
    assert 'value="Nguyễn Thị Hoa"' in html
    assert not Submission.objects.exists()


@pytest.mark.parametrize("phone", ["091234567", "1912345678", "09123456789", "+8491234567"])
def test_a_phone_number_that_is_not_vietnamese_is_refused(client, portal, field, phone):
    response = client.post(FORM, form_data(field, phone=phone))
    assert "Số điện thoại chưa đúng" in response.content.decode()
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    "typed", ["+84 912 345 678", "0912.345.678", "+84912345678", "0912-345-678"]
)
def test_a_phone_number_is_stored_in_one_form(client, portal, field, typed):
    client.post(FORM, form_data(field, phone=typed))
    assert Submission.objects.get().phone == "0912345678"


def test_email_alone_is_enough(client, portal, field):
    client.post(FORM, form_data(field, phone="", email="Hoa@Example.com"))
    assert Submission.objects.get().email == "hoa@example.com"


def test_consent_is_required_and_the_notice_is_on_the_page(client, portal, field):
    html = client.get(FORM).content.decode()
    assert "91/2025/QH15" in html and 'href="#thong-bao-du-lieu-ca-nhan"' in html
    response = client.post(FORM, form_data(field, consent=None))
    assert "Cần đồng ý" in response.content.decode()
    assert not Submission.objects.exists()


def test_content_longer_than_the_limit_is_refused(client, portal, field):
    response = client.post(FORM, form_data(field, content="a" * 10_001))
    assert "Dài quá 10.000 ký tự" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_filled_honeypot_looks_received_but_nothing_is_saved(client, portal, field):
    response = client.post(FORM, form_data(field, website="http://spam.example"), follow=True)
    html = response.content.decode()
    assert "Đã tiếp nhận" in html and "Mã tra cứu" in html
    assert not Submission.objects.exists()


def test_the_honeypot_is_hidden_from_people(client, portal):
    html = client.get(FORM).content.decode()
    assert '<div class="qa-trap" aria-hidden="true">' in html
    assert 'tabindex="-1"' in html


def test_a_form_sent_too_fast_asks_to_check_and_send_again(client, portal, field):
    data = form_data(field, **{spam.STARTED_FIELD: spam.start_token()})
    response = client.post(FORM, data)
    html = response.content.decode()
    assert "quá nhanh" in html and "Tôi nộp hồ sơ đã hai tháng." in html
    assert not Submission.objects.exists()


def test_after_a_too_fast_refusal_the_same_form_goes_through(client, portal, field, monkeypatch):
    refused = client.post(FORM, form_data(field, **{spam.STARTED_FIELD: spam.start_token()}))
    sent_back = refused.context["form"].data.dict()
    later = time.time() + spam.MIN_SECONDS + 1
    monkeypatch.setattr(spam.time, "time", lambda: later)
    assert client.post(FORM, sent_back).status_code == 302
    assert Submission.objects.count() == 1


def test_a_forged_start_time_is_refused_and_replaced(client, portal, field):
    response = client.post(FORM, form_data(field, **{spam.STARTED_FIELD: "12345"}))
    assert "quá nhanh" in response.content.decode()
    assert not Submission.objects.exists()
    fresh = response.context["form"].data[spam.STARTED_FIELD]
    assert spam.seconds_since_start(fresh) is not None


def test_five_submissions_per_hour_from_one_address(client, portal, field):
    for number in range(5):
        data = form_data(field, phone="", email=f"nguoi{number}@example.com")
        assert client.post(FORM, data).status_code == 302
    refused = client.post(FORM, form_data(field, phone="", email="khac@example.com"))
    assert refused.status_code == 429
    assert "Nội dung bạn đã nhập vẫn còn" in refused.content.decode()
    assert Submission.objects.count() == 5
    other = client.post(
        FORM, form_data(field, phone="", email="khac@example.com"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_three_submissions_per_day_per_phone(client, portal, field):
    for number in range(3):
        address = f"10.0.1.{number}"
        assert client.post(FORM, form_data(field), REMOTE_ADDR=address).status_code == 302
    refused = client.post(FORM, form_data(field, phone="+84 912 345 678"), REMOTE_ADDR="10.0.2.1")
    assert refused.status_code == 429
    assert Submission.objects.count() == 3


def test_forwarded_address_is_ignored_unless_a_proxy_is_trusted(client, portal, field):
    for number in range(5):
        data = form_data(field, phone="", email=f"a{number}@example.com")
        client.post(FORM, data, HTTP_X_FORWARDED_FOR=f"10.9.9.{number}")
    refused = client.post(
        FORM, form_data(field, phone="", email="b@example.com"), HTTP_X_FORWARDED_FOR="10.9.9.99"
    )
    assert refused.status_code == 429


@override_settings(VNPORTAL_TRUSTED_PROXY=True)
def test_behind_a_trusted_proxy_each_forwarded_address_counts_apart(client, portal, field):
    for number in range(5):
        data = form_data(field, phone="", email=f"a{number}@example.com")
        client.post(FORM, data, HTTP_X_FORWARDED_FOR="10.9.9.1")
    assert (
        client.post(
            FORM, form_data(field, phone="", email="b@example.com"), HTTP_X_FORWARDED_FOR="10.9.9.1"
        ).status_code
        == 429
    )
    assert (
        client.post(
            FORM, form_data(field, phone="", email="c@example.com"), HTTP_X_FORWARDED_FOR="10.9.9.2"
        ).status_code
        == 302
    )


def test_no_captcha_by_default(client, portal, field):
    html = client.get(FORM).content.decode()
    assert "bằng mấy?" not in html
    assert client.post(FORM, form_data(field)).status_code == 302


@override_settings(FEEDBACK_CAPTCHA=True)
def test_captcha_asks_a_sum_in_words_and_checks_the_answer(client, portal, field, monkeypatch):
    monkeypatch.setattr(captcha.secrets, "randbelow", lambda n: {10: 6, 2: 0}[n])
    html = client.get(FORM).content.decode()
    assert "Bảy cộng bảy bằng mấy?" in html
    token = client.get(FORM).context["form"]["captcha_token"].value()

    wrong = client.post(FORM, form_data(field, captcha_token=token, captcha_answer="13"))
    assert "chưa đúng" in wrong.content.decode()
    assert "Tôi nộp hồ sơ đã hai tháng." in wrong.content.decode()
    assert not Submission.objects.exists()

    right = client.post(FORM, form_data(field, captcha_token=token, captcha_answer="14"))
    assert right.status_code == 302
    assert Submission.objects.count() == 1


@override_settings(FEEDBACK_CAPTCHA=True)
def test_an_answered_captcha_cannot_be_used_twice(client, portal, field, monkeypatch):
    monkeypatch.setattr(captcha.secrets, "randbelow", lambda n: {10: 1, 2: 0}[n])
    token = client.get(FORM).context["form"]["captcha_token"].value()
    first = form_data(field, captcha_token=token, captcha_answer="4")
    assert client.post(FORM, first).status_code == 302
    second = form_data(field, email="x@example.com", captcha_token=token, captcha_answer="bốn")
    assert client.post(FORM, second).status_code == 200
    assert Submission.objects.count() == 1


def png_with_gps():
    image = Image.new("RGB", (32, 24), "#aa3344")
    exif = Image.Exif()
    exif[0x010F] = "Hang may anh"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (10.0, 30.0, 0.0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", exif=exif)
    data = buffer.getvalue()
    assert b"Hang may anh" in data
    return data


def test_a_photo_is_stored_without_its_exif_and_gps(client, portal, field):
    upload = SimpleUploadedFile("anh.png", png_with_gps(), content_type="image/png")
    response = client.post(FORM, {**form_data(field), "file_1": upload})
    assert response.status_code == 302
    stored = SubmissionFile.objects.get()
    data = stored.file.read()
    assert data.startswith(b"\x89PNG")
    assert b"Hang may anh" not in data and b"eXIf" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif()
        assert image.size == (32, 24)
    assert stored.kind == "png" and stored.name == "anh.png"


def test_html_named_jpg_is_refused_on_its_field(client, portal, field):
    upload = SimpleUploadedFile(
        "anh.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg"
    )
    response = client.post(FORM, {**form_data(field), "file_2": upload})
    form = response.context["form"]
    assert "Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF" in form.errors["file_2"][0]
    assert "Chỉ nhận ảnh JPEG" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_file_over_ten_megabytes_is_refused(client, portal, field):
    upload = SimpleUploadedFile("lon.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024))
    response = client.post(FORM, {**form_data(field), "file_1": upload})
    assert "lớn hơn 10 MB" in response.content.decode()
    assert not Submission.objects.exists()


def test_when_the_database_fails_nothing_is_saved_and_the_text_stays(
    client, portal, field, monkeypatch, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path

    def broken(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(SubmissionFile, "save", broken)
    upload = SimpleUploadedFile("anh.png", png_with_gps(), content_type="image/png")
    response = client.post(FORM, {**form_data(field), "file_1": upload})
    html = response.content.decode()
    assert response.status_code == 503
    assert "Chưa lưu được câu hỏi của bạn do sự cố hệ thống." in html
    assert "Tôi nộp hồ sơ đã hai tháng." in html
    assert 'value="Cấp giấy chứng nhận quyền sử dụng đất"' in html
    assert not Submission.objects.exists()
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]
