"""Attachments of legal documents: which files are accepted, and their searchable text.

Pure Python, no Django: ``inspect(data, filename)`` returns an ``Inspection`` or raises
``FileRejected`` whose ``reason`` is a Vietnamese sentence for the editor.

Kind. Decided by the bytes, never by the name: ``%PDF-`` is a PDF; an OLE2 compound file
is a DOC when it has a WordDocument stream and an XLS when it has Workbook (or Book); a
ZIP is an ODT when its ``mimetype`` part says so, and a DOCX or XLSX by the main part's
type in ``[Content_Types].xml``. Anything else (HTML, programs, images, other Office or
OpenDocument kinds, an HTML page named .pdf) is refused with a reason naming the accepted
kinds. A name whose extension disagrees earns a notice; ``Inspection.filename_for`` gives
the right one, and ``mime`` is the type to serve it with (never text/html).

Limits (``limits.py``). 50 MB per upload (``max_bytes=`` overrides). ZIP containers: at
most 5,000 members and 200 MB inflated in all, read from the central directory before
anything is inflated; a member past 1 MB that inflates more than 100 times over is a zip
bomb. Reads inflate in 64 KB chunks and stop at the member's cap, its ratio or the 200 MB
budget, so a header that lies about sizes buys nothing. A ZIP inside the container is
never opened. Extracted text is capped at 2,000,000 characters, PDFs at 2,000 pages read,
workbooks at 200,000 rows or 2,000,000 cells, each with a notice when reached.

XML. Parts are parsed only through defusedxml with DTDs forbidden (lxml, without entity
resolution or network, only to rewrite parts). Before that, every XML part of the package
is scanned: a DOCTYPE or ENTITY declaration anywhere (XXE, billion laughs), or an unusual
declared encoding that could hide one, refuses the file, so openpyxl never sees one either
(parts skipped as images or binaries are still read by openpyxl only through defusedxml or
lxml without entity resolution, its own defaults).

Macros. DOCX/XLSX: neutralised. The package is rebuilt without vbaProject.bin, vbaData.xml
and signatures, without the relationships to them, and with the macro-enabled main type
(docm, xlsm, templates) replaced by the plain one; the notice "Đã bỏ macro khỏi tệp" tells
the editor, and ``data`` holds the clean package. XLSX with Excel 4.0 macro sheets:
refused, they cannot be cut out without breaking the workbook. ODT with Basic modules or
scripts: neutralised the same way (parts and manifest entries removed). DOC/XLS with VBA
storages (Macros, _VBA_PROJECT_CUR, VBA) or XLS macro sheets: refused, since rewriting a
compound file is not worth its risk and the editor can save a DOCX, XLSX or PDF.

Text. PDF through pypdf, page by page: an unreadable page is skipped with a notice; an
encrypted PDF that cannot be opened is kept with a notice and no text; fewer than 20
letters per page on average means no text layer (a scan): kept, flagged. DOCX: w:t runs of
the main part, footnotes and endnotes, with paragraphs, breaks, tabs and cells as
whitespace. XLSX: openpyxl (read-only, cached values), sheet name then rows, cells joined
by tabs; a workbook openpyxl cannot read is kept with a notice. ODT: text:p and text:h of
content.xml, deleted tracked changes left out. DOC: the piece table of the WordDocument
and table streams, 8-bit and UTF-16 pieces, field instructions dropped. XLS (BIFF8): sheet
names and the shared string table; numbers are not read. A DOC or XLS whose text cannot be
read is kept with a notice. Text is then NFC-normalised (``vnportal.vntext.normalize``),
stripped of control characters and squeezed to single spaces, one line per paragraph.

Damage. A truncated or corrupt file of an accepted kind is refused with a reason naming
its kind (or kept with a notice when only its text is unreadable); no input makes
``inspect`` raise anything but ``FileRejected``.
"""

from .errors import FileRejected
from .inspection import Inspection, inspect
from .kinds import ACCEPTED_KINDS, KINDS
from .limits import MAX_BYTES

__all__ = ["ACCEPTED_KINDS", "KINDS", "MAX_BYTES", "FileRejected", "Inspection", "inspect"]
