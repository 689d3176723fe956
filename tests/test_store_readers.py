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


def _graphs(store_dir) -> int | None:
    from kg.errors import InputError
    from kg.store import open_source

    try:
        return sum(1 for _ in open_source(str(store_dir)).named_graphs())
    except InputError:
        return None


def _add(store_dir, *inputs, batch: int | None = None, hold=None) -> subprocess.Popen:
    """`kg add` in a process of its own; ``batch`` documents per transaction (kg.api.ADD_BATCH).
    With ``hold`` (a path), the add writes that file once its first transaction has committed and
    then waits there, so a reader can kill it between two transactions whatever the machine's speed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    argv = ["add", str(store_dir), *map(str, inputs)]
    code = f"import kg.api; kg.api.ADD_BATCH = {batch or 'kg.api.ADD_BATCH'}; "
    if hold is not None:
        code += ("import kg.store, time, pathlib; real = kg.store.add_graphs\n"
                 "def add_graphs(*a, **k):\n"
                 "    n = real(*a, **k)\n"
                 f"    pathlib.Path({str(hold)!r}).write_text('committed')\n"
                 "    time.sleep(120)\n"
                 "    return n\n"
                 "kg.store.add_graphs = add_graphs\n")
    code += f"from kg.cli import main; raise SystemExit(main({argv!r}))"
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def _seeded_store(tmp_path):
    """A store directory that one `kg add` of the seed record made."""
    from kg.api import add_to_store

    seed = tmp_path / "seed.jsonl"
    seed.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    add_to_store(store_dir, [str(seed)])
    return store_dir


@pytest.mark.slow
def test_readers_never_see_fewer_events_during_an_add_or_after_a_kill(tmp_path):
    store_dir = _seeded_store(tmp_path)
    before = _count(store_dir)
    assert before and before > 0
    others = sorted(p for p in samples_dir().glob("*.txt"))
    proc = _add(store_dir, *others)
    seen = []
    while proc.poll() is None:
        n = _count(store_dir)
        if n is not None:
            seen.append(n)
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read()
    after = _count(store_dir)
    assert seen and min(seen) >= before and after > before
    # killed between two transactions of one add (one document each): once a reader sees the first
    # committed, before the last is; the store stays as the last whole transaction left it
    graphs = _graphs(store_dir)
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps(dict(seed_record(), id=f"seed-{i}", published=f"2024-11-{i + 1:02d}")) + "\n"
                            for i in range(3)), encoding="utf-8")
    hold = tmp_path / "first-committed"
    proc = _add(store_dir, more, batch=1, hold=hold)
    while proc.poll() is None:
        n = _count(store_dir)
        assert n is None or n >= after
        if hold.exists():  # the first of three transactions has committed, the second not begun
            assert _graphs(store_dir) == graphs + 1
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    final = _count(store_dir)
    assert final is not None and final >= after
    assert _graphs(store_dir) == graphs + 1


def _without_log(store_dir, copy_dir):
    """The store as a reader finds it when a writer's open has just flushed the write-ahead log
    (``*.log``) into a new file and deleted it, the reader having read the old file list."""
    import gc
    import shutil
    import time

    gc.collect()  # drop any store object the add left for the collector (its RocksDB threads with it)
    for _ in range(5):
        try:
            shutil.copytree(store_dir, copy_dir,
                            ignore=lambda _d, names: [n for n in names if n.endswith(".log")])
            return copy_dir
        except (shutil.Error, FileNotFoundError):
            # RocksDB deleted an obsolete file between the listing and its copy: copy again
            shutil.rmtree(copy_dir, ignore_errors=True)
            time.sleep(0.2)
    raise AssertionError(f"{store_dir} kept changing while it was copied")


@pytest.mark.parametrize("how", ["large add", "update"])
def test_what_a_large_add_or_an_update_committed_is_not_only_in_the_write_ahead_log(tmp_path, monkeypatch, how):
    """A `kg add` whose write-ahead log is over ``kg.api.MOVE_LOG_BYTES`` (every reader's open
    replays the log) and `kg query --allow-update` end with their writes in the store's files:
    a reader that opens the store while the next writer replaces the log still sees them."""
    import kg.api
    from kg.cli import main

    if how == "large add":
        monkeypatch.setattr(kg.api, "MOVE_LOG_BYTES", 0)
    store_dir = _seeded_store(tmp_path)
    n = _count(store_dir)
    assert n and n > 0
    if how == "update":
        assert main(["query", str(store_dir), "--allow-update",
                     "INSERT DATA { <urn:x:e> a <https://w3id.org/geokg/ontology#Event> }"]) == 0
        n += 1
        assert _count(store_dir) == n
    assert _count(_without_log(store_dir, tmp_path / "seen")) == n


def test_a_reader_that_opens_while_the_next_writer_moves_the_log_opens_again(tmp_path, monkeypatch):
    """An add leaves its last transaction in the write-ahead log; the next writer's open writes
    the log to the store's files and deletes it. A reader that read the file list before that
    and looked for the log after would see the store without the add (CI once counted 0 events
    during an add that followed a one-record add): it sees the store's files change while it
    opened them, and opens the store again."""
    import types

    import pyoxigraph as ox

    import kg.store

    store_dir = _seeded_store(tmp_path)
    n = _count(store_dir)
    torn = _without_log(store_dir, tmp_path / "torn")
    assert n and n > 0 and not _count(torn)  # the seed add is all in the log
    real = ox.Store
    opened = []

    class Store:
        def __new__(cls, *args):
            return real(*args)

        @staticmethod
        def read_only(path):
            opened.append(path)
            if len(opened) > 1:
                return real.read_only(path)
            seen = real.read_only(str(torn))  # the old file list, and no log: the writer's open below
            writer = real(str(store_dir))  # moves the log to a new file and deletes it
            del writer
            return seen

    fake = types.SimpleNamespace(**{k: getattr(ox, k) for k in dir(ox) if not k.startswith("_")})
    fake.Store = Store
    monkeypatch.setattr(kg.store, "ox", fake)
    assert _count(store_dir) == n
    assert len(opened) == 2


def test_an_add_that_changes_nothing_writes_nothing(tmp_path):
    """Adding a document the store holds as it is writes no graph, and the store still holds
    every statement."""
    from kg.api import add_to_store

    seed = tmp_path / "seed.jsonl"
    seed.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    assert add_to_store(store_dir, [str(seed)]).written == 2  # the ontology and the document
    n = _count(store_dir)
    again = add_to_store(store_dir, [str(seed)])
    assert again.documents == 1 and again.written == 0
    assert _count(store_dir) == n


def test_the_store_is_opened_once_the_first_batch_is_extracted():
    """`kg add` opens its store only when it has a batch to write: an open sets RocksDB's
    background compactions going, and what the add's end abandons of them is lost CPU."""
    import pyoxigraph as ox

    from kg.api import add_documents

    seen = []

    def opener():
        seen.append("open")
        return store

    store = ox.Store()
    path = samples_dir() / "seed.jsonl"
    report = add_documents(opener, [str(path)], on_document=lambda: seen.append("document"))
    assert seen == ["document", "open"] and report.written == 2
    assert any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_an_add_compacts_a_store_whose_files_piled_up(tmp_path, monkeypatch):
    """Each add leaves level-0 files whose compaction its close may abandon; an add that finds
    more than ``COMPACT_AT_FILES`` of them compacts the store (the 249 Guardian articles added
    one at a time had left 208, and `kg validate` took 98 s instead of 14.5), with the same
    statements. (How many files an add leaves depends on how far RocksDB's own background
    compactions got, so what is checked is that the add compacts.)"""
    import types

    import pyoxigraph as ox

    import kg.api as api

    compacted = []

    class Store:  # a store whose optimize() is seen
        def __init__(self, path):
            self._store = ox.Store(path)

        def __getattr__(self, name):
            return getattr(self._store, name)

        def optimize(self):
            compacted.append(True)
            self._store.optimize()

    fake = types.SimpleNamespace(**{k: getattr(ox, k) for k in dir(ox) if not k.startswith("_")})
    fake.Store = Store
    monkeypatch.setattr(api, "ox", fake)

    def grow(store_dir, limit):
        monkeypatch.setattr(api, "COMPACT_AT_FILES", limit)
        monkeypatch.setattr(api, "COMPACT_MAX_FILES", limit)
        compacted.clear()
        for i in range(3):
            f = tmp_path / f"{store_dir.name}-{i}.jsonl"
            f.write_text(json.dumps({**seed_record(), "id": f"doc-{i}"}) + "\n", encoding="utf-8")
            api.add_to_store(store_dir, [str(f)])
        return len(compacted)

    assert grow(tmp_path / "piled", 10 ** 6) == 0
    assert grow(tmp_path / "compacted", 0) == 3
    assert _count(tmp_path / "compacted") == _count(tmp_path / "piled") > 0


