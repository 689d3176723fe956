"""geokg benchmark: `make bench`. Prints a table and writes bench/results/latest.json.

All figures come from one run on one machine and are reported as ratios measured side by side:
  * words/s of the raw spaCy pipeline (same model, same texts, one process) vs the full build;
  * `kg build --workers 2` vs `--workers 1`;
  * peak resident memory of `kg build` for 20,000 vs 2,000 articles;
  * loading the same N-Quads into an Oxigraph store vs parsing them into an rdflib graph;
  * p50/p95 latency of every bundled query on a store of about one million triples, in memory
    (as `kg query FILE` opens it) and on disk (as `kg add` makes it);
  * exporting the network page and its settle time in headless Chromium, for a synthetic
    10,000-event graph and the 249 Guardian articles (bench/pagebench.py).
Data: ../shared/data/ag_news_world and guardian_syria_2019 when present, else the bundled
samples repeated. Set BENCH_QUICK=1 for a smaller run."""

from __future__ import annotations

import csv
import gc
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
QUICK = os.environ.get("BENCH_QUICK") == "1"
KG = [sys.executable, "-m", "kg.cli"]


def articles() -> list[dict]:
    out = []
    ag = SHARED / "ag_news_world" / "world.csv"
    if ag.exists():
        with ag.open(encoding="utf-8") as handle:
            for i, row in enumerate(csv.reader(handle)):
                out.append({"id": f"ag-{i}", "text": f"{row[1]}\n\n{row[2]}\n"})
    gu = SHARED / "guardian_syria_2019" / "articles.csv"
    if gu.exists():
        with gu.open(encoding="utf-8") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                out.append({"id": f"guardian-{i}", "published": row["date"][:10], "text": row["text"]})
    if not out:
        from kg.resources import samples_dir

        base = [json.loads(l) for l in (samples_dir() / "seed.jsonl").read_text().splitlines()]
        base += [{"id": p.stem, "text": p.read_text()} for p in sorted(samples_dir().glob("*.txt"))]
        out = [dict(r, id=f"{r.get('id', 'x')}-{i}") for i in range(40) for r in base]
    return out


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r) + "\n")
    return path


def words(records) -> int:
    return sum(len(r["text"].split()) for r in records)


def timed_run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of a child process."""
    t = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 2):
        raise RuntimeError(proc.stderr[-2000:])
    rss = int(proc.stderr.strip().splitlines()[-1])
    return elapsed, rss


def bench_throughput(records, tmp: Path) -> dict:
    import spacy

    from kg.nlp import MODEL

    texts = [r["text"] for r in records]
    n_words = words(records)
    nlp = spacy.load(MODEL)
    nlp.max_length = 2_000_000
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    raw = time.perf_counter() - t
    src = write_jsonl(records, tmp / "throughput.jsonl")
    # the full build in a fresh process, minus the time to load the model (measured on one document)
    one = write_jsonl(records[:1], tmp / "one.jsonl")
    startup, _ = timed_run([*KG, "build", str(one), "-o", str(tmp / "one.nq"), "-q"])
    full, _ = timed_run([*KG, "build", str(src), "-o", str(tmp / "t.nq"), "-q"])
    build = max(1e-9, full - startup)
    w2, _ = timed_run([*KG, "build", str(src), "-o", str(tmp / "t2.nq"), "-q", "--workers", "2"])
    return {
        "documents": len(records), "words": n_words,
        "raw_spacy_words_per_s": round(n_words / raw), "kg_build_words_per_s": round(n_words / build),
        "build_vs_raw_ratio": round(raw / build, 3),
        "kg_build_docs_per_s": round(len(records) / build, 1),
        "workers1_s": round(full, 1), "workers2_s": round(w2, 1),
        "workers2_speedup": round((full - startup) / max(1e-9, w2 - startup), 3),
    }


def bench_memory(records, tmp: Path) -> dict:
    small_n, big_n = (200, 2000) if QUICK else (2000, 20000)
    pool = [r for r in records if r["id"].startswith("ag-")] or records
    def corpus(n):
        return [dict(pool[i % len(pool)], id=f"m{i}", text=pool[i % len(pool)]["text"] + f" ({i})") for i in range(n)]
    a = write_jsonl(corpus(small_n), tmp / "small.jsonl")
    b = write_jsonl(corpus(big_n), tmp / "big.jsonl")
    ts, rs = timed_run([*KG, "build", str(a), "-o", str(tmp / "small.nq"), "-q"])
    tb, rb = timed_run([*KG, "build", str(b), "-o", str(tmp / "big.nq"), "-q"])
    return {"articles_small": small_n, "articles_big": big_n, "peak_rss_small_mib": round(rs / 1024),
            "peak_rss_big_mib": round(rb / 1024), "memory_ratio": round(rb / rs, 3),
            "big_build_s": round(tb, 1), "big_nq": str(tmp / "big.nq")}


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
    ox_s = time.perf_counter() - t
    from kg.store import materialize_union

    t = time.perf_counter()
    materialize_union(store)
    union_s = time.perf_counter() - t
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
    materialize_union(disk)
    disk.flush()
    disk_s = time.perf_counter() - t
    on_disk = query_latencies(disk)
    return {"quads": n, "oxigraph_load_quads_per_s": round(n / ox_s), "rdflib_parse_quads_per_s": round(n / rdflib_s),
            "oxigraph_vs_rdflib_ratio": round(rdflib_s / ox_s, 2), "union_materialise_s": round(union_s, 1),
            "queries": latencies, "disk_load_and_fuse_s": round(disk_s, 1), "queries_on_disk": on_disk}


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
    recs = articles()
    sample = recs[:300] if QUICK else [r for r in recs if r["id"].startswith("ag-")][:1000] + \
        [r for r in recs if r["id"].startswith("guardian-")][:100]
    sample = sample or recs
    result = {"machine": {"platform": platform.platform(), "python": platform.python_version(),
                          "cpus": os.cpu_count()}, "quick": QUICK}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        result["throughput"] = bench_throughput(sample, tmp)
        print(json.dumps(result["throughput"]), flush=True)
        result["memory"] = mem = bench_memory(recs, tmp)
        print(json.dumps(mem), flush=True)
        big = million_triples(Path(mem.pop("big_nq")), tmp, 100_000 if QUICK else 1_000_000)
        result["store"] = bench_store(big)
        print(json.dumps(result["store"]), flush=True)
        result["render"] = bench_render(tmp)
    out = ROOT / "bench" / "results" / "latest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(table(result))
    return 0


def table(r: dict) -> str:
    t, m, s, v = r["throughput"], r["memory"], r["store"], r["render"]
    rows = [
        ("raw spaCy words/s (1 process)", t["raw_spacy_words_per_s"], ""),
        ("kg build words/s (1 process)", t["kg_build_words_per_s"], f"ratio {t['build_vs_raw_ratio']} (target >= 0.80)"),
        ("kg build documents/s", t["kg_build_docs_per_s"], ""),
        ("--workers 2 vs --workers 1", t["workers2_speedup"], "target >= 1.6"),
        (f"peak RSS {m['articles_small']} vs {m['articles_big']} articles (MiB)",
         f"{m['peak_rss_small_mib']} / {m['peak_rss_big_mib']}", f"ratio {m['memory_ratio']} (target <= 1.2)"),
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
    width = max(len(a) for a, _, _ in rows)
    return "\n".join(f"{a:<{width}}  {str(b):>14}  {c}" for a, b, c in rows)


if __name__ == "__main__":
    sys.exit(main())
