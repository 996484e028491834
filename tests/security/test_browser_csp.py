"""In Chromium, under the portal's real Content-Security-Policy: every section of the demo
province, the Leaflet boundary map, a video page, the question form and the Wagtail admin's
page editor work without a single CSP violation (the browser reports each one as a
`securitypolicyviolation` event, collected before any page script runs)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from vnportal.about.models import BoundaryMapPage
from vnportal.galleries.models import VideoPage
from vnportal.news.models import ArticlePage
from vnportal.testing.builders import tree_root

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-kiem-tra-csp-2026"
COLLECT = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:` +
    `${event.lineNumber} ${(event.sample || "").slice(0, 60)}`);
});
"""


@pytest.fixture
def demo(transactional_db, settings):
    settings.VNPORTAL_PAGE_CACHE = False
    tree_root()  # a transactional test starts from an empty tree
    call_command("load_demo", "--articles-per-site", "1", stdout=io.StringIO())
    get_user_model().objects.create_superuser("kiemtra", password=PASSWORD)


@pytest.fixture
def watched(browser_page):
    page = browser_page
    page.context.add_init_script(COLLECT)
    console = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.csp_console = console
    return page


def violations(page):
    page.wait_for_timeout(150)  # events are queued; let them arrive
    return page.evaluate("window.__csp || []")


def visit(page, url, problems):
    response = page.goto(url)
    assert response.status < 500, url
    assert "default-src 'self'" in (response.headers.get("content-security-policy") or ""), url
    found = violations(page)
    if found:
        problems[url] = found


def test_public_sections_map_and_video_raise_no_csp_violation(live_server, watched, demo):
    page = watched
    origin = live_server.url.replace("127.0.0.1", "localhost")
    problems = {}
    page.goto(origin + "/")
    links = page.locator("nav.main-nav > ul > li > a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) >= 10
    site = Site.objects.get(hostname="localhost")
    extra = [
        BoundaryMapPage.objects.live().descendant_of(site.root_page).first(),
        VideoPage.objects.live().descendant_of(site.root_page).first(),
        ArticlePage.objects.live().descendant_of(site.root_page).first(),
    ]
    urls = [origin + href for href in hrefs if href.startswith("/")]
    urls += [origin + p.relative_url(site) for p in extra if p is not None]
    urls += [origin + "/hoi-dap/gui/", origin + "/tim-kiem/?q=n%C3%B4ng+th%C3%B4n"]
    for url in urls:
        visit(page, url, problems)
    assert problems == {}
    assert page.csp_console == []

    # The boundary map really draws under the policy (Leaflet from our static files).
    map_page = extra[0]
    assert map_page is not None, "the demo has a boundary map"
    page.goto(origin + map_page.relative_url(site))
    page.wait_for_selector(".boundary-figure.is-drawn .leaflet-container")
    # The video page: a file of our own plays in the browser's player (media-src 'self');
    # the demo's video is a link to another site, shown as a plain link.
    video = extra[1]
    assert video is not None, "the demo has a video"
    page.goto(origin + video.relative_url(site))
    for src in page.locator("video.video-player source").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('src'))"
    ):
        assert src.startswith("/"), src
    assert violations(page) == []


def test_admin_editor_works_under_the_admin_policy(live_server, watched, demo):
    page = watched
    problems = {}
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "kiemtra")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert violations(page) == []
    article = ArticlePage.objects.live().first()
    home = Page.objects.get(pk=article.get_site().root_page.pk)
    for path in (
        "/admin/",
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{home.pk}/",
        "/admin/images/",
        "/admin/documents/",
        f"/admin/pages/add/news/articlepage/{article.get_parent().pk}/",
    ):
        visit_admin(page, live_server.url + path, problems)
    # The editor itself: Draftail takes typing, the status side panel opens.
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    page.keyboard.type(" Thêm một câu.")
    page.locator("[data-side-panel-toggle]").first.click()
    page.wait_for_timeout(300)
    found = violations(page)
    if found:
        problems["editor interaction"] = found
    assert problems == {}
    assert page.csp_console == []


def visit_admin(page, url, problems):
    response = page.goto(url)
    assert response.status < 400, (url, response.status)
    assert "'unsafe-eval'" not in (response.headers.get("content-security-policy") or "")
    found = violations(page)
    if found:
        problems[url] = found
