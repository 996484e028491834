"""The document number/symbol parser, on real numbers and their everyday misspellings."""

import dataclasses
import datetime
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnportal.vntext.docnumber import (
    DocumentNumber,
    DocumentNumberError,
    find_numbers,
    parse,
    try_parse,
)
from vnportal.vntext.doctypes import (
    ADMINISTRATIVE_TYPES,
    DOCUMENT_TYPES,
    PARTY_TYPES,
    body_name,
    type_name,
)

REPO_ROOT = Path(__file__).resolve().parents[3]

# Real numbers: (as written, canonical, number, year, type code, body, unit, form).
REAL_NUMBERS = [
    ("42/2022/NĐ-CP", "42/2022/NĐ-CP", "42", 2022, "NĐ", "CP", None, "state"),
    ("13/2023/NĐ-CP", "13/2023/NĐ-CP", "13", 2023, "NĐ", "CP", None, "state"),
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "30", 2020, "NĐ", "CP", None, "state"),
    ("43/2011/NĐ-CP", "43/2011/NĐ-CP", "43", 2011, "NĐ", "CP", None, "state"),
    ("18/2014/NĐ-CP", "18/2014/NĐ-CP", "18", 2014, "NĐ", "CP", None, "state"),
    ("224/2026/NĐ-CP", "224/2026/NĐ-CP", "224", 2026, "NĐ", "CP", None, "state"),
    ("01/2011/TT-BNV", "01/2011/TT-BNV", "01", 2011, "TT", "BNV", None, "state"),
    ("24/2011/TT-BTTTT", "24/2011/TT-BTTTT", "24", 2011, "TT", "BTTTT", None, "state"),
    ("32/2017/TT-BTTTT", "32/2017/TT-BTTTT", "32", 2017, "TT", "BTTTT", None, "state"),
    ("104/2016/QH13", "104/2016/QH13", "104", 2016, None, "QH13", None, "state"),
    ("91/2025/QH15", "91/2025/QH15", "91", 2025, None, "QH15", None, "state"),
    ("68/2020/QH14", "68/2020/QH14", "68", 2020, None, "QH14", None, "state"),
    ("62/2006/QH 11", "62/2006/QH11", "62", 2006, None, "QH11", None, "state"),
    ("17/2008/QH12", "17/2008/QH12", "17", 2008, None, "QH12", None, "state"),
    ("02/2022/UBTVQH15", "02/2022/UBTVQH15", "02", 2022, None, "UBTVQH15", None, "state"),
    ("26/2005/PL-UBTVQH11", "26/2005/PL-UBTVQH11", "26", 2005, "PL", "UBTVQH11", None, "state"),
    (
        "15/2023/TTLT-BTC-BNV",
        "15/2023/TTLT-BTC-BNV",
        "15",
        2023,
        "TTLT",
        "BTC-BNV",
        None,
        "state",
    ),
    ("01/QĐ-UBND", "01/QĐ-UBND", "01", None, "QĐ", "UBND", None, "state"),
    ("1234/QĐ-UBND", "1234/QĐ-UBND", "1234", None, "QĐ", "UBND", None, "state"),
    ("15/CT-TTg", "15/CT-TTg", "15", None, "CT", "TTg", None, "state"),
    ("06/QĐ-TTg", "06/QĐ-TTg", "06", None, "QĐ", "TTg", None, "state"),
    ("125/KH-UBND-VP", "125/KH-UBND-VP", "125", None, "KH", "UBND", "VP", "state"),
    ("12/NQ-HĐND", "12/NQ-HĐND", "12", None, "NQ", "HĐND", None, "state"),
    ("05/CTr-UBND", "05/CTr-UBND", "05", None, "CTr", "UBND", None, "state"),
    ("123/UBND-VP", "123/UBND-VP", "123", None, None, "UBND", "VP", "cong_van"),
    ("456/SNV-TCBC", "456/SNV-TCBC", "456", None, None, "SNV", "TCBC", "cong_van"),
    ("2345/BTTTT-CBĐTW", "2345/BTTTT-CBĐTW", "2345", None, None, "BTTTT", "CBĐTW", "cong_van"),
    ("21-KL/TW", "21-KL/TW", "21", None, "KL", "TW", None, "party"),
    ("11-HD/VPTW", "11-HD/VPTW", "11", None, "HD", "VPTW", None, "party"),
    ("35-NQ/TW", "35-NQ/TW", "35", None, "NQ", "TW", None, "party"),
    ("57-NQ/TW", "57-NQ/TW", "57", None, "NQ", "TW", None, "party"),
    ("18-NQ/TW", "18-NQ/TW", "18", None, "NQ", "TW", None, "party"),
    ("05-CT/TU", "05-CT/TU", "05", None, "CT", "TU", None, "party"),
    ("12-QĐ/HU", "12-QĐ/HU", "12", None, "QĐ", "HU", None, "party"),
    ("08-QĐi/TW", "08-QĐi/TW", "08", None, "QĐi", "TW", None, "party"),
    ("18-L/CTN", "18-L/CTN", "18", None, "L", "CTN", None, "state"),
    ("21-LCT/HĐNN8", "21-LCT/HĐNN8", "21", None, "LCT", "HĐNN8", None, "state"),
    ("102-SL/L-004", "102-SL/L-004", "102", None, "SL", "L", "004", "state"),
]


