"""The handlers' queue and a question's page: what a handler of one site sees, and that
nothing of another site, nor a person's contacts, shows where it should not."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Collection

from vnportal.feedback.models import Event, State
from vnportal.feedback.tests.builders import add_submission
from vnportal.testing.builders import build_site
from vnportal.units.roles import CONTRIBUTOR, HANDLER, LEADER, ensure_site_groups

pytestmark = pytest.mark.django_db

QUEUE = "/admin/hoi-dap/"
# The words beside an overdue due date, so that it is not told by colour alone.
OVERDUE = ">Quá hạn</span>"


class Commune:
    def __init__(self, key, default):
        built = build_site(
            hostname=f"xa-{key}.localhost", unit_name=f"xã {key.upper()}", default=default
        )
        self.site = built.site
        collection = Collection.get_first_root_node().add_child(name=f"Thư mục {key}")
        self.groups = ensure_site_groups(self.site, collection)
        users = get_user_model().objects
        self.users = {}
        for role in (HANDLER, LEADER, CONTRIBUTOR):
            user = users.create_user(
                username=f"{key}-{role}", email=f"{role}@{key}.example", first_name=role
            )
            user.groups.add(self.groups[role])
            self.users[role] = user

    @property
    def handler(self):
        return self.users[HANDLER]

    @property
    def leader(self):
        return self.users[LEADER]


def two_communes():
    return Commune("a", True), Commune("b", False)


@pytest.fixture
def communes():
    return two_communes()


def refused(response):
    """403, or Wagtail's way: back to the dashboard with a permission error."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def login(client, user):
    client.force_login(user)
    return client


def test_queue_lists_own_sites_questions_by_due_date(client, communes):
    a, b = communes
    today = timezone.localdate()
    later = add_submission(
        a.site, title="Hỏi về cấp giấy phép xây dựng", due_on=today + datetime.timedelta(days=9)
    )
    sooner = add_submission(
        a.site, title="Phản ánh đường ngập nước", due_on=today + datetime.timedelta(days=2)
    )
    add_submission(b.site, title="Câu hỏi riêng của xã B")
    body = login(client, a.handler).get(QUEUE).content.decode()
    assert body.index(sooner.title) < body.index(later.title)
    assert "Câu hỏi riêng của xã B" not in body


def test_queue_never_shows_contacts(client, communes):
    a, _b = communes
    submission = add_submission(
        a.site, name="Trần Thị Bích", phone="0987654321", email="bich@example.com", address="Ấp Mới"
    )
    body = login(client, a.handler).get(QUEUE).content.decode()
    assert submission.title in body
    for private in ("Trần Thị Bích", "0987654321", "bich@example.com", "Ấp Mới"):
        assert private not in body


def test_overdue_question_is_marked_in_words(client, communes):
    a, _b = communes
    today = timezone.localdate()
    add_submission(a.site, title="Câu hỏi đã quá hạn", due_on=today - datetime.timedelta(days=1))
    add_submission(a.site, title="Câu hỏi còn hạn", due_on=today + datetime.timedelta(days=5))
    body = login(client, a.handler).get(QUEUE).content.decode()
    assert body.count(OVERDUE) == 1
    overdue_only = client.get(QUEUE, {"overdue": "qua-han"}).content.decode()
    assert "Câu hỏi đã quá hạn" in overdue_only
    assert "Câu hỏi còn hạn" not in overdue_only


def test_answered_question_past_its_date_is_not_overdue(client, communes):
    a, _b = communes
    add_submission(
        a.site,
        state=State.ANSWERED,
        answer="Đã trả lời.",
        due_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    assert OVERDUE not in login(client, a.handler).get(QUEUE).content.decode()


def test_queue_filters_by_state_and_assignee(client, communes):
    a, _b = communes
    mine = add_submission(
        a.site, title="Việc giao cho tôi", state=State.ASSIGNED, assignee=a.handler
    )
    add_submission(a.site, title="Việc chưa giao")
    login(client, a.handler)
    body = client.get(QUEUE, {"assignee": "toi"}).content.decode()
    assert mine.title in body and "Việc chưa giao" not in body
    body = client.get(QUEUE, {"state": State.NEW}).content.decode()
    assert "Việc chưa giao" in body and mine.title not in body


def test_contributor_has_no_queue(client, communes):
    a, _b = communes
    response = login(client, a.users[CONTRIBUTOR]).get(QUEUE)
    assert response.status_code in (302, 403)


def test_detail_hides_contacts_until_asked_and_logs_each_opening(client, communes):
    a, _b = communes
    submission = add_submission(a.site, name="Lê Văn Cường", phone="0911222333")
    detail = f"{QUEUE}{submission.pk}/"
    login(client, a.handler)
    body = client.get(detail).content.decode()
    assert submission.title in body
    assert "Lê Văn Cường" not in body and "0911222333" not in body
    assert not Event.objects.filter(action=Event.Action.VIEWED_PERSONAL).exists()
    for _ in range(2):
        body = client.post(f"{detail}nguoi-gui/").content.decode()
        assert "Lê Văn Cường" in body and "0911222333" in body
    opened = Event.objects.filter(submission=submission, action=Event.Action.VIEWED_PERSONAL)
    assert [event.actor for event in opened] == [a.handler, a.handler]


def test_personal_data_cannot_be_opened_by_get(client, communes):
    a, _b = communes
    submission = add_submission(a.site, name="Phạm Thị Dung")
    response = login(client, a.handler).get(f"{QUEUE}{submission.pk}/nguoi-gui/")
    assert response.status_code == 405
    assert not Event.objects.filter(action=Event.Action.VIEWED_PERSONAL).exists()


@pytest.mark.parametrize(
    "path, method",
    [
        ("", "get"),
        ("nguoi-gui/", "post"),
        ("phan-cong/", "post"),
        ("xu-ly/", "post"),
        ("ghi-chu/", "post"),
        ("du-thao/", "post"),
        ("duyet/", "post"),
        ("gui-tra-loi/", "post"),
        ("cong-khai/", "post"),
        ("dong/", "post"),
        ("tu-choi/", "post"),
    ],
)
def test_handler_of_a_is_refused_on_b(client, communes, path, method):
    a, b = communes
    foreign = add_submission(b.site, name="Người của xã B", title="Việc của xã B")
    for user in (a.handler, a.leader):
        login(client, user)
        response = getattr(client, method)(f"{QUEUE}{foreign.pk}/{path}", {"text": "x"})
        assert refused(response)
        assert "Người của xã B" not in response.content.decode()
    foreign.refresh_from_db()
    assert foreign.state == State.NEW
    assert not foreign.events.exists() and not foreign.notes.exists()


def test_queue_queries_do_not_grow_with_its_length(client, communes, django_assert_max_num_queries):
    a, _b = communes
    for number in range(3):
        add_submission(a.site, state=State.ASSIGNED, assignee=a.handler, title=f"Việc số {number}")
    login(client, a.handler)
    client.get(QUEUE)  # warm the caches a first request fills (site, permissions)
    with CaptureQueriesContext(connection) as few:
        client.get(QUEUE)
    for number in range(12):
        add_submission(
            a.site, state=State.ASSIGNED, assignee=a.handler, title=f"Việc thêm {number}"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get(QUEUE).content.decode()
    assert "Việc thêm 11" in body
