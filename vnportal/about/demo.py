"""Demo content of "Giới thiệu" for the province and the commune of An Biên
(the demo app's `vnportal_demo_content` hook); texts in demo_content.py."""

from wagtail import hooks

from vnportal.core.models import StandardPage
from vnportal.units.provisioning import ABOUT_SLUG
from vnportal.vntext import slugify

from . import demo_content
from .models import BoundaryMapPage, PlaceIndexPage, PlacePage
from .sections import MAP_SLUG, PLACES_SLUG


def _paragraphs(paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def fill_site(site, texts, places, map_data):
    about = site.root_page.get_children().filter(slug=ABOUT_SLUG).first()
    if about is None:
        return
    for slug, paragraphs in texts.items():
        page = StandardPage.objects.child_of(about).filter(slug=slug).first()
        if page is not None:
            page.body = _paragraphs(paragraphs)
            page.save_revision().publish()
    index = PlaceIndexPage.objects.child_of(about).filter(slug=PLACES_SLUG).first()
    if index is not None and not PlacePage.objects.child_of(index).exists():
        index.intro = _paragraphs(
            [
                "Các di tích lịch sử – văn hóa và danh lam thắng cảnh đã được xếp hạng trên "
                "địa bàn. Tọa độ trên cổng là gần đúng."
            ]
        )
        index.save_revision().publish()
        for data in places:
            index.add_child(
                instance=PlacePage(
                    title=data["title"],
                    slug=slugify(data["title"]),
                    classification=data["classification"],
                    address=data["address"],
                    latitude=data["latitude"],
                    longitude=data["longitude"],
                    description=_paragraphs([data["description"]]),
                )
            )
    boundary_page = BoundaryMapPage.objects.child_of(about).filter(slug=MAP_SLUG).first()
    if boundary_page is not None:
        boundary_page.geojson = map_data["geojson"]
        boundary_page.neighbours = map_data["neighbours"]
        boundary_page.save_revision().publish()


@hooks.register("vnportal_demo_content")
def about_demo(sites):
    for slug, (texts, places) in demo_content.CONTENT.items():
        site = sites.get(slug)
        if site is not None:
            fill_site(site, texts, places, demo_content.MAPS[slug])
