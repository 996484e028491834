"""The disk fills up halfway through an upload: a clear error, no row, no half file."""

import errno
import io
import os
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.storage import filesystem as filesystem_module
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from vnportal.feedback import spam
from vnportal.feedback.models import Submission, SubmissionFile
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.legaldocs import attachments
from vnportal.legaldocs.models import Attachment
from vnportal.testing.builders import add_document, build_site

pytestmark = pytest.mark.django_db


def _blank_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF = _blank_pdf()


class _HalfWrittenFile:
    """A file on a disk that fills up: half of the first write lands, then ENOSPC."""

    def __init__(self, real):
        self._real = real

    def write(self, data):
        self._real.write(data[: max(1, len(data) // 2)])
        self._real.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._real, name)


class _FullDiskOs:
    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def fdopen(fd, *args, **kwargs):
        return _HalfWrittenFile(os.fdopen(fd, *args, **kwargs))


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def full_disk(monkeypatch, media):
    monkeypatch.setattr(filesystem_module, "os", _FullDiskOs())


def files_under(root):
    return sorted(
        os.path.relpath(os.path.join(path, name), root)
        for path, _, names in os.walk(root)
        for name in names
    )


@pytest.fixture
def admin_client(client):
    build_site()
    user = get_user_model().objects.create_superuser("quantri", "qt@example.com", "mat-khau-1")
    client.force_login(user)
    return client


def png_bytes():
    out = io.BytesIO()
    PILImage.new("RGB", (64, 48), "#3366aa").save(out, "PNG")
    return out.getvalue()


def test_a_document_upload_on_a_full_disk_says_so_and_leaves_nothing(
    admin_client, full_disk, media
):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Kế hoạch năm 2026",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("ke-hoach.pdf", PDF, "application/pdf"),
        },
    )
    assert response.status_code == 507
    html = response.content.decode()
    assert "ổ đĩa của máy chủ đã đầy" in html and "Chưa có gì được lưu" in html
    assert get_document_model().objects.count() == 0
    assert files_under(media) == []


def test_an_image_upload_on_a_full_disk_says_so_and_leaves_nothing(admin_client, full_disk, media):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh hội chợ",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("hoi-cho.png", png_bytes(), "image/png"),
        },
    )
    assert response.status_code == 507
    assert "ổ đĩa của máy chủ đã đầy" in response.content.decode()
    assert get_image_model().objects.count() == 0
    assert files_under(media) == []


def test_the_multiple_upload_gets_the_message_as_json(
    transactional_db, admin_client, full_disk, media
):
    # Transactional: the failed save breaks the enclosing atomic block of a plain
    # database test, as it would roll back the request's own.
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("ke-hoach.pdf", PDF, "application/pdf")},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert response.status_code == 507
    assert "ổ đĩa" in response.json()["error_message"]
    assert get_document_model().objects.count() == 0
    assert files_under(media) == []


def test_a_question_with_a_file_on_a_full_disk_is_not_saved_and_says_so(client, full_disk, media):
    built = build_site()
    add_questions_section(built.site)
    field = add_field("Đất đai")
    response = client.post(
        "/hoi-dap/gui/",
        {
            "name": "Nguyễn Thị Hoa",
            "phone": "0912 345 678",
            "field": str(field.pk),
            "kind": "hoi-dap",
            "title": "Cấp giấy chứng nhận quyền sử dụng đất",
            "content": "Tôi gửi kèm đơn.",
            "consent": "on",
            spam.STARTED_FIELD: spam.start_token(time.time() - 30),
            "file_1": SimpleUploadedFile("don.pdf", PDF, "application/pdf"),
        },
    )
    assert response.status_code == 503
    html = response.content.decode()
    assert "Chưa lưu được câu hỏi" in html
    assert "Tôi gửi kèm đơn.</textarea>" in html
    assert Submission.objects.count() == 0 and SubmissionFile.objects.count() == 0
    assert files_under(media) == []


def test_a_legal_document_attachment_on_a_full_disk_leaves_no_row_and_no_file(full_disk, media):
    document = add_document(build_site().site, "12/2026/QĐ-UBND")
    with pytest.raises(OSError, match="No space left"):
        attachments.attach(document, PDF, "qd-12.pdf")
    assert Attachment.objects.count() == 0
    assert files_under(media) == []


def test_a_whole_upload_lands_under_its_name_and_never_overwrites_another(media):
    first = default_storage.save("tai-lieu/ke-hoach.pdf", ContentFile(PDF))
    second = default_storage.save("tai-lieu/ke-hoach.pdf", ContentFile(PDF + b"v2"))
    assert first == "tai-lieu/ke-hoach.pdf"
    assert second != first and second.startswith("tai-lieu/ke-hoach")
    assert default_storage.open(first).read() == PDF
    assert default_storage.open(second).read() == PDF + b"v2"
    assert files_under(media) == sorted([first, second])
    assert oct(os.stat(default_storage.path(first)).st_mode & 0o777) == "0o644"
