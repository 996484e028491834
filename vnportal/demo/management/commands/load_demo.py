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
from wagtail.models import Collection, Page, Site

from vnportal.core.models import HomePage, SiteSettings, StandardPage
from vnportal.demo import content
from vnportal.demo.pictures import cover_picture
from vnportal.news.models import ArticlePage, CategoryPage, NewsIndexPage
from vnportal.units.models import Unit, UnitKind
from vnportal.vntext import slugify

DEMO_NOTICE = "Bài viết mẫu do vnportal soạn để minh họa; đây không phải tin thật."
FORMER_DISTRICT = {
    "code": "KG-HUYEN-ANBIEN",
    "name": "Huyện An Biên",
    "dissolved_on": datetime.date(2025, 7, 1),
}


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
        self.stdout.write(
            self.style.SUCCESS(f"Đã nạp nội dung mẫu: {len(homes)} trang, {count} bài viết.")
        )

    def _create_sites(self):
        root = Page.get_first_root_node()
        # Wagtail's install leaves a "Welcome" page and a site pointing at it.
        Site.objects.filter(root_page__content_type__model="page").delete()
        for page in root.get_children().filter(content_type__model="page"):
            page.delete()
        collection_root = Collection.get_first_root_node()
        province_unit = None
        homes = {}
        for data in content.SITES:
            home = root.add_child(instance=HomePage(title=data["portal_title"], slug=data["slug"]))
            home.save_revision().publish()
            site = Site.objects.create(
                hostname=host_for(data),
                port=80,
                root_page=home,
                is_default_site=data["kind"] == "province",
                site_name=data["portal_title"],
            )
            SiteSettings.objects.update_or_create(
                site=site,
                defaults={
                    key: data[key]
                    for key in (
                        "unit_name",
                        "portal_title",
                        "governing_body",
                        "responsible_person",
                        "address",
                        "phone",
                        "email",
                    )
                },
            )
            unit, _ = Unit.objects.update_or_create(
                code=data["code"],
                defaults={
                    "name": data["unit_name"][0].upper() + data["unit_name"][1:],
                    "kind": UnitKind.PROVINCE if data["kind"] == "province" else UnitKind.COMMUNE,
                    "parent": province_unit,
                    "site": site,
                },
            )
            if data["kind"] == "province":
                province_unit = unit
            about = StandardPage(
                title="Giới thiệu",
                slug="gioi-thieu",
                show_in_menus=True,
                body=rich_paragraphs(data["about"]),
            )
            home.add_child(instance=about)
            about.save_revision().publish()
            news = NewsIndexPage(title="Tin tức", slug="tin-tuc", show_in_menus=True)
            home.add_child(instance=news)
            news.save_revision().publish()
            categories = {}
            for slug, title, description in content.CATEGORIES:
                category = CategoryPage(
                    title=title, slug=slug, description=description, show_in_menus=True
                )
                news.add_child(instance=category)
                category.save_revision().publish()
                categories[slug] = category
            collection = collection_root.add_child(name=data["portal_title"])
            homes[data["slug"]] = (home, categories, collection)
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
