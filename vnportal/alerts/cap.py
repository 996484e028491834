"""OASIS Common Alerting Protocol 1.2 messages for alerts, built with lxml so user text
is always escaped.

One alert is one series of CAP messages sharing the first message's identifier: the
"Alert" itself, an "Update" for each change (version 2, 3, ...) and a final "Cancel".
The portal serves the latest message of the series; each later one references the first.
"""

from django.utils import timezone
from lxml import etree

from .models import AlertKind

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
CAP_CONTENT_TYPE = "application/xml; charset=utf-8"
LANGUAGE = "vi-VN"
# Vietnamese administrative unit code (mã đơn vị hành chính), as in units.Unit.code.
GEOCODE_NAME = "MA_DVHC"


def cap_time(value):
    """CAP's date-time: seconds precision and an explicit offset ("+07:00"), never "Z"."""
    local = timezone.localtime(value, timezone.get_default_timezone())
    return local.replace(microsecond=0).isoformat()


def message_type(alert):
    if alert.cancelled_at is not None:
        return "Cancel"
    if alert.version > 1:
        return "Update"
    return "Alert"


def message_identifier(alert):
    kind = message_type(alert)
    if kind == "Cancel":
        return f"{alert.identifier}.huy"
    if kind == "Update":
        return f"{alert.identifier}.{alert.version}"
    return alert.identifier


def message_sent(alert):
    kind = message_type(alert)
    if kind == "Cancel":
        return alert.cancelled_at
    if kind == "Update":
        return alert.revised_at
    return alert.created_at


def _references(alert):
    refs = [f"{alert.sender},{alert.identifier},{cap_time(alert.created_at)}"]
    if message_type(alert) == "Cancel" and alert.version > 1 and alert.revised_at:
        refs.append(
            f"{alert.sender},{alert.identifier}.{alert.version},{cap_time(alert.revised_at)}"
        )
    return " ".join(refs)


def sender_name(site):
    site_settings = getattr(site, "sitesettings", None)
    if site_settings is not None:
        return site_settings.governing_body or site_settings.unit_name or site.site_name
    return site.site_name or site.hostname


def _add(parent, name, text=None):
    element = etree.SubElement(parent, f"{{{CAP_NS}}}{name}")
    if text is not None:
        element.text = str(text)
    return element


def build_alert_element(alert, web_url):
    """The <alert> element of the alert's latest CAP message. `alert.areas` should be
    prefetched when building many."""
    root = etree.Element(f"{{{CAP_NS}}}alert", nsmap={None: CAP_NS})
    kind = message_type(alert)
    _add(root, "identifier", message_identifier(alert))
    _add(root, "sender", alert.sender)
    _add(root, "sent", cap_time(message_sent(alert)))
    _add(root, "status", "Actual")
    _add(root, "msgType", kind)
    _add(root, "scope", "Public")
    if kind == "Cancel":
        _add(root, "note", f"Đã hủy cảnh báo. Lý do: {alert.cancel_reason}")
    if kind != "Alert":
        _add(root, "references", _references(alert))

    info = _add(root, "info")
    _add(info, "language", LANGUAGE)
    _add(info, "category", alert.cap_category)
    _add(info, "event", AlertKind(alert.kind).label)
    _add(info, "urgency", "Past" if kind == "Cancel" else alert.urgency)
    _add(info, "severity", alert.severity)
    _add(info, "certainty", alert.certainty)
    _add(info, "effective", cap_time(message_sent(alert)))
    _add(info, "onset", cap_time(alert.starts_at))
    _add(info, "expires", cap_time(alert.ends_at))
    _add(info, "senderName", sender_name(alert.site))
    _add(info, "headline", alert.headline)
    _add(info, "description", alert.description)
    _add(info, "instruction", alert.instructions)
    _add(info, "web", alert.link or web_url)

    units = list(alert.areas.all())
    area = _add(info, "area")
    _add(area, "areaDesc", ", ".join(unit.name for unit in units))
    for unit in units:
        geocode = _add(area, "geocode")
        _add(geocode, "valueName", GEOCODE_NAME)
        _add(geocode, "value", unit.code)
    return root


def alert_document(alert, web_url):
    """The CAP document as UTF-8 bytes with an XML declaration."""
    return etree.tostring(
        build_alert_element(alert, web_url),
        xml_declaration=True,
        encoding="UTF-8",
        pretty_print=True,
    )
