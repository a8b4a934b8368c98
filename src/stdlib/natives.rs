//! The native function table: `pkg.Name` → implementation. Each reads arguments from
//! `g.regs[base..]` and writes results there.

use super::fmt::Printer;
use super::NativeErr;
use crate::heap;
use crate::vm::Fault;
use crate::vm::{Vm, G};
use std::io::Write;

type R = Result<(), NativeErr>;

pub static TABLE: &[(&str, super::NativeFn)] = &[
    ("builtin.print", builtin_print),
    ("builtin.println", builtin_println),
    ("builtin.minf", builtin_minf),
    ("builtin.maxf", builtin_maxf),
    ("fmt.Print", fmt_print),
    ("fmt.Println", fmt_println),
    ("fmt.Printf", fmt_printf),
    ("fmt.Sprint", fmt_sprint),
    ("fmt.Sprintln", fmt_sprintln),
    ("fmt.Sprintf", fmt_sprintf),
    ("os.Exit", os_exit),
    ("errors.As", errors_as),
];

fn arg(g: &G, base: usize, i: usize) -> u64 {
    g.regs[base + i]
}

fn set(g: &mut G, base: usize, i: usize, v: u64) {
    g.regs[base + i] = v;
}

/// The elements of a `[]any` (interface words).
pub fn slice_words(s: u64) -> Vec<u64> {
    let (data, len, _) = heap::slice_parts(s);
    (0..len as u64).map(|i| heap::load(data + i * 8)).collect()
}

fn builtin_print_impl(vm: &mut Vm, g: &mut G, base: usize, ln: bool) -> R {
    let n = arg(g, base, 0) as usize;
    let mut s = String::new();
    for i in 0..n {
        if ln && i > 0 {
            s.push(' ');
        }
        let v = arg(g, base, 1 + i);
        if v == 0 {
            s.push_str("nil");
            continue;
        }
        let ty = heap::load(v) as u32;
        let w = heap::load(v + 8);
        let rt = &vm.prog().rtypes[ty as usize];
        if rt.is_aggregate() || matches!(rt.kind, crate::compile::program::RtKind::Interface(_)) {
            s.push_str(&format!("({:#x},{:#x})", ty, w));
        } else {
            s.push_str(&super::fmt::print_builtin_value(vm.prog(), ty, w));
        }
    }
    if ln {
        s.push('\n');
    }
    let _ = vm.out.flush();
    let _ = std::io::stderr().write_all(s.as_bytes());
    Ok(())
}

fn builtin_print(vm: &mut Vm, g: &mut G, base: usize) -> R {
    builtin_print_impl(vm, g, base, false)
}

fn builtin_println(vm: &mut Vm, g: &mut G, base: usize) -> R {
    builtin_print_impl(vm, g, base, true)
}

fn min_max_f(g: &mut G, base: usize, min: bool) -> R {
    let n = arg(g, base, 0) as usize;
    let mut acc = f64::from_bits(arg(g, base, 1));
    for i in 1..n {
        let x = f64::from_bits(arg(g, base, 1 + i));
        if x.is_nan() || acc.is_nan() {
            acc = f64::NAN;
        } else if min {
            // spec: min(-0.0, 0.0) is -0.0.
            if x < acc || (x == 0.0 && acc == 0.0 && x.is_sign_negative()) {
                acc = x;
            }
        } else if x > acc || (x == 0.0 && acc == 0.0 && acc.is_sign_negative()) {
            acc = x;
        }
    }
    set(g, base, 0, acc.to_bits());
    Ok(())
}

fn builtin_minf(_vm: &mut Vm, g: &mut G, base: usize) -> R {
    min_max_f(g, base, true)
}

fn builtin_maxf(_vm: &mut Vm, g: &mut G, base: usize) -> R {
    min_max_f(g, base, false)
}

/// Runs a printer over the `[]any` argument at `slot` and returns the bytes.
fn render(
    vm: &mut Vm,
    g: &mut G,
    f: impl FnOnce(&mut Printer) -> Result<(), crate::vm::Stop>,
) -> Result<Vec<u8>, NativeErr> {
    let mut p = Printer {
        vm,
        g,
        out: Vec::new(),
    };
    f(&mut p)?;
    Ok(p.out)
}

fn write_stdout(vm: &mut Vm, g: &mut G, base: usize, bytes: &[u8]) -> R {
    let _ = vm.out.write_all(bytes);
    set(g, base, 0, bytes.len() as u64);
    set(g, base, 1, 0);
    Ok(())
}

fn fmt_print(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let args = slice_words(arg(g, base, 0));
    let out = render(vm, g, |p| p.print(&args))?;
    write_stdout(vm, g, base, &out)
}

