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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]


def bench_graph(recs: list[dict], tmp: Path, small: int = 200, big: int = 2000, probes: int = 9) -> dict:
    """Issue 14's three `kg add` ratios as bench/incremental.py measures them (one run, side by
    side), and `kg validate` of the Guardian store those adds made."""
    from incremental import add_costs, one_at_a_time

    out: dict = {}
    short = [r for r in recs if r["id"].startswith("ag-")] or recs
    guardian = [r for r in recs if r["id"].startswith("guardian-")]
    from process_bench import ag_items

    unique = min(len(ag_items()), len(short))
    a = add_costs(short, unique, tmp / "adds", small, big, probes)
    out.update(a)
    out[f"add_one_into_{small}_s"] = a["add_one_cpu_s"][f"into_{small}"]
    out[f"add_one_into_{big}_s"] = a["add_one_cpu_s"][f"into_{big}"]
    out["build_one_alone_s"] = a["add_one_cpu_s"]["build_alone"]
    if guardian:
        g = one_at_a_time(guardian, tmp / "guardian")
        out["guardian_build_s"] = g["build_cpu_s"]
        out["guardian_one_at_a_time_s"] = g["add_one_at_a_time_cpu_s"]
        out["one_at_a_time_vs_build_ratio"] = g["one_at_a_time_vs_build_ratio"]
        out["one_at_a_time_vs_build_ratio_wall"] = g["one_at_a_time_vs_build_ratio_wall"]
        out["one_at_a_time_equals_build"] = g["identical"]
        out["guardian_articles"] = g["articles"]
        # kg validate of that store, as an analyst runs it
        store_dir = tmp / "guardian" / "one-at-a-time-store"
        t = time.perf_counter()
        proc = subprocess.run([*KG, "validate", str(store_dir)], capture_output=True, text=True, cwd=ROOT)
        out["validate_guardian_store_s"] = round(time.perf_counter() - t, 1)
        out["validate_conforms"] = proc.returncode == 0
        out["validate_report"] = proc.stdout.strip().splitlines()[:10]
    return out


def table_rows(g: dict) -> list[tuple]:
    small, big = g["store_sizes"]
    rows = [
        (f"kg add one article into {small} / {big} articles (CPU s)", f"{g[f'add_one_into_{small}_s']} / {g[f'add_one_into_{big}_s']}",
         f"ratio {g['add_big_vs_small_ratio']}, wall {g['add_big_vs_small_ratio_wall']} (target <= 1.5)"),
        ("kg add one article vs building it alone", g["add_vs_build_alone_ratio"],
         f"wall {g['add_vs_build_alone_ratio_wall']} (target <= 3)"),
    ]
    if "add_vs_build_alone_ratio_mean" in g:  # out.update(add_costs(...)): the mean, compactions in
        rows.append(("  the same, the mean of the adds", g["add_vs_build_alone_ratio_mean"],
                     f"{g['adds_that_compacted'][f'into_{big}']} of {g['probes']} adds compacted the store"))
    if "guardian_build_s" in g:
        rows += [
            (f"{g['guardian_articles']} Guardian adds one at a time vs one build (CPU s)",
             f"{g['guardian_one_at_a_time_s']} / {g['guardian_build_s']}",
             f"ratio {g['one_at_a_time_vs_build_ratio']}, wall {g['one_at_a_time_vs_build_ratio_wall']} (target <= 2); "
             f"same quads: {g['one_at_a_time_equals_build']}"),
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
    ap.add_argument("--probes", type=int, default=9)
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
