"""The code passes ruff as configured in pyproject.toml, so `bash bin/test` enforces the lint."""
import subprocess
import sys

from django.conf import settings


def ruff(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", *args],
        cwd=settings.BASE_DIR, input=stdin, capture_output=True, text=True,
    )


def test_ruff_finds_nothing():
    result = ruff(".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reads_the_project_config():
    # The project's apps count as first-party: placed among the third-party imports, ruff objects.
    misplaced = "import django\nimport accounts\nimport wagtail\n\nprint(django, accounts, wagtail)\n"
    result = ruff("--stdin-filename", "courses/example.py", "-", stdin=misplaced)
    assert result.returncode == 1 and "I001" in result.stdout, result.stdout + result.stderr
    ordered = "import django\nimport wagtail\n\nimport accounts\n\nprint(django, accounts, wagtail)\n"
    result = ruff("--stdin-filename", "courses/example.py", "-", stdin=ordered)
    assert result.returncode == 0, result.stdout + result.stderr
