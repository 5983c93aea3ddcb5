"""The plain shape of a question, shared by the GIFT/Aiken parsers, the question bank, attempt snapshots and
grading. No ORM here: these are the values that travel between the pure modules.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching")
FORMATS = ("html", "markdown", "plain", "moodle")


@dataclass
class Answer:
    text: str                      # the choice as written (for truefalse: "true" / "false")
    fraction: float                # -1.0 .. 1.0 (share of the question's mark)
    feedback: str = ""
    # numerical answers only: either value with tolerance (value ± tolerance) or an inclusive range
    value: float | None = None
    tolerance: float | None = None
    min: float | None = None
    max: float | None = None


@dataclass
class Pair:
    """A matching pair; an empty `question` is a distractor answer."""

    question: str
    answer: str


@dataclass
class Question:
    type: str                      # one of TYPES
    title: str = ""
    text: str = ""
    text_format: str = "html"      # one of FORMATS (GIFT's [html] [markdown] [plain] [moodle])
    category: str = ""
    answers: list[Answer] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    general_feedback: str = ""
    idnumber: str = ""
    tags: list[str] = field(default_factory=list)
    line: int = 0                  # first line of the question in its source file (0 when not parsed)

    def to_json(self) -> dict:
        """The JSON object `import_questions --json` prints (and an attempt snapshot stores)."""
        data = asdict(self)
        data.pop("line")
        for answer in data["answers"]:
            for key in ("value", "tolerance", "min", "max"):
                if answer[key] is None:
                    del answer[key]
        if self.type != "matching":
            data.pop("pairs")
        return data

    @classmethod
    def from_json(cls, data: dict) -> Question:
        data = dict(data)
        data["answers"] = [Answer(**a) for a in data.get("answers", [])]
        data["pairs"] = [Pair(**p) for p in data.get("pairs", [])]
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class Problem:
    """Something in a file that was not imported: an error (invalid) or an unsupported question type."""

    line: int
    message: str                   # in Indonesian, e.g. "jawaban tidak ditutup dengan }"
    kind: str = "error"            # "error" | "unsupported" | "warning" (imported, but worth a look)
    title: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ParseResult:
    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def unsupported(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "unsupported"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "warning"]

    @property
    def is_valid(self) -> bool:
        """No errors. Unsupported question types are reported but do not make a file invalid."""
        return not self.errors
