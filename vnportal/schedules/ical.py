"""An iCalendar (RFC 5545) feed of schedule entries, written out by hand: the format is
small and a dependency for it would be larger than this module. No Django here.

What RFC 5545 asks and where it is done: CRLF line ends and lines of at most 75 octets,
folded without splitting a UTF-8 character (3.1, `fold`); `\\`, `;`, `,` and line
breaks escaped in text values (3.3.11, `escape_text`); DTSTAMP and a UID that stays the
same for an entry across downloads (3.8.7.2, 3.8.4.7); local times with a TZID whose
VTIMEZONE is in the calendar (3.2.19, 3.6.5).
"""

import datetime
from dataclasses import dataclass

TZID = "Asia/Ho_Chi_Minh"
CRLF = "\r\n"
MAX_OCTETS = 75

# Vietnam has kept UTC+07:00 without daylight saving since 1975.
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19750613T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: datetime.date
    starts: datetime.time
    ends: datetime.time | None
    summary: str
    location: str
    description: str
    cancelled: bool
    changed_at: datetime.datetime  # aware
    url: str = ""


def escape_text(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """The content line split into pieces of at most 75 octets, each continuation
    starting with one space (which counts towards its 75)."""
    pieces, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_OCTETS if not pieces else MAX_OCTETS - 1
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(day: datetime.date, time: datetime.time) -> str:
    return f"TZID={TZID}:" + datetime.datetime.combine(day, time).strftime("%Y%m%dT%H%M%S")


def _event_lines(event: CalendarEvent) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{_utc(event.changed_at)}",
        f"LAST-MODIFIED:{_utc(event.changed_at)}",
        f"DTSTART;{_local(event.day, event.starts)}",
    ]
    if event.ends is not None:
        lines.append(f"DTEND;{_local(event.day, event.ends)}")
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines.append("STATUS:CANCELLED" if event.cancelled else "STATUS:CONFIRMED")
    lines.append("END:VEVENT")
    return lines


def calendar(name: str, events, product="-//vnportal//Lich cong tac//VI") -> str:
    """The whole VCALENDAR as text, CRLF line ends included."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for event in events:
        lines += _event_lines(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
