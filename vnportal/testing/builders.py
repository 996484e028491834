"""Build small portals for tests: a site with its home page, "Tin tức", categories and
articles, quickly (pages are created live, without the revision history an editor makes).
"""

import datetime
import io
import itertools
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from vnportal.core.models import HomePage, SiteSettings
from vnportal.core.signals import purge_page
from vnportal.news.models import ArticlePage, CategoryPage, NewsIndexPage
from vnportal.units.models import Unit, UnitKind

_counter = itertools.count(1)


@dataclass
class BuiltSite:
    site: Site
    home: HomePage
    news: NewsIndexPage
    categories: dict = field(default_factory=dict)


def tree_root():
    """Wagtail's root page; recreated when a transactional test flushed it away."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title="Root", slug="root"))
        if not Collection.objects.exists():
            Collection.add_root(name="Root")
    return root


def build_site(hostname="localhost", unit_name="tỉnh An Giang", default=True, categories=None):
    """A Wagtail Site with its settings, "Tin tức" and the given categories."""
    if categories is None:
        categories = {"tin-hoat-dong": "Tin hoạt động", "chuyen-doi-so": "Chuyển đổi số"}
    root = tree_root()
    if default:
        # The Wagtail install's welcome site would otherwise answer for localhost.
        Site.objects.filter(is_default_site=True).delete()
    home = root.add_child(
        instance=HomePage(title=f"Trang chủ {unit_name}", slug=f"home-{next(_counter)}")
    )
    site = Site.objects.create(
        hostname=hostname, port=80, root_page=home, is_default_site=default, site_name=unit_name
    )
    SiteSettings.objects.create(
        site=site,
        unit_name=unit_name,
        governing_body=f"Ủy ban nhân dân {unit_name}",
        responsible_person="Ông Nguyễn Văn Mẫu",
        address="Số 1 đường Mẫu",
        phone="0296 3 000 000",
        email="ubnd@example.gov.vn",
    )
    news = home.add_child(
        instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", show_in_menus=True)
    )
    built = BuiltSite(site=site, home=home, news=news)
    for slug, title in categories.items():
        built.categories[slug] = news.add_child(
            instance=CategoryPage(title=title, slug=slug, show_in_menus=True)
        )
    return built


def make_image(title="Ảnh thử", color="#3366aa"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 400), color).save(buffer, "PNG")
    image = get_image_model()(
        title=title,
        description="Ảnh thử nghiệm",
        file=ImageFile(buffer, name=f"test-{next(_counter)}.png"),
    )
    image.save()
    return image


def add_article(category, title=None, published_at=None, featured_order=0, cover=None, **fields):
    number = next(_counter)
    if published_at is None:
        published_at = timezone.now() - datetime.timedelta(minutes=number)
    article = ArticlePage(
        title=title or f"Bài viết thử số {number}",
        slug=f"bai-viet-{number}",
        sapo=fields.pop("sapo", f"Tóm tắt của bài viết thử số {number}."),
        body=fields.pop(
            "body", [{"type": "paragraph", "value": f"<p>Nội dung bài thử {number}.</p>"}]
        ),
        published_at=published_at,
        featured=featured_order > 0,
        featured_order=featured_order,
        cover_image=cover,
        **fields,
    )
    category.add_child(instance=article)
    # Pages built here skip publishing, so purge what publishing would have purged.
    purge_page(article, before={})
    return article


def add_articles(category, count, cover=None):
    return [add_article(category, cover=cover) for _ in range(count)]


def add_unit(code, name, kind, site=None, parent=None):
    """An administrative unit, linked to its site when it has one."""
    return Unit.objects.create(code=code, name=name, kind=kind, site=site, parent=parent)


def add_former_district(successors, code="KG-HUYEN-ANBIEN", name="Huyện An Biên"):
    """A district abolished on 01/07/2025, whose area went to `successors`."""
    district = Unit.objects.create(
        code=code, name=name, kind=UnitKind.DISTRICT, dissolved_on=datetime.date(2025, 7, 1)
    )
    district.successors.set(successors)
    return district


def add_documents_section(site):
    """The site's "Văn bản" page, where its register is listed."""
    from vnportal.legaldocs.models import DocumentIndexPage

    home = site.root_page.specific
    existing = DocumentIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    return home.add_child(
        instance=DocumentIndexPage(title="Văn bản", slug="van-ban", show_in_menus=True)
    )


def add_document(site, number, issued_on=None, body="Ủy ban nhân dân tỉnh", **fields):
    """A document of the site's register, public; `fields` override the defaults."""
    from vnportal.legaldocs.models import DocumentKind, IssuingBody, LegalDocument

    issuing_body, _ = IssuingBody.objects.get_or_create(name=body)
    serial = next(_counter)
    document = LegalDocument(
        site=site,
        number=number,
        kind=fields.pop("kind", DocumentKind.QUYET_DINH),
        issuing_body=issuing_body,
        title=fields.pop("title", f"Về việc thử nghiệm văn bản số {serial}"),
        issued_on=issued_on or datetime.date(2025, 3, 1),
        **fields,
    )
    document.save()
    return document
