"""The open data API (read-only). Every view reads its parameters first (one 400 lists
every bad one), then lists only what a reader of the portal can see."""

import datetime

from django.db.models import Prefetch, Q
from django.utils import timezone
from wagtail.models import Site

from vnportal.alerts.models import Alert
from vnportal.alerts.queries import alerts_for_site
from vnportal.feedback.models import FeedbackField, QuestionIndexPage, State, Submission
from vnportal.legaldocs.locate import IndexPages
from vnportal.legaldocs.models import (
    DocumentField,
    DocumentKind,
    DocumentRelation,
    IssuingBody,
    LegalDocument,
    Status,
)
from vnportal.legaldocs.numbering import number_key
from vnportal.news.kinds import ArticleKind
from vnportal.news.models import ArticlePage, CategoryPage, TopicPage
from vnportal.schedules.models import ScheduleEntry, SchedulePage
from vnportal.schedules.weeks import Week
from vnportal.units.models import Unit
from vnportal.units.urls_across_sites import page_absolute_url, request_origin_for

from . import representations as rep
from .errors import NotFoundError
from .http import Payload, api_view
from .pagination import paginate, read_paging
from .params import Params, day_start, path_id
from .schema import build_schema

NO_SITE = "Không có trang (site) với mã số này."
# Site roots are depth 2; anything above them is not a reader's page.
MIN_PAGE_DEPTH = 3


def _newest(*dates):
    known = [date for date in dates if date is not None]
    return max(known) if known else None


def _site_filter(params):
    site_id = params.exists("site", Site.objects.all(), NO_SITE)
    return None if site_id is None else Site.objects.select_related("root_page").get(pk=site_id)


def _listing(request, params, queryset, represent, last_modified=None):
    page, size = read_paging(params)
    params.check()
    items, envelope = paginate(request, queryset, page, size)
    envelope["results"] = represent(items)
    return Payload(envelope, last_modified(items) if last_modified and items else None)


def _public_pages(model):
    return model.objects.live().public().filter(depth__gte=MIN_PAGE_DEPTH)


def _pages_changed(items):
    return _newest(*(page.last_published_at for page in items))


# Sites and units


@api_view
def site_list(request):
    params = Params(request)
    sites = Site.objects.select_related("unit").order_by("pk")
    return _listing(request, params, sites, lambda items: [rep.site(s, request) for s in items])


@api_view
def site_detail(request, pk):
    found = Site.objects.select_related("unit").filter(pk=path_id(pk)).first()
    if found is None:
        raise NotFoundError(NO_SITE)
    return Payload(rep.site(found, request))


@api_view
def unit_list(request):
    params = Params(request)
    units = Unit.objects.select_related("parent").prefetch_related("successors").order_by("code")
    return _listing(request, params, units, lambda items: [rep.unit(u) for u in items])


# News


@api_view
def category_list(request):
    params = Params(request)
    site = _site_filter(params)
    pages = _public_pages(CategoryPage).order_by("path")
    if site is not None:
        pages = pages.descendant_of(site.root_page)
    return _listing(
        request,
        params,
        pages,
        lambda items: [rep.category(p, request) for p in items],
        _pages_changed,
    )


@api_view
def topic_list(request):
    params = Params(request)
    site = _site_filter(params)
    pages = _public_pages(TopicPage).order_by("path")
    if site is not None:
        pages = pages.descendant_of(site.root_page)
    return _listing(
        request, params, pages, lambda items: [rep.topic(p, request) for p in items], _pages_changed
    )


def _articles():
    # A republished copy is listed only while its original is live (news/queries.py).
    return (
        _public_pages(ArticlePage)
        .filter(Q(is_reference=False) | Q(original__live=True))
        .select_related("original")
        .prefetch_related("topics", "contributors", "original__contributors")
        .order_by("-published_at", "-pk")
    )


def _categories_of(pages):
    parent_paths = {page.path[: -page.steplen] for page in pages}
    found = CategoryPage.objects.filter(path__in=parent_paths)
    return {category.path: category for category in found}


def _represent_articles(request, pages, detail=False):
    categories = _categories_of(pages)
    return [
        rep.article(page, request, categories.get(page.path[: -page.steplen]), detail)
        for page in pages
    ]


def _articles_changed(items):
    return _newest(
        *(page.last_published_at for page in items),
        *(page.original.last_published_at for page in items if page.original_id),
    )


