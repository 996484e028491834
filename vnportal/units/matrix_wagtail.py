"""Wagtail's own admin URLs in the permission matrix (see admin_matrix.py).

`core` may import no other app of ours, so the cases for the page tree, site settings,
media, reports and the rest of Wagtail's admin are registered here, by the app that owns
sites and roles.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    TaskState,
    UploadedFile,
    Workflow,
)

from .admin_matrix import (
    ALL_ROLES,
    EDITING,
    EDITORIAL_ROLES,
    NOBODY,
    PUBLISHING,
    Case,
    not_site_owned,
    register,
)
from .roles import BOARD, SITE_ADMIN

NEW_TITLE = "Tiêu đề mới do ma trận đặt"


def _page(pk):
    return Page.objects.filter(pk=pk).first()


def _out_of_site(o, pk):
    """Deleted, or moved to the trash (vnportal.trash), which is outside every site."""
    return not Page.objects.descendant_of(o.site.root_page).filter(pk=pk).exists()


def _gone(model, pk):
    return not model.objects.filter(pk=pk).exists()


def article_form(page, **changes):
    """The edit form of an ArticlePage as a browser posts it, with `changes` applied."""
    page = page.specific_class.objects.get(pk=page.pk)
    data = model_form(page)
    data |= {
        "title": page.title,
        "slug": page.slug,
        "sapo": page.sapo,
        "cover_caption": "",
        "author": "",
        "source": "",
        "published_at": "2025-07-01 08:00",
        "featured_order": "0",
        "body-count": "0",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "kind": "tin",
        "cover_alt": "",
        "tags": "",
    }
    for inline in ("comments", "contributors", "related_links", "clarification_sources"):
        data |= {
            f"{inline}-TOTAL_FORMS": "0",
            f"{inline}-INITIAL_FORMS": "0",
            f"{inline}-MIN_NUM_FORMS": "0",
            f"{inline}-MAX_NUM_FORMS": "1000",
        }
    data.update(changes)
    return data


def model_form(instance, **changes):
    """The values of a model's own fields as an admin form posts them, with changes."""
    data = {}
    for model_field in instance._meta.concrete_fields:
        if model_field.primary_key or model_field.name == "site":
            continue
        value = getattr(instance, model_field.attname)
        if isinstance(value, bool):
            if value:
                data[model_field.name] = "on"
            continue
        data[model_field.name] = "" if value is None else str(value)
    data.update(changes)
    return data


def _image_form(o, **changes):
    data = {"title": NEW_TITLE, "collection": o.collection.pk, "tags": "", "alt_text": ""}
    data.update(changes)
    return data


def _document_form(o, **changes):
    data = {"title": NEW_TITLE, "collection": o.collection.pk, "tags": ""}
    data.update(changes)
    return data


def _title_is(model, attr, title=NEW_TITLE):
    return lambda o: model.objects.get(pk=getattr(o, attr).pk).title == title


def _redirect_import(o):
    """The second step of importing redirects: a CSV file already uploaded (as the first
    step stores it) and the signed reference to it."""
    from django.core.signing import Signer
    from wagtail.contrib.redirects.utils import get_file_storage

    storage = get_file_storage()()
    storage.save(b"tu,den\n/nhap-tu-tep,https://example.gov.vn/trang-moi\n", "wb")
    signer = Signer()
    return {
        "import_file_name": signer.sign(storage.name),
        "input_format": signer.sign("0"),
        "from_index": "0",
        "to_index": "1",
        "site": o.site.pk,
        "permanent": "on",
    }


def _article_type():
    return {"content_type_app_name": "news", "content_type_model_name": "articlepage"}


# ----------------------------------------------------------------------------- pages

