"""A person's data is erased on request or after the retention period; the anonymised
question and answer stay, and nothing else of theirs."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from vnportal.feedback.models import Event, State, SubmissionFile
from vnportal.feedback.privacy import erase_expired
from vnportal.testing.builders import build_site

from .builders import add_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site().site


def test_erasing_one_person_keeps_the_question_and_answer(site, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    mine = add_submission(
        site,
        name="Nguyễn Thị Riêng",
        phone="0912 345 678",
        email="rieng@example.com",
        address="Ấp Mẫu",
        answer="Đã sửa đèn đường.",
        state=State.ANSWERED,
    )
    attached = SubmissionFile(submission=mine, name="anh.jpg", kind="jpeg", size=3)
    attached.file.save("anh.jpg", ContentFile(b"abc"))
    stored = tmp_path / attached.file.name
    other = add_submission(site, name="Người khác", phone="0987654321", email="khac@example.com")

    call_command("erase_personal_data", phone="+84 912 345 678", stdout=io.StringIO())

    mine.refresh_from_db()
    assert (mine.name, mine.phone, mine.email, mine.address) == ("(đã xóa)", "", "", "")
    assert mine.answer == "Đã sửa đèn đường." and mine.content
    assert not SubmissionFile.objects.filter(submission=mine).exists()
    assert not stored.exists()
    assert Event.objects.filter(submission=mine, action=Event.Action.ERASED).exists()
    other.refresh_from_db()
    assert other.name == "Người khác"


def test_the_command_needs_a_contact():
    with pytest.raises(CommandError, match="--email hoặc --phone"):
        call_command("erase_personal_data")


def test_personal_data_is_erased_after_the_retention_period(site, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    long_ago = timezone.now() - datetime.timedelta(days=400)
    old = add_submission(
        site, received_at=long_ago, answered_at=long_ago, state=State.CLOSED, answer="Xong."
    )
    recent = add_submission(site)
    assert erase_expired() == ("câu hỏi, phản ánh", 1)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.erased_at is not None and old.email == ""
    assert recent.erased_at is None and recent.email


def test_one_request_erases_the_person_from_comments_on_drafts_too(site):
    from vnportal.consultations.models import Comment, Draft

    now = timezone.now()
    draft = Draft.objects.create(
        site=site,
        title="Dự thảo thử",
        slug="du-thao-thu",
        opens_at=now - datetime.timedelta(days=3),
        closes_at=now + datetime.timedelta(days=3),
    )
    comment = Comment.objects.create(
        draft=draft,
        name="Lê Văn Góp",
        contact="gop@example.com",
        content="Đề nghị bổ sung.",
        consented_at=now,
    )
    output = io.StringIO()
    call_command("erase_personal_data", email="GOP@example.com", stdout=output)
    comment.refresh_from_db()
    assert (comment.name, comment.contact) == ("(đã xóa)", "")
    assert comment.content == "Đề nghị bổ sung."
    assert "1 góp ý dự thảo" in output.getvalue()
