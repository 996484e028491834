"""The code and link checks, without a database."""

from vnportal.procedures import rules

HOSTS = ("dichvucong.gov.vn", "dichvucong.angiang.gov.vn")


def test_well_formed_and_empty_codes_pass():
    assert rules.code_error("1.001234") is None
    assert rules.code_error("2.000123") is None
    assert rules.code_error("") is None


def test_malformed_code_is_named_in_a_vietnamese_message():
    message = rules.code_error("1-001234")
    assert "“1-001234”" in message and "không đúng dạng" in message
    assert rules.code_error("1.00123") is not None
    assert rules.code_error("9.001234") is not None


def test_links_to_allowed_portals_over_https_pass():
    assert rules.link_error("https://dichvucong.gov.vn/p/home/dvc-tthc.html", HOSTS) is None
    assert rules.link_error("https://DichVuCong.AnGiang.gov.vn/thu-tuc", HOSTS) is None


def test_plain_http_is_refused():
    assert rules.link_error("http://dichvucong.gov.vn/", HOSTS) == rules.NOT_HTTPS_MESSAGE


def test_look_alike_hosts_are_refused():
    for url in (
        "https://dichvucong.gov.vn.example.com/",
        "https://fakedichvucong.gov.vn/",
        "https://user@evil.example/",
        "https://dichvucong.gov.vn@evil.example/",
    ):
        message = rules.link_error(url, HOSTS)
        assert message is not None and "không được phép" in message, url
