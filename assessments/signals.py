"""Events for higher apps (certificates): sent with attempt and course after an attempt is graded."""
from django.dispatch import Signal

attempt_graded = Signal()
