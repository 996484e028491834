"""Template tags of the public news pages: metadata in `<head>`, feed links, tag links and
view counts."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Site

from ..feeds import feed_url
from ..metadata import ArticleMetadata
from ..view_counts import views_of

register = template.Library()


@register.inclusion_tag("news/includes/article_meta.html", takes_context=True)
def article_metadata(context, page, article):
    meta = ArticleMetadata(context["request"], page, article, context.get("canonical_url"))
    # json_ld() escapes "<", ">" and "&": the text cannot leave its data block.
    blocks = [mark_safe(block) for block in meta.json_ld_blocks()]  # noqa: S308
    return {
        "json_ld_blocks": blocks,
        "open_graph": meta.open_graph(),
        "dublin_core": meta.dublin_core(),
    }


@register.simple_tag(takes_context=True)
def rss_url(context, page):
    return feed_url(page, context["request"])


@register.simple_tag
def view_count(page):
    return views_of(page.pk)


def _news_index(request):
    """The site's "Tin tức", looked up once per request: tag pages hang below it."""
    if not hasattr(request, "_news_index"):
        from ..models import NewsIndexPage

        site = Site.find_for_request(request)
        request._news_index = (
            None if site is None else NewsIndexPage.objects.child_of(site.root_page).live().first()
        )
    return request._news_index


@register.simple_tag(takes_context=True)
def tag_url(context, tag):
    request = context["request"]
    news_index = _news_index(request)
    if news_index is None:
        return ""
    return news_index.get_url(request) + news_index.reverse_subpage("tag", args=[tag.slug])
