"""A region picker that searches on the server as the person types, so a phone never loads the list."""
from django import forms
from django.urls import reverse_lazy


class RegionSearchInput(forms.TextInput):
    template_name = "accounts/widgets/region_search.html"

    def __init__(self, level=None, attrs=None):
        attrs = {"autocomplete": "off", "data-region-search": reverse_lazy("accounts:region_search"),
                 **(attrs or {})}
        if level:
            attrs["data-level"] = str(level)
        super().__init__(attrs)

    def format_value(self, value):
        from .models import Region

        if isinstance(value, Region):
            return region_label(value)
        if value and isinstance(value, str) and value.count(".") == 3 and "[" not in value:
            region = Region.objects.filter(code=value).first()
            return region_label(region) if region else value
        return super().format_value(value)


def region_label(region) -> str:
    return f"{region.full_name} [{region.code}]"
