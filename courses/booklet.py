"""The printable booklet of a module or a course (A5 or A4), for a meeting where nobody has a phone.

Pure-ish: it takes plain values (`Booklet`) and returns PDF bytes; no ORM, only gettext for its own labels.
Rich text arrives as the site's sanitised HTML and `rich_text_items` turns it into ReportLab paragraph markup
that holds only the tags this module writes itself: every character of text is escaped, so nothing an author
typed (a script, an `onerror`, a `<para>` or `<font>` tag) can become markup.
"""
from __future__ import annotations

import dataclasses
import functools
import io
from html.parser import HTMLParser
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LayoutError,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from core.fonts import FONT_DIR

PAPERS = {"a5": A5, "a4": A4}
SANS, BOLD = "PelitaBookletSans", "PelitaBookletSans-Bold"
GREY, LIGHT = colors.HexColor("#555555"), colors.HexColor("#F0F0F0")


@functools.cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(SANS, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    # DejaVu ships no oblique here: <i> prints upright rather than failing.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=SANS, boldItalic=BOLD)


@dataclasses.dataclass(frozen=True)
class Block:
    kind: str  # a core.blocks.LessonBlock child name: "rich_text", "case_study", ...
    value: dict  # plain values; rich-text fields hold sanitised HTML


@dataclasses.dataclass(frozen=True)
class Module:
    title: str
    heading: str  # "Modul 2 dari 6 · 30 menit"
    summary: str = ""
    competency: str = ""
    blocks: tuple[Block, ...] = ()


@dataclasses.dataclass(frozen=True)
class Booklet:
    title: str
    kicker: str  # course code and topic, above the title
    modules: tuple[Module, ...]
    helplines: tuple[tuple[str, str], ...]  # (name, number), as the site footer shows them
    source_url: str = ""
    printed_on: str = ""
    summary: str = ""
    outcomes: tuple[str, ...] = ()


# --- rich text (sanitised HTML) -> paragraph markup --------------------------------------------------------

_BLOCK_TAGS = {"p": "p", "h2": "h3", "h3": "h3", "h4": "h4", "blockquote": "p", "li": "li"}  # HTML -> our style
_INLINE_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i", "sub": "sub", "sup": "super"}  # HTML -> ReportLab


class _RichText(HTMLParser):
    BLOCKS, INLINE = _BLOCK_TAGS, _INLINE_TAGS

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, str, int, str]] = []  # (style, markup, list depth, bullet)
        self.parts: list[str] = []
        self.open: list[str] = []
        self.lists: list[list] = []  # [tag, items so far]
        self.style, self.bullet, self.href, self.skipping = "p", "", None, 0

    def flush(self):
        markup = "".join(self.parts + [f"</{tag}>" for tag in reversed(self.open)]).strip()
        if markup.replace("<br/>", "").strip():
            self.items.append((self.style, markup, len(self.lists), self.bullet))
        self.parts, self.open, self.style, self.bullet = [], [], "p", ""

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):  # never stored (core.sanitize), and never printed either
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.flush()
            self.style = self.BLOCKS[tag]
            if tag == "li" and self.lists:
                self.lists[-1][1] += 1
                kind, number = self.lists[-1]
                self.bullet = f"{number}." if kind == "ol" else "•"
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([tag, 0])
        elif tag in self.INLINE:
            self.open.append(self.INLINE[tag])
            self.parts.append(f"<{self.INLINE[tag]}>")
        elif tag == "br":
            self.parts.append("<br/>")
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skipping = max(self.skipping - 1, 0)
        elif tag in self.BLOCKS:
            self.flush()
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in self.INLINE and self.INLINE[tag] in self.open:
            while self.open:
                closed = self.open.pop()
                self.parts.append(f"</{closed}>")
                if closed == self.INLINE[tag]:
                    break
        elif tag == "a" and self.href is not None:
            if self.href.startswith(("http://", "https://")):  # paper cannot click: print where it goes
                self.parts.append(f" ({escape(self.href)})")
            self.href = None

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(escape(data))


def rich_text_items(html: str) -> list[tuple[str, str, int, str]]:
    """(style, markup, list depth, bullet) per paragraph, heading or list item of `html`."""
    parser = _RichText()
    parser.feed(html or "")
    parser.close()
    parser.flush()
    return parser.items


# --- layout -----------------------------------------------------------------------------------------------

