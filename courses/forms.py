"""The course page's editor form: a course can be put only under the signature of an agency its editor acts for."""
from wagtail.admin.forms import WagtailAdminPageForm

from accounts.selectors import agencies_for


class CoursePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("issuing_agency")
        if field is not None and self.for_user is not None:
            field.queryset = agencies_for(self.for_user)
