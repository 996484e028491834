"""The arithmetic of the results table, without a database."""

from vnportal.satisfaction import tally


def test_row_gives_counts_and_shares_of_every_level():
    row = tally.row("overall", "Chung", {5: 3, 4: 1})
    assert row.total == 4
    assert [(cell.label, cell.count, cell.percent) for cell in row.cells] == [
        ("Rất hài lòng", 3, 75.0),
        ("Hài lòng", 1, 25.0),
        ("Bình thường", 0, 0.0),
        ("Không hài lòng", 0, 0.0),
        ("Rất không hài lòng", 0, 0.0),
    ]
    assert row.cells[0].shown_percent == "75,0 %"


def test_shares_are_rounded_to_one_decimal():
    row = tally.row("speed", "Tốc độ", {5: 1, 3: 1, 1: 1})
    assert [cell.percent for cell in row.cells] == [33.3, 0.0, 33.3, 0.0, 33.3]


def test_no_answers_gives_zero_not_an_error():
    row = tally.row("mobile", "Điện thoại", {})
    assert row.total == 0 and all(cell.percent == 0.0 for cell in row.cells)


def test_satisfied_share_counts_the_two_top_levels():
    assert tally.satisfied_share({5: 2, 4: 1, 3: 1}) == 75.0