class _Layout:
    def __init__(self, paper: str, framed: bool = True):
        self.framed = framed
        self.pagesize = PAPERS[paper]
        self.margin = (14 if paper == "a5" else 20) * mm
        self.width = self.pagesize[0] - 2 * self.margin
        size = 9.5 if paper == "a5" else 11
        lead = size * 1.4

        def style(name, **kw):
            return ParagraphStyle(name, **{"fontName": SANS, "fontSize": size, "leading": lead, "spaceAfter": 4, **kw})

        self.body = style("body")
        self.small = style("small", fontSize=size - 1.5, leading=(size - 1.5) * 1.35, textColor=GREY)
        self.h1 = style("h1", fontName=BOLD, fontSize=size + 7, leading=(size + 7) * 1.2, spaceAfter=6, keepWithNext=1)
        self.h3 = style("h3", fontName=BOLD, fontSize=size + 2, leading=(size + 2) * 1.3, spaceBefore=6,
                        keepWithNext=1)
        self.h4 = style("h4", fontName=BOLD, fontSize=size + 0.5, leading=lead, spaceBefore=4, keepWithNext=1)
        self.label = style("label", fontName=BOLD, keepWithNext=1, spaceAfter=2)
        self.cover_title = style("cover", fontName=BOLD, fontSize=size + 12, leading=(size + 12) * 1.2, spaceAfter=8)
        self.lead = style("lead", fontSize=size + 1.5, leading=(size + 1.5) * 1.4)
        self.helpline = style("helpline", fontName=BOLD, fontSize=size + 3, leading=(size + 3) * 1.4, spaceAfter=0)

    def item(self, item) -> Paragraph:
        kind, markup, depth, bullet = item
        if kind == "li" or bullet:
            indent = 5 * mm * max(depth, 1)
            list_style = ParagraphStyle(f"li{depth}", parent=self.body, leftIndent=indent,
                                        bulletIndent=indent - 4 * mm, spaceAfter=2)
            return Paragraph(markup, list_style, bulletText=bullet or "•")
        return Paragraph(markup, {"h3": self.h3, "h4": self.h4}.get(kind, self.body))

    def rich(self, html: str) -> list:
        return [self.item(item) for item in rich_text_items(html)]

    def bullets(self, lines, numbered=False) -> list:
        return [self.item(("li", escape(line), 1, f"{n}." if numbered else "•"))
                for n, line in enumerate(lines, start=1) if line]

    def box(self, flowables, *, strong=False, whole=False) -> list:
        """A framed panel; one row per paragraph, so a long panel continues on the next page. A paragraph taller
        than a page cannot sit in a table row: then the booklet is laid out again without frames."""
        if not self.framed:
            return [Spacer(1, 4), *flowables, Spacer(1, 6)]
        table = Table([[f] for f in flowables], colWidths=[self.width], spaceBefore=4, spaceAfter=8)
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 2 if strong else 0.6, colors.black if strong else GREY),
            ("BACKGROUND", (0, 0), (-1, -1), colors.white if strong else LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
        ]))
        # A panel starts on the next page rather than leave only its title at the foot of this one.
        return [KeepTogether([table])] if whole else [CondPageBreak(self.body.leading * 5), table]


def _text(value) -> str:
    return escape(str(value or ""))


def _block(layout: _Layout, block: Block, helplines: str) -> list:
    v, lay = block.value, layout
    if block.kind == "rich_text":
        return lay.rich(v.get("html", ""))
    if block.kind == "content_warning":
        warning = lay.box([Paragraph("⚠ " + _text(_("PERINGATAN KONTEN")), lay.h3),
                           Paragraph(_text(v.get("message")), lay.body),
                           Paragraph(_text(_("Butuh bantuan? %(lines)s") % {"lines": helplines}), lay.label)],
                          strong=True)
        # Never alone at the foot of a page, away from what it warns about: room for some of that too.
        return [CondPageBreak(lay.body.leading * 14), *warning]
    if block.kind == "legal_provision":
        where = ", ".join(filter(None, [v.get("statute"), v.get("article")]))
        rows = [Paragraph("§ " + _text(where), lay.label),
                Paragraph(_text(v.get("text")).replace("\n", "<br/>"), lay.body)]
        if v.get("note"):
            rows.append(Paragraph(_text(v["note"]), lay.small))
        return lay.box(rows)
    if block.kind == "key_points":
        return lay.box([Paragraph(_text(v.get("title") or _("Poin penting")), lay.label),
                        *lay.bullets(v.get("points", []))])
    if block.kind == "case_study":
        rows = [Paragraph(_text(_("Studi kasus")) + ": " + _text(v.get("title")), lay.label),
                Paragraph(_text(_("Kasus fiktif dan anonim")), lay.small), *lay.rich(v.get("body", ""))]
        if v.get("questions"):
            rows += [Paragraph(_text(_("Pertanyaan diskusi")), lay.label), *lay.bullets(v["questions"], True)]
        return lay.box(rows)
    if block.kind == "scenario":
        found = lay.box([Paragraph(_text(_("Skenario untuk direnungkan")), lay.label),
                         *lay.rich(v.get("situation", "")),
                         Paragraph("<b>" + _text(v.get("question")) + "</b>", lay.body)])
        if v.get("guidance"):
            found += lay.box([Paragraph(_text(_("Pembahasan (baca setelah berdiskusi)")), lay.label),
                              *lay.rich(v["guidance"])])
        return found
    if block.kind == "glossary":
        return [Paragraph(f"<b>{_text(_('Istilah:'))} {_text(v.get('term'))}</b> — {_text(v.get('definition'))}",
                          lay.body)]
    if block.kind == "media":
        label = _("Audio") if v.get("kind") == "audio" else _("Video")
        title = f"{_text(label)}: {_text(v.get('title'))}" + (f" ({_text(v['duration'])})" if v.get("duration") else "")
        rows = [Paragraph(title, lay.label)]
        if v.get("url"):
            rows.append(Paragraph(_text(_("Tautan: %(url)s") % {"url": v["url"]}), lay.small))
        elif v.get("file"):
            rows.append(Paragraph(_text(_("Berkas di Pelita: %(title)s") % {"title": v["file"]}), lay.small))
        if v.get("transcript"):
            rows += [Paragraph(_text(_("Transkrip / ringkasan tertulis")), lay.label), *lay.rich(v["transcript"])]
        return lay.box(rows)
    if block.kind == "document":
        rows = [Paragraph(f"{_text(_('Dokumen'))}: {_text(v.get('document'))}", lay.label)]
        if v.get("description"):
            rows.append(Paragraph(_text(v["description"]), lay.body))
        return rows
    return []


