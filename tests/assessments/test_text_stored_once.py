"""Text is stored once and escaped once: plain fields hold what was typed, GIFT [markdown]/[html]/[moodle]
question text is rendered (and sanitised), and the question import/export speaks like Moodle and Indonesian."""
import importlib
import re
from io import StringIO

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from assessments import gift, gift_export, services
from assessments.models import AnswerChoice, Attempt, MatchingPair, Question, QuestionCategory
from courses.models import CoursePage, ModulePage
from courses.services import enrollment_create
from tests import factories

FORMATS_GIFT = """$CATEGORY: $course$/top/Default for PRL/Hukum

::MD::[markdown]Apa arti **No\\#** dalam *GIFT*?\\n\\n* satu\\n* dua <script>alert(1)</script> {=ya ~tidak}

::HT::[html]<p>Tag <b>tebal</b> &amp; <i>miring</i></p> {=ya ~tidak}

::MO::Teks moodle <b>tebal</b> & usia < 18 {=ya ~tidak}

::SA::Singkatan UU yang melindungi? {=perlindungan perempuan & anak}
"""


def import_gift(text, category="Uji"):
    result = gift.parse_gift(text, default_category=category)
    assert not result.errors, result.errors
    return services.questions_import(questions=result.questions, default_category=category)


def take(client, trainee, course, questions):
    enrollment_create(user=trainee, course=course)
    quiz = factories.quiz_page(course, questions=questions, layout="all")
    client.force_login(trainee)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get(quiz=quiz)
    return quiz, attempt, client.get(quiz.url + f"percobaan/{attempt.pk}/").text


def test_short_answer_with_ampersand_scores_and_shows_once_escaped(client, trainee, course):
    questions = import_gift(FORMATS_GIFT)
    answer = AnswerChoice.objects.get(question__title="SA")
    assert answer.text == "perlindungan perempuan & anak"
    quiz, attempt, _html = take(client, trainee, course, questions[3:])
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/",
                {"shown": ["0"], "q0": "Perlindungan Perempuan & Anak"})
    attempt.refresh_from_db()
    assert float(attempt.percent) == 100.0
    result = client.get(quiz.url + f"percobaan/{attempt.pk}/hasil/").text
    assert "perlindungan perempuan &amp; anak" in result.lower() and "&amp;amp;" not in result


def test_gift_formats_render_as_html_for_the_trainee(client, trainee, course):
    questions = import_gift(FORMATS_GIFT)
    _quiz, _attempt, html = take(client, trainee, course, questions[:3])
    texts = " ".join(re.findall(r'<div class="question-text">(.*?)</div>', html, re.S))
    assert "<strong>No#</strong>" in texts and "<em>GIFT</em>" in texts and "<li>satu</li>" in texts
    assert "**" not in texts and "<script" not in texts and "alert(1)" not in html.split("question-text")[1][:400]
    assert "<b>tebal</b> &amp; <i>miring</i>" in texts
    assert "Teks moodle <b>tebal</b> &amp; usia &lt; 18" in texts
    assert "&lt;b&gt;" not in texts and "&amp;amp;" not in texts


def test_plain_page_fields_are_stored_as_typed_and_escaped_once_on_the_page(client, course):
    course.summary = "Untuk usia < 18 & keluarga"
    course.full_clean()
    course.save()
    assert CoursePage.objects.get(pk=course.pk).summary == "Untuk usia < 18 & keluarga"
    page = client.get(course.url).text
    assert "Untuk usia &lt; 18 &amp; keluarga" in page and "&amp;amp;" not in page and "&amp;lt;" not in page


def run_migration(app, name):
    importlib.import_module(f"{app}.migrations.{name}").unescape(apps, None)


def test_data_migrations_unescape_what_was_stored_escaped(db):
    category = QuestionCategory.objects.create(name="Lama")
    question = Question.objects.create(category=category, type="short", title="usia &lt; 18 &amp; x", text="<p>?</p>")
    AnswerChoice.objects.create(question=question, text="perlindungan perempuan &amp; anak", fraction=100,
                                feedback="Benar &amp; tepat")
    MatchingPair.objects.create(question=question, left="A &amp; B", right="&lt;18")
    course = factories.course_with_modules(n=1)
    module = ModulePage.objects.child_of(course).get()
    CoursePage.objects.filter(pk=course.pk).update(summary="usia &lt; 18 &amp; x", audience="a &amp; b")
    ModulePage.objects.filter(pk=module.pk).update(competency="Paham &quot;TPKS&quot;")
    run_migration("assessments", "0003_unescape_plain_text")
    run_migration("courses", "0003_unescape_plain_text")
    question.refresh_from_db()
    assert question.title == "usia < 18 & x"
    choice = AnswerChoice.objects.get()
    assert (choice.text, choice.feedback) == ("perlindungan perempuan & anak", "Benar & tepat")
    assert list(MatchingPair.objects.values_list("left", "right")) == [("A & B", "<18")]
    course = CoursePage.objects.get(pk=course.pk)
    assert (course.summary, course.audience) == ("usia < 18 & x", "a & b")
    assert ModulePage.objects.get(pk=module.pk).competency == 'Paham "TPKS"'


def test_moodle_category_prefix_is_dropped():
    result = gift.parse_gift("$CATEGORY: $course$/top/Default for PRL/Hukum\n\n::A:: Benar? {T}\n\n"
                             "$CATEGORY: $system$/top\n\n::B:: Benar? {T}\n", default_category="Umum")
    assert [q.category for q in result.questions] == ["Default for PRL/Hukum", "Umum"]


