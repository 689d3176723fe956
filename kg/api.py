"""The public Python API: :class:`KnowledgeGraph` and :func:`add_to_store`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.ingest import InputProblem
from kg.pipeline import BuildReport, build_dataset
from kg.rdf import DEFAULT_BASE, write_dataset
from kg.store import dataset_to_store, fuse_events, materialize_union, open_source


def add_to_store(store_dir: Path | str, inputs: Iterable[str], *, published: str | None = None,
                 base: str = DEFAULT_BASE, workers: int = 1, max_bytes: int | None = None,
                 limits: dict | None = None, on_problem: Callable[[InputProblem], None] | None = None,
                 on_document: Callable[[], None] | None = None) -> BuildReport:
    """Load documents into a persistent Oxigraph store, streaming. Each document's named graph is
    written in one transaction as soon as it is extracted, so a crash leaves every document whole
    or absent, and adding the same documents again changes nothing. ``on_document`` is called
    after each document is written."""
    from kg.extract import load_rules
    from kg.ingest import IngestOptions
    from kg.pipeline import _extractions, iter_documents
    from kg.rdf import GraphBuilder
    from kg.rdf.build import ONTOLOGY_GRAPH

    from kg.remote import Endpoint, add_to_endpoint, is_endpoint

    opts = IngestOptions.of(published, max_bytes, **(limits or {}))
    report = BuildReport(on_document=on_document)
    builder = GraphBuilder(base)
    if is_endpoint(str(store_dir)):
        endpoint = Endpoint.from_url(str(store_dir))

        def write(quads) -> None:
            add_to_endpoint(endpoint, _by_graph(quads))

        write(builder.ontology_quads())
    else:
        store = ox.Store(str(store_dir))

        def write(quads) -> None:
            _replace_graphs(store, quads)

        if not store.contains_named_graph(ONTOLOGY_GRAPH):
            write(builder.ontology_quads())
    actors: set[str] = set()
    documents = iter_documents(inputs, opts, report, on_problem=on_problem)
    for document, ex in _extractions(documents, load_rules(), workers, report.reporter(on_problem), None,
                                     opts.max_entities):
        write(builder.document_quads(document, ex))
        report.count(ex, actors)
    if not is_endpoint(str(store_dir)):
        # reports of one happening across documents: one event in the default graph
        fuse_events(store)
        store.flush()
    report.actors = len(actors)
    return report


def _by_graph(quads) -> dict[str, list[ox.Quad]]:
    out: dict[str, list[ox.Quad]] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.NamedNode):
            out.setdefault(q.graph_name.value, []).append(q)
    return out


def _replace_graphs(store: ox.Store, quads) -> None:
    """Make each named graph of ``quads`` the store's, atomically per graph. The default graph (the
    fused union) is made once at the end of :func:`add_to_store`."""
    for name, graph_quads in _by_graph(quads).items():
        graph = ox.NamedNode(name)
        new = set(graph_quads)
        if store.contains_named_graph(graph):
            old = set(store.quads_for_pattern(None, None, None, graph))
            stale = old - new
            if stale:
                # an id reused with new text: swap the graph's content in one transaction
                dele = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in stale)
                ins = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in new - old)
                store.update(f"DELETE DATA {{ GRAPH {graph} {{ {dele} }} }} ; INSERT DATA {{ GRAPH {graph} {{ {ins} }} }}")
                continue
            new -= old
        if new:
            store.extend(list(new))


class KnowledgeGraph:
    """A geokg graph held in an Oxigraph store (in memory, or on disk with ``path``).

    >>> kg = KnowledgeGraph.build(["article.txt"])     # doctest: +SKIP
    >>> kg.query("weapon-tests")                        # doctest: +SKIP
    """

    def __init__(self, store: ox.Store | None = None) -> None:
        self.store = store if store is not None else ox.Store()
        self.report: BuildReport | None = None

    # ------------------------------------------------------------------ making one
    @classmethod
    def build(cls, inputs: Iterable[str | Path], *, published: str | None = None, base: str = DEFAULT_BASE,
              workers: int = 1) -> "KnowledgeGraph":
        ds, report = build_dataset([str(i) for i in inputs], published=published, base=base, workers=workers)
        kg = cls(dataset_to_store(ds))
        kg.report = report
        return kg

    @classmethod
    def open(cls, source: str | Path) -> "KnowledgeGraph":
        return cls(open_source(str(source)))

    @classmethod
    def samples(cls) -> "KnowledgeGraph":
        """The graph of the sample articles bundled with geokg."""
        from kg.resources import samples_dir

        return cls.build([str(samples_dir())])

    def add(self, inputs: Iterable[str | Path], *, published: str | None = None) -> BuildReport:
        ds, report = build_dataset([str(i) for i in inputs], published=published)
        self.store.load(ds.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
        materialize_union(self.store, rebuild=True)
        return report

    # ------------------------------------------------------------------ using one
    def query(self, query: str, **params: str):
        """Run a bundled query name, a ``.rq`` path or SPARQL text; a pandas DataFrame."""
        from kg import query as q

        result = q.run_query(self.store, q.resolve_query(query), q.parse_params([f"{k}={v}" for k, v in params.items()]))
        return q.to_dataframe(result)

    def save(self, path: str | Path) -> None:
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=self.store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
        write_dataset(ds, Path(path))

    def to_networkx(self, view: str = "actors"):
        """A networkx graph: ``actors`` (actor–actor edges weighted by event count) or ``events``."""
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
            else:
                w = g.get_edge_data(e["from"], e["to"], {}).get("weight", 0)
                g.add_edge(e["from"], e["to"], weight=w + e["value"], etype=e["etype"])
        return g

    def to_html(self, path: str | Path, *, max_nodes: int | None = None) -> Path:
        from kg.viz import write_network

        write_network(self.store, Path(path), max_nodes=max_nodes)
        return Path(path)

    def show(self, *, max_nodes: int | None = 300, height: int = 600):
        """The network inline in Jupyter (an iframe holding the self-contained page)."""
        import html

        from IPython.display import HTML

        from kg.viz import collect, limit_nodes, render_html

        page = render_html(limit_nodes(collect(self.store), max_nodes))
        return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
                    'sandbox="allow-scripts"></iframe>')

    def __len__(self) -> int:
        return len(self.store)
