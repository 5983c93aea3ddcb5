"""Every message has its English translation, none is a fuzzy guess, and the committed .mo is compiled from the .po."""
import re
from pathlib import Path

PO = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES" / "django.po"


def entries():
    for block in PO.read_text(encoding="utf-8").split("\n\n"):
        if 'msgid ""\nmsgstr ""\n"Project-Id-Version' in block or not block.strip():
            continue
        yield block


def test_english_catalogue_is_complete_and_has_no_fuzzy_entries():
    fuzzy = [b for b in entries() if re.search(r"^#, .*fuzzy", b, re.M)]
    untranslated = [b for b in entries()
                    if re.search(r'^msgstr(\[\d\])? ""\Z', b.strip().splitlines()[-1]) and
                    not re.search(r'^"', b.strip().splitlines()[-1])]
    assert not fuzzy, fuzzy[:3]
    assert not untranslated, untranslated[:3]


def test_compiled_catalogue_translates_a_new_string():
    from django.utils import translation

    with translation.override("en"):
        assert translation.gettext("Tautan sandi peserta") != "Tautan sandi peserta"
