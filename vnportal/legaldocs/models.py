"""The register of legal and administrative documents (văn bản) of each site.

Documents are plain models, not pages: a province keeps tens of thousands of them, lists
them with six filters, and imports them by the thousand; one table with the right indexes
serves that in a few milliseconds where the page tree would need joins. The site's
"Văn bản" page (`DocumentIndexPage`) serves the list, each document and the feed.

Status (còn hiệu lực …) is never stored: it follows from today's date and three dates per
document, two of which (`ends_on`, `partly_ends_on`) are derived from the relations
pointing at it whenever a relation or a related document changes (status.py). So a
document becomes effective, or expires, at midnight without any job running.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page, Site

from vnportal.vntext.docnumber import DocumentNumberError, parse


class DocumentKind(models.TextChoices):
    """Hình thức văn bản, as a records office files them."""

    HIEN_PHAP = "hien-phap", "Hiến pháp"
    BO_LUAT = "bo-luat", "Bộ luật"
    LUAT = "luat", "Luật"
    PHAP_LENH = "phap-lenh", "Pháp lệnh"
    LENH = "lenh", "Lệnh"
    NGHI_QUYET = "nghi-quyet", "Nghị quyết"
    NGHI_QUYET_LIEN_TICH = "nghi-quyet-lien-tich", "Nghị quyết liên tịch"
    NGHI_DINH = "nghi-dinh", "Nghị định"
    QUYET_DINH = "quyet-dinh", "Quyết định"
    THONG_TU = "thong-tu", "Thông tư"
    THONG_TU_LIEN_TICH = "thong-tu-lien-tich", "Thông tư liên tịch"
    CHI_THI = "chi-thi", "Chỉ thị"
    QUY_CHE = "quy-che", "Quy chế"
    QUY_DINH = "quy-dinh", "Quy định"
    KET_LUAN = "ket-luan", "Kết luận"
    THONG_BAO = "thong-bao", "Thông báo"
    THONG_CAO = "thong-cao", "Thông cáo"
    HUONG_DAN = "huong-dan", "Hướng dẫn"
    CHUONG_TRINH = "chuong-trinh", "Chương trình"
    KE_HOACH = "ke-hoach", "Kế hoạch"
    PHUONG_AN = "phuong-an", "Phương án"
    DE_AN = "de-an", "Đề án"
    DU_AN = "du-an", "Dự án"
    BAO_CAO = "bao-cao", "Báo cáo"
    TO_TRINH = "to-trinh", "Tờ trình"
    CONG_DIEN = "cong-dien", "Công điện"
    CONG_VAN = "cong-van", "Công văn"
    KHAC = "khac", "Văn bản khác"

    @classmethod
    def from_name(cls, name: str | None):
        """The kind whose label is `name` ("Nghị định"), or None."""
        if not name:
            return None
        wanted = name.strip().casefold()
        for kind in cls:
            if kind.label.casefold() == wanted:
                return kind
        return None


class Status(models.TextChoices):
    NOT_YET = "chua-co-hieu-luc", "Chưa có hiệu lực"
    IN_FORCE = "con-hieu-luc", "Còn hiệu lực"
    PARTLY_ENDED = "het-hieu-luc-mot-phan", "Hết hiệu lực một phần"
    ENDED = "het-hieu-luc", "Hết hiệu lực toàn bộ"


class IssuingBody(models.Model):
    """Cơ quan ban hành, shared by every site: "Quốc hội", "UBND tỉnh An Giang"."""

    name = models.CharField("Tên cơ quan", max_length=255, unique=True)
    code = models.CharField("Ký hiệu", max_length=40, blank=True)

    class Meta:
        verbose_name = "Cơ quan ban hành"
        verbose_name_plural = "Cơ quan ban hành"
        ordering = ["name"]

    def __str__(self):
        return self.name


class DocumentField(models.Model):
    """Lĩnh vực: "Đất đai", "Giáo dục"."""

    name = models.CharField("Lĩnh vực", max_length=255, unique=True)
    slug = models.SlugField("Đường dẫn", max_length=255, unique=True, allow_unicode=False)

    class Meta:
        verbose_name = "Lĩnh vực"
        verbose_name_plural = "Lĩnh vực"
        ordering = ["name"]

    def __str__(self):
        return self.name


class LegalDocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def with_status(self, status, today: datetime.date | None = None):
        return self.filter(status_condition(status, today or timezone.localdate()))


def status_condition(status, today: datetime.date) -> models.Q:
    """The SQL condition for `status` on `today`; the same rules as `status_on`."""
    ended = models.Q(ends_on__lte=today)
    not_yet = models.Q(effective_from__gt=today)
    partly = models.Q(partly_ends_on__lte=today)
    if status == Status.ENDED:
        return ended
    if status == Status.NOT_YET:
        return not_yet & ~ended
    if status == Status.PARTLY_ENDED:
        return partly & ~ended & ~not_yet
    if status == Status.IN_FORCE:
        return ~ended & ~not_yet & ~partly
    raise ValueError(f"unknown status {status!r}")


def _upper_bound(*dates):
    known = [date for date in dates if date is not None]
    return min(known) if known else None


# The list's order, then what its filters and status read (see Meta.indexes).
_LISTED = ["-issued_on", "-id", "live", "ends_on", "effective_from", "partly_ends_on"]
_FILTERS = ["kind", "issuing_body", "field", "year"]


def _others(leading):
    return [name for name in _FILTERS if name != leading]


class LegalDocument(ClusterableModel):
    """One document of one site's register."""

    site = models.ForeignKey(
        Site, verbose_name="Trang", on_delete=models.CASCADE, related_name="legal_documents"
    )
    number = models.CharField(
        "Số, ký hiệu",
        max_length=100,
        help_text="Ví dụ: 42/2022/NĐ-CP, 01/QĐ-UBND, 123/UBND-VP, 21-KL/TW.",
    )
    # The parsed number's folded key (docnumber.DocumentNumber.key): how mentions and
    # imports find the document whatever the spelling.
    number_key = models.CharField(max_length=120, editable=False, db_index=True)
    kind = models.CharField("Hình thức văn bản", max_length=32, choices=DocumentKind.choices)
    issuing_body = models.ForeignKey(
        IssuingBody,
        verbose_name="Cơ quan ban hành",
        on_delete=models.PROTECT,
        related_name="documents",
    )
    field = models.ForeignKey(
        DocumentField,
        verbose_name="Lĩnh vực",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
    )
    signer = models.CharField("Người ký", max_length=255, blank=True)
    title = models.CharField("Trích yếu", max_length=1000)
    summary = models.TextField("Tóm tắt", blank=True)
    full_text = models.TextField("Toàn văn", blank=True)
    issued_on = models.DateField("Ngày ban hành")
    effective_from = models.DateField(
        "Ngày có hiệu lực",
        null=True,
        blank=True,
        help_text="Để trống nếu có hiệu lực từ ngày ban hành.",
    )
    expires_on = models.DateField(
        "Ngày hết hiệu lực",
        null=True,
        blank=True,
        help_text="Chỉ điền khi văn bản tự quy định thời hạn hiệu lực.",
    )
    # The day it takes effect (the effective date, or the issue date when none is given),
    # stored so that the list sorts by it with an index.
    starts_on = models.DateField(editable=False)
    # Derived (status.py): the day it stops being in force, from its own expiry and the
    # documents that replace or repeal it; the day parts of it stop, from amendments.
    ends_on = models.DateField(null=True, blank=True, editable=False)
    partly_ends_on = models.DateField(null=True, blank=True, editable=False)
    year = models.PositiveSmallIntegerField(editable=False)
    # The number padded for sorting: 2/QĐ-UBND before 10/QĐ-UBND (numbering.py).
    number_order = models.CharField(max_length=140, editable=False, default="")
    slug = models.SlugField(max_length=140, editable=False)
    live = models.BooleanField("Công khai", default=True)
    published_at = models.DateTimeField("Ngày đăng", default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    source_url = models.URLField("Nguồn", max_length=500, blank=True)

    objects = LegalDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = "Văn bản"
        verbose_name_plural = "Văn bản"
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="legaldoc_unique_slug"),
        ]
        # Each list index is in the list's order and carries `live`, the status dates and
        # the other filters, so that a filtered page and its count are read from the index
        # alone (bench/legaldocs.py). `live` follows the order columns: SQLite cannot use
        # the bare "live" term Django writes as an index equality.
        indexes = [
            models.Index(fields=["site", *_LISTED, *_FILTERS], name="legaldoc_list"),
            models.Index(
                fields=["site", "kind", *_LISTED, *_others("kind")], name="legaldoc_list_kind"
            ),
            models.Index(
                fields=["site", "issuing_body", *_LISTED, *_others("issuing_body")],
                name="legaldoc_list_body",
            ),
            models.Index(
                fields=["site", "field", *_LISTED, *_others("field")], name="legaldoc_list_field"
            ),
            models.Index(
                fields=["site", "signer", *_LISTED, *_FILTERS], name="legaldoc_list_signer"
            ),
            models.Index(
                fields=["site", "year", *_LISTED, *_others("year")], name="legaldoc_list_year"
            ),
            models.Index(
                fields=["site", "-starts_on", *_LISTED, *_FILTERS],
                name="legaldoc_list_effective",
            ),
            models.Index(
                fields=["site", "number_order", *_LISTED, *_FILTERS], name="legaldoc_list_number"
            ),
            models.Index(fields=["site", "-published_at"], name="legaldoc_published"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}"

    @property
    def heading(self) -> str:
        """ "Quyết định 15/2024/QĐ-UBND: Về việc …"; a law's title already names its kind
        ("104/2016/QH13: Luật Tiếp cận thông tin")."""
        kind = self.get_kind_display()
        if self.title.casefold().startswith(kind.casefold()):
            return f"{self.number}: {self.title}"
        return f"{kind} {self.number}: {self.title}"

    def status_on(self, today: datetime.date | None = None) -> Status:
        today = today or timezone.localdate()
        if self.ends_on and self.ends_on <= today:
            return Status.ENDED
        if self.effective_from and self.effective_from > today:
            return Status.NOT_YET
        if self.partly_ends_on and self.partly_ends_on <= today:
            return Status.PARTLY_ENDED
        return Status.IN_FORCE

    @property
    def status(self) -> Status:
        return self.status_on()

    def parsed_number(self):
        return parse(self.number)

    def clean(self):
        errors = {}
        try:
            parsed = parse(self.number or "")
        except DocumentNumberError as error:
            errors["number"] = error.reason
        else:
            self.number = parsed.canonical
            if parsed.year and self.issued_on and parsed.year != self.issued_on.year:
                errors["issued_on"] = (
                    f"Số, ký hiệu ghi năm {parsed.year} nhưng ngày ban hành thuộc năm "
                    f"{self.issued_on.year}."
                )
        if self.effective_from and self.issued_on and self.effective_from < self.issued_on:
            errors["effective_from"] = "Ngày có hiệu lực không thể trước ngày ban hành."
        if self.expires_on and self.expires_on < (self.effective_from or self.issued_on):
            errors["expires_on"] = "Ngày hết hiệu lực phải sau ngày có hiệu lực."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        from . import signals, status
        from .numbering import fill_number_fields

        old_key = self.number_key
        fill_number_fields(self)
        status.derive_dates(self)
        targets_before = status.current_targets(self)
        super().save(*args, **kwargs)
        status.after_save(self, targets_before)
        signals.document_saved(self, old_key)

    def delete(self, *args, **kwargs):
        from . import signals, status

        targets = list(self.relations.exclude(target=None).values_list("target", flat=True))
        signals.document_deleted(self)
        result = super().delete(*args, **kwargs)
        status.refresh(LegalDocument.objects.filter(pk__in=targets))
        return result


class RelationKind(models.TextChoices):
    """A relation as the newer document states it; `reverse_label` reads it the other way."""

    REPLACES = "thay-the", "Thay thế"
    REPEALS = "bai-bo", "Bãi bỏ"
    REPEALS_PART = "bai-bo-mot-phan", "Bãi bỏ một phần"
    AMENDS = "sua-doi", "Sửa đổi, bổ sung"
    GUIDES = "huong-dan", "Hướng dẫn"
    RELATED = "lien-quan", "Liên quan"


REVERSE_LABELS = {
    RelationKind.REPLACES: "Được thay thế bởi",
    RelationKind.REPEALS: "Bị bãi bỏ bởi",
    RelationKind.REPEALS_PART: "Bị bãi bỏ một phần bởi",
    RelationKind.AMENDS: "Được sửa đổi, bổ sung bởi",
    RelationKind.GUIDES: "Được hướng dẫn bởi",
    RelationKind.RELATED: "Liên quan",
}
# From the day the newer document takes effect, the older one is no longer in force ...
ENDING_KINDS = (RelationKind.REPLACES, RelationKind.REPEALS)
# ... or some of its provisions are not.
PARTLY_ENDING_KINDS = (RelationKind.AMENDS, RelationKind.REPEALS_PART)


class DocumentRelation(models.Model):
    """`document` replaces (amends, guides …) the document numbered `target_number`.

    The target may not be in the register yet: the number is kept, and `target` is filled
    the day a document with that number is added (status.link_waiting_relations).
    """

    document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField("Quan hệ", max_length=20, choices=RelationKind.choices)
    target_number = models.CharField("Số, ký hiệu văn bản liên quan", max_length=100)
    target_key = models.CharField(max_length=120, editable=False, db_index=True)
    target = models.ForeignKey(
        LegalDocument,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="incoming_relations",
    )
    note = models.CharField("Ghi chú", max_length=255, blank=True)

    class Meta:
        verbose_name = "Văn bản liên quan"
        verbose_name_plural = "Văn bản liên quan"
        constraints = [
            models.UniqueConstraint(
                fields=["document", "kind", "target_key"], name="legaldoc_unique_relation"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.target_number}"

    def save(self, *args, **kwargs):
        from .numbering import number_key

        self.target_key = number_key(self.target_number)
        super().save(*args, **kwargs)

    def clean(self):
        try:
            self.target_number = parse(self.target_number or "").canonical
        except DocumentNumberError as error:
            raise ValidationError({"target_number": error.reason}) from error


def attachment_path(instance, filename):
    today = timezone.localdate()
    return f"van-ban/{today:%Y/%m}/{filename}"


class Attachment(models.Model):
    """A file of a document. Its kind comes from its content (files/), never its name;
    `text` is what the search index reads."""

    document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("Tệp", upload_to=attachment_path, max_length=255)
    name = models.CharField("Tên hiển thị", max_length=255, blank=True)
    kind = models.CharField(max_length=8, editable=False, blank=True)
    size = models.PositiveBigIntegerField(editable=False, default=0)
    sha256 = models.CharField(max_length=64, editable=False, blank=True)
    text = models.TextField(editable=False, blank=True)
    # Notices for the editor ("không có lớp chữ"), one per line.
    notices = models.TextField(editable=False, blank=True)
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = "Tệp đính kèm"
        verbose_name_plural = "Tệp đính kèm"
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name or self.file.name.rsplit("/", 1)[-1]


class LinkedText(models.Model):
    """A text of the portal (an article's body, a document's text, an answer) with its
    mentions of registered numbers turned into links, computed when it is saved.

    `keys` lists every number key the text mentions, registered or not, between spaces,
    so that adding a document re-links exactly the texts that mention it.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    field_name = models.CharField(max_length=40)
    html = models.TextField()
    keys = models.TextField(blank=True)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="legaldoc_unique_linked_text"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}"


class DocumentIndexPage(RoutablePageMixin, Page):
    """ "Văn bản": the site's register; lists, shows and syndicates its documents."""

    intro = models.TextField("Giới thiệu", blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang văn bản"

    @path("", name="list")
    def list_view(self, request):
        from . import views

        return views.document_list(request, self)

    @path("rss/", name="rss")
    def rss(self, request):
        from . import views

        return views.document_feed(request, self)

    @re_path(r"^(?P<slug>[-a-z0-9]+)/$", name="detail")
    def detail(self, request, slug):
        from . import views

        return views.document_detail(request, self, slug)
