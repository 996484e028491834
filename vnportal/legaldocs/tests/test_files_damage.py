"""Damaged uploads of an accepted kind are refused with a reason or kept with a notice.

No cut or corrupted file may escape as an exception the editor would see as a server error,
nor reach the last-resort handler in ``inspect``: each failure must be one a reader expects.
"""

import logging
import random

import pytest

from vnportal.legaldocs.files import FileRejected, Inspection, inspect

from . import test_files_samples as samples

BUILDERS = {
    "pdf": samples.pdf_with_text,
    "scan-pdf": samples.pdf_without_text,
    "docx": samples.docx,
    "docm": samples.docm,
    "xlsx": samples.xlsx,
    "xlsm": samples.xlsm,
    "odt": samples.odt,
    "doc": samples.word97,
    "xls": samples.excel97,
}


def outcome(data: bytes) -> Inspection | FileRejected:
    try:
        return inspect(data, "tep")
    except FileRejected as refusal:
        assert refusal.reason
        return refusal


@pytest.fixture
def no_unexpected_failures(caplog):
    caplog.set_level(logging.WARNING, logger="vnportal.legaldocs.files")
    yield
    records = caplog.get_records("call")
    unexpected = [record for record in records if "unexpected" in record.getMessage()]
    assert unexpected == [], unexpected[0].exc_text if unexpected else ""


@pytest.mark.parametrize("name", BUILDERS)
def test_truncated_file_is_refused_or_kept_never_crashes(name, no_unexpected_failures):
    data = BUILDERS[name]()
    cuts = {1, 5, 8, 9, 64, 512, 1536, len(data) // 3, len(data) // 2, len(data) - 22}
    for cut in sorted(cut for cut in cuts if 0 < cut < len(data)):
        result = outcome(data[:cut])
        if isinstance(result, Inspection):
            assert result.data == data[:cut]


@pytest.mark.parametrize("name", BUILDERS)
def test_file_with_corrupted_bytes_is_refused_or_kept_never_crashes(name, no_unexpected_failures):
    data = BUILDERS[name]()
    rng = random.Random(name)
    for _ in range(60):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            damaged[rng.randrange(8, len(damaged))] = rng.randrange(256)
        outcome(bytes(damaged))


def test_garbage_after_the_pdf_signature_is_refused_naming_the_kind():
    reason = outcome(b"%PDF-1.7\n" + bytes(range(256)) * 4)

    assert isinstance(reason, FileRejected)
    assert reason.reason.startswith("Tệp PDF bị hỏng")


def test_docx_cut_in_half_is_refused():
    data = samples.docx()

    reason = outcome(data[: len(data) // 2])

    assert isinstance(reason, FileRejected)
    assert "bị hỏng" in reason.reason


def test_docx_with_broken_xml_is_refused_naming_word():
    broken = samples.with_parts(samples.docx(), {"word/document.xml": "<w:document><w:body>"})

    reason = outcome(broken)

    assert isinstance(reason, FileRejected)
    assert reason.reason.startswith("Tệp Word (DOCX) bị hỏng")


def test_ole_header_without_a_valid_directory_is_refused():
    header_only = samples.word97()[:512]

    reason = outcome(header_only)

    assert isinstance(reason, FileRejected)
    assert "bị hỏng" in reason.reason
