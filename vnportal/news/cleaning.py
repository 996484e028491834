"""Clean rich text pasted from Word or copied from a web page, before it is stored.

Draftail cleans what is pasted into the admin editor, but importers, API writes and old
content reach the database without it. `clean_rich_text(html)` keeps only what an
article paragraph (blocks.ArticleBodyBlock "paragraph") allows, in Wagtail's stored
format: paragraphs, headings h2 and h3, bold, italic, bulleted and numbered lists, links
(web addresses, and Wagtail's page and document links), horizontal rules and line breaks.
Everything else goes:

- inline styles, fonts, classes, ids, `lang`, event handlers (`onclick`), `mso-*`;
- Word's `<o:p>`, `<xml>` islands, conditional comments (`<!--[if gte mso 9]>`), the list
  numbers Word writes between `<![if !supportLists]>` and `<![endif]>`, `<style>` with its
  `@font-face` rules;
- scripts, iframes, objects, forms;
- spans, divs and fonts are unwrapped, keeping their text.

Word's list paragraphs (`MsoListParagraph…`) become real lists; a table becomes one
paragraph per row, cells joined by " | " (tables belong in the article's "Bảng" block).
Text is stored in NFC. Cleaning is idempotent and needs no database.
"""

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from vnportal.vntext.normalize import normalize

BLOCK_TAGS = {"p", "h2", "h3", "ul", "ol", "hr"}
INLINE_TAGS = {"b", "i", "a", "br"}
RENAMED = {
    "strong": "b",
    "em": "i",
    "h1": "h2",
    "h4": "h3",
    "h5": "h3",
    "h6": "h3",
}
# Removed with everything inside them.
DROPPED = {
    "head",
    "title",
    "meta",
    "link",
    "style",
    "script",
    "noscript",
    "template",
    "xml",
    "iframe",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "img",
    "video",
    "audio",
    "source",
    "picture",
}
SAFE_HREF = re.compile(r"^(https?:|mailto:|tel:|/|#)", re.IGNORECASE)
# Wagtail's internal links in stored rich text: <a linktype="page" id="3">.
INTERNAL_LINK_TYPES = {"page", "document"}

_HIDDEN_CONDITIONAL = re.compile(r"<!--\[if[^\]]*\]>.*?<!\[endif\]\s*-->", re.DOTALL | re.I)
_LIST_MARKER = re.compile(r"<!\[if !supportLists\]>(.*?)<!\[endif\]>", re.DOTALL | re.I)
_REVEALED_CONDITIONAL = re.compile(r"<!\[(?:if[^\]]*|endif)\]>", re.I)
_ORDERED_MARKER = re.compile(r"^\(?([0-9]+|[a-zA-Z]|[ivxlcdm]+)[.)]")
_SPACES = re.compile(r"\s+")
_BLOCK_KEY = re.compile(r"^[a-z0-9]{1,16}$")
MARKER_TAG = "vnportal-list-marker"


def clean_rich_text(html):
    """The stored form of `html` with only what an article paragraph allows."""
    if not html or not html.strip():
        return ""
    html = _HIDDEN_CONDITIONAL.sub("", html)
    html = _LIST_MARKER.sub(lambda m: f"<{MARKER_TAG}>{m.group(1)}</{MARKER_TAG}>", html)
    html = _REVEALED_CONDITIONAL.sub("", html)
    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if tag.name in DROPPED or tag.name.startswith("w:") or tag.name.startswith("v:"):
            tag.decompose()
    _word_lists(soup)
    _tables(soup)
    root = soup.body or soup
    blocks = []
    _collect(root, blocks)
    return "".join(str(block) for block in blocks if _has_content(block))


def _word_lists(soup):
    """Word writes a list as paragraphs with classes MsoListParagraphCxSpFirst, …Middle,
    …Last, each starting with its number or bullet: turn each run into <ol> or <ul>."""
    paragraphs = [
        p
        for p in soup.find_all("p")
        if any(c.startswith("MsoListParagraph") for c in p.get("class", []))
    ]
    current = None
    for p in paragraphs:
        marker = p.find(MARKER_TAG)
        marker_text = marker.get_text(strip=True) if marker else ""
        if marker:
            marker.decompose()
        classes = p.get("class", [])
        starts = current is None or any(c.endswith(("CxSpFirst", "Paragraph")) for c in classes)
        if starts or p.find_previous_sibling() is not current["last"]:
            kind = "ol" if _ORDERED_MARKER.match(marker_text) else "ul"
            container = soup.new_tag(kind)
            p.insert_before(container)
            current = {"list": container, "last": container}
        item = soup.new_tag("li")
        for child in list(p.contents):
            item.append(child.extract())
        current["list"].append(item)
        p.decompose()
        current["last"] = current["list"]
    for marker in soup.find_all(MARKER_TAG):
        marker.decompose()


