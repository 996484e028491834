"""The public pages of drafts for comment, served by the site's "Lấy ý kiến" page."""

import datetime

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone

from . import actions, spam
from .forms import PRIVACY_NOTICE, CommentForm
from .models import CommentStatus, Draft, Phase

SENT_PARAM = "da-gui"
CLOSED_MESSAGE = (
    "Thời gian lấy ý kiến dự thảo này đã kết thúc lúc {time} nên ý kiến của bạn chưa được "
    "gửi. Nội dung bạn đã viết còn ở dưới đây để bạn lưu lại."
)
NOT_SAVED = (
    "Hệ thống đang gặp sự cố nên ý kiến của bạn chưa được lưu. Nội dung bạn viết vẫn ở "
    "dưới đây: hãy thử gửi lại sau ít phút."
)


def _local(value, pattern="%H:%M ngày %d/%m/%Y"):
    return timezone.localtime(value).strftime(pattern)


def _next_midnight(now):
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))


def _limit_cache(request, drafts, now):
    """A cached page must not outlive the next opening, closing or report of the drafts
    it shows, nor the midnight that changes its "Còn N ngày" (the TTL hook reads this)."""
    moments = [_next_midnight(now)]
    for draft in drafts:
        moments += [draft.opens_at, draft.closes_at]
        if draft.report_published_at:
            moments.append(draft.report_published_at)
    upcoming = [moment for moment in moments if moment > now]
    seconds = (min(upcoming) - now).total_seconds()
    request.consultations_cache_seconds = max(1, int(seconds) + 1)


def days_left_label(draft, now):
    days = draft.days_left(now)
    if days == 0:
        return f"Hạn chót hôm nay, {_local(draft.closes_at, '%H:%M')}"
    return f"Còn {days} ngày"


def draft_list(request, page):
    site = page.get_site()
    now = timezone.now()
    drafts = list(Draft.objects.public().filter(site=site).order_by("closes_at", "pk"))
    _limit_cache(request, drafts, now)
    base = page.get_url(request)
    groups = {phase: [] for phase in Phase}
    for draft in drafts:
        phase = draft.phase(now)
        groups[phase].append(
            {
                "draft": draft,
                "url": base + draft.slug + "/",
                "left": days_left_label(draft, now) if phase == Phase.OPEN else "",
            }
        )
    groups[Phase.CLOSED].reverse()  # the most recently closed first
    return TemplateResponse(
        request,
        "consultations/draft_list.html",
        {
            "page": page,
            "self": page,
            "open_rows": groups[Phase.OPEN],
            "upcoming_rows": groups[Phase.UPCOMING],
            "closed_rows": groups[Phase.CLOSED],
        },
    )


def draft_detail(request, page, slug):
    site = page.get_site()
    draft = get_object_or_404(Draft.objects.public(), site=site, slug=slug)
    now = timezone.now()
    if request.method == "POST":
        return _receive(request, page, draft, now)
    form = None
    if draft.is_open(now):
        form = CommentForm(draft=draft, initial={"started": spam.stamp()})
    return _render(request, page, draft, now, form, sent=SENT_PARAM in request.GET)


def _receive(request, page, draft, now):
    if not draft.is_open(now):
        message = CLOSED_MESSAGE.format(time=_local(draft.closes_at))
        kept = request.POST.get("content", "")
        return _render(request, page, draft, now, None, refusal=message, kept=kept, status=403)
    form = CommentForm(request.POST, draft=draft)
    sent_url = f"{page.get_url(request)}{draft.slug}/?{SENT_PARAM}=1#gop-y"
    limited = spam.rate_limited(request)
    if limited:
        form.fresh_stamp()
        return _render(request, page, draft, now, form, refusal=limited, status=429)
    if form.is_bot():
        spam.count_comment(request)
        return HttpResponseRedirect(sent_url)
    problem = spam.fill_time_problem(request.POST.get("started"))
    if problem:
        form.fresh_stamp()
        return _render(request, page, draft, now, form, refusal=problem)
    if not form.is_valid():
        return _render(request, page, draft, now, form)
    data = form.cleaned_data
    try:
        actions.submit_comment(
            draft,
            name=data["name"],
            contact=data["contact"],
            shown_name=form.shown_name(),
            content=data["content"],
            section=data.get("section"),
        )
    except actions.NotSavedError:
        return _render(request, page, draft, now, form, refusal=NOT_SAVED, status=503)
    spam.count_comment(request)
    return HttpResponseRedirect(sent_url)


def _render(request, page, draft, now, form, sent=False, refusal="", kept="", status=200):
    comments = list(
        draft.comments.filter(status=CommentStatus.APPROVED)
        .select_related("section")
        .only(
            "pk",
            "shown_name",
            "content",
            "submitted_at",
            "uptake",
            "response",
            "section__heading",
            "draft_id",
        )
    )
    phase = draft.phase(now)
    _limit_cache(request, [draft], now)
    return TemplateResponse(
        request,
        "consultations/draft_detail.html",
        {
            "page": page,
            "self": page,
            "draft": draft,
            "phase": phase,
            "is_open": phase == Phase.OPEN,
            "left": days_left_label(draft, now) if phase == Phase.OPEN else "",
            "sections": list(draft.sections.all()),
            "files": list(draft.files.all()),
            "comments": comments,
            "report_published": draft.report_is_published(now),
            "form": form,
            "sent": sent,
            "refusal": refusal,
            "kept": kept,
            "privacy_notice": PRIVACY_NOTICE,
        },
        status=status,
    )
