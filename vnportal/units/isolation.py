"""Isolation between sites in the admin: what Wagtail's own permission checks leave open.

Wagtail already scopes editing by page permissions (each site's groups hold them on
their home page) and media by collection permissions (one collection per site). The
permission matrix (vnportal/units/tests/test_permission_matrix.py) found the places where
a person of one site could still read another site's titles, tags or workflow names, and
the rules below close them. Each rule names the leak it closes.

Two kinds of enforcement:
- `AdminIsolationMiddleware` checks admin requests before the view runs: any admin URL
  that names a page, an image or a document must name one the user can see, and a few
  views are kept for staff who work on every site (province IT, superusers).
- `scoped_popular_tags_for_model` and `visible_tag_names` restrict tag lists to the tags
  on objects the user can see; wagtail_hooks.py restricts the page chooser and the
  reports menu.

"Can see" means: a page the user can explore (has a permission on it, or on a page
below it); an image or document in a collection where the user holds any permission.
A user who "works on every site" is a superuser or a member of a group with a page
permission on the root of the tree (the province groups of roles.py).
"""

import contextvars

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import JsonResponse
from taggit.models import Tag, TaggedItem
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupPagePermission, Page
from wagtail.permissions import page_permission_policy

MEDIA_ACTIONS = ["add", "change", "delete", "choose"]
TAGS_AUTOCOMPLETE_LIMIT = 10

# The user of the admin request being served, for code that Wagtail calls without one.
current_user = contextvars.ContextVar("vnportal_admin_user", default=None)


def works_on_every_site(user):
    """Superusers and members of a group with a page permission on the tree's root."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_vnportal_every_site", None)
    if cached is None:
        cached = (
            GroupPagePermission.objects.filter(group__user=user, page__depth=1).exists()
            and Collection.objects.filter(depth=1, group_permissions__group__user=user).exists()
        )
        user._vnportal_every_site = cached
    return cached


def visible_pages(user):
    return page_permission_policy.explorable_instances(user)


def _image_policy():
    from wagtail.images.permissions import permission_policy

    return permission_policy


def visible_collections(user):
    """Collections holding images or documents the user may do anything with."""
    images = _image_policy().collections_user_has_any_permission_for(user, MEDIA_ACTIONS)
    documents = document_policy.collections_user_has_any_permission_for(user, MEDIA_ACTIONS)
    return Collection.objects.filter(Q(pk__in=images) | Q(pk__in=documents))


def visible_images(user):
    if user.is_superuser:
        return get_image_model().objects.all()
    return get_image_model().objects.filter(
        collection__in=_image_policy().collections_user_has_any_permission_for(user, MEDIA_ACTIONS)
    )


def visible_documents(user):
    if user.is_superuser:
        return get_document_model().objects.all()
    return get_document_model().objects.filter(
        collection__in=document_policy.collections_user_has_any_permission_for(user, MEDIA_ACTIONS)
    )


def _ids(values):
    try:
        return {int(value) for value in values if str(value).strip()}
    except ValueError as error:
        raise PermissionDenied from error


def _require_all(queryset, ids):
    """403 unless every id is in the queryset. A missing object gets the same answer as
    another site's, so that a typed URL does not tell whether that object exists."""
    ids = _ids(ids)
    if ids and queryset.filter(pk__in=ids).count() != len(ids):
        raise PermissionDenied


# --------------------------------------------------------------------------- rules

# Leak closed: a page of another site named in an admin URL. Wagtail refuses to edit it,
# but some views still showed its title: the page chooser's browse view (the page and its
# children) and its "chosen" step, the workflow cancellation dialog. One rule for every
# admin URL that names a page, so that a new view cannot reopen it.
PAGE_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")

