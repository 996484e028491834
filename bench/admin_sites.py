"""Admin speed with many sites: the dashboard and the page explorer of a commune editor.

    .venv/bin/python bench/admin_sites.py [--sites 100] [--pages 100000] [--db PATH]
                                          [--requests 50] [--only-vnportal] [--profile]

Builds a SQLite database with N sites made by `provision_unit` (one province, N-1
communes) and P published articles spread evenly over the sites' "Tin hoạt động"
categories, so each category holds about P/N articles. Articles are inserted in bulk
(Wagtail page rows with their materialised paths computed here), which builds 100,000 in
a few minutes; they are not in the search index, which the explorer does not use.
With `--db PATH` an existing database of the same size is reused, otherwise it is built
there. Without `--db` a fresh one is built in a temporary directory.

Then it logs in, with Django's test client, as a member of one commune's "Biên tập viên"
group and as a superuser, and times each admin page `--requests` times after a warm-up,
printing wall-clock p50 and p95, CPU p50 (which other load on the machine does not
inflate) in milliseconds and the number of SQL queries of one request. It does so twice:
with Wagtail's own explorer and without the SQLite path index (the "before"), then with
vnportal's (vnportal/units/explorer.py and units migration 0003, the "after").
The target is p95 ≤ 300 ms for the commune editor. `--profile` prints the functions that
took the most time in one explorer request of the editor.
"""

import argparse
import cProfile
import math
import os
import platform
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 300
EDITOR_USERNAME = "bientap-bench"
SUPERUSER_USERNAME = "quantri-bench"
BATCH = 2000


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="SQLite file to reuse or build")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--only-vnportal",
        action="store_true",
        help="skip the comparison with Wagtail's own explorer",
    )
    return parser.parse_args()


def setup_django(db_path):
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    # DEBUG off, fast password hashing, local-memory cache: what is measured is the admin.
    os.environ["DJANGO_SETTINGS_MODULE"] = "vnportal.settings.test"
    # The production entry point: sets Django up and freezes what loading made (gc.freeze).
    import vnportal.wsgi  # noqa: F401


def machine():
    """What `nproc` and `free -h` would say, read without running them."""
    try:
        with open("/proc/meminfo") as meminfo:
            kib = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
        memory = f"{kib / 1024**2:.1f} GiB"
    except (OSError, StopIteration):
        memory = "?"
    return [
        f"CPU cores available (nproc): {len(os.sched_getaffinity(0))}; memory: {memory}",
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"load average before the run: {os.getloadavg()[0]:.2f}",
    ]


# --- building -------------------------------------------------------------------------


def build_sites(count):
    from django.db import transaction

    from vnportal.units.models import Unit, UnitKind
    from vnportal.units.provisioning import indexing_in_bulk, provision_unit

    with transaction.atomic(), indexing_in_bulk():
        province = Unit.objects.create(code="BT", name="Tỉnh Thử Nghiệm", kind=UnitKind.PROVINCE)
        provision_unit(province)
        for number in range(1, count):
            commune = Unit.objects.create(
                code=f"BT-{number:05d}",
                name=f"Xã Thử {number}",
                kind=UnitKind.COMMUNE,
                parent=province,
            )
            provision_unit(commune)


