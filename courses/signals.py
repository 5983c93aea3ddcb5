"""Events that higher apps (certificates) listen to."""
from django.dispatch import Signal

# Sent with user, course, enrollment when the course is complete (courses.selectors.course_requirements).
course_completed = Signal()
