"""Load the demo portal: An Giang province and three communes of the former An Biên
district, each its own Wagtail Site, with categories and demo articles.

Runs only on an empty portal (no article yet) so `make run` can call it every time.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model

from vnportal.core.models import SiteSettings, StandardPage
from vnportal.demo import content
from vnportal.demo.archive import create_demo_archive, create_demo_shared_news
from vnportal.demo.pictures import cover_picture
from vnportal.news.models import ArticlePage, CategoryPage, NewsIndexPage
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import ABOUT_SLUG, provision_unit
from vnportal.vntext import slugify

DEMO_NOTICE = "Bài viết mẫu do vnportal soạn để minh họa; đây không phải tin thật."
FORMER_DISTRICT = {
    "code": "KG-HUYEN-ANBIEN",
    "name": "Huyện An Biên",
    "dissolved_on": datetime.date(2025, 7, 1),
}


DEMO_SETTINGS = (
    "unit_name",
    "portal_title",
    "governing_body",
    "responsible_person",
    "address",
    "phone",
    "email",
)


def host_for(site_data):
    return "localhost" if site_data["kind"] == "province" else f"{site_data['slug']}.localhost"


def rich_paragraphs(paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


class Command(BaseCommand):
    help = "Nạp nội dung mẫu (tỉnh An Giang và ba xã) khi cổng chưa có bài viết nào."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles-per-site",
            type=int,
            default=None,
            help="Chỉ nạp tối đa chừng này bài mỗi trang (dùng cho kiểm thử).",
        )

    def handle(self, *args, **options):
        if ArticlePage.objects.exists():
            self.stdout.write("Cổng đã có nội dung; không nạp nội dung mẫu.")
            return
        with transaction.atomic():
            homes = self._create_sites()
            count = self._create_articles(homes, options["articles_per_site"])
            # Shared province news and the former An Biên district's archive.
            create_demo_shared_news()
            create_demo_archive()
        self.stdout.write(
            self.style.SUCCESS(f"Đã nạp nội dung mẫu: {len(homes)} trang, {count} bài viết.")
        )

    def _create_sites(self):
        """Each demo unit gets its site the way `create_unit_sites` makes one (home page,
        sections, settings, groups, collection); the demo then adds its own texts."""
        province_unit = None
        homes = {}
        for data in content.SITES:
            kind = UnitKind.PROVINCE if data["kind"] == "province" else UnitKind.COMMUNE
            unit, _ = Unit.objects.update_or_create(
                code=data["code"],
                defaults={
                    "name": data["unit_name"][0].upper() + data["unit_name"][1:],
                    "kind": kind,
                    "parent": province_unit,
                },
            )
            if kind == UnitKind.PROVINCE:
                province_unit = unit
            site = provision_unit(unit, hostname=host_for(data))
            portal = SiteSettings.objects.get(site=site)
            for key in DEMO_SETTINGS:
                setattr(portal, key, data[key])
            portal.save()
            home = site.root_page.specific
            about = StandardPage.objects.child_of(home).get(slug=ABOUT_SLUG)
            about.body = rich_paragraphs(data["about"])
            about.save_revision().publish()
            news = NewsIndexPage.objects.child_of(home).get()
            # Provisioning created the standard categories (vnportal/news/sections.py).
            categories = {c.slug: c for c in CategoryPage.objects.child_of(news)}
            unit.refresh_from_db()
            homes[data["slug"]] = (home, categories, unit.collection)
        self._create_former_district()
        return homes

    def _create_former_district(self):
        communes = Unit.objects.filter(kind=UnitKind.COMMUNE)
        district, _ = Unit.objects.update_or_create(
            code=FORMER_DISTRICT["code"],
            defaults={
                "name": FORMER_DISTRICT["name"],
                "kind": UnitKind.DISTRICT,
                "dissolved_on": FORMER_DISTRICT["dissolved_on"],
            },
        )
        district.successors.set(communes)

    def _create_articles(self, homes, limit):
        image_model = get_image_model()
        created_per_site = {}
        for number, data in enumerate(content.ARTICLES):
            site_slug = data["site"]
            if limit is not None and created_per_site.get(site_slug, 0) >= limit:
                continue
            created_per_site[site_slug] = created_per_site.get(site_slug, 0) + 1
            _, categories, collection = homes[site_slug]
            published_at = timezone.make_aware(
                datetime.datetime.strptime(data["published_at"], "%Y-%m-%d %H:%M")
            )
            picture = image_model(
                title=f"Ảnh minh họa: {data['title']}",
                description="Tranh vẽ minh họa đồng ruộng và dòng sông (ảnh mẫu)",
                collection=collection,
                file=ImageFile(
                    io.BytesIO(cover_picture(data["category"], number)),
                    name=f"demo-{number:03d}.jpg",
                ),
            )
            picture.save()
            body = [{"type": "paragraph", "value": rich_paragraphs(data["body"])}]
            body.append({"type": "paragraph", "value": f"<p><i>{DEMO_NOTICE}</i></p>"})
            article = ArticlePage(
                title=data["title"],
                slug=slugify(data["title"]),
                sapo=data["sapo"],
                body=body,
                author=data["author"],
                source=data["source"],
                published_at=published_at,
                first_published_at=published_at,
                featured=data["featured"] is not None,
                featured_order=data["featured"] or 0,
                cover_image=picture,
                cover_caption="Ảnh minh họa (nội dung mẫu).",
            )
            categories[data["category"]].add_child(instance=article)
            article.save_revision().publish()
        return sum(created_per_site.values())
