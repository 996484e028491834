"""The checks behind the form, without a request: attachments, phone numbers, the
arithmetic question, the fill-time token. No database."""

import io
import struct
import zlib

import pytest
from django.core import signing
from PIL import Image
from pypdf import PdfWriter

from vnportal.feedback import captcha, spam, uploads
from vnportal.feedback.public_forms import normalize_phone


def jpeg_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "Hang may anh"
    exif[0x0112] = 6  # taken with the phone on its side
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (10.0, 30.0, 0.0)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "#3366aa").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_a_jpeg_loses_its_exif_and_keeps_its_orientation():
    checked = uploads.check_bytes(jpeg_with_gps(), "IMG_0001.JPEG")
    assert checked.kind == "jpeg" and checked.extension == ".jpg"
    assert checked.name == "IMG_0001.jpg"
    assert b"Hang may anh" not in checked.data and b"Exif" not in checked.data
    with Image.open(io.BytesIO(checked.data)) as image:
        assert not image.getexif()
        assert image.size == (20, 40)


def test_a_webp_is_reencoded_without_metadata():
    exif = Image.Exif()
    exif[0x010F] = "Hang may anh"
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "#22aa44").save(buffer, "WEBP", exif=exif)
    checked = uploads.check_bytes(buffer.getvalue(), "anh.webp")
    assert checked.kind == "webp"
    assert b"Hang may anh" not in checked.data


def test_a_transparent_palette_png_keeps_its_transparency():
    image = Image.new("P", (8, 8), 0)
    image.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    image.putpixel((0, 0), 1)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", transparency=0)
    checked = uploads.check_bytes(buffer.getvalue(), "logo.png")
    with Image.open(io.BytesIO(checked.data)) as stored:
        assert stored.convert("RGBA").getpixel((5, 5))[3] == 0
        assert stored.convert("RGBA").getpixel((0, 0)) == (0, 0, 255, 255)


def test_a_pdf_is_accepted_and_an_office_file_is_not():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    checked = uploads.check_bytes(out.getvalue(), "don.pdf")
    assert checked.kind == "pdf" and checked.name == "don.pdf"
    with pytest.raises(uploads.UploadRejected) as refused:
        uploads.check_bytes(b"PK\x03\x04" + b"\0" * 100, "don.pdf")
    assert "Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF" in refused.value.reason


def test_a_broken_pdf_is_refused_with_the_checkers_reason():
    with pytest.raises(uploads.UploadRejected) as refused:
        uploads.check_bytes(b"%PDF-1.7\n garbage", "don.pdf")
    assert "PDF" in refused.value.reason


def _png_chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def test_an_image_too_large_to_decode_is_refused_before_decoding():
    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IEND", b"")
    with pytest.raises(uploads.UploadRejected) as refused:
        uploads.check_bytes(data, "bom.png")
    assert refused.value.reason in (uploads.HUGE_IMAGE, uploads.DAMAGED_IMAGE)


def test_a_truncated_photo_is_refused():
    with pytest.raises(uploads.UploadRejected) as refused:
        uploads.check_bytes(jpeg_with_gps()[:60], "anh.jpg")
    assert refused.value.reason == uploads.DAMAGED_IMAGE


@pytest.mark.parametrize(
    "typed, number",
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("0296 3 000 000", "02963000000"),
        ("091234567", None),
        ("84912345678", None),
        ("09123456ab", None),
        ("", None),
    ],
)
def test_phone_numbers(typed, number):
    assert normalize_phone(typed) == number


def test_the_captcha_question_is_in_words_and_the_token_hides_the_answer(monkeypatch):
    monkeypatch.setattr(captcha.secrets, "randbelow", lambda n: {10: 6, 2: 0}[n])
    question, token = captcha.new_challenge()
    assert question == "Bảy cộng bảy bằng mấy?"
    payload = signing.loads(token, salt="vnportal.feedback.captcha")
    # Only the question, a nonce and a keyed hash travel: no field holds the answer.
    assert set(payload) == {"q", "n", "h"}
    assert len(payload["h"]) == 64 and "14" not in payload["q"]
    assert captcha.question_of(token) == question


def test_the_captcha_accepts_digits_or_words_once():
    question, token = captcha.new_challenge()
    words = question.removesuffix(" bằng mấy?").lower().split()
    first, operation, second = (
        captcha.WORDS.index(words[0]),
        words[1],
        captcha.WORDS.index(words[2]),
    )
    answer = first + second if operation == "cộng" else first - second
    assert not captcha.check(token, str(answer + 1))
    assert captcha.check(token, f" {answer} ")
    assert not captcha.check(token, str(answer))
    assert not captcha.check(token[:-2] + "xx", str(answer))


def test_the_fill_time_token():
    token = spam.start_token(now=1000.0)
    assert not spam.filled_in_time(token, now=1001.0)
    assert spam.filled_in_time(token, now=1003.5)
    assert not spam.filled_in_time(token, now=1000.0 + spam.MAX_SECONDS + 1)
    assert not spam.filled_in_time("1000.0", now=1003.5)
    assert spam.seconds_since_start(token[:-1] + "x") is None


def test_a_form_sent_back_keeps_its_start_time_unless_it_is_forged_or_stale():
    token = spam.start_token(now=1000.0)
    assert spam.still_usable(token, now=1001.0) == token
    stale = spam.still_usable(token, now=1000.0 + spam.MAX_SECONDS + 5)
    assert stale != token and spam.filled_in_time(stale, now=1010.0 + spam.MAX_SECONDS)
    assert spam.seconds_since_start(spam.still_usable("forged")) is not None
