"""The benchmark's database: choosing it, starting fresh, building both indexes.

SQLite by default (a file, kept with ``--db``); PostgreSQL when DATABASE_URL is set,
in the database the URL names, which the benchmark recreates only if it is empty or
was made by the benchmark.
"""

import os
import sqlite3
import sys
import time
from pathlib import Path

from .corpus import ROOT

BENCH_TABLE = "searchbench_stockarticle"
BATCH = 2000


def using_url():
    return bool(os.environ.get("DATABASE_URL"))


def describe_target(db_path):
    if using_url():
        import dj_database_url

        config = dj_database_url.parse(os.environ["DATABASE_URL"])
        return f"{config['ENGINE'].rsplit('.', 1)[-1]} database {config['NAME']!r}"
    return f"SQLite {sqlite3.sqlite_version} file {db_path}"


def database_state(db_path):
    """ "missing", "empty", "bench" (built by the benchmark) or "other"."""
    if using_url():
        return _postgres_state()
    if not Path(db_path).exists():
        return "missing"
    with sqlite3.connect(db_path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return _state(names)


def _state(tables):
    if not tables:
        return "empty"
    return "bench" if BENCH_TABLE in tables else "other"


def start_fresh(db_path):
    """Remove a database the benchmark built before; refuse to touch any other."""
    if database_state(db_path) == "other":
        raise SystemExit(
            f"{describe_target(db_path)} holds tables the benchmark did not make; "
            "give an empty or a new database."
        )
    if using_url():
        _recreate_postgres()
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def _postgres_parts():
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise SystemExit("DATABASE_URL must name a PostgreSQL or be unset (SQLite).")

    def connect(name):
        return psycopg.connect(
            dbname=name,
            user=config["USER"],
            password=config["PASSWORD"],
            host=config["HOST"] or None,
            port=config["PORT"] or None,
            autocommit=True,
        )

    return config["NAME"], connect


def _postgres_state():
    name, connect = _postgres_parts()
    with connect("postgres") as server:
        exists = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    if not exists:
        return "missing"
    with connect(name) as database:
        tables = {
            row[0]
            for row in database.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        }
    return _state(tables)


def _recreate_postgres():
    from psycopg import sql

    name, connect = _postgres_parts()
    with connect("postgres") as server:
        server.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django(db_path, *, with_vnportal_search=True):
    """Load Django on the bench settings, with the SQLite file unless DATABASE_URL is set."""
    for path in (ROOT, ROOT / "bench"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    if not using_url():
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(db_path).resolve()}"
    if not with_vnportal_search:
        os.environ["SEARCH_BENCH_STOCK_ONLY"] = "1"
    os.environ["DJANGO_SETTINGS_MODULE"] = "search_support.settings"
    import django

    django.setup()


def create_schema():
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)


def insert_articles(articles, copies):
    """Copy k of article i gets pk k*n + i + 1; every copy keeps the corpus id."""
    from django.db import transaction

    from .models import StockArticle

    count = len(articles)
    rows = (
        StockArticle(
            pk=copy * count + number + 1,
            corpus_id=article["id"],
            title=article["title"],
            body=article["body"],
            published_at=article["published_at"],
        )
        for copy in range(copies)
        for number, article in enumerate(articles)
    )
    batch = []
    with transaction.atomic():
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                StockArticle.objects.bulk_create(batch)
                batch = []
        StockArticle.objects.bulk_create(batch)
    return StockArticle.objects.count()


def row_chunks(fields):
    """The rows in pk order, a chunk per query, so that no read cursor stays open while
    an index writes on the same connection."""
    from .models import StockArticle

    last = 0
    while True:
        chunk = list(
            StockArticle.objects.filter(pk__gt=last).order_by("pk").values_list(*fields)[:BATCH]
        )
        if not chunk:
            return
        yield chunk
        last = chunk[-1][0]


def default_site_id():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.pk


def index_vnportal():
    """Build vnportal's index from the rows, as one bulk build; returns seconds."""
    from vnportal.search.documents import IndexDocument
    from vnportal.search.indexing import index_documents

    site_id = default_site_id()

    def documents():
        for chunk in row_chunks(("pk", "title", "body", "published_at")):
            for pk, title, body, published_at in chunk:
                yield IndexDocument(
                    source="news",
                    object_id=pk,
                    site_id=site_id,
                    url_path=f"/bai/{pk}/",
                    title=title,
                    body=body,
                    published_at=published_at,
                )

    started = time.perf_counter()
    index_documents(documents(), fresh=True)
    return time.perf_counter() - started


def index_stock():
    """Build Wagtail's stock index the way its rebuild command does; returns seconds."""
    from wagtail.search.backends import get_search_backend

    from .models import StockArticle

    started = time.perf_counter()
    backend = get_search_backend()
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(StockArticle))
    index = rebuilder.start()
    index.add_model(StockArticle)
    last = 0
    while True:
        chunk = list(StockArticle.objects.filter(pk__gt=last).order_by("pk")[:BATCH])
        if not chunk:
            break
        index.add_items(StockArticle, chunk)
        last = chunk[-1].pk
    rebuilder.finish()
    return time.perf_counter() - started