@pytest.mark.parametrize(
    ("written", "canonical", "number", "year", "type_code", "body", "unit", "form"),
    REAL_NUMBERS,
)
def test_real_number_parses_into_its_parts(
    written, canonical, number, year, type_code, body, unit, form
):
    parsed = parse(written)
    assert (
        parsed.canonical,
        parsed.number,
        parsed.year,
        parsed.type_code,
        parsed.body_code,
        parsed.unit,
        parsed.form,
    ) == (canonical, number, year, type_code, body, unit, form)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("42/2022/NĐ-CP", "Nghị định"),
        ("01/2011/TT-BNV", "Thông tư"),
        ("01/QĐ-UBND", "Quyết định"),
        ("123/UBND-VP", "Công văn"),
        ("21-KL/TW", "Kết luận"),
        ("11-HD/VPTW", "Hướng dẫn"),
        ("05/HĐ-UBND", "Hợp đồng"),
        ("05/ĐA-UBND", "Đề án"),
        ("05/DA-UBND", "Dự án"),
        ("07/QyĐ-UBND", "Quy định"),
        ("03-TT/TW", "Thông tri"),
        ("18-L/CTN", "Luật"),
        ("05/2022/L-CTN", "Lệnh"),
        ("17/2008/QH12", None),
        ("Luật số 17/2008/QH12", "Luật"),
        ("Bộ luật số 45/2019/QH14", "Bộ luật"),
        ("Nghị quyết số 55/2017/QH14", "Nghị quyết"),
    ],
)
def test_type_name_in_vietnamese(written, name):
    assert parse(written).type_name == name


@pytest.mark.parametrize(
    "written",
    [
        "42/2022/NĐ-CP",
        "42/2022/ND-CP",
        "42/2022/nd-cp",
        "42/2022/nđ-cp",
        "42 /2022/ NĐ - CP",
        "42/2022/NĐ–CP",
        "42/2022/NĐ—CP",
        "42/2022/NĐ\u2212CP",
        "42／2022／NĐ－CP",
        "42/2022/NÐ-CP",
        "Số: 42/2022/NĐ-CP",
        "số 42/2022/NĐ-CP",
        "Nghị định số 42/2022/NĐ-CP",
        "Nghị định 42/2022/NĐ-CP",
        "nghi dinh so 42/2022/nd-cp",
        "(42/2022/NĐ-CP)",
        "“42/2022/NĐ-CP”.",
        "42/2022/NĐ-CP;",
        "  42/2022/NĐ-CP\n",
        "42/2022/N\u0110-CP\u200b",
        "42\u00a0/2022/NĐ-CP",
    ],
)
def test_spelling_variants_give_one_canonical_form(written):
    assert parse(written).canonical == "42/2022/NĐ-CP"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("62/2006/QH 11", "62/2006/QH11"),
        ("Luật số: 17/2008/QH12", "17/2008/QH12"),
        ("01/qd-ubnd", "01/QĐ-UBND"),
        ("01/QD-UBND", "01/QĐ-UBND"),
        ("12/NQ-HDND", "12/NQ-HĐND"),
        ("15/ct-ttg", "15/CT-TTg"),
        ("15/CT-TTG", "15/CT-TTg"),
        ("05/CTR-UBND", "05/CTr-UBND"),
        ("123/ubnd-vp", "123/UBND-VP"),
        ("21 - KL / TW", "21-KL/TW"),
        ("21–KL/TW", "21-KL/TW"),
        ("21-kl/tw", "21-KL/TW"),
        ("Kết luận 21-KL/TW", "21-KL/TW"),
        ("Kết luận số 21-KL/TW", "21-KL/TW"),
        ("11-HD/VPTW", "11-HD/VPTW"),
        ("05-DA/TU", "05-ĐA/TU"),
        ("21-LCT/HDNN8", "21-LCT/HĐNN8"),
        ("43/2002/PL- UBTVQH10", "43/2002/PL-UBTVQH10"),
        ("Công văn số 123/UBND-VP", "123/UBND-VP"),
    ],
)
def test_known_codes_get_their_table_spelling(written, canonical):
    assert parse(written).canonical == canonical


