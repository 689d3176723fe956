"""Open a SOURCE — an RDF file, a store directory made by ``kg add``, or (see
:mod:`kg.remote`) a SPARQL endpoint — as a pyoxigraph :class:`~pyoxigraph.Store`."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError

RDF_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


# A geokg graph keeps, besides one named graph per document, the resolved union in the default
# graph (see kg.rdf.union): it is written by `kg build` and `kg add`; opening computes nothing.
# A store made by `kg add` also keeps each document's resolution record (kg.resolve.across) in
# the graph INDEX_GRAPH, so that an addition remakes only what the new documents touch.

RECORD = ox.NamedNode("urn:geokg:record")


def _index_graph():
    from kg.rdf.union import INDEX_GRAPH

    return INDEX_GRAPH


def load_records(store: ox.Store) -> dict:
    """The resolution records a store made by ``kg add`` keeps: document IRI -> DocRecord."""
    from kg.resolve.across import DocRecord

    return {q.subject.value: DocRecord.from_json(q.object.value)
            for q in store.quads_for_pattern(None, RECORD, None, _index_graph())}


def write_default_graph(store: ox.Store, records, chunk: int = 25_000, mentions_written: bool = False,
                        out=None, out_lines=None):
    """Fill the (empty) default graph of a store holding only document graphs: the union of
    those with the resolution of ``records`` (records, or a :class:`~kg.resolve.across.Gathered`
    of them) applied. Returns the resolution. The store is
    flushed after every ``chunk`` quads, so an on-disk store does not hold them in memory. With
    ``mentions_written``, the build wrote the mentions' part as it wrote each document graph
    (:func:`kg.rdf.union.mention_quads`): only the other subjects are made here. With ``out``
    (a callable), the default graph's quads are given to it, a part at a time, instead of
    being written to the store (a build to a file, :class:`kg.rdf.serialize.DefaultLines`);
    with ``out_lines``, the same as N-Triples lines (``f"{quad} .\\n"``, no quad objects made)."""
    from kg.resolve.across import resolution_of

    res, documents = resolution_of(records)
    subjects = None
    if mentions_written:
        from kg.rdf.union import resolved_subjects

        subjects = resolved_subjects(store, documents)
    if out_lines is not None:
        for lines in _default_parts(store, res, subjects, lines=True):
            out_lines(lines)
        return res
    for quads in _default_parts(store, res, subjects):
        if out is not None:
            out(quads)
            continue
        for j in range(0, len(quads), chunk):
            store.bulk_extend(quads[j:j + chunk])  # sorted files written directly: a third of the CPU
            store.flush()
    return res


# the default graph is made and written in parts of this many quads (Python objects until written)
DEFAULT_PART_QUADS = 25_000


def _default_parts(store: ox.Store, res, subjects: set[str] | None = None, lines: bool = False):
    """The default graph ``res`` makes of the document graphs of ``store`` (of ``subjects`` of
    them, else all), in parts of about :data:`DEFAULT_PART_QUADS` quads: bounded whatever the
    corpus (parts of a number of subjects grew with it, an actor named in more documents having
    more statements); ``lines``: as N-Triples lines (:func:`kg.rdf.union.iter_default_lines`)."""
    from kg.rdf.union import document_subjects, inverse, iter_default_lines, iter_default_quads

    origs = inverse(res, document_subjects(store) if subjects is None else subjects)
    part: list = []
    for q in (iter_default_lines if lines else iter_default_quads)(store, sorted(origs), origs, res):
        part.append(q)
        if len(part) >= DEFAULT_PART_QUADS:
            yield part
            part = []
    if part:
        yield part


def _data(quads, default_triples=()) -> str:
    """``quads`` (and ``default_triples``, statements of the default graph) as the block of a
    SPARQL ``INSERT DATA``/``DELETE DATA``, a graph's triples together (a quarter less text to
    write and parse than one ``GRAPH`` per quad), each graph's written by Oxigraph's N-Triples
    serializer (its statements are SPARQL's; half the CPU of formatting each term in Python)."""
    by: dict = {}
    for q in quads:
        by.setdefault(q.graph_name, []).append(q.triple)
    if default_triples:
        by.setdefault(ox.DefaultGraph(), []).extend(default_triples)
    return " ".join(_triples(ts) if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{ {_triples(ts)} }}"
                    for g, ts in by.items())


