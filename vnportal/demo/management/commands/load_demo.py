"""Load the demo portal: An Giang province and three communes of the former An Biên
district, each its own Wagtail Site, with categories and demo articles.

Runs only on an empty portal (no article yet) so `make run` can call it every time.
"""

import datetime
import io
import re

from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail import hooks
from wagtail.images import get_image_model

from vnportal.consultations.demo import create_demo_consultations
from vnportal.core.models import SiteSettings, StandardPage
from vnportal.demo import content
from vnportal.demo.archive import create_demo_archive, create_demo_shared_news
from vnportal.demo.documents import create_demo_documents
from vnportal.demo.feedback import create_demo_feedback
from vnportal.demo.pictures import cover_picture
from vnportal.news.models import (
    ArticleContributor,
    ArticlePage,
    CategoryPage,
    ClarificationSource,
    NewsIndexPage,
    TopicIndexPage,
    TopicPage,
)
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import ABOUT_SLUG, provision_unit
from vnportal.vntext import slugify

# Apps added after the demo was written bring their own demo content: a function
# `(sites) -> None`, `sites` being {demo site slug: Site} (angiang, anbien, tayyen, dongthai).
DEMO_HOOK = "vnportal_demo_content"
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
            topics = self._create_topics(homes)
            count = self._create_articles(homes, topics, options["articles_per_site"])
            count += self._create_clarifications(homes)
            # Shared province news and the former An Biên district's archive.
            create_demo_shared_news()
            create_demo_archive()
            sites = {slug: home.get_site() for slug, (home, _, _) in homes.items()}
            create_demo_documents(sites)
            create_demo_feedback(sites)
            create_demo_consultations(sites)
            for add_demo_content in hooks.get_hooks(DEMO_HOOK):
                add_demo_content(sites)
        # The demo is built in bulk, mostly without the publish signals that index pages.
        call_command("rebuild_search_index", no_progress=True, stdout=self.stdout)
        call_command("link_document_numbers", stdout=self.stdout)
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

    def _create_topics(self, homes):
        """{site slug: [(topic page, its data)]}: the demo topics, under each site's
        "Chuyên đề" (provisioned with the site)."""
        topics = {}
        for data in content.TOPICS:
            home = homes[data["site"]][0]
            index = TopicIndexPage.objects.child_of(home).get()
            topic = TopicPage.objects.child_of(index).filter(slug=data["slug"]).first()
            if topic is None:
                topic = TopicPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data["intro"],
                    starts_on=_date(data["starts_on"]),
                    ends_on=_date(data["ends_on"]),
                )
                index.add_child(instance=topic)
                topic.save_revision().publish()
            topics.setdefault(data["site"], []).append((topic, data))
        return topics

    def _create_articles(self, homes, topics, limit):
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
                kind=_kind_for(data),
                source=data["source"],
                published_at=published_at,
                first_published_at=published_at,
                featured=data["featured"] is not None,
                featured_order=data["featured"] or 0,
                cover_image=picture,
                cover_alt=picture.description,
                cover_caption="Ảnh minh họa (nội dung mẫu).",
            )
            _add_contributors(article, data["author"], content.CO_AUTHORS.get(data["title"]))
            article.tags.add(*_tags_for(data))
            article.topics.set(
                [topic for topic, rule in topics.get(site_slug, []) if _joins(data, rule)]
            )
            categories[data["category"]].add_child(instance=article)
            article.save_revision().publish()
        return sum(created_per_site.values())

    def _create_clarifications(self, homes):
        for data in content.CLARIFICATIONS:
            _, categories, _ = homes[data["site"]]
            published_at = timezone.make_aware(
                datetime.datetime.strptime(data["published_at"], "%Y-%m-%d %H:%M")
            )
            body = [{"type": "paragraph", "value": rich_paragraphs(data["body"])}]
            body.append({"type": "paragraph", "value": f"<p><i>{DEMO_NOTICE}</i></p>"})
            article = ArticlePage(
                title=data["title"],
                slug=slugify(data["title"]),
                sapo=data["sapo"],
                body=body,
                kind="xac-minh",
                source=data["source"],
                published_at=published_at,
                first_published_at=published_at,
                claim=data["claim"],
                claim_appearance=data["claim_appearance"],
                claim_first_seen=_date(data["claim_first_seen"]),
                verdict=data["verdict"],
                facts=data["facts"],
                responsible_office=data["responsible_office"],
            )
            article.clarification_sources = [
                ClarificationSource(title=source["title"], url=source["url"])
                for source in data["sources"]
            ]
            _add_contributors(article, data["author"])
            article.tags.add(*data["tags"])
            categories[data["category"]].add_child(instance=article)
            article.save_revision().publish()
        return len(content.CLARIFICATIONS)


def _date(text):
    return datetime.date.fromisoformat(text) if text else None


def _add_contributors(article, name, co_author=None):
    names = [name] + ([co_author] if co_author else [])
    share = 100 // len(names)
    article.contributors = [ArticleContributor(name=n, share=share) for n in names]


def _kind_for(data):
    for pattern, kind in content.KIND_RULES:
        if re.search(pattern, data["title"]):
            return kind
    return content.KIND_BY_CATEGORY.get(data["category"], "tin")


def _tags_for(data):
    text = f"{data['title']} {data['sapo']}"
    found = []
    for pattern, tag in content.TAG_RULES:
        if re.search(pattern, text, re.IGNORECASE) and tag not in found:
            found.append(tag)
    return found


def _joins(data, topic):
    if data["category"] in topic["categories"]:
        return True
    return any(part.lower() in data["title"].lower() for part in topic["title_contains"])
