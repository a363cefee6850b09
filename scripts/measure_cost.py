#!/usr/bin/env python3
"""What measuring costs: `--stats` and `--trace` against a plain run.

Usage:
    python3 scripts/measure_cost.py [--repeat N] [--n N] [--threads T]
                                    [--gil POLICY] [--gilsim PATH]

Runs `gilsim run [--gil POLICY] programs/countdown.py T N threads` three ways:
plain, with `--stats`, and with `--trace TMP/trace.json`, taking turns (the
order rotates every round, so machine noise hits all three alike), `--repeat`
times each (default 7). Prints the median wall time of each and the overhead of
`--stats` and `--trace` over the plain run. The goals are `--stats` <= 3% and
`--trace` <= 10%.

Without --gilsim the script first runs `cargo build --release` and uses
target/release/gilsim. Wall times on a shared machine are noisy: for
deterministic figures, count instructions with callgrind instead, e.g.

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.plain \\
        target/release/gilsim run programs/countdown.py 2 2000000 threads

(and the same with --stats and with --trace /tmp/x.json); the "Collected"
line gives the instruction count.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = os.path.join(ROOT, "programs", "countdown.py")


def log(msg=""):
    print(msg, file=sys.stderr, flush=True)


def build():
    log("building: cargo build --release")
    r = subprocess.run(["cargo", "build", "--release"], cwd=ROOT)
    if r.returncode != 0:
        sys.exit("cargo build --release failed")
    return os.path.join(ROOT, "target", "release", "gilsim")


def run_once(cmd):
    start = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit("failed (exit %d): %s\n%s" % (r.returncode, " ".join(cmd), r.stderr))
    return took


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7, help="runs of each variant (default 7)")
    ap.add_argument("--n", type=int, default=20_000_000,
                    help="total decrements for countdown.py (default 20000000)")
    ap.add_argument("--threads", type=int, default=2, help="threads (default 2)")
    ap.add_argument("--gil", default="new", choices=["new", "old", "none"],
                    help="GIL policy (default new)")
    ap.add_argument("--gilsim", help="gilsim binary (default: build target/release/gilsim)")
    args = ap.parse_args()
    if args.repeat < 1:
        sys.exit("--repeat must be at least 1")
    gilsim = os.path.abspath(args.gilsim) if args.gilsim else build()

    tmp = tempfile.mkdtemp(prefix="gilsim-cost-")
    trace_path = os.path.join(tmp, "trace.json")
    tail = [PROGRAM, str(args.threads), str(args.n), "threads"]
    base = [gilsim, "run", "--gil", args.gil]
    variants = [
        ("plain", base + tail),
        ("--stats", base + ["--stats"] + tail),
        ("--trace", base + ["--trace", trace_path] + tail),
    ]
    times = {name: [] for name, _ in variants}
    log("countdown.py %d %d threads under --gil %s, %d rounds"
        % (args.threads, args.n, args.gil, args.repeat))
    run_once(variants[0][1])  # warm the page cache
    for i in range(args.repeat):
        k = i % len(variants)
        for name, cmd in variants[k:] + variants[:k]:
            times[name].append(run_once(cmd))
        log("  round %d: %s" % (i + 1, "  ".join(
            "%s %.3f s" % (name, times[name][-1]) for name, _ in variants)))
    trace_size = os.path.getsize(trace_path)
    os.remove(trace_path)
    os.rmdir(tmp)

    plain = statistics.median(times["plain"])
    print("gilsim run --gil %s programs/countdown.py %d %d threads; median of %d runs each"
          % (args.gil, args.threads, args.n, args.repeat))
    print("| variant | median (s) | min (s) | max (s) | overhead vs plain | goal |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    goals = {"plain": "", "--stats": "<= 3%", "--trace": "<= 10%"}
    for name, _ in variants:
        med = statistics.median(times[name])
        over = "" if name == "plain" else "%+.1f%%" % ((med / plain - 1) * 100)
        print("| %s | %.3f | %.3f | %.3f | %s | %s |"
              % (name, med, min(times[name]), max(times[name]), over, goals[name]))
    print("trace file: %.1f KiB" % (trace_size / 1024))


if __name__ == "__main__":
    main()
