//! fmt's value printer over VM values: Go's `pp.printArg` / `pp.printValue` (operands by runtime
//! type, `Error()`/`String()` methods called back into Go, maps sorted by key as `fmtsort` does),
//! and the Print/Println/Printf drivers. Number and string details are `format::verbs`.
//!
//! Invariant: values are (runtime type, word) pairs; for aggregates the word is the address of the
//! value's inline words.

use super::format::printf::{parse_printf, Piece, EXTRA_START};
use super::format::spec::Spec;
use super::format::verbs::{self, bad_verb_end, bad_verb_nil, bad_verb_start};
use crate::compile::opcode::RtTypeId;
use crate::compile::program::{Program, RtKind};
use crate::heap;
use crate::vm::{Stop, Vm, G};
use std::cmp::Ordering;

/// The printer of one fmt call.
pub struct Printer<'v, 'p> {
    pub vm: &'v mut Vm<'p>,
    pub g: &'v mut G,
    pub out: Vec<u8>,
}

impl Printer<'_, '_> {
    /// Go's `pp.printArg` for an interface word.
    pub fn print_arg(&mut self, spec: &Spec, iface: u64) -> Result<(), Stop> {
        if iface == 0 {
            match spec.verb {
                'T' | 'v' => {
                    verbs::fmt_string(&mut self.out, &Spec { verb: 's', ..*spec }, b"<nil>")
                        .unwrap_or(())
                }
                _ => bad_verb_nil(&mut self.out, spec.verb),
            }
            return Ok(());
        }
        let ty = RtTypeId(heap::load(iface) as u32);
        let w = heap::load(iface + 8);
        let prog = self.vm.prog();
        if spec.verb == 'T' {
            let name = prog.rtypes[ty.0 as usize].name.clone();
            let _ = verbs::fmt_string(&mut self.out, &Spec { verb: 's', ..*spec }, name.as_bytes());
            return Ok(());
        }
        if spec.verb == 'p' {
            return self.pointer(spec, ty, w);
        }
        self.print_value(spec, ty, w, 0, true)
    }

    /// Go's `handleMethods`: `Error()` then `String()` for verbs v s x X q. Returns true if used.
    fn handle_methods(&mut self, spec: &Spec, ty: RtTypeId, w: u64) -> Result<bool, Stop> {
        let prog = self.vm.prog();
        let rt = &prog.rtypes[ty.0 as usize];
        let wk = &prog.well_known;
        let m = if spec.sharp_v {
            // %#v uses a GoString method when there is one.
            let gs = wk.gostring_sym;
            match gs.and_then(|g| rt.method(g)) {
                Some(f) => Some(f),
                None => return Ok(false),
            }
        } else if !matches!(spec.verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return Ok(false);
        } else {
            rt.method(wk.error_sym).or_else(|| rt.method(wk.string_sym))
        };
        let Some(f) = m else { return Ok(false) };
        let method = if spec.sharp_v {
            "GoString"
        } else if rt.method(wk.error_sym).is_some() {
            "Error"
        } else {
            "String"
        };
        let nil_ptr = matches!(rt.kind, RtKind::Pointer(_)) && w == 0;
        let c = self.vm.func_closure(f);
        let arg = if rt.is_aggregate() {
            heap::clone_words(w, rt.words as usize)
        } else {
            w
        };
        let res = match self.vm.call_closure(self.g, c, &[arg]) {
            Ok(r) => r,
            Err(Stop::Unwind) => {
                // Go's catchPanic: a nil pointer receiver prints <nil>; any other panic in the
                // method is reported inline and printing goes on.
                let v = self.vm.take_panic(self.g);
                self.g.ghosts.clear();
                if nil_ptr {
                    let _ =
                        verbs::fmt_string(&mut self.out, &Spec { verb: 's', ..*spec }, b"<nil>");
                } else {
                    let text = self.vm.panic_value_text(self.g, v);
                    self.out.extend_from_slice(b"%!");
                    let mut buf = [0u8; 4];
                    self.out
                        .extend_from_slice(spec.verb.encode_utf8(&mut buf).as_bytes());
                    self.out
                        .extend_from_slice(format!("(PANIC={method} method: {text})").as_bytes());
                }
                return Ok(true);
            }
            Err(e) => return Err(e),
        };
        let s = heap::str_bytes(res.first().copied().unwrap_or(0));
        if spec.sharp_v {
            self.out.extend_from_slice(s);
            return Ok(true);
        }
        if verbs::fmt_string(&mut self.out, spec, s).is_err() {
            self.bad_verb(spec, RtTypeId(prog.well_known.rt_string.0), res[0])?;
        }
        Ok(true)
    }

