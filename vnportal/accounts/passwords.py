"""Django's four password validators with Vietnamese messages: Django ships no Vietnamese
translation of them, and every form that sets a password (the admin's user forms, the
account page's password change, password reset) shows these."""

from django.contrib.auth import password_validation as django_validation


class MinimumLengthValidator(django_validation.MinimumLengthValidator):
    def get_error_message(self):
        return f"Mật khẩu quá ngắn: cần ít nhất {self.min_length} ký tự."

    def get_help_text(self):
        return f"Mật khẩu cần ít nhất {self.min_length} ký tự."


class UserAttributeSimilarityValidator(django_validation.UserAttributeSimilarityValidator):
    def get_error_message(self):
        return "Mật khẩu quá giống thông tin của tài khoản (%(verbose_name)s)."

    def get_help_text(self):
        return "Mật khẩu không được giống tên đăng nhập, họ tên hay thư điện tử."


class CommonPasswordValidator(django_validation.CommonPasswordValidator):
    def get_error_message(self):
        return "Mật khẩu này quá phổ biến, dễ bị đoán ra. Hãy chọn mật khẩu khác."

    def get_help_text(self):
        return "Mật khẩu không được là mật khẩu phổ biến."


class NumericPasswordValidator(django_validation.NumericPasswordValidator):
    def get_error_message(self):
        return "Mật khẩu không được chỉ gồm chữ số."

    def get_help_text(self):
        return "Mật khẩu không được chỉ gồm chữ số."
