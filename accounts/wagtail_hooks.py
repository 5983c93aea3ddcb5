"""Agencies in the Wagtail admin: administrators manage every agency; staff see and tidy only their own."""
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .models import Agency
from .permissions import AgencyPermissionPolicy, ScopedViewSetMixin

register_permission_policy(Agency, AgencyPermissionPolicy(Agency))

# What identifies an agency or signs in its name: only a superuser changes it. The form drops these fields
# for anyone else (Wagtail's PermissionedForm), so a crafted POST cannot change them either.
ADMIN_ONLY = "superuser"


class AgencyViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Lembaga")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "code", "region"]
    search_fields = ["name", "code"]
    panels = [
        FieldPanel("name", permission=ADMIN_ONLY), FieldPanel("kind", permission=ADMIN_ONLY),
        FieldPanel("code", permission=ADMIN_ONLY), FieldPanel("region", permission=ADMIN_ONLY),
        FieldPanel("address"), FieldPanel("logo"),
        MultiFieldPanel([FieldPanel("signatory_name", permission=ADMIN_ONLY),
                         FieldPanel("signatory_nip", permission=ADMIN_ONLY),
                         FieldPanel("signatory_position", permission=ADMIN_ONLY),
                         FieldPanel("signature", permission=ADMIN_ONLY)],
                        heading=_("Penanda tangan sertifikat"), permission=ADMIN_ONLY),
        FieldPanel("certificate_number_format", permission=ADMIN_ONLY),
    ]


@hooks.register("register_admin_viewset")
def register_agency_viewset():
    return AgencyViewSet("agencies")
