//! Go maps: a hash table keyed by the *contents* of Go values (strings by bytes, structs field by
//! field, interfaces by dynamic type and value), iterated in insertion order over a snapshot.
//!
//! Three key shapes share one table (`table.rs`): word keys (ints, bools, pointers, channels)
//! hash and compare the key word itself; string keys hash their bytes and compare them with the
//! stored key string; every other key type goes through its `MapKey` image (floats for -0/NaN,
//! structs, arrays, interfaces). `guard.rs` is the lock and Go's race detector.
//!
//! Invariants: a `GoMap` is a foreign heap object (`heap::foreign`): it lives while a Go word
//! refers to it, and `Trace` reports its keys and values to the collector; the value slot of an aggregate value type is a box address
//! owned by the map; `len` equals the table's length whenever no write is inside the guard.

mod table;

use super::eq::{key_of, MapKey};
use crate::compile::opcode::RtTypeId;
use crate::compile::program::{Program, RtKind};
use crate::heap;
use crate::heap::guard::Guarded;
use crate::vm::Fault;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use table::{Probe, Table};

#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyShape {
    Word,
    Str,
    Image,
}

pub struct GoMap {
    pub key_ty: RtTypeId,
    pub val_ty: RtTypeId,
    shape: KeyShape,
    table: Guarded<Table>,
    /// The number of entries, for `len` without the guard (stored inside writes).
    len: AtomicUsize,
}

/// A `for range` iterator over a snapshot of a map's keys (used by the one goroutine whose
/// register holds it).
pub struct MapIter {
    pub map: u64,
    keys: IterKeys,
    next: AtomicUsize,
}

impl heap::Trace for GoMap {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        // The world is stopped, so no write is inside the guard.
        self.table.read_waiting(|t| {
            for e in t.iter() {
                visit(e.k);
                visit(e.v);
            }
        });
    }
}

impl heap::Trace for MapIter {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        visit(self.map);
        if let IterKeys::Words(w) = &self.keys {
            for &k in w {
                visit(k);
            }
        }
    }
}

enum IterKeys {
    /// Key words (word and string keys: strings are immutable, so the word keeps the bytes).
    Words(Vec<u64>),
    /// Key images (a NaN key is only ever equal to its own image).
    Images(Vec<MapKey>),
}

pub fn new_map(p: &Program, key_ty: RtTypeId, val_ty: RtTypeId) -> u64 {
    let shape = match &p.rtypes[key_ty.0 as usize].kind {
        RtKind::String => KeyShape::Str,
        RtKind::Int { .. }
        | RtKind::Uintptr
        | RtKind::Bool
        | RtKind::Pointer(_)
        | RtKind::Chan { .. } => KeyShape::Word,
        _ => KeyShape::Image,
    };
    heap::foreign::new_object(GoMap {
        key_ty,
        val_ty,
        shape,
        table: Guarded::new(Table::new(shape == KeyShape::Word)),
        len: AtomicUsize::new(0),
    })
}

/// The map at address `m` (non-zero).
pub fn map_ref(m: u64) -> &'static GoMap {
    heap::foreign::get::<GoMap>(m)
}

/// The hash word of string bytes.
fn str_hash(b: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(b);
    h.finish()
}

fn image_hash(key: &MapKey) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    key.hash(&mut h);
    h.finish()
}

/// A key looked up: its hash word and how to recognise its entry.
enum Key {
    Word(u64),
    /// Hash word, key string, its bytes.
    Str(u64, u64, &'static [u8]),
    Image(MapKey),
}

impl Key {
    #[inline]
    fn of(p: &Program, map: &GoMap, k: u64) -> Result<Key, Fault> {
        match map.shape {
            KeyShape::Image => Ok(Key::Image(key_of(p, map.key_ty, k)?)),
            _ => Ok(Key::of_word(map, k)),
        }
    }

    /// The key of word or string key `k`.
    #[inline]
    fn of_word(map: &GoMap, k: u64) -> Key {
        if map.shape == KeyShape::Str {
            let b = heap::str_bytes(k);
            Key::Str(str_hash(b), k, b)
        } else {
            Key::Word(k)
        }
    }

