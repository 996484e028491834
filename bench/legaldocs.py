"""Legal-documents register: list filtering and sorting over 100,000 documents.

    .venv/bin/python bench/legaldocs.py [--documents 100000] [--databases sqlite,postgres]
                                        [--repeat 4] [--draws 8]
                                        [--postgres-url URL] [--plans] [--json FILE]

Builds, in each database, one site's register of --documents documents and 5 other
sites of 2,000 each (bulk inserts, bench/legaldocs_data.py), then times what the public
list page asks for each request of a mix (bench/legaldocs_mix.py): the count, one page of
20 documents with their body and field, and the filter choices (cached). Each request
runs once to warm up, then the whole mix --repeat times in a shuffled order; the table
gives p50 / p95 / max in ms per family and overall, SQLite and PostgreSQL side by side.
Target: p95 <= 30 ms.

Two variants: "as served" is what the page does (the count comes from the cache when the
same filters were counted since the register last changed: queries.CountedPaginator);
"count every time" counts on every request, as the first request after a change does.
It prints the query plans (EXPLAIN QUERY PLAN, EXPLAIN ANALYZE) of each family over the
target (--plans: of all), the cold `filter_choices` time, the index sizes, and checks
that the bulk rows' derived dates are those status.derive_dates computes.

Each database is built and measured in its own process, one after the other. SQLite is a
fresh file in a temporary directory, removed at the end; PostgreSQL is the database the
URL names (default vnportal_bench), which is dropped and created again.
"""

import argparse
import json
import math
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 30
DEFAULT_POSTGRES = "postgres://vnportal:vnportal@127.0.0.1:5432/vnportal_bench"
DATABASES = ("sqlite", "postgres")

TABLE = "legaldocs_legaldocument"

