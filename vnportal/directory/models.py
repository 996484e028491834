"""The organisation of a unit (cơ cấu tổ chức): its departments as a tree and the
officials of each, with their work contacts, in Vietnamese and English.

Decree 42/2022 art. 4 requires a portal to publish its unit's structure, functions and
duties and the names, positions and work contacts of its leaders. A site's editors keep
these rows in the admin (wagtail_hooks.py); the site's "Cơ cấu tổ chức" page shows them.
"""

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, Page, Site

from vnportal.vntext import slugify

from .phones import phone_problem, tel_uri

EMAIL_MESSAGE = (
    "Địa chỉ thư điện tử không đúng dạng. Hãy ghi đủ tên hộp thư, dấu @ và tên miền, "
    "ví dụ vanphong@angiang.gov.vn."
)
validate_work_email = EmailValidator(message=EMAIL_MESSAGE)

# Routes of the organisation page that a department's slug must not take.
RESERVED_SLUGS = {"en"}


def validate_phone(value):
    problem = phone_problem(value)
    if problem:
        raise ValidationError(problem, code="invalid_phone")


class ContactFields(models.Model):
    """Work phone and e-mail, written as the unit publishes them."""

    phone = models.CharField("Điện thoại", max_length=40, blank=True, validators=[validate_phone])
    email = models.CharField(
        "Thư điện tử", max_length=254, blank=True, validators=[validate_work_email]
    )

    class Meta:
        abstract = True

    @property
    def tel_uri(self):
        return tel_uri(self.phone)


class Department(ContactFields, ClusterableModel):
    """A body or department of the unit (Đảng ủy, UBND, Văn phòng, a Sở or Phòng), placed
    in the organisation chart under its parent. Editors of the site keep it with its
    officials; a parent is always of the same site and never one of its own descendants."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="departments", verbose_name="Trang"
    )
    name = models.CharField("Tên cơ quan, đơn vị", max_length=255)
    name_en = models.CharField(
        "Tên tiếng Anh",
        max_length=255,
        blank=True,
        help_text="Hiện trên trang tiếng Anh; để trống thì dùng tên tiếng Việt.",
    )
    slug = models.SlugField(
        "Đường dẫn",
        max_length=120,
        blank=True,
        allow_unicode=False,
        help_text="Để trống để tạo tự động từ tên.",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        verbose_name="Trực thuộc",
        help_text="Cơ quan, đơn vị cấp trên trong sơ đồ tổ chức; để trống nếu ở cấp cao nhất.",
    )
    sort_order = models.PositiveIntegerField(
        "Thứ tự", default=0, help_text="Số nhỏ hiện trước trong cùng một cấp."
    )
    duties = models.TextField("Chức năng, nhiệm vụ", blank=True)
    duties_en = models.TextField("Chức năng, nhiệm vụ (tiếng Anh)", blank=True)
    address = models.CharField("Địa chỉ làm việc", max_length=255, blank=True)

    class Meta:
        verbose_name = "Cơ quan, đơn vị"
        verbose_name_plural = "Cơ quan, đơn vị"
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "slug"], name="directory_department_unique_slug"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._free_slug()
        super().save(*args, **kwargs)

    @property
    def shown_name_en(self):
        return self.name_en or self.name

    @property
    def shown_duties_en(self):
        return self.duties_en or self.duties

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"Đường dẫn “{self.slug}” đã dành cho trang khác."})
        if self.parent_id is None or self.site_id is None:
            return
        if self.parent.site_id != self.site_id:
            raise ValidationError(
                {"parent": "Cơ quan cấp trên phải thuộc cùng trang với cơ quan này."}
            )
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk is not None and ancestor.pk == self.pk:
                raise ValidationError(
                    {
                        "parent": "Không thể đặt cơ quan trực thuộc chính nó hoặc một đơn vị "
                        "cấp dưới của nó: sơ đồ tổ chức sẽ thành vòng tròn."
                    }
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    def _free_slug(self):
        base = slugify(self.name)[:100] or "don-vi"
        if base in RESERVED_SLUGS:
            base = f"{base}-don-vi"
        taken = set(
            Department.objects.filter(site_id=self.site_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug


class Official(Orderable, ContactFields):
    """A person holding a position in a department. `is_leader` puts them in the
    "Lãnh đạo" block at the top of the page (the unit's leadership, Decree 42/2022 art. 4);
    contacts are their work ones only, never private ones."""

    department = ParentalKey(
        Department, on_delete=models.CASCADE, related_name="officials", verbose_name="Đơn vị"
    )
    full_name = models.CharField("Họ và tên", max_length=120)
    position = models.CharField("Chức vụ", max_length=200)
    position_en = models.CharField(
        "Chức vụ (tiếng Anh)",
        max_length=200,
        blank=True,
        help_text="Để trống thì trang tiếng Anh dùng chức vụ tiếng Việt.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="Ảnh chân dung",
    )
    duties = models.TextField("Nhiệm vụ phụ trách", blank=True)
    is_leader = models.BooleanField(
        "Lãnh đạo",
        default=False,
        help_text="Hiện ở phần Lãnh đạo đầu trang Cơ cấu tổ chức.",
    )

    class Meta:
        verbose_name = "Cán bộ"
        verbose_name_plural = "Cán bộ"
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.full_name} – {self.position}"

    @property
    def photo_alt(self):
        return f"Ảnh chân dung {self.full_name}"

    @property
    def photo_alt_en(self):
        return f"Portrait of {self.full_name}"

    @property
    def shown_position_en(self):
        return self.position_en or self.position


class OrganisationPage(RoutablePageMixin, Page):
    """ "Cơ cấu tổ chức": the leadership, the organisation chart and every department with
    its people; `<slug>/` a department, `en/` the same in English."""

    intro = models.TextField("Giới thiệu", blank=True)
    intro_en = models.TextField("Giới thiệu (tiếng Anh)", blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("intro_en")]

    class Meta:
        verbose_name = "Trang cơ cấu tổ chức"

    @path("", name="index")
    def index_view(self, request):
        from . import views

        return views.organisation(request, self, "vi")

    @path("en/", name="index_en")
    def english_view(self, request):
        from . import views

        return views.organisation(request, self, "en")

    @re_path(r"^en/(?P<slug>[-a-z0-9]+)/$", name="department_en")
    def english_department_view(self, request, slug):
        from . import views

        return views.department(request, self, slug, "en")

    @re_path(r"^(?P<slug>[-a-z0-9]+)/$", name="department")
    def department_view(self, request, slug):
        from . import views

        return views.department(request, self, slug, "vi")
