// A regression input: the empty program must give a diagnostic, not a crash.
