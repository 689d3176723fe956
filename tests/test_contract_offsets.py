"""CONTRACT.md types a mention's offsets (nif:beginIndex, nif:endIndex) xsd:nonNegativeInteger.
Oxigraph keeps every integer type as its canonical xsd:integer, so an output made by reading a
store back (a Turtle or JSON-LD build, KnowledgeGraph.save) must type them again: each output
format is parsed with rdflib and the datatype of every offset checked."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef


NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
OFFSETS = (URIRef(NIF + "beginIndex"), URIRef(NIF + "endIndex"))
TEXT = ("North Korea fired a missile on Monday, South Korea's military said.\n\n"
        "Kim Jong Un watched the launch in Pyongyang, KCNA reported.\n")
XSD_NON_NEGATIVE = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
RDFLIB_FORMAT = {".ttl": "turtle", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}


def _offsets(path) -> tuple[list, list]:
    """The datatypes of the offsets of ``path`` in its default graph and in its named graphs."""
    fmt = RDFLIB_FORMAT[path.suffix]
    if fmt == "turtle":
        g = Graph()
        g.parse(path, format=fmt)
        return [o.datatype for p in OFFSETS for o in g.objects(None, p)], []
    ds = Dataset()
    ds.parse(path, format=fmt)
    default, named = [], []
    for s, p, o, c in ds.quads((None, None, None, None)):
        if p in OFFSETS:
            name = getattr(c, "identifier", c)
            (default if name is None or str(name).startswith("urn:x-rdflib:default") else named).append(o.datatype)
    return default, named


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    path = tmp_path_factory.mktemp("offsets") / "launch.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld", ".trig", ".nq"])
def test_every_offset_of_a_built_file_is_a_non_negative_integer(tmp_path, source, suffix):
    from kg.pipeline import build_to_file

    out = tmp_path / f"g{suffix}"
    build_to_file([str(source)], out)
    default, named = _offsets(out)
    assert len(default) >= 10  # the default graph holds the mentions in every format
    if suffix != ".ttl":  # Turtle has no named graphs; the document graphs carry them elsewhere
        assert len(named) >= 10
    assert set(default) | set(named) == {XSD_NON_NEGATIVE}


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld", ".trig", ".nq"])
def test_every_offset_of_a_saved_graph_is_a_non_negative_integer(tmp_path, source, suffix):
    """KnowledgeGraph.save writes what its store holds (xsd:integer there)."""
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.build([str(source)])
    stored = {q.object.datatype.value for q in kg.store
              if q.predicate.value in (NIF + "beginIndex", NIF + "endIndex")}
    assert stored == {"http://www.w3.org/2001/XMLSchema#integer"}  # why the outputs must type them again
    out = tmp_path / f"g{suffix}"
    kg.save(out)
    default, named = _offsets(out)
    assert len(default) + len(named) >= 10
    assert set(default) | set(named) == {XSD_NON_NEGATIVE}


def test_only_offsets_typed_xsd_integer_are_typed_again():
    from kg.rdf.serialize import contract_offsets

    s, g = ox.NamedNode("http://x/doc#char=0,5"), ox.NamedNode("http://x/doc")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    integer, nni = ox.NamedNode(xsd + "integer"), ox.NamedNode(xsd + "nonNegativeInteger")
    quads = [ox.Quad(s, ox.NamedNode(NIF + "beginIndex"), ox.Literal("0", datatype=integer), g),
             ox.Quad(s, ox.NamedNode(NIF + "endIndex"), ox.Literal("5", datatype=nni), ox.DefaultGraph()),
             ox.Quad(s, ox.NamedNode("http://x/count"), ox.Literal("3", datatype=integer), g),
             ox.Quad(s, ox.NamedNode(NIF + "anchorOf"), ox.Literal("Korea"), g)]
    assert list(contract_offsets(quads)) == [
        ox.Quad(s, ox.NamedNode(NIF + "beginIndex"), ox.Literal("0", datatype=nni), g), *quads[1:]]
