"""Does detection stay linear on long, repetitive calls? Times find_pii on 3 KB and 12 KB of the
inputs that once made rules quadratic (a value's "sentence" read over the whole text when a
call has no full stops) and prints each growth against the linear one (4x for 4x the text).

    .venv/bin/python benchmarks/bench_detect_scaling.py [--small 3000] [--factor 4]
"""

from __future__ import annotations

import argparse
import time

from piikit.detect import find_pii

UNITS = ("we close at 5, ", ", this is ", "Bob speaking, ", "my account number is 12345678 and ",
         "the code is 4471 then ", "so um yeah ", "Thanks for calling Acme, how can I help? ",
         "It's 4821 7730 9915. Sorry, one more time? ", "14 Main Street, Springfield, ",
         # one entity after another: the case of the whole call was read again for each (session 15)
         "dana: 1234567. ", "my son tom is ")


def _seconds(text: str) -> float:
    """Best of two runs of find_pii on `text`."""
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        find_pii(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=3000, help="characters of the small input")
    ap.add_argument("--factor", type=int, default=4, help="how many times longer the large input is")
    args = ap.parse_args()
    find_pii("warm up: my number is 415-555-0123")
    print(f"{'input':45s} {'small s':>8s} {'large s':>8s} {'growth':>7s}  (linear: {args.factor}x)")
    worst = 0.0
    for unit in UNITS:
        small, large = ((unit * (n // len(unit) + 1))[:n] for n in (args.small, args.small * args.factor))
        t_small, t_large = _seconds(small), _seconds(large)
        growth = t_large / t_small
        worst = max(worst, growth / args.factor)
        print(f"{unit!r:45s} {t_small:8.2f} {t_large:8.2f} {growth:6.1f}x")
    print(f"worst growth against linear: {worst:.2f}x (1.0 = linear; a quadratic rule shows ~{args.factor}x)")


if __name__ == "__main__":
    main()
