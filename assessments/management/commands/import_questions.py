"""Import a GIFT or Aiken file into the question bank (all or nothing), or just parse it (--dry-run/--json)."""
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessments import aiken, gift, services

JSON_KEYS = ("type", "title", "text", "category", "answers", "pairs", "general_feedback")


def question_json(question, default_category: str) -> dict:
    data = question.to_json()
    data["category"] = data.get("category") or default_category
    out = {key: data[key] for key in JSON_KEYS if key in data}
    if question.type != "numerical":  # numeric bounds only mean something on numerical answers
        out["answers"] = [{k: a[k] for k in ("text", "fraction", "feedback")} for a in data["answers"]]
    return out


class Command(BaseCommand):
    help = gettext_lazy("Impor soal dari berkas GIFT atau Aiken ke bank soal.")

    def add_arguments(self, parser):
        parser.add_argument("path", help=gettext_lazy("Berkas soal (teks UTF-8)"))
        parser.add_argument("--format", choices=["gift", "aiken"], default="gift",
                            help=gettext_lazy("Format berkas (gift atau aiken)"))
        parser.add_argument("--category", default="", help=gettext_lazy("Kategori untuk soal tanpa $CATEGORY"))
        parser.add_argument("--dry-run", action="store_true", help=gettext_lazy("Periksa saja, jangan simpan"))
        parser.add_argument("--json", action="store_true",
                            help=gettext_lazy("Cetak soal sebagai JSON (tidak menyimpan)"))
        parser.add_argument("--only-valid", action="store_true",
                            help=gettext_lazy("Impor soal yang valid walaupun ada soal lain yang salah"))

    def handle(self, *args, path, format, category, dry_run, json: bool, only_valid, **options):
        try:
            with open(path, encoding="utf-8-sig") as handle:
                text = handle.read()
        except OSError as exc:
            raise CommandError(_("berkas %(path)s tidak dapat dibaca: %(reason)s")
                               % {"path": path, "reason": exc.strerror}) from None
        except UnicodeDecodeError:
            raise CommandError(_("%(path)s: bukan teks UTF-8") % {"path": path}) from None
        parser = gift.parse_gift if format == "gift" else aiken.parse_aiken
        result = parser(text, default_category=category)
        labels = {"error": _("kesalahan"), "unsupported": _("tidak didukung"), "warning": _("perhatian")}
        for problem in result.problems:
            self.stderr.write(_("baris %(line)d: %(kind)s: %(message)s")
                              % {"line": problem.line, "kind": labels.get(problem.kind, problem.kind),
                                 "message": problem.message})
        if result.errors and not only_valid:
            raise CommandError(_("%(n)d kesalahan; tidak ada soal yang diimpor") % {"n": len(result.errors)})
        if json:
            self.stdout.write(_dumps([question_json(q, category) for q in result.questions]))
            return
        if dry_run:
            self.stdout.write(_("%(n)d soal valid; tidak ada yang disimpan (--dry-run).")
                              % {"n": len(result.questions)})
            return
        created = services.questions_import(questions=result.questions, default_category=category)
        self.stdout.write(self.style.SUCCESS(_("%(n)d soal diimpor.") % {"n": len(created)}))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
