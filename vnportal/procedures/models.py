"""Administrative procedures (thủ tục hành chính) a site lists, and the page listing them.

The portal does not take applications: each procedure links out to the national public
service portal (Cổng Dịch vụ công quốc gia) or the province's, where residents apply.
Editors of a site keep their site's list in the admin (wagtail_hooks.py); the public page
shows only the request's site's procedures.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from vnportal.vntext import fold

from . import rules

NATIONAL_PORTAL = "https://dichvucong.gov.vn/"
# Hosts a procedure may link to (subdomains included); an installation adds its
# province's own public service portal with the VNPORTAL_PROCEDURE_PORTAL_HOSTS setting.
DEFAULT_PORTAL_HOSTS = ("dichvucong.gov.vn",)
PER_PAGE = 20


def portal_hosts():
    return tuple(getattr(settings, "VNPORTAL_PROCEDURE_PORTAL_HOSTS", DEFAULT_PORTAL_HOSTS))


def validate_code(value):
    message = rules.code_error(value)
    if message:
        raise ValidationError(message, code="procedure_code")


def validate_portal_link(value):
    message = rules.link_error(value, portal_hosts())
    if message:
        raise ValidationError(message, code="portal_link")


class Level(models.TextChoices):
    COMMUNE = "xa", "Cấp xã"
    PROVINCE = "tinh", "Cấp tỉnh"


class OnlineLevel(models.TextChoices):
    # Decree 42/2022 art. 11 sorts online public services into these two kinds; the rest
    # are done only at the one-stop desk.
    FULL = "toan-trinh", "Toàn trình"
    PARTIAL = "mot-phan", "Một phần"
    OFFLINE = "truc-tiep", "Trực tiếp"


class Procedure(models.Model):
    """One administrative procedure as a site lists it, with where to apply online.

    Edited by the site's editors; `search_text` is the folded name, field and code so that
    "dang ky khai sinh" finds "Đăng ký khai sinh" with a plain substring query.
    """

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name="Trang"
    )
    code = models.CharField(
        "Mã thủ tục",
        max_length=20,
        blank=True,
        validators=[validate_code],
        help_text="Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.001234. "
        "Để trống nếu chưa chắc chắn.",
    )
    name = models.CharField("Tên thủ tục", max_length=500)
    field = models.CharField("Lĩnh vực", max_length=200, help_text="Ví dụ: Hộ tịch, Chứng thực.")
    level = models.CharField("Cấp thực hiện", max_length=10, choices=Level.choices)
    online_level = models.CharField(
        "Mức độ dịch vụ công trực tuyến",
        max_length=12,
        choices=OnlineLevel.choices,
        default=OnlineLevel.OFFLINE,
    )
    processing_time = models.CharField("Thời hạn giải quyết", max_length=300, blank=True)
    fees = models.TextField("Phí, lệ phí", blank=True)
    url = models.URLField(
        "Liên kết nộp hồ sơ",
        max_length=500,
        default=NATIONAL_PORTAL,
        validators=[validate_portal_link],
        help_text="Đường dẫn https tới thủ tục trên Cổng Dịch vụ công quốc gia hoặc cổng "
        "dịch vụ công của tỉnh.",
    )
    sort_order = models.IntegerField("Thứ tự", default=0)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = "Thủ tục hành chính"
        verbose_name_plural = "Thủ tục hành chính"
        ordering = ["field", "sort_order", "name"]
        indexes = [models.Index(fields=["site", "field"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.code, self.name, self.field]))
        super().save(*args, **kwargs)


def search_procedures(queryset, text):
    """Procedures whose name, field or code contain every word of `text`, marks ignored."""
    for word in fold(text).split():
        queryset = queryset.filter(search_text__contains=word)
    return queryset


class ProceduresPage(Page):
    """The "Thủ tục hành chính" section: the site's procedures, searchable and filtered
    by field and level, each linking out to the public service portal."""

    intro = models.TextField(
        "Giới thiệu",
        blank=True,
        default="Tra cứu thủ tục hành chính và nộp hồ sơ trực tuyến trên Cổng Dịch vụ công "
        "quốc gia. Trang này chỉ giới thiệu thủ tục, không nhận hồ sơ.",
    )

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "Trang thủ tục hành chính"

    def get_context(self, request, *args, **kwargs):
        from .forms import ProcedureFilterForm

        context = super().get_context(request, *args, **kwargs)
        site = self.get_site()
        procedures = Procedure.objects.filter(site=site)
        fields = sorted(set(procedures.values_list("field", flat=True)), key=fold)
        form = ProcedureFilterForm(request.GET or None, fields=fields)
        filtered = False
        if form.is_valid():
            data = form.cleaned_data
            if data["q"]:
                procedures = search_procedures(procedures, data["q"])
            if data["linh_vuc"]:
                procedures = procedures.filter(field=data["linh_vuc"])
            if data["cap"]:
                procedures = procedures.filter(level=data["cap"])
            filtered = any(data.values())
        paginator = Paginator(procedures.order_by("field", "sort_order", "name", "pk"), PER_PAGE)
        items = paginator.get_page(request.GET.get("trang"))
        context.update(
            form=form,
            filtered=filtered,
            procedures=items,
            page_range=paginator.get_elided_page_range(items.number, on_each_side=2),
        )
        return context
