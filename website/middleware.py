"""Indonesian first: the language is Bahasa Indonesia unless the person chose English with the switch.

Django's LocaleMiddleware would follow the browser's Accept-Language, so a phone set to English would open
Pelita in English even though the agencies' working language (and most course content) is Indonesian.
"""
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
