"""The Pelita site shell: settings, URLs, Celery app, home/standard pages, shared blocks and sanitising."""
from .celery import app as celery_app

__all__ = ["celery_app"]
