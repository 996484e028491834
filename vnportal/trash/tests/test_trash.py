"""Deleting a page in the admin puts it in the trash for 30 days, and it comes back."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Collection, Page, Revision

from vnportal.search.engine import search
from vnportal.search.results import SearchRequest
from vnportal.testing.builders import add_article, build_site
from vnportal.trash import actions
from vnportal.trash.models import TrashContainerPage, TrashedPage
from vnportal.units.roles import EDITOR, SITE_ADMIN, ensure_site_groups

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def portal(committed):
    built = build_site()
    category = built.categories["tin-hoat-dong"]
    built.before = add_article(category, title="Hội nghị giao ban tháng 10")
    built.article = add_article(category, title="Khai mạc hội chợ nông sản An Giang")
    with committed():
        built.article.save_revision().publish()
    built.article.title = "Khai mạc hội chợ nông sản An Giang (bản nháp)"
    built.article.save_revision()  # a later draft that must stay a draft
    built.after = add_article(category, title="Tập huấn chuyển đổi số cho cán bộ xã")
    return built


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("quantri", "qt@example.com", "mat-khau-1")
    client.force_login(user)
    return client


def hits(text):
    return [hit.object_id for hit in search(SearchRequest(text)).hits]


def test_deleting_a_page_in_the_admin_moves_it_to_the_trash(editor, portal, committed, client):
    article = portal.article
    url = article.url
    revisions = Revision.page_revisions.filter(object_id=str(article.pk)).count()
    assert client.get(url).status_code == 200
    assert hits("hoi cho nong san") == [article.pk]

    with committed():
        response = editor.post(f"/admin/pages/{article.pk}/delete/")
    assert response.status_code == 302

    article.refresh_from_db()
    assert not article.live
    assert article.get_parent().specific_class is TrashContainerPage
    assert Revision.page_revisions.filter(object_id=str(article.pk)).count() == revisions
    item = TrashedPage.objects.get(page=article)
    assert item.original_parent_id == portal.categories["tin-hoat-dong"].pk
    client.logout()
    assert client.get(url).status_code == 404
    listing = client.get("/tin-tuc/tin-hoat-dong/").content.decode()
    assert "Khai mạc hội chợ" not in listing
    assert "Hội nghị giao ban" in listing
    assert hits("hoi cho nong san") == []


def test_the_trash_lists_it_and_restore_puts_it_back_live_in_its_place(
    editor, portal, committed, client
):
    article = portal.article
    category = portal.categories["tin-hoat-dong"]
    order = [page.pk for page in category.get_children()]
    with committed():
        editor.post(f"/admin/pages/{article.pk}/delete/")
    html = editor.get("/admin/thung-rac/").content.decode()
    assert "Khai mạc hội chợ nông sản An Giang" in html
    assert "Khôi phục" in html and "Xóa vĩnh viễn" in html
    item = TrashedPage.objects.get(page=article)
    expires = timezone.localtime(item.deleted_at + datetime.timedelta(days=30))
    assert expires.strftime("%d/%m/%Y") in html

    with committed():
        response = editor.post(f"/admin/thung-rac/{item.pk}/khoi-phuc/", follow=True)
    assert "Đã khôi phục" in response.content.decode()
    article.refresh_from_db()
    assert article.live
    assert [page.pk for page in category.get_children()] == order
    assert not TrashedPage.objects.exists()
    # The revision that was live is live again; the later draft stays a draft.
    assert article.title == "Khai mạc hội chợ nông sản An Giang"
    assert article.has_unpublished_changes
    client.logout()
    assert client.get(article.url).status_code == 200
    assert hits("hoi cho nong san") == [article.pk]


def test_a_bulk_delete_moves_the_pages_to_the_trash(editor, portal, committed):
    ids = [portal.before.pk, portal.after.pk]
    query = "&".join(f"id={pk}" for pk in ids)
    with committed():
        response = editor.post(f"/admin/bulk/wagtailcore/page/delete/?{query}")
    assert response.status_code == 302
    assert sorted(TrashedPage.objects.values_list("page_id", flat=True)) == sorted(ids)
    assert Page.objects.filter(pk__in=ids).count() == 2
    assert not Page.objects.filter(pk__in=ids, live=True).exists()


def test_a_page_with_subpages_goes_to_the_trash_whole_and_comes_back_whole(
    editor, portal, committed
):
    category = portal.categories["tin-hoat-dong"]
    with committed():
        editor.post(f"/admin/pages/{category.pk}/delete/")
    assert not Page.objects.descendant_of(category, inclusive=True).live().exists()
    assert TrashedPage.objects.count() == 1
    item = TrashedPage.objects.get()
    with committed():
        actions.restore_page(item)
    category.refresh_from_db()  # its tree path changed twice
    assert category.live
    live = set(Page.objects.child_of(category).live().values_list("pk", flat=True))
    assert live == {portal.before.pk, portal.article.pk, portal.after.pk}


def test_restore_is_refused_when_the_address_was_taken_meanwhile(portal, committed):
    article = portal.article
    with committed():
        item = actions.trash_page(article)
    other = portal.before
    other.slug = article.slug
    other.save()
    assert "đường dẫn" in actions.restore_problem(item)


def test_empty_trash_deletes_what_waited_more_than_30_days(portal, committed):
    with committed():
        old = actions.trash_page(portal.before)
        recent = actions.trash_page(portal.after)
    TrashedPage.objects.filter(pk=old.pk).update(
        deleted_at=timezone.now() - datetime.timedelta(days=31)
    )
    TrashedPage.objects.filter(pk=recent.pk).update(
        deleted_at=timezone.now() - datetime.timedelta(days=29)
    )
    out = io.StringIO()
    call_command("empty_trash", stdout=out)
    assert "Đã xóa hẳn 1 trang" in out.getvalue()
    assert not Page.objects.filter(pk=portal.before.pk).exists()
    assert Page.objects.filter(pk=portal.after.pk).exists()
    assert list(TrashedPage.objects.values_list("pk", flat=True)) == [recent.pk]


def test_a_commune_administrator_sees_and_restores_only_their_sites_trash(
    portal, committed, client
):
    commune = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    theirs = add_article(commune.categories["tin-hoat-dong"], title="Tin của xã Tây Yên")
    collection = Collection.get_first_root_node().add_child(name="Xã Tây Yên")
    group = ensure_site_groups(commune.site, collection)[SITE_ADMIN]
    user = get_user_model().objects.create_user("tayyen", password="mat-khau-thu-1")
    user.groups.add(group)
    with committed():
        province_item = actions.trash_page(portal.article)
        commune_item = actions.trash_page(theirs)
    client.force_login(user)
    html = client.get("/admin/thung-rac/").content.decode()
    assert "Tin của xã Tây Yên" in html
    assert "Khai mạc hội chợ" not in html
    assert client.post(f"/admin/thung-rac/{province_item.pk}/khoi-phuc/").status_code == 404
    assert client.post(f"/admin/thung-rac/{province_item.pk}/xoa-vinh-vien/").status_code == 404
    with committed():
        client.post(f"/admin/thung-rac/{commune_item.pk}/khoi-phuc/")
    theirs.refresh_from_db()
    assert theirs.live and theirs.get_parent().pk == commune.categories["tin-hoat-dong"].pk


def test_an_editor_who_may_not_publish_cannot_bring_a_live_page_back_live(
    portal, committed, client
):
    collection = Collection.get_first_root_node().add_child(name="Tòa soạn")
    group = ensure_site_groups(portal.site, collection)[EDITOR]
    user = get_user_model().objects.create_user("bientap", password="mat-khau-thu-1")
    user.groups.add(group)
    draft = add_article(portal.categories["tin-hoat-dong"], title="Bản nháp chưa đăng", live=False)
    with committed():
        live_item = actions.trash_page(portal.article)
        draft_item = actions.trash_page(draft)
    client.force_login(user)
    refused = client.post(f"/admin/thung-rac/{live_item.pk}/khoi-phuc/", follow=True)
    assert "không có quyền" in refused.content.decode().lower()
    portal.article.refresh_from_db()
    assert not portal.article.live and actions.in_trash(portal.article)
    with committed():
        client.post(f"/admin/thung-rac/{draft_item.pk}/khoi-phuc/")
    draft.refresh_from_db()
    assert not actions.in_trash(draft) and not draft.live


def test_delete_for_good_removes_the_page_and_its_revisions(editor, portal, committed):
    with committed():
        item = actions.trash_page(portal.article)
    response = editor.post(f"/admin/thung-rac/{item.pk}/xoa-vinh-vien/", follow=True)
    assert "Đã xóa vĩnh viễn" in response.content.decode()
    assert not Page.objects.filter(pk=portal.article.pk).exists()
    assert not Revision.page_revisions.filter(object_id=str(portal.article.pk)).exists()