def _triples(triples) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _ensure_index(store: ox.Store, graphs) -> None:
    """A store whose index is not this geokg's — made before the index (an older geokg kept only
    the records), with an index of another layout, or resolved by other rules (another version
    of ``kg/resolve``) — is resolved again from its records once, before the batch: its default
    graph and its index are replaced by what this geokg makes of those records, in one
    transaction, so a reader sees the old graph or the new one; the version mark is written
    last, so an add killed before it does this again."""
    from kg.index import VERSION, Index, index_quads
    from kg.rdf.union import INDEX_GRAPH
    from kg.resolve.across import resolve

    if Index(store).present():
        return
    records = load_records(store)
    if records:
        res = resolve(list(records.values()))
        fresh = {q for q in index_quads(list(records.values()), res) if q.predicate != VERSION}
        default: set[ox.Quad] = set()
        for quads in _default_parts(store, res):
            default.update(quads)
        old_default = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        old_index = {q for q in store.quads_for_pattern(None, None, None, INDEX_GRAPH) if q.predicate != VERSION}
        delete = list((old_default - default) | (old_index - fresh))
        insert = list((default - old_default) | (fresh - old_index))
        if delete:
            update = "DELETE DATA { " + _data(delete) + " }"
            if insert:
                update += " ;\nINSERT DATA { " + _data(insert) + " }"
            store.update(update)
        elif insert:
            store.extend(insert)
        for q in list(store.quads_for_pattern(None, VERSION, None, INDEX_GRAPH)):
            store.remove(q)
        store.extend(q for q in index_quads([], res) if q.predicate == VERSION)
    elif any(g.value not in graphs and g != INDEX_GRAPH and "/doc/" in g.value for g in store.named_graphs()):
        raise InputError("store", "it holds documents without resolution records (made by an older "
                                  "geokg): build it again with kg add into a new directory")


