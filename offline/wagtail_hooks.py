from wagtail import hooks

from .selectors import course_panel

hooks.register("pelita_course_panels", course_panel)
