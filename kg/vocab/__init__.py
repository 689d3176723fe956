"""The vocabularies geokg writes: ``GEV`` (generated from the ontology) and the aligned ones.

``PREFIXES`` needs no rdflib; the rdflib namespaces (``GEV``, ``SEM``, ``NIF``, ``RDF``, ...) are
imported on first use, so the build path (which uses :mod:`kg.vocab.terms`) never loads rdflib."""

from kg.vocab.prefixes import PREFIXES

__all__ = ["GEV", "SEM", "NIF", "PROV", "DCTERMS", "SKOS", "OWL", "RDF", "RDFS", "XSD", "GEO", "PREFIXES"]


def __getattr__(name: str):
    if name == "GEV":
        from kg.vocab._gev import GEV

        return GEV
    if name in ("SEM", "NIF", "GEO"):
        from rdflib import Namespace

        return Namespace(PREFIXES[name.lower()])
    if name in ("PROV", "DCTERMS", "SKOS", "OWL", "RDF", "RDFS", "XSD"):
        import rdflib.namespace

        return getattr(rdflib.namespace, name)
    raise AttributeError(f"module 'kg.vocab' has no attribute {name!r}")
