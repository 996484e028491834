"""Demo drafts for public comment: one open on the province's site, one closed with its
report on xã Tây Yên's. All text was written for the demo and says so."""

import datetime

from django.utils import timezone

from .models import CommentStatus, Draft, DraftSection, Uptake
from .sections import ensure_consultations_page

NOTE = "Đây là dự thảo mẫu viết cho bản trình diễn của cổng, không phải văn bản thật."


def _draft(site, slug, **fields):
    draft = Draft.objects.filter(site=site, slug=slug).first()
    if draft is not None:
        return draft, False
    draft = Draft(site=site, slug=slug, **fields)
    draft.save()
    return draft, True


def _comment(draft, section, shown_name, content, submitted_at, **fields):
    return draft.comments.create(
        section=section,
        name=f"Người dân mẫu {shown_name}",
        contact="0900000000",
        shown_name=shown_name,
        content=content,
        consented_at=submitted_at,
        submitted_at=submitted_at,
        status=CommentStatus.APPROVED,
        moderated_at=submitted_at + datetime.timedelta(hours=2),
        **fields,
    )


def create_demo_consultations(sites_by_slug):
    """Add the demo drafts; `sites_by_slug`: {"angiang": Site, "tayyen": Site, ...}.
    Running it again adds nothing. Returns the number of drafts created."""
    now = timezone.now()
    created = 0
    province = sites_by_slug.get("angiang")
    if province is not None:
        ensure_consultations_page(province.root_page.specific)
        draft, new = _draft(
            province,
            "quy-dinh-quan-ly-cho-nong-thon",
            title="Dự thảo Quy định quản lý chợ nông thôn trên địa bàn tỉnh",
            summary=f"{NOTE} Dự thảo nêu cách phân hạng chợ, trách nhiệm của ban quản lý "
            "chợ và việc giữ vệ sinh, phòng cháy trong chợ.",
            drafting_body="Sở Công Thương (mẫu)",
            opens_at=now - datetime.timedelta(days=5),
            closes_at=now + datetime.timedelta(days=25),
            body="Quy định này áp dụng cho các chợ do xã, phường quản lý. Mời người dân, "
            "tiểu thương góp ý cho từng phần của dự thảo.",
        )
        if new:
            created += 1
            scope = DraftSection.objects.create(
                draft=draft,
                sort_order=0,
                heading="Chương I. Phạm vi và đối tượng áp dụng",
                text="Quy định áp dụng cho chợ hạng 2, hạng 3 và chợ tạm trên địa bàn tỉnh.",
            )
            hygiene = DraftSection.objects.create(
                draft=draft,
                sort_order=1,
                heading="Chương II. Vệ sinh và phòng cháy trong chợ",
                text="Ban quản lý chợ bố trí nơi tập kết rác và bình chữa cháy ở mỗi dãy sạp.",
            )
            _comment(
                draft,
                scope,
                "Người góp ý",
                "Đề nghị làm rõ chợ tạm họp vào sáng sớm ven đường có thuộc phạm vi không.",
                now - datetime.timedelta(days=3),
            )
            _comment(
                draft,
                hygiene,
                "Lan",
                "Nên quy định giờ thu gom rác cố định trong ngày để tiểu thương chủ động.",
                now - datetime.timedelta(days=2),
            )
    commune = sites_by_slug.get("tayyen")
    if commune is not None:
        ensure_consultations_page(commune.root_page.specific)
        draft, new = _draft(
            commune,
            "ke-hoach-chinh-trang-duong-lang",
            title="Dự thảo Kế hoạch chỉnh trang đường làng, ngõ xóm năm 2026",
            summary=f"{NOTE} Kế hoạch dự kiến các tuyến đường được trồng cây, lắp đèn và "
            "cách người dân cùng góp công.",
            drafting_body="Ủy ban nhân dân xã Tây Yên (mẫu)",
            opens_at=now - datetime.timedelta(days=40),
            closes_at=now - datetime.timedelta(days=10),
            body="Kế hoạch gồm ba tuyến đường ấp, thực hiện trong quý II và quý III.",
            report_text="Ủy ban nhân dân xã đã nhận 1 ý kiến và tiếp thu vào kế hoạch: bổ "
            "sung đèn chiếu sáng tại đoạn gần trường tiểu học. (Báo cáo mẫu.)",
            report_published_at=now - datetime.timedelta(days=3),
        )
        if new:
            created += 1
            _comment(
                draft,
                None,
                "Người góp ý",
                "Đoạn đường gần trường tiểu học tối vào buổi chiều, đề nghị ưu tiên lắp đèn.",
                now - datetime.timedelta(days=20),
                uptake=Uptake.ACCEPTED,
                response="Đã bổ sung đèn chiếu sáng cho đoạn này vào kế hoạch.",
            )
    return created
