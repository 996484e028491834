"""A provisioned unit site with one person in each role, for the editorial workflow tests."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text, streamfield

from vnportal.news.models import CategoryPage, NewsIndexPage
from vnportal.units import roles
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import provision_unit

PARAGRAPH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


@dataclass
class Newsroom:
    site: object
    news: object
    category: object
    groups: dict
    contributor: object
    editor: object
    board: object


def build_newsroom(password=None):
    """The province of An Giang, provisioned like a real one, with a contributor, an
    editor and a board member."""
    unit = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    site = provision_unit(unit)
    from vnportal.units.models import SiteGroup

    groups = {link.role: link.group for link in SiteGroup.objects.filter(site=site)}
    news = NewsIndexPage.objects.child_of(site.root_page).get()
    category = CategoryPage.objects.child_of(news).get(slug="chuyen-doi-so")
    users = {}
    names = {
        roles.CONTRIBUTOR: ("ctv", "Lê Thị Cộng Tác"),
        roles.EDITOR: ("btv", "Trần Văn Biên Tập"),
        roles.BOARD: ("bbt", "Nguyễn Thị Ban Biên Tập"),
    }
    for role, (username, full_name) in names.items():
        last, _, first = full_name.rpartition(" ")
        user = get_user_model().objects.create_user(
            username=username, password=password, first_name=first, last_name=last
        )
        user.groups.add(groups[role])
        users[role] = user
    return Newsroom(
        site=site,
        news=news,
        category=category,
        groups=groups,
        contributor=users[roles.CONTRIBUTOR],
        editor=users[roles.EDITOR],
        board=users[roles.BOARD],
    )


def body(*paragraphs):
    return streamfield(
        [("paragraph", rich_text(html, features=PARAGRAPH_FEATURES)) for html in paragraphs]
    )


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("news", "articlepage", parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def action_url(page, action):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
