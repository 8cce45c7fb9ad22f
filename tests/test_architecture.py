"""The package's shape, read from its source (ast, no Qt, nothing imported).

- no import circles between desk's modules;
- Qt only in the screens (desk/ui/) and the application's entry (desk/app.py);
- each layer imports only the layers below it (docs/ARCHITECTURE.md draws them);
- the top level of desk/ stays small.
"""

import ast
from pathlib import Path

import pytest

DESK = Path(__file__).resolve().parent.parent / "desk"

# Lowest first: a package may import itself and anything listed before it, nothing after.
# desk.models.migrations runs beside storage (it builds the search index with it).
LAYERS = [
    {"errors", "translate", "vocab", "config", "validation"},
    {"models"},
    {"storage", "models.migrations"},
    {"settings"},
    {"staff"},
    {"complaints"},
    {"resolution"},
    {"callbacks"},
    {"customers"},
    {"handover"},
    {"statistics"},
    {"chain"},
    {"process", "demo", "printing"},
    # The screens' own foundations: words for codes, messages, fonts, the change watcher.
    {"ui.labels", "ui.messages", "ui.fonts", "ui.i18n", "ui.crash", "ui.live_watcher"},
    {"ui.widgets"},
    {"ui"},
    {"app"},
    {"__main__"},
]
TOP_LEVEL_LIMIT = 10


def module_name(path: Path) -> str:
    parts = list(path.relative_to(DESK.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in DESK.rglob("*.py")}


def imported_names(module: str, path: Path) -> set[str]:
    """Every dotted name an import statement in the module reaches, absolute."""
    names = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def desk_imports(module: str) -> set[str]:
    return {name for name in imported_names(module, MODULES[module])
            if name in MODULES and name != module}


GRAPH = {module: desk_imports(module) for module in MODULES}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def layer_of(module: str) -> int:
    """The rank of the longest layer name the module lives under."""
    if module == "desk":
        return 0  # the package itself: a docstring and the version
    inner = module.removeprefix("desk.")
    best, rank = "", None
    for number, names in enumerate(LAYERS):
        for name in names:
            if (inner == name or inner.startswith(name + ".")) and len(name) > len(best):
                best, rank = name, number
    if rank is None:
        raise AssertionError(f"{module} belongs to no layer: add its package to LAYERS")
    return rank


def test_the_circle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_walk_sees_the_imports_it_should():
    assert "desk.complaints.lifecycle" in GRAPH["desk.process"]
    assert "desk.storage.db" in GRAPH["desk.complaints.registration"]
    assert len(MODULES) > 150


def test_no_import_circles_in_desk():
    assert circles(GRAPH) == []


def test_only_the_screens_and_the_entry_import_qt():
    allowed = ("desk.ui", "desk.app")
    offenders = sorted(
        module for module, path in MODULES.items()
        if not (module == "desk.app" or module.startswith("desk.ui"))
        and any(name.split(".")[0] == "PySide6" for name in imported_names(module, path)))
    assert offenders == [], f"only {allowed} may import PySide6"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_layer_imports_only_the_layers_below_it(module):
    rank = layer_of(module)
    upward = sorted(target for target in GRAPH[module] if layer_of(target) > rank)
    assert upward == [], f"{module} (layer {rank}) reaches up to {upward}"


def test_the_top_level_keeps_only_entry_configuration_and_cross_cutting_modules():
    top = sorted(p.name for p in DESK.glob("*.py"))
    assert len(top) <= TOP_LEVEL_LIMIT, top
