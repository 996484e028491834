"""The register as readers query it: filters, sort, search, and the filters' choices.

`documents_for(site, filters)` is what the list page, its feed and the benchmark run.
Every filter is an indexed column of the document table (status too: see status.py), so
a filtered, sorted page over 100,000 documents is an index range scan plus a count.
"""

import dataclasses
import datetime
import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.functional import cached_property

from vnportal.vntext.docnumber import DocumentNumberError, parse

from .models import (
    DocumentField,
    DocumentKind,
    IssuingBody,
    LegalDocument,
    Status,
    status_condition,
)

# How many search matches the list narrows by filters; past that, a reader refines.
MAX_SEARCH_MATCHES = 1000
MAX_TEXT = 200
CHOICES_TTL = 3600


class Sort:
    NEWEST = "moi-nhat"
    OLDEST = "cu-nhat"
    EFFECTIVE = "hieu-luc"
    NUMBER = "so-hieu"
    RELEVANCE = "lien-quan"

    CHOICES = (
        (NEWEST, "Ngày ban hành mới nhất"),
        (OLDEST, "Ngày ban hành cũ nhất"),
        (EFFECTIVE, "Ngày có hiệu lực mới nhất"),
        (NUMBER, "Số, ký hiệu"),
        (RELEVANCE, "Phù hợp nhất (khi tìm kiếm)"),
    )
    ORDER = {
        NEWEST: ("-issued_on", "-id"),
        OLDEST: ("issued_on", "id"),
        EFFECTIVE: ("-starts_on", "-issued_on", "-id"),
        NUMBER: ("number_order", "-issued_on", "-id"),
    }


@dataclasses.dataclass(frozen=True)
class DocumentFilters:
    kind: str = ""
    issuing_body_id: int | None = None
    field_id: int | None = None
    signer: str = ""
    year: int | None = None
    status: str = ""
    text: str = ""
    sort: str = Sort.NEWEST

    @property
    def is_empty(self) -> bool:
        return self == DocumentFilters(sort=self.sort)


@dataclasses.dataclass
class Found:
    """The documents to list, in order, and what the search said about the text typed.
    `count_key` names the cached count of `documents` (see `CountedPaginator`)."""

    documents: object  # a queryset
    message: str = ""
    by_number: bool = False
    count_key: str = ""


class CountedPaginator(Paginator):
    """A paginator whose count comes from the cache when the same filters were counted
    since the register last changed (and on the same day: statuses change at midnight).
    Counting a whole register is what a list page would otherwise spend most on."""

    def __init__(self, object_list, per_page, count_key=""):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self):
        if not self.count_key:
            return super().count
        found = cache.get(self.count_key)
        if found is None:
            found = super().count
            cache.set(self.count_key, found, CHOICES_TTL)
        return found


def _count_key(site, filters, today):
    wanted = dataclasses.replace(filters, sort="")
    digest = hashlib.sha256(repr(wanted).encode()).hexdigest()[:24]
    return f"legaldocs:count:{site.pk}:{_generation(site.pk)}:{today:%Y%m%d}:{digest}"


def documents_for(site, filters: DocumentFilters, today: datetime.date | None = None) -> Found:
    today = today or timezone.localdate()
    found = _found(site, filters, today)
    found.count_key = _count_key(site, filters, today)
    return found


def _narrowed(documents, filters, today):
    if filters.kind:
        documents = documents.filter(kind=filters.kind)
    if filters.issuing_body_id:
        documents = documents.filter(issuing_body_id=filters.issuing_body_id)
    if filters.field_id:
        documents = documents.filter(field_id=filters.field_id)
    if filters.signer:
        documents = documents.filter(signer=filters.signer)
    if filters.year:
        documents = documents.filter(year=filters.year)
    if filters.status:
        documents = documents.filter(status_condition(filters.status, today))
    return documents.select_related("issuing_body", "field")


def _found(site, filters, today) -> Found:
    documents = _narrowed(LegalDocument.objects.public().filter(site=site), filters, today)
    text = " ".join(filters.text.split())
    if not text:
        sort = filters.sort if filters.sort in Sort.ORDER else Sort.NEWEST
        return Found(documents.order_by(*Sort.ORDER[sort]))
    number = _as_number(text)
    if number is not None:
        # The number's own index finds a handful of rows in every site; the site and
        # `live` are checked here, since with them in the query SQLite would rather walk
        # the list's index through the whole register.
        ids = [
            pk
            for pk, site_id, live in LegalDocument.objects.filter(
                number_key=number.key
            ).values_list("pk", "site_id", "live")
            if site_id == site.pk and live
        ]
        by_number = _narrowed(LegalDocument.objects.filter(pk__in=ids), filters, today)
        if ids and by_number.exists():
            return Found(by_number.order_by("-issued_on", "-id"), by_number=True)
    return _searched(site, documents, text, filters.sort)


def _as_number(text):
    try:
        return parse(text)
    except DocumentNumberError:
        return None


def _searched(site, documents, text, sort) -> Found:
    from vnportal.search.engine import matching_object_ids
    from vnportal.search.models import Source
    from vnportal.search.results import SearchRequest

    request = SearchRequest(text=text, site_ids=(site.pk,), sources=(Source.DOCUMENT,))
    ids, results = matching_object_ids(request, MAX_SEARCH_MATCHES)
    matched = documents.filter(pk__in=ids)
    if sort in Sort.ORDER:
        return Found(matched.order_by(*Sort.ORDER[sort]), message=results.message)
    rank = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)],
        default=Value(len(ids)),
        output_field=IntegerField(),
    )
    return Found(matched.order_by(rank, "-issued_on"), message=results.message)


def _generation(site_id):
    return cache.get(f"legaldocs:generation:{site_id}", 0)


def _choices_key(site_id):
    return f"legaldocs:choices:{site_id}:{_generation(site_id)}"


def forget_choices(site_id) -> None:
    """Called when a document of the site changes: the choices are read again."""
    key = f"legaldocs:generation:{site_id}"
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, None)


def filter_choices(site) -> dict:
    """What the list's filters offer: only values that some public document of the site
    has, so that no choice leads to an empty list. Cached until a document changes."""
    key = _choices_key(site.pk)
    choices = cache.get(key)
    if choices is None:
        choices = _read_choices(site)
        cache.set(key, choices, CHOICES_TTL)
    return choices


def _read_choices(site) -> dict:
    documents = LegalDocument.objects.public().filter(site=site)
    kinds = set(documents.values_list("kind", flat=True).distinct().order_by())
    body_ids = set(documents.values_list("issuing_body_id", flat=True).distinct().order_by())
    field_ids = set(
        documents.exclude(field=None).values_list("field_id", flat=True).distinct().order_by()
    )
    signers = sorted(
        set(documents.exclude(signer="").values_list("signer", flat=True).distinct().order_by())
    )
    years = sorted(
        set(documents.values_list("year", flat=True).distinct().order_by()), reverse=True
    )
    return {
        "kinds": [(kind.value, kind.label) for kind in DocumentKind if kind.value in kinds],
        "bodies": list(IssuingBody.objects.filter(pk__in=body_ids).values_list("pk", "name")),
        "fields": list(DocumentField.objects.filter(pk__in=field_ids).values_list("pk", "name")),
        "signers": signers,
        "years": years,
        "statuses": list(Status.choices),
    }


def newest(site, limit=30):
    """The latest documents posted on the site, for the feed."""
    return (
        LegalDocument.objects.public()
        .filter(site=site)
        .select_related("issuing_body")
        .order_by("-published_at", "-id")[:limit]
    )
