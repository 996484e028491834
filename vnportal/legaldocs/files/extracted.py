"""What a reader of one kind hands back to ``inspect``."""

from dataclasses import dataclass, field


@dataclass
class Extracted:
    kind: str
    text: str
    data: bytes
    flags: list[str] = field(default_factory=list)
