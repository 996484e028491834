"""Back up a populated portal, restore it into an empty installation, find everything.

On SQLite the restore goes into a new database file and media directory; on PostgreSQL
(DATABASE_URL) into the scratch database `<test database>_restore_check`.
"""

import contextlib
import json
import sqlite3
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from vnportal.backups import archive
from vnportal.feedback import intake
from vnportal.feedback.models import Submission, SubmissionFile
from vnportal.feedback.tests.builders import add_field
from vnportal.legaldocs.models import Attachment
from vnportal.testing.builders import add_article, add_document, build_site

TABLES = {
    "pages": "wagtailcore_page",
    "revisions": "wagtailcore_revision",
    "documents": "wagtaildocs_document",
    "attachments": "legaldocs_attachment",
    "feedback": "feedback_submission",
    "feedback files": "feedback_submissionfile",
    "users": "auth_user",
}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def populate():
    built = build_site()
    article = add_article(built.categories["tin-hoat-dong"], title="Khai mạc hội chợ")
    article.title = "Khai mạc hội chợ nông sản An Giang"
    article.save_revision().publish()
    article.save_revision()  # a draft on top of the published revision
    get_document_model().objects.create(
        title="Kế hoạch năm 2026", file=ContentFile(PDF, name="ke-hoach-2026.pdf")
    )
    document = add_document(built.site, "12/2026/QĐ-UBND")
    Attachment.objects.create(
        document=document, file=ContentFile(PDF + b"qd", name="qd-12.pdf"), name="Quyết định"
    )
    intake.receive(
        built.site,
        {
            "name": "Nguyễn Thị Hoa",
            "phone": "0912345678",
            "field": add_field("Đất đai"),
            "title": "Cấp giấy chứng nhận",
            "content": "Khi nào được cấp?",
        },
        [intake.CheckedFile(name="don.pdf", kind="pdf", data=PDF + b"don", extension=".pdf")],
    )
    get_user_model().objects.create_user("bientap", password="mat-khau-thu-1")
    return built


def counts_by_django():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "attachments": Attachment.objects.count(),
        "feedback": Submission.objects.count(),
        "feedback files": SubmissionFile.objects.count(),
        "users": get_user_model().objects.count(),
    }


def counts_by_cursor(cursor):
    found = {}
    for label, table in TABLES.items():
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (our own names)
        found[label] = cursor.fetchone()[0]
    return found


def checksums(root):
    return {
        path.relative_to(root).as_posix(): archive.sha256_of(path)
        for path in archive._media_files(root)
    }


@contextlib.contextmanager
def scratch_postgres_database():
    """An empty scratch database beside the test database."""
    name = f"{connection.settings_dict['NAME']}_restore_check"[:63]
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_a_backup_restores_into_an_empty_installation_with_everything(
    transactional_db, media, tmp_path
):
    populate()
    expected = counts_by_django()
    assert all(expected.values()), expected
    assert expected["revisions"] >= 2
    originals = checksums(media)
    assert len(originals) == 3  # the document, the attachment, the question's file

    call_command("backup", str(tmp_path / "sao-luu"), stdout=open("/dev/null", "w"))  # noqa: SIM115
    backup = archive.find_backup(tmp_path / "sao-luu")
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"]["vendor"] == connection.vendor
    for name, digest in originals.items():
        assert manifest["files"][f"media/{name}"]["sha256"] == digest

    restored_media = tmp_path / "cong-moi" / "media"
    if connection.vendor == "sqlite":
        restored_db = tmp_path / "cong-moi" / "db.sqlite3"
        target = archive.Target(sqlite_path=restored_db, media_root=restored_media)
        archive.restore_backup(tmp_path / "sao-luu", target)
        db = sqlite3.connect(restored_db)
        found = counts_by_cursor(db.cursor())
        db.close()
        # A second restore over what is now a portal with content is refused.
        with pytest.raises(archive.BackupError, match="đã có dữ liệu"):
            archive.restore_backup(backup, target)
    else:
        with scratch_postgres_database() as name:
            target = archive.Target(database_name=name, media_root=restored_media)
            archive.restore_backup(backup, target)
            with archive._pg_connect(target.settings_dict()) as db, db.cursor() as cursor:
                found = counts_by_cursor(cursor)
            with pytest.raises(archive.BackupError, match="đã có dữ liệu"):
                archive.restore_backup(backup, target)

    assert found == expected
    assert checksums(restored_media) == originals


def test_a_damaged_backup_is_refused_before_anything_is_touched(transactional_db, media, tmp_path):
    populate()
    backup = archive.create_backup(tmp_path / "sao-luu")
    damaged = next((backup / "media").rglob("*.pdf"))
    damaged.write_bytes(damaged.read_bytes() + b"x")
    target = archive.Target(sqlite_path=tmp_path / "moi.sqlite3", media_root=tmp_path / "m")
    if connection.vendor != "sqlite":
        target = archive.Target(media_root=tmp_path / "m")
    with pytest.raises(archive.BackupError, match="không toàn vẹn") as refused:
        archive.restore_backup(backup, target, force=True)
    assert damaged.relative_to(backup).as_posix() in str(refused.value)
    assert not (tmp_path / "moi.sqlite3").exists()
    assert not (tmp_path / "m").exists()
    with pytest.raises(CommandError, match="sai tổng kiểm"):
        call_command("restore", str(backup), "--check")


def test_restore_refuses_to_overwrite_this_portal_without_force(transactional_db, media, tmp_path):
    populate()
    call_command("backup", str(tmp_path), stdout=open("/dev/null", "w"))  # noqa: SIM115
    with pytest.raises(CommandError, match="--force"):
        call_command("restore", str(tmp_path))
    assert Submission.objects.count() == 1


def test_a_backup_of_newer_code_is_refused(transactional_db, media, tmp_path):
    populate()
    backup = archive.create_backup(tmp_path)
    manifest_path = backup / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["database"]["migrations"].append("feedback.9999_from_the_future")
    manifest_path.write_text(json.dumps(manifest))
    target = archive.Target(sqlite_path=tmp_path / "moi.sqlite3", media_root=tmp_path / "m")
    if connection.vendor != "sqlite":
        target = archive.Target(media_root=tmp_path / "m")
    with pytest.raises(archive.BackupError, match="mới hơn"):
        archive.restore_backup(backup, target, force=True)


def test_keep_leaves_only_the_newest_backups(transactional_db, media, tmp_path):
    build_site()
    for _ in range(3):
        archive.create_backup(tmp_path)
        time.sleep(0.01)
    call_command("backup", str(tmp_path), "--keep", "2", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(archive.list_backups(tmp_path)) == 2
    assert not list(tmp_path.glob(".*dang-ghi"))
