"""Site search over published courses and modules."""
from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from courses.models import CoursePage, ModulePage


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().type(CoursePage, ModulePage).specific().search(query)
    page = Paginator(results, 20).get_page(request.GET.get("halaman"))
    return render(request, "website/search.html", {"query": query, "results": page})
