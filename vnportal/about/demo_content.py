"""Texts, places and illustrative boundaries of the demo's "Giới thiệu" (demo.py).

General knowledge about the An Giang province formed on 01/07/2025 (former An Giang and
Kiên Giang) and the commune of An Biên; figures that could be taken for official ones are
marked "dữ liệu mẫu". Coordinates are approximate; boundaries are rough sketches.
"""

import json

from .models import PlaceClassification

DEMO_MARK = "(dữ liệu mẫu)"

PROVINCE = {
    "dieu-kien-tu-nhien": [
        "Tỉnh An Giang nằm ở phía tây nam vùng Đồng bằng sông Cửu Long, có đường biên giới "
        "đất liền với Vương quốc Campuchia ở phía bắc và bờ biển dài trên vịnh Thái Lan ở "
        "phía tây, với nhiều đảo, trong đó lớn nhất là đảo Phú Quốc.",
        "Địa hình phần lớn là đồng bằng phù sa do sông Tiền, sông Hậu bồi đắp, xen vùng đồi "
        "núi Bảy Núi (Thất Sơn) ở Tịnh Biên, Tri Tôn, vùng trũng Tứ giác Long Xuyên và vùng "
        "rừng tràm U Minh Thượng. Khí hậu nhiệt đới gió mùa, có mùa mưa và mùa khô rõ rệt; "
        "mùa nước nổi hằng năm mang phù sa và nguồn lợi thủy sản.",
        "Diện tích tự nhiên khoảng 9.889 km² (số liệu tham khảo, dữ liệu mẫu).",
    ],
    "lich-su-hinh-thanh-va-phat-trien": [
        "Vùng đất An Giang có dấu tích cư trú từ rất sớm, tiêu biểu là văn hóa Óc Eo thuộc "
        "vương quốc Phù Nam trong những thế kỷ đầu Công nguyên. Từ thế kỷ XVII–XVIII, lưu "
        "dân người Việt cùng người Khmer, Hoa, Chăm khai phá; vùng Hà Tiên được mở mang dưới "
        "thời Mạc Cửu, Mạc Thiên Tích.",
        "Năm 1832, triều Nguyễn lập tỉnh An Giang, một trong sáu tỉnh Nam Kỳ. Qua nhiều lần "
        "thay đổi địa giới, vùng đất này thuộc các tỉnh Châu Đốc, Long Xuyên, Rạch Giá, Hà "
        "Tiên, rồi An Giang và Kiên Giang.",
        "Từ ngày 01/07/2025, tỉnh An Giang mới được thành lập trên cơ sở hợp nhất tỉnh An "
        "Giang và tỉnh Kiên Giang, trung tâm hành chính đặt tại Rạch Giá; chính quyền địa "
        "phương tổ chức theo hai cấp: tỉnh và xã, phường, đặc khu.",
    ],
    "van-hoa-le-hoi": [
        "An Giang là nơi cộng cư lâu đời của người Kinh, Khmer, Hoa và Chăm, với nhiều chùa "
        "Khmer, thánh đường Hồi giáo, đình, miếu và một đời sống tín ngưỡng phong phú.",
        "Lễ hội Vía Bà Chúa Xứ Núi Sam ở Châu Đốc diễn ra hằng năm vào tháng Tư âm lịch và "
        "được UNESCO ghi danh là di sản văn hóa phi vật thể đại diện của nhân loại. Các lễ "
        "hội tiêu biểu khác gồm Chôl Chnăm Thmây, Sene Dolta với hội đua bò Bảy Núi của đồng "
        "bào Khmer, lễ giỗ Anh hùng dân tộc Nguyễn Trung Trực ở Rạch Giá và lễ Nghinh Ông "
        "của ngư dân vùng biển.",
    ],
}

COMMUNE = {
    "dieu-kien-tu-nhien": [
        "Xã An Biên nằm ở vùng ven biển Tây của tỉnh An Giang, thuộc địa bàn huyện An Biên "
        "cũ, giáp vịnh Thái Lan về phía tây. Địa hình bằng phẳng, nhiều kênh rạch, đất phèn "
        "và đất mặn; dải rừng phòng hộ ven biển giữ đất và che chắn sóng gió.",
        "Sản xuất chủ yếu là lúa, nuôi tôm, mô hình lúa – tôm và đánh bắt ven bờ. Diện tích "
        "và dân số sẽ được cập nhật theo số liệu chính thức (dữ liệu mẫu).",
    ],
    "lich-su-hinh-thanh-va-phat-trien": [
        "Vùng đất An Biên được khai phá từ cuối thế kỷ XIX, gắn với các tuyến kênh đào nối "
        "Rạch Giá với vùng U Minh. Huyện An Biên thuộc tỉnh Kiên Giang cho đến khi kết thúc "
        "hoạt động ngày 01/07/2025.",
        "Từ ngày 01/07/2025, xã An Biên thuộc tỉnh An Giang, được sắp xếp từ một số đơn vị "
        "hành chính của huyện An Biên cũ.",
    ],
    "van-hoa-le-hoi": [
        "Người dân An Biên gồm người Kinh và người Khmer, giữ nếp sinh hoạt ở các đình, chùa "
        "và tham gia các lễ hội truyền thống của vùng ven biển. Lịch lễ hội cụ thể của xã "
        "được cập nhật hằng năm (dữ liệu mẫu).",
    ],
}

