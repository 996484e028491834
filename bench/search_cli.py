"""Rank queries against a database built by bench/search.py, for outside evaluation.

    .venv/bin/python bench/search_cli.py --db PATH [--top 10] [--queries FILE]
                                         [--engine vnportal|stock]

Reads JSON Lines of {"qid", "query"} (from --queries, or standard input) and prints JSON
Lines of {"qid", "ranked_ids"}: the corpus ids, best first, from vnportal's search (the
function the portal's results page ranks with) or, with --engine stock, from Wagtail's
stock database search. With DATABASE_URL set, that PostgreSQL database is used instead
of --db.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from search_support import database  # noqa: E402
from search_support.corpus import read_jsonl  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="SQLite file kept by bench/search.py --db")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--queries", type=Path, help="JSON Lines file (default: stdin)")
    parser.add_argument("--engine", choices=["vnportal", "ours", "stock"], default="vnportal")
    args = parser.parse_args()
    if not database.using_url():
        if not args.db:
            parser.error("give --db PATH (or set DATABASE_URL)")
        if database.database_state(args.db) != "bench":
            parser.error(f"{args.db} is not a database built by bench/search.py --db")
    return args


def main():
    args = parse_args()
    database.setup_django(args.db)
    from search_support.engines import ENGINES, corpus_ids_by_pk, to_corpus_ids

    engine = ENGINES["stock" if args.engine == "stock" else "ours"]()
    corpus_ids = corpus_ids_by_pk()
    records = (
        read_jsonl(args.queries) if args.queries else map(json.loads, filter(str.strip, sys.stdin))
    )
    for record in records:
        pks = engine.ranked_pks(str(record["query"]), args.top)
        ranked = to_corpus_ids(pks, corpus_ids)
        print(json.dumps({"qid": record["qid"], "ranked_ids": ranked}, ensure_ascii=False))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