def test_hd_and_da_keep_the_code_written_because_both_spellings_are_types():
    assert parse("05/HD-UBND").type_code == "HD"
    assert parse("05/HĐ-UBND").type_code == "HĐ"
    assert parse("05/DA-UBND").type_code == "DA"
    assert parse("05/ĐA-UBND").type_code == "ĐA"


def test_number_keeps_leading_zeros_and_key_drops_them_and_the_marks():
    assert parse("01/QĐ-UBND").number == "01"
    assert parse("01/QĐ-UBND").key == parse("1/QD-UBND").key == "1/qd-ubnd"
    assert parse("01/QĐ-UBND").key != parse("1/QĐ-TTg").key


THIS_YEAR = datetime.date.today().year


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("", "Chưa nhập số, ký hiệu văn bản"),
        ("   ", "Chưa nhập số, ký hiệu văn bản"),
        ("abc", "Thiếu số văn bản"),
        ("42/", "Thiếu ký hiệu văn bản"),
        ("42", "Thiếu ký hiệu văn bản sau số 42"),
        ("/2022/NĐ-CP", "Thiếu số văn bản"),
        ("42/2099/NĐ-CP", f"Năm 2099 không hợp lệ (phải từ 1945 đến {THIS_YEAR + 1})"),
        ("42/1944/NĐ-CP", f"Năm 1944 không hợp lệ (phải từ 1945 đến {THIS_YEAR + 1})"),
        ("12/98/QĐ-TTg", "Năm “98” phải viết đủ bốn chữ số"),
        ("42//NĐ-CP", "Thiếu năm ban hành giữa hai dấu “/”"),
        ("42/2022", "Thiếu ký hiệu văn bản sau năm 2022"),
        ("1/2", "“1/2” không phải số, ký hiệu văn bản: sau dấu “/” phải là ký hiệu"),
        ("24/6/2022", "“24/6/2022” là ngày tháng, không phải số, ký hiệu văn bản"),
        ("🎉", "Số, ký hiệu văn bản có ký tự không hợp lệ “🎉”"),
        ("42/2022/NĐ-CP 🎉", "Có phần thừa “🎉” sau số, ký hiệu “42/2022/NĐ-CP”"),
        ("42/2022/NĐ", "Thiếu cơ quan ban hành sau “NĐ”"),
        ("01/QĐ", "Thiếu cơ quan ban hành sau “QĐ”"),
        ("42/2022/NĐ-", "Thiếu cơ quan ban hành sau “NĐ-”"),
        ("42/2022/NĐ--CP", "Ký hiệu “NĐ--CP” có hai dấu “-” liền nhau"),
        ("42/2022/XYZ-CP", "Không nhận ra ký hiệu loại văn bản “XYZ”"),
        ("21-XX/TW", "Không nhận ra ký hiệu loại văn bản “XX”"),
        ("21-KL", "Thiếu cơ quan ban hành sau “21-KL/”"),
        ("21-/TW", "Thiếu ký hiệu loại văn bản sau “21-”"),
        ("42-2022-ND-CP", "Thiếu dấu “/” giữa số và ký hiệu văn bản: “42-2022-ND-CP”"),
        ("0/QĐ-UBND", "Số văn bản phải lớn hơn 0"),
        ("1234567/QĐ-UBND", "Số văn bản “1234567” quá dài (nhiều nhất 6 chữ số)"),
        ("4a/QĐ-UBND", "Số văn bản “4a” chỉ được gồm chữ số"),
        ("1/2/3/4", "Số, ký hiệu văn bản có quá nhiều dấu “/”: “1/2/3/4”"),
        ("42/2022/NĐ-123", "Cơ quan ban hành “123” phải bắt đầu bằng chữ cái"),
        ("12/QĐ/UBND", "Giữa hai dấu “/” phải là năm ban hành, không phải “QĐ”"),
        (
            "42/2022/NĐ-CP ngày 24/6/2022",
            "Có phần thừa “ngày 24/6/2022” sau số, ký hiệu “42/2022/NĐ-CP”",
        ),
        ("UB ND/12", "Thiếu số văn bản"),
        ("123/UB ND", "Số, ký hiệu văn bản không được có khoảng trắng ở giữa: “123/UB ND”"),
        ("101-SL/L.003", "Số, ký hiệu văn bản có ký tự không hợp lệ “.”"),
        ("21-KL/TW/VP", "Số, ký hiệu dạng số-LOẠI/CƠ QUAN chỉ có một dấu “/”: “21-KL/TW/VP”"),
    ],
)
def test_malformed_number_is_refused_with_a_vietnamese_reason(written, reason):
    with pytest.raises(DocumentNumberError) as raised:
        parse(written)
    assert raised.value.reason == reason
    assert try_parse(written) is None


