"""Ingest: files, directories and standard input into :class:`Document` records with junk marked."""

from kg.ingest.document import Document, InputProblem, JunkSpan
from kg.ingest.readers import IngestOptions, make_document, normalise_date, read_inputs

__all__ = ["Document", "InputProblem", "JunkSpan", "IngestOptions", "make_document", "normalise_date", "read_inputs"]
