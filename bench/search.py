"""Search quality and speed: vnportal's search beside Wagtail's stock database search.

    .venv/bin/python bench/search.py [--jsonl FILE] [--queries FILE] [--db PATH]
                                     [--copies N] [--limit N] [--engines ours,stock]
                                     [--repeat N] [--reuse] [--json FILE]

Loads the news corpus (../shared/data/vi-news/articles.jsonl.gz, or --jsonl, gzipped
or plain JSON Lines with id, title, body, crawled_at) into a fresh database, builds
vnportal's index and Wagtail's stock index of the same rows and times each build. Then
it runs every query of the query set (bench/search_queries.jsonl) once to warm up and
--repeat times timed, and prints per query type MRR@10, recall@10, nDCG@10 and p50/p95
latency for both engines side by side.

The database is a temporary SQLite file removed at the end; --db PATH keeps it (and
--reuse runs the queries on a database kept before, without rebuilding it). With
DATABASE_URL set it is that PostgreSQL database, which is kept.

--copies N loads the corpus N times (new pks, same corpus ids): it measures latency and
build speed on a bigger index; quality figures are only meaningful with one copy, since
every copy of the relevant article competes with it.
"""

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from search_support import database  # noqa: E402
from search_support.corpus import (  # noqa: E402
    DEFAULT_CORPUS,
    DEFAULT_QUERIES,
    QUERY_TYPES,
    load_articles,
    load_queries,
)
from search_support.metrics import (  # noqa: E402
    mean,
    ndcg,
    percentile,
    recall,
    reciprocal_rank,
)

TARGETS = (
    "targets: MRR@10 >= 0.90 for every known-item type, nDCG@10 >= 0.80 for topical, "
    "p95 <= 50 ms (35k articles) / <= 100 ms (105k), index >= 1,000 articles/s"
)
KNOWN_ITEM = "known-item"
SLOW_MS = 1000
ALL = "all"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--queries", type=Path, default=DEFAULT_QUERIES)
    parser.add_argument("--db", type=Path, help="SQLite file to build and keep")
    parser.add_argument("--reuse", action="store_true", help="query a database kept before")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--limit", type=int, help="load only the first N articles")
    parser.add_argument("--engines", default="ours,stock", help="ours, stock or both")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each query")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--with",
        dest="with_json",
        type=Path,
        help="add the engines of an earlier run's --json file to the table (side by side)",
    )
    parser.add_argument(
        "--rescore",
        type=Path,
        help="print an earlier --json run again, its quality scored with --queries "
        "(after judgments were added); nothing is built or run",
    )
    parser.add_argument(
        "--failures", type=Path, help="write vnportal's known-item misses to this file"
    )
    args = parser.parse_args()
    args.engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = set(args.engines) - {"ours", "stock"}
    if unknown or not args.engines:
        parser.error(f"--engines takes ours and/or stock, not {', '.join(sorted(unknown))}")
    if args.reuse and not (args.db or database.using_url()):
        parser.error("--reuse needs --db PATH or DATABASE_URL")
    if args.copies < 1:
        parser.error("--copies must be at least 1")
    return args


def load_engines(names):
    from search_support.engines import ENGINES

    return {name: ENGINES[name]() for name in names}


def build(args, articles):
    print(f"Loading {len(articles):,} articles x {args.copies} into the database ...", flush=True)
    started = time.perf_counter()
    database.create_schema()
    rows = database.insert_articles(articles, args.copies)
    print(f"  schema and rows: {time.perf_counter() - started:.1f} s", flush=True)
    timings = {}
    for name in args.engines:
        print(f"  indexing with {label(name)} ...", flush=True)
        seconds = database.index_vnportal() if name == "ours" else database.index_stock()
        timings[name] = {"seconds": seconds, "articles": rows, "per_second": rows / seconds}
    return timings


def label(name):
    return {"ours": "vnportal", "stock": "stock"}[name]


def run_queries(engines, queries, repeat):
    """Rankings (corpus ids) and latencies per engine and query; engines alternate per
    query so that both meet the same load on a shared machine.

    The first run of each query warms caches up and gives the ranking that is scored;
    the next ``repeat`` runs are timed. A query whose first run took over SLOW_MS is
    not run again: its first run is its one sample (warming up is noise at that scale,
    and stock search takes many seconds on some queries).
    """
    from search_support.engines import corpus_ids_by_pk, to_corpus_ids

    corpus_ids = corpus_ids_by_pk()
    rankings = {name: {} for name in engines}
    latencies = {name: {query["qid"]: [] for query in queries} for name in engines}
    slow = {name: set() for name in engines}
    for query in queries:
        for name, engine in engines.items():
            started = time.perf_counter()
            pks = engine.ranked_pks(query["query"], 10)
            elapsed = (time.perf_counter() - started) * 1000
            rankings[name][query["qid"]] = to_corpus_ids(pks, corpus_ids)
            if elapsed > SLOW_MS:
                latencies[name][query["qid"]].append(elapsed)
                slow[name].add(query["qid"])
    for _ in range(repeat):
        for query in queries:
            for name, engine in engines.items():
                if query["qid"] in slow[name]:
                    continue
                started = time.perf_counter()
                engine.ranked_pks(query["query"], 10)
                latencies[name][query["qid"]].append((time.perf_counter() - started) * 1000)
    return rankings, latencies, slow


