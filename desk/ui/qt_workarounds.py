"""Work around known bugs of the installed Qt bindings, only where they are present.

PySide6 6.12.0 returns True from SignalInstance.emit() (and .disconnect()) without
taking a reference to it. On CPython before 3.12, where True is an ordinary
refcounted object, every discarded result lowers True's count by one: after a few
hundred emits the interpreter aborts with "bool_dealloc: deallocating True or
False". PySide6 6.11.x does not do this. Until the bindings are fixed (or pinned),
give True enough spare references that the lost ones never matter; True is a
static singleton that is never freed, so a higher count changes nothing else.
"""

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_SPARE_REFERENCES = 1 << 40  # ~10^12 emits: far beyond any desk's working life
_done = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references_to_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Apply the workaround if this PySide has the bug; True if it was needed."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # from 3.12 True is immortal: lost references cannot free it
    if not emit_loses_references_to_true():
        return False
    ctypes.c_ssize_t.from_address(id(True)).value += _SPARE_REFERENCES
    _done = True
    return True
