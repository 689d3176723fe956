"""geokg: geopolitical event knowledge graphs from news, every fact traceable to its characters.

The public API::

    from kg import KnowledgeGraph, build_dataset, GEV
"""

from kg.api import KnowledgeGraph, add_to_store
from kg.errors import GeokgError, InputError, UsageError
from kg.pipeline import BuildReport, build_dataset
from kg.vocab import GEV

try:  # one version, the one in pyproject.toml, as installed
    from importlib.metadata import PackageNotFoundError, version as _version

    __version__ = _version("geokg")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
__all__ = ["KnowledgeGraph", "add_to_store", "build_dataset", "BuildReport", "GEV", "GeokgError", "InputError",
           "UsageError", "__version__"]
