//! Natives of `strings`, `strconv`, `unicode`, `unicode/utf8`, `math`, `os`, `sort`, `time` and
//! `errors`: thin adapters from register windows to the pure functions in `format`.

use super::format::{self as fm, strfuncs as sf, unicode as uc, utf8 as u8s};
use super::NativeErr;
use crate::heap;
use crate::vm::Fault;
use crate::vm::{Vm, G};

type R = Result<(), NativeErr>;

fn a(g: &G, base: usize, i: usize) -> u64 {
    g.regs[base + i]
}

fn s(g: &G, base: usize, i: usize) -> &'static [u8] {
    heap::str_bytes(g.regs[base + i])
}

fn ret(g: &mut G, base: usize, i: usize, v: u64) -> R {
    g.regs[base + i] = v;
    Ok(())
}

fn ret_str(g: &mut G, base: usize, v: &[u8]) -> R {
    ret(g, base, 0, heap::alloc_str(v))
}

fn ret_strs(g: &mut G, base: usize, parts: &[&[u8]]) -> R {
    let sl = heap::new_slice(1, parts.len(), parts.len(), heap::LAYOUT_ANY);
    let data = heap::slice_parts(sl).0;
    for (i, p) in parts.iter().enumerate() {
        heap::store(data + i as u64 * 8, heap::alloc_str(p));
    }
    ret(g, base, 0, sl)
}

fn idx(o: Option<usize>) -> u64 {
    o.map_or(-1i64, |i| i as i64) as u64
}

macro_rules! natives {
    ($($name:literal => $f:expr),* $(,)?) => {
        pub static TABLE: &[(&str, super::NativeFn)] = &[$(($name, $f)),*];
    };
}

