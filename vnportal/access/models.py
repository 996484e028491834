"""The "Tiếp cận thông tin" page the Access to Information Law asks of every body
(Luật Tiếp cận thông tin 104/2016/QH13 art. 17-19; Nghị định 13/2018/NĐ-CP art. 3-4):
the list of information published, who provides information and how to request the rest.

Editors keep everything on the page itself (fields and an InlinePanel of items), so
publishing it purges the cached page like any other page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from . import texts


class Category(models.TextChoices):
    # Law 104/2016 art. 17 groups what must be published; these are the groups a
    # province or commune portal actually carries.
    LEGAL = "van-ban", "Văn bản quy phạm pháp luật, văn bản hành chính"
    PLANS = "quy-hoach", "Chiến lược, quy hoạch, kế hoạch"
    PROCEDURES = "thu-tuc", "Thủ tục hành chính"
    BUDGET = "ngan-sach", "Ngân sách, tài chính"
    PROJECTS = "du-an", "Dự án, đầu tư, đấu thầu"
    ORGANISATION = "to-chuc", "Tổ chức bộ máy, hoạt động"
    STATISTICS = "thong-ke", "Số liệu thống kê"
    OTHER = "khac", "Thông tin khác"


def validate_link(value):
    """A path on this portal (/van-ban/) or an https address elsewhere."""
    value = value.strip()
    if value.startswith("/") and not value.startswith("//"):
        return
    if value.lower().startswith("https://") and len(value) > len("https://"):
        return
    raise ValidationError(
        "Nơi đăng “%(value)s” không hợp lệ: ghi đường dẫn trên cổng bắt đầu bằng / "
        "(ví dụ /van-ban/) hoặc địa chỉ đầy đủ bắt đầu bằng https://.",
        params={"value": value},
        code="link",
    )


class AccessInfoPage(Page):
    """The access-to-information section of a site, edited by the site's editors."""

    intro = models.TextField("Giới thiệu", blank=True, default=texts.INTRO)
    office_unit = models.CharField(
        "Đơn vị đầu mối cung cấp thông tin",
        max_length=300,
        blank=True,
        help_text="Để trống thì dùng tên cơ quan trong cài đặt của trang.",
    )
    office_address = models.CharField("Địa chỉ", max_length=300, blank=True)
    office_phone = models.CharField("Điện thoại", max_length=50, blank=True)
    office_email = models.EmailField("Thư điện tử", blank=True)
    office_hours = models.CharField(
        "Thời gian tiếp nhận", max_length=300, blank=True, default=texts.HOURS
    )
    request_text = models.TextField(
        "Cách yêu cầu cung cấp thông tin",
        default=texts.REQUEST,
        help_text="Mỗi đoạn cách nhau bằng một dòng trống.",
    )

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("items", heading="Danh mục thông tin được công khai", label="Thông tin"),
        MultiFieldPanel(
            [
                FieldPanel("office_unit"),
                FieldPanel("office_address"),
                FieldRowPanel([FieldPanel("office_phone"), FieldPanel("office_email")]),
                FieldPanel("office_hours"),
            ],
            heading="Đầu mối cung cấp thông tin",
        ),
        FieldPanel("request_text"),
    ]

    class Meta:
        verbose_name = "Trang tiếp cận thông tin"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = list(self.items.all())
        present = {item.category for item in items}
        chosen = request.GET.get("nhom", "")
        if chosen not in present:
            chosen = ""
        context.update(
            categories=[(value, label) for value, label in Category.choices if value in present],
            chosen=chosen,
            chosen_label=Category(chosen).label if chosen else "",
            items=[item for item in items if not chosen or item.category == chosen],
            paragraphs=[p.strip() for p in self.request_text.split("\n\n") if p.strip()],
        )
        return context


class DisclosedItem(Orderable):
    """One entry of the list of information published (danh mục thông tin phải được
    công khai), pointing to where on the portal (or elsewhere) residents find it."""

    page = ParentalKey(AccessInfoPage, on_delete=models.CASCADE, related_name="items")
    category = models.CharField("Nhóm thông tin", max_length=20, choices=Category.choices)
    title = models.CharField("Tên thông tin", max_length=300)
    link = models.CharField(
        "Nơi đăng",
        max_length=500,
        validators=[validate_link],
        help_text="Đường dẫn trên cổng (ví dụ /van-ban/) hoặc địa chỉ https:// đầy đủ.",
    )
    updated_on = models.DateField("Cập nhật lần cuối", null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("updated_on")]),
        FieldPanel("title"),
        FieldPanel("link"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Thông tin được công khai"

    def __str__(self):
        return self.title

    @property
    def is_external(self):
        return not self.link.startswith("/")
