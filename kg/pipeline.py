"""The build: ingest → nlp → extract → resolve → rdf, streamed in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract import Extraction, Rules, extract, load_rules
from kg.ingest import Document, IngestOptions, InputProblem, read_inputs
from kg.rdf.build import GraphBuilder
from kg.rdf.iris import DEFAULT_BASE


@dataclass(slots=True)
class BuildReport:
    documents: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    actors: int = 0
    events: Counter = field(default_factory=Counter)
    on_document: Callable[[], None] | None = None  # called once per document built (progress bars)
    written: int = 0  # kg add: graphs written to the store (0: it changed nothing)

    def reporter(self, on_problem: Callable[[InputProblem], None] | None) -> Callable[[InputProblem], None]:
        def report(problem: InputProblem) -> None:
            self.problems.append(problem)
            if on_problem:
                on_problem(problem)
        return report

    def count(self, ex: Extraction, actors: set[str]) -> None:
        self.count_keys(_counted(ex), actors)

    def count_keys(self, counted: tuple[list[str], list[str]], actors: set[str]) -> None:
        """Count one document from its actor keys and the types of its events."""
        self.documents += 1
        actors.update(counted[0])
        self.events.update(counted[1])
        if self.on_document:
            self.on_document()

    def summary(self) -> str:
        lines = [f"documents: {self.documents}", f"actors: {self.actors}",
                 f"events: {sum(self.events.values())}"]
        lines += [f"  {t}: {n}" for t, n in sorted(self.events.items())]
        if self.problems:
            lines.append(f"skipped inputs: {len(self.problems)}")
        return "\n".join(lines)


def _counted(ex: Extraction) -> tuple[list[str], list[str]]:
    # every event, also one the text names no doer of ("a man was shot dead in Guadalajara")
    return [k for k, e in ex.entities.items() if e.is_actor], [ev.type for ev in ex.events]


CHUNK_CHARS = 50_000
# a document longer than this is extracted piece by piece (each parsed piece's extraction records
# shifted to the document's offsets and joined, its Doc freed at once) and resolved within the
# document on the joined records: no Doc of the whole document is made. Shorter ones (every news
# article) are joined into one Doc and extracted whole, as always.
WHOLE_DOC_CHARS = 200_000
# the quads of such a document are made and written in parts of this many (their lines sorted in
# runs of kg.rdf.serialize.SORTED_RUN_LINES): each part's quads, their lines and the default
# graph's are held at once, and the heap they leave grows with the document (glibc keeps it):
# parts of 50,000 quads peaked at 282 MiB where parts of 10,000 peak at 238 MiB on the graph of a
# 1.2 MB document, 210 / 198 MiB on a 0.3 MB one (the records given, no model loaded)
PART_QUADS = 10_000
# a spaCy batch holds at most this many characters (and documents): memory is bounded by the
# batch's text, not by how many documents it counts (16 pieces of 50,000 characters took 2.4 GB)
BATCH_CHARS = 25_000
BATCH_DOCS = 64
# an on-disk store keeps what is written in memory (RocksDB's memtables) until it is flushed:
# written without a flush, a build's store grew by about 0.9 KB a quad, most of a build's growth
# with the corpus; flushed every this many quads, it stays at some 20 MB
FLUSH_QUADS = 25_000
# the temporary store of a build to a file whose inputs are small (files of at most
# MEMORY_INPUT_BYTES in all) is kept in memory, and moved to disk (:class:`StoreWriter`
# ``spill_dir``) if it comes to hold more than MEMORY_QUADS quads: written and read back in
# memory, the AG 800 build's store (224 KB of input, 52,000 quads, ~20 MB) costs ~0.2 CPU-s
# instead of ~1.0 on disk, where every term read back is a RocksDB look-up. Any other build's
# store is on disk from the start: held in memory, the 249 Guardian articles' store (1.5 MB of
# input) raised that build's peak RSS from 389 to 407 MiB (the target is 400), and a store moved
# to disk part-way leaves the allocator holding what it freed unless it is trimmed
MEMORY_QUADS = 64_000
MEMORY_INPUT_BYTES = 512 * 1024


class StoreWriter:
    """Writes quads to a store, flushing it every :data:`FLUSH_QUADS` quads (an in-memory
    store's flush does nothing). Quads given to :meth:`extend` are gathered and written
    :data:`FLUSH_QUADS` at a time by the store's bulk loader (``bulk_extend``: sorted files
    written directly, a third of the CPU of ``extend``'s transactions on a build's quads), so
    the store holds them only after the next :meth:`flush` — call it before reading the store.

    With ``spill_dir``, ``store`` is an in-memory store that is moved to a new on-disk store in
    that directory once it holds more than ``memory_quads`` quads (:data:`MEMORY_QUADS`);
    :attr:`store` is then the on-disk one (read it from the writer after writing)."""

    def __init__(self, store, every: int | None = None, spill_dir: str | None = None,
                 memory_quads: int | None = None) -> None:
        self.store, self.every, self.pending = store, every or FLUSH_QUADS, 0
        self.gathered: list = []
        self.gathered_nquads: list[bytes] = []
        self.spill_dir = spill_dir
        self.memory_quads = MEMORY_QUADS if memory_quads is None else memory_quads
        self.written = 0  # quads given to the store so far (with repeats)

    def extend(self, quads) -> None:
        """Write ``quads`` (a long document's many) in slices, so that no more than about
        ``every`` are unwritten or unflushed at any time."""
        quads = quads if isinstance(quads, (list, tuple)) else list(quads)
        for i in range(0, len(quads), self.every):
            part = quads[i:i + self.every]
            self.gathered.extend(part)
            self.pending += len(part)
            if self.pending >= self.every:
                self.flush()

    def _write_gathered(self) -> None:
        if self.gathered:
            gathered, self.gathered = self.gathered, []
            self.store.bulk_extend(gathered)
            self.written += len(gathered)
        if self.gathered_nquads:
            import pyoxigraph as ox

            data, self.gathered_nquads = b"".join(self.gathered_nquads), []
            # lenient: terms a worker serialized are valid (no IRI check again, 15 % of the load)
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            self.written += data.count(b"\n")
        if self.spill_dir is not None and self.written > self.memory_quads:
            self._spill()

    def _spill(self) -> None:
        """Move the in-memory store's quads to a new on-disk store in :attr:`spill_dir`, a
        part at a time, and write there from now on."""
        import pyoxigraph as ox

        memory, self.store = self.store, ox.Store(self.spill_dir)
        self.spill_dir = None
        part: list = []
        for q in memory:
            part.append(q)
            if len(part) >= self.every:
                self.store.bulk_extend(part)
                part = []
        self.store.bulk_extend(part)
        del memory, part
        _release_freed_memory()

    def load_nquads(self, data: bytes, count: int) -> None:
        """N-Quads a worker made, gathered and written :data:`FLUSH_QUADS` at a time by the
        store's bulk loader (sorted files written directly, not a transaction per document)."""
        self.gathered_nquads.append(data)
        self.pending += count
        if self.pending >= self.every:
            self.flush()

    def load_mentions(self, data: bytes) -> None:
        """The default graph's mention lines a worker made (N-Triples, :class:`BuiltDocument`)."""
        self.load_default(data)

    def load_default(self, data: bytes) -> None:
        """Statements of the default graph as N-Triples (made by a worker)."""
        import pyoxigraph as ox

        self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph(), lenient=True)
        self.pending += data.count(b"\n")
        self.written += data.count(b"\n")
        if self.pending >= self.every:
            self.flush()

    def flush(self) -> None:
        self._write_gathered()
        self.store.flush()
        self.pending = 0


