from django.apps import AppConfig


class OfflineConfig(AppConfig):
    name = "offline"
    verbose_name = "Belajar tanpa sinyal"

    def ready(self):
        from courses import registry

        from .selectors import course_panel

        registry.course_panels.append(course_panel)
