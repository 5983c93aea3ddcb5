"""A trainee takes a timed pre-test, studies the course, passes the post-test; the trainer's results screen
shows the gain. Then the certificate is issued and verified publicly."""
import re

import pytest
from playwright.sync_api import expect

from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from tests import factories

from .helpers import PASSWORD, login, logout, submit, workflow_setup

pytestmark = pytest.mark.e2e


def answer(page, index, entry, correct: bool):
    """Fill question `index` of the screen through the form controls a trainee uses."""
    q = entry["question"]
    kind = q["type"]
    token = entry.get("tokens", [])  # options are named by this attempt's tokens, never bank positions
    if kind == "single":
        choice = next(i for i, a in enumerate(q["answers"]) if (a["fraction"] == 1) == correct)
        page.locator(f"#q{index}-{token[choice]}").check()
    elif kind == "multiple":
        for i, a in enumerate(q["answers"]):
            if (a["fraction"] > 0) == correct:
                page.locator(f"#q{index}-{token[i]}").check()
    elif kind == "truefalse":
        is_true = q["answers"][0]["fraction"] == 1
        page.locator(f"#q{index}-{'t' if is_true == correct else 'f'}").check()
    elif kind in ("short", "numerical"):
        page.locator(f"#q{index}-text").fill("18" if kind == "numerical" and correct else
                                            ("Diversi" if correct else "tidak tahu"))
    elif kind == "matching":
        for i, pair in enumerate(q["pairs"]):
            if pair["question"]:
                page.locator(f"#q{index}_{token[i]}").select_option(label=pair["answer"] if correct else "110")


def test_pretest_study_posttest_and_gain(new_page, live_server):
    groups = workflow_setup()
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(2, title="Dasar Hukum", code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    _category, questions = factories.question_bank(n=6)
    pre = factories.quiz_page(course, questions=questions, title="Pre-test PRL", slug="pre-test",
                              kind=QuizPage.Kind.PRE_TEST, time_limit_minutes=10, attempts_allowed=1,
                              reveal=QuizPage.Reveal.NEVER)
    post = factories.quiz_page(course, questions=questions, title="Post-test PRL", slug="post-test",
                               kind=QuizPage.Kind.POST_TEST, paired_pretest=pre, layout=QuizPage.Layout.ALL,
                               required_for_completion=True)
    trainee = factories.UserFactory(email="peserta@contoh.test", full_name="Rahmah Hidayati")
    factories.UserFactory(email="fasilitator@contoh.test", groups=[groups["Fasilitator"]],
                          agency=agency)  # trainers see their own agency's courses' results

    page = new_page()
    login(page, "peserta@contoh.test")
    page.goto(course.url)
    submit(page, page.get_by_role("button", name="Ikuti kursus ini"))

    # Timed pre-test, one question per screen, mostly wrong answers.
    page.goto(pre.url)
    submit(page, page.get_by_role("button", name="Mulai mengerjakan"))
    expect(page.get_by_role("timer")).to_contain_text(re.compile(r"\d+:\d\d"))
    attempt = Attempt.objects.get(quiz=pre)
    for index, entry in enumerate(attempt.snapshot):
        answer(page, index, entry, correct=index == 0)
        is_last = index == len(attempt.snapshot) - 1
        submit(page, page.get_by_role("button", name="Tinjau jawaban" if is_last else "Berikutnya →"))
    expect(page.get_by_text("6 dari 6 soal terjawab.")).to_be_visible()
    submit(page, page.get_by_role("button", name="Kumpulkan dan nilai"))
    expect(page.locator(".result-summary")).to_contain_text("%")
    expect(page.get_by_text("Jawaban benar:")).to_have_count(0)  # reveal: never
    pre_percent = float(Attempt.objects.get(quiz=pre).percent)
    assert pre_percent < 50

    # Study every module.
    page.goto(course.url)
    submit(page, page.get_by_role("link", name="Mulai belajar"))
    for _ in range(2):
        submit(page, page.get_by_role("button", name="Tandai selesai"))

    # Post-test on one page, all right.
    page.goto(post.url)
    submit(page, page.get_by_role("button", name="Mulai mengerjakan"))
    attempt = Attempt.objects.get(quiz=post)
    for index, entry in enumerate(attempt.snapshot):
        answer(page, index, entry, correct=True)
    submit(page, page.get_by_role("button", name="Tinjau jawaban"))
    submit(page, page.get_by_role("button", name="Kumpulkan dan nilai"))
    expect(page.locator(".result-summary")).to_contain_text("100%")

    # The course is complete and the certificate is on "my learning" and verifies publicly.
    page.goto("/belajar/")
    submit(page, page.get_by_role("link", name=re.compile("Sertifikat")))
    expect(page.locator("[data-state=valid]")).to_be_visible()
    expect(page.locator(".verify-card")).to_contain_text("Rahmah Hidayati")
    certificate = Certificate.objects.get(user=trainee)
    logout(page)
    page.goto(f"/sertifikat/{certificate.code}/?p={certificate.token}")
    expect(page.get_by_text("Tanda tangan digital pada kode QR cocok")).to_be_visible()

    # The trainer sees the gain.
    trainer_page = new_page()
    login(trainer_page, "fasilitator@contoh.test", PASSWORD)
    trainer_page.goto(f"/admin/hasil-kuis/kursus/{course.pk}/pre-post/")
    summary = trainer_page.locator(".gain-summary")
    expect(summary).to_contain_text("1 peserta mengerjakan keduanya")
    expect(summary).to_contain_text("post-test 100,0%")
