//! The builtin functions (`len`, `append`, `make`, `delete`, `print`, ...). Each builtin is
//! lowered by one helper; the builtins that may be statements are lowered for a `Site`, so the
//! same helper serves a call in line and the wrapper function of `defer`/`go` (defers.rs).
//!
//! Invariant: the arguments are evaluated (in the calling function) in source order before the
//! builtin's instructions run; a wrapper's arguments are evaluated at the `defer`/`go`
//! statement, and an aggregate argument is copied then (spec: "Defer statements").

use super::expr::Class;
use super::opcode::{esize, Op, Reg, ESIZE_MIN32};
use super::Compiler;
use crate::types::{Builtin, Mode, Type, TypeId};
use grammar::ast::Expr;

/// Where a builtin call is lowered.
pub(super) enum Site {
    /// In line, in the function being compiled; a result goes to `dst`.
    Inline { dst: Reg },
    /// As the body of a `defer`/`go` wrapper: argument `i` is evaluated now into
    /// `window + 1 + i` (the wrapper's closure goes to `window`) and is the wrapper's
    /// parameter R[i]; the builtin's instructions go to `body`.
    Wrapper { window: Reg, body: Vec<Op> },
}

impl Site {
    /// The register a result goes to (a wrapper's result is dropped: its R[0]).
    fn result(&self) -> Reg {
        match self {
            Site::Inline { dst } => *dst,
            Site::Wrapper { .. } => Reg(0),
        }
    }
}

