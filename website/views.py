"""Site search over published courses and modules, and where a person lands after signing in."""
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from wagtail.models import Page

from courses.models import CoursePage, ModulePage


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().type(CoursePage, ModulePage).specific().search(query)
    page = Paginator(results, 20).get_page(request.GET.get("halaman"))
    return render(request, "website/search.html", {"query": query, "results": page})


@login_required
def after_sign_in(request):
    """Agency staff (and administrators) work from their dashboard; everyone else from their own learning."""
    from reports.selectors import report_scope

    if report_scope(request.user) is not None:
        return redirect("reports:dashboard")
    return redirect("courses:my_learning")