# What is measured, in this order.
VARIANTS = [
    ("count every time", {}),
    ("as served", {"cached_count": True}),
]
TITLES = {
    "count every time": "Count on every request (the first request after a change)",
    "as served": "As served: the count cached until the register changes or the day ends",
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--other-sites", type=int, default=5)
    parser.add_argument("--other-documents", type=int, default=2_000)
    parser.add_argument("--signers", type=int, default=300)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--repeat", type=int, default=4, help="timed runs of the whole mix")
    parser.add_argument("--draws", type=int, default=8, help="parameter draws per family")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--plans", action="store_true", help="print every family's plan")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--worker", choices=DATABASES, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.databases = [name.strip() for name in args.databases.split(",") if name.strip()]
    if not args.databases or set(args.databases) - set(DATABASES):
        parser.error("--databases takes sqlite and/or postgres")
    return args


# --- the parent: one process per database, then the table ------------------------------


def machine_line(versions):
    load = os.getloadavg()[0]
    return (
        f"{len(os.sched_getaffinity(0))} CPU cores (nproc), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, PostgreSQL {versions.get('postgres', '-')}, "
        f"load average {load:.2f}"
    )


def run_workers(args):
    results = {}
    with tempfile.TemporaryDirectory(prefix="vnportal-legaldocs-") as scratch:
        for name in args.databases:
            out = Path(scratch) / f"{name}.json"
            command = [sys.executable, __file__, "--worker", name, "--out", str(out)]
            command += sys.argv[1:]
            print(f"\n== {name} ==", flush=True)
            # This very script, re-run as a worker with the caller's own arguments.
            environment = {**os.environ, "BENCH_SCRATCH": scratch}
            subprocess.run(command, check=True, env=environment)  # noqa: S603
            results[name] = json.loads(out.read_text("utf-8"))
    return results


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def figures(samples):
    return percentile(samples, 0.5), percentile(samples, 0.95), max(samples)


def print_table(title, results, variant):
    names = [name for name in results if variant in results[name]]
    if not names:
        return
    print(f"\n{title}")
    header = f"{'family':28} {'n':>4}" + "".join(
        f" | {name + ' p50/p95/max ms':>26}" for name in names
    )
    print(header)
    print("-" * len(header))
    first = results[names[0]][variant]
    overall = {name: [] for name in names}
    for family in first:
        cells = []
        for name in names:
            samples = results[name][variant][family]
            overall[name] += samples
            p50, p95, top = figures(samples)
            flag = "*" if p95 > TARGET_MS else " "
            cells.append(f"{p50:7.1f} /{p95:7.1f}{flag}/{top:7.1f}")
        print(f"{family:28} {len(first[family]):>4}" + "".join(f" | {cell:>26}" for cell in cells))
    print("-" * len(header))
    cells = []
    for name in names:
        p50, p95, top = figures(overall[name])
        cells.append(f"{p50:7.1f} /{p95:7.1f}{'*' if p95 > TARGET_MS else ' '}/{top:7.1f}")
    print(f"{'overall':28} {len(overall[names[0]]):>4}" + "".join(f" | {c:>26}" for c in cells))
    print(f"* p95 over the {TARGET_MS} ms target")


def report(args, results):
    versions = {name: result["version"] for name, result in results.items()}
    print()
    print(machine_line(versions))
    for name, result in results.items():
        print(
            f"{name}: {result['documents']:,} documents in the measured site, "
            f"{result['all_documents']:,} in all, {result['relations']:,} relations; "
            f"migrate {result['migrate_s']:.1f} s, rows {result['build_s']:.1f} s, "
            f"statuses {result['statuses']}; derived dates: {result['derived_dates']}"
        )
    for variant, _ in VARIANTS:
        print_table(TITLES[variant], results, variant)
    print("\nfilter_choices with an empty cache, 5 calls (ms, p50 / max):")
    for name, result in results.items():
        for variant, samples in result["cold_choices"].items():
            p50, _, top = figures(samples)
            print(f"  {name:9} {variant:11} {p50:7.1f} / {top:7.1f}")
    print("\nIndexes of the document table (MB):")
    for name, result in results.items():
        sizes = ", ".join(
            f"{variant} {size:.1f}" if size is not None else f"{variant} ?"
            for variant, size in result["index_mb"].items()
        )
        print(f"  {name:9} {sizes}")
    print("\nSort 'Ngày có hiệu lực mới nhất', page 1: rows without effective_from (of 20):")
    for name, result in results.items():
        print(f"  {name:9} {result['effective_sort_blank']}")
    for name, result in results.items():
        for variant, plans in result.get("plans", {}).items():
            for family, text in plans.items():
                print(f"\n-- {name}, {variant}, plan of '{family}':\n{text}")


def main():
    args = parse_args()
    if args.worker:
        worker(args)
        return
    started = time.perf_counter()
    results = run_workers(args)
    report(args, results)
    print(f"\nwhole run: {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")


# --- a worker: one database -------------------------------------------------------------


def prepare_database(args):
    """Point Django at a fresh database and load it."""
    if args.worker == "sqlite":
        path = Path(os.environ.get("BENCH_SCRATCH", tempfile.mkdtemp())) / "legaldocs.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        recreate_postgres(args.postgres_url)
        os.environ["DATABASE_URL"] = args.postgres_url
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "vnportal.settings.test"
    import django

    django.setup()


def recreate_postgres(url):
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    with psycopg.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        autocommit=True,
    ) as server:
        name = sql.Identifier(config["NAME"])
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        server.execute(sql.SQL("CREATE DATABASE {}").format(name))


def database_version():
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return cursor.fetchone()[0].split()[0]
    return sqlite3.sqlite_version


