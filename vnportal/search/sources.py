"""What of the portal goes into the index, as ``IndexDocument``s.

Pages: every live page below a site's home page that anyone may read (pages behind a
view restriction stay out, with everything below them). News articles are ``news``, with
their kind and category; every other page is ``page``. The text is the page's own
search fields (Wagtail's ``search_fields``), rich text and blocks reduced to their words;
an article republished from the province shows, and is found by, the original's text.

Apps with searchable things that are not pages (legal documents, answers to citizens'
questions) register a function under the ``vnportal_search_sources`` hook that yields
their ``IndexDocument``s for a rebuild, and call ``indexing`` themselves on changes.
"""

from collections.abc import Iterator

from django.core.exceptions import FieldDoesNotExist
from wagtail import hooks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from vnportal.news.models import ArticlePage

from .documents import IndexDocument
from .models import Source

SOURCES_HOOK = "vnportal_search_sources"
# The site roots (home pages) are the whole site, not a result.
MIN_DEPTH = 3


def source_of(page) -> str:
    return Source.NEWS if isinstance(page, ArticlePage) else Source.PAGE


class PageDocuments:
    """Turns pages into documents; holds what a rebuild would otherwise query per page."""

    def __init__(self, *, bulk: bool = False):
        self._restricted = tuple(
            PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
        )
        self._paths = dict(Page.objects.values_list("path", "pk")) if bulk else None

    def is_public(self, page) -> bool:
        if not page.live or page.depth < MIN_DEPTH:
            return False
        return not (self._restricted and page.path.startswith(self._restricted))

    def document(self, page, *, url_parts=None, parent_id=None) -> IndexDocument | None:
        """The document for ``page`` (specific), or None when it must not be found.

        A caller that just placed the page (an import) passes what it knows, its
        ``(site_id, url_path)`` within the site and its parent's id, and saves the lookups.
        """
        if not self.is_public(page):
            return None
        if url_parts is None:
            parts = page.get_url_parts()
            if parts is None or parts[0] is None:
                return None
            url_parts = (parts[0], parts[2])
        site_id, url_path = url_parts
        content = getattr(page, "shown", page) or page
        is_article = isinstance(page, ArticlePage)
        return IndexDocument(
            source=source_of(page),
            object_id=page.pk,
            site_id=site_id,
            url_path=url_path,
            title=content.title,
            body="\n".join(_texts(content)),
            kind=page.get_kind_display() if is_article else _type_name(page),
            category_id=(parent_id or self._parent_id(page)) if is_article else None,
            published_at=getattr(content, "published_at", None) or page.first_published_at,
        )

    def _parent_id(self, page):
        parent_path = page.path[: -page.steplen]
        if self._paths is not None:
            return self._paths.get(parent_path)
        return Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()


def _type_name(page) -> str:
    return str(page._meta.verbose_name)


def _texts(page) -> Iterator[str]:
    for search_field in page.search_fields:
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        name = search_field.field_name
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if not value:
            continue
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:  # a method or property, not a model field
            field = None
        if isinstance(field, StreamField):
            yield from field.stream_block.get_searchable_content(value)
        elif isinstance(field, RichTextField):
            yield get_text_for_indexing(value)
        elif isinstance(value, str):
            yield value


def page_documents() -> Iterator[IndexDocument]:
    """Every page that belongs in the index, for a rebuild."""
    documents = PageDocuments(bulk=True)
    pages = Page.objects.live().filter(depth__gte=MIN_DEPTH).order_by("path").specific()
    for page in pages.iterator(chunk_size=500):
        document = documents.document(page)
        if document is not None:
            yield document


def all_documents() -> Iterator[IndexDocument]:
    yield from page_documents()
    for hook in hooks.get_hooks(SOURCES_HOOK):
        yield from hook()


def count_all() -> int:
    """About how many documents a rebuild writes, for its progress bar."""
    return Page.objects.live().filter(depth__gte=MIN_DEPTH).count()
