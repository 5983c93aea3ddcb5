"""Hooks through which higher apps (assessments, certificates) extend courses without courses importing them.

- `completion_checks`: callables (user, course) -> bool; a course is complete when all modules are done and
  every check passes (e.g. "the required final quiz is passed").
- `outline_annotators`: callables (user, course, activities) -> None that add attributes to the course's
  non-module child pages (e.g. a quiz's best score for this user) before the course page renders.
- `certificate_checks`: callables (user, course) -> list[str] of what is still missing for a certificate
  beyond course completion (e.g. workshop attendance when the course was taken in a training event).
- `course_panels`: callables (request, course, context) -> dict | None; a dict with "template" (and its own
  data) is rendered in the course page's side panel (e.g. the certificate and what is still missing).
- `learning_annotators`: callables (user, enrollments) -> None adding attributes to "my learning" entries.
- `next_steps`: callables (user, course, outline) -> Page | None: an activity to offer before the next module
  (the pre-test before the first module, the required final exam after the last). Returns a value, changes nothing.
- `before_learning_shown`: callables (user) -> None that settle what ran out of time (e.g. close the person's
  overdue quiz attempts) before "my learning" is shown, so nothing waits for a background worker.
- `study_minutes`: callables (courses) -> {course pk: minutes}, the planned minutes of the courses'
  non-module activities (e.g. a timed test's time limit); they count toward the JP of self-paced study.
"""
completion_checks = []
outline_annotators = []
certificate_checks = []
course_panels = []
learning_annotators = []
next_steps = []
before_learning_shown = []
study_minutes = []
