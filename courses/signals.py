"""Events that higher apps (assessments, certificates) listen to."""
from django.dispatch import Signal

# Sent with user, course, module after a trainee first marks a module complete.
module_completed = Signal()
# Sent with user, course, enrollment when every module of a course is complete.
course_modules_completed = Signal()
# Sent with user, course, enrollment when the course is complete: modules done and every requirement met
# (courses.registry.completion_checks, e.g. a required final quiz passed).
course_completed = Signal()
