"""Generate ``kg/vocab/_gev.py`` from ``ontology/geoevent.ttl``.

The Turtle file is the source of truth; the generated :class:`~rdflib.namespace.DefinedNamespace`
makes a misspelt term fail loudly at the point of use. Run ``python -m kg.vocab.generate`` after
editing the ontology; ``tests/test_ontology.py`` fails when the two drift apart. It also writes
``docs/vocabulary.md`` (:mod:`kg.vocab.doc`; ``tests/test_vocab_doc.py`` checks it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from kg.resources import ontology_path

GEV_IRI = "https://w3id.org/geokg/ontology#"
TARGET = Path(__file__).with_name("_gev.py")

_HEADER = '''"""The geokg vocabulary (``gev:``), generated from ontology/geoevent.ttl. Do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class GEV(DefinedNamespace):
    """geokg event ontology: https://w3id.org/geokg/ontology#"""

    _fail = True
'''

_KINDS = [
    ("Classes", {OWL.Class}),
    ("Object properties", {OWL.ObjectProperty}),
    ("Datatype properties", {OWL.DatatypeProperty}),
    ("Concepts and schemes", {SKOS.Concept, SKOS.ConceptScheme}),
]


def render(graph: Graph) -> str:
    lines = [_HEADER]
    for title, types in _KINDS:
        terms = sorted(
            {
                str(s)[len(GEV_IRI):]
                for t in types
                for s in graph.subjects(RDF.type, t)
                if isinstance(s, URIRef) and str(s).startswith(GEV_IRI)
            }
        )
        lines.append(f"    # {title}")
        for name in terms:
            comment = graph.value(URIRef(GEV_IRI + name), RDFS.comment)
            text = " ".join(str(comment).split()) if comment else ""
            text = text.replace("\\", "")
            lines.append(f"    {name}: URIRef  # {text}"[:200].rstrip())
        lines.append("")
    lines.append(f'    _NS = Namespace("{GEV_IRI}")')
    return "\n".join(lines) + "\n"


def generate() -> str:
    graph = Graph().parse(ontology_path("geoevent.ttl"), format="turtle")
    return render(graph)


def main() -> int:
    TARGET.write_text(generate(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    # the vocabulary page is generated from the same file (python -m kg.vocab.doc alone does only that)
    from kg.vocab import doc

    return doc.main([])


if __name__ == "__main__":
    raise SystemExit(main())
