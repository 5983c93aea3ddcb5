"""Every page type and every lesson block renders."""
import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from courses import services
from courses.models import ModulePage
from tests import factories
from website.models import StandardPage


@pytest.fixture
def document(db):
    doc = Document(title="Format kronologi")
    doc.file.save("kronologi.pdf", ContentFile(b"%PDF-1.4\n" + b"0" * 2048), save=False)
    doc.save()
    return doc


def test_every_lesson_block_renders(client, trainee, course, document):
    module = ModulePage.objects.child_of(course).first()
    module.body = [
        ("rich_text", "<h3>Judul bagian</h3><p>Paragraf <b>tebal</b>.</p>"),
        ("legal_provision", {"statute": "UU No. 12 Tahun 2022", "article": "Pasal 23",
                             "text": "Tidak dapat diselesaikan di luar proses peradilan.", "note": "Parafrase"}),
        ("key_points", {"title": "Poin penting", "points": ["Dengarkan", "Rujuk"]}),
        ("case_study", {"title": "Kasus Ibu R", "body": "<p>Kasus ini fiktif.</p>", "questions": ["Apa hak korban?"]}),
        ("scenario", {"situation": "<p>Kepala desa meminta damai.</p>", "question": "Apa yang Anda lakukan?",
                      "guidance": "<p>Tolak penyelesaian di luar pengadilan.</p>"}),
        ("content_warning", {"message": "Bagian ini membahas kekerasan seksual."}),
        ("media", {"kind": "video", "title": "Video pengantar", "file": None, "url": "https://example.org/v",
                   "duration": "6 menit", "low_bandwidth_note": "Ringkasan tertulis tersedia.",
                   "transcript": "<p>Transkrip.</p>"}),
        ("media", {"kind": "audio", "title": "Audio", "file": document, "url": "", "duration": "",
                   "low_bandwidth_note": "", "transcript": ""}),
        ("document", {"document": document, "description": "Format isian"}),
        ("glossary", {"term": "Diversi", "definition": "Pengalihan perkara anak ke luar peradilan pidana."}),
    ]
    module.save_revision(clean=True).publish()
    services.enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    html = client.get(module.url).text
    for expected in ["Judul bagian", "Pasal 23", "Dengarkan", "Kasus fiktif dan anonim", "Apa hak korban?",
                     "Apa yang Anda lakukan?", "<details>", "Peringatan konten:", "SAPA 129", "Video pengantar",
                     'preload="none"', "Format kronologi", "PDF", "2,0\xa0KB", "Diversi",
                     "Ringkasan tertulis tersedia."]:
        assert expected in html, expected
    # External media is a link only: nothing is loaded from another site until the trainee chooses to.
    assert '<iframe' not in html and 'src="https://example.org' not in html


def test_media_block_needs_file_or_url():
    from wagtail.blocks import StructBlockValidationError

    from core.blocks import MediaBlock

    block = MediaBlock()
    value = block.to_python({"kind": "video", "title": "Tanpa sumber", "file": None, "url": "", "duration": "",
                             "low_bandwidth_note": "", "transcript": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_home_standard_and_catalogue_pages_render(client, db):
    home = factories.home_page()
    about = StandardPage(title="Tentang Pelita", slug="tentang", body="<p>Tentang kami</p>")
    home.add_child(instance=about)
    factories.course_with_modules(1, title="Kursus Beranda")
    assert "Kursus Beranda" in client.get("/").text
    assert "Tentang kami" in client.get("/tentang/").text
    assert "Kursus Beranda" in client.get("/kursus/").text
