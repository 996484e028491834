"""Rules that hold on any portal: page title, breadcrumb, date line, main text block."""

import re

from vnportal.vntext import normalize

from .chrome import is_home
from .dates import looks_like_date_line, parse_date_line, parse_iso_datetime
from .model import Parts
from .select import first, select, text_of

_SPACES = re.compile(r"\s+")
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " » ")
_CRUMB_SEPARATORS = re.compile(r"\s*(?:>|»|›|/|\|)\s*")
_SCORED = ("p", "div", "td", "li", "span", "font", "blockquote", "pre")
_DATE_META = (
    "article:published_time",
    "datePublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
)


def page_title(root) -> str:
    """The title from og:title or <title>, without the site name after the last dash."""
    for value in root.xpath("//meta[@property='og:title']/@content"):
        if value.strip():
            return strip_site_name(normalize(value.strip()))
    element = first(root, "title")
    return strip_site_name(text_of(element)) if element is not None else ""


def strip_site_name(title: str) -> str:
    for separator in _TITLE_SEPARATORS:
        if separator in title:
            head = title.rsplit(separator, 1)[0].strip()
            if len(head) >= 3:
                return head
    return title.strip()


def breadcrumb_items(elements) -> list[str]:
    """The texts of a breadcrumb, outermost first, without the home link."""
    if not elements:
        return []
    if len(elements) > 1:
        texts = [text_of(element) for element in elements]
    else:
        container = elements[0]
        items = container.xpath("./li|./*/li") or container.xpath(".//a|.//span[not(*)]|.//p")
        texts = [text_of(item) for item in items] if items else [text_of(container)]
        if len(texts) == 1 and _CRUMB_SEPARATORS.search(texts[0]):
            texts = _CRUMB_SEPARATORS.split(texts[0])
    result = []
    for text in texts:
        text = text.strip(" >»›/|")
        if not text or is_home(text) or (result and result[-1] == text):
            continue
        result.append(text)
    return result


def date_from(elements) -> tuple[str, object]:
    """The first date among ``elements``: (text as shown, datetime or None)."""
    for element in elements:
        for value in (element.get("datetime"), element.get("content"), element.get("title")):
            if value:
                parsed = parse_iso_datetime(value) or parse_date_line(value)
                if parsed:
                    return text_of(element) or normalize(value), parsed
        text = text_of(element)
        parsed = parse_date_line(text) if len(text) <= 120 else None
        if parsed:
            return text, parsed
    return "", None


def meta_date(root) -> tuple[str, object]:
    for name in _DATE_META:
        for value in root.xpath(
            f"//meta[@property='{name}' or @name='{name}' or @itemprop='{name}']/@content"
        ):
            parsed = parse_iso_datetime(value) or parse_date_line(value)
            if parsed:
                return "", parsed
    for element in root.xpath("//time[@datetime]|//*[@itemprop='datePublished']"):
        text, parsed = date_from([element])
        if parsed:
            return text, parsed
    return "", None


def date_line_after(root, anchor=None, limit: int = 400) -> tuple[str, object]:
    """The first short text that is a date line, after ``anchor`` in document order."""
    started = anchor is None
    seen = 0
    for element in root.iter():
        if element is anchor:
            started = True
            continue
        if not started or not isinstance(element.tag, str):
            continue
        if element.tag in ("script", "style", "option", "select"):
            continue
        seen += 1
        if seen > limit:
            break
        for text in (element.text, element.tail):
            if text and text.strip() and looks_like_date_line(_SPACES.sub(" ", text).strip()):
                line = normalize(_SPACES.sub(" ", text).strip())
                return line, parse_date_line(line)
        if len(element) <= 4:
            text = text_of(element)
            if 6 <= len(text) <= 90 and looks_like_date_line(text):
                return text, parse_date_line(text)
    return "", None


def link_density(element) -> float:
    text = len(text_of(element))
    if not text:
        return 1.0
    links = sum(len(text_of(a)) for a in element.iter("a"))
    return min(1.0, links / text)


