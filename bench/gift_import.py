"""Benchmark: parse_gift() over a generated 1,000-question GIFT file of mixed types.

Run: .venv/bin/python bench/gift_import.py [--questions N] [--runs R]

Prints questions/second for parse_gift (best of R runs) beside a baseline measured in the same run on the
same text: a plain split on blank lines plus one regex scan per block (the least any GIFT reader must do),
and the ratio between them. Plain Python, no Django.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assessments.gift import parse_gift

TEMPLATES = [
    "// [tag:perlindungan-anak] [id:q{n}]\n::Soal {n}::Siapa yang wajib melapor kekerasan pada anak\\? {{\n"
    "\t=Setiap orang#Benar, UU 35/2014.\n\t~Hanya polisi#Bukan hanya polisi.\n\t~Hanya guru\n"
    "\t####Lihat modul 2.\n}}",
    "::Soal {n}::[html]<p>Pilih <b>dua</b> hak anak\\:</p>{{\n\t~%50%Pendidikan\n\t~%50%Perlindungan\n"
    "\t~%-100%Bekerja\n}}",
    "Anak berhak atas {{~hiburan =perlindungan ~upah}} dari kekerasan nomor {n}.",
    "::Soal {n}::Kekerasan psikis termasuk kekerasan.{{TRUE#Salah, itu termasuk.#Betul!}}",
    "::Soal {n}::Singkatan lembaga perlindungan anak? {{=KPAI =%50%K.P.A.I.#hampir}}",
    "::Soal {n}::Usia anak menurut UU (tahun, kurang dari)? {{#\n\t=18:0#Tepat\n\t=%50%17..19\n\t~#Bukan\n}}",
    "::Soal {n}::Pasangkan lembaga dan tugasnya. {{\n\t=KPAI -> pengawasan\n\t=UPTD PPA -> layanan\n"
    "\t=Polisi -> penyidikan\n\t= -> pengadilan\n}}",
]
BASELINE_RE = re.compile(r"::(.*?)::|\{(.*?)\}", re.S)


def make_gift(count: int) -> str:
    blocks = [TEMPLATES[n % len(TEMPLATES)].format(n=n) for n in range(count)]
    return "$CATEGORY: $course$/Bench\n\n" + "\n\n".join(blocks) + "\n"


def baseline(text: str) -> int:
    """Split into blocks and find each block's title and answer braces: a floor for any parser."""
    found = 0
    for block in text.split("\n\n"):
        if BASELINE_RE.search(block):
            found += 1
    return found


def best_of(runs: int, func, text: str) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    text = make_gift(args.questions)
    result = parse_gift(text)
    assert len(result.questions) == args.questions and not result.problems, result.problems[:3]

    parse_time = best_of(args.runs, parse_gift, text)
    base_time = best_of(args.runs, baseline, text)
    parse_rate, base_rate = args.questions / parse_time, args.questions / base_time
    print(f"GIFT file: {args.questions} questions, {len(text.encode()):,} bytes, best of {args.runs} runs")
    print(f"parse_gift : {parse_time * 1000:8.2f} ms  {parse_rate:12,.0f} questions/s")
    print(f"baseline   : {base_time * 1000:8.2f} ms  {base_rate:12,.0f} questions/s  (split + regex scan)")
    print(f"ratio      : parse_gift is {parse_time / base_time:.1f}x the baseline time")


if __name__ == "__main__":
    main()
