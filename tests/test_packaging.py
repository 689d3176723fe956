"""What users install (issue 16): the wheel holds every file kg reads at run time, and the
declared dependencies are exactly what kg imports (core at module level, extras only lazily).
.ci/run goes further: it installs the wheel into a fresh venv and runs the README's tour."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# needed at run time without an import statement kg makes itself
INDIRECT = {
    "lxml-html-clean": "trafilatura imports lxml.html.clean, which lxml 5.2+ moved to this package",
}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~\[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _modules() -> dict[str, tuple[set[str], set[str]]]:
    """{path: (top-level names imported at module level, top-level names imported in functions)}"""
    found = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        eager, lazy = set(), set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = {node.module.split(".")[0]}
            else:
                continue
            (eager if node in tree.body or _in_module_try(tree, node) else lazy).update(names)
        found[str(path.relative_to(ROOT))] = (eager, lazy)
    return found


def _in_module_try(tree: ast.Module, node: ast.AST) -> bool:
    return any(isinstance(top, ast.Try) and node in list(ast.walk(top)) for top in tree.body)


def _distributions(names: set[str]) -> set[str]:
    dists = packages_distributions()
    out = set()
    for name in names:
        if name in sys.stdlib_module_names or name in ("kg", "__future__"):
            continue
        out.update(d.lower().replace("_", "-") for d in dists.get(name, [name]))
    return out


def test_declared_dependencies_are_what_kg_imports():
    core = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = {e: {_name(r) for r in reqs} for e, reqs in PYPROJECT["project"]["optional-dependencies"].items()}
    optional = set().union(*(v for k, v in extras.items() if k != "test"))
    modules = _modules()
    eager = _distributions(set().union(*(e for e, _ in modules.values())))
    lazy = _distributions(set().union(*(lz for _, lz in modules.values())))
    source = "\n".join((ROOT / p).read_text(encoding="utf-8") for p in modules)

    assert eager <= core, f"imported at module level but not a core dependency: {eager - core}"
    assert lazy <= core | optional, f"imported but not declared: {lazy - core - optional}"
    named = {d for d in core if d.replace("-", "_") in source or f'"{d}"' in source}
    unused = core - eager - lazy - named - set(INDIRECT)
    assert not unused, f"declared but never used: {unused}"
    assert "dateparser" not in core
    assert {"dask", "distributed"} <= extras["dask"] and "oxigraph" in extras["server"]
    assert {"ipykernel", "nbclient"} <= extras["notebooks"]


def test_upper_bounds_where_the_next_release_breaks_the_api():
    deps = {_name(r): r for r in PYPROJECT["project"]["dependencies"]}
    for name, bound in [("pyoxigraph", "<0.6"), ("rdflib", "<8"), ("spacy", "<3.9")]:
        assert bound in deps[name].replace(" ", ""), deps[name]


def test_notebook_and_dask_modules_are_imported_lazily():
    """IPython and distributed are extras: importing kg must not need them."""
    for path, (eager, _) in _modules().items():
        assert not eager & {"IPython", "distributed", "dask", "nbclient", "matplotlib"}, path


def _walk(top: Path) -> set[str]:
    found = set()
    for dirpath, dirnames, filenames in os.walk(top, followlinks=True):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        found.update(str((Path(dirpath) / n).relative_to(ROOT)) for n in filenames if not n.endswith((".pyc", ".pyo")))
    return found


def _package_files() -> set[str]:
    """The files under kg/ that the repository holds (git's list, so caches written at run time
    do not count); a linked directory (kg/ontology) stands for the files in it."""
    proc = subprocess.run(["git", "ls-files", "-z", "kg"], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0 or not proc.stdout:
        return _walk(ROOT / "kg")
    files = set()
    for name in proc.stdout.split("\0"):
        if name and (ROOT / name).is_dir():
            files |= _walk(ROOT / name)
        elif name and (ROOT / name).exists():
            files.add(name)
    return files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # from a clean copy: a stale build/ left by an earlier build would hide missing package data
    src = tmp_path_factory.mktemp("src") / "geokg"
    shutil.copytree(ROOT, src, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "out", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(src)], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 and "No module named" in proc.stderr:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip().splitlines()[-1]}")
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("geokg-*.whl"))


def test_the_wheel_holds_every_file_kg_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert _package_files() - names == set(), "files under kg/ missing from the wheel"
    assert {"kg/templates/network.html", "kg/ontology/geoevent.ttl", "kg/ontology/shapes.ttl",
            "kg/__main__.py"} <= names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "Requires-Dist: lxml_html_clean" in metadata.replace("lxml-html-clean", "lxml_html_clean")
    assert "Provides-Extra: dask" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE") for n in names)


def test_license_and_changelog():
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["version"] in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