def looks_like_listing(element) -> bool:
    """Whether a block is mostly links to other items (a section page, a site map)."""
    if element is None:
        return True
    links = [a for a in element.iter("a") if text_of(a)]
    if len(links) >= 5 and link_density(element) > 0.45:
        return True
    headings = element.xpath(".//h2[a]|.//h3[a]|.//h4[a]|.//*[contains(@class,'title')][a]")
    if len(headings) >= 3:
        return True
    dates = 0
    for node in element.iter():
        if isinstance(node.tag, str) and len(node) <= 2:
            text = text_of(node)
            if 6 <= len(text) <= 60 and looks_like_date_line(text):
                dates += 1
                if dates >= 3:
                    return True
    return False


def main_block(root):
    """The element holding the most paragraph text, links discounted."""
    body = first(root, "body")
    body = root if body is None else body
    scores: dict = {}
    for element in body.iter(*_SCORED):
        own = _own_text_length(element)
        if own < 25:
            continue
        # Text written straight into a div or cell (lines split by <br>) makes that
        # element the container; a paragraph's container is its parent.
        if element.tag in ("div", "td") and own >= 100:
            container = element
        else:
            container = element.getparent()
        container = _outside_layout_table(container)
        if container is None:
            continue
        scores[container] = scores.get(container, 0) + own
        parent = container.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + own / 2
    if not scores:
        return body
    best = max(scores, key=lambda element: scores[element] * (1 - link_density(element)))
    return best


def _outside_layout_table(element):
    """A one-cell table only frames its content: score the element around the table."""
    while element is not None and element.tag in ("td", "th", "tr", "tbody", "thead", "table"):
        table = (
            element
            if element.tag == "table"
            else next((a for a in element.iterancestors() if a.tag == "table"), None)
        )
        if table is None or len(table.xpath(".//td|.//th")) > 1:
            return element
        element = table.getparent()
    return element


_LOGO = re.compile(r"logo|site-?title|site-?name|brand|banner", re.IGNORECASE)


def title_heading(root, body):
    """The h1 that titles ``body``: the last one before it, else the first inside it.

    An h1 holding the site's name or logo (many themes make it one) is not a title.
    """
    order = {element: index for index, element in enumerate(root.iter())}
    start = order.get(body, 0)
    before, inside = None, None
    for heading in root.iter("h1"):
        if not text_of(heading) or any(
            _LOGO.search((node.get("class") or "") + " " + (node.get("id") or ""))
            or node.tag == "header"
            and node.getparent() is not None
            and node.getparent().tag == "body"
            for node in (heading, *heading.iterancestors())
        ):
            continue
        if order.get(heading, 0) < start:
            before = heading
        elif inside is None and any(a is body for a in heading.iterancestors()):
            inside = heading
    return before if before is not None else inside


def _own_text_length(element) -> int:
    length = len((element.text or "").strip())
    for child in element:
        if isinstance(child.tag, str) and child.tag in (
            "a",
            "strong",
            "b",
            "em",
            "i",
            "span",
            "font",
            "u",
            "br",
            "sup",
            "sub",
        ):
            length += len(child.text_content().strip())
        length += len((child.tail or "").strip())
    return length


def generic_parts(root) -> Parts:
    body = main_block(root)
    heading = title_heading(root, body)
    title = text_of(heading) if heading is not None else page_title(root)
    date_text, published = meta_date(root)
    if published is None:
        date_text, published = date_line_after(root, heading)
    crumbs = breadcrumb_items(
        select(
            root,
            ".breadcrumb",
            ".breadcrumbs",
            "#breadcrumbs",
            "[class*=breadcrumb]",
            ".path",
            ".duongdan",
            ".duong-dan",
        )
    )
    return Parts(
        title=title,
        date_text=date_text,
        published_at=published,
        category=crumbs,
        body=body,
    )
