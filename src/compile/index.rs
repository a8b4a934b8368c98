//! Addresses, indexing and slicing: `&x` of variables, fields, elements and composite literals,
//! `x[i]` on strings, slices, arrays (through pointers too) and maps, `x[lo:hi:max]`, and type
//! assertions.
//!
//! Invariant: an element of an aggregate type is yielded as its address (a place), never copied.

use super::opcode::{Op, Reg, SliceOf, SLICE_HAS};
use super::Compiler;
use crate::types::{ConstValue, Mode, Type, TypeId};
use grammar::ast::{Expr, ExprKind, UnaryOp};
use num_traits::ToPrimitive;

impl<'a> Compiler<'a> {
    /// `&x` into `dst`.
    pub fn address_of(&mut self, x: &'a Expr, dst: Reg) {
        match &x.kind {
            ExprKind::Paren(i) => self.address_of(i, dst),
            ExprKind::Ident(id) => {
                if let Some(o) = self.info.object_of(id.id) {
                    let ty = self.info.obj(o).typ;
                    if let Some(loc) = self.var_loc(o) {
                        self.addr_of_loc(loc, ty, dst);
                        return;
                    }
                }
                self.unsupported(x.span, "taking this address");
            }
            ExprKind::CompositeLit { elems, .. } => {
                self.composite(x, elems, dst);
                // &T{} of a struct or array is its box; of a slice or map, a new cell holding it.
                let t = self.type_of(x);
                if !self.is_aggregate(t) && !matches!(self.types.under(t), Type::Pointer(_)) {
                    self.emit(Op::NewCell { dst, src: dst });
                }
            }
            ExprKind::Selector { expr, .. } => {
                let Some(sel) = self.info.selections.get(&x.id).cloned() else {
                    if let ExprKind::Selector { sel, .. } = &x.kind {
                        if let Some(o) = self.info.uses.get(&sel.id) {
                            if let Some(&g) = self.globals.get(o) {
                                let ty = self.info.obj(*o).typ;
                                self.addr_of_loc(super::VarLoc::Global(g), ty, dst);
                                return;
                            }
                        }
                    }
                    self.unsupported(x.span, "taking this address");
                    return;
                };
                let mark = self.top();
                let (base, off) = self.field_addr(expr, &sel.path);
                self.emit(Op::AddrOff {
                    dst,
                    addr: base,
                    off,
                });
                self.release(mark.max(dst.0 + 1));
            }
            ExprKind::Index { expr, indices } if indices.len() == 1 => {
                let xt = self.type_of(expr);
                let et = self.type_of(x);
                let ew = self.elem_words(et);
                let mark = self.top();
                match self.types.under(xt).clone() {
                    Type::Slice(_) => {
                        let s = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        self.emit(Op::ElemAddr { dst, s, i, ew });
                    }
                    Type::Array { len, .. } => {
                        let arr = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        let len = self.len_reg(len);
                        self.emit(Op::ArrayElemAddr {
                            dst,
                            arr,
                            i,
                            ew,
                            len,
                        });
                    }
                    Type::Pointer(p) => {
                        let len = match self.types.under(p) {
                            Type::Array { len, .. } => *len,
                            _ => 0,
                        };
                        let arr = self.expr(expr, None);
                        let i = self.expr(&indices[0], None);
                        let len = self.len_reg(len);
                        self.emit(Op::ArrayElemAddr {
                            dst,
                            arr,
                            i,
                            ew,
                            len,
                        });
                    }
                    _ => self.unsupported(x.span, "taking this address"),
                }
                self.release(mark.max(dst.0 + 1));
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                expr,
            } => {
                self.expr_to(expr, dst);
                self.emit(Op::NilCheck { addr: dst });
            }
            _ => self.unsupported(x.span, "taking this address"),
        }
    }

