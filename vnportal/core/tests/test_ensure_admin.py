import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command


@pytest.fixture
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.mark.django_db
def test_admin_is_created_once_with_a_random_password_kept_in_a_file(var_dir, capsys):
    call_command("ensure_admin")
    password = (var_dir / "admin-password.txt").read_text().strip()
    assert len(password) >= 12
    assert password in capsys.readouterr().out
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)

    call_command("ensure_admin")
    assert (var_dir / "admin-password.txt").read_text().strip() == password
    assert get_user_model().objects.filter(username="admin").count() == 1
