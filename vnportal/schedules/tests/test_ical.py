"""The iCalendar feed: what RFC 5545 asks of its lines, read back by a strict parser."""

import datetime
import re

import pytest
from django.utils import timezone

from vnportal.schedules import ical
from vnportal.schedules.models import Status

from .conftest import add_entry

LONG = (
    "Họp bàn phương án phòng, chống sạt lở bờ biển; kiểm tra đê, kè và các khu dân cư "
    "ven biển xã An Biên\\Tây Yên, chuẩn bị ứng phó triều cường"
)


def unfold(data: bytes) -> list[str]:
    """The content lines of a feed, checking the physical lines on the way."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert len(line) <= 75, line
        assert b"\n" not in line and b"\r" not in line
        line.decode("utf-8")  # a fold never splits a character
    lines = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith(" "):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    return lines


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(data: bytes) -> dict:
    """{"calendar": {...}, "timezones": [...], "events": [{name: (params, value)}]}."""
    stack, found = [], {"calendar": {}, "timezones": [], "events": []}
    current = None
    for line in unfold(data):
        match = re.match(r"^([A-Z-]+)((?:;[A-Z-]+=[^;:]+)*):(.*)$", line)
        assert match, line
        name, params, value = match.groups()
        if name == "BEGIN":
            stack.append(value)
            current = {}
            if value == "VEVENT":
                found["events"].append(current)
            elif value == "VTIMEZONE":
                found["timezones"].append(current)
            elif value == "VCALENDAR":
                found["calendar"] = current
            continue
        if name == "END":
            assert stack.pop() == value
            continue
        assert stack, line
        if stack[-1] in ("VEVENT", "VCALENDAR", "VTIMEZONE"):
            current[name] = (params, value)
    assert stack == []
    return found


def test_text_escaping():
    assert ical.escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"


def test_folding_keeps_lines_within_75_octets_without_splitting_characters():
    line = "SUMMARY:" + ical.escape_text(LONG * 3)
    folded = ical.fold(line)
    pieces = folded.split("\r\n")
    assert len(pieces) > 3
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join([pieces[0], *(piece[1:] for piece in pieces[1:])]) == line


@pytest.fixture
def feed(client, province):
    day = timezone.localdate() + datetime.timedelta(days=2)
    normal = add_entry(
        province.site,
        day,
        "14:00",
        LONG,
        ends_at="16:30",
        place="Phòng họp số 1; UBND tỉnh, Rạch Giá",
        participants="Sở Xây dựng\nSở Tài chính",
    )
    postponed = add_entry(
        province.site,
        day,
        "08:00",
        "Tiếp công dân định kỳ",
        status=Status.POSTPONED,
        status_note="Hoãn vì trùng lịch họp",
    )
    response = client.get("/lich-cong-tac/ical/")
    return response, normal, postponed


def test_the_feed_is_a_valid_calendar(feed):
    response, normal, postponed = feed
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = parse(response.content)
    assert parsed["calendar"]["VERSION"][1] == "2.0"
    assert parsed["calendar"]["PRODID"][1]
    assert parsed["timezones"][0]["TZID"][1] == "Asia/Ho_Chi_Minh"
    assert len(parsed["events"]) == 2
    for event in parsed["events"]:
        assert re.match(r"^\d{8}T\d{6}Z$", event["DTSTAMP"][1])
        assert event["UID"][1]


def test_an_event_carries_its_local_times_text_and_stable_uid(client, feed):
    response, normal, postponed = feed
    events = {event["UID"][1]: event for event in parse(response.content)["events"]}
    event = events[f"lich-cong-tac-{normal.pk}@localhost"]
    assert event["DTSTART"] == (";TZID=Asia/Ho_Chi_Minh", f"{normal.date:%Y%m%d}T140000")
    assert event["DTEND"] == (";TZID=Asia/Ho_Chi_Minh", f"{normal.date:%Y%m%d}T163000")
    assert unescape(event["SUMMARY"][1]) == LONG
    assert unescape(event["LOCATION"][1]) == "Phòng họp số 1; UBND tỉnh, Rạch Giá"
    description = unescape(event["DESCRIPTION"][1])
    assert "Chủ trì: Chủ tịch UBND xã" in description
    assert "Thành phần: Sở Xây dựng\nSở Tài chính" in description
    assert event["STATUS"][1] == "CONFIRMED"
    again = parse(client.get("/lich-cong-tac/ical/").content)["events"]
    assert {e["UID"][1] for e in again} == set(events)


def test_a_postponed_entry_is_cancelled_in_the_feed(feed):
    response, normal, postponed = feed
    events = {event["UID"][1]: event for event in parse(response.content)["events"]}
    event = events[f"lich-cong-tac-{postponed.pk}@localhost"]
    assert event["STATUS"][1] == "CANCELLED"
    assert "DTEND" not in event
    assert "Hoãn vì trùng lịch họp" in unescape(event["DESCRIPTION"][1])


def test_the_feed_leaves_out_hidden_and_other_sites_entries(client, province, commune):
    day = timezone.localdate()
    add_entry(province.site, day, content="Lịch của tỉnh")
    add_entry(province.site, day, content="Lịch chưa công khai", published=False)
    add_entry(commune.site, day, content="Lịch của xã An Biên")
    body = client.get("/lich-cong-tac/ical/").content.decode()
    assert "Lịch của tỉnh" in body
    assert "chưa công khai" not in body
    assert "xã An Biên" not in body


def test_the_feed_can_be_served_at_an_ics_path(rf, province, commune):
    from vnportal.schedules.views import site_ical

    add_entry(commune.site, timezone.localdate(), content="Tiếp công dân ở xã An Biên")
    response = site_ical(rf.get("/lich-cong-tac/lich-cong-tac.ics", HTTP_HOST="anbien.localhost"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "Tiếp công dân ở xã An Biên" in response.content.decode()
