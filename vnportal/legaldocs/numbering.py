"""What a document's number gives it: the lookup key, its slug in the site's register."""

import re

from vnportal.vntext import fold
from vnportal.vntext.docnumber import DocumentNumberError, parse

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def number_key(text: str) -> str:
    """The key a number is looked up by; a text that does not parse keys as itself, folded,
    so that it can still match the same text typed again."""
    try:
        return parse(text).key
    except DocumentNumberError:
        return fold(" ".join((text or "").split()))[:120]


def slug_base(document) -> str:
    slug = _NOT_SLUG.sub("-", fold(document.number)).strip("-")[:120] or "van-ban"
    # A công văn's number restarts every year: 123/UBND-VP of 2024 is not that of 2025.
    if document.issued_on and str(document.issued_on.year) not in slug:
        slug = f"{slug}-{document.issued_on.year}"
    return slug


def number_order(text: str) -> str:
    """A sort key that puts numbers in numeric order: "2/QĐ-UBND" before "10/QĐ-UBND"."""
    key = number_key(text)
    digits = len(key) - len(key.lstrip("0123456789"))
    if not digits:
        return key[:140]
    return f"{int(key[:digits]):010d}{key[digits:]}"[:140]


def fill_number_fields(document) -> None:
    """Set `number` canonical (when it parses), `number_key`, `number_order`, `year`,
    `starts_on` and a `slug` unique in the site's register. A slug, once given, stays:
    links to the document keep working."""
    try:
        document.number = parse(document.number).canonical
    except DocumentNumberError:
        document.number = " ".join(document.number.split())
    document.number_key = number_key(document.number)
    document.number_order = number_order(document.number)
    document.year = document.issued_on.year
    document.starts_on = document.effective_from or document.issued_on
    if document.slug:
        return
    base = slug_base(document)
    taken = set(
        type(document)
        .objects.filter(site_id=document.site_id, slug__startswith=base)
        .exclude(pk=document.pk)
        .values_list("slug", flat=True)
    )
    slug, counter = base, 1
    while slug in taken:
        counter += 1
        slug = f"{base}-{counter}"
    document.slug = slug
