"""Time the spelling checker's URL/email-skipping pattern on long text with no address in it.

Run: .venv/bin/python bench/bench_spelling_regex.py [--runs N]
The baseline is the pattern as it was before issue 10 (no look-behind), measured in the same run:
it rescans a run of letters from every position, so its time grows with the square of the
length; the current pattern should grow in step with the length.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

from resume_builder.coaching.spelling import _SKIP_RE

BASELINE_RE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SIZES = (5_000, 10_000, 20_000, 40_000)
INPUTS = {
    "one long word": lambda n: "a" * n,
    "dotted word": lambda n: "a." * (n // 2),
    "many addresses": lambda n: "maria.lopez@example.com, " * (n // 25),
}


def timings(pattern: re.Pattern[str], text: str, runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        pattern.sub(lambda m: " " * len(m.group()), text)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(runs - 1, round(0.95 * (runs - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'input':<16}{'chars':>8}{'baseline med/p95 ms':>24}{'now med/p95 ms':>20}{'ratio':>8}")
    for label, make in INPUTS.items():
        for size in SIZES:
            text = make(size)
            assert BASELINE_RE.sub("", text) == _SKIP_RE.sub("", text)
            base_med, base_p95 = timings(BASELINE_RE, text, args.runs)
            now_med, now_p95 = timings(_SKIP_RE, text, args.runs)
            ratio = base_med / now_med if now_med else float("inf")
            print(
                f"{label:<16}{size:>8}{base_med:>13.2f} / {base_p95:<8.2f}"
                f"{now_med:>10.3f} / {now_p95:<8.3f}{ratio:>8.0f}x"
            )


if __name__ == "__main__":
    main()
