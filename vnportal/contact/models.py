"""The "Liên hệ" page of a site and the messages people send through it.

A message holds personal data (name, e-mail, phone) for one purpose only: to let the
governing body answer. It is seen only by the site's administrators, deleted whole when
an administrator erases it, on a person's request (privacy.py) or when the retention
period ends (`CONTACT_RETENTION_DAYS`).
"""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site


class ContactPage(Page):
    """The site's "Liên hệ" page: its contacts, read live from the site's settings
    (SiteSettings), and a form whose messages are saved and e-mailed to the site's contact
    address. Site editors write the text above the form; `contact_email` sends the
    messages elsewhere than the address shown in the footer."""

    body = RichTextField("Nội dung", blank=True)
    contact_email = models.EmailField(
        "Thư điện tử nhận liên hệ",
        blank=True,
        help_text="Để trống để gửi đến thư điện tử của cổng (trong Cài đặt của trang).",
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    settings_panels = Page.settings_panels + [FieldPanel("contact_email")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang liên hệ"

    def serve(self, request, *args, **kwargs):
        from . import views

        return views.contact_page(request, self)


class ContactMessage(models.Model):
    """One message sent through a site's contact form. Read-only in the admin: what a
    person wrote is a record, not a draft; administrators may only read and delete it."""

    site = models.ForeignKey(
        Site, verbose_name="Trang", on_delete=models.CASCADE, related_name="contact_messages"
    )
    reference = models.CharField("Mã thư", max_length=12, unique=True)
    name = models.CharField("Họ và tên", max_length=200)
    email = models.EmailField("Thư điện tử", blank=True)
    phone = models.CharField("Số điện thoại", max_length=20, blank=True)
    subject = models.CharField("Tiêu đề", max_length=300)
    message = models.TextField("Nội dung")
    consented_at = models.DateTimeField("Đồng ý xử lý dữ liệu lúc")
    created_at = models.DateTimeField("Gửi lúc", default=timezone.now, db_index=True)
    mailed_at = models.DateTimeField("Đã chuyển thư điện tử lúc", null=True, blank=True)
    is_demo = models.BooleanField("Dữ liệu mẫu", default=False)

    class Meta:
        verbose_name = "Thư liên hệ"
        verbose_name_plural = "Thư liên hệ"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.reference} – {self.subject}"
