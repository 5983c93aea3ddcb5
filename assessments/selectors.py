"""Reads for quizzes: a trainee's overview, what an attempt screen may show, and trainers' results."""
import html

from django.db.models import Avg, Count, Q
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from courses.models import Enrollment
from courses.selectors import Requirement, can_study_without_enrolment, children_by_course, course_children, parent_page

from . import layout
from .models import Attempt, Question, QuizPage
from .questions import Problem


def counted_attempt(attempts: list[Attempt], quiz: QuizPage) -> Attempt | None:
    """The graded attempt that counts toward the course: best or last, by the quiz's setting."""
    graded = [a for a in attempts if a.status == Attempt.Status.GRADED]
    if not graded:
        return None
    if quiz.grading == QuizPage.Grading.LAST:
        return max(graded, key=lambda a: a.number)
    return max(graded, key=lambda a: (a.percent, -a.number))


def may_reveal(quiz: QuizPage, attempts: list[Attempt]) -> bool:
    """Whether correct answers and feedback may be shown now (never before the quiz allows)."""
    graded = [a for a in attempts if a.status == Attempt.Status.GRADED]
    if not graded or quiz.reveal == QuizPage.Reveal.NEVER:
        return False
    if quiz.reveal == QuizPage.Reveal.IMMEDIATELY:
        return True
    if quiz.reveal == QuizPage.Reveal.AFTER_PASSING:
        return any(a.passed for a in graded)
    return bool(quiz.attempts_allowed) and len(attempts) >= quiz.attempts_allowed


def quiz_overview(*, quiz: QuizPage, user) -> dict:
    attempts = list(Attempt.objects.filter(quiz=quiz, user=user).order_by("number")) if user.is_authenticated else []
    course = parent_page(quiz)
    enrolled = user.is_authenticated and (
        Enrollment.objects.filter(user=user, course=course).exists() or can_study_without_enrolment(user))
    open_attempt = next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None)
    left = None if not quiz.attempts_allowed else max(quiz.attempts_allowed - len(attempts), 0)
    return {
        "course": course,
        "attempts": attempts,
        "open_attempt": open_attempt,
        "counted_attempt": counted_attempt(attempts, quiz),
        "attempts_left": left,
        "can_start": enrolled and (open_attempt is not None or left is None or left > 0),
        "enrolled": enrolled,
        "question_count": sum(slot.count if slot.category_id else 1 for slot in quiz.slots.all()),
    }


def attempt_for_user(*, quiz: QuizPage, attempt_id: int, user) -> Attempt:
    """The user's own attempt at this quiz; anyone else's is a 404, never a 403."""
    if not user.is_authenticated:
        raise Http404
    attempt = Attempt.objects.filter(pk=attempt_id, quiz=quiz, user=user).first()
    if attempt is None:
        raise Http404
    return attempt


def attempt_screen(*, attempt: Attempt) -> dict:
    """What the attempt form shows: question text and options as this attempt's tokens, in its order.

    Never a bank title, id, position, fraction or feedback: the trainee's browser gets only what it needs.
    """
    items = []
    for index, entry in enumerate(attempt.snapshot):
        question = entry["question"]
        kind = question["type"]
        stored = attempt.responses.get(str(index))
        view = {"type": kind, "text": question.get("text", ""), "text_format": question.get("text_format", "html"),
                "summary": html.unescape(strip_tags(question.get("text", "")))}
        shown = layout.to_tokens(entry, stored) if layout.uses_tokens(entry) else stored
        if kind in ("single", "multiple"):
            view["options"] = layout.options(entry)
            view["selected"] = shown if isinstance(shown, list) else [shown] if shown else []
        elif kind == "matching":
            chosen = shown or {}
            view["lefts"] = [(token, text, chosen.get(token)) for token, text in layout.matching_lefts(entry)]
            view["rights"] = layout.matching_rights(entry)
        items.append({"index": index, "number": index + 1, "mark": entry["mark"], "view": view,
                      "response": stored})
    seconds_left = None
    if attempt.deadline:
        seconds_left = max(int((attempt.deadline - timezone.now()).total_seconds()), 0)
    return {"items": items, "seconds_left": seconds_left,
            "answered": sum(1 for item in items if item["response"] not in (None, "", [], {}))}


def attempt_review_items(*, attempt: Attempt, reveal: bool) -> list[dict]:
    """Per question on the result screen: the answer given, and (only when revealed) score and feedback."""
    items = []
    for index, entry in enumerate(attempt.snapshot):
        question = entry["question"]
        result = attempt.results[index] if index < len(attempt.results) else {}
        item = {"number": index + 1, "text": question.get("text"), "text_format": question.get("text_format"),
                "given": _describe_response(question, attempt.responses.get(str(index)))}
        if reveal:
            item.update(score=result.get("score"), is_correct=result.get("is_correct"),
                        feedback=result.get("feedback", []), correct=result.get("correct_summary", ""),
                        general_feedback=question.get("general_feedback", ""))
        items.append(item)
    return items


