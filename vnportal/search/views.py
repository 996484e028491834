"""The readers' side of search: the results page and the title suggestions.

Whatever is typed or put in the address, both answer normally: a results page (perhaps
empty) that says in Vietnamese what was not understood, or an empty list of suggestions.
"""

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from vnportal.news.models import CategoryPage
from vnportal.units.urls_across_sites import site_absolute_url

from . import engine
from .forms import PARAMETERS, PROVINCE_WIDE, SORTS, SearchForm
from .models import Source
from .results import RELEVANCE, Hit, SearchRequest

PER_PAGE = 10
PAGE_PARAMETER = "trang"
# Past this a page number is a typing slip; reading it as "beyond the last" is enough.
MAX_PAGE_DIGITS = 6
SUGGESTIONS = 8
MIN_SUGGEST_LENGTH = 2
# What the suggestions read of the box; a title is never longer than this is useful.
MAX_SUGGEST_INPUT = 100
SUGGEST_CACHE_SECONDS = 300

BAD_PAGE = "Số trang trong địa chỉ không hợp lệ, nên đang xem trang đầu."
PAST_LAST_PAGE = "Kết quả chỉ có {pages} trang, nên đang xem trang cuối."
SWAPPED_DATES = "Ngày “Từ ngày” sau ngày “Đến ngày”, nên đã tìm trong khoảng giữa hai ngày đó."


@dataclass
class ShownHit:
    """A hit as the results page shows it: link, labels and marked text, ready to print."""

    url: str
    title: SafeString
    snippet: SafeString
    kind: str
    published_at: datetime | None
    site_name: str


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có cổng nào ở địa chỉ này.")
    return site


def _unit_name(site):
    """ "xã Tây Yên": the unit as a sentence names it."""
    settings = getattr(site, "sitesettings", None)
    name = settings.unit_name if settings and settings.unit_name else site.site_name
    return name or site.hostname


def _capitalised(name):
    return name[:1].upper() + name[1:]


def category_choices(site):
    """(id, label) of the site's live news categories in tree order, subcategories
    indented, for the "Chuyên mục" filter."""
    rows = list(
        CategoryPage.objects.live()
        .descendant_of(site.root_page)
        .order_by("path")
        .values_list("pk", "title", "depth")
    )
    top = min((depth for _, _, depth in rows), default=0)
    return [(pk, "– " * (depth - top) + title) for pk, title, depth in rows]


def _page_number(raw):
    """(page, understood): a missing number is page 1; nonsense is page 1, not understood."""
    if raw is None or raw == "":
        return 1, True
    raw = raw.strip()
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        return 1, False
    if len(raw) > MAX_PAGE_DIGITS:
        return 10**MAX_PAGE_DIGITS, True
    return int(raw), True


