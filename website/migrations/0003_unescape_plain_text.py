"""The home page headline was stored HTML-escaped; store it as typed (templates escape on output)."""
import html

from django.db import migrations


def unescape(apps, schema_editor):
    HomePage = apps.get_model("website", "HomePage")
    for page in HomePage.objects.all():
        HomePage.objects.filter(pk=page.pk).update(headline=html.unescape(page.headline or ""))
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="website", model="homepage").first()
    for revision in Revision.objects.filter(content_type=content_type).iterator() if content_type else []:
        content = revision.content or {}
        if isinstance(content.get("headline"), str):
            content["headline"] = html.unescape(content["headline"])
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [("website", "0002_create_homepage"), ("contenttypes", "0002_remove_content_type_name")]
    operations = [migrations.RunPython(unescape, migrations.RunPython.noop)]
