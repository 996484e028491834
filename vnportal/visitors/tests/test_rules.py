from vnportal.visitors.rules import is_bot, is_page_view, vn_number


def test_numbers_group_thousands_with_dots():
    assert [vn_number(n) for n in (0, 999, 1000, 1234567)] == ["0", "999", "1.000", "1.234.567"]


def test_crawlers_are_bots_and_browsers_are_not():
    assert is_bot("Mozilla/5.0 (compatible; bingbot/2.0)")
    assert is_bot("Baiduspider")
    assert is_bot("")
    assert not is_bot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1")


def test_only_successful_html_gets_count():
    browser = "Mozilla/5.0 Firefox/133.0"
    assert is_page_view("GET", "/tin-tuc/", 200, "text/html; charset=utf-8", browser)
    assert not is_page_view("POST", "/tin-tuc/", 200, "text/html", browser)
    assert not is_page_view("GET", "/tin-tuc/rss/", 200, "application/rss+xml", browser)
    assert not is_page_view("GET", "/tin-tuc/", 302, "text/html", browser)
