"""The printable booklets as served: plain values read from the module and course pages, and the PDF kept in the
cache per published revision, so repeated downloads and the size on the link cost no rendering."""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText, expand_db_html

from core.dates import format_long_date

from . import booklet
from .models import ModulePage

TIMEOUT = 60 * 60 * 24 * 30  # a key names one revision of everything printed, so it never needs purging
PAPERS = tuple(booklet.PAPERS)  # ("a5", "a4"); the first is the default


@functools.cache
def _code_version() -> str:
    """A changed renderer makes new booklets, as a new revision does."""
    return hashlib.sha256(Path(booklet.__file__).read_bytes()).hexdigest()[:12]


def _plain(item):
    """A block's value as plain data: rich text as front-end HTML, lists as lists, a document as its title."""
    if isinstance(item, RichText):
        return expand_db_html(item.source) if item.source else ""
    if isinstance(item, Sequence) and not isinstance(item, str):
        return [str(element) for element in item]
    if hasattr(item, "file") and hasattr(item, "title"):  # a Wagtail document (media file, document block)
        return item.title
    return "" if item is None else item


def _blocks(module: ModulePage) -> tuple[booklet.Block, ...]:
    found = []
    for block in module.body:
        value = block.value
        if hasattr(value, "items"):
            plain = {key: _plain(item) for key, item in value.items()}
        else:
            plain = {"html": _plain(value)}
        found.append(booklet.Block(block.block_type, plain))
    return tuple(found)


def _module(module: ModulePage, number: int, total: int) -> booklet.Module:
    heading = _("Modul %(n)s dari %(total)s · %(minutes)s menit") % {
        "n": number, "total": total, "minutes": module.estimated_minutes}
    return booklet.Module(title=module.title, heading=heading, summary=module.summary,
                          competency=module.competency, blocks=_blocks(module))


def _common(course, page, request) -> dict:
    return {
        # A module's booklet names its course; a course's booklet its topic.
        "kicker": f"{course.code} · {course.title if page is not course else course.get_topic_display()}",
        "helplines": tuple((str(line["name"]), line["number"]) for line in settings.PELITA_HELPLINES),
        "source_url": page.get_full_url(request) or "",
        "printed_on": format_long_date(timezone.localdate(), get_language() or "id"),
    }


def _stamp(page) -> tuple:
    """What changes whenever the page's published content does (publishing makes a new live revision)."""
    published = page.last_published_at.timestamp() if page.last_published_at else None
    return page.pk, page.live_revision_id, published, page.title


class Source:
    """One booklet: its cache key parts and how to build its content when it is not cached yet."""

    def __init__(self, *, parts, build, filename: str):
        self.parts, self.build, self.filename = parts, build, filename

    def key(self, paper: str) -> str:
        helplines = [(str(line["name"]), line["number"]) for line in settings.PELITA_HELPLINES]
        raw = repr((self.parts, paper, get_language(), helplines, _code_version())).encode()
        return "pelita:booklet:" + hashlib.sha256(raw).hexdigest()[:40]

    def pdf(self, paper: str) -> bytes:
        key = self.key(paper)
        data = cache.get(key)
        if data is None:
            data = booklet.render_booklet(self.build(), paper)
            cache.set_many({key: data, key + ":size": len(data)}, TIMEOUT)
        return data

    def size(self, paper: str) -> int:
        """Bytes of the PDF: read from the cache (not the PDF itself); rendered once when not known yet."""
        size = cache.get(self.key(paper) + ":size")
        return size if size is not None else len(self.pdf(paper))

    def download_name(self, paper: str) -> str:
        return f"{self.filename}-{paper}.pdf"

    def link(self, url: str) -> dict:
        """What the page's download link shows: the default paper with its size, and the other papers."""
        size = self.size(PAPERS[0])
        return {"url": url, "paper": PAPERS[0].upper(), "size": size, "kilobytes": max(1, round(size / 1024)),
                "others": [(paper.upper(), f"{url}?ukuran={paper}") for paper in PAPERS[1:]]}


def module_source(*, module: ModulePage, view: dict, request) -> Source:
    """`view` is what courses.selectors.module_view returned for this module."""
    course, number, total = view["course"], view["module_number"], view["module_total"]

    def build():
        return booklet.Booklet(title=module.title, modules=(_module(module, number, total),),
                               **_common(course, module, request))

    name = slugify(f"buklet {course.code} modul {number} {module.title}")[:90].rstrip("-")
    return Source(parts=("module", _stamp(course), _stamp(module), number, total), build=build, filename=name)


def course_source(*, course, modules: list, request) -> Source:
    """`modules` are the course's live modules in order (as courses.selectors.course_outline lists them)."""

    def build():
        pages = list(ModulePage.objects.live().child_of(course).order_by("path"))
        return booklet.Booklet(
            title=course.title, summary=course.summary, outcomes=tuple(course.outcome_list),
            modules=tuple(_module(page, n, len(pages)) for n, page in enumerate(pages, start=1)),
            **_common(course, course, request))

    name = slugify(f"buklet {course.code} {course.title}")[:90].rstrip("-")
    return Source(parts=("course", _stamp(course), *(_stamp(m) for m in modules)), build=build, filename=name)
