"""Article lists shared by the home page, categories and feeds.

Every function returns a queryset whose cost does not grow with the number of articles
on the page: cover images and their renditions are prefetched in two queries.

A commune article that republishes a province article (`original` set) is listed with the
original's current title, sapo and cover: the original comes in the same query
(select_related) and its cover with the other covers' prefetch. A reference whose original
is no longer live is not listed at all.

Each list registers the cache tag it depends on (core/cachetags.py), and `list_positions`
says which lists an article is in, so that publishing it purges exactly those.
"""

import datetime
from functools import reduce
from operator import or_

from django.db.models import F, Prefetch, Q, Window
from django.db.models.functions import RowNumber, Substr
from wagtail.images import get_image_model

from vnportal.core import cachetags
from vnportal.core.cachetags import ancestor_paths, below_tag, page_tag

LIST_THUMBNAIL = "fill-360x225"
FEATURED_IMAGE = "fill-800x500"
# The renditions the templates' {% picture %} tags ask for in place of each list image
# (news/includes/article_item.html, news/home/featured.html): prefetching anything else
# makes Wagtail believe they are missing and create them again on every request.
PICTURE_SPECS = {
    LIST_THUMBNAIL: [
        f"format-{kind}|fill-{size}"
        for kind in ("webp", "jpeg")
        for size in ("192x120", "360x225", "720x450")
    ],
    FEATURED_IMAGE: [
        f"format-{kind}|fill-{size}"
        for kind in ("webp", "jpeg")
        for size in ("400x250", "800x500", "1200x750")
    ],
}


def topic_tag(topic_id):
    return f"topic:{topic_id}"


def keyword_tag(tag_id):
    """Related articles sharing a keyword, on any site."""
    return f"keyword:{tag_id}"


def keyword_page_tag(path, slug):
    """The keyword's page under the news index at `path`."""
    return f"keyword:{path}:{slug}"


def featured_tag(path):
    return f"featured:{path}"


def province_tag(path):
    """ "Tin tỉnh" on commune home pages: the province-wide articles under `path`."""
    return f"province:{path}"


