"""Editors write notices and projects in the page tree; bad input comes back with a
Vietnamese message and nothing is lost."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import rich_text

from vnportal.notices.models import NoticePage, ProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("bien-tap", "b@example.vn", "mat-khau")
    client.force_login(user)
    return client


def _inline(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(rows):
        data.update({f"{prefix}-{number}-{key}": value for key, value in row.items()})
        data[f"{prefix}-{number}-ORDER"] = str(number + 1)
    return data


def _project_form(package):
    return {
        "title": "Đường liên ấp",
        "slug": "duong-lien-ap",
        "investor": "Ban Quản lý dự án",
        "total_investment": "1234567890",
        "phase": "dang-thuc-hien",
        "description": rich_text("<p>Mô tả.</p>"),
        "action-publish": "publish",
        **_inline("attachments", []),
        **_inline("packages", [package]),
    }


def test_an_editor_publishes_a_notice(editor, site):
    url = f"/admin/pages/add/notices/noticepage/{site.notices.pk}/"
    assert editor.get(url).status_code == 200
    response = editor.post(
        url,
        {
            "title": "Thông báo nghỉ lễ",
            "slug": "nghi-le",
            "number": "125/TB-UBND",
            "issued_on": "2026-08-28",
            "valid_until": "2026-09-03",
            "issuing_office": "Văn phòng UBND tỉnh",
            "body": rich_text("<p>Nghỉ lễ Quốc khánh.</p>"),
            "action-publish": "publish",
            **_inline("attachments", []),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert NoticePage.objects.get(slug="nghi-le").live


def test_a_project_with_a_package_is_published_and_a_bad_result_is_refused(editor, site):
    url = f"/admin/pages/add/notices/projectpage/{site.projects.pk}/"
    assert editor.get(url).status_code == 200
    package = {"name": "Gói thi công", "form": "rong-rai", "closes_at": "2026-09-01 09:00"}
    bad = editor.post(url, _project_form({**package, "winning_price": "100"}))
    assert bad.status_code == 200
    html = bad.content.decode()
    assert "Hãy nhập nhà thầu trúng thầu khi công bố kết quả." in html
    assert "Đường liên ấp" in html  # what was typed is still in the form
    assert not ProjectPage.objects.exists()

    good = editor.post(url, _project_form(package))
    assert good.status_code == 302
    project = ProjectPage.objects.get(slug="duong-lien-ap")
    assert project.packages.get().name == "Gói thi công"