def marked(pieces) -> SafeString:
    """(text, is_match) pieces as HTML, each match in ``<mark>``."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<mark>{}</mark>", text) if is_match else conditional_escape(text),)
            for text, is_match in pieces
        ),
    )


def _hit_url(request, site, other_sites, site_id, url_path):
    if site_id == site.pk:
        return url_path
    other = other_sites.get(site_id)
    return site_absolute_url(other, request, url_path) if other else url_path


def _sites_by_id(site, site_ids):
    ids = set(site_ids) - {site.pk}
    found = {site.pk: site}
    if ids:
        found.update(Site.objects.select_related("sitesettings").in_bulk(ids))
    return found


def _kind_label(hit: Hit) -> str:
    try:
        label = Source(hit.source).label
    except ValueError:
        label = ""
    if hit.kind and hit.kind.lower() != label.lower():
        return f"{label} – {hit.kind}" if label else hit.kind
    return label


def _shown_hits(request, site, hits, province_wide):
    sites = _sites_by_id(site, {hit.site_id for hit in hits})
    return [
        ShownHit(
            url=_hit_url(request, site, sites, hit.site_id, hit.url_path),
            title=marked(hit.title_pieces or [(hit.title, False)]),
            snippet=marked(hit.snippet),
            kind=_kind_label(hit),
            published_at=hit.published_at,
            site_name=_capitalised(_unit_name(sites[hit.site_id]))
            if province_wide and hit.site_id in sites
            else "",
        )
        for hit in hits
    ]


def _query_string(params, **changes):
    """The address parameters with ``changes`` applied (None removes one); empty ones out."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _pagination(params, page, pages):
    if pages <= 1:
        return None
    paginator = Paginator(range(pages), 1)
    links = []
    for number in paginator.get_elided_page_range(page, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            links.append({"ellipsis": True})
        else:
            links.append(
                {
                    "number": number,
                    "url": _query_string(
                        params, **{PAGE_PARAMETER: number if number > 1 else None}
                    ),
                    "current": number == page,
                }
            )
    return {
        "links": links,
        "previous": _query_string(params, **{PAGE_PARAMETER: page - 1 if page > 2 else None})
        if page > 1
        else None,
        "next": _query_string(params, **{PAGE_PARAMETER: page + 1}) if page < pages else None,
    }


def _count_text(total: int) -> str:
    # Vietnamese groups thousands with a dot: 12.345.
    return f"{total:,}".replace(",", ".")


def _read(request, site):
    """What the reader asked, as the form understood it: (form, search request, notices)."""
    form = SearchForm(request.GET, categories=category_choices(site))
    form.is_valid()
    notices = [error for field in form for error in field.errors]
    date_from, date_to, swapped = form.date_range()
    if swapped:
        notices.append(SWAPPED_DATES)
    page, understood = _page_number(request.GET.get(PAGE_PARAMETER))
    if not understood:
        notices.append(BAD_PAGE)
    source = form.value("source")
    search_request = SearchRequest(
        text=request.GET.get("q", ""),
        site_ids=None if form.value("scope") == PROVINCE_WIDE else (site.pk,),
        sources=(source,) if source else (),
        category_id=form.value("category"),
        date_from=date_from,
        date_to=date_to,
        sort=form.value("sort", RELEVANCE),
        page=page,
        per_page=PER_PAGE,
    )
    return form, search_request, notices


def _understood_parameters(search_request: SearchRequest, query: str) -> dict:
    """The address parameters of the search as understood, for links that change one."""

    def day(value):
        return value.strftime("%d/%m/%Y") if value else None

    return {
        "q": query,
        PARAMETERS["source"]: search_request.sources[0] if search_request.sources else None,
        PARAMETERS["category"]: search_request.category_id,
        PARAMETERS["date_from"]: day(search_request.date_from),
        PARAMETERS["date_to"]: day(search_request.date_to),
        PARAMETERS["sort"]: None if search_request.sort == RELEVANCE else search_request.sort,
        PARAMETERS["scope"]: PROVINCE_WIDE if search_request.site_ids is None else None,
    }


@require_safe
@cache_control(private=True)
def results(request):
    """The results page. Private: one cached copy per query would only fill the cache
    (see ``core.pagecache``), and results follow the index, not page publishing."""
    site = _site(request)
    form, search_request, notices = _read(request, site)
    found = engine.search(search_request)
    if found.total and search_request.page > found.pages:
        notices.append(PAST_LAST_PAGE.format(pages=found.pages))
        search_request = dataclasses.replace(search_request, page=found.pages)
        found = engine.search(search_request)

    page, sort = search_request.page, search_request.sort
    province_wide = search_request.site_ids is None
    query = found.query.original
    params = _understood_parameters(search_request, query)
    scope, sort_key = PARAMETERS["scope"], PARAMETERS["sort"]
    filtered = any(
        params[PARAMETERS[name]] for name in ("source", "category", "date_from", "date_to")
    )
    context = {
        "search_page": True,
        "form": form,
        "query": query,
        "results": found,
        "hits": _shown_hits(request, site, found.hits, province_wide),
        "total_text": _count_text(found.total),
        "first_number": (page - 1) * PER_PAGE + 1,
        "notices": ([found.message] if found.message else []) + notices,
        "suggestion": found.suggestion,
        "suggestion_url": _query_string(params, q=found.suggestion, **{PAGE_PARAMETER: None})
        if found.suggestion
        else None,
        "province_wide": province_wide,
        "unit_name": _unit_name(site),
        "scope_url": _query_string(params, **{scope: None if province_wide else PROVINCE_WIDE}),
        "sort": sort,
        "sorts": [
            {
                "label": label,
                "url": _query_string(params, **{sort_key: None if value == RELEVANCE else value}),
                "current": value == sort,
            }
            for value, label in SORTS
        ],
        "filtered": filtered,
        "clear_filters_url": _query_string({key: params[key] for key in ("q", scope, sort_key)}),
        "pagination": _pagination(params, page, found.pages) if found.hits else None,
        "first_page_url": _query_string(params),
    }
    return render(request, "search/results.html", context)


@require_safe
@cache_control(public=True, max_age=SUGGEST_CACHE_SECONDS)
def suggest(request):
    """Titles for the box as it is being typed: JSON ``{"query", "suggestions": [{"title",
    "url"}]}``. The same for everyone, so shared caches may keep it a few minutes."""
    site = _site(request)
    text = request.GET.get("q", "")[:MAX_SUGGEST_INPUT]
    province_wide = request.GET.get(PARAMETERS["scope"]) == PROVINCE_WIDE
    found = []
    if len(text.strip()) >= MIN_SUGGEST_LENGTH:
        found = engine.suggest_titles(
            text, None if province_wide else (site.pk,), limit=SUGGESTIONS
        )
    sites = _sites_by_id(site, {item["site_id"] for item in found})
    suggestions = [
        {
            "title": item["title"],
            "url": _hit_url(request, site, sites, item["site_id"], item["url_path"]),
        }
        for item in found
    ]
    return JsonResponse({"query": text, "suggestions": suggestions})