fn fmt_println(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let args = slice_words(arg(g, base, 0));
    let out = render(vm, g, |p| p.println(&args))?;
    write_stdout(vm, g, base, &out)
}

fn fmt_printf(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let format = heap::str_bytes(arg(g, base, 0));
    let args = slice_words(arg(g, base, 1));
    let out = render(vm, g, |p| p.printf(format, &args))?;
    write_stdout(vm, g, base, &out)
}

fn fmt_sprint(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let args = slice_words(arg(g, base, 0));
    let out = render(vm, g, |p| p.print(&args))?;
    set(g, base, 0, heap::alloc_str(&out));
    Ok(())
}

fn fmt_sprintln(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let args = slice_words(arg(g, base, 0));
    let out = render(vm, g, |p| p.println(&args))?;
    set(g, base, 0, heap::alloc_str(&out));
    Ok(())
}

fn fmt_sprintf(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let format = heap::str_bytes(arg(g, base, 0));
    let args = slice_words(arg(g, base, 1));
    let out = render(vm, g, |p| p.printf(format, &args))?;
    set(g, base, 0, heap::alloc_str(&out));
    Ok(())
}

fn os_exit(vm: &mut Vm, g: &mut G, base: usize) -> R {
    let code = arg(g, base, 0) as i64 as i32;
    let _ = vm.out.flush();
    Err(NativeErr::Stop(crate::vm::Stop::Exit(code)))
}

/// errors.As: walks err's tree (Unwrap() error and Unwrap() []error, depth first) for a value
/// assignable to *target, and stores it there; an `As(any) bool` method is consulted too.
fn errors_as(vm: &mut Vm, g: &mut G, base: usize) -> R {
    use crate::compile::program::RtKind;
    let (err, target) = (arg(g, base, 0), arg(g, base, 1));
    if target == 0 {
        return Err(NativeErr::Panic(Fault::Str(
            "errors: target cannot be nil".into(),
        )));
    }
    let prog = vm.prog();
    let tty = &prog.rtypes[heap::load(target) as usize];
    let ptr = heap::load(target + 8);
    let (RtKind::Pointer(elem), true) = (&tty.kind, ptr != 0) else {
        return Err(NativeErr::Panic(Fault::Str(
            "errors: target must be a non-nil pointer".into(),
        )));
    };
    let found = as_walk(vm, g, err, *elem, ptr, target, 0)?;
    set(g, base, 0, found as u64);
    Ok(())
}

fn as_walk(
    vm: &mut Vm,
    g: &mut G,
    err: u64,
    elem: crate::compile::opcode::RtTypeId,
    ptr: u64,
    target: u64,
    depth: u32,
) -> Result<bool, NativeErr> {
    use crate::compile::program::RtKind;
    if err == 0 || depth > 100 {
        return Ok(false);
    }
    let prog = vm.prog();
    let dt = heap::load(err) as usize;
    let data = heap::load(err + 8);
    let et = &prog.rtypes[elem.0 as usize];
    let matches = match &et.kind {
        RtKind::Interface(syms) => syms.iter().all(|s| prog.rtypes[dt].method(*s).is_some()),
        _ => dt == elem.0 as usize,
    };
    if matches {
        match &et.kind {
            RtKind::Interface(_) => heap::store(ptr, err),
            _ if et.is_aggregate() => heap::copy_words(ptr, data, et.words as usize),
            _ => heap::store(ptr, data),
        }
        return Ok(true);
    }
    if let Some(f) = prog
        .well_known
        .as_sym
        .and_then(|s| prog.rtypes[dt].method(s))
    {
        let c = vm.func_closure(f);
        if vm
            .call_closure(g, c, &[data, target])?
            .first()
            .copied()
            .unwrap_or(0)
            != 0
        {
            return Ok(true);
        }
    }
    if let Some(f) = prog
        .well_known
        .unwrap_sym
        .and_then(|s| prog.rtypes[dt].method(s))
    {
        let c = vm.func_closure(f);
        let next = vm
            .call_closure(g, c, &[data])?
            .first()
            .copied()
            .unwrap_or(0);
        return as_walk(vm, g, next, elem, ptr, target, depth + 1);
    }
    if let Some(f) = prog
        .well_known
        .unwrap_list_sym
        .and_then(|s| prog.rtypes[dt].method(s))
    {
        let c = vm.func_closure(f);
        let list = vm
            .call_closure(g, c, &[data])?
            .first()
            .copied()
            .unwrap_or(0);
        // The list came back from Go code and is held only here across more calls into Go.
        g.keep.push(list);
        for e in slice_words(list) {
            if as_walk(vm, g, e, elem, ptr, target, depth + 1)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}
