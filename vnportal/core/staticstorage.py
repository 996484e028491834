"""Static files for production: hashed names plus a gzip copy beside each text file.

Hashed names (`portal.3f2a1c.css`) let the reverse proxy tell browsers to keep a file for a
year; the `.gz` written beside each compressible file lets nginx send it as it is
(`gzip_static on;`) instead of compressing the same bytes on every request.
"""

import gzip
from pathlib import Path

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

COMPRESSIBLE = {".css", ".js", ".mjs", ".svg", ".json", ".map", ".txt", ".xml", ".html", ".ico"}
# Below this, the gzip header and the extra file cost more than they save.
MIN_SIZE = 256


def write_gzip_copy(path: Path) -> bool:
    """Write `path.gz` at the best level when it is smaller than the file; True if written."""
    data = path.read_bytes()
    if len(data) < MIN_SIZE:
        return False
    # mtime=0: the same input gives the same bytes, so a rerun changes nothing.
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    target = path.with_name(path.name + ".gz")
    if len(packed) >= len(data):
        target.unlink(missing_ok=True)
        return False
    if not target.exists() or target.read_bytes() != packed:
        target.write_bytes(packed)
    return True


class CompressedManifestStaticFilesStorage(ManifestStaticFilesStorage):
    """ManifestStaticFilesStorage that also precompresses what `collectstatic` wrote."""

    def post_process(self, paths, dry_run=False, **options):
        yield from super().post_process(paths, dry_run=dry_run, **options)
        if dry_run:
            return
        names = set(paths) | set(self.hashed_files.values())
        for name in sorted(names):
            if Path(name).suffix.lower() in COMPRESSIBLE and self.exists(name):
                write_gzip_copy(Path(self.path(name)))