# Leak closed: an image or document of another site named in an admin URL (the chooser's
# "select format" step showed the image and its title).
IMAGE_KWARGS = ("image_id",)
DOCUMENT_KWARGS = ("document_id", "doc_id")
PK_IS_IMAGE = {"wagtailimages_chooser:chosen"}
PK_IS_DOCUMENT = {"wagtaildocs_chooser:chosen"}

# Leak closed: lists of the whole installation that Wagtail shows to anyone with a page
# permission: the page types usage report (each type's count and last edited page, of
# every site), the list of pages of a type (its site filter names every site), and the
# workflow reports (their filters name every workflow and task, which are per site).
EVERY_SITE_ONLY = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_pages:type_use",
    "wagtailadmin_pages:type_use_results",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    # Leak closed: the admin API for images and documents lists every site's media; the
    # admin interface itself never calls it.
    "wagtailadmin_api:images:listing",
    "wagtailadmin_api:images:detail",
    "wagtailadmin_api:images:find",
    "wagtailadmin_api:documents:listing",
    "wagtailadmin_api:documents:detail",
    "wagtailadmin_api:documents:find",
}

# Leak closed: the workflow task chooser and its "chosen" step answer anyone with admin
# access with every task's name (tasks are per site). Workflows are managed only by
# people holding the workflow permissions (superusers).
WORKFLOW_PERMISSIONS = (
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.delete_workflow",
)


def _check_objects(request, view_name, args, kwargs):
    user = request.user
    pages = [kwargs[name] for name in PAGE_KWARGS if name in kwargs]
    if view_name == "wagtailadmin_pages:revisions_compare" and args:
        pages.append(args[0])
    if view_name == "wagtailadmin_choose_page_chosen_multiple":
        pages += request.GET.getlist("id")
    if view_name == "wagtailadmin_pages:copy" and request.method == "POST":
        # Leak closed: copying one's own page "into" another site's page re-rendered the
        # form with the other page's title.
        pages.append(request.POST.get("new_parent_page", ""))
    if pages:
        # The tree's root is no site's page: the chooser and the explorer start there and
        # Wagtail lists only the user's sites below it.
        root = Page.objects.filter(depth=1).values("pk")
        _require_all(Page.objects.filter(Q(pk__in=visible_pages(user)) | Q(pk__in=root)), pages)

    images = [kwargs[name] for name in IMAGE_KWARGS if name in kwargs]
    documents = [kwargs[name] for name in DOCUMENT_KWARGS if name in kwargs]
    if view_name in PK_IS_IMAGE:
        images.append(kwargs.get("pk", ""))
    if view_name in PK_IS_DOCUMENT:
        documents.append(kwargs.get("pk", ""))
    if view_name == "wagtailimages_chooser:chosen_multiple":
        images += request.GET.getlist("id")
    if view_name == "wagtaildocs_chooser:chosen_multiple":
        documents += request.GET.getlist("id")

    if view_name == "wagtail_bulk_action":
        # Leak closed: the bulk delete confirmation listed the titles of the other site's
        # pages and documents it would not delete.
        model = (kwargs.get("app_label"), kwargs.get("model_name"))
        ids = request.GET.getlist("id")
        if model == ("wagtailcore", "page"):
            _require_all(visible_pages(user), ids)
        elif model == ("wagtailimages", "image"):
            images += ids
        elif model == ("wagtaildocs", "document"):
            documents += ids

    if images:
        _require_all(visible_images(user), images)
    if documents:
        _require_all(visible_documents(user), documents)


def check_admin_request(request, view_name, args, kwargs):
    """Raise PermissionDenied when the request reaches outside the user's sites. Called
    for every admin URL by AdminIsolationMiddleware."""
    user = request.user
    if user.is_superuser:
        return
    if view_name in EVERY_SITE_ONLY and not works_on_every_site(user):
        raise PermissionDenied
    if view_name.startswith("wagtailadmin_workflows:") and not any(
        user.has_perm(permission) for permission in WORKFLOW_PERMISSIONS
    ):
        raise PermissionDenied
    if view_name in ("wagtailadmin_tag_autocomplete", "wagtailadmin_tag_model_autocomplete"):
        return None
    _check_objects(request, view_name, args, kwargs)