    fn bad_verb(&mut self, spec: &Spec, ty: RtTypeId, w: u64) -> Result<(), Stop> {
        let name = self.vm.prog().rtypes[ty.0 as usize].name.clone();
        bad_verb_start(&mut self.out, spec.verb, &name);
        let vs = spec.for_verb('v');
        self.print_value(&vs, ty, w, 0, true)?;
        bad_verb_end(&mut self.out);
        Ok(())
    }

    fn pointer(&mut self, spec: &Spec, ty: RtTypeId, w: u64) -> Result<(), Stop> {
        let name = self.vm.prog().rtypes[ty.0 as usize].name.clone();
        if verbs::fmt_pointer(&mut self.out, spec, w, &name).is_err() {
            self.bad_verb(spec, ty, w)?;
        }
        Ok(())
    }

    /// Go's `printValue`. `can_iface`: the value was not reached through an unexported field.
    pub fn print_value(
        &mut self,
        spec: &Spec,
        ty: RtTypeId,
        w: u64,
        depth: usize,
        can_iface: bool,
    ) -> Result<(), Stop> {
        let prog: &Program = self.vm.prog();
        let rt = &prog.rtypes[ty.0 as usize];
        if can_iface
            && (depth > 0 || rt.named || !rt.methods.is_empty())
            && self.handle_methods(spec, ty, w)?
        {
            return Ok(());
        }
        if depth > 100 {
            self.out.extend_from_slice(b"...");
            return Ok(());
        }
        let r = match &rt.kind {
            RtKind::Bool => verbs::fmt_bool(&mut self.out, spec, w != 0),
            RtKind::Int { signed, .. } => verbs::fmt_int(&mut self.out, spec, w, *signed),
            RtKind::Uintptr => verbs::fmt_int(&mut self.out, spec, w, false),
            RtKind::Float { bits } => {
                verbs::fmt_float(&mut self.out, spec, f64::from_bits(w), *bits as u32)
            }
            RtKind::String => verbs::fmt_string(&mut self.out, spec, heap::str_bytes(w)),
            RtKind::UntypedNil => {
                self.out.extend_from_slice(b"<nil>");
                Ok(())
            }
            RtKind::Map { key, value } => {
                return self.print_map(spec, ty, w, *key, *value, depth, can_iface)
            }
            RtKind::Struct(fields) => {
                let fields = fields.clone();
                if spec.sharp_v {
                    self.out.extend_from_slice(rt.name.as_bytes());
                }
                self.out.push(b'{');
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out
                            .extend_from_slice(if spec.sharp_v { b", " } else { b" " });
                    }
                    if spec.plus_v || spec.sharp_v {
                        self.out.extend_from_slice(f.name.as_bytes());
                        self.out.push(b':');
                    }
                    let fw = self.field_word(f.ty, w + f.off as u64 * 8);
                    let exported = f.name.chars().next().is_some_and(|c| c.is_uppercase())
                        || f.embedded
                            && f.name
                                .trim_start_matches('*')
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase());
                    self.print_value(spec, f.ty, fw, depth + 1, can_iface && exported)?;
                }
                self.out.push(b'}');
                Ok(())
            }
            RtKind::Interface(_) => {
                if w == 0 {
                    if spec.sharp_v {
                        self.out.extend_from_slice(rt.name.as_bytes());
                        self.out.extend_from_slice(b"(nil)");
                    } else {
                        let _ = verbs::fmt_string(
                            &mut self.out,
                            &Spec { verb: 's', ..*spec },
                            b"<nil>",
                        );
                    }
                    Ok(())
                } else {
                    let dt = RtTypeId(heap::load(w) as u32);
                    let dw = heap::load(w + 8);
                    return self.print_value(spec, dt, dw, depth + 1, can_iface);
                }
            }
            RtKind::Slice(elem) | RtKind::Array { elem, .. } => {
                let elem = *elem;
                let (data, len) = match rt.kind {
                    RtKind::Slice(_) => {
                        let (d, l, _) = heap::slice_parts(w);
                        (d, l)
                    }
                    RtKind::Array { len, .. } => (w, len as usize),
                    _ => (0, 0),
                };
                let et = &prog.rtypes[elem.0 as usize];
                if matches!(
                    et.kind,
                    RtKind::Int {
                        bits: 8,
                        signed: false
                    }
                ) && matches!(spec.verb, 's' | 'q' | 'x' | 'X')
                {
                    let bytes: Vec<u8> = (0..len as u64)
                        .map(|i| heap::load(data + i * 8) as u8)
                        .collect();
                    let name = rt.name.clone();
                    return match verbs::fmt_bytes(&mut self.out, spec, Some(&bytes), &name) {
                        Ok(()) => Ok(()),
                        Err(_) => self.bad_verb(spec, ty, w),
                    };
                }
                if spec.sharp_v {
                    // Go's %#v spells a top-level []uint8 operand `[]byte` (printArg's
                    // `case []byte`); below it, reflect's `[]uint8`.
                    let name = if rt.name == "[]uint8" && depth == 0 {
                        "[]byte"
                    } else {
                        rt.name.as_str()
                    };
                    self.out.extend_from_slice(name.as_bytes());
                    if matches!(rt.kind, RtKind::Slice(_)) && w == 0 {
                        self.out.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.out.push(b'{');
                } else {
                    self.out.push(b'[');
                }
                let ew = et.words as u64;
                for i in 0..len as u64 {
                    if i > 0 {
                        self.out
                            .extend_from_slice(if spec.sharp_v { b", " } else { b" " });
                    }
                    let ew_word = self.field_word(elem, data + i * ew * 8);
                    self.print_value(spec, elem, ew_word, depth + 1, can_iface)?;
                }
                self.out.push(if spec.sharp_v { b'}' } else { b']' });
                Ok(())
            }
            RtKind::Pointer(elem) => {
                let et = &prog.rtypes[elem.0 as usize];
                if depth == 0
                    && w != 0
                    && matches!(
                        et.kind,
                        RtKind::Struct(_)
                            | RtKind::Array { .. }
                            | RtKind::Slice(_)
                            | RtKind::Map { .. }
                    )
                {
                    let elem = *elem;
                    self.out.push(b'&');
                    let ew = self.field_word(elem, w);
                    return self.print_value(spec, elem, ew, depth + 1, can_iface);
                }
                return self.pointer(spec, ty, w);
            }
            RtKind::Chan { .. } | RtKind::Func => return self.pointer(spec, ty, w),
        };
        if r.is_err() {
            self.bad_verb(spec, ty, w)?;
        }
        Ok(())
    }

    /// The register-style word of a value of type `ty` stored inline at `addr`.
    fn field_word(&self, ty: RtTypeId, addr: u64) -> u64 {
        if self.vm.prog().rtypes[ty.0 as usize].is_aggregate() {
            addr
        } else {
            heap::load(addr)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn print_map(
        &mut self,
        spec: &Spec,
        ty: RtTypeId,
        w: u64,
        key: RtTypeId,
        value: RtTypeId,
        depth: usize,
        can_iface: bool,
    ) -> Result<(), Stop> {
        let prog = self.vm.prog();
        let name = prog.rtypes[ty.0 as usize].name.clone();
        if spec.sharp_v {
            self.out.extend_from_slice(name.as_bytes());
            if w == 0 {
                self.out.extend_from_slice(b"(nil)");
                return Ok(());
            }
            self.out.push(b'{');
        } else {
            self.out.extend_from_slice(b"map[");
        }
        let mut entries = crate::vm::map::entries(w);
        entries.sort_by(|a, b| compare(prog, key, a.0, b.0));
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                self.out
                    .extend_from_slice(if spec.sharp_v { b", " } else { b" " });
            }
            self.print_value(spec, key, *k, depth + 1, can_iface)?;
            self.out.push(b':');
            self.print_value(spec, value, *v, depth + 1, can_iface)?;
        }
        self.out.push(if spec.sharp_v { b'}' } else { b']' });
        Ok(())
    }

    /// `Print`/`Sprint`: spaces between operands when neither side is a string.
    pub fn print(&mut self, args: &[u64]) -> Result<(), Stop> {
        let spec = Spec::new('v');
        let mut prev_string = false;
        for (i, &a) in args.iter().enumerate() {
            let is_string = a != 0
                && matches!(
                    self.vm.prog().rtypes[heap::load(a) as usize].kind,
                    RtKind::String
                );
            if i > 0 && !is_string && !prev_string {
                self.out.push(b' ');
            }
            self.print_arg(&spec, a)?;
            prev_string = is_string;
        }
        Ok(())
    }

    /// `Println`/`Sprintln`: spaces always, newline at the end.
    pub fn println(&mut self, args: &[u64]) -> Result<(), Stop> {
        let spec = Spec::new('v');
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                self.out.push(b' ');
            }
            self.print_arg(&spec, a)?;
        }
        self.out.push(b'\n');
        Ok(())
    }

    /// `Printf`/`Sprintf`.
    pub fn printf(&mut self, format: &[u8], args: &[u64]) -> Result<(), Stop> {
        let prog = self.vm.prog();
        let int_arg = |i: usize| -> Option<i64> {
            let a = *args.get(i)?;
            if a == 0 {
                return None;
            }
            match prog.rtypes[heap::load(a) as usize].kind {
                RtKind::Int { .. } => Some(heap::load(a + 8) as i64),
                _ => None,
            }
        };
        for piece in parse_printf(format, args.len(), &int_arg) {
            match piece {
                Piece::Lit(b) => self.out.extend_from_slice(b),
                Piece::Text(t) => self.out.extend_from_slice(&t),
                Piece::Arg { index, spec } => {
                    let a = args.get(index).copied().unwrap_or(0);
                    if spec.verb == 'w' && a == 0 {
                        bad_verb_nil(&mut self.out, 'w');
                    } else if spec.verb == 'w' {
                        self.print_arg(&spec.for_verb('v'), a)?;
                    } else {
                        self.print_arg(&spec, a)?;
                    }
                }
                Piece::Extra { first } => {
                    self.out.extend_from_slice(EXTRA_START.as_bytes());
                    for (i, &a) in args[first.min(args.len())..].iter().enumerate() {
                        if i > 0 {
                            self.out.extend_from_slice(b", ");
                        }
                        if a == 0 {
                            self.out.extend_from_slice(b"<nil>");
                        } else {
                            let name = prog.rtypes[heap::load(a) as usize].name.clone();
                            self.out.extend_from_slice(name.as_bytes());
                            self.out.push(b'=');
                            self.print_arg(&Spec::new('v'), a)?;
                        }
                    }
                    self.out.push(b')');
                }
            }
        }
        Ok(())
    }
}

