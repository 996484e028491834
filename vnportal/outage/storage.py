"""Media storage on the local disk that never leaves half a file behind.

Django's FileSystemStorage writes an upload straight to its final name; when the disk
fills up or a write fails midway, the error propagates and the truncated file stays
there, where a later upload of the same name, a backup or a restore would take it for a
real one. Here the upload is written under a hidden temporary name in the same directory
and linked to its final name only once complete; on any error the temporary file is
removed, so the final name either holds the whole file or does not exist. Because a
model's FileField stores its file before the row is inserted or updated, a failed write
also means no row points at a missing file.
"""

import contextlib
import errno
import os
import posixpath
import uuid

from django.core.files.storage import FileSystemStorage

# Filesystems without hard links (some network mounts) get an exclusive rename instead.
NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}


class AtomicFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        directory = posixpath.dirname(name)
        temporary = posixpath.join(directory, f".tai-len-{uuid.uuid4().hex}.part")
        try:
            written = super()._save(temporary, content)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(self.path(temporary))
            raise
        source = self.path(written)
        try:
            while True:
                target = self.path(name)
                try:
                    _publish(source, target)
                    break
                except FileExistsError:
                    name = self.get_available_name(name)
        finally:
            with contextlib.suppress(OSError):
                os.remove(source)
        return os.path.relpath(target, self.location).replace("\\", "/")


def _publish(source, target):
    """Give `source` the name `target`, never overwriting an existing file."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in NO_LINKS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(target) from error
        os.rename(source, target)