def score(queries, engines, rankings, latencies):
    """Per type, per engine: the mean metrics and latency percentiles."""
    groups = {}
    for query in queries:
        groups.setdefault(query["type"], []).append(query)
        if query["type"] != "topical":
            groups.setdefault(KNOWN_ITEM, []).append(query)
        groups.setdefault(ALL, []).append(query)
    order = [kind for kind in QUERY_TYPES if kind in groups]
    order += sorted(kind for kind in groups if kind not in QUERY_TYPES + [KNOWN_ITEM, ALL])
    order += [kind for kind in (KNOWN_ITEM, ALL) if kind in groups]
    table = {}
    for kind in order:
        members = groups[kind]
        table[kind] = {"queries": len(members)}
        for name in engines:
            ranked = [rankings[name][query["qid"]] for query in members]
            times = [ms for query in members for ms in latencies[name][query["qid"]]]
            judged = [query["judgments"] for query in members]
            pairs = list(zip(ranked, judged, strict=True))
            table[kind][name] = {
                "mrr": mean(reciprocal_rank(r, j) for r, j in pairs),
                "recall": mean(recall(r, j) for r, j in pairs),
                "ndcg": mean(ndcg(r, j) for r, j in pairs),
                "p50": percentile(times, 0.5),
                "p95": percentile(times, 0.95),
            }
    return table


def rescored(path, queries):
    """An earlier --json report with its quality figures recomputed from its rankings
    and the current judgments; latencies stay as measured."""
    report = json.loads(Path(path).read_text("utf-8"))
    rankings = report["rankings"]
    blank = {name: {query["qid"]: [] for query in queries} for name in rankings}
    fresh = score(queries, rankings, rankings, blank)
    for kind, row in fresh.items():
        for name in rankings:
            for key in ("p50", "p95"):
                measured = report["table"].get(kind, {}).get(name, {}).get(key)
                row[name][key] = float("nan") if measured is None else measured
    report["table"] = fresh
    return report


def merge_earlier(table, path, present, queries):
    """Columns of an earlier run beside this one's, scored with the same judgments;
    returns their names."""
    earlier = rescored(path, queries)
    added = []
    for kind, row in earlier["table"].items():
        if kind not in table:
            continue
        for name, figures in row.items():
            if name not in ("queries", *present):
                table[kind][name] = figures
                if name not in added:
                    added.append(name)
    print(f"Columns {', '.join(map(label, added))} come from {path} ({earlier['target']})")
    return added


def print_build(timings):
    print()
    print("Index build")
    print(f"  {'engine':<10} {'articles':>9} {'seconds':>9} {'articles/s':>11}")
    for name, timing in timings.items():
        print(
            f"  {label(name):<10} {timing['articles']:>9,} {timing['seconds']:>9.1f}"
            f" {timing['per_second']:>11,.0f}"
        )


def print_table(table, engines):
    names = list(engines)
    columns = [("MRR@10", "mrr", "{:.3f}"), ("recall@10", "recall", "{:.3f}")]
    columns += [("nDCG@10", "ndcg", "{:.3f}"), ("p50 ms", "p50", "{:.1f}")]
    columns += [("p95 ms", "p95", "{:.1f}")]
    width = 8
    group = width * len(names) + (len(names) - 1)
    print()
    header = f"{'type':<14} {'n':>3}"
    subheader = f"{'':<14} {'':>3}"
    for title, _key, _fmt in columns:
        header += f" | {title:^{group}}"
        subheader += " | " + " ".join(f"{label(name)[:width]:>{width}}" for name in names)
    print(header)
    print(subheader)
    print("-" * len(header))
    for kind, row in table.items():
        if kind == KNOWN_ITEM:
            print("-" * len(header))
        line = f"{kind:<14} {row['queries']:>3}"
        for _title, key, fmt in columns:
            line += " | " + " ".join(f"{fmt.format(row[name][key]):>{width}}" for name in names)
        print(line)


