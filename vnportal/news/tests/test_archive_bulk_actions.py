"""The archive of a former unit stays read-only through the explorer's bulk actions too."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Collection

from vnportal.news.models import ArchivePage, ArticlePage, CategoryPage
from vnportal.testing.builders import add_article
from vnportal.units.roles import BOARD, ensure_site_groups

pytestmark = pytest.mark.django_db

REFUSAL = "là trang lưu trữ của Huyện An Biên, chỉ để tra cứu"


@pytest.fixture
def archived(portal):
    archive = portal.anbien.home.add_child(
        instance=ArchivePage(
            title="Lưu trữ huyện An Biên", slug="luu-tru", unit=portal.units["district"]
        )
    )
    category = archive.add_child(instance=CategoryPage(title="Tin huyện", slug="tin-huyen"))
    draft = add_article(category, title="Bản nháp cũ của huyện", live=False)
    live = add_article(category, title="Huyện tổng kết năm 2024")
    collection = Collection.get_first_root_node().add_child(name="xã An Biên")
    user = get_user_model().objects.create_user("bbt-anbien")
    user.groups.add(ensure_site_groups(portal.anbien.site, collection)[BOARD])
    return {"draft": draft, "live": live, "board": user}


def _bulk(client, action, page):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
    response = client.post(f"{url}?id={page.pk}", {})
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


@pytest.mark.parametrize(
    "action, target, unchanged",
    [
        ("publish", "draft", lambda p: not ArticlePage.objects.get(pk=p.pk).live),
        ("unpublish", "live", lambda p: ArticlePage.objects.get(pk=p.pk).live),
        ("delete", "live", lambda p: ArticlePage.objects.filter(pk=p.pk).exists()),
    ],
)
def test_the_sites_board_cannot_bulk_change_archived_pages(
    client, archived, action, target, unchanged
):
    client.force_login(archived["board"])
    page = archived[target]
    assert REFUSAL in _bulk(client, action, page)
    assert unchanged(page)
