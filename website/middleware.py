"""Site-wide middleware: the language the person chose, and the Content-Security-Policy header.

Indonesian first: the language is Bahasa Indonesia unless the person chose English with the switch.

Django's LocaleMiddleware would follow the browser's Accept-Language, so a phone set to English would open
Pelita in English even though the agencies' working language (and most course content) is Indonesian.
"""
from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy everywhere; on the Wagtail admin, which renders some inline scripts itself (panels,
    date pickers) and frames its own previews, inline scripts, blob: image previews and same-origin framing
    are allowed too. Front-end pages keep the strict policy. (Extending get_policy_parts is django-csp's
    documented way to vary the policy.)"""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE], "img-src": ["blob:"]}
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
