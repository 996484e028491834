from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from .contrast import ACCESSIBLE_PALETTE, MIN_TEXT_CONTRAST, WHITE, contrast_ratio, darken
from .home import HOME_SECTIONS_HOOK
from .widgets import ColourInput

DEFAULT_PRIMARY_COLOUR = "#9b0d14"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What identifies one unit's portal: its name in the header and the footer that
    Decree 42/2022 art. 6 and Circular 32/2017 require (governing body, the person
    responsible, address, phone, e-mail). Edited per site by that site's administrators.
    """

    unit_name = models.CharField(
        "Tên đơn vị", max_length=200, help_text="Ví dụ: xã Tây Yên, tỉnh An Giang."
    )
    portal_title = models.CharField(
        "Tên cổng",
        max_length=255,
        blank=True,
        help_text="Để trống để dùng “Cổng thông tin điện tử” + tên đơn vị.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Biểu trưng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    governing_body = models.CharField("Cơ quan chủ quản", max_length=255, blank=True)
    responsible_person = models.CharField("Người chịu trách nhiệm", max_length=255, blank=True)
    address = models.CharField("Địa chỉ", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    licence = models.CharField(
        "Giấy phép", max_length=255, blank=True, help_text="Số giấy phép thiết lập cổng, nếu có."
    )
    primary_colour = models.CharField(
        "Màu chủ đạo",
        max_length=7,
        default=DEFAULT_PRIMARY_COLOUR,
        validators=[
            RegexValidator(
                r"^#[0-9a-fA-F]{6}$", "Màu chủ đạo phải viết dạng #rrggbb, ví dụ #9b0d14."
            )
        ],
        help_text=(
            "Nền của thanh menu; chữ trắng trên nền này phải đạt độ tương phản ít nhất 4,5:1. "
            "Chọn một màu trong bảng màu gợi ý hoặc một màu đậm khác."
        ),
    )
    banner_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Ảnh băng rôn đầu trang",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Ảnh nền của phần đầu trang, nên rộng ít nhất 1600 điểm ảnh.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("unit_name"), FieldPanel("portal_title"), FieldPanel("logo")],
            heading="Nhận diện",
        ),
        MultiFieldPanel(
            [
                FieldPanel("primary_colour", widget=ColourInput(palette=ACCESSIBLE_PALETTE)),
                FieldPanel("banner_image"),
            ],
            heading="Giao diện",
        ),
        MultiFieldPanel(
            [
                FieldPanel("governing_body"),
                FieldPanel("responsible_person"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("licence"),
            ],
            heading="Chân trang",
        ),
    ]

    class Meta:
        verbose_name = "Thông tin cổng"

    @property
    def display_title(self):
        return self.portal_title or f"Cổng thông tin điện tử {self.unit_name}".strip()

    def clean(self):
        super().clean()
        colour = (self.primary_colour or "").lower()
        self.primary_colour = colour
        try:
            ratio = contrast_ratio(WHITE, colour)
        except ValueError:
            return  # the field's own validator names the format
        if ratio < MIN_TEXT_CONTRAST:
            # Vietnamese writes the decimal comma: 1,51:1.
            shown = f"{ratio:.2f}".replace(".", ",")
            raise ValidationError(
                {
                    "primary_colour": (
                        f"Màu chủ đạo {colour} quá nhạt: chữ trắng trên nền này chỉ đạt độ "
                        f"tương phản {shown}:1, cần ít nhất 4,5:1. Hãy chọn màu đậm hơn, "
                        "ví dụ một màu trong bảng màu gợi ý."
                    )
                }
            )

    @property
    def primary_colour_dark(self):
        """Hover and footer shade of the primary colour (the stylesheet's --brand-dark)."""
        return darken(self.primary_colour)

    @property
    def look_version(self):
        """Changes whenever the per-site stylesheet would, so its address can be cached."""
        return f"{self.primary_colour.lstrip('#')}-{self.banner_image_id or 0}"


class HomePage(Page):
    """The home page of one unit's site. It shows the sections other apps register
    through the `vnportal_home_sections` hook (featured news, latest per category, and
    later alerts, documents, answers), so that this app imports none of them.
    """

    intro = models.TextField("Lời giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = "Trang chủ"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = []
        for hook in hooks.get_hooks(HOME_SECTIONS_HOOK):
            sections.extend(hook(request, self))
        context["home_sections"] = sorted(sections, key=lambda section: section.order)
        return context


class StandardPage(Page):
    """A plain page of text: Giới thiệu, Liên hệ, chính sách bảo vệ dữ liệu, and the like."""

    body = RichTextField("Nội dung", blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = "Trang nội dung"
