"""Readers of a store see it before an addition or after it, never between: a query loop while
`kg add` runs, and after it is killed (SIGKILL), never counts fewer events than before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import seed_record
from kg.resources import samples_dir

EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <https://w3id.org/geokg/ontology#Event> }"


def _count(store_dir) -> int | None:
    """Events as `kg query` counts them (it opens the store the same way)."""
    from kg.errors import InputError
    from kg.store import open_source

    try:
        store = open_source(str(store_dir))
    except InputError:
        return None  # opened while a commit replaced its files, six times over: no answer, never a wrong one
    return int(next(iter(store.query(EVENTS)))["n"].value)


def _add(store_dir, *inputs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "add", str(store_dir), *map(str, inputs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


@pytest.mark.slow
def test_readers_never_see_fewer_events_during_an_add_or_after_a_kill(tmp_path):
    from kg.api import add_to_store

    seed = tmp_path / "seed.jsonl"
    seed.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    add_to_store(store_dir, [str(seed)])
    before = _count(store_dir)
    assert before and before > 0
    others = sorted(p for p in samples_dir().glob("*.txt"))
    started = time.time()
    proc = _add(store_dir, *others)
    seen = []
    while proc.poll() is None:
        n = _count(store_dir)
        if n is not None:
            seen.append(n)
        time.sleep(0.05)
    took = time.time() - started
    assert proc.returncode == 0, proc.stderr.read()
    after = _count(store_dir)
    assert seen and min(seen) >= before and after > before
    # killed late in its work (most of an add's time is loading the model and reading): the
    # store stays as the last whole transaction left it
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps(dict(seed_record(), id=f"seed-{i}", published=f"2024-11-{i + 1:02d}")) + "\n"
                            for i in range(3)), encoding="utf-8")
    proc = _add(store_dir, more)
    started = time.time()
    while proc.poll() is None and time.time() - started < 0.9 * took:
        n = _count(store_dir)
        assert n is None or n >= after
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    final = _count(store_dir)
    assert final is not None and final >= after
