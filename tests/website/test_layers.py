"""The shape of the code: what is installed is used, and apps import downward only (pyproject's import-linter
contract)."""
from django.conf import settings


def test_unused_apps_are_not_installed():
    # Django's admin is replaced by Wagtail's; forms pages are not used; embeds would fetch from other sites,
    # which the no-external-requests rule forbids.
    for app in ("django.contrib.admin", "wagtail.contrib.forms", "wagtail.embeds"):
        assert app not in settings.INSTALLED_APPS


def test_apps_import_downward_only():
    # demo > website > reports > certificates > assessments | cohorts > courses > accounts > core: the contract in
    # pyproject.toml, checked on the code as it is (function-level imports included).
    from importlinter import cli

    assert cli.lint_imports(config_filename=str(settings.BASE_DIR / "pyproject.toml"), no_cache=True,
                           no_logo=True) == cli.EXIT_STATUS_SUCCESS


def test_no_app_module_over_400_lines():
    # A module that grows past ~400 lines holds more than one concern: split it (CONVENTIONS.md).
    # Migrations and the demo content are data, not code.
    root = settings.BASE_DIR
    apps = ("core", "accounts", "courses", "assessments", "cohorts", "certificates", "reports", "website")
    long = {str(path.relative_to(root)): lines for app in apps for path in (root / app).rglob("*.py")
            if not {"migrations", "demo"} & set(path.relative_to(root).parts)
            and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long
