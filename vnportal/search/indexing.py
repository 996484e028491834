"""Write to the index: entries (original text) and their folded, searchable form.

Everything that changes the index goes through here, whichever database is in use, so
the entry table, the full-text side and the vocabulary never disagree.
"""

from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice

from django.db import connection, transaction
from django.db.models import F
from django.db.models.functions import Greatest

from .backends import get_backend
from .documents import IndexDocument
from .folding import fold_texts, searchable
from .models import SearchEntry, SearchTerm

BATCH = 500
KIND_LENGTH = SearchEntry._meta.get_field("kind").max_length

# Bumped on every write, so that a process's cached vocabulary knows it is stale.
generation = 0


def _prepared(document: IndexDocument, folded=None):
    title, body, texts, terms = folded or fold_texts(document.title, document.body)
    entry = SearchEntry(
        source=document.source,
        object_id=document.object_id,
        site_id=document.site_id,
        url_path=document.url_path,
        title=title,
        body=body,
        kind=document.kind[:KIND_LENGTH],
        category_id=document.category_id,
        published_at=document.published_at,
    )
    return entry, texts, terms


def _prepared_batch(batch):
    return [_prepared(document) for document in batch]


def _batches(documents: Iterable[IndexDocument]) -> Iterator[list[IndexDocument]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def index_documents(documents: Iterable[IndexDocument], *, fresh: bool = False) -> int:
    """Add or replace ``documents`` in the index; return how many were written.

    With ``fresh`` the index is taken to be empty (a rebuild, a benchmark): nothing is
    looked up or deleted first, and the vocabulary is counted exactly at the end.
    """
    if fresh:
        # One transaction for a bulk build: a commit per batch costs more than the batch.
        with transaction.atomic():
            written = _index(documents, fresh=True)
            get_backend().analyze()
            return written
    return _index(documents, fresh=False)


def index_new(documents, folded) -> int:
    """Write the entries of objects that have none yet, their texts already folded by
    `folding.fold_texts` (in the same order, maybe in another process): what a bulk
    import of new pages does. Nothing is looked up or deleted first."""
    global generation
    prepared = [_prepared(d, f) for d, f in zip(documents, folded, strict=True)]
    if not prepared:
        return 0
    with transaction.atomic():
        get_backend().insert([(entry, texts) for entry, texts, _ in prepared])
        _count_terms(Counter(t for _, _, terms in prepared for t in terms), +1)
    generation += 1
    return len(prepared)


def _index(documents, fresh):
    global generation
    backend = get_backend()
    written = 0
    counts: Counter[str] = Counter()

    def write(batch, prepared):
        nonlocal written
        with transaction.atomic():
            if not fresh:
                _delete_entries(backend, [(d.source, d.object_id) for d in batch])
            backend.insert([(entry, texts) for entry, texts, _ in prepared])
            if fresh:
                for _, _, terms in prepared:
                    counts.update(terms)
            else:
                _count_terms(Counter(t for _, _, terms in prepared for t in terms), +1)
        written += len(batch)

    # The next batch is folded in a thread while this one is written: the database works
    # without holding the interpreter, so the two overlap. Documents are still read in
    # this thread, which owns the database connection.
    with ThreadPoolExecutor(max_workers=1) as executor:
        pending = None
        for batch in _batches(documents):
            future = executor.submit(_prepared_batch, batch)
            if pending is not None:
                write(pending[0], pending[1].result())
            pending = (batch, future)
        if pending is not None:
            write(pending[0], pending[1].result())

    if fresh and counts:
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            (SearchTerm(token=token, documents=n) for token, n in counts.items()),
            batch_size=5000,
        )
    generation += 1
    return written


def _delete_entries(backend, keys):
    by_source: dict[str, list[int]] = {}
    for source, object_id in keys:
        by_source.setdefault(source, []).append(object_id)
    ids = []
    for source, object_ids in by_source.items():
        ids += SearchEntry.objects.filter(source=source, object_id__in=object_ids).values_list(
            "pk", flat=True
        )
    if ids:
        gone = SearchEntry.objects.filter(pk__in=ids).values_list("title", "body")
        _count_terms(Counter(t for title, body in gone for t in _terms(title) | _terms(body)), -1)
        backend.delete(ids)
        SearchEntry.objects.filter(pk__in=ids).delete()


def _terms(text):
    return searchable(text)[2]


def _count_terms(counts: Counter, sign: int) -> None:
    """Keep each term's number of entries as entries come (+1) and go (-1)."""
    if sign > 0:
        _add_terms(counts)
        return
    by_amount: dict[int, list[str]] = {}
    for token, amount in counts.items():
        by_amount.setdefault(amount, []).append(token)
    for amount, tokens in by_amount.items():
        SearchTerm.objects.filter(token__in=tokens).update(
            documents=Greatest(F("documents") + sign * amount, 0)
        )


# Rows per statement: two parameters each, far below SQLite's and PostgreSQL's limits.
UPSERT_ROWS = 2000


def _add_terms(counts: Counter) -> None:
    """Add to the terms' counts, inserting the new ones: one statement per chunk, so a
    batch of articles costs a few statements, not one per distinct count. Both SQLite
    (3.24+) and PostgreSQL take this upsert; the sum is done by the database, so
    concurrent writers never lose an increment."""
    table = connection.ops.quote_name(SearchTerm._meta.db_table)
    items = list(counts.items())
    with connection.cursor() as cursor:
        for start in range(0, len(items), UPSERT_ROWS):
            chunk = items[start : start + UPSERT_ROWS]
            values = ", ".join(["(%s, %s)"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {table} (token, documents) VALUES {values} "  # noqa: S608
                f"ON CONFLICT (token) DO UPDATE SET documents = {table}.documents "
                "+ excluded.documents",
                [value for pair in chunk for value in pair],
            )


def remove(source: str, object_ids: Iterable[int]) -> None:
    """Take objects out of the index (unpublished, deleted, made private)."""
    global generation
    with transaction.atomic():
        _delete_entries(get_backend(), [(source, object_id) for object_id in object_ids])
    generation += 1


def remove_site(site_id: int) -> None:
    """Take a site's entries out before the site goes (its entries would cascade away
    without their full-text rows)."""
    global generation
    with transaction.atomic():
        ids = list(SearchEntry.objects.filter(site_id=site_id).values_list("pk", flat=True))
        get_backend().delete(ids)
        SearchEntry.objects.filter(pk__in=ids).delete()
    generation += 1


def clear() -> None:
    global generation
    with transaction.atomic():
        get_backend().clear()
        SearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
    generation += 1
