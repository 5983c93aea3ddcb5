"""Certificates in the Wagtail admin: the register for staff, revoke/re-issue, trainers' sign-off; what
certificates add to the course page, "my learning" and the course requirements (a trainer's sign-off)."""
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem  # the listing's "more" menu items (not the sidebar's)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from accounts.permissions import AgencyScopedPermissionPolicy, ScopedViewSetMixin
from courses.selectors import courses_for

from . import admin_views, selectors
from .models import Certificate

hooks.register("pelita_course_requirements", selectors.signoff_requirements, order=20)
hooks.register("pelita_course_panels", selectors.course_certificate_panel)
hooks.register("pelita_my_learning", selectors.annotate_learning)

# The staff role may revoke and re-issue certificates, but only those of the agencies its holder acts for.
register_permission_policy(Certificate, AgencyScopedPermissionPolicy(Certificate, agency_field="agency"))


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        edit_url = self.get_edit_url(instance)
        buttons = [b for b in super().get_list_more_buttons(instance) if not edit_url or b.url != edit_url]
        buttons.append(MenuItem(_("Halaman verifikasi"), instance.get_absolute_url(), icon_name="view", priority=5))
        if instance.status == Certificate.Status.VALID and \
                self.request.user.has_perm("certificates.change_certificate"):
            buttons.append(MenuItem(_("Cabut"), reverse("certificates_admin:revoke", args=(instance.pk,)),
                                    icon_name="cross", priority=20))
        if instance.status != Certificate.Status.SUPERSEDED and \
                self.request.user.has_perm("certificates.change_certificate"):
            buttons.append(MenuItem(_("Terbitkan ulang"), reverse("certificates_admin:reissue", args=(instance.pk,)),
                                    icon_name="redirect", priority=30))
        return buttons


class CertificateViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Certificate
    index_view_class = CertificateIndexView
    icon = "success"
    menu_label = _("Sertifikat")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["number", "holder_name", "course_title", "agency", "issued_on", "status",
                    Column("code", label=_("kode"))]
    list_filter = ["status", "agency", "course_code", "issued_on"]
    search_fields = ["number", "holder_name", "code", "course_title"]
    inspect_view_enabled = True
    form_fields = []  # certificates are issued by the service, never typed in

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/cabut/", admin_views.certificate_action, {"action": "revoke"}, name="revoke"),
            path("<int:pk>/terbit-ulang/", admin_views.certificate_action, {"action": "reissue"}, name="reissue"),
        ]


certificate_viewset = CertificateViewSet("certificates_admin")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


@hooks.register("register_admin_urls")
def register_signoff_urls():
    return [path("sertifikat/persetujuan/<int:course_id>/", admin_views.signoff_list, name="certificates_signoff")]


@hooks.register("register_page_header_buttons")
def signoff_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    if (page.specific_class.__name__ == "CoursePage" and user.has_perm("certificates.add_trainersignoff")
            and courses_for(user).filter(pk=page.pk).exists()):
        yield Button(_("Penilaian fasilitator"), reverse("certificates_signoff", args=(page.pk,)), icon_name="success",
                     priority=60)
