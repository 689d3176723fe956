"""The bench scripts measure the checkout they are in. With geokg installed in editable mode from
another checkout (the usual set-up of a git worktree), ``python bench/eval.py`` put only bench/ on
the path, so ``import kg`` found the other checkout's code and scored it."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ["ecb_fusion", "eval", "incremental", "pagebench", "process_bench", "replay_adds", "run"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_imports_this_checkouts_kg(tmp_path, script):
    decoy = tmp_path / "other" / "kg"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("DECOY = True\n")
    code = (f"import runpy, sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); "
            f"runpy.run_path({str(ROOT / 'bench' / (script + '.py'))!r}, run_name='not_main'); "
            "import kg; print(kg.__file__)")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "other")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert Path(out.stdout.strip()).resolve() == ROOT / "kg" / "__init__.py"


def test_kg_processes_run_this_checkout(tmp_path, monkeypatch):
    """process_bench's `python -m kg.cli` children start in the checkout, so they import its kg."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import process_bench
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "__init__.py").write_text("raise SystemExit('decoy kg imported')\n")
    r = process_bench.run([sys.executable, "-c", "import kg, sys; sys.exit(0 if 'decoy' not in open(kg.__file__).read() else 5)"])
    assert r["cpu_s"] >= 0
