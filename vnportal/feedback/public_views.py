"""The public pages of "Hỏi đáp", served by the site's QuestionIndexPage (models.py):
the published answers, the form to ask, and the tracking page with its rating.

What a person sends is kept in the session only as far as the next page needs it (the
receipt after sending, the submission looked up for the rating step), never in a URL.
The public list and detail read only what may be published: the person's name and
contacts are not even loaded.
"""

import datetime
import logging
import time

from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import constant_time_compare

from vnportal.core.client_address import client_address
from vnportal.core.linked_text import linked_html

from . import intake, ratelimit, tracking, workdays
from .models import (
    ANSWERED_STATES,
    Event,
    FeedbackField,
    SatisfactionRating,
    State,
    Submission,
)
from .public_forms import (
    AnswerFilterForm,
    RatingForm,
    SubmissionForm,
    TrackForm,
    normalize_phone,
)

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
PAGE_PARAM = "trang"
RECEIVED_PARAM = "da-tiep-nhan"
RECEIPT_KEY = "feedback_receipt"
TRACKED_KEY = "feedback_tracked"
# A lookup stays open this long, so a shared computer does not keep showing it.
TRACKED_SECONDS = 30 * 60
PERSONAL_FIELDS = ("name", "phone", "email", "address")

NOT_SAVED = (
    "Chưa lưu được câu hỏi của bạn do sự cố hệ thống. Nội dung bạn đã nhập vẫn còn trong "
    "ô bên dưới; vui lòng gửi lại sau ít phút."
)
FILES_AGAIN = "Nếu có tệp đính kèm, vui lòng chọn lại tệp trước khi gửi."
TOO_MANY_SUBMISSIONS = (
    "Đã có nhiều câu hỏi được gửi từ máy của bạn hoặc với số điện thoại, thư điện tử này "
    "trong thời gian ngắn, nên câu hỏi này chưa được lưu. Nội dung bạn đã nhập vẫn còn "
    "trong ô bên dưới; vui lòng gửi lại sau."
)
WRONG_PAIR = (
    "Không tìm thấy câu hỏi nào khớp với mã tra cứu và số điện thoại hoặc thư điện tử đã "
    "nhập. Vui lòng kiểm tra lại cả hai."
)
TOO_MANY_LOOKUPS = (
    "Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau một giờ."
)
ALREADY_RATED = "Câu trả lời này đã được đánh giá. Mỗi câu hỏi chỉ được đánh giá một lần."
NOT_RATEABLE = "Câu hỏi này chưa có câu trả lời để đánh giá."


def _subpage_url(page, request, name):
    return page.get_url(request) + page.reverse_subpage(name)


def _private(response):
    # These pages carry a person's own data or a one-time token: never cached anywhere.
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response


# Asking


def submit(request, page):
    site = page.get_site()
    if request.method == "POST":
        return _receive(request, page, site)
    if RECEIVED_PARAM in request.GET:
        receipt = request.session.get(RECEIPT_KEY)
        if receipt and receipt.get("site") == site.pk:
            return _received_page(request, page, receipt)
        return HttpResponseRedirect(_subpage_url(page, request, "submit"))
    return _form_page(request, page, SubmissionForm(site=site))


def _form_page(request, page, form, status=200, notice=""):
    return _private(
        TemplateResponse(
            request,
            "feedback/submit.html",
            {
                "page": page,
                "self": page,
                "form": form,
                "notice": notice,
                "files_again": FILES_AGAIN if form.is_bound and request.FILES else "",
                "track_url": _subpage_url(page, request, "track"),
            },
            status=status,
        )
    )


