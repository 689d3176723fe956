"""Issue 14's targets, measured side by side in one process (the model loaded once, so the
figures are the graph's costs, not the model's load):

  * `kg add` of one article into a store of N_BIG articles vs one of N_SMALL (target <= 1.5x),
    and vs building that article alone (target <= 3x);
  * the Guardian articles added one at a time vs one build of them (target <= 2x), and whether
    the two give the same quads;
  * `kg validate` (a fresh process, as an analyst runs it) of the Guardian store (target <= 30 s).

    python bench/graphbench.py [--small 200] [--big 2000] [--json bench/results/graph.json]

`bench/run.py` (make bench) calls :func:`bench_graph`."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]


def _files(records: list[dict], folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for r in records:
        f = folder / f"{r['id']}.jsonl"
        f.write_text(json.dumps(r) + "\n", encoding="utf-8")
        out.append(str(f))
    return out


def bench_graph(recs: list[dict], tmp: Path, small: int = 200, big: int = 2000, probes: int = 5) -> dict:
    import pyoxigraph as ox

    from kg.api import add_to_store
    from kg.pipeline import build_store
    from kg.rdf.union import INDEX_GRAPH

    out: dict = {}
    short = [r for r in recs if r["id"].startswith("ag-")] or recs
    guardian = [r for r in recs if r["id"].startswith("guardian-")]
    # 1. one article into a small and a big store, and alone: each probe is timed in the three
    # in turn, so that a busy machine weighs on the three alike (the ratios are what is compared)
    import os

    pool = short[:big + probes]
    probe_files = _files(pool[big:big + probes], tmp / "probe")
    build_store(probe_files[:1])  # the model, loaded once before anything is timed
    stores = {}
    for n in (small, big):
        stores[n] = tmp / f"store{n}"
        add_to_store(stores[n], _files(pool[:n], tmp / f"in{n}"))
    times: dict = {small: [], big: [], "alone": []}
    out["load_before"] = [round(x, 1) for x in os.getloadavg()]
    for f in probe_files:
        for n in (small, big):
            t = time.perf_counter()
            add_to_store(stores[n], [f])
            times[n].append(time.perf_counter() - t)
        t = time.perf_counter()
        build_store([f])
        times["alone"].append(time.perf_counter() - t)
    out["load_after"] = [round(x, 1) for x in os.getloadavg()]
    for n in (small, big):
        out[f"add_one_into_{n}_s"] = round(statistics.median(times[n]), 3)
    out["build_one_alone_s"] = round(statistics.median(times["alone"]), 3)
    out["probes"] = probes
    out["add_big_vs_small_ratio"] = round(out[f"add_one_into_{big}_s"] / out[f"add_one_into_{small}_s"], 2)
    out["add_vs_build_alone_ratio"] = round(out[f"add_one_into_{big}_s"] / out["build_one_alone_s"], 2)
    out["store_sizes"] = [small, big]
    # 2. the Guardian one at a time vs one build
    if guardian:
        files = _files(guardian, tmp / "guardian")
        t = time.perf_counter()
        reference, _ = build_store(files)
        out["guardian_build_s"] = round(time.perf_counter() - t, 1)
        store_dir = tmp / "guardian-store"
        t = time.perf_counter()
        for f in files:
            add_to_store(store_dir, [f])
        out["guardian_one_at_a_time_s"] = round(time.perf_counter() - t, 1)
        out["one_at_a_time_vs_build_ratio"] = round(out["guardian_one_at_a_time_s"] / out["guardian_build_s"], 2)
        added = {str(q) for q in ox.Store.read_only(str(store_dir)) if q.graph_name != INDEX_GRAPH}
        out["one_at_a_time_equals_build"] = added == {str(q) for q in reference}
        out["guardian_articles"] = len(files)
        # 3. kg validate of that store, as an analyst runs it
        t = time.perf_counter()
        proc = subprocess.run([*KG, "validate", str(store_dir)], capture_output=True, text=True)
        out["validate_guardian_store_s"] = round(time.perf_counter() - t, 1)
        out["validate_conforms"] = proc.returncode == 0
        out["validate_report"] = proc.stdout.strip().splitlines()[:10]
    return out


def table_rows(g: dict) -> list[tuple]:
    small, big = g["store_sizes"]
    rows = [
        (f"kg add one article into {small} / {big} articles (s)", f"{g[f'add_one_into_{small}_s']} / {g[f'add_one_into_{big}_s']}",
         f"ratio {g['add_big_vs_small_ratio']} (target <= 1.5)"),
        ("kg add one article vs building it alone", g["add_vs_build_alone_ratio"], "target <= 3"),
    ]
    if "guardian_build_s" in g:
        rows += [
            (f"{g['guardian_articles']} Guardian adds one at a time vs one build (s)",
             f"{g['guardian_one_at_a_time_s']} / {g['guardian_build_s']}",
             f"ratio {g['one_at_a_time_vs_build_ratio']} (target <= 2); same quads: {g['one_at_a_time_equals_build']}"),
            ("kg validate, Guardian store (s)", g["validate_guardian_store_s"],
             f"target <= 30; conforms: {g['validate_conforms']}"),
        ]
    return rows


def articles() -> list[dict]:
    """AG News world items (short) and the Guardian articles (bench/process_bench.py reads them)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from process_bench import ag_items, guardian

    return ag_items(2100) + guardian()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=200)
    ap.add_argument("--big", type=int, default=2000)
    ap.add_argument("--no-guardian", action="store_true")
    ap.add_argument("--probes", type=int, default=5)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "graph.json")
    args = ap.parse_args(argv)
    recs = articles()
    if args.no_guardian:
        recs = [r for r in recs if not r["id"].startswith("guardian-")]
    with tempfile.TemporaryDirectory() as d:
        result = bench_graph(recs, Path(d), args.small, args.big, args.probes)
    print(json.dumps(result, indent=1))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
