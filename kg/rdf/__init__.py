"""RDF: the only stage that builds triples."""

from kg.rdf.build import GraphBuilder, date_literal
from kg.rdf.iris import DEFAULT_BASE, Minter, slug
from kg.rdf.serialize import FORMATS, format_for, write_dataset

__all__ = ["GraphBuilder", "date_literal", "DEFAULT_BASE", "Minter", "slug",
           "FORMATS", "format_for", "write_dataset"]
