//! The compiled program: functions, constants, runtime type descriptors and the symbol table —
//! everything the VM needs and nothing from the checker.
//!
//! Invariants: `funcs[f].code` has a line entry per instruction; `rtypes` is closed (every
//! `RtTypeId` mentioned anywhere indexes it); method tables are sorted by symbol.

use super::opcode::{FuncId, NativeId, Op, RtTypeId};
use crate::types::FileId;
use std::sync::Arc;

/// A constant the loader turns into a word before the program runs.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Word(u64),
    Str(Vec<u8>),
}

#[derive(Clone, Debug)]
pub struct FuncProto {
    /// Go's name as printed in stack traces: `main.main`, `main.(*Stack).Push`, `main.main.func1`.
    pub name: String,
    /// Number of parameter slots (receiver first) and result slots.
    pub nparams: u16,
    pub nresults: u16,
    /// Registers needed by the window (at least max(nparams, nresults)).
    pub nregs: u16,
    pub code: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub file: FileId,
    /// For native stubs: the native it forwards to.
    pub native: Option<NativeId>,
    /// The pc of the epilogue (`RunDefers` ... `Return`) where a recovered panic resumes.
    pub epilogue: u32,
    /// Registers that may hold heap references at a safepoint, one bit each (`regkind.rs`).
    pub ptr_regs: Vec<u64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RtField {
    pub name: String,
    pub ty: RtTypeId,
    /// Offset in words within the struct.
    pub off: u32,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RtKind {
    Bool,
    Int {
        bits: u8,
        signed: bool,
    },
    Uintptr,
    Float {
        bits: u8,
    },
    String,
    Pointer(RtTypeId),
    Slice(RtTypeId),
    Array {
        len: u64,
        elem: RtTypeId,
    },
    Map {
        key: RtTypeId,
        value: RtTypeId,
    },
    Chan {
        elem: RtTypeId,
    },
    Struct(Vec<RtField>),
    Func,
    /// Method name symbols, sorted.
    Interface(Vec<u32>),
    /// The type of the `nil` panic value and other internal uses.
    UntypedNil,
}

#[derive(Clone, Debug)]
pub struct RtType {
    /// As `%T` prints it: `int`, `main.Point`, `[]string`, `map[string]int`, `*main.Node`.
    pub name: String,
    pub kind: RtKind,
    /// Words of the value when stored inline (aggregates flatten).
    pub words: u32,
    /// Is it a defined (named) type? (`%v` of a named string type still prints as a string.)
    pub named: bool,
    /// Method set as (name symbol, function taking the interface data word as receiver), sorted.
    pub methods: Vec<(u32, FuncId)>,
    /// Is the type comparable with ==?
    pub comparable: bool,
}

impl RtType {
    pub fn method(&self, sym: u32) -> Option<FuncId> {
        self.methods
            .binary_search_by_key(&sym, |m| m.0)
            .ok()
            .map(|i| self.methods[i].1)
    }

    /// Is the value an aggregate held as a box address?
    pub fn is_aggregate(&self) -> bool {
        matches!(self.kind, RtKind::Struct(_) | RtKind::Array { .. })
    }
}

/// Well-known symbols the runtime looks up.
#[derive(Clone)]
pub struct WellKnown {
    pub error_sym: u32,
    pub string_sym: u32,
    /// Symbols of methods fmt and errors look for, when some type of the program has them:
    /// `GoString() string`, `Unwrap() error`, `Unwrap() []error`, `As(any) bool`.
    pub gostring_sym: Option<u32>,
    pub unwrap_sym: Option<u32>,
    pub unwrap_list_sym: Option<u32>,
    pub as_sym: Option<u32>,
    /// The `string` and `error`-implementing runtime error types, for runtime panics.
    pub rt_string: RtTypeId,
    pub rt_int: RtTypeId,
    /// The dynamic types of runtime-error panic values, as Go names them (`%T` shows them):
    /// `runtime.errorString` (nil dereference, division by zero...), `runtime.boundsError`,
    /// `runtime.plainError` (nil map write), `*runtime.TypeAssertionError`,
    /// `*runtime.PanicNilError`. Each holds its message as a string and implements runtime.Error.
    pub rt_runtime_error: RtTypeId,
    pub rt_bounds_error: RtTypeId,
    pub rt_plain_error: RtTypeId,
    pub rt_type_assert_error: RtTypeId,
    pub rt_panic_nil_error: RtTypeId,
    pub rt_error_string: RtTypeId,
    /// Native-backed functions that natives turn into Go closures: an iterator (`iter.Seq`) over
    /// a slice or map (captures: kind, source, runtime type), and a `yield` that appends to a
    /// buffer (captures: buffer).
    pub iter_func: FuncId,
    pub collect_yield_func: FuncId,
    /// The two-value `yield` (for `iter.Seq2`): appends key and value to its buffer.
    pub collect_yield2_func: FuncId,
}

pub struct Program {
    /// Shared with later snapshots of a REPL session's program (see `compile::session`).
    pub funcs: Vec<Arc<FuncProto>>,
    /// Constants `consts_base..consts_base + consts.len()`: a REPL snapshot carries only the
    /// constants it adds (the ones before were loaded from earlier snapshots).
    pub consts: Vec<Const>,
    pub consts_base: usize,
    pub rtypes: Vec<Arc<RtType>>,
    /// Method and field name symbols.
    pub symbols: Vec<String>,
    /// Number of global words.
    pub nglobals: u32,
    /// The function that runs package initialization and then `main.main`.
    pub entry: FuncId,
    /// Source file names by `FileId` (for tracebacks).
    pub file_names: Vec<String>,
    pub well_known: WellKnown,
    /// Pointer layouts of heap objects for the collector (`Op::Alloc`, `Op::MakeSlice`): a
    /// mask with bit i set when word i of a `stride`-word pattern may be a reference, repeated
    /// over the object. Entry `LAYOUT_ANY` scans every word, `LAYOUT_NONE` none.
    pub layouts: Vec<(u64, u32)>,
}

impl Program {
    /// One past the last constant index.
    pub fn nconsts(&self) -> usize {
        self.consts_base + self.consts.len()
    }
}

/// `Program::layouts` entries every program has.
pub const LAYOUT_ANY: u16 = 0;
pub const LAYOUT_NONE: u16 = 1;
