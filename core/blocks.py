"""Shared StreamField blocks for lessons. Imports no app of the project, so every app may use it."""
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.rich_text import RichText

from .sanitize import UNREADABLE_EDITOR_DATA, clean_html, clean_rich_text, clean_text

LESSON_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text that is sanitised to this block's editor features when it is stored, not only when shown."""

    def _clean(self, html):
        if isinstance(html, str) and html.strip() == UNREADABLE_EDITOR_DATA:
            return html  # kept until `clean` refuses it with a message
        return clean_rich_text(html, features=self.features)

    def get_prep_value(self, value):
        prepared = super().get_prep_value(value)
        if isinstance(prepared, str) and prepared.strip() == UNREADABLE_EDITOR_DATA:
            return ""  # never stored
        return self._clean(prepared)

    def to_python(self, value):
        # On every read: the cheap cleaner (it keeps what was stored before this sanitiser loadable too).
        return super().to_python(clean_html(value))

    def normalize(self, value):
        if isinstance(value, RichText):
            return RichText(self._clean(value.source))
        return super().normalize(self._clean(value) if isinstance(value, str) else value)

    def clean(self, value):
        source = value.source if isinstance(value, RichText) else value
        clean_rich_text(source, features=self.features)  # raises the Indonesian message on unreadable data
        return super().clean(value)


class SafeCharBlock(blocks.CharBlock):
    def get_prep_value(self, value):
        return clean_text(value)


class SafeTextBlock(blocks.TextBlock):
    def get_prep_value(self, value):
        return clean_text(value)


def lesson_text(**kwargs):
    return SafeRichTextBlock(features=LESSON_FEATURES, **kwargs)


class LegalProvisionBlock(blocks.StructBlock):
    statute = SafeCharBlock(label=_("Peraturan"), help_text=_("Contoh: UU No. 12 Tahun 2022 tentang TPKS"))
    article = SafeCharBlock(label=_("Pasal"), required=False, help_text=_("Contoh: Pasal 23"))
    text = SafeTextBlock(label=_("Bunyi atau ringkasan pasal"))
    note = SafeCharBlock(label=_("Catatan"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Kutipan pasal")
        template = "lesson_blocks/legal_provision.html"
        description = _("Peraturan, nomor pasal dan bunyinya")
        preview_value = {
            "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
            "article": "Pasal 23",
            "text": "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar proses peradilan, "
            "kecuali terhadap pelaku anak.",
            "note": "Parafrase",
        }


class KeyPointsBlock(blocks.StructBlock):
    title = SafeCharBlock(label=_("Judul"), default=_("Poin penting"))
    points = blocks.ListBlock(SafeCharBlock(label=_("Poin")), label=_("Poin-poin"))

    class Meta:
        icon = "list-ul"
        label = _("Poin penting")
        template = "lesson_blocks/key_points.html"
        description = _("Daftar singkat hal yang harus diingat")


class CaseStudyBlock(blocks.StructBlock):
    title = SafeCharBlock(label=_("Judul"))
    body = lesson_text(label=_("Uraian kasus"))
    questions = blocks.ListBlock(SafeCharBlock(label=_("Pertanyaan")), label=_("Pertanyaan diskusi"),
                                 required=False, default=[])

    class Meta:
        icon = "doc-full"
        label = _("Studi kasus (anonim)")
        template = "lesson_blocks/case_study.html"
        description = _("Kasus fiktif atau sepenuhnya dianonimkan: tanpa nama, alamat, sekolah atau wajah")


class ScenarioBlock(blocks.StructBlock):
    situation = lesson_text(label=_("Situasi"))
    question = SafeCharBlock(label=_("Pertanyaan refleksi"))
    guidance = lesson_text(label=_("Pembahasan"), required=False,
                           help_text=_("Ditampilkan setelah peserta memikirkan jawabannya"))

    class Meta:
        icon = "help"
        label = _("Skenario refleksi")
        template = "lesson_blocks/scenario.html"


class ContentWarningBlock(blocks.StructBlock):
    message = SafeTextBlock(label=_("Pesan"),
                            default=_("Bagian berikut membahas kekerasan. Anda boleh berhenti sejenak kapan saja."))

    class Meta:
        icon = "warning"
        label = _("Peringatan konten")
        template = "lesson_blocks/content_warning.html"


class MediaBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("video", _("Video")), ("audio", _("Audio"))], label=_("Jenis"),
                              default="video")
    title = SafeCharBlock(label=_("Judul"))
    file = DocumentChooserBlock(label=_("Berkas media"), required=False,
                                help_text=_("Berkas yang disimpan di Pelita (mp4, webm, mp3, ogg, m4a)"))
    url = blocks.URLBlock(label=_("Tautan luar"), required=False,
                          help_text=_("Misalnya YouTube. Halaman hanya menampilkan tautan; tidak ada yang "
                                      "dimuat sebelum peserta memilih memutarnya."))
    duration = SafeCharBlock(label=_("Durasi"), required=False, help_text=_("Contoh: 6 menit"))
    low_bandwidth_note = SafeCharBlock(
        label=_("Catatan hemat kuota"), required=False,
        help_text=_("Contoh: Ringkasan tertulis di bawah memuat isi yang sama."))
    transcript = lesson_text(label=_("Transkrip atau ringkasan"), required=False)

    class Meta:
        icon = "media"
        label = _("Video/audio")
        template = "lesson_blocks/media.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("file") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"file": ValidationError(_("Pilih berkas media atau isi tautan luar."))})
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokumen"))
    description = SafeCharBlock(label=_("Keterangan"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Dokumen unduhan")
        template = "lesson_blocks/document.html"


class GlossaryBlock(blocks.StructBlock):
    term = SafeCharBlock(label=_("Istilah"))
    definition = SafeTextBlock(label=_("Arti"))

    class Meta:
        icon = "tag"
        label = _("Istilah")
        template = "lesson_blocks/glossary.html"


class LessonBlock(blocks.StreamBlock):
    rich_text = lesson_text(label=_("Teks"), template="lesson_blocks/rich_text.html")
    legal_provision = LegalProvisionBlock()
    key_points = KeyPointsBlock()
    case_study = CaseStudyBlock()
    scenario = ScenarioBlock()
    content_warning = ContentWarningBlock()
    media = MediaBlock()
    document = DocumentBlock()
    glossary = GlossaryBlock()

    class Meta:
        block_counts = {}
