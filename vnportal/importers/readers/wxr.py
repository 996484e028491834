"""WordPress export files (WXR, Tools → Export): posts and pages.

Read as a stream, so a ten-year export does not sit in memory; the parser resolves no
entities and loads no DTD (an export is a file from elsewhere). Published posts become
articles in their first category, published pages plain pages; drafts, private and
trashed items are reported as skipped. WordPress stores paragraphs as blank lines
(its `wpautop` adds the `<p>` when it shows a post): they are turned into paragraphs
here. Images in the content are taken from the export's folder when the uploads were
copied beside it (`wp-content/uploads/...`).
"""

import datetime
import re
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from ..items import ARTICLE, PAGE, Item, Media
from .common import VIETNAM, clean_line, local_aware

WP = "{http://wordpress.org/export/1.2/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
EXCERPT = "{http://wordpress.org/export/1.2/excerpt/}encoded"
CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
KINDS = {"post": ARTICLE, "page": PAGE}
STATUS_WORDS = {
    "draft": "bản nháp",
    "private": "riêng tư",
    "pending": "chờ duyệt",
    "trash": "đã xóa",
    "future": "hẹn giờ",
    "auto-draft": "bản nháp tự động",
}
BLOCK = re.compile(r"<(p|div|h[1-6]|ul|ol|table|blockquote|figure)\b", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
UPLOADS = re.compile(r"wp-content/uploads/.*$")


def files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.xml") if p.is_file())


def _items(file: Path):
    # WXR namespaces moved between versions (1.0 to 1.2): match on the local name.
    parser_args = {
        "resolve_entities": False,
        "load_dtd": False,
        "no_network": True,
        "huge_tree": True,
        "recover": False,
    }
    for _, element in etree.iterparse(str(file), tag="item", **parser_args):
        yield element
        element.clear()


def count(path: Path) -> int:
    return sum(1 for file in files(path) for _ in _items(file))


def _child(element, local):
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname == local:
            return child.text or ""
    return ""


def _children(element, local):
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == local]


def autop(text: str) -> str:
    """WordPress's blank-line paragraphs as HTML paragraphs (line breaks inside a tag,
    between its attributes, are no breaks)."""
    if BLOCK.search(text):
        return text
    text = TAG.sub(lambda tag: " ".join(tag.group(0).split()), text.replace("\r\n", "\n"))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs)


def _date(element) -> datetime.datetime | None:
    for name in ("post_date", "post_date_gmt"):
        value = _child(element, name).strip()
        if value and not value.startswith("0000"):
            try:
                moment = datetime.datetime.fromisoformat(value)
            except ValueError:
                continue
            if name == "post_date_gmt":
                return moment.replace(tzinfo=datetime.UTC).astimezone(VIETNAM)
            return local_aware(moment)
    value = _child(element, "pubDate").strip()
    if value:
        try:
            return parsedate_to_datetime(value).astimezone(VIETNAM)
        except (TypeError, ValueError):
            return None
    return None


def read(path: Path):
    for file in files(path):
        try:
            for element in _items(file):
                yield _item(element, file)
        except etree.XMLSyntaxError as error:
            yield Item(
                key=f"wxr:{file.name}:error",
                source=file.name,
                skip_reason=f"Tệp XML hỏng, dừng đọc tệp này: {error}",
            )


def _item(element, file: Path) -> Item:
    post_id = _child(element, "post_id").strip()
    link = _child(element, "link").strip()
    guid = _child(element, "guid").strip()
    post_type = _child(element, "post_type").strip() or "post"
    status = _child(element, "status").strip() or "publish"
    item = Item(
        key=link or guid or f"wxr:{post_id}",
        source=f"{file.name}#{post_id}",
        title=clean_line(_child(element, "title")),
        original_url=link,
        author=clean_line(_child(element, CREATOR.split("}")[1])),
        base_dir=file.parent,
    )
    if post_type not in KINDS:
        item.skip_reason = f"Không phải bài hay trang (loại “{post_type}”)."
        return item
    item.kind = KINDS[post_type]
    if status != "publish":
        item.skip_reason = f"Chưa đăng công khai trên cổng cũ ({STATUS_WORDS.get(status, status)})."
        return item
    if not item.title:
        item.skip_reason = "Thiếu tiêu đề."
        return item
    item.published_at = _date(element)
    if item.published_at is None and item.kind == ARTICLE:
        item.skip_reason = "Không có ngày đăng."
        return item
    item.sapo = clean_line(re.sub(r"<[^>]+>", " ", _excerpt(element)))
    item.body_html = _local_uploads(autop(_content(element)))
    item.category = [
        clean_line(c.text)
        for c in _children(element, "category")
        if c.get("domain") == "category" and (c.text or "").strip()
    ][:1]
    for image in re.finditer(r"<img\b[^>]*>", item.body_html):
        src = re.search(r'src="([^"]+)"', image.group(0))
        alt = re.search(r'alt="([^"]*)"', image.group(0))
        if src:
            item.images.append(Media(src.group(1), clean_line(alt.group(1)) if alt else ""))
    return item


def _content(element) -> str:
    for child in element:
        if child.tag == CONTENT:
            return child.text or ""
    return ""


def _excerpt(element) -> str:
    for child in element:
        if child.tag == EXCERPT:
            return child.text or ""
    return ""


def _local_uploads(body: str) -> str:
    """Absolute upload addresses as paths relative to the export's folder."""

    def relative(match):
        url = match.group(2)
        found = UPLOADS.search(urlsplit(url).path)
        return f'{match.group(1)}="{found.group(0)}"' if found else match.group(0)

    return re.sub(r'\b(src|href)="(https?://[^"]+)"', relative, body)
