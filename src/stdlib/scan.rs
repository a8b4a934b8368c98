//! fmt's scanning: Sscan, Sscanln, Sscanf and Scan, Scanln, Scanf on standard input. Operands are
//! pointers (in `[]any`) to bool, integer, float or string variables; values are space-separated
//! tokens (Sscan treats newlines as space; the ...ln forms stop at a newline; Sscanf matches the
//! format's literal text and takes one token per verb).
//!
//! Errors are Go's texts (`expected integer`, `unexpected newline`, `EOF`) as `error` values of
//! the runtime's string-error type.

use super::natives::slice_words;
use super::NativeErr;
use crate::compile::program::RtKind;
use crate::heap;
use crate::vm::{Vm, G};
use std::io::BufRead;

type R = Result<(), NativeErr>;

pub static TABLE: &[(&str, super::NativeFn)] = &[
    ("fmt.Sscan", |vm, g, b| sscan(vm, g, b, Mode::Space)),
    ("fmt.Sscanln", |vm, g, b| sscan(vm, g, b, Mode::Line)),
    ("fmt.Sscanf", sscanf),
    ("fmt.Scan", |vm, g, b| scan_stdin(vm, g, b, Mode::Space)),
    ("fmt.Scanln", |vm, g, b| scan_stdin(vm, g, b, Mode::Line)),
    ("fmt.Scanf", scanf_stdin),
];

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Newlines count as space.
    Space,
    /// Input ends at a newline.
    Line,
}

/// An `error` interface value holding `msg`.
fn error_value(vm: &Vm, msg: &str) -> u64 {
    let b = heap::alloc(2);
    heap::store(b, vm.prog().well_known.rt_error_string.0 as u64);
    heap::store(b + 8, heap::alloc_str(msg.as_bytes()));
    b
}

/// Stores token `tok` into the variable `ptr` (an interface holding a pointer); Go's message on
/// failure.
fn store(vm: &Vm, ptr_iface: u64, tok: &str) -> Result<(), String> {
    if ptr_iface == 0 {
        return Err("can't scan type: <nil>".into());
    }
    let p = vm.prog();
    let ty = &p.rtypes[heap::load(ptr_iface) as usize];
    let addr = heap::load(ptr_iface + 8);
    let RtKind::Pointer(elem) = ty.kind else {
        return Err(format!("can't scan type: {}", ty.name));
    };
    let et = &p.rtypes[elem.0 as usize];
    let word = match et.kind {
        RtKind::Bool => match tok {
            "true" | "TRUE" | "True" | "t" | "T" | "1" => 1,
            "false" | "FALSE" | "False" | "f" | "F" | "0" => 0,
            _ => return Err("syntax error scanning boolean".into()),
        },
        RtKind::Int { bits, signed } => {
            let (v, err) = if signed {
                let (v, e) = super::format::parse_int(tok.as_bytes(), 0, bits as i64);
                (v as u64, e)
            } else {
                super::format::parse_uint(tok.as_bytes(), 0, bits as i64)
            };
            match err {
                None => v,
                Some(e) if matches!(e.err, super::format::ErrKind::Range) => {
                    return Err(format!("integer overflow on token {tok}"))
                }
                Some(_) => return Err("expected integer".into()),
            }
        }
        RtKind::Float { bits } => {
            let (v, err) = super::format::parse_float(tok.as_bytes(), bits as i64);
            if err.is_some() {
                return Err("strconv.ParseFloat: parsing ".to_string()
                    + &format!("{tok:?}")
                    + ": invalid syntax");
            }
            v.to_bits()
        }
        RtKind::String => heap::alloc_str(tok.as_bytes()),
        _ => return Err(format!("can't scan type: {}", ty.name)),
    };
    heap::store(addr, word);
    Ok(())
}

/// Scans `input` into `targets`; returns (count, error message).
fn scan_into(vm: &Vm, input: &str, targets: &[u64], mode: Mode) -> (usize, Option<String>) {
    let line = match mode {
        Mode::Line => input.split('\n').next().unwrap_or(""),
        Mode::Space => input,
    };
    let mut tokens = line.split_whitespace();
    for (i, t) in targets.iter().enumerate() {
        let Some(tok) = tokens.next() else {
            let msg = if i == 0 && input.trim().is_empty() && !input.contains('\n') {
                "EOF"
            } else if mode == Mode::Line {
                "unexpected newline"
            } else {
                "unexpected EOF"
            };
            return (i, Some(msg.to_string()));
        };
        if let Err(e) = store(vm, *t, tok) {
            return (i, Some(e));
        }
    }
    if mode == Mode::Line && tokens.next().is_some() {
        return (targets.len(), Some("expected newline".into()));
    }
    (targets.len(), None)
}

