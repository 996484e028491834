"""Where imported content lands: a current site's news, or the archive of a former unit.

`Target` resolves the container once per run and finds or creates the categories an
item names, by their folded titles, so "Tin tức - Sự kiện" from one page and
"Tin tuc - Su kien" from another end in one category.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Collection, Site

from vnportal.core.models import HomePage
from vnportal.news.models import FORMER_KINDS, ArchivePage, CategoryPage, NewsIndexPage
from vnportal.units.models import FormerHost, Unit
from vnportal.vntext import fold, slugify


class TargetError(Exception):
    """The site or unit cannot take the import; the message is for the person running it."""


def find_site(hostname: str) -> Site:
    site = Site.objects.filter(hostname__iexact=hostname).select_related("root_page").first()
    if site is None:
        known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True))
        raise TargetError(f"Không có trang nào có tên miền “{hostname}”. Các tên miền: {known}.")
    return site


def find_former_unit(code: str) -> Unit:
    unit = Unit.objects.filter(code__iexact=code).first()
    if unit is None:
        raise TargetError(f"Không có đơn vị nào có mã “{code}”.")
    if unit.kind not in FORMER_KINDS or unit.dissolved_on is None:
        raise TargetError(
            f"{unit.name} chưa giải thể hoặc sáp nhập: chỉ nhập vào lưu trữ của huyện, "
            "xã, phường cũ đã có ngày giải thể."
        )
    return unit


class Target:
    def __init__(self, site: Site, unit: Unit | None = None, *, dry_run: bool = False):
        self.site = site
        self.unit = unit
        self.dry_run = dry_run
        self.home = site.root_page.specific
        if not isinstance(self.home, HomePage):
            raise TargetError(f"Trang gốc của {site.hostname} không phải trang chủ cổng.")
        self._root = None
        self._categories: dict[tuple, object] = {}
        self.collection = self._collection()

    @property
    def label(self) -> str:
        if self.unit is not None:
            return f"lưu trữ {self.unit.name} trên {self.site.hostname}"
        return self.site.hostname

    def root(self):
        """The page articles go under: the archive page, or the site's "Tin tức"."""
        if self._root is None:
            self._root = self._archive() if self.unit is not None else self._news_index()
        return self._root

    def pages_root(self):
        """Where a plain page (Giới thiệu, Liên hệ) goes: the archive, or the home page."""
        return self.root() if self.unit is not None else self.home

    def _news_index(self):
        news = NewsIndexPage.objects.child_of(self.home).order_by("path").first()
        if news is None:
            raise TargetError(
                f"Trang {self.site.hostname} chưa có mục “Tin tức”; hãy tạo mục này trước."
            )
        return news

    def _archive(self):
        archive = ArchivePage.objects.child_of(self.home).filter(unit=self.unit).first()
        if archive is not None or self.dry_run:
            return archive
        archive = ArchivePage(
            title=f"Lưu trữ {self.unit.name}",
            slug=f"luu-tru-{slugify(self.unit.name)}"[:255],
            unit=self.unit,
            intro=f"Tin bài của {self.unit.name} trước khi giải thể, chuyển từ cổng cũ.",
        )
        self.home.add_child(instance=archive)
        archive.save_revision().publish()
        return archive

    def category(self, names: list[str]):
        """The category page for the path `names` (created as needed), or the root."""
        parent = self.root()
        key: tuple = ()
        for name in names:
            name = " ".join(name.split())
            if not name:
                continue
            key = (*key, fold(name).lower())
            if key not in self._categories:
                self._categories[key] = self._child_category(parent, name)
            parent = self._categories[key]
        return parent

    def _child_category(self, parent, name):
        if parent is None:  # a dry run before the archive exists
            return None
        wanted = fold(name).lower()
        for category in CategoryPage.objects.child_of(parent):
            if fold(category.title).lower() == wanted:
                return category
        if self.dry_run:
            return None
        category = CategoryPage(title=name, slug=_free_slug(parent, slugify(name) or "chuyen-muc"))
        parent.add_child(instance=category)
        category.save_revision().publish()
        return category

    def _collection(self):
        try:
            unit = self.site.unit
        except ObjectDoesNotExist:
            unit = None
        if unit is not None and unit.collection_id:
            return unit.collection
        return Collection.get_first_root_node()

    def remember_former_host(self, hostname: str) -> bool:
        """Requests to the closed portal's host name go to this archive from now on."""
        if self.unit is None or not hostname or self.dry_run:
            return False
        if Site.objects.filter(hostname__iexact=hostname).exists():
            return False
        _, created = FormerHost.objects.get_or_create(
            hostname=hostname.lower(), defaults={"unit": self.unit}
        )
        return created


def _free_slug(parent, slug):
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate
