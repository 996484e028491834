"""Demo procedures of the province (angiang) and of xã An Biên (anbien).

The names are those of real procedures; codes are left blank (the demo does not guess
them) and every link goes to the national portal's home page. Times and fees are given
only where the law sets them plainly; the page's introduction marks the list as demo data
to be checked on the national portal.
"""

from wagtail import hooks

from .models import Level, OnlineLevel, Procedure, ProceduresPage
from .sections import ensure_procedures_page

INTRO = (
    "Dữ liệu mẫu: danh mục dưới đây do vnportal lập để minh họa. Trước khi nộp hồ sơ, hãy "
    "tra cứu thủ tục, thành phần hồ sơ, thời hạn và lệ phí chính thức trên Cổng Dịch vụ "
    "công quốc gia."
)

SAME_DAY = (
    "Trong ngày làm việc nhận đủ hồ sơ; nhận sau 15:00 thì trả kết quả ngày làm việc tiếp theo."
)

# (name, field, online level, processing time, fees)
COMMUNE = [
    (
        "Đăng ký khai sinh",
        "Hộ tịch",
        OnlineLevel.FULL,
        SAME_DAY,
        "Miễn lệ phí khi đăng ký đúng hạn.",
    ),
    (
        "Đăng ký kết hôn",
        "Hộ tịch",
        OnlineLevel.PARTIAL,
        "Ngay khi nhận đủ giấy tờ; nếu cần xác minh thì không quá 05 ngày làm việc.",
        "Miễn lệ phí.",
    ),
    (
        "Đăng ký khai tử",
        "Hộ tịch",
        OnlineLevel.FULL,
        "Ngay khi nhận đủ giấy tờ; nếu cần xác minh thì không quá 03 ngày làm việc.",
        "Miễn lệ phí khi đăng ký đúng hạn.",
    ),
    ("Đăng ký nhận cha, mẹ, con", "Hộ tịch", OnlineLevel.PARTIAL, "", ""),
    ("Đăng ký giám hộ", "Hộ tịch", OnlineLevel.PARTIAL, "", ""),
    ("Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", OnlineLevel.FULL, "", ""),
    ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", OnlineLevel.FULL, "", ""),
    ("Thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", OnlineLevel.PARTIAL, "", ""),
    (
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt "
        "Nam cấp hoặc chứng nhận",
        "Chứng thực",
        OnlineLevel.PARTIAL,
        SAME_DAY,
        "2.000 đồng/trang; từ trang thứ ba trở đi 1.000 đồng/trang, tối đa 200.000 đồng/bản.",
    ),
    (
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "Chứng thực",
        OnlineLevel.OFFLINE,
        SAME_DAY,
        "10.000 đồng/trường hợp.",
    ),
    (
        "Chứng thực hợp đồng, giao dịch liên quan đến động sản",
        "Chứng thực",
        OnlineLevel.OFFLINE,
        "",
        "",
    ),
    (
        "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
        "Chứng thực",
        OnlineLevel.OFFLINE,
        "",
        "",
    ),
]

PROVINCE = [
    (
        "Đăng ký thành lập doanh nghiệp tư nhân",
        "Thành lập và hoạt động của doanh nghiệp",
        OnlineLevel.FULL,
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "",
    ),
    (
        "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
        "Thành lập và hoạt động của doanh nghiệp",
        OnlineLevel.FULL,
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "",
    ),
    (
        "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        "Việc làm",
        OnlineLevel.PARTIAL,
        "",
        "",
    ),
    ("Cấp giấy phép môi trường", "Môi trường", OnlineLevel.PARTIAL, "", ""),
    (
        "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II",
        "Hoạt động xây dựng",
        OnlineLevel.PARTIAL,
        "",
        "",
    ),
]


def fill_site(site, rows, level, intro=INTRO):
    page = ensure_procedures_page(site.root_page)
    if isinstance(page, ProceduresPage):
        page.intro = intro
        page.save(update_fields=["intro"])
    for order, (name, field, online, time, fees) in enumerate(rows):
        Procedure.objects.get_or_create(
            site=site,
            name=name,
            defaults={
                "field": field,
                "level": level,
                "online_level": online,
                "processing_time": time,
                "fees": fees,
                "sort_order": order,
            },
        )


@hooks.register("vnportal_demo_content")
def create_demo_procedures(sites):
    if "angiang" in sites:
        fill_site(sites["angiang"], PROVINCE, Level.PROVINCE)
        # The province's list also shows what its communes do for residents.
        fill_site(sites["angiang"], COMMUNE[:5], Level.COMMUNE)
    if "anbien" in sites:
        fill_site(sites["anbien"], COMMUNE, Level.COMMUNE)
