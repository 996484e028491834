"""The refusal an editor sees when an upload is not stored."""


# The name is the API agreed with the legaldocs app; it reads as what happened to the file.
class FileRejected(ValueError):  # noqa: N818
    """The upload is refused; ``reason`` is a Vietnamese sentence to show the editor."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
