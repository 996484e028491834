import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection

from vnportal.consultations.models import Comment, CommentStatus, Draft, DraftSection
from vnportal.consultations.sections import ensure_consultations_page
from vnportal.units.roles import ensure_site_groups


@pytest.fixture(autouse=True)
def _no_fill_delay(settings):
    """Forms in tests are sent at once; the tests of the delay set it back themselves."""
    settings.CONSULTATIONS_MIN_FILL_SECONDS = 0


def add_draft(site, title="Dự thảo quy định quản lý chợ", sections=(), **fields):
    now = timezone.now()
    ensure_consultations_page(site.root_page.specific)
    draft = Draft.objects.create(
        site=site,
        title=title,
        slug=fields.pop("slug", "quy-dinh-quan-ly-cho"),
        drafting_body=fields.pop("drafting_body", "Phòng Kinh tế"),
        opens_at=fields.pop("opens_at", now - datetime.timedelta(days=2)),
        closes_at=fields.pop("closes_at", now + datetime.timedelta(days=10)),
        **fields,
    )
    for order, (heading, text) in enumerate(sections):
        DraftSection.objects.create(draft=draft, sort_order=order, heading=heading, text=text)
    return draft


def add_comment(draft, content="Đề nghị bổ sung giờ họp chợ.", **fields):
    return Comment.objects.create(
        draft=draft,
        name=fields.pop("name", "Trần Văn Bình"),
        contact=fields.pop("contact", "0912345678"),
        content=content,
        consented_at=timezone.now(),
        status=fields.pop("status", CommentStatus.PENDING),
        **fields,
    )


def site_users(site, key):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {site.site_name}")
    groups = ensure_site_groups(site, collection)
    users = {}
    for role, group in groups.items():
        user = get_user_model().objects.create_user(f"{key}-{role}", password="mat-khau-dai-123")
        user.groups.add(group)
        users[role] = user
    return users
