"""Draw a checked boundary (geojson.parse_boundary) as an SVG picture, on the server.

The picture is what a visitor without JavaScript sees, what prints, and what the
interactive map replaces on screen. It uses a plain equirectangular projection scaled by
the cosine of the middle latitude, which at Vietnam's latitudes and a province's size is
indistinguishable from the web map's. Colours are presentation attributes, so the file
also looks right on its own; the stylesheet may override them.
"""

import math
from html import escape

from .geojson import bounds, label_point, polygons_of

WIDTH = 640
PADDING = 24
MAX_HEIGHT = 720


class Projection:
    def __init__(self, collection, places=()):
        min_lon, min_lat, max_lon, max_lat = bounds(collection)
        for place in places:
            min_lon, max_lon = min(min_lon, place["lon"]), max(max_lon, place["lon"])
            min_lat, max_lat = min(min_lat, place["lat"]), max(max_lat, place["lat"])
        self.min_lon, self.max_lat = min_lon, max_lat
        self.x_factor = math.cos(math.radians((min_lat + max_lat) / 2))
        span_x = max((max_lon - min_lon) * self.x_factor, 1e-9)
        span_y = max(max_lat - min_lat, 1e-9)
        inner = WIDTH - 2 * PADDING
        self.scale = min(inner / span_x, (MAX_HEIGHT - 2 * PADDING) / span_y)
        self.offset_x = PADDING + (inner - span_x * self.scale) / 2
        self.height = round(span_y * self.scale + 2 * PADDING)

    def __call__(self, lon, lat):
        x = self.offset_x + (lon - self.min_lon) * self.x_factor * self.scale
        y = PADDING + (self.max_lat - lat) * self.scale
        return round(x, 1), round(y, 1)


def _path(rings, project):
    parts = []
    for ring in rings:
        points = [project(lon, lat) for lon, lat in ring]
        parts.append("M" + " L".join(f"{x:g} {y:g}" for x, y in points) + " Z")
    return " ".join(parts)


def render_svg(collection, title, description="", places=(), id_prefix="ban-do"):
    """The SVG markup of `collection`, with `title` and `description` for screen readers
    and `places` ({"name", "lon", "lat"}) as dots with their names."""
    places = list(places)
    project = Projection(collection, places)
    areas, labels = [], []
    by_feature = {}
    for properties, rings in polygons_of(collection):
        by_feature.setdefault(id(properties), (properties, []))[1].append(rings)
    for properties, polygons in by_feature.values():
        d = " ".join(_path(rings, project) for rings in polygons)
        areas.append(
            f'<path class="boundary-area" d="{d}" fill="#f6ead2" stroke="#7a1f12" '
            'stroke-width="2" fill-rule="evenodd"/>'
        )
        name = properties.get("name")
        if isinstance(name, str) and name.strip():
            largest = max(polygons, key=lambda rings: len(rings[0]))
            x, y = project(*label_point(largest))
            labels.append(
                f'<text class="boundary-label" x="{x:g}" y="{y:g}" text-anchor="middle" '
                f'fill="#1f2937" font-size="16" font-weight="700">{escape(name.strip())}</text>'
            )
    dots = []
    for place in places:
        x, y = project(place["lon"], place["lat"])
        dots.append(
            f'<circle class="boundary-place" cx="{x:g}" cy="{y:g}" r="5" fill="#0b5394" '
            'stroke="#ffffff" stroke-width="1.5"/>'
            f'<text class="boundary-place-name" x="{x + 8:g}" y="{y + 4:g}" fill="#0b3d6e" '
            f'font-size="12">{escape(place["name"])}</text>'
        )
    title_id, desc_id = f"{id_prefix}-tieu-de", f"{id_prefix}-mo-ta"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="boundary-svg" '
        f'viewBox="0 0 {WIDTH} {project.height}" width="{WIDTH}" height="{project.height}" '
        f'role="img" aria-labelledby="{title_id} {desc_id}">'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<desc id="{desc_id}">{escape(description)}</desc>'
        f'<rect class="boundary-background" width="100%" height="100%" fill="#eaf2f8"/>'
        f'<g class="boundary-areas">{"".join(areas)}</g>'
        f'<g class="boundary-labels">{"".join(labels)}</g>'
        f'<g class="boundary-places">{"".join(dots)}</g>'
        "</svg>"
    )
