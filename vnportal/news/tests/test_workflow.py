"""The editorial workflow through the real admin URLs: a contributor submits, an editor
sends the article back with a comment, the contributor revises and resubmits, the editor
passes it on, the board schedules it, the scheduler publishes it, readers see it (pages,
RSS, sitemap) and the board pays its authors (royalty report exported and read back)."""

import datetime
from unittest import mock
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowPage, WorkflowState

from vnportal.editorial.exports import read_summary_xlsx
from vnportal.editorial.models import RoyaltyPeriod
from vnportal.editorial.reports import royalty_report
from vnportal.news.models import ArticlePage
from vnportal.news.workflows import BOARD_TASK, EDITOR_TASK, workflow_name
from vnportal.testing.admin_forms import article_form
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import provision_unit

from .editorial import action_url, add_url, body, build_newsroom, edit_url

pytestmark = pytest.mark.django_db

TITLE = "Xã Tây Yên hoàn thành cấp tài khoản định danh điện tử"
SLUG = "hoan-thanh-dinh-danh-dien-tu"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
COMMENT = "Thiếu nguồn số liệu: ghi rõ theo báo cáo của Công an xã."


@pytest.fixture
def newsroom():
    return build_newsroom()


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def submitted_article(newsroom, **fields):
    response = client_for(newsroom.contributor).post(
        add_url(newsroom.category),
        article_form(
            action="action-submit",
            title=TITLE,
            slug=SLUG,
            sapo="Toàn xã đã cấp 1.245 tài khoản định danh mức 2.",
            body=body("<p>Sáng 15/7, Ủy ban nhân dân xã tổ chức sơ kết.</p>"),
            contributors=[
                {"name": "Lê Thị Cộng Tác", "user": str(newsroom.contributor.pk), "share": "60"},
                {"name": "Minh Anh", "share": "40"},
            ],
            **fields,
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    return ArticlePage.objects.get(slug=SLUG)


def existing_contributors(article):
    """The contributor rows as the edit form posts them back."""
    latest = article.get_latest_revision_as_object()
    return [
        {"id": str(c.pk), "name": c.name, "user": str(c.user_id or ""), "share": str(c.share)}
        for c in latest.contributors.all()
    ]


def test_provisioning_gives_each_site_its_two_step_review_workflow_once():
    unit = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    site = provision_unit(unit)
    provision_unit(unit)
    link = WorkflowPage.objects.get(page=site.root_page)
    assert (
        link.workflow.name
        == workflow_name(site)
        == ("Quy trình duyệt tin – Cổng thông tin điện tử tỉnh An Giang")
    )
    tasks = [task.specific for task in link.workflow.tasks]
    assert [task.name for task in tasks] == [EDITOR_TASK, BOARD_TASK]
    editor_groups = {g.name for g in tasks[0].groups.all()}
    board_groups = {g.name for g in tasks[1].groups.all()}
    assert "Cổng thông tin điện tử tỉnh An Giang – Biên tập viên" in editor_groups
    assert board_groups == {"Cổng thông tin điện tử tỉnh An Giang – Ban biên tập"}
    assert WorkflowPage.objects.filter(workflow__name__startswith="Quy trình").count() == 1
    # Every page of the site goes through it, not through Wagtail's root workflow.
    news = site.root_page.get_children().get(slug="tin-tuc")
    assert news.get_workflow() == link.workflow


def test_renaming_the_unit_renames_its_workflow():
    unit = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    site = provision_unit(unit)
    unit.name = "Tỉnh An Giang mới"
    unit.save()
    provision_unit(unit)
    site.refresh_from_db()
    assert WorkflowPage.objects.get(page=site.root_page).workflow.name.endswith("An Giang mới")


def test_the_whole_chain_from_contributor_to_reader(newsroom):
    contributor = client_for(newsroom.contributor)
    editor = client_for(newsroom.editor)
    board = client_for(newsroom.board)

    # The category page is cached before the article goes out.
    assert TITLE not in Client().get(newsroom.category.url).content.decode()

    # 1. The contributor writes and submits.
    article = submitted_article(newsroom)
    assert not article.live
    assert article.owner == newsroom.contributor
    assert article.current_workflow_task.name == EDITOR_TASK
    # While it is in review the contributor cannot change it.
    response = contributor.post(
        edit_url(article), article_form(action=None, title="Sửa lén", slug=SLUG)
    )
    assert response.status_code == 200
    assert ArticlePage.objects.get(pk=article.pk).draft_title == TITLE

    # 2. The editor sends it back with a comment.
    response = editor.post(action_url(article, "reject"), {"comment": COMMENT})
    assert response.status_code == 302
    state = article.workflow_states.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    # The contributor sees why: on the dashboard and in the article's workflow history.
    dashboard = contributor.get(reverse("wagtailadmin_home")).content.decode()
    assert TITLE in dashboard
    assert "Cần sửa ở bước" in dashboard
    history = contributor.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=(article.pk, state.pk))
    ).content.decode()
    assert COMMENT in history
    editor_page = contributor.get(edit_url(article))
    notices = " ".join(str(m) for m in editor_page.context["messages"])
    assert f"Bài được Trần Văn Biên Tập trả lại để sửa ở bước “{EDITOR_TASK}”" in notices
    assert COMMENT in notices

    # 3. The contributor revises and resubmits.
    article.refresh_from_db()
    response = contributor.post(
        edit_url(article),
        article_form(
            action="action-submit",
            title=TITLE,
            slug=SLUG,
            sapo="Toàn xã đã cấp 1.245 tài khoản định danh mức 2 (theo Công an xã).",
            body=body("<p>Theo báo cáo của Công an xã, toàn xã đã cấp 1.245 tài khoản.</p>"),
            contributors=existing_contributors(article),
        ),
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert article.current_workflow_task.name == EDITOR_TASK

    # 4. The editor passes it on; an editor cannot publish.
    response = editor.post(action_url(article, "approve"), {"comment": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.current_workflow_task.name == BOARD_TASK
    assert not article.live

    # 5. The board approves it with a publication time tomorrow: it is scheduled.
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    response = board.post(
        edit_url(article),
        article_form(
            action="action-workflow-action",
            title=TITLE,
            slug=SLUG,
            sapo="Toàn xã đã cấp 1.245 tài khoản định danh mức 2 (theo Công an xã).",
            body=body("<p>Theo báo cáo của Công an xã, toàn xã đã cấp 1.245 tài khoản.</p>"),
            go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
            contributors=existing_contributors(article),
            **{"workflow-action-name": "approve"},
        ),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live
    scheduled = article.scheduled_revision
    assert scheduled is not None and scheduled.approved_go_live_at > timezone.now()
    assert TITLE not in Client().get(newsroom.category.url).content.decode()

    # 6. The time comes; the scheduler publishes it.
    later = scheduled.approved_go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    assert article.published_at == later

    # 7. Readers see it in its category and on the home page (the cache was purged).
    assert TITLE in Client().get(newsroom.category.url).content.decode()
    assert TITLE in Client().get(newsroom.site.root_page.url).content.decode()
    assert article.body.raw_data[0]["value"].startswith("<p")
    # … in the category's RSS feed and in the site's sitemap.
    rss = ElementTree.fromstring(Client().get(f"{newsroom.category.url}rss/").content)
    assert TITLE in [item.findtext("title") for item in rss.iter("item")]
    sitemap = ElementTree.fromstring(Client().get("/sitemap.xml").content)
    locations = [loc.text for loc in sitemap.iter(f"{SITEMAP_NS}loc")]
    assert any(location.endswith(f"/{SLUG}/") for location in locations)

    # 8. The board sets the royalty coefficient, closes the month and exports it.
    published_on = timezone.localdate(article.published_at)
    response = board.post(
        reverse("editorial_admin:period_add"),
        {
            "site": newsroom.site.pk,
            "name": "Kỳ thử",
            "starts_on": (published_on - datetime.timedelta(days=10)).strftime("%d/%m/%Y"),
            "ends_on": (published_on + datetime.timedelta(days=10)).strftime("%d/%m/%Y"),
        },
    )
    assert response.status_code == 302
    period = RoyaltyPeriod.objects.get(site=newsroom.site, name="Kỳ thử")
    response = board.post(
        reverse("editorial_admin:assess", args=(period.pk,)), {f"coefficient-{article.pk}": "8"}
    )
    assert response.status_code == 302
    assert board.post(reverse("editorial_admin:close", args=(period.pk,))).status_code == 302
    exported = board.get(reverse("editorial_admin:export_xlsx", args=(period.pk,)))
    rows, total = read_summary_xlsx(b"".join(exported))
    # 8 × 10% × 2,340,000 = 1,872,000 dong, shared 60/40 between the two authors.
    amounts = {row[1]: row[4] for row in rows}
    assert amounts == {"Lê Thị Cộng Tác": 1_123_200, "Minh Anh": 748_800}
    assert total[4] == sum(amounts.values()) == royalty_report(newsroom.site, period).total_amount

    # Every step is in the audit log, with who did it.
    log = list(
        PageLogEntry.objects.filter(page=article)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    chain = [entry for entry in log if entry[0].startswith("wagtail.workflow")]
    assert chain == [
        ("wagtail.workflow.start", "ctv"),
        ("wagtail.workflow.reject", "btv"),
        ("wagtail.workflow.resume", "ctv"),
        ("wagtail.workflow.approve", "btv"),
        ("wagtail.workflow.approve", "bbt"),
    ]
    assert ("wagtail.create", "ctv") in log
    assert ("wagtail.publish.schedule", "bbt") in log
    # The scheduler publishes on nobody's behalf.
    assert log[-1] == ("wagtail.publish.scheduled", None)


def test_an_editor_cannot_publish_and_a_contributor_cannot_edit_others_pages(newsroom):
    article = submitted_article(newsroom)
    # The editor's "Xuất bản" is not theirs to press: the article is only saved.
    client_for(newsroom.editor).post(
        edit_url(article),
        article_form(action="action-publish", title=TITLE, slug=SLUG, sapo="Sửa của BTV"),
    )
    article.refresh_from_db()
    assert not article.live
    # Another contributor cannot open it.
    other = newsroom.contributor.__class__.objects.create_user("ctv2")
    other.groups.add(newsroom.contributor.groups.get())
    response = client_for(other).get(edit_url(article))
    assert response.status_code in (302, 403)


def test_a_contributor_does_not_see_colleagues_drafts_in_the_explorer(newsroom):
    article = submitted_article(newsroom)
    other = newsroom.contributor.__class__.objects.create_user("ctv2")
    other.groups.add(newsroom.contributor.groups.get())
    url = reverse("wagtailadmin_explore", args=(newsroom.category.pk,))
    assert TITLE not in client_for(other).get(url).content.decode()
    assert TITLE in client_for(newsroom.contributor).get(url).content.decode()
    assert TITLE in client_for(newsroom.editor).get(url).content.decode()
    assert article.pk
