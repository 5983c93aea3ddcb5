"""Reads for the catalogue, course outline, module page and "my learning". Query counts stay constant."""
import dataclasses
from decimal import ROUND_FLOOR, Decimal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from accounts.selectors import agencies_for
from core import versions

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
    (hook "pelita_course_study_minutes", e.g. timed tests), divided by minutes-per-JP. A fixed number of queries."""
    courses = list(courses)
    modules = children_by_course(ModulePage.objects.live().only("path", "depth", "estimated_minutes"), courses)
    minutes = {pk: sum(m.estimated_minutes for m in found) for pk, found in modules.items()}
    for hook in hooks.get_hooks("pelita_course_study_minutes"):
        for pk, extra in hook(courses).items():
            minutes[pk] = minutes.get(pk, 0) + extra
    return {pk: minutes_to_jp(total) for pk, total in minutes.items()}


def course_study_jp(*, course: CoursePage) -> Decimal:
    """The JP a self-paced trainee is credited with: planned study minutes divided by minutes-per-JP.
    The course page, the catalogue and "my learning" show it; self-paced certificates print it
    (certificates.selectors.certificate_jp)."""
    return _kept(f"{course.pk}:jp", lambda: courses_study_jp([course])[course.pk])


def _kept(name, compute):
    """`compute()`, kept in the cache under `name` until the page tree next changes."""
    key = f"pelita:course:{versions.current(versions.PAGE_TREE)}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, timeout=3600)
    return found


def course_children(course: CoursePage) -> list[Page]:
    """The course's live child pages in course order: modules (without their lesson body) and the other
    activities (quizzes), each as its own type. Kept in the cache until any page changes."""
    def compute():
        modules = list(ModulePage.objects.live().child_of(course).defer("body"))
        others = list(Page.objects.child_of(course).live().not_type(ModulePage).specific())
        return sorted(modules + others, key=lambda page: page.path)
    return _kept(f"{course.pk}:children", compute)


def parent_page(page: Page) -> Page:
    """The page's parent as its own type (a module's or quiz's course, a course's catalogue), kept in the cache
    until the page tree changes. A page not yet in the tree (a preview while creating it) asks the tree."""
    if not page.pk or not page.path:
        return page.get_parent().specific
    return _kept(f"parent:{page.path}", lambda: page.get_parent().specific)


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


@dataclasses.dataclass(frozen=True)
class Requirement:
    """One thing a person must have done for a course: a module studied, a quiz passed, attendance, a sign-off.
    `label` says it in the trainee's words; `for_certificate` marks what only the certificate needs (not the
    course's completion)."""
    label: str
    met: bool
    url: str = ""
    kind: str = ""
    for_certificate: bool = False


def course_requirements(*, course: CoursePage, users) -> dict[int, list[Requirement]]:
    """{user pk: [Requirement]} for many people at once, in a fixed number of queries.

    The one rule, read by completion, the course page, the certificate rule and the bulk preview: each app
    contributes through the hook "pelita_course_requirements", a function (course, user_ids) -> {user pk:
    [Requirement]} that returns values and changes nothing. A course is *complete* for a person when every
    requirement not marked `for_certificate` is met now: each live module studied (courses), each live required
    quiz passed by its counted attempt (assessments). A module or required quiz published after a person
    finished is a requirement they have not met, so they are no longer complete (the enrolment keeps the date
    they first finished) nor eligible for a certificate. The certificate also needs the rest: minimum
    attendance when taken in a training event (cohorts), a trainer's sign-off where the course asks for it
    (certificates)."""
    user_ids = [getattr(user, "pk", user) for user in users]
    found: dict[int, list[Requirement]] = {pk: [] for pk in user_ids}
    if not user_ids:
        return found
    for contribute in hooks.get_hooks("pelita_course_requirements"):
        for pk, requirements in contribute(course, user_ids).items():
            found[pk].extend(requirements)
    return found


def requirements_complete(requirements: list[Requirement]) -> bool:
    """Whether these requirements complete the course (what only the certificate needs aside)."""
    return all(r.met for r in requirements if not r.for_certificate)


def requirements_missing(requirements: list[Requirement]) -> list[str]:
    """What is still missing, in a trainee's words: modules as a count, everything else by its label."""
    modules_left = sum(1 for r in requirements if r.kind == "module" and not r.met)
    missing = [_("Selesaikan %(n)d modul lagi.") % {"n": modules_left}] if modules_left else []
    return missing + [r.label for r in requirements if r.kind != "module" and not r.met]


def module_requirements(course, user_ids) -> dict[int, list[Requirement]]:
    """Courses' contribution to the rule: every live module of the course studied."""
    modules = [page for page in course_children(course) if isinstance(page, ModulePage)]
    done = set(ModuleCompletion.objects.filter(course=course, user_id__in=user_ids, module__in=modules)
               .values_list("user_id", "module_id"))
    return {pk: [Requirement(label=m.title, met=(pk, m.pk) in done, url=m.url or "", kind="module")
                 for m in modules] for pk in user_ids}


def course_outline(*, course: CoursePage, user) -> dict:
    """Modules of `course` with this user's completion state, progress and where to resume; the other activities
    (quizzes) with what their apps say about them (hook "pelita_course_activities")."""
    children = course_children(course)
    modules = [page for page in children if isinstance(page, ModulePage)]
    enrollment = None
    done_ids: set[int] = set()
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).first()
        if enrollment:
            done_ids = set(ModuleCompletion.objects.filter(user=user, course=course)
                           .values_list("module_id", flat=True))
    for module in modules:
        module.is_done = module.pk in done_ids
    pages = [page for page in children if not isinstance(page, ModulePage)]
    shown = {}
    for describe in hooks.get_hooks("pelita_course_activities"):
        shown.update(describe(user, course, pages))
    done = sum(1 for m in modules if m.is_done)
    return {
        "modules": modules,
        "activities": [{"page": page, **shown.get(page.pk, {})} for page in pages],
        "enrollment": enrollment,
        "modules_done": done,
        "progress_percent": round(100 * done / len(modules)) if modules else 0,
        "resume_module": next((m for m in modules if not m.is_done), None),
        "total_minutes": sum(m.estimated_minutes for m in modules),
    }


def module_view(*, module: ModulePage, user, preview: bool = False) -> dict:
    """What a module page shows this user: the body only to the enrolled (and authors), plus navigation."""
    course = parent_page(module)
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
    for annotate in hooks.get_hooks("pelita_my_learning"):
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
