"""docs/vocabulary.md is generated from the ontology and kept in step with it."""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import OWL, RDF, Graph, URIRef

from kg.resources import ontology_path
from kg.vocab import doc

TEXT = doc.TARGET.read_text(encoding="utf-8") if doc.TARGET.exists() else ""


def test_docs_vocabulary_is_what_the_ontology_generates():
    # after editing ontology/geoevent.ttl: python -m kg.vocab.doc
    assert TEXT == doc.generate(), "docs/vocabulary.md is out of date: run python -m kg.vocab.doc"


def test_every_term_of_the_ontology_has_a_section_with_an_example():
    graph = Graph().parse(ontology_path("geoevent.ttl"), format="turtle")
    terms = {str(s)[len(doc.GEV):] for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
             for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and str(s).startswith(doc.GEV)}
    assert {"Event", "Attack", "agent", "date", "isoCode"} <= terms
    sections = dict(re.findall(r"^### `gev:(\w+)`\n(.*?)(?=^### |^## )", TEXT, re.M | re.S))
    assert set(sections) == terms
    for term, body in sections.items():
        assert "```sparql" in body and f"gev:{term}" in body, term


def test_every_example_query_parses_with_the_listed_prefixes():
    blocks = re.findall(r"```sparql\n(.*?)```", TEXT, re.S)
    prolog, examples = blocks[0], blocks[1:]
    assert prolog.startswith("PREFIX ") and len(examples) > 40
    store = ox.Store()
    for example in examples:
        list(store.query(prolog + example))
