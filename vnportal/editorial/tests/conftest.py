"""Fixtures of the royalty tests: two sites with their role groups and a few articles."""

import datetime
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection

from vnportal.news.models import ArticleContributor
from vnportal.testing.builders import add_article, build_site
from vnportal.units.roles import ensure_site_groups

ZONE = datetime.timezone(datetime.timedelta(hours=7))


def local(year, month, day, hour=9):
    """An aware datetime at Vietnam's local time."""
    return datetime.datetime(year, month, day, hour, tzinfo=ZONE)


@dataclass
class SitePeople:
    built: object
    users: dict = field(default_factory=dict)

    @property
    def site(self):
        return self.built.site

    @property
    def category(self):
        return next(iter(self.built.categories.values()))


def with_people(built, key):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {key}")
    groups = ensure_site_groups(built.site, collection)
    people = SitePeople(built=built)
    for role, group in groups.items():
        user = get_user_model().objects.create_user(username=f"{key}-{role}")
        user.groups.add(group)
        people.users[role] = user
    return people


def write(category, title, published_at, contributors=(), kind="tin"):
    """A live article with its contributors [(name, share, user)]."""
    article = add_article(category, title=title, published_at=published_at, kind=kind)
    for order, (name, share, user) in enumerate(contributors):
        ArticleContributor.objects.create(
            page=article, name=name, share=share, user=user, sort_order=order
        )
    return article


@pytest.fixture
def tayyen(province):
    built = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    return with_people(built, "tayyen")


@pytest.fixture
def anbien(province):
    built = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    return with_people(built, "anbien")
