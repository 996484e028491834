"""What an article page says about itself to machines, in its `<head>`.

- schema.org NewsArticle JSON-LD (search engines, news aggregators), and ClaimReview for an
  official clarification, so that fact-check readers show the unit's verdict next to the
  rumour;
- Open Graph, for the preview a link gets when shared on social networks;
- Dublin Core, which Circular 24/2011/TT-BTTTT asks state portals to publish (title,
  creator, date, description, publisher, identifier, language).

Every URL is absolute, built from the request (scheme and host the reader used). The JSON
is escaped so that no text an editor typed can close the `<script>` element it lives in.
"""

from django.utils import timezone
from wagtail.images.models import SourceImageIOError

from vnportal.core.jsonld import SCHEMA, json_ld
from vnportal.core.models import SiteSettings
from vnportal.units.urls_across_sites import reader_absolute_url

from .kinds import VERDICT_RATING, Verdict

# The rendition the article page shows: metadata reuses it instead of making another.
COVER_RENDITION = "width-800"
LOGO_RENDITION = "height-80"
BEST_RATING = 4
WORST_RATING = 1


def iso_datetime(value):
    """ISO 8601 in Vietnam time with its offset: 2026-11-20T09:27:00+07:00."""
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def _rendition_url(image, spec, request):
    if image is None:
        return None
    try:
        return request.build_absolute_uri(image.get_rendition(spec).url)
    except SourceImageIOError:
        return None


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


class ArticleMetadata:
    """The facts every format shares, computed once per page view.

    `page` is the page served (a commune's reference to a province article, or the article
    itself); `article` is what readers see (the original for a reference).
    """

    def __init__(self, request, page, article, canonical_url=None):
        self.request = request
        self.page = page
        self.article = article
        self.portal = SiteSettings.for_request(request)
        self.url = canonical_url or reader_absolute_url(page, request)
        self.site_name = self.portal.display_title if self.portal else ""
        self.image_url = _rendition_url(article.cover_image, COVER_RENDITION, request)
        self.published = article.published_at or article.first_published_at
        modified = article.last_published_at or self.published
        if modified and self.published and modified < self.published:
            modified = self.published
        self.modified = modified
        self.description = article.search_description or article.sapo
        self.contributors = [c.name for c in article.contributors.all()]
        self.byline = article.author or ", ".join(self.contributors)
        self.tags = [tag.name for tag in article.tags.all()]
        parent = page.get_parent()
        self.section = parent.title if parent is not None and parent.depth > 2 else None

    def publisher(self):
        logo = self.portal.logo if self.portal and self.portal.logo_id else None
        logo_url = _rendition_url(logo, LOGO_RENDITION, self.request)
        return _without_empty(
            {
                "@type": "GovernmentOrganization",
                "name": self.site_name,
                "url": self.request.build_absolute_uri("/"),
                "logo": {"@type": "ImageObject", "url": logo_url} if logo_url else None,
            }
        )

    def authors(self):
        # A display byline ("Nhóm phóng viên", a pen name) overrides the contributor list.
        names = [self.article.author] if self.article.author else self.contributors
        if not names:
            return [{"@type": "GovernmentOrganization", "name": self.site_name}]
        return [{"@type": "Person", "name": name} for name in names]

    def news_article(self):
        return _without_empty(
            {
                "@context": SCHEMA,
                "@type": "NewsArticle",
                "headline": self.article.title,
                "description": self.description,
                "datePublished": iso_datetime(self.published),
                "dateModified": iso_datetime(self.modified),
                "author": self.authors(),
                "publisher": self.publisher(),
                "image": [self.image_url] if self.image_url else None,
                "mainEntityOfPage": {"@type": "WebPage", "@id": self.url},
                "url": self.url,
                "inLanguage": "vi",
                "articleSection": self.section,
                "keywords": self.tags,
            }
        )

    def claim_review(self):
        """ClaimReview for an official clarification; None for any other article."""
        article = self.article
        if not article.is_clarification or not article.claim:
            return None
        appearance = _without_empty(
            {
                "@type": "CreativeWork",
                "description": article.claim_appearance,
                "datePublished": (
                    article.claim_first_seen.isoformat() if article.claim_first_seen else None
                ),
            }
        )
        claim = {"@type": "Claim", "inLanguage": "vi"}
        if len(appearance) > 1:
            claim["appearance"] = appearance
            if article.claim_first_seen:
                claim["firstAppearance"] = appearance
        data = {
            "@context": SCHEMA,
            "@type": "ClaimReview",
            "url": self.url,
            "claimReviewed": article.claim,
            "itemReviewed": claim,
            "author": {
                "@type": "GovernmentOrganization",
                "name": article.responsible_office or self.site_name,
            },
            "datePublished": iso_datetime(self.published),
            "inLanguage": "vi",
        }
        if article.verdict:
            data["reviewRating"] = {
                "@type": "Rating",
                "ratingValue": VERDICT_RATING[Verdict(article.verdict)],
                "bestRating": BEST_RATING,
                "worstRating": WORST_RATING,
                "alternateName": Verdict(article.verdict).label,
            }
        return data

    def json_ld_blocks(self):
        blocks = [self.news_article(), self.claim_review()]
        return [json_ld(block) for block in blocks if block is not None]

    def open_graph(self):
        """(property, content) pairs for `<meta property=…>`."""
        pairs = [
            ("og:type", "article"),
            ("og:title", self.article.title),
            ("og:description", self.description),
            ("og:url", self.url),
            ("og:image", self.image_url),
            ("og:image:alt", self.article.cover_alt if self.image_url else None),
            ("og:site_name", self.site_name),
            ("og:locale", "vi_VN"),
            ("article:published_time", iso_datetime(self.published)),
            ("article:modified_time", iso_datetime(self.modified)),
            ("article:section", self.section),
        ]
        pairs += [("article:tag", tag) for tag in self.tags]
        return [(name, value) for name, value in pairs if value]

    def dublin_core(self):
        """(name, content) pairs for `<meta name="DC.…">` (Circular 24/2011/TT-BTTTT)."""
        published = timezone.localtime(self.published).date().isoformat() if self.published else ""
        pairs = [
            ("DC.title", self.article.title),
            ("DC.creator", self.byline or self.site_name),
            ("DC.date", published),
            ("DC.description", self.description),
            ("DC.publisher", self.site_name),
            ("DC.identifier", self.url),
            ("DC.language", "vi"),
        ]
        return [(name, value) for name, value in pairs if value]
