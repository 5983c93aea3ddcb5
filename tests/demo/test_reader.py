"""The demo's data files are read in the order course.yaml gives, and a malformed file is refused by name."""
import ast
from pathlib import Path

import pytest

from demo import reader
from demo.reader import ContentError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def content(tmp_path, monkeypatch):
    """An empty content folder with one course `x`, in place of demo/content."""
    monkeypatch.setattr(reader, "CONTENT", tmp_path)
    monkeypatch.setattr(reader, "COURSES", tmp_path / "courses")
    (tmp_path / "courses" / "x").mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("catalogue: {courses: [x]}\npages: []\n", encoding="utf-8")
    return tmp_path / "courses" / "x"


def test_modules_in_listed_order_with_blocks_as_pairs(content):
    (content / "course.yaml").write_text("code: X\nmodules: [b, a]\n", encoding="utf-8")
    (content / "a.yaml").write_text("title: A\nbody:\n- rich_text: |\n    <p>a</p>\n", encoding="utf-8")
    (content / "b.yaml").write_text(
        "title: B\nbody:\n- glossary: {term: T, definition: D}\n- rich_text: <p>b</p>\n", encoding="utf-8")
    [course] = reader.course_data()
    assert [m["slug"] for m in course["modules"]] == ["b", "a"]
    assert course["modules"][0]["body"] == [("glossary", {"term": "T", "definition": "D"}), ("rich_text", "<p>b</p>")]
    assert course["modules"][1]["body"] == [("rich_text", "<p>a</p>\n")]
    assert reader.bank_path("X") == content / "questions.gift"


@pytest.mark.parametrize("body, message", [
    ("- rich_text: <p>a</p>\n  glossary: {term: T, definition: D}\n", "one `block_type: value`"),
    ("- richtext: <p>a</p>\n", "unknown block type 'richtext'"),
])
def test_malformed_body_is_refused_with_the_file_name(content, body, message):
    (content / "course.yaml").write_text("code: X\nmodules: [a]\n", encoding="utf-8")
    (content / "a.yaml").write_text(f"title: A\nbody:\n{body}", encoding="utf-8")
    with pytest.raises(ContentError, match=message) as error:
        reader.course_data()
    assert "courses/x/a.yaml" in str(error.value)


def test_module_file_not_listed_is_refused(content):
    (content / "course.yaml").write_text("code: X\nmodules: [a]\n", encoding="utf-8")
    (content / "a.yaml").write_text("title: A\n", encoding="utf-8")
    (content / "forgotten.yaml").write_text("title: F\n", encoding="utf-8")
    with pytest.raises(ContentError, match="forgotten"):
        reader.course_data()


def test_shipped_content_reads():
    courses = reader.course_data()
    assert [c["code"] for c in courses] == ["PRL", "HPA", "MED", "ADV", "TIC", "MK"]
    assert all(reader.bank_path(c["code"]).exists() for c in courses)
    assert {q["slug"] for c in courses for q in c["quizzes"]} == {"pre-test", "post-test", "ujian-akhir"}


def test_no_app_imports_the_demo():
    """The demo is the top layer: only tests may import it (website's settings name it as a string)."""
    importers = []
    packages = [d for d in ROOT.iterdir() if (d / "__init__.py").exists() and d.name not in ("demo", "tests")]
    assert {"website", "courses"} <= {d.name for d in packages}
    for path in (p for d in packages + [ROOT / "bench"] for p in d.rglob("*.py") if "migrations" not in p.parts):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(name == "demo" or name.startswith("demo.") for name in names):
                importers.append(str(path.relative_to(ROOT)))
    assert importers == []
