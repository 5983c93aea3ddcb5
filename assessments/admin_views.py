"""Wagtail admin screens for trainers: import questions, export GIFT, quiz results and pre/post gain."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.permissions import policy_registry

from core.spreadsheets import csv_writer
from courses.selectors import courses_for

from . import selectors, services
from .forms import QuestionImportForm
from .models import Question, QuestionCategory, QuizPage


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _quizzes_for(user):
    """Quizzes of the courses whose results the user may see (courses_for: their agencies' courses)."""
    paths = list(courses_for(user).values_list("path", flat=True))
    if not paths:
        return QuizPage.objects.none()
    inside = Q()
    for path in paths:
        inside |= Q(path__startswith=path)
    return QuizPage.objects.filter(inside)


def _categories_for(user):
    """Question banks the user may read and fill: shared ones and their agencies' courses' banks."""
    return policy_registry.get_by_type(QuestionCategory).scoped(user)


def _foreign_categories(user, questions, default_category: str) -> list[str]:
    """Names of existing banks, among those the import would fill, that belong to another agency."""
    names = {(q.category or default_category or "Umum").strip()[:200] for q in questions}
    return sorted(QuestionCategory.objects.filter(name__in=names)
                  .exclude(pk__in=_categories_for(user).values("pk")).values_list("name", flat=True))


def parse(content: str, fmt: str, category: str):
    from . import aiken, gift

    parser = gift.parse_gift if fmt == "gift" else aiken.parse_aiken
    return parser(content, default_category=category)


def question_import(request):
    _require(request, "assessments.add_question")
    form = QuestionImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "categories": _categories_for(request.user).order_by("name")}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        result = parse(data["content"], data["format"], data["category"])
        context.update(result=result, content=data["content"],
                       rows=selectors.import_preview_rows(questions=result.questions,
                                                          default_category=data["category"]),
                       warnings=[*result.warnings,
                                 *selectors.idnumbers_already_in_bank(questions=result.questions)])
        if "confirm" in request.POST:
            if result.errors and not data["only_valid"]:
                messages.error(request, _("Berkas masih mengandung kesalahan. Tidak ada soal yang diimpor."))
            elif not result.questions:
                messages.error(request, _("Tidak ada soal yang dapat diimpor."))
            elif foreign := _foreign_categories(request.user, result.questions, data["category"]):
                messages.error(request, _("Kategori %(names)s milik kursus lembaga lain. Pakai nama kategori lain; "
                                          "tidak ada soal yang diimpor.") % {"names": ", ".join(foreign)})
            else:
                created = services.questions_import(questions=result.questions,
                                                    default_category=data["category"])
                messages.success(request, _("%(n)d soal diimpor.") % {"n": len(created)})
                return redirect("wagtailsnippets_assessments_question:list")
    return TemplateResponse(request, "assessments/admin/import.html", context)


def category_export(request, category_id: int, fmt: str = "gift"):
    category = get_object_or_404(_categories_for(request.user), pk=category_id)
    _require(request, "assessments.view_question")
    questions = [q.to_plain() for q in Question.objects.filter(category=category)
                 .select_related("category").prefetch_related("choices", "pairs", "tags")]
    if fmt == "aiken":
        from .aiken import export_aiken

        text, problems = export_aiken(questions)
        if problems:
            messages.warning(request, _("%(n)d soal tidak diekspor karena Aiken hanya memuat pilihan ganda dengan "
                                        "satu jawaban benar.") % {"n": len(problems)})
        extension = "txt"
    else:
        from .gift_export import export_gift

        text, extension = export_gift(questions), "gift"
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    name = slugify(category.name) or "soal"
    suffix = "-aiken" if fmt == "aiken" else ""
    response["Content-Disposition"] = f'attachment; filename="{name}{suffix}.{extension}"'
    return response


def results_index(request):
    _require(request, "assessments.view_attempt")
    courses = courses_for(request.user).live().order_by("path")
    quizzes = _quizzes_for(request.user).order_by("path")
    return TemplateResponse(request, "assessments/admin/results_index.html",
                            {"courses": courses, "quizzes": quizzes})


def quiz_results(request, quiz_id: int):
    quiz = get_object_or_404(_quizzes_for(request.user), pk=quiz_id)
    _require(request, "assessments.view_attempt")
    results = selectors.quiz_results(quiz=quiz)
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="hasil-{slugify(quiz.title)}.csv"'
        writer = csv_writer(response)
        writer.writerow([_("Nama"), _("Email"), _("Percobaan"), _("Nilai (%)"), _("Lulus"), _("Dikumpulkan")])
        for a in results["attempts"]:
            writer.writerow([a.user.full_name, a.user.email or a.user.phone or "", a.number, a.percent,
                             _("ya") if a.passed else _("tidak"), a.submitted_at.isoformat() if a.submitted_at else ""])
        return response
    return TemplateResponse(request, "assessments/admin/quiz_results.html", {"quiz": quiz, **results})


def course_gain(request, course_id: int):
    course = get_object_or_404(courses_for(request.user), pk=course_id)
    _require(request, "assessments.view_attempt")
    rows = selectors.course_gain(course=course)
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="pre-post-{course.code}.csv"'
        writer = csv_writer(response)
        writer.writerow([_("Nama"), _("Pre-test (%)"), _("Post-test (%)"), _("Kenaikan (poin)"),
                         _("Kenaikan ternormalisasi")])
        for row in rows:
            writer.writerow([row["user"].full_name, row["pre"], row["post"], row["absolute"], row["normalised"]])
        return response
    return TemplateResponse(request, "assessments/admin/course_gain.html", {
        "course": course, "rows": rows, "summary": selectors.course_gain_summary(rows)})