def _release_freed_memory() -> None:
    """Give the C allocator's freed pages back to the system (glibc's ``malloc_trim``; nothing
    elsewhere): an in-memory store of 64,000 quads (~17 MiB) deleted left the process's RSS as
    it was until trimmed."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


# glibc's mallopt parameter, and the size from which a block is its own mapping
_M_MMAP_THRESHOLD = -3
LONG_DOC_MMAP_BYTES = 4 * 1024 * 1024
_MMAP_FIXED: list[bool] = []


def _fix_mmap_threshold() -> bool:
    """Keep the C allocator's threshold for giving a block its own mapping at
    :data:`LONG_DOC_MMAP_BYTES` for the rest of the process (glibc's ``mallopt``; nothing
    elsewhere), once: a very long document's graph is written in parts whose large buffers
    (Oxigraph's bulk loader, the parts' lists and lines) glibc otherwise moves into its heap
    (the threshold rises to each mapped block freed, up to 32 MiB), where freed they fragment it
    and the heap grows with the document: the graph of a 1.2 MB document written from its
    records took the heap from 57.8 to 80.3 MiB (RSS 198.6 MiB) at the default, from 44.4 to 52.2
    (RSS 166.8) with the threshold at 4 MiB (128 KiB: no lower, but spaCy's arrays mapped one by
    one cost 7.5 system CPU-s more in a whole build of that document). Returns whether it was set."""
    if _MMAP_FIXED:
        return _MMAP_FIXED[0]
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        _MMAP_FIXED.append(False)
        return False
    _MMAP_FIXED.append(bool(mallopt(_M_MMAP_THRESHOLD, LONG_DOC_MMAP_BYTES)))
    return _MMAP_FIXED[0]


def _input_bytes(inputs: list[str], limit: int) -> int | None:
    """The size of ``inputs`` (files, and the files under directories), counted until it passes
    ``limit``; None when it cannot be known beforehand (``-``: standard input)."""
    from pathlib import Path

    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        try:
            files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for p in files:
                total += p.stat().st_size
                if total > limit:
                    return total
        except OSError:
            continue  # reported as the input is read
    return total


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split ``text`` into consecutive pieces of at most about ``size`` characters, at line breaks
    where possible, else at white space; the pieces concatenate back to ``text``."""
    if len(text) <= size:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            if cut >= 0:
                end = cut + 1
        out.append(text[start:end])
        start = end
    return out


def _merge(parts: list):
    from spacy.tokens import Doc

    from kg.nlp import ATTRS_KEY

    if len(parts) == 1:
        return parts[0]
    if not isinstance(parts[0], Doc):
        return _Piece.join(parts)
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"])
    _keep_sentences(doc, parts)
    attrs: dict = {}
    for part in parts:
        attrs.update(part.user_data.get(ATTRS_KEY, {}))
    doc.user_data[ATTRS_KEY] = attrs
    return doc


def _keep_sentences(doc, parts: list) -> None:
    """The pieces' sentence starts, which joining them recomputes from the parse (a sentence left
    unparsed, ``kg.nlp.components.SelectiveParse``, would run into the one before it)."""
    import numpy
    from spacy.attrs import SENT_START

    if not all(part.has_annotation("SENT_START") for part in parts if len(part)):
        return
    starts = [part.to_array([SENT_START]).reshape(-1) for part in parts if len(part)]
    if starts:
        doc.from_array([SENT_START], numpy.concatenate(starts))


