"""Trainers' admin screens: import preview and confirm, export, quiz results with item analysis, pre/post gain."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessments import services
from assessments.models import Question, QuizPage
from courses.services import enrollment_create
from tests import factories

GIFT = b"::A:: Nomor SAPA? {#129}\n\n::B:: Rusak {=ya ~tidak\n\n::C:: Esai {}\n\n::D:: Benar? {T}\n"


def test_import_preview_confirm_and_only_valid(client, trainer):
    client.force_login(trainer)
    url = reverse("assessments_import")
    assert client.get(url).status_code == 200
    preview = client.post(url, {"format": "gift", "category": "Uji", "preview": "1",
                                "file": SimpleUploadedFile("soal.gift", GIFT)})
    html = preview.text
    assert "baris 3" in html and "baris 5" in html and "2 soal ditemukan" in html
    assert not Question.objects.exists()
    content = preview.context["content"]
    refused = client.post(url, {"format": "gift", "category": "Uji", "content": content, "confirm": "1"})
    assert "Tidak ada soal yang diimpor" in refused.text and not Question.objects.exists()
    done = client.post(url, {"format": "gift", "category": "Uji", "content": content, "confirm": "1",
                             "only_valid": "on"})
    assert done.status_code == 302
    assert sorted(Question.objects.values_list("title", flat=True)) == ["A", "D"]


@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("x.gift", b"\xff\xfe\x00\x00" * 10), ""),
    (SimpleUploadedFile("big.gift", b"a" * (2 * 1024 * 1024 + 1)), "terlalu besar"),
    (None, "Pilih berkas"),
])
def test_import_rejects_bad_uploads(client, trainer, upload, message):
    client.force_login(trainer)
    data = {"format": "gift", "preview": "1"}
    if upload:
        data["file"] = upload
    response = client.post(reverse("assessments_import"), data)
    assert response.status_code == 200 and message in response.text
    assert not Question.objects.exists()


def test_export_reimports_to_same_questions(client, trainer, db):
    from assessments.gift import parse_gift

    category, questions = factories.question_bank("Ekspor", n=6)
    client.force_login(trainer)
    response = client.get(reverse("assessments_export", args=(category.pk,)))
    assert response.status_code == 200
    result = parse_gift(response.content.decode())
    assert result.problems == []
    exported = sorted((q.title, q.type, len(q.answers), len(q.pairs)) for q in result.questions)
    assert exported == sorted((q.title, q.type, q.choices.count(), q.pairs.count()) for q in questions)


def test_results_item_analysis_and_gain(client, trainer, course):
    # Trainers see the results of their own agency's courses (the table in tests/accounts covers the rest).
    course.issuing_agency = trainer.agency = factories.AgencyFactory()
    course.save()
    trainer.save()
    category, questions = factories.question_bank(n=6)
    pre = factories.quiz_page(course, questions=questions, kind=QuizPage.Kind.PRE_TEST, slug="pre")
    post = factories.quiz_page(course, questions=questions, kind=QuizPage.Kind.POST_TEST, paired_pretest=pre,
                               slug="post")
    for i in range(10):
        trainee = factories.UserFactory(full_name=f"Peserta {i:02d}")
        enrollment_create(user=trainee, course=course)
        for quiz, right in ((pre, i % 3), (post, 3 + i % 4)):
            attempt = services.attempt_start(user=trainee, quiz=quiz)
            answers = {str(k): factories.correct_response(e) for k, e in enumerate(attempt.snapshot) if k < right}
            services.attempt_save_responses(attempt_id=attempt.pk, user=trainee, responses=answers)
            services.attempt_submit(attempt_id=attempt.pk, user=trainee)
    client.force_login(trainer)
    html = client.get(reverse("assessments_quiz_results", args=(post.pk,))).text
    assert "Analisis butir soal" in html and "Peserta 00" in html and "10 percobaan dari 10 peserta" in html
    csv_text = client.get(reverse("assessments_quiz_results", args=(post.pk,)) + "?format=csv").content.decode()
    assert csv_text.count("\n") == 11
    gain = client.get(reverse("assessments_course_gain", args=(course.pk,))).text
    assert "10 peserta mengerjakan keduanya" in gain and "kenaikan" in gain
    assert client.get(reverse("assessments_course_gain", args=(course.pk,)) + "?format=csv").status_code == 200


def test_trainee_cannot_reach_trainer_screens(client, trainee, course):
    client.force_login(trainee)
    for url in [reverse("assessments_import"), reverse("assessments_results"),
                reverse("assessments_course_gain", args=(course.pk,))]:
        assert client.get(url).status_code in (302, 403, 404)
