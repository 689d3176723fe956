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


def test_one_label_type_and_confidence_per_identity_in_the_default_graph():
    import pyoxigraph as ox

    from kg.rdf.union import subject_triples
    from kg.resolve.across import Identity, Resolution

    gev = "https://w3id.org/geokg/ontology#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    alt = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    conf = ox.NamedNode(gev + "confidence")
    dec = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    graphs = {"http://x/a": [(rdf_type, ox.NamedNode(gev + "Person")), (label, ox.Literal("the PKK")),
                             (conf, ox.Literal("0.60", datatype=dec))],
              "http://x/b": [(rdf_type, ox.NamedNode(gev + "ArmedForce")), (label, ox.Literal("PKK")),
                             (conf, ox.Literal("0.90", datatype=dec))]}
    res = Resolution(rename={"http://x/a": "http://x/b"}, entities={"http://x/b": Identity("http://x/b", "ArmedForce", "PKK")})
    got = subject_triples("http://x/b", ["http://x/a", "http://x/b"], lambda iri: graphs[iri], res)
    assert got == {(label, ox.Literal("PKK")), (alt, ox.Literal("the PKK")), (conf, ox.Literal("0.90", datatype=dec)),
                   (rdf_type, ox.NamedNode(gev + "ArmedForce")), (rdf_type, ox.NamedNode(gev + "Organization")),
                   (rdf_type, ox.NamedNode(gev + "Actor"))}


def test_knowledge_graph_add_resolves_with_the_documents_already_there(tmp_path):
    """KnowledgeGraph.add on an opened store directory and on a built graph: the old documents'
    fused meeting keeps both sources, adding the same document again adds nothing, and a
    document added again with another text replaces its old statements."""
    from conftest import select

    from kg.api import KnowledgeGraph, add_to_store

    a = {"id": "a", "published": "2024-10-31",
         "text": "US Secretary of State Antony Blinken met South Korean Foreign Minister Cho Tae-yul in Washington on Thursday.\n"}
    b = {"id": "b", "published": "2024-10-31",
         "text": "The United States and South Korea held talks in Washington on Thursday.\n"}
    c = {"id": "c", "published": "2024-11-06",
         "text": "The United States and South Korea held talks in Seoul on Tuesday.\n"}
    c2 = dict(c, text="The United States and South Korea held talks in Busan on Tuesday.\n")
    files = {}
    for name, recs in {"ab": [a, b], "c": [c], "c2": [c2]}.items():
        files[name] = tmp_path / f"{name}.jsonl"
        files[name].write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    meetings = """SELECT ?date (GROUP_CONCAT(?id; separator=",") AS ?docs) WHERE {
        ?e a gev:Meeting ; gev:date ?date ; prov:wasDerivedFrom/dcterms:identifier ?id } GROUP BY ?e ?date ORDER BY ?date"""
    texts = "SELECT ?t WHERE { ?d dcterms:identifier 'c' ; gev:text ?t }"

    def rows(g):
        return [(r["date"], sorted(r["docs"].split(","))) for r in select(g.store, meetings)]

    def snapshot(store):
        return sorted(str(q) for q in store if "_:" not in str(q))

    store_dir = tmp_path / "store"
    add_to_store(store_dir, [str(files["ab"])])
    for g in (KnowledgeGraph.open(store_dir, writable=True), KnowledgeGraph.build([str(files["ab"])])):
        assert rows(g) == [("2024-10-31", ["a", "b"])]
        g.add([str(files["c"])])
        assert rows(g) == [("2024-10-31", ["a", "b"]), ("2024-11-05", ["c"])]
        first = snapshot(g.store)
        g.add([str(files["c"])])
        assert snapshot(g.store) == first
        g.add([str(files["c2"])])
        assert [r["t"] for r in select(g.store, texts)] == [c2["text"]]
        assert rows(g) == [("2024-10-31", ["a", "b"]), ("2024-11-05", ["c"])]