class _Piece:
    """One parsed piece of a long document as :func:`_merge` reads it — words, spaces, the token
    attributes array, sentence starts, span groups and geokg's attributes — so that the piece's
    ``Doc`` is freed as soon as it is parsed, and the pieces of a long document are not all held
    beside the joined one. :meth:`join` makes the ``Doc`` :func:`_merge` makes of the pieces'
    ``Doc`` s (``Doc.from_docs(..., ensure_whitespace=False)``, the sentence starts kept)."""

    __slots__ = ("vocab", "text_len", "words", "spaces", "array", "starts", "spans", "attrs")

    def __init__(self, doc) -> None:
        from spacy.attrs import SENT_START

        from kg.nlp import ATTRS_KEY

        self.vocab = doc.vocab
        self.text_len = len(doc.text)
        self.words = [t.text for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]
        self.array = doc.to_array(_piece_attrs())
        # None: the piece has no sentence starts (then none are kept, as _keep_sentences does)
        self.starts = (doc.to_array([SENT_START]).reshape(-1) if doc.has_annotation("SENT_START") else None) \
            if len(doc) else False
        self.spans = {key: [(s.start_char, s.end_char, s.label, s.kb_id, s.id, s.text) for s in doc.spans[key]]
                      for key in doc.spans}
        self.attrs = dict(doc.user_data.get(ATTRS_KEY, {}))

    @staticmethod
    def join(pieces: list["_Piece"]):
        import numpy
        from spacy.attrs import SENT_START
        from spacy.tokens import Doc

        from kg.nlp import ATTRS_KEY

        words: list[str] = []
        spaces: list[bool] = []
        spans: dict[str, list] = {}
        attrs: dict = {}
        offset = 0
        for p in pieces:
            words += p.words
            spaces += p.spaces
            p.words = p.spaces = None
            for key, group in p.spans.items():
                spans.setdefault(key, []).extend((a + offset, b + offset, *rest) for a, b, *rest in group)
            attrs.update(p.attrs)
            offset += p.text_len
        array = numpy.concatenate([p.array for p in pieces])
        for p in pieces:
            p.array = None
        doc = Doc(pieces[0].vocab, words=words, spaces=spaces)
        del words, spaces
        doc.from_array(_piece_attrs(), array)
        del array
        for key, group in spans.items():
            doc.spans[key] = []
            for start, end, label, kb_id, span_id, text in group:
                span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
                if span is None or span.text != text:
                    raise ValueError(f"a span of {key!r} does not survive joining the pieces: {text!r}")
                doc.spans[key].append(span)
        starts = [p.starts for p in pieces if p.starts is not False]
        if starts and all(s is not None for s in starts):
            doc.from_array([SENT_START], numpy.concatenate(starts))
        doc.user_data[ATTRS_KEY] = attrs
        return doc


def _compact(doc) -> _Piece:
    return _Piece(doc)


class _PieceOf:
    """What extraction reads of a document (:func:`kg.extract.extract`), for one piece of it:
    junk spans at the piece's offsets, the document's publication date and its head."""

    __slots__ = ("document", "offset", "published", "text")

    def __init__(self, document: Document, offset: int) -> None:
        self.document, self.offset = document, offset
        self.published, self.text = document.published, document.text

    def in_junk(self, start: int, end: int) -> bool:
        return self.document.in_junk(start + self.offset, end + self.offset)


def _shifted(ex: Extraction, offset: int) -> Extraction:
    """``ex`` of a piece with every span moved to the document's offsets, in place."""
    if not offset:
        return ex
    from kg.extract.records import Span

    return ex.move_spans(lambda s: Span(s.start + offset, s.end + offset, s.text))


_FILLED = ("country", "iso3", "geonameid", "lat", "long", "role", "member_of", "weapon_class")
_KEY_LISTS = ("agents", "targets", "participants", "weapons", "places", "according_to")


