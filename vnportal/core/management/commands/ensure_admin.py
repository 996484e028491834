"""Create the first administrator once and print how to log in.

The password is random, generated on first run and kept in var/admin-password.txt
(ignored by git) so that later runs print the same login.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Tạo tài khoản quản trị đầu tiên (một lần) và in thông tin đăng nhập."

    def handle(self, *args, **options):
        password_file = settings.VAR_DIR / "admin-password.txt"
        if password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=USERNAME,
            defaults={"is_staff": True, "is_superuser": True, "email": "admin@localhost"},
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save()
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            "\n".join(
                [
                    "",
                    f"  Cổng tỉnh:      http://127.0.0.1:{port}/",
                    f"  Cổng xã:        http://anbien.localhost:{port}/ (tayyen, dongthai)",
                    f"  Quản trị:       http://127.0.0.1:{port}/admin/",
                    f"  Tài khoản:      {USERNAME}",
                    f"  Mật khẩu:       {password}   (lưu trong {password_file})",
                    "",
                ]
            )
        )
