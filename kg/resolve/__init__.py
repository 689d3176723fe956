"""Resolution: canonical actors and events within a document (and, in :mod:`kg.resolve.fusion`,
across documents)."""

from kg.resolve.fusion import event_key, event_signature
from kg.resolve.within import resolve_document

__all__ = ["resolve_document", "event_key", "event_signature"]
