from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from vnportal.units.models import UnitKind
from vnportal.units.urls_across_sites import page_absolute_url, site_id_of

from .archives import archive_for, archive_notice
from .blocks import ArticleBodyBlock
from .cleaning import clean_body_paragraphs
from .feeds import rss_response
from .forms import ArchivePageForm, ArticlePageForm
from .kinds import ArticleKind, Verdict
from .queries import articles_below, articles_in_topic, articles_tagged, related_articles
from .shared import province_home_of, source_portal_title
from .view_counts import record_view

PAGE_SIZE = 10
PAGE_PARAM = "trang"


def paginate(request, queryset):
    paginator = Paginator(queryset, PAGE_SIZE)
    return paginator.get_page(request.GET.get(PAGE_PARAM))


def _add_archive_notice(context, page):
    archive = archive_for(page)
    if archive is not None:
        context["archive"] = archive
        context["archive_notice"] = archive_notice(archive)


class NewsIndexPage(RoutablePageMixin, Page):
    """ "Tin tức": the parent of a site's categories; lists the newest articles of all."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    # An article written straight under "Tin tức" is a draft without a category: it
    # cannot be published until an editor moves it into one (see publishing.py).
    subpage_types = ["news.CategoryPage", "news.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang tin tức"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, articles_below(self))
        return context

    @path("rss/", name="rss")
    def rss(self, request):
        return rss_response(request, self, articles_below(self))

    # Taggit keeps Vietnamese letters in slugs ("chuyển-đổi-số"), which <slug:> refuses.
    @path("the/<str:tag>/", name="tag")
    def tag(self, request, tag):
        found = get_object_or_404(Tag, slug=tag)
        # Below "Tin tức" only: a former unit's archive is not the site's current news.
        articles = paginate(request, articles_tagged(self, found.slug))
        return self.render(
            request,
            template="news/tag_page.html",
            context_overrides={"tag": found, "articles": articles},
        )


class CategoryPage(RoutablePageMixin, Page):
    """A news category (chuyên mục). Categories form a tree under "Tin tức"; editors
    order them by moving pages. A category lists its own articles and its subcategories'.
    """

    description = models.TextField("Mô tả", blank=True)

    content_panels = Page.content_panels + [FieldPanel("description")]
    parent_page_types = ["news.NewsIndexPage", "news.CategoryPage", "news.ArchivePage"]
    subpage_types = ["news.ArticlePage", "news.CategoryPage"]

    class Meta:
        verbose_name = "Chuyên mục"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, articles_below(self))
        _add_archive_notice(context, self)
        return context

    @path("rss/", name="rss")
    def rss(self, request):
        return rss_response(request, self, articles_below(self))


class ArticlePage(RoutablePageMixin, Page):
    """One news article (tin, bài). Written by contributors, published by the editorial
    board. `published_at` is the time shown to readers; it is kept apart from Wagtail's
    first publication time so that imported archives keep their original dates.
    A non-zero `featured_order` puts the article in "Tin nổi bật", lowest first.

    On a province site, `province_wide` ("Đăng cho toàn tỉnh") puts the article in the
    "Tin tỉnh" block of every commune home page of the province. On a commune site,
    `original` republishes such an article by reference, not by copy: the page shows the
    original's live title, sapo, body, cover, author and dates, its canonical URL is the
    province's, and its own title, slug and date are kept in step with the original on
    every save. `is_reference` remembers that the page republishes another one, so that
    it disappears (instead of showing an empty article) when the original is deleted.
    A separate page type would have forced every list to merge two tables; one nullable
    column keeps them one query.
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
    cover_alt = models.CharField(
        "Mô tả ảnh đại diện (cho người khiếm thị)",
        max_length=255,
        blank=True,
        help_text="Bắt buộc khi đăng bài có ảnh đại diện: tả ngắn gọn nội dung ảnh.",
    )
    kind = models.CharField(
        "Thể loại", max_length=16, choices=ArticleKind.choices, default=ArticleKind.NEWS
    )
    author = models.CharField(
        "Tác giả hiển thị",
        max_length=255,
        blank=True,
        help_text="Để trống để hiện tên các tác giả trong danh sách tác giả bên dưới.",
    )
    source = models.CharField("Nguồn", max_length=255, blank=True)
    published_at = models.DateTimeField(
        "Thời gian đăng",
        null=True,
        blank=True,
        db_index=True,
        help_text="Để trống để lấy thời điểm bài được đăng (kể cả khi đăng theo lịch).",
    )
    featured = models.BooleanField("Tin nổi bật", default=False)
    featured_order = models.PositiveSmallIntegerField(
        "Thứ tự nổi bật", default=0, help_text="Số nhỏ hơn hiện trước."
    )
    province_wide = models.BooleanField(
        "Đăng cho toàn tỉnh",
        default=False,
        help_text="Bài hiện trong mục “Tin tỉnh” trên trang chủ của mọi xã, phường trong tỉnh.",
    )
    original = models.ForeignKey(
        "self",
        verbose_name="Bài gốc của tỉnh",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="references",
        help_text=(
            "Chọn một bài “Đăng cho toàn tỉnh” của cổng tỉnh để đăng lại vào chuyên mục này. "
            "Tiêu đề, tóm tắt, nội dung, ảnh, tác giả và ngày đăng lấy từ bài gốc (kể cả khi "
            "tỉnh sửa bài); có thể để trống tiêu đề và các ô nội dung."
        ),
    )
    is_reference = models.BooleanField(default=False, editable=False)
    topics = ParentalManyToManyField(
        "news.TopicPage",
        verbose_name="Chuyên đề",
        blank=True,
        related_name="articles",
        help_text="Bài hiện trên trang của từng chuyên đề được chọn.",
    )
    tags = ClusterTaggableManager("Từ khóa", through="news.ArticleTag", blank=True)

    # Official clarification (thông tin xác minh): used when kind is CLARIFICATION.
    claim = models.TextField("Thông tin đang lan truyền", blank=True)
    claim_appearance = models.CharField(
        "Nơi lan truyền",
        max_length=255,
        blank=True,
        help_text="Mô tả chung, ví dụ “mạng xã hội”; không ghi tên hay tài khoản cá nhân.",
    )
    claim_first_seen = models.DateField("Ngày phát hiện", null=True, blank=True)
    verdict = models.CharField("Kết luận", max_length=16, choices=Verdict.choices, blank=True)
    facts = models.TextField("Sự thật đã xác minh", blank=True)
    responsible_office = models.CharField(
        "Cơ quan chịu trách nhiệm xác minh", max_length=255, blank=True
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("original", widget=forms.Select)], heading="Đăng lại bài của tỉnh"
        ),
        FieldPanel("kind"),
        FieldPanel("sapo"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt"), FieldPanel("cover_caption")],
            heading="Ảnh đại diện",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("claim"),
                FieldPanel("claim_appearance"),
                FieldPanel("claim_first_seen"),
                FieldPanel("verdict"),
                FieldPanel("facts"),
                FieldPanel("responsible_office"),
                InlinePanel("clarification_sources", heading="Nguồn xác minh", label="Nguồn"),
            ],
            heading="Thông tin xác minh (chỉ cho thể loại “Thông tin xác minh”)",
            classname="collapsed",
        ),
        InlinePanel("contributors", heading="Tác giả", label="Tác giả", min_num=0),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("source"), FieldPanel("published_at")],
            heading="Hiển thị tác giả và nguồn",
        ),
        MultiFieldPanel(
            [FieldPanel("topics", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading="Chuyên đề và từ khóa",
        ),
        InlinePanel("related_links", heading="Bài liên quan", label="Bài liên quan"),
        MultiFieldPanel(
            [FieldPanel("featured"), FieldPanel("featured_order"), FieldPanel("province_wide")],
            heading="Tin nổi bật",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("sapo"),
        index.SearchField("body"),
        index.FilterField("published_at"),
    ]
    parent_page_types = ["news.CategoryPage", "news.ArchivePage", "news.NewsIndexPage"]
    subpage_types = []
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = "Bài viết"
        verbose_name_plural = "Bài viết"
        indexes = [models.Index(fields=["featured", "featured_order"])]

    @property
    def byline(self):
        """What readers see as the author: the display name, else the contributors."""
        if self.author:
            return self.author
        return ", ".join(c.name for c in self.contributors.all())

    @property
    def is_clarification(self):
        return self.kind == ArticleKind.CLARIFICATION

    @property
    def shown(self):
        """The article whose content readers see: the original for a republished page."""
        if self.original_id is not None:
            return self.original
        return self

    def save(self, *args, **kwargs):
        # An article shows the time it went out, not the time its draft was started.
        if self.live and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        # A revision saved before the first publication has no date: keep the live one,
        # so that publishing a correction does not move the article to the top.
        page = super().with_content_json(content)
        if page.published_at is None:
            page.published_at = self.published_at
        return page

    def full_clean(self, *args, **kwargs):
        clean_body_paragraphs(self.body)
        self.is_reference = self.original_id is not None
        if self.is_reference:
            original = self.original
            self.title = original.title
            self.draft_title = original.title
            self.slug = self.slug or original.slug
            self.published_at = original.published_at
            self.province_wide = False
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.original_id is None:
            return
        original = self.original
        if original.pk == self.pk:
            raise ValidationError({"original": "Một bài không thể đăng lại chính nó."})
        if original.original_id is not None:
            raise ValidationError(
                {"original": "Bài được chọn cũng là bài đăng lại; hãy chọn bài gốc của tỉnh."}
            )
        if not original.province_wide or not original.live:
            raise ValidationError(
                {
                    "original": "Bài gốc phải đang xuất bản và được đánh dấu "
                    "“Đăng cho toàn tỉnh” trên cổng tỉnh."
                }
            )
        if self.path and not self._original_is_from_parent_province(original):
            raise ValidationError(
                {"original": "Chỉ đăng lại được bài của cổng tỉnh mà đơn vị này trực thuộc."}
            )

    def _original_is_from_parent_province(self, original):
        province_home = province_home_of(site_id_of(self.get_parent()))
        return province_home is not None and original.path.startswith(province_home.path)

    def _shown_or_404(self):
        if self.is_reference and (self.original is None or not self.original.live):
            raise Http404("Bài gốc không còn được xuất bản.")
        return self.shown

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        article = self._shown_or_404()
        context["article"] = article
        context["breadcrumb"] = self.get_ancestors().filter(depth__gt=2).live()
        context["related"] = related_articles(self)
        if article is not self:
            context["canonical_url"] = page_absolute_url(article, request)
            context["source_portal"] = source_portal_title(article)
        _add_archive_notice(context, self)
        return context

    @path("")
    def article(self, request):
        if not getattr(request, "is_preview", False):
            record_view(self.pk)
            # The page cache counts the views of its copies through this (wagtail_hooks).
            request.page_cache_meta = {"viewed_page": self.pk}
        return self.render(request)

    @path("in/", name="print")
    def print_view(self, request):
        return self.render(request, template="news/article_print.html")


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="tagged")


class ArticleContributor(Orderable):
    """Someone who wrote or made the article: shown as its author and paid royalties.
    Outside contributors without an account are named only."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="contributors")
    name = models.CharField("Họ tên hoặc bút danh", max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Tài khoản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share = models.PositiveSmallIntegerField(
        "Phần nhuận bút (%)",
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )

    panels = [FieldPanel("name"), FieldPanel("user"), FieldPanel("share")]

    class Meta(Orderable.Meta):
        verbose_name = "Tác giả"
        verbose_name_plural = "Tác giả"

    def __str__(self):
        return self.name


class RelatedArticle(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        ArticlePage, verbose_name="Bài", on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("article", "news.ArticlePage")]


class ClarificationSource(Orderable):
    """A document or statement on which an official clarification rests."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="clarification_sources")
    title = models.CharField("Tên nguồn", max_length=255)
    url = models.URLField("Địa chỉ", blank=True)

    panels = [FieldPanel("title"), FieldPanel("url")]


class ViewCount(models.Model):
    """Views of an article, kept out of the page so that publishing a revision does not
    write an old count back."""

    page = models.OneToOneField(
        ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="view_count"
    )
    count = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.page_id}: {self.count}"


