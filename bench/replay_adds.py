"""The store's part of `kg add` alone: the Guardian articles' one-at-a-time adds replayed without
spaCy, so that a change to kg/store.py, kg/index.py or kg/api.py's closing (compaction, moving
the write-ahead log) is measured in ~50 CPU-s instead of ~120, and old and new can be alternated.

    python bench/replay_adds.py --capture /tmp/adds.pkl [--limit N] [--seed 7]
    python bench/replay_adds.py --replay /tmp/adds.pkl [--compact-at N] [--keep DIR]

``--capture`` runs the adds of bench/incremental.py's target 3 once (shuffled with ``--seed``)
and saves what each add gave :func:`kg.store.add_graphs` (its graphs as N-Quads lines, its
records as JSON). ``--replay`` makes a new store from those, each through
:func:`kg.api.add_to_store` (its opens, its compaction, its log moved when large) with the
extraction replaced by the saved batch, and prints the CPU seconds (this process, all threads), the SST files after
each add (mean and max) and the CPU of the bundled queries, three times, on the store made."""

from __future__ import annotations

import argparse
import json
import pickle
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not another one installed in editable mode (a git worktree)
sys.path.insert(0, str(ROOT / "bench"))


def capture(path: Path, limit: int, seed: int) -> int:
    import kg.store
    from kg.api import add_to_store
    from incremental import _files
    from process_bench import guardian

    batches: list = []
    original = kg.store.add_graphs

    def recording(store, graphs, records):
        batches.append(({g: [str(q) for q in qs] for g, qs in graphs.items()}, [r.to_json() for r in records]))
        return original(store, graphs, records)

    kg.store.add_graphs = recording
    articles = guardian()[:limit] if limit else guardian()
    with tempfile.TemporaryDirectory() as d:
        order = _files(articles, Path(d) / "in")
        random.Random(seed).shuffle(order)
        for f in order:
            add_to_store(Path(d) / "store", [f])
    kg.store.add_graphs = original
    with path.open("wb") as handle:
        pickle.dump(batches, handle)
    return len(batches)


def query_cpu(store_dir: Path, repeats: int = 3) -> float:
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    queries = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg" / "queries").glob("*.rq"))]
    store = ox.Store.read_only(str(store_dir))
    t = time.process_time()
    for _ in range(repeats):
        for q in queries:
            for _row in store.query(q, prefixes=PREFIXES):
                pass
    return round(time.process_time() - t, 2)


def replay(path: Path, compact_at: int | None, keep: Path | None) -> dict:
    import pyoxigraph as ox

    import kg.api as api
    from kg.pipeline import BuildReport
    from kg.resolve.across import DocRecord
    from kg.store import add_graphs

    if compact_at is not None:
        api.COMPACT_AT_FILES = compact_at
    with path.open("rb") as handle:
        saved = pickle.load(handle)

    def quads(lines):
        return list(ox.parse("\n".join(line + " ." for line in lines), format=ox.RdfFormat.N_QUADS))

    batches = [({g: quads(qs) for g, qs in graphs.items()}, [DocRecord.from_json(r) for r in records])
               for graphs, records in saved]
    current: list = []

    def add_documents(opener, inputs, **_):
        graphs, records = current[0]
        report = BuildReport()
        report.written = add_graphs(opener(), graphs, records)
        return report

    api.add_documents = add_documents
    # what each add's plan writes into the index: the bytes of the literals it inserts and
    # deletes, by predicate (Oxigraph keeps every string it was given: each one rewritten is dead
    # weight in the store and work for its compactions)
    import kg.index

    written: dict = {}
    original_plan = kg.index.plan

    def counting_plan(index, new):
        up = original_plan(index, new)
        for sign, quads in (("inserted", up.insert), ("deleted", up.delete)):
            for q in quads:
                if isinstance(q.object, ox.Literal):
                    row = written.setdefault(q.predicate.value.rsplit(":", 1)[-1], {"inserted": 0, "deleted": 0})
                    row[sign] += len(q.object.value.encode("utf-8"))
        return up

    kg.index.plan = counting_plan
    with tempfile.TemporaryDirectory() as d:
        store_dir = Path(d) / "store"
        files, per = [], []
        start = time.process_time()
        for batch in batches:
            current[:] = [batch]
            t = time.process_time()
            api.add_to_store(store_dir, ["(replayed)"])
            per.append(time.process_time() - t)
            files.append(len(list(store_dir.glob("*.sst"))))
        total = time.process_time() - start
        out = {"adds": len(batches), "compact_at_files": api.COMPACT_AT_FILES, "cpu_s": round(total, 2),
               "last_50_cpu_s": round(sum(per[-50:]), 2), "files_mean": round(sum(files) / len(files), 1),
               "files_max": max(files), "files_end": files[-1],
               "bytes": sum(f.stat().st_size for f in store_dir.iterdir() if f.is_file()),
               "queries_cpu_s_x3": query_cpu(store_dir),
               "index_literal_bytes": {k: written[k] for k in sorted(written)},
               "index_literal_bytes_total": {k: sum(r[k] for r in written.values()) for k in ("inserted", "deleted")}}
        if keep:
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(store_dir, keep)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--capture", type=Path)
    ap.add_argument("--replay", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--compact-at", type=int, default=None, help="kg.api.COMPACT_AT_FILES for the replay")
    ap.add_argument("--keep", type=Path, default=None, help="copy the store made to this directory")
    args = ap.parse_args(argv)
    if args.capture:
        print(f"{capture(args.capture, args.limit, args.seed)} adds captured in {args.capture}")
    if args.replay:
        print(json.dumps(replay(args.replay, args.compact_at, args.keep)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
