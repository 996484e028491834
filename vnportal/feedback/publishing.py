"""What follows a change of a submission for the public side: a published answer is in
the site search and its document numbers link to the register; any other is out of both.
Runs after commit, whatever changed the submission (admin action, erasure, import)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import linebreaks
from wagtail import hooks

from vnportal.core.linked_text import announce
from vnportal.core.pagecache import purge_sites

from .models import QuestionIndexPage, State, Submission

SOURCE = "answer"
SOURCES_HOOK = "vnportal_search_sources"


def answer_path(submission, index_paths=None):
    """The public address of the answer within its site, or None."""
    index_paths = {} if index_paths is None else index_paths
    if submission.site_id not in index_paths:
        page = (
            QuestionIndexPage.objects.live()
            .filter(path__startswith=submission.site.root_page.path)
            .first()
        )
        parts = page.get_url_parts() if page is not None else None
        index_paths[submission.site_id] = parts[2] if parts else None
    base = index_paths[submission.site_id]
    return None if base is None else f"{base}{submission.pk}/"


def index_document(submission, index_paths=None):
    from vnportal.search.documents import IndexDocument

    if not submission.is_public:
        return None
    path = answer_path(submission, index_paths)
    if path is None:
        return None
    return IndexDocument(
        source=SOURCE,
        object_id=submission.pk,
        site_id=submission.site_id,
        url_path=path,
        title=submission.title,
        body=f"{submission.content}\n{submission.answer}",
        kind=submission.field.name,
        published_at=submission.published_at,
    )


def answer_html(submission):
    return linebreaks(submission.answer, autoescape=True)


def follow(submission_id) -> None:
    from vnportal.search import indexing
    from vnportal.search.models import SearchEntry

    submission = (
        Submission.objects.select_related("site__root_page", "field")
        .filter(pk=submission_id)
        .first()
    )
    was_public = SearchEntry.objects.filter(source=SOURCE, object_id=submission_id).exists()
    public = submission is not None and submission.is_public
    # A question nobody else can see (new, in handling, not agreed to publish) changes
    # nothing public: no index write, no purge of the site's cached pages, which a wave
    # of questions during a storm would otherwise empty on every one.
    if not was_public and not public:
        return
    indexing.remove(SOURCE, [submission_id])
    if submission is None:
        return
    document = index_document(submission)
    if document is not None:
        indexing.index_documents([document])
    announce(
        submission,
        "answer",
        answer_html(submission) if public else None,
        submission.site_id,
    )
    purge_sites([submission.site_id])


@receiver(post_save, sender=Submission)
def _saved(sender, instance, **kwargs):
    submission_id = instance.pk
    transaction.on_commit(lambda: follow(submission_id))


@receiver(post_delete, sender=Submission)
def _deleted(sender, instance, **kwargs):
    submission_id, site_id = instance.pk, instance.site_id

    def gone():
        from vnportal.search import indexing

        indexing.remove(SOURCE, [submission_id])
        purge_sites([site_id])

    transaction.on_commit(gone)


@hooks.register(SOURCES_HOOK)
def all_answers():
    index_paths = {}
    public = Submission.objects.filter(state=State.PUBLISHED, may_publish=True).select_related(
        "site__root_page", "field"
    )
    for submission in public.iterator(chunk_size=500):
        document = index_document(submission, index_paths)
        if document is not None:
            yield document
