from __future__ import annotations

import json

import pyoxigraph as ox

from conftest import seed_record


def test_kg_add_is_idempotent_and_queryable(tmp_path):
    from kg.api import add_to_store
    from kg.query import run_query

    src = tmp_path / "seed.jsonl"
    src.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    add_to_store(store_dir, [str(src)])
    def snapshot(store):
        # blank node labels (the ontology's owl:AllDisjointClasses lists) are arbitrary per load
        return len(store), sorted(str(q) for q in store if "_:" not in str(q))

    first = snapshot(ox.Store(str(store_dir)))
    add_to_store(store_dir, [str(src)])
    store = ox.Store(str(store_dir))
    assert snapshot(store) == first
    result = run_query(store, "SELECT ?e WHERE { ?e a gev:WeaponTest ; gev:agent/gev:isoCode 'PRK' }")
    assert result.rows
