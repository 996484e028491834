"""What a reader on a slow mobile connection downloads for an article, and from where.

The budget is 60 KB compressed for the page and everything it pulls in from our own
origin (stylesheets, scripts, fonts, the emblem), content images aside; nothing may load
from another origin. Compression is measured with gzip at level 4, as the nginx site
config (deploy/nginx) compresses HTML, while static files are sent precompressed at
level 9 (vnportal/core/staticstorage.py).
"""

import gzip
import io
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.test import override_settings
from faker import Faker
from PIL import Image as PILImage
from wagtail.images import get_image_model

from vnportal.testing.builders import add_article, make_image

BUDGET = 60 * 1024
ASSET_TAGS = re.compile(r"<(?:script|link|img|source)\b[^>]*>", re.I)
ATTRIBUTE = re.compile(r'\b(src|href|rel|srcset)="([^"]*)"', re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def _attributes(tag):
    return {name.lower(): value for name, value in ATTRIBUTE.findall(tag)}


def _photo(title):
    """A camera-sized picture, larger than every width the templates ask for."""
    buffer = io.BytesIO()
    PILImage.effect_mandelbrot((1600, 1000), (-2, -1.2, 1, 1.2), 60).convert("RGB").save(
        buffer, "JPEG"
    )
    image = get_image_model()(title=title, file=ImageFile(buffer, name="anh-hoi-nghi.jpg"))
    image.save()
    return image


def _realistic_body(words=900):
    """About 5,000 characters of Vietnamese prose: the corpus's 90th percentile."""
    fake = Faker("vi_VN")
    fake.seed_instance(2026)
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(fake.paragraph(nb_sentences=8))
    return "".join(f"<p>{p}</p>" for p in paragraphs)


@pytest.fixture
def article(province):
    category = province.categories["tin-hoat-dong"]
    for _ in range(4):  # related articles shown under the article, with thumbnails
        add_article(category, cover=make_image(color="#aa6633"))
    return add_article(
        category,
        title="Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2027",
        cover=_photo("Ảnh bìa"),
        cover_alt="Quang cảnh hội nghị",
        body=[
            {"type": "paragraph", "value": _realistic_body()},
            {
                "type": "image",
                "value": {"image": _photo("Ảnh trong bài").pk, "alt": "Đại biểu"},
            },
            {"type": "paragraph", "value": "<p>Hội nghị kết thúc lúc 11 giờ cùng ngày.</p>"},
        ],
    )


def _same_origin(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


def _asset_bytes(client, url):
    path = urlsplit(url).path
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path[len(settings.STATIC_URL) :])
        assert found, f"{url} is linked from the page but is not a static file"
        with open(found, "rb") as handle:
            return handle.read()
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content


def _page_assets(html):
    """Stylesheets, scripts, icons and chrome images the page loads (not content images)."""
    assets = []
    for tag in ASSET_TAGS.findall(html):
        attributes = _attributes(tag)
        name = tag[1:].split()[0].lower()
        if name == "link":
            rel = attributes.get("rel", "").lower().split()
            if {"stylesheet", "preload", "modulepreload", "icon"} & set(rel):
                assets.append(attributes["href"])
        elif name == "script" and "src" in attributes:
            assets.append(attributes["src"])
        elif name == "img" and attributes.get("src", "").startswith(settings.STATIC_URL):
            assets.append(attributes["src"])
    return assets


def test_article_page_and_its_own_files_fit_60_kb_compressed(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assets = _page_assets(html)
    assert any(url.startswith(settings.STATIC_URL) for url in assets)
    sizes = {"HTML": len(gzip.compress(response.content, compresslevel=4))}
    seen = set()
    while assets:
        url = assets.pop()
        if url in seen:
            continue
        seen.add(url)
        content = _asset_bytes(client, url)
        sizes[url] = len(gzip.compress(content, compresslevel=9))
        if urlsplit(url).path.endswith(".css"):
            # Fonts and background images a stylesheet pulls in count too.
            base = url.rsplit("/", 1)[0] + "/"
            for ref in CSS_URL.findall(content.decode()):
                if not ref.startswith(("data:", "#")):
                    assert _same_origin(ref), f"{url} loads {ref} from another origin"
                    assets.append(ref if ref.startswith("/") else base + ref)
    total = sum(sizes.values())
    assert total <= BUDGET, f"{total:,} bytes compressed: {sizes}"


def test_article_page_loads_nothing_from_another_origin(client, article):
    html = client.get(article.url).content.decode()
    for tag in ASSET_TAGS.findall(html):
        attributes = _attributes(tag)
        rel = attributes.get("rel", "").lower().split()
        if tag.lower().startswith("<link") and not {"stylesheet", "preload", "icon"} & set(rel):
            continue  # canonical, alternate: links, not loads
        for name in ("src", "href"):
            if name in attributes:
                assert _same_origin(attributes[name]), f"loads from another origin: {tag}"
        for candidate in attributes.get("srcset", "").split(","):
            if candidate.strip():
                assert _same_origin(candidate.split()[0]), f"srcset from elsewhere: {tag}"


def _figure(html, css_class):
    found = re.search(rf'<figure class="{css_class}">(.*?)</figure>', html, re.S)
    assert found, f"no figure.{css_class} on the page"
    return found.group(1)


def test_article_images_come_in_sizes_and_modern_formats(client, article):
    html = client.get(article.url).content.decode()
    body_image = _figure(html, "body-image")
    img = re.search(r"<img\b[^>]*>", body_image).group(0)
    assert 'loading="lazy"' in img
    assert re.search(r'\bsrcset="[^"]*\s400w,[^"]*\s800w,[^"]*\s1200w"', img), img
    assert re.search(r'\bwidth="\d+"', img) and re.search(r'\bheight="\d+"', img)
    assert 'type="image/avif"' in body_image and 'type="image/webp"' in body_image
    # The cover is at the top of the page: loaded at once, still in sizes and formats.
    cover = _figure(html, "cover")
    cover_img = re.search(r"<img\b[^>]*>", cover).group(0)
    assert 'loading="lazy"' not in cover_img
    assert "srcset=" in cover_img and 'type="image/avif"' in cover
    assert 'alt="Quang cảnh hội nghị"' in cover_img
    # Thumbnails of the related articles: lazy, in sizes, WebP beside the original.
    related = html[html.index('id="tin-lien-quan"') :]
    thumbnails = re.findall(r"<img\b[^>]*>", related)
    assert len(thumbnails) == 4
    assert all('loading="lazy"' in t and "srcset=" in t for t in thumbnails)
    assert 'type="image/webp"' in related


def test_collectstatic_writes_hashed_names_and_gzip_copies(tmp_path):
    storages = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "vnportal.core.staticstorage.CompressedManifestStaticFilesStorage"
        },
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    hashed = list((tmp_path / "css").glob("portal.*.css"))
    assert len(hashed) == 1, hashed
    packed = hashed[0].with_name(hashed[0].name + ".gz")
    assert gzip.decompress(packed.read_bytes()) == hashed[0].read_bytes()
    assert len(packed.read_bytes()) < len(hashed[0].read_bytes()) / 2
    # Already compressed formats are left alone.
    assert not list(tmp_path.rglob("*.png.gz")) and not list(tmp_path.rglob("*.woff2.gz"))