def test_years_up_to_next_year_are_accepted():
    assert parse(f"01/{THIS_YEAR + 1}/NĐ-CP").year == THIS_YEAR + 1
    assert parse("01/1945/QĐ-CP").year == 1945
    assert try_parse(f"01/{THIS_YEAR + 2}/NĐ-CP") is None


def test_very_long_input_is_refused_without_echoing_it():
    with pytest.raises(DocumentNumberError) as raised:
        parse("4" * 5000)
    assert raised.value.reason == "Chuỗi dài 5000 ký tự, quá dài để là một số, ký hiệu văn bản"
    with pytest.raises(DocumentNumberError, match="quá dài"):
        parse("42/2022/NĐ-" + "-".join(["CP"] * 40))


def test_non_string_is_a_programming_error():
    with pytest.raises(TypeError):
        parse(42)


def test_document_types_hold_the_codes_of_decree_30_appendix_iii():
    appendix_iii = (
        "NQ QĐ CT QC QyĐ TC TB HD CTr KH PA ĐA DA BC BB TTr HĐ CĐ BGN BTT GUQ GM GGT GNP PG PC PB"
    ).split()
    assert list(ADMINISTRATIVE_TYPES) == appendix_iii
    for code in (*appendix_iii, "NĐ", "TT", "TTLT", "NQLT", "PL"):
        assert code in DOCUMENT_TYPES
    assert type_name("NĐ") == "Nghị định"
    assert type_name("QyĐ") == "Quy định"
    assert type_name("TT") == "Thông tư"
    assert type_name("TT", party=True) == "Thông tri"
    assert type_name("KL", party=True) == PARTY_TYPES["KL"] == "Kết luận"
    assert type_name("XYZ") is None
    assert type_name(None) is None


def test_body_name_ignores_the_term_of_office():
    assert body_name("QH14") == "Quốc hội"
    assert body_name("HĐNN8") == "Hội đồng Nhà nước"
    assert body_name("BTC-BNV") == "Bộ Tài chính"
    assert body_name("XYZ") is None


# --- find_numbers ---------------------------------------------------------------------


def found(text):
    return [(m.raw, m.parsed.canonical) for m in find_numbers(text)]


