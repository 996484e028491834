"""Pages typed in TCVN3 (ABC) or VNI and read as cp1252 are found, converted or flagged."""

import codecs
import unicodedata

import pytest

from vnportal.vntext.legacy import Repaired, decode_bytes, encode_tcvn3, encode_vni, repair

# Written for these tests: a commune's farming news, every toned vowel, đ and capitals.
PARAGRAPHS = [
    "Năm nay, xã Tây Yên có hơn 2.300 héc-ta lúa; vụ đông xuân đạt năng suất bảy tấn một "
    "héc-ta. Ủy ban nhân dân xã khuyến khích người dân chuyển đổi những thửa ruộng trũng "
    "sang nuôi tôm càng xanh.",
    "Hội Nông dân mở lớp tập huấn về kỹ thuật ủ phân hữu cơ, giữ gìn nguồn nước sạch và "
    "phòng trừ sâu bệnh. Ông Trưởng ấp cho biết mỗi hộ được hỗ trợ giống, vật tư và tiền "
    "điện bơm tưới.",
    "Ở ấp Đông Thái, bà con trồng dừa, khóm và rau màu xen canh; sản phẩm được thương lái "
    "thu mua ổn định. Yến sào, mắm cá lóc, bánh phồng tôm là những đặc sản của vùng biển.",
    "Ý kiến của cử tri về đường nông thôn, cầu kênh và trạm y tế đã được ghi nhận đầy đủ. "
    "Em Nguyễn Thị Mỹ kể: nhà nghèo nhưng chị vẫn học giỏi, được khen thưởng.",
    "Chiều ấy trời mưa rả rích, ngõ nhỏ ngập nước; anh Tư ghé quán uống ly cà phê, nghỉ ngơi "
    "một chút rồi lội về, trời ẩm. Nỗi lo lũ sớm khiến ai nấy thức khuya canh đê, dỡ lưới.",
    "Kỷ niệm ngày thành lập xã, chẳng ai quên tỷ lệ hộ nghèo giảm hẳn; nghĩa tình hàng xóm "
    "vẫn đẹp như xưa, mẹ bẻ bắp, kiêng kỵ chuyện phải trái, bẵng đi mấy năm mới về thăm, ai "
    "nấy bằng lòng. Kỳ họp tới sẽ bàn việc thực hiện dự án.",
]
HEADING = "ĐẠI HỘI ĐẢNG BỘ XÃ ĐÔNG THÁI NHIỆM KỲ 2025 – 2030"


def read_as_cp1252(data: bytes) -> str:
    return data.decode("cp1252", errors="replace")


def test_paragraphs_hold_all_67_letters_with_diacritics():
    letters = {
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in "aăâeêioôơuưy"
        for tone in "\u0300\u0301\u0309\u0303\u0323"
    } | set("ăâêôơưđ")
    used = set("".join(PARAGRAPHS).lower())
    assert len(letters) == 67
    assert letters <= used


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_tcvn3_paragraph_converts_back(paragraph):
    garbled = read_as_cp1252(encode_tcvn3(paragraph))
    assert garbled != paragraph
    assert repair(garbled) == Repaired(paragraph, "tcvn3", False)


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_vni_paragraph_converts_back(paragraph):
    garbled = read_as_cp1252(encode_vni(paragraph))
    assert repair(garbled) == Repaired(paragraph, "vni", False)


def test_tcvn3_example_from_the_issue():
    assert read_as_cp1252(encode_tcvn3("Thông tin")) == "Th«ng tin"
    assert repair("Th«ng tin vÒ x· T©y Yªn").text == "Thông tin về xã Tây Yên"


def test_vni_example_from_the_issue():
    assert read_as_cp1252(encode_vni("Thông tin")) == "Thoâng tin"
    assert repair("Thoâng tin veà xaõ Taây Yeân").text == "Thông tin về xã Tây Yên"


def test_tcvn3_heading_in_capitals_font_comes_back_in_capitals():
    garbled = read_as_cp1252(encode_tcvn3(HEADING + "\n" + PARAGRAPHS[2]))
    assert garbled.startswith("§¹I HéI §¶NG Bé X·")
    assert repair(garbled).text == HEADING + "\n" + PARAGRAPHS[2]


def test_tcvn3_capitals_heading_inside_a_sentence():
    text = "Tin: ĐẠI HỘI ĐẢNG BỘ XÃ thành công, Sở GTVT và người dân phấn khởi."
    assert repair(read_as_cp1252(encode_tcvn3(text))).text == text


def test_tcvn3_toned_capital_in_mid_sentence_comes_back_lower_case():
    # VN3 has no byte for Ủ: the byte of ủ set in a capitals font looked like Ủ on screen.
    text = "Sáng nay, Ủy ban xã họp với bà con về mùa vụ và giá lúa."
    assert encode_tcvn3("Ủ") == encode_tcvn3("ủ")
    assert repair(read_as_cp1252(encode_tcvn3(text))).text == text.replace("Ủy", "ủy")


def test_vni_keeps_every_capital():
    text = HEADING + ". Ủy ban xã Ấp Ở ỨNG ỴỸ"
    assert repair(read_as_cp1252(encode_vni(text + " " + PARAGRAPHS[0]))).text == (
        text + " " + PARAGRAPHS[0]
    )


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS[0],
        "\n".join(PARAGRAPHS),
        "The café owner, Mr Müller, paid €12 for © 2022 rights; ½ of them ×2.",
        "Où est la gare ? C'est là-bas, près de l'hôtel. Noël à Zürich, déjà tôt, "
        "crème brûlée, naïf, ça coûte cher.",
        "Tel: 0297 3862 123 · Fax: 0297 3862 124 · © 2024 · 25°C ± 2 · §3 ¶2 «quote»",
        '<div class="menu"><a href="/tin-tuc/">Tin tức</a> · <a href="/van-ban/">Văn bản'
        "</a></div><p>Chào mừng đến với cổng thông tin điện tử xã Tây Yên.</p>",
        "Señor Piñón in España drank a piña colada; Schön, Öl und Löwe.",
    ],
)
def test_unicode_and_european_text_is_left_alone(text):
    assert repair(text) == Repaired(unicodedata.normalize("NFC", text), "unicode", False)


