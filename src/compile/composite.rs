//! Composite literals (structs, arrays, slices, maps; elided inner types; `&T{}`) and storing a
//! value into memory at a word offset.
//!
//! Invariant: a composite literal always produces a fresh box or collection (never aliased).

use super::opcode::{Op, Reg};
use super::Compiler;
use crate::types::{ConstValue, Mode, Type, TypeId};
use grammar::ast::{Expr, ExprKind};
use num_traits::ToPrimitive;

impl<'a> Compiler<'a> {
    pub(super) fn composite(
        &mut self,
        e: &'a Expr,
        elems: &'a [grammar::ast::KeyedElement],
        d: Reg,
    ) {
        let mut t = self.type_of(e);
        if let Type::Pointer(inner) = self.types.under(t).clone() {
            t = inner;
        }
        let mark = self.top().max(d.0 + 1);
        match self.types.under(t).clone() {
            Type::Struct(fields) => {
                self.emit_box(d, t);
                for (i, el) in elems.iter().enumerate() {
                    let idx = match &el.key {
                        Some(Expr {
                            kind: ExprKind::Ident(k),
                            ..
                        }) => fields.iter().position(|f| f.name == k.name).unwrap_or(i),
                        _ => i,
                    };
                    if idx >= fields.len() {
                        continue;
                    }
                    let (off, fty) = self.field_offset(t, idx);
                    self.store_into(d, off, &el.value, fty);
                    self.release(mark);
                }
            }
            Type::Array { elem, len } => {
                let ew = self.words(elem);
                self.emit_box(d, t);
                let mut idx = 0u64;
                for el in elems {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k).unwrap_or(idx);
                    }
                    if idx < len {
                        self.store_into(d, idx as u32 * ew, &el.value, elem);
                    }
                    idx += 1;
                    self.release(mark);
                }
            }
            Type::Slice(elem) => {
                let ew = self.elem_words(elem);
                let mut n = 0u64;
                let mut idx = 0u64;
                for el in elems {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k).unwrap_or(idx);
                    }
                    idx += 1;
                    n = n.max(idx);
                }
                let a = self.alloc_n(2);
                self.emit(Op::LoadInt {
                    dst: a,
                    imm: n as i32,
                });
                self.emit(Op::LoadInt {
                    dst: Reg(a.0 + 1),
                    imm: n as i32,
                });
                let layout = self.gc_layout(elem);
                self.emit(Op::MakeSlice {
                    dst: d,
                    a,
                    ew,
                    layout,
                });
                let mut idx = 0u64;
                for el in elems {
                    if let Some(k) = &el.key {
                        idx = self.const_index(k).unwrap_or(idx);
                    }
                    let m2 = self.top();
                    let i = self.alloc();
                    self.emit(Op::LoadInt {
                        dst: i,
                        imm: idx as i32,
                    });
                    let addr = self.alloc();
                    self.emit(Op::ElemAddr {
                        dst: addr,
                        s: d,
                        i,
                        ew,
                    });
                    self.store_into(addr, 0, &el.value, elem);
                    self.release(m2);
                    idx += 1;
                }
                self.release(mark);
            }
            Type::Map { key, value } => {
                let ty = self.rtype(t);
                self.emit(Op::MakeMap { dst: d, ty });
                for el in elems {
                    let k = self.alloc();
                    let v = self.alloc();
                    if let Some(kx) = &el.key {
                        self.expr_owned(kx, key, k);
                    }
                    self.expr_owned(&el.value, value, v);
                    self.emit(Op::MapSet { m: d, k, v });
                    self.release(mark);
                }
            }
            _ => self.unsupported(e.span, "this composite literal"),
        }
    }

    /// A register holding the constant `n` (an array length for bounds checks).
    pub fn len_reg(&mut self, n: u64) -> Reg {
        let r = self.alloc();
        match i32::try_from(n) {
            Ok(imm) => self.emit(Op::LoadInt { dst: r, imm }),
            Err(_) => {
                let k = self.constant(super::program::Const::Word(n));
                self.emit(Op::LoadConst { dst: r, k })
            }
        };
        r
    }

    pub(super) fn const_index(&self, k: &Expr) -> Option<u64> {
        match self.info.type_of(k.id).map(|t| &t.mode) {
            Some(Mode::Const(ConstValue::Int(i))) => i.to_u64(),
            _ => None,
        }
    }

    /// Stores the value of `v` (converted to `ty`) at word `off` of address `addr`.
    pub fn store_into(&mut self, addr: Reg, off: u32, v: &'a Expr, ty: TypeId) {
        let mark = self.top();
        let r = self.alloc();
        if self.is_aggregate(ty) {
            self.expr_to(v, r);
            let w = self.words(ty);
            let dst = self.alloc();
            self.emit(Op::AddrOff { dst, addr, off });
            self.emit(Op::CopyInto {
                dst,
                src: r,
                words: w,
            });
        } else {
            self.expr_owned(v, ty, r);
            self.emit(Op::Store { addr, off, src: r });
        }
        self.release(mark);
    }
}
