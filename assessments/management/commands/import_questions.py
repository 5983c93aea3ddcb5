"""Import a GIFT or Aiken file into the question bank (all or nothing), or just parse it (--dry-run/--json)."""
import json
import sys

from django.core.management.base import BaseCommand, CommandError

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
    help = "Impor soal dari berkas GIFT atau Aiken ke bank soal."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--format", choices=["gift", "aiken"], default="gift")
        parser.add_argument("--category", default="", help="Kategori untuk soal tanpa $CATEGORY")
        parser.add_argument("--dry-run", action="store_true", help="Periksa saja, jangan simpan")
        parser.add_argument("--json", action="store_true", help="Cetak soal sebagai JSON (tidak menyimpan)")
        parser.add_argument("--only-valid", action="store_true",
                            help="Impor soal yang valid walaupun ada soal lain yang salah")

    def handle(self, *args, path, format, category, dry_run, json: bool, only_valid, **options):
        try:
            with open(path, encoding="utf-8-sig") as handle:
                text = handle.read()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path}: not UTF-8 text") from None
        parser = gift.parse_gift if format == "gift" else aiken.parse_aiken
        result = parser(text, default_category=category)
        for problem in result.problems:
            prefix = "" if problem.kind == "error" else "unsupported: "
            self.stderr.write(f"{prefix}{problem}")
        if result.errors and not only_valid:
            raise CommandError(f"{len(result.errors)} error(s); nothing imported")
        if json:
            self.stdout.write(_dumps([question_json(q, category) for q in result.questions]))
            return
        if dry_run:
            self.stdout.write(f"{len(result.questions)} soal valid; tidak ada yang disimpan (--dry-run).")
            return
        created = services.questions_import(questions=result.questions, default_category=category)
        self.stdout.write(self.style.SUCCESS(f"{len(created)} soal diimpor."))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
