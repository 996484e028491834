"""Turn the numbers/symbols a text mentions into links to the register.

"theo Nghị định số 42/2022/NĐ-CP" in an article becomes a link to that decree's page when
the decree is registered. The linked HTML is computed when the text is saved and kept in
`LinkedText`; a page view reads it back and never parses anything. Adding, renaming,
hiding or deleting a document re-links exactly the texts that mention its number (their
keys are stored), so a link never waits for the article's next edit.

Text already inside a link, and inside `<script>`, `<style>` or `<code>`, is left alone.
"""

import html as html_lib

from bs4 import BeautifulSoup, NavigableString
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe
from wagtail import hooks

from vnportal.core.linked_text import LINKED_HTML_HOOK, text_saved
from vnportal.vntext.docnumber import find_numbers

from .models import LegalDocument, LinkedText

SKIPPED_PARENTS = {"a", "script", "style", "code", "pre", "textarea", "button", "title"}
LINK_CLASS = "doc-link"


def link_numbers(html: str, resolve) -> tuple[str, set[str]]:
    """Return `html` with every number that `resolve(key)` knows (an address) wrapped in
    a link, and the keys of all numbers mentioned, known or not."""
    soup = BeautifulSoup(html, "html.parser")
    keys = set()
    for node in list(soup.find_all(string=True)):
        if not isinstance(node, NavigableString) or type(node) is not NavigableString:
            continue  # comments, doctype, CDATA
        if any(parent.name in SKIPPED_PARENTS for parent in node.parents):
            continue
        text = str(node)
        matches = find_numbers(text)
        if not matches:
            continue
        pieces, position, changed = [], 0, False
        for match in matches:
            key = match.parsed.key
            keys.add(key)
            url = resolve(key)
            if not url:
                continue
            changed = True
            pieces.append(html_lib.escape(text[position : match.start], quote=False))
            pieces.append(
                f'<a class="{LINK_CLASS}" href="{html_lib.escape(url)}" '
                f'title="{html_lib.escape(str(match.parsed))}">'
                f"{html_lib.escape(match.raw, quote=False)}</a>"
            )
            position = match.end
        if changed:
            pieces.append(html_lib.escape(text[position:], quote=False))
            node.replace_with(BeautifulSoup("".join(pieces), "html.parser"))
    return str(soup), keys


class Resolver:
    """Finds the address of a registered number, as read from `site_id`: that site's
    own document first, then one of another site (a commune article citing the
    province's decision). Hidden documents are never linked."""

    def __init__(self, site_id, exclude_id=None):
        from .locate import IndexPages

        self.site_id = site_id
        self.exclude_id = exclude_id
        self.pages = IndexPages()
        # One resolver may serve many texts (an import links thousands): each number is
        # looked up once.
        self._found: dict[str, str | None] = {}

    def __call__(self, key):
        if key not in self._found:
            self._found[key] = self._address(key)
        return self._found[key]

    def _address(self, key):
        candidates = LegalDocument.objects.public().filter(number_key=key)
        if self.exclude_id:
            candidates = candidates.exclude(pk=self.exclude_id)
        document = (
            candidates.filter(site_id=self.site_id).order_by("-issued_on").first()
            or candidates.select_related("site").order_by("-issued_on").first()
        )
        if document is None:
            return None
        path = self.pages.document_path(document)
        if path is None:
            return None
        if document.site_id == self.site_id:
            return path
        return document.site.root_url + path


def _stored_keys(keys):
    return f" {' '.join(sorted(keys))} " if keys else ""


def store(obj, field_name: str, html: str, site_id, exclude_id=None, resolver=None) -> None:
    """Compute and keep the linked form of `html` (the rendering of `obj.field_name`)."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    resolver = resolver or Resolver(site_id, exclude_id)
    linked, keys = link_numbers(html, resolver) if html else ("", set())
    existing = LinkedText.objects.filter(content_type=content_type, object_id=obj.pk)
    if not keys:
        existing.delete()
        return
    LinkedText.objects.update_or_create(
        content_type=content_type,
        object_id=obj.pk,
        defaults={"html": linked, "keys": _stored_keys(keys), "field_name": field_name},
    )


def stored_html(obj, field_name):
    """The linked HTML kept for `obj.field_name`, or None."""
    if getattr(obj, "pk", None) is None:
        return None
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return (
        LinkedText.objects.filter(
            content_type=content_type, object_id=obj.pk, field_name=field_name
        )
        .values_list("html", flat=True)
        .first()
    )


# --- the texts that are linked -------------------------------------------------------


def plain_text_html(text: str) -> str:
    """A document's full text (one paragraph per line) as paragraphs."""
    return linebreaks(text or "", autoescape=True)


def render_body(page) -> str:
    return str(page.body.render_as_block()) if page.body else ""


def link_document(document) -> None:
    store(
        document,
        "full_text",
        plain_text_html(document.full_text),
        document.site_id,
        exclude_id=document.pk,
    )


def link_page(page, resolver=None) -> None:
    """Link the numbers `page`'s body cites; a caller linking many pages of one site
    passes one `Resolver(site_id)` for all of them."""
    site_id = resolver.site_id if resolver is not None else _site_id(page)
    if site_id is None:
        return
    store(page, "body", render_body(page), site_id, resolver=resolver)


def _site_id(page):
    parts = page.get_url_parts()
    return parts[0] if parts else None


def linked_html(obj, field_name):
    """What a template shows for `obj.field_name`: the linked HTML when the text mentions
    a number, otherwise the text rendered as usual."""
    stored = stored_html(obj, field_name)
    if stored is not None:
        return mark_safe(stored)  # noqa: S308  (built by link_numbers from escaped text)
    if field_name == "full_text":
        return mark_safe(plain_text_html(obj.full_text))  # noqa: S308  (linebreaks escapes)
    return None


def relink(keys) -> None:
    """Recompute every stored text that mentions one of `keys`, after commit (the
    document's change must be visible to the resolver)."""
    keys = {key for key in keys if key}
    if keys:
        transaction.on_commit(lambda: _relink_now(keys))


def _relink_now(keys):
    from vnportal.core.pagecache import purge_sites

    mentioning = Q()
    for key in keys:
        mentioning |= Q(keys__contains=f" {key} ")
    sites = set()
    for linked in LinkedText.objects.filter(mentioning).select_related("content_type"):
        model = linked.content_type.model_class()
        obj = model._default_manager.filter(pk=linked.object_id).first() if model else None
        if obj is None:  # deleted without its rendering: drop it
            linked.delete()
        elif isinstance(obj, LegalDocument):
            link_document(obj)
            sites.add(obj.site_id)
        elif hasattr(obj, "specific"):
            page = obj.specific
            link_page(page)
            site_id = _site_id(page)
            if site_id:
                sites.add(site_id)
        elif hasattr(obj, "linked_text"):
            found = obj.linked_text()
            if found is not None:
                field_name, html, site_id = found
                store(obj, field_name, html, site_id)
                sites.add(site_id)
    if sites:
        purge_sites(sites)


@hooks.register(LINKED_HTML_HOOK)
def _linked_html_hook(obj, field_name):
    stored = stored_html(obj, field_name)
    return None if stored is None else mark_safe(stored)  # noqa: S308  (see link_numbers)


@receiver(text_saved)
def _text_saved(sender, obj, field_name, html, site_id, **kwargs):
    if html is None:
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        LinkedText.objects.filter(content_type=content_type, object_id=obj.pk).delete()
        return
    store(obj, field_name, html, site_id)
