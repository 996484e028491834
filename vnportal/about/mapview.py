"""What the boundary map page shows: the SVG, the text for screen readers, and the data
the browser script draws from."""

from django.utils.safestring import mark_safe

from .geojson import area_km2
from .svgmap import render_svg


def format_area(value):
    """9887.4 -> "9.887" (Vietnamese thousands dot); small areas keep one decimal."""
    if value >= 100:
        return f"{round(value):,}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")


def describe(page, boundary, places):
    """One paragraph saying what the map shows, for those who cannot see it."""
    parts = []
    if page.area_km2 is not None:
        parts.append(f"Diện tích {format_area(float(page.area_km2))} km².")
    elif boundary is not None:
        parts.append(
            f"Diện tích ước tính theo ranh giới trên bản đồ khoảng "
            f"{format_area(area_km2(boundary))} km²."
        )
    if page.neighbours.strip():
        parts.append(page.neighbours.strip().rstrip(".") + ".")
    if places:
        names = ", ".join(place["name"] for place in places)
        parts.append(f"Các điểm di tích, danh thắng trên bản đồ: {names}.")
    return " ".join(parts)


def map_context(page):
    boundary = page.boundary
    places = page.places() if boundary is not None else []
    description = describe(page, boundary, places)
    context = {
        "boundary": boundary,
        "map_description": description,
        "map_broken": bool(page.geojson.strip()) and boundary is None,
    }
    if boundary is not None:
        context["map_svg"] = mark_safe(  # noqa: S308  (render_svg escapes every text)
            render_svg(
                boundary, title=f"Bản đồ {page.title}", description=description, places=places
            )
        )
        context["map_data"] = {"boundary": boundary, "places": places}
    return context
