"""The "Lấy ý kiến" admin: drafts, moderation, contact data and exports, per site."""

import csv
import io

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from vnportal.consultations.models import (
    CommentStatus,
    Draft,
    ModerationEvent,
    RejectionReason,
)
from vnportal.units.roles import BOARD, CONTRIBUTOR, EDITOR, SITE_ADMIN

from .conftest import add_comment, add_draft, site_users

pytestmark = pytest.mark.django_db

ADMIN = "/admin/lay-y-kien/"


@pytest.fixture
def site_a(province):
    return province.site


@pytest.fixture
def site_b(commune):
    return commune.site


@pytest.fixture
def users_a(site_a):
    return site_users(site_a, "a")


@pytest.fixture
def users_b(site_b):
    return site_users(site_b, "b")


def refused(response):
    if response.status_code in (403, 404):
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return response.status_code == 302 and any("quyền" in m or "permission" in m for m in messages)


def draft_form(site, files=(), sections=(), **fields):
    data = {
        "site": site.pk,
        "title": "Dự thảo Quy chế họp chợ",
        "slug": "",
        "summary": "",
        "drafting_body": "Phòng Kinh tế",
        "opens_at": "2026-01-05 08:00",
        "closes_at": "2026-02-05 17:00",
        "body": "Nội dung dự thảo.",
        "live": "on",
        "report_text": "",
        "report_published_at": "",
        "sections": inline_formset(list(sections)),
        "files": inline_formset([{"file": file, "name": ""} for file in files]),
    }
    data.update(fields)
    return nested_form_data(data)


