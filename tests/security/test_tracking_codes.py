"""Guessing tracking codes (mã tra cứu) of "Hỏi đáp" gets nowhere: codes carry 40 random
bits from the OS's generator, a code alone opens nothing (the phone or e-mail given is the
second factor), and lookups are limited per address and per code, so spreading guesses
over many addresses does not help either."""

import math
from collections import Counter

import pytest

from vnportal.feedback import ratelimit, tracking
from vnportal.feedback.public_views import TOO_MANY_LOOKUPS, WRONG_PAIR
from vnportal.feedback.tests.builders import add_questions_section, add_submission
from vnportal.testing.builders import build_site

TRACK = "/hoi-dap/tra-cuu/"
SECRET_TITLE = "Tố cáo cán bộ địa chính ấp 3"


def test_codes_carry_at_least_40_random_bits():
    assert len(set(tracking.ALPHABET)) ** tracking.LENGTH >= 2**40
    bits = tracking.LENGTH * math.log2(len(set(tracking.ALPHABET)))
    assert bits >= 40
    codes = [tracking.new_code() for _ in range(4000)]
    assert len(set(codes)) == len(codes)
    assert all(len(code) == tracking.LENGTH for code in codes)
    # Every symbol is drawn at every position: a generator stuck on part of the alphabet
    # (or a counter, a timestamp) would leave symbols out. 4,000 draws per position over 32
    # symbols: each expected 125 times; missing one by chance has odds below 1e-50.
    for position in range(tracking.LENGTH):
        seen = Counter(code[position] for code in codes)
        assert set(seen) == set(tracking.ALPHABET), position


def test_a_code_typed_loosely_is_folded_but_a_malformed_one_is_nothing():
    assert tracking.clean_code(" 7kq2-m9xa ") == "7KQ2M9XA"
    for typed in ("7KQ2-M9X", "7KQ2M9XAB", "7KQ2-M9X!", "' OR 1=1 --", "7KQ2\x00M9XA", ""):
        assert tracking.clean_code(typed) == ""


@pytest.fixture
def asked(db):
    built = build_site()
    add_questions_section(built.site)
    return add_submission(
        built.site,
        tracking_code="7KQ2M9XA",
        phone="0912345678",
        email="hoa@example.com",
        title=SECRET_TITLE,
        content="Nội dung riêng của người hỏi.",
    )


def look_up(client, code, contact, address="203.0.113.7"):
    return client.post(
        TRACK, {"action": "tra-cuu", "code": code, "contact": contact}, REMOTE_ADDR=address
    )


def test_the_right_code_with_a_wrong_contact_shows_nothing_and_says_the_same(client, asked):
    right_code = look_up(client, "7KQ2-M9XA", "0999999999")
    wrong_code = look_up(client, "7KQ2-M9XB", "0999999999")
    for response in (right_code, wrong_code):
        assert response.status_code == 200
        html = response.content.decode()
        assert WRONG_PAIR in html
        assert SECRET_TITLE not in html
    # No oracle: the page does not tell a real code from a guessed one.
    assert right_code.content.decode().count(WRONG_PAIR) == wrong_code.content.decode().count(
        WRONG_PAIR
    )


def test_guessing_from_one_address_is_stopped_even_with_the_right_pair_later(client, asked):
    for number in range(ratelimit.TRACK_PER_ADDRESS.count):
        assert look_up(client, f"AAAA{number:04d}", "0912345678").status_code == 200
    stopped = look_up(client, "7KQ2-M9XA", "0912345678")
    assert stopped.status_code == 429
    assert TOO_MANY_LOOKUPS in stopped.content.decode()
    assert SECRET_TITLE not in client.get(TRACK).content.decode()


def test_guessing_one_code_from_many_addresses_is_stopped_too(client, asked):
    for number in range(ratelimit.TRACK_PER_CODE.count):
        response = look_up(client, "7KQ2-M9XA", f"09000000{number:02d}", f"198.51.100.{number}")
        assert response.status_code == 200
    stopped = look_up(client, "7KQ2-M9XA", "0912345678", "192.0.2.200")
    assert stopped.status_code == 429
    assert SECRET_TITLE not in client.get(TRACK).content.decode()


def test_a_forged_forwarded_for_header_does_not_reset_the_limit(client, asked, settings):
    settings.VNPORTAL_TRUSTED_PROXY = False
    for number in range(ratelimit.TRACK_PER_ADDRESS.count):
        client.post(
            TRACK,
            {"action": "tra-cuu", "code": f"BBBB{number:04d}", "contact": "0912345678"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    stopped = client.post(
        TRACK,
        {"action": "tra-cuu", "code": "CCCC0000", "contact": "0912345678"},
        REMOTE_ADDR="203.0.113.9",
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )
    assert stopped.status_code == 429
