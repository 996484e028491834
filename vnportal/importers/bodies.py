"""An imported body as the blocks of an article (news.blocks.ArticleBodyBlock).

Text goes through the same cleaning as anything pasted (news.cleaning), so an old
portal's inline styles, fonts and scripts never reach the page. An image whose file the
import brought into the media library becomes an image block with its alt text and
caption; a table becomes a table block; a link to an imported attachment becomes a
document link, so the file is served by the new portal, not the closed one.
"""

import html
import uuid

from bs4 import BeautifulSoup, NavigableString, Tag

from vnportal.news.cleaning import clean_rich_text
from vnportal.vntext import normalize

# Elements that start a block of their own; everything else is text of a paragraph.
OWN_BLOCKS = {"img", "figure", "table"}
CONTAINERS = {"div", "section", "article", "main", "span", "font", "center"}


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def paragraphs_body(paragraphs) -> list[dict]:
    """Plain paragraphs: one paragraph block, each paragraph escaped."""
    text = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs if p.strip())
    return [_block("paragraph", text)] if text else []


class BodyBuilder:
    """Turns one HTML body into blocks. `image_for(src) -> (image id or None)` and
    `document_for(href) -> (document id or None)` bring in the page's own files."""

    def __init__(self, image_for, document_for):
        self.image_for = image_for
        self.document_for = document_for

    def blocks(self, body_html: str) -> list[dict]:
        soup = BeautifulSoup(body_html or "", "html.parser")
        self._link_documents(soup)
        blocks: list[dict] = []
        pending: list[str] = []
        self._walk(soup, blocks, pending)
        self._flush(blocks, pending)
        return blocks

    def _link_documents(self, soup):
        for link in soup.find_all("a", href=True):
            document_id = self.document_for(link["href"])
            if document_id is not None:
                # Wagtail's stored form of a document link; clean_rich_text keeps it.
                link.attrs = {"linktype": "document", "id": str(document_id)}

    def _walk(self, node, blocks, pending):
        for child in list(node.children):
            if isinstance(child, NavigableString):
                pending.append(str(child))
            elif not isinstance(child, Tag):
                continue
            elif child.name in OWN_BLOCKS:
                self._flush(blocks, pending)
                block = self._own_block(child)
                if block is not None:
                    blocks.append(block)
            elif child.name in CONTAINERS and child.find(OWN_BLOCKS):
                self._walk(child, blocks, pending)
            elif child.name == "p" and child.find(OWN_BLOCKS):
                # An image inside a paragraph (the usual CMS markup) splits the text.
                self._flush(blocks, pending)
                self._walk(child, blocks, pending)
                self._flush(blocks, pending)
            else:
                pending.append(str(child))

    def _flush(self, blocks, pending):
        text = "".join(pending).strip()
        pending.clear()
        if not text:
            return
        cleaned = clean_rich_text(text)
        if cleaned:
            blocks.append(_block("paragraph", cleaned))

    def _own_block(self, tag):
        if tag.name == "table":
            return _table_block(tag)
        image = tag if tag.name == "img" else tag.find("img")
        if image is None or not image.get("src"):
            return None
        image_id = self.image_for(image["src"])
        if image_id is None:
            return None
        caption = ""
        if tag.name == "figure" and tag.find("figcaption"):
            caption = _text(tag.find("figcaption"))
        return _block(
            "image",
            {"image": image_id, "alt": normalize(image.get("alt", "")).strip(), "caption": caption},
        )


def _text(tag) -> str:
    return " ".join(normalize(tag.get_text(" ")).split())


def _table_block(table):
    rows = []
    for row in table.find_all("tr"):
        cells = [_text(cell) for cell in row.find_all(["th", "td"])]
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    first = table.find("tr")
    header = first is not None and first.find("th") is not None
    return _block(
        "table",
        {
            "data": rows,
            "first_row_is_table_header": header,
            "first_col_is_header": False,
            "table_caption": _text(table.caption) if table.caption else "",
        },
    )
