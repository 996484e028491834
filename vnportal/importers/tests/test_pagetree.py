"""Pages written in bulk are the tree Wagtail would have made, even when an editor adds a
page under the same category while the import runs."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from vnportal.importers.items import Item
from vnportal.importers.media import Media
from vnportal.importers.targets import Target
from vnportal.importers.writer import Writer
from vnportal.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def _item(number):
    return Item(
        key=f"t:{number}",
        source=str(number),
        title=f"Tin số {number}",
        published_at=timezone.make_aware(datetime.datetime(2024, 5, 1 + number, 8, 0)),
        category=["Tin hoạt động"],
        paragraphs=[f"Nội dung tin số {number}."],
    )


def test_bulk_pages_and_an_editors_page_in_between_make_a_sound_tree(province, tmp_path):
    writer = Writer(Target(province.site), Media(tmp_path, None))
    writer.create([(_item(1), "a"), (_item(2), "b")])
    category = province.categories["tin-hoat-dong"]
    category.add_child(
        instance=ArticlePage(title="Bài của biên tập viên", slug="bai-cua-bien-tap-vien")
    )
    writer.create([(_item(3), "c"), (_item(4), "d")])

    assert Page.find_problems() == ([], [], [], [], [])
    category.refresh_from_db()
    assert category.numchild == 5
    titles = [page.title for page in category.get_children().order_by("path")]
    assert titles == ["Tin số 1", "Tin số 2", "Bài của biên tập viên", "Tin số 3", "Tin số 4"]
    assert ArticlePage.objects.get(title="Tin số 4").url_path.endswith("/tin-hoat-dong/tin-so-4/")