class AdminIsolationMiddleware:
    """Applies check_admin_request to signed-in users' admin requests, and keeps the
    user at hand for tag lists that Wagtail builds without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Kept lazy: public pages never load the user for this.
        token = current_user.set(getattr(request, "user", None))
        try:
            return self.get_response(request)
        finally:
            current_user.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not match.route.startswith("admin/"):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # Wagtail sends the visitor to the login page.
        view_name = match.view_name or ""
        check_admin_request(request, view_name, view_args, view_kwargs)
        if view_name in ("wagtailadmin_tag_autocomplete", "wagtailadmin_tag_model_autocomplete"):
            return tag_autocomplete(request, **view_kwargs)
        return None


# ---------------------------------------------------------------------------- tags


def _visible_tagged_items(user):
    """Taggit's tag assignments on objects the user can see: images and documents in
    their collections, pages they can explore. Apps tagging their own models through
    taggit's generic TaggedItem add nothing here, so their tags stay hidden from site
    staff until this function learns about them."""
    image_type = ContentType.objects.get_for_model(get_image_model())
    document_type = ContentType.objects.get_for_model(get_document_model())
    page_types = ContentType.objects.filter(pk__in=Page.objects.values("content_type")).values("pk")
    return TaggedItem.objects.filter(
        Q(content_type=image_type, object_id__in=visible_images(user).values("pk"))
        | Q(content_type=document_type, object_id__in=visible_documents(user).values("pk"))
        | Q(content_type__in=page_types, object_id__in=visible_pages(user).values("pk"))
    )


def visible_tag_names(user, term):
    tags = Tag.objects.filter(name__istartswith=term)
    if not works_on_every_site(user):
        tags = tags.filter(taggit_taggeditem_items__in=_visible_tagged_items(user))
    return list(tags.distinct().order_by("name").values_list("name", flat=True))


def tag_autocomplete(request, app_name=None, model_name=None):
    """Leak closed: the tag autocomplete offered every tag of every site. Same answer
    as Wagtail's view, restricted to tags on objects the user can see."""
    if app_name and model_name and (app_name, model_name) != ("taggit", "tag"):
        # Other tag models belong to apps that register their own matrix cases; until
        # one does, site staff get nothing rather than every site's tags.
        if not works_on_every_site(request.user):
            return JsonResponse([], safe=False)
        return None
    term = request.GET.get("term", "")
    names = visible_tag_names(request.user, term)[:TAGS_AUTOCOMPLETE_LIMIT] if term else []
    return JsonResponse(names, safe=False)


def scoped_popular_tags_for_model(model, count=10):
    """Wagtail's popular_tags_for_model, restricted to the current admin user's objects.

    Leak closed: the image and document lists' tag filter and the image chooser's
    "popular tags" named the tags of every site's media."""
    content_type = ContentType.objects.get_for_model(model)
    items = TaggedItem.objects.filter(content_type=content_type)
    user = current_user.get()
    if user is None or not user.is_authenticated:
        return Tag.objects.none()
    if not works_on_every_site(user):
        items = items.filter(pk__in=_visible_tagged_items(user).values("pk"))
    return (
        Tag.objects.filter(taggit_taggeditem_items__in=items)
        .annotate(item_count=Count("taggit_taggeditem_items"))
        .order_by("-item_count")[:count]
    )


def install_scoped_popular_tags():
    """Point the two Wagtail modules that list popular tags at the scoped version.
    They import the function by name, so the name in each module is replaced."""
    import wagtail.admin.filters
    import wagtail.images.views.chooser

    wagtail.admin.filters.popular_tags_for_model = scoped_popular_tags_for_model
    wagtail.images.views.chooser.popular_tags_for_model = scoped_popular_tags_for_model
