"""The file is the graph: a TriG written by `kg build`, loaded as it is into a plain
pyoxigraph Store or an rdflib Dataset (no geokg code, no union-default-graph option), answers
every bundled query as `kg query` does; opening it computes nothing."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.resources import samples_dir

PREFIXES = {
    "gev": "https://w3id.org/geokg/ontology#", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.cli import main

    out = tmp_path_factory.mktemp("file") / "samples.trig"
    assert main(["build", str(samples_dir()), "-o", str(out), "--quiet"]) == 0
    return out


def _prolog(text: str) -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if f"PREFIX {p}:" not in text) + text


def _norm(value):
    """GROUP_CONCAT's order is the engine's own: compare the parts."""
    if value is not None and " | " in value:
        return " | ".join(sorted(value.split(" | ")))
    return value


def _kg_rows(path, text):
    from kg.query import run_query
    from kg.store import open_source

    result = run_query(open_source(str(path)), text)
    return Counter(tuple(_norm(row[v].value) if row[v] is not None else None for v in result.variables) for row in result.rows)


def test_every_bundled_query_answers_alike_in_plain_oxigraph_and_rdflib(built):
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.query import bundled_queries

    plain = ox.Store()
    plain.load(path=str(built), format=ox.RdfFormat.TRIG)
    ds = Dataset(default_union=False)
    ds.parse(str(built), format="trig")
    answered = 0
    for name, bq in sorted(bundled_queries().items()):
        text = _prolog(bq.text)
        ours = _kg_rows(built, bq.text)
        sols = plain.query(text)
        variables = [v.value for v in sols.variables]
        theirs = Counter(tuple(_norm(row[v].value) if row[v] is not None else None for v in variables) for row in sols)
        assert theirs == ours, name
        rdflib_rows = Counter(tuple(_norm(str(row[v])) if row[v] is not None else None for v in variables)
                              for row in ds.query(text))
        assert rdflib_rows == ours, name
        answered += bool(ours)
    assert answered >= 5  # the samples give most queries rows to compare


def test_the_file_holds_the_fused_events_and_one_label_per_entity(built):
    import pyoxigraph as ox

    plain = ox.Store()
    plain.load(path=str(built), format=ox.RdfFormat.TRIG)
    q = _prolog("""SELECT ?x (COUNT(DISTINCT ?l) AS ?n) WHERE { ?x rdfs:label ?l .
        { ?x a gev:Actor } UNION { ?x a gev:Place } UNION { ?x a gev:Weapon } } GROUP BY ?x HAVING (COUNT(DISTINCT ?l) != 1)""")
    assert list(plain.query(q)) == []
    # every event whose documents are dated has its report date
    q = _prolog("""SELECT ?e WHERE { ?e a gev:Event ; prov:wasDerivedFrom/dcterms:date ?d
                   FILTER NOT EXISTS { ?e gev:reportDate ?r } }""")
    assert list(plain.query(q)) == []
    q = _prolog("SELECT (COUNT(*) AS ?n) WHERE { ?e a gev:Event ; gev:reportDate ?r }")
    assert int(next(iter(plain.query(q)))["n"].value) > 0


def test_opening_a_file_computes_nothing(tmp_path):
    """A TriG holding only document graphs (no default graph) is queried as it is."""
    import pyoxigraph as ox

    from kg.store import open_source

    path = tmp_path / "g.trig"
    path.write_text("<http://x/g> { <http://x/e> a <https://w3id.org/geokg/ontology#Attack> . }\n", encoding="utf-8")
    store = open_source(str(path))
    assert len(store) == 1 and list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == []
