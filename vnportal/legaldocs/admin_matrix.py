"""The "Văn bản" admin in the permission matrix (see vnportal/units/admin_matrix.py).

Editors, the board and the site administrator of a site add and change its documents;
the board and the site administrator delete them; nobody of another site sees or touches
them. Issuing bodies and fields are shared by every site: no site role may edit them,
only holders of the global permission (here the superuser).
"""

import datetime

from vnportal.testing.builders import add_document
from vnportal.units.admin_matrix import (
    EDITING,
    NOBODY,
    PUBLISHING,
    Case,
    register,
    site_object,
)

from .models import DocumentField, DocumentKind, IssuingBody, LegalDocument

NEW_TITLE = "Trích yếu mới do ma trận đặt"
NEW_NAME = "Tên mới do ma trận đặt"
# The matrix's new document: a number without a year, so any date of issue suits it.
NEW_NUMBER = "987/QĐ-UBND"


@site_object("legal_document")
def build_legal_document(objects):
    return add_document(
        objects.site,
        f"{ord(objects.key)}/QĐ-UBND",
        issued_on=datetime.date(2025, 3, 1),
        title=f"Về việc thử nghiệm sổ văn bản {objects.secret}",
        summary=f"Tóm tắt {objects.secret}",
    )


# Shared lookups carry no secret: every site's document form lists them by design.
@site_object("issuing_body")
def build_issuing_body(objects):
    return IssuingBody.objects.create(name=f"Cơ quan thử của ma trận {objects.key}")


@site_object("document_field")
def build_document_field(objects):
    return DocumentField.objects.create(
        name=f"Lĩnh vực thử của ma trận {objects.key}",
        slug=f"linh-vuc-ma-tran-{objects.key.lower()}",
    )


def _inline(prefix, count=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(count),
        f"{prefix}-INITIAL_FORMS": str(count),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def document_form(o, document=None, **changes):
    """The document form as a browser posts it: `document`'s values, or a new one."""
    data = {
        "site": o.site.pk,
        "number": NEW_NUMBER,
        "kind": DocumentKind.QUYET_DINH,
        "issuing_body": o.legal_document.issuing_body_id,
        "field": "",
        "signer": "",
        "title": NEW_TITLE,
        "summary": "",
        "full_text": "",
        "issued_on": "2025-04-01",
        "effective_from": "",
        "expires_on": "",
        "live": "on",
        "published_at": "2025-04-01 08:00",
        "source_url": "",
        **_inline("relations"),
        **_inline("attachments"),
    }
    if document is not None:
        data |= {
            "number": document.number,
            "kind": document.kind,
            "issued_on": document.issued_on.isoformat(),
            "summary": document.summary,
        }
    data.update(changes)
    return data


def _current(o):
    return LegalDocument.objects.filter(pk=o.legal_document.pk).first()


def _pk(o):
    return {"pk": o.legal_document.pk}


register(
    Case(
        "legaldoc_admin:index",
        listing=True,
        roles=EDITING,
        shows=lambda o: o.legal_document.title,
    ),
    Case(
        "legaldoc_admin:index_results",
        listing=True,
        roles=EDITING,
        shows=lambda o: o.legal_document.title,
    ),
    # The add form offers the sites the user may write on: its own only.
    Case("legaldoc_admin:add", listing=True, roles=EDITING, shows=lambda o: o.site.site_name),
    Case(
        "legaldoc_admin:add",
        label="post",
        data=document_form,
        done=lambda o: LegalDocument.objects.filter(site=o.site, title=NEW_TITLE).exists(),
        roles=EDITING,
    ),
    Case("legaldoc_admin:edit", kwargs=_pk, roles=EDITING, shows=lambda o: o.legal_document.title),
    Case(
        "legaldoc_admin:edit",
        label="post",
        kwargs=_pk,
        data=lambda o: document_form(o, _current(o)),
        done=lambda o: _current(o).title == NEW_TITLE,
        roles=EDITING,
    ),
    Case("legaldoc_admin:delete", kwargs=_pk, roles=PUBLISHING),
    Case(
        "legaldoc_admin:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _current(o) is None,
        roles=PUBLISHING,
    ),
    Case("legaldoc_admin:history", kwargs=_pk, roles=EDITING),
    Case("legaldoc_admin:history_results", kwargs=_pk, roles=EDITING),
    Case("legaldoc_admin:usage", kwargs=_pk, roles=EDITING),
)


def _lookup_cases(namespace, attr, model, form):
    def pk(o):
        return {"pk": getattr(o, attr).pk}

    def current(o):
        return model.objects.filter(pk=getattr(o, attr).pk).first()

    return (
        Case(f"{namespace}:index", listing=True, roles=NOBODY),
        Case(f"{namespace}:index_results", listing=True, roles=NOBODY),
        Case(f"{namespace}:add", roles=NOBODY),
        Case(
            f"{namespace}:add",
            label="post",
            data=lambda o: form(o, f"{NEW_NAME} {o.key}"),
            done=lambda o: model.objects.filter(name=f"{NEW_NAME} {o.key}").exists(),
            roles=NOBODY,
        ),
        Case(f"{namespace}:edit", kwargs=pk, roles=NOBODY),
        Case(
            f"{namespace}:edit",
            label="post",
            kwargs=pk,
            data=lambda o: form(o, f"{NEW_NAME} {o.key}"),
            done=lambda o: current(o).name == f"{NEW_NAME} {o.key}",
            roles=NOBODY,
        ),
        Case(f"{namespace}:delete", kwargs=pk, roles=NOBODY),
        Case(
            f"{namespace}:delete",
            label="post",
            kwargs=pk,
            data=lambda o: {},
            done=lambda o: current(o) is None,
            roles=NOBODY,
        ),
        Case(f"{namespace}:history", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:history_results", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:usage", kwargs=pk, roles=NOBODY),
    )


register(
    *_lookup_cases(
        "issuing_body_admin",
        "issuing_body",
        IssuingBody,
        lambda o, name: {"name": name, "code": ""},
    ),
    *_lookup_cases(
        "document_field_admin",
        "document_field",
        DocumentField,
        lambda o, name: {"name": name, "slug": f"linh-vuc-moi-{o.key.lower()}"},
    ),
)
