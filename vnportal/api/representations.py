"""What each object looks like in the API: plain dicts with English snake_case keys.

Only fields a reader of the portal can already see are listed. A feedback submission in
particular is read through `ANSWER_FIELDS`, so the person's name, contacts, address,
tracking code and the staff's notes are never even loaded.
"""

import html
import re

from django.utils import timezone
from django.utils.html import strip_tags

from vnportal.units.urls_across_sites import page_absolute_url, request_origin_for

ANSWER_FIELDS = (
    "id",
    "site_id",
    "title",
    "content",
    "answer",
    "field__name",
    "commune__name",
    "received_at",
    "answered_at",
    "published_at",
)


def iso(value):
    """Dates as yyyy-mm-dd, moments in Vietnam time with their offset (+07:00)."""
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat()
    return value.isoformat()


def coded(code, label):
    return {"code": code, "label": str(label)} if code else None


def plain_text(markup: str) -> str:
    text = html.unescape(strip_tags(re.sub(r"<(br|/p|/li|/h\d|/tr)\b[^>]*>", "\n", markup)))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def site(site, request):
    unit = getattr(site, "unit", None)
    return {
        "id": site.pk,
        "name": site.site_name,
        "hostname": site.hostname,
        "root_url": request_origin_for(site.hostname, request) + "/",
        "unit": None
        if unit is None
        else {
            "code": unit.code,
            "name": unit.name,
            "kind": coded(unit.kind, unit.get_kind_display()),
        },
    }


def unit(unit):
    return {
        "code": unit.code,
        "name": unit.name,
        "kind": coded(unit.kind, unit.get_kind_display()),
        "parent_code": unit.parent.code if unit.parent_id else None,
        "dissolved_on": iso(unit.dissolved_on),
        "successor_codes": sorted(s.code for s in unit.successors.all()),
        "site": unit.site_id,
        "is_current": unit.is_current,
    }


def page_site_and_url(page, request):
    parts = page.get_url_parts(request=request)
    if parts is None or parts[1] is None:
        return None, None
    return parts[0], page_absolute_url(page, request)


def category(page, request):
    site_id, url = page_site_and_url(page, request)
    return {
        "id": page.pk,
        "title": page.title,
        "description": page.description,
        "url": url,
        "site": site_id,
    }


def topic(page, request):
    site_id, url = page_site_and_url(page, request)
    return {
        "id": page.pk,
        "title": page.title,
        "intro": page.intro,
        "starts_on": iso(page.starts_on),
        "ends_on": iso(page.ends_on),
        "url": url,
        "site": site_id,
    }


def article(page, request, category_page=None, detail=False):
    shown = page.shown or page
    site_id, url = page_site_and_url(page, request)
    data = {
        "id": page.pk,
        "title": shown.title,
        "url": url,
        "site": site_id,
        "sapo": shown.sapo,
        "published_at": iso(shown.published_at or page.first_published_at),
        "category": None
        if category_page is None
        else {"id": category_page.pk, "title": category_page.title},
        "topics": [{"id": t.pk, "title": t.title} for t in page.topics.all() if t.live],
        "kind": coded(shown.kind, shown.get_kind_display()),
        "byline": shown.byline,
        "source": shown.source,
        "original_id": page.original_id,
    }
    if detail:
        body_html = str(shown.body.render_as_block()) if shown.body else ""
        data["body_html"] = body_html
        data["body_text"] = plain_text(body_html)
    return data


def document(doc, request, url, detail=False):
    status = doc.status
    data = {
        "id": doc.pk,
        "number": doc.number,
        "kind": coded(doc.kind, doc.get_kind_display()),
        "title": doc.title,
        "issuing_body": {"id": doc.issuing_body_id, "name": doc.issuing_body.name},
        "field": None if doc.field_id is None else {"id": doc.field_id, "name": doc.field.name},
        "signer": doc.signer,
        "issued_on": iso(doc.issued_on),
        "effective_from": iso(doc.effective_from or doc.issued_on),
        "expires_on": iso(doc.expires_on),
        "ends_on": iso(doc.ends_on),
        "status": coded(status.value, status.label),
        "published_at": iso(doc.published_at),
        "url": url,
        "site": doc.site_id,
        "attachments": [
            {
                "name": str(attachment),
                "url": request.build_absolute_uri(attachment.file.url),
                "size": attachment.size,
                "kind": attachment.kind,
            }
            for attachment in doc.attachments.all()
        ],
        "relations": [
            {
                "kind": coded(relation.kind, relation.get_kind_display()),
                "target_number": relation.target_number,
                "target_id": relation.target_id
                if relation.target_id is not None and relation.target.live
                else None,
                "note": relation.note,
            }
            for relation in doc.relations.all()
        ],
    }
    if detail:
        data["summary"] = doc.summary
        data["full_text"] = doc.full_text
    return data


def answer(submission, url):
    return {
        "id": submission.pk,
        "title": submission.title,
        "question": submission.content,
        "answer": submission.answer,
        "field": submission.field.name,
        "commune": submission.commune.name if submission.commune_id else None,
        "received_at": iso(submission.received_at),
        "answered_at": iso(submission.answered_at),
        "published_at": iso(submission.published_at),
        "url": url,
        "site": submission.site_id,
    }


def alert(item, now):
    status = item.status(now)
    return {
        "id": item.pk,
        "headline": item.headline,
        "kind": coded(item.kind, item.get_kind_display()),
        "severity": coded(item.severity, item.get_severity_display()),
        "urgency": coded(item.urgency, item.get_urgency_display()),
        "certainty": coded(item.certainty, item.get_certainty_display()),
        "description": item.description,
        "instructions": item.instructions,
        "link": item.link,
        "starts_at": iso(item.starts_at),
        "ends_at": iso(item.ends_at),
        "status": {"code": status, "label": item.status_label(now)},
        "is_active": status == "active",
        "version": item.version,
        "revised_at": iso(item.revised_at),
        "cancelled_at": iso(item.cancelled_at),
        "areas": [{"code": area.code, "name": area.name} for area in item.areas.all()],
        "site": item.site_id,
    }


def _clock(value):
    return None if value is None else value.strftime("%H:%M")


def schedule_entry(entry, url):
    return {
        "id": entry.pk,
        "date": iso(entry.date),
        "starts_at": _clock(entry.starts_at),
        "ends_at": _clock(entry.ends_at),
        "content": entry.content,
        "place": entry.place,
        "chaired_by": entry.chaired_by,
        "participants": entry.participants,
        "preparing_unit": entry.preparing_unit,
        "status": coded(entry.status, entry.get_status_display()),
        "status_note": entry.status_note,
        "updated_at": iso(entry.updated_at),
        "url": url,
        "site": entry.site_id,
    }
