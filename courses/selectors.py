"""Reads for the catalogue, course outline, module page and "my learning". Query counts stay constant."""
from decimal import ROUND_FLOOR, Decimal

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page

from accounts.selectors import agencies_for

from . import registry
from .models import CoursePage, Enrollment, ModuleCompletion, ModulePage


def _live_module_count(course_path_ref):
    return Coalesce(Subquery(
        ModulePage.objects.live().filter(path__startswith=course_path_ref)
        .order_by().values("live").annotate(n=Count("pk")).values("n")[:1],
        output_field=IntegerField()), Value(0))


def minutes_to_jp(minutes: int) -> Decimal:
    """Minutes of study as JP (jam pelajaran), rounded *down* to one decimal: ASN staff count these hours,
    so the figure may never be more than what was delivered."""
    per_jp = settings.PELITA_MINUTES_PER_JP
    return (Decimal(max(minutes, 0)) / Decimal(per_jp)).quantize(Decimal("0.1"), rounding=ROUND_FLOOR)


def children_by_course(queryset, courses) -> dict:
    """{course pk: [direct children of that course in `queryset`]} for several courses in one query."""
    by_path = {course.path: course.pk for course in courses}
    found = {course.pk: [] for course in courses}
    if not courses:
        return found
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    for child in queryset.filter(condition):
        found[by_path[child.path[:-Page.steplen]]].append(child)
    return found


def courses_study_jp(courses) -> dict[int, Decimal]:
    """{course pk: JP of self-paced study}: planned minutes of live modules plus the activities' own
    (registry.study_minutes, e.g. timed tests), divided by minutes-per-JP. A fixed number of queries."""
    courses = list(courses)
    modules = children_by_course(ModulePage.objects.live().only("path", "depth", "estimated_minutes"), courses)
    minutes = {pk: sum(m.estimated_minutes for m in found) for pk, found in modules.items()}
    for hook in registry.study_minutes:
        for pk, extra in hook(courses).items():
            minutes[pk] = minutes.get(pk, 0) + extra
    return {pk: minutes_to_jp(total) for pk, total in minutes.items()}


def course_study_jp(*, course: CoursePage) -> Decimal:
    """The JP a self-paced trainee is credited with: planned study minutes divided by minutes-per-JP.
    The course page, the catalogue and "my learning" show it; self-paced certificates print it
    (certificates.selectors.certificate_jp)."""
    return courses_study_jp([course])[course.pk]


def catalogue_courses(*, index, topic: str = "", user=None):
    courses = (CoursePage.objects.live().public().child_of(index)
               .annotate(module_count=_live_module_count(OuterRef("path")))
               .order_by("path"))
    if topic:
        courses = courses.filter(topic=topic)
    courses = list(courses)
    study_jp = courses_study_jp(courses)
    for course in courses:
        course.study_jp = study_jp[course.pk]
    if user is not None and user.is_authenticated:
        enrolled = set(Enrollment.objects.filter(user=user, course__in=[c.pk for c in courses])
                       .values_list("course_id", flat=True))
        for course in courses:
            course.is_enrolled = course.pk in enrolled
    return courses


def can_study_without_enrolment(user) -> bool:
    """Authors and reviewers read every module without enrolling."""
    return bool(user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin")))


def may_study(*, user, outline: dict) -> bool:
    """Whether the user reads the modules' content (on the pages and in the printed booklets)."""
    return outline["enrollment"] is not None or can_study_without_enrolment(user)


def course_outline(*, course: CoursePage, user) -> dict:
    """Modules of `course` with this user's completion state, progress and where to resume."""
    modules = list(ModulePage.objects.live().child_of(course).defer("body"))
    enrollment = None
    done_ids: set[int] = set()
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).first()
        if enrollment:
            done_ids = set(ModuleCompletion.objects.filter(user=user, course=course)
                           .values_list("module_id", flat=True))
    for module in modules:
        module.is_done = module.pk in done_ids
    activities = list(Page.objects.child_of(course).live().not_type(ModulePage).specific())
    for annotate in registry.outline_annotators:
        annotate(user, course, activities)
    done = sum(1 for m in modules if m.is_done)
    resume = next((m for m in modules if not m.is_done), None)
    # Completed once is not completed now when a module or required test was added since: say what is true.
    requirements_met = all(getattr(a, "outline_passed", False) for a in activities
                           if getattr(a, "outline_required", False))
    return {
        "is_complete": bool(enrollment and enrollment.completed_at and done == len(modules) and requirements_met),
        "modules": modules,
        "activities": activities,
        "enrollment": enrollment,
        "modules_done": done,
        "progress_percent": round(100 * done / len(modules)) if modules else 0,
        "resume_module": resume,
        "total_minutes": sum(m.estimated_minutes for m in modules),
    }


