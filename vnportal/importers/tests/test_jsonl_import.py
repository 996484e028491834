"""JSON Lines into a site: pages, dates, search, reruns, a stopped run, a dry run."""

import pytest
from django.core.management.base import CommandError
from django.utils import timezone

from vnportal.importers import runner, writer
from vnportal.importers.models import ImportedItem, ImportRun
from vnportal.news.models import ArticlePage, CategoryPage

from .conftest import write_jsonl

pytestmark = pytest.mark.django_db

ARTICLES = [
    {
        "id": "ab-1",
        "title": "Đảng bộ xã An Biên tổng kết công tác năm 2024",
        "date": "2024-12-27T09:30:00+07:00",
        "category": "Tin hoạt động",
        "body": "Sáng 27/12, Đảng bộ xã tổng kết năm.\n\nHội nghị đánh giá mô hình lúa - tôm "
        "theo Nghị định số 42/2022/NĐ-CP.\n\nCác chi bộ ấp báo cáo kết quả.",
        "source": "https://anbien.kiengiang.gov.vn/tin-tuc/tong-ket-2024.html",
    },
    {
        "id": "ab-2",
        "title": "Ra quân làm đường giao thông nông thôn",
        "date": "(09:27 | 30/07/2022)",
        "category": "Tin hoạt động",
        "body": "Người dân góp ngày công làm đường.",
    },
    {
        "id": "ab-3",
        "title": "Lịch tiếp công dân tháng 8",
        "date": "01/08/2022 13:39",
        "category": None,
        "body": "<p>Lãnh đạo xã tiếp công dân vào <b>thứ Năm</b> hằng tuần.</p>"
        '<script>alert("x")</script>',
    },
]


@pytest.fixture
def news_file(tmp_path):
    return write_jsonl(tmp_path / "news.jsonl", ARTICLES)


def test_articles_land_in_their_categories_with_their_own_dates(
    province, news_file, run_import, client
):
    lines, out = run_import(news_file)
    assert [line["status"] for line in lines] == ["created"] * 3
    first = ArticlePage.objects.get(title=ARTICLES[0]["title"])
    assert first.get_parent().specific.title == "Tin hoạt động"
    assert isinstance(first.get_parent().specific, CategoryPage)
    assert timezone.localtime(first.published_at).strftime("%d/%m/%Y %H:%M") == "27/12/2024 09:30"
    assert first.sapo == "Sáng 27/12, Đảng bộ xã tổng kết năm."
    second = ArticlePage.objects.get(title=ARTICLES[1]["title"])
    assert timezone.localtime(second.published_at).strftime("%d/%m/%Y %H:%M") == "30/07/2022 09:27"
    third = ArticlePage.objects.get(title=ARTICLES[2]["title"])
    assert third.get_parent().pk == province.news.pk  # no category: straight under Tin tức

    page = client.get(lines[0]["url"].replace("http://localhost", ""))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Hội nghị đánh giá mô hình lúa - tôm" in text
    assert "27/12/2024" in text
    scripted = client.get(lines[2]["url"].replace("http://localhost", "")).content.decode()
    assert "thứ Năm" in scripted and "alert(" not in scripted
    assert lines[0]["published_at"] == "2024-12-27T09:30:00+07:00"
    assert lines[1]["published_at"] == "2022-07-30T09:27:00+07:00"


def test_imported_articles_are_found_by_the_vietnamese_search(
    province, news_file, run_import, client
):
    run_import(news_file)
    found = client.get("/tim-kiem/", {"q": "dang bo an bien tong ket"}).content.decode()
    assert "Tìm thấy 1 kết quả" in found
    assert "/tin-tuc/tin-hoat-dong/dang-bo-xa-an-bien-tong-ket-cong-tac-nam-2024/" in found


