//! The global allocator: mimalloc.
//!
//! Python programs allocate constantly (every str, list, instance and frame), and
//! mimalloc's per-thread free lists make that much cheaper than glibc's malloc here, and
//! scale across the interpreter's threads. The `mimalloc` crate sends every request
//! through `mi_malloc_aligned`, whose alignment handling costs about 30 instructions per
//! call; nearly all of gilsim's allocations need at most 8-byte alignment, which every
//! mimalloc block has, so those take the plain entry points.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

pub struct MiMalloc;

/// Alignment that every mimalloc block has, whatever its size.
const PLAIN_ALIGN: usize = 8;

// SAFETY: each method forwards to the mimalloc function with the same contract
// (aligned entry points whenever the layout needs more than every block provides), and
// blocks are always released with `mi_free`.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