def _helpline_text(booklet: Booklet) -> str:
    return " · ".join(f"{name} {number}" for name, number in booklet.helplines)


def _helpline_box(layout: _Layout, booklet: Booklet) -> list:
    lines = "<br/>".join(f"{_text(name)}: {_text(number)}" for name, number in booklet.helplines)
    return layout.box([Paragraph(_text(_("Butuh bantuan? Hubungi layanan ini, gratis dan rahasia:")), layout.label),
                       Paragraph(lines, layout.helpline), Spacer(1, 3)], strong=True, whole=True)


def _story(booklet: Booklet, lay: _Layout, helplines: str) -> list:
    story = [Paragraph(_text(booklet.kicker), lay.small), Paragraph(_text(booklet.title), lay.cover_title),
             Paragraph(_text(_("Buklet cetak untuk belajar bersama tanpa ponsel")), lay.lead)]
    if booklet.summary:
        story.append(Paragraph(_text(booklet.summary), lay.body))
    story += [Spacer(1, 4 * mm), *_helpline_box(lay, booklet)]
    if booklet.outcomes or len(booklet.modules) > 1:  # a course: what it teaches and what is inside, on page 2
        story.append(PageBreak())
    if booklet.outcomes:
        story += [Paragraph(_text(_("Setelah kursus ini, Anda mampu:")), lay.h3), *lay.bullets(booklet.outcomes)]
    if len(booklet.modules) > 1:
        story += [Paragraph(_text(_("Isi buklet")), lay.h3), *lay.bullets([m.title for m in booklet.modules], True)]
    single = len(booklet.modules) == 1 and not booklet.outcomes  # a module's booklet: no cover page of its own
    for module in booklet.modules:
        if single:
            story += [Spacer(1, 2 * mm), Paragraph(_text(module.heading), lay.small)]
        else:
            story += [PageBreak(), Paragraph(_text(module.heading), lay.small), Paragraph(_text(module.title), lay.h1)]
        if module.summary:
            story.append(Paragraph(_text(module.summary), lay.lead))
        if module.competency:
            story.append(Paragraph(f"<b>{_text(_('Kompetensi:'))}</b> {_text(module.competency)}", lay.body))
        for block in module.blocks:
            story += _block(lay, block, helplines)
    story += [Spacer(1, 8 * mm), *_helpline_box(lay, booklet),
              Paragraph(_text(_("Semua kasus dalam buklet ini fiktif dan anonim.")), lay.small)]
    if booklet.source_url or booklet.printed_on:
        story.append(Paragraph(_text(_("Dibuat dari Pelita pada %(date)s. Versi terbaru: %(url)s")
                                     % {"date": booklet.printed_on, "url": booklet.source_url}), lay.small))
    return story


def render_booklet(booklet: Booklet, paper: str = "a5") -> bytes:
    register_fonts()
    try:
        return _render(booklet, _Layout(paper))
    except LayoutError:  # a paragraph taller than a page inside a framed panel
        return _render(booklet, _Layout(paper, framed=False))


def _render(booklet: Booklet, lay: _Layout) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=lay.pagesize, leftMargin=lay.margin, rightMargin=lay.margin,
                            topMargin=lay.margin, bottomMargin=lay.margin + 8 * mm, title=booklet.title,
                            author="Pelita", subject=_("Buklet cetak"), lang="id")
    helplines = _helpline_text(booklet)

    def footer(canvas, doc_):
        canvas.saveState()
        width, y = lay.pagesize[0], lay.margin - 1 * mm
        canvas.setFont(BOLD, 7.5)
        canvas.drawCentredString(width / 2, y + 4 * mm, _("Bantuan: %(lines)s") % {"lines": helplines})
        canvas.setFont(SANS, 7)
        canvas.setFillColor(GREY)
        title = booklet.title if len(booklet.title) <= 70 else booklet.title[:69] + "…"
        canvas.drawString(lay.margin, y, f"Pelita · {title}")
        canvas.drawRightString(width - lay.margin, y, _("hlm. %(n)s") % {"n": doc_.page})
        canvas.restoreState()

    doc.build(_story(booklet, lay, helplines), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
