"""Plain-text fields were stored HTML-escaped ("usia &lt; 18 &amp; x"); store them as typed (templates escape).

Covers the course and module text fields, the plain parts of module lesson blocks, and the pages' revisions
(so a draft or an older revision published later does not bring the escaping back). Every stored value was
escaped exactly once, so unescaping once restores what the author typed.
"""
import html
import json

from django.db import migrations
from wagtail.blocks import StreamValue

PAGE_FIELDS = {"coursepage": ("summary", "audience", "outcomes"), "modulepage": ("summary", "competency")}
# Plain (not rich-text) parts of each lesson block, from core.blocks at the time of this migration.
BLOCK_FIELDS = {
    "legal_provision": ("statute", "article", "text", "note"),
    "key_points": ("title", "points"),
    "case_study": ("title", "questions"),
    "scenario": ("question",),
    "content_warning": ("message",),
    "media": ("title", "duration", "low_bandwidth_note"),
    "document": ("description",),
    "glossary": ("term", "definition"),
}


def _plain(value):
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, list):  # a ListBlock: raw strings or {"type": "item", "value": ...}
        return [dict(item, value=_plain(item.get("value"))) if isinstance(item, dict) else _plain(item)
                for item in value]
    return value


def _stream(data):
    """(data with plain block fields unescaped, changed?) for a StreamField's raw JSON (list or string)."""
    as_text = isinstance(data, str)
    blocks = json.loads(data) if as_text and data else data
    if not isinstance(blocks, list):
        return data, False
    changed = False
    for block in blocks:
        keys = BLOCK_FIELDS.get(block.get("type")) if isinstance(block, dict) else None
        value = block.get("value") if keys else None
        if not isinstance(value, dict):
            continue
        for key in keys:
            if key in value:
                new = _plain(value[key])
                changed |= new != value[key]
                value[key] = new
    return (json.dumps(blocks) if as_text else blocks), changed


def unescape(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for model_name, fields in PAGE_FIELDS.items():
        Model = apps.get_model("courses", model_name)
        for page in Model.objects.all():
            for field in fields:
                setattr(page, field, html.unescape(getattr(page, field) or ""))
            values = {field: getattr(page, field) for field in fields}
            if model_name == "modulepage":
                raw, changed = _stream([dict(block) for block in page.body.raw_data])
                if changed:
                    values["body"] = StreamValue(page.body.stream_block, raw, is_lazy=True)
            Model.objects.filter(pk=page.pk).update(**values)
        content_type = ContentType.objects.filter(app_label="courses", model=model_name).first()
        if content_type is None:
            continue
        for revision in Revision.objects.filter(content_type=content_type).iterator():
            content = revision.content or {}
            for field in fields:
                if isinstance(content.get(field), str):
                    content[field] = html.unescape(content[field])
            if "body" in content:
                content["body"], _changed = _stream(content["body"])
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_coursepage_certificate_language_and_more"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(unescape, migrations.RunPython.noop)]
