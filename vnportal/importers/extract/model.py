"""What the extraction of one saved page gives the import pipeline."""

import datetime
from dataclasses import dataclass, field

__all__ = ["Extracted", "Image", "Link", "Parts"]


@dataclass
class Image:
    """An image of the body. ``src`` is as written in the page (the pipeline finds saved
    local files by it); ``url`` is ``src`` made absolute against the page's original
    address when that is possible, else ""."""

    src: str
    alt: str
    caption: str = ""
    url: str = ""


@dataclass
class Link:
    """A link of the body; ``url`` is ``href`` made absolute when possible, else ""."""

    href: str
    text: str
    url: str = ""


@dataclass
class Extracted:
    """The structured content of one saved page, all text in NFC.

    ``kind`` is "article" (a dated news item or document), "page" (static content such as
    Giới thiệu) or "listing" (links to other items: home page, section list, site map,
    search or paging page). ``published_at`` is naive Vietnam local time; a date printed
    without a time gives midnight. ``warnings`` are Vietnamese sentences for the import
    report.
    """

    title: str = ""
    published_at: datetime.datetime | None = None
    date_text: str = ""
    category: list[str] = field(default_factory=list)
    sapo: str = ""
    body_html: str = ""
    images: list[Image] = field(default_factory=list)
    attachments: list[Link] = field(default_factory=list)
    original_url: str = ""
    author: str = ""
    kind: str = "page"
    software: str = "generic"
    encoding: str = "unicode"
    warnings: list[str] = field(default_factory=list)


@dataclass
class Parts:
    """What a portal-software profile found in a parsed page, before cleaning."""

    title: str = ""
    date_text: str = ""
    published_at: datetime.datetime | None = None
    category: list[str] = field(default_factory=list)
    sapo: str = ""
    body: object = None  # an lxml element, or None
    author: str = ""
    kind: str = ""  # "" lets the common rules decide
