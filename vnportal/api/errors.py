"""Errors an API view raises; the view wrapper turns them into JSON with a Vietnamese
`detail` (and, for bad parameters, `errors` naming each one)."""


class ApiError(Exception):
    def __init__(self, status: int, detail: str, errors: dict | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors

    def body(self) -> dict:
        body = {"detail": self.detail}
        if self.errors:
            body["errors"] = self.errors
        return body


class BadParametersError(ApiError):
    def __init__(self, errors: dict):
        super().__init__(400, "Tham số truy vấn không hợp lệ.", errors)


class NotFoundError(ApiError):
    def __init__(self, detail: str = "Không tìm thấy dữ liệu yêu cầu."):
        super().__init__(404, detail)
