"""The files an imported page shows: its images and attachments, into the media library.

Only files saved beside the page are taken (a crawler or browser saves them next to it):
nothing is fetched from the closed portal. A file is found by its address relative to
the page, never outside the folder being imported. The same file used by many pages is
stored once (Wagtail keeps each file's hash). Attachments pass the same content checks as
the documents register's uploads (legaldocs.files): a disguised or unsafe file stays out.
"""

import hashlib
import io
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from vnportal.legaldocs.files import FileRejected, inspect

MAX_IMAGE_BYTES = 20 * 1024 * 1024


class Media:
    def __init__(self, root: Path, collection, *, dry_run=False):
        self.root = root.resolve()
        self.collection = collection
        self.dry_run = dry_run
        self.warnings: list[str] = []
        self._images: dict[Path, int | None] = {}
        self._documents: dict[Path, int | None] = {}

    def take_warnings(self) -> list[str]:
        """What went wrong with the files of the item just built; cleared."""
        taken, self.warnings = self.warnings, []
        return taken

    def local_file(self, base_dir: Path | None, address: str) -> Path | None:
        """The file `address` (as written in the page) names inside the import folder."""
        if base_dir is None or not address:
            return None
        parts = urlsplit(address.strip())
        if parts.scheme or parts.netloc or not parts.path:
            return None
        path = (base_dir / unquote(parts.path)).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path

    def image_id(self, base_dir, src, title=""):
        path = self.local_file(base_dir, src)
        if path is None:
            self.warnings.append(f"Ảnh không có trong bản lưu, bỏ qua: {src}")
            return None
        if path not in self._images:
            self._images[path] = self._store_image(path, title)
        return self._images[path]

    def document_id(self, base_dir, href, title=""):
        path = self.local_file(base_dir, href)
        if path is None:
            return None
        if path not in self._documents:
            self._documents[path] = self._store_document(path, title)
        return self._documents[path]

    def _store_image(self, path: Path, title: str):
        data = path.read_bytes()
        if len(data) > MAX_IMAGE_BYTES:
            self.warnings.append(f"Ảnh quá lớn, bỏ qua: {path.name}")
            return None
        try:
            with PILImage.open(path) as picture:
                picture.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            self.warnings.append(f"Tệp ảnh hỏng hoặc không phải ảnh, bỏ qua: {path.name}")
            return None
        if self.dry_run:
            return 0
        model = get_image_model()
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        found = model.objects.filter(file_hash=digest).values_list("pk", flat=True).first()
        if found is not None:
            return found
        image = model(
            title=(title or path.stem)[:255],
            collection=self.collection,
            file=ImageFile(io.BytesIO(data), name=path.name),
        )
        image._set_image_file_metadata()
        image.save()
        return image.pk

    def _store_document(self, path: Path, title: str):
        data = path.read_bytes()
        try:
            checked = inspect(data, path.name)
        except FileRejected as problem:
            self.warnings.append(f"Tệp đính kèm {path.name} không được nhận: {problem}")
            return None
        if self.dry_run:
            return 0
        model = get_document_model()
        digest = hashlib.sha1(checked.data, usedforsecurity=False).hexdigest()
        found = model.objects.filter(file_hash=digest).values_list("pk", flat=True).first()
        if found is not None:
            return found
        document = model(title=(title or path.stem)[:255], collection=self.collection)
        document.file.save(checked.filename_for(path.name), ContentFile(checked.data), save=False)
        document._set_document_file_metadata()
        document.save()
        return document.pk
