"""The ontology's triples (ontology/geoevent.ttl as packaged), parsed once per process: read by the
vocabulary (declared terms, the event-type registry) and by the RDF stage (the ontology graph)."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from kg.resources import ontology_path


@lru_cache(maxsize=1)
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The ontology's triples, parsed once per process."""
    return tuple(ox.parse(path=str(ontology_path("geoevent.ttl")), format=ox.RdfFormat.TURTLE))
