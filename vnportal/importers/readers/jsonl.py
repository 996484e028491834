"""JSON Lines: one article per line, `id, title, date, category, body, source`.

The format of ../shared/data/vi-news and of many scrapers' output. `body` is plain text
(paragraphs separated by blank lines; the first one is the sapo when there are several)
or HTML. `date` is ISO 8601 or a Vietnamese date line; when it is missing, `crawled_at`
(the time the article was collected, an upper bound) is used and the item says so; with
neither, the item is skipped: an archive must not show an invented date.
A file may be gzip-compressed.
"""

import datetime
import gzip
import json
import re
from pathlib import Path

from vnportal.vntext.legacy import repair

from ..extract.dates import parse_date_line
from ..items import Item
from .common import clean_line, local_aware, paragraphs

LOOKS_HTML = re.compile(r"<(p|div|br|h[1-6]|ul|ol|table|img|figure)\b", re.IGNORECASE)
NO_DATE = "Không có ngày đăng (trường date trống): không nhập để khỏi ghi sai ngày."
CRAWLED = "Không có ngày đăng; dùng thời điểm thu thập (crawled_at), muộn hơn ngày đăng thật."


def files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.rglob("*") if p.is_file() and p.name.endswith((".jsonl", ".jsonl.gz"))
    )


def _open(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def count(path: Path) -> int:
    total = 0
    for file in files(path):
        with _open(file) as stream:
            total += sum(1 for line in stream if line.strip())
    return total


def read(path: Path):
    for file in files(path):
        with _open(file) as stream:
            for number, raw in enumerate(stream, start=1):
                if raw.strip():
                    yield item_from_line(raw, f"{file.name}:{number}")


def _parse_date(value) -> datetime.datetime | None:
    if not value:
        return None
    text = str(value).strip()
    try:
        return local_aware(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return local_aware(parse_date_line(text))


def item_from_line(raw: bytes, where: str) -> Item:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = repair(raw.decode("cp1252", errors="replace")).text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Item(
            key=f"jsonl:{where}",
            source=where,
            skip_reason=f"Dòng không phải JSON hợp lệ ({error.msg}, cột {error.colno}).",
        )
    if not isinstance(record, dict):
        return Item(
            key=f"jsonl:{where}", source=where, skip_reason="Dòng không phải một đối tượng JSON."
        )
    identifier = clean_line(record.get("id"))
    source = str(record.get("source") or "").strip()
    url = source if source.startswith(("http://", "https://")) else str(record.get("url") or "")
    key = f"jsonl:{identifier}" if identifier else (url or f"jsonl:{where}")
    item = Item(
        key=key,
        source=identifier or where,
        title=clean_line(record.get("title")),
        original_url=url.strip(),
    )
    category = record.get("category")
    if isinstance(category, list):
        item.category = [clean_line(c) for c in category if clean_line(c)]
    elif category:
        item.category = [
            clean_line(c) for c in re.split(r"\s*[>/»]\s*", str(category)) if c.strip()
        ]
    item.author = clean_line(record.get("author"))
    if not item.title:
        item.skip_reason = "Thiếu tiêu đề."
        return item
    body = str(record.get("body") or "")
    if LOOKS_HTML.search(body):
        item.body_html = body
    else:
        parts = paragraphs(body)
        if len(parts) > 1:
            item.sapo, item.paragraphs = parts[0], parts[1:]
        else:
            item.paragraphs = parts
    if not item.body_html and not item.paragraphs and not item.sapo:
        item.skip_reason = "Bài không có nội dung."
        return item
    item.published_at = _parse_date(record.get("date"))
    if item.published_at is None:
        crawled = _parse_date(record.get("crawled_at"))
        if crawled is None:
            item.skip_reason = NO_DATE
            return item
        item.published_at = crawled
        item.warnings.append(CRAWLED)
    return item