/// Scans `input` following `format`: literal text must match; each verb takes one token.
fn scanf_into(vm: &Vm, input: &str, format: &str, targets: &[u64]) -> (usize, Option<String>) {
    let (inp, fmt) = (input.as_bytes(), format.as_bytes());
    let (mut i, mut f, mut n) = (0usize, 0usize, 0usize);
    while f < fmt.len() {
        if fmt[f] == b'%' && f + 1 < fmt.len() && fmt[f + 1] != b'%' {
            let verb = fmt[f + 1];
            f += 2;
            while i < inp.len() && inp[i] == b' ' {
                i += 1;
            }
            let start = i;
            // A token ends at space, newline, or the next literal byte of the format.
            let stop = fmt.get(f).copied();
            while i < inp.len() && !inp[i].is_ascii_whitespace() && Some(inp[i]) != stop {
                if verb == b'c' && i > start {
                    break;
                }
                i += 1;
            }
            if start == i {
                return (
                    n,
                    Some(if i >= inp.len() {
                        "unexpected EOF".into()
                    } else {
                        "expected integer".into()
                    }),
                );
            }
            let Some(t) = targets.get(n) else {
                return (
                    n,
                    Some(
                        "too few operands for format '%".to_string()
                            + &(verb as char).to_string()
                            + "'",
                    ),
                );
            };
            let tok = std::str::from_utf8(&inp[start..i]).unwrap_or("");
            if let Err(e) = store(vm, *t, tok) {
                return (n, Some(e));
            }
            n += 1;
        } else {
            let c = if fmt[f] == b'%' {
                f += 1;
                b'%'
            } else {
                fmt[f]
            };
            f += 1;
            if c == b' ' {
                while i < inp.len() && inp[i] == b' ' {
                    i += 1;
                }
                continue;
            }
            if inp.get(i) != Some(&c) {
                return (n, Some("input does not match format".into()));
            }
            i += 1;
        }
    }
    if n < targets.len() {
        return (n, Some("too many operands".into()));
    }
    (n, None)
}

fn finish(vm: &Vm, g: &mut G, b: usize, (n, err): (usize, Option<String>)) -> R {
    g.regs[b] = n as u64;
    g.regs[b + 1] = err.map_or(0, |m| error_value(vm, &m));
    Ok(())
}

fn sscan(vm: &mut Vm, g: &mut G, b: usize, mode: Mode) -> R {
    let input = String::from_utf8_lossy(heap::str_bytes(g.regs[b])).into_owned();
    let targets = slice_words(g.regs[b + 1]);
    let r = scan_into(vm, &input, &targets, mode);
    finish(vm, g, b, r)
}

fn sscanf(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let input = String::from_utf8_lossy(heap::str_bytes(g.regs[b])).into_owned();
    let format = String::from_utf8_lossy(heap::str_bytes(g.regs[b + 1])).into_owned();
    let targets = slice_words(g.regs[b + 2]);
    let r = scanf_into(vm, &input, &format, &targets);
    finish(vm, g, b, r)
}

/// Reads one line of standard input (with its newline); "" at end of input.
fn read_line(vm: &mut Vm, g: &mut G) -> String {
    use std::io::Write;
    let _ = vm.out.flush();
    let mut line = String::new();
    // A goroutine waiting for input will come back by itself: not a deadlock meanwhile. Nor
    // need a collection wait for it: it leaves its roots and steps outside the heap.
    let sched = &crate::runtime::get().sched;
    let in_host = &sched.in_host;
    in_host.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    sched.hand_off(vm.worker);
    vm.leave_roots(g);
    heap::gc::mutator_end(vm.worker);
    let _ = std::io::stdin().lock().read_line(&mut line);
    heap::gc::mutator_begin(vm.worker);
    vm.take_back_roots(g);
    in_host.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    line
}

fn scan_stdin(vm: &mut Vm, g: &mut G, b: usize, mode: Mode) -> R {
    let targets = slice_words(g.regs[b]);
    let mut input = read_line(vm, g);
    if mode == Mode::Space {
        // Scan reads as many lines as it needs to fill every operand.
        while input.split_whitespace().count() < targets.len() {
            let more = read_line(vm, g);
            if more.is_empty() {
                break;
            }
            input.push_str(&more);
        }
    }
    let r = scan_into(vm, &input, &targets, mode);
    finish(vm, g, b, r)
}

fn scanf_stdin(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let format = String::from_utf8_lossy(heap::str_bytes(g.regs[b])).into_owned();
    let targets = slice_words(g.regs[b + 1]);
    let input = read_line(vm, g);
    let r = scanf_into(vm, input.trim_end_matches('\n'), &format, &targets);
    finish(vm, g, b, r)
}
