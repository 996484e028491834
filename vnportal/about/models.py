"""The pages below "Giới thiệu" that are more than text: relics and scenic sites, the
administrative apparatus, and the boundary map. Plain text pages (natural conditions,
history, culture) are `core.StandardPage`; sections.py makes them all once per site.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from . import geojson
from .forms import BoundaryMapForm

ORGANISATION_SLUG = "co-cau-to-chuc"
ILLUSTRATIVE_CAPTION = "Ranh giới minh họa, không dùng làm căn cứ pháp lý."


class PlaceClassification(models.TextChoices):
    """Rank of a relic under the Law on Cultural Heritage; scenic sites stand apart."""

    SPECIAL_NATIONAL = "quoc-gia-dac-biet", "Di tích quốc gia đặc biệt"
    NATIONAL = "quoc-gia", "Di tích quốc gia"
    PROVINCIAL = "cap-tinh", "Di tích cấp tỉnh"
    SCENIC = "danh-lam-thang-canh", "Danh lam thắng cảnh"


def validate_boundary(text):
    try:
        geojson.parse_boundary(text)
    except geojson.GeoJSONError as error:
        raise ValidationError(str(error), code="invalid_geojson") from None


class AboutSeed(models.Model):
    """Records that sections.py once made the sub-pages of a site's "Giới thiệu", so that
    pages an editor deletes later are not made again by the next provisioning run."""

    about_page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Đã tạo trang con Giới thiệu"
        verbose_name_plural = "Đã tạo trang con Giới thiệu"

    def __str__(self):
        return f"Trang con của trang {self.about_page_id}"


class PlaceIndexPage(Page):
    """ "Di tích và danh thắng": the site's relics and scenic sites, filterable by rank
    (`?loai=quoc-gia`). Editors add one `PlacePage` below it per place."""

    intro = RichTextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["about.PlacePage"]

    class Meta:
        verbose_name = "Trang danh sách di tích, danh thắng"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        places = PlacePage.objects.live().child_of(self).order_by("title")
        chosen = request.GET.get("loai", "")
        valid = {value for value, _label in PlaceClassification.choices}
        if chosen and chosen not in valid:
            context["filter_error"] = (
                "Loại di tích đã chọn không có; đang hiển thị tất cả di tích và danh thắng."
            )
            chosen = ""
        if chosen:
            places = places.filter(classification=chosen)
        context["places"] = places.select_related("image")
        context["chosen"] = chosen
        context["choices"] = PlaceClassification.choices
        context["chosen_label"] = PlaceClassification(chosen).label if chosen else ""
        return context


class PlacePage(Page):
    """One relic or scenic site. Coordinates, when given, put it on the boundary map."""

    classification = models.CharField(
        "Xếp hạng", max_length=30, choices=PlaceClassification.choices
    )
    recognised_on = models.DateField(
        "Ngày công nhận",
        null=True,
        blank=True,
        help_text="Ngày của quyết định xếp hạng, nếu biết.",
    )
    address = models.CharField("Địa chỉ", max_length=255)
    latitude = models.DecimalField(
        "Vĩ độ",
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(geojson.MIN_LAT, "Vĩ độ phải nằm trong lãnh thổ Việt Nam (≥ 6)."),
            MaxValueValidator(geojson.MAX_LAT, "Vĩ độ phải nằm trong lãnh thổ Việt Nam (≤ 23,5)."),
        ],
        help_text="Ví dụ 10,68123 (độ thập phân, WGS 84).",
    )
    longitude = models.DecimalField(
        "Kinh độ",
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(geojson.MIN_LON, "Kinh độ phải nằm trong lãnh thổ Việt Nam (≥ 102)."),
            MaxValueValidator(geojson.MAX_LON, "Kinh độ phải nằm trong lãnh thổ Việt Nam (≤ 118)."),
        ],
        help_text="Ví dụ 105,08012.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Ảnh",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        "Mô tả ảnh (văn bản thay thế)",
        max_length=255,
        blank=True,
        help_text="Tả ngắn điều ảnh cho thấy, cho người không xem được ảnh.",
    )
    description = RichTextField("Mô tả", blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("classification"), FieldPanel("recognised_on")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading="Tọa độ"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading="Ảnh"),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("address"),
        index.SearchField("description"),
    ]
    parent_page_types = ["about.PlaceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Di tích, danh thắng"
        verbose_name_plural = "Di tích, danh thắng"

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            errors[missing] = "Cần nhập cả vĩ độ và kinh độ, hoặc để trống cả hai."
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = "Ảnh cần có mô tả ngắn (văn bản thay thế)."
        if self.recognised_on and self.recognised_on > datetime.date.today():
            errors["recognised_on"] = "Ngày công nhận không thể ở tương lai."
        if errors:
            raise ValidationError(errors)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class ApparatusPage(Page):
    """ "Bộ máy hành chính": a short text that leads to the site's "Cơ cấu tổ chức"
    section, where the units and their leaders are kept up to date."""

    body = RichTextField("Nội dung", blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    subpage_types = []

    class Meta:
        verbose_name = "Trang bộ máy hành chính"

    def organisation_page(self):
        site = self.get_site()
        if site is None:
            return None
        return Page.objects.live().child_of(site.root_page).filter(slug=ORGANISATION_SLUG).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisation_page"] = self.organisation_page()
        return context


class BoundaryMapPage(Page):
    """ "Bản đồ hành chính": the unit's boundary from GeoJSON, drawn by Leaflet from our
    own static files with no tile layer, and as a server-made SVG for visitors without
    JavaScript and for print. The relics with coordinates appear as markers."""

    intro = RichTextField("Giới thiệu", blank=True)
    geojson = models.TextField(
        "Ranh giới (GeoJSON)",
        blank=True,
        validators=[validate_boundary],
        help_text=(
            "FeatureCollection, Feature, Polygon hoặc MultiPolygon theo hệ WGS 84 "
            "(kinh độ, vĩ độ), tối đa 500 KB. Tên vùng lấy từ thuộc tính “name”."
        ),
    )
    caption = models.CharField("Chú thích bản đồ", max_length=255, default=ILLUSTRATIVE_CAPTION)
    area_km2 = models.DecimalField(
        "Diện tích (km²)",
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Diện tích chính thức; để trống để hiện diện tích ước tính từ ranh giới.",
    )
    neighbours = models.TextField(
        "Giáp ranh",
        blank=True,
        help_text="Ví dụ: Phía Bắc giáp …; phía Nam giáp …",
    )

    base_form_class = BoundaryMapForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("geojson"), FieldPanel("geojson_file"), FieldPanel("caption")],
            heading="Ranh giới",
        ),
        MultiFieldPanel([FieldPanel("area_km2"), FieldPanel("neighbours")], heading="Mô tả"),
    ]
    subpage_types = []

    class Meta:
        verbose_name = "Trang bản đồ hành chính"

    @cached_property
    def boundary(self):
        """The parsed boundary, or None when there is none (or, set outside the admin,
        an unreadable one: the page then says so instead of failing)."""
        try:
            return geojson.parse_boundary(self.geojson)
        except geojson.GeoJSONError:
            return None

    @property
    def estimated_area_km2(self):
        return geojson.area_km2(self.boundary) if self.boundary else None

    def places(self):
        """The site's relics and scenic sites that have coordinates."""
        site = self.get_site()
        if site is None:
            return []
        pages = (
            PlacePage.objects.live()
            .descendant_of(site.root_page)
            .filter(latitude__isnull=False, longitude__isnull=False)
            .order_by("title")
        )
        return [
            {
                "name": page.title,
                "lat": float(page.latitude),
                "lon": float(page.longitude),
                "url": page.url,
                "kind": page.get_classification_display(),
            }
            for page in pages
        ]

    def get_context(self, request, *args, **kwargs):
        from .mapview import map_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_context(self))
        return context
