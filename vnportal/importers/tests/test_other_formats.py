"""Answered questions and legal documents through `import_portal`, and its progress line."""

import io

import pytest
from django.core.cache import cache

from vnportal.feedback.models import Submission
from vnportal.feedback.tests.builders import add_questions_section
from vnportal.importers.progress import Progress
from vnportal.legaldocs.models import LegalDocument
from vnportal.legaldocs.tests.test_bulk_import import HEADER as DOCUMENT_HEADER
from vnportal.legaldocs.tests.test_bulk_import import ROWS as DOCUMENT_ROWS
from vnportal.legaldocs.tests.test_bulk_import import write_csv
from vnportal.testing.builders import add_documents_section

from .test_questions import ANSWERED_ROW, ASKER, BAD_DATE_ROW, HEADER, PHONE, UNANSWERED_ROW, _csv

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions_file(tmp_path):
    path = tmp_path / "hoi-dap.csv"
    text = _csv([HEADER, ANSWERED_ROW, UNANSWERED_ROW, BAD_DATE_ROW])
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def test_answered_questions_are_published_and_problems_reported(
    province, questions_file, run_import, client, django_capture_on_commit_callbacks
):
    add_questions_section(province.site)
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        lines, out = run_import(questions_file, format="hoi-dap")
    assert [line["status"] for line in lines] == ["created", "skipped", "skipped"]
    assert "trả lời" in lines[1]["reason"]
    assert "Ngày hỏi" in lines[2]["reason"]
    answer = client.get(lines[0]["url"].replace("http://localhost", "")).content.decode()
    assert "Thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất" in answer
    assert ASKER not in answer and PHONE not in answer

    again, _ = run_import(questions_file, format="hoi-dap")
    assert [line["status"] for line in again] == ["unchanged", "skipped", "skipped"]
    assert Submission.objects.count() == 1


def test_legal_documents_go_through_the_registers_import(province, tmp_path, run_import):
    add_documents_section(province.site)
    path = write_csv(tmp_path / "van-ban.csv", DOCUMENT_ROWS, header=DOCUMENT_HEADER)
    lines, out = run_import(path, format="van-ban")
    assert {line["status"] for line in lines} == {"created"}
    assert LegalDocument.objects.count() == len(DOCUMENT_ROWS)
    assert all(line["url"] for line in lines)
    again, _ = run_import(path, format="van-ban")
    assert {line["status"] for line in again} == {"unchanged"}
    assert LegalDocument.objects.count() == len(DOCUMENT_ROWS)


def test_the_progress_line_gives_rate_and_time_left():
    stream = io.StringIO()
    progress = Progress(total=1000, stream=stream)
    progress.started -= 10  # ten seconds ago
    progress.done = 250
    line = progress.line()
    assert "250/1.000 (25%)" in line
    assert "25 mục/giây" in line
    assert "còn 0:30" in line
