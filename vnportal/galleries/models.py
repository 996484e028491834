"""Thư viện ảnh - video: photo albums and videos below the site's "Thư viện" page.

Editors of a site add albums and videos as pages, so Wagtail's page permissions keep
each site's editors to their own library. Everything a visitor's browser loads comes from
this portal: photos are Wagtail renditions, a video is a file on our own media, and a
video hosted elsewhere (YouTube, a broadcaster) is offered only as a plain link, so that
opening a page never contacts another origin.
"""

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page

PAGE_SIZE = 12
PAGE_PARAM = "trang"
KIND_PARAM = "loai"
KINDS = {"anh": "Ảnh", "video": "Video"}
VIDEO_EXTENSIONS = (".mp4", ".webm", ".ogv", ".ogg")
CAPTION_EXTENSIONS = (".vtt",)


def _today():
    return timezone.localdate()


class GalleryIndexPage(Page):
    """ "Thư viện ảnh - video": the site's albums and videos, newest first, filterable by
    kind (?loai=anh / ?loai=video) and paged (?trang=N)."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["galleries.PhotoAlbumPage", "galleries.VideoPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang thư viện ảnh - video"

    def items(self, kind=None):
        """(date, page) of the live, public albums and videos, newest first. The two kinds
        live in two tables, so their dates are merged here before a page is fetched."""
        kinds = {"anh": PhotoAlbumPage, "video": VideoPage}
        chosen = [kinds[kind]] if kind in kinds else list(kinds.values())
        keys = []
        for model in chosen:
            found = model.objects.child_of(self).live().public()
            keys.extend(found.values_list("date", "pk"))
        keys.sort(key=lambda key: (key[0], key[1]), reverse=True)
        return keys

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get(KIND_PARAM)
        kind = kind if kind in KINDS else None
        paginator = Paginator(self.items(kind), PAGE_SIZE)
        shown = paginator.get_page(request.GET.get(PAGE_PARAM))
        pages = Page.objects.filter(pk__in=[pk for _, pk in shown]).specific()
        by_pk = {page.pk: page for page in pages}
        context.update(
            entries=[by_pk[pk] for _, pk in shown if pk in by_pk],
            shown=shown,
            page_range=paginator.get_elided_page_range(shown.number),
            kind=kind,
            kinds=KINDS,
            total=paginator.count,
        )
        return context


class GalleryItem(Page):
    """What albums and videos share: the date shown and sorted on, and a description."""

    date = models.DateField("Ngày", default=_today)
    description = models.TextField("Mô tả", blank=True)

    parent_page_types = ["galleries.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True


class PhotoAlbumPage(RoutablePageMixin, GalleryItem):
    """An album (tập ảnh) of ordered photos. Each photo has its own page at
    `<album>/anh/<n>/` with a large rendition and previous/next links: a viewer that is
    plain links, so it works with a keyboard, a screen reader and without JavaScript."""

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("description")], heading="Thông tin"),
        InlinePanel("photos", label="Ảnh", min_num=1),
    ]

    class Meta:
        verbose_name = "Album ảnh"
        verbose_name_plural = "Album ảnh"

    kind = "anh"

    @property
    def cover(self):
        return self.photos.select_related("image").first()

    @path("", name="album")
    def album(self, request):
        return self.render(
            request,
            context_overrides={"photos": list(self.photos.select_related("image"))},
        )

    @path("anh/<int:number>/", name="photo")
    def photo(self, request, number):
        photos = list(self.photos.select_related("image"))
        if not 1 <= number <= len(photos):
            raise Http404("Không có ảnh này trong album.")
        base = self.get_url(request)
        return self.render(
            request,
            template="galleries/photo_view.html",
            context_overrides={
                "photo": photos[number - 1],
                "number": number,
                "count": len(photos),
                "previous_url": f"{base}anh/{number - 1}/" if number > 1 else None,
                "next_url": f"{base}anh/{number + 1}/" if number < len(photos) else None,
            },
        )


class AlbumPhoto(Orderable):
    """One photo of an album. Alt text is required: it tells a reader who cannot see the
    photo what it shows (WCAG 1.1.1); the caption, shown to all, may add names and context."""

    album = ParentalKey(PhotoAlbumPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name="Ảnh"
    )
    alt_text = models.CharField(
        "Mô tả ảnh cho người khiếm thị (alt)",
        max_length=250,
        help_text="Bắt buộc. Nói ngắn gọn ảnh cho thấy gì, ví dụ: “Nông dân thu hoạch lúa”.",
    )
    caption = models.CharField("Chú thích", max_length=500, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = "Ảnh trong album"

    def clean(self):
        super().clean()
        if not (self.alt_text or "").strip():
            raise ValidationError({"alt_text": "Vui lòng nhập mô tả ảnh (alt) cho ảnh này."})


def own_media_url(value):
    """A path on this portal's media (MEDIA_URL), never another host."""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith(settings.MEDIA_URL):
        raise ValidationError(
            f"Đường dẫn video phải là tệp trên máy chủ của cổng, bắt đầu bằng "
            f"“{settings.MEDIA_URL}”. Video ở trang khác hãy nhập vào ô “Liên kết ngoài”."
        )
    if ".." in PurePosixPath(parts.path).parts:
        raise ValidationError("Đường dẫn video không hợp lệ.")
    if not parts.path.lower().endswith(VIDEO_EXTENSIONS):
        raise ValidationError("Tệp video phải có đuôi .mp4, .webm hoặc .ogv.")


class VideoPage(GalleryItem):
    """A video played by the browser's own player from our media, with optional captions
    (WebVTT) and a transcript for those who cannot hear or play it. A copy hosted
    elsewhere is only linked to: an embedded player would load another site's scripts
    and cookies on our page."""

    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Tệp video (tải lên)",
        help_text="Tệp .mp4, .webm hoặc .ogv.",
    )
    video_url = models.CharField(
        "Hoặc đường dẫn tệp video trên cổng",
        max_length=500,
        blank=True,
        validators=[own_media_url],
        help_text=f"Ví dụ: {settings.MEDIA_URL}video/hoi-nghi.mp4",
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Phụ đề (.vtt)",
    )
    transcript = models.TextField("Lời thoại, nội dung video (bản chữ)", blank=True)
    external_url = models.URLField(
        "Liên kết ngoài",
        blank=True,
        help_text="Video đăng ở trang khác (YouTube…): chỉ hiện thành liên kết, không nhúng.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("description")], heading="Thông tin"),
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("video_url"),
                FieldPanel("captions"),
                FieldPanel("external_url"),
            ],
            heading="Video",
        ),
        FieldPanel("transcript"),
    ]

    class Meta:
        verbose_name = "Video"
        verbose_name_plural = "Video"

    kind = "video"

    @property
    def source_url(self):
        if self.video_file_id:
            return self.video_file.url
        return self.video_url or ""

    def clean(self):
        super().clean()
        errors = {}
        if not (self.video_file_id or self.video_url or self.external_url):
            errors["video_file"] = (
                "Vui lòng tải lên tệp video, nhập đường dẫn tệp trên cổng hoặc liên kết ngoài."
            )
        if self.video_file_id and not self.video_file.filename.lower().endswith(VIDEO_EXTENSIONS):
            errors["video_file"] = "Tệp video phải có đuôi .mp4, .webm hoặc .ogv."
        if self.captions_id and not self.captions.filename.lower().endswith(CAPTION_EXTENSIONS):
            errors["captions"] = "Phụ đề phải là tệp WebVTT (đuôi .vtt)."
        if errors:
            raise ValidationError(errors)
