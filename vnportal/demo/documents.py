"""Demo documents for the "Văn bản" register of the province and one commune.

The national documents are real (numbers, dates and subjects as published); the two
local ones are samples written for the demo and say so in their summary.
"""

import datetime

from vnportal.legaldocs.models import (
    DocumentField,
    DocumentKind,
    DocumentRelation,
    IssuingBody,
    LegalDocument,
    RelationKind,
)
from vnportal.vntext import slugify

D = datetime.date
SAMPLE = "Văn bản mẫu của nội dung trình diễn, không phải văn bản thật."

NATIONAL = [
    {
        "number": "104/2016/QH13",
        "kind": DocumentKind.LUAT,
        "body": "Quốc hội",
        "field": "Thông tin, truyền thông",
        "title": "Luật Tiếp cận thông tin",
        "summary": "Quy định về việc thực hiện quyền tiếp cận thông tin của công dân, nguyên tắc, "
        "trình tự, thủ tục thực hiện quyền tiếp cận thông tin, trách nhiệm, nghĩa vụ của cơ "
        "quan nhà nước trong việc bảo đảm quyền tiếp cận thông tin của công dân.",
        "issued_on": D(2016, 4, 6),
        "effective_from": D(2018, 7, 1),
    },
    {
        "number": "43/2011/NĐ-CP",
        "kind": DocumentKind.NGHI_DINH,
        "body": "Chính phủ",
        "field": "Thông tin, truyền thông",
        "title": "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông "
        "tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",
        "issued_on": D(2011, 6, 13),
    },
    {
        "number": "42/2022/NĐ-CP",
        "kind": DocumentKind.NGHI_DINH,
        "body": "Chính phủ",
        "field": "Thông tin, truyền thông",
        "title": "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà "
        "nước trên môi trường mạng",
        "issued_on": D(2022, 6, 24),
        "effective_from": D(2022, 8, 1),
        "relations": [(RelationKind.REPLACES, "43/2011/NĐ-CP")],
    },
    {
        "number": "30/2020/NĐ-CP",
        "kind": DocumentKind.NGHI_DINH,
        "body": "Chính phủ",
        "field": "Tổ chức bộ máy, hành chính",
        "title": "Về công tác văn thư",
        "issued_on": D(2020, 3, 5),
    },
    {
        "number": "91/2025/QH15",
        "kind": DocumentKind.LUAT,
        "body": "Quốc hội",
        "field": "Thông tin, truyền thông",
        "title": "Luật Bảo vệ dữ liệu cá nhân",
        "issued_on": D(2025, 6, 26),
        "effective_from": D(2026, 1, 1),
    },
]

LOCAL = {
    "angiang": [
        {
            "number": "15/KH-UBND",
            "kind": DocumentKind.KE_HOACH,
            "body": "Ủy ban nhân dân tỉnh An Giang",
            "field": "Thông tin, truyền thông",
            "signer": "Nguyễn Văn Mẫu",
            "title": "Kế hoạch triển khai Nghị định số 42/2022/NĐ-CP trên Cổng thông tin điện tử "
            "tỉnh và cổng thông tin của các xã, phường, đặc khu",
            "summary": SAMPLE,
            "full_text": "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ;\n"
            "Căn cứ Luật Tiếp cận thông tin số 104/2016/QH13;\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau.\n"
            "I. Mục đích, yêu cầu: bảo đảm người dân tra cứu được văn bản, thủ tục hành chính "
            "và gửi phản ánh, kiến nghị trên cổng thông tin của tỉnh và từng xã.",
            "issued_on": D(2026, 1, 15),
        },
    ],
    "tayyen": [
        {
            "number": "08/TB-UBND",
            "kind": DocumentKind.THONG_BAO,
            "body": "Ủy ban nhân dân xã Tây Yên",
            "field": "Tổ chức bộ máy, hành chính",
            "signer": "Trần Thị Mẫu",
            "title": "Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã",
            "summary": SAMPLE,
            "issued_on": D(2026, 2, 2),
        },
    ],
}


def create_demo_documents(sites_by_slug):
    """Put the national documents on the province's register and each local one on its
    site's. `sites_by_slug`: {"angiang": Site, ...}."""
    province = sites_by_slug["angiang"]
    count = 0
    for data in NATIONAL:
        _create(province, data)
        count += 1
    for slug, documents in LOCAL.items():
        site = sites_by_slug.get(slug)
        if site is None:
            continue
        for data in documents:
            _create(site, data)
            count += 1
    return count


def _create(site, data):
    data = dict(data)
    body, _ = IssuingBody.objects.get_or_create(name=data.pop("body"))
    field_name = data.pop("field", None)
    field = None
    if field_name:
        field, _ = DocumentField.objects.get_or_create(
            name=field_name, defaults={"slug": slugify(field_name)}
        )
    relations = data.pop("relations", [])
    document = LegalDocument(site=site, issuing_body=body, field=field, **data)
    document.relations = [
        DocumentRelation(kind=kind, target_number=number) for kind, number in relations
    ]
    document.save()
    return document
