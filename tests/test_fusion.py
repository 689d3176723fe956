"""Cross-document identity: copies add sources, not events; different happenings stay apart."""

from __future__ import annotations

import io
import json

from conftest import SHARED, seed_record, select

import pytest

from kg.store import dataset_to_store


def build(records):
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    ds, report = build_dataset(["-"], stdin=io.BytesIO(data))
    assert not report.problems
    return dataset_to_store(ds)


def counts(store):
    events = select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }")[0]["n"]
    actors = select(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gev:Actor }")[0]["n"]
    return int(events), int(actors)


def test_copies_of_the_seed_add_sources_not_events():
    rec = seed_record()
    one = build([rec])
    copy_a = dict(rec, id="copy-a", url="https://example.org/a")
    copy_b = dict(rec, id="copy-b", url="https://example.org/b")
    edited = dict(rec, id="edited", url="https://example.org/c",
                  text=rec["text"].replace("Spread the love\n\n", "").replace("heightened tensions", "high tensions")
                  .replace("  ", " "))
    many = build([rec, copy_a, copy_b, edited])
    assert counts(many) == counts(one)
    rows = select(many, "SELECT ?e (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?e a gev:Event ; prov:wasDerivedFrom ?d } GROUP BY ?e")
    assert rows and all(int(r["docs"]) == 4 for r in rows), rows
    # and every source keeps its own mentions
    assert select(many, """SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
        ?e a gev:WeaponTest ; gev:mention/gev:document ?doc }""")[0]["n"] == "4"


def test_one_id_with_two_texts_is_a_problem_and_the_first_is_kept():
    from kg.pipeline import build_dataset

    data = "".join(json.dumps(r) + "\n" for r in [
        {"id": "x", "text": "North Korea fired a ballistic missile on Thursday.\n"},
        {"id": "x", "text": "North Korea fired a ballistic missile on Thursday.\n"},  # the same again: built once
        {"id": "x", "text": "Iran threatened to close the strait.\n"}]).encode("utf-8")
    ds, report = build_dataset(["-"], stdin=io.BytesIO(data))
    assert [p.problem for p in report.problems] == [
        "id 'x' is already used by another document in this batch with a different text; skipped"]
    store = dataset_to_store(ds)
    assert select(store, "SELECT (COUNT(?t) AS ?n) WHERE { ?d gev:text ?t }")[0]["n"] == "1"


def test_near_duplicate_articles_are_linked_and_others_are_not():
    from kg.resources import samples_dir

    rec = seed_record()
    edited = dict(rec, id="edited", text=rec["text"].replace("heightened tensions", "high tensions"))
    other = {"id": "other", "text": next(samples_dir().glob("*.txt")).read_text(encoding="utf-8")}
    store = build([rec, edited, other])
    links = {(r["a"], r["b"]) for r in select(store, """SELECT ?a ?b WHERE {
        ?x gev:nearDuplicateOf ?y . ?x dcterms:identifier ?a . ?y dcterms:identifier ?b }""")}
    assert links == {(rec["id"], "edited"), ("edited", rec["id"])}


def test_different_kims_and_different_launches_stay_apart():
    a = {"id": "a", "published": "2024-10-31",
         "text": "North Korean leader Kim Jong Un said the test was a success.\n"}
    b = {"id": "b", "published": "2024-10-31",
         "text": "South Korean Defense Minister Kim Yong-hyun said the test was a provocation.\n"}
    c = {"id": "c", "published": "2024-10-31", "text": "North Korea fired a ballistic missile on Thursday.\n"}
    d = {"id": "d", "published": "2024-11-05", "text": "North Korea fired a ballistic missile on Tuesday.\n"}
    store = build([a, b, c, d])
    speakers = {r["l"] for r in select(store, "SELECT ?l WHERE { ?e a gev:Statement ; gev:agent/rdfs:label ?l }")}
    assert {"Kim Jong Un", "Kim Yong-hyun"} <= speakers
    assert select(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gev:Person }")[0]["n"] == "2"
    dates = {r["d"] for r in select(store, "SELECT ?d WHERE { ?e a gev:WeaponTest ; gev:date ?d }")}
    assert dates == {"2024-10-31", "2024-11-05"}
    assert select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:WeaponTest }")[0]["n"] == "2"


