"""Save imported items as pages: new ones in bulk, changed ones one by one.

New articles of a batch are inserted together (pagetree), then indexed for the
Vietnamese search and linked to the documents register in the same transaction, so a
batch is either wholly there (pages, index, ledger rows, redirects) or not at all.
A changed item updates its page through the ORM and Wagtail's publish signal, as an
edit in the admin would. A page that an editor changed on the new portal after it was
imported is never overwritten.
"""

import dataclasses
import html
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published

from vnportal.core.models import StandardPage
from vnportal.legaldocs import linking
from vnportal.news.cleaning import clean_rich_text
from vnportal.news.models import ArticlePage
from vnportal.search import indexing
from vnportal.search.sources import PageDocuments

from . import items as kinds
from .bodies import BodyBuilder, paragraphs_body
from .folding_pool import Folder
from .models import ImportedItem, key_digest
from .pagetree import Children, insert, place

EDITED_ON_NEW_PORTAL = (
    "Trang đã được sửa trên cổng mới sau lần nhập trước; không ghi đè bản của biên tập viên."
)
DELETED_ON_NEW_PORTAL = "Trang đã bị xóa trên cổng mới; không tạo lại."
MAX_TITLE = 255


@dataclasses.dataclass
class Saved:
    status: str
    url: str = ""
    reason: str = ""


def old_path(url: str) -> str:
    """The path (with query) of an old address, as Wagtail's redirects store it."""
    if not url:
        return ""
    parts = urlsplit(url)
    if not parts.path and not parts.query:
        return ""
    return Redirect.normalise_path(url)


