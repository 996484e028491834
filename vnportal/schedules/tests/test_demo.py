"""The demo schedule: three weeks around today on the province's and An Biên's sites."""

import pytest
from django.utils import timezone

from vnportal.schedules.demo import demo_schedules
from vnportal.schedules.models import ScheduleEntry, SchedulePage
from vnportal.schedules.weeks import Week

pytestmark = pytest.mark.django_db


def test_demo_fills_last_this_and_next_week_once(client, province, commune):
    sites = {"angiang": province.site, "anbien": commune.site}
    demo_schedules(sites)
    this_week = Week.containing(timezone.localdate())
    for site in sites.values():
        weeks = {
            Week.containing(day) for day in site.schedule_entries.values_list("date", flat=True)
        }
        assert weeks == {this_week.previous(), this_week, this_week.next()}
    count = ScheduleEntry.objects.count()
    demo_schedules(sites)
    assert ScheduleEntry.objects.count() == count

    page = client.get("/lich-cong-tac/", HTTP_HOST="anbien.localhost").content.decode()
    assert "Tiếp công dân định kỳ" in page
    assert "dữ liệu mẫu" in page
    assert "dữ liệu mẫu" in SchedulePage.objects.get(pk=province.schedule.pk).intro