@api_view
def article_list(request):
    params = Params(request)
    site = _site_filter(params)
    category_id = params.exists(
        "category", _public_pages(CategoryPage), "Không có chuyên mục với mã số này."
    )
    topic_id = params.exists("topic", _public_pages(TopicPage), "Không có chuyên đề với mã số này.")
    kind = params.choice("kind", ArticleKind.choices)
    after = params.date("published_after")
    before = params.date("published_before")
    if after and before and after > before:
        params.errors["published_before"] = "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."
    articles = _articles()
    if site is not None:
        articles = articles.descendant_of(site.root_page)
    if category_id is not None:
        articles = articles.filter(path__startswith=CategoryPage.objects.get(pk=category_id).path)
    if topic_id is not None:
        # A topic is a page of one site: a commune's copy joins its own topics only.
        articles = articles.filter(topics=topic_id)
    if kind is not None:
        articles = articles.filter(
            Q(original__isnull=True, kind=kind) | Q(original__isnull=False, original__kind=kind)
        )
    if after is not None:
        articles = articles.filter(published_at__gte=day_start(after))
    if before is not None:
        articles = articles.filter(published_at__lt=day_start(before + datetime.timedelta(days=1)))
    return _listing(
        request,
        params,
        articles,
        lambda items: _represent_articles(request, items),
        _articles_changed,
    )


@api_view
def article_detail(request, pk):
    page = _articles().filter(pk=path_id(pk)).first()
    if page is None:
        raise NotFoundError("Không có bài viết công khai với mã số này.")
    data = _represent_articles(request, [page], detail=True)[0]
    return Payload(data, _articles_changed([page]))


# Legal documents


def _documents():
    return (
        LegalDocument.objects.public()
        .select_related("issuing_body", "field", "site")
        .prefetch_related(
            "attachments",
            Prefetch("relations", DocumentRelation.objects.select_related("target")),
        )
        .order_by("-issued_on", "-id")
    )


def _represent_documents(request, documents, detail=False):
    index_pages = IndexPages()
    result = []
    for document in documents:
        path = index_pages.document_path(document)
        url = None if path is None else request_origin_for(document.site.hostname, request) + path
        result.append(rep.document(document, request, url, detail))
    return result


def _documents_changed(items):
    return _newest(*(document.updated_at for document in items))


@api_view
def document_list(request):
    params = Params(request)
    site = _site_filter(params)
    kind = params.choice("kind", DocumentKind.choices)
    body_id = params.exists(
        "issuing_body", IssuingBody.objects.all(), "Không có cơ quan ban hành với mã số này."
    )
    field_id = params.exists(
        "field", DocumentField.objects.all(), "Không có lĩnh vực với mã số này."
    )
    year = params.integer("year", 1900, 2100)
    status = params.choice("status", Status.choices)
    number = params.text("number", 100)
    documents = _documents()
    if site is not None:
        documents = documents.filter(site=site)
    if kind is not None:
        documents = documents.filter(kind=kind)
    if body_id is not None:
        documents = documents.filter(issuing_body_id=body_id)
    if field_id is not None:
        documents = documents.filter(field_id=field_id)
    if year is not None:
        documents = documents.filter(year=year)
    if status is not None:
        documents = documents.with_status(status)
    if number is not None:
        documents = documents.filter(number_key=number_key(number))
    return _listing(
        request,
        params,
        documents,
        lambda items: _represent_documents(request, items),
        _documents_changed,
    )


@api_view
def document_detail(request, pk):
    document = _documents().filter(pk=path_id(pk)).first()
    if document is None:
        raise NotFoundError("Không có văn bản công khai với mã số này.")
    data = _represent_documents(request, [document], detail=True)[0]
    return Payload(data, document.updated_at)


# Answers to citizens' questions


def _answers():
    # The same rule as the public "Hỏi đáp" list, and `only` keeps the person's data,
    # the tracking code and the handling out of memory altogether.
    return (
        Submission.objects.filter(state=State.PUBLISHED, may_publish=True)
        .select_related("field", "commune")
        .only(*rep.ANSWER_FIELDS)
        .order_by("-published_at", "-pk")
    )


def _answer_bases(request, site_ids):
    bases = {}
    for site in Site.objects.select_related("root_page").filter(pk__in=site_ids):
        page = QuestionIndexPage.objects.live().public().descendant_of(site.root_page).first()
        bases[site.pk] = None if page is None else page_absolute_url(page, request)
    return bases


