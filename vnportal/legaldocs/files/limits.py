"""The numbers that bound what an upload may cost the server.

Each limit is there so that one crafted file cannot take the memory or the minutes of a
worker that also serves the public portal; the values leave ample room for the largest
real documents a People's Committee publishes (scanned decisions of a few hundred pages,
budget workbooks of tens of thousands of rows).
"""

MEGABYTE = 1024 * 1024

# Largest upload accepted, as stored.
MAX_BYTES = 50 * MEGABYTE

# ZIP containers (DOCX, XLSX, ODT).
MAX_ZIP_MEMBERS = 5_000
MAX_ZIP_TOTAL_BYTES = 200 * MEGABYTE
# A member that inflates more than this many times over, once past BOMB_MIN_BYTES, is a bomb:
# real XML parts compress about 5-20 times, images not at all.
MAX_ZIP_RATIO = 100
BOMB_MIN_BYTES = 1 * MEGABYTE
# Largest single part we decompress into memory (document.xml, content.xml, ...).
MAX_PART_BYTES = 100 * MEGABYTE

# Text extraction.
MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 2_000
MAX_XLSX_ROWS = 200_000
MAX_XLSX_CELLS = 2_000_000
# A PDF whose pages carry on average fewer letters than this has no real text layer.
MIN_PDF_CHARS_PER_PAGE = 20
