"""Number columns line up under their headings: heading and every cell of a number column align right, a dash
for "no value" included."""
import re

from django.template.loader import render_to_string

from reports.tables import Table


def test_number_columns_align_with_their_headings():
    table = Table("gain", "Pre-test dan post-test", ["Pelatihan", "Pre-test (%)", "Post-test (%)", "n"],
                  [["Paralegal Banjarmasin", 41.5, None, 12], ["Manajemen Kasus Paser", None, 77.0, 8]])
    html = render_to_string("reports/_table.html", {"table": table})
    headings = re.findall(r"<th scope=\"col\"( class=\"num\")?>", html)
    assert [bool(h) for h in headings] == [False, True, True, True]
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S)[1:]:
        cells = re.findall(r"<td( class=\"num\")?>", row)
        assert [bool(c) for c in cells] == [False, True, True, True], row
