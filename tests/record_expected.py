#!/usr/bin/env python3
"""Record CPython's expected output for the differential test corpus.

Usage:
    python3 tests/record_expected.py            # re-record every case
    python3 tests/record_expected.py NAME ...   # re-record only the named cases

For each tests/cases/NAME.py (skipping helper modules named mod_*.py) this runs
`python3 NAME.py` from inside tests/cases with no arguments and stdin from
/dev/null, then writes tests/cases/NAME.expected:

    exit: <status>
    stderr-last: <last non-empty line of stderr, or empty>
    --- stdout
    <stdout bytes exactly>

Only .expected files are written (cases may leave *.tmp files behind).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
# The learner programs in programs/ are checked too; their expectations live here.
PROGRAMS = os.path.join(os.path.dirname(HERE), "programs")
PROGRAMS_EXPECTED = os.path.join(HERE, "programs_expected")
PYTHON = os.environ.get("PYTHON", "python3")


def case_names():
    names = []
    for fn in sorted(os.listdir(CASES)):
        if fn.endswith(".py") and not fn.startswith("mod_"):
            names.append(fn[:-3])
    return names


def record(name, src_dir=CASES, out_dir=CASES):
    env = dict(os.environ)
    env.pop("PYTHONHASHSEED", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)
    with open(os.devnull, "rb") as devnull:
        proc = subprocess.run(
            [PYTHON, name + ".py"],
            cwd=src_dir,
            stdin=devnull,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=30,
        )
    last = ""
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        if line.strip():
            last = line.rstrip("\r\n")
    status = proc.returncode
    if status < 0:
        # killed by a signal: report it the way a shell's `echo $?` would
        status = 128 - status
    out = b"exit: %d\nstderr-last: %s\n--- stdout\n" % (
        status,
        last.encode("utf-8"),
    )
    out += proc.stdout
    path = os.path.join(out_dir, name + ".expected")
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old != out:
        with open(path, "wb") as f:
            f.write(out)
    return proc.returncode


def main(argv):
    names = argv if argv else case_names()
    for n in names:
        if n.endswith(".py"):
            n = n[:-3]
        n = os.path.basename(n)
        if n.startswith("mod_"):
            print("skip helper module", n, file=sys.stderr)
            continue
        if not os.path.exists(os.path.join(CASES, n + ".py")):
            print("no such case:", n, file=sys.stderr)
            return 2
        record(n)
    print("recorded %d case(s)" % len(names))
    if not argv:
        # Programs without a `# gilsim-test: skip` line (long runs, timing output).
        os.makedirs(PROGRAMS_EXPECTED, exist_ok=True)
        count = 0
        for fn in sorted(os.listdir(PROGRAMS)):
            if not fn.endswith(".py"):
                continue
            with open(os.path.join(PROGRAMS, fn), encoding="utf-8") as f:
                if "# gilsim-test: skip" in f.read():
                    continue
            record(fn[:-3], PROGRAMS, PROGRAMS_EXPECTED)
            count += 1
        print("recorded %d program(s)" % count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
