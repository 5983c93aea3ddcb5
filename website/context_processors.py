from django.conf import settings


def site_shell(request):
    return {"helplines": settings.PELITA_HELPLINES, "quick_exit_url": settings.PELITA_QUICK_EXIT_URL}
