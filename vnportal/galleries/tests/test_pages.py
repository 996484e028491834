import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Site

from vnportal.galleries.models import AlbumPhoto, VideoPage
from vnportal.galleries.sections import gallery_section

from .conftest import add_album, add_video

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(page):
    return [h.get_text(strip=True) for h in page.select(".gallery-card-title")]


def test_section_is_in_the_menu_once(library):
    home = library.get_parent().specific
    again = gallery_section(home, None)
    assert again.pk == library.pk
    assert (library.slug, library.title, library.show_in_menus) == (
        "thu-vien",
        "Thư viện ảnh - video",
        True,
    )


def test_index_lists_albums_and_videos_newest_first(client, filled):
    page = soup(client.get("/thu-vien/"))
    assert titles(page) == ["Hội nghị trực tuyến", "Lễ hội Nghinh Ông"]
    assert page.select_one(".gallery-card img")["alt"] == ""  # the title link says it


def test_index_filters_by_kind(client, filled):
    assert titles(soup(client.get("/thu-vien/?loai=anh"))) == ["Lễ hội Nghinh Ông"]
    assert titles(soup(client.get("/thu-vien/?loai=video"))) == ["Hội nghị trực tuyến"]


def test_index_pages_through_many_items(client, library):
    for number in range(14):
        add_album(library, f"Album số {number}", datetime.date(2026, 1, 1 + number), photos=1)
    first = soup(client.get("/thu-vien/"))
    assert len(titles(first)) == 12
    assert titles(first)[0] == "Album số 13"
    second = soup(client.get("/thu-vien/?trang=2"))
    assert titles(second) == ["Album số 1", "Album số 0"]
    assert first.select_one('.pagination a[rel="next"]') is not None


def test_album_shows_thumbnails_with_alt_text_linking_to_large_photos(client, filled):
    page = soup(client.get("/thu-vien/album-20260302/"))
    images = page.select(".album-grid img")
    assert [img["alt"] for img in images] == [
        "Lễ hội Nghinh Ông: cảnh số 1",
        "Lễ hội Nghinh Ông: cảnh số 2",
    ]
    for img in images:
        assert img["loading"] == "lazy"
        assert img["width"] and img["height"] and img["srcset"]
    links = [a["href"] for a in page.select("a.album-link")]
    assert links == ["/thu-vien/album-20260302/anh/1/", "/thu-vien/album-20260302/anh/2/"]
    assert "Chú thích ảnh 1" in page.select_one("figcaption").get_text()


def test_photo_view_has_large_image_and_previous_next_links(client, filled):
    page = soup(client.get("/thu-vien/album-20260302/anh/2/"))
    image = page.select_one(".photo-large img")
    assert image["alt"] == "Lễ hội Nghinh Ông: cảnh số 2"
    assert page.select_one("h1").get_text(strip=True).startswith("Ảnh 2/2")
    assert page.select_one('.photo-nav a[rel="prev"]')["href"].endswith("/anh/1/")
    assert page.select_one('.photo-nav a[rel="next"]') is None
    assert client.get("/thu-vien/album-20260302/anh/3/").status_code == 404


def test_photo_without_alt_text_is_refused(filled):
    album, _ = filled
    photo = AlbumPhoto(album=album, image=album.photos.first().image, alt_text="  ")
    with pytest.raises(ValidationError) as refused:
        photo.full_clean()
    assert "alt" in str(refused.value)


def test_video_page_plays_our_own_file_with_captions_and_transcript(client, filled):
    page = soup(client.get("/thu-vien/video-20260405/"))
    video = page.select_one("video")
    assert video.has_attr("controls")
    assert video["preload"] == "none"
    assert video.select_one("source")["src"].startswith("/tai-lieu/")
    track = video.select_one("track")
    assert (track["kind"], track["srclang"]) == ("captions", "vi")
    assert "Các đại biểu phát biểu." in page.select_one(".video-transcript").get_text()
    # The YouTube copy is a plain link; nothing on the page loads from another origin.
    assert page.select_one(".video-external a")["href"] == "https://www.youtube.com/watch?v=abc"
    assert page.select("iframe, embed, object") == []
    for element in page.select("[src]"):
        assert not re.match(r"^(https?:)?//", element["src"]), element


def test_video_needs_a_source_of_our_own_or_a_link(library):
    video = VideoPage(title="Không có tệp", slug="khong-co-tep", date=datetime.date(2026, 1, 1))
    with pytest.raises(ValidationError) as refused:
        video.full_clean()
    assert "Vui lòng tải lên tệp video" in str(refused.value)


@pytest.mark.parametrize(
    "url", ["https://cdn.example.com/media/a.mp4", "//example.com/media/a.mp4", "/static/a.mp4"]
)
def test_video_url_must_be_on_our_own_media(library, url):
    video = VideoPage(title="Video", slug="video", date=datetime.date(2026, 1, 1), video_url=url)
    with pytest.raises(ValidationError) as refused:
        video.full_clean()
    assert "video_url" in refused.value.message_dict


def test_video_url_on_our_media_plays(client, library):
    add_video(library, "Video trên cổng", datetime.date(2026, 2, 1), video_url="/media/video/a.mp4")
    page = soup(client.get("/thu-vien/video-20260201/"))
    assert page.select_one("video source")["src"] == "/media/video/a.mp4"


def test_pages_of_another_site_are_not_listed(client, filled):
    from vnportal.testing.builders import build_site

    other = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    other_library = gallery_section(other.home, None)
    add_album(other_library, "Album của xã", datetime.date(2026, 5, 1), photos=1)
    assert Site.objects.count() == 2
    assert titles(soup(client.get("/thu-vien/"))) == ["Hội nghị trực tuyến", "Lễ hội Nghinh Ông"]
