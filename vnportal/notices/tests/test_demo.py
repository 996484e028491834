import pytest
from django.utils import timezone

from vnportal.notices.demo import demo_notices_and_projects
from vnportal.notices.models import NoticePage, ProjectPage
from vnportal.notices.status import BidStatus

pytestmark = pytest.mark.django_db


def test_demo_fills_both_sites_once_with_an_open_and_an_awarded_package(site, other_site):
    sites = {"angiang": site.site, "anbien": other_site.site}
    demo_notices_and_projects(sites)
    demo_notices_and_projects(sites)
    for built in (site, other_site):
        assert NoticePage.objects.child_of(built.notices).count() == 4
        projects = ProjectPage.objects.child_of(built.projects)
        assert projects.count() == 3
        statuses = {p.status() for project in projects for p in project.packages.all()}
        assert {BidStatus.OPEN, BidStatus.AWARDED, BidStatus.CLOSED} <= statuses
        assert all("mẫu" in project.title for project in projects)
    assert (
        NoticePage.objects.child_of(site.notices)
        .filter(valid_until__lt=timezone.localdate())
        .exists()
    )
