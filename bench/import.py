"""Import of the JSON Lines news corpus (../shared/data/vi-news) into a fresh portal.

    .venv/bin/python bench/import.py [--articles N] [--sample 500]
                                     [--databases sqlite,postgres] [--postgres-url URL]

Each worker process migrates a fresh database, builds one site ("Tin tức" with two
categories), and times `manage.py import_portal --format jsonl` on the first --articles
articles of the corpus (default: all 34,950), search indexing and the report included.
Beside it, on the first --sample articles, the page-by-page way an editor's publish
takes (Wagtail's add_child, a revision, publish, the signal handlers that index and
link each page), for comparison. Target: >= 500 articles/s into SQLite.

Printed per database: articles, seconds, articles/s, the seconds of the last step that
fills Wagtail's own index for the admin's page search (and the rate without that step),
peak memory of the worker, and the checks that every article became a live page and an
entry of the Vietnamese search.
"""

import argparse
import gzip
import json
import os
import platform
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "vi-news" / "articles.jsonl.gz"
DEFAULT_POSTGRES = "postgres://vnportal:vnportal@127.0.0.1:5432/vnportal_bench"
DATABASES = ("sqlite", "postgres")
WAYS = ("import_portal", "page by page")
TARGET = 500


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=0, help="0: the whole corpus")
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--databases", default="sqlite")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--way", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.databases = [name.strip() for name in args.databases.split(",") if name.strip()]
    if not args.databases or set(args.databases) - set(DATABASES):
        parser.error("--databases takes sqlite and/or postgres")
    return args


def write_corpus(path: Path, limit: int) -> int:
    """The first `limit` articles (0: all) as a plain .jsonl file."""
    count = 0
    with gzip.open(CORPUS, "rb") as source, path.open("wb") as target:
        for line in source:
            if limit and count >= limit:
                break
            target.write(line)
            count += 1
    return count


def run_workers(args):
    results = {}
    with tempfile.TemporaryDirectory(prefix="vnportal-import-") as scratch:
        scratch = Path(scratch)
        whole = scratch / "corpus.jsonl"
        sample = scratch / "sample.jsonl"
        total = write_corpus(whole, args.articles)
        write_corpus(sample, min(args.sample, total))
        for database in args.databases:
            for way, corpus in zip(WAYS, (whole, sample), strict=True):
                out = scratch / f"{database}-{way}.json"
                command = [sys.executable, __file__, "--worker", database, "--way", way]
                command += ["--corpus", str(corpus), "--out", str(out)]
                command += ["--postgres-url", args.postgres_url]
                print(f"== {database}, {way} ==", flush=True)
                environment = {**os.environ, "BENCH_SCRATCH": str(scratch)}
                subprocess.run(command, check=True, env=environment)  # noqa: S603
                results[(database, way)] = json.loads(out.read_text("utf-8"))
    return results


def report(args, results):
    print()
    print(
        f"{len(os.sched_getaffinity(0))} CPU cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, load average {os.getloadavg()[0]:.2f}"
    )
    header = f"{'database':<10} {'way':<14} {'articles':>9} {'seconds':>8} {'art./s':>7}"
    header += f" {'admin idx s':>11} {'art./s w/o':>10} {'peak MB':>8}  checks"
    print(header)
    print("-" * len(header))
    for (database, way), found in results.items():
        checks = (
            "ok"
            if found["pages"] == found["articles"] == found["indexed"]
            else (f"pages {found['pages']}, indexed {found['indexed']}")
        )
        print(
            f"{database:<10} {way:<14} {found['articles']:>9,} {found['seconds']:>8.1f} "
            f"{found['rate']:>7.0f} {found['editor_index']:>11.1f} "
            f"{found['rate_without_editor_index']:>10.0f} {found['peak_mb']:>8.0f}  {checks}"
        )
    print(
        f"target: import_portal into SQLite >= {TARGET} articles/s with the Vietnamese search.\n"
        "'admin idx s': the command's last step, Wagtail's own index for the admin's page\n"
        "search; 'art./s w/o': the rate without that step. Page by page fills both as it goes."
    )


def main():
    args = parse_args()
    if args.worker:
        worker(args)
        return
    if not CORPUS.is_file():
        sys.exit(f"the news corpus is not here: {CORPUS}")
    started = time.perf_counter()
    results = run_workers(args)
    report(args, results)
    print(f"whole run: {time.perf_counter() - started:.0f} s")


# --- a worker: one database, one way ----------------------------------------------------


def prepare_database(args):
    if args.worker == "sqlite":
        path = Path(os.environ.get("BENCH_SCRATCH", tempfile.mkdtemp())) / "import.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        from legaldocs import recreate_postgres

        recreate_postgres(args.postgres_url)
        os.environ["DATABASE_URL"] = args.postgres_url
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "vnportal.settings.test"
    import django

    django.setup()


def page_by_page(corpus: Path, news):
    """Each article as an editor's publish makes it, with every signal handler."""
    from django.db import transaction

    from vnportal.importers.bodies import paragraphs_body
    from vnportal.importers.readers import jsonl
    from vnportal.news.models import ArticlePage

    count = 0
    for item in jsonl.read(corpus):
        if item.skip_reason:
            continue
        with transaction.atomic():
            page = ArticlePage(
                title=item.title[:255],
                sapo=item.sapo,
                body=paragraphs_body(item.paragraphs),
                published_at=item.published_at,
            )
            news.add_child(instance=page)
            page.save_revision().publish()
        count += 1
    return count


def worker(args):
    prepare_database(args)
    from django.core.management import call_command

    from vnportal.news.models import ArticlePage
    from vnportal.search.models import SearchEntry
    from vnportal.testing.builders import build_site

    call_command("migrate", verbosity=0, interactive=False)
    built = build_site()
    articles = sum(1 for line in args.corpus.open("rb") if line.strip())
    started = time.perf_counter()
    editor_index = 0.0
    if args.way == "import_portal":
        report = Path(os.environ.get("BENCH_SCRATCH", tempfile.mkdtemp())) / "report.jsonl"
        out = StringIO()
        call_command(
            "import_portal",
            *(str(args.corpus), "--format", "jsonl", "--site", "localhost"),
            *("--report", str(report)),
            stdout=out,
        )
        found = re.search(r"trang quản trị: \d+ bài, ([\d.]+) giây", out.getvalue())
        editor_index = float(found.group(1)) if found else 0.0
    else:
        page_by_page(args.corpus, built.news)
    seconds = time.perf_counter() - started
    result = {
        "articles": articles,
        "seconds": seconds,
        "rate": articles / seconds,
        "editor_index": editor_index,
        "rate_without_editor_index": articles / (seconds - editor_index),
        "pages": ArticlePage.objects.live().count(),
        "indexed": SearchEntry.objects.filter(source="news").count(),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    args.out.write_text(json.dumps(result), "utf-8")
    print(f"{articles} articles in {seconds:.1f} s ({result['rate']:.0f}/s)", flush=True)


if __name__ == "__main__":
    main()
