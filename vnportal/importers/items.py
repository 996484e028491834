"""What every reader yields: one source item in a common shape, before it is saved.

Pure data: the readers (JSON Lines, WordPress, saved pages) fill it; the pipeline decides
what to do with it. `published_at` is aware, in Vietnam time; text is NFC.
"""

import dataclasses
import datetime
import hashlib
import json
from pathlib import Path

ARTICLE = "article"
PAGE = "page"
QUESTION = "question"


@dataclasses.dataclass
class Media:
    src: str
    alt: str = ""
    caption: str = ""


@dataclasses.dataclass
class Item:
    key: str  # stable across runs: the source URL or "<format>:<id>"
    source: str  # where it was read: a file path, "file.jsonl:line 12", a WordPress id
    kind: str = ARTICLE
    title: str = ""
    published_at: datetime.datetime | None = None
    category: list[str] = dataclasses.field(default_factory=list)
    sapo: str = ""
    body_html: str = ""  # HTML as read; cleaned when saved
    # Plain-text paragraphs, when the source has no markup (JSON Lines): saved as they are,
    # escaped, without parsing any HTML, which keeps a bulk import fast.
    paragraphs: list[str] = dataclasses.field(default_factory=list)
    images: list[Media] = dataclasses.field(default_factory=list)
    attachments: list[Media] = dataclasses.field(default_factory=list)
    original_url: str = ""
    author: str = ""
    source_name: str = ""  # shown as "Nguồn"
    base_dir: Path | None = None  # where the page's own files (images, attachments) lie
    skip_reason: str = ""  # set by a reader that knows the item cannot be imported
    warnings: list[str] = dataclasses.field(default_factory=list)
    record: object = None  # what a reader of another kind (answered questions) read

    def checksum(self) -> str:
        """Changes exactly when something the saved page shows would change."""
        shown = {
            "kind": self.kind,
            "title": self.title,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "category": self.category,
            "sapo": self.sapo,
            "body": self.body_html,
            "paragraphs": self.paragraphs,
            "images": [dataclasses.astuple(m) for m in self.images],
            "attachments": [dataclasses.astuple(m) for m in self.attachments],
            "url": self.original_url,
            "author": self.author,
            "source": self.source_name,
        }
        data = json.dumps(shown, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(data).hexdigest()