class _Joined:
    """The extraction of a document extracted piece by piece: each piece's (its spans at the
    document's offsets, :func:`_shifted`) added as extracting the whole document adds what it
    meets again (:class:`kg.extract.entities.EntityIndex`): one entity per key, the first
    piece's description, its mentions from every piece, other names as alternative labels, what
    the first piece left unknown (a country, a role) from a later one; and one group per
    description ("pirates", "people"), keyed by its first mention in the document
    (:func:`kg.extract.actors._described_key`), as one document has.

    The pieces' events wait for the last piece pickled, a piece's list at a time (:attr:`held`),
    and are made again, in order, when :attr:`ex` is read (for resolution, once the document is
    parsed): held as objects — 13 lists per event, most empty, and a span per mention and
    sentence — they took 12.9 MiB at 1.2 million characters (9,303 events), pickled 2.1; the
    entities stay objects, as each piece adds to them."""

    __slots__ = ("_ex", "described", "held")

    def __init__(self) -> None:
        self._ex: Extraction | None = None
        self.described: dict[str, str] = {}  # a described group's words -> its key in the document
        self.held: list[bytes] = []  # each piece's events, pickled

    @property
    def ex(self) -> Extraction:
        """The joined extraction: the entities, and every piece's events in order."""
        import pickle

        if self._ex is None:
            self._ex = Extraction()
        for data in self.held:
            self._ex.events.extend(pickle.loads(data))
        self.held = []
        return self._ex

    def add(self, ex: Extraction) -> None:
        rename: dict[str, str] = {}
        for key in ex.entities:
            if key.startswith("group:~"):
                first = self.described.setdefault(key.split(":", 2)[2], key)
                if first != key:
                    rename[key] = first
        if rename:
            for ev in ex.events:
                for attr in _KEY_LISTS:
                    keys = getattr(ev, attr)
                    if any(k in rename for k in keys):
                        setattr(ev, attr, list(dict.fromkeys(rename.get(k, k) for k in keys)))
            for ent in ex.entities.values():
                ent.member_of = rename.get(ent.member_of, ent.member_of)
        import pickle

        if self._ex is None:
            self._ex = Extraction()
        into = self._ex
        for key, ent in ex.entities.items():
            key = rename.get(key, key)
            known = into.entities.get(key)
            if known is None:
                ent.key = key
                into.entities[key] = ent
                continue
            known.mentions.extend(ent.mentions)
            known.alt_labels.update(ent.alt_labels - {known.label})
            if ent.label != known.label and any(m.text == ent.label for m in ent.mentions):
                known.alt_labels.add(ent.label)  # its name in that piece, another name here
            for attr in _FILLED:
                if getattr(known, attr) is None and getattr(ent, attr) is not None:
                    setattr(known, attr, getattr(ent, attr))
        if ex.events:
            self.held.append(pickle.dumps(ex.events, protocol=pickle.HIGHEST_PROTOCOL))


def _piece_attrs() -> list:
    """The attributes ``Doc.from_docs`` carries over (SPACY, the whitespace, among them)."""
    from spacy.attrs import SPACY
    from spacy.tokens import Doc

    attrs = list(Doc._get_array_attrs())
    if SPACY not in attrs:
        attrs.append(SPACY)
    return attrs


class EntityLimit(ValueError):
    """A document with more entity mentions than ``--max-entities``."""


def _check_entities(ex: Extraction, document: Document, max_entities: int | None) -> None:
    limit = max_entities or IngestOptions().max_entities
    mentions = sum(len(e.mentions) for e in ex.entities.values())
    if mentions > limit:
        raise EntityLimit(f"{mentions} entity mentions, over the limit of {limit} (--max-entities)")


def char_batches(items: Iterable[tuple[str, object]], max_chars: int = BATCH_CHARS,
                 max_docs: int = BATCH_DOCS) -> Iterator[list[tuple[str, object]]]:
    """``(text, context)`` pairs in consecutive batches of at most ``max_chars`` characters and
    ``max_docs`` texts (a longer text is a batch of its own)."""
    batch: list[tuple[str, object]] = []
    size = 0
    for item in items:
        n = len(item[0])
        if batch and (size + n > max_chars or len(batch) >= max_docs):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        yield batch


def parse_pieces(nlp, items: Iterable[tuple[str, object]], max_chars: int = BATCH_CHARS,
                 max_docs: int = BATCH_DOCS) -> Iterator[tuple[object, object]]:
    """``nlp.pipe`` over ``(text, context)`` pairs in batches bounded by characters; the token
    vectors (``doc.tensor``), which nothing reads after the pipeline, are freed at once."""
    import numpy

    empty = numpy.zeros((0,), dtype="float32")
    for batch in char_batches(items, max_chars, max_docs):
        for parsed, context in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            parsed.tensor = empty
            yield parsed, context


def process_documents(documents: Iterable[Document], rules: Rules, workers: int = 1, batch_size: int = BATCH_DOCS,
                      on_error: Callable[[InputProblem], None] | None = None,
                      max_entities: int | None = None) -> Iterator[tuple[Document, Extraction]]:
    """Parse and extract each document in this process; yields in input order. Long documents
    are parsed in pieces and joined again, and spaCy's batches are bounded by characters, so
    memory stays bounded by the piece size. (``workers`` > 1: see :mod:`kg.distributed`.)"""
    from kg.nlp import shared_pipeline
    from kg.nlp.spaces import SpacedView
    from kg.resolve import resolve_document

    if workers > 1:
        from kg.distributed import pool_process_documents

        yield from pool_process_documents(documents, workers, on_error=on_error, max_entities=max_entities)
        return
    nlp = shared_pipeline()

    def pieces() -> Iterator[tuple[str, tuple[Document, int, int]]]:
        for d in documents:
            # runs of spaces read as one (kg.nlp.spaces.SpacedView); the offsets mapped back below
            d = SpacedView.of(d)
            parts = chunks(d.text)
            offset = 0
            for part in parts:
                yield part, (d, len(parts), offset)
                offset += len(part)

    pending: list = []
    joined: _Joined | None = None
    failed: Exception | None = None
    for parsed, (document, count, offset) in parse_pieces(nlp, pieces(), max_docs=batch_size):
        if len(document.text) > WHOLE_DOC_CHARS:
            # a very long document: each piece extracted at once and its Doc freed; the records joined
            if not pending:
                _fix_mmap_threshold()
            pending.append(None)
            if failed is None:
                try:
                    ex = _shifted(extract(parsed, _PieceOf(document, offset), rules), offset)
                    joined = joined or _Joined()
                    joined.add(ex)
                except Exception as exc:
                    failed = exc
            parsed = ex = None
            if len(pending) < count:
                continue
        else:
            # a piece of a long document is kept compact, its Doc freed, until the last one comes
            pending.append(_compact(parsed) if count > 1 else parsed)
            if len(pending) < count:
                continue
        if len(pending) == count:
            whole = joined is None and failed is None
            doc = _merge(pending) if whole else None
            pending = []
            try:
                if failed is not None:
                    raise failed
                ex = extract(doc, document, rules) if whole else joined.ex
                joined = None
                _check_entities(ex, document, max_entities)
                ex = resolve_document(ex)
                if isinstance(document, SpacedView):
                    ex, document = document.restore(ex), document.document
            except EntityLimit as exc:
                if on_error is None:
                    raise
                on_error(InputProblem(document.source, str(exc)))
                continue
            except Exception as exc:  # a bug on one document must not lose the batch: report it
                if on_error is None:
                    raise
                on_error(InputProblem(document.source, f"extraction failed ({exc.__class__.__name__}: {exc}); "
                                                       "please report this document"))
                continue
            finally:
                doc = parsed = joined = failed = None  # the parsed Doc is not needed past extraction: free it
            yield document, ex


