//! Python `str`: an immutable UTF-8 string with its hash and length cached.

use std::sync::atomic::{AtomicU64, Ordering};

pub struct PyStr {
    s: String,
    /// Number of code points; equals `s.len()` for ASCII, which makes indexing O(1).
    char_len: usize,
    /// Cached hash; 0 means "not computed yet" (a real hash of 0 is remapped to 1).
    hash: AtomicU64,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: AtomicU64::new(0),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The code point at `index` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[index] as char
        } else {
            self.s.chars().nth(index).unwrap_or('\0')
        }
    }
    /// Substring by code-point range `start..end`.
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let mut indices = self
            .s
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(self.s.len()));
        let from = indices.nth(start).unwrap_or(self.s.len());
        let to = if end > start {
            indices.nth(end - start - 1).unwrap_or(self.s.len())
        } else {
            from
        };
        &self.s[from..to]
    }
    pub fn hash(&self) -> u64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != 0 {
            return cached;
        }
        let h = match hash_bytes(self.s.as_bytes()) {
            0 => 1,
            h => h,
        };
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// A fast, deterministic byte hash (FxHash-style word mixing). CPython randomises str
/// hashes per process, so no program can depend on the exact values.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    // Final avalanche so that short keys spread over the low bits used by tables.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    // Python hashes are signed and never -1; keep the value in the non-negative i64 range.
    h & (i64::MAX as u64)
}
