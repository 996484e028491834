"""Check the boundary GeoJSON an editor pastes, and measure it; no Django here.

Only what a boundary map needs is accepted: a FeatureCollection or Feature of Polygon or
MultiPolygon geometries, or such a geometry alone, in WGS 84 longitude/latitude (RFC 7946)
and inside Vietnam's extent, so that a file in another projection (VN-2000 metres) or with
swapped coordinates is caught before it draws a map of the sea. Messages are in
Vietnamese, for the editor who pasted the text.
"""

import json
import math

# Somewhat wider than the mainland and islands (Trường Sa reaches 117.8° E, 6.5° N), so a
# border point drawn a little outside still passes.
MIN_LON, MAX_LON = 102.0, 118.0
MIN_LAT, MAX_LAT = 6.0, 23.5
MAX_BYTES = 500_000
MAX_POINTS = 20_000
EARTH_RADIUS_KM = 6371.0088

POLYGON_TYPES = ("Polygon", "MultiPolygon")


class GeoJSONError(ValueError):
    """The text is not a boundary this page can draw; the message says why, in Vietnamese."""


def parse_boundary(text):
    """The boundary in `text` as a FeatureCollection dict; raises GeoJSONError."""
    text = (text or "").strip()
    if not text:
        raise GeoJSONError("Chưa có dữ liệu GeoJSON.")
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise GeoJSONError(
            f"Dữ liệu GeoJSON quá lớn ({size // 1000} KB, tối đa {MAX_BYTES // 1000} KB). "
            "Hãy đơn giản hóa ranh giới (ví dụ bằng chức năng Simplify của QGIS hoặc "
            "mapshaper) rồi dán lại."
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GeoJSONError(
            f"Không đọc được GeoJSON: lỗi cú pháp JSON ở dòng {error.lineno}, cột {error.colno}."
        ) from None
    features = _features(data)
    points = 0
    for number, feature in enumerate(features, start=1):
        points += _check_geometry(feature["geometry"], number)
        if points > MAX_POINTS:
            raise GeoJSONError(
                f"Ranh giới có quá nhiều điểm (hơn {MAX_POINTS:,}). ".replace(",", ".")
                + "Hãy đơn giản hóa ranh giới rồi dán lại."
            )
    return {"type": "FeatureCollection", "features": features}


def _features(data):
    if not isinstance(data, dict) or "type" not in data:
        raise GeoJSONError("GeoJSON phải là một đối tượng có trường “type”.")
    kind = data["type"]
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list) or not features:
            raise GeoJSONError("FeatureCollection không có đối tượng nào trong “features”.")
        return [_feature(item, number) for number, item in enumerate(features, start=1)]
    if kind == "Feature":
        return [_feature(data, 1)]
    if kind in POLYGON_TYPES:
        return [{"type": "Feature", "properties": {}, "geometry": data}]
    raise GeoJSONError(
        f"Kiểu “{kind}” không dùng được cho bản đồ ranh giới; chỉ nhận FeatureCollection, "
        "Feature, Polygon hoặc MultiPolygon."
    )


def _feature(item, number):
    if not isinstance(item, dict) or item.get("type") != "Feature":
        raise GeoJSONError(f"Đối tượng thứ {number} không phải là một Feature.")
    geometry = item.get("geometry")
    if not isinstance(geometry, dict):
        raise GeoJSONError(f"Đối tượng thứ {number} không có hình học (“geometry”).")
    properties = item.get("properties")
    if not isinstance(properties, dict):
        properties = {}
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def _check_geometry(geometry, number):
    kind = geometry.get("type")
    if kind not in POLYGON_TYPES:
        raise GeoJSONError(
            f"Đối tượng thứ {number} có hình học “{kind}”; ranh giới phải là Polygon "
            "hoặc MultiPolygon."
        )
    coordinates = geometry.get("coordinates")
    polygons = [coordinates] if kind == "Polygon" else coordinates
    if not isinstance(polygons, list) or not polygons:
        raise GeoJSONError(f"Đối tượng thứ {number} không có tọa độ.")
    points = 0
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise GeoJSONError(f"Đối tượng thứ {number} có một vùng không có vòng ranh giới.")
        for ring in polygon:
            points += _check_ring(ring, number)
    return points


