"""Home and standard pages."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.sanitize import clean_rich_text_fields, clean_text


class HomePage(Page):
    headline = models.CharField(_("judul utama"), max_length=200, blank=True)
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("headline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("beranda")

    def clean(self):
        super().clean()
        clean_rich_text_fields(self)
        self.headline = clean_text(self.headline)

    def get_context(self, request, *args, **kwargs):
        from courses.models import CourseIndexPage
        from courses.selectors import catalogue_courses

        context = super().get_context(request, *args, **kwargs)
        catalogue = CourseIndexPage.objects.live().child_of(self).first()
        context["catalogue"] = catalogue
        context["courses"] = catalogue_courses(index=catalogue, user=request.user)[:6] if catalogue else []
        return context


class StandardPage(Page):
    body = RichTextField(_("isi"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["website.HomePage", "website.StandardPage"]

    class Meta:
        verbose_name = _("halaman biasa")

    def clean(self):
        super().clean()
        clean_rich_text_fields(self)
