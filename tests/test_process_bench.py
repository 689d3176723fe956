"""bench/process_bench.py times ``kg`` processes as a user's start: with geokg's modules
byte-compiled, as installing the package leaves them. Python reads a module's cached bytecode
even under ``PYTHONDONTWRITEBYTECODE`` but never writes it, so without this step every timed
``kg build`` on such a machine compiled the package from source (issue 17's whole-process ratios)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def test_the_package_is_byte_compiled_before_the_kg_processes_are_timed(tmp_path):
    import process_bench

    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    for name in ("__init__.py", "a.py", "sub/__init__.py", "sub/b.py"):
        (package / name).write_text("X = 1\n", encoding="utf-8")
    assert process_bench.compiled_package(package) == []
    for path in package.rglob("*.py"):
        assert Path(importlib.util.cache_from_source(str(path))).is_file(), path


def test_the_bench_compiles_geokg_itself(monkeypatch):
    import process_bench

    seen = []
    monkeypatch.setattr(process_bench, "compiled_package", lambda *a: seen.append(a) or [])
    for name in ("bench_startup", "bench_throughput", "bench_memory", "bench_workers", "bench_stages"):
        monkeypatch.setattr(process_bench, name, lambda *a, **k: {})
    monkeypatch.setattr(process_bench, "ag_items", lambda n=None: [])
    monkeypatch.setattr(process_bench, "guardian", lambda: [])
    result = process_bench.bench_processes(Path("/nonexistent"), quick=True)
    assert seen == [()] and result["uncompiled_modules"] == 0