def attempt_export(*, attempt: Attempt, attempts: list[Attempt]) -> dict:
    """One attempt's questions and answers for the person's data export, under the quiz's reveal rule.

    `attempts` are all of this person's attempts at the quiz (the rule may depend on them).
    """
    reveal = may_reveal(attempt.quiz, attempts)
    questions = []
    for item in attempt_review_items(attempt=attempt, reveal=reveal):
        entry = {"number": item["number"], "text": html.unescape(strip_tags(item["text"] or "")).strip(),
                 "answer": str(item["given"])}
        if reveal:
            entry.update(score=item.get("score"), correct_answer=item.get("correct") or None)
        questions.append(entry)
    return {"answers_revealed": reveal, "questions": questions}


def _describe_response(question: dict, response) -> str:
    if response in (None, "", [], {}):
        return _("(tidak dijawab)")
    kind = question.get("type")
    answers = question.get("answers", [])
    if kind == "single":
        return answers[response]["text"] if isinstance(response, int) and 0 <= response < len(answers) else ""
    if kind == "multiple":
        return "; ".join(answers[i]["text"] for i in response if isinstance(i, int) and 0 <= i < len(answers))
    if kind == "truefalse":
        return _("Benar") if response else _("Salah")
    if kind == "matching":
        pairs = question.get("pairs", [])
        return "; ".join(f"{pairs[int(k)]['question']} → {v}"
                         for k, v in sorted(response.items(), key=lambda kv: int(kv[0])) if int(k) < len(pairs))
    return str(response)


# --- courses' hooks -------------------------------------------------------------------------------

def _counted_attempts(quizzes, user_ids) -> dict[tuple[int, int], Attempt]:
    """{(user pk, quiz pk): the counted attempt} for many people and quizzes in one query."""
    graded: dict[tuple[int, int], list[Attempt]] = {}
    if quizzes and user_ids:
        for attempt in (Attempt.objects.filter(quiz__in=quizzes, user_id__in=user_ids, status=Attempt.Status.GRADED)
                        .only("user_id", "quiz_id", "status", "number", "percent", "passed")):
            graded.setdefault((attempt.user_id, attempt.quiz_id), []).append(attempt)
    by_pk = {quiz.pk: quiz for quiz in quizzes}
    return {key: counted_attempt(found, by_pk[key[1]]) for key, found in graded.items()}


def _passed(counted, user_id: int, quiz: QuizPage) -> bool:
    attempt = counted.get((user_id, quiz.pk))
    return bool(attempt and attempt.passed)


def quiz_activities(user, course, pages) -> dict[int, dict]:
    """How the course page shows each quiz to this user: its kind, whether it must be passed, the counted score."""
    quizzes = [page for page in pages if isinstance(page, QuizPage)]
    counted = _counted_attempts(quizzes, [user.pk]) if user.is_authenticated else {}
    shown = {}
    for quiz in quizzes:
        attempt, status = counted.get((user.pk, quiz.pk)), ""
        if attempt and not quiz.graded_pass_fail:
            status = f"{attempt.percent:.0f}% · {_('tidak dinilai lulus/tidak lulus')}"
        elif attempt:
            status = f"{attempt.percent:.0f}% · {_('Lulus') if attempt.passed else _('Belum lulus')}"
        shown[quiz.pk] = {"label": quiz.get_kind_display(), "required": quiz.required_for_completion,
                          "status": status}
    return shown


def _required_quizzes(course) -> list[QuizPage]:
    return [page for page in course_children(course) if isinstance(page, QuizPage) and page.required_for_completion]


def quiz_requirements(course, user_ids) -> dict[int, list[Requirement]]:
    """Assessments' part of the course requirements: each live required quiz (a final exam) passed, by the
    quiz's counted attempt."""
    required = _required_quizzes(course)
    counted = _counted_attempts(required, user_ids)
    return {pk: [Requirement(label=_("Luluskan %(quiz)s.") % {"quiz": quiz.title}, url=quiz.url or "", kind="quiz",
                             met=_passed(counted, pk, quiz)) for quiz in required] for pk in user_ids}


def quiz_next_step(user, course, outline) -> QuizPage | None:
    """Offer the pre-test before the first module, and the first required quiz not yet passed after the last."""
    if not user.is_authenticated:
        return None
    if outline["modules_done"] == 0:
        pretest = next((page for page in course_children(course)
                        if isinstance(page, QuizPage) and page.kind == QuizPage.Kind.PRE_TEST), None)
        if pretest and not Attempt.objects.filter(user=user, quiz=pretest).exists():
            return pretest
        return None
    if outline["resume_module"] is not None:
        return None
    required = _required_quizzes(course)
    counted = _counted_attempts(required, [user.pk])
    return next((quiz for quiz in required if not _passed(counted, user.pk, quiz)), None)