def iter_documents(inputs: Iterable[str], opts: IngestOptions, report: BuildReport, stdin=None,
                   on_problem: Callable[[InputProblem], None] | None = None) -> Iterator[Document]:
    """Documents of ``inputs``; problems go to ``report`` and ``on_problem``. An id met again
    with the same text is the same document (built once); with another text it is a problem —
    two documents cannot share one graph."""
    seen: dict[str, str] = {}
    for item in read_inputs(inputs, opts, stdin=stdin):
        if isinstance(item, Document):
            digest = item.sha256
            first = seen.get(item.key)
            if first is None:
                seen[item.key] = digest
            elif first == digest:
                continue
            else:
                item = InputProblem(item.source, f"id {item.key!r} is already used by another document in this "
                                                 "batch with a different text; skipped")
        if isinstance(item, InputProblem):
            report.problems.append(item)
            if on_problem:
                on_problem(item)
        else:
            yield item


def _extractions(documents: Iterable[Document], rules: Rules, workers: int, on_error,
                 scheduler: str | None, max_entities: int | None = None) -> Iterator[tuple[Document, Extraction]]:
    if scheduler:
        from kg.distributed import dask_process_documents

        return dask_process_documents(documents, scheduler, on_error=on_error, max_entities=max_entities)
    if workers > 1:
        # whole documents to worker processes, typed records back: cheaper than shipping parsed Docs
        from kg.distributed import pool_process_documents

        return pool_process_documents(documents, workers, on_error=on_error, max_entities=max_entities)
    return process_documents(documents, rules, on_error=on_error, max_entities=max_entities)


_RULES: dict = {}


def process_rules() -> Rules:
    """The package's rules (:func:`kg.extract.load_rules`), read once per process and again only
    when a lexicon file changes: a program that builds or adds many times (``kg add`` of one
    article after another, the Python API) reads the lexicons once, as one build does."""
    from kg.resources import data_path

    directory = data_path("lexicon")
    key = tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in directory.iterdir() if p.is_file()))
    if key not in _RULES:
        _RULES.clear()
        _RULES[key] = load_rules()
    return _RULES[key]


def document_record(builder: GraphBuilder, document: Document, ex: Extraction):
    """What cross-document resolution needs of one document (see :mod:`kg.resolve.across`)."""
    from kg.resolve.across import document_record as record

    return record(builder.mint.document(document.key), document.published, document.simhash, ex, builder.mint)


@dataclass(slots=True)
class BuiltDocument:
    """One document's graph as a worker process builds it (``--workers N``), in forms that cost
    the parent little: its quads as sorted N-Quads lines (loaded by Oxigraph, no Python term per
    quad), the graph as the streamed output writes it, its resolution record, its counts, and the
    default graph's lines of its mentions (N-Triples, :func:`kg.rdf.union.mention_quads`). Built
    ``lean`` (see :func:`build_store`), ``nquads`` leaves out the mentions' lines."""
    nquads: bytes
    out: bytes | None
    record: object
    counted: tuple[list[str], list[str]]
    mentions: bytes = b""


_BUILDERS: dict[str, GraphBuilder] = {}


def graph_bytes(quads, fmt: str | None) -> bytes | None:
    """One graph's quads as a streamed output holds them: ``fmt`` "nq" (sorted N-Quads lines) or
    "trig"; None for no streamed output."""
    if fmt is None:
        return None
    from kg.rdf.serialize import PREFIXES, nquads_lines, serialize_quads

    if fmt == "nq":
        return "".join(nquads_lines(quads)).encode("utf-8")
    import pyoxigraph as ox

    return serialize_quads(quads, ox.RdfFormat.TRIG, PREFIXES)


def built_document(document: Document, ex: Extraction, base: str, fmt: str | None,
                   lean: bool = False) -> BuiltDocument:
    """Build one document's graph (in a worker process): see :class:`BuiltDocument`."""
    from kg.rdf.serialize import nquads_lines

    builder = _BUILDERS.get(base)
    if builder is None:
        builder = _BUILDERS[base] = GraphBuilder(base)
    mention_lines: list = []
    quads = builder.document_quads(document, ex, mention_lines=mention_lines)
    lines = nquads_lines(quads)
    nquads = "".join(lines).encode("utf-8")
    out = nquads if fmt == "nq" else graph_bytes(quads, fmt)
    if lean:  # the lines of the mentions' statements (subject <DOC#char=...>) left out of the store
        mark = f"<{builder.mint.document(document.key)}#char="
        nquads = "".join(line for line in lines if not line.startswith(mark)).encode("utf-8")
    # the default graph's mentions, as kg.rdf.union.mention_quads makes them
    mentions = "".join(mention_lines).encode("utf-8")
    return BuiltDocument(nquads, out, document_record(builder, document, ex), _counted(ex), mentions)


