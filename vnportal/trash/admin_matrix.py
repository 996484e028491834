"""The "Thùng rác" admin in the permission matrix (see vnportal/units/admin_matrix.py):
a site's editorial staff see its trashed pages, those who may publish there restore
them or delete them for good; nobody of another site sees or touches them."""

import datetime

from vnportal.news.models import ArticlePage
from vnportal.units.admin_matrix import EDITORIAL_ROLES, PUBLISHING, Case, register, site_object
from vnportal.units.roles import SITE_ADMIN

from . import actions
from .models import TrashedPage


@site_object("trashed")
def build_trashed(objects):
    page = ArticlePage(
        title=f"Tin đã xóa {objects.secret}",
        slug=f"tin-da-xoa-{objects.key.lower()}",
        live=False,
        published_at=datetime.datetime(2025, 7, 1, 8, tzinfo=datetime.UTC),
    )
    objects.category.add_child(instance=page)
    page.save_revision().publish()
    return actions.trash_page(page, user=objects.users[SITE_ADMIN])


def _pk(o):
    return {"pk": o.trashed.pk}


def _title(o):
    return o.trashed.title


def _restored(o):
    page = ArticlePage.objects.get(pk=o.trashed.page_id)
    return not TrashedPage.objects.filter(pk=o.trashed.pk).exists() and page.live


register(
    Case("trash:index", listing=True, roles=EDITORIAL_ROLES, shows=_title),
    Case("trash:restore", kwargs=_pk, data=lambda o: {}, done=_restored, roles=PUBLISHING),
    Case(
        "trash:delete",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: not ArticlePage.objects.filter(pk=o.trashed.page_id).exists(),
        roles=PUBLISHING,
    ),
)
