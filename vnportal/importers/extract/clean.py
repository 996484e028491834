"""Turn a body element of a saved page into clean HTML, its images and its attachments.

Only the structure an article needs survives: paragraphs, headings h2-h4, lists, quotes,
tables, links, images, bold and italic, figures. Loose text and inline runs between blocks
become paragraphs; two line breaks in a row start a new paragraph, as old portals that
write text with ``<br><br>`` mean.
"""

import html
import re
from urllib.parse import urljoin, urlsplit

import lxml.html

from vnportal.vntext import normalize

from .chrome import DROP_TAGS, is_chrome_attr, is_chrome_text, is_related_heading
from .model import Image, Link

__all__ = ["clean_body", "plain_text", "prune"]

ATTACHMENT_EXTENSIONS = frozenset(
    ".pdf .doc .docx .xls .xlsx .odt .ods .zip .rar .7z .ppt .pptx".split()
)
_ATTACHMENT_ONLY = frozenset(".pdf .doc .docx .xls .xlsx .odt .zip .rar".split())
_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
_INLINE_KEEP = {"strong": "strong", "b": "b", "em": "em", "i": "i"}
_LISTS = ("ul", "ol")
_CELLS = ("td", "th")
_CONTAINERS = frozenset(
    "div section article main center body html dl dd dt fieldset address details summary "
    "tbody thead tfoot tr hgroup".split()
)
_SPACES = re.compile(r"\s+")
_BREAKS = re.compile(r"(?:\s*<br>\s*){2,}")
_EDGE_BREAKS = re.compile(r"^(?:\s*<br>)+|(?:<br>\s*)+$")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def prune(root) -> None:
    """Remove scripts, forms, toolbars, menus and related-news lists under ``root``."""
    for element in list(root.iterdescendants()):
        if element.getparent() is None or _detached(element, root):
            continue
        if not isinstance(element.tag, str):
            if element.tag is lxml.html.HtmlComment or not isinstance(element.tag, str):
                _drop(element)
            continue
        tag = element.tag.lower()
        if tag in DROP_TAGS or _HIDDEN.search(element.get("style") or ""):
            _drop(element)
            continue
        if is_chrome_attr(element.get("class") or "") or is_chrome_attr(element.get("id") or ""):
            _drop(element)
            continue
        text = element.text_content()
        if len(text) <= 80 and tag not in ("td", "th", "li", "img", "br"):
            if is_related_heading(text):
                for sibling in list(element.itersiblings()):
                    _drop(sibling)
                _drop(element)
                continue
            if text.strip() and is_chrome_text(text) and not element.xpath(".//img"):
                _drop(element)


def _detached(element, root) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is root:
            return False
    return True


