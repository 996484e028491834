"""Demo schedules for the province (angiang) and xã An Biên (anbien): last week, this
week and next week, counted from the day the demo is loaded, so the page always shows
something. People appear by their position only; the page's intro says the schedule is
demo data (dữ liệu mẫu)."""

import datetime

from django.utils import timezone
from wagtail import hooks

from .models import ScheduleEntry, SchedulePage, Status
from .weeks import Week

INTRO = "Lịch công tác dưới đây là dữ liệu mẫu cho bản trình diễn của cổng, không phải lịch thật."

# (weekday 0-6, start, end, content, place, chair, participants, preparing unit,
#  status, note); the same plan is laid over each of the three weeks.
PROVINCE_PLAN = (
    (
        0,
        "07:30",
        "09:00",
        "Chào cờ đầu tuần; giao ban lãnh đạo UBND tỉnh",
        "Hội trường UBND tỉnh, Rạch Giá",
        "Chủ tịch UBND tỉnh",
        "Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh",
        "Văn phòng UBND tỉnh",
        "",
        "",
    ),
    (
        0,
        "14:00",
        "16:30",
        "Họp UBND tỉnh thường kỳ: tình hình kinh tế - xã hội trong tháng",
        "Phòng họp số 1, UBND tỉnh",
        "Chủ tịch UBND tỉnh",
        "Thành viên UBND tỉnh; Giám đốc các sở, ngành",
        "Sở Tài chính",
        "",
        "",
    ),
    (
        1,
        "08:00",
        "11:00",
        "Kiểm tra tiến độ công trình đê biển đoạn qua xã An Biên",
        "Xã An Biên",
        "Phó Chủ tịch UBND tỉnh (phụ trách nông nghiệp)",
        "Sở Nông nghiệp và Môi trường; UBND xã An Biên",
        "Sở Nông nghiệp và Môi trường",
        "",
        "",
    ),
    (
        2,
        "08:00",
        "11:30",
        "Tiếp công dân định kỳ",
        "Trụ sở Tiếp công dân tỉnh",
        "Chủ tịch UBND tỉnh",
        "Thanh tra tỉnh; Ban Tiếp công dân tỉnh; các sở có liên quan",
        "Ban Tiếp công dân tỉnh",
        "",
        "",
    ),
    (
        2,
        "14:00",
        None,
        "Làm việc với Sở Xây dựng về quy hoạch khu đô thị mới lấn biển Rạch Giá",
        "Phòng họp số 2, UBND tỉnh",
        "Phó Chủ tịch UBND tỉnh (phụ trách đô thị)",
        "Sở Xây dựng; Sở Tài chính; UBND các phường có liên quan",
        "Sở Xây dựng",
        "",
        "",
    ),
    (
        3,
        "08:00",
        "10:00",
        "Hội nghị trực tuyến về chuyển đổi số và Đề án 06",
        "Điểm cầu UBND tỉnh",
        "Phó Chủ tịch UBND tỉnh (phụ trách chuyển đổi số)",
        "Sở Khoa học và Công nghệ; Công an tỉnh; các xã, phường (điểm cầu cơ sở)",
        "Sở Khoa học và Công nghệ",
        Status.CHANGED,
        "Đổi giờ từ 14:00 sang 08:00 cùng ngày.",
    ),
    (
        4,
        "08:00",
        "11:00",
        "Kiểm tra công tác phòng, chống sạt lở bờ sông Hậu",
        "Khu vực bờ sông Hậu",
        "Phó Chủ tịch UBND tỉnh (phụ trách nông nghiệp)",
        "Ban Chỉ huy phòng thủ dân sự tỉnh; các xã ven sông",
        "Sở Nông nghiệp và Môi trường",
        Status.POSTPONED,
        "Hoãn do trùng lịch họp trực tuyến với Chính phủ; sẽ bố trí lại sau.",
    ),
)

COMMUNE_PLAN = (
    (
        0,
        "07:30",
        "08:30",
        "Giao ban đầu tuần của lãnh đạo UBND xã",
        "Phòng họp UBND xã An Biên",
        "Chủ tịch UBND xã",
        "Các Phó Chủ tịch UBND xã; công chức các phòng chuyên môn",
        "Văn phòng HĐND và UBND xã",
        "",
        "",
    ),
    (
        1,
        "08:00",
        "11:00",
        "Tiếp công dân định kỳ",
        "Bộ phận tiếp công dân, UBND xã An Biên",
        "Chủ tịch UBND xã",
        "Công chức địa chính; công chức tư pháp - hộ tịch",
        "Văn phòng HĐND và UBND xã",
        "",
        "",
    ),
    (
        2,
        "14:00",
        "16:00",
        "Kiểm tra công trình đường giao thông nông thôn liên ấp",
        "Tuyến đường liên ấp",
        "Phó Chủ tịch UBND xã (phụ trách kinh tế)",
        "Phòng Kinh tế xã; Ban quản lý dự án; Trưởng các ấp",
        "Phòng Kinh tế xã",
        "",
        "",
    ),
    (
        3,
        "08:00",
        "10:00",
        "Họp UBND xã thường kỳ",
        "Hội trường UBND xã An Biên",
        "Chủ tịch UBND xã",
        "Thành viên UBND xã; mời Thường trực Đảng ủy, HĐND xã dự",
        "Văn phòng HĐND và UBND xã",
        Status.CHANGED,
        "Chuyển địa điểm từ phòng họp sang hội trường.",
    ),
    (
        4,
        "14:00",
        None,
        "Đối thoại với hộ dân về bồi thường, hỗ trợ tuyến kênh thủy lợi",
        "Nhà văn hóa ấp",
        "Chủ tịch UBND xã",
        "Phòng Kinh tế xã; Mặt trận Tổ quốc xã; các hộ có đất bị ảnh hưởng",
        "Phòng Kinh tế xã",
        Status.POSTPONED,
        "Hoãn do thời tiết xấu; UBND xã sẽ thông báo ngày họp mới.",
    ),
)


def _time(text):
    return None if text is None else datetime.time.fromisoformat(text)


def add_demo_schedule(site, plan, today):
    """Lay `plan` over last week, this week and next week of `today`; an entry already
    there (same day, time and content) is left alone. Returns how many were created."""
    this_week = Week.containing(today)
    created = 0
    for week in (this_week.previous(), this_week, this_week.next()):
        for weekday, start, end, content, place, chair, people, unit, status, note in plan:
            day = week.monday + datetime.timedelta(days=weekday)
            # A change or postponement is news only in the current week and the next.
            if week == this_week.previous():
                status, note = Status.NORMAL, ""
            _, new = ScheduleEntry.objects.get_or_create(
                site=site,
                date=day,
                starts_at=_time(start),
                content=content,
                defaults={
                    "ends_at": _time(end),
                    "place": place,
                    "chaired_by": chair,
                    "participants": people,
                    "preparing_unit": unit,
                    "status": status or Status.NORMAL,
                    "status_note": note,
                },
            )
            created += new
    return created


def _mark_as_demo(site):
    page = SchedulePage.objects.descendant_of(site.root_page).first()
    if page is None or page.intro == INTRO:
        return
    page.intro = INTRO
    page.save_revision().publish()


@hooks.register("vnportal_demo_content")
def demo_schedules(sites):
    today = timezone.localdate()
    for slug, plan in (("angiang", PROVINCE_PLAN), ("anbien", COMMUNE_PLAN)):
        site = sites.get(slug)
        if site is None:
            continue
        add_demo_schedule(site, plan, today)
        _mark_as_demo(site)