def _receive(request, page, site):
    form = SubmissionForm(request.POST, request.FILES, site=site)
    address = client_address(request)
    if not form.is_valid():
        form.renew_checks()
        return _form_page(request, page, form)
    if form.honeypot_filled:
        # A script: it sees the same receipt a person would, and nothing is saved.
        ratelimit.hit(ratelimit.SUBMIT_PER_ADDRESS, address)
        field = form.cleaned_data["field"]
        due_on = workdays.due_date(timezone.localdate(), field.due_working_days)
        return _redirect_to_receipt(request, page, site, tracking.new_code(), due_on, form)
    contacts = form.contacts()
    if ratelimit.exceeded(ratelimit.SUBMIT_PER_ADDRESS, address) or any(
        ratelimit.exceeded(ratelimit.SUBMIT_PER_CONTACT, contact) for contact in contacts
    ):
        form.renew_checks()
        return _form_page(request, page, form, status=429, notice=TOO_MANY_SUBMISSIONS)
    try:
        submission = intake.receive(site, form.submission_fields(), form.checked_files())
    except intake.NotSavedError:
        logger.exception("A submission to site %s could not be saved", site.pk)
        form.renew_checks()
        return _form_page(request, page, form, status=503, notice=NOT_SAVED)
    ratelimit.hit(ratelimit.SUBMIT_PER_ADDRESS, address)
    for contact in contacts:
        ratelimit.hit(ratelimit.SUBMIT_PER_CONTACT, contact)
    return _redirect_to_receipt(
        request, page, site, submission.tracking_code, submission.due_on, form
    )


def _redirect_to_receipt(request, page, site, code, due_on, form):
    request.session[RECEIPT_KEY] = {
        "site": site.pk,
        "code": code,
        "due": due_on.isoformat(),
        "title": form.cleaned_data["title"],
        "contact": "phone" if form.cleaned_data["phone"] else "email",
    }
    return HttpResponseRedirect(f"{_subpage_url(page, request, 'submit')}?{RECEIVED_PARAM}=1")


def _received_page(request, page, receipt):
    return _private(
        TemplateResponse(
            request,
            "feedback/received.html",
            {
                "page": page,
                "self": page,
                "code": tracking.shown(receipt["code"]),
                "due_on": datetime.date.fromisoformat(receipt["due"]),
                "title": receipt["title"],
                "by_phone": receipt["contact"] == "phone",
                "track_url": _subpage_url(page, request, "track"),
                "list_url": page.get_url(request),
            },
        )
    )


# Tracking and rating


def track(request, page):
    site = page.get_site()
    submission = _tracked(request, site)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "ket-thuc":
            request.session.pop(TRACKED_KEY, None)
            return HttpResponseRedirect(_subpage_url(page, request, "track"))
        if action == "danh-gia" and submission is not None:
            return _rate(request, page, submission)
        return _look_up(request, page, site)
    return _track_page(request, page, TrackForm(), submission)


def _tracked(request, site):
    """The submission this browser looked up, while the lookup is still open."""
    held = request.session.get(TRACKED_KEY)
    if not held or held.get("site") != site.pk:
        return None
    if time.time() - held.get("at", 0) > TRACKED_SECONDS:
        request.session.pop(TRACKED_KEY, None)
        return None
    return (
        Submission.objects.filter(site=site, pk=held.get("pk"))
        .select_related("field")
        .defer(*PERSONAL_FIELDS)
        .first()
    )


def _track_page(request, page, form, submission, status=200, rating_form=None, notice=""):
    context = {
        "page": page,
        "self": page,
        "form": form,
        "notice": notice,
        "submit_url": _subpage_url(page, request, "submit"),
        "submission": submission,
    }
    if submission is not None:
        answered = submission.state in ANSWERED_STATES and bool(submission.answer)
        rated = SatisfactionRating.objects.filter(submission=submission).exists()
        context.update(
            code=tracking.shown(submission.tracking_code),
            answered=answered,
            rated=rated,
            rejected=submission.state == State.REJECTED,
            rating_form=(rating_form or RatingForm()) if answered and not rated else None,
        )
    return _private(TemplateResponse(request, "feedback/track.html", context, status=status))


