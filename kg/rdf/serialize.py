"""Write a dataset to a file whose suffix picks the format, atomically and deterministically.

Serialisation goes through Oxigraph (rdflib's Turtle/TriG writers grow a namespace trie per
IRI and turn quadratic on large graphs): quads are sorted, so the same graph always gives the
same bytes."""

from __future__ import annotations

from pathlib import Path

from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import UsageError
from kg.io import atomic_write_bytes
from kg.vocab.prefixes import PREFIXES as _VOCAB_PREFIXES

PREFIXES = dict(_VOCAB_PREFIXES)

FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".jsonld": ox.RdfFormat.JSON_LD}


def format_for(path: Path) -> ox.RdfFormat:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unsupported output suffix {Path(path).suffix or '(none)'}; use .trig, .nq, .ttl or .jsonld")
    return fmt


def _term(t, cache: dict):
    """An rdflib term as a pyoxigraph one (IRIs cached: a document repeats them often)."""
    from rdflib import BNode, URIRef
    from rdflib import Literal as RDFLiteral

    if isinstance(t, URIRef):
        node = cache.get(t)
        if node is None:
            node = cache[t] = ox.NamedNode(str(t))
        return node
    if isinstance(t, RDFLiteral):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=_term(t.datatype, cache))
        return ox.Literal(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


def to_rdflib(t):
    """A pyoxigraph term as an rdflib one (for the Python API, which hands out rdflib Datasets)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.DefaultGraph):
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        return DATASET_DEFAULT_GRAPH_ID
    raise TypeError(f"not an RDF term: {t!r}")


def dataset_quads(ds) -> list[ox.Quad]:
    """An rdflib dataset's quads as pyoxigraph quads, converted term by term (no text round trip)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    cache: dict = {}
    out = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = ox.DefaultGraph() if name is None or name == DATASET_DEFAULT_GRAPH_ID else _term(name, cache)
        out.append(ox.Quad(_term(s, cache), _term(p, cache), _term(o, cache), graph))
    return out


def _key(q: ox.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_OFFSET_PREDICATES = frozenset({ox.NamedNode(_NIF + "beginIndex"), ox.NamedNode(_NIF + "endIndex")})
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_XSD_NON_NEGATIVE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")


def contract_offsets(quads: Iterable[ox.Quad]) -> Iterable[ox.Quad]:
    """``quads`` with a mention's offsets (``nif:beginIndex``, ``nif:endIndex``) typed
    xsd:nonNegativeInteger, the type CONTRACT.md gives them, where a store gave them back as
    xsd:integer (Oxigraph keeps every integer type as its canonical xsd:integer); every other
    quad as it came."""
    for q in quads:
        if q.predicate in _OFFSET_PREDICATES:
            o = q.object
            if isinstance(o, ox.Literal) and o.datatype == _XSD_INTEGER:
                q = ox.Quad(q.subject, q.predicate, ox.Literal(o.value, datatype=_XSD_NON_NEGATIVE), q.graph_name)
        yield q


def serialize_quads(quads: Iterable[ox.Quad], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    """``quads`` in ``fmt``, sorted (the same graph always gives the same bytes); a mention's
    offsets typed as the contract types them (:func:`contract_offsets`), also where the quads were
    read from a store (Turtle and JSON-LD builds, :meth:`kg.api.KnowledgeGraph.save`)."""
    quads = sorted(set(contract_offsets(quads)), key=_key)
    if fmt == ox.RdfFormat.TURTLE:
        # Turtle has no named graphs: the default graph (the resolved union; see kg.rdf.union)
        # where there is one, else the union of the graphs
        default = [q for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
        triples = sorted({q.triple for q in (default or quads)}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return ox.serialize(triples, format=fmt, prefixes=prefixes)
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD):
        return ox.serialize(quads, format=fmt)
    return ox.serialize(quads, format=fmt, prefixes=prefixes)


def nquads_lines(quads: Iterable[ox.Quad]) -> list[str]:
    """The N-Quads lines of ``quads``, unique and sorted. For quads of one graph as the builder
    makes them (each call of the streamed build; a mention's offsets typed as the contract types
    them, no :func:`contract_offsets` pass on this hot path) this is byte for byte what
    :func:`serialize_quads` writes — sorting lines orders by subject, predicate, object as its
    key does — without holding a key tuple per quad."""
    return sorted({f"{q} .\n" for q in quads})


RUN_LINES = 100_000


def write_nquads(handle, quads: Iterable[ox.Quad], block: int = 10_000, run: int | None = None) -> None:
    """Write ``quads`` as sorted N-Quads to a binary ``handle``, a block of lines at a time.
    Beyond ``run`` quads (a long document's graph) the lines are sorted in runs of that many,
    kept in temporary files and merged: the same bytes, with only one run's lines in memory."""
    run = run or RUN_LINES
    quads = quads if isinstance(quads, (list, tuple)) else list(quads)
    if len(quads) <= run:
        lines = nquads_lines(quads)
        for i in range(0, len(lines), block):
            handle.write("".join(lines[i:i + block]).encode("utf-8"))
        return
    runs = SortedRuns(handle, block, run)
    try:
        for i in range(0, len(quads), run):
            runs.add(quads[i:i + run])
        runs.close()
    finally:
        runs.discard()


class SortedRuns:
    """One graph's N-Quads written from its quads given in parts (a long document's, made part by
    part): the parts' lines gathered, sorted into a temporary file every ``run`` lines, the runs
    merged on :meth:`close` — byte for byte what :func:`write_nquads` of all the quads at once
    writes. How many files a graph takes depends on its lines, not on how small its parts are,
    and no more than ``most_runs`` are open at once (the runs so far are merged into one when
    there would be more): a document of any length is merged within the open-file limit."""

    def __init__(self, handle, block: int = 10_000, run: int | None = None, most_runs: int | None = None) -> None:
        self.handle, self.block, self.runs = handle, block, []
        self.run, self.most_runs = run or SORTED_RUN_LINES, max(2, most_runs or MOST_RUN_FILES)
        self.pending: set[str] = set()

    def add(self, quads) -> None:
        self.pending.update(f"{q} .\n" for q in quads)
        if len(self.pending) >= self.run:
            self._spill()

    def _spill(self) -> None:
        import tempfile

        f = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="\n", prefix="geokg-run-")
        self.runs.append(f)
        lines, self.pending = sorted(self.pending), set()
        f.writelines(lines)
        f.seek(0)
        if len(self.runs) >= self.most_runs:
            # never more than most_runs files open at once: the runs so far merged into one
            merged = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="\n", prefix="geokg-run-")
            merged.writelines(self._merged())
            merged.seek(0)
            self.discard()
            self.runs = [merged]

    def _merged(self):
        """The runs' lines, sorted, each once."""
        import heapq

        last = None
        for line in heapq.merge(*self.runs):
            if line != last:
                yield line
                last = line

    def close(self) -> None:
        if self.pending:
            self._spill()
        out: list[str] = []
        for line in self._merged():
            out.append(line)
            if len(out) >= self.block:
                self.handle.write("".join(out).encode("utf-8"))
                out = []
        self.handle.write("".join(out).encode("utf-8"))
        self.discard()

    def discard(self) -> None:
        for f in self.runs:
            f.close()
        self.runs, self.pending = [], set()


class SortedTrig(SortedRuns):
    """:class:`SortedRuns` written as TriG: the merged lines read back as quads a block at a time
    and streamed to one TriG serialization — byte for byte what :func:`serialize_quads` of all the
    quads at once writes (sorted N-Quads lines of one graph are in its order: subject, predicate,
    object), without holding the graph."""

    def __init__(self, handle, block: int = 10_000, run: int | None = None, most_runs: int | None = None,
                 prefixes: dict[str, str] | None = None) -> None:
        super().__init__(handle, block, run, most_runs)
        self.prefixes = PREFIXES if prefixes is None else prefixes

    def _quads(self):
        out: list[str] = []
        for line in self._merged():
            out.append(line)
            if len(out) >= self.block:
                yield from ox.parse("".join(out).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
                out = []
        yield from ox.parse("".join(out).encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        if self.pending:
            self._spill()
        ox.serialize(contract_offsets(self._quads()), self.handle, ox.RdfFormat.TRIG, prefixes=self.prefixes)
        self.discard()


# a long document's graph lines are sorted in runs of this many (one run's lines in memory)
SORTED_RUN_LINES = 20_000
# the most temporary files of sorted runs one graph's lines (SortedRuns) or the default graph's
# (DefaultLines) keep open at once: past it, the runs so far are merged into one
MOST_RUN_FILES = 64


# the default graph of a TriG or Turtle build is serialized this many quads at a time: each batch
# is held as quads and sorted with a key per quad (kg.rdf.serialize.serialize_quads); 100,000 made
# the Guardian build's TriG peak 448 MiB against 349 for N-Quads, 20,000 makes it 348 (the same
# graph, the same wall time)
DEFAULT_QUAD_BATCH = 20_000


class DefaultLines:
    """The default graph of a build to a file, kept as N-Quads lines out of the store: lines given
    as quads (:meth:`add_quads`) or as the N-Triples a worker made (:meth:`add_bytes`), sorted in
    runs of :data:`DEFAULT_RUN_LINES` kept in temporary files, merged unique and sorted at the end
    (:meth:`lines`). The store then holds no mention of the default graph and is not read back
    to write it: its caches (RocksDB keeps every string it decodes) no longer grow with the
    corpus, and memory holds one run's lines. No more than ``most_runs`` files are open at once
    (the runs so far are merged into one when there would be more), whatever the corpus size."""

    def __init__(self, run: int | None = None, most_runs: int | None = None) -> None:
        self.run, self.most_runs = run or DEFAULT_RUN_LINES, max(2, most_runs or MOST_RUN_FILES)
        self.pending: list[str] = []
        self.runs: list = []

    def add_quads(self, quads) -> None:
        self._add([f"{q} .\n" for q in quads])

    def add_lines(self, lines: list[str]) -> None:
        """Lines ``s p o .\\n`` as :meth:`add_quads` makes them of default-graph quads."""
        if lines:
            self._add(lines)

    def add_bytes(self, data: bytes) -> None:
        """Lines ``s p o .`` as :func:`nquads_lines` writes a default-graph quad."""
        if data:
            self._add(data.decode("utf-8").splitlines(keepends=True))

    def _add(self, lines: list[str]) -> None:
        # a mention's offsets typed as the contract types them (xsd:nonNegativeInteger), as the
        # document graphs have them, also where they come from a store, which keeps them as an
        # xsd:integer (Oxigraph's canonical form of the type: loading the file into a store
        # gives the same graph either way)
        self.pending.extend(_as_offset(line) if line.endswith(_INT) else line for line in lines)
        if len(self.pending) >= self.run:
            self._spill()

    def _spill(self) -> None:
        import tempfile

        lines, self.pending = sorted(set(self.pending)), []
        f = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="\n", prefix="geokg-default-")
        self.runs.append(f)
        f.writelines(lines)
        if len(self.runs) >= self.most_runs:
            # never more than most_runs files open at once (one run per DEFAULT_RUN_LINES lines of
            # the whole corpus): the runs so far merged into one
            merged = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="\n", prefix="geokg-default-")
            merged.writelines(self._merged([]))
            for f in self.runs:
                f.close()
            self.runs = [merged]

    def _merged(self, pending: list[str]):
        """The runs' lines and ``pending`` (sorted), each once, in order."""
        import heapq

        for f in self.runs:
            f.seek(0)
        last = None
        for line in heapq.merge(*self.runs, pending):
            if line != last:
                yield line
                last = line

    def lines(self):
        """Every line given, sorted, each once."""
        yield from self._merged(sorted(set(self.pending)))

    def write(self, handle, block: int = 10_000) -> None:
        """The sorted lines to a binary ``handle``, a block at a time."""
        out: list[str] = []
        for line in self.lines():
            out.append(line)
            if len(out) >= block:
                handle.write("".join(out).encode("utf-8"))
                out = []
        handle.write("".join(out).encode("utf-8"))

    def quads(self, batch: int | None = None):
        """The lines as lists of about ``batch`` quads, in order, a subject's statements in one
        list (for TriG and Turtle: each list is serialized alone, so a subject is written as one
        block, not split where a batch ends)."""
        batch = batch or DEFAULT_QUAD_BATCH
        out: list[str] = []
        last = None
        for line in self.lines():
            subject = line[:line.index(" ")]
            if len(out) >= batch and subject != last:
                yield list(ox.parse("".join(out).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True))
                out = []
            out.append(line)
            last = subject
        yield list(ox.parse("".join(out).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True))

    def discard(self) -> None:
        for f in self.runs:
            f.close()
        self.runs, self.pending = [], []


# a build's default-graph lines are sorted in runs of this many (one run in memory)
DEFAULT_RUN_LINES = 50_000
_NNI = '"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .\n'
_INT = '"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
_INT_LEN = len(_INT)
_OFFSETS = ("> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> \"",
            "> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> \"")


def _as_offset(line: str) -> str:
    """A default-graph line of a mention's offset typed xsd:integer, as xsd:nonNegativeInteger."""
    return line[:-_INT_LEN] + _NNI if any(p in line for p in _OFFSETS) else line


def write_dataset(ds, path: Path) -> None:
    """Write an rdflib Dataset (the Python API's)."""
    write_quads(dataset_quads(ds), path)


def write_quads(quads: Iterable[ox.Quad], path: Path) -> None:
    fmt = format_for(path)
    atomic_write_bytes(Path(path), serialize_quads(quads, fmt, PREFIXES))
