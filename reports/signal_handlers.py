"""Receivers that keep the reports' cached reference data current."""
from django.db.models.signals import post_delete, post_save

from accounts.models import Agency
from courses.models import CoursePage

from .selectors import forget_filter_options

for model in (Agency, CoursePage):
    post_save.connect(forget_filter_options, sender=model, dispatch_uid=f"reports-filter-options-save-{model.__name__}")
    post_delete.connect(forget_filter_options, sender=model,
                        dispatch_uid=f"reports-filter-options-delete-{model.__name__}")
