"""Issue 14's three `kg add` targets, measured side by side in one run (one process, the model
loaded once, so the figures are the graph's costs, not the model's load):

  1. adding one article to a store of BIG articles costs at most 1.5 x adding it to a store of
     SMALL (AG News world items, undated: the case where candidate groups are largest);
  2. ... and at most 3 x building that article alone (`build_store` of it, in memory);
  3. `kg add` of the Guardian articles one at a time, in a shuffled order, costs at most 2 x one
     `kg build` of them (what the command runs: :func:`kg.pipeline.build_to_file`, the TriG file
     written), and gives the quads of that file.

For 1 and 2 each probe article (one no store holds, nor a copy of it) is added to the small
store, to the big one and built alone in turn, the order rotating from probe to probe, so that a
busy machine weighs on the three alike; the medians are compared. For 3 the build and the adds
run one after the other. CPU time (``time.process_time``: this process, all its threads) is
given beside wall time: on a shared machine it is the steadier of the two.

    python bench/incremental.py [--small 200] [--big 2000] [--probes 9] [--limit N] [--seed 7]
                                [--no-guardian] [--json bench/results/incremental.json]

``--limit N``: the first N Guardian articles only. `bench/graphbench.py` (make bench) calls
:func:`add_costs` and :func:`one_at_a_time`."""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not another one installed in editable mode (a git worktree)
sys.path.insert(0, str(ROOT / "bench"))


def _files(records: list[dict], folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for r in records:
        f = folder / f"{r['id']}.jsonl"
        f.write_text(json.dumps(r) + "\n", encoding="utf-8")
        out.append(str(f))
    return out


class _Clock:
    """CPU and wall seconds of one block; ``main``: the CPU of the calling thread alone. The rest
    of ``cpu`` ran on other threads of the process: RocksDB's background flushes and compactions
    (an add's closing ``store.flush()`` runs on them, and each flush can start a compaction), or
    a BLAS pool."""

    def __enter__(self):
        self.cpu, self.wall, self.main = time.process_time(), time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *exc):
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall
        self.main = time.thread_time() - self.main


def _story(r: dict) -> str:
    """An item's text without the tail that makes a copy distinct (``process_bench.ag_items``)."""
    import re

    return re.sub(r"\(\d+\)\n$", "", r["text"])