def test_a_second_run_changes_nothing_and_a_changed_item_updates_its_page(
    province, tmp_path, news_file, run_import, django_capture_on_commit_callbacks
):
    run_import(news_file)
    ids = set(ArticlePage.objects.values_list("pk", flat=True))
    lines, out = run_import(news_file)
    assert [line["status"] for line in lines] == ["unchanged"] * 3
    assert all(line["url"] for line in lines)
    assert set(ArticlePage.objects.values_list("pk", flat=True)) == ids
    assert "0 mới, 0 cập nhật, 3 không đổi, 0 bỏ qua" in out

    edited = [
        dict(ARTICLES[0], title="Đảng bộ xã An Biên tổng kết năm 2024 (cập nhật)"),
        *ARTICLES[1:],
    ]
    with django_capture_on_commit_callbacks(execute=True):
        lines, _ = run_import(write_jsonl(tmp_path / "news.jsonl", edited))
    assert [line["status"] for line in lines] == ["updated", "unchanged", "unchanged"]
    assert set(ArticlePage.objects.values_list("pk", flat=True)) == ids
    assert ArticlePage.objects.filter(title__endswith="(cập nhật)").count() == 1


def test_a_page_edited_on_the_new_portal_is_not_overwritten(
    province, tmp_path, news_file, run_import
):
    run_import(news_file)
    page = ArticlePage.objects.get(title=ARTICLES[1]["title"])
    page.title = "Tiêu đề do biên tập viên sửa"
    page.save_revision().publish()
    edited = [ARTICLES[0], dict(ARTICLES[1], body="Nội dung khác."), ARTICLES[2]]
    lines, _ = run_import(write_jsonl(tmp_path / "news.jsonl", edited))
    assert lines[1]["status"] == "skipped"
    assert "biên tập viên" in lines[1]["reason"]
    page.refresh_from_db()
    assert page.title == "Tiêu đề do biên tập viên sửa"


def test_bad_lines_are_skipped_with_their_reasons(province, tmp_path, run_import):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"id": "x1", "title": "", "date": "2024-01-01", "body": "Nội dung"}\n'
        "{not json\n"
        '{"id": "x2", "title": "Không ngày", "date": null, "body": "Nội dung"}\n'
        '{"id": "x3", "title": "Có ngày thu thập", "date": null, "crawled_at": '
        '"2017-02-06T10:00:00+07:00", "body": "Nội dung"}\n',
        encoding="utf-8",
    )
    lines, out = run_import(path)
    assert [line["status"] for line in lines] == ["skipped", "skipped", "skipped", "created"]
    assert lines[0]["reason"] == "Thiếu tiêu đề."
    assert "JSON" in lines[1]["reason"]
    assert "ngày đăng" in lines[2]["reason"]
    assert "crawled_at" in lines[3]["warnings"][0]
    assert ArticlePage.objects.count() == 1


def test_a_dry_run_writes_nothing(province, news_file, run_import):
    lines, out = run_import(news_file, "--dry-run")
    assert [line["status"] for line in lines] == ["created"] * 3
    assert "Chạy thử" in out
    assert not ArticlePage.objects.exists()
    assert not ImportedItem.objects.exists()


def test_a_stopped_import_resumes_without_duplicates(province, tmp_path, run_import, monkeypatch):
    records = [
        {
            "id": f"n{i}",
            "title": f"Tin số {i}",
            "date": f"2023-05-0{1 + i % 9} 08:00",
            "body": f"Nội dung tin số {i}.",
        }
        for i in range(7)
    ]
    path = write_jsonl(tmp_path / "many.jsonl", records)
    monkeypatch.setattr(runner, "BATCH", 2)
    real_create = writer.Writer.create
    calls = {"n": 0}

    def interrupted(self, batch):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the third batch
        return real_create(self, batch)

    monkeypatch.setattr(writer.Writer, "create", interrupted)
    with pytest.raises(CommandError, match="Chạy lại đúng lệnh này"):
        run_import(path)
    assert ArticlePage.objects.count() == 4  # two whole batches, nothing of the third
    assert ImportRun.objects.get().state == ImportRun.State.STOPPED

    monkeypatch.setattr(writer.Writer, "create", real_create)
    lines, out = run_import(path)
    assert "tiếp tục" in out
    assert [line["status"] for line in lines] == ["unchanged"] * 4 + ["created"] * 3
    assert sorted(ArticlePage.objects.values_list("title", flat=True)) == sorted(
        r["title"] for r in records
    )


def test_editors_find_imported_articles_in_the_admin_search(province, news_file, run_import):
    _, out = run_import(news_file)
    assert "trang quản trị: 3 bài" in out
    found = ArticlePage.objects.search("tiếp công dân")
    assert [page.title for page in found] == ["Lịch tiếp công dân tháng 8"]
