"""SQLite FTS5: ``vnsearch_fts(title, body, title_marks, body_marks, tags)``, rowid = entry.

``title`` and ``body`` hold folded tokens and are what a query matches; the marks columns
(stored, not indexed) hold the words as spelled, tone placement unified, which ranking
reads; ``tags`` holds the site, kind and category (``filters.tags``). ``bm25`` weighs
title over body. A match expression is built from quoted tokens only (``vntext.query``),
so nothing typed is ever read as FTS5 syntax.
"""

import math
import time

from django.db import connection

from vnportal.vntext import fts5_match_expression

from ..models import SearchEntry, SearchTerm
from .filters import Filters, tags

TABLE = "vnsearch_fts"
# Above this many matches, only the title matches and the most recent ones are scored.
BROAD = 3000
# title, body, title_marks, body_marks, tags
WEIGHTS = "10.0, 1.0, 0.0, 0.0, 0.0"


def insert(rows):
    """Store ``(entry, (title, body, title_marks, body_marks))`` pairs: the unsaved
    entries, then their full-text rows."""
    entries = SearchEntry.objects.bulk_create([entry for entry, _ in rows])
    if entries and entries[0].pk is None:
        # SQLite before 3.35 returns no ids from a bulk insert.
        raise RuntimeError("The database did not return the ids of new search entries")
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {TABLE}(rowid, title, body, title_marks, body_marks, tags) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [
                (entry.pk, *texts, tags(entry.site_id, entry.source, entry.category_id))
                for entry, (_, texts) in zip(entries, rows, strict=True)
            ],
        )


def analyze():
    """Nothing to do: FTS5 keeps what it needs."""


def delete(entry_ids):
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(i,) for i in entry_ids])


def clear():
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


def _match(plan, filters: Filters, prefix=False, columns="title body"):
    expression = fts5_match_expression(plan.query, prefix=prefix)
    if not expression or filters.impossible:
        return ""
    match = f"{{{columns}}} : ({expression})"
    restriction = filters.fts()
    return f"{match} AND {restriction}" if restriction else match


def _select(columns, match, filters: Filters, tail="", params=()):
    """SQL and parameters over the FTS table, joined to entries only for a date range."""
    if filters.has_dates:
        dates, date_params = filters.dates()
        sql = (
            f"SELECT {columns} FROM {TABLE} f JOIN vnsearch_searchentry e ON e.id = f.rowid "
            f"WHERE {TABLE} MATCH %s{dates}{tail}"
        )
        return sql, [match, *date_params, *params]
    return f"SELECT {columns} FROM {TABLE} f WHERE {TABLE} MATCH %s{tail}", [match, *params]


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def count(plan, filters: Filters, limit: int | None = None) -> int:
    """How many entries match, or ``limit`` when at least that many do."""
    match = _match(plan, filters)
    if not match:
        return 0
    if limit is None:
        return _fetch(*_select("count(*)", match, filters))[0][0]
    sql, params = _select("f.rowid", match, filters, " LIMIT %s", [limit])
    return _fetch(f"SELECT count(*) FROM ({sql})", params)[0][0]


def best(plan, filters: Filters, limit: int, *, min_id=None, offset=0, titles=False, exclude=()):
    """``[(entry_id, score)]``: the top matches by bm25 (higher is better); only from
    ``min_id`` up when given, only title matches (scored on titles) with ``titles``,
    none of ``exclude``."""
    match = _match(plan, filters, columns="title" if titles else "title body")
    if not match:
        return []
    tail, params = "", []
    if min_id is not None:
        # FTS5 seeks to a rowid range in its doclists: a cheap restriction.
        tail += " AND f.rowid >= %s"
        params.append(min_id)
    if exclude:
        tail += f" AND f.rowid NOT IN ({', '.join(['%s'] * len(exclude))})"
        params += list(exclude)
    tail += " ORDER BY score DESC, f.rowid DESC LIMIT %s OFFSET %s"
    columns = f"f.rowid, -bm25({TABLE}, {WEIGHTS}) AS score"
    return _fetch(*_select(columns, match, filters, tail, [*params, limit, offset]))


