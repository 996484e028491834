"""Saves answered questions (feedback.Submission) for the runner, with the ledger rows."""

from django.contrib.contenttypes.models import ContentType

from vnportal.feedback.models import Submission
from vnportal.feedback.publishing import answer_path

from . import questions
from .models import ImportedItem, key_digest
from .writer import Saved


class QuestionWriter:
    def __init__(self, target):
        self.target = target
        self.site = target.site
        self._content_type = ContentType.objects.get_for_model(Submission)
        self._paths: dict = {}

    def _url(self, submission) -> str:
        path = answer_path(submission, self._paths)
        return self.site.root_url + path if path else ""

    def prepare(self, item) -> None:
        """Nothing to start early for a question."""

    def create(self, batch) -> list[Saved]:
        results = []
        for item, checksum in batch:
            submission, status = questions.save_question(self.site, item.record, None)
            url = self._url(submission)
            ImportedItem.objects.create(
                site=self.site,
                key=item.key,
                key_hash=key_digest(item.key),
                content_type=self._content_type,
                object_id=submission.pk,
                checksum=checksum,
                source_url=item.original_url,
                url=url,
            )
            results.append(Saved(status, url))
        return results

    def update(self, item, checksum, entry) -> Saved:
        existing = Submission.objects.filter(pk=entry.object_id).first()
        submission, status = questions.save_question(self.site, item.record, existing)
        entry.object_id = submission.pk
        entry.checksum = checksum
        entry.url = self._url(submission)
        entry.save()
        return Saved(status, entry.url)
