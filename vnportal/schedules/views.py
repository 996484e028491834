"""The public pages of the schedule, served by the site's "Lịch công tác" page: a week
(the current one by default), its print view, and the iCalendar feed."""

import datetime

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Site

from vnportal.units.urls_across_sites import page_absolute_url

from . import ical
from .models import ScheduleEntry, SchedulePage, Status
from .weeks import Week, day_label, vn_date

NO_WEEK = "Không có tuần này. Địa chỉ tuần có dạng tuan/2026-48/ (năm, số tuần ISO)."
# The feed carries recent entries and everything ahead, so it stays small for years.
FEED_DAYS_BACK = 90


def week_url(page, request, week, printing=False):
    name = "print_week" if printing else "week"
    return page.get_url(request) + page.reverse_subpage(name, kwargs={"key": week.key})


def _limit_cache_to_midnight(request, now):
    """A page of the current week marks today ("hôm nay"), and the bare URL moves on to
    the next week on Monday: a cached copy must not outlive the coming midnight
    (the TTL hook reads this)."""
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    starts = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
    request.schedules_cache_seconds = max(1, int((starts - now).total_seconds()) + 1)


def week_days(week, entries, today):
    """The week's working days, and a weekend day only when something is on it."""
    by_day = {}
    for entry in entries:
        by_day.setdefault(entry.date, []).append(entry)
    return [
        {
            "date": day,
            "label": day_label(day),
            "anchor": f"ngay-{day:%d-%m}",
            "entries": by_day.get(day, []),
            "is_today": day == today,
        }
        for day in week.days
        if day.weekday() < 5 or day in by_day
    ]


def week_view(request, page, key, printing=False):
    now = timezone.now()
    today = timezone.localdate(now)
    current = Week.containing(today)
    if key is None:
        week = current
    else:
        week = Week.parse(key)
        if week is None:
            raise Http404(NO_WEEK)
        if key != week.key:
            return HttpResponsePermanentRedirect(week_url(page, request, week, printing))
    if week == current:
        _limit_cache_to_midnight(request, now)
    site = page.get_site()
    entries = list(
        ScheduleEntry.objects.public().filter(site=site).in_days(week.monday, week.sunday)
    )
    previous, following = week.previous(), week.next()
    context = {
        "page": page,
        "self": page,
        "week": week,
        "heading": week.heading,
        "days": week_days(week, entries, today),
        "has_entries": bool(entries),
        "is_current": week == current,
        "current_url": page.get_url(request),
        "previous_url": week_url(page, request, previous) if previous.in_range else None,
        "next_url": week_url(page, request, following) if following.in_range else None,
        "print_url": week_url(page, request, week, printing=True),
        "screen_url": week_url(page, request, week),
        "ical_url": page.get_url(request) + page.reverse_subpage("ical"),
        "first_day": vn_date(week.monday),
        "last_day": vn_date(week.sunday),
        "postponed": Status.POSTPONED,
        "changed": Status.CHANGED,
    }
    if not printing:
        context["subscribe_url"] = _webcal(page_absolute_url(page, request), page)
    template = "schedules/print_week.html" if printing else "schedules/schedule_page.html"
    return TemplateResponse(request, template, context)


def _webcal(page_url, page):
    if page_url is None:
        return None
    feed = page_url + page.reverse_subpage("ical")
    return "webcal://" + feed.split("://", 1)[1]


def _description(entry):
    parts = [f"Chủ trì: {entry.chaired_by}"]
    if entry.participants:
        parts.append(f"Thành phần: {entry.participants}")
    if entry.preparing_unit:
        parts.append(f"Đơn vị chuẩn bị: {entry.preparing_unit}")
    if entry.status != Status.NORMAL:
        parts.append(f"{entry.get_status_display()}: {entry.status_note}")
    return "\n".join(parts)


def calendar_events(entries, page, request):
    base = page_absolute_url(page, request)
    hostname = page.get_site().hostname
    for entry in entries:
        summary = entry.content
        if entry.is_postponed:
            summary = f"[Hoãn] {summary}"
        url = ""
        if base is not None:
            url = base + page.reverse_subpage(
                "week", kwargs={"key": Week.containing(entry.date).key}
            )
        yield ical.CalendarEvent(
            uid=f"lich-cong-tac-{entry.pk}@{hostname}",
            day=entry.date,
            starts=entry.starts_at,
            ends=entry.ends_at,
            summary=summary,
            location=entry.place,
            description=_description(entry),
            cancelled=entry.is_postponed,
            changed_at=entry.updated_at,
            url=url,
        )


def ical_view(request, page):
    site = page.get_site()
    since = timezone.localdate() - datetime.timedelta(days=FEED_DAYS_BACK)
    entries = ScheduleEntry.objects.public().filter(site=site, date__gte=since)
    name = f"{page.title} – {site.site_name}" if site.site_name else page.title
    body = ical.calendar(name, calendar_events(entries, page, request))
    response = HttpResponse(body.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    return response


def site_ical(request):
    """The request's site's feed at a path ending in `.ics`, which Wagtail's own routing
    cannot serve (its paths end with a slash); vnportal/urls.py may map
    `lich-cong-tac/lich-cong-tac.ics` here."""
    site = Site.find_for_request(request)
    page = None
    if site is not None:
        page = SchedulePage.objects.live().public().descendant_of(site.root_page).first()
    if page is None:
        raise Http404("Trang này không có lịch công tác.")
    return ical_view(request, page)
