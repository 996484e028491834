"""Demo contact messages on the province's site and xã An Biên's. All were written for
the demo, carry `is_demo` and say so in their text; none is e-mailed."""

import datetime

from django.utils import timezone
from wagtail import hooks

from .models import ContactMessage

NOTE = "(Thư mẫu viết cho bản trình diễn, không phải thư thật.)"

MESSAGES = {
    "angiang": (
        (
            "Trần Văn Mẫu",
            "tranvanmau@example.com",
            "",
            "Xin lịch tiếp công dân tháng này",
            "Tôi muốn biết lịch tiếp công dân định kỳ của lãnh đạo tỉnh tại Rạch Giá trong "
            "tháng này để đăng ký trình bày ý kiến.",
            3,
        ),
        (
            "Lê Thị Mẫu",
            "",
            "0900000001",
            "Góp ý giao diện cổng trên điện thoại",
            "Trên điện thoại, bảng văn bản phải kéo ngang mới đọc hết; mong cổng xem lại.",
            9,
        ),
    ),
    "anbien": (
        (
            "Nguyễn Văn Mẫu",
            "nguyenvanmau@example.com",
            "0900000002",
            "Hỏi giờ làm việc của bộ phận một cửa",
            "Bộ phận một cửa của xã có làm việc sáng thứ Bảy không?",
            1,
        ),
    ),
}


@hooks.register("vnportal_demo_content")
def create_demo_messages(sites):
    """Add the demo messages to the sites among `sites` ({slug: Site}) that have none."""
    now = timezone.now()
    for slug, rows in MESSAGES.items():
        site = sites.get(slug)
        if site is None or ContactMessage.objects.filter(site=site, is_demo=True).exists():
            continue
        for number, (name, email, phone, subject, message, days_ago) in enumerate(rows, 1):
            sent_at = now - datetime.timedelta(days=days_ago, hours=number)
            ContactMessage.objects.create(
                site=site,
                reference=f"MAU{site.pk:03d}{number:02d}",
                name=f"{name} (dữ liệu mẫu)",
                email=email,
                phone=phone,
                subject=subject,
                message=f"{message} {NOTE}",
                consented_at=sent_at,
                created_at=sent_at,
                is_demo=True,
            )
