"""What training events add to a course's requirements: minimum attendance for the certificate."""
from wagtail import hooks

from .selectors import attendance_requirements

hooks.register("pelita_course_requirements", attendance_requirements, order=30)