def _drop(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


class _Writer:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.blocks: list[str] = []
        self.inline: list[str] = []
        self.images: list[Image] = []
        self.attachments: list[Link] = []
        self._seen_links: set[str] = set()

    # blocks -------------------------------------------------------------------------
    def flush(self) -> None:
        content = "".join(self.inline)
        self.inline = []
        for part in _BREAKS.split(content):
            part = _EDGE_BREAKS.sub("", part.strip()).strip()
            if _has_content(part):
                self.blocks.append(f"<p>{part}</p>")

    def container(self, element) -> None:
        self.text(element.text)
        for child in element:
            self.node(child)
            self.text(child.tail)

    def node(self, element) -> None:
        if not isinstance(element.tag, str):
            return
        tag = element.tag.lower()
        if tag in DROP_TAGS:
            return
        if tag == "p":
            self.flush()
            self.paragraph("p", element)
        elif tag in _HEADINGS:
            self.flush()
            self.paragraph(_HEADINGS[tag], element)
        elif tag in _LISTS:
            self.flush()
            rendered = self.list_html(element)
            if rendered:
                self.blocks.append(rendered)
        elif tag == "blockquote":
            self.flush()
            inner = self.nested(element)
            if inner:
                self.blocks.append(f"<blockquote>{inner}</blockquote>")
        elif tag == "table":
            self.flush()
            self.table(element)
        elif tag == "figure":
            self.flush()
            self.figure(element)
        elif tag in _CONTAINERS or tag in ("li", "td", "th"):
            self.flush()
            self.container(element)
            self.flush()
        else:
            self.inline.append(self.inline_html(element))

    def nested(self, element) -> str:
        writer = _Writer(self.base_url)
        writer._seen_links = self._seen_links
        writer.container(element)
        writer.flush()
        self.images.extend(writer.images)
        self.attachments.extend(writer.attachments)
        return "".join(writer.blocks)

    def paragraph(self, tag: str, element) -> None:
        content = _EDGE_BREAKS.sub("", self.inner_html(element).strip()).strip()
        if tag != "p":
            # A heading keeps its words but not its bold or its pictures.
            text = _text(element)
            if text:
                self.blocks.append(f"<{tag}>{html.escape(text, quote=False)}</{tag}>")
            return
        for part in _BREAKS.split(content):
            part = _EDGE_BREAKS.sub("", part.strip()).strip()
            if _has_content(part):
                self.blocks.append(f"<p>{part}</p>")

    def list_html(self, element) -> str:
        tag = element.tag.lower()
        items = []
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag.lower() in _LISTS:
                inner = self.list_html(child)
                if inner:
                    items.append(f"<li>{inner}</li>")
                continue
            content = _EDGE_BREAKS.sub("", self.inner_html(child).strip()).strip()
            if _has_content(content):
                items.append(f"<li>{content}</li>")
        return f"<{tag}>{''.join(items)}</{tag}>" if items else ""

    def table(self, element) -> None:
        rows = [row for row in element.iter("tr") if _nearest_table(row) is element]
        cells = [cell for row in rows for cell in row if _tag(cell) in _CELLS]
        if len(cells) <= 1:
            # A table used for layout: its single cell is just a container.
            self.container(cells[0] if cells else element)
            self.flush()
            return
        parts = []
        for row in rows:
            rendered = []
            for cell in row:
                tag = _tag(cell)
                if tag not in _CELLS:
                    continue
                attrs = "".join(
                    f' {name}="{int(value)}"'
                    for name in ("colspan", "rowspan")
                    if (value := (cell.get(name) or "").strip()).isdigit() and int(value) > 1
                )
                content = _EDGE_BREAKS.sub("", self.cell_html(cell).strip()).strip()
                rendered.append(f"<{tag}{attrs}>{content}</{tag}>")
            if rendered:
                parts.append(f"<tr>{''.join(rendered)}</tr>")
        if parts:
            self.blocks.append(f"<table><tbody>{''.join(parts)}</tbody></table>")

    def cell_html(self, cell) -> str:
        # Paragraphs inside a cell become lines of the cell.
        out = [self.escape(cell.text)]
        for child in cell:
            if _tag(child) in ("p", "div") and out and out[-1].strip():
                out.append("<br>")
            if _tag(child) == "table":
                out.append(self.inner_html(child))
            else:
                out.append(self.inline_html(child))
            out.append(self.escape(child.tail))
        return "".join(out)

    def figure(self, element) -> None:
        captions = element.xpath(".//figcaption")
        caption = _text(captions[0]) if captions else ""
        images = []
        for img in element.iter("img"):
            rendered = self.image(img, caption)
            if rendered:
                images.append(rendered)
        if not images:
            self.container(element)
            self.flush()
            return
        caption_html = (
            f"<figcaption>{html.escape(caption, quote=False)}</figcaption>" if caption else ""
        )
        self.blocks.append(f"<figure>{''.join(images)}{caption_html}</figure>")

    # inline -------------------------------------------------------------------------
    def text(self, text) -> None:
        if text:
            self.inline.append(self.escape(text))

    @staticmethod
    def escape(text) -> str:
        if not text:
            return ""
        return html.escape(_SPACES.sub(" ", text), quote=False)

    def inner_html(self, element) -> str:
        out = [self.escape(element.text)]
        for child in element:
            out.append(self.inline_html(child))
            out.append(self.escape(child.tail))
        return "".join(out)

    def inline_html(self, element) -> str:
        if not isinstance(element.tag, str):
            return ""
        tag = element.tag.lower()
        if tag in DROP_TAGS:
            return ""
        if tag == "br":
            return "<br>"
        if tag == "img":
            return self.image(element)
        if tag in _LISTS:
            return self.list_html(element)
        if tag == "a":
            return self.anchor(element)
        inner = self.inner_html(element)
        if tag in _INLINE_KEEP:
            return f"<{tag}>{inner}</{tag}>" if inner.strip() else inner
        if tag in _HEADINGS or tag in ("p", "div", "li", "blockquote", "tr"):
            return f"<br>{inner}<br>" if inner.strip() else ""
        if tag in _CELLS:
            return f" {inner} "
        return inner

    def anchor(self, element) -> str:
        inner = self.inner_html(element)
        href = (element.get("href") or "").strip()
        if not href or href.startswith("#") or href.lower().startswith(("javascript:", "data:")):
            return inner
        extension = _extension(href)
        if extension in _ATTACHMENT_ONLY and href not in self._seen_links:
            self._seen_links.add(href)
            self.attachments.append(
                Link(
                    href=href,
                    text=normalize(_text(element)),
                    url=_absolute(self.base_url, href),
                )
            )
        return f'<a href="{html.escape(href)}">{inner}</a>'

    def image(self, element, caption: str = "") -> str:
        src = ""
        for name in ("src", "data-src", "data-original", "data-lazy-src"):
            value = (element.get(name) or "").strip()
            if value and not value.startswith("data:"):
                src = value
                break
        if not src or _is_spacer(element, src):
            return ""
        alt = normalize(_SPACES.sub(" ", element.get("alt") or "").strip())
        self.images.append(
            Image(src=src, alt=alt, caption=normalize(caption), url=_absolute(self.base_url, src))
        )
        return f'<img src="{html.escape(src)}" alt="{html.escape(alt)}">'


def clean_body(element, base_url: str = "") -> tuple[str, list[Image], list[Link]]:
    """Return the clean HTML of ``element`` (already pruned), its images and attachments."""
    if element is None:
        return "", [], []
    writer = _Writer(base_url)
    writer.container(element)
    writer.flush()
    body = "\n".join(writer.blocks)
    return normalize(body), writer.images, writer.attachments


def plain_text(body_html: str) -> str:
    """The words of clean body HTML, one block a line."""
    if not body_html or not body_html.strip():
        return ""
    fragment = lxml.html.fragment_fromstring(
        body_html.replace("<br>", "<br> "), create_parent="div"
    )
    lines = []
    for block in fragment:
        rows = block.xpath(".//tr|./li") if _tag(block) in ("table", "ul", "ol") else [block]
        for row in rows:
            cells = row.xpath("./td|./th") or [row]
            text = " ".join(_SPACES.sub(" ", cell.text_content()).strip() for cell in cells)
            if text.strip():
                lines.append(text.strip())
    return "\n".join(lines)


def _text(element) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()


def _tag(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _nearest_table(row):
    for ancestor in row.iterancestors():
        if _tag(ancestor) == "table":
            return ancestor
    return None


def _has_content(fragment: str) -> bool:
    if "<img" in fragment:
        return True
    text = re.sub(r"<[^>]+>", "", fragment)
    return bool(html.unescape(text).strip())


def _extension(href: str) -> str:
    path = urlsplit(href).path if "://" in href else href.split("?")[0].split("#")[0]
    name = path.rsplit("/", 1)[-1].lower()
    return name[name.rfind(".") :] if "." in name else ""


def _absolute(base_url: str, href: str) -> str:
    if "://" in href[:12]:
        return href
    if not base_url:
        return ""
    try:
        return urljoin(base_url, href)
    except ValueError:
        return ""


def _is_spacer(element, src: str) -> bool:
    name = src.rsplit("/", 1)[-1].lower()
    if name.startswith(("spacer", "blank.", "pixel.", "transparent.")):
        return True
    return (element.get("width") or "").strip() in ("0", "1") or (
        element.get("height") or ""
    ).strip() in ("0", "1")
