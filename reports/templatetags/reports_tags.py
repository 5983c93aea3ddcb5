"""Template helpers for reports: who sees the "Laporan" link, and table cells shown the same way everywhere."""
import datetime as dt
from urllib.parse import quote

from django import template
from django.utils.formats import date_format, localize, number_format
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from accounts.selectors import header_links
from reports.selectors import report_scope

register = template.Library()


@register.filter
def can_see_reports(user) -> bool:
    # The header's kept links answer first: no role means no reports, without a query on every page.
    return bool(header_links(user)["training"]) and report_scope(user) is not None


@register.filter
def report_cell(value):
    """A table cell: dates in the reader's language with the ISO date kept machine-readable, one decimal for
    averages, a dash for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return format_html('<time datetime="{}">{}</time>', value.isoformat(), date_format(value, "j F Y"))
    if isinstance(value, float):
        return number_format(value, 1)
    return value


@register.simple_tag
def report_rows(table, drill_query: str = ""):
    """The <tr>s of a dashboard table (what `_table.html` looped over cell by cell): a province's table holds
    thousands of cells, and this is some 20x faster than the template loop. A region code in the link column
    becomes a drill-down link keeping the other filters."""
    numeric = table.numeric_columns
    link_start = "?" + (escape(drill_query) + "&amp;" if drill_query else "") + "wilayah="
    link_title = escape(_("Lihat rincian wilayah ini"))
    rows = []
    for row in table.rows:
        cells = []
        for index, cell in enumerate(row):
            if index == table.link_column and cell:
                cells.append(f'<td><a href="{link_start}{escape(quote(str(cell), safe="/"))}" title="{link_title}">'
                             f"{escape(cell)}</a></td>")
            else:
                shown = str(cell) if type(cell) is int else conditional_escape(localize(report_cell(cell)))
                cells.append(f'<td class="num">{shown}</td>' if index in numeric else f"<td>{shown}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        rows.append(f'<tr><td colspan="{len(table.headers)}">{escape(_("Belum ada data."))}</td></tr>')
    return mark_safe("\n".join(rows))