def test_find_numbers_in_a_real_sentence_skips_its_dates():
    text = (
        "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ; thực hiện Kết luận "
        "21-KL/TW ngày 16/02/2018 và Công văn 123/UBND-VP ngày 01/3/2024 của UBND tỉnh."
    )
    assert found(text) == [
        ("42/2022/NĐ-CP", "42/2022/NĐ-CP"),
        ("21-KL/TW", "21-KL/TW"),
        ("123/UBND-VP", "123/UBND-VP"),
    ]
    for match in find_numbers(text):
        assert text[match.start : match.end] == match.raw


def test_find_numbers_reads_old_and_spaced_spellings():
    text = (
        "Luật Điện ảnh số 62/2006/QH 11; Pháp lệnh số 43/2002/PL- UBTVQH10 hết hiệu lực; "
        "Luật số 18-L/CTN; Nghị định 42/2022/ND-CP; Thông tư 01/2021/TT-BTTTT."
    )
    assert [canonical for _, canonical in found(text)] == [
        "62/2006/QH11",
        "43/2002/PL-UBTVQH10",
        "18-L/CTN",
        "42/2022/NĐ-CP",
        "01/2021/TT-BTTTT",
    ]


def test_find_numbers_names_a_law_by_the_words_before_it():
    (match,) = find_numbers("căn cứ Luật số 17/2008/QH12 ngày 03/6/2008")
    assert match.parsed.type_name == "Luật"
    (match,) = find_numbers("theo Nghị quyết 55/2017/QH14;")
    assert match.parsed.type_name == "Nghị quyết"


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội, ngày 24/6/2022 và 01/01/2023, lúc 24/7",
        "Tỷ lệ 1/2, 3/4 tổng số đại biểu; tăng 2,5/10 điểm",
        "Gọi 0912/345/678 hoặc (024) 3825-1234, số nhà 12/3A",
        "Lớp 12/A1, tổ 5/KV2 và địa chỉ 45/TX",
        "Xem https://thuvienphapluat.vn/van-ban/42/2022/NĐ-CP hoặc www.vn/123/UBND-VP",
        "Thư gửi vp/123/UBND-VP@so.gov.vn",
        "năm 2022, 2023/2024; mã 42, 2022; COVID-19/SARS; H5N1/2004; v1/API",
        "Số 101-SL/L.003 ngày 20-5-1957",
        "Quyết định 42/2099/NĐ-CP không có; 42/2022/XYZ-CP cũng không",
        "Phần 2/Điều 5 và khoản 3/Chương II",
    ],
)
def test_find_numbers_ignores_dates_fractions_phones_urls_and_plain_numbers(text):
    assert find_numbers(text) == []


def test_find_numbers_in_decomposed_text_skips_rather_than_cuts_a_symbol_with_u_horn():
    text = "Nghị quyết liên tịch 01/2012/NQLT-CP-UBTƯMTTQVN và Nghị định 42/2022/NĐ-CP"
    assert [raw for raw, _ in found(text)] == ["01/2012/NQLT-CP-UBTƯMTTQVN", "42/2022/NĐ-CP"]
    assert [raw for raw, _ in found(unicodedata.normalize("NFD", text))] == ["42/2022/NĐ-CP"]


def test_find_numbers_needs_a_cue_for_a_one_code_cong_van():
    assert found("Công văn số 456/SNV gửi các xã") == [("456/SNV", "456/SNV")]
    assert found("nhà 456/SNV gửi các xã") == []


def test_find_numbers_stops_at_a_spaced_dash_before_a_title():
    assert found("Quyết định 01/QĐ-UBND - V/v triển khai") == [("01/QĐ-UBND", "01/QĐ-UBND")]


# --- command line -----------------------------------------------------------------------


def run_cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "vnportal.vntext.docnumber", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=REPO_ROOT,
        check=False,
    )


def test_cli_prints_one_json_object_per_number():
    result = run_cli("42 /2022/ ND - CP", "123/UBND-VP")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["canonical"] == "42/2022/NĐ-CP"
    assert {key: lines[0][key] for key in ("number", "year", "type_code", "body_code")} == {
        "number": "42",
        "year": 2022,
        "type_code": "NĐ",
        "body_code": "CP",
    }
    assert lines[1]["unit"] == "VP" and lines[1]["type_code"] is None
    assert "NĐ" in result.stdout  # ensure_ascii=False: Vietnamese stays readable
    assert result.stderr == ""


