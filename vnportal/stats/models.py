"""Socio-economic statistics (Số liệu thống kê): pages of tables that editors upload.

Decree 42/2022 art. 4 asks a portal to publish the unit's socio-economic figures. Editors
keep them in spreadsheets, so a table is uploaded as a CSV or XLSX document (kept as it
is, for download) and read once, when the page is saved: what the file says lives in
`StatisticsTable.data`, so the public page never reads the spreadsheet again. A file that
cannot be read stops the save with a message in Vietnamese, and the page keeps the
table it had (`StatisticsTable.clean`).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.html import mark_safe
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from . import charts
from .tables import MAX_BYTES, Table, TableError, format_number, format_size, read_table, to_csv
from .tables import chart_columns as pick_chart_columns


class StatisticsIndexPage(Page):
    """ "Số liệu thống kê": the list of a site's statistics pages (its children)."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["stats.StatisticsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang số liệu thống kê"

    def statistics_pages(self):
        return StatisticsPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statistics_pages"] = self.statistics_pages()
        return context


class StatisticsPage(RoutablePageMixin, Page):
    """One subject (dân số, nông nghiệp, ngân sách) with its source, period and tables.
    Each table is drawn as a chart followed by the table itself, and can be downloaded as
    the original file or as CSV (`<page>/bang-<id>/csv/`)."""

    intro = RichTextField("Giới thiệu", blank=True, features=["bold", "italic", "link", "ol", "ul"])
    source = models.CharField(
        "Nguồn số liệu",
        max_length=255,
        help_text="Ví dụ: Chi cục Thống kê khu vực, niên giám 2024.",
    )
    period = models.CharField("Kỳ số liệu", max_length=100, help_text="Ví dụ: 2021 – 2024.")

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("period")]),
        InlinePanel("tables", label="Bảng số liệu", min_num=1),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("source"),
    ]
    parent_page_types = ["stats.StatisticsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Trang số liệu"

    def tables_for_display(self):
        return self.tables.all().select_related("document")

    @path("", name="page")
    def page_view(self, request):
        return self.render(request)

    # Wagtail's page URLs are slash-ended words, so the export cannot end in ".csv";
    # the file name comes with Content-Disposition instead.
    @path("bang-<int:table_id>/csv/", name="csv")
    def csv_export(self, request, table_id):
        table = self.tables.filter(pk=table_id).first()
        if table is None:
            raise Http404
        response = HttpResponse(to_csv(table.table), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-bang-{table.pk}.csv"'
        return response


class ChartType(models.TextChoices):
    BAR = charts.BAR, "Biểu đồ cột"
    LINE = charts.LINE, "Biểu đồ đường"
    NONE = "khong", "Không vẽ biểu đồ"


class StatisticsTable(Orderable):
    """One table of a statistics page: the uploaded file, how to read it and how to draw
    it. `data` is what the file held when the page was last saved (see `tables.Table`)."""

    page = ParentalKey(StatisticsPage, on_delete=models.CASCADE, related_name="tables")
    caption = models.CharField(
        "Tên bảng", max_length=255, help_text="Hiện ở đầu bảng, ví dụ “Dân số trung bình”."
    )
    unit = models.CharField(
        "Đơn vị tính", max_length=100, blank=True, help_text="Ví dụ: nghìn người, tỷ đồng, ha."
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Tệp số liệu (CSV hoặc XLSX)",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Dòng tiêu đề ghi tên các cột; cột đầu là tên dòng (năm, xã, chỉ tiêu). Số viết "
            f"kiểu 1.234,5. Tối đa {format_size(MAX_BYTES)}."
        ),
    )
    sheet_name = models.CharField(
        "Trang tính",
        max_length=100,
        blank=True,
        help_text="Với tệp XLSX: tên trang tính cần đọc; để trống để đọc trang đầu tiên.",
    )
    header_row = models.PositiveSmallIntegerField(
        "Dòng tiêu đề", default=1, help_text="Số thứ tự của dòng ghi tên cột (thường là 1)."
    )
    chart_type = models.CharField(
        "Biểu đồ", max_length=10, choices=ChartType.choices, default=ChartType.BAR
    )
    chart_columns = models.CharField(
        "Cột vẽ biểu đồ",
        max_length=500,
        blank=True,
        help_text=(
            "Tên cột (hoặc số thứ tự cột), cách nhau bằng dấu chấm phẩy; để trống để vẽ mọi "
            "cột toàn là số."
        ),
    )
    data = models.JSONField(default=dict, editable=False)

    panels = [
        FieldPanel("caption"),
        FieldPanel("unit"),
        FieldPanel("document"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("sheet_name"), FieldPanel("header_row")])],
            heading="Cách đọc tệp",
        ),
        FieldRowPanel([FieldPanel("chart_type"), FieldPanel("chart_columns")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Bảng số liệu"
        verbose_name_plural = "Bảng số liệu"

    def __str__(self):
        return self.caption

    def clean(self):
        super().clean()
        if self.document is None:
            return
        try:
            table = read_document(self.document, self.sheet_name, self.header_row)
        except TableError as error:
            raise ValidationError({"document": str(error)}) from error
        if self.chart_type != ChartType.NONE:
            try:
                pick_chart_columns(table, self.chart_columns)
            except TableError as error:
                field = "chart_columns" if self.chart_columns.strip() else "chart_type"
                raise ValidationError({field: str(error)}) from error
        self.data = table.to_json()

    @property
    def table(self):
        return Table.from_json(self.data)

    @property
    def anchor(self):
        return f"bang-{self.pk or self.sort_order or 0}"

    def display(self):
        """Header and rows as the template prints them: (text, is_number) per cell."""
        table = self.table
        rows = [
            (
                row[0],
                [
                    (format_number(cell), True)
                    if isinstance(cell, Decimal)
                    else (cell or "", False)
                    for cell in row[1:]
                ],
            )
            for row in table.rows
        ]
        return {"header": table.header, "rows": rows}

    def chart_svg(self):
        """The chart's SVG markup (escaped in `charts`), or "" when it has none."""
        if self.chart_type == ChartType.NONE or not self.data:
            return ""
        table = self.table
        try:
            columns = pick_chart_columns(table, self.chart_columns)
        except TableError:
            return ""
        series = [(table.header[i], [row[i] for row in table.rows]) for i in columns]
        title = self.caption + (f" ({self.unit})" if self.unit else "")
        svg = charts.render_chart(
            self.chart_type,
            [row[0] for row in table.rows],
            series,
            chart_id=f"bieu-do-{self.anchor}",
            title=title,
            unit=self.unit,
            axis_name=table.header[0],
        )
        return mark_safe(svg)  # noqa: S308  (charts.render_chart escapes every text)


def read_document(document, sheet_name="", header_row=1):
    """Parse a Wagtail document as a statistics table; TableError for any problem."""
    try:
        size = document.file.size
        if size > MAX_BYTES:
            raise TableError(
                f"Tệp quá lớn ({format_size(size)}); bảng số liệu chỉ được tối đa "
                f"{format_size(MAX_BYTES)}. Hãy tách thành nhiều bảng nhỏ hơn."
            )
        with document.file.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise TableError("Không đọc được tệp đã chọn; hãy tải tệp lên lại.") from error
    return read_table(data, document.file.name, sheet=sheet_name, header_row=header_row)