def _check_ring(ring, number):
    if not isinstance(ring, list) or len(ring) < 4:
        raise GeoJSONError(
            f"Đối tượng thứ {number} có một vòng ranh giới ít hơn 4 điểm; một vùng khép "
            "kín cần ít nhất 4 điểm, điểm cuối trùng điểm đầu."
        )
    for point in ring:
        if (
            not isinstance(point, list)
            or len(point) < 2
            or not all(_is_number(value) for value in point[:2])
        ):
            raise GeoJSONError(
                f"Đối tượng thứ {number} có tọa độ không hợp lệ: {_short(point)}; mỗi điểm "
                "phải là [kinh độ, vĩ độ]."
            )
        lon, lat = point[0], point[1]
        if not (MIN_LON <= lon <= MAX_LON and MIN_LAT <= lat <= MAX_LAT):
            hint = ""
            if MIN_LON <= lat <= MAX_LON and MIN_LAT <= lon <= MAX_LAT:
                hint = " Có vẻ kinh độ và vĩ độ bị đảo chỗ: GeoJSON ghi kinh độ trước."
            elif abs(lon) > 180 or abs(lat) > 90:
                hint = (
                    " Tọa độ có vẻ tính bằng mét (ví dụ hệ VN-2000); hãy chuyển sang "
                    "WGS 84 (EPSG:4326) trước khi dán."
                )
            raise GeoJSONError(
                f"Đối tượng thứ {number} có điểm [{_number(lon)}, {_number(lat)}] nằm ngoài "
                f"lãnh thổ Việt Nam (kinh độ {MIN_LON:g}–{MAX_LON:g}, vĩ độ "
                f"{MIN_LAT:g}–{MAX_LAT:g}).{hint}"
            )
    if ring[0][:2] != ring[-1][:2]:
        raise GeoJSONError(
            f"Đối tượng thứ {number} có một vòng ranh giới không khép kín: điểm cuối phải "
            "trùng điểm đầu."
        )
    return len(ring)


def _is_number(value):
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number(value):
    return f"{value:g}" if _is_number(value) else repr(value)


def _short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def polygons_of(collection):
    """Each polygon of the collection as (feature properties, [rings of (lon, lat)])."""
    for feature in collection["features"]:
        geometry = feature["geometry"]
        coordinates = geometry["coordinates"]
        polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
        for polygon in polygons:
            yield feature["properties"], [[(p[0], p[1]) for p in ring] for ring in polygon]


def bounds(collection):
    """(min lon, min lat, max lon, max lat) of every outer ring."""
    lons, lats = [], []
    for _properties, rings in polygons_of(collection):
        lons.extend(p[0] for p in rings[0])
        lats.extend(p[1] for p in rings[0])
    return min(lons), min(lats), max(lons), max(lats)


def area_km2(collection):
    """Area in km² on a sphere, holes subtracted: precise enough for "about 9.900 km²"."""
    total = 0.0
    for _properties, rings in polygons_of(collection):
        outer, *holes = rings
        total += abs(_ring_area(outer)) - sum(abs(_ring_area(hole)) for hole in holes)
    return max(total, 0.0)


def _ring_area(ring):
    # Spherical excess by the trapezoid formula on longitude (Chamberlain & Duquette 2007).
    area = 0.0
    for (lon1, lat1), (lon2, lat2) in zip(ring, ring[1:], strict=False):
        area += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return area * EARTH_RADIUS_KM**2 / 2


def label_point(rings):
    """A point to write a name at: the centre of the outer ring's bounding box."""
    outer = rings[0]
    lons = [p[0] for p in outer]
    lats = [p[1] for p in outer]
    return (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
