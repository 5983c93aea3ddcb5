"""A quiz keeps its key: what a trainee's browser receives, what a bot that ignores the questions scores,
per-attempt orders, the personal-data export under the reveal rule, and overdue attempts closed without a worker.
"""
import json
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from assessments import services
from assessments.models import AnswerChoice, Attempt, MatchingPair, Question, QuestionCategory, QuizPage
from courses.services import enrollment_create
from tests import factories

N = 20  # questions in the demo-like final


@pytest.fixture
def enrolled(trainee, course):
    enrollment_create(user=trainee, course=course)
    return trainee


def demo_like_bank(n=N, options=4):
    """Like the demo banks on main: every question lists its right answer first."""
    category = QuestionCategory.objects.create(name="Bank demo")
    questions = []
    for i in range(n):
        q = Question.objects.create(category=category, type="single", title=f"PRL{i:02d} Judul internal",
                                    text=f"<p>Pertanyaan nomor {i}?</p>",
                                    general_feedback="<p>PEMBAHASAN-RAHASIA</p>")
        for k in range(options):
            AnswerChoice.objects.create(question=q, sort_order=k, text=f"Pilihan {i}-{k}",
                                        fraction=100 if k == 0 else 0, feedback=f"UMPAN-RAHASIA-{i}-{k}")
        questions.append(q)
    return questions


def matching_question():
    category, _ = QuestionCategory.objects.get_or_create(name="Bank demo")
    q = Question.objects.create(category=category, type="matching", title="MK99 Jodohkan layanan",
                                text="<p>Jodohkan layanan dengan nomornya.</p>")
    for order, (left, right) in enumerate([("SAPA", "129"), ("Darurat", "112"), ("Pemadam", "113"), ("", "110")]):
        MatchingPair.objects.create(question=q, sort_order=order, left=left, right=right)
    return q


def final_quiz(course, questions, **kwargs):
    # The model's own default for shuffling answers (the factory turns it off for other tests).
    return factories.quiz_page(course, questions=questions, pass_mark=70, layout="all",
                               shuffle_choices=QuizPage._meta.get_field("shuffle_choices").default, **kwargs)


def start(client, quiz):
    client.post(quiz.url + "mulai/")
    return Attempt.objects.filter(quiz=quiz, status="in_progress").get()


def radios(html):
    """[(question input name, value, label)] for every radio button, in page order."""
    found = re.findall(r'<input class="form-check-input" type="radio" name="(q\d+)" id="([^"]+)" value="([^"]*)"',
                       html)
    labels = dict(re.findall(r'<label class="form-check-label" for="([^"]+)">([^<]*)</label>', html))
    return [(name, value, labels.get(ident, "")) for name, ident, value in found]


def test_shuffling_answers_is_on_by_default():
    assert QuizPage._meta.get_field("shuffle_choices").default is True


def test_trainee_html_holds_no_positions_titles_feedback_or_flags(client, enrolled, course):
    questions = demo_like_bank(n=5) + [matching_question()]
    quiz = final_quiz(course, questions)
    client.force_login(enrolled)
    attempt = start(client, quiz)
    pages = [client.get(quiz.url + f"percobaan/{attempt.pk}/").text,
             client.get(quiz.url + f"percobaan/{attempt.pk}/tinjau/").text]
    for html in pages:
        for secret in ("Judul internal", "PRL0", "MK99", "UMPAN-RAHASIA", "PEMBAHASAN-RAHASIA", "fraction",
                       "correct", "is_correct"):
            assert secret not in html
    html = pages[0]
    values = [value for _name, value, _label in radios(html)]
    assert len(values) == 20 and len(set(values)) == 20
    assert not [v for v in values if v.isdigit()]  # never a bank position (or any number)
    # matching: neither the left items' names nor the options' values are pair positions or answer texts
    selects = re.findall(r'<select class="form-select" name="q\d+_([^"]+)"', html)
    assert len(selects) == 3 and not [s for s in selects if s.isdigit()]
    options = re.findall(r'<option value="([^"]+)"', html)
    assert len(set(options)) == 4 and not set(options) & {"0", "1", "2", "3", "129", "112", "113", "110"}
    # the review screen lists question text, not titles
    assert "Pertanyaan nomor 0?" in pages[1] and "Jodohkan layanan dengan nomornya." in pages[1]


