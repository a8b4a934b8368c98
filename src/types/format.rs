//! Printing for diagnostics, in gc's (types2's) forms: types (`map[string]int`, `*strings.Builder`,
//! `func(int) string`), expressions in short form (`T{…}`, `func(x int) {…}`, `a + b`) and operands
//! (`x (variable of type int)`, `300 (untyped int constant)`, `c (constant 5 of type int)`).
//!
//! Invariant: printing never recurses through a named type (names stop the walk), so cyclic types
//! print finitely. The arena cannot tell `byte` from `uint8` nor `rune` from `int32`: they print as
//! `byte`/`rune` (by far the more common spellings) unless the package's source uses only the
//! `uint8`/`int32` spelling; likewise the empty interface prints as `any` unless the source writes
//! `interface{}` and never `any`.

use super::check::{Checker, OpMode, Operand};
use super::constant::value_string;
use super::info::{Selected, Selection, SelectionKind};
use super::ty::*;
use grammar::ast::{self, ChanDir as AstDir, Expr, ExprKind};

impl<'a> Checker<'a> {
    pub(crate) fn type_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, 0);
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 50 {
            s.push('…');
            return;
        }
        match self.t.get(t) {
            Type::Basic(k) => s.push_str(self.basic_spelling(*k)),
            Type::Named { obj, .. } => {
                let o = self.obj(*obj);
                let universe = self.lookup_in(self.universe, &o.name) == Some(*obj);
                if !universe && o.pkg != self.pkg.id {
                    if let Some(p) = self.info.packages.get(o.pkg.0 as usize) {
                        // gc qualifies by the quoted path when two packages of the import graph
                        // share a name: in Go's own standard library, sync and strconv always
                        // import internal/sync and internal/strconv.
                        if matches!(p.path.as_str(), "sync" | "strconv") {
                            s.push_str(&super::constant::go_quote(p.path.as_bytes()));
                        } else {
                            s.push_str(&p.name);
                        }
                        s.push('.');
                    }
                }
                s.push_str(&o.name);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, depth + 1);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, depth + 1);
            }
            Type::Array { len, elem } => {
                s.push_str(&format!("[{len}]"));
                self.write_type(s, *elem, depth + 1);
            }
            Type::Map { key, value } => {
                s.push_str("map[");
                self.write_type(s, *key, depth + 1);
                s.push(']');
                self.write_type(s, *value, depth + 1);
            }
            Type::Chan { dir, elem } => {
                let paren = *dir == ChanDir::Both
                    && matches!(
                        self.t.get(*elem),
                        Type::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if paren {
                    s.push('(');
                }
                self.write_type(s, *elem, depth + 1);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.typ, depth + 1);
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, depth);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str(if self.pkg.spell_empty_interface {
                        "interface{}"
                    } else {
                        "any"
                    });
                    return;
                }
                s.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.t.get(m.sig) {
                        self.write_sig(s, sig, depth);
                    }
                }
                s.push('}');
            }
            Type::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, depth + 1);
                }
                s.push(')');
            }
        }
    }

    pub(crate) fn sig_string(&self, sig: &Signature) -> String {
        let mut s = String::new();
        self.write_sig(&mut s, sig, 0);
        s
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, depth: u32) {
        self.write_sig_named(s, sig, None, depth)
    }

    /// A signature with the parameter names of its declaration (`func(a int) (n int, err error)`).
    pub(crate) fn named_sig_string(&self, sig: &Signature, ft: &ast::FuncType) -> String {
        let mut s = String::from("func");
        self.write_sig_named(&mut s, sig, Some(ft), 0);
        s
    }

    fn write_sig_named(
        &self,
        s: &mut String,
        sig: &Signature,
        ft: Option<&ast::FuncType>,
        depth: u32,
    ) {
        let names = |fields: &[ast::Field]| -> Vec<Option<String>> {
            let mut v = Vec::new();
            for f in fields {
                if f.names.is_empty() {
                    v.push(None);
                }
                for n in &f.names {
                    v.push(Some(n.name.clone()));
                }
            }
            v
        };
        let (pn, rn) = match ft {
            Some(ft) => (names(&ft.params), names(&ft.results)),
            None => (Vec::new(), Vec::new()),
        };
        let pn = if pn.len() == sig.params.len() {
            pn
        } else {
            vec![None; sig.params.len()]
        };
        let rn = if rn.len() == sig.results.len() {
            rn
        } else {
            vec![None; sig.results.len()]
        };
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(n) = &pn[i] {
                s.push_str(n);
                s.push(' ');
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                let elem = match self.t.get(*p) {
                    Type::Slice(e) => *e,
                    _ => *p,
                };
                self.write_type(s, elem, depth + 1);
            } else {
                self.write_type(s, *p, depth + 1);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 if rn[0].is_none() => {
                s.push(' ');
                self.write_type(s, sig.results[0], depth + 1);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if let Some(n) = &rn[i] {
                        s.push_str(n);
                        s.push(' ');
                    }
                    self.write_type(s, *r, depth + 1);
                }
                s.push(')');
            }
        }
    }

    /// The type of an operand as gc prints it: a function's signature with its parameter names.
    pub(crate) fn operand_type_string(&self, x: &Operand<'a>) -> String {
        match (self.t.get(x.typ), self.operand_func_syntax(x)) {
            (Type::Func(sig), Some(ft)) => self.named_sig_string(sig, ft),
            _ => self.type_string(x.typ),
        }
    }

    /// A target type as gc prints it: when it was written as a function type in a declaration
    /// (`less func(i, j int) bool`), with that declaration's parameter names.
    pub(crate) fn target_type_string(&self, t: TypeId) -> String {
        if let (Type::Func(sig), Some(te)) = (self.t.get(t), self.eval.target_syntax) {
            if let ExprKind::FuncType(ft) = &te.kind {
                return self.named_sig_string(sig, ft);
            }
        }
        self.type_string(t)
    }

    /// The type expression of parameter `i` in the declaration of the function `func` denotes.
    pub(crate) fn param_syntax(&self, func: &'a Expr, i: usize) -> Option<&'a Expr> {
        let x = Operand {
            mode: OpMode::Value,
            typ: TypeId::INVALID,
            expr: Some(func),
            dummy: None,
        };
        let ft = self.operand_func_syntax(&x)?;
        let mut k = 0;
        for f in &ft.params {
            let n = f.names.len().max(1);
            if i < k + n {
                return Some(&f.typ);
            }
            k += n;
        }
        if ft.variadic {
            return ft.params.last().map(|f| &f.typ);
        }
        None
    }

    /// The declaration's signature syntax of the function an operand denotes, if known.
    fn operand_func_syntax(&self, x: &Operand<'a>) -> Option<&'a ast::FuncType> {
        let mut e = x.expr?;
        while let ExprKind::Paren(i) = &e.kind {
            e = i;
        }
        match &e.kind {
            ExprKind::FuncLit { sig, .. } => Some(sig),
            ExprKind::Ident(id) => self.sig_syntax.get(self.info.uses.get(&id.id)?).copied(),
            ExprKind::Selector { sel, .. } => {
                if let Some(Selection {
                    target: Selected::Method(f),
                    kind: SelectionKind::MethodVal,
                    ..
                }) = self.info.selections.get(&e.id)
                {
                    return self.sig_syntax.get(f).copied();
                }
                self.sig_syntax.get(self.info.uses.get(&sel.id)?).copied()
            }
            _ => None,
        }
    }

    /// The name of a basic type; `byte`/`rune` unless the package spells them `uint8`/`int32`.
    pub(crate) fn basic_spelling(&self, k: BasicKind) -> &'static str {
        match k {
            BasicKind::Uint8 if self.pkg.spell_uint8 => "uint8",
            BasicKind::Int32 if self.pkg.spell_int32 => "int32",
            _ => basic_name(k),
        }
    }

    /// A list of types as gc prints argument lists: `(int, string)`; untyped constants as `number`.
    pub(crate) fn type_list_string(&self, ts: &[TypeId], variadic: bool) -> String {
        let mut s = String::from("(");
        for (i, t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == ts.len() {
                s.push_str("...");
                let elem = match self.t.get(*t) {
                    Type::Slice(e) => *e,
                    _ => *t,
                };
                s.push_str(&self.type_string(elem));
                continue;
            }
            match self.t.get(*t) {
                Type::Basic(
                    BasicKind::UntypedInt
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedComplex,
                ) => s.push_str("number"),
                Type::Basic(BasicKind::Invalid) => s.push_str("unknown type"),
                Type::Basic(k) if self.is_untyped(*t) => {
                    s.push_str(basic_name(*k).trim_start_matches("untyped "))
                }
                _ => s.push_str(&self.type_string(*t)),
            }
        }
        s.push(')');
        s
    }

    /// go/types' operand formatting.
    pub(crate) fn operand_string(&self, x: &Operand<'a>) -> String {
        if x.is_nil() && x.mode != OpMode::Invalid {
            return match x.typ {
                TypeId::UNTYPED_NIL => "nil".into(),
                TypeId::INVALID => "nil (with invalid type)".into(),
                t => format!("nil (of type {})", self.type_string(t)),
            };
        }
        let expr = match (&x.dummy, x.expr) {
            (Some((d, _)), _) => d.clone(),
            (None, Some(e)) => self.expr_string(e),
            (None, None) => match &x.mode {
                OpMode::TypeExpr => self.type_string(x.typ),
                OpMode::Const(v) => value_string(v),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if self.is_untyped(x.typ) {
                    if let Type::Basic(k) = self.t.get(x.typ) {
                        buf.push_str(basic_name(*k));
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Const(_) => "constant",
            OpMode::Var => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
        });
        if let OpMode::Const(v) = &x.mode {
            let s = value_string(v);
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if self.is_valid(x.typ) {
                buf.push_str(" of ");
                if self.t.is_named(x.typ)
                    || (x.typ == self.info.empty_interface && !self.pkg.spell_empty_interface)
                {
                    buf.push_str(&self.composite_kind(x.typ));
                    buf.push(' ');
                }
                buf.push_str("type ");
                match (self.t.get(x.typ), self.operand_func_syntax(x)) {
                    (Type::Func(sig), Some(ft)) => buf.push_str(&self.named_sig_string(sig, ft)),
                    _ => buf.push_str(&self.type_string(x.typ)),
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    /// types2's description of a named type's structure ("struct", "interface", or the basic name).
    pub(crate) fn composite_kind(&self, t: TypeId) -> String {
        match self.t.under(t) {
            Type::Basic(k) => self.basic_spelling(*k).to_string(),
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            Type::Tuple(_) => "tuple".into(),
            Type::Named { .. } => String::new(),
        }
    }

    /// types2's short-form expression printing.
    pub(crate) fn expr_string(&self, e: &Expr) -> String {
        let mut s = String::new();
        self.write_expr(&mut s, e, 0);
        s
    }

    fn write_expr(&self, s: &mut String, e: &Expr, depth: u32) {
        if depth > 100 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match &e.kind {
            ExprKind::Ident(id) => s.push_str(&id.name),
            ExprKind::BasicLit(_) => s.push_str(self.src(e.span)),
            ExprKind::CompositeLit { typ, elems, .. } => {
                if let Some(t) = typ {
                    self.write_expr(s, t, d);
                }
                s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
            }
            ExprKind::FuncLit { sig, .. } => {
                s.push_str("func");
                self.write_func_type(s, sig, d);
                s.push_str(" {…}");
            }
            ExprKind::Paren(x) => {
                s.push('(');
                self.write_expr(s, x, d);
                s.push(')');
            }
            ExprKind::Selector { expr, sel } => {
                self.write_expr(s, expr, d);
                s.push('.');
                s.push_str(&sel.name);
            }
            ExprKind::Index { expr, indices } => {
                self.write_expr(s, expr, d);
                s.push('[');
                for (i, x) in indices.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_expr(s, x, d);
                }
                s.push(']');
            }
            ExprKind::Slice {
                expr,
                lo,
                hi,
                max,
                three_index,
            } => {
                self.write_expr(s, expr, d);
                s.push('[');
                if let Some(x) = lo {
                    self.write_expr(s, x, d);
                }
                s.push(':');
                if let Some(x) = hi {
                    self.write_expr(s, x, d);
                }
                if *three_index {
                    s.push(':');
                    if let Some(x) = max {
                        self.write_expr(s, x, d);
                    }
                }
                s.push(']');
            }
            ExprKind::TypeAssert { expr, typ } => {
                self.write_expr(s, expr, d);
                s.push_str(".(");
                match typ {
                    Some(t) => self.write_expr(s, t, d),
                    None => s.push_str("type"),
                }
                s.push(')');
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
                ..
            } => {
                self.write_expr(s, func, d);
                s.push('(');
                for (i, x) in args.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_expr(s, x, d);
                }
                if *ellipsis {
                    s.push_str("...");
                }
                s.push(')');
            }
            ExprKind::Unary { op, expr } => {
                s.push_str(op.as_str());
                self.write_expr(s, expr, d);
            }
            ExprKind::Binary { op, lhs, rhs } => {
                self.write_expr(s, lhs, d);
                s.push(' ');
                s.push_str(op.as_str());
                s.push(' ');
                self.write_expr(s, rhs, d);
            }
            ExprKind::ArrayType { len, elem } => {
                s.push('[');
                match len {
                    Some(l) => self.write_expr(s, l, d),
                    None => s.push_str("..."),
                }
                s.push(']');
                self.write_expr(s, elem, d);
            }
            ExprKind::SliceType(elem) => {
                s.push_str("[]");
                self.write_expr(s, elem, d);
            }
            ExprKind::MapType { key, value } => {
                s.push_str("map[");
                self.write_expr(s, key, d);
                s.push(']');
                self.write_expr(s, value, d);
            }
            ExprKind::ChanType { dir, elem } => {
                s.push_str(match dir {
                    AstDir::Both => "chan ",
                    AstDir::Send => "chan<- ",
                    AstDir::Recv => "<-chan ",
                });
                self.write_expr(s, elem, d);
            }
            ExprKind::FuncType(ft) => {
                s.push_str("func");
                self.write_func_type(s, ft, d);
            }
            ExprKind::StructType(fields) => s.push_str(if fields.is_empty() {
                "struct{}"
            } else {
                "struct{…}"
            }),
            ExprKind::InterfaceType(elems) => s.push_str(if elems.is_empty() {
                "interface{}"
            } else {
                "interface{…}"
            }),
            ExprKind::Ellipsis(x) => {
                s.push_str("...");
                if let Some(x) = x {
                    self.write_expr(s, x, d);
                }
            }
            ExprKind::Bad => s.push_str("BadExpr"),
        }
    }

    fn write_fields(&self, s: &mut String, fields: &[ast::Field], variadic: bool, depth: u32) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            for (j, n) in f.names.iter().enumerate() {
                if j > 0 {
                    s.push_str(", ");
                }
                s.push_str(&n.name);
            }
            if !f.names.is_empty() {
                s.push(' ');
            }
            if variadic && i + 1 == fields.len() {
                s.push_str("...");
            }
            self.write_expr(s, &f.typ, depth);
        }
    }

    fn write_func_type(&self, s: &mut String, ft: &ast::FuncType, depth: u32) {
        s.push('(');
        self.write_fields(s, &ft.params, ft.variadic, depth);
        s.push(')');
        if ft.results.is_empty() {
            return;
        }
        s.push(' ');
        let paren = ft.results.len() > 1 || !ft.results[0].names.is_empty();
        if paren {
            s.push('(');
        }
        self.write_fields(s, &ft.results, false, depth);
        if paren {
            s.push(')');
        }
    }
}

/// A basic type's name as gc's messages spell it: `byte` and `rune` for the aliased kinds.
pub(crate) fn basic_name(k: BasicKind) -> &'static str {
    match k {
        BasicKind::Int32 => "rune",
        BasicKind::Uint8 => "byte",
        k => k.name(),
    }
}
