//! The lock that guards the contents of shared objects (list items, dict and set tables,
//! module globals, cells), and costs nothing while a GIL is doing its job.
//!
//! Under `--gil new` or `--gil old`, a thread touches objects only while it holds the GIL,
//! and never keeps an object locked across a point where it may give the GIL up (a
//! blocking call or an eval-breaker check run Python code or wait, and the VM never holds
//! these guards there; that rule already kept `--gil none` free of deadlocks). The GIL's
//! acquire and release therefore already order every access, as they do in CPython, and
//! taking a reader-writer lock on every `lst[i]` only adds two atomic read-modify-writes
//! (about 25 ns on the machines here, more than the rest of the subscript).
//!
//! So an [`ObjLock`] takes its `parking_lot` lock only once some interpreter in the
//! process runs without a GIL ([`require_object_locks`], called when a `--gil none`
//! interpreter is made, before its threads start). The switch is one-way: after it every
//! new guard locks. A guard remembers whether it locked, so a guard taken before the
//! switch is released correctly after it; and interpreters never share objects, so a
//! GIL interpreter's unlocked guards still only meet its own GIL-serialised threads.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::lock_api::RawRwLock;

type Raw = parking_lot::RawRwLock;
type SharedMarker = <Raw as RawRwLock>::SharedGuard;
type ExclusiveMarker = <Raw as RawRwLock>::ExclusiveGuard;

static OBJECT_LOCKS: AtomicBool = AtomicBool::new(false);

/// Make every object lock in this process really lock from now on (an interpreter
/// without a GIL is about to run threads).
pub fn require_object_locks() {
    OBJECT_LOCKS.store(true, Ordering::SeqCst);
}

/// Whether object locks (and the compare-and-swap steps of shared iterators) must
/// synchronise: false while every interpreter in the process runs under a GIL.
#[inline(always)]
pub fn object_locks_required() -> bool {
    OBJECT_LOCKS.load(Ordering::Relaxed)
}

pub struct ObjLock<T: ?Sized> {
    raw: Raw,
    data: UnsafeCell<T>,
}

// SAFETY: as for `parking_lot::RwLock`: shared access hands out `&T` to several threads
// (needs `Sync`) and `&mut T` to one at a time (needs `Send`). Exclusion comes from the
// raw lock, or from the GIL while `object_locks_required()` is false (see the module doc).
unsafe impl<T: ?Sized + Send> Send for ObjLock<T> {}
unsafe impl<T: ?Sized + Send + Sync> Sync for ObjLock<T> {}

impl<T> ObjLock<T> {
    pub const fn new(value: T) -> ObjLock<T> {
        ObjLock {
            raw: <Raw as RawRwLock>::INIT,
            data: UnsafeCell::new(value),
        }
    }
    pub fn into_inner(self) -> T {
        self.data.into_inner()
    }
}

impl<T: Default> Default for ObjLock<T> {
    fn default() -> ObjLock<T> {
        ObjLock::new(T::default())
    }
}

impl<T: ?Sized> ObjLock<T> {
    #[inline]
    pub fn read(&self) -> ReadGuard<'_, T> {
        ReadGuard {
            lock: self,
            marker: object_locks_required().then(|| self.raw.lock_shared()),
            _not_send: PhantomData,
        }
    }
    #[inline]
    pub fn write(&self) -> WriteGuard<'_, T> {
        WriteGuard {
            lock: self,
            marker: object_locks_required().then(|| self.raw.lock_exclusive()),
            _not_send: PhantomData,
        }
    }
    /// Exclusive access, for fields that were mutexes.
    #[inline]
    pub fn lock(&self) -> WriteGuard<'_, T> {
        self.write()
    }
    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.data.get_mut()
    }
}

pub struct ReadGuard<'a, T: ?Sized> {
    lock: &'a ObjLock<T>,
    /// Present when this guard took the raw lock (and must release it).
    marker: Option<SharedMarker>,
    _not_send: PhantomData<*const ()>,
}

impl<T: ?Sized> Deref for ReadGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: shared access is held (the raw lock, or the GIL: see the module doc).
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized> Drop for ReadGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        if let Some(marker) = self.marker.take() {
            // SAFETY: this guard took the shared lock in `read`.
            unsafe { self.lock.raw.unlock_shared(marker) }
        }
    }
}

pub struct WriteGuard<'a, T: ?Sized> {
    lock: &'a ObjLock<T>,
    /// Present when this guard took the raw lock (and must release it).
    marker: Option<ExclusiveMarker>,
    _not_send: PhantomData<*const ()>,
}

impl<T: ?Sized> Deref for WriteGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: exclusive access is held (the raw lock, or the GIL).
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized> DerefMut for WriteGuard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: exclusive access is held (the raw lock, or the GIL).
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T: ?Sized> Drop for WriteGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        if let Some(marker) = self.marker.take() {
            // SAFETY: this guard took the exclusive lock in `write`.
            unsafe { self.lock.raw.unlock_exclusive(marker) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_give_access_and_release() {
        let lock = ObjLock::new(vec![1, 2]);
        lock.write().push(3);
        assert_eq!(lock.read().len(), 3);
        let mut lock = lock;
        lock.get_mut().pop();
        assert_eq!(lock.into_inner(), vec![1, 2]);
    }

    #[test]
    fn a_guard_taken_before_locks_are_required_releases_cleanly() {
        // Run in a fresh state only if nothing else flipped the switch yet; either way the
        // lock must be usable afterwards.
        let lock = ObjLock::new(0);
        let guard = lock.write();
        require_object_locks();
        drop(guard);
        *lock.write() += 1;
        let r1 = lock.read();
        let r2 = lock.read();
        assert_eq!(*r1 + *r2, 2);
        drop((r1, r2));
        assert!(object_locks_required());
        assert!(!lock.raw.is_locked());
    }
}
