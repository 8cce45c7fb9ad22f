"""Every text file desk opens names its encoding (ast, nothing imported).

Without one Python uses the PC's locale encoding: UTF-8 on Linux, but the ANSI code
page (GBK on a Chinese Windows) elsewhere, so a draft or a log written on one PC would
read back as mojibake or fail on another. Binary modes need none.
"""

import ast
from pathlib import Path

DESK = Path(__file__).resolve().parent.parent / "desk"

# call -> index of its positional `mode` argument (None: mode only by keyword) and the
# mode it has when none is given.
OPENERS = {"open": (1, "r"), "fdopen": (1, "r"), "NamedTemporaryFile": (0, "w+b"),
           "TemporaryFile": (0, "w+b"), "SpooledTemporaryFile": (1, "w+b")}
# pathlib: the positional index at which `encoding` may be passed.
PATH_TEXT = {"read_text": 0, "write_text": 1}
SUBPROCESS = {"run", "Popen", "check_output"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _keyword(call: ast.Call, name: str):
    return next((k.value for k in call.keywords if k.arg == name), None)


def _text_mode_without_encoding(call: ast.Call) -> bool:
    name = _name(call.func)
    if _keyword(call, "encoding") is not None:
        return False
    if name in PATH_TEXT:
        return len(call.args) <= PATH_TEXT[name]
    if name in SUBPROCESS:
        return any(isinstance(_keyword(call, k), ast.Constant) and _keyword(call, k).value
                   for k in ("text", "universal_newlines"))
    if name not in OPENERS:
        return False
    position, default = OPENERS[name]
    receiver = getattr(call.func, "value", None)
    if name == "open" and isinstance(call.func, ast.Attribute):
        if isinstance(receiver, ast.Name) and receiver.id == "os":
            return False  # os.open: a file descriptor, no text
        if not (isinstance(receiver, ast.Name) and receiver.id == "io"):
            position = 0  # path.open(mode)
    mode = _keyword(call, "mode")
    if mode is None and len(call.args) > position:
        mode = call.args[position]
    if mode is None:
        if name == "open" and isinstance(call.func, ast.Attribute) and not call.args:
            return False  # dialog.open(): Qt's, not a file
        mode_text = default
    elif isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        mode_text = mode.value
    elif isinstance(call.func, ast.Attribute) and name == "open":
        return False  # QIODevice.open(QIODevice.OpenModeFlag...): not a Python file
    else:
        return True  # a mode worked out at run time: say the encoding anyway
    return "b" not in mode_text


def test_every_text_file_is_opened_with_an_encoding():
    missing = []
    for path in sorted(DESK.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _text_mode_without_encoding(node):
                missing.append(f"{path.relative_to(DESK.parent)}:{node.lineno}")
    assert not missing, "text opened without encoding=: " + ", ".join(missing)


def test_the_check_sees_what_it_should():
    def flagged(source: str) -> bool:
        return _text_mode_without_encoding(ast.parse(source).body[0].value)

    assert flagged("open(p)") and flagged("open(p, 'w')") and flagged("p.read_text()")
    assert flagged("p.write_text(s)") and flagged("os.fdopen(fd, 'w')")
    assert flagged("subprocess.run(cmd, text=True)") and flagged("p.open('r')")
    assert flagged("tempfile.NamedTemporaryFile('w')")
    assert not flagged("open(p, 'rb')") and not flagged("open(p, encoding='utf-8')")
    assert not flagged("p.read_text(encoding='utf-8')") and not flagged("p.write_text(s, 'utf-8')")
    assert not flagged("dialog.open()") and not flagged("tempfile.NamedTemporaryFile()")
    assert not flagged("buffer.open(QIODevice.OpenModeFlag.WriteOnly)")
    assert not flagged("subprocess.run(cmd, capture_output=True)") and not flagged("os.open(p, 0)")
    assert flagged("io.open(p, 'w')") and not flagged("io.open(p, 'wb')")