    pub(super) fn index(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        indices: &'a [Expr],
        dst: Option<Reg>,
    ) -> Reg {
        let xt = self.type_of(x);
        let t = self.type_of(e);
        let Some(ix) = indices.first() else {
            return self.dst_or_alloc(dst);
        };
        let mark = self.top();
        match self.types.under(xt).clone() {
            Type::Basic(_) => {
                let s = self.expr(x, None);
                let i = self.expr(ix, None);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                self.emit(Op::StrIndex { dst: d, s, i });
                d
            }
            Type::Slice(_) => {
                let s = self.expr(x, None);
                let i = self.expr(ix, None);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                if self.is_aggregate(t) {
                    let ew = self.elem_words(t);
                    self.emit(Op::ElemAddr { dst: d, s, i, ew });
                } else {
                    self.emit(Op::LoadElem { dst: d, s, i });
                }
                d
            }
            Type::Map { key, .. } => {
                let m = self.expr(x, None);
                let k = self.alloc();
                self.expr_as(ix, key, k);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                let ty = self.rtype(xt);
                self.emit(Op::MapGet {
                    dst: d,
                    m,
                    k,
                    ty,
                    comma_ok: false,
                });
                d
            }
            Type::Array { .. } | Type::Pointer(_) => {
                let a = self.alloc();
                self.address_of_index(x, ix, xt, t, a);
                self.release(mark);
                let d = self.dst_or_alloc(dst);
                if self.is_aggregate(t) {
                    if d != a {
                        self.emit(Op::Move { dst: d, src: a });
                    }
                } else {
                    self.emit(Op::Load {
                        dst: d,
                        addr: a,
                        off: 0,
                    });
                }
                d
            }
            _ => {
                self.unsupported(e.span, "generic instantiation");
                self.dst_or_alloc(dst)
            }
        }
    }

    pub(super) fn address_of_index(
        &mut self,
        x: &'a Expr,
        ix: &'a Expr,
        xt: TypeId,
        et: TypeId,
        dst: Reg,
    ) {
        let ew = self.elem_words(et);
        let len = match self.types.under(xt) {
            Type::Array { len, .. } => *len,
            Type::Pointer(p) => match self.types.under(*p) {
                Type::Array { len, .. } => *len,
                _ => 0,
            },
            _ => 0,
        };
        let arr = self.expr(x, None);
        if let Some(Mode::Const(ConstValue::Int(c))) = self.info.type_of(ix.id).map(|t| &t.mode) {
            if let Some(c) = c.to_u32() {
                self.emit(Op::AddrOff {
                    dst,
                    addr: arr,
                    off: c * ew as u32,
                });
                return;
            }
        }
        let i = self.expr(ix, None);
        let len = self.len_reg(len);
        self.emit(Op::ArrayElemAddr {
            dst,
            arr,
            i,
            ew,
            len,
        });
    }

    pub(super) fn slice_expr(
        &mut self,
        x: &'a Expr,
        bounds: [&'a Option<Box<Expr>>; 3],
        dst: Option<Reg>,
    ) -> Reg {
        let xt = self.type_of(x);
        let mark = self.top();
        let mut arr_len = 0u64;
        let of = match self.types.under(xt).clone() {
            Type::Basic(_) => SliceOf::String,
            Type::Slice(e) => SliceOf::Slice {
                ew: self.elem_words(e),
            },
            Type::Array { len, elem } => {
                arr_len = len;
                SliceOf::Array {
                    ew: self.elem_words(elem),
                }
            }
            Type::Pointer(p) => match self.types.under(p).clone() {
                Type::Array { len, elem } => {
                    arr_len = len;
                    SliceOf::Array {
                        ew: self.elem_words(elem),
                    }
                }
                _ => SliceOf::String,
            },
            _ => SliceOf::String,
        };
        let base = self.expr(x, None);
        let a = self.alloc_n(4);
        if matches!(of, SliceOf::Array { .. }) {
            let k = self.constant(super::program::Const::Word(arr_len));
            self.emit(Op::LoadConst {
                dst: Reg(a.0 + 3),
                k,
            });
        }
        let mut has = 0u8;
        for (i, b) in bounds.iter().enumerate() {
            if let Some(b) = b {
                has |= SLICE_HAS[i];
                self.expr_to(b, Reg(a.0 + i as u16));
            }
        }
        self.release(mark);
        let d = self.dst_or_alloc(dst);
        self.emit(Op::SliceExpr {
            dst: d,
            x: base,
            a,
            has,
            of,
        });
        d
    }

    pub fn type_assert(&mut self, e: &'a Expr, x: &'a Expr, d: Reg, comma_ok: bool) {
        let t = self.type_of(e);
        let xt = self.type_of(x);
        let src = self.expr(x, None);
        let ty = self.rtype(t);
        if self.is_iface(t) {
            self.emit(Op::AssertIface {
                dst: d,
                src,
                ty,
                comma_ok,
            });
        } else {
            let iface = u16::try_from(self.rtype(xt).0).unwrap_or(u16::MAX);
            self.emit(Op::AssertType {
                dst: d,
                src,
                ty,
                comma_ok,
                iface,
            });
        }
    }
}