class Writer:
    def __init__(self, target, media, folder=None):
        self.target = target
        self.media = media
        self.folder = folder or Folder(use_process=False)
        self._search_documents = PageDocuments()
        self._prepared: dict[int, tuple] = {}
        self.site = target.site
        self._children: dict[int, Children] = {}
        self._site_root_url = self.site.root_url
        self._root_url_path = target.home.url_path
        self._article_type = ContentType.objects.get_for_model(ArticlePage)
        self._page_type = ContentType.objects.get_for_model(StandardPage)

    def site_path(self, page) -> str:
        """The page's address within its site ("/tin-tuc/…/")."""
        return page.url_path[len(self._root_url_path) - 1 :]

    def url_of(self, page) -> str:
        return self._site_root_url + self.site_path(page)

    # --- new pages ------------------------------------------------------------------

    def prepare(self, item) -> None:
        """Build the page of a new article as soon as it is read, and start folding its
        texts for the search (folding_pool), so that this is done by the time its batch
        is written. Its files are brought into the media library now."""
        if item.kind != kinds.ARTICLE:
            return
        parent = self.target.category(item.category)
        page = self._article(item)
        item.warnings.extend(self.media.take_warnings())
        page.live = True
        page.depth = parent.depth + 1
        document = self._search_documents.document(
            page, url_parts=(self.site.pk, ""), parent_id=parent.pk
        )
        self._prepared[id(item)] = (parent, page, document)
        if document is not None:
            self.folder.add(id(item), document.title, document.body)

    def create(self, batch) -> list[Saved]:
        """Insert the new items of `batch` ([(item, checksum)]); the caller's transaction."""
        results = []
        by_parent: dict[int, tuple] = {}
        indexed = []
        for item, checksum in batch:
            if item.kind == kinds.PAGE:
                page = self._create_plain_page(item)
                results.append((item, checksum, page))
                continue
            if id(item) not in self._prepared:
                self.prepare(item)
            parent, page, document = self._prepared.pop(id(item))
            by_parent.setdefault(parent.pk, (parent, []))[1].append(page)
            results.append((item, checksum, page))
            if document is not None:
                indexed.append((id(item), page, document))
        placed = []
        for parent, pages in by_parent.values():
            children = self._children.get(parent.pk)
            if children is None:
                children = self._children[parent.pk] = Children(parent)
            else:
                children.refresh()
            place(children, pages)
            placed.append((children, pages))
        for children, pages in placed:
            insert(children, pages)
        folded = self.folder.take([key for key, _, _ in indexed])
        indexing.index_new(
            [
                dataclasses.replace(document, object_id=page.pk, url_path=self.site_path(page))
                for _, page, document in indexed
            ],
            [texts for texts, _ in folded],
        )
        resolver = linking.Resolver(self.site.pk)
        for (_, page, _), (_, cites) in zip(indexed, folded, strict=True):
            if cites:
                linking.link_page(page, resolver)
            if _uses_media(page):
                ReferenceIndex.create_or_update_for_object(page)
        self._remember(results)
        return [Saved("created", self.url_of(page)) for _, _, page in results]

    def _article(self, item) -> ArticlePage:
        return ArticlePage(
            title=item.title[:MAX_TITLE],
            sapo=item.sapo,
            body=self._body(item),
            author=item.author[:255],
            source=(item.source_name or _host(item.original_url))[:255],
            published_at=item.published_at,
            first_published_at=item.published_at,
            last_published_at=item.published_at,
        )

    def _body(self, item):
        if item.paragraphs and not item.body_html:
            return paragraphs_body(item.paragraphs)
        builder = BodyBuilder(
            image_for=lambda src: self.media.image_id(item.base_dir, src, _alt_for(item, src)),
            document_for=lambda href: self.media.document_id(item.base_dir, href),
        )
        return builder.blocks(item.body_html)

    def _create_plain_page(self, item):
        parent = self.target.pages_root()
        children = self._children.get(parent.pk)
        if children is None:
            children = self._children[parent.pk] = Children(parent)
        page = StandardPage(
            title=item.title[:MAX_TITLE], body=_plain_body(item), slug=children.slug(item.title)
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        children.slugs.add(page.slug)
        return page

    def _remember(self, results):
        ledger, redirects = [], []
        for item, checksum, page in results:
            content_type = self._page_type if item.kind == kinds.PAGE else self._article_type
            ledger.append(
                ImportedItem(
                    site=self.site,
                    key=item.key,
                    key_hash=key_digest(item.key),
                    content_type=content_type,
                    object_id=page.pk,
                    checksum=checksum,
                    source_url=item.original_url,
                    url=self.url_of(page),
                )
            )
            path = old_path(item.original_url)
            if path:
                redirects.append(Redirect(old_path=path, site=self.site, redirect_page_id=page.pk))
        ImportedItem.objects.bulk_create(ledger)
        # An address already sent elsewhere keeps its target (two old portals may share
        # a path; the first one imported wins).
        Redirect.objects.bulk_create(redirects, ignore_conflicts=True)

    # --- changed pages --------------------------------------------------------------

    def update(self, item, checksum, entry: ImportedItem) -> Saved:
        page = Page.objects.filter(pk=entry.object_id).first()
        if page is None:
            return Saved("skipped", "", DELETED_ON_NEW_PORTAL)
        page = page.specific
        if page.latest_revision_created_at and page.latest_revision_created_at > entry.updated_at:
            return Saved("skipped", self.url_of(page), EDITED_ON_NEW_PORTAL)
        if isinstance(page, ArticlePage):
            fresh = self._article(item)
            item.warnings.extend(self.media.take_warnings())
            for name in ("title", "sapo", "body", "author", "source", "published_at"):
                setattr(page, name, getattr(fresh, name))
            page.draft_title = page.title
        else:
            page.title = page.draft_title = item.title[:MAX_TITLE]
            page.body = _plain_body(item)
        page.save()
        # What publishing an edit sets going: the search index, links to the register,
        # the page cache.
        page_published.send(sender=type(page), instance=page, revision=None)
        entry.checksum = checksum
        entry.source_url = item.original_url
        entry.url = self.url_of(page)
        entry.updated_at = timezone.now()
        entry.save()
        path = old_path(item.original_url)
        if path:
            Redirect.objects.get_or_create(
                old_path=path, site=self.site, defaults={"redirect_page": page}
            )
        return Saved("updated", self.url_of(page))


def _host(url):
    return urlsplit(url).hostname or "" if url else ""


def _plain_body(item) -> str:
    lead = f"<p>{html.escape(item.sapo, quote=False)}</p>" if item.sapo else ""
    text = item.body_html or "".join(
        f"<p>{html.escape(p, quote=False)}</p>" for p in item.paragraphs
    )
    return lead + clean_rich_text(text)


def _alt_for(item, src):
    for image in item.images:
        if image.src == src:
            return image.alt
    return ""


def _uses_media(page) -> bool:
    return any(block.block_type == "image" for block in page.body) or 'linktype="document"' in (
        str(page.body.raw_data)
    )
