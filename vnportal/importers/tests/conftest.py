import json

import pytest
from django.core.management import call_command


@pytest.fixture
def run_import(tmp_path):
    """Run import_portal; returns (report lines as dicts, printed output)."""

    def run(path, *args, format="jsonl", site="localhost"):
        report = tmp_path / f"report-{len(list(tmp_path.glob('report-*')))}.jsonl"
        from io import StringIO

        out, err = StringIO(), StringIO()
        call_command(
            "import_portal",
            str(path),
            "--format",
            format,
            "--site",
            site,
            "--report",
            str(report),
            *args,
            stdout=out,
            stderr=err,
        )
        lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
        return lines, out.getvalue()

    return run


def write_jsonl(path, records):
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path
