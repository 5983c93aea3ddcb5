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
_EMBED_OPEN = re.compile(r"<embed(\b[^>]*?)\s*/?>")


def clean_html(html: str | None) -> str:
    """Return `html` with scripts, event handlers, styles and unsafe URLs removed."""
    if not html:
        return ""
    cleaned = nh3.clean(
        str(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        clean_content_tags={"script", "style"},
    )
    # Wagtail's rich-text rewriter only recognises self-closed <embed .../> tags.
    return _EMBED_OPEN.sub(r"<embed\1/>", cleaned)


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