impl<'a> Compiler<'a> {
    /// A builtin call in line, its result (if any) in `dst`.
    pub(super) fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: bool,
        dst: Option<Reg>,
    ) -> Reg {
        let d = self.dst_or_alloc(dst);
        let mark = self.top();
        match b {
            Builtin::Len | Builtin::Cap => self.len_cap(e, b, args, d),
            Builtin::Append => self.append(e, args, ellipsis, d),
            Builtin::Make => self.make(e, args, d),
            Builtin::New => self.new_of(e, args, d),
            Builtin::Min | Builtin::Max => self.min_max(e, b == Builtin::Min, args, d),
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(e.span, "complex numbers");
            }
            _ => {
                self.builtin_stmt(b, args, &mut Site::Inline { dst: d });
            }
        }
        self.release(mark.max(d.0 + 1));
        d
    }

    /// `new(T)`, a pointer to a fresh zero `T`, or (Go 1.26) `new(v)`, a pointer to a fresh
    /// variable holding a copy of `v`; into `d`.
    fn new_of(&mut self, e: &'a Expr, args: &'a [Expr], d: Reg) {
        let t = match self.types.under(self.type_of(e)) {
            Type::Pointer(p) => *p,
            _ => TypeId::INVALID,
        };
        let value = args.first().filter(|a| {
            !matches!(
                self.info.type_of(a.id).map(|tv| &tv.mode),
                Some(Mode::TypeExpr) | None
            )
        });
        let Some(v) = value else {
            self.emit_box(d, t);
            return;
        };
        let r = self.alloc();
        self.expr_as(v, t, r);
        if self.is_aggregate(t) {
            let words = self.words(t);
            self.emit(Op::CopyBox {
                dst: d,
                src: r,
                words,
            });
        } else {
            self.emit_box(d, t);
            self.emit(Op::Store {
                addr: d,
                off: 0,
                src: r,
            });
        }
    }

    /// Lowers a builtin that may be a statement (and so deferred) for `site`; false for the
    /// others.
    pub(super) fn builtin_stmt(&mut self, b: Builtin, args: &'a [Expr], site: &mut Site) -> bool {
        match b {
            Builtin::Delete => self.builtin_delete(args, site),
            Builtin::Clear => self.builtin_clear(args, site),
            Builtin::Print | Builtin::Println => {
                self.builtin_print(b == Builtin::Println, args, site)
            }
            Builtin::Panic => self.builtin_panic(args, site),
            Builtin::Copy => self.builtin_copy(args, site),
            Builtin::Close => self.builtin_close(args, site),
            Builtin::Recover => self.builtin_recover(site),
            _ => return false,
        }
        true
    }

    /// Evaluates argument `i` for `site`; returns its register there (in line: wherever the
    /// value is, such as a variable's own register).
    fn operand(&mut self, site: &Site, i: usize, e: &'a Expr) -> Reg {
        match site {
            Site::Inline { .. } => self.expr(e, None),
            Site::Wrapper { window, .. } => {
                self.expr_to(e, Reg(window.0 + 1 + i as u16));
                Reg(i as u16)
            }
        }
    }

    /// Evaluates argument `i` converted to `t` (an interface, a map key) for `site`; in line it
    /// goes to `into` (a fresh register when `None`).
    fn operand_as(
        &mut self,
        site: &Site,
        i: usize,
        e: &'a Expr,
        t: TypeId,
        into: Option<Reg>,
    ) -> Reg {
        match site {
            Site::Inline { .. } => {
                let r = into.unwrap_or_else(|| self.alloc());
                self.expr_as(e, t, r);
                r
            }
            Site::Wrapper { window, .. } => {
                self.expr_owned(e, t, Reg(window.0 + 1 + i as u16));
                Reg(i as u16)
            }
        }
    }

    /// Appends `op` to the code of `site`.
    fn put(&mut self, site: &mut Site, op: Op) {
        match site {
            Site::Inline { .. } => {
                self.emit(op);
            }
            Site::Wrapper { body, .. } => body.push(op),
        }
    }

    fn builtin_delete(&mut self, args: &'a [Expr], site: &mut Site) {
        let [m, k] = args else { return };
        let key = match self.types.under(self.type_of(m)) {
            Type::Map { key, .. } => *key,
            _ => TypeId::INVALID,
        };
        let m = self.operand(site, 0, m);
        let k = self.operand_as(site, 1, k, key, None);
        self.put(site, Op::MapDelete { m, k });
    }

    fn builtin_clear(&mut self, args: &'a [Expr], site: &mut Site) {
        let [x] = args else { return };
        let t = self.type_of(x);
        let x = self.operand(site, 0, x);
        let op = match self.types.under(t) {
            Type::Map { .. } => Op::MapClear { m: x },
            Type::Slice(el) => Op::ClearSlice {
                s: x,
                ew: self.elem_words(*el),
            },
            _ => return,
        };
        self.put(site, op);
    }

    /// `print`/`println`: the native takes the argument count, then the arguments as
    /// interfaces.
    fn builtin_print(&mut self, ln: bool, args: &'a [Expr], site: &mut Site) {
        let n = args.len() as u16;
        let any = self.info.empty_interface;
        let base = match site {
            Site::Inline { .. } => self.alloc_n(n + 1),
            Site::Wrapper { body, .. } => {
                // The wrapper's parameters move up a register, making room for the count.
                body.extend((0..n).rev().map(|i| Op::Move {
                    dst: Reg(i + 1),
                    src: Reg(i),
                }));
                Reg(0)
            }
        };
        let count = Op::LoadInt {
            dst: base,
            imm: n as i32,
        };
        self.put(site, count);
        for (i, a) in args.iter().enumerate() {
            self.operand_as(site, i, a, any, Some(Reg(base.0 + 1 + i as u16)));
        }
        let native = self.native_id(if ln {
            "builtin.println"
        } else {
            "builtin.print"
        });
        self.put(site, Op::CallNative { a: base, n: native });
    }

    fn builtin_panic(&mut self, args: &'a [Expr], site: &mut Site) {
        let [x] = args else { return };
        let any = self.info.empty_interface;
        let src = self.operand_as(site, 0, x, any, Some(site.result()));
        self.put(site, Op::Panic { src });
    }

    fn builtin_copy(&mut self, args: &'a [Expr], site: &mut Site) {
        let [to, from] = args else { return };
        let ew = match self.types.under(self.type_of(to)) {
            Type::Slice(el) => self.elem_words(*el),
            _ => 1,
        };
        let from_str = self.class(self.type_of(from)) == Class::Str;
        let a = self.operand(site, 0, to);
        let b = self.operand(site, 1, from);
        let op = Op::CopySlice {
            dst: site.result(),
            a,
            b,
            ew,
            from_str,
        };
        self.put(site, op);
    }

    fn builtin_close(&mut self, args: &'a [Expr], site: &mut Site) {
        let [ch] = args else { return };
        let ch = self.operand(site, 0, ch);
        self.put(site, Op::ChanClose { ch });
    }

    fn builtin_recover(&mut self, site: &mut Site) {
        match *site {
            Site::Inline { dst } => self.put(site, Op::Recover { dst }),
            // spec: recover called by the deferring function's own defer (not from inside a
            // deferred function) does not stop a panic: the deferred call does nothing.
            Site::Wrapper { .. } => {}
        }
    }

    fn len_cap(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr], d: Reg) {
        let Some(a) = args.first() else { return };
        let t = self.type_of(a);
        let x = self.expr(a, None);
        let is_len = b == Builtin::Len;
        let op = match self.types.under(t) {
            Type::Basic(_) => Op::StrLen { dst: d, a: x },
            Type::Slice(_) if is_len => Op::SliceLen { dst: d, a: x },
            Type::Slice(_) => Op::SliceCap { dst: d, a: x },
            Type::Map { .. } => Op::MapLen { dst: d, m: x },
            Type::Chan { .. } if is_len => Op::ChanLen { dst: d, ch: x },
            Type::Chan { .. } => Op::ChanCap { dst: d, ch: x },
            _ => return self.unsupported(e.span, "len/cap of this type"),
        };
        self.emit(op);
    }

    /// `append(s, vs...)` into `d`.
    fn append(&mut self, e: &'a Expr, args: &'a [Expr], ellipsis: bool, d: Reg) {
        let elem = match self.types.under(self.type_of(e)) {
            Type::Slice(el) => *el,
            _ => TypeId::INVALID,
        };
        let ew = self.elem_words(elem);
        let mut esize = esize(self.go_size(elem).0, !self.gc_noscan(elem));
        if self.f().escapes.buffered_appends.contains(&e.id) {
            esize |= ESIZE_MIN32;
        }
        let Some((first, rest)) = args.split_first() else {
            return;
        };
        let s = self.alloc();
        let append_one = |c: &mut Self, v: Reg| {
            c.unbox_one_word(elem, v);
            c.emit(Op::Append {
                dst: s,
                s,
                v,
                ew,
                esize,
            })
        };
        // gc reads a call-free slice operand after the calls among the values.
        let late = !self.has_call(first) && rest.iter().any(|a| self.has_call(a));
        if late && rest.len() == 1 && !ellipsis {
            let v = self.alloc();
            self.expr_as(&rest[0], elem, v);
            self.expr_to(first, s);
            append_one(self, v);
        } else {
            self.expr_to(first, s);
            match rest {
                // gc gives `append(s, t...)` no stack buffer.
                [t] if ellipsis => self.append_spread(s, t, ew, esize & !ESIZE_MIN32),
                [x] => {
                    let v = self.alloc();
                    self.expr_as(x, elem, v);
                    append_one(self, v);
                }
                [] => {}
                _ if ellipsis => {}
                _ => self.append_values(s, rest, elem, ew, esize),
            }
        }
        self.emit(Op::Move { dst: d, src: s });
    }

    /// `append(s, t...)` of a slice or (onto `[]byte`) a string `t`.
    fn append_spread(&mut self, s: Reg, t: &'a Expr, ew: u16, esize: u16) {
        let from_str = self.class(self.type_of(t)) == Class::Str;
        let r = self.expr(t, None);
        self.emit(Op::AppendSlice {
            dst: s,
            s,
            t: r,
            ew,
            from_str,
            esize,
        });
    }

    /// `append(s, v1, v2, ...)`: several values grow the slice once, as Go does: pack them,
    /// then append.
    fn append_values(&mut self, s: Reg, vs: &'a [Expr], elem: TypeId, ew: u16, esize: u16) {
        let n = vs.len() as u16;
        let tmp = self.alloc_n(n);
        for (i, a) in vs.iter().enumerate() {
            let m = self.top();
            self.expr_owned(a, elem, Reg(tmp.0 + i as u16));
            self.unbox_one_word(elem, Reg(tmp.0 + i as u16));
            self.release(m);
        }
        let packed = self.alloc();
        self.emit(Op::PackSlice {
            dst: packed,
            a: tmp,
            n,
            ew,
        });
        self.emit(Op::AppendSlice {
            dst: s,
            s,
            t: packed,
            ew,
            from_str: false,
            esize,
        });
    }

    /// `make(T, args...)` into `d`.
    fn make(&mut self, e: &'a Expr, args: &'a [Expr], d: Reg) {
        let t = self.type_of(e);
        match self.types.under(t).clone() {
            Type::Slice(el) => self.make_slice(el, args, d),
            Type::Map { .. } => {
                let ty = self.rtype(t);
                self.emit(Op::MakeMap { dst: d, ty });
            }
            Type::Chan { elem, .. } => {
                let a = self.alloc();
                match args.get(1) {
                    Some(n) => self.expr_to(n, a),
                    None => self.load_int(a, 0),
                }
                let ty = self.rtype(elem);
                self.emit(Op::MakeChan { dst: d, a, ty });
            }
            _ => self.unsupported(e.span, "make of this type"),
        }
    }

    /// `make([]el, len[, cap])` into `d` (an absent cap is the length).
    fn make_slice(&mut self, el: TypeId, args: &'a [Expr], d: Reg) {
        let ew = self.elem_words(el);
        let a = self.alloc_n(2);
        if let Some(l) = args.get(1) {
            self.expr_to(l, a);
        }
        match args.get(2) {
            Some(c) => self.expr_to(c, Reg(a.0 + 1)),
            None => {
                self.emit(Op::Move {
                    dst: Reg(a.0 + 1),
                    src: a,
                });
            }
        }
        let layout = self.gc_layout(el);
        self.emit(Op::MakeSlice {
            dst: d,
            a,
            ew,
            layout,
        });
    }

    /// `min`/`max` into `d`: floats through a native (NaN and signed zeros as Go has them),
    /// integers and strings as a chain of compare-and-move.
    fn min_max(&mut self, e: &'a Expr, is_min: bool, args: &'a [Expr], d: Reg) {
        let class = self.class(self.type_of(e));
        if matches!(class, Class::Float { .. }) {
            return self.min_max_float(is_min, args, d);
        }
        let Some((first, rest)) = args.split_first() else {
            return;
        };
        let acc = self.alloc();
        self.expr_to(first, acc);
        for a in rest {
            let m = self.top();
            let v = self.expr(a, None);
            let c = self.alloc();
            // acc := v if v < acc (min) / acc < v (max)
            let (x, y) = if is_min { (v, acc) } else { (acc, v) };
            let cmp = match class {
                Class::Str => Op::LtS { dst: c, a: x, b: y },
                Class::Int { signed: false, .. } => Op::LtU { dst: c, a: x, b: y },
                _ => Op::LtI { dst: c, a: x, b: y },
            };
            self.emit(cmp);
            let j = self.emit(Op::JumpIfNot { c, target: 0 });
            self.emit(Op::Move { dst: acc, src: v });
            self.f().b.patch_here(j);
            self.release(m);
        }
        self.emit(Op::Move { dst: d, src: acc });
    }

    fn min_max_float(&mut self, is_min: bool, args: &'a [Expr], d: Reg) {
        let base = self.alloc_n(args.len() as u16 + 1);
        self.emit(Op::LoadInt {
            dst: base,
            imm: args.len() as i32,
        });
        for (i, a) in args.iter().enumerate() {
            self.expr_to(a, Reg(base.0 + 1 + i as u16));
        }
        let n = self.native_id(if is_min {
            "builtin.minf"
        } else {
            "builtin.maxf"
        });
        self.emit(Op::CallNative { a: base, n });
        self.emit(Op::Move { dst: d, src: base });
    }
}
