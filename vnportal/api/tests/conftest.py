"""A province and one commune with something of every kind the API lists, each with a
twin that readers must not see (a draft, a restricted page, a hidden document, an answer
nobody agreed to publish)."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from vnportal.alerts.models import Alert, new_identifier
from vnportal.feedback.models import State
from vnportal.feedback.tests.builders import add_field, add_questions_section, add_submission
from vnportal.news.models import CategoryPage, TopicIndexPage, TopicPage
from vnportal.schedules.models import ScheduleEntry, Status
from vnportal.schedules.sections import schedule_section
from vnportal.testing.builders import (
    add_article,
    add_document,
    add_documents_section,
    add_unit,
)
from vnportal.units.models import UnitKind


def _alert(site, areas, **fields):
    now = timezone.now()
    values = {
        "kind": "bao",
        "severity": "Severe",
        "urgency": "Immediate",
        "certainty": "Likely",
        "starts_at": now - datetime.timedelta(minutes=5),
        "ends_at": now + datetime.timedelta(hours=6),
        "headline": "Bão số 3 đổ bộ vào tỉnh An Giang",
        "description": "Bão mạnh cấp 10, giật cấp 12.",
        "instructions": "Người dân không ra khỏi nhà.",
    }
    values.update(fields)
    alert = Alert.objects.create(
        site=site, sender=site.hostname, identifier=new_identifier(site.hostname), **values
    )
    alert.areas.set(areas)
    return alert


@pytest.fixture
def portal(province, commune):
    province_unit = add_unit("AG", "Tỉnh An Giang", UnitKind.PROVINCE, site=province.site)
    commune_unit = add_unit(
        "AG-TAYYEN", "Xã Tây Yên", UnitKind.COMMUNE, site=commune.site, parent=province_unit
    )
    news = province.categories["tin-hoat-dong"]
    digital = province.categories["chuyen-doi-so"]
    topics = province.home.add_child(instance=TopicIndexPage(title="Chuyên đề", slug="chuyen-de"))
    topic = topics.add_child(instance=TopicPage(title="Nông thôn mới", slug="nong-thon-moi"))
    article = add_article(
        news,
        title="Khánh thành cầu Tây Yên",
        published_at=timezone.make_aware(datetime.datetime(2025, 3, 10, 9, 0)),
        author="Phóng viên Minh Anh",
        source="Báo An Giang",
        province_wide=True,
        body=[{"type": "paragraph", "value": "<p>Cây cầu dài <b>120 mét</b>.</p>"}],
    )
    article.topics.add(topic)
    article.save()
    older = add_article(
        digital,
        title="Chuyển đổi số ở xã",
        published_at=timezone.make_aware(datetime.datetime(2024, 12, 1, 8, 0)),
        kind="bai",
    )
    draft = add_article(news, title="Bản nháp chưa đăng", live=False)
    hidden_category = province.news.add_child(instance=CategoryPage(title="Nội bộ", slug="noi-bo"))
    PageViewRestriction.objects.create(
        page=hidden_category, restriction_type="password", password="mat-khau"
    )
    private = add_article(hidden_category, title="Tin nội bộ có mật khẩu")
    copy = add_article(
        commune.categories["tin-hoat-dong"],
        title="",
        original=article,
        is_reference=True,
        sapo="",
    )

    add_documents_section(province.site)
    document = add_document(
        province.site, "15/2025/QĐ-UBND", title="Về việc ban hành quy chế dân chủ ở cơ sở"
    )
    hidden_document = add_document(
        province.site, "16/2025/QĐ-UBND", title="Văn bản chưa công khai", live=False
    )

    add_questions_section(province.site)
    field = add_field("Đất đai")
    answer = add_submission(
        province.site,
        field=field,
        commune=commune_unit,
        state=State.PUBLISHED,
        may_publish=True,
        title="Hỏi về cấp sổ đỏ",
        answer="Ông bà liên hệ bộ phận một cửa.",
    )
    unpublished = add_submission(
        province.site, state=State.ANSWERED, answer="Chưa công khai", title="Câu hỏi chưa công khai"
    )
    refused = add_submission(
        province.site,
        state=State.PUBLISHED,
        may_publish=False,
        answer="Không đồng ý công khai",
        title="Câu hỏi không đồng ý công khai",
    )

    active_alert = _alert(province.site, [province_unit])
    ended_alert = _alert(
        province.site,
        [commune_unit],
        headline="Lũ đã rút",
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=2),
    )
    schedule_section(province.home, None)
    schedule = ScheduleEntry.objects.create(
        site=province.site,
        date=datetime.date(2026, 11, 24),
        starts_at=datetime.time(8, 0),
        ends_at=datetime.time(11, 30),
        content="Tiếp công dân định kỳ",
        place="Trụ sở Tiếp công dân tỉnh",
        chaired_by="Chủ tịch UBND tỉnh",
        participants="Thanh tra tỉnh; Ban Tiếp công dân tỉnh",
        status=Status.POSTPONED,
        status_note="Hoãn vì trùng lịch họp",
    )
    hidden_schedule = ScheduleEntry.objects.create(
        site=province.site,
        date=datetime.date(2026, 11, 25),
        starts_at=datetime.time(14, 0),
        content="Lịch chưa công khai",
        chaired_by="Phó Chủ tịch UBND tỉnh",
        published=False,
    )
    return SimpleNamespace(
        province=province,
        schedule=schedule,
        hidden_schedule=hidden_schedule,
        commune=commune,
        province_unit=province_unit,
        commune_unit=commune_unit,
        news=news,
        digital=digital,
        topic=topic,
        article=article,
        older=older,
        draft=draft,
        private=private,
        copy=copy,
        document=document,
        hidden_document=hidden_document,
        field=field,
        answer=answer,
        unpublished=unpublished,
        refused=refused,
        active_alert=active_alert,
        ended_alert=ended_alert,
    )
