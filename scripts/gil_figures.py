#!/usr/bin/env python3
"""Measure the GIL figures of issue 3 side by side with CPython, in one run.

Usage:
    python3 scripts/gil_figures.py [--repeat N] [--gilsim PATH]

Runs, alternating interpreters each round so machine noise hits all of them:
  * countdown (programs/countdown.py 2 N): threads/sequential wall ratio under
    python3 and gilsim --gil new, old and none;
  * one thread: countdown 1 thread, gilsim --gil new vs --gil none (GIL overhead);
  * convoy (programs/convoy.py): median / p99 latency of a 0.1 ms sleep beside a
    spinning thread, python3 and gilsim at switch intervals 5 ms and 1 ms;
  * GIL hand-off latency (release -> next holder running) from --stats-json on
    countdown with 2 threads.
Prints medians over --repeat rounds.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "programs")


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    return out.stdout


def number(pattern, text):
    m = re.search(pattern, text)
    if not m:
        sys.exit(f"no match for {pattern!r} in:\n{text}")
    return float(m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--gilsim", default=os.path.join(ROOT, "target/release/gilsim"))
    ap.add_argument("--count", type=int, default=20_000_000)
    args = ap.parse_args()
    g = args.gilsim
    countdown = os.path.join(PROGRAMS, "countdown.py")
    convoy = os.path.join(PROGRAMS, "convoy.py")
    n = str(args.count)
    results = {}

    def add(key, value):
        results.setdefault(key, []).append(value)

    tmp = tempfile.mkdtemp()
    stats_path = os.path.join(tmp, "stats.json")
    for r in range(args.repeat):
        runs = [
            ("countdown ratio, python3", ["python3", countdown, "2", n]),
            ("countdown ratio, gilsim new", [g, "run", "--gil", "new", countdown, "2", n]),
            ("countdown ratio, gilsim old", [g, "run", "--gil", "old", countdown, "2", n]),
            ("countdown ratio, gilsim none", [g, "run", "--gil", "none", countdown, "2", n]),
        ]
        if r % 2:
            runs.reverse()
        for key, cmd in runs:
            add(key, number(r"threads/sequential: ([0-9.]+)", run(cmd)))
        for policy in ("new", "none"):
            out = run([g, "run", "--gil", policy, countdown, "1", n, "threads"])
            add(f"one thread, gilsim {policy} (s)", number(r"threads:\s+([0-9.]+) s", out))
        for interval, ms in (("0.005", "5ms"), ("0.001", "1ms")):
            for key, cmd in (
                (f"convoy median at {ms}, python3 (ms)", ["python3", convoy, "200", "0.0001", interval]),
                (f"convoy median at {ms}, gilsim new (ms)", [g, "run", "--switch-interval", ms, convoy]),
            ):
                out = run(cmd)
                add(key, number(r"beside spinner:\s+median\s+([0-9.]+) ms", out))
                add(key.replace("median", "p99"), number(r"beside spinner:.*p99\s+([0-9.]+) ms", out))
        run([g, "run", "--stats-json", stats_path, countdown, "2", n, "threads"])
        with open(stats_path) as f:
            h = json.load(f)["gil"]["handoff_latency_us"]
        add("hand-off p50, gilsim new (us)", h["p50"])
        add("hand-off p99, gilsim new (us)", h["p99"])
        print(f"round {r + 1}/{args.repeat} done", file=sys.stderr)

    width = max(len(k) for k in results)
    print(f"{'figure':<{width}}  median   (runs)")
    for key, values in results.items():
        runs = ", ".join(f"{v:.3g}" for v in values)
        print(f"{key:<{width}}  {statistics.median(values):7.3f}  ({runs})")
    new = statistics.median(results["one thread, gilsim new (s)"])
    none = statistics.median(results["one thread, gilsim none (s)"])
    print(f"{'one thread: new / none':<{width}}  {new / none:7.3f}")


if __name__ == "__main__":
    main()
