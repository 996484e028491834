"""A folder of pages saved from a portal (by a crawler such as HTTrack, or a browser),
and pages saved as plain text.

The extraction of one page is `extract` (pure: Liferay, NukeViet, SharePoint, WordPress
and generic pages, TCVN3/VNI detection). Here its result becomes an item: a listing page
(home page, list of news, site map) is no article and is reported as skipped, an article
needs its date, a static page (Giới thiệu, Chức năng nhiệm vụ) becomes a plain page.
Items are keyed by the page's original address when the page names it, else by its path
in the folder.
"""

from pathlib import Path

from ..extract import extract_html, extract_text
from ..items import ARTICLE, PAGE, Item, Media
from .common import local_aware

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".aspx", ".php")
TEXT_SUFFIXES = (".txt",)
LISTING = "Trang danh sách, trang chủ hoặc sơ đồ trang: không phải một bài để nhập."
NO_TITLE = "Không tìm thấy tiêu đề bài."
NO_DATE = "Không tìm thấy ngày đăng của bài."
NO_BODY = "Không tìm thấy nội dung bài."


def files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in HTML_SUFFIXES + TEXT_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def count(path: Path) -> int:
    return len(files(path))


def read(path: Path):
    root = path if path.is_dir() else path.parent
    for file in files(path):
        yield item_from_file(file, root)


def item_from_file(file: Path, root: Path) -> Item:
    relative = file.relative_to(root).as_posix()
    data = file.read_bytes()
    if file.suffix.lower() in TEXT_SUFFIXES:
        page = extract_text(data, path=str(file))
    else:
        page = extract_html(data, path=str(file))
    item = Item(
        key=page.original_url or f"page:{relative}",
        source=relative,
        kind=PAGE if page.kind == "page" else ARTICLE,
        title=page.title,
        published_at=local_aware(page.published_at),
        category=list(page.category),
        sapo=page.sapo,
        body_html=page.body_html,
        images=[Media(i.src, i.alt, i.caption) for i in page.images],
        attachments=[Media(a.href, a.text) for a in page.attachments],
        original_url=page.original_url,
        author=page.author,
        base_dir=file.parent,
        warnings=list(page.warnings),
    )
    if page.kind == "listing":
        item.skip_reason = LISTING
    elif not item.title:
        item.skip_reason = NO_TITLE
    elif item.kind == ARTICLE and item.published_at is None:
        item.skip_reason = NO_DATE
    elif not (item.body_html.strip() or item.sapo):
        item.skip_reason = NO_BODY
    return item
