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


def _org_store(*orgs):
    """Document graphs holding organisations: (IRI, label, country IRI or None, graph)."""
    store = ox.Store()
    gev = "https://w3id.org/geokg/ontology#"
    for iri, label, country, graph in orgs:
        g = ox.NamedNode(graph)
        store.add(ox.Quad(ox.NamedNode(iri), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                          ox.NamedNode(gev + "Organization"), g))
        store.add(ox.Quad(ox.NamedNode(iri), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(label), g))
        if country:
            store.add(ox.Quad(ox.NamedNode(iri), ox.NamedNode(gev + "country"), ox.NamedNode(country), g))
    return store


def test_an_acronym_joins_the_one_organisation_it_abbreviates():
    from kg.store import _acronym_renaming

    store = _org_store(("http://x/HP", "HP", None, "http://d/1"), ("http://x/Hewlett-Packard", "Hewlett-Packard", None, "http://d/2"),
                       ("http://x/EDS", "EDS", None, "http://d/1"), ("http://x/ABC", "ABC", None, "http://d/3"))
    assert _acronym_renaming(store) == {"http://x/HP": "http://x/Hewlett-Packard"}  # nothing is "Electronic Data Systems" here
    # two organisations with those initials: no way to tell, no renaming
    two = _org_store(("http://x/SAF", "SAF", None, "http://d/1"), ("http://x/a", "Sudan Armed Forces", "http://c/SDN", "http://d/2"),
                     ("http://x/b", "Syrian Arab Front", None, "http://d/3"))
    assert _acronym_renaming(two) == {}
    # a country says otherwise: no renaming
    other = _org_store(("http://x/SAF", "SAF", "http://c/ZAF", "http://d/1"),
                       ("http://x/a", "Sudan Armed Forces", "http://c/SDN", "http://d/2"))
    assert _acronym_renaming(other) == {}
