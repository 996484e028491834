"""The database goes away: cached pages stay, others get the maintenance page, and a
citizen's question comes back with "not saved" and the text kept.

The outage is simulated on SQLite by failing every query the way a stopped server does
(`OperationalError`); test_postgres_outage.py stops a real PostgreSQL server.
"""

import contextlib
import time

import pytest
from django.db import OperationalError, connection
from django.test import Client

from vnportal.contact.models import ContactMessage
from vnportal.contact.sections import contact_section
from vnportal.feedback import spam
from vnportal.feedback.models import Submission
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.testing.builders import add_article, build_site

pytestmark = pytest.mark.django_db


def _refuse(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


@contextlib.contextmanager
def database_down():
    with connection.execute_wrapper(_refuse):
        yield


@pytest.fixture
def client():
    # As a browser sees it: a database error in a middleware ends as a response, which
    # Django's test client would otherwise turn back into the exception.
    return Client(raise_request_exception=False)


@pytest.fixture
def portal():
    built = build_site()
    add_questions_section(built.site)
    add_article(built.categories["tin-hoat-dong"], title="Khai mạc hội chợ nông sản")
    return built


def question(field):
    return {
        "name": "Nguyễn Thị Hoa",
        "phone": "0912 345 678",
        "field": str(field.pk),
        "kind": "hoi-dap",
        "title": "Cấp giấy chứng nhận quyền sử dụng đất",
        "content": "Tôi nộp hồ sơ đã hai tháng.\nKhi nào được cấp?",
        "consent": "on",
        spam.HONEYPOT_FIELD: "",
        spam.STARTED_FIELD: spam.start_token(time.time() - 30),
    }


def test_a_cached_page_is_still_served_and_others_get_the_maintenance_page(client, portal):
    first = client.get("/tin-tuc/")
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    with database_down():
        cached = client.get("/tin-tuc/")
        other = client.get("/tin-tuc/tin-hoat-dong/")
    assert cached.status_code == 200 and cached["X-Cache"] == "HIT"
    assert "Khai mạc hội chợ nông sản" in cached.content.decode()
    assert other.status_code == 503
    html = other.content.decode()
    assert "Cổng thông tin đang bảo trì" in html
    assert 'lang="vi"' in html
    assert other["Retry-After"] == "120"
    assert "no-store" in other["Cache-Control"]


def test_the_maintenance_page_is_not_cached_for_later(client, portal):
    with database_down():
        assert client.get("/tin-tuc/tin-hoat-dong/").status_code == 503
    back = client.get("/tin-tuc/tin-hoat-dong/")
    assert back.status_code == 200 and back["X-Cache"] == "MISS"


def test_a_question_sent_while_the_database_is_down_is_not_saved_and_comes_back(client, portal):
    field = add_field("Đất đai")
    client.get("/hoi-dap/gui/")  # sets the CSRF cookie, as a browser would have it
    with database_down():
        response = client.post("/hoi-dap/gui/", question(field))
    assert response.status_code == 503
    html = response.content.decode()
    assert "Chưa lưu được nội dung bạn gửi" in html
    assert "vui lòng gửi lại sau" in html
    assert "tiếp nhận" not in html
    # The text is back in fields that post to the same address.
    assert 'action="/hoi-dap/gui/"' in html
    assert ">Tôi nộp hồ sơ đã hai tháng.\nKhi nào được cấp?</textarea>" in html
    assert 'value="Cấp giấy chứng nhận quyền sử dụng đất"' in html
    assert f'name="field" value="{field.pk}"' in html
    assert Submission.objects.count() == 0


def test_sending_again_from_the_not_saved_page_saves_the_question(client, portal):
    field = add_field("Đất đai")
    with database_down():
        client.post("/hoi-dap/gui/", question(field))
    # What the minimal form sends is what the person sent: the fields as they were.
    response = client.post("/hoi-dap/gui/", question(field), follow=True)
    assert "Đã tiếp nhận" in response.content.decode()
    assert Submission.objects.get().content == "Tôi nộp hồ sơ đã hai tháng.\nKhi nào được cấp?"


def test_a_contact_message_sent_while_the_database_is_down_comes_back(client, portal):
    contact_section(portal.home, None)
    data = {
        "name": "Trần Văn Bình",
        "email": "binh@example.com",
        "subject": "Đường ấp 3 ngập nước",
        "message": "Đoạn đường trước trường tiểu học ngập sâu mỗi khi mưa.",
        "consent": "on",
        "website": "",
    }
    with database_down():
        response = client.post("/lien-he/", data)
    assert response.status_code == 503
    html = response.content.decode()
    assert "Chưa lưu được" in html
    assert ">Đoạn đường trước trường tiểu học ngập sâu mỗi khi mưa.</textarea>" in html
    assert ContactMessage.objects.count() == 0


def test_a_failure_inside_a_middleware_also_gets_the_maintenance_page(portal):
    # A host the page cache has not seen yet: it asks the database which site it is,
    # from inside its middleware, before any view runs.
    client = Client(raise_request_exception=False)
    with database_down():
        response = client.get("/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 503
    assert "Cổng thông tin đang bảo trì" in response.content.decode()


def test_the_api_answers_json_while_the_database_is_down(client, portal):
    with database_down():
        response = client.get("/api/v1/sites/")
    assert response.status_code == 503
    assert "bảo trì" in response.json()["detail"]


def test_other_errors_still_get_the_ordinary_error_page(portal, monkeypatch):
    from vnportal.core import pagecache

    def broken(request):
        raise RuntimeError("a bug, not an outage")

    monkeypatch.setattr(pagecache, "_site_id_for", broken)
    response = Client(raise_request_exception=False).get("/tin-tuc/")
    assert response.status_code == 500
    assert "bảo trì" not in response.content.decode()