# (SST files, their bytes each, the mark the last compaction left or None) -> whether an add compacts;
# COMPACT_AT_FILES 64, COMPACT_GROWTH 0.25, COMPACT_MAX_FILES 128
COMPACTION_POLICY = [
    (64, 1000, None, False),  # few files: never
    (65, 1000, None, True),  # piled up, no mark (a store never compacted by this geokg): as before
    (65, 1000, 60_000, False),  # piled up, but the store grew 8 % since it was compacted: not yet
    (100, 1000, 80_001, False),  # grown by a little less than a quarter of what it left: not yet
    (100, 1000, 80_000, True),  # grown by a quarter of what the last compaction left
    (129, 10, 1_000_000, True),  # more files than reads bear, however little they hold
    (128, 10, 1_000_000, False),
]


@pytest.mark.parametrize("files, size, mark, compacts", COMPACTION_POLICY)
def test_an_add_compacts_when_the_store_grew_by_a_share_of_itself(tmp_path, files, size, mark, compacts):
    """A compaction rewrites the whole store (2.2 CPU-s in a store of 2,000 AG items, where an add
    costs ~0.1): at a fixed number of files (64) it came every few adds whatever the store's size,
    so the mean add grew with the store. Now an add compacts when the files grew by a share of
    what the last compaction left (the mark), so the compaction each add pays a part of is in
    proportion to what it wrote, or when the files are more than reads bear."""
    import kg.api as api

    for i in range(files):
        (tmp_path / f"{i:06d}.sst").write_bytes(b"\0" * size)
    if mark is not None:
        (tmp_path / api.COMPACTED_MARK).write_text(f"{mark}\n", encoding="ascii")
    assert (api.COMPACT_AT_FILES, api.COMPACT_GROWTH, api.COMPACT_MAX_FILES) == (64, 0.25, 128)
    assert api.needs_compaction(tmp_path) is compacts


def test_a_compaction_marks_the_bytes_it_leaves(tmp_path):
    """After :func:`kg.api.compact` the mark holds the bytes of the store's SST files, and the
    store is not due for another compaction."""
    import pyoxigraph as ox

    import kg.api as api

    f = tmp_path / "doc.jsonl"
    f.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    api.add_to_store(store_dir, [str(f)])
    store = ox.Store(str(store_dir))
    api.compact(store, store_dir)
    del store
    held = sum(p.stat().st_size for p in store_dir.glob("*.sst"))
    assert int((store_dir / api.COMPACTED_MARK).read_text(encoding="ascii")) == held > 0
    assert not api.needs_compaction(store_dir)
