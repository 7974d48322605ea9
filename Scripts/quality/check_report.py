"""The gate's PASS/FAIL lines, counted: one place for the checkers of Scripts/quality/run to print
"PASS  what — detail" / "FAIL  …" lines and to say at the end how many of each there were."""
from __future__ import annotations


class CheckReport:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def __call__(self, ok: bool, what: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        print(f"{'PASS' if ok else 'FAIL'}  {what}" + (f" — {detail}" if detail else ""), flush=True)
        return ok
