"""Reads the demo's data files under demo/content/ (the layout is described in demo/content/README.md).

Only reading and shape checks here: what the files say is turned into pages by `demo.loader`.
"""
from pathlib import Path

import yaml

from courses.models import ModulePage

CONTENT = Path(__file__).resolve().parent / "content"
COURSES = CONTENT / "courses"
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same safe subset, some 20 times faster in C


class ContentError(ValueError):
    """A demo data file that does not have the expected shape (named in the message)."""


def _read(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{path.relative_to(CONTENT)}: {error}") from error


def site() -> dict:
    """The catalogue page (with its course folders, in order) and the standard pages."""
    return _read(CONTENT / "site.yaml")


def bank_path(code: str) -> Path:
    """The course's GIFT question bank (it may be absent: the course then has no quizzes)."""
    return COURSES / code.lower() / "questions.gift"


def module(folder: Path, slug: str) -> dict:
    """One module file; its `body` becomes the (block type, value) pairs a StreamField takes."""
    path = folder / f"{slug}.yaml"
    data = _read(path)
    body = []
    for block in data.pop("body", None) or []:
        if not isinstance(block, dict) or len(block) != 1:
            raise ContentError(f"{path.relative_to(CONTENT)}: each body entry is one `block_type: value`, "
                               f"found {block!r:.80}")
        kind = next(iter(block))
        if kind not in ModulePage.body.field.stream_block.child_blocks:  # Wagtail would drop it without a word
            raise ContentError(f"{path.relative_to(CONTENT)}: unknown block type {kind!r}")
        body.extend(block.items())
    return {"slug": slug, **data, "body": body}


def course(name: str) -> dict:
    """A course folder: course.yaml with its module files read in the order it lists them."""
    folder = COURSES / name
    data = _read(folder / "course.yaml")
    listed = data.get("modules") or []
    unlisted = {p.stem for p in folder.glob("*.yaml")} - set(listed) - {"course"}
    if unlisted:  # a module file nobody loads is a mistake, not a draft
        raise ContentError(f"courses/{name}: module files not listed in course.yaml: {sorted(unlisted)}")
    data["modules"] = [module(folder, slug) for slug in listed]
    return data


def course_data() -> list[dict]:
    """Every demo course, in catalogue order."""
    return [course(name) for name in site()["catalogue"]["courses"]]