def write_failures(path, queries, rankings, articles):
    """vnportal's queries whose first result is not relevant, with what came first."""
    titles = {article["id"]: article["title"] for article in articles}
    lines = []
    for query in queries:
        ranked = rankings["ours"][query["qid"]]
        wanted = [key for key, grade in query["judgments"].items() if grade > 0]
        if query["type"] == "topical" or (ranked and ranked[0] in wanted):
            continue
        position = next((n for n, key in enumerate(ranked, 1) if key in wanted), None)
        lines.append(f"{query['qid']} [{query['type']}] {query['query']!r}")
        lines.append(f"  expected: {', '.join(wanted)}: {titles.get(wanted[0], '?')}")
        lines.append(f"  rank of expected: {position or 'not in top 10'}")
        if not ranked:
            lines.append("  (vnportal returned no result)")
        for n, key in enumerate(ranked[: (position or 11) - 1][:5], 1):
            lines.append(f"  {n}. {key}: {titles.get(key, '?')}")
        lines.append("")
    misses = len([line for line in lines if line and not line.startswith(" ")])
    lines.append(f"{misses} known-item queries where the expected article is not first.")
    lines.append("")
    lines.append("Topical queries: results in vnportal's top 10 judged 0 (not about the topic)")
    lines.append("or not judged (-), with the query's nDCG@10.")
    for query in queries:
        if query["type"] != "topical":
            continue
        ranked = rankings["ours"][query["qid"]]
        weak = [(n, key) for n, key in enumerate(ranked, 1) if query["judgments"].get(key, 0) == 0]
        if not weak:
            continue
        lines.append(
            f"{query['qid']} {query['query']!r} nDCG@10 {ndcg(ranked, query['judgments']):.3f}"
        )
        for n, key in weak:
            grade = query["judgments"].get(key, "-")
            lines.append(f"  {n}. [{grade}] {key}: {titles.get(key, '?')}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return misses


def print_rescored(args):
    queries = load_queries(args.queries)
    report = rescored(args.rescore, queries)
    print(f"Rescored {args.rescore} ({report['target']}) with {args.queries}")
    table, columns = report["table"], list(report["rankings"])
    if args.with_json:
        columns += merge_earlier(table, args.with_json, columns, queries)
    print_table(table, columns)
    if args.failures and "ours" in report["rankings"]:
        articles = load_articles(args.jsonl, args.limit)
        count = write_failures(args.failures, queries, report["rankings"], articles)
        print(f"{count} known-item queries where vnportal missed rank 1: {args.failures}")


def main():
    args = parse_args()
    if args.rescore:
        print_rescored(args)
        return
    with tempfile.TemporaryDirectory(prefix="search-bench-") as scratch:
        db_path = args.db or Path(scratch) / "search-bench.sqlite3"
        target = database.describe_target(db_path)
        articles = load_articles(args.jsonl, args.limit)
        queries = load_queries(args.queries)
        reuse = args.reuse and database.database_state(db_path) == "bench"
        if not reuse:
            database.start_fresh(db_path)
        database.setup_django(db_path, with_vnportal_search=vnportal_search_loads(args))

        print(f"Search benchmark on {target}")
        print(
            f"Python {platform.python_version()}, CPU cores {len(os.sched_getaffinity(0))}, "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        print(
            f"Corpus {args.jsonl} ({len(articles):,} articles), copies {args.copies}; "
            f"queries {args.queries} ({len(queries)})"
        )
        timings = {} if reuse else build(args, articles)
        if timings:
            print_build(timings)
        engines = load_engines(args.engines)
        rankings, latencies, slow = run_queries(engines, queries, args.repeat)
        table = score(queries, engines, rankings, latencies)
        columns = list(engines)
        if args.with_json:
            columns += merge_earlier(table, args.with_json, columns, queries)
        print_table(table, columns)
        print()
        print(
            f"{args.repeat} timed runs of each query after a warm-up; "
            f"load average now {os.getloadavg()[0]:.1f}"
        )
        for name, qids in slow.items():
            if qids:
                print(
                    f"{label(name)}: {len(qids)} queries took over {SLOW_MS} ms and were timed once"
                )
        if args.copies > 1:
            print(
                f"{args.copies} copies: latency and build speed only; quality figures are "
                "not meaningful (copies of an article compete with it)."
            )
        print(TARGETS)
        if args.failures and "ours" in engines:
            count = write_failures(args.failures, queries, rankings, articles)
            print(
                f"{count} known-item queries where vnportal missed rank 1; those and the "
                f"topical results judged 0: {args.failures}"
            )
        if args.json:
            report = {
                "target": target,
                "copies": args.copies,
                "build": timings,
                "table": table,
                "rankings": rankings,
                "latencies": latencies,
            }
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
        from django.db import connections

        connections.close_all()


def vnportal_search_loads(args):
    """Stock-only runs work before vnportal's engine exists (the app is left out)."""
    if "ours" in args.engines:
        return True
    from importlib.util import find_spec

    modules = ("vnportal.search.engine", "vnportal.search.indexing", "vnportal.search.signals")
    return all(find_spec(module) is not None for module in modules)


if __name__ == "__main__":
    main()
