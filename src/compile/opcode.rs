//! The instruction set: the specification of the VM (one doc line per instruction, as Lua's
//! `lopcodes.h`). `R[x]` is register `x` of the current frame's window; every register is an
//! untyped 8-byte slot whose meaning the instruction fixes (ARCHITECTURE.md §4).
//!
//! Value representation (one slot per Go value):
//! - bool 0/1; integers as i64 (sized ints kept normalized by `Trunc`); floats as f64 bits
//!   (float32 rounded by `RoundF32`);
//! - string: 0 for "" or the address of a `{data ptr, len}` header; slice: 0 for nil or the address
//!   of a `{data ptr, len, cap}` header whose elements are `ew` words each, stored inline;
//! - struct and array values: the address of a private box of `words(T)` words (fields and
//!   elements flattened inline); a pointer `*T` is the address of the pointee's first word, so a
//!   pointer to an aggregate and an aggregate value have the same shape;
//! - map: 0 or the address of a `GoMap`; func: 0 or the address of a closure `{FuncId, captures...}`;
//!   interface: 0 for nil or the address of a `{RtTypeId, data slot}` box.
//!
//! Invariants: every register index is < the function's `nregs` (checked by `verify`); every jump
//! target is < the code length, and the jumps that do not poll the safepoint (`JumpIfNot`,
//! `JumpGeI`, `JumpGtI`) jump forward; `Call*` instructions place arguments at `R[a..]` and find
//! results there after the call (register windows).

use std::fmt;

/// A register of the current frame's window.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u16);

impl fmt::Debug for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

/// Index of a function in `Program::funcs` (bytecode functions and native stubs alike).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Index of a runtime type descriptor in `Program::rtypes`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct RtTypeId(pub u32);

/// Index of a native function in `stdlib::NATIVES`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct NativeId(pub u32);

/// Sized integer kinds that need normalizing after arithmetic.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IntKind {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// Bounds-check flavours for slice expressions, chosen so the panic message is Go's.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SliceOf {
    String,
    Slice {
        ew: u16,
    },
    /// An array through a pointer to its words; the array length is in R[a+3].
    Array {
        ew: u16,
    },
}

// ---- operand encodings: flag bits packed into an operand ----

/// `SliceExpr::has` bit: the low bound R[a] is present.
pub const SLICE_HAS_LO: u8 = 1 << 0;
/// `SliceExpr::has` bit: the high bound R[a+1] is present.
pub const SLICE_HAS_HI: u8 = 1 << 1;
/// `SliceExpr::has` bit: the max (capacity) bound R[a+2] is present.
pub const SLICE_HAS_MAX: u8 = 1 << 2;
/// The `SliceExpr::has` bit of each bound, in source order (lo, hi, max).
pub const SLICE_HAS: [u8; 3] = [SLICE_HAS_LO, SLICE_HAS_HI, SLICE_HAS_MAX];

/// `esize` (of `Append`, `AppendSlice`): the low 14 bits are Go's element size in bytes,
/// saturated at this mask.
pub const ESIZE_BYTES: u16 = 0x3fff;
/// `esize` bit 14: the append may grow into gc's 32-byte stack buffer (a first capacity of at
/// least 32 bytes): set by the compiler for `s = append(s, ...)` on a local slice that never
/// escapes (`compile::escape`).
pub const ESIZE_MIN32: u16 = 1 << 14;
/// `esize` bit 15: the element type holds pointers (a large allocation then carries Go's 8-byte
/// malloc header, and the elements are scanned by the collector).
pub const ESIZE_POINTERS: u16 = 1 << 15;

/// The `esize` operand for elements of `bytes` bytes (Go's size), holding pointers or not.
pub fn esize(bytes: u64, pointers: bool) -> u16 {
    bytes.min(ESIZE_BYTES as u64) as u16 | if pointers { ESIZE_POINTERS } else { 0 }
}

/// `Select::n` bit 15: the select has a default case. The low 15 bits count the cases.
pub const SELECT_DEFAULT: u16 = 1 << 15;
/// The most cases one `Select` carries: `sends` has one bit per case.
pub const SELECT_MAX_CASES: usize = u32::BITS as usize;

/// The `Select::n` operand for `cases` cases (at most `SELECT_MAX_CASES`) and maybe a default.
pub fn select_n(cases: u16, has_default: bool) -> u16 {
    cases | if has_default { SELECT_DEFAULT } else { 0 }
}

/// The number of cases a `Select::n` operand carries.
pub fn select_cases(n: u16) -> u16 {
    n & !SELECT_DEFAULT
}