class TopicIndexPage(Page):
    """ "Chuyên đề": the list of a site's topics and campaigns."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang chuyên đề"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = (
            TopicPage.objects.child_of(self).live().public().select_related("cover_image")
        )
        return context


class TopicPage(RoutablePageMixin, Page):
    """A topic or campaign (chuyên đề) grouping articles across categories, for example
    "Xây dựng nông thôn mới" or "Chuyển đổi số"; articles join it by choosing it."""

    intro = models.TextField("Giới thiệu", blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Ảnh bìa",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField("Mô tả ảnh bìa", max_length=255, blank=True)
    starts_on = models.DateField("Ngày bắt đầu", null=True, blank=True)
    ends_on = models.DateField("Ngày kết thúc", null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading="Ảnh bìa"),
        MultiFieldPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading="Thời gian"),
    ]
    parent_page_types = ["news.TopicIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Chuyên đề"
        verbose_name_plural = "Chuyên đề"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "Ngày kết thúc phải sau ngày bắt đầu."})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, articles_in_topic(self))
        return context

    @path("")
    def topic(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss(self, request):
        return rss_response(request, self, articles_in_topic(self))


FORMER_KINDS = (UnitKind.DISTRICT, UnitKind.FORMER_COMMUNE)


class ArchivePage(Page):
    """ "Lưu trữ": the old content of a former unit (a district abolished on 01/07/2025, a
    merged commune), kept read-only inside the site of a unit that succeeded it, as a child
    of that site's home page. Province IT staff create it; the importer fills it with
    categories and articles. Every page inside it shows the notice computed from the unit
    ("… đã giải thể từ …; địa bàn nay thuộc …"); the site's editors cannot change anything
    in it (see wagtail_hooks.py), and the unit's old host names redirect here.
    """

    unit = models.ForeignKey(
        "units.Unit",
        verbose_name="Đơn vị cũ",
        on_delete=models.PROTECT,
        related_name="archive_pages",
        limit_choices_to={"dissolved_on__isnull": False, "kind__in": FORMER_KINDS},
    )
    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("unit"), FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.CategoryPage", "news.ArticlePage"]
    base_form_class = ArchivePageForm

    class Meta:
        verbose_name = "Lưu trữ"
        verbose_name_plural = "Lưu trữ"

    def clean(self):
        super().clean()
        unit = self.unit if self.unit_id else None
        if unit is not None and (unit.kind not in FORMER_KINDS or unit.dissolved_on is None):
            raise ValidationError(
                {
                    "unit": f"{unit.name} chưa giải thể hoặc sáp nhập: chỉ lập lưu trữ cho "
                    "huyện hoặc xã, phường cũ đã có ngày giải thể."
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = CategoryPage.objects.child_of(self).live().public()
        context["articles"] = paginate(request, articles_below(self))
        context["archive"] = self
        context["archive_notice"] = archive_notice(self)
        return context
