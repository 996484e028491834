from django.core.management.base import BaseCommand, CommandError

from vnportal.core.privacy import erase_person


class Command(BaseCommand):
    help = (
        "Xóa dữ liệu cá nhân của một người theo yêu cầu (họ tên, điện thoại, thư điện tử, địa "
        "chỉ, tệp đính kèm) trong câu hỏi, phản ánh và góp ý dự thảo; nội dung được giữ lại ở "
        "dạng ẩn danh."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", default="", help="Thư điện tử người đó đã dùng.")
        parser.add_argument("--phone", default="", help="Số điện thoại người đó đã dùng.")

    def handle(self, *args, email, phone, **options):
        if not email.strip() and not phone.strip():
            raise CommandError("Cần --email hoặc --phone của người yêu cầu xóa dữ liệu.")
        for label, count in erase_person(email=email, phone=phone):
            self.stdout.write(f"Đã xóa dữ liệu cá nhân trong {count} {label}.")
