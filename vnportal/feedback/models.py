"""Citizens' questions and feedback (hỏi đáp, phản ánh kiến nghị) and their handling.

A submission holds the person's data (name, phone, e-mail, address) apart from what may
be published (title, content, answer): the public pages, feeds, search and statistics
read only the latter, and erasing a person (privacy.py) blanks the former and keeps the
anonymised question and answer.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page, Site


class Kind(models.TextChoices):
    QUESTION = "hoi-dap", "Hỏi đáp"
    FEEDBACK = "phan-anh", "Phản ánh, kiến nghị"


class State(models.TextChoices):
    NEW = "moi", "Mới"
    ASSIGNED = "da-phan-cong", "Đã phân công"
    IN_PROGRESS = "dang-xu-ly", "Đang xử lý"
    ANSWERED = "da-tra-loi", "Đã trả lời"
    PUBLISHED = "da-cong-khai", "Đã công khai"
    CLOSED = "da-dong", "Đã đóng"
    REJECTED = "tu-choi", "Từ chối"


# States in which the submission still waits for the administration (counts as overdue).
OPEN_STATES = (State.NEW, State.ASSIGNED, State.IN_PROGRESS)
ANSWERED_STATES = (State.ANSWERED, State.PUBLISHED, State.CLOSED)


class Rating(models.TextChoices):
    SATISFIED = "hai-long", "Hài lòng"
    NEUTRAL = "binh-thuong", "Bình thường"
    DISSATISFIED = "khong-hai-long", "Không hài lòng"


class FeedbackField(models.Model):
    """Lĩnh vực of a question; each has its own time to answer, in working days."""

    name = models.CharField("Lĩnh vực", max_length=200, unique=True)
    slug = models.SlugField("Đường dẫn", max_length=200, unique=True)
    due_working_days = models.PositiveSmallIntegerField(
        "Thời hạn trả lời (ngày làm việc)", default=15
    )

    class Meta:
        verbose_name = "Lĩnh vực hỏi đáp"
        verbose_name_plural = "Lĩnh vực hỏi đáp"
        ordering = ["name"]

    def __str__(self):
        return self.name


class DayOff(models.Model):
    """A day the government announces as a day off, or as a working day in exchange
    (ngày làm bù), overriding the calendar of holidays for due dates."""

    date = models.DateField("Ngày", unique=True)
    is_day_off = models.BooleanField("Là ngày nghỉ", default=True)
    note = models.CharField("Ghi chú", max_length=255, blank=True)

    class Meta:
        verbose_name = "Ngày nghỉ, ngày làm bù"
        verbose_name_plural = "Ngày nghỉ, ngày làm bù"
        ordering = ["date"]

    def __str__(self):
        kind = "Nghỉ" if self.is_day_off else "Làm bù"
        return f"{kind} {self.date:%d/%m/%Y}"


class Submission(models.Model):
    site = models.ForeignKey(
        Site, verbose_name="Trang", on_delete=models.CASCADE, related_name="submissions"
    )
    tracking_code = models.CharField("Mã tra cứu", max_length=8, unique=True, editable=False)
    kind = models.CharField("Loại", max_length=12, choices=Kind.choices, default=Kind.QUESTION)
    # Personal data: shown only to handlers of the site (access.py), blanked on erasure.
    name = models.CharField("Họ và tên", max_length=200)
    phone = models.CharField("Số điện thoại", max_length=20, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    address = models.CharField("Địa chỉ", max_length=300, blank=True)
    # Where the matter is: kept after erasure, for the statistics per commune.
    commune = models.ForeignKey(
        "units.Unit",
        verbose_name="Xã, phường",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submissions",
    )
    field = models.ForeignKey(
        FeedbackField,
        verbose_name="Lĩnh vực",
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    title = models.CharField("Tiêu đề", max_length=300)
    content = models.TextField("Nội dung")
    may_publish = models.BooleanField("Đồng ý công khai câu trả lời", default=False)
    consented_at = models.DateTimeField("Thời điểm đồng ý xử lý dữ liệu cá nhân")

    state = models.CharField(
        "Trạng thái", max_length=16, choices=State.choices, default=State.NEW, db_index=True
    )
    department = models.CharField("Phòng, ban xử lý", max_length=200, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Cán bộ xử lý",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_submissions",
    )
    received_at = models.DateTimeField("Ngày tiếp nhận", default=timezone.now)
    due_on = models.DateField("Hạn trả lời")
    answer = models.TextField("Trả lời", blank=True)
    answered_at = models.DateTimeField("Ngày trả lời", null=True, blank=True)
    published_at = models.DateTimeField("Ngày công khai", null=True, blank=True)
    closed_at = models.DateTimeField("Ngày đóng", null=True, blank=True)
    rejection_reason = models.CharField("Lý do từ chối", max_length=500, blank=True)
    erased_at = models.DateTimeField("Đã xóa dữ liệu cá nhân lúc", null=True, blank=True)

    class Meta:
        verbose_name = "Câu hỏi, phản ánh"
        verbose_name_plural = "Câu hỏi, phản ánh"
        permissions = [
            ("handle_submission", "Xử lý câu hỏi, phản ánh và xem dữ liệu cá nhân"),
            ("approve_answer", "Duyệt trả lời trước khi gửi"),
        ]
        indexes = [
            models.Index(fields=["site", "state", "due_on"], name="feedback_queue"),
            models.Index(fields=["site", "-received_at"], name="feedback_received"),
            models.Index(fields=["site", "state", "-published_at"], name="feedback_public"),
        ]

    def __str__(self):
        return f"{self.tracking_code}: {self.title}"

    @property
    def is_overdue(self) -> bool:
        return self.state in OPEN_STATES and self.due_on < timezone.localdate()

    @property
    def is_public(self) -> bool:
        return self.state == State.PUBLISHED and self.may_publish

    def linked_text(self):
        """The published answer, for the register's links (core/linked_text.py)."""
        from .publishing import answer_html

        return ("answer", answer_html(self), self.site_id) if self.is_public else None


