"""`manage.py import_questions`: JSON output, dry run, all-or-nothing import, errors with line numbers."""
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from assessments.models import Question, QuestionCategory

DEMO = Path(__file__).resolve().parents[2] / "demo" / "content" / "courses"
VALID = """$CATEGORY: Hukum dasar

::Q1:: Berapa nomor layanan SAPA? {#129}

::Q2:: Anak menurut UU 35/2014 berusia di bawah... {=18 tahun#Benar ~17 tahun#Keliru ~21 tahun}

::Q3:: Kasus kekerasan seksual boleh didamaikan di desa. {F#Keliru: dilarang (Pasal 23)#Tepat}

::Q4:: Pasangkan {=SAPA -> 129 =Darurat -> 112 = -> 110}
"""


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_questions", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def valid_file(tmp_path):
    path = tmp_path / "soal.gift"
    path.write_text(VALID, encoding="utf-8")
    return path


def test_json_output_shape(valid_file, db):
    out, _err = run(str(valid_file), "--format", "gift", "--json")
    data = json.loads(out)
    assert [q["type"] for q in data] == ["numerical", "single", "truefalse", "matching"]
    single = data[1]
    assert set(single) == {"type", "title", "text", "category", "answers", "general_feedback"}
    assert single["category"] == "Hukum dasar" and single["title"] == "Q2"
    assert single["answers"][0] == {"text": "18 tahun", "fraction": 1.0, "feedback": "Benar"}
    assert data[3]["pairs"][2] == {"question": "", "answer": "110"}
    assert not Question.objects.exists()


def test_dry_run_saves_nothing_and_import_saves_all(valid_file, db):
    out, _ = run(str(valid_file), "--dry-run")
    assert "4 soal valid" in out and not Question.objects.exists()
    run(str(valid_file), "--category", "Cadangan")
    assert Question.objects.count() == 4
    assert QuestionCategory.objects.get().name == "Hukum dasar"
    q = Question.objects.get(title="Q3")
    assert q.type == "truefalse" and [c.text for c in q.choices.all()] == ["true", "false"]


def test_invalid_file_exits_nonzero_with_line_numbers_and_imports_nothing(tmp_path, db):
    path = tmp_path / "rusak.gift"
    path.write_text("::A:: Baik {=ya ~tidak}\n\n::B:: Rusak {=ya ~tidak\n\n::C:: Esai {}\n", encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_questions", str(path), "--json", stdout=StringIO(), stderr=err)
    assert "baris 3: kesalahan:" in err.getvalue() and "baris 5: tidak didukung:" in err.getvalue()
    assert not Question.objects.exists()
    with pytest.raises(CommandError):
        run(str(path))
    assert not Question.objects.exists()
    run(str(path), "--only-valid")
    assert list(Question.objects.values_list("title", flat=True)) == ["A"]


def test_aiken_import(tmp_path, db):
    path = tmp_path / "soal.txt"
    path.write_text("Siapa yang menerbitkan sertifikat pelatihan?\nA. DP3A penyelenggara\nB. Pengadilan\n"
                    "ANSWER: A\n", encoding="utf-8")
    out, _ = run(str(path), "--format", "aiken", "--json", "--category", "Aiken")
    [question] = json.loads(out)
    assert question["type"] == "single" and question["category"] == "Aiken"
    assert question["answers"][0]["fraction"] == 1.0


def test_unreadable_file(db):
    with pytest.raises(CommandError):
        run("/tidak/ada.gift")


@pytest.mark.parametrize("code", ["prl", "hpa", "med", "adv", "tic", "mk"])
def test_demo_banks_are_valid(code):
    from assessments.gift import parse_gift

    result = parse_gift((DEMO / code / "questions.gift").read_text(encoding="utf-8"))
    assert result.problems == [] and 20 <= len(result.questions) <= 40
    assert len({q.type for q in result.questions}) == 6
