"""Demo library: an album of drawn pictures on the province's and xã An Biên's sites, and
a video page on the province's. The pictures are drawn (vnportal/demo/pictures.py), so
the demo holds no photograph of anyone; the video page only links out, so the repository
carries no video file. All text is written for the demo and says so."""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail import hooks
from wagtail.images import get_image_model

from vnportal.demo.pictures import cover_picture

from .models import AlbumPhoto, GalleryIndexPage, PhotoAlbumPage, VideoPage
from .sections import GALLERY_SLUG

NOTE = "(Ảnh minh họa vẽ cho bản trình diễn, dữ liệu mẫu.)"

ALBUMS = {
    "angiang": {
        "title": "Mùa lúa trên cánh đồng An Giang",
        "slug": "mua-lua-an-giang",
        "description": "Những cánh đồng lúa, kênh rạch và nắng sớm vùng đồng bằng. " + NOTE,
        "palette": "xay-dung-nong-thon-moi",
        "photos": (
            ("Cánh đồng lúa chín dưới nắng sớm", "Cánh đồng lúa vụ hè thu."),
            ("Con kênh chảy giữa hai thửa ruộng", "Kênh nội đồng sau khi nạo vét."),
            ("Mặt trời đỏ trên đồng ruộng lúc chiều", ""),
            ("Ruộng lúa non và dòng sông xa", "Lúa vụ mới vừa xuống giống."),
        ),
    },
    "anbien": {
        "title": "Xã An Biên: đường làng, kênh rạch",
        "slug": "an-bien-duong-lang-kenh-rach",
        "description": "Cảnh quan xã An Biên sau khi hoàn thành các tuyến đường ấp. " + NOTE,
        "palette": "tin-hoat-dong",
        "photos": (
            ("Con kênh chạy qua cánh đồng của xã", "Kênh thủy lợi của xã."),
            ("Cánh đồng và bầu trời xanh buổi sáng", ""),
            ("Mặt trời trên ruộng lúa", "Chiều trên đồng An Biên."),
        ),
    },
}

VIDEO = {
    "title": "Giới thiệu cổng thông tin điện tử (video mẫu)",
    "slug": "gioi-thieu-cong-thong-tin",
    "description": "Hướng dẫn ngắn cách tìm tin tức, văn bản và gửi câu hỏi trên cổng. "
    "Video mẫu của bản trình diễn.",
    "external_url": "https://www.youtube.com/results?search_query=c%E1%BB%95ng+th%C3%B4ng+tin+"
    "%C4%91i%E1%BB%87n+t%E1%BB%AD+An+Giang",
    "transcript": "Xin chào quý vị. Cổng thông tin điện tử của tỉnh có bốn phần chính: tin "
    "tức, văn bản, thủ tục hành chính và hỏi đáp.\n"
    "Để gửi câu hỏi, quý vị chọn mục Hỏi đáp, bấm “Gửi câu hỏi” và điền nội dung.\n"
    "(Lời thoại mẫu viết cho bản trình diễn.)",
}


def _picture(title, palette, seed):
    image = get_image_model()(
        title=title,
        file=ImageFile(io.BytesIO(cover_picture(palette, seed)), name=f"thu-vien-{seed}.jpg"),
    )
    image.save()
    return image


def _library(site):
    return GalleryIndexPage.objects.descendant_of(site.root_page).filter(slug=GALLERY_SLUG).first()


def add_album(library, data, date, seed):
    if PhotoAlbumPage.objects.child_of(library).filter(slug=data["slug"]).exists():
        return None
    album = PhotoAlbumPage(
        title=data["title"], slug=data["slug"], date=date, description=data["description"]
    )
    for number, (alt_text, caption) in enumerate(data["photos"]):
        picture = _picture(alt_text, data["palette"], seed * 100 + number)
        album.photos.add(AlbumPhoto(image=picture, alt_text=alt_text, caption=caption))
    library.add_child(instance=album)
    return album


@hooks.register("vnportal_demo_content")
def create_demo_library(sites):
    today = timezone.localdate()
    for seed, (slug, data) in enumerate(ALBUMS.items(), start=1):
        library = _library(sites[slug]) if slug in sites else None
        if library is not None:
            add_album(library, data, today - datetime.timedelta(days=3 * seed), seed)
    library = _library(sites["angiang"]) if "angiang" in sites else None
    if library is not None and not VideoPage.objects.child_of(library).exists():
        library.add_child(instance=VideoPage(date=today - datetime.timedelta(days=1), **VIDEO))
