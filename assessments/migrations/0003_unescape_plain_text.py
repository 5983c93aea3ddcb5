"""Plain-text fields of the question bank were stored HTML-escaped, so "perempuan & anak" never matched a short
answer stored as "perempuan &amp; anak". Store them as typed (templates escape on output), including the
answers inside open attempts' snapshots, which grading reads. Each value was escaped exactly once.
"""
import html

from django.db import migrations


def _unescape_fields(Model, fields):
    for obj in Model.objects.all().iterator():
        values = {field: html.unescape(getattr(obj, field) or "") for field in fields}
        if any(values[field] != getattr(obj, field) for field in fields):
            Model.objects.filter(pk=obj.pk).update(**values)


def unescape(apps, schema_editor):
    _unescape_fields(apps.get_model("assessments", "Question"), ["title"])
    _unescape_fields(apps.get_model("assessments", "AnswerChoice"), ["text", "feedback"])
    _unescape_fields(apps.get_model("assessments", "MatchingPair"), ["left", "right"])
    Attempt = apps.get_model("assessments", "Attempt")
    for attempt in Attempt.objects.filter(status="in_progress").iterator():
        for entry in attempt.snapshot:
            question = entry.get("question", {})
            question["title"] = html.unescape(question.get("title") or "")
            for answer in question.get("answers", []):
                answer["text"] = html.unescape(answer.get("text") or "")
                answer["feedback"] = html.unescape(answer.get("feedback") or "")
            for pair in question.get("pairs", []):
                pair["question"] = html.unescape(pair.get("question") or "")
                pair["answer"] = html.unescape(pair.get("answer") or "")
            for right in entry.get("rights", []):
                right["text"] = html.unescape(right.get("text") or "")
        Attempt.objects.filter(pk=attempt.pk).update(snapshot=attempt.snapshot)


class Migration(migrations.Migration):
    dependencies = [("assessments", "0002_attempt_option_tokens")]
    operations = [migrations.RunPython(unescape, migrations.RunPython.noop)]
