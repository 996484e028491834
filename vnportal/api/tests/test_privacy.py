"""No endpoint ever carries the personal data of the person who asked a question."""

import json

import pytest

from vnportal.feedback.models import Note, State
from vnportal.feedback.tests.builders import add_submission

pytestmark = pytest.mark.django_db

NAME = "Trần Thị Bí Mật Zq"
PHONE = "0987123499"
EMAIL = "bimat.zq@example.vn"
ADDRESS = "Số 77 hẻm Riêng Tư Zq"
NOTE = "Ghi chú nội bộ Zq"


def _every_path(client):
    lists = ["sites/", "units/", "categories/", "topics/", "articles/", "documents/"]
    lists += ["answers/", "alerts/", "schedules/", "openapi.json"]
    paths = list(lists)
    for name in ("sites", "articles", "documents", "answers", "alerts", "schedules"):
        body = client.get(f"/api/v1/{name}/", {"page_size": 100}).json()
        paths += [f"{name}/{item['id']}/" for item in body["results"]]
    return paths


def test_no_response_carries_the_authors_data(client, portal):
    submission = add_submission(
        portal.province.site,
        name=NAME,
        phone=PHONE,
        email=EMAIL,
        address=ADDRESS,
        state=State.PUBLISHED,
        may_publish=True,
        answer="Đã trả lời công khai.",
    )
    Note.objects.create(submission=submission, text=NOTE)
    paths = _every_path(client)
    assert f"answers/{submission.pk}/" in paths
    secrets = [NAME, PHONE, EMAIL, ADDRESS, NOTE, submission.tracking_code]
    for path in paths:
        response = client.get("/api/v1/" + path)
        assert response.status_code == 200, path
        # Compare decoded text too, in case a value were escaped in the JSON.
        texts = [response.content.decode(), json.dumps(response.json(), ensure_ascii=False)]
        for text in texts:
            for secret in secrets:
                assert secret not in text, (path, secret)
            assert "tracking_code" not in text and "phone" not in text
