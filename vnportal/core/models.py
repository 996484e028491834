from django.db import models
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from .home import HOME_SECTIONS_HOOK


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

    panels = [
        MultiFieldPanel(
            [FieldPanel("unit_name"), FieldPanel("portal_title"), FieldPanel("logo")],
            heading="Nhận diện",
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
