"""The host name of a closed portal answers 301 to the archive inside its successor's site;
other hosts pay nothing for it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect

from vnportal.news.models import ArchivePage, CategoryPage
from vnportal.testing.builders import add_article, add_former_district, add_unit, build_site
from vnportal.units.models import FormerHost, UnitKind

pytestmark = pytest.mark.django_db

OLD_HOST = "anbien-cu.localhost"


@pytest.fixture
def former(province):
    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    province_unit = add_unit("AG", "Tỉnh An Giang", UnitKind.PROVINCE, province.site)
    commune = add_unit("AG-ANBIEN", "Xã An Biên", UnitKind.COMMUNE, anbien.site, province_unit)
    district = add_former_district([commune])
    archive = anbien.home.add_child(
        instance=ArchivePage(title="Lưu trữ huyện An Biên", slug="luu-tru", unit=district)
    )
    FormerHost.objects.create(hostname=OLD_HOST, unit=district)
    return {"site": anbien, "district": district, "archive": archive, "commune": commune}


def test_former_host_redirects_permanently_to_the_archive_on_the_successor_host(client, former):
    response = client.get("/", HTTP_HOST=OLD_HOST)
    assert response.status_code == 301
    assert response["Location"] == "http://anbien.localhost/luu-tru/"
    # The old paths mean nothing on the new site: they land on the archive too.
    response = client.get("/tin-tuc/chi-tiet.aspx?id=12", HTTP_HOST=OLD_HOST)
    assert response["Location"] == "http://anbien.localhost/luu-tru/"


def test_redirect_keeps_the_readers_scheme_and_port(client, former):
    response = client.get("/", HTTP_HOST=f"{OLD_HOST}:8000")
    assert response.status_code == 301
    assert response["Location"] == "http://anbien.localhost:8000/luu-tru/"
    response = client.get("/", HTTP_HOST=OLD_HOST.upper(), secure=True)
    assert response["Location"] == "https://anbien.localhost/luu-tru/"


def test_redirect_lands_on_a_page_the_successor_serves(client, former):
    location = client.get("/", HTTP_HOST=f"{OLD_HOST}:8000")["Location"]
    response = client.get("/luu-tru/", HTTP_HOST="anbien.localhost:8000")
    assert location.endswith("/luu-tru/")
    assert response.status_code == 200
    assert "Huyện An Biên đã giải thể từ 01/07/2025" in response.content.decode()


def test_old_article_paths_follow_redirects_of_the_successor_site(client, former):
    category = former["archive"].add_child(instance=CategoryPage(title="Tin huyện", slug="tin"))
    article = add_article(category, title="Bài cũ của huyện")
    Redirect.add_redirect("/tin-tuc/chi-tiet.aspx?id=12", article, site=former["site"].site)
    Redirect.add_redirect("/gioi-thieu.html", "/luu-tru/tin/", site=former["site"].site)

    response = client.get("/tin-tuc/chi-tiet.aspx?id=12", HTTP_HOST=f"{OLD_HOST}:8000")
    assert response.status_code == 301
    assert response["Location"] == f"http://anbien.localhost:8000/luu-tru/tin/{article.slug}/"
    response = client.get("/gioi-thieu.html", HTTP_HOST=f"{OLD_HOST}:8000")
    assert response["Location"] == "http://anbien.localhost:8000/luu-tru/tin/"


def test_former_host_is_redirected_even_when_the_default_site_is_cached(client, former):
    # An unknown host falls back to the default site: its cached home must not be served.
    client.get("/", HTTP_HOST="localhost")
    assert client.get("/", HTTP_HOST="localhost")["X-Cache"] == "HIT"
    assert client.get("/", HTTP_HOST=OLD_HOST).status_code == 301


def test_a_new_former_host_works_at_once(client, former):
    client.get("/", HTTP_HOST="localhost")  # the set of former host names is now cached
    FormerHost.objects.create(hostname="xa-cu.localhost", unit=former["district"])
    assert client.get("/", HTTP_HOST="xa-cu.localhost").status_code == 301
    FormerHost.objects.filter(hostname="xa-cu.localhost").delete()
    assert client.get("/", HTTP_HOST="xa-cu.localhost").status_code == 200


def test_without_an_archive_the_former_host_goes_to_a_successors_home(client, former):
    former["archive"].unpublish()
    response = client.get("/", HTTP_HOST=OLD_HOST)
    assert response.status_code == 301
    assert response["Location"] == "http://anbien.localhost/"


def test_normal_hosts_are_served_as_before_without_an_extra_query(client, former):
    add_article(former["site"].categories["tin-hoat-dong"], title="Tin của xã An Biên")
    first = client.get("/", HTTP_HOST="anbien.localhost")
    assert first.status_code == 200
    assert "Tin của xã An Biên" in first.content.decode()
    with CaptureQueriesContext(connection) as captured:
        second = client.get("/", HTTP_HOST="anbien.localhost")
    assert second["X-Cache"] == "HIT"
    assert len(captured) == 0