natives! {
    "strings.Contains" => |_, g, b| { let v = sf::contains(s(g, b, 0), s(g, b, 1)); ret(g, b, 0, v as u64) },
    "strings.ContainsRune" => |_, g, b| { let v = sf::contains_rune(s(g, b, 0), a(g, b, 1) as i32); ret(g, b, 0, v as u64) },
    "strings.ContainsAny" => |_, g, b| { let v = sf::index_any(s(g, b, 0), s(g, b, 1)).is_some(); ret(g, b, 0, v as u64) },
    "strings.Index" => |_, g, b| { let v = idx(sf::index(s(g, b, 0), s(g, b, 1))); ret(g, b, 0, v) },
    "strings.IndexByte" => |_, g, b| { let v = idx(sf::index_byte(s(g, b, 0), a(g, b, 1) as u8)); ret(g, b, 0, v) },
    "strings.IndexRune" => |_, g, b| { let v = idx(sf::index_rune(s(g, b, 0), a(g, b, 1) as i32)); ret(g, b, 0, v) },
    "strings.IndexAny" => |_, g, b| { let v = idx(sf::index_any(s(g, b, 0), s(g, b, 1))); ret(g, b, 0, v) },
    "strings.LastIndex" => |_, g, b| { let v = idx(sf::last_index(s(g, b, 0), s(g, b, 1))); ret(g, b, 0, v) },
    "strings.Count" => |_, g, b| { let v = sf::count(s(g, b, 0), s(g, b, 1)); ret(g, b, 0, v as u64) },
    "strings.Split" => |_, g, b| { let p = sf::split(s(g, b, 0), s(g, b, 1)); ret_strs(g, b, &p) },
    "strings.SplitN" => |_, g, b| { let p = sf::split_n(s(g, b, 0), s(g, b, 1), a(g, b, 2) as i64); if p.is_empty() && a(g, b, 2) == 0 { return ret(g, b, 0, 0) } ret_strs(g, b, &p) },
    "strings.SplitAfter" => |_, g, b| { let p = sf::split_after(s(g, b, 0), s(g, b, 1)); ret_strs(g, b, &p) },
    "strings.Fields" => |_, g, b| { let p = sf::fields(s(g, b, 0)); ret_strs(g, b, &p) },
    "strings.Repeat" => |_, g, b| match sf::repeat(s(g, b, 0), a(g, b, 1) as i64) {
        Ok(v) => ret_str(g, b, &v),
        Err(m) => Err(NativeErr::Panic(Fault::Str(m.to_string()))),
    },
    "strings.Replace" => |_, g, b| { let v = sf::replace(s(g, b, 0), s(g, b, 1), s(g, b, 2), a(g, b, 3) as i64); ret_str(g, b, &v) },
    "strings.ReplaceAll" => |_, g, b| { let v = sf::replace_all(s(g, b, 0), s(g, b, 1), s(g, b, 2)); ret_str(g, b, &v) },
    "strings.ToUpper" => |_, g, b| { let v = sf::to_upper_string(s(g, b, 0)); ret_str(g, b, &v) },
    "strings.ToLower" => |_, g, b| { let v = sf::to_lower_string(s(g, b, 0)); ret_str(g, b, &v) },
    "strings.ToTitle" => |_, g, b| { let v = sf::to_title_string(s(g, b, 0)); ret_str(g, b, &v) },
    "strings.Title" => |_, g, b| { let v = title(s(g, b, 0)); ret_str(g, b, &v) },
    "strings.TrimSpace" => |_, g, b| { let v = sf::trim_space(s(g, b, 0)); ret_str(g, b, v) },
    "strings.Trim" => |_, g, b| { let v = sf::trim(s(g, b, 0), s(g, b, 1)); ret_str(g, b, v) },
    "strings.TrimLeft" => |_, g, b| { let v = sf::trim_left(s(g, b, 0), s(g, b, 1)); ret_str(g, b, v) },
    "strings.TrimRight" => |_, g, b| { let v = sf::trim_right(s(g, b, 0), s(g, b, 1)); ret_str(g, b, v) },
    "strings.EqualFold" => |_, g, b| { let v = sf::equal_fold(s(g, b, 0), s(g, b, 1)); ret(g, b, 0, v as u64) },

    "strconv.parseInt" => |_, g, b| { let (v, e) = fm::parse_int(s(g, b, 0), a(g, b, 1) as i64, a(g, b, 2) as i64); g.regs[b + 1] = err_code(&e); ret(g, b, 0, v as u64) },
    "strconv.parseUint" => |_, g, b| { let (v, e) = fm::parse_uint(s(g, b, 0), a(g, b, 1) as i64, a(g, b, 2) as i64); g.regs[b + 1] = err_code(&e); ret(g, b, 0, v) },
    "strconv.parseFloat" => |_, g, b| { let (v, e) = fm::parse_float(s(g, b, 0), a(g, b, 1) as i64); g.regs[b + 1] = err_code(&e); ret(g, b, 0, v.to_bits()) },
    "strconv.Itoa" => |_, g, b| { let v = fm::itoa(a(g, b, 0) as i64); ret_str(g, b, v.as_bytes()) },
    "strconv.FormatInt" => |_, g, b| match fm::format_int(a(g, b, 0) as i64, a(g, b, 1) as u32) {
        Ok(v) => ret_str(g, b, v.as_bytes()),
        Err(m) => Err(NativeErr::Panic(Fault::Str(m.to_string()))),
    },
    "strconv.FormatUint" => |_, g, b| match fm::format_uint(a(g, b, 0), a(g, b, 1) as u32) {
        Ok(v) => ret_str(g, b, v.as_bytes()),
        Err(m) => Err(NativeErr::Panic(Fault::Str(m.to_string()))),
    },
    "strconv.FormatFloat" => |_, g, b| { let v = fm::format_float(f64::from_bits(a(g, b, 0)), a(g, b, 1) as u8, a(g, b, 2) as i64, a(g, b, 3) as u32); ret_str(g, b, v.as_bytes()) },
    "strconv.Quote" => |_, g, b| { let v = fm::quote(s(g, b, 0)); ret_str(g, b, v.as_bytes()) },
    "strconv.QuoteToASCII" => |_, g, b| { let v = fm::quote_to_ascii(s(g, b, 0)); ret_str(g, b, v.as_bytes()) },
    "strconv.QuoteRune" => |_, g, b| { let v = fm::quote_rune(a(g, b, 0) as i32); ret_str(g, b, v.as_bytes()) },
    "strconv.unquote" => |_, g, b| match fm::unquote(s(g, b, 0)) {
        Ok(v) => { g.regs[b + 1] = 1; ret_str(g, b, &v) }
        Err(_) => { g.regs[b + 1] = 0; ret(g, b, 0, 0) }
    },

    "unicode.IsUpper" => |_, g, b| { let v = uc::is_upper(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsLower" => |_, g, b| { let v = uc::is_lower(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsTitle" => |_, g, b| { let v = uc::is_title(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsLetter" => |_, g, b| { let v = uc::is_letter(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsDigit" => |_, g, b| { let v = uc::is_digit(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsNumber" => |_, g, b| { let v = uc::is_number(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsSpace" => |_, g, b| { let v = uc::is_space(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsPunct" => |_, g, b| { let v = uc::is_punct(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsControl" => |_, g, b| { let v = uc::is_control(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsPrint" => |_, g, b| { let v = uc::is_print(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.IsGraphic" => |_, g, b| { let v = uc::is_graphic(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },
    "unicode.ToUpper" => |_, g, b| { let v = uc::to_upper(a(g, b, 0) as i32); ret(g, b, 0, v as i64 as u64) },
    "unicode.ToLower" => |_, g, b| { let v = uc::to_lower(a(g, b, 0) as i32); ret(g, b, 0, v as i64 as u64) },
    "unicode.ToTitle" => |_, g, b| { let v = uc::to_title(a(g, b, 0) as i32); ret(g, b, 0, v as i64 as u64) },

    "utf8.RuneCountInString" => |_, g, b| { let v = u8s::rune_count(s(g, b, 0)); ret(g, b, 0, v as u64) },
    "utf8.RuneCount" => |_, g, b| { let v = u8s::rune_count(&crate::vm::slice_bytes(a(g, b, 0))); ret(g, b, 0, v as u64) },
    "utf8.DecodeRuneInString" => |_, g, b| { let (r, w) = u8s::decode_rune(s(g, b, 0)); g.regs[b + 1] = w as u64; ret(g, b, 0, r as i64 as u64) },
    "utf8.DecodeLastRuneInString" => |_, g, b| { let (r, w) = u8s::decode_last_rune(s(g, b, 0)); g.regs[b + 1] = w as u64; ret(g, b, 0, r as i64 as u64) },
    "utf8.DecodeRune" => |_, g, b| { let (r, w) = u8s::decode_rune(&crate::vm::slice_bytes(a(g, b, 0))); g.regs[b + 1] = w as u64; ret(g, b, 0, r as i64 as u64) },
    "utf8.ValidString" => |_, g, b| { let v = u8s::valid(s(g, b, 0)); ret(g, b, 0, v as u64) },
    "utf8.Valid" => |_, g, b| { let v = u8s::valid(&crate::vm::slice_bytes(a(g, b, 0))); ret(g, b, 0, v as u64) },
    "utf8.RuneLen" => |_, g, b| { let v = u8s::rune_len(a(g, b, 0) as i32); ret(g, b, 0, v as i64 as u64) },
    "utf8.ValidRune" => |_, g, b| { let v = u8s::valid_rune(a(g, b, 0) as i32); ret(g, b, 0, v as u64) },

    "math.Sqrt" => |_, g, b| f1(g, b, f64::sqrt),
    "math.Pow" => |_, g, b| f2(g, b, go_pow),
    "math.Abs" => |_, g, b| f1(g, b, f64::abs),
    "math.Floor" => |_, g, b| f1(g, b, f64::floor),
    "math.Ceil" => |_, g, b| f1(g, b, f64::ceil),
    "math.Trunc" => |_, g, b| f1(g, b, f64::trunc),
    "math.Round" => |_, g, b| f1(g, b, f64::round),
    "math.RoundToEven" => |_, g, b| f1(g, b, f64::round_ties_even),
    "math.Max" => |_, g, b| f2(g, b, go_max),
    "math.Min" => |_, g, b| f2(g, b, go_min),
    "math.Mod" => |_, g, b| f2(g, b, |x, y| x % y),
    "math.Log" => |_, g, b| f1(g, b, f64::ln),
    "math.Log2" => |_, g, b| f1(g, b, f64::log2),
    "math.Log10" => |_, g, b| f1(g, b, f64::log10),
    "math.Log1p" => |_, g, b| f1(g, b, f64::ln_1p),
    "math.Exp" => |_, g, b| f1(g, b, f64::exp),
    "math.Exp2" => |_, g, b| f1(g, b, f64::exp2),
    "math.Sin" => |_, g, b| f1(g, b, f64::sin),
    "math.Cos" => |_, g, b| f1(g, b, f64::cos),
    "math.Tan" => |_, g, b| f1(g, b, f64::tan),
    "math.Asin" => |_, g, b| f1(g, b, f64::asin),
    "math.Acos" => |_, g, b| f1(g, b, f64::acos),
    "math.Atan" => |_, g, b| f1(g, b, f64::atan),
    "math.Atan2" => |_, g, b| f2(g, b, f64::atan2),
    "math.Sinh" => |_, g, b| f1(g, b, f64::sinh),
    "math.Cosh" => |_, g, b| f1(g, b, f64::cosh),
    "math.Tanh" => |_, g, b| f1(g, b, f64::tanh),
    "math.Hypot" => |_, g, b| f2(g, b, f64::hypot),
    "math.Cbrt" => |_, g, b| f1(g, b, f64::cbrt),
    "math.Copysign" => |_, g, b| f2(g, b, f64::copysign),
    "math.Inf" => |_, g, b| { let v = if (a(g, b, 0) as i64) >= 0 { f64::INFINITY } else { f64::NEG_INFINITY }; ret(g, b, 0, v.to_bits()) },
    "math.NaN" => |_, g, b| ret(g, b, 0, f64::NAN.to_bits()),
    "math.IsNaN" => |_, g, b| { let v = f64::from_bits(a(g, b, 0)).is_nan(); ret(g, b, 0, v as u64) },
    "math.IsInf" => |_, g, b| {
        let (x, sign) = (f64::from_bits(a(g, b, 0)), a(g, b, 1) as i64);
        let v = (sign >= 0 && x == f64::INFINITY) || (sign <= 0 && x == f64::NEG_INFINITY);
        ret(g, b, 0, v as u64)
    },
    "math.Signbit" => |_, g, b| { let v = f64::from_bits(a(g, b, 0)).is_sign_negative(); ret(g, b, 0, v as u64) },
    "math.Remainder" => |_, g, b| f2(g, b, go_remainder),
    "math.Float32bits" => |_, g, b| { let v = (f64::from_bits(a(g, b, 0)) as f32).to_bits(); ret(g, b, 0, v as u64) },
    "math.Float32frombits" => |_, g, b| { let v = f32::from_bits(a(g, b, 0) as u32) as f64; ret(g, b, 0, v.to_bits()) },
    "math.Float64bits" => |_, g, b| { let v = a(g, b, 0); ret(g, b, 0, v) },
    "math.Float64frombits" => |_, g, b| { let v = a(g, b, 0); ret(g, b, 0, v) },

    "runtime.NumCPU" => |_, g, b| ret(g, b, 0, std::thread::available_parallelism().map_or(1, |n| n.get()) as u64),
    "os.args" => os_args,
    "os.File.Write" => os_write,
    "os.Getenv" => |_, g, b| { let k = String::from_utf8_lossy(s(g, b, 0)).into_owned(); let v = std::env::var(k).unwrap_or_default(); ret_str(g, b, v.as_bytes()) },
    "sort.lenOf" => |_, g, b| { let (_, w) = iface_parts(a(g, b, 0)); ret(g, b, 0, heap::slice_parts(w).1 as u64) },
    "sort.swapIn" => sort_swap,
    "time.now" => |_, g, b| {
        let ns = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64);
        ret(g, b, 0, ns as u64)
    },
}

fn err_code(e: &Option<fm::NumError>) -> u64 {
    match e {
        None => 0,
        Some(e) => match e.err {
            fm::ErrKind::Syntax => 1,
            fm::ErrKind::Range => 2,
            _ => 3,
        },
    }
}

fn f1(g: &mut G, b: usize, f: fn(f64) -> f64) -> R {
    let v = f(f64::from_bits(a(g, b, 0)));
    ret(g, b, 0, v.to_bits())
}

fn f2(g: &mut G, b: usize, f: fn(f64, f64) -> f64) -> R {
    let v = f(f64::from_bits(a(g, b, 0)), f64::from_bits(a(g, b, 1)));
    ret(g, b, 0, v.to_bits())
}

fn go_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn go_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let n = (x / y).round_ties_even();
    let r = x - n * y;
    if r == 0.0 {
        0.0f64.copysign(x)
    } else {
        r
    }
}

fn go_max(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && y == 0.0 {
        if x.is_sign_negative() {
            y
        } else {
            x
        }
    } else {
        x.max(y)
    }
}

fn go_min(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && y == 0.0 {
        if x.is_sign_negative() {
            x
        } else {
            y
        }
    } else {
        x.min(y)
    }
}

/// strings.Title: upper-cases the first letter of each word (Go's deprecated but common helper).
fn title(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev_letter = false;
    for (_, r, _) in u8s::runes(s) {
        let is_sep = !(uc::is_letter(r) || uc::is_digit(r) || r == '_' as i32 || r == '\'' as i32);
        let m = if !prev_letter && !is_sep {
            uc::to_title(r)
        } else {
            r
        };
        u8s::encode_rune(&mut out, m);
        prev_letter = !is_sep;
    }
    out
}

fn iface_parts(v: u64) -> (u64, u64) {
    if v == 0 {
        (0, 0)
    } else {
        (heap::load(v), heap::load(v + 8))
    }
}

fn os_args(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let args: Vec<Vec<u8>> = vm.args.iter().map(|s| s.as_bytes().to_vec()).collect();
    let parts: Vec<&[u8]> = args.iter().map(|v| v.as_slice()).collect();
    ret_strs(g, b, &parts)
}

fn os_write(vm: &mut Vm, g: &mut G, b: usize) -> R {
    use std::io::Write;
    let f = a(g, b, 0);
    let fd = if f == 0 { 1 } else { heap::load(f) };
    let bytes = crate::vm::slice_bytes(a(g, b, 1));
    match fd {
        2 => {
            let _ = vm.out.flush();
            let _ = std::io::stderr().write_all(&bytes);
        }
        _ => {
            let _ = vm.out.write_all(&bytes);
        }
    }
    g.regs[b + 1] = 0;
    ret(g, b, 0, bytes.len() as u64)
}

fn sort_swap(vm: &mut Vm, g: &mut G, b: usize) -> R {
    let (ty, sl) = iface_parts(a(g, b, 0));
    let (i, j) = (a(g, b, 1), a(g, b, 2));
    let (data, len, _) = heap::slice_parts(sl);
    if i >= len as u64 || j >= len as u64 {
        return Err(NativeErr::Panic(crate::vm::fault::index_out_of_range(
            i.max(j),
            len,
        )));
    }
    let ew = match vm.prog().rtypes.get(ty as usize).map(|t| &t.kind) {
        Some(crate::compile::program::RtKind::Slice(e)) => {
            vm.prog().rtypes[e.0 as usize].words as u64
        }
        _ => 1,
    };
    for k in 0..ew {
        let (x, y) = (data + (i * ew + k) * 8, data + (j * ew + k) * 8);
        let t = heap::load(x);
        heap::store(x, heap::load(y));
        heap::store(y, t);
    }
    Ok(())
}
