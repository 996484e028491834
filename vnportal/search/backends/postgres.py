"""PostgreSQL: ``tsvector`` columns on the entry table, built with the ``simple``
configuration from already-folded text (PostgreSQL has no Vietnamese configuration, and
needs none: ``vntext`` did the folding).

- ``document``: folded title (weight A) and body (B); GIN-indexed; what a query matches.
- ``title_document``: the folded title alone, GIN-indexed, for the title-first look.
- ``marks``: the words as spelled, tone placement unified, space-separated text that
  ranking reads.
"""

from django.db import connection, transaction

from vnportal.vntext import tsquery_expression

from .filters import Filters

# Scoring a match unpacks its whole vector: above this many matches, only the title
# matches and the most recent ones are scored (see ``ranking``).
BROAD = 1000
# ts_rank's weights are listed {D, C, B, A}: a title word counts ten body words.
WEIGHTS = "{0.1, 0.1, 0.1, 1.0}"

_COLUMNS = "source, object_id, site_id, url_path, title, body, kind, category_id, published_at"


def insert(rows):
    """Store ``(entry, (title, body, title_marks, body_marks))`` pairs: each entry row
    with its vectors, in one statement per batch."""
    columns = list(zip(*((*_entry_values(entry), *texts) for entry, texts in rows), strict=True))
    sql = (
        f"INSERT INTO vnsearch_searchentry ({_COLUMNS}, document, title_document, marks) "
        "SELECT s, o, si, u, t, b, k, c, p, "
        "setweight(to_tsvector('simple', tf), 'A') || setweight(to_tsvector('simple', bf), 'B'), "
        "to_tsvector('simple', tf), ' ' || tm || ' ' || bm || ' ' "
        "FROM unnest(%s::text[], %s::bigint[], %s::int[], %s::text[], %s::text[], %s::text[], "
        "%s::text[], %s::bigint[], %s::timestamptz[], %s::text[], %s::text[], %s::text[], "
        "%s::text[]) AS x(s, o, si, u, t, b, k, c, p, tf, bf, tm, bm)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(column) for column in columns])


def _entry_values(entry):
    return (
        entry.source,
        entry.object_id,
        entry.site_id,
        entry.url_path,
        entry.title,
        entry.body,
        entry.kind,
        entry.category_id,
        entry.published_at,
    )


def analyze():
    """After a bulk build: without fresh statistics the planner misjudges how many rows a
    word matches, and picks slow plans."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE vnsearch_searchentry")


def delete(entry_ids):
    # The vectors live on the entry rows, which the caller deletes.
    return None


def clear():
    return None


def _sanitised(token):
    return "".join(char for char in token if char.isascii() and char.isalnum())


def _fetch(sql, params):
    # When a query matches much of the table the planner prefers a sequential scan, which
    # unpacks every row's vector; the GIN index answers such a match exactly, so the
    # scan is never cheaper here.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(sql, params)
        return cursor.fetchall()


def _match(plan, filters, prefix=False):
    if filters.impossible:
        return ""
    return tsquery_expression(plan.query, prefix=prefix)


def count(plan, filters: Filters, limit: int | None = None) -> int:
    """How many entries match, or ``limit`` when at least that many do."""
    match = _match(plan, filters)
    if not match:
        return 0
    where, params = filters.where()
    sql = (
        f"SELECT 1 FROM vnsearch_searchentry e WHERE e.document @@ to_tsquery('simple', %s){where}"
    )
    if limit is not None:
        # A phrase is checked against each row's positions: stop once enough are found.
        sql += " LIMIT %s"
        params.append(limit)
    return _fetch(f"SELECT count(*) FROM ({sql}) matches", [match, *params])[0][0]


def best(plan, filters: Filters, limit: int, *, min_id=None, offset=0, titles=False, exclude=()):
    """``[(entry_id, score)]``: the top matches by ts_rank (higher is better); only from
    ``min_id`` up when given, only title matches (scored on titles) with ``titles``,
    none of ``exclude``."""
    match = _match(plan, filters)
    if not match:
        return []
    where, params = filters.where()
    if min_id is not None:
        where += " AND e.id >= %s"
        params.append(min_id)
    if exclude:
        where += " AND NOT (e.id = ANY(%s))"
        params.append(list(exclude))
    column = "title_document" if titles else "document"
    sql = (
        f"SELECT e.id, ts_rank('{WEIGHTS}', e.{column}, q) AS score "
        "FROM vnsearch_searchentry e, to_tsquery('simple', %s) q "
        f"WHERE e.{column} @@ q{where} ORDER BY score DESC, e.id DESC LIMIT %s OFFSET %s"
    )
    return _fetch(sql, [match, *params, limit, offset])


def few(plan, filters: Filters, limit: int):
    """None: PostgreSQL keeps no folded text to score here, and ranks few matches fast."""
    return None


def _having(column, query, ids):
    if not ids or not query:
        return set()
    sql = (
        f"SELECT e.id FROM vnsearch_searchentry e "
        f"WHERE e.id = ANY(%s) AND e.{column} @@ to_tsquery('simple', %s)"
    )
    return {row[0] for row in _fetch(sql, [list(ids), query])}


def _phrases(phrases):
    alternatives = []
    for tokens in phrases:
        tokens = [token for token in map(_sanitised, tokens) if token]
        if len(tokens) > 1:
            alternatives.append(f"({' <-> '.join(tokens)})")
    return " | ".join(dict.fromkeys(alternatives))


def features(plan, ids) -> dict[int, tuple[bool, bool, float]]:
    """For each of ``ids``: whether a whole reading of the query stands as a phrase in
    its title or body, whether two neighbouring query words do, and the share of the
    words typed with diacritics that it spells so."""
    whole = _having("document", _phrases(plan.readings), ids)
    neighbours = _having("document", _phrases(plan.bigrams), ids)
    keys = [f" {key} " for key in plan.accent_keys]
    marks = dict.fromkeys(ids, 0.0)
    if keys and ids:
        rows = _fetch("SELECT id, marks FROM vnsearch_searchentry WHERE id = ANY(%s)", [list(ids)])
        for entry_id, spelled in rows:
            marks[entry_id] = sum(key in (spelled or "") for key in keys) / len(keys)
    return {
        entry_id: (entry_id in whole, entry_id in neighbours, marks[entry_id]) for entry_id in ids
    }


def newest(plan, filters: Filters, limit: int, offset: int = 0):
    match = _match(plan, filters)
    if not match:
        return []
    where, params = filters.where()
    sql = (
        "SELECT e.id, 0 FROM vnsearch_searchentry e "
        f"WHERE e.document @@ to_tsquery('simple', %s){where} "
        "ORDER BY e.published_at DESC NULLS LAST, e.id DESC LIMIT %s OFFSET %s"
    )
    return _fetch(sql, [match, *params, limit, offset])


def in_titles(plan, filters: Filters, limit: int):
    """Entry ids whose title matches, the last token as a prefix (search as you type)."""
    match = _match(plan, filters, prefix=True)
    if not match:
        return []
    where, params = filters.where()
    sql = (
        "SELECT e.id FROM vnsearch_searchentry e "
        f"WHERE e.title_document @@ to_tsquery('simple', %s){where} "
        "ORDER BY length(e.title), e.id DESC LIMIT %s"
    )
    return [row[0] for row in _fetch(sql, [match, *params, limit])]