def quiz_study_minutes(courses) -> dict[int, int]:
    """Planned minutes of the courses' tests: a timed test's time limit (an untimed one plans none)."""
    timed = QuizPage.objects.live().exclude(time_limit_minutes=None).only("path", "depth", "time_limit_minutes")
    return {pk: sum(q.time_limit_minutes for q in quizzes)
            for pk, quizzes in children_by_course(timed, courses).items()}


# --- question bank --------------------------------------------------------------------------------

def import_preview_rows(*, questions, default_category: str) -> list[dict]:
    """One row per parsed question for the import preview: type by name and how many answers it has."""
    names = dict(Question.Type.choices)
    return [{"title": question.title or html.unescape(strip_tags(question.text)),
             "type": names.get(question.type, question.type),
             "category": question.category or default_category or _("Umum"),
             "answers": len(question.pairs) if question.type == "matching" else len(question.answers)}
            for question in questions]


def idnumbers_already_in_bank(*, questions) -> list[Problem]:
    """Warnings for parsed questions whose ID number a bank question already uses (one query)."""
    wanted = {q.idnumber for q in questions if q.idnumber}
    taken = set(Question.objects.filter(idnumber__in=wanted).values_list("idnumber", flat=True)) if wanted else set()
    return [Problem(q.line, _("ID soal \"%(id)s\" sudah dipakai soal lain di bank soal") % {"id": q.idnumber},
                    kind="warning", title=q.title)
            for q in questions if q.idnumber in taken]


# --- trainers' results ----------------------------------------------------------------------------

def quiz_results(*, quiz: QuizPage) -> dict:
    """Attempts and scores, item analysis (facility, discrimination) for one quiz."""
    from .analysis import item_analysis

    attempts = list(Attempt.objects.filter(quiz=quiz, status=Attempt.Status.GRADED)
                    .select_related("user").order_by("user__full_name", "number"))
    by_question: dict[int, dict] = {}
    rows_by_question: dict[int, list[tuple[float, float]]] = {}
    for attempt in attempts:
        for index, entry in enumerate(attempt.snapshot):
            qid = entry["question_id"]
            by_question.setdefault(qid, {"title": entry["question"].get("title", "")})
            score = attempt.results[index]["score"] if index < len(attempt.results) else 0.0
            rows_by_question.setdefault(qid, []).append((float(attempt.percent), score))
    items = []
    for qid, rows in rows_by_question.items():
        [stats] = item_analysis([(total, [score]) for total, score in rows]) or [None]
        items.append({"question_id": qid, "title": by_question[qid]["title"], "n": len(rows),
                      "facility": stats.facility if stats else None,
                      "discrimination": stats.discrimination if stats else None})
    items.sort(key=lambda item: (item["facility"] is None, item["facility"] or 0))
    summary = Attempt.objects.filter(quiz=quiz, status=Attempt.Status.GRADED).aggregate(
        n=Count("pk"), people=Count("user", distinct=True), mean=Avg("percent"),
        passed=Count("user", filter=Q(passed=True), distinct=True))
    return {"attempts": attempts, "items": items, "summary": summary}


def course_gain(*, course) -> list[dict]:
    """Per trainee: pre-test and post-test (counted attempts) and the gain, for each paired post-test."""
    from .analysis import learning_gain

    rows = []
    for post in QuizPage.objects.child_of(course).filter(kind=QuizPage.Kind.POST_TEST,
                                                         paired_pretest__isnull=False):
        pre = post.paired_pretest
        best = {}
        for quiz in (pre, post):
            for attempt in Attempt.objects.filter(quiz=quiz, status=Attempt.Status.GRADED).select_related("user"):
                current = best.get((quiz.pk, attempt.user_id))
                if current is None or counted_attempt([current, attempt], quiz) is attempt:
                    best[(quiz.pk, attempt.user_id)] = attempt
        users = {a.user_id: a.user for a in best.values()}
        for user_id, user in sorted(users.items(), key=lambda kv: kv[1].full_name):
            pre_a, post_a = best.get((pre.pk, user_id)), best.get((post.pk, user_id))
            pre_p = float(pre_a.percent) if pre_a else None
            post_p = float(post_a.percent) if post_a else None
            rows.append({"user": user, "pretest": pre, "posttest": post, "pre": pre_p, "post": post_p,
                         **learning_gain(pre_p, post_p)})
    return rows


def course_gain_summary(rows: list[dict]) -> dict:
    both = [r for r in rows if r["pre"] is not None and r["post"] is not None]
    if not both:
        return {"n": 0}
    return {"n": len(both), "pre": sum(r["pre"] for r in both) / len(both),
            "post": sum(r["post"] for r in both) / len(both),
            "gain": sum(r["post"] - r["pre"] for r in both) / len(both)}
