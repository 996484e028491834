"""The "Văn bản" admin: what an editor of one site may do with its register, by URL too."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from wagtail.models import Collection, GroupSitePermission, ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from vnportal.legaldocs.admin_forms import DocumentSitePermissionsForm
from vnportal.legaldocs.models import IssuingBody, LegalDocument, RelationKind
from vnportal.testing.builders import add_document
from vnportal.units.roles import BOARD, CONTRIBUTOR, EDITOR, SITE_ADMIN, ensure_site_groups
from vnportal.vntext.docnumber import DocumentNumberError, parse

pytestmark = pytest.mark.django_db

ADMIN = "/admin/van-ban/"
TITLE = "Về việc ban hành quy chế quản lý cổng thông tin điện tử xã"


def pdf_with_text(text):
    """A one-page PDF whose page shows `text` (ASCII) in Helvetica: a text layer to read."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def blank_pdf():
    """A PDF without a text layer, as a scanner makes one."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(name, data, content_type="application/pdf"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def document_form(site, body, relations=(), files=(), **fields):
    data = {
        "site": site.pk,
        "number": "15/QĐ-UBND",
        "kind": "quyet-dinh",
        "issuing_body": body.pk,
        "field": "",
        "signer": "Nguyễn Văn An",
        "title": TITLE,
        "summary": "Quy chế gồm 5 chương, 20 điều.",
        "full_text": "",
        "issued_on": "2025-03-10",
        "effective_from": "",
        "expires_on": "",
        "live": "on",
        "published_at": "2025-03-10 08:00",
        "source_url": "",
        "relations": inline_formset(list(relations)),
        "attachments": inline_formset([{"file": file, "name": ""} for file in files]),
    }
    data.update(fields)
    return nested_form_data(data)


def make_user(username, group):
    user = get_user_model().objects.create_user(username, password="mat-khau-rat-dai-123")
    user.groups.add(group)
    return user


def site_users(site, key):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {site.site_name}")
    groups = ensure_site_groups(site, collection)
    return {role: make_user(f"{key}-{role}", group) for role, group in groups.items()}


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


@pytest.fixture
def body(db):
    return IssuingBody.objects.get_or_create(name="Ủy ban nhân dân xã Tây Yên")[0]


@pytest.fixture
def document_b(site_b, users_b):
    return add_document(
        site_b,
        "7/KH-UBND",
        title="Kế hoạch riêng của xã Tây Yên về chuyển đổi số",
        body="Ủy ban nhân dân xã Tây Yên",
    )


def refused(response):
    """403, or Wagtail's redirect to the dashboard with a permission error."""
    if response.status_code in (403, 404):
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return (
        response.status_code == 302
        and response["Location"] == "/admin/"
        and any("permission" in m or "quyền" in m for m in messages)
    )


def test_editor_adds_a_document_with_a_relation_and_a_pdf_and_sees_it_listed(
    client, site_a, users_a, body
):
    client.force_login(users_a[EDITOR])
    pdf = pdf_with_text("Quyet dinh ban hanh quy che quan ly cong thong tin dien tu xa")
    data = document_form(
        site_a,
        body,
        relations=[{"kind": RelationKind.REPLACES, "target_number": "3/QĐ-UBND", "note": ""}],
        files=[upload("Quyết định 15.pdf", pdf)],
    )
    response = client.post(ADMIN + "new/", data)
    assert response.status_code == 302

    document = LegalDocument.objects.get(site=site_a)
    assert document.title == TITLE
    assert [(r.kind, r.target_number) for r in document.relations.all()] == [
        (RelationKind.REPLACES, "3/QĐ-UBND")
    ]
    attachment = document.attachments.get()
    assert attachment.kind == "pdf"
    assert attachment.name == "Quyết định 15.pdf"
    # Stored under the register's name for it, not the uploader's.
    stored = attachment.file.name.rsplit("/", 1)[-1]
    assert stored == f"{document.slug}-{attachment.sha256[:10]}.pdf"
    assert attachment.file.read() == pdf
    assert "cong thong tin" in attachment.text
    assert ModelLogEntry.objects.for_instance(document).get().action == "wagtail.create"

    listing = client.get(ADMIN).content.decode()
    assert "15/QĐ-UBND" in listing
    assert TITLE in listing
    assert "Còn hiệu lực" in listing


def test_a_scan_is_kept_and_its_notice_shown_on_the_edit_form(client, site_a, users_a, body):
    client.force_login(users_a[EDITOR])
    data = document_form(site_a, body, files=[upload("ban-quet.pdf", blank_pdf())])
    response = client.post(ADMIN + "new/", data, follow=True)
    messages = " ".join(str(m) for m in response.context["messages"])
    assert "không có lớp chữ" in messages

    document = LegalDocument.objects.get()
    edit = client.get(ADMIN + f"edit/{document.pk}/").content.decode()
    assert "Tệp PDF không có lớp chữ" in edit


