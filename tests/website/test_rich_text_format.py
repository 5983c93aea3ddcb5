"""Rich text is stored in Wagtail's own format, limited to the editor's features, so the editor can load it."""
import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from core.blocks import LESSON_FEATURES
from core.sanitize import clean_html, clean_rich_text
from tests.website.test_sanitize import FORBIDDEN, XSS_PAYLOADS

pytestmark = pytest.mark.django_db  # page links are looked up when the editor loads them

AUTHOR_HTML = [
    "<p><i>1. Pertama<br>2. Kedua<br>3. Ketiga</i></p>",  # the demo text the editor could not open
    "<p><strong>Tebal</strong> dan <em>miring</em> dan <u>garis</u></p>",
    "<ul><li><p>butir dalam paragraf</p></li><li>butir biasa</li></ul>",
    "<h2>Judul besar</h2><p>teks</p><hr><p>setelah garis</p>",
    "teks tanpa paragraf <b>sama sekali</b>",
    '<p>Lihat <a href="https://jdih.go.id" target="_blank">JDIH</a> dan <a linktype="page" id="3">modul</a></p>',
    "<p>a</p><blockquote>kutipan</blockquote><div>kotak</div><p><code>kode</code></p>",
]


@pytest.mark.parametrize("html", AUTHOR_HTML)
def test_stored_rich_text_loads_in_the_editor_and_is_stable(html):
    stored = clean_rich_text(html, features=LESSON_FEATURES)
    converter = ContentstateConverter(LESSON_FEATURES)
    assert converter.to_database_format(converter.from_database_format(stored)) == stored
    assert clean_rich_text(stored, features=LESSON_FEATURES) == stored
    for foreign in ["<strong", "<em", "<u>", "<br>", "<hr>", "<div", "<blockquote", "<code", "target=", "<h2"]:
        assert foreign not in stored, (html, stored)


def test_bold_italic_line_breaks_and_lists_are_kept_in_wagtail_form():
    assert "<i>1. Pertama<br/>2. Kedua<br/>3. Ketiga</i>" in clean_rich_text(AUTHOR_HTML[0], features=LESSON_FEATURES)
    assert "<b>Tebal</b> dan <i>miring</i>" in clean_rich_text(AUTHOR_HTML[1], features=LESSON_FEATURES)
    items = clean_rich_text(AUTHOR_HTML[2], features=LESSON_FEATURES)
    assert ">butir dalam paragraf</li>" in items and "<p" not in items


def test_features_decide_what_is_kept():
    html = '<h3>Sub</h3><p><b>x</b> <a href="https://contoh.id">y</a></p>'
    assert "<h3" in clean_rich_text(html, features=["h3", "bold", "link"])
    plain = clean_rich_text(html, features=["italic"])
    assert "<h3" not in plain and "<b>" not in plain and "<a " not in plain and "Sub" in plain and "y" in plain


def test_empty_editor_stores_nothing():
    assert clean_rich_text("<p> </p><p></p>", features=LESSON_FEATURES) == ""


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_rich_text_removes_xss(payload):
    cleaned = clean_rich_text(payload, features=LESSON_FEATURES).lower()
    for marker in FORBIDDEN:
        assert marker not in cleaned, (payload, cleaned)


def test_cheap_cleaner_self_closes_void_elements():
    assert clean_html("<p>a<br>b<hr></p>").count("/>") == 2