def list_positions(page):
    """{cache tag: position} of the news lists a live article is in; the position changes
    whenever its place in that list does (the date, the featured order)."""
    from .models import ArticlePage

    specific_class = page.specific_class
    if specific_class is None or not issubclass(specific_class, ArticlePage):
        return {}
    article = page.specific
    when = ""
    if article.published_at:
        # Revisions keep dates to the millisecond (JSON) in any time zone: compare in UTC
        # at that precision.
        published = article.published_at.astimezone(datetime.UTC)
        when = published.replace(microsecond=published.microsecond // 1000 * 1000).isoformat()
    ancestors = ancestor_paths(article.path)
    lists = {below_tag(path): when for path in ancestors}
    featured = (article.featured, article.featured_order, when)
    lists.update({featured_tag(path): featured for path in ancestors})
    if article.province_wide and not article.is_reference:
        lists.update({province_tag(path): when for path in ancestors})
    lists.update({topic_tag(topic.pk): when for topic in article.topics.all()})
    for keyword in article.tags.all():
        lists[keyword_tag(keyword.pk)] = when
        lists.update({keyword_page_tag(path, keyword.slug): when for path in ancestors})
    return lists


def _with_covers(queryset, *filter_specs):
    specs = [spec for named in filter_specs for spec in PICTURE_SPECS.get(named, [named])]
    images = get_image_model().objects.prefetch_renditions(*specs)
    return (
        queryset.select_related(None)
        .select_related("original")
        .prefetch_related(
            Prefetch("cover_image", images),
            Prefetch("original__cover_image", images),
        )
    )


def _articles():
    from .models import ArticlePage

    return (
        ArticlePage.objects.live().public().filter(Q(is_reference=False) | Q(original__live=True))
    )


def _outside_archives(queryset, site_root):
    """Leave out the archives of former units kept under `site_root`: their old news is
    not the site's current news."""
    from .models import ArchivePage

    prefix_length = len(site_root.path) + site_root.steplen
    archive_paths = ArchivePage.objects.child_of(site_root).values("path")
    return queryset.annotate(top_path=Substr("path", 1, prefix_length)).exclude(
        top_path__in=archive_paths
    )


def articles_below(page, thumbnail=LIST_THUMBNAIL):
    """Newest first, every live article under `page` (a site, news index or category)."""
    cachetags.add(below_tag(page.path))
    queryset = _articles().descendant_of(page).order_by("-published_at", "-pk")
    return _with_covers(queryset, thumbnail)


def featured_articles(site_root, limit=5):
    """The editors' picks in their order, filled up with the newest articles."""
    cachetags.add(featured_tag(site_root.path))
    base = _outside_archives(_articles().descendant_of(site_root), site_root)
    picked = list(
        _with_covers(
            base.filter(featured=True).order_by("featured_order", "-published_at")[:limit],
            FEATURED_IMAGE,
            LIST_THUMBNAIL,
        )
    )
    missing = limit - len(picked)
    if missing > 0:
        newest = base.exclude(pk__in=[a.pk for a in picked]).order_by("-published_at")
        picked += list(_with_covers(newest[:missing], FEATURED_IMAGE, LIST_THUMBNAIL))
    return picked


def latest_per_category(categories, per_category=4):
    """{category: [newest articles]} for sibling categories, in one query.

    A window numbers each category's articles by date; an article of a subcategory
    counts for its top category because the partition is the category's path prefix.
    """
    categories = list(categories)
    if not categories:
        return {}
    cachetags.add(*(below_tag(category.path) for category in categories))
    prefix_length = len(categories[0].path)
    queryset = (
        _articles()
        .filter(reduce(or_, (Q(path__startswith=c.path) for c in categories)))
        .annotate(
            category_path=Substr("path", 1, prefix_length),
            rank=Window(
                RowNumber(),
                partition_by=Substr("path", 1, prefix_length),
                order_by=[F("published_at").desc(), F("pk").desc()],
            ),
        )
        .filter(rank__lte=per_category)
        .order_by("category_path", "rank")
    )
    grouped = {c.path: [] for c in categories}
    for article in _with_covers(queryset, LIST_THUMBNAIL):
        grouped[article.category_path].append(article)
    return {c: grouped[c.path] for c in categories}


def related_articles(article, limit=4):
    """The editors' choice first, then articles sharing a topic or a tag (newest first),
    then the newest of the same category: at most three queries plus the covers."""
    # Iterating (not values_list) works on previews too, whose relations live in memory.
    links = sorted(article.related_links.all(), key=lambda link: link.sort_order or 0)
    chosen_ids = [link.article_id for link in links]
    # A chosen article that is not live yet appears once it is published.
    cachetags.add(*(page_tag(pk) for pk in chosen_ids))
    found = {a.pk: a for a in _articles().filter(pk__in=chosen_ids)} if chosen_ids else {}
    picked = [found[pk] for pk in chosen_ids if pk in found][:limit]
    excluded = [article.pk] + [a.pk for a in picked]
    if len(picked) < limit:
        topic_ids = [topic.pk for topic in article.topics.all()]
        tag_ids = [tagged.tag_id for tagged in article.tagged.all()]
        cachetags.add(*map(topic_tag, topic_ids), *map(keyword_tag, tag_ids))
        if topic_ids or tag_ids:
            shared = (
                _articles()
                .filter(Q(topics__in=topic_ids) | Q(tagged__tag_id__in=tag_ids))
                .exclude(pk__in=excluded)
                .distinct()
                .order_by("-published_at")[: limit - len(picked)]
            )
            picked += list(shared)
            excluded += [a.pk for a in picked]
    if len(picked) < limit:
        parent_path = article.path[: -article.steplen]
        cachetags.add(below_tag(parent_path))
        same_category = (
            _articles()
            .filter(path__startswith=parent_path, depth=article.depth)
            .exclude(pk__in=excluded)
            .order_by("-published_at")[: limit - len(picked)]
        )
        picked += list(same_category)
    order = [a.pk for a in picked]
    with_covers = _with_covers(_articles().filter(pk__in=order), LIST_THUMBNAIL)
    return sorted(with_covers, key=lambda a: order.index(a.pk))


def articles_in_topic(topic, thumbnail=LIST_THUMBNAIL):
    """Newest first, the live articles that chose this topic, wherever their category."""
    cachetags.add(topic_tag(topic.pk))
    queryset = _articles().filter(topics=topic).order_by("-published_at", "-pk")
    return _with_covers(queryset, thumbnail)


def articles_tagged(site_root, tag_slug, thumbnail=LIST_THUMBNAIL):
    cachetags.add(keyword_page_tag(site_root.path, tag_slug))
    queryset = (
        _articles()
        .descendant_of(site_root)
        .filter(tagged__tag__slug=tag_slug)
        .order_by("-published_at", "-pk")
    )
    return _with_covers(queryset, thumbnail)


def province_wide_articles(province_root, limit=5):
    """The newest live articles of a province site marked "Đăng cho toàn tỉnh"."""
    cachetags.add(province_tag(province_root.path))
    queryset = (
        _articles()
        .descendant_of(province_root)
        .filter(province_wide=True, is_reference=False)
        .order_by("-published_at", "-pk")[:limit]
    )
    return list(_with_covers(queryset, LIST_THUMBNAIL))


def shareable_originals(province_root):
    """What a commune of this province may republish: live province-wide originals."""
    from .models import ArticlePage

    return (
        ArticlePage.objects.live()
        .descendant_of(province_root)
        .filter(province_wide=True, is_reference=False)
        .order_by("-published_at", "-pk")
    )
