"""The requests of the legal-documents benchmark and how one is timed.

A request is what the public list page asks the database: the count ("Tìm thấy 1.234 văn
bản"), one page of 20 documents with their body and field, and the filter choices (from
the cache after the first call). Families group requests of one shape; each family holds
several parameter draws taken from the register's own values.
"""

import dataclasses
import random
import time

from django.core.cache import cache

from vnportal.legaldocs.models import LegalDocument, Status
from vnportal.legaldocs.queries import (
    CountedPaginator,
    DocumentFilters,
    Sort,
    documents_for,
    filter_choices,
)

PAGE_SIZE = 20


def list_page(site, filters, page=1, cached_count=False):
    """What the list page reads; returns the count so callers can check it.

    `cached_count`: the count as the page gets it (queries.CountedPaginator: from the
    cache when these filters were counted since the register last changed, today);
    otherwise counted every time.
    """
    found = documents_for(site, filters)
    documents = found.documents
    if cached_count:
        total = CountedPaginator(documents, PAGE_SIZE, found.count_key).count
    else:
        total = documents.count()
    offset = (page - 1) * PAGE_SIZE
    rows = list(documents[offset : offset + PAGE_SIZE])
    # The page prints these for each row: select_related must spare a query each.
    _ = [(row.issuing_body.name, row.field and row.field.name, row.status) for row in rows]
    filter_choices(site)
    return total


def filters_only(filters):
    return dataclasses.replace(filters, sort="")


def families(site, rng, draws):
    """{family: [(filters, page), ...]} drawn from the register's values."""
    choices = filter_choices(site)
    public = LegalDocument.objects.public().filter(site=site)
    kinds = [value for value, _ in choices["kinds"]]
    bodies = [pk for pk, _ in choices["bodies"]]
    fields = [pk for pk, _ in choices["fields"]]
    signers = choices["signers"]
    years = choices["years"]
    recent = [year for year in years if year >= years[0] - 10]
    numbers = list(public.order_by("?").values_list("number", flat=True)[:draws])

    def pick(values):
        return [rng.choice(values) for _ in range(draws)]

    def each(make):
        return [(make(), 1) for _ in range(draws)]

    statuses = {
        Status.NOT_YET: "not yet in force",
        Status.IN_FORCE: "in force",
        Status.PARTLY_ENDED: "partly ended",
        Status.ENDED: "ended",
    }
    mix = {
        "no filter": [(DocumentFilters(), 1)] * draws,
        "kind": [(DocumentFilters(kind=value), 1) for value in pick(kinds)],
        "body": [(DocumentFilters(issuing_body_id=value), 1) for value in pick(bodies)],
        "field": [(DocumentFilters(field_id=value), 1) for value in pick(fields)],
        "signer": [(DocumentFilters(signer=value), 1) for value in pick(signers)],
        "year": [(DocumentFilters(year=value), 1) for value in pick(recent)],
    }
    for status, label in statuses.items():
        mix[f"status: {label}"] = [(DocumentFilters(status=status), 1)] * draws
    mix["kind + year"] = each(
        lambda: DocumentFilters(kind=rng.choice(kinds[:6]), year=rng.choice(recent))
    )
    mix["body + field"] = each(
        lambda: DocumentFilters(issuing_body_id=rng.choice(bodies), field_id=rng.choice(fields))
    )
    mix["kind + status in force"] = each(
        lambda: DocumentFilters(kind=rng.choice(kinds), status=Status.IN_FORCE)
    )
    mix["body + kind + year"] = each(
        lambda: DocumentFilters(
            issuing_body_id=rng.choice(bodies[:10]),
            kind=rng.choice(kinds[:6]),
            year=rng.choice(recent),
        )
    )
    mix["field + year + status"] = each(
        lambda: DocumentFilters(
            field_id=rng.choice(fields), year=rng.choice(recent), status=rng.choice(list(statuses))
        )
    )
    for sort, label in (
        (Sort.OLDEST, "oldest"),
        (Sort.EFFECTIVE, "effective"),
        (Sort.NUMBER, "number"),
    ):
        mix[f"sort {label}"] = [(DocumentFilters(sort=sort), 1)] * draws
        mix[f"kind + sort {label}"] = each(
            lambda sort=sort: DocumentFilters(kind=rng.choice(kinds), sort=sort)
        )
    mix["page 50"] = [(DocumentFilters(), 50)] * draws
    mix["page 500"] = [(DocumentFilters(), 500)] * draws
    mix["kind, page 50"] = each(lambda: DocumentFilters(kind=rng.choice(kinds[:3])))
    mix["kind, page 50"] = [(filters, 50) for filters, _ in mix["kind, page 50"]]
    mix["number typed"] = [(DocumentFilters(text=number), 1) for number in numbers]
    return mix


def timed(call):
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(site, mix, repeat, seed, **changes):
    """Samples in ms per family. Every request runs once to warm up (not kept); then the
    whole mix runs `repeat` times, shuffled, so families meet the same machine load."""
    requests = [(family, filters, page) for family, items in mix.items() for filters, page in items]
    for _, filters, page in requests:
        list_page(site, filters, page, **changes)
    samples = {family: [] for family in mix}
    rng = random.Random(seed)
    for _ in range(repeat):
        rng.shuffle(requests)
        for family, filters, page in requests:
            samples[family].append(
                timed(lambda f=filters, p=page: list_page(site, f, p, **changes))
            )
    return samples


def measure_cold_choices(site, times):
    """filter_choices with an empty cache: the first list request after a document changed."""

    samples = []
    for _ in range(times):
        cache.clear()
        samples.append(timed(lambda: filter_choices(site)))
    return samples
