"""A visitor walks the library in a real browser with the keyboard: index, album, a large
photo and a video page; axe-core finds no serious accessibility violation."""

import datetime
import os

import pytest

from vnportal.galleries.sections import gallery_section
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

from .conftest import add_album, add_video, document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    library = gallery_section(build_site().home, None)
    add_album(library, "Lễ hội Nghinh Ông", datetime.date(2026, 3, 2))
    add_video(
        library,
        "Hội nghị trực tuyến",
        datetime.date(2026, 4, 5),
        video_file=document("hoi-nghi.mp4"),
        captions=document("hoi-nghi.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin chao\n"),
        transcript="Chủ tọa khai mạc hội nghị.",
    )
    return library


def shoot(page, name):
    if os.environ.get("VNPORTAL_SCREENSHOTS"):
        page.screenshot(path=f"{os.environ['VNPORTAL_SCREENSHOTS']}/{name}.png", full_page=True)


def test_library_pages_are_accessible(live_server, browser_page, portal):
    page = browser_page
    page.goto(f"{live_server.url}/thu-vien/")
    page.get_by_role("link", name="Lễ hội Nghinh Ông").wait_for()
    shoot(page, "index")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Lễ hội Nghinh Ông").click()
    page.get_by_role("heading", name="Lễ hội Nghinh Ông").wait_for()
    shoot(page, "album")
    assert axe_violations(page) == []

    # The viewer is plain links: focus the first photo and open it with Enter.
    page.locator("a.album-link").first.focus()
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Ảnh 1/2: Lễ hội Nghinh Ông").wait_for()
    assert page.locator(".photo-large img").get_attribute("alt") == "Lễ hội Nghinh Ông: cảnh số 1"
    assert axe_violations(page) == []

    page.goto(f"{live_server.url}/thu-vien/video-20260405/")
    player = page.locator("video")
    assert player.get_attribute("controls") is not None
    shoot(page, "video")
    assert axe_violations(page) == []
