"""geokg: geopolitical event knowledge graphs from news, every fact traceable to its characters.

The public API::

    from kg import KnowledgeGraph, build_dataset, GEV

Names are imported on first use, so ``kg --help`` (and the build path) loads nothing it does not
need (no rdflib, no spaCy for ``--help``)."""

from kg.errors import GeokgError, InputError, UsageError

try:  # one version, the one in pyproject.toml, as installed
    from importlib.metadata import PackageNotFoundError, version as _version

    __version__ = _version("geokg")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
__all__ = ["KnowledgeGraph", "add_to_store", "build_dataset", "BuildReport", "GEV", "GeokgError", "InputError",
           "UsageError", "__version__"]

_LAZY = {"KnowledgeGraph": "kg.api", "add_to_store": "kg.api", "build_dataset": "kg.pipeline",
         "BuildReport": "kg.pipeline", "GEV": "kg.vocab"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