def _ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def add_costs(items: list[dict], unique: int, tmp: Path, small: int = 200, big: int = 2000, probes: int = 9) -> dict:
    """Targets 1 and 2 on ``items`` (AG News records; the first ``unique`` distinct, the rest
    copies of those with another id and tail, as ``process_bench.ag_items`` makes them)."""
    import kg.api as api
    from kg.api import add_to_store
    from kg.pipeline import build_store

    # the probes: the last distinct items the stores need not hold; the stores: the rest in order
    if big + probes <= unique:
        chosen = items[big:big + probes]
    else:
        chosen = items[unique - probes:unique]
    heads = {_story(r) for r in chosen}
    pool = [r for r in items if r not in chosen and _story(r) not in heads]
    if len(pool) < big:
        raise SystemExit(f"{len(pool)} items for a store of {big}")
    probe_files = _files(chosen, tmp / "probe")
    build_store(probe_files[:1])  # the model, loaded once before anything is timed
    stores = {}
    made = {}
    for n in (small, big):
        stores[n] = tmp / f"store{n}"
        with _Clock() as c:
            add_to_store(stores[n], _files(pool[:n], tmp / f"in{n}"))
        made[n] = round(c.wall, 1)
    runs = {"small": lambda f: add_to_store(stores[small], [f]), "big": lambda f: add_to_store(stores[big], [f]),
            "alone": lambda f: build_store([f])}
    cpu: dict = {k: [] for k in runs}
    wall: dict = {k: [] for k in runs}
    main: dict = {k: [] for k in runs}
    # an add that finds the store's files piled up compacts the whole store before it ends
    # (kg.api.needs_compaction): at a cost that grows with the store (2.2 CPU-s in a store of
    # 2,000 AG items, where an add costs ~0.1). The median leaves those adds out; the mean, beside
    # it, spreads them over all. The adds that compact are those that call kg.api.compact (the
    # files counted before an add, as once, missed the ~11 its open adds: "none compacted" of 9
    # adds of which one had compacted)
    compacted: dict = {"small": 0, "big": 0}
    compactions: list = []
    real_compact = api.compact

    def counting_compact(store, store_dir):
        compactions.append(store_dir)
        return real_compact(store, store_dir)

    api.compact = counting_compact
    load_before = os.getloadavg()
    try:
        for i, f in enumerate(probe_files):
            names = list(runs)
            for k in names[i % 3:] + names[:i % 3]:
                before = len(compactions)
                with _Clock() as c:
                    runs[k](f)
                if k in compacted and len(compactions) > before:
                    compacted[k] += 1
                cpu[k].append(c.cpu)
                wall[k].append(c.wall)
                main[k].append(c.main)
    finally:
        api.compact = real_compact
    med = {k: statistics.median(v) for k, v in cpu.items()}
    mean = {k: statistics.mean(v) for k, v in cpu.items()}
    wmed = {k: statistics.median(v) for k, v in wall.items()}
    mmed = {k: statistics.median(v) for k, v in main.items()}
    return {
        "store_sizes": [small, big], "probes": probes, "stores_made_s": made,
        "load_before_after": [round(x, 1) for x in (*load_before, *os.getloadavg())],
        "add_one_cpu_s": {f"into_{small}": round(med["small"], 3), f"into_{big}": round(med["big"], 3),
                          "build_alone": round(med["alone"], 3)},
        "add_one_wall_s": {f"into_{small}": round(wmed["small"], 3), f"into_{big}": round(wmed["big"], 3),
                           "build_alone": round(wmed["alone"], 3)},
        # the calling thread's CPU alone (see _Clock): what the other threads (RocksDB's) add
        "add_one_main_thread_cpu_s": {f"into_{small}": round(mmed["small"], 3), f"into_{big}": round(mmed["big"], 3),
                                      "build_alone": round(mmed["alone"], 3)},
        "per_probe_cpu_s": {k: [round(x, 3) for x in v] for k, v in cpu.items()},
        # the adds' mean, compactions included, and how many of the probes' adds compacted
        "add_one_mean_cpu_s": {f"into_{small}": round(mean["small"], 3), f"into_{big}": round(mean["big"], 3),
                               "build_alone": round(mean["alone"], 3)},
        "adds_that_compacted": {f"into_{small}": compacted["small"], f"into_{big}": compacted["big"]},
        "add_vs_build_alone_ratio_mean": _ratio(mean["big"], mean["alone"]),
        "add_big_vs_small_ratio_mean": _ratio(mean["big"], mean["small"]),
        # the ratios, on CPU time (the wall-time ones beside them)
        "add_big_vs_small_ratio": _ratio(med["big"], med["small"]),
        "add_vs_build_alone_ratio": _ratio(med["big"], med["alone"]),
        "add_big_vs_small_ratio_wall": _ratio(wmed["big"], wmed["small"]),
        "add_vs_build_alone_ratio_wall": _ratio(wmed["big"], wmed["alone"]),
    }


