"""The one sanitiser removes every XSS vector, and pages store only cleaned HTML."""
import re

import pytest

from core.sanitize import clean_html, clean_text, markdown_html, plain_text

XSS_PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<p onclick="alert(1)">x</p>',
    '<p onmouseover=alert(1)>x</p>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<body onload=alert(1)>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<input autofocus onfocus=alert(1)>',
    '<details open ontoggle=alert(1)>',
    '"><script>alert(1)</script>',
    '<scr<script>ipt>alert(1)</script>',
    '<!--<script>alert(1)</script>-->',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<embed src="javascript:alert(1)">',
    '<video><source onerror="alert(1)"></video>',
    '<marquee onstart=alert(1)>x</marquee>',
]
FORBIDDEN = ["<script", "javascript:", "vbscript:", "data:text", "onerror", "onload", "onclick", "onmouseover",
             "onfocus", "ontoggle", "onstart", "<iframe", "<object", "<style", "style=", "<form", "<meta", "<base",
             "<svg", "<input"]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_clean_html_removes_xss(payload):
    cleaned = clean_html(payload).lower()
    for marker in FORBIDDEN:
        assert marker not in cleaned, (payload, cleaned)


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_clean_text_removes_all_markup(payload):
    # Plain text may hold "<" ("usia < 18"): templates escape it. What must never survive is a tag.
    assert not re.search(r"<\s*/?\s*(script|img|svg|iframe|a|math|object|embed|style|input|form|meta|base|video|"
                         r"marquee|body|details|select|textarea|link)\b", clean_text(payload), re.IGNORECASE)


@pytest.mark.parametrize("typed, stored", [
    ("usia < 18 & x", "usia < 18 & x"),
    ("perlindungan perempuan & anak", "perlindungan perempuan & anak"),
    ("usia<18 tahun", "usia<18 tahun"),
    ("<b>tebal</b> &amp; miring", "tebal & miring"),
    ('"Kutipan" & \'petik\'', '"Kutipan" & \'petik\''),
])
def test_plain_text_is_stored_as_typed_not_escaped(typed, stored):
    assert plain_text(typed) == stored == clean_text(typed)
    assert plain_text(plain_text(typed)) == stored  # cleaning twice changes nothing


def test_markdown_is_rendered_and_sanitised():
    html = markdown_html("Apa **No#** itu?\n\n* satu\n* [tautan](javascript:alert(1)) <script>alert(1)</script>")
    assert "<strong>No#</strong>" in html and "<li>satu</li>" in html
    assert "javascript:" not in html and "<script" not in html


def test_clean_html_keeps_lesson_markup_and_wagtail_links():
    html = ('<h3>Hak korban</h3><p><b>Penting</b> dan <i>miring</i></p><ul><li>satu</li></ul>'
            '<p><a linktype="page" id="3">modul</a> <a href="https://jdih.go.id">JDIH</a></p>'
            '<embed embedtype="image" id="7" format="left" alt="logo"/>')
    cleaned = clean_html(html)
    for kept in ["<h3>Hak korban</h3>", "<b>Penting</b>", "<i>miring</i>", "<li>satu</li>", 'linktype="page"',
                 'href="https://jdih.go.id"', '<embed embedtype="image" id="7" format="left" alt="logo"/>']:
        assert kept in cleaned


@pytest.mark.django_db
def test_streamfield_and_page_fields_are_cleaned_on_save(course):
    from courses.models import ModulePage

    module = ModulePage.objects.child_of(course).first()
    module.body = [("rich_text", '<p onclick="x()">Halo</p><script>alert(1)</script>'),
                   ("key_points", {"title": "<b>Judul</b>", "points": ['<img src=x onerror=alert(1)>aman']})]
    module.save_revision(clean=True).publish()
    module.refresh_from_db()
    raw = str(module.body.raw_data)
    assert "onclick" not in raw and "<script" not in raw and "onerror" not in raw
    assert "Halo" in raw and "aman" in raw

    course.intro = '<p>Pengantar</p><a href="javascript:alert(1)">x</a>'
    course.summary = "Ringkas <script>alert(1)</script>"
    course.save_revision(clean=True).publish()
    course.refresh_from_db()
    assert "javascript:" not in course.intro and "<script" not in course.summary
