"""Who may change which news pages, beyond Wagtail's page permissions.

Archives of former units are read-only: the editors of the site that holds an archive
cannot edit, publish, unpublish, move, copy, delete or add pages inside it. Only
superusers (province IT) can, and the importer, which creates pages in code.
"""

from .archives import archive_for


def archive_locking(user, page):
    """The archive that makes `page` read-only for `user`; None when the user may act."""
    if user.is_superuser:
        return None
    return archive_for(page)


def archive_refusal_message(archive):
    return (
        f"“{archive.title}” là trang lưu trữ của {archive.unit.name}, chỉ để tra cứu: "
        "biên tập viên không thể sửa, xuất bản, gỡ, di chuyển, sao chép, xóa hay thêm trang "
        "trong đó. Nếu cần đính chính, hãy liên hệ quản trị hệ thống của tỉnh."
    )


ARCHIVE_CREATION_REFUSED = "Chỉ quản trị hệ thống của tỉnh được tạo trang lưu trữ của đơn vị cũ."