def test_a_bad_number_shows_the_parsers_reason_and_keeps_the_other_values(
    client, site_a, users_a, body
):
    with pytest.raises(DocumentNumberError) as error:
        parse("Quyết định ngày 10/3")
    client.force_login(users_a[EDITOR])
    pdf = upload("qd.pdf", pdf_with_text("Quyet dinh ve viec thu nghiem so van ban cua xa"))
    response = client.post(
        ADMIN + "new/", document_form(site_a, body, number="Quyết định ngày 10/3", files=[pdf])
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["number"] == [error.value.reason]
    body_html = response.content.decode()
    assert error.value.reason in body_html
    assert TITLE in body_html
    assert "Nguyễn Văn An" in body_html
    # A browser cannot send the chosen file again by itself: the editor is told.
    assert "hãy chọn lại tệp trước khi lưu" in body_html
    assert not LegalDocument.objects.exists()


def test_a_web_page_named_pdf_is_refused_on_its_file_field(client, site_a, users_a, body):
    page = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
    client.force_login(users_a[EDITOR])
    response = client.post(
        ADMIN + "new/", document_form(site_a, body, files=[upload("quyet-dinh.pdf", page)])
    )
    assert response.status_code == 200
    [attachment_form] = response.context["form"].formsets["attachments"].forms
    [reason] = attachment_form.errors["file"]
    assert reason.startswith("Không nhận tệp này: nội dung là trang web (HTML)")
    assert reason in response.content.decode()
    assert TITLE in response.content.decode()
    assert not LegalDocument.objects.exists()


def test_the_same_relation_twice_is_an_error_on_the_row(client, site_a, users_a, body):
    row = {"kind": RelationKind.AMENDS, "target_number": "3/QĐ-UBND", "note": ""}
    client.force_login(users_a[EDITOR])
    response = client.post(
        ADMIN + "new/",
        document_form(site_a, body, relations=[row, {**row, "target_number": "03/QD-UBND"}]),
    )
    assert response.status_code == 200
    second = response.context["form"].formsets["relations"].forms[1]
    assert "đã được ghi ở một dòng trên" in second.errors["target_number"][0]
    assert not LegalDocument.objects.exists()


def test_a_document_may_amend_several_others(client, site_a, users_a, body):
    rows = [
        {"kind": RelationKind.AMENDS, "target_number": number, "note": ""}
        for number in ("3/QĐ-UBND", "4/QĐ-UBND")
    ]
    client.force_login(users_a[EDITOR])
    response = client.post(ADMIN + "new/", document_form(site_a, body, relations=rows))
    assert response.status_code == 302
    document = LegalDocument.objects.get()
    assert sorted(document.relations.values_list("target_number", flat=True)) == [
        "3/QĐ-UBND",
        "4/QĐ-UBND",
    ]


def test_the_add_form_offers_an_editor_only_their_own_site(client, site_a, site_b, users_a):
    client.force_login(users_a[EDITOR])
    response = client.get(ADMIN + "new/")
    site_field = response.context["form"].fields["site"]
    assert list(site_field.queryset) == [site_a]
    assert site_field.disabled


def test_a_forged_site_in_the_add_form_is_refused(client, site_a, site_b, users_a, body):
    client.force_login(users_a[EDITOR])
    assert refused(client.post(ADMIN + "new/", document_form(site_b, body)))
    assert not LegalDocument.objects.exists()


def test_editor_of_one_site_cannot_reach_another_sites_document(
    client, site_a, users_a, document_b, body
):
    client.force_login(users_a[EDITOR])
    pk = document_b.pk
    listing = client.get(ADMIN).content.decode()
    assert document_b.title not in listing
    for path in (f"edit/{pk}/", f"history/{pk}/", f"usage/{pk}/", f"delete/{pk}/"):
        assert refused(client.get(ADMIN + path)), path
    forged = document_form(document_b.site, body, title="Đổi trộm trích yếu")
    assert refused(client.post(ADMIN + f"edit/{pk}/", forged))
    client.force_login(users_a[SITE_ADMIN])
    assert refused(client.post(ADMIN + f"delete/{pk}/"))
    document_b.refresh_from_db()
    assert document_b.title == "Kế hoạch riêng của xã Tây Yên về chuyển đổi số"


def test_the_board_deletes_a_document_and_an_editor_cannot(client, site_a, users_a):
    document = add_document(site_a, "21/QĐ-UBND")
    client.force_login(users_a[EDITOR])
    assert refused(client.post(ADMIN + f"delete/{document.pk}/"))
    assert LegalDocument.objects.filter(pk=document.pk).exists()

    client.force_login(users_a[BOARD])
    response = client.post(ADMIN + f"delete/{document.pk}/")
    assert response.status_code == 302
    assert not LegalDocument.objects.filter(pk=document.pk).exists()
    entry = ModelLogEntry.objects.filter(object_id=str(document.pk)).get()
    assert (entry.action, entry.user) == ("wagtail.delete", users_a[BOARD])


def test_contributors_have_no_register(client, site_a, users_a):
    client.force_login(users_a[CONTRIBUTOR])
    assert refused(client.get(ADMIN))


def test_an_edit_is_logged_and_shown_in_the_history(client, site_a, users_a, body):
    document = add_document(site_a, "30/QĐ-UBND", body=body.name)
    client.force_login(users_a[EDITOR])
    data = document_form(site_a, body, number="30/QĐ-UBND", title="Trích yếu đã sửa lại")
    response = client.post(ADMIN + f"edit/{document.pk}/", data)
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Trích yếu đã sửa lại"
    history = client.get(ADMIN + f"history/{document.pk}/")
    assert history.status_code == 200
    entries = ModelLogEntry.objects.for_instance(document)
    assert [(e.action, e.user) for e in entries] == [("wagtail.edit", users_a[EDITOR])]
    assert users_a[EDITOR].get_username() in history.content.decode()


def test_the_list_filters_by_kind_and_searches_by_number(client, site_a, users_a):
    add_document(site_a, "40/KH-UBND", kind="ke-hoach", title="Kế hoạch phòng chống lụt bão")
    add_document(site_a, "41/QĐ-UBND", title="Quyết định về giá đất")
    client.force_login(users_a[EDITOR])
    by_kind = client.get(ADMIN, {"kind": "ke-hoach"}).content.decode()
    assert "Kế hoạch phòng chống lụt bão" in by_kind
    assert "Quyết định về giá đất" not in by_kind
    # Typed without diacritics, as on a phone keyboard.
    by_number = client.get(ADMIN, {"q": "41/qd-ubnd"}).content.decode()
    assert "Quyết định về giá đất" in by_number
    assert "Kế hoạch phòng chống lụt bão" not in by_number


def test_only_province_staff_edit_the_shared_issuing_bodies(client, site_a, users_a, body):
    client.force_login(users_a[SITE_ADMIN])
    assert refused(client.get("/admin/co-quan-ban-hanh/"))
    assert refused(client.post("/admin/co-quan-ban-hanh/new/", {"name": "Cơ quan lạ"}))
    assert not IssuingBody.objects.filter(name="Cơ quan lạ").exists()
    # ... but every body is offered in the document form.
    client.force_login(users_a[EDITOR])
    choices = dict(client.get(ADMIN + "new/").context["form"].fields["issuing_body"].choices)
    assert body.name in choices.values()


def test_an_issuing_body_in_use_is_not_deleted(client, site_a, body):
    add_document(site_a, "50/QĐ-UBND", body=body.name)
    admin = get_user_model().objects.create_superuser("quan-tri-tinh", "a@example.gov.vn", "x")
    client.force_login(admin)
    response = client.post(f"/admin/co-quan-ban-hanh/delete/{body.pk}/", follow=True)
    assert IssuingBody.objects.filter(pk=body.pk).exists()
    messages = " ".join(str(m) for m in response.context["messages"])
    assert "Không xóa được “Ủy ban nhân dân xã Tây Yên”: 1 văn bản" in messages


def test_the_group_editor_grants_document_rights_per_site(client, site_a, site_b):
    group = Group.objects.create(name="Văn thư xã Tây Yên")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    prefix = "legaldocs_site_permissions"
    form = DocumentSitePermissionsForm(
        data={
            f"{prefix}-add_legaldocument": [site_b.pk],
            f"{prefix}-change_legaldocument": [site_b.pk],
        },
        instance=group,
    )
    assert form.is_valid(), form.errors
    form.save()
    user = make_user("van-thu", group)
    client.force_login(user)
    assert client.get(ADMIN + "new/").context["form"].fields["site"].initial == site_b.pk

    form = DocumentSitePermissionsForm(
        data={f"{prefix}-add_legaldocument": [site_b.pk]}, instance=group
    )
    assert form.is_valid()
    form.save()
    assert set(
        GroupSitePermission.objects.filter(group=group).values_list(
            "site_id", "permission__codename"
        )
    ) == {(site_b.pk, "add_legaldocument")}

    superuser = get_user_model().objects.create_superuser("quan-tri", "qt@example.gov.vn", "x")
    client.force_login(superuser)
    page = client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    assert "Quyền với sổ văn bản" in page


def test_the_add_form_sends_files_and_groups_its_fields(client, site_a, users_a):
    client.force_login(users_a[EDITOR])
    page = client.get(ADMIN + "new/").content.decode()
    # Without multipart encoding the browser would send the file's name, not the file.
    assert 'enctype="multipart/form-data"' in page
    for heading in ("Ngày ban hành và hiệu lực", "Văn bản liên quan", "Tệp đính kèm"):
        assert heading in page


def test_the_list_costs_the_same_queries_for_many_documents(client, site_a, users_a):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(users_a[EDITOR])
    add_document(site_a, "60/QĐ-UBND")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(ADMIN).status_code == 200
        return len(queries)

    count()  # content types and other per-process caches fill on the first request
    few = count()
    for number in range(61, 71):
        add_document(site_a, f"{number}/QĐ-UBND", body=f"Sở số {number}")
    assert count() == few
