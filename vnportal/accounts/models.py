from django.conf import settings
from django.db import models
from django.utils import timezone


class EventKind(models.TextChoices):
    LOGIN = "login", "Đăng nhập"
    LOGIN_FAILED = "login_failed", "Đăng nhập sai mật khẩu"
    OTP_VERIFIED = "otp_verified", "Xác thực hai bước"
    OTP_FAILED = "otp_failed", "Nhập sai mã xác thực"
    RECOVERY_USED = "recovery_used", "Dùng mã dự phòng"
    LOCKOUT = "lockout", "Bị khóa đăng nhập"
    LOGOUT = "logout", "Đăng xuất"
    SESSION_EXPIRED = "session_expired", "Hết phiên làm việc"
    TWO_FACTOR_SETUP = "2fa_setup", "Thiết lập xác thực hai bước"
    TWO_FACTOR_RESET = "2fa_reset", "Đặt lại xác thực hai bước"
    RECOVERY_CODES = "recovery_codes", "Tạo mã dự phòng mới"
    USER_GROUPS = "user_groups", "Đổi nhóm của người dùng"
    USER_PERMISSIONS = "user_permissions", "Đổi quyền riêng của người dùng"
    USER_FLAGS = "user_flags", "Đổi quyền quản trị cao nhất hoặc trạng thái tài khoản"
    GROUP_PERMISSIONS = "group_permissions", "Đổi quyền của nhóm"


# Events a failed or refused attempt leaves: the filter "Chỉ lần thất bại" shows these.
FAILURE_KINDS = (
    EventKind.LOGIN_FAILED,
    EventKind.OTP_FAILED,
    EventKind.LOCKOUT,
)


def _kept_link(to, label):
    # The entry outlives what it names: the link empties and the name column keeps it.
    return models.ForeignKey(
        to, verbose_name=label, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class SecurityEvent(models.Model):
    """One entry of the security log ("Nhật ký bảo mật"): a login, a failed login, a
    lockout, a logout, a change to someone's two-step verification, or a change to who
    may do what (a user's groups or superuser flag, a group's permissions, a group's
    rights on pages, collections or sites).

    Written only by vnportal/accounts/security_log.py, never edited; read by site
    administrators in the admin (access.py scopes a site's administrator to the events
    of its own people). `username` keeps the name typed or held at the time, so that an
    entry outlives the account. Kept VNPORTAL_SECURITY_LOG_RETENTION_DAYS days
    (`manage.py purge_security_log`).
    """

    created_at = models.DateTimeField("Thời gian", default=timezone.now, db_index=True)
    kind = models.CharField("Sự kiện", max_length=32, choices=EventKind.choices)
    user = _kept_link(settings.AUTH_USER_MODEL, "Tài khoản")
    username = models.CharField("Tên đăng nhập", max_length=150, blank=True)
    group = _kept_link("auth.Group", "Nhóm")
    group_name = models.CharField("Tên nhóm", max_length=150, blank=True)
    actor = _kept_link(settings.AUTH_USER_MODEL, "Người thực hiện")
    actor_username = models.CharField("Người thực hiện", max_length=150, blank=True)
    address = models.GenericIPAddressField("Địa chỉ IP", null=True, blank=True)
    detail = models.TextField("Chi tiết", blank=True)

    class Meta:
        verbose_name = "Sự kiện bảo mật"
        verbose_name_plural = "Nhật ký bảo mật"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["kind", "created_at"], name="accounts_event_kind_time")]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.username or self.group_name}"
