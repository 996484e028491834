"""The "Nhuận bút" admin: who sees what, assessing, closing, exporting, by URL too."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from vnportal.editorial.actions import ASSESS_ARTICLE, assess_article, close_period, create_period
from vnportal.editorial.models import RoyaltyAssessment, RoyaltyPeriod
from vnportal.units.roles import BOARD, CONTRIBUTOR, EDITOR, SITE_ADMIN

from .conftest import local, write

pytestmark = pytest.mark.django_db

ADMIN = "/admin/nhuan-but/"


@pytest.fixture
def period(tayyen):
    board = tayyen.users[BOARD]
    period = create_period(
        board,
        site=tayyen.site,
        name="Tháng 11/2026",
        starts_on=datetime.date(2026, 11, 1),
        ends_on=datetime.date(2026, 11, 30),
    )
    flood = write(tayyen.category, "Lũ về sớm", local(2026, 11, 3), [("Nguyễn Thị Lan", 60, None)])
    photo = write(tayyen.category, "Ảnh mùa lúa", local(2026, 11, 4), [("Bình", 100, None)], "anh")
    assess_article(board, flood, Decimal("8"), period=period)
    period.flood, period.photo = flood, photo
    return period


def client_for(client, user):
    client.force_login(user)
    return client


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def refused(response):
    """Wagtail answers a refused admin request with a redirect to the dashboard and a
    permission error (403 for a script)."""
    if response.status_code == 403:
        return True
    return (
        response.status_code == 302
        and response["Location"] == "/admin/"
        and any("quyền" in m or "permission" in m for m in messages_of(response))
    )


def test_contributor_sees_no_royalties(client, tayyen, period):
    client_for(client, tayyen.users[CONTRIBUTOR])
    for url in (
        ADMIN,
        f"{ADMIN}{period.pk}/",
        f"{ADMIN}{period.pk}/bang-ke.xlsx",
        f"{ADMIN}{period.pk}/cham-he-so/",
        f"{ADMIN}thong-ke/",
    ):
        assert refused(client.get(url)), url
    assert '"url": "/admin/nhuan-but/"' not in client.get("/admin/").content.decode()


def test_editor_reads_the_report_but_cannot_assess_or_close(client, tayyen, period):
    client_for(client, tayyen.users[EDITOR])
    menu = client.get("/admin/").content.decode()  # the sidebar is JSON in the page
    assert '"url": "/admin/nhuan-but/"' in menu and '"url": "/admin/nhuan-but/thong-ke/"' in menu
    page = client.get(f"{ADMIN}{period.pk}/").content.decode()
    assert "Nguyễn Thị Lan" in page
    assert "1.123.200" in page  # 8 × 234,000 × 60 %
    assert "Khóa kỳ" not in page and "Chấm hệ số" not in page
    assert refused(client.get(f"{ADMIN}{period.pk}/cham-he-so/"))
    assert refused(client.post(f"{ADMIN}{period.pk}/khoa/"))
    period.refresh_from_db()
    assert period.closed_at is None


def test_board_of_another_site_is_refused(client, anbien, period):
    client_for(client, anbien.users[BOARD])
    own_list = client.get(ADMIN).content.decode()
    assert "Chưa có kỳ nhuận bút nào" in own_list and f"{ADMIN}{period.pk}/" not in own_list
    for url in ("", "bang-ke.xlsx", "bang-ke.csv", "cham-he-so/", "khoa/"):
        response = client.get(f"{ADMIN}{period.pk}/{url}")
        assert refused(response), url
        assert "Nguyễn Thị Lan" not in response.content.decode()
    response = client.post(
        f"{ADMIN}{period.pk}/cham-he-so/", {f"coefficient-{period.flood.pk}": "2"}
    )
    assert refused(response)
    assert refused(client.post(f"{ADMIN}{period.pk}/khoa/"))
    assert refused(client.get(f"{ADMIN}thong-ke/", {"site": period.site_id}))
    assert RoyaltyAssessment.objects.get(article=period.flood).coefficient == Decimal("8")
    assert RoyaltyPeriod.objects.get(pk=period.pk).closed_at is None


def test_board_sets_coefficients_and_the_action_is_logged(client, tayyen, period):
    client_for(client, tayyen.users[BOARD])
    page = client.get(f"{ADMIN}{period.pk}/cham-he-so/").content.decode()
    assert "Lũ về sớm" in page and "Ảnh mùa lúa" in page
    response = client.post(
        f"{ADMIN}{period.pk}/cham-he-so/",
        {
            f"coefficient-{period.flood.pk}": "8,5",
            f"note-{period.flood.pk}": "Bài có ảnh",
            f"coefficient-{period.photo.pk}": "4",
        },
    )
    assert response.status_code == 302
    assert "Đã lưu hệ số của 2 bài." in messages_of(response)
    assert RoyaltyAssessment.objects.get(article=period.flood).coefficient == Decimal("8.5")
    assert RoyaltyAssessment.objects.get(article=period.photo).coefficient == Decimal("4")
    entry = PageLogEntry.objects.filter(page=period.flood, action=ASSESS_ARTICLE).latest("pk")
    assert entry.data["coefficient"] == "8,5" and entry.data["previous"] == "8"
    assert entry.user == tayyen.users[BOARD]


def test_coefficient_out_of_bounds_is_refused_and_the_other_values_are_kept(client, tayyen, period):
    client_for(client, tayyen.users[BOARD])
    response = client.post(
        f"{ADMIN}{period.pk}/cham-he-so/",
        {f"coefficient-{period.flood.pk}": "12", f"coefficient-{period.photo.pk}": "7,5"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Hệ số của thể loại Tin phải từ 1 đến 10." in page
    assert 'value="12"' in page and 'value="7,5"' in page
    # Nothing saved, nothing lost: the flood keeps 8, the photo stays unassessed.
    assert RoyaltyAssessment.objects.get(article=period.flood).coefficient == Decimal("8")
    assert not RoyaltyAssessment.objects.filter(article=period.photo).exists()


def test_article_of_another_site_cannot_be_assessed_through_ones_own_period(
    client, tayyen, anbien, period
):
    foreign = write(anbien.category, "Tin An Biên", local(2026, 11, 3), [("Cúc", 100, None)])
    client_for(client, tayyen.users[BOARD])
    client.post(f"{ADMIN}{period.pk}/cham-he-so/", {f"coefficient-{foreign.pk}": "5"})
    assert not RoyaltyAssessment.objects.filter(article=foreign).exists()


def test_board_closes_the_period_after_confirming_and_it_stays_closed(client, tayyen, period):
    client_for(client, tayyen.users[BOARD])
    report = client.get(f"{ADMIN}{period.pk}/").content.decode()
    assert f"{ADMIN}{period.pk}/khoa/" in report
    confirm = client.get(f"{ADMIN}{period.pk}/khoa/").content.decode()
    assert "Khóa kỳ “Tháng 11/2026”" in confirm and "1 bài chưa được chấm hệ số" in confirm
    response = client.post(f"{ADMIN}{period.pk}/khoa/")
    assert response.status_code == 302
    assert RoyaltyPeriod.objects.get(pk=period.pk).closed_at is not None

    response = client.post(
        f"{ADMIN}{period.pk}/cham-he-so/", {f"coefficient-{period.flood.pk}": "3"}
    )
    assert any("đã khóa lúc" in message for message in messages_of(response))
    assert RoyaltyAssessment.objects.get(article=period.flood).coefficient == Decimal("8")
    page = client.get(f"{ADMIN}{period.pk}/").content.decode()
    assert "Đã khóa lúc" in page and f"{ADMIN}{period.pk}/khoa/" not in page


def test_period_admin_can_create_and_an_overlap_is_explained(client, tayyen, period):
    client_for(client, tayyen.users[SITE_ADMIN])
    response = client.post(
        f"{ADMIN}them/",
        {
            "site": tayyen.site.pk,
            "name": "Quý IV/2026",
            "starts_on": "2026-10-01",
            "ends_on": "2026-12-31",
        },
    )
    assert response.status_code == 200
    assert "trùng với kỳ “Tháng 11/2026”" in response.content.decode()
    response = client.post(
        f"{ADMIN}them/",
        {
            "site": tayyen.site.pk,
            "name": "Tháng 12/2026",
            "starts_on": "01/12/2026",
            "ends_on": "31/12/2026",
        },
    )
    assert response.status_code == 302
    assert RoyaltyPeriod.objects.filter(site=tayyen.site, name="Tháng 12/2026").exists()


def test_exports_download_as_files(client, tayyen, period):
    client_for(client, tayyen.users[EDITOR])
    response = client.get(f"{ADMIN}{period.pk}/bang-ke.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    import io

    sheet = load_workbook(io.BytesIO(response.content))["Tổng hợp"]
    assert any(row[1] == "Nguyễn Thị Lan" for row in sheet.iter_rows(values_only=True))
    response = client.get(f"{ADMIN}{period.pk}/bang-ke.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "Nguyễn Thị Lan" in response.content.decode("utf-8-sig")


def test_closed_report_page_reads_the_frozen_lines(client, tayyen, period):
    close_period(tayyen.users[BOARD], period)
    RoyaltyAssessment.objects.filter(article=period.flood).update(coefficient=Decimal("2"))
    client_for(client, tayyen.users[EDITOR])
    assert "1.123.200" in client.get(f"{ADMIN}{period.pk}/").content.decode()


@pytest.mark.parametrize("page", ["", "cham-he-so/", "khoa/"])
def test_period_pages_query_count_does_not_grow_with_articles(client, tayyen, period, page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    board = tayyen.users[BOARD]
    client_for(client, board)
    url = f"{ADMIN}{period.pk}/{page}"

    def add(count):
        for number in range(count):
            article = write(
                tayyen.category,
                f"Bài {number}",
                local(2026, 11, 5),
                [("An", 50, None), ("Ba", 50, None)],
            )
            assess_article(board, article, Decimal("3"), period=period)

    client.get(url)  # warm the caches of the admin (menus, site root paths)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    add(5)
    with CaptureQueriesContext(connection) as large:
        assert "Bài 4" in client.get(url).content.decode()
    assert len(large) == len(small)