def test_cli_reports_the_reason_and_fails_when_one_number_is_bad():
    result = run_cli("21-KL/TW", "42/2099/NĐ-CP")
    assert result.returncode == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["canonical"] == "21-KL/TW"
    assert second == {
        "input": "42/2099/NĐ-CP",
        "error": f"Năm 2099 không hợp lệ (phải từ 1945 đến {THIS_YEAR + 1})",
    }


def test_cli_reads_standard_input_one_number_a_line():
    result = run_cli(stdin="Luật số 17/2008/QH12\n\n11-HD/VPTW\n")
    assert result.returncode == 0, result.stderr
    canonicals = [json.loads(line)["canonical"] for line in result.stdout.splitlines()]
    assert canonicals == ["17/2008/QH12", "11-HD/VPTW"]


# --- properties -------------------------------------------------------------------------

NUMBER_ALPHABET = list("0123456789//--– ĐđÐNQCPUBTWKLHDVnqdcpubtwklhv:.;") + ["số ", "QH"]
number_like = st.lists(st.sampled_from(NUMBER_ALPHABET), max_size=25).map("".join)
any_text = st.one_of(st.text(max_size=60), number_like)


def parts(parsed: DocumentNumber):
    fields = dataclasses.asdict(parsed)
    # A type name read from the words before the number does not survive in the canonical.
    if parsed.type_code is None and parsed.form != "cong_van":
        fields.pop("type_name")
    return fields


@settings(max_examples=500)
@given(any_text)
def test_parse_raises_only_document_number_error(text):
    try:
        parsed = parse(text)
    except DocumentNumberError as error:
        assert error.reason
        return
    assert try_parse(text) == parsed


@settings(max_examples=500)
@given(any_text)
def test_canonical_form_reparses_to_itself(text):
    parsed = try_parse(text)
    if parsed is not None:
        again = parse(parsed.canonical)
        assert again.canonical == parsed.canonical
        assert parts(again) == parts(parsed)


TYPE_CODES = ["NĐ", "TT", "QĐ", "CT", "NQ", "KH", "CTr", "TTr", "QyĐ", "HD", "HĐ", "BC"]
BODY_CODES = ["CP", "TTg", "UBND", "HĐND", "BTTTT", "BNV", "VPCP", "SNV"]


def respell(code: str, draw) -> str:
    """One of the ways people type a code: as is, Đ as D or Ð, lower case."""
    choice = draw(st.sampled_from(["as_is", "eth", "lower", "no_mark"]))
    if choice == "eth":
        return code.replace("Đ", "Ð")
    if choice == "lower":
        return code.lower()
    if choice == "no_mark" and code not in ("HĐ",):
        return code.replace("Đ", "D")
    return code


@settings(max_examples=300)
@given(st.data())
def test_any_spelling_of_a_state_number_gives_back_its_parts(data):
    number = data.draw(st.integers(1, 99999)).__str__()
    year = data.draw(st.one_of(st.none(), st.integers(1945, THIS_YEAR)))
    type_code = data.draw(st.sampled_from(TYPE_CODES))
    body = data.draw(st.sampled_from(BODY_CODES))
    slash = data.draw(st.sampled_from(["/", " /", "/ ", " / ", "／"]))
    dash = data.draw(st.sampled_from(["-", " - ", "–", "—", "\u2212"]))
    prefix = data.draw(st.sampled_from(["", "Số: ", "số ", "Văn bản số "]))
    middle = f"{year}{slash}" if year else ""
    written = (
        f"{prefix}{number}{slash}{middle}{respell(type_code, data.draw)}{dash}"
        f"{respell(body, data.draw)}"
    )
    parsed = parse(written)
    assert (parsed.number, parsed.year, parsed.type_code, parsed.body_code) == (
        number,
        year,
        type_code,
        body,
    )


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_find_numbers_returns_slices_of_the_text_that_parse(text):
    for match in find_numbers(text):
        assert text[match.start : match.end] == match.raw
        assert parse(match.raw).canonical == match.parsed.canonical