class SubmissionFile(models.Model):
    """An image or PDF sent with a submission; private like the person's data."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to="phan-anh/%Y/%m/", max_length=255)
    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=8)
    size = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.name


class Note(models.Model):
    """An internal note of the handlers; never shown to the citizen."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField("Ghi chú")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return self.text[:50]


class AnswerDraft(models.Model):
    """An answer written by a handler, sent only once a leader approves it."""

    class Status(models.TextChoices):
        WAITING = "cho-duyet", "Chờ duyệt"
        APPROVED = "da-duyet", "Đã duyệt"
        RETURNED = "tra-lai", "Trả lại"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="drafts")
    text = models.TextField("Nội dung trả lời")
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    written_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.WAITING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.CharField("Ý kiến của lãnh đạo", max_length=500, blank=True)

    class Meta:
        ordering = ["-written_at"]

    def __str__(self):
        return f"{self.get_status_display()}: {self.text[:40]}"


class AnswerTemplate(models.Model):
    """A reusable answer text; `site` None offers it on every site."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    title = models.CharField("Tên mẫu", max_length=200)
    text = models.TextField("Nội dung")

    class Meta:
        verbose_name = "Mẫu trả lời"
        verbose_name_plural = "Mẫu trả lời"
        ordering = ["title"]

    def __str__(self):
        return self.title


class Event(models.Model):
    """The handling log: state changes, assignments, answers, rejections (with their
    reason), and every opening of a submission's personal data."""

    class Action(models.TextChoices):
        RECEIVED = "tiep-nhan", "Tiếp nhận"
        VIEWED_PERSONAL = "xem-du-lieu", "Xem dữ liệu cá nhân"
        ASSIGNED = "phan-cong", "Phân công"
        STARTED = "xu-ly", "Bắt đầu xử lý"
        NOTE = "ghi-chu", "Ghi chú"
        DRAFTED = "du-thao", "Soạn trả lời"
        APPROVED = "duyet", "Duyệt trả lời"
        RETURNED = "tra-lai", "Trả lại dự thảo"
        ANSWERED = "tra-loi", "Gửi trả lời"
        PUBLISHED = "cong-khai", "Công khai"
        CLOSED = "dong", "Đóng"
        REJECTED = "tu-choi", "Từ chối"
        RATED = "danh-gia", "Người gửi đánh giá"
        ERASED = "xoa-du-lieu", "Xóa dữ liệu cá nhân"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=16, choices=Action.choices)
    detail = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%d/%m/%Y %H:%M}"


class SatisfactionRating(models.Model):
    """The citizen's rating of the answer. Confidential: read only in aggregate."""

    submission = models.OneToOneField(Submission, on_delete=models.CASCADE, related_name="rating")
    value = models.CharField("Mức độ hài lòng", max_length=16, choices=Rating.choices)
    comment = models.TextField("Góp ý", blank=True, max_length=2000)
    rated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.get_value_display()


class QuestionIndexPage(RoutablePageMixin, Page):
    """ "Hỏi đáp": the published answers of the site, the form and the tracking page."""

    intro = models.TextField("Giới thiệu", blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang hỏi đáp"

    @path("", name="list")
    def list_view(self, request):
        from . import public_views

        return public_views.answer_list(request, self)

    @path("gui/", name="submit")
    def submit(self, request):
        from . import public_views

        return public_views.submit(request, self)

    @path("tra-cuu/", name="track")
    def track(self, request):
        from . import public_views

        return public_views.track(request, self)

    @re_path(r"^(?P<pk>\d+)/$", name="detail")
    def detail(self, request, pk):
        from . import public_views

        return public_views.answer_detail(request, self, int(pk))