def build_store(inputs: Iterable[str], store=None, *, published: str | None = None, base: str = DEFAULT_BASE,
                workers: int = 1, max_bytes: int | None = None, limits: dict | None = None, stdin=None,
                on_problem: Callable[[InputProblem], None] | None = None, scheduler: str | None = None,
                on_document: Callable[[], None] | None = None,
                on_graph: Callable[[list], None] | None = None, records: list | None = None,
                index: bool = False, on_graph_bytes: Callable[[bytes], None] | None = None,
                graph_format: str | None = None, graph_parts: Callable[[], object] | None = None,
                store_dir: str | None = None, lean: bool = False, default_lines=None,
                spill_dir: str | None = None):
    """Build the graph of ``inputs`` into a pyoxigraph store (a new in-memory one unless given):
    the document graphs, streamed, then the default graph made by cross-document resolution
    (:mod:`kg.resolve.across`, :mod:`kg.rdf.union`). ``on_graph`` sees each graph's quads as it
    is made, ``on_graph_bytes`` each graph serialized as :func:`graph_bytes` does in
    ``graph_format``; ``graph_parts()``, where given, an object that takes the graph of a very long
    document (over :data:`WHOLE_DOC_CHARS` characters) in parts (``add(quads)``, ``close()``)
    instead of ``on_graph``, so that its quads are never all held; ``records`` receives the documents' resolution records; with ``index``, the
    store also gets the index ``kg add`` keeps (:mod:`kg.index`). Returns the store and the report.

    With local ``workers`` > 1 the workers build the document graphs too and the parent only
    loads them, resolves across documents and writes (:class:`BuiltDocument`); given the directory
    of an on-disk ``store`` (``store_dir``), they also make the default graph
    (:func:`_default_graph_in_workers`).

    ``lean``: the store is read only to make the default graph (a build to a file streams the
    document graphs out): the statements about mentions are left out of its document graphs
    (the default graph has them, :func:`kg.rdf.union.mention_quads`, and nothing reads them
    there) — a third fewer quads written.

    ``default_lines`` (:class:`kg.rdf.serialize.DefaultLines`, with ``lean``): the default graph
    goes there, as lines, instead of into the store (the mentions as each document comes, the
    rest at the end): a build to a file writes it from those lines and never reads it back.

    ``spill_dir`` (an in-memory ``store``): the store is kept in memory until it holds more than
    :data:`MEMORY_QUADS` quads, then moved to an on-disk store in that directory
    (:class:`StoreWriter`); the store returned is the one that holds the graph. With local
    ``workers``, the default graph is made here while the store is in memory, by the workers
    once it is on disk."""
    import pyoxigraph as ox

    from kg.resolve.across import Gathered
    from kg.store import write_default_graph

    store = store if store is not None else ox.Store()
    opts = IngestOptions.of(published, max_bytes, **(limits or {}))
    report = BuildReport(on_document=on_document)
    builder = GraphBuilder(base)
    # each document's record is folded into what resolution compares as it comes (Gathered): the
    # records themselves are kept only for a caller that asks for them or for the index
    kept = records if records is not None else ([] if index else None)
    gathered = Gathered()

    def record(rec) -> None:
        gathered.add(rec)
        if kept is not None:
            kept.append(rec)

    actors: set[str] = set()
    fmt = graph_format if on_graph_bytes else None
    quads = list(builder.ontology_quads())
    writer = StoreWriter(store, spill_dir=spill_dir)
    writer.extend(quads)
    if on_graph:
        on_graph(quads)
    if on_graph_bytes:
        on_graph_bytes(graph_bytes(quads, fmt))
    documents = iter_documents(inputs, opts, report, stdin, on_problem)
    if workers > 1 and not scheduler:
        from kg.distributed import pool_process_documents

        # on_graph reads each graph back from its lines: then they are all needed
        lean_lines = lean and on_graph is None
        for _, built in pool_process_documents(documents, workers, on_error=report.reporter(on_problem),
                                               max_entities=opts.max_entities, build=(base, fmt, lean_lines)):
            writer.load_nquads(built.nquads, built.nquads.count(b"\n"))
            if default_lines is not None:
                default_lines.add_bytes(built.mentions)
            else:
                writer.load_mentions(built.mentions)
            if on_graph:
                on_graph(list(ox.parse(built.nquads, format=ox.RdfFormat.N_QUADS, lenient=True)))
            if on_graph_bytes:
                on_graph_bytes(built.out)
            record(built.record)
            report.count_keys(built.counted, actors)
    else:
        for document, ex in _extractions(documents, process_rules(), workers, report.reporter(on_problem), scheduler,
                                         opts.max_entities):
            if len(document.text) > WHOLE_DOC_CHARS and (graph_parts is not None or on_graph is None) \
                    and not on_graph_bytes:
                _write_in_parts(builder, document, ex, writer, graph_parts() if graph_parts else None,
                                default_lines)
                record(document_record(builder, document, ex))
                report.count(ex, actors)
                continue
            mentions: list = []
            others: list | None = [] if lean else None
            # as mention_quads(quads, the document's IRI) makes them (as lines for default_lines)
            if default_lines is not None:
                quads = builder.document_quads(document, ex, mention_lines=mentions, others=others)
            else:
                quads = builder.document_quads(document, ex, mentions=mentions, others=others)
            writer.extend(quads if others is None else others)
            if default_lines is not None:
                default_lines.add_lines(mentions)
            else:
                writer.extend(mentions)
            mentions = others = None
            if on_graph:
                on_graph(quads)
            if on_graph_bytes:
                on_graph_bytes(graph_bytes(quads, fmt))
            record(document_record(builder, document, ex))
            report.count(ex, actors)
    writer.flush()
    store = writer.store  # on disk if it was moved there (spill_dir)
    # each document's mentions went to the default graph with its graph (kg.rdf.union.mention_quads)
    # the default graph by workers from a checkpoint of an on-disk store; a store still in memory
    # (a small input, ``spill_dir`` not used) is read here: forking a pool and copying the store
    # would cost more than the graph (the 240 documents of the quick bench: 0.3 CPU-s made here)
    if workers > 1 and not scheduler and store_dir is not None and writer.spill_dir is None:
        res = _default_graph_in_workers(store, store_dir, gathered, workers, writer, default_lines)
    else:
        res = write_default_graph(store, gathered, mentions_written=True,
                                  out_lines=default_lines.add_lines if default_lines is not None else None)
    if index:
        from kg.index import index_quads

        writer.extend(index_quads(kept, res))
        writer.flush()
    report.actors = len(actors)
    return store, report


