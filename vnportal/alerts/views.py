"""Public alert pages and feeds of the request's site. They never name the person who
issued an alert: only the issuing authority."""

from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.views.decorators.http import require_GET
from wagtail.models import Site

from vnportal.core import cachetags

from . import cap
from .banners import alerts_tag
from .queries import alerts_for_site, recent_cutoff

FEED_SIZE = 50


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có trang nào ở địa chỉ này.")
    cachetags.add(alerts_tag(site.pk))
    return site


def _shown(site, now):
    """Scheduled, active, and ended or cancelled within the last days; newest first."""
    cutoff = recent_cutoff(now)
    return (
        alerts_for_site(site.pk)
        .filter(Q(cancelled_at__isnull=True, ends_at__gt=cutoff) | Q(cancelled_at__gt=cutoff))
        .select_related("site", "site__sitesettings")
        .prefetch_related("areas")
        .order_by("-starts_at", "-pk")
    )


@require_GET
def alert_list(request):
    site = _site(request)
    now = timezone.now()
    groups = {"active": [], "scheduled": [], "ended": []}
    for alert in _shown(site, now):
        status = alert.status(now)
        groups["ended" if status in ("ended", "cancelled") else status].append(alert)
    groups["active"].sort(key=lambda alert: alert.severity_rank)
    return render(request, "alerts/alert_list.html", {"now": now, **groups})


def _alert_shown_on_site(request, pk):
    """An alert this site shows, with what its pages and CAP document need; else 404."""
    return get_object_or_404(
        alerts_for_site(_site(request).pk)
        .select_related("site", "site__sitesettings")
        .prefetch_related("areas"),
        pk=pk,
    )


@require_GET
def alert_detail(request, pk):
    alert = _alert_shown_on_site(request, pk)
    return render(
        request,
        "alerts/alert_detail.html",
        {
            "alert": alert,
            "status": alert.status(),
            "status_label": alert.status_label(),
            "sender_name": cap.sender_name(alert.site),
        },
    )


def _detail_url(request, alert):
    return request.build_absolute_uri(reverse("alerts:detail", args=[alert.pk]))


def _cap_url(request, alert):
    return request.build_absolute_uri(reverse("alerts:cap", args=[alert.pk]))


class CapIndexFeed(Rss201rev2Feed):
    # The form alert hubs poll: RSS whose items link to CAP documents, served as XML.
    content_type = cap.CAP_CONTENT_TYPE


def _feed(request, feed_class, title, link, feed_url):
    site = _site(request)
    settings = getattr(site, "sitesettings", None)
    unit_name = settings.display_title if settings else site.site_name
    return site, feed_class(
        title=f"{title} – {unit_name}",
        link=request.build_absolute_uri(link),
        description=f"Cảnh báo thiên tai, dịch bệnh và sự cố khẩn cấp của {unit_name}.",
        language="vi",
        feed_url=request.build_absolute_uri(feed_url),
    )


def _feed_response(feed):
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response


@require_GET
def rss(request):
    site, feed = _feed(
        request, Rss201rev2Feed, "Cảnh báo khẩn cấp", reverse("alerts:list"), reverse("alerts:rss")
    )
    for alert in _shown(site, timezone.now())[:FEED_SIZE]:
        feed.add_item(
            title=f"[{alert.get_kind_display()} – {alert.get_severity_display()}] {alert.headline}",
            link=_detail_url(request, alert),
            description=alert.description,
            unique_id=alert.identifier,
            unique_id_is_permalink=False,
            pubdate=alert.created_at,
            updateddate=alert.updated_at,
            categories=[alert.get_kind_display()],
        )
    return _feed_response(feed)


@require_GET
def cap_index(request):
    site, feed = _feed(
        request,
        CapIndexFeed,
        "Bản tin CAP",
        reverse("alerts:list"),
        reverse("alerts:cap_index"),
    )
    for alert in _shown(site, timezone.now())[:FEED_SIZE]:
        feed.add_item(
            title=alert.headline,
            link=_cap_url(request, alert),
            description=alert.description,
            unique_id=cap.message_identifier(alert),
            unique_id_is_permalink=False,
            pubdate=cap.message_sent(alert),
            categories=[alert.cap_category],
        )
    return _feed_response(feed)


@require_GET
def cap_message(request, pk):
    alert = _alert_shown_on_site(request, pk)
    return HttpResponse(
        cap.alert_document(alert, _detail_url(request, alert)),
        content_type=cap.CAP_CONTENT_TYPE,
    )