def test_groups_described_in_different_stories_stay_different_actors():
    """"people", "civilians" of one story are not those of another (the page drew every story's
    "people" as one of its biggest nodes); a copy of the story gives the same key, so the same
    IRI; a group named with its state ("Syrian officials") is one across stories."""
    from kg.resolve.across import DocRecord, EntityRecord, resolve

    def rec(doc, *entities):
        return DocRecord(doc, entities=[EntityRecord(iri, kind, label, iso3) for iri, kind, label, iso3 in entities])

    res = resolve([
        rec("http://d/1", ("http://x/group/~aaa/people", "Group", "people", None),
            ("http://x/group/SYR/officials", "GovernmentBody", "Syrian officials", "SYR")),
        rec("http://d/2", ("http://x/group/~bbb/people", "Group", "people", None),
            ("http://x/group/~ccc/gunmen", "ArmedForce", "gunmen", None),
            ("http://x/group/SYR/officials2", "GovernmentBody", "Syrian officials", "SYR")),
        rec("http://d/3", ("http://x/group/~aaa/people", "Group", "people", None),
            ("http://x/group/~ddd/gunmen", "ArmedForce", "gunmen", None)),
    ])
    assert res.rename == {"http://x/group/SYR/officials2": "http://x/group/SYR/officials"}
    assert {i for i in res.entities if "/group/~" in i} == {
        "http://x/group/~aaa/people", "http://x/group/~bbb/people", "http://x/group/~ccc/gunmen", "http://x/group/~ddd/gunmen"}


def test_stored_form_and_update_text_give_the_quads_a_store_keeps():
    """A batch's quads are compared as a store keeps them (typed literals canonical, strings,
    language strings, IRIs and blank nodes as given), and the SPARQL update text made of them
    (one GRAPH block per graph) writes exactly those quads."""
    from kg.store import _data, _stored_form

    g, d = ox.NamedNode("urn:x:g"), ox.DefaultGraph()
    s, p = ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    given = [ox.Quad(s, p, ox.Literal("0.90", datatype=ox.NamedNode(xsd + "decimal")), g),
             ox.Quad(s, p, ox.Literal("7", datatype=ox.NamedNode(xsd + "nonNegativeInteger")), g),
             ox.Quad(s, p, ox.Literal("0.90"), g), ox.Quad(s, p, ox.Literal("Syrie", language="fr"), g),
             ox.Quad(s, p, ox.NamedNode("urn:x:o"), g)]
    got = _stored_form({"urn:x:g": given})
    mem = ox.Store()
    mem.extend(given)
    assert got == {"urn:x:g": set(mem)}
    assert ox.Quad(s, p, ox.Literal("0.9", datatype=ox.NamedNode(xsd + "decimal")), g) in got["urn:x:g"]
    assert ox.Quad(s, p, ox.Literal("0.90"), g) in got["urn:x:g"]
    both = list(got["urn:x:g"]) + [ox.Quad(s, p, ox.Literal('say "hi"\n'), d),
                                    ox.Quad(s, p, ox.Literal("a\\b\tc\x01 Homs – حمص"), d),
                                    ox.Quad(ox.NamedNode("urn:x:café"), p, ox.Literal("x", language="ar-SY"), d)]
    store = ox.Store()
    store.update("INSERT DATA { " + _data(both) + " }")
    assert set(store) == set(both)
    store.update("DELETE DATA { " + _data(both[:3]) + " }")
    assert set(store) == set(both[3:])


def test_a_store_opened_for_writing_keeps_only_its_newest_information_logs(tmp_path):
    """Each writable open of a store directory leaves RocksDB's previous ``LOG`` as a
    ``LOG.old.*`` file; one-at-a-time adds left one per add. Only the newest few are kept, and the
    store's statements are all still there."""
    from kg.store import INFO_LOGS_KEPT, open_source

    path = tmp_path / "store"
    ox.Store(str(path))  # made, and closed as it is dropped
    for i in range(INFO_LOGS_KEPT + 4):
        store = open_source(str(path), writable=True)
        store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                          ox.Literal(str(i)), ox.DefaultGraph()))
        del store
    left = sorted(p.name for p in path.glob("LOG.old.*"))
    assert 1 <= len(left) <= INFO_LOGS_KEPT
    # `kg add` opens its store itself: the same
    from kg.api import add_to_store

    for _ in range(INFO_LOGS_KEPT + 2):
        add_to_store(path, [])
    assert 1 <= len(list(path.glob("LOG.old.*"))) <= INFO_LOGS_KEPT
    store = open_source(str(path))
    mine = store.quads_for_pattern(ox.NamedNode("http://example.org/s"), None, None)
    assert sorted(q.object.value for q in mine) == [str(i) for i in range(INFO_LOGS_KEPT + 4)]
    del store


def test_a_store_held_by_a_writer_is_known_locked_without_opening_it(tmp_path):
    """`kg add` refuses a store another writer holds before it extracts anything (it opens the
    store only when the first batch is ready): the lock is read from /proc/locks."""
    import pytest

    from pathlib import Path

    from kg.store import locked

    if not Path("/proc/locks").exists():
        pytest.skip("no /proc/locks on this system")
    path = tmp_path / "store"
    assert not locked(path)  # no store there
    holder = ox.Store(str(path))
    assert locked(path)
    del holder
    assert not locked(path)
    ox.Store(str(path))  # opened and closed again: its lock was really released
