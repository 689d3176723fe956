"""The vocabularies as pyoxigraph terms, for the build path (which never imports rdflib).

``GEV.Event`` is an :class:`pyoxigraph.NamedNode`; a gev term the ontology does not declare
raises ``AttributeError``, as the generated rdflib namespace does."""

from __future__ import annotations

import pyoxigraph as ox

from kg.vocab.prefixes import PREFIXES


class Namespace:
    """Terms of one namespace as pyoxigraph named nodes, made once each."""

    def __init__(self, base: str, declared=None) -> None:
        self._base = base
        self._declared = declared  # () -> set of local names, or None for any name
        self._terms: dict[str, ox.NamedNode] = {}

    def __getitem__(self, name: str) -> ox.NamedNode:
        term = self._terms.get(name)
        if term is None:
            if self._declared is not None and name not in self._declared():
                raise AttributeError(f"{name} is not a term of {self._base}")
            term = self._terms[name] = ox.NamedNode(self._base + name)
        return term

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self[name]
        # kept as an attribute: the next ``GEV.name`` is found without this call (the build makes
        # some 150 quads per AG News item, each naming two or three terms)
        object.__setattr__(self, name, term)
        return term

    def __str__(self) -> str:
        return self._base


_gev_names: set[str] | None = None


def _gev_declared() -> set[str]:
    """Local names the ontology declares (subjects under the gev namespace)."""
    global _gev_names
    if _gev_names is None:
        from kg.vocab.ontology import ontology_triples

        base = PREFIXES["gev"]
        _gev_names = {t.subject.value[len(base):] for t in ontology_triples()
                      if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(base)}
    return _gev_names


GEV = Namespace(PREFIXES["gev"], _gev_declared)
SEM = Namespace(PREFIXES["sem"])
NIF = Namespace(PREFIXES["nif"])
PROV = Namespace(PREFIXES["prov"])
DCTERMS = Namespace(PREFIXES["dcterms"])
SKOS = Namespace(PREFIXES["skos"])
OWL = Namespace(PREFIXES["owl"])
RDF = Namespace(PREFIXES["rdf"])
RDFS = Namespace(PREFIXES["rdfs"])
XSD = Namespace(PREFIXES["xsd"])
GEO = Namespace(PREFIXES["geo"])
