"""Demo organisation of the province (angiang) and of xã An Biên (anbien).

The bodies follow the real structure since 01/07/2025 (a commune has its Đảng ủy, HĐND and
UBND, one Văn phòng HĐND và UBND, two Phòng and a Trung tâm Phục vụ hành chính công);
the people, phone numbers and e-mail addresses are invented, their names say so
(Mẫu, Minh Họa, Thử) and the page's introduction marks them as demo data. Portraits are
drawn here: a silhouette, never a photograph of anyone.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Collection

from .models import Department, Official
from .sections import ensure_organisation_page

INTRO = (
    "Dữ liệu mẫu: tên cán bộ, số điện thoại và địa chỉ thư điện tử trên trang này do vnportal "
    "đặt ra để minh họa, không phải thông tin thật."
)
INTRO_EN = (
    "Demo data: the names, phone numbers and e-mail addresses on this page were invented by "
    "vnportal for illustration and are not real."
)

# (key, parent key, name, English name, duties, English duties, phone, e-mail,
#  [(full name, position, English position, leader, duties, phone, e-mail)])
PROVINCE = [
    (
        "ubnd",
        None,
        "Ủy ban nhân dân tỉnh An Giang",
        "People's Committee of An Giang Province",
        "Cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội đồng nhân dân "
        "tỉnh; tổ chức thi hành pháp luật và quản lý nhà nước trên địa bàn tỉnh.",
        "The local state administrative body: carries out the resolutions of the Provincial "
        "People's Council and manages state affairs in the province.",
        "0297 3000 100",
        "ubnd.mau@example.gov.vn",
        [
            (
                "Trần Văn Mẫu",
                "Chủ tịch",
                "Chairman",
                True,
                "Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh (dữ liệu mẫu).",
                "0297 3000 101",
                "chutich.mau@example.gov.vn",
            ),
            (
                "Lê Thị Minh Họa",
                "Phó Chủ tịch Thường trực",
                "Standing Vice Chairwoman",
                True,
                "Phụ trách kinh tế, tài chính, đầu tư (dữ liệu mẫu).",
                "0297 3000 102",
                "pct1.mau@example.gov.vn",
            ),
            (
                "Phạm Văn Thử",
                "Phó Chủ tịch",
                "Vice Chairman",
                True,
                "Phụ trách văn hóa, xã hội, giáo dục, y tế (dữ liệu mẫu).",
                "0297 3000 103",
                "pct2.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "vanphong",
        "ubnd",
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Office of the Provincial People's Committee",
        "Tham mưu, giúp việc cho Ủy ban nhân dân tỉnh và Chủ tịch; quản lý Cổng thông tin "
        "điện tử tỉnh và Trung tâm Phục vụ hành chính công tỉnh.",
        "Advises and assists the Provincial People's Committee and its Chairman; runs the "
        "provincial portal and the Public Administrative Service Centre.",
        "0297 3000 200",
        "vanphong.mau@example.gov.vn",
        [
            (
                "Võ Văn Ví Dụ",
                "Chánh Văn phòng",
                "Chief of Office",
                False,
                "Điều hành chung Văn phòng (dữ liệu mẫu).",
                "0297 3000 201",
                "cvp.mau@example.gov.vn",
            ),
            (
                "Ngô Thị Thử Nghiệm",
                "Phó Chánh Văn phòng",
                "Deputy Chief of Office",
                False,
                "Phụ trách Cổng thông tin điện tử (dữ liệu mẫu).",
                "0297 3000 202",
                "pcvp.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "noivu",
        "ubnd",
        "Sở Nội vụ",
        "Department of Home Affairs",
        "Tham mưu về tổ chức bộ máy, công chức, viên chức, chính quyền địa phương, lao động, "
        "người có công và thi đua, khen thưởng.",
        "Advises on organisation, civil servants, local government, labour, people with "
        "meritorious services, and emulation and awards.",
        "0297 3000 300",
        "sonv.mau@example.gov.vn",
        [
            (
                "Đặng Văn Mẫu",
                "Giám đốc",
                "Director",
                False,
                "",
                "0297 3000 301",
                "gdnv.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "taichinh",
        "ubnd",
        "Sở Tài chính",
        "Department of Finance",
        "Tham mưu về ngân sách, giá, đầu tư công, doanh nghiệp và thống kê.",
        "Advises on the budget, prices, public investment, enterprises and statistics.",
        "0297 3000 400",
        "sotc.mau@example.gov.vn",
        [
            (
                "Huỳnh Thị Minh Họa",
                "Giám đốc",
                "Director",
                False,
                "",
                "0297 3000 401",
                "gdtc.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "nnmt",
        "ubnd",
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
        "Tham mưu về nông nghiệp, thủy sản, thủy lợi, đất đai, tài nguyên nước và môi trường.",
        "Advises on agriculture, fisheries, irrigation, land, water resources and the environment.",
        "0297 3000 500",
        "sonnmt.mau@example.gov.vn",
        [
            (
                "Bùi Văn Thử",
                "Giám đốc",
                "Director",
                False,
                "",
                "0297 3000 501",
                "gdnnmt.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "yte",
        "ubnd",
        "Sở Y tế",
        "Department of Health",
        "Tham mưu về y tế dự phòng, khám bệnh, chữa bệnh, dược và bảo hiểm y tế.",
        "Advises on preventive medicine, medical care, pharmacy and health insurance.",
        "0297 3000 600",
        "soyt.mau@example.gov.vn",
        [],
    ),
]

COMMUNE = [
    (
        "dangu",
        None,
        "Đảng ủy xã An Biên",
        "Party Committee of An Biên Commune",
        "Lãnh đạo toàn diện hệ thống chính trị của xã.",
        "Leads the commune's political system as a whole.",
        "0297 3100 010",
        "dangu.anbien.mau@example.gov.vn",
        [
            (
                "Nguyễn Văn Mẫu",
                "Bí thư Đảng ủy",
                "Secretary of the Party Committee",
                True,
                "Lãnh đạo chung (dữ liệu mẫu).",
                "0297 3100 011",
                "bithu.anbien.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "hdnd",
        None,
        "Hội đồng nhân dân xã An Biên",
        "People's Council of An Biên Commune",
        "Cơ quan quyền lực nhà nước ở xã: quyết định các vấn đề của địa phương và giám sát "
        "việc thi hành pháp luật.",
        "The local organ of state power: decides local matters and oversees how the law is "
        "carried out.",
        "0297 3100 020",
        "hdnd.anbien.mau@example.gov.vn",
        [
            (
                "Trương Thị Minh Họa",
                "Chủ tịch Hội đồng nhân dân",
                "Chairwoman of the People's Council",
                True,
                "Điều hành hoạt động của Hội đồng nhân dân xã (dữ liệu mẫu).",
                "0297 3100 021",
                "cthdnd.anbien.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "ubnd",
        None,
        "Ủy ban nhân dân xã An Biên",
        "People's Committee of An Biên Commune",
        "Cơ quan hành chính nhà nước ở xã: tổ chức thi hành pháp luật, nghị quyết của Hội "
        "đồng nhân dân và giải quyết thủ tục hành chính cho người dân.",
        "The commune's state administrative body: carries out the law and the resolutions "
        "of the People's Council, and handles residents' administrative procedures.",
        "0297 3100 030",
        "ubnd.anbien.mau@example.gov.vn",
        [
            (
                "Lý Văn Thử",
                "Chủ tịch Ủy ban nhân dân",
                "Chairman of the People's Committee",
                True,
                "Lãnh đạo, điều hành chung (dữ liệu mẫu).",
                "0297 3100 031",
                "ctubnd.anbien.mau@example.gov.vn",
            ),
            (
                "Hồ Thị Ví Dụ",
                "Phó Chủ tịch Ủy ban nhân dân",
                "Vice Chairwoman of the People's Committee",
                True,
                "Phụ trách kinh tế, xây dựng, đất đai (dữ liệu mẫu).",
                "0912 000 032",
                "pctubnd.anbien.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "vanphong",
        "ubnd",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
        "Office of the People's Council and People's Committee",
        "Tham mưu tổng hợp, phục vụ hoạt động của Hội đồng nhân dân, Ủy ban nhân dân xã; "
        "quản lý Cổng thông tin điện tử xã.",
        "Assists the People's Council and the People's Committee and runs the commune portal.",
        "0297 3100 040",
        "vanphong.anbien.mau@example.gov.vn",
        [
            (
                "Châu Văn Mẫu",
                "Chánh Văn phòng",
                "Chief of Office",
                False,
                "Điều hành Văn phòng (dữ liệu mẫu).",
                "0297 3100 041",
                "cvp.anbien.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "kinhte",
        "ubnd",
        "Phòng Kinh tế",
        "Economic Division",
        "Tham mưu về nông nghiệp, công thương, tài chính, xây dựng, giao thông, đất đai và "
        "môi trường trên địa bàn xã.",
        "Advises on agriculture, industry and trade, finance, construction, transport, land "
        "and the environment in the commune.",
        "0297 3100 050",
        "kinhte.anbien.mau@example.gov.vn",
        [
            (
                "Thạch Thị Thử",
                "Trưởng phòng",
                "Head of Division",
                False,
                "Phụ trách chung (dữ liệu mẫu).",
                "0297 3100 051",
                "tpkt.anbien.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "vanhoa",
        "ubnd",
        "Phòng Văn hóa - Xã hội",
        "Culture and Social Affairs Division",
        "Tham mưu về văn hóa, thể thao, du lịch, giáo dục, y tế, lao động, chính sách xã hội "
        "và nội vụ.",
        "Advises on culture, sports, tourism, education, health, labour, social policy and "
        "internal affairs.",
        "0297 3100 060",
        "vanhoa.anbien.mau@example.gov.vn",
        [
            (
                "Danh Văn Minh Họa",
                "Trưởng phòng",
                "Head of Division",
                False,
                "Phụ trách chung (dữ liệu mẫu).",
                "0297 3100 061",
                "tpvh.anbien.mau@example.gov.vn",
            ),
        ],
    ),
    (
        "hcc",
        "ubnd",
        "Trung tâm Phục vụ hành chính công xã",
        "Public Administrative Service Centre",
        "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính cho người dân và doanh nghiệp.",
        "Receives applications and returns the results of administrative procedures to "
        "residents and businesses.",
        "0297 3100 070",
        "hcc.anbien.mau@example.gov.vn",
        [
            (
                "Kiên Thị Mẫu",
                "Giám đốc",
                "Director",
                False,
                "Điều hành Trung tâm (dữ liệu mẫu).",
                "0297 3100 071",
                "gdhcc.anbien.mau@example.gov.vn",
            ),
        ],
    ),
]

ADDRESSES = {
    "angiang": "Số 1 đường Mẫu, phường Rạch Giá, tỉnh An Giang (địa chỉ mẫu)",
    "anbien": "Trụ sở xã An Biên, tỉnh An Giang (địa chỉ mẫu)",
}


def portrait(seed, size=(240, 300)):
    """A head-and-shoulders silhouette on a plain background, as PNG bytes."""
    backgrounds = ("#dbe9f6", "#e3f4d7", "#fde9d9", "#fff3c4", "#e1e7fb")
    width, height = size
    image = Image.new("RGB", size, backgrounds[seed % len(backgrounds)])
    draw = ImageDraw.Draw(image)
    figure = "#6b7280"
    draw.ellipse((width * 0.3, height * 0.15, width * 0.7, height * 0.5), fill=figure)
    draw.ellipse((width * 0.1, height * 0.55, width * 0.9, height * 1.3), fill=figure)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _collection(site):
    unit = getattr(site, "unit", None)
    return getattr(unit, "collection", None) or Collection.get_first_root_node()


def _photo(site, full_name, number):
    image = get_image_model()(
        title=f"Ảnh minh họa: {full_name} (dữ liệu mẫu)",
        description="Hình bóng người vẽ minh họa (ảnh mẫu)",
        collection=_collection(site),
        file=ImageFile(io.BytesIO(portrait(number)), name=f"can-bo-mau-{number:03d}.png"),
    )
    image.save()
    return image


def fill_site(site, rows, slug):
    """Create the demo departments of one site unless it already has some; returns how
    many departments were created."""
    if Department.objects.filter(site=site).exists():
        return 0
    page = ensure_organisation_page(site.root_page.specific)
    if not page.intro:
        page.intro, page.intro_en = INTRO, INTRO_EN
        page.save(update_fields=["intro", "intro_en"])
    made = {}
    number = 0
    for order, (key, parent, name, name_en, duties, duties_en, phone, email, people) in enumerate(
        rows
    ):
        department = Department.objects.create(
            site=site,
            parent=made.get(parent),
            name=name,
            name_en=name_en,
            sort_order=order,
            duties=duties,
            duties_en=duties_en,
            address=ADDRESSES.get(slug, ""),
            phone=phone,
            email=email,
        )
        made[key] = department
        for position_order, person in enumerate(people):
            full_name, position, position_en, leader, person_duties, person_phone, person_email = (
                person
            )
            number += 1
            Official.objects.create(
                department=department,
                full_name=full_name,
                position=position,
                position_en=position_en,
                is_leader=leader,
                duties=person_duties,
                phone=person_phone,
                email=person_email,
                sort_order=position_order,
                photo=_photo(site, full_name, number) if leader else None,
            )
    return len(made)


@hooks.register("vnportal_demo_content")
def create_demo_directory(sites):
    if "angiang" in sites:
        fill_site(sites["angiang"], PROVINCE, "angiang")
    if "anbien" in sites:
        fill_site(sites["anbien"], COMMUNE, "anbien")
