"""Periodic job: close and grade attempts abandoned past their time limit."""
from celery import shared_task

from . import services


@shared_task
def attempts_close_expired_task() -> int:
    return services.attempts_close_expired()
