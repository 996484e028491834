import datetime

import pytest
from django.utils import timezone

from vnportal.notices.models import BidPackage, NoticePage, ProjectPage
from vnportal.notices.sections import notices_section, projects_section
from vnportal.testing.builders import build_site


def vn_time(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


@pytest.fixture
def site(db):
    built = build_site()
    built.notices = notices_section(built.home, None)
    built.projects = projects_section(built.home, None)
    return built


@pytest.fixture
def other_site(db, site):
    built = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    built.notices = notices_section(built.home, None)
    built.projects = projects_section(built.home, None)
    return built


def add_notice(index, title, issued_on, **fields):
    fields.setdefault("issuing_office", "Ủy ban nhân dân tỉnh")
    return index.add_child(instance=NoticePage(title=title, issued_on=issued_on, **fields))


def add_project(index, title, packages=(), **fields):
    fields.setdefault("investor", "Ban Quản lý dự án tỉnh")
    project = ProjectPage(title=title, **fields)
    for package in packages:
        project.packages.add(BidPackage(**package))
    return index.add_child(instance=project)