register(
    Case(
        "wagtailadmin_explore",
        kwargs=lambda o: {"parent_page_id": o.home.pk},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.news.title,
    ),
    Case(
        "wagtailadmin_explore_results",
        kwargs=lambda o: {"parent_page_id": o.category.pk},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:add",
        kwargs=lambda o: {**_article_type(), "parent_page_id": o.category.pk},
        roles=EDITORIAL_ROLES,
    ),
    Case(
        "wagtailadmin_pages:add",
        label="create",
        kwargs=lambda o: {**_article_type(), "parent_page_id": o.category.pk},
        data=lambda o: article_form(o.article, title=NEW_TITLE, slug="trang-moi-ma-tran"),
        done=lambda o: o.category.get_children().filter(title=NEW_TITLE).exists(),
        roles=EDITORIAL_ROLES,
    ),
    Case(
        "wagtailadmin_pages:preview_on_add",
        kwargs=lambda o: {**_article_type(), "parent_page_id": o.category.pk},
        data=lambda o: article_form(o.article, title=NEW_TITLE, slug="xem-truoc-ma-tran"),
        roles=EDITORIAL_ROLES,
    ),
    Case(
        "wagtailadmin_pages:add_subpage",
        kwargs=lambda o: {"parent_page_id": o.category.pk},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.category.title,
    ),
    Case(
        "wagtailadmin_pages:edit",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:edit",
        label="save draft",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: article_form(o.article, title=NEW_TITLE),
        done=lambda o: _page(o.article.pk).draft_title == NEW_TITLE,
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:edit",
        label="publish",
        kwargs=lambda o: {"page_id": o.draft2.pk},
        data=lambda o: article_form(o.draft2, **{"action-publish": "action-publish"}),
        done=lambda o: _page(o.draft2.pk).live,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:preview_on_edit",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: article_form(o.article, title=NEW_TITLE),
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:preview_on_edit",
        label="render",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:view_draft",
        kwargs=lambda o: {"page_id": o.draft.pk},
        roles=EDITING,
        shows=lambda o: o.draft.title,
    ),
    Case(
        "wagtailadmin_pages:usage",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:delete",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=PUBLISHING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:delete",
        label="confirm",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: {},
        done=lambda o: _out_of_site(o, o.article.pk),
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:unpublish",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:unpublish",
        label="confirm",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: {},
        done=lambda o: not _page(o.article.pk).live,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:convert_alias",
        kwargs=lambda o: {"page_id": o.alias.pk},
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:convert_alias",
        label="confirm",
        kwargs=lambda o: {"page_id": o.alias.pk},
        data=lambda o: {},
        done=lambda o: _page(o.alias.pk).alias_of_id is None,
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:move",
        kwargs=lambda o: {"page_to_move_id": o.article.pk},
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:move_confirm",
        kwargs=lambda o: {"page_to_move_id": o.article.pk, "destination_id": o.category2.pk},
        data=lambda o: {},
        done=lambda o: _page(o.article.pk).get_parent().pk == o.category2.pk,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:move_confirm",
        label="own page into the other site",
        kwargs=lambda o: {"page_to_move_id": o.other.article.pk, "destination_id": o.category.pk},
        data=lambda o: {},
        done=lambda o: _page(o.other.article.pk).get_parent().pk == o.category.pk,
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_pages:set_page_position",
        kwargs=lambda o: {"page_to_move_id": o.draft.pk},
        query=lambda o: {"position": "0"},
        data=lambda o: {},
        done=lambda o: o.category.get_children().first().pk == o.draft.pk,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:copy",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:copy",
        label="confirm",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: {
            "new_title": NEW_TITLE,
            "new_slug": "ban-sao-ma-tran",
            "new_parent_page": o.category.pk,
        },
        done=lambda o: o.category.get_children().filter(slug="ban-sao-ma-tran").exists(),
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:copy",
        label="own page into the other site",
        kwargs=lambda o: {"page_id": o.other.article.pk},
        data=lambda o: {
            "new_title": NEW_TITLE,
            "new_slug": "ban-sao-sang-trang-khac",
            "new_parent_page": o.category.pk,
        },
        done=lambda o: o.category.get_children().filter(slug="ban-sao-sang-trang-khac").exists(),
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_pages:set_privacy",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:set_privacy",
        label="confirm",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: {"restriction_type": "password", "password": "matkhau"},
        done=lambda o: PageViewRestriction.objects.filter(page_id=o.article.pk).exists(),
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:lock",
        kwargs=lambda o: {"page_id": o.article.pk},
        data=lambda o: {},
        done=lambda o: _page(o.article.pk).locked,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:unlock",
        kwargs=lambda o: {"page_id": o.locked.pk},
        data=lambda o: {},
        done=lambda o: not _page(o.locked.pk).locked,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:revisions_index",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:revisions_view",
        kwargs=lambda o: {"page_id": o.article.pk, "revision_id": o.article.latest_revision_id},
        roles=EDITING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:revisions_revert",
        kwargs=lambda o: {"page_id": o.article.pk, "revision_id": o.article.latest_revision_id},
        roles=EDITING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:revisions_unschedule",
        kwargs=lambda o: {
            "page_id": o.scheduled.pk,
            "revision_id": o.scheduled.scheduled_revision.pk,
        },
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:revisions_unschedule",
        label="confirm",
        kwargs=lambda o: {
            "page_id": o.scheduled.pk,
            "revision_id": o.scheduled.scheduled_revision.pk,
        },
        data=lambda o: {},
        done=lambda o: (
            Revision.objects.get(pk=o.scheduled.scheduled_revision.pk).approved_go_live_at is None
        ),
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_pages:revisions_compare",
        args=lambda o: [o.article.pk, "earliest", "latest"],
        roles=EDITING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:history",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:history_results",
        kwargs=lambda o: {"page_id": o.article.pk},
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_pages:workflow_history",
        kwargs=lambda o: {"page_id": o.draft.pk},
        roles=EDITING,
        shows=lambda o: o.draft.title,
    ),
    Case(
        "wagtailadmin_pages:workflow_history_detail",
        kwargs=lambda o: {"page_id": o.draft.pk, "workflow_state_id": o.workflow_state.pk},
        roles=EDITING,
        shows=lambda o: o.draft.title,
    ),
    # Approval belongs to the site's board: the task in the test world is assigned to it.
    Case(
        "wagtailadmin_pages:workflow_action",
        kwargs=lambda o: {
            "page_id": o.draft.pk,
            "action_name": "approve",
            "task_state_id": o.task_state.pk,
        },
        data=lambda o: {"comment": "Đồng ý"},
        done=lambda o: TaskState.objects.get(pk=o.task_state.pk).status == "approved",
        roles=frozenset({BOARD}),
        province_roles=NOBODY,
    ),
    Case(
        "wagtailadmin_pages:collect_workflow_action_data",
        kwargs=lambda o: {
            "page_id": o.draft.pk,
            "action_name": "approve",
            "task_state_id": o.task_state.pk,
        },
        roles=frozenset({BOARD}),
        province_roles=NOBODY,
    ),
    Case(
        "wagtailadmin_pages:workflow_preview",
        kwargs=lambda o: {"page_id": o.draft.pk, "task_id": o.task.pk},
        roles=frozenset({BOARD}),
        province_roles=NOBODY,
        shows=lambda o: o.draft.title,
    ),
    Case(
        "wagtailadmin_pages:confirm_workflow_cancellation",
        kwargs=lambda o: {"page_id": o.draft.pk},
        roles=EDITING,
    ),
    Case(
        "wagtailadmin_editing_sessions:ping",
        kwargs=lambda o: {
            "app_label": "wagtailcore",
            "model_name": "page",
            "object_id": str(o.article.pk),
            "session_id": 0,
        },
        data=lambda o: {},
        done=lambda o: EditingSession.objects.filter(object_id=str(o.article.pk)).exists(),
        roles=EDITING,
    ),
    Case(
        "wagtail_bulk_action",
        label="delete pages",
        kwargs=lambda o: {"app_label": "wagtailcore", "model_name": "page", "action": "delete"},
        query=lambda o: {"id": o.article.pk},
        roles=PUBLISHING,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtail_bulk_action",
        label="publish pages",
        kwargs=lambda o: {"app_label": "wagtailcore", "model_name": "page", "action": "publish"},
        query=lambda o: {"id": o.draft2.pk},
        data=lambda o: {},
        done=lambda o: _page(o.draft2.pk).live,
        roles=PUBLISHING,
    ),
    Case(
        "wagtail_bulk_action",
        label="delete images",
        kwargs=lambda o: {"app_label": "wagtailimages", "model_name": "image", "action": "delete"},
        query=lambda o: {"id": o.image.pk},
        data=lambda o: {},
        done=lambda o: _gone(get_image_model(), o.image.pk),
        roles=PUBLISHING,
    ),
    Case(
        "wagtail_bulk_action",
        label="delete documents",
        kwargs=lambda o: {
            "app_label": "wagtaildocs",
            "model_name": "document",
            "action": "delete",
        },
        query=lambda o: {"id": o.document.pk},
        roles=PUBLISHING,
        shows=lambda o: o.document.title,
    ),
)

