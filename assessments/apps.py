from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Penilaian")

    def ready(self):
        from courses import registry

        from . import selectors, services

        registry.outline_annotators.append(selectors.annotate_course_outline)
        registry.completion_checks.append(selectors.required_quizzes_passed)
        registry.next_steps.append(selectors.quiz_next_step)
        registry.before_learning_shown.append(services.attempts_close_expired)
        registry.study_minutes.append(selectors.quiz_study_minutes)