# the default graph is made by workers in tasks of this many subjects
DEFAULT_TASK_SUBJECTS = 1_000
_DEFAULT_JOB: dict = {}


def _default_graph_in_workers(store, store_dir: str, records, workers: int, writer: StoreWriter,
                              default_lines=None):
    """The default graph (:func:`kg.store.write_default_graph`, the mentions written already)
    made by ``workers`` processes: the resolution is made here, the store's document graphs
    copied to a checkpoint (hard links, :meth:`pyoxigraph.Store.backup`) that forked workers open
    read-only, each makes the statements of a share of the subjects as N-Triples, and they are
    loaded here as they come (or given to ``default_lines``). Returns the resolution."""
    import os
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    from kg.distributed import _fork_context
    from kg.io import stop_pool, worker_init
    from kg.rdf.union import inverse, resolved_subjects
    from kg.resolve.across import resolution_of

    res, documents = resolution_of(records)
    origs = inverse(res, resolved_subjects(store, documents))
    canon = sorted(origs)
    context = _fork_context()
    if context is None:  # no fork: the workers would not share the resolution
        from kg.store import write_default_graph

        return write_default_graph(store, records, mentions_written=True,
                                   out_lines=default_lines.add_lines if default_lines is not None else None)
    writer.flush()
    with tempfile.TemporaryDirectory(prefix="geokg-default-", dir=os.path.dirname(os.path.abspath(store_dir))) as tmp:
        snapshot = os.path.join(tmp, "snapshot")
        store.backup(snapshot)
        _DEFAULT_JOB.update(snapshot=snapshot, origs=origs, res=res, store=None)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker_init,
                                   initargs=(os.getpid(),))
        try:
            tasks = [canon[i:i + DEFAULT_TASK_SUBJECTS] for i in range(0, len(canon), DEFAULT_TASK_SUBJECTS)]
            load = default_lines.add_bytes if default_lines is not None else writer.load_default
            for data in pool.map(_default_task, tasks):
                load(data)
        except BaseException:
            stop_pool(pool)
            raise
        finally:
            _DEFAULT_JOB.clear()
        pool.shutdown()
    writer.flush()
    return res


def _default_task(subjects: list[str]) -> bytes:
    """In a worker: the default graph's statements of ``subjects`` as N-Triples, made as lines
    without a quad object (:func:`kg.rdf.union.iter_default_lines`)."""
    import pyoxigraph as ox

    from kg.rdf.union import iter_default_lines

    job = _DEFAULT_JOB
    if job.get("store") is None:
        job["store"] = ox.Store.read_only(job["snapshot"])
    return "".join(iter_default_lines(job["store"], subjects, job["origs"], job["res"])).encode("utf-8")


def _write_in_parts(builder: GraphBuilder, document: Document, ex: Extraction, writer: StoreWriter, parts,
                    default_lines=None) -> None:
    """A very long document's graph, made and written :data:`PART_QUADS` quads at a time."""
    from kg.rdf.union import mention_quads

    _fix_mmap_threshold()
    doc_iri = builder.mint.document(document.key)

    def sink(quads: list) -> None:
        writer.extend(quads)
        if default_lines is not None:
            default_lines.add_quads(mention_quads(quads, doc_iri))
        else:
            writer.extend(mention_quads(quads, doc_iri))
        if parts is not None:
            parts.add(quads)

    try:
        sink(builder.document_quads(document, ex, sink=sink, part=PART_QUADS))
        if parts is not None:
            parts.close()
    finally:
        if parts is not None:
            parts.discard()


