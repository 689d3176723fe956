"""Open a SOURCE — an RDF file, a store directory made by ``kg add``, or (see
:mod:`kg.remote`) a SPARQL endpoint — as a pyoxigraph :class:`~pyoxigraph.Store`."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError

RDF_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


# A geokg store keeps, besides one named graph per document, their union in the default graph:
# Oxigraph's "union default graph" option has bag semantics (a triple stated by 2,000 documents
# comes back 2,000 times), which multiplies joins; a materialised union is a set.
UNION_UPDATE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def materialize_union(store: ox.Store) -> ox.Store:
    store.update(UNION_UPDATE)
    return store


def is_store_dir(path: Path) -> bool:
    return path.is_dir()


def open_source(source: str, *, writable: bool = False):
    """A pyoxigraph Store for a file or store directory, or a RemoteStore for an endpoint URL."""
    from kg.remote import Endpoint, RemoteStore, is_endpoint

    if is_endpoint(source):
        return RemoteStore(Endpoint.from_url(source))
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file or directory")
    if path.is_dir():
        try:
            return ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            raise InputError(source, f"cannot open the store ({str(exc).splitlines()[0]})") from None
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(source, f"unsupported RDF file type {path.suffix or '(none)'}")
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(source, f"cannot read RDF: {str(exc).splitlines()[0]}") from None
    return materialize_union(store)


def dataset_to_store(ds) -> ox.Store:
    """An in-memory store holding an rdflib dataset's quads (via N-Quads)."""
    store = ox.Store()
    data = ds.serialize(format="nquads", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_QUADS)
    return materialize_union(store)
