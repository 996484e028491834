import datetime

import pytest

from vnportal.schedules.models import ScheduleEntry
from vnportal.schedules.sections import schedule_section
from vnportal.testing.builders import build_site


def add_entry(site, date, starts_at="08:00", content="Họp UBND xã thường kỳ", **fields):
    values = {
        "ends_at": None,
        "place": "Hội trường UBND",
        "chaired_by": "Chủ tịch UBND xã",
        "participants": "Thành viên UBND xã",
    }
    values.update(fields)
    if isinstance(values["ends_at"], str):
        values["ends_at"] = datetime.time.fromisoformat(values["ends_at"])
    return ScheduleEntry.objects.create(
        site=site,
        date=date,
        starts_at=datetime.time.fromisoformat(starts_at),
        content=content,
        **values,
    )


@pytest.fixture
def province(db):
    built = build_site()
    built.schedule = schedule_section(built.home, None)
    return built


@pytest.fixture
def commune(province):
    built = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    built.schedule = schedule_section(built.home, None)
    return built
