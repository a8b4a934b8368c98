//! Go's deadlock report: `fatal error: all goroutines are asleep - deadlock!`, then every
//! goroutine with its wait reason, frames and creation site, exit status 2.

use super::Runtime;
use crate::vm::Vm;
use std::io::Write;

pub fn deadlock(rt: &'static Runtime) -> ! {
    let mut out = rt.shared.out.lock();
    let _ = out.flush();
    let vm = Vm::new(rt.shared, rt, None);
    let all = rt.sched.all();
    let mut msg = String::new();
    if rt.sched.main_goexited() && all.is_empty() {
        msg.push_str("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    } else {
        msg.push_str("fatal error: all goroutines are asleep - deadlock!\n");
        for gref in &all {
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
    }
    let _ = std::io::stderr().write_all(msg.as_bytes());
    std::process::exit(2)
}