/// Whether a `Select::n` operand carries a default case.
pub fn select_has_default(n: u16) -> bool {
    n & SELECT_DEFAULT != 0
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Op {
    /// no effect
    Nop,
    /// R[dst] := R[src]
    Move { dst: Reg, src: Reg },
    /// R[dst] := imm (sign-extended)
    LoadInt { dst: Reg, imm: i32 },
    /// R[dst] := Program.consts[k] (a word: a big integer, float bits, or a preallocated string)
    LoadConst { dst: Reg, k: u32 },
    /// R[dst] := globals[g]
    LoadGlobal { dst: Reg, g: u32 },
    /// globals[g] := R[src]
    StoreGlobal { g: u32, src: Reg },
    /// R[dst] := &globals[g]
    AddrGlobal { dst: Reg, g: u32 },
    /// R[dst] := the (shared, capture-less) closure of function f
    LoadFunc { dst: Reg, f: FuncId },

    // ---- integer arithmetic (wrapping i64; sized kinds are then normalized by Trunc) ----
    /// R[dst] := R[a] + R[b]
    AddI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] + imm
    AddImm { dst: Reg, a: Reg, imm: i16 },
    /// R[dst] := R[a] * imm (full-width integers)
    MulImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] & imm (sign-extended immediate; full-width integers)
    AndImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] - R[b]
    SubI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] * R[b]
    MulI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b] signed (panics "integer divide by zero")
    DivI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] % R[b] signed
    RemI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b] unsigned 64-bit
    DivU { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] % R[b] unsigned 64-bit
    RemU { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] & R[b]
    And { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] | R[b]
    Or { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] ^ R[b]
    Xor { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] &^ R[b]
    AndNot { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] << R[b] (count ≥ 64 gives 0; count taken as unsigned unless `signed_count`
    /// and negative, which panics "negative shift amount")
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
        signed_count: bool,
    },
    /// R[dst] := R[a] >> R[b] arithmetic (signed operand)
    ShrI {
        dst: Reg,
        a: Reg,
        b: Reg,
        signed_count: bool,
    },
    /// R[dst] := R[a] >> R[b] logical (unsigned operand)
    ShrU {
        dst: Reg,
        a: Reg,
        b: Reg,
        signed_count: bool,
    },
    /// R[dst] := -R[a]
    NegI { dst: Reg, a: Reg },
    /// R[dst] := ^R[a]
    BitNot { dst: Reg, a: Reg },
    /// R[dst] := !R[a] (bool)
    Not { dst: Reg, a: Reg },
    /// R[dst] := R[src] truncated to `kind` and sign- or zero-extended back to 64 bits
    Trunc { dst: Reg, src: Reg, kind: IntKind },

    // ---- floats (f64 bits) ----
    /// R[dst] := R[a] + R[b]
    AddF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] - R[b]
    SubF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] * R[b]
    MulF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b] (IEEE: no panic)
    DivF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := -R[a]
    NegF { dst: Reg, a: Reg },
    /// R[dst] := R[src] rounded to float32 precision
    RoundF32 { dst: Reg, src: Reg },

    // ---- comparisons: R[dst] := bool ----
    /// R[dst] := R[a] == R[b] (word equality: ints, bools, pointers, chans, maps/funcs vs nil)
    EqW { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] != R[b] (word)
    NeW { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] < R[b] signed
    LtI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] <= R[b] signed
    LeI { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] < R[b] unsigned
    LtU { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] <= R[b] unsigned
    LeU { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] == R[b] as floats
    EqF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] != R[b] as floats
    NeF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] < R[b] as floats
    LtF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] <= R[b] as floats
    LeF { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] == R[b] as strings
    EqS { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] < R[b] as strings (bytewise)
    LtS { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] <= R[b] as strings
    LeS { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] == R[b] for values of type `ty` (structs, arrays, interfaces: deep; panics
    /// "comparing uncomparable type T" for interfaces holding uncomparable values)
    EqV {
        dst: Reg,
        a: Reg,
        b: Reg,
        ty: RtTypeId,
    },

    // ---- conversions ----
    /// R[dst] := float(R[src]) from a signed integer
    IToF { dst: Reg, src: Reg },
    /// R[dst] := float(R[src]) from an unsigned integer
    UToF { dst: Reg, src: Reg },
    /// R[dst] := int64(R[src]) truncating toward zero (saturating out of range)
    FToI { dst: Reg, src: Reg },
    /// R[dst] := uint64(R[src]) truncating toward zero
    FToU { dst: Reg, src: Reg },
    /// R[dst] := string(rune(R[src])) (invalid code points give "\uFFFD")
    RuneToStr { dst: Reg, src: Reg },
    /// R[dst] := []byte(R[src])
    StrToBytes { dst: Reg, src: Reg },
    /// R[dst] := string(R[src] []byte)
    BytesToStr { dst: Reg, src: Reg },
    /// R[dst] := []rune(R[src])
    StrToRunes { dst: Reg, src: Reg },
    /// R[dst] := string(R[src] []rune)
    RunesToStr { dst: Reg, src: Reg },

    // ---- strings ----
    /// R[dst] := R[a] + R[b]
    Concat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := len(R[a]) for a string
    StrLen { dst: Reg, a: Reg },
    /// R[dst] := R[s][R[i]] (byte; bounds-checked)
    StrIndex { dst: Reg, s: Reg, i: Reg },
    /// R[dst], R[dst+1] := the rune at byte offset R[i] of string R[s], and the offset after it
    /// (Go's `for range` decoding: invalid UTF-8 gives U+FFFD width 1)
    DecodeRune { dst: Reg, s: Reg, i: Reg },

    // ---- slices, arrays, strings: slicing ----
    /// R[dst] := R[x][R[a] : R[a+1] : R[a+2]] where the `SLICE_HAS_*` bits of `has` say lo/hi/max
    /// are present (absent lo = 0, hi = len, max = cap; for arrays R[a+3] holds the length);
    /// bounds-checked with Go's messages
    SliceExpr {
        dst: Reg,
        x: Reg,
        a: Reg,
        has: u8,
        of: SliceOf,
    },

    // ---- slices ----
    /// R[dst] := make([]T, R[a], R[a+1]) with `ew`-word elements (panics on bad len/cap)
    MakeSlice {
        dst: Reg,
        a: Reg,
        ew: u16,
        /// The elements' pointer layout (`Program::layouts`).
        layout: u16,
    },
    /// R[dst] := len(R[a]) for a slice
    SliceLen { dst: Reg, a: Reg },
    /// R[dst] := cap(R[a]) for a slice
    SliceCap { dst: Reg, a: Reg },
    /// R[dst] := R[s][R[i]] for a one-word element type (bounds-checked)
    LoadElem { dst: Reg, s: Reg, i: Reg },
    /// R[s][R[i]] := R[src] for a one-word element type (bounds-checked)
    StoreElem { s: Reg, i: Reg, src: Reg },
    /// R[dst] := &R[s][R[i]] for `ew`-word elements (bounds-checked)
    ElemAddr { dst: Reg, s: Reg, i: Reg, ew: u16 },
    /// R[dst] := &R[arr][R[i]] for an array of R[len] elements of `ew` words at address R[arr]
    ArrayElemAddr {
        dst: Reg,
        arr: Reg,
        i: Reg,
        ew: u16,
        len: Reg,
    },
    /// R[dst] := append(R[s], R[v]) for an `ew`-word element (for ew > 1, R[v] is a box address);
    /// `esize` (see `esize()`) is Go's element size in bytes, which fixes the growth (Go's
    /// `growslice`), and the `ESIZE_*` flags
    Append {
        dst: Reg,
        s: Reg,
        v: Reg,
        ew: u16,
        esize: u16,
    },
    /// R[dst] := append(R[s], R[t]...) for slices (or a string when `from_str`, ew = 1, bytes)
    AppendSlice {
        dst: Reg,
        s: Reg,
        t: Reg,
        ew: u16,
        from_str: bool,
        esize: u16,
    },
    /// R[dst] := copy(R[a], R[b]) (R[b] a string when `from_str`)
    CopySlice {
        dst: Reg,
        a: Reg,
        b: Reg,
        ew: u16,
        from_str: bool,
    },
    /// R[dst] := a slice of the `n` consecutive values R[a..a+n] (`ew` words each; for ew > 1 each
    /// register holds a box address) — variadic argument packing and slice literals
    PackSlice { dst: Reg, a: Reg, n: u16, ew: u16 },
    /// clear(R[s]): zero every element of a slice
    ClearSlice { s: Reg, ew: u16 },

    // ---- boxes, pointers, memory ----
    /// R[dst] := address of `words` new zeroed words (a box, a cell, `new(T)`)
    /// A zeroed box of `words` words with pointer layout `layout` (`Program::layouts`).
    Alloc { dst: Reg, words: u32, layout: u16 },
    /// R[dst] := address of a new one-word cell holding R[src] (an escaping scalar variable)
    NewCell { dst: Reg, src: Reg },
    /// R[dst] := address of a fresh copy of the `words` words at R[src] (nil-checked)
    CopyBox { dst: Reg, src: Reg, words: u32 },
    /// copy `words` words from address R[src] to address R[dst] (both nil-checked)
    CopyInto { dst: Reg, src: Reg, words: u32 },
    /// R[dst] := word at R[addr] + off words (panics on nil R[addr])
    Load { dst: Reg, addr: Reg, off: u32 },
    /// word at R[addr] + off words := R[src] (panics on nil R[addr])
    Store { addr: Reg, off: u32, src: Reg },
    /// R[dst] := R[addr] + off words (panics on nil R[addr]: `&p.f` with p nil)
    AddrOff { dst: Reg, addr: Reg, off: u32 },
    /// panics with a nil dereference if R[addr] is nil
    NilCheck { addr: Reg },

    // ---- maps ----
    /// R[dst] := make(map[K]V) of map type `ty`
    MakeMap { dst: Reg, ty: RtTypeId },
    /// R[dst] := R[m][R[k]] (zero value of the value type `ty` when absent or nil map); if
    /// `comma_ok`, R[dst+1] := whether present
    MapGet {
        dst: Reg,
        m: Reg,
        k: Reg,
        ty: RtTypeId,
        comma_ok: bool,
    },
    /// R[m][R[k]] := R[v] (panics "assignment to entry in nil map")
    MapSet { m: Reg, k: Reg, v: Reg },
    /// delete(R[m], R[k])
    MapDelete { m: Reg, k: Reg },
    /// R[dst] := len(R[m])
    MapLen { dst: Reg, m: Reg },
    /// clear(R[m])
    MapClear { m: Reg },
    /// R[dst] := an iterator over a snapshot of R[m]'s keys
    MapIter { dst: Reg, m: Reg },
    /// advance iterator R[it]: R[dst] := more?, R[dst+1] := key, R[dst+2] := value (entries deleted
    /// since the snapshot are skipped, as Go allows)
    MapNext { dst: Reg, it: Reg },

    // ---- interfaces ----
    /// R[dst] := interface box {ty, R[src]} (R[src] must already be a private copy for aggregates)
    MakeIface { dst: Reg, src: Reg, ty: RtTypeId },
    /// R[dst] := R[src].(ty) for a concrete `ty`; panics with Go's interface-conversion message
    /// (naming the static interface type `iface`) unless `comma_ok`, which sets R[dst+1] := ok
    /// and R[dst] := zero value on failure
    AssertType {
        dst: Reg,
        src: Reg,
        ty: RtTypeId,
        comma_ok: bool,
        iface: u16,
    },
    /// R[dst] := [len]T(R[src]) (a fresh copy), or (*[len]T)(R[src]) when `ptr` (shares the
    /// elements); panics when the slice is shorter
    SliceToArray {
        dst: Reg,
        src: Reg,
        len: u32,
        ew: u16,
        ptr: bool,
    },
    /// R[dst] := R[src].(I) for an interface type `ty` (the box is shared: interfaces are immutable)
    AssertIface {
        dst: Reg,
        src: Reg,
        ty: RtTypeId,
        comma_ok: bool,
    },
    /// R[dst] := the dynamic RtTypeId of interface R[src] plus one, or 0 for nil (type switches)
    IfaceType { dst: Reg, src: Reg },
    /// R[dst] := whether interface R[src] holds a type implementing interface `ty`
    Implements { dst: Reg, src: Reg, ty: RtTypeId },
    /// R[dst] := the data word of interface R[src] (after a successful type test)
    IfaceData { dst: Reg, src: Reg },

    // ---- closures ----
    /// R[dst] := closure of `f` capturing R[a..a+n] (cell or box addresses)
    MakeClosure { dst: Reg, f: FuncId, a: Reg, n: u16 },
    /// R[dst] := capture `idx` of the running closure
    LoadCapture { dst: Reg, idx: u16 },
    /// R[dst] := *capture `idx` (the value of a captured scalar variable, held in a cell)
    LoadCaptured { dst: Reg, idx: u16 },
    /// *capture `idx` := R[src] (assignment to a captured scalar variable)
    StoreCaptured { idx: u16, src: Reg },

    // ---- channels (runtime/chan.rs) ----
    /// R[dst] := make(chan T, R[a]) whose element type is `ty`
    MakeChan { dst: Reg, a: Reg, ty: RtTypeId },
    /// R[ch] <- R[src] (may park the goroutine)
    ChanSend { ch: Reg, src: Reg },
    /// R[dst] := <-R[ch]; if `comma_ok`, R[dst+1] := whether a value was received (may park)
    ChanRecv { dst: Reg, ch: Reg, comma_ok: bool },
    /// close(R[ch])
    ChanClose { ch: Reg },
    /// R[dst] := len(R[ch])
    ChanLen { dst: Reg, ch: Reg },
    /// R[dst] := cap(R[ch])
    ChanCap { dst: Reg, ch: Reg },
    /// select over the `select_cases(n)` cases whose channel and send value are R[a+2i], R[a+2i+1];
    /// bit i of `sends` marks a send case, `SELECT_DEFAULT` in `n` a default case. R[dst] := the
    /// chosen case (the case count for default), R[dst+1] := received value, R[dst+2] := ok
    Select {
        dst: Reg,
        a: Reg,
        n: u16,
        sends: u32,
    },

    // ---- calls ----
    /// call f with arguments R[a..]; its results land in R[a..]
    Call { a: Reg, f: FuncId },
    /// call the closure R[f] with arguments R[a..]; results land in R[a..] (nil: panic). The
    /// closure may sit in any register (a local variable needs no copy into the window).
    CallClosure { f: Reg, a: Reg },
    /// call the closure in global slot g (a REPL session function, late bound) with arguments
    /// R[a..]; results land in R[a..] (nil: panic)
    CallGlobal { a: Reg, g: u32 },
    /// call native `n` with arguments R[a..]; results land in R[a..]
    CallNative { a: Reg, n: NativeId },
    /// call method `method` (a name symbol) of interface R[a] with arguments R[a+1..]; the
    /// receiver slot R[a] is replaced by the dynamic value; results land in R[a..]
    CallIface { a: Reg, method: u32 },
    /// defer the call of closure R[a] with the `n` arguments R[a+1..a+1+n] (evaluated now)
    Defer { a: Reg, n: u16 },
    /// start a goroutine running closure R[a] with the `n` arguments R[a+1..a+1+n]
    Go { a: Reg, n: u16 },
    /// run the frame's pending deferred calls (LIFO), one per visit, then fall through
    RunDefers,
    /// return R[a..a+n] to the caller
    Return { a: Reg, n: u16 },
    /// panic with the interface value R[src]
    Panic { src: Reg },
    /// R[dst] := recover()
    Recover { dst: Reg },
    /// panics "not supported yet: <consts[k]>" (a construct in a standard-library body that this
    /// version cannot run; user code gets a compile-time diagnostic instead)
    Unsupported { k: u32 },
    /// panics "all goroutines are asleep"-style fatal: reached the end of a function with results
    /// (the checker rules this out; kept as a safety net)
    Unreachable,

    // ---- control ----
    /// pc := target
    Jump { target: u32 },
    /// if R[c] then pc := target
    JumpIf { c: Reg, target: u32 },
    /// if !R[c] then pc := target (forward only: no safepoint poll)
    JumpIfNot { c: Reg, target: u32 },
    /// if R[a] < R[b] (signed) then pc := target — the loop back-edge superinstruction
    JumpLtI { a: Reg, b: Reg, target: u32 },
    /// if R[a] <= R[b] (signed) then pc := target
    JumpLeI { a: Reg, b: Reg, target: u32 },
    /// if R[a] < imm (signed) then pc := target (comparison with a small constant, fused)
    JumpLtImm { a: Reg, imm: i32, target: u32 },
    /// if R[a] >= imm (signed) then pc := target
    JumpGeImm { a: Reg, imm: i32, target: u32 },
    /// R[a] += 1; if R[a] < imm (signed) then pc := target — a counted loop's `i++; i < n`
    /// (Lua's FORLOOP)
    IncJumpLtImm { a: Reg, imm: i32, target: u32 },
    /// R[a] += 1; if R[a] < R[b] (signed) then pc := target
    IncJumpLtI { a: Reg, b: Reg, target: u32 },
    /// if R[a] >= R[b] (signed) then pc := target (a false `<` condition, fused; forward only: no
    /// safepoint poll)
    JumpGeI { a: Reg, b: Reg, target: u32 },
    /// if R[a] > R[b] (signed) then pc := target (a false `<=` condition, fused; forward only: no
    /// safepoint poll)
    JumpGtI { a: Reg, b: Reg, target: u32 },
    /// if R[a] != R[b] (words) then pc := target (a false `==` condition, fused)
    JumpNeW { a: Reg, b: Reg, target: u32 },
    /// if R[a] == R[b] (words) then pc := target (a false `!=` condition, fused)
    JumpEqW { a: Reg, b: Reg, target: u32 },
}

#[cfg(test)]
mod tests {
    #[test]
    fn instruction_size_stays_small() {
        // Dispatch speed depends on instructions staying compact (ARCHITECTURE.md §4).
        assert!(
            std::mem::size_of::<super::Op>() <= 12,
            "Op is {} bytes",
            std::mem::size_of::<super::Op>()
        );
    }
}