    #[inline]
    fn probe(&self, t: &Table) -> Probe {
        match self {
            Key::Word(k) => t.probe(*k, |pos| t.entry(pos).k == *k),
            // The same string object is the common case (keys kept in a slice): no byte loads.
            Key::Str(h, k, b) => t.probe(*h, |pos| {
                let e = t.entry(pos).k;
                e == *k || heap::str_bytes(e) == *b
            }),
            Key::Image(img) => t.probe(image_hash(img), |pos| t.image(pos) == img),
        }
    }
}

pub fn get(p: &Program, m: u64, k: u64) -> Result<Option<u64>, Fault> {
    if m == 0 {
        return Ok(None);
    }
    let map = map_ref(m);
    if map.shape == KeyShape::Word {
        // The hot path of `m[k]`: no key construction at all.
        return map
            .table
            .read(|t| match t.probe(k, |pos| t.entry(pos).k == k) {
                Probe::Found(pos, _) => Some(t.entry(pos).v),
                Probe::Vacant(_) => None,
            })
            .map_err(Fault::from);
    }
    let key = Key::of(p, map, k)?;
    let found = map.table.read(|t| match key.probe(t) {
        Probe::Found(pos, _) => Some(t.entry(pos).v),
        Probe::Vacant(_) => None,
    })?;
    Ok(found)
}

pub fn set(p: &Program, m: u64, k: u64, v: u64) -> Result<(), Fault> {
    let map = map_ref(m);
    if map.shape == KeyShape::Word {
        return map
            .table
            .write(|t| match t.probe(k, |pos| t.entry(pos).k == k) {
                Probe::Found(pos, _) => t.set_at(pos, k, v),
                Probe::Vacant(slot) => {
                    t.insert_at(slot, k, k, v, None);
                    map.len.store(t.len(), Ordering::Relaxed);
                }
            })
            .map_err(Fault::from);
    }
    let key = Key::of(p, map, k)?;
    map.table.write(|t| {
        match key.probe(t) {
            Probe::Found(pos, _) => t.set_at(pos, k, v),
            Probe::Vacant(slot) => {
                let (x, img) = match key {
                    Key::Word(k) => (k, None),
                    Key::Str(h, ..) => (h, None),
                    Key::Image(img) => (image_hash(&img), Some(img)),
                };
                t.insert_at(slot, x, k, v, img);
                map.len.store(t.len(), Ordering::Relaxed);
            }
        };
    })?;
    Ok(())
}

pub fn delete(p: &Program, m: u64, k: u64) -> Result<(), Fault> {
    if m == 0 {
        return Ok(());
    }
    let map = map_ref(m);
    let key = Key::of(p, map, k)?;
    map.table.write(|t| {
        if let Probe::Found(pos, slot) = key.probe(t) {
            t.remove_at(pos, slot);
            map.len.store(t.len(), Ordering::Relaxed);
        }
    })?;
    Ok(())
}

pub fn len(m: u64) -> usize {
    if m == 0 {
        0
    } else {
        map_ref(m).len.load(Ordering::Relaxed)
    }
}

pub fn clear(m: u64) -> Result<(), Fault> {
    if m != 0 {
        let map = map_ref(m);
        map.table.write(|t| {
            t.clear();
            map.len.store(0, Ordering::Relaxed);
        })?;
    }
    Ok(())
}

pub fn iter(m: u64) -> u64 {
    let keys = if m == 0 {
        IterKeys::Words(Vec::new())
    } else {
        let map = map_ref(m);
        map.table.read_waiting(|t| match map.shape {
            KeyShape::Image => IterKeys::Images(t.images().cloned().collect()),
            _ => IterKeys::Words(t.iter().map(|e| e.k).collect()),
        })
    };
    heap::foreign::new_object(MapIter {
        map: m,
        keys,
        next: AtomicUsize::new(0),
    })
}

/// The next live entry of iterator `it`: (key slot, value slot).
pub fn next(it: u64) -> Option<(u64, u64)> {
    let it = heap::foreign::get::<MapIter>(it);
    loop {
        let i = it.next.load(Ordering::Relaxed);
        let key = match &it.keys {
            IterKeys::Words(w) if i < w.len() => Key::of_word(map_ref(it.map), w[i]),
            IterKeys::Images(v) if i < v.len() => Key::Image(v[i].clone()),
            _ => return None,
        };
        it.next.store(i + 1, Ordering::Relaxed);
        let found = map_ref(it.map).table.read_waiting(|t| match key.probe(t) {
            Probe::Found(pos, _) => Some(*t.entry(pos)),
            Probe::Vacant(_) => None,
        });
        if let Some(e) = found {
            return Some((e.k, e.v));
        }
    }
}

/// A snapshot of all entries (for fmt, which prints maps sorted by key).
pub fn entries(m: u64) -> Vec<(u64, u64)> {
    if m == 0 {
        return Vec::new();
    }
    map_ref(m)
        .table
        .read_waiting(|t| t.iter().map(|e| (e.k, e.v)).collect())
}
