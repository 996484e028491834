"""The public pages of the register, served by the site's "Văn bản" page (models.py)."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from vnportal.core.models import SiteSettings
from vnportal.units.urls_across_sites import reader_absolute_url

from . import linking, queries
from .filters import DocumentFilterForm
from .locate import Addresses
from .metadata import legislation_json
from .models import REVERSE_LABELS, LegalDocument

PAGE_SIZE = 20
PAGE_PARAM = "trang"
FEED_SIZE = 30


def document_list(request, page):
    site = page.get_site()
    choices = queries.filter_choices(site)
    form = DocumentFilterForm(request.GET or None, choices=choices)
    filters = form.filters()
    found = queries.documents_for(site, filters)
    paginator = queries.CountedPaginator(found.documents, PAGE_SIZE, found.count_key)
    documents = paginator.get_page(request.GET.get(PAGE_PARAM))
    base = page.get_url(request)
    return TemplateResponse(
        request,
        "legaldocs/document_list.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "documents": documents,
            "rows": [_row(document, base) for document in documents],
            "total": paginator.count,
            "total_label": f"{paginator.count:,}".replace(",", "."),
            "page_range": paginator.get_elided_page_range(documents.number),
            "filtered": not filters.is_empty,
            "search_message": found.message,
            "by_number": found.by_number,
        },
    )


def _row(document, base):
    return {"document": document, "url": base + document.slug + "/", "status": document.status}


def document_detail(request, page, slug):
    site = page.get_site()
    document = get_object_or_404(
        LegalDocument.objects.public().select_related("issuing_body", "field"),
        site=site,
        slug=slug,
    )
    status = document.status
    return TemplateResponse(
        request,
        "legaldocs/document_detail.html",
        {
            "page": page,
            "self": page,
            "document": document,
            "status": status,
            "attachments": list(document.attachments.all()),
            "relations": _relations(document, page, request),
            "full_text": linking.linked_html(document, "full_text"),
            "json_ld": legislation_json(document, status, request.build_absolute_uri()),
        },
    )


def _relations(document, page, request):
    """Both directions, as (label, number, url or None, title) rows: what this document
    does to others, then what others do to it."""
    rows = []
    addresses = Addresses(page, request)
    outgoing = document.relations.select_related("target__site").order_by("kind", "pk")
    for relation in outgoing:
        target = relation.target if relation.target and relation.target.live else None
        rows.append(
            {
                "label": relation.get_kind_display(),
                "number": relation.target_number,
                "url": addresses.of(target) if target else None,
                "title": target.title if target else "",
                "note": relation.note,
            }
        )
    incoming = (
        document.incoming_relations.filter(document__live=True)
        .select_related("document__site")
        .order_by("kind", "-document__issued_on")
    )
    for relation in incoming:
        source = relation.document
        rows.append(
            {
                "label": REVERSE_LABELS[relation.kind],
                "number": source.number,
                "url": addresses.of(source),
                "title": source.title,
                "note": relation.note,
            }
        )
    return rows


class DocumentFeed(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"


def document_feed(request, page):
    site = page.get_site()
    portal = SiteSettings.for_request(request)
    portal_title = portal.display_title if portal is not None else ""
    title = f"{page.title} – {portal_title}" if portal_title else page.title
    link = reader_absolute_url(page, request)
    if link is None:
        raise Http404
    feed = DocumentFeed(
        title=title,
        link=link,
        description=f"Văn bản mới đăng: {title}.",
        language="vi",
        feed_url=request.build_absolute_uri(request.path),
    )
    for document in queries.newest(site, FEED_SIZE):
        url = link + document.slug + "/"
        feed.add_item(
            title=document.heading,
            link=url,
            description=_feed_description(document),
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=timezone.localtime(document.published_at),
            categories=[document.get_kind_display(), document.issuing_body.name],
        )
    response = HttpResponse(content_type=DocumentFeed.content_type)
    feed.write(response, "utf-8")
    return response


def _feed_description(document):
    parts = [
        f"Cơ quan ban hành: {document.issuing_body.name}.",
        f"Ngày ban hành: {document.issued_on:%d/%m/%Y}.",
    ]
    if document.effective_from:
        parts.append(f"Ngày có hiệu lực: {document.effective_from:%d/%m/%Y}.")
    if document.summary:
        parts.append(document.summary)
    return " ".join(parts)
