"""Compute the links to the register in every text that may cite a document: the body
of every live page and the full text of every document. Run it once after upgrading to
a version with the register, or after a bulk change made without saving through the
models; day to day, saving a text or a document keeps the links current."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from vnportal.legaldocs import linking
from vnportal.legaldocs.models import LegalDocument


class Command(BaseCommand):
    help = "Tạo liên kết tới văn bản cho mọi số, ký hiệu văn bản được nhắc trong bài và văn bản."

    def handle(self, *args, **options):
        pages = documents = 0
        for page in Page.objects.live().specific().iterator(chunk_size=200):
            if hasattr(page, "body") and hasattr(page.body, "render_as_block"):
                linking.link_page(page)
                pages += 1
        for document in LegalDocument.objects.iterator(chunk_size=200):
            linking.link_document(document)
            documents += 1
        self.stdout.write(
            self.style.SUCCESS(f"Đã xét {pages} trang và {documents} văn bản để tạo liên kết.")
        )
