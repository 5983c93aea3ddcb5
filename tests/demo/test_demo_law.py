"""The demo courses and question banks state the law correctly, in the words an Indonesian trainer uses.

Read as a lawyer would: the texts a trainee receives (course modules and the GIFT banks) are searched for
phrasings that are legally wrong or non-standard, for the facts that must be there, and the banks are
checked for a fair assessment (separate post-test and final pools, no favoured answer position).
"""
import re
from collections import Counter, defaultdict

import pytest

from assessments.gift import parse_gift
from demo.build import BANK_POOLS
from demo.reader import bank_path, course_data

CODES = ["PRL", "HPA", "MED", "ADV", "TIC", "MK"]


def _html_units(html: str) -> list[str]:
    """A rich-text string cut at paragraph and list-item ends, so a sentence is judged with its neighbours."""
    return [part for part in re.split(r"</(?:p|li|h3|h4)>", html) if part.strip()]


def course_units(course: dict) -> list[str]:
    """Every piece of text a trainee reads in a course, in small units (a paragraph, a list item, a field)."""
    units = _html_units(course["intro"]) + [course["summary"], course["audience"], *course["outcomes"]]
    for module in course["modules"]:
        units += [module["title"], module["summary"], module["competency"]]
        for kind, value in module["body"]:
            if isinstance(value, str):
                units += _html_units(value)
            elif kind == "legal_provision":
                units.append(" ".join(value.values()))  # a provision is read with its note
            else:
                for field in value.values():
                    if isinstance(field, list):
                        units += field
                    else:
                        units += _html_units(field)
    return units


def bank(code: str):
    result = parse_gift(bank_path(code).read_text(encoding="utf-8"))
    assert result.problems == []
    return result.questions


def question_units(question) -> list[str]:
    """What a trainee reads in a question: stem, choices with their feedback, pairs and general feedback.

    Accepted short answers are not prose: a spelling variant typed by a trainee is still accepted there.
    """
    units = [question.text, question.general_feedback]
    for answer in question.answers:
        units.append(answer.feedback if question.type == "short" else f"{answer.text} {answer.feedback}")
    units += [f"{pair.question} {pair.answer}" for pair in question.pairs]
    return [u for u in units if u]


def all_units():
    for course in course_data():
        for unit in course_units(course):
            yield course["code"], unit
        for question in bank(course["code"]):
            for unit in question_units(question):
                yield f"{course['code']} {question.title}", unit


FORBIDDEN = [
    # UU PDP Pasal 4 ayat (2) is a closed list: there is no category "data about violence".
    (r"data (tentang )?kekerasan", "UU PDP tidak mengenal golongan 'data kekerasan'"),
    # A victim tells (bercerita, mengungkapkan); "mengaku" makes her a suspect confessing.
    (r"\bmengaku", "pakai 'bercerita' atau 'mengungkapkan', bukan 'mengaku'"),
    (r"\bnon[- ]pidana", "ejaan baku: 'nonpidana'"),
    (r"menjadwal ulang", "ejaan baku: 'menjadwalkan ulang'"),
    (r"\banti[- ]kekerasan", "ejaan baku: 'antikekerasan'"),
    (r"mempercayai", "ejaan baku: 'memercayai'"),
    (r"re-viktimisasi", "ejaan baku: 'reviktimisasi'"),
    # UU TPKS names the victim's rights "penanganan, pelindungan, dan pemulihan".
    (r"penanganan,? perlindungan,? dan pemulihan", "istilah UU TPKS: 'pelindungan'"),
    # Sextortion: a child's image is never captured or stored, even as evidence.
    (r"(menyimpan|simpan|catat) tangkapan layar", "jangan menyimpan tangkapan layar; catat tautan dan akun"),
    # A breach is always notified to the person whose data leaked.
    (r"apakah korban\s+perlu diberi tahu", "korban yang datanya bocor wajib diberi tahu"),
]


@pytest.mark.parametrize("pattern,why", FORBIDDEN, ids=[p for p, _ in FORBIDDEN])
def test_no_wrong_or_nonstandard_phrasing(pattern, why):
    hits = [(where, unit[:160]) for where, unit in all_units() if re.search(pattern, unit, re.IGNORECASE)]
    assert hits == [], why


CHILD_EXCEPTION = re.compile(r"kecuali (jika |bila )?(terhadap )?pelaku(nya)? (adalah )?anak", re.IGNORECASE)


def test_child_offender_exception_is_always_formal_diversion():
    """TPKS Pasal 23's child-offender exception is never left bare, where it reads as a licence to settle."""
    bare = [(where, unit[:200]) for where, unit in all_units()
            if CHILD_EXCEPTION.search(unit) and "diversi" not in unit.lower()]
    assert bare == []


def test_paralegal_and_village_lists_never_carry_the_exception():
    """Lists of what a paralegal, a village or an agreement may do never mention the child-offender exception
    except to say it runs through investigators, prosecutors or judges."""
    for code, unit in all_units():
        text = unit.lower()
        if CHILD_EXCEPTION.search(unit) and ("paralegal" in text or "desa" in text or "kesepakatan" in text):
            assert re.search(r"penyidik|aparat penegak hukum|penuntut umum", text), (code, unit[:200])


def _course(code):
    return next(c for c in course_data() if c["code"] == code)


def _text(code):
    course = _course(code)
    return " ".join(course_units(course)).lower()


