#!/usr/bin/env python3
"""Benchmark gilsim against CPython on programs/bench/*.py.

Usage:
    python3 scripts/bench.py [--repeat N] [--gilsim PATH] [--json PATH] [names...]

Without --gilsim the script first runs `cargo build --release` and uses
target/release/gilsim.  For every benchmark it runs `gilsim run FILE` and
`python3 FILE` alternately N times (the order flips each round so system
noise hits both interpreters equally), checks that the outputs are
identical, and prints a table of median wall-clock times and the ratio
gilsim/python3.  Exit status is 0 only if every benchmark ran and matched.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "programs", "bench")

OK = "ok"
FAIL = "FAIL"
MISMATCH = "MISMATCH"


def log(msg=""):
    print(msg, file=sys.stderr, flush=True)


def discover():
    if not os.path.isdir(BENCH_DIR):
        return {}
    out = {}
    for fn in sorted(os.listdir(BENCH_DIR)):
        if fn.endswith(".py") and not fn.startswith("_"):
            out[fn[:-3]] = os.path.join(BENCH_DIR, fn)
    return out


def resolve(names, available):
    """Map user-supplied names ("fib", "fib.py", or a path) to (name, file)."""
    if not names:
        return sorted(available.items())
    chosen = []
    for n in names:
        base = os.path.basename(n)
        key = base[:-3] if base.endswith(".py") else base
        if os.sep not in n and key in available:
            chosen.append((key, available[key]))
        elif os.path.isfile(n):
            chosen.append((key, os.path.abspath(n)))
        else:
            log("error: unknown benchmark %r (available: %s)"
                % (n, ", ".join(sorted(available)) or "none"))
            sys.exit(2)
    return chosen


def build():
    cargo = shutil.which("cargo")
    if cargo is None:
        log("error: cargo not found in PATH (pass --gilsim PATH to skip the build)")
        sys.exit(2)
    log("building: cargo build --release")
    proc = subprocess.run([cargo, "build", "--release"], cwd=ROOT)
    if proc.returncode != 0:
        log("error: cargo build --release failed (exit %d)" % proc.returncode)
        sys.exit(1)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    if not os.path.isabs(target):
        target = os.path.join(ROOT, target)
    exe = os.path.join(target, "release", "gilsim")
    if os.name == "nt" and not os.path.exists(exe):
        exe += ".exe"
    return exe


def run_once(cmd, timeout):
    """Run cmd; return dict(ok, time, stdout, stderr, rc, error)."""
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return {"ok": False, "time": time.perf_counter() - t0,
                "stdout": _dec(e.stdout), "stderr": _dec(e.stderr), "rc": None,
                "error": "timed out after %gs" % timeout}
    except OSError as e:
        return {"ok": False, "time": 0.0, "stdout": "", "stderr": "",
                "rc": None, "error": "could not start %s: %s" % (cmd[0], e)}
    elapsed = time.perf_counter() - t0
    res = {"ok": proc.returncode == 0, "time": elapsed,
           "stdout": _dec(proc.stdout), "stderr": _dec(proc.stderr),
           "rc": proc.returncode, "error": None}
    if proc.returncode != 0:
        res["error"] = "exit status %d" % proc.returncode
    return res


def _dec(b):
    if b is None:
        return ""
    if isinstance(b, str):
        return b
    return b.decode("utf-8", errors="replace")


def tail(text, lines=15):
    parts = text.rstrip("\n").splitlines()
    if len(parts) > lines:
        parts = ["..."] + parts[-lines:]
    return "\n".join("    | " + p for p in parts) if parts else "    | (empty)"


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<missing>"
        y = bl[i] if i < len(bl) else "<missing>"
        if x != y:
            return i + 1, x, y
    return None, "<trailing newline differs>", ""


def bench_one(name, path, gilsim, python, repeat, timeout):
    rec = {"name": name, "file": os.path.relpath(path, ROOT), "status": OK,
           "python_times": [], "gilsim_times": [], "python_median": None,
           "gilsim_median": None, "ratio": None, "message": None}
    gcmd = [gilsim, "run", path]
    pcmd = [python, path]
    expected = None
    gilsim_out = None
    for i in range(repeat):
        # Alternate order each round so drift/noise affects both equally.
        order = [("gilsim", gcmd), ("python", pcmd)]
        if i % 2 == 1:
            order.reverse()
        for who, cmd in order:
            r = run_once(cmd, timeout)
            if not r["ok"]:
                rec["status"] = FAIL
                label = "gilsim" if who == "gilsim" else "python3"
                rec["message"] = "%s %s" % (label, r["error"])
                rec["stderr_tail"] = tail(r["stderr"] or r["stdout"])
                return rec
            if who == "python":
                rec["python_times"].append(r["time"])
                if expected is None:
                    expected = r["stdout"]
                elif r["stdout"] != expected:
                    rec["status"] = FAIL
                    rec["message"] = "python3 output is not deterministic"
                    return rec
            else:
                rec["gilsim_times"].append(r["time"])
                if gilsim_out is None:
                    gilsim_out = r["stdout"]
                elif r["stdout"] != gilsim_out and rec["status"] == OK:
                    rec["status"] = MISMATCH
                    rec["message"] = "gilsim output differs between runs"
    if gilsim_out != expected and rec["status"] == OK:
        rec["status"] = MISMATCH
        line, p, g = first_diff(expected, gilsim_out)
        rec["message"] = ("first difference at line %s: python3=%r gilsim=%r"
                          % (line, p[:200], g[:200]))
    rec["python_median"] = statistics.median(rec["python_times"])
    rec["gilsim_median"] = statistics.median(rec["gilsim_times"])
    if rec["python_median"] > 0:
        rec["ratio"] = rec["gilsim_median"] / rec["python_median"]
    return rec


def fmt(x, spec):
    return "-" if x is None else format(x, spec)


def real_interpreter(python):
    """The interpreter binary behind `python`: a version-manager shim (pyenv's is a bash
    script) costs tens of milliseconds per start, which would flatter gilsim."""
    try:
        out = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60)
        exe = out.stdout.strip()
        if out.returncode == 0 and exe and os.path.isfile(exe):
            return exe
    except (OSError, subprocess.SubprocessError):
        pass
    return python


def main():
    ap = argparse.ArgumentParser(
        description="Compare gilsim with python3 on programs/bench/*.py")
    ap.add_argument("names", nargs="*",
                    help="benchmarks to run (e.g. fib nbody); default: all")
    ap.add_argument("--repeat", "-n", type=int, default=5,
                    help="runs per interpreter per benchmark (default 5)")
    ap.add_argument("--gilsim", metavar="PATH",
                    help="gilsim binary to use (skips cargo build)")
    ap.add_argument("--python", metavar="PATH", default="python3",
                    help="reference interpreter (default python3)")
    ap.add_argument("--json", metavar="PATH", help="write results as JSON")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="per-run timeout in seconds (default 120)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    benches = resolve(args.names, discover())
    if not benches:
        log("error: no benchmarks found in %s" % BENCH_DIR)
        return 2

    if args.gilsim:
        gilsim = os.path.abspath(args.gilsim)
    else:
        gilsim = build()
    if not os.path.isfile(gilsim):
        log("error: gilsim binary not found: %s" % gilsim)
        return 2
    python = real_interpreter(shutil.which(args.python) or args.python)

    results = []
    for name, path in benches:
        log("running %s (%d x 2 runs)..." % (name, args.repeat))
        rec = bench_one(name, path, gilsim, python, args.repeat, args.timeout)
        if rec["status"] != OK:
            log("  %s: %s" % (rec["status"], rec["message"]))
            if rec.get("stderr_tail"):
                log(rec["stderr_tail"])
        results.append(rec)

    w = max([len("benchmark")] + [len(r["name"]) for r in results])
    header = "%-*s  %11s  %11s  %8s  %s" % (
        w, "benchmark", "python3 (s)", "gilsim (s)", "ratio", "status")
    print(header)
    print("-" * len(header))
    for r in results:
        print("%-*s  %11s  %11s  %8s  %s" % (
            w, r["name"], fmt(r["python_median"], ".3f"),
            fmt(r["gilsim_median"], ".3f"),
            fmt(r["ratio"], ".2f") + ("x" if r["ratio"] is not None else ""),
            r["status"]))
    # Only benchmarks whose output matched count towards the max ratio.
    good = [r for r in results if r["status"] == OK and r["ratio"] is not None]
    ratios = [r["ratio"] for r in good]
    max_ratio = max(ratios) if ratios else None
    worst = None
    if ratios:
        worst = max(good, key=lambda r: r["ratio"])["name"]
        print("max ratio: %.2fx (%s)" % (max_ratio, worst))
    else:
        print("max ratio: -")
    bad = [r for r in results if r["status"] != OK]
    if bad:
        print("problems: " + ", ".join("%s %s" % (r["name"], r["status"])
                                         for r in bad))

    if args.json:
        data = {
            "repeat": args.repeat,
            "gilsim": gilsim,
            "python": python,
            "python_version": _python_version(python),
            "machine": platform.platform(),
            "max_ratio": max_ratio,
            "max_ratio_benchmark": worst,
            "results": results,
        }
        with open(args.json, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
        log("wrote %s" % args.json)

    return 1 if bad else 0


def _python_version(python):
    try:
        out = subprocess.run([python, "--version"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, timeout=30)
        return _dec(out.stdout).strip()
    except (OSError, subprocess.SubprocessError):
        return None


if __name__ == "__main__":
    sys.exit(main())
