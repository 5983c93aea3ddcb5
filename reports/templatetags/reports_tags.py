"""Template helpers for reports: who sees the "Laporan" link, and table cells shown the same way everywhere."""
import datetime as dt

from django import template
from django.utils.formats import date_format, number_format
from django.utils.html import format_html

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