class _Stages:
    """The CPU of each stage of the adds (or of a build) while the block runs, as [process CPU,
    calling thread's CPU] (their difference: RocksDB's background threads, compacting or
    flushing meanwhile): extraction (ingest, spaCy, rules), the document graphs and resolution
    records made of it, the store's open (where RocksDB writes the log the last add left), the
    index's plan of the batch, the write (one transaction), the rest of ``add_graphs`` (reading
    the old graphs, remaking the default graph's subjects, the update's text) and what is left:
    the closing (a compaction, the log moved) and the build's own writing and resolution."""

    TIMED = (("extraction", "kg.pipeline", "process_documents"), ("graphs_and_records", "kg.pipeline", "document_record"),
             ("graphs_and_records", "kg.rdf.build", "GraphBuilder.document_quads"), ("open", "kg.api", "open_writable"),
             ("plan", "kg.index", "plan"), ("write", "kg.store", "write_changes"), ("add_graphs", "kg.store", "add_graphs"))

    def __enter__(self):
        import importlib

        self.cpu: dict = {}
        self.saved = []
        for stage, module, path in self.TIMED:
            owner = importlib.import_module(module)
            *outer, name = path.split(".")
            for part in outer:
                owner = getattr(owner, part)
            fn = getattr(owner, name)
            self.saved.append((owner, name, fn))
            setattr(owner, name, (self._gen if name == "process_documents" else self._call)(stage, fn))
        self.start = (time.process_time(), time.thread_time())
        return self

    def _add(self, stage: str, cpu: float, main: float) -> None:
        row = self.cpu.setdefault(stage, [0.0, 0.0])
        row[0] += cpu
        row[1] += main

    def _call(self, stage, fn):
        def timed(*args, **kwargs):
            c, t = time.process_time(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self._add(stage, time.process_time() - c, time.thread_time() - t)
        return timed

    def _gen(self, stage, fn):
        def timed(*args, **kwargs):
            items = fn(*args, **kwargs)
            while True:
                c, t = time.process_time(), time.thread_time()
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    self._add(stage, time.process_time() - c, time.thread_time() - t)
                yield item
        return timed

    def __exit__(self, *exc):
        total = (time.process_time() - self.start[0], time.thread_time() - self.start[1])
        for owner, name, fn in reversed(self.saved):
            setattr(owner, name, fn)
        got = {k: list(v) for k, v in self.cpu.items()}
        if "add_graphs" in got:  # its plan and write apart
            inner = got.pop("add_graphs")
            got["add_graphs_other"] = [inner[i] - got.get("plan", [0, 0])[i] - got.get("write", [0, 0])[i] for i in (0, 1)]
            got["add_graphs_total"] = inner
        spent = [sum(v[i] for k, v in got.items() if k != "add_graphs_total") for i in (0, 1)]  # the exclusive stages
        got["rest"] = [total[i] - spent[i] for i in (0, 1)]
        got["total"] = list(total)
        self.result = {k: [round(v[0], 2), round(v[1], 2)] for k, v in got.items()}


COUNTS = {
    "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }",
    "actors": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gev:Actor }",
    "event_sources": "SELECT (COUNT(*) AS ?n) WHERE { ?e a gev:Event ; prov:wasDerivedFrom ?d }",
    "events_with_2_or_more_sources": """SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?e WHERE {
        ?e a gev:Event ; prov:wasDerivedFrom ?d } GROUP BY ?e HAVING (COUNT(DISTINCT ?d) > 1) } }""",
    "near_duplicate_links": "SELECT (COUNT(*) AS ?n) WHERE { ?a gev:nearDuplicateOf ?b }",
}


