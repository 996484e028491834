"""schema.org `Legislation` for a document's page, so that search engines show its
number, dates and whether it is in force."""

from vnportal.core.jsonld import SCHEMA, json_ld

from .models import Status

# schema.org LegalForceStatus members.
LEGAL_FORCE = {
    Status.NOT_YET: "NotInForce",
    Status.IN_FORCE: "InForce",
    Status.PARTLY_ENDED: "PartiallyInForce",
    Status.ENDED: "NotInForce",
}


def legislation_json(document, status, url):
    data = {
        "@context": SCHEMA,
        "@type": "Legislation",
        "name": f"{document.get_kind_display()} {document.number}",
        "alternateName": document.title,
        "legislationIdentifier": document.number,
        "legislationType": document.get_kind_display(),
        "legislationDate": document.issued_on.isoformat(),
        "legislationPassedBy": {"@type": "Organization", "name": document.issuing_body.name},
        "legislationLegalForce": f"{SCHEMA}/{LEGAL_FORCE[status]}",
        "inLanguage": "vi",
        "url": url,
    }
    if document.effective_from:
        data["legislationDateVersion"] = document.effective_from.isoformat()
    if document.expires_on:
        data["expires"] = document.expires_on.isoformat()
    return json_ld(data)
