from django.conf import settings

from accounts import shared_phone


def site_shell(request):
    return {"helplines": settings.PELITA_HELPLINES, "quick_exit_url": settings.PELITA_QUICK_EXIT_URL,
            "shared_phone": shared_phone.is_shared(request), "shared_phone_idle": shared_phone.idle_seconds()}
