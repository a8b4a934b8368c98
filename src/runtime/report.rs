//! Go's deadlock report: `fatal error: all goroutines are asleep - deadlock!`, then every
//! goroutine with its wait reason, frames and creation site, exit status 2 (a REPL session goes
//! on); and the goroutine list of the REPL's `:goroutines`.

use super::Runtime;
use crate::vm::Vm;
use std::io::Write;

/// Reports a deadlock: a program exits (status 2); a REPL session gives up on the input that
/// blocked and goes on.
pub fn deadlock(rt: &'static Runtime) {
    if rt.sched.main_returned() {
        // The program is over: it only waited for a panicking goroutine, which has stopped.
        rt.exit(0);
    }
    let msg = {
        let mut out = rt.shared.out.lock();
        let _ = out.flush();
        report(rt)
    };
    let _ = std::io::stderr().write_all(msg.as_bytes());
    match &rt.session {
        Some(s) => s.deadlocked(rt),
        None => std::process::exit(2),
    }
}

/// Go's text for a deadlock: the fatal error and every goroutine.
fn report(rt: &'static Runtime) -> String {
    let all = rt.sched.all();
    let mut msg = String::new();
    if rt.sched.main_goexited() && all.is_empty() {
        msg.push_str("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    } else {
        msg.push_str("fatal error: all goroutines are asleep - deadlock!\n");
        msg.push_str(&goroutines(rt, &all));
    }
    msg
}

/// Every goroutine of `all` with its wait reason, frames and creation site (a running one
/// shows its header only: its state is in use).
pub fn goroutines(rt: &'static Runtime, all: &[crate::vm::GRef]) -> String {
    let vm = Vm::new(rt.shared, rt, None);
    let mut msg = String::new();
    for gref in all {
        msg.push_str(&format!(
            "\ngoroutine {} [{}]:\n",
            gref.id,
            gref.reason_text()
        ));
        if let Some(g) = gref.g.try_lock() {
            msg.push_str(&vm.goroutine_frames(&g));
        } else if let Some((trace, site)) = gref.pinned_trace.lock().as_ref() {
            msg.push_str(&vm.format_frames(trace, 100));
            msg.push_str(&vm.created_at(*site));
        }
    }
    msg
}