def test_always_value_zero_is_refused_and_scores_nothing(client, enrolled, course):
    quiz = final_quiz(course, demo_like_bank())
    client.force_login(enrolled)
    attempt = start(client, quiz)
    data = {"shown": [str(i) for i in range(N)], **{f"q{i}": "0" for i in range(N)}}
    response = client.post(quiz.url + f"percobaan/{attempt.pk}/", data, follow=True)
    assert "tidak dikenali" in response.text
    autosave = client.post(quiz.url + f"percobaan/{attempt.pk}/simpan/",
                           json.dumps({str(i): 0 for i in range(N)}), content_type="application/json")
    assert autosave.status_code == 400 and "tidak dikenali" in autosave.json()["error"]
    # Submitting them is refused too: nothing is graded until real options are chosen.
    refused = client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/", data, follow=True)
    assert "tidak dikenali" in refused.text
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and attempt.responses == {}
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    attempt.refresh_from_db()
    assert attempt.responses == {} and float(attempt.percent) == 0 and not attempt.passed


def test_always_first_option_bot_scores_about_chance(client, enrolled, course):
    quiz = final_quiz(course, demo_like_bank(), attempts_allowed=0)
    client.force_login(enrolled)
    scores = []
    for _round in range(5):
        attempt = start(client, quiz)
        html = client.get(quiz.url + f"percobaan/{attempt.pk}/").text
        first = {}
        for name, value, _label in radios(html):
            first.setdefault(name, value)
        assert len(first) == N
        data = {"shown": [str(i) for i in range(N)], **first}
        client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/", data)
        attempt.refresh_from_db()
        assert attempt.status == "graded" and not attempt.passed
        scores.append(float(attempt.percent))
    # Chance is 25% with four options; on main this bot scored 100% every time.
    assert sum(scores) / len(scores) < 50


class FixedSeeds:
    """Stands in for random.SystemRandom so attempt seeds (and so their orders) are reproducible."""

    seeds = iter([11, 22, 33, 44])

    def randrange(self, *_args):
        return next(self.seeds)


def test_two_attempts_differ_in_order_and_grade_right_after_reload(client, enrolled, course, monkeypatch):
    monkeypatch.setattr(services.random, "SystemRandom", FixedSeeds)
    questions = demo_like_bank(n=6)
    right = {f"Pilihan {i}-0" for i in range(6)}
    quiz = final_quiz(course, questions, attempts_allowed=0)
    client.force_login(enrolled)
    orders = []
    for number in (1, 2):
        attempt = start(client, quiz)
        assert attempt.number == number
        url = quiz.url + f"percobaan/{attempt.pk}/"
        shown = radios(client.get(url).text)
        orders.append([label for _name, _value, label in shown])
        picks = {name: value for name, value, label in shown if label in right}
        client.post(url, {"shown": [str(i) for i in range(6)], **picks, "go": "review"})
        # After a reload the page shows the same order with the right options checked.
        again = client.get(url).text
        assert [label for _n, _v, label in radios(again)] == orders[-1]
        for name, value in picks.items():
            assert re.search(rf'name="{name}" id="[^"]+" value="{value}" checked', again)
        client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
        attempt.refresh_from_db()
        assert float(attempt.percent) == 100.0 and attempt.passed
    assert orders[0] != orders[1]
    assert sorted(orders[0]) == sorted(orders[1])


def test_matching_answers_by_token_grade_right(client, enrolled, course):
    quiz = final_quiz(course, [matching_question()])
    client.force_login(enrolled)
    attempt = start(client, quiz)
    html = client.get(quiz.url + f"percobaan/{attempt.pk}/").text
    lefts = dict(re.findall(r'<label class="col-sm-6 col-form-label" for="(q0_[^"]+)">([^<]+)</label>', html))
    rights = {label: value for value, label in re.findall(r'<option value="([^"]+)" >([^<]+)</option>', html)}
    key = {"SAPA": "129", "Darurat": "112", "Pemadam": "113"}
    data = {"shown": ["0"], **{name: rights[key[left]] for name, left in lefts.items()}}
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/", data)
    attempt.refresh_from_db()
    assert float(attempt.percent) == 100.0


