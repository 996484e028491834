"""Where each portal software keeps an item's title, date, sapo, body and breadcrumb."""

from dataclasses import dataclass

from .generic import (
    breadcrumb_items,
    date_from,
    date_line_after,
    generic_parts,
    looks_like_listing,
    meta_date,
    page_title,
)
from .model import Parts
from .select import first, select, text_of

__all__ = ["PROFILES", "detect_software", "liferay_parts", "profile_parts"]


@dataclass(frozen=True)
class Profile:
    title: tuple[str, ...]
    date: tuple[str, ...]
    sapo: tuple[str, ...]
    body: tuple[str, ...]
    crumbs: tuple[str, ...]
    author: tuple[str, ...]
    category: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()


PROFILES = {
    # NukeViet 4 news module (themes/default/modules/news/detail.tpl and its descendants).
    "nukeviet": Profile(
        title=(".news_column h1", ".news-detail h1", "h1.title", "h1"),
        date=(".h-date", ".news_column .time", ".news-detail .time", "span.time", ".time"),
        sapo=(".hometext", ".news_column .sapo", ".news-detail .sapo"),
        body=("#news-bodyhtml", ".bodytext", ".news_column .content"),
        crumbs=("ul.breadcrumbs", ".breadcrumbs", ".breadcrumb"),
        author=(".news_column .author", ".author", ".source-author"),
    ),
    # Provincial portals built on SharePoint 2013/2016 publishing pages.
    "sharepoint": Profile(
        title=(".title-detail", ".news-title", ".tieu-de", "h1.title", "h1"),
        date=(".date-detail", ".ngay-dang", ".news-date", ".date", ".time"),
        sapo=(".sapo-detail", ".summary-detail", ".sapo", ".news-summary", ".trich-yeu"),
        body=(".content-detail", "[class*=ExternalClass]", ".ms-rtestate-field"),
        crumbs=(".ms-sitemapdirectional", ".breadcrumb", ".breadcrumbs"),
        author=(".author-detail", ".tacgia", ".tac-gia", ".author"),
    ),
    "wordpress": Profile(
        title=("article .entry-title", ".entry-title", ".post-title", "h1"),
        date=("time.entry-date", "article time", ".posted-on time", ".entry-date", ".post-date"),
        sapo=(".entry-excerpt", ".sapo"),
        body=(".entry-content", ".post-content", "article .content"),
        crumbs=(".breadcrumb", ".breadcrumbs", "#breadcrumbs"),
        author=(".byline .author", ".author .fn", ".author-name", ".entry-author"),
        category=(".cat-links a", ".entry-categories a"),
        listing=("body.archive", "body.blog", "body.search", "body.home"),
    ),
}

_MARKERS = (
    ("liferay", ("Liferay", "portlet-boundary", "p_p_id_")),
    (
        "sharepoint",
        (
            "ms-rtestate-field",
            "_spPageContextInfo",
            "ms-sitemapdirectional",
            "ExternalClass",
            "SharePoint",
        ),
    ),
    ("nukeviet", ("NukeViet", "news-bodyhtml", "news_column", "nv_base_siteurl")),
    ("wordpress", ("wp-content/", "wp-includes/", "WordPress")),
)


def detect_software(text: str) -> str:
    head = text[:300_000]
    for software, markers in _MARKERS:
        if any(marker in head for marker in markers):
            return software
    return "generic"


def _longest(elements):
    return max(elements, key=lambda element: len(text_of(element))) if elements else None


def _detach(element) -> None:
    if element is not None and element.getparent() is not None:
        parent = element.getparent()
        tail = element.tail
        previous = element.getprevious()
        if tail and tail.strip():
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)


def profile_parts(root, software: str) -> Parts:
    """Parts from the selectors of ``software``; the generic rules fill what is missing."""
    profile = PROFILES[software]
    body = _longest(select(root, *profile.body))
    if profile.listing and select(root, *profile.listing):
        body = None
    if body is None or looks_like_listing(body) and len(text_of(body)) < 2000:
        parts = generic_parts(root)
        parts.category = breadcrumb_items(select(root, *profile.crumbs)) or parts.category
        if body is None or looks_like_listing(parts.body):
            parts.kind = "listing"
            parts.published_at, parts.date_text = None, ""
            parts.title = parts.category[-1] if parts.category else page_title(root)
        return parts
    heading = next((el for el in select(root, *profile.title) if text_of(el)), None)
    title = text_of(heading) if heading is not None else page_title(root)
    date_text, published = date_from(select(root, *profile.date))
    if published is None:
        date_text, published = meta_date(root)
    if published is None:
        date_text, published = date_line_after(root, heading)
    sapo_element = first(root, *profile.sapo) if profile.sapo else None
    sapo = text_of(sapo_element)
    if sapo_element is not None and _inside(sapo_element, body):
        _detach(sapo_element)
    author_element = first(body, *profile.author)
    if author_element is None:
        author_element = first(root, *profile.author)
    author = text_of(author_element)
    if author_element is not None and _inside(author_element, body):
        _detach(author_element)
    category = breadcrumb_items(select(root, *profile.crumbs))
    if not category and profile.category:
        category = [text_of(el) for el in select(root, *profile.category) if text_of(el)]
    if category and category[-1] == title:
        category = category[:-1]
    return Parts(
        title=title,
        date_text=date_text,
        published_at=published,
        category=category,
        sapo=sapo,
        body=body,
        author=author,
        kind="article" if published else "page",
    )


def _inside(element, container) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def liferay_parts(root) -> Parts:
    """Liferay 6 portals: the main column, the asset publisher and journal content.

    The title of a section or static page is the last breadcrumb item, as the reader sees
    it above the content; an item's detail view has its own asset title.
    """
    main = first(root, "#column-1", ".portlet-column-first", "#main-content", "#content")
    if main is None:
        main = first(root, "body")
    if main is None:
        main = root
    crumb_portlet = first(main, ".dd_chuyenmuc", ".breadcrumbs", ".breadcrumb")
    crumbs = breadcrumb_items([crumb_portlet] if crumb_portlet is not None else [])
    if crumb_portlet is not None:
        boundary = next(
            (
                ancestor
                for ancestor in crumb_portlet.iterancestors()
                if "portlet-boundary" in (ancestor.get("class") or "")
            ),
            crumb_portlet,
        )
        _detach(boundary)
    detail = first(main, ".asset-full-content")
    if detail is not None:
        title = text_of(first(main, ".asset-full-content-title", ".header-title"))
        date_text, published = date_from(
            select(main, ".assetPublishDate", ".metadata-publish-date")
        )
        content = first(detail, ".asset-content")
        content = detail if content is None else content
        sapo_element = first(content, ".sapo-wrapper", ".sapo")
        sapo = text_of(sapo_element)
        _detach(sapo_element)
        author_element = first(content, ".view-content-author")
        author = text_of(author_element)
        _detach(author_element)
        return Parts(
            title=title or (crumbs[-1] if crumbs else page_title(root)),
            date_text=date_text,
            published_at=published,
            category=crumbs,
            sapo=sapo,
            body=content,
            author=author,
            kind="article" if published else "page",
        )
    title = crumbs[-1] if crumbs else page_title(root)
    portlets = [
        portlet
        for portlet in main.xpath(".//div[contains(@class,'portlet-boundary')]")
        if text_of(portlet)
    ]
    journal_only = portlets and all(
        "portlet-journal-content" in (portlet.get("class") or "") for portlet in portlets
    )
    return Parts(
        title=title,
        category=crumbs,
        body=main,
        kind="page" if journal_only else "listing",
    )
