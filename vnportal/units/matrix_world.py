"""The world the permission matrix runs in: sites A and B, each with one object of every
kind an admin URL can act on, every title marked with the site's secret so that a leak
shows in a response. Apps add their own objects with `admin_matrix.site_object`.

Built once per test module (it takes a few seconds); see
vnportal/units/tests/test_permission_matrix.py.
"""

import datetime
import io
from dataclasses import dataclass, field

from .admin_matrix import REGISTRY, load
from .roles import BOARD


@dataclass
class SiteObjects:
    """The objects of one site in the test world. Objects that apps add through
    `site_object` are read as attributes too."""

    key: str
    secret: str
    site: object = None
    home: object = None
    news: object = None
    category: object = None
    category2: object = None
    article: object = None
    draft: object = None
    draft2: object = None
    locked: object = None
    scheduled: object = None
    alias: object = None
    image: object = None
    document: object = None
    collection: object = None
    settings: object = None
    redirect: object = None
    groups: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    workflow: object = None
    task: object = None
    workflow_state: object = None
    task_state: object = None
    image_upload: object = None
    document_upload: object = None
    other: "SiteObjects" = None
    extra: dict = field(default_factory=dict)

    def __getattr__(self, name):
        extra = self.__dict__.get("extra", {})
        if name in extra:
            return extra[name]
        raise AttributeError(name)

    @property
    def markers(self):
        """Strings that reveal this site's objects when they appear in a response."""
        return [self.secret, self.slug_marker]

    @property
    def slug_marker(self):
        return f"bi-mat-xa-{self.key.lower()}"


@dataclass
class World:
    a: SiteObjects
    b: SiteObjects
    superuser: object
    province_users: dict

    def site(self, key):
        return {"A": self.a, "B": self.b}[key]


def png_bytes(color):
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 40), color).save(buffer, "PNG")
    return buffer.getvalue()


def _build_site_objects(key, hostname, default, superuser):
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.log_actions import log
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        UploadedFile,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    from vnportal.core.models import SiteSettings
    from vnportal.news.models import ArticlePage
    from vnportal.testing.builders import build_site

    from .roles import ensure_site_groups

    secret = f"BÍ MẬT CỦA XÃ {key}"
    slug = f"bi-mat-xa-{key.lower()}"
    o = SiteObjects(key=key, secret=secret)
    built = build_site(
        hostname=hostname,
        unit_name=f"xã {key} ({secret})",
        default=default,
        categories={f"{slug}-chuyen-muc": f"Chuyên mục {secret}", f"{slug}-muc-hai": "Mục hai"},
    )
    o.site, o.news = built.site, built.news
    o.category, o.category2 = built.categories.values()
    o.home = built.home
    o.home.title = f"Trang chủ {secret}"
    o.home.save_revision(user=superuser).publish(user=superuser)
    o.settings = SiteSettings.objects.get(site=o.site)

    root_collection = Collection.get_first_root_node()
    o.collection = root_collection.add_child(name=f"Thư mục {secret}")
    o.groups = ensure_site_groups(o.site, o.collection)
    users = get_user_model().objects
    for role, group in o.groups.items():
        user = users.create_user(username=f"{key.lower()}-{role}", email=f"{role}@{key}.example")
        user.groups.add(group)
        o.users[role] = user

    def article(title, suffix, live=True):
        page = ArticlePage(
            title=f"{title} {secret}",
            slug=f"{slug}-{suffix}",
            sapo=f"Tóm tắt {secret}",
            live=False,
            published_at=datetime.datetime(2025, 7, 1, 8, tzinfo=datetime.UTC),
        )
        o.category.add_child(instance=page)
        revision = page.save_revision(user=superuser, log_action=True)
        if live:
            revision.publish(user=superuser)
        page.refresh_from_db()
        return page

    o.article = article("Tin đã đăng", "tin")
    o.article.save_revision(user=superuser, log_action=True)  # a second revision to compare
    o.draft = article("Bản nháp", "nhap", live=False)  # sent for approval below
    o.draft2 = article("Bản nháp chờ đăng", "nhap-hai", live=False)
    o.locked = article("Tin bị khóa", "khoa")
    o.locked.locked, o.locked.locked_by = True, superuser
    o.locked.locked_at = datetime.datetime(2025, 7, 2, tzinfo=datetime.UTC)
    o.locked.save(update_fields=["locked", "locked_by", "locked_at"])
    # A revision approved to go live in the future: what "unschedule" acts on.
    o.scheduled = article("Tin hẹn giờ", "hen-gio", live=False)
    o.scheduled.go_live_at = datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC)
    o.scheduled.save_revision(user=superuser).publish(user=superuser)
    o.scheduled.refresh_from_db()
    o.alias = o.article.create_alias(parent=o.category2, update_slug=f"{slug}-alias")

    # The board of each site approves its own site's drafts (the editorial app will
    # create this for real sites; the matrix needs one to test approval isolation).
    o.task = GroupApprovalTask.objects.create(name=f"Ban biên tập duyệt {secret}")
    o.task.groups.set([o.groups[BOARD]])
    o.workflow = Workflow.objects.create(name=f"Quy trình {secret}")
    WorkflowTask.objects.create(workflow=o.workflow, task=o.task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=o.home, defaults={"workflow": o.workflow})
    o.workflow_state = o.workflow.start(o.draft, superuser)
    o.workflow_state.refresh_from_db()
    o.task_state = o.workflow_state.current_task_state

    o.image = get_image_model()(
        title=f"Ảnh {secret}",
        collection=o.collection,
        file=ImageFile(io.BytesIO(png_bytes("#336699")), name=f"{slug}.png"),
    )
    o.image.save()
    o.image.tags.add(f"{slug}-the")
    o.document = get_document_model()(title=f"Tệp {secret}", collection=o.collection)
    o.document.file.save(f"{slug}.txt", ContentFile(secret.encode()), save=False)
    o.document.save()
    o.document.tags.add(f"{slug}-tep")
    for media in (o.image, o.document):
        log(instance=media, action="wagtail.create", user=superuser)
    o.image_upload = UploadedFile.objects.create(
        for_content_type_id=_content_type_id(get_image_model()), uploaded_by_user=superuser
    )
    o.image_upload.file.save(f"{slug}-upload.png", ContentFile(png_bytes("#993366")))
    o.document_upload = UploadedFile.objects.create(
        for_content_type_id=_content_type_id(get_document_model()), uploaded_by_user=superuser
    )
    o.document_upload.file.save(f"{slug}-upload.txt", ContentFile(secret.encode()))
    o.redirect = Redirect.objects.create(
        old_path=f"/{slug}-cu", site=o.site, redirect_page=o.article
    )
    return o


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def build_world():
    """Sites A and B with one of everything each, users for every role of both sites,
    province staff, a superuser, and the objects apps add through `site_object`."""
    from django.contrib.auth import get_user_model

    from .roles import ensure_province_groups

    load()
    users = get_user_model().objects
    superuser = users.create_superuser("matrix-admin", "admin@example.gov.vn", None)
    a = _build_site_objects("A", "xa-a.localhost", True, superuser)
    b = _build_site_objects("B", "xa-b.localhost", False, superuser)
    a.other, b.other = b, a
    province_users = {}
    for role, group in ensure_province_groups("tỉnh Thử").items():
        user = users.create_user(username=f"province-{role}")
        user.groups.add(group)
        province_users[role] = user
    for name, builder in REGISTRY.builders.items():
        for objects in (a, b):
            objects.extra[name] = builder(objects)
    return World(a=a, b=b, superuser=superuser, province_users=province_users)