_PLAIN = {ox.NamedNode("http://www.w3.org/2001/XMLSchema#string"),
          ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")}


def _stored_form(graphs: dict[str, list[ox.Quad]]) -> dict[str, set[ox.Quad]]:
    """The quads as a store gives them back: Oxigraph keeps typed literals in a canonical form
    ("0.90"^^xsd:decimal as "0.9", an xsd:nonNegativeInteger as an xsd:integer), so a document
    given again is compared, and a subject's statements are made, as stored. Only the quads
    whose object is such a literal go through a store (IRIs, blank nodes and strings are kept
    as given): most of a document's quads are not."""
    out: dict[str, set[ox.Quad]] = {name: set() for name in graphs}
    typed = []
    for name, quads in graphs.items():
        kept = out[name]
        for q in quads:
            o = q.object
            if isinstance(o, ox.Literal) and o.datatype not in _PLAIN:
                typed.append(q)
            else:
                kept.add(q)
    if typed:
        mem = ox.Store()
        mem.extend(typed)
        for q in mem:
            out[q.graph_name.value].add(q)
    return out


def add_graphs(store: ox.Store, graphs: dict[str, list[ox.Quad]], records: list) -> int:
    """Add or replace document graphs of a store made by ``kg add``, with their resolution
    records, and remake the default graph where they change it — all in one transaction, so a
    reader sees the store before or after, never between, and a killed add leaves the previous
    state. The batch is resolved once, through the store's index (:mod:`kg.index`), over the
    part of the store it touches. A graph given again with the same quads changes nothing.
    Returns the number of graphs written."""
    from kg.index import Index, plan
    from kg.rdf.union import DERIVED, INDEX_GRAPH, RDF_TYPE, REDUCED, subject_triples

    new_graphs: dict[str, set[ox.Quad]] = {}
    old_graphs: dict[str, set[ox.Quad]] = {}
    given = _stored_form(graphs)
    for name, new in given.items():
        g = ox.NamedNode(name)
        old = set(store.quads_for_pattern(None, None, None, g)) if store.contains_named_graph(g) else set()
        if new != old:
            new_graphs[name], old_graphs[name] = new, old
    if not new_graphs:
        return 0
    _ensure_index(store, graphs)
    index = Index(store)
    up = plan(index, {r.iri: r for r in records if r.iri in new_graphs})
    view = up.view

    # what the document graphs hold once this is done, subject by subject. The mentions of a
    # document the store did not hold go to the default graph as they are, as a build writes them
    # (kg.rdf.union.mention_quads: nothing resolution decides changes a mention, and no other
    # document names it): no read and no remaking of those subjects
    added: dict[str, list[tuple]] = {}
    mentions: list[ox.Triple] = []  # of the default graph: written as triples (no quad made)
    for name, quads in new_graphs.items():
        mark = name + "#char=" if not old_graphs[name] else None
        for q in quads:
            s = q.subject.value
            if mark is not None and s.startswith(mark):
                mentions.append(q.triple)
            else:
                added.setdefault(s, []).append((q.predicate, q.object))
    replaced = {ox.NamedNode(n) for n, old in old_graphs.items() if old}

    def lookup(iri: str):
        for q in store.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g != INDEX_GRAPH and g not in replaced:
                yield q.predicate, q.object
        yield from added.get(iri, ())

    def stored(iri: str) -> bool:
        """Whether a document graph of the store named ``iri`` before the batch (everything
        renamed is typed where it is named)."""
        for q in store.quads_for_pattern(ox.NamedNode(iri), RDF_TYPE, None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != INDEX_GRAPH:
                return True
        return False

    # the subjects remade from every document graph ("full"): where statements were taken away
    # (a replaced document) or what stands for a stored IRI changed (it and the subjects that
    # refer to it). An IRI no stored document names that joins a group adds to it like any new
    # statement. Every other subject the batch touches gets its default-graph statements with
    # the batch's added (the union is idempotent: one label, the highest confidence, the most
    # precise date are kept), reading only what that keeps one of: a country named in every
    # document costs what it gets, not what it has
    full: set[str] = set()
    for old in old_graphs.values():
        full.update(q.subject.value for q in old)
    for x, before in up.moved.items():
        if not stored(x):
            continue
        full.update((x, before, view.canon(x)))
        for q in store.quads_for_pattern(None, None, ox.NamedNode(x), None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != INDEX_GRAPH:
                full.add(q.subject.value)
    full = {view.canon(x) for x in full} | {index.canon(x) for x in full} | full
    touched: set[str] = set(added) | up.changed | up.reidentified | set(up.moved)
    subjects = {view.canon(x) for x in touched} | {index.canon(x) for x in touched} | touched | full
    added_by_canon: dict[str, list[tuple]] = {}
    for s, pairs in added.items():
        added_by_canon.setdefault(view.canon(s), []).extend(pairs)
    default = ox.DefaultGraph()

    delete: list[ox.Quad] = list(up.delete)
    insert: list[ox.Quad] = list(up.insert)
    for c in sorted(subjects):
        node = ox.NamedNode(c)
        if view.canon(c) != c or c in full:
            old = {(q.predicate, q.object) for q in store.quads_for_pattern(node, None, None, default)}
            new = subject_triples(c, up.members(c), lookup, view) if view.canon(c) == c else set()
            insert += [ox.Quad(node, p, o, default) for p, o in new - old]
        else:
            # only the statements the union keeps one of (or makes) are read and compared; the
            # batch's other statements are inserted (inserting one already there changes nothing)
            kept = REDUCED + DERIVED
            old = {(q.predicate, q.object) for p in kept for q in store.quads_for_pattern(node, p, None, default)}
            grown = [po for po in old if po[0] not in DERIVED] + added_by_canon.get(c, [])
            new = subject_triples(c, (c,), lambda _: grown, view)
            insert += [ox.Quad(node, p, o, default) for p, o in new - old]
        delete += [ox.Quad(node, p, o, default) for p, o in old - new]
    for name in new_graphs:
        delete += list(old_graphs[name] - new_graphs[name])
        insert += list(new_graphs[name] - old_graphs[name])
    write_changes(store, delete, insert, mentions)
    return len(new_graphs)


def write_changes(store: ox.Store, delete: list[ox.Quad], insert: list[ox.Quad], mentions: list[ox.Triple]) -> None:
    """One transaction of a batch's changes (``mentions``: triples of the default graph): a
    SPARQL update when something is deleted, else one ``extend``. A function of its own so that
    bench/incremental.py can give its CPU (the store's write) apart from the plan's."""
    default = ox.DefaultGraph()
    if delete:
        parts = []
        parts.append("DELETE DATA { " + _data(delete) + " }")
        if insert or mentions:
            parts.append("INSERT DATA { " + _data(insert, mentions) + " }")
        store.update(" ;\n".join(parts))
    else:
        store.extend(insert + [ox.Quad(t.subject, t.predicate, t.object, default) for t in mentions])


def open_source(source: str, *, writable: bool = False):
    """A pyoxigraph Store for a file or store directory, or a RemoteStore for an endpoint URL."""
    from kg.remote import Endpoint, RemoteStore, is_endpoint

    if is_endpoint(source):
        return RemoteStore(Endpoint.from_url(source))
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file or directory")
    if path.is_dir():
        return _open_dir(path, source, writable)
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(source, f"unsupported RDF file type {path.suffix or '(none)'}")
    if fmt == ox.RdfFormat.RDF_XML:
        _refuse_xml_entities(path, source)
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(source, f"cannot read RDF: {str(exc).splitlines()[0]}") from None
    return store


def _open_dir(path: Path, source: str, writable: bool, attempts: int = 6):
    """A store directory. A reader opening it while a writer commits can find a file the writer
    has just replaced (Oxigraph's read-only mode reads the files as they are): that open is
    tried again. So is one during which a writer moved the write-ahead log into the store's
    files (:func:`_log_state` changed): `kg add` leaves its last transaction in the log, which
    the next writer's open writes to a new file before deleting the log, and a reader that had
    read the file list before and looked for the log after would see the store without that
    transaction. What a reader keeps is the store before or after a commit."""
    import time

    for attempt in range(attempts):
        try:
            if not writable:
                before = _log_state(path)
                store = ox.Store.read_only(str(path))
                if _log_state(path) == before:
                    return store
                del store
                if attempt == attempts - 1:
                    raise OSError("the store changed while it was opened")
            else:
                store = ox.Store(str(path))
                prune_info_logs(path)
                return store
        except (OSError, RuntimeError) as exc:
            transient = any(m in str(exc) for m in ("No such file", "Corruption", "changed while"))
            if not transient or attempt == attempts - 1:
                raise InputError(source, f"cannot open the store ({str(exc).splitlines()[0]})") from None
        time.sleep(0.05 * 2 ** attempt)


def _log_state(path: Path) -> tuple:
    """What a writer changes when it moves the write-ahead log into the store's files, as
    RocksDB does it: a new or longer ``MANIFEST-*`` (the file list; a flush appends to it, an
    open writes a new one and renames ``CURRENT`` to it) and then a ``*.log`` removed or
    recycled. A log growing is not in it: a reader replays a log's whole transactions only."""
    import os

    state = []
    with os.scandir(path) as entries:
        for e in entries:
            if e.name == "CURRENT" or e.name.startswith("MANIFEST-"):
                st = e.stat()
                state.append((e.name, st.st_ino, st.st_size))
            elif e.name.endswith(".log"):
                state.append((e.name, 0, 0))
    return tuple(sorted(state))


def locked(path: Path) -> bool:
    """Whether a process holds the lock of the store directory ``path`` (RocksDB's POSIX lock on
    its ``LOCK`` file), as Linux lists it in ``/proc/locks``: what opening the store writable
    would refuse, known without opening it (an open sets compactions going) and without opening
    ``LOCK`` (closing any descriptor of it would drop this process's own lock). False where that
    cannot be told (no ``/proc/locks``, another system): the open then says it."""
    import os

    try:
        st = os.stat(Path(path) / "LOCK")
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            table = f.read()
    except OSError:
        return False
    mark = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    return any(mark in line.split() for line in table.splitlines())


# RocksDB's information logs kept beside a store: each writable open starts a new ``LOG`` and
# keeps the last one as ``LOG.old.<microseconds>``, and pyoxigraph exposes no option to bound them
INFO_LOGS_KEPT = 3


def prune_info_logs(path: Path, keep: int = INFO_LOGS_KEPT) -> None:
    """Remove all but the ``keep`` newest ``LOG.old.*`` files of a store directory (RocksDB's
    human-readable information logs, closed and never read back): 249 one-at-a-time adds left
    249 of them. The store's data, its write-ahead ``*.log`` files and ``LOG`` itself are kept."""
    def stamp(p: Path) -> int:
        tail = p.name[len("LOG.old."):]
        return int(tail) if tail.isdigit() else -1

    old = sorted(Path(path).glob("LOG.old.*"), key=stamp)
    for p in old[:max(0, len(old) - keep)]:
        try:
            p.unlink()
        except OSError:
            pass


def _refuse_xml_entities(path: Path, source: str, chunk: int = 1 << 16) -> None:
    """RDF/XML is parsed with its entities expanded: a 1 KB file of nested entities ("billion
    laughs") grows to gigabytes, and an external entity reads local files or URLs. RDF/XML needs
    no DTD, so a file whose prolog (what precedes the root element) declares an entity is
    refused. Reads only the prolog, in bounded pieces."""
    seen = b""
    with path.open("rb") as handle:
        while True:
            piece = handle.read(chunk)
            if not piece:
                break
            seen += piece
            # the root element starts at the first "<" that opens no declaration or instruction
            # (an entity's value may hold "<x>", but its "<!ENTITY" comes first)
            root = re.search(rb"<[^?!]", seen)
            if b"<!ENTITY" in (seen[:root.start()] if root else seen):
                raise InputError(source, "RDF/XML with a DOCTYPE that declares entities (<!ENTITY); "
                                          "refused, as entity expansion can exhaust memory or read other files")
            if root:
                return
            seen = seen[-16:]


def dataset_to_store(ds) -> ox.Store:
    """An in-memory store holding an rdflib dataset's quads (its default graph already made by
    the build)."""
    from kg.rdf.serialize import dataset_quads

    store = ox.Store()
    store.extend(dataset_quads(ds))
    return store