def build_dataset(inputs: Iterable[str], *, published: str | None = None, base: str = DEFAULT_BASE,
                  workers: int = 1, max_bytes: int | None = None, limits: dict | None = None, stdin=None,
                  on_problem: Callable[[InputProblem], None] | None = None,
                  scheduler: str | None = None,
                  on_document: Callable[[], None] | None = None):
    """Build the graph of ``inputs`` as an rdflib Dataset (the Python API): the document graphs
    and the resolved default graph; a :class:`BuildReport` beside it. Bad inputs are reported
    through ``on_problem`` and skipped; ``on_document`` is called after each document is built."""
    from rdflib import Dataset

    from kg.rdf.build import _extend_rdflib

    store, report = build_store(inputs, published=published, base=base, workers=workers, max_bytes=max_bytes,
                                limits=limits, stdin=stdin, on_problem=on_problem, scheduler=scheduler,
                                on_document=on_document)
    ds = Dataset()
    _extend_rdflib(ds, store)
    for prefix, ns in GraphBuilder(base).prefixes().items():
        ds.bind(prefix, ns)
    return ds, report


def build_to_file(inputs: Iterable[str], out, *, published: str | None = None, base: str = DEFAULT_BASE,
                  workers: int = 1, max_bytes: int | None = None, limits: dict | None = None, stdin=None,
                  on_problem: Callable[[InputProblem], None] | None = None,
                  scheduler: str | None = None,
                  on_document: Callable[[], None] | None = None) -> BuildReport:
    """Build and write ``out``. TriG and N-Quads are streamed — each document's graph is written
    as soon as it is extracted, the default graph (see :mod:`kg.rdf.union`) at the end, made from
    a temporary on-disk store of the document graphs and written from sorted runs of its lines
    (:class:`kg.rdf.serialize.DefaultLines`: sorted as a whole, never read back from the store),
    so memory does not grow with the corpus. Turtle, which has no named
    graphs, holds the default graph; JSON-LD every graph. The file appears (atomically) only
    when complete, and only when at least one document was built: otherwise an existing ``out``
    is left as it was."""
    import tempfile
    from pathlib import Path

    import pyoxigraph as ox

    from kg.io import AtomicWriter
    from kg.rdf.serialize import (PREFIXES, DefaultLines, SortedRuns, SortedTrig, contract_offsets, format_for,
                                  serialize_quads, write_nquads)

    out = Path(out)
    inputs = list(inputs)
    fmt = format_for(out)
    streamed = fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
    writer = AtomicWriter(out)
    default = DefaultLines() if streamed else None
    with tempfile.TemporaryDirectory(prefix="geokg-build-") as tmp, writer as handle:
        # in memory for a small input, moved to disk in ``tmp`` if it grows (MEMORY_QUADS); else on
        # disk from the start (local workers then make the default graph from a snapshot of it;
        # of a store in memory, this process makes it)
        size = _input_bytes(inputs, MEMORY_INPUT_BYTES)
        in_memory = size is not None and size <= MEMORY_INPUT_BYTES
        store = ox.Store() if in_memory else ox.Store(tmp)

        def write(quads) -> None:
            if fmt == ox.RdfFormat.N_QUADS:
                write_nquads(handle, quads)  # sorted lines: no sort key beside each quad (a 6 MB document)
            else:
                handle.write(serialize_quads(quads, fmt, PREFIXES))

        # with local workers each document graph arrives serialized by its worker: written as it comes
        pooled = streamed and workers > 1 and not scheduler
        store, report = build_store(inputs, store, published=published, base=base, workers=workers,
                                    max_bytes=max_bytes, limits=limits, stdin=stdin, on_problem=on_problem,
                                    scheduler=scheduler, on_document=on_document,
                                    on_graph=write if streamed and not pooled else None,
                                    on_graph_bytes=handle.write if pooled else None,
                                    graph_format="nq" if fmt == ox.RdfFormat.N_QUADS else "trig",
                                    graph_parts=((lambda: SortedRuns(handle)) if fmt == ox.RdfFormat.N_QUADS
                                                 else (lambda: SortedTrig(handle)) if fmt == ox.RdfFormat.TRIG
                                                 else None),
                                    store_dir=tmp, lean=fmt != ox.RdfFormat.JSON_LD, default_lines=default,
                                    spill_dir=tmp if in_memory else None)
        if default is not None:
            store = None  # not read again: its caches go before the default graph is written
        if not report.documents:  # nothing built: an existing output stays as it was
            writer.discard()
        elif default is not None:
            try:
                if fmt == ox.RdfFormat.N_QUADS:
                    default.write(handle)
                else:
                    for batch in default.quads():
                        write(batch)
            finally:
                default.discard()
        elif fmt == ox.RdfFormat.JSON_LD:
            write(list(store))
        elif fmt == ox.RdfFormat.N_QUADS:  # lines made as the quads are read: no Quad object kept per line
            lines: set[str] = set()
            for q in contract_offsets(store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
                lines.add(f"{q} .\n")
                if len(lines) >= 100_000:
                    _write_lines(handle, lines)
                    lines = set()
            _write_lines(handle, lines)
        else:
            batch: list = []
            for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
                batch.append(q)
                if len(batch) >= 100_000 and fmt != ox.RdfFormat.TURTLE:
                    write(batch)
                    batch = []
            write(batch)
        del store
    return report


def _write_lines(handle, lines: set[str], block: int = 10_000) -> None:
    """Sorted N-Quads lines, as :func:`kg.rdf.serialize.write_nquads` writes a block of quads."""
    ordered = sorted(lines)
    for i in range(0, len(ordered), block):
        handle.write("".join(ordered[i:i + block]).encode("utf-8"))