PROVINCE_PLACES = [
    {
        "title": "Khu di tích Óc Eo – Ba Thê",
        "classification": PlaceClassification.SPECIAL_NATIONAL,
        "address": "Khu vực núi Ba Thê, tỉnh An Giang",
        "latitude": "10.25000",
        "longitude": "105.14000",
        "description": "Di chỉ khảo cổ tiêu biểu của văn hóa Óc Eo, gồm dấu tích kiến trúc, "
        "cư trú và nhiều hiện vật có niên đại những thế kỷ đầu Công nguyên.",
    },
    {
        "title": "Miếu Bà Chúa Xứ Núi Sam",
        "classification": PlaceClassification.NATIONAL,
        "address": "Chân núi Sam, Châu Đốc, tỉnh An Giang",
        "latitude": "10.68100",
        "longitude": "105.08000",
        "description": "Nơi thờ Bà Chúa Xứ, trung tâm của Lễ hội Vía Bà Chúa Xứ Núi Sam, thu "
        "hút đông đảo khách hành hương quanh năm.",
    },
    {
        "title": "Đền thờ Nguyễn Trung Trực",
        "classification": PlaceClassification.NATIONAL,
        "address": "Rạch Giá, tỉnh An Giang",
        "latitude": "10.01300",
        "longitude": "105.08300",
        "description": "Nơi thờ Anh hùng dân tộc Nguyễn Trung Trực, người lãnh đạo nghĩa "
        "quân chống thực dân Pháp ở Nam Kỳ.",
    },
    {
        "title": "Hòn Phụ Tử",
        "classification": PlaceClassification.SCENIC,
        "address": "Vùng biển Bình An, Kiên Lương, tỉnh An Giang",
        "latitude": "10.19000",
        "longitude": "104.54000",
        "description": "Cụm đá vôi giữa biển gắn với truyền thuyết cha con, một biểu tượng "
        "của vùng biển Kiên Lương – Hà Tiên.",
    },
    {
        "title": "Rừng tràm Trà Sư",
        "classification": PlaceClassification.SCENIC,
        "address": "Tịnh Biên, tỉnh An Giang",
        "latitude": "10.58000",
        "longitude": "105.06000",
        "description": "Rừng tràm ngập nước theo mùa, nơi cư trú của nhiều loài chim, cò; "
        "du khách tham quan bằng xuồng trên các kênh nhỏ.",
    },
]

COMMUNE_PLACES = [
    {
        "title": f"Đình thần làng {DEMO_MARK}",
        "classification": PlaceClassification.PROVINCIAL,
        "address": f"Ấp trung tâm, xã An Biên, tỉnh An Giang {DEMO_MARK}",
        "latitude": "9.81000",
        "longitude": "105.06000",
        "description": "Địa điểm minh họa cách trình bày một di tích trên cổng; đây không "
        "phải thông tin về một di tích có thật.",
    },
]


def _feature(name, *polygons):
    geometry = (
        {"type": "Polygon", "coordinates": polygons[0]}
        if len(polygons) == 1
        else {"type": "MultiPolygon", "coordinates": list(polygons)}
    )
    return {"type": "Feature", "properties": {"name": name}, "geometry": geometry}


# Hand-drawn sketches with a few dozen points: the shape is recognisable, no more.
PROVINCE_MAINLAND = [
    [
        [104.47, 10.42],
        [104.80, 10.53],
        [104.95, 10.68],
        [105.05, 10.87],
        [105.14, 10.96],
        [105.27, 10.88],
        [105.38, 10.70],
        [105.52, 10.50],
        [105.58, 10.35],
        [105.45, 10.15],
        [105.33, 9.98],
        [105.28, 9.80],
        [105.20, 9.62],
        [105.02, 9.55],
        [104.86, 9.58],
        [104.82, 9.72],
        [104.95, 9.88],
        [105.06, 9.99],
        [104.98, 10.12],
        [104.83, 10.23],
        [104.62, 10.25],
        [104.52, 10.33],
        [104.47, 10.42],
    ]
]
PHU_QUOC = [
    [
        [103.86, 10.38],
        [103.95, 10.46],
        [104.05, 10.42],
        [104.08, 10.25],
        [104.04, 10.05],
        [103.98, 10.01],
        [103.93, 10.12],
        [103.85, 10.24],
        [103.86, 10.38],
    ]
]
COMMUNE_AREA = [
    [
        [105.00, 9.79],
        [105.05, 9.76],
        [105.11, 9.78],
        [105.12, 9.84],
        [105.07, 9.87],
        [105.02, 9.85],
        [105.00, 9.79],
    ]
]

MAPS = {
    "angiang": {
        "geojson": json.dumps(
            {
                "type": "FeatureCollection",
                "features": [_feature("Tỉnh An Giang", PROVINCE_MAINLAND, PHU_QUOC)],
            },
            ensure_ascii=False,
        ),
        "neighbours": "Phía bắc giáp Vương quốc Campuchia; phía đông giáp tỉnh Đồng Tháp "
        "và thành phố Cần Thơ; phía nam giáp tỉnh Cà Mau; phía tây giáp vịnh Thái Lan",
    },
    "anbien": {
        "geojson": json.dumps(
            {"type": "FeatureCollection", "features": [_feature("Xã An Biên", COMMUNE_AREA)]},
            ensure_ascii=False,
        ),
        "neighbours": "Phía tây giáp vịnh Thái Lan; các phía còn lại giáp các xã lân cận "
        "của tỉnh An Giang (dữ liệu mẫu)",
    },
}

CONTENT = {
    "angiang": (PROVINCE, PROVINCE_PLACES),
    "anbien": (COMMUNE, COMMUNE_PLACES),
}
