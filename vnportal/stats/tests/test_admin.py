"""Uploading tables in the admin: a bad file is refused in Vietnamese and the page keeps
the table it had."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from vnportal.stats.actions import upload_document
from vnportal.stats.models import StatisticsPage

from .helpers import population_page, workbook_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("quan-tri", password="mat-khau-dai-123")
    client.force_login(user)
    return client


def edit_form(page, table, **table_fields):
    row = {
        "id": table.pk,
        "caption": table.caption,
        "unit": table.unit,
        "document": table.document_id,
        "sheet_name": "",
        "header_row": "1",
        "chart_type": table.chart_type,
        "chart_columns": "",
        **table_fields,
    }
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": rich_text("<p>Số liệu mẫu.</p>"),
            "source": page.source,
            "period": page.period,
            "tables": inline_formset([row], initial=1),
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def document(name, content):
    return upload_document(name, name, content, Collection.get_first_root_node())


def post_edit(client, page, **table_fields):
    table = page.tables.get()
    return client.post(
        f"/admin/pages/{page.pk}/edit/", edit_form(page, table, **table_fields), follow=True
    )


def page_html(client, page):
    client.logout()
    return client.get(page.url, HTTP_HOST="localhost").content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("lech.csv", "Năm;Dân số\n2021;12\n2022;13;14\n".encode(), "Dòng 3 có 3 ô"),
        ("cu.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "dạng cũ (.xls)"),
        ("bao-cao.pdf", b"%PDF-1.4 not a table", "Chỉ nhận bảng số liệu dạng CSV"),
        ("trong.csv", b"\n\n", "Không có dòng tiêu đề"),
    ],
    ids=["ragged-row", "old-xls", "pdf", "no-header"],
)
def test_bad_upload_shows_the_message_and_keeps_the_saved_table(
    admin_client, province, name, content, message
):
    page = population_page(province)
    bad = document(name, content)
    response = post_edit(admin_client, page, document=bad.pk)
    html = response.content.decode()
    assert message in html
    table = StatisticsPage.objects.get(pk=page.pk).tables.get()
    assert table.document.file.name.endswith(".csv") and table.document_id != bad.pk
    assert '<td class="num">1.234,5</td>' in page_html(admin_client, page)


def test_non_numeric_cell_in_a_charted_column_is_refused(admin_client, province):
    page = population_page(province)
    bad = document("ghi-chu.csv", "Năm;Dân số\n2021;khoảng 12\n".encode())
    response = post_edit(admin_client, page, document=bad.pk, chart_columns="Dân số")
    assert "ô ở dòng 2 (“khoảng 12”) không phải là số" in response.content.decode()
    assert page.tables.get().table.rows[0][1] == 1234.5


def test_good_xlsx_upload_replaces_the_table(admin_client, province):
    page = population_page(province)
    new = document(
        "dan-so-2024.xlsx",
        workbook_bytes({"Trang 1": [["Năm", "Dân số"], [2024, 1402.75], [2025, 1450]]}),
    )
    response = post_edit(admin_client, page, document=new.pk)
    assert response.status_code == 200
    html = page_html(admin_client, page)
    assert '<td class="num">1.402,75</td>' in html and "1.234,5" not in html
    assert html.count('class="bar"') == 2


def test_editor_forms_show_the_table_fields_with_their_help(admin_client, province):
    page = population_page(province)
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Tệp số liệu (CSV hoặc XLSX)" in html and "Cột vẽ biểu đồ" in html
    assert "Đơn vị tính" in html and "Dòng tiêu đề" in html
    add = admin_client.get(f"/admin/pages/add/stats/statisticspage/{page.get_parent().pk}/")
    assert add.status_code == 200 and "Nguồn số liệu" in add.content.decode()
