"""Drafts as a citizen sees them: the list, a draft, commenting, and what stays private."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from vnportal.consultations import spam
from vnportal.consultations.models import Comment, CommentStatus
from vnportal.consultations.sections import ensure_consultations_page

from .conftest import add_comment, add_draft

pytestmark = pytest.mark.django_db

NAME = "Nguyễn Thị Hoa"
PHONE = "0987 654 321"
EMAIL = "hoa.nguyen@example.com"


@pytest.fixture
def site(province):
    ensure_consultations_page(province.home)
    return province.site


def form_data(client, url, **changes):
    page = client.get(url).content.decode()
    started = re.search(r'name="started" value="([^"]+)"', page).group(1)
    data = {
        "name": NAME,
        "contact": PHONE,
        "content": "Đề nghị quy định rõ giờ họp chợ buổi sáng.",
        "consent": "on",
        "website": "",
        "started": started,
    }
    data.update(changes)
    return data


def test_list_shows_open_and_closed_drafts_with_dates_and_days_left(client, site):
    now = timezone.now()
    add_draft(
        site,
        title="Dự thảo đang mở",
        slug="dang-mo",
        closes_at=now + datetime.timedelta(days=7, hours=1),
    )
    add_draft(
        site,
        title="Dự thảo đã đóng",
        slug="da-dong",
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=1),
    )
    html = client.get("/lay-y-kien/").content.decode()
    open_part, closed_part = html.split('id="da-ket-thuc"')
    assert "Dự thảo đang mở" in open_part and "Dự thảo đã đóng" in closed_part
    closes = timezone.localdate(now + datetime.timedelta(days=7, hours=1))
    assert closes.strftime("%d/%m/%Y") in open_part
    days = (closes - timezone.localdate(now)).days
    assert f"Còn {days} ngày" in open_part
    assert 'href="/lay-y-kien/dang-mo/"' in html


def test_detail_shows_text_sections_and_comment_form(client, site):
    add_draft(
        site,
        body="Nội dung chính của dự thảo.",
        sections=[("Chương I. Phạm vi", "Áp dụng cho chợ xã."), ("Chương II. Vệ sinh", "")],
    )
    response = client.get("/lay-y-kien/quy-dinh-quan-ly-cho/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nội dung chính của dự thảo." in html
    assert "Chương I. Phạm vi" in html and "Áp dụng cho chợ xã." in html
    assert "Phòng Kinh tế" in html
    # The section choice is offered because the draft has sections.
    assert '<option value="" selected>Toàn bộ dự thảo</option>' in html
    assert "Gửi ý kiến" in html and 'href="#thong-bao-du-lieu"' in html


def test_a_comment_waits_for_moderation_then_shows_without_contact(client, site):
    draft = add_draft(site, sections=[("Chương I. Phạm vi", "")])
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    section = draft.sections.get()
    response = client.post(url, form_data(client, url, section=section.pk))
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.status, comment.name, comment.contact) == (
        CommentStatus.PENDING,
        NAME,
        "0987654321",
    )
    assert comment.section == section
    after = client.get(response["Location"]).content.decode()
    assert "đang chờ duyệt" in after
    assert "quy định rõ giờ họp chợ" not in after

    comment.status = CommentStatus.APPROVED
    comment.save()
    shown = client.get(url).content.decode()
    assert "Đề nghị quy định rõ giờ họp chợ buổi sáng." in shown
    assert "Người góp ý" in shown
    assert "Hoa" not in shown and "0987" not in shown and "654" not in shown


def test_a_commenter_may_choose_to_show_their_given_name_only(client, site):
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    client.post(url, form_data(client, url, contact=EMAIL, show_name="on"))
    comment = Comment.objects.get()
    comment.status = CommentStatus.APPROVED
    comment.save()
    html = client.get(url).content.decode()
    assert "<strong>Hoa</strong>" in html
    assert "Nguyễn Thị" not in html and EMAIL not in html


def test_name_contact_and_consent_are_required(client, site):
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    response = client.post(url, form_data(client, url, name="", contact="abc", consent=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hãy nhập họ và tên." in html
    assert "Hãy nhập số điện thoại" in html
    assert "Hãy đồng ý với việc xử lý dữ liệu cá nhân" in html
    assert "quy định rõ giờ họp chợ buổi sáng" in html
    assert not Comment.objects.exists()


def test_a_closed_draft_has_no_form_and_refuses_a_late_comment_keeping_its_text(client, site):
    draft = add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    data = form_data(client, url, content="Ý kiến gửi muộn về giờ họp chợ.")
    draft.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    draft.save()
    page = client.get(url).content.decode()
    assert "Thời gian lấy ý kiến đã kết thúc" in page and 'name="content"' not in page

    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 403
    assert "đã kết thúc lúc" in html and "chưa được gửi" in html
    assert "Ý kiến gửi muộn về giờ họp chợ." in html
    assert not Comment.objects.exists()


def test_a_draft_not_yet_open_takes_no_comment(client, site):
    now = timezone.now()
    add_draft(site, opens_at=now + datetime.timedelta(days=1))
    html = client.get("/lay-y-kien/quy-dinh-quan-ly-cho/").content.decode()
    assert "bắt đầu nhận ý kiến từ" in html and 'name="content"' not in html
    assert "Sắp lấy ý kiến" in client.get("/lay-y-kien/").content.decode()


def test_the_honeypot_is_answered_as_received_but_nothing_is_saved(client, site):
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    response = client.post(url, form_data(client, url, website="http://quang-cao.example"))
    assert response.status_code == 302
    assert not Comment.objects.exists()


def test_a_form_sent_too_fast_is_refused_and_keeps_the_text(client, site, settings):
    settings.CONSULTATIONS_MIN_FILL_SECONDS = 30
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    response = client.post(url, form_data(client, url))
    html = response.content.decode()
    assert "gửi quá nhanh" in html
    assert "quy định rõ giờ họp chợ buổi sáng" in html
    assert not Comment.objects.exists()


def test_a_forged_timestamp_is_refused(client, site):
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    response = client.post(url, form_data(client, url, started="1700000000:gia-mao"))
    assert "không hợp lệ" in response.content.decode()
    assert not Comment.objects.exists()


def test_the_rate_limit_per_address_holds(client, site, settings):
    settings.CONSULTATIONS_RATE_LIMIT = (2, 600)
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    for _ in range(2):
        assert client.post(url, form_data(client, url)).status_code == 302
    response = client.post(url, form_data(client, url, content="Ý kiến thứ ba."))
    assert response.status_code == 429
    html = response.content.decode()
    assert "chưa được gửi" in html and "Ý kiến thứ ba." in html
    assert Comment.objects.count() == 2
    # Another address is not held back by the first one's comments.
    other = client.post(url, form_data(client, url), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_the_rate_limit_keeps_no_address_in_the_cache(site, rf):
    request = rf.post("/", REMOTE_ADDR="203.113.1.7")
    spam.count_comment(request)
    assert "203.113.1.7" not in spam._address_key(request)


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_xss_in_comment_fields_comes_back_escaped(client, site):
    add_draft(site, sections=[("Chương I", "")])
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    response = client.post(url, form_data(client, url, name=XSS, contact=XSS, content=XSS))
    html = response.content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html

    client.post(url, form_data(client, url, name=XSS, content=XSS, show_name="on"))
    comment = Comment.objects.get()
    comment.status = CommentStatus.APPROVED
    comment.save()
    shown = client.get(url).content.decode()
    assert "<script>alert" not in shown and "<img src=x" not in shown
    assert "&lt;script&gt;alert" in shown


def test_contact_never_appears_on_public_pages(client, site):
    draft = add_draft(site, report_text="Đã tiếp thu.", report_published_at=timezone.now())
    add_comment(
        draft,
        name="Lê Minh Tuấn",
        contact="tuan.le@example.com",
        status=CommentStatus.APPROVED,
        uptake="tiep-thu",
        response="Đã bổ sung.",
    )
    for url in ("/lay-y-kien/", "/lay-y-kien/quy-dinh-quan-ly-cho/"):
        html = client.get(url).content.decode()
        assert "tuan.le@example.com" not in html and "Lê Minh" not in html


def test_a_published_report_shows_with_each_comments_uptake(client, site):
    now = timezone.now()
    draft = add_draft(
        site,
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=2),
        report_text="Cơ quan soạn thảo đã tiếp thu phần lớn ý kiến.",
        report_published_at=now + datetime.timedelta(days=1),
    )
    add_comment(
        draft, status=CommentStatus.APPROVED, uptake="giai-trinh", response="Giữ như dự thảo."
    )
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    before = client.get(url).content.decode()
    assert "Báo cáo tiếp thu, giải trình" not in before and "Giữ như dự thảo." not in before
    draft.report_published_at = now - datetime.timedelta(hours=1)
    draft.save()
    html = client.get(url).content.decode()
    assert "Cơ quan soạn thảo đã tiếp thu phần lớn ý kiến." in html
    assert "Giải trình" in html and "Giữ như dự thảo." in html


def test_another_sites_draft_is_not_served(client, site, commune):
    ensure_consultations_page(commune.home)
    add_draft(commune.site, slug="du-thao-cua-xa")
    assert client.get("/lay-y-kien/du-thao-cua-xa/").status_code == 404
    hidden = add_draft(site, slug="an-di", live=False)
    assert client.get(f"/lay-y-kien/{hidden.slug}/").status_code == 404


def test_a_cached_list_lives_no_longer_than_the_next_closing(client, site):
    now = timezone.now()
    add_draft(site, closes_at=now + datetime.timedelta(seconds=90))
    first = client.get("/lay-y-kien/")
    assert first["X-Cache"] == "MISS"
    request = first.wsgi_request
    assert 1 <= request.consultations_cache_seconds <= 91
    from vnportal.core.pagecache import page_ttl

    assert page_ttl(request) <= 91


def test_a_draft_saved_anywhere_refreshes_the_cached_list(client, site):
    draft = add_draft(site, title="Tên cũ của dự thảo")
    assert "Tên cũ của dự thảo" in client.get("/lay-y-kien/").content.decode()
    draft.title = "Tên mới của dự thảo"
    draft.save()
    assert "Tên mới của dự thảo" in client.get("/lay-y-kien/").content.decode()


def test_when_saving_fails_the_person_is_told_and_keeps_the_text(client, site, monkeypatch):
    add_draft(site)
    url = "/lay-y-kien/quy-dinh-quan-ly-cho/"
    data = form_data(client, url)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(Comment.objects, "create", broken)
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 503
    assert "chưa được lưu" in html and "quy định rõ giờ họp chợ buổi sáng" in html


def test_the_draft_page_costs_the_same_queries_for_many_comments(client, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    draft = add_draft(site, sections=[("Chương I", "")])
    add_comment(draft, status=CommentStatus.APPROVED, section=draft.sections.get())

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/lay-y-kien/quy-dinh-quan-ly-cho/").status_code == 200
        return len(queries)

    count()
    few = count()
    for _ in range(10):
        add_comment(draft, status=CommentStatus.APPROVED, section=draft.sections.get())
    assert count() == few


def test_the_list_costs_the_same_queries_for_many_drafts(client, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_draft(site, title="Dự thảo thứ nhất")

    def count():
        cache.clear()  # the page cache would answer without a query
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/lay-y-kien/").status_code == 200
        return len(queries)

    few = count()
    for number in range(8):
        add_draft(site, title=f"Dự thảo số {number + 2}", slug=f"du-thao-so-{number + 2}")
    assert count() == few