def test_personal_data_export_follows_the_reveal_rule(client, enrolled, course):
    questions = demo_like_bank(n=3)
    hidden = final_quiz(course, questions, reveal=QuizPage.Reveal.NEVER, kind="pre", title="Pre-test rahasia")
    shown = final_quiz(course, questions, reveal=QuizPage.Reveal.IMMEDIATELY, title="Latihan terbuka")
    client.force_login(enrolled)
    for quiz in (hidden, shown):
        attempt = start(client, quiz)
        answers = {str(i): factories.correct_response(entry) for i, entry in enumerate(attempt.snapshot)}
        services.attempt_save_responses(attempt_id=attempt.pk, user=enrolled, responses=answers)
        services.attempt_submit(attempt_id=attempt.pk, user=enrolled)
    data = json.loads(client.get("/laporan/data-saya.json").content)
    by_quiz = {a["quiz"]: a for a in data["quiz_attempts"]}
    secret, open_ = by_quiz["Pre-test rahasia"], by_quiz["Latihan terbuka"]
    assert secret["answers_revealed"] is False and open_["answers_revealed"] is True
    assert secret["percent"] == 100.0  # the person's own overall score is theirs
    assert [set(q) for q in secret["questions"]] == [{"number", "text", "answer"}] * 3
    assert "question_scores" not in secret
    assert [q["score"] for q in open_["questions"]] == [1.0, 1.0, 1.0]
    blob = json.dumps(secret)
    assert "Judul internal" not in blob and "score\": 1" not in blob
    assert secret["questions"][0]["text"].startswith("Pertanyaan nomor")


def overdue_attempt(client, enrolled, course):
    quiz = final_quiz(course, demo_like_bank(n=2), time_limit_minutes=5)
    client.force_login(enrolled)
    attempt = start(client, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=10))
    return quiz, attempt


@pytest.mark.parametrize("screen", ["quiz", "attempt", "my_learning"])
def test_overdue_attempt_is_closed_on_the_next_read(client, enrolled, course, screen):
    quiz, attempt = overdue_attempt(client, enrolled, course)
    url = {"quiz": quiz.url, "attempt": quiz.url + f"percobaan/{attempt.pk}/", "my_learning": "/belajar/"}[screen]
    assert client.get(url).status_code in (200, 302)
    attempt.refresh_from_db()
    assert attempt.status == "graded" and attempt.closed_by_timeout


def test_close_overdue_attempts_command_is_idempotent(client, enrolled, course, capsys):
    _quiz, attempt = overdue_attempt(client, enrolled, course)
    call_command("close_overdue_attempts")
    assert "1 percobaan" in capsys.readouterr().out
    attempt.refresh_from_db()
    graded_at = attempt.submitted_at
    assert attempt.status == "graded" and attempt.closed_by_timeout
    call_command("close_overdue_attempts")
    assert "0 percobaan" in capsys.readouterr().out
    attempt.refresh_from_db()
    assert attempt.submitted_at == graded_at


def test_open_attempts_from_before_tokens_get_them_by_migration(client, enrolled, course):
    import importlib

    from django.apps import apps

    quiz = final_quiz(course, demo_like_bank(n=3) + [matching_question()])
    client.force_login(enrolled)
    attempt = start(client, quiz)
    old = [{key: value for key, value in entry.items() if key not in ("tokens", "rights")}
           for entry in attempt.snapshot]  # the snapshot shape on main: bank order only
    Attempt.objects.filter(pk=attempt.pk).update(snapshot=old, responses={"0": 1})
    importlib.import_module("assessments.migrations.0002_attempt_option_tokens").add_tokens(apps, None)
    attempt.refresh_from_db()
    assert all(entry["tokens"] for entry in attempt.snapshot) and attempt.snapshot[3]["rights"]
    html = client.get(quiz.url + f"percobaan/{attempt.pk}/").text
    assert re.search(rf'value="{attempt.snapshot[0]["tokens"][1]}" checked', html)  # the saved answer still shows
    answers = {str(i): factories.correct_response(entry) for i, entry in enumerate(attempt.snapshot)}
    services.attempt_save_responses(attempt_id=attempt.pk, user=enrolled, responses=answers)
    assert float(services.attempt_submit(attempt_id=attempt.pk, user=enrolled).percent) == 100.0
