"""In a real browser: a contributor logs in to the admin, writes an article in Draftail and
submits it for review; the editor sends it back with a comment; the board schedules it.

With VNPORTAL_SCREENSHOTS=1 the test also writes the screenshots of
docs/huong-dan-bien-tap.md into docs/images/, so the guide's pictures stay true:
`VNPORTAL_SCREENSHOTS=1 .venv/bin/python -m pytest vnportal/news/tests/test_browser_editorial.py`.
"""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from vnportal.news.models import ArticlePage
from vnportal.news.workflows import BOARD_TASK, EDITOR_TASK
from vnportal.testing.builders import tree_root

from .editorial import build_newsroom

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-thu-nghiem-2026"
TITLE = "Ra mắt tổ công nghệ số cộng đồng ấp Xẻo Nhàu"
SAPO = "Tổ gồm 7 thành viên, hướng dẫn người dân cài đặt VNeID và nộp hồ sơ trực tuyến."
PARAGRAPH = "Sáng 20/7, Ủy ban nhân dân xã ra mắt tổ công nghệ số cộng đồng ấp Xẻo Nhàu."
COMMENT = "Bổ sung tên tổ trưởng và số điện thoại liên hệ."
IMAGES = Path(__file__).resolve().parents[3] / "docs" / "images"
VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture
def newsroom(transactional_db):
    tree_root()  # a transactional test starts from an empty tree
    return build_newsroom(password=PASSWORD)


def shoot(page, name):
    if os.environ.get("VNPORTAL_SCREENSHOTS") == "1":
        IMAGES.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(IMAGES / f"{name}.png"))