def _represent_answers(request, submissions):
    bases = _answer_bases(request, {s.site_id for s in submissions})
    return [
        rep.answer(s, f"{bases[s.site_id]}{s.pk}/" if bases.get(s.site_id) else None)
        for s in submissions
    ]


@api_view
def answer_list(request):
    params = Params(request)
    site = _site_filter(params)
    field_id = params.exists(
        "field", FeedbackField.objects.all(), "Không có lĩnh vực với mã số này."
    )
    answers = _answers()
    if site is not None:
        answers = answers.filter(site=site)
    if field_id is not None:
        answers = answers.filter(field_id=field_id)
    return _listing(request, params, answers, lambda items: _represent_answers(request, items))


@api_view
def answer_detail(request, pk):
    submission = _answers().filter(pk=path_id(pk)).first()
    if submission is None:
        raise NotFoundError("Không có câu trả lời công khai với mã số này.")
    return Payload(_represent_answers(request, [submission])[0])


# Alerts


def _alerts(queryset=None):
    queryset = Alert.objects.all() if queryset is None else queryset
    return queryset.prefetch_related("areas").order_by("-starts_at", "-pk")


def _in_force(now):
    return Q(cancelled_at__isnull=True, starts_at__lte=now, ends_at__gt=now)


@api_view
def alert_list(request):
    params = Params(request)
    site = _site_filter(params)
    active = params.boolean("active")
    now = timezone.now()
    alerts = _alerts(alerts_for_site(site.pk) if site is not None else None)
    if active is True:
        alerts = alerts.filter(_in_force(now))
    elif active is False:
        alerts = alerts.exclude(_in_force(now))
    return _listing(
        request,
        params,
        alerts,
        lambda items: [rep.alert(a, now) for a in items],
        lambda items: _newest(*(a.updated_at for a in items)),
    )


@api_view
def alert_detail(request, pk):
    found = _alerts().filter(pk=path_id(pk)).first()
    if found is None:
        raise NotFoundError("Không có cảnh báo với mã số này.")
    return Payload(rep.alert(found, timezone.now()), found.updated_at)


# Leaders' work schedules (lịch công tác)


def _schedule_pages():
    """{site id: its live, unrestricted "Lịch công tác" page}: a site whose page readers
    cannot open has no public schedule either."""
    roots = list(Site.objects.values_list("root_page__path", "pk"))
    pages = {}
    for page in SchedulePage.objects.live().public().order_by("path"):
        for root_path, site_id in roots:
            if page.path.startswith(root_path):
                pages.setdefault(site_id, page)
    return pages


def _schedule_entries(pages):
    return (
        ScheduleEntry.objects.public().filter(site_id__in=pages).order_by("date", "starts_at", "pk")
    )


def _represent_schedule(request, entries, pages):
    bases = {}
    result = []
    for entry in entries:
        page = pages[entry.site_id]
        if entry.site_id not in bases:
            bases[entry.site_id] = page_absolute_url(page, request)
        base = bases[entry.site_id]
        key = Week.containing(entry.date).key
        url = None if base is None else base + page.reverse_subpage("week", kwargs={"key": key})
        result.append(rep.schedule_entry(entry, url))
    return result


def _entries_changed(items):
    return _newest(*(entry.updated_at for entry in items))


@api_view
def schedule_list(request):
    params = Params(request)
    site = _site_filter(params)
    first = params.date("from")
    last = params.date("to")
    if first and last and first > last:
        params.errors["to"] = "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."
    pages = _schedule_pages()
    entries = _schedule_entries(pages)
    if site is not None:
        entries = entries.filter(site=site)
    if first is not None:
        entries = entries.filter(date__gte=first)
    if last is not None:
        entries = entries.filter(date__lte=last)
    return _listing(
        request,
        params,
        entries,
        lambda items: _represent_schedule(request, items, pages),
        _entries_changed,
    )


@api_view
def schedule_detail(request, pk):
    pages = _schedule_pages()
    entry = _schedule_entries(pages).filter(pk=path_id(pk)).first()
    if entry is None:
        raise NotFoundError("Không có mục lịch công tác công khai với mã số này.")
    return Payload(_represent_schedule(request, [entry], pages)[0], entry.updated_at)


@api_view
def openapi(request):
    return Payload(build_schema(request.build_absolute_uri("/api/v1/")))
