"""Admin forms of the news pages: what an editor may choose depends on the site."""

from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Site

from vnportal.units.urls_across_sites import site_id_of

from .queries import shareable_originals
from .shared import province_home_of

NOT_SHAREABLE = "Chỉ chọn được bài đang xuất bản của cổng tỉnh có đánh dấu “Đăng cho toàn tỉnh”."
TITLE_REQUIRED = "Hãy nhập tiêu đề bài viết, hoặc chọn một bài của tỉnh để đăng lại."


def _site_of_form(form):
    page = form.instance if form.instance.pk else form.parent_page
    return site_id_of(page) if page is not None else None


def _original_label(article):
    published = timezone.localtime(article.published_at)
    return f"{article.title} ({published:%d/%m/%Y})"


class ArticlePageForm(WagtailAdminPageForm):
    """On a commune site the editor may pick a province article to republish (and then
    needs no title of their own); "Đăng cho toàn tỉnh" is offered on province sites only.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        province_home = province_home_of(_site_of_form(self))
        if province_home is None:
            # A province (or stand-alone) site: nothing above it to republish from.
            self.fields.pop("original", None)
        else:
            self.fields.pop("province_wide", None)
            if "original" in self.fields:
                self._limit_originals(province_home)
        self._limit_topics()
        if "title" in self.fields and "original" in self.fields:
            self.fields["title"].required = False
            if "slug" in self.fields:
                self.fields["slug"].required = False

    def _limit_topics(self):
        from .models import TopicPage

        site_id = _site_of_form(self)
        if "topics" not in self.fields or site_id is None:
            return
        site_root = Site.objects.get(pk=site_id).root_page
        self.fields["topics"].queryset = TopicPage.objects.descendant_of(site_root).order_by("path")

    def _limit_originals(self, province_home):
        field = self.fields["original"]
        field.queryset = shareable_originals(province_home)
        field.label_from_instance = _original_label
        field.empty_label = "— Không đăng lại, tự viết bài —"
        field.error_messages["invalid_choice"] = NOT_SHAREABLE

    def clean(self):
        original = self.cleaned_data.get("original")
        if original is not None:
            # The republished page carries the original's title and slug; the URL stays
            # put once saved, so only an empty slug is filled.
            self.cleaned_data["title"] = original.title
            if not self.cleaned_data.get("slug"):
                self.cleaned_data["slug"] = original.slug
        elif "title" in self.fields and not self.cleaned_data.get("title"):
            self.add_error("title", TITLE_REQUIRED)
        return super().clean()


class ArchivePageForm(WagtailAdminPageForm):
    """An archive of a former unit belongs inside the site of one of its successors."""

    def clean(self):
        cleaned_data = super().clean()
        unit = cleaned_data.get("unit")
        site_id = _site_of_form(self)
        if unit is None or site_id is None:
            return cleaned_data
        successors = list(unit.successors.all())
        if successors and not any(s.site_id == site_id for s in successors):
            names = ", ".join(s.name for s in successors)
            self.add_error(
                "unit",
                forms.ValidationError(
                    f"Lưu trữ của {unit.name} phải đặt trong cổng của một đơn vị kế thừa "
                    f"({names}). Hãy tạo trang này dưới trang chủ của một trong các cổng đó."
                ),
            )
        return cleaned_data