def minimal_pdf():
    # The smallest file the legal documents' inspection accepts as a PDF (no text layer).
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_editor_adds_a_draft_with_sections_and_a_pdf(client, site_a, users_a):
    client.force_login(users_a[EDITOR])
    pdf = SimpleUploadedFile("du thao.pdf", minimal_pdf(), content_type="application/pdf")
    response = client.post(
        ADMIN + "new/",
        draft_form(site_a, files=[pdf], sections=[{"heading": "Điều 1", "text": "Phạm vi."}]),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = Draft.objects.get()
    assert draft.slug == "du-thao-quy-che-hop-cho"
    assert [s.heading for s in draft.sections.all()] == ["Điều 1"]
    stored = draft.files.get()
    assert stored.kind == "pdf"
    assert stored.file.name.rsplit("/", 1)[-1] == f"{draft.slug}-{stored.sha256[:10]}.pdf"


def test_a_spreadsheet_is_refused_as_a_draft_file(client, site_a, users_a):
    from openpyxl import Workbook

    book = Workbook()
    out = io.BytesIO()
    book.save(out)
    client.force_login(users_a[EDITOR])
    upload = SimpleUploadedFile("bang.xlsx", out.getvalue())
    response = client.post(ADMIN + "new/", draft_form(site_a, files=[upload]))
    assert response.status_code == 200
    assert "chỉ nhận tệp PDF, DOC, DOCX hoặc ODT" in response.content.decode()
    assert not Draft.objects.exists()


def test_closing_before_opening_is_refused(client, site_a, users_a):
    client.force_login(users_a[EDITOR])
    response = client.post(ADMIN + "new/", draft_form(site_a, closes_at="2026-01-01 08:00"))
    assert "Thời điểm kết thúc phải sau thời điểm bắt đầu." in response.content.decode()


def test_board_approves_and_the_comment_appears_on_the_public_page(client, site_a, users_a):
    draft = add_draft(site_a)
    comment = add_comment(draft, content="Đề nghị thêm bãi giữ xe.")
    assert (
        "Đề nghị thêm bãi giữ xe." not in client.get(f"/lay-y-kien/{draft.slug}/").content.decode()
    )
    client.force_login(users_a[BOARD])
    assert client.post(ADMIN + f"comment/{comment.pk}/approve/").status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert ModerationEvent.objects.get(comment=comment).action == ModerationEvent.Action.APPROVE
    client.logout()
    assert "Đề nghị thêm bãi giữ xe." in client.get(f"/lay-y-kien/{draft.slug}/").content.decode()


def test_an_editor_reads_comments_but_cannot_moderate(client, site_a, users_a):
    draft = add_draft(site_a)
    comment = add_comment(draft, content="Ý kiến về giờ họp chợ.")
    client.force_login(users_a[EDITOR])
    page = client.get(ADMIN + f"comments/{draft.pk}/").content.decode()
    assert "Ý kiến về giờ họp chợ." in page
    assert "Trần Văn Bình" not in page and "0912345678" not in page
    assert refused(client.post(ADMIN + f"comment/{comment.pk}/approve/"))
    assert refused(client.get(ADMIN + f"comment/{comment.pk}/contact/"))
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_a_rejection_needs_a_reason_and_an_explanation_and_is_logged(client, site_a, users_a):
    draft = add_draft(site_a)
    comment = add_comment(draft)
    client.force_login(users_a[BOARD])
    url = ADMIN + f"comment/{comment.pk}/reject/"
    response = client.post(url, {"reason": "", "note": ""})
    html = response.content.decode()
    assert "Hãy chọn lý do từ chối." in html and "Hãy ghi rõ vì sao" in html
    # Disagreement with the authorities is not a ground the form offers.
    assert client.post(url, {"reason": "phe-binh", "note": "Chê chính quyền"}).status_code == 200
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING

    response = client.post(url, {"reason": RejectionReason.SPAM, "note": "Quảng cáo bán hàng."})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    event = ModerationEvent.objects.get(comment=comment)
    assert (event.action, event.reason, event.note, event.user) == (
        ModerationEvent.Action.REJECT,
        RejectionReason.SPAM,
        "Quảng cáo bán hàng.",
        users_a[BOARD],
    )
    listing = client.get(ADMIN + f"comments/{draft.pk}/").content.decode()
    assert "Quảng cáo, tin rác" in listing and "Quảng cáo bán hàng." in listing


def test_contact_is_shown_to_the_board_and_each_showing_is_logged(client, site_a, users_a):
    comment = add_comment(add_draft(site_a), contact="binh@example.com")
    client.force_login(users_a[SITE_ADMIN])
    for _ in range(2):
        html = client.get(ADMIN + f"comment/{comment.pk}/contact/").content.decode()
        assert "binh@example.com" in html and "Trần Văn Bình" in html
    views = ModerationEvent.objects.filter(action=ModerationEvent.Action.VIEW_CONTACT)
    assert [e.user for e in views] == [users_a[SITE_ADMIN]] * 2


def test_uptake_is_recorded_for_approved_comments(client, site_a, users_a):
    comment = add_comment(add_draft(site_a), status=CommentStatus.APPROVED)
    client.force_login(users_a[BOARD])
    response = client.post(
        ADMIN + f"comment/{comment.pk}/uptake/",
        {"uptake": "tiep-thu-mot-phan", "response": "Bổ sung giờ họp buổi chiều."},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.uptake, comment.response) == (
        "tiep-thu-mot-phan",
        "Bổ sung giờ họp buổi chiều.",
    )


def _exported(site, users):
    draft = add_draft(site, sections=[("Chương I", "")])
    add_comment(
        draft,
        name="Phạm Thị Mai",
        contact="mai@example.com",
        shown_name="Mai",
        content='=HYPERLINK("http://x") và giờ họp chợ',
        section=draft.sections.get(),
        status=CommentStatus.APPROVED,
        uptake="giai-trinh",
        response="Giữ nguyên vì lý do an toàn.",
    )
    add_comment(draft, content="Ý kiến chưa duyệt", contact="chua@example.com")
    return draft


def test_csv_export_has_bom_responses_and_no_contact(client, site_a, users_a):
    draft = _exported(site_a, users_a)
    client.force_login(users_a[EDITOR])
    response = client.get(ADMIN + f"comments/{draft.pk}/csv/")
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["STT", "Ngày gửi", "Người góp ý"]
    assert len(rows) == 2
    assert rows[1][2:] == [
        "Mai",
        "Chương I",
        '\'=HYPERLINK("http://x") và giờ họp chợ',
        "Giải trình",
        "Giữ nguyên vì lý do an toàn.",
    ]
    text = raw.decode("utf-8-sig")
    assert "mai@example.com" not in text and "Phạm Thị" not in text
    assert "Ý kiến chưa duyệt" not in text


def test_xlsx_export_has_responses_and_no_contact(client, site_a, users_a):
    draft = _exported(site_a, users_a)
    client.force_login(users_a[EDITOR])
    response = client.get(ADMIN + f"comments/{draft.pk}/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[3][:3] == ("STT", "Ngày gửi", "Người góp ý")
    assert values[4][2:] == (
        "Mai",
        "Chương I",
        '=HYPERLINK("http://x") và giờ họp chợ',
        "Giải trình",
        "Giữ nguyên vì lý do an toàn.",
    )
    assert sheet.cell(row=5, column=5).data_type == "s"
    flat = " ".join(str(v) for row in values for v in row if v)
    assert "mai@example.com" not in flat and "Phạm Thị" not in flat
    assert "Ý kiến chưa duyệt" not in flat


def test_a_site_cannot_reach_another_sites_drafts_or_comments(
    client, site_a, site_b, users_a, users_b
):
    draft_b = add_draft(site_b, title="Dự thảo riêng của xã Tây Yên", slug="rieng")
    comment_b = add_comment(draft_b, content="Ý kiến riêng ở xã Tây Yên")
    for role in (EDITOR, BOARD, SITE_ADMIN):
        client.force_login(users_a[role])
        assert "Dự thảo riêng của xã Tây Yên" not in client.get(ADMIN).content.decode()
        for path in (
            f"edit/{draft_b.pk}/",
            f"delete/{draft_b.pk}/",
            f"comments/{draft_b.pk}/",
            f"comments/{draft_b.pk}/csv/",
            f"comments/{draft_b.pk}/xlsx/",
            f"comment/{comment_b.pk}/reject/",
            f"comment/{comment_b.pk}/uptake/",
            f"comment/{comment_b.pk}/contact/",
        ):
            assert refused(client.get(ADMIN + path)), (role, path)
        assert refused(client.post(ADMIN + f"comment/{comment_b.pk}/approve/"))
        assert refused(
            client.post(ADMIN + f"comment/{comment_b.pk}/reject/", {"reason": "spam", "note": "x"})
        )
    comment_b.refresh_from_db()
    assert comment_b.status == CommentStatus.PENDING
    assert not ModerationEvent.objects.exists()


def test_contributors_have_no_drafts(client, site_a, users_a):
    client.force_login(users_a[CONTRIBUTOR])
    assert refused(client.get(ADMIN))


def test_the_comments_page_costs_the_same_queries_for_many_comments(client, site_a, users_a):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    draft = add_draft(site_a, sections=[("Chương I", "")])
    client.force_login(users_a[BOARD])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(ADMIN + f"comments/{draft.pk}/").status_code == 200
        return len(queries)

    comment = add_comment(draft, section=draft.sections.get())
    client.post(ADMIN + f"comment/{comment.pk}/reject/", {"reason": "spam", "note": "Rác."})
    count()
    few = count()
    for _ in range(10):
        extra = add_comment(draft, section=draft.sections.get())
        client.post(ADMIN + f"comment/{extra.pk}/reject/", {"reason": "spam", "note": "Rác."})
    assert count() == few


def test_the_group_editor_grants_moderation_per_site(client, site_a, site_b):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from vnportal.consultations.admin_forms import DraftSitePermissionsForm

    group = Group.objects.create(name="Tổ kiểm duyệt xã Tây Yên")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    prefix = "consultations_site_permissions"
    form = DraftSitePermissionsForm(
        data={f"{prefix}-change_draft": [site_b.pk], f"{prefix}-moderate_draft": [site_b.pk]},
        instance=group,
    )
    assert form.is_valid(), form.errors
    form.save()
    user = get_user_model().objects.create_user("kiem-duyet", password="mat-khau-dai-123")
    user.groups.add(group)
    comment_b = add_comment(add_draft(site_b, slug="xa"))
    comment_a = add_comment(add_draft(site_a, slug="tinh"))
    client.force_login(user)
    assert client.post(ADMIN + f"comment/{comment_b.pk}/approve/").status_code == 302
    assert refused(client.post(ADMIN + f"comment/{comment_a.pk}/approve/"))
    assert refused(client.get(ADMIN + f"comment/{comment_b.pk}/contact/"))

    superuser = get_user_model().objects.create_superuser("quan-tri", "qt@example.gov.vn", "x")
    client.force_login(superuser)
    page = client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    assert "Quyền với dự thảo lấy ý kiến" in page


def test_only_the_board_publishes_the_report(client, site_a, users_a):
    draft = add_draft(site_a, slug="bao-cao")
    report = {"report_text": "Báo cáo của biên tập viên", "report_published_at": "2026-03-01 08:00"}
    client.force_login(users_a[EDITOR])
    data = draft_form(site_a, slug="bao-cao", **report)
    assert client.post(ADMIN + f"edit/{draft.pk}/", data).status_code == 302
    draft.refresh_from_db()
    assert (draft.report_text, draft.report_published_at) == ("", None)

    client.force_login(users_a[BOARD])
    assert client.post(ADMIN + f"edit/{draft.pk}/", data).status_code == 302
    draft.refresh_from_db()
    assert draft.report_text == "Báo cáo của biên tập viên" and draft.report_published_at
