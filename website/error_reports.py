"""The error mail sent to ADMINS: the traceback and the URL, not form values, query strings, cookies, local
variables or who was signed in (they may be a victim's story, a name or a phone number)."""
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """Every form value and local variable is hidden: they may be a victim's story, a name or a phone number."""

    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        return {key: self.cleansed_substitute for key in request.POST}

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class PrivateExceptionReporter(ExceptionReporter):
    """The error report says which user id hit the error, never their name or email, and no query values."""

    HIDDEN_META = ("QUERY_STRING", "HTTP_REFERER", "HTTP_COOKIE", "REMOTE_ADDR", "HTTP_X_FORWARDED_FOR",
                   "HTTP_X_REAL_IP", "HTTP_AUTHORIZATION")

    def get_traceback_data(self):
        data = super().get_traceback_data()
        if not self.filter.is_active(self.request) or self.request is None:
            return data
        hidden = self.filter.cleansed_substitute
        user = getattr(self.request, "user", None)
        if "user_str" in data:
            data["user_str"] = f"id={user.pk}" if getattr(user, "pk", None) else "anonymous"
        for key in ("request_GET_items", "request_COOKIES_items"):
            if key in data:
                data[key] = [(name, hidden) for name, _value in data[key]]
        if "request_FILES_items" in data:
            data["request_FILES_items"] = [(name, hidden) for name, _value in data["request_FILES_items"]]
        if isinstance(data.get("request_meta"), dict):
            data["request_meta"] = {k: (hidden if k in self.HIDDEN_META else v)
                                    for k, v in data["request_meta"].items()}
        if "request_insecure_uri" in data:
            data["request_insecure_uri"] = self.request.build_absolute_uri(self.request.path) \
                if hasattr(self.request, "build_absolute_uri") else hidden
        return data
