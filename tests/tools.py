"""System tools and shared fixtures a test needs: missing ones skip on a laptop and FAIL in CI (CI set)."""

import os
import shutil

import pytest


def missing(reason: str) -> None:
    """Skip locally; in CI a missing tool or fixture must fail the run, not hide a whole test."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: install it rather than skipping)", pytrace=False)
    pytest.skip(reason)


def require(*tools: str) -> None:
    absent = [tool for tool in tools if not shutil.which(tool)]
    if absent:
        missing(f"{', '.join(absent)} not installed")


def present(*tools: str) -> bool:
    """For optional extra checks inside a test: False when a tool is absent locally, a failure in CI."""
    absent = [tool for tool in tools if not shutil.which(tool)]
    if absent and os.environ.get("CI"):
        pytest.fail(f"{', '.join(absent)} not installed (CI is set: install it rather than skipping)", pytrace=False)
    return not absent
