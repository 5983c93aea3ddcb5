"""Question bank snippets and the trainers' import, export and results screens in the Wagtail admin; what quizzes
add to a course (requirements, activities, next step, study minutes)."""
import django_filters
from django import forms
from django.db.models import Count
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.permissions import AgencyScopedPermissionPolicy, ScopedViewSetMixin

from . import admin_views, selectors, services
from .models import Question, QuestionCategory, QuestionTag

hooks.register("pelita_course_requirements", selectors.quiz_requirements, order=10)
hooks.register("pelita_course_activities", selectors.quiz_activities)
hooks.register("pelita_course_next_step", selectors.quiz_next_step)
hooks.register("pelita_course_study_minutes", selectors.quiz_study_minutes)
hooks.register("pelita_before_my_learning", services.attempts_close_expired)


class QuestionFilterSet(WagtailFilterSet):
    """Type and category, plus the 20 most used tags (django-filter cannot build a filter for a tag manager)."""

    tag = django_filters.MultipleChoiceFilter(label=_("Tag"), method="filter_tags",
                                              widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Question
        fields = ["type", "category"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        popular = (QuestionTag.objects.values_list("tag__name", flat=True).annotate(uses=Count("id"))
                   .order_by("-uses", "tag__name")[:20])
        self.filters["tag"].extra["choices"] = [(name, name) for name in popular]

    def filter_tags(self, queryset, name, value):
        if not value:
            return queryset
        # A list of ids, not a join: the search backend cannot filter on a related table.
        return queryset.filter(pk__in=list(Question.objects.filter(tags__name__in=value).values_list("pk", flat=True)))

# A question bank attached to an agency's course is that agency's (its quizzes draw from it, so editing it
# changes their key); banks attached to no agency's course are shared.
register_permission_policy(QuestionCategory, AgencyScopedPermissionPolicy(
    QuestionCategory, agency_field="course__issuing_agency", shared_when_unset=True))
register_permission_policy(Question, AgencyScopedPermissionPolicy(
    Question, agency_field="category__course__issuing_agency", shared_when_unset=True))


class QuestionViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Soal")
    list_display = ["title", "type", "category", Column("updated_at", label=_("diubah"))]
    filterset_class = QuestionFilterSet
    list_per_page = 50


class QuestionCategoryViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Kategori soal")
    list_display = ["name", "course"]
    search_fields = ["name"]


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = _("Bank soal")
    menu_name = "question-bank"
    menu_order = 250


register_snippet(QuestionBankGroup)


@hooks.register("register_admin_urls")
def register_assessment_urls():
    return [
        path("bank-soal/impor/", admin_views.question_import, name="assessments_import"),
        path("bank-soal/kategori/<int:category_id>/ekspor/", admin_views.category_export,
             name="assessments_export"),
        path("bank-soal/kategori/<int:category_id>/ekspor-aiken/", admin_views.category_export,
             {"fmt": "aiken"}, name="assessments_export_aiken"),
        path("hasil-kuis/", admin_views.results_index, name="assessments_results"),
        path("hasil-kuis/<int:quiz_id>/", admin_views.quiz_results, name="assessments_quiz_results"),
        path("hasil-kuis/kursus/<int:course_id>/pre-post/", admin_views.course_gain, name="assessments_course_gain"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(_("Impor soal"), reverse("assessments_import"), icon_name="upload",
                              order=251, permission="assessments.add_question")


@hooks.register("register_admin_menu_item")
def register_results_menu_item():
    return PermissionMenuItem(_("Hasil kuis"), reverse("assessments_results"), icon_name="table",
                              order=252, permission="assessments.view_attempt")
