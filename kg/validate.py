"""SHACL validation of a graph against ``ontology/shapes.ttl`` with pySHACL, plus the text
invariant SHACL cannot state (a mention's anchor equals the document text at its offsets)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph

from kg.resources import ontology_path


@dataclass(slots=True)
class ValidationReport:
    conforms: bool
    text: str
    anchor_errors: list[str] = field(default_factory=list)


ANCHOR_QUERY = """
SELECT ?m ?anchor ?b ?e ?text WHERE {
  ?m a gev:Mention ; gev:document ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
  ?d gev:text ?text .
}"""


def check_anchors(store: ox.Store) -> list[str]:
    from kg.vocab import PREFIXES

    errors = []
    for row in store.query(ANCHOR_QUERY, prefixes=PREFIXES):
        begin, end = int(row["b"].value), int(row["e"].value)
        text = row["text"].value
        if not (0 <= begin <= end <= len(text)) or text[begin:end] != row["anchor"].value:
            errors.append(f"{row['m'].value}: anchor {row['anchor'].value!r} is not the text at [{begin}, {end})")
    return errors


def store_to_graph(store: ox.Store) -> Graph:
    """A store's default graph — the union of its document graphs with reports of one
    happening fused, what queries see — as an rdflib graph (what SHACL validates)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=data, format="nt")


def validate_store(store: ox.Store) -> ValidationReport:
    import pyshacl

    data = store_to_graph(store)
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_path("geoevent.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                         advanced=True, allow_warnings=True)
    anchors = check_anchors(store)
    return ValidationReport(bool(conforms) and not anchors, text, anchors)
