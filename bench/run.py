"""geokg benchmark: `make bench`. Prints a table and writes bench/results/latest.json.

All figures come from one run on one machine and are reported as ratios measured side by side:
  * whole processes (bench/process_bench.py): start-up of `kg build` on one sentence vs loading
    the bare model; `kg build` vs raw spaCy (`nlp.pipe`, same model and texts) on 800 AG News
    items and the 249 Guardian articles, start-up included and excluded; peak RSS for 249
    articles, 2,000 and 8,000 AG items and a 6 MB document; `--workers 2` vs `--workers 1`; a
    breakdown by stage and a cProfile written to bench/results/;
  * loading the same N-Quads into an Oxigraph store vs parsing them into an rdflib graph;
  * p50/p95 latency of every bundled query on a store of about one million triples, in memory
    (as `kg query FILE` opens it) and on disk (as `kg add` makes it);
  * exporting the network page and its settle time in headless Chromium, for a synthetic
    10,000-event graph and the 249 Guardian articles (bench/pagebench.py).
Data: ../shared/data/ag_news_world and guardian_syria_2019 when present, else the bundled
samples repeated (no Guardian figures then). Set BENCH_QUICK=1 for a smaller run."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not another one installed in editable mode (a git worktree)
SHARED = ROOT.parent / "shared" / "data"
QUICK = os.environ.get("BENCH_QUICK") == "1"
KG = [sys.executable, "-m", "kg.cli"]


def million_triples(nq: Path, tmp: Path, target: int) -> Path:
    """Copies of a real build's quads under distinct document IRIs, up to ``target`` lines."""
    lines = [l for l in nq.read_text(encoding="utf-8").splitlines() if l.strip()]
    out = tmp / "million.nq"
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        copy = 0
        while n < target:
            for l in lines:
                handle.write(l.replace("/doc/", f"/doc/c{copy}-").replace("/event/", f"/event/c{copy}-") + "\n")
                n += 1
                if n >= target:
                    break
            copy += 1
    return out


def bench_store(nq: Path) -> dict:
    import pyoxigraph as ox
    from rdflib import Dataset

    n = sum(1 for _ in nq.open(encoding="utf-8"))
    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    ox_s = time.perf_counter() - t  # the file holds its default graph (kg build writes it): nothing to compute
    t = time.perf_counter()
    ds = Dataset()
    ds.parse(str(nq), format="nquads")
    rdflib_s = time.perf_counter() - t
    del ds
    gc.collect()  # rdflib's million-triple graph is garbage now: collect it before timing queries
    latencies = query_latencies(store)
    del store
    # the same quads in an on-disk store, as `kg add` makes and `oxigraph serve` serves
    t = time.perf_counter()
    disk = ox.Store(str(nq.parent / "store"))
    disk.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    disk.flush()
    disk_s = time.perf_counter() - t
    on_disk = query_latencies(disk)
    return {"quads": n, "oxigraph_load_quads_per_s": round(n / ox_s), "rdflib_parse_quads_per_s": round(n / rdflib_s),
            "oxigraph_vs_rdflib_ratio": round(rdflib_s / ox_s, 2),
            "queries": latencies, "disk_load_s": round(disk_s, 1), "queries_on_disk": on_disk}


def query_latencies(store) -> dict:
    """p50/p95 of every bundled query over repeated runs (rows converted to Python, as kg query does)."""
    from kg import query as q

    latencies = {}
    params = {"timeline": {"actor": "North Korea"}, "condemnations": {"target": "North Korea"}}
    for name, bq in q.bundled_queries().items():
        runs = []
        for _ in range(5 if QUICK else 20):
            t = time.perf_counter()
            q.run_query(store, bq.text, q.parse_params([f"{k}={v}" for k, v in params.get(name, {}).items()]))
            runs.append((time.perf_counter() - t) * 1000)
        runs.sort()
        latencies[name] = {"p50_ms": round(statistics.median(runs), 1),
                           "p95_ms": round(runs[min(len(runs) - 1, int(0.95 * len(runs)))], 1)}
    return latencies


def bench_render(tmp: Path) -> dict:
    """The network page (bench/pagebench.py): export and settle times of a synthetic 10,000-event
    graph and of the 249 Guardian articles."""
    sys.path.insert(0, str(ROOT / "bench"))
    from pagebench import bench_page

    return bench_page(tmp, guardian=(SHARED / "guardian_syria_2019" / "articles.csv").exists())


def main() -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from process_bench import bench_processes

    result = {"machine": {"platform": platform.platform(), "python": platform.python_version(),
                          "cpus": os.cpu_count()}, "quick": QUICK}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        result["processes"] = proc = bench_processes(tmp, QUICK)
        big = million_triples(Path(proc["memory"].pop("big_nq")), tmp, 100_000 if QUICK else 1_000_000)
        result["store"] = bench_store(big)
        print(json.dumps(result["store"]), flush=True)
        result["render"] = bench_render(tmp)
        result["graph"] = graph_targets(tmp)
        print(json.dumps(result["graph"]), flush=True)
    out = ROOT / "bench" / "results" / "latest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(table(result))
    return 0


def graph_targets(tmp: Path) -> dict:
    """Issue 14's targets (kg add cost, one-at-a-time adds, kg validate): bench/graphbench.py."""
    sys.path.insert(0, str(ROOT / "bench"))
    from graphbench import articles, bench_graph

    return bench_graph(articles(), tmp / "graph", small=50 if QUICK else 200, big=200 if QUICK else 2000)


def table(r: dict) -> str:
    from process_bench import table_rows

    s, v = r["store"], r["render"]
    rows = table_rows(r["processes"])
    rows += [
        ("Oxigraph load quads/s", s["oxigraph_load_quads_per_s"], f"{s['quads']} quads"),
        ("rdflib parse quads/s", s["rdflib_parse_quads_per_s"], f"Oxigraph {s['oxigraph_vs_rdflib_ratio']}x (target >= 5)"),
    ]
    rows += [(f"query {k} p50 / p95 ms", f"{x['p50_ms']} / {x['p95_ms']}", "target p95 <= 200 (in memory)")
             for k, x in s["queries"].items()]
    rows += [(f"query {k} p50 / p95 ms", f"{x['p50_ms']} / {x['p95_ms']}", "on disk (kg add store)")
             for k, x in s.get("queries_on_disk", {}).items()]
    targets = {"synthetic_10000_events": "target <= 20", "guardian_249_articles": "target <= 5"}
    for name, x in v.items():
        rows += [(f"page {name}: export s", x["export_s"], f"{x['events']} events, {x['actors']} actors, {x['page_mb']} MB"),
                 ("  settle in headless Chromium s", x["settle_s"], targets.get(name, ""))]
    if "graph" in r:
        from graphbench import table_rows

        rows += table_rows(r["graph"])
    width = max(len(a) for a, _, _ in rows)
    return "\n".join(f"{a:<{width}}  {str(b):>14}  {c}" for a, b, c in rows)


if __name__ == "__main__":
    sys.exit(main())
