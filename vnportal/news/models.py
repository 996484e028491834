from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ArticleBodyBlock
from .queries import articles_below, related_articles

PAGE_SIZE = 10
PAGE_PARAM = "trang"


def paginate(request, queryset):
    paginator = Paginator(queryset, PAGE_SIZE)
    return paginator.get_page(request.GET.get(PAGE_PARAM))


class NewsIndexPage(Page):
    """ "Tin tức": the parent of a site's categories; lists the newest articles of all."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.CategoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang tin tức"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, articles_below(self))
        return context


class CategoryPage(Page):
    """A news category (chuyên mục). Categories form a tree under "Tin tức"; editors
    order them by moving pages. A category lists its own articles and its subcategories'.
    """

    description = models.TextField("Mô tả", blank=True)

    content_panels = Page.content_panels + [FieldPanel("description")]
    parent_page_types = ["news.NewsIndexPage", "news.CategoryPage"]
    subpage_types = ["news.ArticlePage", "news.CategoryPage"]

    class Meta:
        verbose_name = "Chuyên mục"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, articles_below(self))
        return context


class ArticlePage(RoutablePageMixin, Page):
    """One news article (tin, bài). Written by contributors, published by the editorial
    board. `published_at` is the time shown to readers; it is kept apart from Wagtail's
    first publication time so that imported archives keep their original dates.
    A non-zero `featured_order` puts the article in "Tin nổi bật", lowest first.
    """

    sapo = models.TextField("Sapo (tóm tắt)", blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name="Nội dung", blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_caption = models.CharField("Chú thích ảnh đại diện", max_length=255, blank=True)
    author = models.CharField("Tác giả", max_length=255, blank=True)
    source = models.CharField("Nguồn", max_length=255, blank=True)
    published_at = models.DateTimeField("Thời gian đăng", default=timezone.now, db_index=True)
    featured = models.BooleanField("Tin nổi bật", default=False)
    featured_order = models.PositiveSmallIntegerField(
        "Thứ tự nổi bật", default=0, help_text="Số nhỏ hơn hiện trước."
    )

    content_panels = Page.content_panels + [
        FieldPanel("sapo"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_caption")], heading="Ảnh đại diện"
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("source"), FieldPanel("published_at")],
            heading="Tác giả và nguồn",
        ),
        MultiFieldPanel(
            [FieldPanel("featured"), FieldPanel("featured_order")], heading="Tin nổi bật"
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("sapo"),
        index.SearchField("body"),
        index.FilterField("published_at"),
    ]
    parent_page_types = ["news.CategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Bài viết"
        verbose_name_plural = "Bài viết"
        indexes = [models.Index(fields=["featured", "featured_order"])]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumb"] = self.get_ancestors().filter(depth__gt=2).live()
        context["related"] = related_articles(self)
        return context

    @path("")
    def article(self, request):
        return self.render(request)

    @path("in/", name="print")
    def print_view(self, request):
        return self.render(request, template="news/article_print.html")
