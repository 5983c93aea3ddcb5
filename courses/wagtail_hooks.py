"""The page editor keeps to the agency scope: a course issued by another agency (and every page inside it) does
not exist for the editor, whatever page permissions their role carries on the catalogue. Courses' own part of
the course requirements (courses.selectors.course_requirements): every live module studied."""
from django.http import Http404
from wagtail import hooks

from .selectors import module_requirements, page_in_scope

hooks.register("pelita_course_requirements", module_requirements, order=0)


def _refuse_outside_scope(request, page):
    if not page_in_scope(request.user, page):
        raise Http404


for _hook in ("before_edit_page", "before_delete_page", "before_copy_page", "before_unpublish_page",
              "before_publish_page"):
    hooks.register(_hook, _refuse_outside_scope)


@hooks.register("before_move_page")
def refuse_move_outside_scope(request, page, destination):
    _refuse_outside_scope(request, page)
    _refuse_outside_scope(request, destination)


@hooks.register("before_create_page")
def refuse_create_outside_scope(request, parent_page, page_class):
    _refuse_outside_scope(request, parent_page)
