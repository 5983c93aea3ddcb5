"""Printable booklets of modules and courses: a valid PDF holding every lesson block's text, the content warnings
and the helplines; A5 or A4; only for those who may read the module; authors' text never becomes markup; rendered
once per published revision, its size shown on the link."""
import re
import subprocess
import unicodedata
from unittest import mock

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from courses import booklet, services
from courses.models import ModulePage
from tests import factories

needs = {tool: pytest.mark.needs_tool(tool) for tool in ("qpdf", "pdftotext")}
HOSTILE = ('<p>Awal &lt;para&gt;&lt;font size="40"&gt;BESAR&lt;/font&gt;&lt;/para&gt; <b>tebal</b> '
           '<img src="x" onerror="alert(1)"><script>alert(2)</script>&lt;b&gt;akhir</p>')


def _pdf_text(tmp_path, data: bytes) -> str:
    path = tmp_path / "b.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode()).split())


def _page_sizes(data: bytes) -> set:
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    return {(round(float(w)), round(float(h))) for w, h in boxes}


def _full_module(course):
    document = get_document_model().objects.create(title="Formulir Pengaduan Desa",
                                                   file=ContentFile(b"%PDF-1.4 uji", name="formulir.pdf"))
    body = [
        ("rich_text", "<h3>Judul bagian teks</h3><p>Paragraf pembuka modul.</p><ul><li>Butir pertama</li></ul>"),
        ("content_warning", {"message": "Bagian ini membahas kekerasan terhadap anak."}),
        ("legal_provision", {"statute": "UU No. 12 Tahun 2022", "article": "Pasal 23",
                             "text": "Perkara tidak dapat diselesaikan di luar peradilan.", "note": "Parafrase"}),
        ("key_points", {"title": "Ingat selalu", "points": ["Dengarkan korban", "Jaga kerahasiaan"]}),
        ("case_study", {"title": "Ibu R di pasar", "body": "<p>Cerita kasus Ibu R.</p>",
                        "questions": ["Apa langkah pertama?"]}),
        ("scenario", {"situation": "<p>Kepala desa menelepon Anda.</p>", "question": "Apa jawaban Anda?",
                      "guidance": "<p>Tolak damai dengan sopan.</p>"}),
        ("glossary", {"term": "Restitusi", "definition": "Ganti kerugian dari pelaku."}),
        ("media", {"kind": "video", "title": "Video Hak Korban", "url": "https://contoh.test/video",
                   "duration": "6 menit", "transcript": "<p>Transkrip video hak korban.</p>"}),
        ("document", {"document": document, "description": "Isi sebelum rapat."}),
        ("rich_text", HOSTILE),
    ]
    module = factories.ModulePageFactory(parent=course, title="Modul Lengkap Cetak", body=body)
    module.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


@pytest.fixture
def enrolled(client, course, trainee):
    services.enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    return client


def _booklet_url(page, paper=""):
    return page.url + page.reverse_subpage("booklet") + (f"?ukuran={paper}" if paper else "")


@needs["qpdf"]
@needs["pdftotext"]
def test_module_booklet_holds_every_block_warning_and_helpline(enrolled, course, tmp_path):
    module = _full_module(course)
    response = enrolled.get(_booklet_url(module))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    disposition = response["Content-Disposition"]
    assert "buklet-" in disposition and "modul-lengkap-cetak-a5.pdf" in disposition
    (tmp_path / "m.pdf").write_bytes(response.content)
    subprocess.run(["qpdf", "--check", str(tmp_path / "m.pdf")], check=True, capture_output=True)
    text = _pdf_text(tmp_path, response.content)
    for expected in ["Modul Lengkap Cetak", course.title, "Judul bagian teks", "Paragraf pembuka modul.",
                     "Butir pertama",
                     "PERINGATAN KONTEN", "Bagian ini membahas kekerasan terhadap anak.",
                     "UU No. 12 Tahun 2022, Pasal 23", "Perkara tidak dapat diselesaikan di luar peradilan.",
                     "Parafrase", "Ingat selalu", "Dengarkan korban", "Jaga kerahasiaan", "Ibu R di pasar",
                     "Kasus fiktif dan anonim", "Cerita kasus Ibu R.", "Apa langkah pertama?",
                     "Kepala desa menelepon Anda.", "Apa jawaban Anda?", "Tolak damai dengan sopan.", "Restitusi",
                     "Ganti kerugian dari pelaku.", "Video Hak Korban", "https://contoh.test/video",
                     "Transkrip video hak korban.", "Formulir Pengaduan Desa", "Isi sebelum rapat."]:
        assert expected in text, expected
    for line in settings.PELITA_HELPLINES:  # the same numbers as the site's footer
        assert f"{line['name']}: {line['number']}" in text
    assert "SAPA" in text and "129" in text