def build_articles(total, sites):
    """Insert `total` live articles under the sites' "Tin hoạt động", in bulk."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    from vnportal.news.models import ArticlePage, CategoryPage

    categories = list(CategoryPage.objects.filter(slug="tin-hoat-dong").order_by("path"))[:sites]
    content_type = ContentType.objects.get_for_model(ArticlePage)
    child_fields = ArticlePage._meta.local_concrete_fields
    now = timezone.now()
    per_category = [total // len(categories)] * len(categories)
    for index in range(total % len(categories)):
        per_category[index] += 1
    body = '[{"type": "paragraph", "value": "<p>Nội dung bài viết thử nghiệm.</p>", "id": "%s"}]'
    made = 0
    with transaction.atomic():
        for category, count in zip(categories, per_category, strict=True):
            start = category.numchild
            for first in range(0, count, BATCH):
                pages = []
                for step in range(start + first + 1, start + min(first + BATCH, count) + 1):
                    published = now - timedelta(minutes=made + len(pages))
                    slug = f"bai-thu-{step}"
                    pages.append(
                        ArticlePage(
                            title=f"Bài viết thử số {step} của {category.url_path.split('/')[1]}",
                            draft_title=f"Bài viết thử số {step}",
                            slug=slug,
                            path=Page._get_path(category.path, category.depth + 1, step),
                            depth=category.depth + 1,
                            numchild=0,
                            url_path=f"{category.url_path}{slug}/",
                            content_type=content_type,
                            locale_id=category.locale_id,
                            translation_key=uuid.uuid4(),
                            live=True,
                            has_unpublished_changes=False,
                            first_published_at=published,
                            last_published_at=published,
                            latest_revision_created_at=published,
                            sapo="Tóm tắt bài viết thử nghiệm.",
                            body=body % uuid.uuid4(),
                            published_at=published,
                        )
                    )
                # Page rows first (their ids come back), then the article rows that extend
                # them, as Django does for one multi-table save but for a whole batch.
                fields = _page_fields()
                parents = Page.objects.bulk_create(
                    [Page(**{f.attname: getattr(p, f.attname) for f in fields}) for p in pages]
                )
                for page, parent in zip(pages, parents, strict=True):
                    page.page_ptr_id = page.id = parent.id
                ArticlePage._base_manager._insert(
                    pages, fields=child_fields, raw=True, using=connection.alias
                )
                made += len(pages)
            Page.objects.filter(pk=category.pk).update(numchild=F("numchild") + count)
            if made * 10 // total != (made - count) * 10 // total:
                print(f"  {made:,} / {total:,} articles", flush=True)


def _page_fields():
    from wagtail.models import Page

    return [f for f in Page._meta.concrete_fields if not f.primary_key]


def build_users(commune):
    from django.contrib.auth import get_user_model

    from vnportal.units import roles

    users = get_user_model()
    editor, _ = users.objects.get_or_create(username=EDITOR_USERNAME)
    editor.groups.set([commune.site.role_groups.get(role=roles.EDITOR).group])
    superuser, _ = users.objects.get_or_create(
        username=SUPERUSER_USERNAME, defaults={"is_superuser": True, "is_staff": True}
    )
    return editor, superuser


def database_is_ready(sites, pages):
    from django.db import connection

    from vnportal.news.models import ArticlePage
    from vnportal.units.models import Unit

    if "units_unit" not in connection.introspection.table_names():
        return False
    return Unit.objects.filter(site__isnull=False).count() == sites and (
        ArticlePage.objects.count() == pages
    )


# --- measuring ------------------------------------------------------------------------


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure(client, url, requests):
    from django.db import connection

    for _ in range(3):
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}, not 200")
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Django empties its own query log when a request starts, so count at the cursor.
    with connection.execute_wrapper(count):
        client.get(url)
    timings, cpu = [], []
    for _ in range(requests):
        started, cpu_started = time.perf_counter(), time.process_time()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return {
        "p50": statistics.median(timings),
        "p95": percentile(timings, 0.95),
        # CPU time of this process (SQLite included): what other load on the machine
        # does not inflate, unlike the wall-clock figures.
        "cpu50": statistics.median(cpu),
        "queries": len(queries),
    }


@contextmanager
def wagtail_explorer(wagtail_defaults):
    """Wagtail's own explorer and no SQLite path index, to compare with vnportal's
    (vnportal/units/explorer.py, units migration 0003). Undone when the block ends."""
    if not wagtail_defaults:
        yield
        return
    from django.db import connection, transaction
    from django.urls import get_resolver
    from wagtail.admin.viewsets.pages import base_page_viewset, page_viewset_registry
    from wagtail.models import Page

    get_resolver().url_patterns  # noqa: B018  (admin URLs register the viewsets)
    ours = page_viewset_registry.get_by_parent_model(Page)
    page_viewset_registry.register(Page, base_page_viewset, parent_models=[Page])
    try:
        # SQLite DDL is transactional: the index comes back with the rollback.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("DROP INDEX IF EXISTS vnportal_page_path_nocase")
            yield
            transaction.set_rollback(True)
    finally:
        page_viewset_registry.register(Page, ours, parent_models=[Page])


def print_table(variant, urls, results, requests):
    print(
        f"\n{variant}: {requests} requests each after 3 warm-ups; wall-clock p50 and p95, "
        "CPU p50 (ms); SQL queries of one request"
    )
    header = (
        f"{'page':24} | {'commune editor p50 / p95 / cpu / q':36} | "
        f"{'superuser p50 / p95 / cpu / q':34}"
    )
    print(header)
    print("-" * len(header))
    worst = 0.0
    for label, _ in urls:
        cells = []
        for who in ("commune editor", "superuser"):
            r = results[who, label]
            cells.append(
                f"{r['p50']:6.0f} / {r['p95']:6.0f} / {r['cpu50']:6.0f} / {r['queries']:3d}"
            )
        worst = max(worst, results["commune editor", label]["p95"])
        print(f"{label:24} | {cells[0]:36} | {cells[1]:34}")
    return worst


def main():
    args = parse_args()
    db_path = args.db or Path(tempfile.mkdtemp(prefix="vnportal-bench-")) / "admin.sqlite3"
    had_data = db_path.exists() and db_path.stat().st_size > 0
    setup_django(db_path.resolve())

    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Page

    from vnportal.news.models import CategoryPage
    from vnportal.units.models import Unit, UnitKind

    print("\n".join(machine()))
    print(f"database: {db_path}")
    if database_is_ready(args.sites, args.pages):
        print(f"reusing {args.sites} sites and {args.pages:,} articles")
        call_command("migrate", verbosity=0)
    else:
        if had_data:
            raise SystemExit(f"{db_path} holds another data set; give a new --db path")
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        build_sites(args.sites)
        sites_seconds = time.perf_counter() - started
        print(f"built {args.sites} sites with provision_unit in {sites_seconds:.1f} s")
        started = time.perf_counter()
        build_articles(args.pages, args.sites)
        print(f"inserted {args.pages:,} articles in {time.perf_counter() - started:.1f} s")

    commune = Unit.objects.filter(kind=UnitKind.COMMUNE).order_by("code").first()
    home = commune.site.root_page
    category = CategoryPage.objects.descendant_of(home).get(slug="tin-hoat-dong")
    editor, superuser = build_users(commune)
    print(
        f"commune: {commune.name}; its Tin hoạt động holds {category.numchild:,} articles; "
        f"{Page.objects.count():,} pages in all"
    )

    urls = [
        ("dashboard /admin/", "/admin/"),
        ("explorer: commune home", f"/admin/pages/{home.pk}/"),
        ("explorer: Tin hoạt động", f"/admin/pages/{category.pk}/"),
        ("explorer menu API", f"/admin/api/main/pages/?child_of={home.pk}&for_explorer=1"),
    ]
    variants = [("vnportal", False)]
    if not args.only_vnportal:
        variants.insert(0, ("Wagtail's defaults", True))
    clients = {}
    for who, user in (("commune editor", editor), ("superuser", superuser)):
        clients[who] = Client()
        clients[who].force_login(user)
    # One pass over everything first, so the first variant measured pays no start-up cost.
    for _, wagtail_defaults in variants:
        with wagtail_explorer(wagtail_defaults):
            for client in clients.values():
                for _, url in urls:
                    client.get(url)
    worst = 0.0
    for variant, wagtail_defaults in variants:
        with wagtail_explorer(wagtail_defaults):
            results = {}
            for who, client in clients.items():
                for label, url in urls:
                    results[who, label] = measure(client, url, args.requests)
        worst = print_table(variant, urls, results, args.requests)
    verdict = "within" if worst <= TARGET_P95_MS else "OVER"
    print(f"\nvnportal, commune editor, worst p95: {worst:.1f} ms: {verdict} the target")

    if args.profile:
        client = Client()
        client.force_login(editor)
        profiler = cProfile.Profile()
        profiler.enable()
        client.get(f"/admin/pages/{category.pk}/")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
