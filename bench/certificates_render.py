"""Benchmark: certificate PDF rendering speed, per core.

Renders N complete certificates (embedded fonts, QR code, agency logo,
signature image, each with its own name, number and signed QR token) and a
baseline built the same number of times in the same run: a bare ReportLab
A4 page with one line of text. Prints certificates/second beside the
baseline and their ratio, so numbers from different machines compare.

Two modes:
  single : render_certificate() once per certificate (one PDF each: what a
           download or an email attachment costs);
  pack   : render_many() of all N (one PDF, one page per certificate: a
           cohort's print pack).

Single-threaded, so "per second" is per core. Usage:

    .venv/bin/python bench/certificates_render.py [N] [--profile]

Target: >= 100 certificates/s per core.
"""

from __future__ import annotations

import cProfile
import dataclasses
import datetime
import io
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from certificates import signing
from certificates.pdf import register_fonts, render_certificate, render_many
from certificates.qr import qr_matrix
from tests.certificates import sample

TARGET = 100.0
ROUNDS = 3


def make_items(n: int) -> list:
    """N distinct certificates: different names, numbers and signed tokens."""
    key = sample.issuer_key()
    base = sample.sample_data()
    names = sample.TRICKY_NAMES
    items = []
    for i in range(n):
        issued = datetime.date(2024, 8, 12)
        number = f"{i + 1:03d}/PRL/DP3A-BJM/VIII/2024"
        name = f"{names[i % len(names)]}"[:150]
        token = signing.sign_payload(sample.payload_for(number, name, issued), key)
        items.append(dataclasses.replace(base, number=number, holder_name=name, qr_payload=token))
    return items


def baseline(n: int) -> float:
    """Seconds for n bare A4 pages with one line of text, one PDF each."""
    start = time.perf_counter()
    for i in range(n):
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=A4)
        c.setFont("Helvetica", 12)
        c.drawString(72, 770, f"Baseline page {i}")
        c.showPage()
        c.save()
    return time.perf_counter() - start


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def render_each(items) -> None:
    for item in items:
        render_certificate(item)


def report(label: str, n: int, seconds: float, base_rate: float) -> None:
    rate = n / seconds
    flag = "ok" if rate >= TARGET else "BELOW TARGET"
    print(
        f"{label:<28} {rate:8.1f} cert/s  ({1000 * seconds / n:6.2f} ms each)  "
        f"ratio to baseline {base_rate / rate:5.1f}x slower  [{flag} >= {TARGET:.0f}/s]"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 300
    register_fonts()
    # Warm-up: fonts parsed, images decoded, font subsets cached (steady state
    # of a long-running worker), outside the timed region.
    warm = make_items(3)
    render_each(warm)
    render_many(warm)
    baseline(5)

    items = make_items(n)
    # Best of ROUNDS, rounds interleaved: other processes on the machine slow
    # some runs down; the fastest run is the closest to the code's own cost,
    # and interleaving exposes baseline and certificates to the same load.
    base_seconds = single = pack = float("inf")
    for _ in range(ROUNDS):
        base_seconds = min(base_seconds, baseline(n))
        single = min(single, timed(render_each, items))
        pack = min(pack, timed(render_many, items))
    base_rate = n / base_seconds

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs visible, N={n}, "
          f"best of {ROUNDS} rounds, single process/thread, load average {os.getloadavg()[0]:.2f}")
    print(f"{'baseline (bare A4 page)':<28} {base_rate:8.1f} pages/s ({1000 * base_seconds / n:6.2f} ms each)")
    report("single (render_certificate)", n, single, base_rate)
    report("pack   (render_many)", n, pack, base_rate)
    # QR symbols are memoised per URL, so the rounds above after the first reuse them; a new
    # certificate pays segno's encoding once (its stored PDF is then served without redrawing).
    urls = [item.qr_url for item in items]
    encode = timed(lambda: [qr_matrix.__wrapped__(url) for url in urls])
    print(f"{'qr (segno, first encoding)':<28} {1000 * encode / n:8.2f} ms each")

    if "--profile" in sys.argv:
        profiler = cProfile.Profile()
        profiler.runcall(render_each, items[: min(n, 100)])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
