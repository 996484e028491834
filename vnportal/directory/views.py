"""The public pages of a site's organisation, served by its "Cơ cấu tổ chức" page, in
Vietnamese and (at `en/`) in English. Only the page's own site's rows are ever read."""

from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse

from .models import Department, Official
from .tree import build_tree

ENGLISH_TITLE = "Organisation and contacts"

# Everything the templates say, per language; names and titles come from the rows.
LABELS = {
    "vi": {
        "leaders": "Lãnh đạo",
        "chart": "Sơ đồ tổ chức",
        "chart_help": "Sơ đồ dạng cây: mỗi cơ quan, đơn vị trực thuộc được liệt kê bên "
        "trong cơ quan cấp trên của nó.",
        "departments": "Các cơ quan, đơn vị",
        "duties": "Chức năng, nhiệm vụ",
        "people": "Cán bộ",
        "person_duties": "Nhiệm vụ",
        "address": "Địa chỉ",
        "phone": "Điện thoại",
        "email": "Thư điện tử",
        "details": "Xem chi tiết",
        "under": "Trực thuộc",
        "units_below": "Đơn vị trực thuộc",
        "empty": "Chưa có thông tin cơ cấu tổ chức.",
        "no_people": "Chưa có thông tin cán bộ.",
        "home": "Trang chủ",
        "breadcrumb": "Đường dẫn",
        "other_language": "English",
        "other_language_code": "en",
        "contacts": "Thông tin liên hệ",
        "led_by": "Lãnh đạo",
        "see_leaders": "xem phần Lãnh đạo",
    },
    "en": {
        "leaders": "Leadership",
        "chart": "Organisation chart",
        "chart_help": "A tree: each body is listed inside the body it reports to.",
        "departments": "Bodies and departments",
        "duties": "Functions and duties",
        "people": "Staff",
        "person_duties": "Responsibilities",
        "address": "Address",
        "phone": "Phone",
        "email": "E-mail",
        "details": "Details",
        "under": "Reports to",
        "units_below": "Subordinate units",
        "empty": "No organisation information yet.",
        "no_people": "No staff information yet.",
        "home": "Home",
        "breadcrumb": "Breadcrumb",
        "other_language": "Tiếng Việt",
        "other_language_code": "vi",
        "contacts": "Contacts",
        "led_by": "Led by",
        "see_leaders": "see Leadership",
    },
}


def _departments(site):
    officials = (
        Official.objects.select_related("photo")
        .prefetch_related("photo__renditions")
        .order_by("sort_order", "pk")
    )
    return list(
        Department.objects.filter(site=site)
        .prefetch_related(Prefetch("officials", queryset=officials))
        .order_by("sort_order", "name", "pk")
    )


def _urls(page, request, lang):
    base = page.get_url(request)
    return {
        "vi": base,
        "en": base + "en/",
        "here": base if lang == "vi" else base + "en/",
    }


def _context(page, request, lang, **extra):
    urls = _urls(page, request, lang)
    return {
        "page": page,
        "self": page,
        "lang": lang,
        "labels": LABELS[lang],
        "urls": urls,
        "other_url": urls["en"] if lang == "vi" else urls["vi"],
        "page_heading": page.title if lang == "vi" else ENGLISH_TITLE,
        "intro": page.intro if lang == "vi" else page.intro_en,
        **extra,
    }


def organisation(request, page, lang):
    departments = _departments(page.get_site())
    leaders = []
    for department in departments:
        for person in department.officials.all():
            if person.is_leader:
                # The leadership block names each leader's body; no query per person.
                person.department = department
                leaders.append(person)
    cards = [
        {
            "department": department,
            "people": [p for p in department.officials.all() if not p.is_leader],
            "leaders": [p for p in department.officials.all() if p.is_leader],
        }
        for department in departments
    ]
    return TemplateResponse(
        request,
        "directory/organisation_page.html",
        _context(
            page,
            request,
            lang,
            leaders=leaders,
            chart=build_tree(departments),
            cards=cards,
        ),
    )


def department(request, page, slug, lang):
    departments = _departments(page.get_site())
    found = next((d for d in departments if d.slug == slug), None)
    if found is None:
        raise Http404("Không có cơ quan, đơn vị này.")
    by_pk = {d.pk: d for d in departments}
    children = [d for d in departments if d.parent_id == found.pk]
    return TemplateResponse(
        request,
        "directory/department_page.html",
        _context(
            page,
            request,
            lang,
            department=found,
            parent=by_pk.get(found.parent_id),
            children=children,
            people=list(found.officials.all()),
            other_url=_urls(page, request, "en" if lang == "vi" else "vi")["here"] + slug + "/",
        ),
    )
