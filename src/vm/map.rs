//! Go maps: a hash table keyed by the *contents* of Go values (strings by bytes, structs field by
//! field, interfaces by dynamic type and value), iterated in insertion order over a snapshot.
//!
//! Invariants: a `GoMap` lives at a stable address for the life of the process (leaked until the
//! collector of the heap issue owns it); the value slot of an aggregate value type is a box address
//! owned by the map.

use super::eq::{key_of, MapKey};
use crate::compile::opcode::RtTypeId;
use crate::compile::program::Program;
use indexmap::IndexMap;

/// Go maps need no hash-flooding resistance from us (Go itself uses a seeded fast hash): the
/// Fx hash is several times faster than SipHash on the small keys learners use.
type FastMap = IndexMap<MapKey, (u64, u64), rustc_hash::FxBuildHasher>;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct GoMap {
    pub key_ty: RtTypeId,
    pub val_ty: RtTypeId,
    /// key → (key slot, value slot)
    pub entries: Mutex<FastMap>,
    /// Writers inside `set`/`delete`/`clear` right now. The lock keeps the table itself safe;
    /// this counter reproduces Go's `fatal error: concurrent map writes` when two goroutines
    /// write at once (as in Go, detected when the writes actually overlap).
    writers: AtomicU32,
}

/// The messages of Go's map race fatal errors (`Vm::fatal_error` prints them with the trace).
pub const CONCURRENT_WRITES: &str = "fatal error: concurrent map writes";
pub const CONCURRENT_READ_WRITE: &str = "fatal error: concurrent map read and map write";

/// Runs a write to `map`, reporting an overlapping one.
fn writing<T>(map: &GoMap, f: impl FnOnce() -> T) -> Result<T, String> {
    if map.writers.fetch_add(1, Ordering::AcqRel) != 0 {
        map.writers.fetch_sub(1, Ordering::AcqRel);
        return Err(CONCURRENT_WRITES.into());
    }
    let r = f();
    map.writers.fetch_sub(1, Ordering::AcqRel);
    Ok(r)
}

fn check_no_writer(map: &GoMap) -> Result<(), String> {
    if map.writers.load(Ordering::Acquire) != 0 {
        return Err(CONCURRENT_READ_WRITE.into());
    }
    Ok(())
}

/// A `for range` iterator over a snapshot of a map's keys.
pub struct MapIter {
    pub map: u64,
    pub keys: Vec<MapKey>,
    pub next: usize,
}

pub fn new_map(key_ty: RtTypeId, val_ty: RtTypeId) -> u64 {
    crate::heap::leak_object(GoMap {
        key_ty,
        val_ty,
        entries: Mutex::new(FastMap::default()),
        writers: AtomicU32::new(0),
    })
}

/// The map at address `m` (non-zero).
pub fn map_ref(m: u64) -> &'static GoMap {
    crate::heap::object_ref::<GoMap>(m)
}

pub fn get(p: &Program, m: u64, k: u64) -> Result<Option<u64>, String> {
    if m == 0 {
        return Ok(None);
    }
    let map = map_ref(m);
    check_no_writer(map)?;
    if let Some(kr) = super::eq::key_ref(p, map.key_ty, k) {
        return Ok(map.entries.lock().get(&kr).map(|e| e.1));
    }
    let key = key_of(p, map.key_ty, k)?;
    Ok(map.entries.lock().get(&key).map(|e| e.1))
}

pub fn set(p: &Program, m: u64, k: u64, v: u64) -> Result<(), String> {
    let map = map_ref(m);
    writing(map, || -> Result<(), String> {
        let key = key_of(p, map.key_ty, k)?;
        map.entries.lock().insert(key, (k, v));
        Ok(())
    })?
}

pub fn delete(p: &Program, m: u64, k: u64) -> Result<(), String> {
    if m == 0 {
        return Ok(());
    }
    let map = map_ref(m);
    writing(map, || -> Result<(), String> {
        let key = key_of(p, map.key_ty, k)?;
        map.entries.lock().shift_remove(&key);
        Ok(())
    })?
}

pub fn len(m: u64) -> usize {
    if m == 0 {
        0
    } else {
        map_ref(m).entries.lock().len()
    }
}

pub fn clear(m: u64) -> Result<(), String> {
    if m != 0 {
        let map = map_ref(m);
        writing(map, || map.entries.lock().clear())?;
    }
    Ok(())
}

pub fn iter(m: u64) -> u64 {
    let keys = if m == 0 {
        Vec::new()
    } else {
        map_ref(m).entries.lock().keys().cloned().collect()
    };
    crate::heap::leak_object(MapIter {
        map: m,
        keys,
        next: 0,
    })
}

/// The next live entry of iterator `it`: (key slot, value slot).
pub fn next(it: u64) -> Option<(u64, u64)> {
    // SAFETY: iterator slots hold addresses from `iter`, never freed.
    let it = crate::heap::object_mut::<MapIter>(it);
    while it.next < it.keys.len() {
        let k = &it.keys[it.next];
        it.next += 1;
        if let Some(e) = map_ref(it.map).entries.lock().get(k) {
            return Some(*e);
        }
    }
    None
}

/// A snapshot of all entries (for fmt, which prints maps sorted by key).
pub fn entries(m: u64) -> Vec<(u64, u64)> {
    if m == 0 {
        Vec::new()
    } else {
        map_ref(m).entries.lock().values().copied().collect()
    }
}
