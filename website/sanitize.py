"""The one place where user- and author-supplied HTML is cleaned (built on nh3).

Everything that stores HTML (rich-text blocks, page fields, forms) calls `clean_html` before saving, so
nothing unsafe is ever stored, whatever renders it later. This module imports no app of the project, so
every app may use it.
"""
from __future__ import annotations

import re

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
    """Plain text: strip every tag (for fields rendered as text that must never carry markup)."""
    if not text:
        return ""
    return nh3.clean(str(text), tags=set(), attributes={}, strip_comments=True,
                     clean_content_tags={"script", "style"})
