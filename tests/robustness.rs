//! No input, however malformed, may make gilsim panic or overflow its stack.
//!
//! Every case is truncated after each of its lines and corrupted with random byte edits.
//! All variants go through the front end and compiler in-process (cheap, so all of them),
//! and a deterministic sample is also run as a real process with a time limit: the run may
//! fail with a Python error or time out (a truncated loop can spin forever), but it must
//! never end in a Rust panic, an abort or a signal.

mod common;

use std::time::Duration;

use common::*;

/// A small deterministic PRNG (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn sources() -> Vec<(String, String)> {
    let dir = repo_root().join("tests/cases");
    let mut v: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("cases")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|p| {
            (
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read_to_string(&p).unwrap_or_default(),
            )
        })
        .collect();
    v.sort();
    v
}

const EDIT_BYTES: &[u8] = b"()[]{}:,.=+-*/%'\"\\\n\t #@!$`~^&|<>0123456789abcdefxyz_\x00\xff";

fn variants(source: &str, rng: &mut Rng) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut cut = 0;
    for line in source.split_inclusive('\n') {
        cut += line.len();
        out.push(source.as_bytes()[..cut].to_vec());
    }
    for _ in 0..12 {
        let mut b = source.as_bytes().to_vec();
        for _ in 0..1 + rng.below(4) {
            if b.is_empty() {
                break;
            }
            let at = rng.below(b.len());
            match rng.below(3) {
                0 => b[at] = EDIT_BYTES[rng.below(EDIT_BYTES.len())],
                1 => {
                    b.remove(at);
                }
                _ => b.insert(at, EDIT_BYTES[rng.below(EDIT_BYTES.len())]),
            }
        }
        out.push(b);
    }
    out
}

#[test]
fn front_end_and_compiler_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut count = 0;
    for (name, src) in sources() {
        for v in variants(&src, &mut rng) {
            let text = String::from_utf8_lossy(&v).into_owned();
            let globals = gilsim::object::module::Globals::new();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let parsed = gilsim::parser::parse_module(&text)
                    .and_then(|m| gilsim::compiler::compile_module(&m, &text, "x.py", &globals));
                if let Err(e) = &parsed {
                    // Formatting the error must not panic either.
                    let _ = gilsim::syntax_error::format_syntax_error("x.py", &text, e);
                }
            }));
            assert!(
                result.is_ok(),
                "front end panicked on a variant of {name}:\n{text}"
            );
            count += 1;
        }
    }
    assert!(count > 1000, "only {count} variants");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in [
        "(".repeat(100_000),
        "-".repeat(100_000) + "1",
        "[".repeat(5000) + &"]".repeat(5000),
        "x = ".to_string() + &"not ".repeat(50_000) + "1",
    ] {
        let globals = gilsim::object::module::Globals::new();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            gilsim::parser::parse_module(&src)
                .and_then(|m| gilsim::compiler::compile_module(&m, &src, "x.py", &globals))
                .is_ok()
        }));
        assert!(r.is_ok(), "panic on deeply nested input");
    }
}

#[test]
fn running_corrupted_programs_never_panics() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let tmp = std::env::temp_dir().join(format!("gilsim-robust-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("tmp dir");
    // Helper modules must be importable by the variants.
    for (name, src) in sources() {
        if name.starts_with("mod_") {
            std::fs::write(tmp.join(&name), src).expect("write");
        }
    }
    let mut jobs: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, src) in sources() {
        let vs = variants(&src, &mut rng);
        // A deterministic sample keeps the test fast: a few truncations and edits each.
        for _ in 0..2 {
            let v = vs[rng.below(vs.len())].clone();
            jobs.push((name.clone(), v));
        }
    }
    let results = parallel_map(&jobs, 4, |(name, bytes)| {
        let file = format!("v_{}_{}.py", name.trim_end_matches(".py"), rng_key(bytes));
        std::fs::write(tmp.join(&file), bytes).expect("write");
        let out = run_gilsim_quiet(&tmp, &file, Duration::from_secs(3));
        // A crash is a Rust panic (reported on stderr, whatever the exit status) or death by a
        // signal other than our own kill at the time limit. Exit statuses alone prove nothing:
        // `sys.exit(255)` is a clean exit.
        let crashed = out.stderr.contains("panicked at")
            || out.stderr.contains("stack overflow")
            || (out.signal.is_some() && !out.timed_out);
        if crashed {
            Err(format!(
                "{file} (from {name}): status {}\n{}",
                out.status, out.stderr
            ))
        } else {
            Ok(())
        }
    });
    let _ = std::fs::remove_dir_all(&tmp);
    let failures: Vec<String> = results.into_iter().filter_map(|r| r.err()).collect();
    assert!(
        failures.is_empty(),
        "{} crashes:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn rng_key(bytes: &[u8]) -> u64 {
    bytes.iter().fold(1469598103934665603u64, |h, b| {
        (h ^ *b as u64).wrapping_mul(1099511628211)
    })
}
