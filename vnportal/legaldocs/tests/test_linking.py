"""Numbers mentioned in articles and documents link to the register, computed on save."""

import datetime

import pytest
from django.core.cache import cache

from vnportal.legaldocs import linking
from vnportal.legaldocs.linking import link_numbers
from vnportal.legaldocs.models import LegalDocument
from vnportal.testing.builders import (
    add_article,
    add_document,
    add_documents_section,
    build_site,
)

D = datetime.date


def _must_not_run(*args):
    raise AssertionError("numbers parsed while serving a page")


def known(key):
    return {"42/2022/nd-cp": "/van-ban/42-2022-nd-cp/"}.get(key)


def test_a_mention_becomes_a_link_but_not_inside_an_existing_link():
    html = (
        "<p>Theo Nghị định số 42/2022/ND-CP và <a href='/x'>42/2022/NĐ-CP</a>, "
        "Quyết định 01/QĐ-UBND &amp; <code>42/2022/NĐ-CP</code>.</p>"
    )
    linked, keys = link_numbers(html, known)
    assert linked.count('href="/van-ban/42-2022-nd-cp/"') == 1
    assert '<a class="doc-link" href="/van-ban/42-2022-nd-cp/"' in linked
    assert ">42/2022/ND-CP</a>" in linked  # the text as written
    assert '<a href="/x">42/2022/NĐ-CP</a>' in linked
    assert "<code>42/2022/NĐ-CP</code>" in linked
    assert "&amp;" in linked
    assert keys == {"42/2022/nd-cp", "1/qd-ubnd"}


def test_text_that_looks_like_markup_stays_text():
    linked, _ = link_numbers("<p>42/2022/NĐ-CP &lt;script&gt;</p>", known)
    assert "&lt;script&gt;" in linked and "<script>" not in linked


@pytest.mark.django_db
def test_article_links_to_a_document_registered_before_or_after_it(client, committed, monkeypatch):
    cache.clear()
    built = build_site()
    add_documents_section(built.site)
    body = [
        {
            "type": "paragraph",
            "value": "<p>Thực hiện Quyết định số 15/2024/QĐ-UBND và Kế hoạch 120/KH-UBND.</p>",
        }
    ]
    with committed():
        add_document(built.site, "15/2024/QĐ-UBND", issued_on=D(2024, 5, 2))
        article = add_article(built.categories["tin-hoat-dong"], body=body)
        article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert 'href="/van-ban/15-2024-qd-ubnd/"' in html
    assert "120/KH-UBND" in html and "/van-ban/120-kh-ubnd" not in html

    # Registered later: the article links to it without being edited.
    with committed():
        plan = add_document(built.site, "120/KH-UBND", issued_on=D(2025, 1, 9))
    html = client.get(article.url).content.decode()
    assert f'href="/van-ban/{plan.slug}/"' in html

    # A view reads the stored rendering: nothing is parsed while serving it.
    cache.clear()
    monkeypatch.setattr(linking, "find_numbers", _must_not_run)
    assert f'href="/van-ban/{plan.slug}/"' in client.get(article.url).content.decode()
    monkeypatch.undo()

    # Hidden again: the link goes.
    plan.live = False
    with committed():
        plan.save()
    html = client.get(article.url).content.decode()
    assert f'href="/van-ban/{plan.slug}/"' not in html and "120/KH-UBND" in html


@pytest.mark.django_db
def test_a_document_full_text_links_to_the_documents_it_cites(client, committed):
    cache.clear()
    built = build_site()
    add_documents_section(built.site)
    with committed():
        cited = add_document(built.site, "10/2020/QĐ-UBND", issued_on=D(2020, 3, 1))
    with committed():
        citing = add_document(
            built.site,
            "22/2024/QĐ-UBND",
            issued_on=D(2024, 6, 1),
            full_text=(
                "Điều 1. Bãi bỏ Quyết định số 10/2020/QĐ-UBND.\n"
                "Điều 2. Quyết định 22/2024/QĐ-UBND này có hiệu lực."
            ),
        )
    html = client.get(f"/van-ban/{citing.slug}/").content.decode()
    assert f'href="/van-ban/{cited.slug}/"' in html
    # Its own number is not a link to itself.
    assert f'href="/van-ban/{citing.slug}/"' not in html
    assert LegalDocument.objects.count() == 2