def _bank_text(code, *titles):
    return " ".join(" ".join(question_units(q)) for q in bank(code)
                    if not titles or q.title.split()[0] in titles).lower()


def test_lawyer_review_notice_in_every_course():
    for course in course_data():
        assert "ditinjau oleh ahli hukum" in course["intro"], course["code"]


def test_pdp_closed_list_and_mandate_and_breach_notice():
    for code in ["PRL", "ADV", "MK"]:
        assert "pasal 4 ayat (2)" in _text(code), code
    for code in ["ADV", "MK"]:
        text = _text(code)
        assert "pasal 20" in text and "kewenangan" in text, code  # a UPTD PPA's lawful basis is its mandate
        notices = [u.lower() for u in course_units(_course(code)) if "3 x 24 jam" in u]
        assert any("tertulis" in u and "korban" in u and "lembaga" in u for u in notices), code
    adv16 = _bank_text("ADV", "ADV16")
    assert "kewenangan" in adv16 and "korban wajib diberi tahu" in adv16
    for title, code in [("ADV10", "ADV"), ("MK20", "MK")]:
        text = _bank_text(code, title)
        assert "tertulis" in text and "korban" in text and "lembaga" in text, title


def test_tpks_complaint_offences_for_adult_victims():
    hpa = _text("HPA")
    assert "pasal 7" in hpa and "delik aduan" in hpa and "dewasa tanpa disabilitas" in hpa
    assert "pasal 14" in hpa
    for code, title in [("HPA", "HPA01"), ("HPA", "HPA03"), ("MED", "MED19")]:
        text = _bank_text(code, title)
        assert "delik aduan" in text and "pasal 7" in text or "pasal 14" in text, title
    for code in ["MED", "ADV"]:
        assert "delik aduan" in _text(code), code


def test_pkdrt_ordinary_offences_and_police_protection_within_24_hours():
    for code in ["PRL", "HPA", "MK"]:
        text = _text(code)
        assert "1 x 24 jam" in text and "pasal 16" in text and "wajib" in text, code
    for code in ["HPA", "MED"]:
        text = _text(code)
        assert "delik biasa" in text and "pasal 44 ayat (1)" in text and "pasal 49" in text, code


def test_child_marriage_age_and_forced_marriage():
    for code in ["PRL", "HPA"]:
        text = _text(code)
        assert "uu no. 16 tahun 2019" in text and "19" in text and "pasal 10" in text, code


def test_sextortion_never_keeps_the_childs_image():
    for code, slug in [("PRL", "simulasi-kasus"), ("MK", "asesmen-rencana-intervensi-konferensi-kasus")]:
        module = next(m for m in _course(code)["modules"] if m["slug"] == slug)
        text = " ".join(str(v) for _, v in module["body"]).lower()
        assert "memotret layar" in text and "takedown" in text and "tautan" in text, code


NAMED = re.compile(r"\b(Ibu|Bapak|Pak|Nn\.|Sdri\.|Sdr\.|[Aa]nak) ([A-Z])\b")


def test_case_initials_differ_between_courses():
    """A trainee taking several courses meets a new fictional person in each, not "Ibu R" five times."""
    seen = defaultdict(set)
    for course in course_data():
        text = str(course) + bank_path(course["code"]).read_text(encoding="utf-8")
        for prefix, initial in NAMED.findall(text):
            seen[f"{prefix.capitalize()} {initial}"].add(course["code"])
    shared = {label: sorted(codes) for label, codes in seen.items() if len(codes) > 1}
    assert shared == {}


@pytest.mark.parametrize("code", CODES)
def test_bank_has_separate_prepost_and_final_pools(code):
    by_pool = Counter(q.category for q in bank(code))
    prepost, final = (f"{code} {BANK_POOLS[key]}" for key in ("prepost", "final"))
    assert set(by_pool) == {prepost, final}
    assert by_pool[prepost] >= 10 and by_pool[final] >= 15 + 4  # the final draws 15, with some variety


@pytest.mark.parametrize("code", CODES)
def test_right_answer_position_is_not_favoured(code):
    singles = [q for q in bank(code) if q.type == "single"]
    positions = Counter(next(i for i, a in enumerate(q.answers) if a.fraction >= 1) for q in singles)
    assert max(positions.values()) <= 0.4 * len(singles), positions
    # multiple response: the right choices are not simply the first ones
    multiples = [q for q in bank(code) if q.type == "multiple"]
    leading = sum(1 for q in multiples
                  if [a.fraction > 0 for a in q.answers] == sorted((a.fraction > 0 for a in q.answers), reverse=True))
    assert leading <= len(multiples) // 2


@pytest.mark.django_db
def test_post_test_and_final_draw_from_pools_that_do_not_overlap():
    from django.core.management import call_command

    from assessments.models import Question, QuizPage
    from courses.models import CoursePage

    call_command("load_demo")
    for course in CoursePage.objects.filter(code__in=CODES):
        quizzes = {q.slug: q for q in QuizPage.objects.child_of(course).specific()}
        pools = {}
        for slug in ("pre-test", "post-test", "ujian-akhir"):
            (slot,) = quizzes[slug].slots.all()
            assert slot.category is not None and slot.count <= slot.category.questions.count(), (course.code, slug)
            pools[slug] = set(Question.objects.filter(category=slot.category).values_list("pk", flat=True))
        assert pools["pre-test"] == pools["post-test"], course.code
        assert pools["post-test"].isdisjoint(pools["ujian-akhir"]), course.code