/// Orders map keys as Go's `internal/fmtsort` does.
pub fn compare(p: &Program, ty: RtTypeId, a: u64, b: u64) -> Ordering {
    let rt = &p.rtypes[ty.0 as usize];
    match &rt.kind {
        RtKind::Int { signed: true, .. } => (a as i64).cmp(&(b as i64)),
        RtKind::Int { .. }
        | RtKind::Uintptr
        | RtKind::Bool
        | RtKind::Pointer(_)
        | RtKind::Chan { .. } => a.cmp(&b),
        RtKind::Float { .. } => {
            // fmtsort: NaNs first, then the numeric order.
            let (x, y) = (f64::from_bits(a), f64::from_bits(b));
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        RtKind::String => heap::str_bytes(a).cmp(heap::str_bytes(b)),
        RtKind::Struct(fields) => {
            for f in fields {
                let et = &p.rtypes[f.ty.0 as usize];
                let (x, y) = (a + f.off as u64 * 8, b + f.off as u64 * 8);
                let (x, y) = if et.is_aggregate() {
                    (x, y)
                } else {
                    (heap::load(x), heap::load(y))
                };
                let c = compare(p, f.ty, x, y);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        RtKind::Array { len, elem } => {
            let et = &p.rtypes[elem.0 as usize];
            for i in 0..*len {
                let off = i * et.words as u64 * 8;
                let (x, y) = if et.is_aggregate() {
                    (a + off, b + off)
                } else {
                    (heap::load(a + off), heap::load(b + off))
                };
                let c = compare(p, *elem, x, y);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        RtKind::Interface(_) => match (a, b) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Less,
            (_, 0) => Ordering::Greater,
            _ => {
                let (ta, tb) = (heap::load(a), heap::load(b));
                if ta != tb {
                    return ta.cmp(&tb);
                }
                compare(p, RtTypeId(ta as u32), heap::load(a + 8), heap::load(b + 8))
            }
        },
        _ => Ordering::Equal,
    }
}

/// How the `print`/`println` builtins and the runtime's panic report print a basic value.
pub fn print_builtin_value(p: &Program, ty: u32, w: u64) -> String {
    match &p.rtypes[ty as usize].kind {
        RtKind::Bool => (w != 0).to_string(),
        RtKind::Int { signed: true, .. } => (w as i64).to_string(),
        RtKind::Int { .. } | RtKind::Uintptr => w.to_string(),
        RtKind::Float { bits } => {
            let mut out = Vec::new();
            let _ = verbs::fmt_float(&mut out, &Spec::new('v'), f64::from_bits(w), *bits as u32);
            String::from_utf8_lossy(&out).into_owned()
        }
        RtKind::String => String::from_utf8_lossy(heap::str_bytes(w)).into_owned(),
        RtKind::UntypedNil => "nil".into(),
        _ => format!("{w:#x}"),
    }
}
