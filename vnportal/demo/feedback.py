"""Demo content of "Hỏi đáp": a few answered
questions (samples written for the demo, published with their authors' consent; the
names are placeholders)."""

import datetime

from django.utils import timezone

from vnportal.feedback import tracking, workdays
from vnportal.feedback.models import FeedbackField, State, Submission
from vnportal.feedback.sections import DEFAULT_FIELDS
from vnportal.vntext import slugify

ANSWERED = {
    "angiang": [
        {
            "field": "Lao động, chính sách xã hội",
            "title": "Hồ sơ đề nghị hỗ trợ học phí cho con em hộ cận nghèo gồm những gì?",
            "content": "Con tôi học lớp 10, gia đình thuộc hộ cận nghèo năm 2026. Xin hỏi hồ "
            "sơ đề nghị hỗ trợ học phí gồm những giấy tờ gì và nộp ở đâu?",
            "answer": "Cha mẹ học sinh nộp đơn đề nghị theo mẫu và bản sao giấy chứng nhận hộ "
            "cận nghèo cho nhà trường trong 45 ngày đầu học kỳ. Nhà trường tổng hợp, gửi cơ "
            "quan có thẩm quyền xét duyệt. (Câu trả lời mẫu của nội dung trình diễn.)",
            "days_ago": 20,
        },
        {
            "field": "Hộ tịch, chứng thực",
            "title": "Đăng ký khai sinh trực tuyến cho con có cần đến Ủy ban nhân dân xã không?",
            "content": "Tôi đăng ký khai sinh cho con trên Cổng dịch vụ công. Sau khi nộp có "
            "phải đến trụ sở xã để nhận giấy khai sinh không?",
            "answer": "Khi hồ sơ trực tuyến hợp lệ, người dân có thể nhận bản điện tử giấy "
            "khai sinh; bản giấy nhận tại bộ phận một cửa hoặc qua bưu chính nếu đã chọn khi "
            "nộp. (Câu trả lời mẫu của nội dung trình diễn.)",
            "days_ago": 9,
        },
    ],
    "tayyen": [
        {
            "field": "Xây dựng, giao thông",
            "title": "Phản ánh đèn đường tuyến ấp Trung Tâm bị hư nhiều ngày",
            "content": "Đoạn đường từ chợ đến trường tiểu học có ba bóng đèn đường không sáng "
            "hơn một tuần, buổi tối học sinh đi lại rất nguy hiểm.",
            "answer": "Ủy ban nhân dân xã đã giao bộ phận kỹ thuật kiểm tra và thay ba bóng "
            "đèn. Cảm ơn ông/bà đã phản ánh. (Câu trả lời mẫu của nội dung trình diễn.)",
            "days_ago": 5,
        },
    ],
}


def create_demo_feedback(sites_by_slug) -> int:
    fields = {}
    for name, days in DEFAULT_FIELDS:
        fields[name], _ = FeedbackField.objects.get_or_create(
            name=name, defaults={"slug": slugify(name), "due_working_days": days}
        )
    count = 0
    for slug, items in ANSWERED.items():
        site = sites_by_slug.get(slug)
        if site is None:
            continue
        for item in items:
            received = timezone.now() - datetime.timedelta(days=item["days_ago"])
            field = fields[item["field"]]
            answered = received + datetime.timedelta(days=3)
            Submission.objects.create(
                site=site,
                tracking_code=tracking.new_code(),
                name="Người gửi mẫu",
                field=field,
                title=item["title"],
                content=item["content"],
                may_publish=True,
                consented_at=received,
                received_at=received,
                due_on=workdays.due_date(timezone.localdate(received), field.due_working_days),
                state=State.PUBLISHED,
                answer=item["answer"],
                answered_at=answered,
                published_at=answered,
            )
            count += 1
    return count