def log_in(page, live_server, user, screenshot=None):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    if screenshot:
        shoot(page, screenshot)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def open_actions_menu(page):
    """The footer's dropdown of the other actions beside the main button."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    # Let the menu finish opening before a screenshot.
    expect(page.locator("footer [data-w-dropdown-target='content']").first).to_be_visible()
    page.wait_for_timeout(400)


def open_status_panel(page):
    page.locator("[data-side-panel-toggle='status']").first.click()
    page.wait_for_timeout(400)


def test_contributor_writes_and_submits_editor_sends_back_board_schedules(
    live_server, browser_page, newsroom
):
    page = browser_page
    page.set_viewport_size(VIEWPORT)

    # The contributor writes the article in its category.
    log_in(page, live_server, newsroom.contributor, screenshot="bien-tap-01-dang-nhap")
    page.goto(f"{live_server.url}/admin/pages/add/news/articlepage/{newsroom.category.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_sapo", SAPO)
    page.locator("[data-streamfield-stream-container] button").first.click()
    page.get_by_role("option", name="Đoạn văn").click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    editor.press_sequentially(PARAGRAPH)
    expect(editor).to_have_text(PARAGRAPH)
    # Draftail writes its content into the form a moment after the last keystroke.
    expect(page.locator("[name='body-0-value']")).to_have_value(re.compile("Xẻo Nhàu"))
    shoot(page, "bien-tap-02-viet-bai")

    open_actions_menu(page)
    submit = page.locator("button[name='action-submit']")
    shoot(page, "bien-tap-03-gui-duyet")
    submit.click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{newsroom.category.pk}/")

    article = ArticlePage.objects.get(title=TITLE)
    assert article.workflow_in_progress
    assert article.current_workflow_task.name == EDITOR_TASK
    assert PARAGRAPH in article.get_latest_revision_as_object().body.raw_data[0]["value"]
    # "Đã tạo và gửi duyệt bài …", or "Đã gửi duyệt bài …" when Wagtail's autosave
    # (half a second after the last change) created the page before the click.
    expect(page.locator(".messages")).to_contain_text(re.compile(f"gửi duyệt bài “{TITLE}”"))
    row = page.locator("tr", has_text=TITLE)
    expect(row).to_contain_text("Đang chờ duyệt", ignore_case=True)
    shoot(page, "bien-tap-04-da-gui")

    # The editor opens it from the dashboard and sends it back with a comment.
    log_in(page, live_server, newsroom.editor)
    assert TITLE in page.locator("main").inner_text()
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    open_actions_menu(page)
    shoot(page, "bien-tap-05-bien-tap-vien-xem")
    page.locator("footer button[data-workflow-action-name='reject']").click()
    page.locator("textarea[name='comment']").fill(COMMENT)
    page.wait_for_timeout(400)
    shoot(page, "bien-tap-06-yeu-cau-sua")
    page.locator(".modal form button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    assert article.workflow_states.get().status == "needs_changes"

    # The contributor sees why, and resubmits.
    log_in(page, live_server, newsroom.contributor)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    expect(page.locator(".messages")).to_contain_text(COMMENT)
    shoot(page, "bien-tap-07-tac-gia-thay-y-kien")
    open_actions_menu(page)
    page.locator("button[name='action-submit']").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    state = article.workflow_states.get()
    assert state.status == "in_progress"

    # The editor passes it on; the board schedules it for tomorrow morning.
    state.current_task_state.specific.task.specific.on_action(
        state.current_task_state, newsroom.editor, "approve"
    )
    article.refresh_from_db()
    assert article.current_workflow_task.name == BOARD_TASK
    log_in(page, live_server, newsroom.board)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    open_status_panel(page)
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    page.fill("#id_go_live_at", tomorrow.strftime("%Y-%m-%d 07:00"))
    page.wait_for_timeout(400)
    shoot(page, "bien-tap-08-ban-bien-tap-hen-gio")
    # The date picker left open over the button would take a pointer click.
    page.locator("#schedule-publishing-dialog button[type=submit]").evaluate("b => b.click()")
    expect(page.locator(".messages")).to_contain_text(TITLE)
    open_actions_menu(page)
    page.locator("footer button[data-workflow-action-name='approve']").first.click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    expect(page.locator("tr", has_text=TITLE)).to_contain_text("hẹn giờ đăng", ignore_case=True)
    article.refresh_from_db()
    assert not article.live
    assert article.scheduled_revision is not None
    shoot(page, "bien-tap-09-da-hen-gio")


def test_text_pasted_from_word_into_draftail_is_saved_clean(live_server, browser_page, newsroom):
    page = browser_page
    page.set_viewport_size(VIEWPORT)
    log_in(page, live_server, newsroom.editor)
    page.goto(f"{live_server.url}/admin/pages/add/news/articlepage/{newsroom.category.pk}/")
    page.fill("#id_title", "Sơ kết chuyển đổi số sáu tháng")
    page.locator("[data-streamfield-stream-container] button").first.click()
    page.get_by_role("option", name="Đoạn văn").click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    word = (Path(__file__).parent / "fixtures" / "word-export.html").read_text(encoding="utf-8")
    editor.evaluate(
        """(element, html) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", element.ownerDocument.createRange()
                .createContextualFragment(html).textContent);
            element.dispatchEvent(new ClipboardEvent("paste", {
                clipboardData: data, bubbles: true, cancelable: true,
            }));
        }""",
        word,
    )
    expect(editor).to_contain_text("đồng chí Nguyễn Văn Mẫu")
    expect(page.locator("[name='body-0-value']")).to_have_value(re.compile("Nguyễn Văn Mẫu"))
    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_contain_text("Sơ kết chuyển đổi số sáu tháng")

    article = ArticlePage.objects.get(title="Sơ kết chuyển đổi số sáu tháng")
    stored = " ".join(
        block["value"] for block in article.get_latest_revision_as_object().body.raw_data
    )
    assert "Nguyễn Văn Mẫu" in stored and "Cổng Dịch vụ công quốc gia" in stored
    for dirt in ("style=", "class=", "<span", "mso-", "<o:p", "font-family", "Cambria"):
        assert dirt not in stored