def _tables(soup):
    for table in soup.find_all("table"):
        rows = []
        for row in table.find_all("tr"):
            cells = [_text(cell) for cell in row.find_all(["td", "th"])]
            cells = [cell for cell in cells if cell]
            if cells:
                paragraph = soup.new_tag("p")
                paragraph.string = " | ".join(cells)
                rows.append(paragraph)
        for paragraph in rows:
            table.insert_before(paragraph)
        table.decompose()


def _text(tag):
    return _SPACES.sub(" ", normalize(tag.get_text(" "))).strip()


def _new(name):
    return BeautifulSoup("", "html.parser").new_tag(name)


def _collect(node, blocks):
    """Append the cleaned blocks found in `node`; loose inline content goes into <p>."""
    loose = None
    for child in list(node.children):
        name = _name(child)
        if name in ("ul", "ol"):
            loose = None
            blocks.append(_clean_list(child, name))
        elif name == "hr":
            loose = None
            blocks.append(_new("hr"))
        elif name in ("p", "h2", "h3"):
            loose = None
            block = _with_key(_new(name), child)
            _inline_into(child, block)
            blocks.append(block)
        elif name in ("li",):
            loose = None
            block = _new("p")
            _inline_into(child, block)
            blocks.append(block)
        elif isinstance(child, Tag) and _contains_block(child):
            loose = None
            _collect(child, blocks)
        elif name == "div" or name == "blockquote":
            loose = None
            block = _new("p")
            _inline_into(child, block)
            blocks.append(block)
        else:
            if loose is None:
                loose = _new("p")
                blocks.append(loose)
            _inline_into_single(child, loose)


def _clean_list(tag, name):
    cleaned = _new(name)
    for item in tag.find_all("li", recursive=False) or tag.find_all("li"):
        li = _with_key(_new("li"), item)
        _inline_into(item, li)
        if _has_content(li):
            cleaned.append(li)
    return cleaned


def _with_key(block, source):
    # Draftail's block keys anchor the editors' comments: keep the ones it wrote.
    key = source.get("data-block-key", "")
    if _BLOCK_KEY.match(key):
        block["data-block-key"] = key
    return block


def _contains_block(tag):
    return tag.find(lambda t: _name(t) in BLOCK_TAGS | {"li", "div", "h2", "h3"}) is not None


def _name(node):
    if not isinstance(node, Tag):
        return None
    return RENAMED.get(node.name, node.name)


def _inline_into(source, target):
    for child in list(source.children):
        _inline_into_single(child, target)
    _trim(target)


def _inline_into_single(child, target):
    if isinstance(child, NavigableString):
        if isinstance(child, Comment):
            return
        text = _SPACES.sub(" ", normalize(str(child)))
        if text:
            target.append(NavigableString(text))
        return
    name = _name(child)
    if name == "br":
        target.append(_new("br"))
    elif name in ("b", "i"):
        inner = _new(name)
        _inline_into(child, inner)
        if _has_content(inner):
            target.append(inner)
    elif name == "a":
        link = _clean_link(child)
        _inline_into(child, link)
        if link.attrs and _has_content(link):
            target.append(link)
        else:
            for part in list(link.contents):
                target.append(part.extract())
    elif name == "span" and _is_bold_span(child):
        inner = _new("b")
        _inline_into(child, inner)
        if _has_content(inner):
            target.append(inner)
    else:
        # span, font, u, sup, o:p, div inside a paragraph …: keep the text only.
        for grandchild in list(child.children):
            _inline_into_single(grandchild, target)


def _is_bold_span(tag):
    style = (tag.get("style") or "").replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style


def _clean_link(tag):
    link = _new("a")
    linktype = tag.get("linktype")
    if linktype in INTERNAL_LINK_TYPES and (tag.get("id") or "").isdigit():
        link["linktype"] = linktype
        link["id"] = tag["id"]
        return link
    href = (tag.get("href") or "").strip()
    if href and SAFE_HREF.match(href):
        link["href"] = href
    return link


def _trim(block):
    """No leading or trailing spaces, no double spaces across inline tags."""
    strings = [s for s in block.find_all(string=True)]
    previous_space = True
    for string in strings:
        text = str(string)
        if previous_space:
            text = text.lstrip(" ")
        if text != str(string):
            string.replace_with(NavigableString(text))
        if text:
            previous_space = text.endswith(" ")
    strings = [s for s in block.find_all(string=True)]
    for string in reversed(strings):
        text = str(string).rstrip(" ")
        if text != str(string):
            string.replace_with(NavigableString(text))
        if text:
            break


def _has_content(tag):
    if tag.name == "hr":
        return True
    return bool(tag.get_text(strip=True))


def clean_body_paragraphs(body):
    """Clean every paragraph block of an article body (a StreamValue) in place, so that
    whatever wrote the body (the admin, an importer, the API) stores it clean. Works on
    the raw data, so that the body's images and documents are not fetched."""
    raw = body.raw_data
    for index in range(len(raw)):
        item = raw[index]
        if item.get("type") != "paragraph" or not isinstance(item.get("value"), str):
            continue
        cleaned = clean_rich_text(item["value"])
        if cleaned != item["value"]:
            raw[index] = {**item, "value": cleaned}