@needs["pdftotext"]
def test_hostile_rich_text_prints_as_text_not_markup(enrolled, course, tmp_path):
    module = _full_module(course)
    text = _pdf_text(tmp_path, enrolled.get(_booklet_url(module)).content)
    # Typed tags come out as the characters typed; ReportLab did not read them (no huge font, no crash).
    assert 'Awal <para><font size="40">BESAR</font></para> tebal <b>akhir' in text
    assert "alert" not in text and "onerror" not in text


def test_converter_escapes_everything_it_did_not_write():
    items = booklet.rich_text_items('<p>x <para>y</para> <font color="red">z</font> <a href="javascript:1" '
                                    'onclick="x()">klik</a> <i>miring<b>tebal</p><script>alert(1)</script>')
    markup = " ".join(item[1] for item in items)
    assert "<para>" not in markup and "<font" not in markup and "javascript" not in markup
    assert "alert" not in markup and "onclick" not in markup
    assert markup.count("<i>") == markup.count("</i>") == 1 and markup.count("<b>") == markup.count("</b>") == 1


def test_a4_and_a5(enrolled, course):
    module = ModulePage.objects.child_of(course).first()
    assert _page_sizes(enrolled.get(_booklet_url(module)).content) == {(420, 595)}  # A5 by default
    assert _page_sizes(enrolled.get(_booklet_url(module, "a5")).content) == {(420, 595)}
    response = enrolled.get(_booklet_url(module, "a4"))
    assert _page_sizes(response.content) == {(595, 842)}
    assert response["Content-Disposition"].endswith('-a4.pdf"')


@needs["pdftotext"]
def test_course_booklet_holds_every_live_module(enrolled, course, tmp_path):
    modules = list(ModulePage.objects.child_of(course))
    modules[-1].unpublish()
    response = enrolled.get(_booklet_url(course))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = _pdf_text(tmp_path, response.content)
    assert course.title in text and "Peserta mampu merujuk kasus." in text
    for module in modules[:-1]:
        assert module.title in text
    assert modules[-1].title not in text


@pytest.mark.parametrize("who", ["anonymous", "not_enrolled"])
@pytest.mark.parametrize("page", ["module", "course"])
def test_no_booklet_for_those_who_may_not_read_the_module(client, course, trainee, who, page):
    target = course if page == "course" else ModulePage.objects.child_of(course).first()
    if who == "not_enrolled":
        client.force_login(trainee)
    response = client.get(_booklet_url(target))
    assert response.get("Content-Type") != "application/pdf"
    assert response.status_code == (302 if who == "anonymous" else 404)
    assert "Unduh buklet cetak" not in client.get(target.url).text


def test_unpublished_or_private_module_has_no_booklet(enrolled, course, roles):
    from django.contrib.auth.models import Group

    module = ModulePage.objects.child_of(course).first()
    assert enrolled.get(_booklet_url(module)).status_code == 200
    module.unpublish()
    assert enrolled.get(_booklet_url(module)).status_code == 404
    other = ModulePage.objects.child_of(course).last()
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Tim lain"))
    response = enrolled.get(_booklet_url(other))
    assert response.get("Content-Type") != "application/pdf"
    assert response.status_code == enrolled.get(other.url).status_code  # the module page's own answer


def test_link_shows_size_and_pdf_is_rendered_once_per_revision(enrolled, course):
    module = ModulePage.objects.child_of(course).first()
    with mock.patch("courses.booklet.render_booklet", wraps=booklet.render_booklet) as render:
        page = enrolled.get(module.url).text
        course_page = enrolled.get(course.url).text
        pdf = enrolled.get(_booklet_url(module)).content
        enrolled.get(module.url)
        enrolled.get(_booklet_url(module))
    assert render.call_count == 2  # the module's and the course's A5 booklets, once each
    assert f"Unduh buklet cetak (A5, {round(len(pdf) / 1024)} KB)" in page
    assert "Unduh buklet cetak (A5," in course_page and "?ukuran=a4" in course_page
    module.body = [("rich_text", "<p>Isi baru setelah revisi.</p>")]
    module.save_revision().publish()
    with mock.patch("courses.booklet.render_booklet", wraps=booklet.render_booklet) as render:
        enrolled.get(_booklet_url(module))
    assert render.call_count == 1  # a new revision is a new booklet


@needs["pdftotext"]
def test_a_panel_longer_than_a_page_still_prints(tmp_path):
    long_story = " ".join(f"Kalimat kasus nomor {n} yang panjang sekali." for n in range(400))
    content = booklet.Booklet(title="Buklet Uji", kicker="UJI", helplines=(("Telepon SAPA", "129"),), modules=(
        booklet.Module(title="Modul Panjang", heading="Modul 1 dari 1", blocks=(
            booklet.Block("case_study", {"title": "Kasus panjang", "body": f"<p>{long_story}</p>"}),)),))
    text = _pdf_text(tmp_path, booklet.render_booklet(content, "a5"))
    assert "Kalimat kasus nomor 399" in text and "Telepon SAPA: 129" in text
