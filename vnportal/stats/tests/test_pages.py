"""The public statistics pages: the section, tables, charts and downloads."""

import re

import pytest

from vnportal.stats.demo import create_demo_statistics
from vnportal.stats.models import StatisticsPage, StatisticsTable
from vnportal.stats.sections import statistics_section
from vnportal.testing.builders import build_site

from .helpers import population_page, statistics_index

pytestmark = pytest.mark.django_db


def test_section_is_in_the_menu_and_made_once(province):
    index = statistics_index(province)
    statistics_section(province.home, None)  # provisioning again changes nothing
    assert index.title == "Số liệu thống kê" and index.live
    assert province.home.get_children().filter(slug="so-lieu-thong-ke").count() == 1
    html = _get(province.site, "/").content.decode()
    assert '<a href="/so-lieu-thong-ke/">Số liệu thống kê</a>' in html


def _get(site, path, client=None):
    from django.test import Client

    return (client or Client()).get(path, HTTP_HOST=site.hostname)


def test_page_shows_the_table_formatted_the_vietnamese_way(province):
    population_page(province)
    html = _get(province.site, "/so-lieu-thong-ke/dan-so-va-lao-dong/").content.decode()
    assert "<caption>Dân số trung bình" in html and "đơn vị tính: nghìn người" in html
    assert '<th scope="col" class="num">Dân số</th>' in html
    assert '<th scope="row">2021</th>' in html
    assert '<td class="num">1.234,5</td>' in html
    assert '<td class="num">1.301,2</td>' in html
    assert 'aria-label="không có số liệu"' in html  # the empty cell of 2023
    assert "Chi cục Thống kê (mẫu)" in html and "2021 – 2023" in html
    assert 'style="' not in html.split("<main", 1)[1]


def test_page_draws_one_bar_per_value_before_the_table(province):
    population_page(province)
    html = _get(province.site, "/so-lieu-thong-ke/dan-so-va-lao-dong/").content.decode()
    svg = re.search(r"<svg[^>]*stats-chart.*?</svg>", html, re.S).group(0)
    # 3 population figures and 2 labour figures (2023's is empty).
    assert svg.count('class="bar"') == 5
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert html.index("stats-chart") < html.index("<table")


def test_no_chart_when_the_editor_says_so(province):
    page = population_page(province, chart_type="khong")
    html = _get(province.site, page.url).content.decode()
    assert "<svg" not in html and '<td class="num">1.234,5</td>' in html


def test_downloads_original_file_and_csv(province):
    page = population_page(province)
    table = page.tables.get()
    html = _get(province.site, page.url).content.decode()
    assert table.document.url in html
    csv_url = page.url + f"bang-{table.pk}/csv/"
    assert csv_url in html
    response = _get(province.site, csv_url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response.content.decode("utf-8-sig").startswith("Năm,Dân số,Lao động\r\n2021,1234.5,800")
    assert _get(province.site, page.url + "bang-999999/csv/").status_code == 404


def test_index_lists_the_pages_of_its_own_site_only(province):
    population_page(province)
    commune = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    statistics_index(commune)
    html = _get(province.site, "/so-lieu-thong-ke/").content.decode()
    assert "Dân số và lao động" in html and "Kỳ số liệu: 2021 – 2023" in html
    other = _get(commune.site, "/so-lieu-thong-ke/").content.decode()
    assert "Dân số và lao động" not in other
    assert "Chưa có số liệu thống kê" in other


def test_demo_fills_province_and_an_bien_with_marked_sample_figures(province):
    commune = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    sites = {"angiang": province.site, "anbien": commune.site}
    create_demo_statistics(sites)
    create_demo_statistics(sites)  # running it again adds nothing
    for built in (province, commune):
        pages = StatisticsPage.objects.descendant_of(built.home)
        assert pages.count() == 2
        for page in pages:
            html = _get(built.site, page.url).content.decode()
            assert "Số liệu mẫu" in html and "<svg" in html and "<table" in html
    assert all("số liệu mẫu" in t.caption for t in StatisticsTable.objects.all())
    budget = StatisticsPage.objects.get(slug="thu-chi-ngan-sach")
    assert budget.tables.get().document.file.name.endswith(".xlsx")
    assert "21.875,4" in _get(province.site, budget.url).content.decode()


def test_replacing_the_document_file_updates_the_page_unless_it_is_unreadable(
    province, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    page = population_page(province)
    assert "1.234,5" in _get(province.site, page.url).content.decode()  # now cached
    document = page.tables.get().document
    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("dan-so-moi.csv", ContentFile("Năm;Dân số\n2025;1.500,5\n".encode()))
    html = _get(province.site, page.url).content.decode()
    assert '<td class="num">1.500,5</td>' in html and "1.234,5" not in html

    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("hong.csv", ContentFile(b"Nam;A\n2025;1;2\n"))
    assert page.tables.get().table.rows == [["2025", 1500.5]]


def _queries(site, path):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert _get(site, path).status_code == 200
    return len(captured)


def test_index_and_page_queries_do_not_grow_with_pages_and_tables(province):
    from .helpers import POPULATION_CSV

    page = population_page(province)
    index_one, page_one = (
        _queries(province.site, "/so-lieu-thong-ke/"),
        _queries(province.site, page.url),
    )
    document = page.tables.get().document
    for n in range(3):
        StatisticsTable.objects.create(
            page=page, caption=f"Bảng {n}", document=document, data=page.tables.first().data
        )
    other = population_page(province, content=POPULATION_CSV, slug="dan-so-2")
    assert other.live
    assert _queries(province.site, "/so-lieu-thong-ke/") == index_one
    assert _queries(province.site, page.url) == page_one
