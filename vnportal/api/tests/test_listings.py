"""Each endpoint lists what a reader of the portal sees, and nothing more."""

import datetime

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v1/"


def get(client, path, **query):
    response = client.get(API + path, query)
    assert response.status_code == 200, response.content
    return response.json()


def ids(body):
    return [item["id"] for item in body["results"]]


def test_sites_carry_their_unit_and_address(client, portal):
    body = get(client, "sites/")
    assert body["count"] == 2
    province = body["results"][0]
    assert province["hostname"] == "localhost"
    assert province["root_url"] == "http://localhost/"
    assert province["unit"] == {
        "code": "AG",
        "name": "Tỉnh An Giang",
        "kind": {"code": "province", "label": "Tỉnh, thành phố"},
    }
    one = get(client, f"sites/{portal.commune.site.pk}/")
    assert one["unit"]["code"] == "AG-TAYYEN"


def test_units_include_former_ones_with_their_successors(client, portal):
    from vnportal.testing.builders import add_former_district

    add_former_district([portal.commune_unit], code="AG-HUYEN-CU", name="Huyện Cũ")
    units = {unit["code"]: unit for unit in get(client, "units/")["results"]}
    assert units["AG-TAYYEN"]["parent_code"] == "AG"
    assert units["AG-TAYYEN"]["site"] == portal.commune.site.pk
    former = units["AG-HUYEN-CU"]
    assert former["dissolved_on"] == "2025-07-01"
    assert former["successor_codes"] == ["AG-TAYYEN"]
    assert former["site"] is None
    assert former["is_current"] is False


def test_categories_leave_out_restricted_ones(client, portal):
    titles = [c["title"] for c in get(client, "categories/")["results"]]
    assert "Tin hoạt động" in titles
    assert "Nội bộ" not in titles
    mine = get(client, "categories/", site=portal.commune.site.pk)["results"]
    assert {c["site"] for c in mine} == {portal.commune.site.pk}
    assert mine[0]["url"].startswith("http://tayyen.localhost/tin-tuc/")


def test_topics(client, portal):
    topics = get(client, "topics/")["results"]
    assert [t["title"] for t in topics] == ["Nông thôn mới"]
    assert topics[0]["url"] == "http://localhost/chuyen-de/nong-thon-moi/"


def test_articles_hide_drafts_and_restricted_pages(client, portal):
    listed = ids(get(client, "articles/"))
    assert portal.article.pk in listed
    assert portal.older.pk in listed
    assert portal.draft.pk not in listed
    assert portal.private.pk not in listed
    for hidden in (portal.draft, portal.private):
        response = client.get(f"{API}articles/{hidden.pk}/")
        assert response.status_code == 404
        assert response.json()["detail"] == "Không có bài viết công khai với mã số này."


def test_article_fields(client, portal):
    item = next(a for a in get(client, "articles/")["results"] if a["id"] == portal.article.pk)
    assert item["title"] == "Khánh thành cầu Tây Yên"
    assert item["url"] == f"http://localhost/tin-tuc/tin-hoat-dong/{portal.article.slug}/"
    assert item["published_at"] == "2025-03-10T09:00:00+07:00"
    assert item["category"] == {"id": portal.news.pk, "title": "Tin hoạt động"}
    assert item["topics"] == [{"id": portal.topic.pk, "title": "Nông thôn mới"}]
    assert item["kind"] == {"code": "tin", "label": "Tin"}
    assert item["byline"] == "Phóng viên Minh Anh"
    assert item["source"] == "Báo An Giang"
    assert "body_html" not in item
    detail = get(client, f"articles/{portal.article.pk}/")
    assert "<b>120 mét</b>" in detail["body_html"]
    assert detail["body_text"] == "Cây cầu dài 120 mét."


def test_a_republished_copy_shows_the_original(client, portal):
    copy = get(client, f"articles/{portal.copy.pk}/")
    assert copy["title"] == "Khánh thành cầu Tây Yên"
    assert copy["sapo"] == portal.article.sapo
    assert copy["byline"] == "Phóng viên Minh Anh"
    assert copy["body_text"] == "Cây cầu dài 120 mét."
    assert copy["original_id"] == portal.article.pk
    assert copy["site"] == portal.commune.site.pk


def test_documents_hide_unpublished_ones(client, portal):
    listed = get(client, "documents/")
    assert ids(listed) == [portal.document.pk]
    item = listed["results"][0]
    assert item["number"] == "15/2025/QĐ-UBND"
    assert item["title"] == "Về việc ban hành quy chế dân chủ ở cơ sở"
    assert item["status"] == {"code": "con-hieu-luc", "label": "Còn hiệu lực"}
    assert item["url"] == f"http://localhost/van-ban/{portal.document.slug}/"
    assert client.get(f"{API}documents/{portal.hidden_document.pk}/").status_code == 404


def test_document_attachments_and_relations(client, portal):
    from django.core.files.base import ContentFile

    from vnportal.legaldocs.models import Attachment, DocumentRelation
    from vnportal.testing.builders import add_document

    newer = add_document(
        portal.province.site, "20/2025/QĐ-UBND", issued_on=datetime.date(2025, 5, 1)
    )
    DocumentRelation.objects.create(
        document=newer, kind="thay-the", target_number="15/2025/QĐ-UBND"
    )
    newer.save()
    attachment = Attachment(document=newer, name="Quyết định.pdf", kind="pdf", size=4)
    attachment.file.save("qd.pdf", ContentFile(b"%PDF"), save=True)
    detail = get(client, f"documents/{newer.pk}/")
    assert detail["relations"] == [
        {
            "kind": {"code": "thay-the", "label": "Thay thế"},
            "target_number": "15/2025/QĐ-UBND",
            "target_id": portal.document.pk,
            "note": "",
        }
    ]
    assert detail["attachments"][0]["name"] == "Quyết định.pdf"
    assert detail["attachments"][0]["url"].startswith("http://testserver/media/van-ban/")
    assert detail["attachments"][0]["size"] == 4
    replaced = get(client, f"documents/{portal.document.pk}/")
    assert replaced["status"]["code"] == "het-hieu-luc"


def test_answers_list_only_published_ones_agreed_to_be_public(client, portal):
    listed = get(client, "answers/")
    assert ids(listed) == [portal.answer.pk]
    item = listed["results"][0]
    assert item["title"] == "Hỏi về cấp sổ đỏ"
    assert item["answer"] == "Ông bà liên hệ bộ phận một cửa."
    assert item["field"] == "Đất đai"
    assert item["commune"] == "Xã Tây Yên"
    assert item["url"] == f"http://localhost/hoi-dap/{portal.answer.pk}/"
    for hidden in (portal.unpublished, portal.refused):
        assert client.get(f"{API}answers/{hidden.pk}/").status_code == 404


def test_alerts_by_activity_and_site(client, portal):
    assert ids(get(client, "alerts/", active="true")) == [portal.active_alert.pk]
    assert ids(get(client, "alerts/", active="false")) == [portal.ended_alert.pk]
    # The province-wide alert reaches the commune; the ended one covered the commune.
    assert set(ids(get(client, "alerts/", site=portal.commune.site.pk))) == {
        portal.active_alert.pk,
        portal.ended_alert.pk,
    }
    item = get(client, f"alerts/{portal.active_alert.pk}/")
    assert item["status"] == {"code": "active", "label": "Đang có hiệu lực"}
    assert item["areas"] == [{"code": "AG", "name": "Tỉnh An Giang"}]