def test_exported_gift_files_concatenate():
    first = gift.parse_gift("$CATEGORY: Satu\n\n::A:: Benar? {T}\n").questions
    second = gift.parse_gift("$CATEGORY: Dua\n\n::B:: Salah? {F}\n").questions
    one, two = gift_export.export_gift(first), gift_export.export_gift(second)
    assert one.endswith("}\n\n")
    joined = gift.parse_gift(one + two)
    assert not joined.problems
    assert [(q.title, q.category) for q in joined.questions] == [("A", "Satu"), ("B", "Dua")]


def test_repeated_id_number_is_warned():
    result = gift.parse_gift("// [id:PRL01]\n::A:: Benar? {T}\n\n// [id:PRL01]\n::B:: Benar? {T}\n")
    assert len(result.questions) == 2 and not result.errors and result.is_valid
    [warning] = result.warnings
    assert warning.line == 5 and "PRL01" in warning.message and "baris 2" in warning.message


def test_import_preview_names_types_counts_answers_and_warns(client, trainer):
    category = QuestionCategory.objects.create(name="Ada")
    Question.objects.create(category=category, type="truefalse", title="Lama", text="<p>x</p>", idnumber="MK01")
    client.force_login(trainer)
    upload = (b"// [id:MK01]\n::A:: Nomor SAPA? {=129 ~112 ~110}\n\n// [id:MK02]\n::B:: Pasangkan "
              b"{=SAPA -> 129 =Darurat -> 112 = -> 110}\n\n// [id:MK02]\n::C:: Benar? {T}\n")
    html = client.post(reverse("assessments_import"), {"format": "gift", "category": "Uji", "preview": "1",
                                                       "file": SimpleUploadedFile("soal.gift", upload)}).text
    rows = re.findall(r"<tr><td>\d+</td><td>([^<]*)</td><td>([^<]*)</td><td>[^<]*</td><td>(\d+)</td></tr>", html)
    assert rows == [("A", "Pilihan ganda (satu jawaban)", "3"), ("B", "Menjodohkan", "3"),
                    ("C", "Benar/salah", "2")]
    assert "MK02" in html and "sudah dipakai soal di baris" in html  # repeated in the file
    assert "sudah dipakai soal lain di bank soal" in html  # MK01 is in the bank already


def test_aiken_export_is_reachable_from_the_admin(client, trainer):
    import_gift("::A:: Nomor SAPA? {=129 ~112 ~110}\n\n::B:: Benar? {T}\n", category="Ekspor")
    client.force_login(trainer)
    page = client.get(reverse("assessments_import")).text
    category = QuestionCategory.objects.get(name="Ekspor")
    link = reverse("assessments_export_aiken", args=[category.pk])
    assert f'href="{link}"' in page
    response = client.get(link)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert response.content.decode() == "Nomor SAPA?\nA) 129\nB) 112\nC) 110\nANSWER: A\n\n"


def test_import_command_speaks_indonesian(tmp_path, db):
    with pytest.raises(CommandError, match="tidak dapat dibaca"):
        call_command("import_questions", str(tmp_path / "tidak-ada.gift"), stdout=StringIO(), stderr=StringIO())
    path = tmp_path / "rusak.gift"
    path.write_text("::A:: Rusak {=ya ~tidak\n", encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match="kesalahan; tidak ada soal yang diimpor"):
        call_command("import_questions", str(path), stdout=StringIO(), stderr=err)
    assert err.getvalue().startswith("baris 1: kesalahan:")


def test_data_migration_unescapes_lesson_blocks_and_revisions(db):
    import json

    from django.db import connection
    from wagtail.models import Revision

    course = factories.course_with_modules(n=1)
    module = ModulePage.objects.child_of(course).get()
    module.save_revision()
    body = [{"type": "legal_provision", "id": "a1", "value": {"statute": "UU 12/2022 &amp; UU 35/2014",
                                                              "article": "Pasal 23", "text": "usia &lt; 18",
                                                              "note": ""}},
            {"type": "key_points", "id": "a2", "value": {"title": "Poin &amp; catatan", "points": [
                {"type": "item", "id": "p1", "value": "satu &amp; dua"}]}},
            {"type": "rich_text", "id": "a3", "value": "<p>Tetap &amp; HTML</p>"}]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE courses_modulepage SET body = %s WHERE page_ptr_id = %s", [json.dumps(body), module.pk])
    revision = Revision.objects.filter(object_id=str(module.pk)).latest("pk")
    Revision.objects.filter(pk=revision.pk).update(content={**revision.content, "summary": "a &amp; b",
                                                            "body": json.dumps(body)})
    run_migration("courses", "0003_unescape_plain_text")
    raw = list(ModulePage.objects.get(pk=module.pk).body.raw_data)
    assert raw[0]["value"]["statute"] == "UU 12/2022 & UU 35/2014" and raw[0]["value"]["text"] == "usia < 18"
    assert raw[1]["value"]["title"] == "Poin & catatan" and raw[1]["value"]["points"][0]["value"] == "satu & dua"
    assert raw[2]["value"] == "<p>Tetap &amp; HTML</p>"  # rich text stays HTML
    content = Revision.objects.get(pk=revision.pk).content
    assert content["summary"] == "a & b" and "UU 12/2022 & UU 35/2014" in content["body"]
