"""A WordPress export of a merged commune into the archive inside its successor's site:
posts, pages, images and files, the old host name and old addresses redirected."""

import io

import pytest
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from vnportal.core.models import StandardPage
from vnportal.legaldocs.tests.test_bulk_import import pdf_bytes
from vnportal.news.models import ArchivePage, ArticlePage
from vnportal.testing.builders import add_unit, build_site
from vnportal.units.models import FormerHost, Unit, UnitKind

from .wxr_export import WXR

pytestmark = pytest.mark.django_db
OLD_HOST = "namthai.example.gov.vn"


@pytest.fixture
def export(tmp_path):
    folder = tmp_path / "namthai"
    uploads = folder / "wp-content" / "uploads" / "2023" / "03"
    uploads.mkdir(parents=True)
    (folder / "namthai.xml").write_text(WXR, encoding="utf-8")
    picture = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#2a6").save(picture, "PNG")
    (uploads / "kenh.png").write_bytes(picture.getvalue())
    (uploads / "ke-hoach.pdf").write_bytes(pdf_bytes())
    return folder


@pytest.fixture
def successor(province):
    built = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    commune = add_unit("AG-ANBIEN", "Xã An Biên", UnitKind.COMMUNE, built.site)
    former = Unit.objects.create(
        code="KG-NAMTHAI",
        name="Xã Nam Thái",
        kind=UnitKind.FORMER_COMMUNE,
        dissolved_on="2025-07-01",
    )
    former.successors.set([commune])
    return built


def test_posts_and_pages_land_in_the_archive_with_their_files(
    successor, export, run_import, client
):
    lines, out = run_import(
        export, "--archive-of", "KG-NAMTHAI", format="wxr", site="anbien.localhost"
    )
    statuses = {line["title"]: (line["status"], line.get("reason", "")) for line in lines}
    assert statuses["Xã Nam Thái ra quân nạo vét kênh nội đồng"][0] == "created"
    assert statuses["Giới thiệu xã Nam Thái"][0] == "created"
    assert statuses["Bản nháp chưa đăng"] == (
        "skipped",
        "Chưa đăng công khai trên cổng cũ (bản nháp).",
    )
    assert statuses["kenh.png"][0] == "skipped"

    archive = ArchivePage.objects.get(unit__code="KG-NAMTHAI")
    assert archive.get_parent().pk == successor.home.pk
    post = ArticlePage.objects.get(title="Xã Nam Thái ra quân nạo vét kênh nội đồng")
    assert post.get_parent().get_parent().pk == archive.pk  # archive → "Tin địa phương"
    assert post.get_parent().title == "Tin địa phương"
    assert post.sapo == "Người dân góp công làm thủy lợi."
    assert StandardPage.objects.child_of(archive).filter(title="Giới thiệu xã Nam Thái").exists()

    image = get_image_model().objects.get()
    assert image.title == "Người dân nạo vét kênh"
    blocks = {block.block_type: block for block in post.body}
    assert blocks["image"].value["alt"] == "Người dân nạo vét kênh"
    document = get_document_model().objects.get()
    assert f'<a id="{document.pk}" linktype="document">kế hoạch nạo vét</a>' in str(
        post.body.raw_data
    )

    response = client.get(
        post.full_url.replace("http://anbien.localhost", ""), HTTP_HOST="anbien.localhost"
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "15/03/2023" in text and "08:15" in text
    assert "Xã Nam Thái đã giải thể" in text  # the archive's notice
    assert 'alt="Người dân nạo vét kênh"' in text
    assert document.url in text


def test_the_old_host_and_old_addresses_redirect_to_the_new_pages(
    successor, export, run_import, client
):
    lines, out = run_import(
        export, "--archive-of", "KG-NAMTHAI", format="wxr", site="anbien.localhost"
    )
    assert FormerHost.objects.filter(hostname=OLD_HOST, unit__code="KG-NAMTHAI").exists()
    assert OLD_HOST in out
    post = ArticlePage.objects.get(title="Xã Nam Thái ra quân nạo vét kênh nội đồng")
    response = client.get("/2023/03/ra-quan-nao-vet-kenh/", HTTP_HOST=OLD_HOST)
    assert response.status_code == 301
    assert response["Location"] == post.full_url
    new_url = next(line["url"] for line in lines if line["title"] == post.title)
    assert new_url == post.full_url
    # An address the old portal never had goes to the archive's first page.
    other = client.get("/khong-co/", HTTP_HOST=OLD_HOST)
    assert other.status_code == 301 and "luu-tru" in other["Location"]


def test_the_same_export_twice_gives_the_same_pages(successor, export, run_import):
    first, _ = run_import(
        export, "--archive-of", "KG-NAMTHAI", format="wxr", site="anbien.localhost"
    )
    pages = ArticlePage.objects.count() + StandardPage.objects.count()
    second, _ = run_import(
        export, "--archive-of", "KG-NAMTHAI", format="wxr", site="anbien.localhost"
    )
    assert [line["status"] for line in second] == [
        "unchanged" if line["status"] == "created" else line["status"] for line in first
    ]
    assert ArticlePage.objects.count() + StandardPage.objects.count() == pages
    assert get_image_model().objects.count() == 1
