"""The legal-documents benchmark's register: sites, bodies, fields, signers, documents and
the relations that end some of them, written with bulk_create.

Documents are made the way a province's register looks: mostly the province's own
quyết định, công văn and kế hoạch of recent years, fewer central laws and decrees, a
tail of old ones. A document's `ends_on`/`partly_ends_on` are what status.derive_dates
would store for its expiry and the relations pointing at it, so every status occurs.
"""

import datetime
import random

from django.utils import timezone

BATCH = 2000
FIRST_YEAR = 1990

# (kind value, number code or None for a công văn, legal-normative with a year, weight)
KINDS = [
    ("quyet-dinh", "QĐ", False, 300),
    ("cong-van", None, False, 260),
    ("ke-hoach", "KH", False, 90),
    ("thong-bao", "TB", False, 70),
    ("bao-cao", "BC", False, 60),
    ("to-trinh", "TTr", False, 30),
    ("nghi-quyet", "NQ", True, 30),
    ("chi-thi", "CT", False, 15),
    ("huong-dan", "HD", False, 20),
    ("chuong-trinh", "CTr", False, 12),
    ("quy-dinh", "QyĐ", False, 8),
    ("quy-che", "QC", False, 8),
    ("phuong-an", "PA", False, 8),
    ("de-an", "ĐA", False, 6),
    ("du-an", "DA", False, 4),
    ("ket-luan", "KL", False, 8),
    ("thong-cao", "TC", False, 2),
    ("cong-dien", "CĐ", False, 5),
    ("nghi-dinh", "NĐ", True, 12),
    ("thong-tu", "TT", True, 18),
    ("thong-tu-lien-tich", "TTLT", True, 2),
    ("nghi-quyet-lien-tich", "NQLT", True, 1),
    ("luat", None, True, 3),
    ("phap-lenh", "PL", True, 1),
    ("khac", "QĐ", False, 5),
]
# Kinds that carry a term of their own (a plan for 2021-2025 ends with 2025).
TERMED = {"ke-hoach", "chuong-trinh", "de-an", "du-an", "phuong-an", "cong-dien", "chi-thi"}
# Kinds that take effect some days after they are signed.
DEFERRED = {"nghi-quyet", "nghi-dinh", "thong-tu", "thong-tu-lien-tich", "luat", "phap-lenh"}
DEFERRED |= {"nghi-quyet-lien-tich", "quy-dinh", "quy-che"}

# (name, code in numbers, weight): the province's own bodies issue most of its register.
CENTRAL_BODIES = [
    ("Quốc hội", "QH15", 3),
    ("Ủy ban Thường vụ Quốc hội", "UBTVQH15", 1),
    ("Chính phủ", "CP", 8),
    ("Thủ tướng Chính phủ", "TTg", 6),
    ("Bộ Tài chính", "BTC", 4),
    ("Bộ Nội vụ", "BNV", 3),
    ("Bộ Tư pháp", "BTP", 2),
    ("Bộ Công an", "BCA", 1),
    ("Bộ Xây dựng", "BXD", 2),
    ("Bộ Y tế", "BYT", 2),
    ("Bộ Giáo dục và Đào tạo", "BGDĐT", 3),
    ("Bộ Khoa học và Công nghệ", "BKHCN", 1),
    ("Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL", 1),
    ("Bộ Nông nghiệp và Môi trường", "BNNMT", 2),
    ("Bộ Công Thương", "BCT", 1),
    ("Bộ Kế hoạch và Đầu tư", "BKHĐT", 1),
    ("Bộ Tài nguyên và Môi trường", "BTNMT", 2),
    ("Bộ Giao thông vận tải", "BGTVT", 1),
    ("Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH", 2),
    ("Ngân hàng Nhà nước Việt Nam", "NHNN", 1),
]
PROVINCE_BODIES = [
    ("Ủy ban nhân dân tỉnh", "UBND", 300),
    ("Hội đồng nhân dân tỉnh", "HĐND", 60),
    ("Văn phòng Ủy ban nhân dân tỉnh", "VP", 40),
    ("Ban Thường vụ Tỉnh ủy", "TU", 15),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ", 5),
]
DEPARTMENTS = [
    "Tài chính",
    "Nội vụ",
    "Tư pháp",
    "Xây dựng",
    "Y tế",
    "Giáo dục và Đào tạo",
    "Khoa học và Công nghệ",
    "Văn hóa, Thể thao và Du lịch",
    "Nông nghiệp và Môi trường",
    "Công Thương",
    "Dân tộc và Tôn giáo",
    "Ngoại vụ",
]
DEPARTMENT_CODES = ["STC", "SNV", "STP", "SXD", "SYT", "SGDĐT", "SKHCN", "SVHTTDL", "SNNMT"]
DEPARTMENT_CODES += ["SCT", "SDTTG", "SNgV"]
DISTRICTS = ["Châu Thành", "Thoại Sơn", "Tri Tôn", "Tịnh Biên", "Phú Tân", "An Phú", "Chợ Mới"]
DISTRICTS += ["Long Xuyên", "Châu Đốc", "Tân Châu", "Châu Phú", "Mỹ Hòa Hưng", "Vĩnh Thạnh"]
DISTRICTS += ["Bình Hòa", "Óc Eo", "Núi Cấm", "Hòa Lạc", "Mỹ Thới", "Phú Hòa", "Long Điền"]
DISTRICTS += ["Vĩnh Gia", "Cần Đăng", "Tân Hội"]

