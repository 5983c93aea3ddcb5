"""Give open attempts' snapshots per-attempt option tokens (the form no longer sends bank positions).

Graded attempts need none: their stored answers are in bank terms and never go back to a browser.
"""
import secrets

from django.db import migrations


def _tokens(n):
    tokens = []
    while len(tokens) < n:
        token = "o" + secrets.token_hex(6)  # never all digits: never mistaken for a position
        if token not in tokens:
            tokens.append(token)
    return tokens


def add_tokens(apps, schema_editor):
    Attempt = apps.get_model("assessments", "Attempt")
    for attempt in Attempt.objects.filter(status="in_progress").iterator():
        changed = False
        for entry in attempt.snapshot:
            question = entry.get("question", {})
            kind = question.get("type")
            if "tokens" in entry or kind not in ("single", "multiple", "matching"):
                continue
            if kind == "matching":
                pairs = question.get("pairs", [])
                order = [i for i in entry.get("choice_order") or range(len(pairs))
                         if i < len(pairs) and (pairs[i].get("question") or "").strip()]
                rights = sorted({p["answer"] for p in pairs}, key=lambda text: (text.casefold(), text))
                tokens = _tokens(len(pairs) + len(rights))
                entry.update(choice_order=order, tokens=tokens[:len(pairs)],
                             rights=[{"token": t, "text": r} for t, r in zip(tokens[len(pairs):], rights)])
            else:
                n = len(question.get("answers", []))
                entry.update(choice_order=entry.get("choice_order") or list(range(n)), tokens=_tokens(n))
            changed = True
        if changed:
            attempt.save(update_fields=["snapshot"])


class Migration(migrations.Migration):
    dependencies = [("assessments", "0001_initial")]
    operations = [migrations.RunPython(add_tokens, migrations.RunPython.noop)]