def refresh_statistics():
    """PostgreSQL's autovacuum analyses a freshly loaded table within a minute; do it now so
    the plans are those a running server settles on. SQLite gets no ANALYZE: Django never
    runs one, so a deployed SQLite has no statistics either."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE legaldocs_legaldocument")
            cursor.execute("VACUUM ANALYZE legaldocs_documentrelation")


def statuses(site):
    from vnportal.legaldocs.models import LegalDocument, Status

    public = LegalDocument.objects.public().filter(site=site)
    return {status.label: public.with_status(status).count() for status in Status}


def effective_sort_blank(site):
    """How many of the first 20 rows of the effective-date sort have no effective_from:
    PostgreSQL sorts NULL first in a descending order, SQLite last."""
    from vnportal.legaldocs.queries import DocumentFilters, Sort, documents_for

    found = documents_for(site, DocumentFilters(sort=Sort.EFFECTIVE))
    return sum(1 for row in found.documents[:20] if row.effective_from is None)


def captured_sql(call):
    """The SQL statements `call` runs, with their parameters."""
    from django.db import connection

    statements = []

    def keep(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        call()
    return statements


def plan_of(site, filters, page, changes):
    from django.db import connection
    from legaldocs_mix import list_page

    lines = []
    prefix = (
        "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
    )
    for sql, params in captured_sql(lambda: list_page(site, filters, page, **changes)):
        lines.append(sql % tuple(repr(param) for param in params or ()))
        with connection.cursor() as cursor:
            cursor.execute(prefix + sql, params)
            for row in cursor.fetchall():
                lines.append("    " + " ".join(str(cell) for cell in row))
    return "\n".join(lines)


def slow_plans(site, mix, samples, show_all, changes):
    plans = {}
    for family, items in mix.items():
        if show_all or percentile(samples[family], 0.95) > TARGET_MS:
            filters, page = items[0]
            plans[family] = plan_of(site, filters, page, changes)
    return plans


def index_megabytes():
    """The size of the document table's indexes (SQLite: when built with dbstat)."""
    from django.db import DatabaseError, connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_indexes_size(%s) / 1048576.0", [TABLE])
            return float(cursor.fetchone()[0])
        try:
            cursor.execute(
                "SELECT sum(pgsize) / 1048576.0 FROM dbstat WHERE name IN "
                "(SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = %s)",
                [TABLE],
            )
        except DatabaseError:  # a SQLite built without dbstat
            return None
        return cursor.fetchone()[0]


def worker(args):
    import random

    prepare_database(args)
    from django.core.management import call_command
    from django.utils import timezone
    from legaldocs_data import build_register, derived_dates_mismatches
    from legaldocs_mix import families, measure, measure_cold_choices

    from vnportal.legaldocs.models import DocumentRelation, LegalDocument

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrate_s = time.perf_counter() - started
    print(f"migrated in {migrate_s:.1f} s", flush=True)
    started = time.perf_counter()
    site = build_register(
        args.seed,
        args.documents,
        args.other_sites,
        args.other_documents,
        args.signers,
        timezone.localdate(),
    )
    refresh_statistics()
    build_s = time.perf_counter() - started
    print(f"rows inserted in {build_s:.1f} s", flush=True)
    result = {
        "version": database_version(),
        "documents": LegalDocument.objects.filter(site=site).count(),
        "all_documents": LegalDocument.objects.count(),
        "relations": DocumentRelation.objects.count(),
        "migrate_s": migrate_s,
        "build_s": build_s,
        "statuses": statuses(site),
    }
    wrong, checked = derived_dates_mismatches(site, 400, args.seed)
    result["derived_dates"] = f"{wrong} of {checked} sampled documents differ"
    mix = families(site, random.Random(args.seed), args.draws)
    result["plans"] = {}
    result["cold_choices"] = {}
    result["index_mb"] = {}
    for variant, changes in VARIANTS:
        started = time.perf_counter()
        result[variant] = measure(site, mix, args.repeat, args.seed, **changes)
        print(f"{variant}: measured in {time.perf_counter() - started:.1f} s", flush=True)
        result["plans"][variant] = slow_plans(site, mix, result[variant], args.plans, changes)
        if not changes:
            result["cold_choices"][variant] = measure_cold_choices(site, 5)
            result["index_mb"][variant] = index_megabytes()
            result["effective_sort_blank"] = effective_sort_blank(site)
    args.out.write_text(json.dumps(result, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT)]
    main()
