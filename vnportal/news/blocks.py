from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    alt = blocks.CharBlock(
        label="Mô tả ảnh (cho người khiếm thị)",
        required=False,
        help_text="Để trống để dùng mô tả của ảnh trong thư viện.",
    )
    caption = blocks.CharBlock(label="Chú thích", required=False)

    class Meta:
        icon = "image"
        label = "Ảnh có chú thích"
        template = "news/blocks/captioned_image.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tệp")
    title = blocks.CharBlock(label="Tên hiển thị", required=False)

    class Meta:
        icon = "doc-full"
        label = "Tệp đính kèm"
        template = "news/blocks/attachment.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label="Đoạn văn",
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"],
    )
    image = CaptionedImageBlock()
    table = TableBlock(label="Bảng", template="news/blocks/table.html")
    video = EmbedBlock(label="Video nhúng", max_width=800)
    attachment = AttachmentBlock()
