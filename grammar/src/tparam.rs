//! Type parameter lists of type declarations that were parsed as expressions (gc's `extractName`
//! and `isTypeElem`, syntax/parser.go): `type T[P *C, Q any]` parses `P *C` as a product first, and
//! `type T[P *C|~int] U` is an array type by shape until its length turns out to be a type element.

use crate::ast::*;
use crate::builder::Builder;

/// Whether `x` can be written as `name type` (or is a lone name), per `extractName`; a split is
/// made only if the type is clearly a type element or `force` is set.
fn splittable(x: &Expr, force: bool) -> bool {
    match &x.kind {
        ExprKind::Ident(_) => true,
        _ => splits_with_type(x, force),
    }
}

fn splits_with_type(x: &Expr, force: bool) -> bool {
    match &x.kind {
        ExprKind::Binary {
            op: BinaryOp::Mul,
            lhs,
            ..
        } => matches!(lhs.kind, ExprKind::Ident(_)) && (force || is_type_elem(x)),
        ExprKind::Binary {
            op: BinaryOp::Or,
            lhs,
            ..
        } => splits_with_type(lhs, force || is_type_elem(x)),
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            matches!(func.kind, ExprKind::Ident(_))
                && args.len() == 1
                && !ellipsis
                && (force || is_type_elem(&args[0]))
        }
        _ => false,
    }
}

/// Whether `x` is certainly a type element (not possibly an ordinary value expression).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Unary { op, expr } => *op == UnaryOp::Tilde || is_type_elem(expr),
        ExprKind::Binary { lhs, rhs, .. } => is_type_elem(lhs) || is_type_elem(rhs),
        ExprKind::Paren(e) => is_type_elem(e),
        _ => false,
    }
}

/// Splits an expression `splittable` accepted into the name and the type (None for a lone name).
fn split(b: &Builder<'_>, x: Expr) -> Option<(Ident, Option<Expr>)> {
    let span = x.span;
    match x.kind {
        ExprKind::Ident(id) => Some((id, None)),
        ExprKind::Binary {
            op: BinaryOp::Mul,
            lhs,
            rhs,
        } => match lhs.kind {
            ExprKind::Ident(id) => {
                let lo = (rhs.span.start as usize)
                    .saturating_sub(1)
                    .max(id.span.end as usize);
                let hi = rhs.span.end as usize;
                Some((id, Some(b.unary(UnaryOp::Deref, *rhs, lo, hi))))
            }
            _ => None,
        },
        ExprKind::Binary {
            op: BinaryOp::Or,
            lhs,
            rhs,
        } => {
            let (name, l) = split(b, *lhs)?;
            let l = l?;
            Some((name, Some(b.binary(BinaryOp::Or, l, *rhs))))
        }
        ExprKind::Call { func, mut args, .. } => match func.kind {
            ExprKind::Ident(id) if args.len() == 1 => {
                let arg = args.pop()?;
                let _ = span;
                Some((id, Some(arg)))
            }
            _ => None,
        },
        _ => None,
    }
}

impl Builder<'_> {
    /// `type T[x, rest...]` where `x` was parsed as an expression.
    pub fn type_params_from_expr(&self, x: Expr, mut rest: Vec<TypeParam>) -> Vec<TypeParam> {
        let span = x.span;
        if !splittable(&x, true) {
            self.error(span, "syntax error: missing type constraint");
            return rest;
        }
        match split(self, x) {
            Some((name, Some(constraint))) => {
                rest.insert(
                    0,
                    TypeParam {
                        names: vec![name],
                        constraint,
                    },
                );
            }
            Some((name, None)) => match rest.first_mut() {
                Some(first) => first.names.insert(0, name),
                None => self.error(span, "syntax error: missing type constraint"),
            },
            None => self.error(span, "syntax error: missing type constraint"),
        }
        rest
    }

    /// A type spec; `type T[P *C|~int] U` (parsed as an array type) becomes a generic type when
    /// the "length" is a name followed by a type element, as in gc.
    pub fn type_spec(
        &self,
        name: Ident,
        tp: Option<Vec<TypeParam>>,
        alias: bool,
        typ: Expr,
        span: Span,
    ) -> Spec {
        let (type_params, typ) = match (tp, typ) {
            (Some(tp), typ) => (tp, typ),
            (None, typ) => match typ.kind {
                ExprKind::ArrayType {
                    len: Some(len),
                    elem,
                } if splits_with_type(&len, false) => match split(self, *len) {
                    Some((pname, Some(constraint))) => (
                        vec![TypeParam {
                            names: vec![pname],
                            constraint,
                        }],
                        *elem,
                    ),
                    _ => (vec![], self.expr_at(ExprKind::Bad, typ.span)),
                },
                kind => (vec![], Expr { kind, ..typ }),
            },
        };
        Spec::Type {
            name,
            type_params,
            alias,
            typ,
            span,
        }
    }
}
