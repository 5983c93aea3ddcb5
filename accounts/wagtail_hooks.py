"""Agencies and regions in the Wagtail admin."""
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail import hooks

from .models import Agency


class AgencyViewSet(ModelViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Lembaga")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "code", "region"]
    search_fields = ["name", "code"]
    panels = [
        FieldPanel("name"), FieldPanel("kind"), FieldPanel("code"), FieldPanel("region"), FieldPanel("address"),
        FieldPanel("logo"),
        MultiFieldPanel([FieldPanel("signatory_name"), FieldPanel("signatory_nip"),
                         FieldPanel("signatory_position"), FieldPanel("signature")],
                        heading=_("Penanda tangan sertifikat")),
        FieldPanel("certificate_number_format"),
    ]


@hooks.register("register_admin_viewset")
def register_agency_viewset():
    return AgencyViewSet("agencies")
