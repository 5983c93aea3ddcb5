"""Registration enqueues one welcome email after commit; running the task twice sends it once."""
from django.core import mail

from accounts.services import user_register, user_welcome_email_send


def test_registration_sends_one_welcome_email(village, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user = user_register(full_name="Dewi", password="kuat-sekali-2024", email="dewi@contoh.test",
                             village=village)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["dewi@contoh.test"]
    assert "Selamat datang di Pelita" in mail.outbox[0].subject
    assert user_welcome_email_send(user_id=user.pk) is False
    assert len(mail.outbox) == 1


def test_phone_only_registration_sends_no_email(village, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user_register(full_name="Dewi", password="kuat-sekali-2024", phone="081234567890", village=village)
    assert mail.outbox == []