def test_unicode_text_comes_back_composed():
    decomposed = unicodedata.normalize("NFD", PARAGRAPHS[1])
    assert repair(decomposed).text == PARAGRAPHS[1]


def test_unicode_chrome_lines_with_tcvn3_body_lines_convert_only_the_body():
    chrome = "Trang chủ | Tin tức | Văn bản\nCổng thông tin điện tử xã Tây Yên"
    body = read_as_cp1252(encode_tcvn3(PARAGRAPHS[0] + "\n" + PARAGRAPHS[1]))
    result = repair(chrome + "\n" + body)
    assert result == Repaired(chrome + "\n" + PARAGRAPHS[0] + "\n" + PARAGRAPHS[1], "tcvn3", False)


def test_unicode_page_with_vni_paragraph_between_tags_converts_the_paragraph():
    body = read_as_cp1252(encode_vni(PARAGRAPHS[2]))
    page = f"<h1>Tin nông nghiệp</h1><p>{body}</p><footer>© Xã Đông Thái</footer>"
    result = repair(page)
    assert result.encoding == "vni" and not result.unsure
    assert result.text == f"<h1>Tin nông nghiệp</h1><p>{PARAGRAPHS[2]}</p>" + (
        "<footer>© Xã Đông Thái</footer>"
    )


def test_unicode_and_tcvn3_in_one_line_is_flagged_and_left_unchanged():
    garbled = read_as_cp1252(encode_tcvn3("Người dân xã Tây Yên trồng lúa và nuôi tôm."))
    text = "Tin tức mới nhất của cổng thông tin điện tử: " + garbled
    assert repair(text) == Repaired(text, "tcvn3", True)


def test_a_single_tcvn3_word_is_too_little_to_convert():
    text = "Tin tøc"
    assert repair(text) == Repaired(text, "tcvn3", True)


def test_legacy_words_that_mostly_stay_gibberish_are_flagged():
    # Two words become syllables (thông, báo), three others do not: not clear enough.
    text = "Th«ng b¸o: Müller, café, Zürich"
    assert repair(text) == Repaired(text, "tcvn3", True)


def test_two_word_tcvn3_title_converts():
    assert repair("Th«ng b¸o") == Repaired("Thông báo", "tcvn3", False)


def test_decode_bytes_keeps_utf8():
    data = PARAGRAPHS[3].encode("utf-8")
    assert decode_bytes(data) == Repaired(PARAGRAPHS[3], "unicode", False)


def test_decode_bytes_strips_utf8_bom():
    data = codecs.BOM_UTF8 + PARAGRAPHS[3].encode("utf-8")
    assert decode_bytes(data, "windows-1252") == Repaired(PARAGRAPHS[3], "unicode", False)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_decode_bytes_reads_utf16_with_bom(codec):
    data = PARAGRAPHS[4].encode(codec)
    if codec != "utf-16":
        data = ("\ufeff" + PARAGRAPHS[4]).encode(codec)
    assert decode_bytes(data) == Repaired(PARAGRAPHS[4], "unicode", False)


def test_decode_bytes_converts_tcvn3_file():
    data = encode_tcvn3(HEADING + "\r\n" + PARAGRAPHS[5])
    assert decode_bytes(data) == Repaired(HEADING + "\r\n" + PARAGRAPHS[5], "tcvn3", False)


def test_decode_bytes_converts_vni_page_declared_latin1():
    data = b"<p>" + encode_vni(PARAGRAPHS[1]) + b"</p>"
    assert decode_bytes(data, "iso-8859-1") == Repaired(f"<p>{PARAGRAPHS[1]}</p>", "vni", False)


def test_decode_bytes_uses_declared_vietnamese_charset():
    # Windows-1258 keeps ă, ơ, ư precomposed and writes the tone as a combining mark.
    letters = []
    for letter in PARAGRAPHS[0]:
        decomposed = unicodedata.normalize("NFD", letter)
        tone = "".join(mark for mark in decomposed if mark in "\u0300\u0301\u0309\u0303\u0323")
        toneless = unicodedata.normalize("NFC", decomposed.replace(tone, "")) if tone else letter
        letters.append(toneless + tone)
    data = "".join(letters).encode("cp1258")
    assert decode_bytes(data, "windows-1258") == Repaired(PARAGRAPHS[0], "unicode", False)


def test_decode_bytes_ignores_unknown_declared_charset():
    data = encode_tcvn3(PARAGRAPHS[2])
    assert decode_bytes(data, "x-vn-abc") == Repaired(PARAGRAPHS[2], "tcvn3", False)


def test_decode_bytes_keeps_bytes_cp1252_leaves_undefined():
    assert decode_bytes(b"caf\xe9 \x81 \x93ok\x94").text == "café \x81 “ok”"


def test_encoders_refuse_characters_they_cannot_write():
    with pytest.raises(ValueError, match="«"):
        encode_tcvn3("«Tin»")
    with pytest.raises(ValueError, match="U\\+4E2D"):
        encode_vni("中")
