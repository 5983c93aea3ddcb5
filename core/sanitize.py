"""The one place where user- and author-supplied HTML is cleaned (built on nh3).

Everything that stores HTML (rich-text blocks, page fields, forms) calls `clean_html` before saving, so
nothing unsafe is ever stored, whatever renders it later. This module imports no app of the project, so
every app may use it.
"""
from __future__ import annotations

import html
import re

import markdown
import nh3
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Tags the lesson editor produces, plus the ones Wagtail's rich-text storage format uses.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "u", "ul", "ol", "li", "a",
    "blockquote", "code", "hr", "sub", "sup", "span", "embed",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "linktype", "id"},
    # Wagtail stores images, documents and embeds as <embed embedtype=... id=...>.
    "embed": {"embedtype", "id", "format", "alt", "url"},
    "span": {"lang"},
    "p": {"data-block-key"},
    "h2": {"data-block-key"}, "h3": {"data-block-key"}, "h4": {"data-block-key"},
    "li": {"data-block-key"}, "ol": {"data-block-key"}, "ul": {"data-block-key"},
    "blockquote": {"data-block-key"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Wagtail's contentstate converter parses rich text as XML-ish: a void element must be self-closed
# (`<br/>`), or it reports "Unmatched tags" and the editor cannot open the page.
_VOID_OPEN = re.compile(r"<(br|hr|embed)(\b[^>]*?)\s*/?>")
# Draftail list items hold inline text, not paragraphs: `<li><p>x</p></li>` would split into an empty item.
_LI_P_OPEN = re.compile(r"(<li\b[^>]*>)\s*<p\b[^>]*>")
_LI_P_CLOSE = re.compile(r"</p>\s*(</li>)")

# What the editor widget hands over when the posted editor data cannot be read (not Draftail's JSON):
# the form then refuses it with UNREADABLE_MESSAGE instead of storing or crashing.
UNREADABLE_EDITOR_DATA = "<!-- pelita: unreadable editor data -->"
UNREADABLE_MESSAGE = _("Isi editor teks tidak dapat dibaca. Muat ulang halaman, lalu ketik atau tempel ulang teksnya.")


def clean_html(html: str | None) -> str:
    """Return `html` with scripts, event handlers, styles and unsafe URLs removed.

    Cheap enough to run on every read; what it returns always loads in Wagtail's editor. Storing rich
    text goes through `clean_rich_text`, which also brings it to Wagtail's own format.
    """
    if not html:
        return ""
    if str(html).strip() == UNREADABLE_EDITOR_DATA:
        raise ValidationError(UNREADABLE_MESSAGE, code="unreadable")
    cleaned = nh3.clean(
        str(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        clean_content_tags={"script", "style"},
    )
    # Wagtail's rich-text rewriter only recognises self-closed <embed .../> tags, and its editor only loads
    # self-closed void elements.
    return _VOID_OPEN.sub(r"<\1\2/>", cleaned)


def clean_rich_text(html: str | None, *, features: list[str] | None = None) -> str:
    """Rich text in Wagtail's own storage format, limited to what an editor with `features` can hold.

    The HTML is first cleaned like `clean_html`, then passed through the editor's own converter (the
    one Draftail uses to load and save), so `<strong>` becomes `<b>`, `<em>` becomes `<i>`, elements the
    editor has no feature for are dropped or become paragraphs, and what is stored always opens in the
    editor. Running it on its own output changes nothing. `features=None` means the default editor's features.
    """
    if not html or not str(html).strip():
        return ""
    from django.conf import settings
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
    from wagtail.rich_text import features as feature_registry

    cleaned = _LI_P_CLOSE.sub(r"\1", _LI_P_OPEN.sub(r"\1", clean_html(html)))
    if features is None:  # the field uses the default editor: its configured features, else Wagtail's defaults
        default_editor = getattr(settings, "WAGTAILADMIN_RICH_TEXT_EDITORS", {}).get("default", {})
        features = default_editor.get("OPTIONS", {}).get("features") or feature_registry.get_default_features()
    converter = ContentstateConverter(features)
    stored = converter.to_database_format(converter.from_database_format(cleaned))
    # An editor left empty stores nothing, not an empty paragraph.
    return "" if not clean_text(stored).strip() and "<embed" not in stored and "<hr" not in stored else stored


def clean_rich_text_fields(instance) -> None:
    """Clean every Wagtail RichTextField of a model instance to that field's own editor features.

    Raises a ValidationError naming the field when the editor sent data that could not be read.
    """
    from wagtail.fields import RichTextField

    errors = {}
    for field in instance._meta.concrete_fields:
        if isinstance(field, RichTextField):
            try:
                setattr(instance, field.attname,
                        clean_rich_text(getattr(instance, field.attname), features=field.features))
            except ValidationError as error:
                errors[field.name] = error
    if errors:
        raise ValidationError(errors)


def clean_text(text: str | None) -> str:
    """Plain text for fields rendered as text (kept for its callers): see `plain_text`."""
    return plain_text(text)


# --- plain text and Markdown (stored once, escaped once: by Django's templates on output) -------------------


_HTML_ELEMENTS = (
    "a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|big|blink|blockquote|body|br|button|canvas|caption|"
    "center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|"
    "figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hr|html|i|iframe|img|image|input|ins|"
    "kbd|keygen|label|legend|li|link|main|map|mark|marquee|math|menu|meta|meter|nav|noscript|object|ol|"
    "optgroup|option|output|p|param|picture|pre|progress|q|rp|rt|ruby|s|samp|script|section|select|slot|small|"
    "source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|"
    "title|tr|track|tt|u|ul|var|video|wbr|xmp")
_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<(script|style)\b.*?(?:</\1\s*>|$)"
                     rf"|</?(?:{_HTML_ELEMENTS})(?=[\s/>]|$)[^>]*(?:>|$)", re.IGNORECASE | re.DOTALL)


def plain_text(text: str | None) -> str:
    """`text` as plain characters: tags removed, entities decoded, never HTML-escaped.

    Templates escape on output, so "usia < 18 & x" is stored as typed; storing "&amp;" would show "&amp;" on
    every page and make a short answer "perempuan & anak" fail against "perempuan &amp; anak".
    """
    if not text:
        return ""
    # Only real tags go: an HTML parser would also eat "x<y" or "usia<18" as the start of a tag.
    previous = None
    text = str(text)
    while previous != text:  # "<scr<b>ipt>" must not leave a tag behind once the inner one is gone
        previous, text = text, _MARKUP.sub("", text)
    return html.unescape(text)


def markdown_html(text: str | None) -> str:
    """Markdown (as in GIFT's `[markdown]` question text) rendered to HTML, then cleaned like any HTML."""
    if not text:
        return ""
    return clean_html(markdown.markdown(str(text), output_format="html"))
