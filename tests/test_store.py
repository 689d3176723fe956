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


def _records(*orgs):
    """Resolution records of documents naming organisations: (IRI, label, ISO3 or None, document)."""
    from kg.resolve.across import DocRecord, EntityRecord

    docs: dict = {}
    for iri, label, iso3, doc in orgs:
        docs.setdefault(doc, DocRecord(doc)).entities.append(EntityRecord(iri, "Organization", label, iso3))
    return list(docs.values())


def test_an_acronym_joins_the_one_organisation_it_abbreviates():
    from kg.resolve.across import resolve

    one = resolve(_records(("http://x/HP", "HP", None, "http://d/1"), ("http://x/Hewlett-Packard", "Hewlett-Packard", None, "http://d/2"),
                           ("http://x/EDS", "EDS", None, "http://d/1"), ("http://x/ABC", "ABC", None, "http://d/3")))
    assert one.rename == {"http://x/HP": "http://x/Hewlett-Packard"}  # nothing is "Electronic Data Systems" here
    # two organisations with those initials: no way to tell, no renaming
    two = resolve(_records(("http://x/SAF", "SAF", None, "http://d/1"), ("http://x/a", "Sudan Armed Forces", "SDN", "http://d/2"),
                           ("http://x/b", "Syrian Arab Front", None, "http://d/3")))
    assert two.rename == {}
    # a country says otherwise: no renaming
    other = resolve(_records(("http://x/SAF", "SAF", "ZAF", "http://d/1"), ("http://x/a", "Sudan Armed Forces", "SDN", "http://d/2")))
    assert other.rename == {}


def test_names_differing_in_apostrophes_case_hyphens_or_the_are_one_entity_with_one_label():
    from kg.resolve.across import Identity, resolve

    res = resolve(_records(("http://x/PKK", "PKK", None, "http://d/1"), ("http://x/Pkk", "Pkk", None, "http://d/2"),
                           ("http://x/the_PKK", "the PKK", None, "http://d/3"), ("http://x/PKK2", "PKK", None, "http://d/4"),
                           ("http://x/w1", "Kurdistan Workers’ Party", None, "http://d/1"),
                           ("http://x/w2", "Kurdistan Workers' Party", None, "http://d/2"),
                           ("http://x/w3", "Kurdistan-Workers Party", None, "http://d/3"),
                           ("http://x/ypg", "YPG", "SYR", "http://d/1"), ("http://x/ypg-tr", "YPG", "TUR", "http://d/2")))
    assert res.rename == {"http://x/PKK2": "http://x/PKK", "http://x/Pkk": "http://x/PKK", "http://x/the_PKK": "http://x/PKK",
                          "http://x/w1": "http://x/w3", "http://x/w2": "http://x/w3"}  # a tie: the shortest name
    assert res.entities["http://x/PKK"] == Identity("http://x/PKK", "Organization", "PKK")  # the most frequent name
    # tied to two states: two things
    assert {"http://x/ypg", "http://x/ypg-tr"} <= set(res.entities)


def test_one_type_per_identity_and_a_country_by_its_common_name():
    from kg.resolve.across import DocRecord, EntityRecord, resolve

    recs = [DocRecord("http://d/1", entities=[EntityRecord("http://x/person/Brexit", "Person", "Brexit"),
                                              EntityRecord("http://x/country/RUS", "Country", "Russian Federation", "RUS")]),
            DocRecord("http://d/2", entities=[EntityRecord("http://x/org/Brexit", "Organization", "Brexit")]),
            DocRecord("http://d/3", entities=[EntityRecord("http://x/place/Brexit", "Place", "Brexit")]),
            DocRecord("http://d/4", entities=[EntityRecord("http://x/org/Brexit", "Organization", "brexit")])]
    res = resolve(recs)
    # an actor and a place stay two (an event's place must be a place, its agent an actor)
    assert {iri: (i.kind, i.label) for iri, i in res.entities.items()} == {
        "http://x/org/Brexit": ("Organization", "Brexit"), "http://x/place/Brexit": ("Place", "Brexit"),
        "http://x/country/RUS": ("Country", "Russia")}
    assert res.rename == {"http://x/person/Brexit": "http://x/org/Brexit"}


def test_distinct_document_ids_give_distinct_iris():
    import unicodedata

    from kg.rdf.iris import Minter

    ids = ["report a", "report_a", "report%20a", unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café"),
           "a/b", "a b", "a\tb"]
    mint = Minter()
    assert len({mint.document(i) for i in ids}) == len(ids)
    assert str(mint.document("guardian-1")) == "https://w3id.org/geokg/id/doc/guardian-1"
