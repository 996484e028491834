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


def test_schedules_list_published_entries_with_their_week_page(client, portal):
    listed = get(client, "schedules/")
    assert ids(listed) == [portal.schedule.pk]
    item = listed["results"][0]
    assert item["date"] == "2026-11-24"
    assert (item["starts_at"], item["ends_at"]) == ("08:00", "11:30")
    assert item["chaired_by"] == "Chủ tịch UBND tỉnh"
    assert item["status"] == {"code": "hoan", "label": "Hoãn"}
    assert item["status_note"] == "Hoãn vì trùng lịch họp"
    assert item["url"] == "http://localhost/lich-cong-tac/tuan/2026-48/"
    assert item["site"] == portal.province.site.pk
    assert get(client, f"schedules/{portal.schedule.pk}/") == item
    assert client.get(f"{API}schedules/{portal.hidden_schedule.pk}/").status_code == 404


def test_schedules_by_site_and_dates_in_either_format(client, portal):
    assert ids(get(client, "schedules/", site=portal.commune.site.pk)) == []
    assert ids(get(client, "schedules/", **{"from": "24/11/2026", "to": "2026-11-24"})) == [
        portal.schedule.pk
    ]
    assert ids(get(client, "schedules/", **{"from": "2026-11-25"})) == []
    response = client.get(API + "schedules/", {"from": "25/11/2026", "to": "24/11/2026"})
    assert response.status_code == 400
    assert "to" in response.json()["errors"]
    bad = client.get(API + "schedules/", {"from": "31/02/2026"})
    assert bad.status_code == 400 and "from" in bad.json()["errors"]


def test_schedules_of_a_site_without_a_public_schedule_page_are_not_listed(client, portal):
    from vnportal.schedules.models import SchedulePage

    SchedulePage.objects.get().unpublish()
    assert get(client, "schedules/")["count"] == 0
    assert client.get(f"{API}schedules/{portal.schedule.pk}/").status_code == 404
