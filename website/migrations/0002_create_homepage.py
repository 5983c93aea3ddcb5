"""Replace Wagtail's welcome page with Pelita's home page (as Wagtail's project template does)."""
from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("website.HomePage")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="website")
    locale = Locale.objects.order_by("pk").first()
    if locale is None:
        locale = Locale.objects.create(language_code="id")
    homepage = HomePage.objects.create(
        title="Pelita", draft_title="Pelita", slug="home", content_type=content_type, path="00010001",
        depth=2, numchild=0, url_path="/home/", locale_id=locale.pk,
        headline="Belajar melindungi perempuan dan anak",
        intro="<p>Kursus daring untuk paralegal, Satgas PPA, Relawan SAPA, PATBM dan pendamping korban.</p>",
    )
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", root_page=homepage, is_default_site=True, site_name="Pelita")


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
