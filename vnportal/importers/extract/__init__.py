"""Extraction of saved portal pages into structured content, in plain Python.

``extract_html`` reads a page saved by a browser or a crawler (Liferay, NukeViet,
SharePoint, WordPress or any other portal), ``extract_text`` a page saved as plain text.
Both return an ``Extracted``; neither raises on bad input.
"""

from .clean import plain_text
from .dates import parse_date_line
from .model import Extracted, Image, Link
from .page import extract_html
from .text_page import extract_text

__all__ = [
    "Extracted",
    "Image",
    "Link",
    "extract_html",
    "extract_text",
    "parse_date_line",
    "plain_text",
]
