import datetime
import io

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from vnportal.galleries.models import AlbumPhoto, PhotoAlbumPage, VideoPage
from vnportal.galleries.sections import gallery_section
from vnportal.testing.builders import build_site, make_image


def add_album(library, title, date, photos=2, slug=None):
    album = PhotoAlbumPage(title=title, slug=slug or f"album-{date:%Y%m%d}", date=date)
    for number in range(1, photos + 1):
        album.photos.add(
            AlbumPhoto(
                image=make_image(f"Ảnh {number}"),
                alt_text=f"{title}: cảnh số {number}",
                caption=f"Chú thích ảnh {number}",
            )
        )
    return library.add_child(instance=album)


def document(name, content=b"\x00"):
    doc = get_document_model()(title=name, file=ContentFile(io.BytesIO(content).read(), name=name))
    doc.save()
    return doc


def add_video(library, title, date, slug=None, **fields):
    video = VideoPage(title=title, slug=slug or f"video-{date:%Y%m%d}", date=date, **fields)
    return library.add_child(instance=video)


@pytest.fixture
def library(db):
    built = build_site()
    return gallery_section(built.home, None)


@pytest.fixture
def filled(library):
    album = add_album(library, "Lễ hội Nghinh Ông", datetime.date(2026, 3, 2))
    video = add_video(
        library,
        "Hội nghị trực tuyến",
        datetime.date(2026, 4, 5),
        video_file=document("hoi-nghi.mp4"),
        captions=document("hoi-nghi.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin chao\n"),
        transcript="Chủ tọa khai mạc hội nghị.\nCác đại biểu phát biểu.",
        external_url="https://www.youtube.com/watch?v=abc",
    )
    return album, video
