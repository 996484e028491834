"""Looking a question up on /hoi-dap/tra-cuu/ with its code and contact, and rating the
answer."""

import pytest
from django.utils import timezone

from vnportal.feedback.models import Event, SatisfactionRating, State
from vnportal.feedback.public_views import WRONG_PAIR
from vnportal.feedback.tests.builders import add_questions_section, add_submission
from vnportal.testing.builders import build_site

pytestmark = pytest.mark.django_db

TRACK = "/hoi-dap/tra-cuu/"


@pytest.fixture
def portal():
    built = build_site()
    add_questions_section(built.site)
    return built.site


@pytest.fixture
def asked(portal):
    return add_submission(
        portal,
        tracking_code="7KQ2M9XA",
        phone="0912345678",
        email="hoa@example.com",
        title="Đường ngập nước",
        content="Đoạn đường ấp 3 ngập sau mưa.",
    )


def look_up(client, code, contact, **extra):
    return client.post(TRACK, {"action": "tra-cuu", "code": code, "contact": contact}, **extra)


@pytest.mark.parametrize(
    "code, contact",
    [
        ("7KQ2-M9XA", "0912 345 678"),
        ("7kq2m9xa", "+84912345678"),
        ("7KQ2-M9XA", "Hoa@Example.com"),
    ],
)
def test_the_right_pair_shows_the_state_and_dates(client, asked, code, contact):
    response = look_up(client, code, contact)
    assert response.status_code == 302 and response["Location"] == TRACK
    html = client.get(TRACK).content.decode()
    assert "Đường ngập nước" in html
    assert '<span class="qa-state qa-state-moi">Mới</span>' in html
    # The page speaks Vietnam time: between 17:00 and 24:00 UTC that is the next day.
    assert timezone.localtime(asked.received_at).strftime("%d/%m/%Y") in html
    assert asked.due_on.strftime("%d/%m/%Y") in html
    assert "7KQ2-M9XA" in html


def test_wrong_code_and_wrong_contact_get_the_same_message(client, asked):
    wrong_code = look_up(client, "7KQ2-M9XB", "0912345678").content.decode()
    wrong_contact = look_up(client, "7KQ2-M9XA", "0987654321").content.decode()
    assert WRONG_PAIR in wrong_code and WRONG_PAIR in wrong_contact
    assert "Đường ngập nước" not in wrong_code and "Đường ngập nước" not in wrong_contact


def test_a_submission_of_another_site_is_not_found(client, asked):
    other = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    add_questions_section(other.site)
    response = look_up(client, "7KQ2-M9XA", "0912345678", HTTP_HOST="tayyen.localhost")
    assert WRONG_PAIR in response.content.decode()


def test_an_erased_person_cannot_be_matched_by_an_empty_contact(client, portal):
    add_submission(portal, tracking_code="ABCD1234", phone="", email="")
    response = look_up(client, "ABCD-1234", "@")
    assert WRONG_PAIR in response.content.decode()


def test_guesses_are_limited_per_address(client, asked):
    for number in range(10):
        look_up(client, f"AAAA{number:04d}", "0912345678")
    blocked = look_up(client, "7KQ2-M9XA", "0912345678")
    assert blocked.status_code == 429
    assert "quá nhiều lần" in blocked.content.decode()
    assert "Đường ngập nước" not in client.get(TRACK).content.decode()


def test_guesses_are_limited_per_code_across_addresses(client, asked):
    for number in range(10):
        look_up(client, "7KQ2-M9XA", f"09000000{number:02d}", REMOTE_ADDR=f"10.1.1.{number}")
    blocked = look_up(client, "7KQ2-M9XA", "0912345678", REMOTE_ADDR="10.2.2.2")
    assert blocked.status_code == 429


def test_internal_notes_drafts_and_contacts_are_not_shown(client, asked):
    asked.notes.create(text="Ghi chú nội bộ bí mật")
    asked.drafts.create(text="Dự thảo chưa duyệt")
    look_up(client, "7KQ2-M9XA", "0912345678")
    html = client.get(TRACK).content.decode()
    for secret in ("Ghi chú nội bộ bí mật", "Dự thảo chưa duyệt", "0912345678", "hoa@example.com"):
        assert secret not in html


def answered(portal, **fields):
    return add_submission(
        portal,
        tracking_code="ANSW1234",
        phone="0912345678",
        state=fields.pop("state", State.ANSWERED),
        answer="Ủy ban sẽ nạo vét cống trong tháng 12.",
        **fields,
    )


def test_the_answer_is_shown_once_answered(client, portal):
    answered(portal)
    look_up(client, "ANSW-1234", "0912345678")
    html = client.get(TRACK).content.decode()
    assert "Ủy ban sẽ nạo vét cống trong tháng 12." in html
    assert "Đã trả lời" in html
    assert "Gửi đánh giá" in html


def test_an_answer_not_yet_sent_is_not_shown_nor_rateable(client, portal):
    answered(portal, state=State.IN_PROGRESS)
    look_up(client, "ANSW-1234", "0912345678")
    html = client.get(TRACK).content.decode()
    assert "nạo vét" not in html
    assert "Gửi đánh giá" not in html
    client.post(TRACK, {"action": "danh-gia", "value": "hai-long"})
    assert not SatisfactionRating.objects.exists()


def test_an_answer_is_rated_once_and_the_log_keeps_the_value_secret(client, portal):
    submission = answered(portal)
    look_up(client, "ANSW-1234", "0912345678")
    response = client.post(
        TRACK, {"action": "danh-gia", "value": "khong-hai-long", "comment": "Chậm quá"}
    )
    assert response.status_code == 302
    rating = SatisfactionRating.objects.get(submission=submission)
    assert rating.value == "khong-hai-long" and rating.comment == "Chậm quá"
    event = Event.objects.get(submission=submission, action=Event.Action.RATED)
    assert "hai-long" not in event.detail and "Chậm" not in event.detail
    html = client.get(TRACK).content.decode()
    assert "Bạn đã đánh giá" in html and "Gửi đánh giá" not in html

    again = client.post(TRACK, {"action": "danh-gia", "value": "hai-long"})
    assert "đã được đánh giá" in again.content.decode()
    assert SatisfactionRating.objects.get().value == "khong-hai-long"


def test_rating_needs_a_lookup_first(client, portal):
    answered(portal)
    client.post(TRACK, {"action": "danh-gia", "value": "hai-long"})
    assert not SatisfactionRating.objects.exists()


def test_ending_the_lookup_hides_the_submission(client, portal):
    answered(portal)
    look_up(client, "ANSW-1234", "0912345678")
    client.post(TRACK, {"action": "ket-thuc"})
    assert "nạo vét" not in client.get(TRACK).content.decode()
