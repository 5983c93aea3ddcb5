"""Hooks through which higher apps (assessments, certificates) extend courses without courses importing them.

- `completion_checks`: callables (user, course) -> bool; a course is complete when all modules are done and
  every check passes (e.g. "the required final quiz is passed").
- `outline_annotators`: callables (user, course, activities) -> None that add attributes to the course's
  non-module child pages (e.g. a quiz's best score for this user) before the course page renders.
"""
completion_checks = []
outline_annotators = []