# Lists and searches: they show many objects; none of them may be the other site's.
register(
    Case("wagtailadmin_home", listing=True, roles=ALL_ROLES),
    Case("wagtailadmin_explore_root", listing=True, roles=EDITORIAL_ROLES),
    Case(
        "wagtailadmin_pages:search",
        listing=True,
        query=lambda o: {"q": "BÍ MẬT"},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_pages:search_results",
        listing=True,
        query=lambda o: {"q": "BÍ MẬT"},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    # Every page of a type, in every site: for province staff (isolation.EVERY_SITE_ONLY).
    Case(
        "wagtailadmin_pages:type_use",
        listing=True,
        kwargs=lambda o: _article_type(),
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_pages:type_use_results",
        listing=True,
        kwargs=lambda o: _article_type(),
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_pages:choose_parent",
        listing=True,
        kwargs=lambda o: {"app_label": "news", "model_name": "articlepage"},
        roles=ALL_ROLES,
    ),
    Case("wagtailadmin_choose_page", listing=True, roles=ALL_ROLES),
    # The tree's root belongs to no site; below it, each role sees only its own site.
    Case(
        "wagtailadmin_choose_page_child",
        label="tree root",
        listing=True,
        kwargs=lambda o: {"parent_page_id": Page.get_first_root_node().pk},
        roles=ALL_ROLES,
        shows_to=EDITORIAL_ROLES,
        shows=lambda o: o.home.title,
    ),
    Case(
        "wagtailadmin_explore",
        label="tree root",
        listing=True,
        kwargs=lambda o: {"parent_page_id": Page.get_first_root_node().pk},
        roles=EDITORIAL_ROLES,
    ),
    Case(
        "wagtailadmin_choose_page_search",
        listing=True,
        query=lambda o: {"q": "BÍ MẬT"},
        roles=ALL_ROLES,
        shows_to=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_choose_page_child",
        kwargs=lambda o: {"parent_page_id": o.category.pk},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_choose_page_chosen_multiple",
        query=lambda o: {"id": o.article.pk},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_tag_autocomplete",
        listing=True,
        query=lambda o: {"term": "bi-mat"},
        roles=ALL_ROLES,
        shows_to=EDITORIAL_ROLES,
        shows=lambda o: f"{o.slug_marker}-the",
    ),
    Case(
        "wagtailadmin_tag_model_autocomplete",
        listing=True,
        kwargs=lambda o: {"app_name": "taggit", "model_name": "tag"},
        query=lambda o: {"term": "bi-mat"},
        roles=ALL_ROLES,
        shows_to=EDITORIAL_ROLES,
        shows=lambda o: f"{o.slug_marker}-the",
    ),
    Case("wagtailadmin_reports:locked_pages", listing=True, roles=PUBLISHING),
    Case("wagtailadmin_reports:locked_pages_results", listing=True, roles=PUBLISHING),
    # Reports of every site at once: for province staff (isolation.EVERY_SITE_ONLY).
    Case("wagtailadmin_reports:workflow", listing=True, roles=NOBODY, province_roles=ALL_ROLES),
    Case(
        "wagtailadmin_reports:workflow_results",
        listing=True,
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_reports:workflow_tasks", listing=True, roles=NOBODY, province_roles=ALL_ROLES
    ),
    Case(
        "wagtailadmin_reports:workflow_tasks_results",
        listing=True,
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case("wagtailadmin_reports:site_history", listing=True, roles=ALL_ROLES),
    Case("wagtailadmin_reports:site_history_results", listing=True, roles=ALL_ROLES),
    Case("wagtailadmin_reports:aging_pages", listing=True, roles=EDITORIAL_ROLES),
    Case("wagtailadmin_reports:aging_pages_results", listing=True, roles=EDITORIAL_ROLES),
    Case(
        "wagtailadmin_reports:page_types_usage",
        listing=True,
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_reports:page_types_usage_results",
        listing=True,
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
)

# The admin API: pages for the explorer's menu; images and documents are unused by the
# admin interface and kept for province staff (isolation.EVERY_SITE_ONLY).
register(
    # Asked for another site's category, or by a role that explores no page (the
    # handlers of questions), the API answers 400 "parent page doesn't exist": judged by
    # what it shows rather than by its status.
    Case(
        "wagtailadmin_api:pages:listing",
        query=lambda o: {"child_of": o.category.pk},
        refused_by_effect=True,
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_api:pages:detail",
        kwargs=lambda o: {"pk": o.article.pk},
        roles=EDITORIAL_ROLES,
        shows=lambda o: o.article.title,
    ),
    Case(
        "wagtailadmin_api:pages:find",
        query=lambda o: {"id": o.article.pk},
        roles=EDITORIAL_ROLES,
    ),
    Case(
        "wagtailadmin_api:pages:action",
        kwargs=lambda o: {"pk": o.draft2.pk, "action_name": "publish"},
        data=lambda o: {},
        done=lambda o: _page(o.draft2.pk).live,
        roles=PUBLISHING,
    ),
    Case(
        "wagtailadmin_api:images:listing",
        listing=True,
        roles=NOBODY,
        province_roles=ALL_ROLES,
        shows=lambda o: o.image.title,
    ),
    Case(
        "wagtailadmin_api:images:detail",
        kwargs=lambda o: {"pk": o.image.pk},
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_api:images:find",
        query=lambda o: {"id": o.image.pk},
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_api:documents:listing", listing=True, roles=NOBODY, province_roles=ALL_ROLES
    ),
    Case(
        "wagtailadmin_api:documents:detail",
        kwargs=lambda o: {"pk": o.document.pk},
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
    Case(
        "wagtailadmin_api:documents:find",
        query=lambda o: {"id": o.document.pk},
        roles=NOBODY,
        province_roles=ALL_ROLES,
    ),
)

# ---------------------------------------------------------------------- images, documents

Image = get_image_model()
Document = get_document_model()


@dataclass(frozen=True)
class _Media:
    """What differs between Wagtail's image and document admins; the cases are the same."""

    app: str  # URL namespace, e.g. "wagtailimages"
    attr: str  # the world's object and the model name: "image" or "document"
    model: type
    form: Callable
    id_kwarg: str  # URL kwarg of the single-object views
    multi_kwarg: str  # URL kwarg of the multiple-upload views
    multi_prefix: str  # form prefix of edit_multiple
    usage_view: str
    new_file: str
    chosen_file: str


def _media_cases(m):
    def obj(o):
        return getattr(o, m.attr)

    def upload(o):
        return getattr(o, f"{m.attr}_upload")

    def shows(o):
        return obj(o).title

    def created(o):
        return m.model.objects.filter(collection=o.collection, title=NEW_TITLE).exists()

    chooser = f"{m.app}_chooser"
    search = {"q": "BÍ MẬT"}
    return (
        Case(f"{m.app}:index", listing=True, roles=EDITORIAL_ROLES, shows=shows, shows_to=EDITING),
        Case(
            f"{m.app}:index_results",
            listing=True,
            roles=EDITORIAL_ROLES,
            shows=shows,
            shows_to=EDITING,
        ),
        Case(
            f"{m.app}:index_results",
            label="search",
            listing=True,
            query=lambda o: search,
            roles=EDITORIAL_ROLES,
            shows=shows,
            shows_to=EDITING,
        ),
        Case(
            f"{chooser}:choose_results",
            label="search",
            listing=True,
            query=lambda o: search,
            roles=ALL_ROLES,
            shows_to=EDITORIAL_ROLES,
            shows=shows,
        ),
        Case(f"{m.app}:add", listing=True, roles=EDITORIAL_ROLES),
        Case(
            f"{m.app}:add",
            label="into the site's collection",
            data=lambda o: {**m.form(o), "file": _upload(m.new_file)},
            done=created,
            refused_by_effect=True,
            roles=EDITORIAL_ROLES,
        ),
        Case(
            f"{m.app}:edit",
            kwargs=lambda o: {m.id_kwarg: obj(o).pk},
            roles=EDITING,
            shows=shows,
        ),
        Case(
            f"{m.app}:edit",
            label="save",
            kwargs=lambda o: {m.id_kwarg: obj(o).pk},
            data=m.form,
            done=_title_is(m.model, m.attr),
            roles=EDITING,
        ),
        Case(
            f"{m.app}:delete",
            kwargs=lambda o: {m.id_kwarg: obj(o).pk},
            data=lambda o: {},
            done=lambda o: _gone(m.model, obj(o).pk),
            roles=PUBLISHING,
        ),
        Case(f"{m.app}:{m.usage_view}", kwargs=lambda o: {m.id_kwarg: obj(o).pk}, roles=EDITING),
        Case(f"{m.app}:add_multiple", listing=True, roles=EDITORIAL_ROLES),
        Case(
            f"{m.app}:edit_multiple",
            kwargs=lambda o: {m.multi_kwarg: obj(o).pk},
            data=lambda o: {f"{m.multi_prefix}-{obj(o).pk}-{k}": v for k, v in m.form(o).items()},
            done=_title_is(m.model, m.attr),
            roles=EDITING,
        ),
        Case(
            f"{m.app}:delete_multiple",
            kwargs=lambda o: {m.multi_kwarg: obj(o).pk},
            data=lambda o: {},
            done=lambda o: _gone(m.model, obj(o).pk),
            roles=PUBLISHING,
        ),
        # Uploads waiting for their details belong to the person who uploaded them.
        Case(
            f"{m.app}:create_multiple_from_uploaded_{m.attr}",
            kwargs=lambda o: {"uploaded_file_id": upload(o).pk},
            data=lambda o: {
                f"uploaded-{m.attr}-{upload(o).pk}-{k}": v for k, v in m.form(o).items()
            },
            done=created,
            roles=NOBODY,
        ),
        Case(
            f"{m.app}:delete_upload_multiple",
            kwargs=lambda o: {"uploaded_file_id": upload(o).pk},
            data=lambda o: {},
            done=lambda o: _gone(UploadedFile, upload(o).pk),
            roles=NOBODY,
        ),
        Case(
            f"{chooser}:choose",
            listing=True,
            roles=ALL_ROLES,
            shows=shows,
            shows_to=EDITORIAL_ROLES,
        ),
        Case(
            f"{chooser}:choose_results",
            listing=True,
            roles=ALL_ROLES,
            shows=shows,
            shows_to=EDITORIAL_ROLES,
        ),
        Case(
            f"{chooser}:chosen",
            kwargs=lambda o: {"pk": str(obj(o).pk)},
            roles=EDITORIAL_ROLES,
            shows=shows,
        ),
        Case(
            f"{chooser}:chosen_multiple",
            query=lambda o: {"id": obj(o).pk},
            roles=EDITORIAL_ROLES,
            shows=shows,
        ),
        Case(
            f"{chooser}:create",
            data=lambda o: {
                **{f"{m.attr}-chooser-upload-{k}": v for k, v in m.form(o).items()},
                f"{m.attr}-chooser-upload-file": _upload(m.chosen_file),
            },
            done=created,
            refused_by_effect=True,
            roles=EDITORIAL_ROLES,
        ),
    )


register(
    *_media_cases(
        _Media(
            app="wagtailimages",
            attr="image",
            model=Image,
            form=_image_form,
            id_kwarg="image_id",
            multi_kwarg="image_id",
            multi_prefix="image",
            usage_view="image_usage",
            new_file="anh-moi.png",
            chosen_file="anh-chon.png",
        )
    ),
    *_media_cases(
        _Media(
            app="wagtaildocs",
            attr="document",
            model=Document,
            form=_document_form,
            id_kwarg="document_id",
            multi_kwarg="doc_id",
            multi_prefix="doc",
            usage_view="document_usage",
            new_file="tep-moi.txt",
            chosen_file="tep-chon.txt",
        )
    ),
    # Image-only views.
    Case(
        "wagtailimages:preview",
        kwargs=lambda o: {"image_id": o.image.pk, "filter_spec": "original"},
        roles=EDITING,
    ),
    Case(
        "wagtailimages_chooser:select_format",
        kwargs=lambda o: {"image_id": o.image.pk},
        roles=EDITORIAL_ROLES,
    ),
)


def _upload(name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .matrix_world import png_bytes

    if name.endswith(".png"):
        return SimpleUploadedFile(name, png_bytes("#669933"), content_type="image/png")
    return SimpleUploadedFile(name, "Tệp thử của ma trận".encode(), content_type="text/plain")


# ------------------------------------------------------- settings, collections, redirects

register(
    Case(
        "wagtailsettings:edit",
        kwargs=lambda o: {"app_name": "core", "model_name": "sitesettings", "pk": o.site.pk},
        roles=frozenset({SITE_ADMIN}),
        shows=lambda o: o.settings.unit_name,
    ),
    Case(
        "wagtailsettings:edit",
        label="save",
        kwargs=lambda o: {"app_name": "core", "model_name": "sitesettings", "pk": o.site.pk},
        data=lambda o: model_form(o.settings, unit_name=NEW_TITLE),
        done=lambda o: type(o.settings).objects.get(pk=o.settings.pk).unit_name == NEW_TITLE,
        roles=frozenset({SITE_ADMIN}),
    ),
    # Collections are created with the site (one per site) and managed by province IT.
    Case("wagtailadmin_collections:index", listing=True, roles=NOBODY),
    Case("wagtailadmin_collections:add", listing=True, roles=NOBODY),
    Case(
        "wagtailadmin_collections:edit",
        kwargs=lambda o: {"pk": o.collection.pk},
        data=lambda o: {"name": NEW_TITLE, "parent": Collection.get_first_root_node().pk},
        done=lambda o: Collection.objects.get(pk=o.collection.pk).name == NEW_TITLE,
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_collections:delete",
        kwargs=lambda o: {"pk": o.collection.pk},
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_collections:set_privacy",
        kwargs=lambda o: {"collection_id": o.collection.pk},
        roles=NOBODY,
    ),
    # Redirects of every site are managed by province IT (superusers) in one list.
    Case("wagtailredirects:index", listing=True, roles=NOBODY),
    Case("wagtailredirects:index_results", listing=True, roles=NOBODY),
    Case("wagtailredirects:add", listing=True, roles=NOBODY),
    Case(
        "wagtailredirects:edit",
        kwargs=lambda o: {"redirect_id": o.redirect.pk},
        data=lambda o: {
            "old_path": "/duong-dan-moi",
            "site": o.site.pk,
            "is_permanent": "on",
            "redirect_page": o.article.pk,
            "redirect_link": "",
        },
        done=lambda o: Redirect.objects.get(pk=o.redirect.pk).old_path == "/duong-dan-moi",
        roles=NOBODY,
    ),
    Case(
        "wagtailredirects:delete",
        kwargs=lambda o: {"redirect_id": o.redirect.pk},
        data=lambda o: {},
        done=lambda o: _gone(Redirect, o.redirect.pk),
        roles=NOBODY,
    ),
    Case("wagtailredirects:start_import", listing=True, roles=NOBODY),
    Case(
        "wagtailredirects:process_import",
        data=lambda o: _redirect_import(o),
        done=lambda o: Redirect.objects.filter(site=o.site, old_path="/nhap-tu-tep").exists(),
        roles=NOBODY,
    ),
)

# ----------------------------------------------- workflows, sites, users and groups
# All of these are the installation's, managed by superusers only.

register(
    Case("wagtailadmin_workflows:index", listing=True, roles=NOBODY),
    Case("wagtailadmin_workflows:index_results", listing=True, roles=NOBODY),
    Case("wagtailadmin_workflows:add", listing=True, roles=NOBODY),
    Case(
        "wagtailadmin_workflows:edit",
        kwargs=lambda o: {"pk": o.workflow.pk},
        roles=NOBODY,
        shows=lambda o: o.workflow.name,
    ),
    Case(
        "wagtailadmin_workflows:disable",
        kwargs=lambda o: {"pk": o.workflow.pk},
        data=lambda o: {},
        done=lambda o: not Workflow.objects.get(pk=o.workflow.pk).active,
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_workflows:enable",
        kwargs=lambda o: {"pk": o.workflow.pk},
        prepare=lambda o: Workflow.objects.filter(pk=o.workflow.pk).update(active=False),
        data=lambda o: {},
        done=lambda o: Workflow.objects.get(pk=o.workflow.pk).active,
        roles=NOBODY,
    ),
    Case("wagtailadmin_workflows:usage", kwargs=lambda o: {"pk": o.workflow.pk}, roles=NOBODY),
    Case(
        "wagtailadmin_workflows:usage_results",
        kwargs=lambda o: {"pk": o.workflow.pk},
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_workflows:remove",
        kwargs=lambda o: {"page_pk": o.home.pk, "workflow_pk": o.workflow.pk},
        data=lambda o: {},
        done=lambda o: not o.workflow.workflow_pages.filter(page_id=o.home.pk).exists(),
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_workflows:add_task",
        listing=True,
        kwargs=lambda o: {"app_label": "wagtailcore", "model_name": "groupapprovaltask"},
        roles=NOBODY,
    ),
    Case("wagtailadmin_workflows:select_task_type", listing=True, roles=NOBODY),
    Case("wagtailadmin_workflows:task_index", listing=True, roles=NOBODY),
    Case("wagtailadmin_workflows:task_index_results", listing=True, roles=NOBODY),
    Case(
        "wagtailadmin_workflows:edit_task",
        kwargs=lambda o: {"pk": o.task.pk},
        roles=NOBODY,
        shows=lambda o: o.task.name,
    ),
    Case(
        "wagtailadmin_workflows:disable_task",
        kwargs=lambda o: {"pk": o.task.pk},
        data=lambda o: {},
        done=lambda o: not type(o.task).objects.get(pk=o.task.pk).active,
        roles=NOBODY,
    ),
    Case(
        "wagtailadmin_workflows:enable_task",
        kwargs=lambda o: {"pk": o.task.pk},
        prepare=lambda o: Task.objects.filter(pk=o.task.pk).update(active=False),
        data=lambda o: {},
        done=lambda o: type(o.task).objects.get(pk=o.task.pk).active,
        roles=NOBODY,
    ),
    Case("wagtailadmin_workflows:task_chooser", listing=True, roles=NOBODY),
    Case("wagtailadmin_workflows:task_chooser_results", listing=True, roles=NOBODY),
    Case("wagtailadmin_workflows:task_chooser_create", listing=True, roles=NOBODY),
    Case(
        "wagtailadmin_workflows:task_chosen",
        kwargs=lambda o: {"task_id": o.task.pk},
        roles=NOBODY,
        shows=lambda o: o.task.name,
    ),
    Case("wagtailsites:index", listing=True, roles=NOBODY),
    Case("wagtailsites:index_results", listing=True, roles=NOBODY),
    Case("wagtailsites:add", listing=True, roles=NOBODY),
    Case("wagtailsites:edit", kwargs=lambda o: {"pk": o.site.pk}, roles=NOBODY),
    Case(
        "wagtailsites:delete",
        kwargs=lambda o: {"pk": o.site.pk},
        data=lambda o: {},
        done=lambda o: _gone(Site, o.site.pk),
        roles=NOBODY,
    ),
    Case("wagtailsites:history", kwargs=lambda o: {"pk": o.site.pk}, roles=NOBODY),
    Case("wagtailsites:history_results", kwargs=lambda o: {"pk": o.site.pk}, roles=NOBODY),
    Case("wagtailsites:usage", kwargs=lambda o: {"pk": o.site.pk}, roles=NOBODY),
    Case("wagtailsites:copy", kwargs=lambda o: {"pk": o.site.pk}, roles=NOBODY),
    Case("wagtailusers_users:index", listing=True, roles=NOBODY),
    Case("wagtailusers_users:index_results", listing=True, roles=NOBODY),
    Case("wagtailusers_users:add", listing=True, roles=NOBODY),
    Case(
        "wagtailusers_users:edit",
        kwargs=lambda o: {"pk": o.users[BOARD].pk},
        roles=NOBODY,
    ),
    Case(
        "wagtailusers_users:delete",
        kwargs=lambda o: {"pk": o.users[BOARD].pk},
        data=lambda o: {},
        done=lambda o: _gone(get_user_model(), o.users[BOARD].pk),
        roles=NOBODY,
    ),
    Case("wagtailusers_users:history", kwargs=lambda o: {"pk": o.users[BOARD].pk}, roles=NOBODY),
    Case(
        "wagtailusers_users:history_results",
        kwargs=lambda o: {"pk": o.users[BOARD].pk},
        roles=NOBODY,
    ),
    Case("wagtailusers_users:usage", kwargs=lambda o: {"pk": o.users[BOARD].pk}, roles=NOBODY),
    Case("wagtailusers_users:copy", kwargs=lambda o: {"pk": o.users[BOARD].pk}, roles=NOBODY),
    Case("wagtailusers_groups:index", listing=True, roles=NOBODY),
    Case("wagtailusers_groups:index_results", listing=True, roles=NOBODY),
    Case("wagtailusers_groups:add", listing=True, roles=NOBODY),
    Case(
        "wagtailusers_groups:edit",
        kwargs=lambda o: {"pk": o.groups[BOARD].pk},
        roles=NOBODY,
    ),
    Case(
        "wagtailusers_groups:delete",
        kwargs=lambda o: {"pk": o.groups[BOARD].pk},
        data=lambda o: {},
        done=lambda o: _gone(Group, o.groups[BOARD].pk),
        roles=NOBODY,
    ),
    Case("wagtailusers_groups:history", kwargs=lambda o: {"pk": o.groups[BOARD].pk}, roles=NOBODY),
    Case(
        "wagtailusers_groups:history_results",
        kwargs=lambda o: {"pk": o.groups[BOARD].pk},
        roles=NOBODY,
    ),
    Case("wagtailusers_groups:usage", kwargs=lambda o: {"pk": o.groups[BOARD].pk}, roles=NOBODY),
)

# --------------------------------------------------------------- not owned by any site

for name, reason in {
    "wagtailadmin_account": "the signed-in person's own profile and preferences",
    "wagtailadmin_logout": "ends the signed-in person's session",
    "wagtailadmin_login": "the sign-in form",
    "wagtailadmin_password_reset": "asks for a password reset by e-mail address",
    "wagtailadmin_password_reset_done": "a fixed confirmation message",
    "wagtailadmin_password_reset_confirm": "sets a password with a token from an e-mail",
    "wagtailadmin_password_reset_complete": "a fixed confirmation message",
    "wagtailadmin_dismissibles": "the signed-in person's dismissed hints",
    "wagtailadmin_sprite": "the admin's icon sprite",
    "wagtailadmin_javascript_catalog": "the admin's translated interface strings",
    "wagtailadmin_error_test": "raises an error on purpose to test error reporting",
    "wagtailadmin_block_preview": "renders a block type with its default value; no stored data",
    "wagtailadmin_editing_sessions:release": (
        "ends one of the signed-in person's own editing sessions, found by session id and "
        "user together"
    ),
    "wagtailadmin_choose_page_external_link": "a form for typing an external URL",
    "wagtailadmin_choose_page_email_link": "a form for typing an e-mail address",
    "wagtailadmin_choose_page_phone_link": "a form for typing a phone number",
    "wagtailadmin_choose_page_anchor_link": "a form for typing an anchor name",
    "wagtailembeds:chooser": "a form for typing a video URL",
    "wagtailembeds:chooser_upload": (
        "turns a typed URL into an embed; embeds are cached by URL, not owned by a site"
    ),
    "wagtailsettings:preview_on_edit": (
        "previews a previewable setting; SiteSettings is not previewable, so it answers "
        "404 to everyone"
    ),
    "route:admin/test404/": "Wagtail's fixed 404 test page",
    "wagtailsnippets:index": (
        "lists the registered snippet types, not their instances; each snippet type's own "
        "URLs (wagtailsnippets_<app>_<model>:...) must be registered as cases"
    ),
    # Disabled: these answer 404 to everyone because the project does not install
    # Wagtail's dynamic image serve view (test_isolation.py checks that they do).
    "wagtailimages:url_generator": "disabled (no image serve view): 404 for everyone",
    "wagtailimages:url_generator_output": "disabled (no image serve view): 404 for everyone",
    "route:admin/^.*/$": "Wagtail's catch-all that answers 404 for unknown admin paths",
}.items():
    not_site_owned(name, reason)
