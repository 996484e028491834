"""Demo notices and projects for the province (angiang) and the commune An Biên (anbien).
Every text was written for the demo and says so; dates follow today's date so that one
package is always open and the lists look current. Running it again adds nothing."""

import datetime

from django.utils import timezone
from wagtail import hooks

from .models import BidForm, BidPackage, NoticePage, Phase, ProjectPage
from .sections import notices_section, projects_section

DEMO = "(dữ liệu mẫu)"
NOTE = "<p><em>Đây là thông báo mẫu của bản trình diễn, không phải văn bản thật.</em></p>"


def _notices(office, place):
    """(slug, title, number, days ago issued, days valid from today or None, body)."""
    return [
        (
            "lich-tiep-cong-dan-dinh-ky",
            f"Lịch tiếp công dân định kỳ của Chủ tịch UBND {place}",
            "15/TB-UBND",
            2,
            40,
            "<p>Chủ tịch Ủy ban nhân dân tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai "
            "hằng tháng, từ 7 giờ 30 đến 11 giờ, tại Trụ sở tiếp công dân. Người đến "
            "trình bày mang theo giấy tờ tùy thân và hồ sơ liên quan.</p>",
        ),
        (
            "tuyen-dung-vien-chuc",
            f"Thông báo tuyển dụng viên chức năm 2026 {DEMO}",
            "22/TB-UBND",
            6,
            20,
            "<p>Tuyển 03 chỉ tiêu viên chức (dữ liệu mẫu). Hồ sơ nộp trực tiếp tại bộ phận "
            "tổ chức trong giờ hành chính. Chi tiết điều kiện, hồ sơ xem tệp đính kèm khi "
            "có văn bản chính thức.</p>",
        ),
        (
            "nghi-le-quoc-khanh",
            "Thông báo nghỉ lễ Quốc khánh 02/9",
            "18/TB-VP",
            90,
            -60,
            "<p>Cán bộ, công chức nghỉ lễ theo quy định của Bộ luật Lao động. Trong thời gian "
            "nghỉ, bộ phận trực vẫn tiếp nhận hồ sơ khẩn qua đường dây nóng.</p>",
        ),
        (
            "tam-ngung-cap-nuoc",
            f"Thông báo tạm ngưng cấp nước để sửa chữa đường ống {DEMO}",
            "",
            1,
            None,
            "<p>Đơn vị cấp nước tạm ngưng cấp nước khu vực trung tâm từ 22 giờ đến 4 giờ sáng "
            "hôm sau để thay đường ống. Người dân chủ động trữ nước.</p>",
        ),
    ]


def add_demo_notices(index, office, place, today):
    if NoticePage.objects.child_of(index).exists():
        return 0
    now = timezone.now()
    for slug, title, number, ago, valid_days, body in _notices(office, place):
        issued_on = today - datetime.timedelta(days=ago)
        index.add_child(
            instance=NoticePage(
                title=title,
                slug=slug,
                number=number,
                issued_on=issued_on,
                issuing_office=office,
                valid_until=None if valid_days is None else today + datetime.timedelta(valid_days),
                body=body + NOTE,
                first_published_at=now - datetime.timedelta(days=ago),
                last_published_at=now - datetime.timedelta(days=ago),
            )
        )
    return 4


def _projects(place, investor):
    return [
        {
            "title": f"Nâng cấp tuyến đường liên ấp {place} {DEMO}",
            "slug": "nang-cap-duong-lien-ap",
            "investor": investor,
            "location": place,
            "total_investment": 14_850_000_000,
            "capital_source": "Ngân sách địa phương (mẫu)",
            "phase": Phase.ONGOING,
            "packages": [
                ("Gói thầu số 03: Thi công xây dựng", BidForm.OPEN, 12_400_000_000, 12, None),
                (
                    "Gói thầu số 01: Tư vấn khảo sát, lập báo cáo",
                    BidForm.DIRECT,
                    420_000_000,
                    -60,
                    ("Công ty TNHH Tư vấn Mẫu", 405_000_000),
                ),
            ],
        },
        {
            "title": f"Xây dựng trường mẫu giáo {place} {DEMO}",
            "slug": "xay-dung-truong-mau-giao",
            "investor": investor,
            "location": place,
            "total_investment": 6_200_000_000,
            "capital_source": "Chương trình mục tiêu quốc gia (mẫu)",
            "phase": Phase.PREPARING,
            "packages": [
                ("Gói thầu số 02: Mua sắm thiết bị", BidForm.SHOPPING, 850_000_000, -3, None),
            ],
        },
        {
            "title": f"Kè chống sạt lở bờ kênh {place} {DEMO}",
            "slug": "ke-chong-sat-lo",
            "investor": investor,
            "location": place,
            "total_investment": 23_000_000_000,
            "capital_source": "Ngân sách trung ương hỗ trợ (mẫu)",
            "phase": Phase.DONE,
            "packages": [],
        },
    ]


def add_demo_projects(index, place, investor, today):
    if ProjectPage.objects.child_of(index).exists():
        return 0
    now = timezone.now()
    closing_time = datetime.time(9, 0)
    for number, data in enumerate(_projects(place, investor)):
        packages = data.pop("packages")
        project = ProjectPage(
            **data,
            starts_on=today - datetime.timedelta(days=200 - 60 * number),
            ends_on=today + datetime.timedelta(days=300),
            description="<p>Dự án mẫu của bản trình diễn: quy mô, số liệu và tên đơn vị "
            "là giả định.</p>",
            first_published_at=now - datetime.timedelta(days=30 + number),
        )
        for name, form, price, days, result in packages:
            closes_at = timezone.make_aware(
                datetime.datetime.combine(today + datetime.timedelta(days=days), closing_time)
            )
            package = BidPackage(name=name, form=form, estimated_price=price, closes_at=closes_at)
            if result:
                package.winner, package.winning_price = result
                package.result_on = timezone.localdate(closes_at) + datetime.timedelta(days=14)
            project.packages.add(package)
        index.add_child(instance=project)
    return 3


SITES = {
    "angiang": ("Ủy ban nhân dân tỉnh An Giang", "tỉnh An Giang", "Ban Quản lý dự án tỉnh (mẫu)"),
    "anbien": ("Ủy ban nhân dân xã An Biên", "xã An Biên", "Ban Quản lý dự án xã An Biên (mẫu)"),
}


@hooks.register("vnportal_demo_content")
def demo_notices_and_projects(sites):
    today = timezone.localdate()
    for slug, (office, place, investor) in SITES.items():
        site = sites.get(slug)
        if site is None:
            continue
        home = site.root_page.specific
        add_demo_notices(notices_section(home, None), office, place, today)
        add_demo_projects(projects_section(home, None), place, investor, today)
