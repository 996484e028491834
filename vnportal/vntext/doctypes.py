"""The code tables behind Vietnamese document numbers/symbols (số, ký hiệu văn bản).

A number/symbol such as ``42/2022/NĐ-CP`` or ``21-KL/TW`` is made of a number, sometimes a
year, a document-type code and the code of the issuing body. These tables let the parser
in ``docnumber`` name the type, restore the letter Đ in codes typed without it (``ND`` is
``NĐ``) and restore codes written in mixed case (``TTg``, ``CTr``).

Sources:
- Decree 30/2020/NĐ-CP on clerical work, Appendix III: the type codes of administrative
  documents. A công văn has no type code; its symbol is the body and the drafting unit.
- Law 80/2015/QH13 and Decree 34/2016/NĐ-CP: the codes of legal normative documents. Laws
  and resolutions of the National Assembly (and ordinances of its Standing Committee since
  2016) carry no type code: ``17/2008/QH12``, ``02/2022/UBTVQH15``.
- Hướng dẫn 36-HD/VPTW (2018) on Party documents, written ``number-TYPE/BODY``.
"""

# Decree 30/2020/NĐ-CP, Appendix III, in its order.
ADMINISTRATIVE_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
}

# Legal normative documents (Law 80/2015/QH13); NQ, QĐ and CT are in the table above.
LEGAL_TYPES: dict[str, str] = {
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
    "PL": "Pháp lệnh",
    "L": "Lệnh",
}

# Not in Appendix III but printed on real documents every day: inspection conclusions
# (123/KL-TTCP), licences (45/GP-BTTTT), and the CV that many offices still put on a công
# văn although Decree 30 gives it none.
PRACTICE_TYPES: dict[str, str] = {
    "KL": "Kết luận",
    "GP": "Giấy phép",
    "CV": "Công văn",
}

# Every type code of the state forms ``số/năm/LOẠI-CQ`` and ``số/LOẠI-CQ``.
DOCUMENT_TYPES: dict[str, str] = {**ADMINISTRATIVE_TYPES, **LEGAL_TYPES, **PRACTICE_TYPES}

# Types whose symbol names several issuing bodies: 15/2023/TTLT-BTC-BNV.
JOINT_TYPES = frozenset({"TTLT", "NQLT"})

# Hướng dẫn 36-HD/VPTW. Before 2018 the Party wrote Quy định as QĐ too (66-QĐ/TW); since
# then QĐi. TT is Thông tri here, not Thông tư.
PARTY_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QC": "Quy chế",
    "TT": "Thông tri",
    "HD": "Hướng dẫn",
    "KH": "Kế hoạch",
    "CTr": "Chương trình",
    "TB": "Thông báo",
    "TC": "Thông cáo",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "ĐA": "Đề án",
    "BB": "Biên bản",
    "CV": "Công văn",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
}

# State documents before about 2000 used the Party's ``number-TYPE/BODY`` shape:
# 21-LCT/HĐNN8 (1989: the number of the order of the Council of State's chairman that
# promulgated the law), 18-L/CTN (1993), 102-SL/L-004 (1957: sắc lệnh promulgating a law).
OLD_STATE_TYPES: dict[str, str] = {
    "L": "Luật",
    "LCT": "Luật",
    "SL": "Sắc lệnh",
}

# Type codes of the ``number-TYPE/BODY`` shape.
DASH_FORM_TYPES: dict[str, str] = {**PARTY_TYPES, **OLD_STATE_TYPES}

# Bodies that sign ``number-TYPE/BODY`` numbers as the state, not the Party.
OLD_STATE_BODIES = frozenset({"CTN", "HĐNN", "HĐBT", "CP", "TTg", "L"})

# Issuing bodies the parser knows by name. Codes not here are accepted as written; the
# table restores Đ (HDND → HĐND) and mixed case (TTG → TTg) and names the body. A code may
# end in the term of office of an elected body: QH14, UBTVQH15, HĐNN8.
BODIES: dict[str, str] = {
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "CTN": "Chủ tịch nước",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "HĐNN": "Hội đồng Nhà nước",
    "HĐBT": "Hội đồng Bộ trưởng",
    "TANDTC": "Tòa án nhân dân tối cao",
    "HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán nhà nước",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TTCP": "Thanh tra Chính phủ",
    "TTr": "Thanh tra",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BNG": "Bộ Ngoại giao",
    "BNV": "Bộ Nội vụ",
    "BTP": "Bộ Tư pháp",
    "BTC": "Bộ Tài chính",
    "BCT": "Bộ Công Thương",
    "BXD": "Bộ Xây dựng",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BGTVT": "Bộ Giao thông vận tải",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "UBDT": "Ủy ban Dân tộc",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "BCĐ": "Ban Chỉ đạo",
    "TW": "Ban Chấp hành Trung ương Đảng",
    "VPTW": "Văn phòng Trung ương Đảng",
    "BTCTW": "Ban Tổ chức Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BDVTW": "Ban Dân vận Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "TU": "Tỉnh ủy, Thành ủy",
    "ThU": "Thành ủy",
    "HU": "Huyện ủy",
    "QU": "Quận ủy",
    "TXU": "Thị xã ủy",
    "ĐU": "Đảng ủy",
    "ĐUK": "Đảng ủy khối",
    "BCS": "Ban cán sự đảng",
    "CB": "Chi bộ",
}


def type_name(code: str | None, *, party: bool = False) -> str | None:
    """Return the Vietnamese name of a type code exactly as the tables spell it, or None.

    ``party=True`` reads the table of the ``number-TYPE/BODY`` shape (21-KL/TW, and old
    state numbers such as 18-L/CTN), where TT is Thông tri and L is Luật; otherwise the
    state tables, where TT is Thông tư and L is Lệnh. A công văn has no code.
    """
    if code is None:
        return None
    return (DASH_FORM_TYPES if party else DOCUMENT_TYPES).get(code)


def body_name(code: str | None) -> str | None:
    """Return the name of an issuing body's code, its term of office dropped, or None.

    ``body_name("QH14") == "Quốc hội"``; a joint symbol names its first body.
    """
    if not code:
        return None
    first = code.split("-")[0]
    return BODIES.get(first) or BODIES.get(first.rstrip("0123456789"))
