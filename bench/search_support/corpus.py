"""Reading the corpus and the query set: plain Python, no Django."""

import gzip
import json
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "vi-news" / "articles.jsonl.gz"
DEFAULT_QUERIES = ROOT / "bench" / "search_queries.jsonl"

# The order of the table rows; a query file may add types of its own after these.
QUERY_TYPES = [
    "exact",
    "no-diacritics",
    "telex",
    "vni",
    "typo",
    "phrase",
    "tone-style",
    "upper-case",
    "topical",
]


def open_text(path):
    """A .gz file or a plain one, as text."""
    path = Path(path)
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def read_jsonl(path):
    with open_text(path) as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path}:{number}: not JSON ({error})") from error


def load_articles(path, limit=None):
    """Articles as dicts with id, title, body and published_at (from ``crawled_at``,
    since the corpus records no publication date)."""
    articles = []
    for record in read_jsonl(path):
        stamp = record.get("date") or record.get("crawled_at")
        articles.append(
            {
                "id": str(record["id"]),
                "title": record.get("title") or "",
                "body": record.get("body") or "",
                "published_at": datetime.fromisoformat(stamp) if stamp else None,
            }
        )
        if limit and len(articles) >= limit:
            break
    return articles


def load_queries(path):
    """Queries with ``judgments`` {corpus id: grade}; grade 0 = judged not relevant."""
    queries = []
    for record in read_jsonl(path):
        judgments = {str(key): int(grade) for key, grade in record.get("judgments", {}).items()}
        queries.append(
            {
                "qid": str(record["qid"]),
                "type": record.get("type", "other"),
                "query": record["query"],
                "judgments": judgments,
            }
        )
    return queries
