"""`kg add` one article at a time, in a shuffled order, against one `kg build` of all of them
(issue: one actor, one event): the two stores must hold the same quads — the same actors,
events and sources in every document graph and in the fused default graph.

    python bench/incremental.py [--limit N] [--seed 7] [--json bench/results/incremental.json]

Uses the 249 Guardian articles of ../shared/data/guardian_syria_2019. Each article is added
with :func:`kg.api.add_to_store` in this process (what `kg add STORE FILE` runs, without the
model load of a fresh process)."""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "guardian_syria_2019" / "articles.csv"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "incremental.json")
    args = ap.parse_args(argv)

    import pyoxigraph as ox

    from kg.api import add_to_store
    from kg.pipeline import build_store
    from kg.rdf.union import INDEX_GRAPH
    from kg.vocab import PREFIXES

    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if args.limit:
        rows = rows[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, row in enumerate(rows):
            f = Path(tmp) / f"g{i:03d}.jsonl"
            f.write_text(json.dumps({"id": f"guardian-{i}", "published": row["date"][:10], "text": row["text"]}) + "\n",
                         encoding="utf-8")
            files.append(str(f))
        t = time.perf_counter()
        reference, _ = build_store(files)
        build_s = time.perf_counter() - t
        order = files[:]
        random.Random(args.seed).shuffle(order)
        store_dir = Path(tmp) / "store"
        t = time.perf_counter()
        for f in order:
            add_to_store(store_dir, [f])
        add_s = time.perf_counter() - t
        incremental = ox.Store.read_only(str(store_dir))

        def count(store, q):
            return int(next(iter(store.query(q, prefixes=PREFIXES)))["n"].value)

        queries = {
            "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }",
            "actors": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gev:Actor }",
            "event_sources": "SELECT (COUNT(*) AS ?n) WHERE { ?e a gev:Event ; prov:wasDerivedFrom ?d }",
            "events_with_2_or_more_sources": """SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?e WHERE {
                ?e a gev:Event ; prov:wasDerivedFrom ?d } GROUP BY ?e HAVING (COUNT(DISTINCT ?d) > 1) } }""",
            "near_duplicate_links": "SELECT (COUNT(*) AS ?n) WHERE { ?a gev:nearDuplicateOf ?b }",
        }
        whole = {str(q) for q in reference}
        parts = {str(q) for q in incremental if q.graph_name != INDEX_GRAPH}  # the add's resolution records
        result = {
            "articles": len(rows), "order_seed": args.seed,
            "build": {k: count(reference, q) for k, q in queries.items()},
            "add_one_at_a_time": {k: count(incremental, q) for k, q in queries.items()},
            "quads_build": len(whole), "quads_add": len(parts),
            "quads_only_in_build": len(whole - parts), "quads_only_in_add": len(parts - whole),
            "identical": whole == parts,
            "build_s": round(build_s, 1), "add_one_at_a_time_s": round(add_s, 1),
        }
    print(json.dumps(result, indent=1))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0 if result["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