def _look_up(request, page, site):
    form = TrackForm(request.POST)
    if not form.is_valid():
        return _track_page(request, page, form, None)
    address = client_address(request)
    code = form.typed_code()
    if ratelimit.exceeded(ratelimit.TRACK_PER_ADDRESS, address) or ratelimit.exceeded(
        ratelimit.TRACK_PER_CODE, code
    ):
        return _track_page(request, page, form, None, status=429, notice=TOO_MANY_LOOKUPS)
    ratelimit.hit(ratelimit.TRACK_PER_ADDRESS, address)
    ratelimit.hit(ratelimit.TRACK_PER_CODE, code)
    found = Submission.objects.filter(site=site, tracking_code=code).first()
    if found is None or not _contact_matches(found, form.cleaned_data["contact"]):
        form.add_error(None, WRONG_PAIR)
        return _track_page(request, page, form, None)
    request.session.cycle_key()
    request.session[TRACKED_KEY] = {"site": site.pk, "pk": found.pk, "at": time.time()}
    return HttpResponseRedirect(_subpage_url(page, request, "track"))


def _contact_matches(submission, typed) -> bool:
    typed = typed.strip()
    if "@" in typed:
        given = submission.email.lower()
        return bool(given) and constant_time_compare(given, typed.lower())
    phone = normalize_phone(typed)
    given = normalize_phone(submission.phone) or submission.phone
    return bool(phone and given) and constant_time_compare(given, phone)


def _rate(request, page, submission):
    answered = submission.state in ANSWERED_STATES and bool(submission.answer)
    if not answered:
        return _track_page(request, page, TrackForm(), submission, notice=NOT_RATEABLE)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _track_page(request, page, TrackForm(), submission, rating_form=form)
    try:
        with transaction.atomic():
            SatisfactionRating.objects.create(
                submission=submission,
                value=form.cleaned_data["value"],
                comment=form.cleaned_data["comment"],
            )
            # Decree 224/2026 art. 10: ratings are confidential, so the log says only
            # that one was given.
            Event.objects.create(submission=submission, action=Event.Action.RATED)
    except IntegrityError:
        return _track_page(request, page, TrackForm(), submission, notice=ALREADY_RATED)
    return HttpResponseRedirect(_subpage_url(page, request, "track"))


# Published answers


def public_answers(site):
    """The site's answers that may be shown to anyone, newest first, without the
    person's data."""
    return (
        Submission.objects.filter(site=site, state=State.PUBLISHED, may_publish=True)
        .select_related("field")
        .defer(*PERSONAL_FIELDS)
        .order_by("-published_at", "-pk")
    )


def answer_list(request, page):
    site = page.get_site()
    answers = public_answers(site)
    fields = list(
        FeedbackField.objects.filter(
            submissions__site=site,
            submissions__state=State.PUBLISHED,
            submissions__may_publish=True,
        )
        .distinct()
        .order_by("name")
    )
    form = AnswerFilterForm(request.GET or None, fields=fields)
    slug = form.field_slug()
    if slug:
        answers = answers.filter(field__slug=slug)
    paginator = Paginator(answers, PAGE_SIZE)
    shown = paginator.get_page(request.GET.get(PAGE_PARAM))
    base = page.get_url(request)
    return TemplateResponse(
        request,
        "feedback/answer_list.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "answers": shown,
            "rows": [{"answer": answer, "url": f"{base}{answer.pk}/"} for answer in shown],
            "total": paginator.count,
            "total_label": f"{paginator.count:,}".replace(",", "."),
            "filtered": bool(slug),
            "page_range": paginator.get_elided_page_range(shown.number),
            "submit_url": _subpage_url(page, request, "submit"),
            "track_url": _subpage_url(page, request, "track"),
        },
    )


def answer_detail(request, page, pk):
    site = page.get_site()
    answer = public_answers(site).filter(pk=pk).first()
    if answer is None:
        raise Http404("Không có câu trả lời công khai này.")
    return TemplateResponse(
        request,
        "feedback/answer_detail.html",
        {
            "page": page,
            "self": page,
            "answer": answer,
            # The register's rendering, with the document numbers it cites linked.
            "answer_html": linked_html(answer, "answer"),
            "list_url": page.get_url(request),
            "submit_url": _subpage_url(page, request, "submit"),
        },
    )