def module_view(*, module: ModulePage, user, preview: bool = False) -> dict:
    """What a module page shows this user: the body only to the enrolled (and authors), plus navigation."""
    course = module.get_parent().specific
    outline = course_outline(course=course, user=user)
    may_study_module = preview or may_study(user=user, outline=outline)
    modules = outline["modules"]
    # A module not yet live (a draft in preview, in moderation) is placed where it sits in the course tree.
    place = module.path or "~"  # a page being created has no path yet: it goes last ("~" sorts after any path)
    before = [m for m in modules if m.path < place and m.pk != module.pk]
    after = [m for m in modules if m.path > place and m.pk != module.pk]
    is_live_module = any(m.pk == module.pk for m in modules)
    return {
        **outline,
        "course": course,
        "may_study": may_study_module,
        "is_done": any(m.is_done for m in modules if m.pk == module.pk),
        "module_number": len(before) + 1,
        "module_total": len(modules) if is_live_module else len(modules) + 1,
        "previous_module": before[-1] if before else None,
        "next_module": after[0] if after else None,
    }


def my_learning(*, user):
    """The user's enrolments with module totals and completions, in a fixed number of queries."""
    completed = Subquery(
        ModuleCompletion.objects.filter(user=user, course=OuterRef("course"), module__live=True)
        .order_by().values("course").annotate(n=Count("pk")).values("n")[:1],
        output_field=IntegerField())
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .annotate(module_count=_live_module_count(OuterRef("course__path")),
                  modules_done=Coalesce(completed, Value(0)))
        .order_by("completed_at", "-enrolled_at"))
    study_jp = courses_study_jp([e.course for e in enrollments])
    for e in enrollments:
        e.progress_percent = round(100 * e.modules_done / e.module_count) if e.module_count else 0
        e.course.study_jp = study_jp[e.course_id]
    for annotate in registry.learning_annotators:
        annotate(user, enrollments)
    return enrollments



def courses_for(user):
    """Courses whose results and sign-offs the user may see: those issued by an agency they act for.
    A course with no issuing agency belongs to no agency, so only a superuser reaches its results."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return CoursePage.objects.all()
    return CoursePage.objects.filter(issuing_agency__in=agencies_for(user))


def page_in_scope(user, page) -> bool:
    """Whether the user may work on `page` in the editor as far as agencies go: a page inside a course issued by
    an agency they do not act for is not theirs. Pages outside courses, and courses no agency issues, are shared
    (Wagtail's page permissions alone decide)."""
    if user.is_active and user.is_superuser:
        return True
    agency_id = (CoursePage.objects.ancestor_of(page, inclusive=True)
                 .values_list("issuing_agency_id", flat=True).first())
    return agency_id is None or agencies_for(user).filter(pk=agency_id).exists()


def pages_outside_scope(user) -> list[str]:
    """Ids (as workflow states store them) of the pages inside courses issued by agencies the user does not act
    for: what their review queue leaves out."""
    if user.is_active and user.is_superuser:
        return []
    foreign = (CoursePage.objects.exclude(issuing_agency__isnull=True)
               .exclude(issuing_agency__in=agencies_for(user)).values_list("path", flat=True))
    inside = Q()
    for path in foreign:
        inside |= Q(path__startswith=path)
    return [str(pk) for pk in Page.objects.filter(inside).values_list("pk", flat=True)] if inside else []
