"""The demo drafts the lead's load_demo adds to the province and xã Tây Yên."""

import pytest

from vnportal.consultations.demo import create_demo_consultations
from vnportal.consultations.models import CommentStatus, Draft

pytestmark = pytest.mark.django_db


def test_demo_adds_an_open_draft_and_a_closed_one_with_its_report(client, province, commune):
    sites = {"angiang": province.site, "tayyen": commune.site}
    assert create_demo_consultations(sites) == 2
    assert create_demo_consultations(sites) == 0  # a second run adds nothing

    open_draft = Draft.objects.get(site=province.site)
    assert open_draft.is_open() and open_draft.sections.count() == 2
    assert open_draft.comments.filter(status=CommentStatus.APPROVED).count() == 2
    assert "mẫu" in open_draft.summary

    closed = Draft.objects.get(site=commune.site)
    assert not closed.is_open() and closed.report_is_published()

    html = client.get(f"/lay-y-kien/{open_draft.slug}/").content.decode()
    assert "Chương II. Vệ sinh và phòng cháy trong chợ" in html
    assert "giờ thu gom rác" in html and "0900000000" not in html
    report = client.get(
        f"/lay-y-kien/{closed.slug}/", HTTP_HOST="tayyen.localhost"
    ).content.decode()
    assert "Báo cáo tiếp thu, giải trình" in report and "Tiếp thu" in report
