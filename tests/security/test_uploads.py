"""Uploads are judged by their content, and no stored file ever reaches a browser from the
portal's origin as something it would render as a page or run as a script."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.views.static import serve
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from vnportal.core.document_checks import DocumentRejected, check_document
from vnportal.core.security_headers import SecurityHeadersMiddleware

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DOCX = b"PK\x03\x04" + b"\x00" * 60
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 40
CSV = "Năm,Dân số\n2024,1.952.000\n".encode()


def png_bytes():
    out = io.BytesIO()
    PILImage.new("RGB", (4, 4), "#3366aa").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "name"),
    [(PDF, "bao-cao.pdf"), (DOCX, "ke-hoach.docx"), (MP4, "hoi-nghi.mp4"), (CSV, "dan-so.csv")],
)
def test_documents_whose_content_matches_their_kind_are_accepted(data, name):
    assert check_document(data, name) == name.rsplit(".", 1)[1]


@pytest.mark.parametrize(
    ("data", "name", "said"),
    [
        (HTML, "bao-cao.pdf", "trang web (HTML)"),
        (SVG, "bieu-do.png", "SVG"),
        (HTML, "so-lieu.csv", "trang web (HTML)"),
        (b"MZ\x90\x00" + b"\x00" * 60, "ke-hoach.docx", "chương trình chạy được"),
        (HTML, "trang.html", "loại tệp .html không được phép"),
        (SVG, "bieu-do.svg", "loại tệp .svg không được phép"),
        (b"alert(1)", "tien-ich.js", "loại tệp .js không được phép"),
    ],
)
def test_disguised_or_active_documents_are_refused_in_vietnamese(data, name, said):
    with pytest.raises(DocumentRejected) as refused:
        check_document(data, name)
    assert said in refused.value.reason
    assert name in refused.value.reason


@pytest.fixture
def admin_client(client, django_user_model, province):
    user = django_user_model.objects.create_superuser("quantri", password="mat-khau-dai-2026")
    client.force_login(user)
    return client


def test_admin_document_upload_refuses_an_html_page_named_pdf(admin_client):
    document_model = get_document_model()
    collection = Collection.get_first_root_node()
    refused = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Báo cáo",
            "collection": collection.pk,
            "file": SimpleUploadedFile("bao-cao.pdf", HTML, content_type="application/pdf"),
        },
    )
    assert refused.status_code == 200
    assert "nội dung là trang web (HTML)" in refused.content.decode()
    assert not document_model.objects.exists()

    accepted = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Báo cáo",
            "collection": collection.pk,
            "file": SimpleUploadedFile("bao-cao.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert accepted.status_code == 302
    assert document_model.objects.get().title == "Báo cáo"


def test_admin_multiple_upload_refuses_an_svg_named_png(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("bieu-do.png", SVG, content_type="image/png")},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "SVG" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_admin_image_upload_refuses_html_named_png(admin_client):
    collection = Collection.get_first_root_node()
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh",
            "collection": collection.pk,
            "file": SimpleUploadedFile("anh.png", HTML, content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
    ok = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh",
            "collection": collection.pk,
            "file": SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png"),
        },
    )
    assert ok.status_code == 302
    assert get_image_model().objects.count() == 1


def _stored_document(name, data):
    """A document already on disk (e.g. from before these checks), bypassing the form."""
    document = get_document_model()(title=name, collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.mark.parametrize(
    ("name", "data"),
    [("trang.html", HTML), ("bieu-do.svg", SVG), ("tien-ich.js", b"alert(1)"), ("a.xml", SVG)],
)
def test_a_stored_active_file_is_served_only_as_an_inert_download(client, province, name, data):
    document = _stored_document(name, data)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(response.streaming_content) == data


def test_a_pdf_is_served_as_a_pdf_without_scripts(client, province):
    response = client.get(_stored_document("bao-cao.pdf", PDF).url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_media_served_by_django_gets_the_same_treatment(settings, tmp_path):
    """Under `make run` (DEBUG) Django serves MEDIA_URL itself; nginx does in production
    (deploy notes)."""
    (tmp_path / "x.html").write_bytes(HTML)
    (tmp_path / "anh.png").write_bytes(png_bytes())
    middleware = SecurityHeadersMiddleware(
        lambda request: serve(request, request.path[len("/media/") :], document_root=tmp_path)
    )
    html = middleware(RequestFactory().get("/media/x.html"))
    assert html["Content-Type"] == "application/octet-stream"
    assert html["Content-Disposition"] == 'attachment; filename="x.html"'
    assert html["Content-Security-Policy"] == "default-src 'none'; sandbox"
    picture = middleware(RequestFactory().get("/media/anh.png"))
    assert picture["Content-Type"] == "image/png"
    assert picture["X-Content-Type-Options"] == "nosniff"
