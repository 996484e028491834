"""Admin forms of the news pages: what an editor may choose depends on the site."""

from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Site

from vnportal.units.urls_across_sites import site_id_of

from .publishing import publish_problems
from .queries import shareable_originals
from .shared import province_home_of

NOT_SHAREABLE = "Chỉ chọn được bài đang xuất bản của cổng tỉnh có đánh dấu “Đăng cho toàn tỉnh”."
TITLE_REQUIRED = "Hãy nhập tiêu đề bài viết, hoặc chọn một bài của tỉnh để đăng lại."
OUTDATED = (
    "Bài vừa được {who} lưu lúc {when}, sau khi bạn mở trang này; lưu bây giờ sẽ xóa mất "
    "thay đổi đó. Hãy mở bài trong một thẻ mới để xem phiên bản mới, chép phần của bạn "
    "vào đó; hoặc bấm lưu lần nữa nếu bạn chắc chắn muốn thay thế."
)


def _vietnamese_name(user):
    # Họ (last name) comes first in Vietnamese: "Trần Văn Biên Tập", not Django's order.
    full = f"{user.last_name} {user.first_name}".strip()
    return full or user.get_username()


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

    def _post_clean(self):
        super()._post_clean()
        # After the model's own validation `self.instance` holds the submitted values.
        if self._publishes():
            parent = self.parent_page if not self.instance.pk else None
            for field, message in publish_problems(self.instance, parent):
                if field in self.errors:
                    continue  # Its own error (an invalid choice) says enough.
                self.add_error(field if field in self.fields else None, message)
        self._refuse_outdated()

    def _publishes(self):
        """Whether the button pressed would publish the article (now or on schedule)."""
        from .workflows import approval_publishes

        data, user = self.data, self.for_user
        if user is None:
            return False
        page = self.instance
        if data.get("action-publish"):
            if page.pk:
                return page.permissions_for_user(user).can_publish()
            return self.parent_page.permissions_for_user(user).can_publish_subpage()
        if data.get("action-workflow-action") and data.get("workflow-action-name") == "approve":
            task_state = page.current_workflow_task_state if page.pk else None
            return task_state is not None and approval_publishes(task_state)
        return False

    def _refuse_outdated(self):
        """Two editors cannot overwrite each other silently: a form loaded before someone
        else saved the article is refused once, with who and when; its text stays in the
        form, and the form now carries the newer revision, so saving again overwrites on
        purpose. Wagtail does this check only for autosave requests."""
        page = self.instance
        loaded = self.data.get("overwrite_revision_id") or self.data.get("loaded_revision_id")
        if not page.pk or not loaded:
            return
        latest = page.get_latest_revision()
        if latest is None or str(latest.pk) == str(loaded):
            return
        if self.for_user is not None and latest.user_id == self.for_user.pk:
            # The newer revision is the user's own: Wagtail's autosave writes one without
            # updating the form's loaded_revision_id.
            return
        who = _vietnamese_name(latest.user) if latest.user else ""
        when = timezone.localtime(latest.created_at)
        self.add_error(
            None, OUTDATED.format(who=who or "người khác", when=f"{when:%H:%M %d/%m/%Y}")
        )

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
