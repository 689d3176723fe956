"""The public Python API: :class:`KnowledgeGraph` and :func:`add_to_store`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.ingest import InputProblem
from kg.pipeline import BuildReport, build_store
from kg.rdf import DEFAULT_BASE
from kg.store import open_source, prune_info_logs
from kg.viz import DEFAULT_MAX_NODES


ADD_BATCH = 256  # documents resolved and written in one transaction
# Each add leaves RocksDB level-0 files (one a column family, ~11 an add) whose compaction the
# add's close abandons, so a store grown by many small adds piles them up and every read gets
# slower (the 249 Guardian articles added one at a time: 208 files, `kg validate` 98 s;
# compacted, 12 files, 14.5 s). An add compacts the store (:func:`compact`) when it finds more
# files than COMPACT_AT_FILES and the store's files grew by COMPACT_GROWTH of what the last
# compaction left (the mark COMPACTED_MARK beside them), or more than COMPACT_MAX_FILES files.
# A compaction rewrites the whole store (pyoxigraph 0.5.13 keeps each column family in one
# level, and an add's keys are spread over all of it): 1.2-2.2 CPU-s in a store of 2,000 AG
# items where an add costs ~0.1. At a fixed 64 files it came every ~14 adds there (5 in 69,
# side by side), whatever the store's size, so the mean add grew with the store; at a growth of
# the store's bytes, the compaction an add pays a share of is in proportion to what it wrote,
# until the files reach COMPACT_MAX_FILES (what reads bear: 2 in the same 69 adds, mean add
# 0.211 -> 0.149 CPU-s, files 32.9 -> 41.5 on average). COMPACT_MAX_FILES = 64 is the old rule.
COMPACT_AT_FILES = 64
COMPACT_GROWTH = 0.25
COMPACT_MAX_FILES = 128
# a file of the store directory that RocksDB ignores: the bytes of its SST files after geokg's last compaction
COMPACTED_MARK = "geokg-compacted"
# the write-ahead log an add may leave for the next writer's open to move (see add_to_store)
MOVE_LOG_BYTES = 4 << 20


def _log_bytes(store_dir: Path) -> int:
    """The size of a store's write-ahead log files (``*.log``; ``LOG`` is RocksDB's own diary)."""
    total = 0
    for f in store_dir.glob("*.log"):
        try:
            total += f.stat().st_size
        except OSError:
            pass
    return total


def add_to_store(store_dir: Path | str, inputs: Iterable[str], *, published: str | None = None,
                 base: str = DEFAULT_BASE, workers: int = 1, max_bytes: int | None = None,
                 limits: dict | None = None, on_problem: Callable[[InputProblem], None] | None = None,
                 on_document: Callable[[], None] | None = None) -> BuildReport:
    """Load documents into a persistent Oxigraph store. Documents are written in batches, each in
    one transaction together with the part of the default graph they change (see
    :func:`kg.store.add_graphs`): a reader sees a batch whole or not at all, a killed add leaves
    the store as the last whole batch left it, and adding the same documents again changes
    nothing. ``on_document`` is called after each document is extracted."""
    from kg.remote import is_endpoint
    from kg.store import locked

    if is_endpoint(str(store_dir)):
        return add_documents(str(store_dir), inputs, published=published, base=base, workers=workers,
                             max_bytes=max_bytes, limits=limits, on_problem=on_problem, on_document=on_document)
    # the store is opened once the first batch is extracted, not before: an open sets RocksDB's
    # background compactions going (each add leaves new level-0 files), and those the add's end
    # abandons are lost work; extraction needs no store (one AG item into a store of 2,000: the
    # other threads' CPU 0.05 -> 0.02 s, median of 24)
    if locked(Path(store_dir)):  # refused now, not after the first batch's extraction
        raise OSError(f"IO error: the lock of {Path(store_dir) / 'LOCK'} is held by another process")
    opened: list = []

    def open_store() -> ox.Store:
        if not opened:
            opened.append(open_writable(Path(store_dir)))
        return opened[0]

    report = add_documents(open_store, inputs, published=published, base=base, workers=workers, max_bytes=max_bytes,
                           limits=limits, on_problem=on_problem, on_document=on_document)
    store = open_store()  # every add opens it (the last batch, documents or not, is written)
    opened.clear()
    if not report.written:
        # nothing written: nothing of this add is in the write-ahead log, and this open wrote
        # what an earlier (killed) add left there to the store's files, as the open below would
        return report
    # An add leaves what it wrote in the write-ahead log (``*.log``): the next writer's open
    # writes the log to the store's files (RocksDB's recovery: pyoxigraph keeps
    # avoid_flush_during_recovery=false) and deletes it, and a reader that opens the store in
    # that moment, reading the old file list and then no log, would see the store without this
    # add (CI once counted 0 events during an add): such a reader opens it again
    # (kg.store._open_dir). Adds used to close and open the store once more to move their log
    # themselves: the open that moves a log costs the same wherever it happens, and the extra
    # open and close were 3.5 of 57 CPU-s in the store's part of 249 one-at-a-time Guardian adds
    # (bench/replay_adds.py). A log over MOVE_LOG_BYTES is still moved now: every reader's open
    # replays the log (after one add of 2,000 articles, 9 s of CPU each).
    if needs_compaction(Path(store_dir)):
        compact(store, Path(store_dir))
    if _log_bytes(Path(store_dir)) > MOVE_LOG_BYTES:
        if sys.getrefcount(store) > 2:  # held elsewhere too (not closed by dropping it here)
            store.flush()
        else:
            del store
            try:
                ox.Store(str(store_dir))  # opened and, dropped at once, closed
            except OSError:
                pass  # another writer holds it now: its open has written the log to the files
            prune_info_logs(Path(store_dir))
    return report


def _sst_bytes(store_dir: Path) -> list[int]:
    out = []
    for f in store_dir.glob("*.sst"):
        try:
            out.append(f.stat().st_size)
        except OSError:  # removed by a compaction meanwhile
            pass
    return out


def needs_compaction(store_dir: Path) -> bool:
    """Whether an add leaving ``store_dir`` as it is should compact it (see COMPACT_AT_FILES):
    more than COMPACT_AT_FILES SST files and, since geokg's last compaction, the files grown by
    COMPACT_GROWTH of what it left (always, without a mark), or more than COMPACT_MAX_FILES."""
    sizes = _sst_bytes(store_dir)
    if len(sizes) <= COMPACT_AT_FILES:
        return False
    if len(sizes) > COMPACT_MAX_FILES:
        return True
    try:
        base = int((store_dir / COMPACTED_MARK).read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return True
    return sum(sizes) - base >= COMPACT_GROWTH * base


def compact(store: ox.Store, store_dir: Path) -> None:
    """Compact the whole store and mark the bytes of the files it leaves (a function of its own
    so that bench/incremental.py can count the adds that compact)."""
    import os

    store.optimize()
    mark = store_dir / COMPACTED_MARK
    tmp = mark.with_name(mark.name + ".tmp")
    try:
        tmp.write_text(f"{sum(_sst_bytes(store_dir))}\n", encoding="ascii")
        os.replace(tmp, mark)
    except OSError:
        pass  # no mark: the next add with enough files compacts again


def open_writable(store_dir: Path) -> ox.Store:
    """An add's open of its store (RocksDB writes there the log an earlier add left, see
    :func:`add_to_store`): a function of its own so that bench/incremental.py can give its CPU."""
    store = ox.Store(str(store_dir))
    prune_info_logs(store_dir)
    return store


def add_documents(store, inputs: Iterable[str], *, published: str | None = None, base: str = DEFAULT_BASE,
                  workers: int = 1, max_bytes: int | None = None, limits: dict | None = None,
                  on_problem: Callable[[InputProblem], None] | None = None,
                  on_document: Callable[[], None] | None = None) -> BuildReport:
    """:func:`add_to_store` into an open writable pyoxigraph ``store`` (or an endpoint URL, or a
    function that opens the store, called when the first batch is extracted): the resolution
    records already in the store's index are resolved together with the new ones. The report's
    ``written`` counts the document and ontology graphs written."""
    from kg.ingest import IngestOptions
    from kg.pipeline import _extractions, document_record, iter_documents, process_rules
    from kg.rdf import GraphBuilder
    from kg.rdf.build import ONTOLOGY_GRAPH
    from kg.remote import Endpoint, add_to_endpoint
    from kg.store import add_graphs

    opts = IngestOptions.of(published, max_bytes, **(limits or {}))
    report = BuildReport(on_document=on_document)
    builder = GraphBuilder(base)
    remote = isinstance(store, str)
    graphs: dict[str, list[ox.Quad]] = {}
    records: list = []
    ontology_checked = False
    if remote:
        endpoint = Endpoint.from_url(store)
        add_to_endpoint(endpoint, _by_graph(builder.ontology_quads()))
    target = store if callable(store) else (lambda: store)

    def flush() -> None:
        nonlocal ontology_checked
        if remote:
            add_to_endpoint(endpoint, graphs)
        else:
            writable = target()
            if not ontology_checked:
                ontology_checked = True
                if not writable.contains_named_graph(ONTOLOGY_GRAPH):
                    batch = {**_by_graph(builder.ontology_quads()), **graphs}
                    graphs.clear()
                    graphs.update(batch)
            if graphs:
                report.written += add_graphs(writable, graphs, records)
        graphs.clear()
        records.clear()

    actors: set[str] = set()
    documents = iter_documents(inputs, opts, report, on_problem=on_problem)
    for document, ex in _extractions(documents, process_rules(), workers, report.reporter(on_problem), None,
                                     opts.max_entities):
        graphs.update(_by_graph(builder.document_quads(document, ex)))
        records.append(document_record(builder, document, ex))
        report.count(ex, actors)
        if len(records) >= ADD_BATCH:
            flush()
    flush()
    report.actors = len(actors)
    return report


def _by_graph(quads) -> dict[str, list[ox.Quad]]:
    out: dict[str, list[ox.Quad]] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.NamedNode):
            out.setdefault(q.graph_name.value, []).append(q)
    return out


class KnowledgeGraph:
    """A geokg graph held in an Oxigraph store (in memory, or on disk with ``path``).

    >>> kg = KnowledgeGraph.build(["article.txt"])     # doctest: +SKIP
    >>> kg.query("weapon-tests")                        # doctest: +SKIP
    """

    def __init__(self, store: ox.Store | None = None) -> None:
        self.store = store if store is not None else ox.Store()
        self.report: BuildReport | None = None

    @property
    def records(self) -> dict:
        """The documents' resolution records (kg.resolve.across) kept in the store's index."""
        from kg.store import load_records

        return load_records(self.store)

    # ------------------------------------------------------------------ making one
    @classmethod
    def build(cls, inputs: Iterable[str | Path], *, published: str | None = None, base: str = DEFAULT_BASE,
              workers: int = 1) -> "KnowledgeGraph":
        store, report = build_store([str(i) for i in inputs], published=published, base=base, workers=workers,
                                    index=True)
        kg = cls(store)
        kg.report = report
        return kg

    @classmethod
    def open(cls, source: str | Path, *, writable: bool = False) -> "KnowledgeGraph":
        """Open an RDF file (in memory), a store directory (read-only unless ``writable``: only
        one process at a time may hold it writable) or an endpoint URL."""
        return cls(open_source(str(source), writable=writable))

    @classmethod
    def samples(cls) -> "KnowledgeGraph":
        """The graph of the sample articles bundled with geokg."""
        from kg.resources import samples_dir

        return cls.build([str(samples_dir())])

    def add(self, inputs: Iterable[str | Path], *, published: str | None = None) -> BuildReport:
        """Add or replace documents as :func:`add_to_store` does: resolved together with the
        documents already here (their records are kept in the store's index), and only the part
        of the default graph they change is remade. A graph read from an RDF file keeps no
        records: adding to one that holds documents is refused (build it again instead)."""
        return add_documents(self.store, [str(i) for i in inputs], published=published)

    # ------------------------------------------------------------------ using one
    def query(self, query: str, **params: str):
        """Run a bundled query name, a ``.rq`` path or SPARQL text; a pandas DataFrame."""
        from kg import query as q

        result = q.run_query(self.store, q.resolve_query(query), q.parse_params([f"{k}={v}" for k, v in params.items()]))
        return q.to_dataframe(result)

    def save(self, path: str | Path) -> None:
        from kg.rdf.serialize import write_quads
        from kg.rdf.union import INDEX_GRAPH

        write_quads([q for q in self.store if q.graph_name != INDEX_GRAPH], Path(path))

    def to_networkx(self, view: str = "actors"):
        """A networkx graph: ``actors`` (a DiGraph, actor–actor edges weighted by event count, with
        ``types`` the count per event type and ``etype`` the commonest; the pairs of
        :func:`kg.viz.actor_pairs`, as on the page and in ``kg export .graphml``) or ``events``."""
        import networkx as nx

        from kg.viz import collect

        data = collect(self.store)
        g = nx.MultiDiGraph() if view == "events" else nx.DiGraph()
        nodes, edges = (data.nodes, data.edges) if view == "events" else (data.actor_nodes, data.actor_edges)
        for n in nodes:
            g.add_node(n["id"], label=n["label"], kind=n["kind"], country=n.get("country", ""))
        for e in edges:
            if view == "events":
                g.add_edge(e["from"], e["to"], role=e["label"], etype=e["etype"])
            else:  # one edge per pair, its events counted by type (kg.viz.actor_pairs)
                types = dict(g.get_edge_data(e["from"], e["to"], {}).get("types", {}))
                types[e["etype"]] = types.get(e["etype"], 0) + e["value"]
                g.add_edge(e["from"], e["to"], weight=sum(types.values()), types=types,
                           etype=min(types, key=lambda t: (-types[t], t)))
        return g

    def to_html(self, path: str | Path, *, max_nodes: int | None = DEFAULT_MAX_NODES) -> Path:
        """The interactive page, as ``kg viz`` writes it: at most ``max_nodes`` actors (``kg viz``'s
        default; 0 or None for all)."""
        from kg.viz import write_network

        write_network(self.store, Path(path), max_nodes=max_nodes or None)
        return Path(path)

    def show(self, *, max_nodes: int | None = DEFAULT_MAX_NODES, height: int = 600):
        """The network inline in Jupyter (an iframe holding the self-contained page)."""
        import html

        from IPython.display import HTML

        from kg.viz import collect, limit_nodes, render_html

        page = render_html(limit_nodes(collect(self.store), max_nodes))
        return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
                    'sandbox="allow-scripts"></iframe>')

    def __len__(self) -> int:
        return len(self.store)
