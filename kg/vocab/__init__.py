"""The vocabularies geokg writes: ``GEV`` (generated from the ontology) and the aligned ones."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.vocab._gev import GEV

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

PREFIXES = {
    "gev": str(GEV),
    "sem": str(SEM),
    "nif": str(NIF),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

__all__ = ["GEV", "SEM", "NIF", "PROV", "DCTERMS", "SKOS", "OWL", "RDF", "RDFS", "XSD", "PREFIXES"]