FIELDS = [
    "Đất đai",
    "Xây dựng - Đô thị",
    "Giáo dục",
    "Y tế",
    "Tài chính nhà nước",
    "Thuế - Phí - Lệ phí",
    "Đầu tư",
    "Thương mại",
    "Doanh nghiệp",
    "Lao động - Tiền lương",
    "Bảo hiểm",
    "Văn hóa - Xã hội",
    "Thể thao",
    "Du lịch",
    "Giao thông - Vận tải",
    "Tài nguyên - Môi trường",
    "Nông nghiệp",
    "Thủy lợi",
    "Lâm nghiệp",
    "Thủy sản",
    "Công nghệ thông tin",
    "Khoa học - Công nghệ",
    "Bộ máy hành chính",
    "Cán bộ, công chức, viên chức",
    "Thi đua - Khen thưởng",
    "Tư pháp - Hộ tịch",
    "Quốc phòng - An ninh",
    "Trật tự an toàn xã hội",
    "Phòng, chống thiên tai",
    "Dân tộc - Tôn giáo",
    "Lao động - Thương binh - Xã hội",
    "Xuất nhập khẩu",
    "Kế toán - Kiểm toán",
    "Ngân hàng - Tín dụng",
    "Điện lực",
    "Cấp thoát nước",
    "Quy hoạch",
    "Cải cách hành chính",
    "Chuyển đổi số",
    "Thanh tra - Khiếu nại, tố cáo",
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng"]
SURNAMES += ["Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Châu", "Trương", "Lâm", "Đinh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức", "Thành", "Hoàng"]
MIDDLE += ["Kim", "Xuân", "Công", "Trung", "Phước"]
GIVEN = ["Hùng", "Dũng", "Lan", "Hoa", "Tuấn", "Hải", "Nam", "Bình", "Phúc", "Thắng", "Hạnh"]
GIVEN += ["Sơn", "Long", "Thảo", "Vân", "Khánh", "Trí", "Nhân", "Tâm", "Quang", "Thủy", "Phong"]
GIVEN += ["Lộc", "Hiếu", "Nghĩa", "Thu", "Hương", "Cường", "Kiên", "Đạt", "Việt", "Hậu"]

ACTIONS = {
    "quyet-dinh": [
        "Về việc phê duyệt",
        "Về việc ban hành",
        "Về việc giao chỉ tiêu",
        "Về việc kiện toàn",
        "Về việc thành lập",
        "Về việc công bố",
        "Về việc điều chỉnh",
        "Về việc phân bổ kinh phí thực hiện",
    ],
    "cong-van": [
        "V/v triển khai thực hiện",
        "V/v tăng cường công tác",
        "V/v góp ý dự thảo",
        "V/v báo cáo tình hình thực hiện",
        "V/v đôn đốc thực hiện",
        "V/v hướng dẫn thực hiện",
    ],
    "ke-hoach": ["Triển khai thực hiện", "Tổ chức thực hiện", "Kiểm tra, giám sát"],
    "thong-bao": ["Kết luận của Chủ tịch về", "Kết quả thực hiện", "Lịch tiếp công dân về"],
    "bao-cao": ["Kết quả thực hiện", "Tình hình thực hiện", "Sơ kết công tác", "Tổng kết"],
    "nghi-quyet": ["Quy định", "Thông qua", "Ban hành", "Sửa đổi, bổ sung một số điều về"],
    "default": ["Quy định chi tiết về", "Hướng dẫn", "Về", "Sửa đổi, bổ sung", "Ban hành"],
}
SUBJECTS = [
    "bảng giá đất",
    "quy hoạch sử dụng đất",
    "kế hoạch sử dụng đất hằng năm",
    "chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "cải cách hành chính",
    "chuyển đổi số",
    "dịch vụ công trực tuyến",
    "phòng, chống dịch bệnh",
    "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "bảo đảm trật tự an toàn giao thông",
    "phát triển kinh tế - xã hội",
    "dự toán ngân sách nhà nước",
    "chế độ chi tiêu tiếp khách",
    "mức thu học phí",
    "mức hỗ trợ đối với người có công với cách mạng",
    "bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất",
    "thủ tục hành chính thuộc thẩm quyền giải quyết",
    "danh mục dự án đầu tư công",
    "quy chế tổ chức và hoạt động",
    "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức",
    "công tác thi đua, khen thưởng",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "bảo vệ môi trường",
    "quản lý chất thải rắn sinh hoạt",
    "cấp nước sạch nông thôn",
    "phát triển du lịch",
    "tuyển dụng viên chức",
    "sắp xếp đơn vị hành chính cấp xã",
    "xây dựng chính quyền địa phương hai cấp",
    "phổ biến, giáo dục pháp luật",
    "phòng cháy, chữa cháy",
    "hỗ trợ doanh nghiệp nhỏ và vừa",
    "khuyến nông",
    "nuôi trồng thủy sản",
    "trồng rừng và bảo vệ rừng",
    "giáo dục mầm non",
    "y tế cơ sở",
    "bảo hiểm y tế học sinh, sinh viên",
    "an toàn thực phẩm",
]
SCOPES = [
    "trên địa bàn tỉnh",
    "năm {year}",
    "giai đoạn {year} - {later}",
    "đến năm {later}",
    "của Ủy ban nhân dân tỉnh",
    "tại các xã, phường",
    "",
]


def weighted(rng, items, weights, count):
    return rng.choices(items, weights=weights, k=count)


def bodies():
    """60 issuing bodies: central ones, the province's, its departments and communes."""
    made = [(name, code, weight) for name, code, weight in CENTRAL_BODIES]
    made += PROVINCE_BODIES
    departments = zip(DEPARTMENTS, DEPARTMENT_CODES, strict=True)
    made += [(f"Sở {name}", code, 12) for name, code in departments]
    made += [(f"Ủy ban nhân dân xã {name}", "UBND", 3) for name in DISTRICTS]
    return made


def person(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def signers_by_body(rng, count):
    """About count/len(bodies) people per body, their names unique across bodies."""
    names = set()
    while len(names) < count:
        names.add(person(rng))
    names = sorted(names)
    rng.shuffle(names)
    per = max(1, count // len(bodies()))
    return [names[index * per : (index + 1) * per] for index in range(len(bodies()))]


def year_weights(today):
    """Registers hold many more recent documents than old ones."""
    years = list(range(FIRST_YEAR, today.year + 1))
    return years, [1 + (year - FIRST_YEAR) ** 1.6 for year in years]


def title(rng, kind, year):
    actions = ACTIONS.get(kind, ACTIONS["default"])
    scope = rng.choice(SCOPES).format(year=year, later=year + rng.choice((1, 4, 5)))
    subject = rng.choice(SUBJECTS)
    text = f"{rng.choice(actions)} {subject} {scope}".strip()
    return text[0].upper() + text[1:] if kind != "cong-van" else text


def number_text(counter, year, code, body_code, legal):
    if code is None and not legal:  # công văn: 123/UBND-VP
        return f"{counter}/{body_code}-VP"
    if code is None:  # a law: 17/2008/QH12
        return f"{counter}/{year}/{body_code}"
    if legal:
        return f"{counter:02d}/{year}/{code}-{body_code}"
    return f"{counter}/{code}-{body_code}"


def create_reference_rows(rng, signer_count):
    """Issuing bodies and fields, shared by every site; returns their rows and the
    signers of each body."""
    from vnportal.legaldocs.models import DocumentField, IssuingBody

    body_rows = IssuingBody.objects.bulk_create(
        [IssuingBody(name=name, code=code) for name, code, _ in bodies()]
    )
    field_rows = DocumentField.objects.bulk_create(
        [DocumentField(name=name, slug=f"linh-vuc-{n}") for n, name in enumerate(FIELDS, 1)]
    )
    return body_rows, field_rows, signers_by_body(rng, signer_count)


def create_sites(count):
    from wagtail.models import Page, Site

    root = Page.objects.filter(depth=2).order_by("pk").first() or Page.objects.get(depth=1)
    return [
        Site.objects.create(hostname=f"vanban-{n}.bench.test", port=80, root_page=root)
        for n in range(1, count + 1)
    ]


def plan_documents(rng, site, total, first_pk, references, today):
    """The documents of one site as unsaved model instances with their pks, plus the
    relations that end or amend some of them; dates derived as status.py would."""
    from vnportal.legaldocs.models import DocumentKind, LegalDocument, RelationKind
    from vnportal.legaldocs.numbering import number_key, number_order, slug_base

    body_rows, field_rows, signers = references
    specs = bodies()
    labels = dict(DocumentKind.choices)
    years, weights = year_weights(today)
    kind_rows = weighted(rng, KINDS, [kind[3] for kind in KINDS], total)
    body_indexes = weighted(rng, range(len(specs)), [spec[2] for spec in specs], total)
    year_draws = weighted(rng, years, weights, total)
    field_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(field_rows))]
    field_draws = weighted(rng, field_rows, field_weights, total)
    counters, slugs, documents = {}, set(), []
    for offset in range(total):
        kind, code, legal, _ = kind_rows[offset]
        body_index = body_indexes[offset]
        body_code = specs[body_index][1]
        year = year_draws[offset]
        last_day = today if year == today.year else datetime.date(year, 12, 31)
        issued = datetime.date(year, 1, 1) + datetime.timedelta(
            days=rng.randrange((last_day - datetime.date(year, 1, 1)).days + 1)
        )
        counter = counters[year, code, body_index] = counters.get((year, code, body_index), 0) + 1
        number = number_text(counter, year, code, body_code, legal)
        effective = expires = None
        if kind in DEFERRED and rng.random() < 0.9:
            delay = rng.randint(150, 400) if kind == "luat" else rng.randint(10, 45)
            effective = issued + datetime.timedelta(days=delay)
        if kind in TERMED and rng.random() < 0.5:
            expires = (effective or issued) + datetime.timedelta(days=rng.randint(180, 1800))
        document = LegalDocument(
            pk=first_pk + offset,
            site_id=site.pk,
            number=number,
            number_key=number_key(number),
            number_order=number_order(number),
            kind=kind,
            issuing_body_id=body_rows[body_index].pk,
            field_id=None if rng.random() < 0.08 else field_draws[offset].pk,
            signer=rng.choice(signers[body_index]) if rng.random() < 0.97 else "",
            title=f"{labels[kind]} {title(rng, kind, year)}"[:1000],
            issued_on=issued,
            effective_from=effective,
            starts_on=effective or issued,
            expires_on=expires,
            ends_on=expires,
            year=year,
            live=rng.random() < 0.98,
            published_at=timezone.make_aware(
                datetime.datetime.combine(issued, datetime.time(8))
                + datetime.timedelta(days=rng.randint(0, 10))
            ),
        )
        base = slug_base(document)
        slug, suffix = base, 1
        while slug in slugs:
            suffix += 1
            slug = f"{base}-{suffix}"
        slugs.add(slug)
        document.slug = slug
        documents.append(document)
    relations = plan_relations(rng, documents, RelationKind)
    return documents, relations


def plan_relations(rng, documents, kinds):
    """Newer documents of the same kind and body replace (12 %), amend (8 %), guide or
    mention (5 %) older ones; the older one's dates follow, as status.derive_dates does."""
    from vnportal.legaldocs.models import DocumentRelation

    groups = {}
    for document in documents:
        groups.setdefault((document.kind, document.issuing_body_id), []).append(document)
    relations, seen = [], set()
    for members in groups.values():
        members.sort(key=lambda document: (document.issued_on, document.pk))
        for index, older in enumerate(members[:-1]):
            draw = rng.random()
            if draw < 0.12:
                kind = rng.choice((kinds.REPLACES, kinds.REPEALS))
            elif draw < 0.20:
                kind = rng.choice((kinds.AMENDS, kinds.REPEALS_PART))
            elif draw < 0.25:
                kind = rng.choice((kinds.GUIDES, kinds.RELATED))
            else:
                continue
            newer = members[min(len(members) - 1, index + rng.randint(1, 30))]
            if (newer.pk, kind, older.number_key) in seen:
                continue
            seen.add((newer.pk, kind, older.number_key))
            relations.append(
                DocumentRelation(
                    document_id=newer.pk,
                    kind=kind,
                    target_number=older.number,
                    target_key=older.number_key,
                    target_id=older.pk,
                )
            )
            starts = newer.effective_from or newer.issued_on
            if kind in (kinds.REPLACES, kinds.REPEALS):
                older.ends_on = min(filter(None, (older.ends_on, starts)))
            elif kind in (kinds.AMENDS, kinds.REPEALS_PART):
                older.partly_ends_on = min(filter(None, (older.partly_ends_on, starts)))
    return relations


def insert(model, rows):
    for start in range(0, len(rows), BATCH):
        model.objects.bulk_create(rows[start : start + BATCH])


def build_register(seed, main_documents, other_sites, other_documents, signer_count, today):
    """Every row of the benchmark; returns the main site."""
    from django.db import transaction

    from vnportal.legaldocs.models import DocumentRelation, LegalDocument

    rng = random.Random(seed)
    with transaction.atomic():
        references = create_reference_rows(rng, signer_count)
        sites = create_sites(1 + other_sites)
        first_pk = 1
        for index, site in enumerate(sites):
            total = main_documents if index == 0 else other_documents
            documents, relations = plan_documents(rng, site, total, first_pk, references, today)
            insert(LegalDocument, documents)
            insert(DocumentRelation, relations)
            first_pk += total
    return sites[0]


def derived_dates_mismatches(site, sample, seed):
    """How many of `sample` documents (half of them targets of a relation) hold other
    `ends_on`/`partly_ends_on` than status.derive_dates computes: the bulk rows must be
    what saving each document would have stored."""
    from vnportal.legaldocs.models import DocumentRelation, LegalDocument
    from vnportal.legaldocs.status import derive_dates

    rng = random.Random(seed)
    documents = LegalDocument.objects.filter(site=site)
    targets = list(
        DocumentRelation.objects.filter(document__site=site)
        .values_list("target_id", flat=True)
        .distinct()
    )
    others = list(documents.values_list("pk", flat=True)[: sample * 10])
    chosen = rng.sample(targets, min(len(targets), sample // 2))
    chosen += rng.sample(others, min(len(others), sample - len(chosen)))
    wrong = 0
    for document in documents.filter(pk__in=chosen):
        stored = (document.ends_on, document.partly_ends_on)
        derive_dates(document)
        wrong += stored != (document.ends_on, document.partly_ends_on)
    return wrong, len(chosen)
