"""geokg: geopolitical event knowledge graphs from news, every fact traceable to its characters.

The public API::

    from kg import KnowledgeGraph, build_dataset, GEV
"""

from kg.api import KnowledgeGraph, add_to_store
from kg.errors import GeokgError, InputError, UsageError
from kg.pipeline import BuildReport, build_dataset
from kg.vocab import GEV

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "add_to_store", "build_dataset", "BuildReport", "GEV", "GeokgError", "InputError",
           "UsageError", "__version__"]
