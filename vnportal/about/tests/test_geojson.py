"""The boundary checks and measures, without a database."""

import json

import pytest

from vnportal.about.geojson import GeoJSONError, area_km2, parse_boundary
from vnportal.about.svgmap import render_svg

from .conftest import SQUARE


def polygon(ring):
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


def message(text):
    with pytest.raises(GeoJSONError) as caught:
        parse_boundary(text)
    return str(caught.value)


def test_feature_polygon_is_accepted_as_a_collection():
    collection = parse_boundary(SQUARE)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"][0]["properties"]["name"] == "Xã Thử"


def test_square_of_a_tenth_of_a_degree_measures_about_121_km2():
    # 0.1° of latitude is 11.1 km, 0.1° of longitude at 10° N is 10.95 km.
    assert area_km2(parse_boundary(SQUARE)) == pytest.approx(121.7, rel=0.01)


def test_broken_json_names_the_line_and_column():
    assert message('{"type": "Polygon",\n "coordinates": [}') == (
        "Không đọc được GeoJSON: lỗi cú pháp JSON ở dòng 2, cột 18."
    )


def test_a_point_is_not_a_boundary():
    text = json.dumps({"type": "Point", "coordinates": [105.0, 10.0]})
    assert "Kiểu “Point” không dùng được cho bản đồ ranh giới" in message(text)


def test_a_line_feature_is_refused_by_its_number():
    line = {"type": "LineString", "coordinates": [[105.0, 10.0], [105.1, 10.1]]}
    text = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [json.loads(SQUARE), {"type": "Feature", "geometry": line}],
        }
    )
    assert message(text).startswith("Đối tượng thứ 2 có hình học “LineString”")


def test_swapped_coordinates_are_recognised():
    text = polygon([[10.0, 105.0], [10.1, 105.0], [10.1, 105.1], [10.0, 105.0]])
    text_message = message(text)
    assert "nằm ngoài lãnh thổ Việt Nam" in text_message
    assert "kinh độ và vĩ độ bị đảo chỗ" in text_message


def test_projected_metres_get_a_hint_to_convert_to_wgs84():
    text = polygon([[580000, 1100000], [590000, 1100000], [590000, 1110000], [580000, 1100000]])
    assert "WGS 84 (EPSG:4326)" in message(text)


def test_open_ring_is_refused():
    text = polygon([[105.0, 10.0], [105.1, 10.0], [105.1, 10.1], [105.0, 10.1]])
    assert "không khép kín" in message(text)


def test_too_large_text_is_refused_with_its_size():
    feature = json.loads(SQUARE)
    feature["properties"]["ghi_chu"] = "x" * 600_000
    assert message(json.dumps(feature)).startswith("Dữ liệu GeoJSON quá lớn (600 KB, tối đa 500")


def test_svg_contains_the_polygon_path_and_the_name():
    svg = render_svg(parse_boundary(SQUARE), title="Bản đồ xã Thử")
    assert '<path class="boundary-area" d="M' in svg
    assert svg.count(" L") == 4  # five points of the ring: a move and four lines
    assert ">Xã Thử</text>" in svg
    assert "<title" in svg and "Bản đồ xã Thử" in svg


def test_svg_escapes_names():
    feature = json.loads(SQUARE)
    feature["properties"]["name"] = "<script>x</script>"
    svg = render_svg(parse_boundary(json.dumps(feature)), title="T")
    assert "<script>" not in svg