def one_at_a_time(records: list[dict], tmp: Path, seed: int = 7) -> dict:
    """Target 3: ``records`` added one at a time in a shuffled order vs one build of them."""
    import pyoxigraph as ox

    from kg.api import add_to_store
    from kg.pipeline import build_store, build_to_file
    from kg.rdf.union import INDEX_GRAPH
    from kg.vocab import PREFIXES

    files = _files(records, tmp / "one-at-a-time")
    build_store(files[:1])  # the model, loaded before anything is timed
    # the reference is what `kg build` runs (kg.pipeline.build_to_file): the file written, its
    # default graph made from a store of the document graphs on disk (inputs over
    # MEMORY_INPUT_BYTES, as the 249 articles are); the adds' store is compared with that file
    built = tmp / "one-at-a-time-build.trig"
    with _Clock() as b, _Stages() as build_stages:
        build_to_file(files, built)
    reference = ox.Store()
    reference.bulk_load(path=str(built), format=ox.RdfFormat.TRIG)
    order = files[:]
    random.Random(seed).shuffle(order)
    store_dir = tmp / "one-at-a-time-store"
    with _Clock() as a, _Stages() as add_stages:
        for f in order:
            add_to_store(store_dir, [f])
    incremental = ox.Store.read_only(str(store_dir))

    def count(store, q):
        return int(next(iter(store.query(q, prefixes=PREFIXES)))["n"].value)

    whole = {str(q) for q in reference}
    parts = {str(q) for q in incremental if q.graph_name != INDEX_GRAPH}  # the add's resolution records
    return {
        "articles": len(files), "order_seed": seed,
        "build": {k: count(reference, q) for k, q in COUNTS.items()},
        "add_one_at_a_time": {k: count(incremental, q) for k, q in COUNTS.items()},
        "quads_build": len(whole), "quads_add": len(parts),
        "quads_only_in_build": len(whole - parts), "quads_only_in_add": len(parts - whole),
        "identical": whole == parts,
        "build_cpu_s": round(b.cpu, 1), "add_one_at_a_time_cpu_s": round(a.cpu, 1),
        "build_main_thread_cpu_s": round(b.main, 1), "add_one_at_a_time_main_thread_cpu_s": round(a.main, 1),
        "build_s": round(b.wall, 1), "add_one_at_a_time_s": round(a.wall, 1),
        "one_at_a_time_vs_build_ratio": _ratio(a.cpu, b.cpu),
        "one_at_a_time_vs_build_ratio_wall": _ratio(a.wall, b.wall),
        # where the CPU goes, stage by stage: [process, calling thread] (see _Stages)
        "build_stages_cpu_s": build_stages.result, "add_stages_cpu_s": add_stages.result,
    }


def ratios(result: dict) -> list[tuple]:
    """The issue's three ratios: (what, CPU-time ratio, wall-time ratio, target)."""
    out = []
    if "adds" in result:
        a = result["adds"]
        small, big = a["store_sizes"]
        out += [(f"kg add one article into {big} vs {small} articles", a["add_big_vs_small_ratio"],
                 a["add_big_vs_small_ratio_wall"], 1.5),
                (f"kg add one article into {big} vs building it alone", a["add_vs_build_alone_ratio"],
                 a["add_vs_build_alone_ratio_wall"], 3.0)]
        if "add_vs_build_alone_ratio_mean" in a:  # the same, the mean of the adds (their compactions in)
            out.append((f"  the same, the mean of the adds ({a['adds_that_compacted'][f'into_{big}']} of "
                        f"{a['probes']} compacted)", a["add_vs_build_alone_ratio_mean"], None, 3.0))
    if "one_at_a_time" in result:
        g = result["one_at_a_time"]
        out.append((f"{g['articles']} Guardian articles added one at a time vs one build",
                    g["one_at_a_time_vs_build_ratio"], g["one_at_a_time_vs_build_ratio_wall"], 2.0))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=200)
    ap.add_argument("--big", type=int, default=2000)
    ap.add_argument("--probes", type=int, default=9)
    ap.add_argument("--limit", type=int, default=0, help="the first N Guardian articles only")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-guardian", action="store_true")
    ap.add_argument("--no-adds", action="store_true")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "incremental.json")
    args = ap.parse_args(argv)

    from process_bench import ag_items, guardian

    result: dict = {}
    with tempfile.TemporaryDirectory() as d:
        if not args.no_adds:
            unique = len(ag_items())
            result["adds"] = add_costs(ag_items(args.big + args.probes + 1), unique, Path(d) / "adds", args.small,
                                       args.big, args.probes)
        articles = guardian()
        if args.limit:
            articles = articles[:args.limit]
        if articles and not args.no_guardian:
            result["one_at_a_time"] = one_at_a_time(articles, Path(d) / "guardian", args.seed)
    result["ratios"] = [{"measure": m, "cpu": c, "wall": w, "target": t} for m, c, w, t in ratios(result)]
    print(json.dumps(result, indent=1))
    for m, c, w, t in ratios(result):
        print(f"{m:<62} {c:>6} (wall {w})  target <= {t}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0 if result.get("one_at_a_time", {}).get("identical", True) else 1


if __name__ == "__main__":
    sys.exit(main())