def test_reports_of_one_meeting_with_different_actors_are_one_event():
    a = {"id": "a", "published": "2024-10-31",
         "text": "US Secretary of State Antony Blinken met South Korean Foreign Minister Cho Tae-yul in Washington on Thursday.\n"}
    b = {"id": "b", "published": "2024-10-31",
         "text": "The United States and South Korea held talks in Washington on Thursday.\n"}
    c = {"id": "c", "published": "2024-11-06",
         "text": "The United States and South Korea held talks in Seoul on Tuesday.\n"}
    d = {"id": "d", "published": "2024-11-01", "text": "Antony Blinken said the talks were useful.\n"}
    store = build([a, b, c, d])
    rows = select(store, """SELECT ?e ?date (GROUP_CONCAT(?id; separator=",") AS ?docs) WHERE {
        ?e a gev:Meeting ; gev:date ?date ; prov:wasDerivedFrom/dcterms:identifier ?id } GROUP BY ?e ?date ORDER BY ?date""")
    assert [(r["date"], sorted(r["docs"].split(","))) for r in rows] == [("2024-10-31", ["a", "b"]), ("2024-11-05", ["c"])]
    # each document graph keeps the meeting as it reported it
    per_doc = select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a gev:Meeting } }")[0]["n"]
    assert per_doc == "3"
    # "Antony Blinken" without a country is the Antony Blinken another document places
    assert select(store, """SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gev:Person ; rdfs:label "Antony Blinken" }""")[0]["n"] == "1"


GUARDIAN = SHARED / "data" / "guardian_syria_2019" / "articles.csv"


@pytest.mark.slow
@pytest.mark.skipif(not GUARDIAN.exists(), reason="../shared/data is absent")
def test_add_one_at_a_time_in_any_order_equals_one_build(tmp_path):
    import csv
    import random

    import pyoxigraph as ox

    from kg.api import add_to_store
    from kg.pipeline import build_store
    from kg.rdf.union import INDEX_GRAPH

    with GUARDIAN.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:12]
    files = []
    for i, row in enumerate(rows):
        f = tmp_path / f"g{i:03d}.jsonl"
        f.write_text(json.dumps({"id": f"guardian-{i}", "published": row["date"][:10], "text": row["text"]}) + "\n",
                     encoding="utf-8")
        files.append(str(f))
    reference, _ = build_store(files)
    whole = {str(q) for q in reference}
    order = files[:]
    random.Random(7).shuffle(order)
    store_dir = tmp_path / "store"
    for f in order:
        add_to_store(store_dir, [f])
    incremental = {str(q) for q in ox.Store.read_only(str(store_dir)) if q.graph_name != INDEX_GRAPH}
    assert incremental == whole


def test_a_title_alone_is_the_person_named_with_it_earlier():
    store = build([{"id": "t", "published": "2024-10-31", "text": (
        "South Korean Defense Minister Kim Yong-hyun met US officials in Seoul on Thursday. "
        "Later the defense minister said the North had fired a missile.\n")}])
    speakers = {r["l"] for r in select(store, "SELECT ?l WHERE { ?e a gev:Statement ; gev:agent/rdfs:label ?l }")}
    assert speakers == {"Kim Yong-hyun"}


def test_one_negotiation_reported_with_names_in_other_capitals_and_fewer_parties_is_one_event():
    """Undated reports with no publication date (as in ECB+): "LionsGate" and "Lionsgate" are one
    actor, and a report naming only one party is the meeting the reports naming both describe."""
    a = {"id": "a", "text": "US Secretary of State Antony Blinken held talks with LionsGate.\n"}
    b = {"id": "b", "text": "US Secretary of State Antony Blinken held talks with Lionsgate.\n"}
    c = {"id": "c", "text": "Antony Blinken held talks on the sequel.\n"}
    store = build([a, b, c])
    rows = select(store, """SELECT ?e (GROUP_CONCAT(?id; separator=",") AS ?docs) WHERE {
        ?e a gev:Meeting ; prov:wasDerivedFrom/dcterms:identifier ?id } GROUP BY ?e""")
    assert [sorted(r["docs"].split(",")) for r in rows] == [["a", "b", "c"]], rows