def features(plan, ids) -> dict[int, tuple[bool, bool, float]]:
    """For each of ``ids``: whether a whole reading of the query stands as a phrase in
    its title or body, whether two neighbouring query words do, and the share of the
    words typed with diacritics that it spells so.

    Read from the stored folded text and checked as substrings, which is what a phrase
    is in space-separated tokens: a MATCH limited to a list of rowids would evaluate
    the whole query once per rowid.
    """
    if not ids:
        return {}
    sql = (
        f"SELECT rowid, title, body, title_marks, body_marks FROM {TABLE} "
        f"WHERE rowid IN ({', '.join(['%s'] * len(ids))})"
    )
    check = _Checker(plan)
    return {row[0]: check.features(*row[1:]) for row in _fetch(sql, list(ids))}


def few(plan, filters: Filters, limit: int):
    """Every match with its score and features, when there are at most ``limit``;
    else None.

    For a handful of matches, reading their text and scoring it here (bm25, with the
    document frequencies of the vocabulary) is several times cheaper than FTS5's bm25,
    which scans each query word's whole doclist to count the texts that have it.
    """
    match = _match(plan, filters)
    if not match:
        return []
    columns = "f.rowid, f.title, f.body, f.title_marks, f.body_marks"
    rows = _fetch(*_select(columns, match, filters, " LIMIT %s", [limit + 1]))
    if len(rows) > limit:
        return None
    check = _Checker(plan, scoring=True)
    return [(row[0], check.bm25(row[1], row[2]), check.features(*row[1:])) for row in rows]


_counted: tuple[int, float, int] | None = None


def _entry_count() -> int:
    """How many entries the index has, for document frequencies; counted again when
    this process wrote to the index or after a minute (another process may have)."""
    global _counted
    from .. import indexing

    now = time.monotonic()
    if _counted is None or _counted[0] != indexing.generation or now - _counted[1] > 60:
        _counted = (indexing.generation, now, SearchEntry.objects.count())
    return max(_counted[2], 1)


class _Checker:
    """What ranking needs to know of one text, from its folded and marked words."""

    TITLE_WEIGHT = 10.0
    K1 = 1.2
    B = 0.75
    AVERAGE_LENGTH = 2500  # characters of folded body text, about the news median

    def __init__(self, plan, scoring=False):
        self.readings = [f" {' '.join(r)} " for r in plan.readings if len(r) > 1]
        self.bigrams = [f" {first} {second} " for first, second in plan.bigrams]
        self.keys = [f" {key} " for key in plan.accent_keys]
        # Document frequencies are only needed to score, not to check features.
        self.weights = self._weights(plan) if scoring else {}

    @staticmethod
    def _weights(plan):
        tokens = {token for reading in plan.readings for token in reading}
        documents = dict(
            SearchTerm.objects.filter(token__in=tokens).values_list("token", "documents")
        )
        total = _entry_count()
        return {
            f" {token} ": math.log(1 + max(total - n + 0.5, 0.5) / (n + 0.5))
            for token, n in ((token, documents.get(token, 1)) for token in tokens)
        }

    def features(self, title, body, title_marks, body_marks):
        text = f" {title} | {body} "
        marks = f" {title_marks} | {body_marks} "
        return (
            any(reading in text for reading in self.readings),
            any(bigram in text for bigram in self.bigrams),
            sum(key in marks for key in self.keys) / len(self.keys) if self.keys else 0.0,
        )

    def bm25(self, title, body):
        title, body = f" {title} ", f" {body} "
        norm = self.K1 * (1 - self.B + self.B * len(body) / self.AVERAGE_LENGTH)
        score = 0.0
        for token, weight in self.weights.items():
            frequency = self.TITLE_WEIGHT * title.count(token) + body.count(token)
            if frequency:
                score += weight * frequency * (self.K1 + 1) / (frequency + norm)
        return score


def newest(plan, filters: Filters, limit: int, offset: int = 0):
    match = _match(plan, filters)
    if not match:
        return []
    sql, params = _select("f.rowid", match, filters)
    sql = (
        f"SELECT e.id, 0 FROM vnsearch_searchentry e WHERE e.id IN ({sql}) "
        "ORDER BY e.published_at IS NULL, e.published_at DESC, e.id DESC LIMIT %s OFFSET %s"
    )
    return _fetch(sql, [*params, limit, offset])


def in_titles(plan, filters: Filters, limit: int):
    """Entry ids whose title matches, the last token as a prefix (search as you type)."""
    match = _match(plan, filters, prefix=True, columns="title")
    if not match:
        return []
    tail = " ORDER BY score DESC, f.rowid DESC LIMIT %s"
    columns = f"f.rowid, -bm25({TABLE}, {WEIGHTS}) AS score"
    return [row[0] for row in _fetch(*_select(columns, match, filters, tail, [limit]))]
