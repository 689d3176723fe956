"""Memory that does not grow with the corpus or the document (issue 17 item 4): what a build
holds is bounded by sizes it sets, whatever the input. Behaviour, not timings."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.resources import samples_dir


class _CountingStore:
    """An in-memory store that records how many quads were ever written and not yet flushed (an
    on-disk store holds those in memory)."""

    def __init__(self) -> None:
        self.store = ox.Store()
        self.unflushed = 0
        self.most_unflushed = 0
        self.flushes = 0

    def _wrote(self, n: int) -> None:
        self.unflushed += n
        self.most_unflushed = max(self.most_unflushed, self.unflushed)

    def extend(self, quads) -> None:
        quads = list(quads)
        self.store.extend(quads)
        self._wrote(len(quads))

    def bulk_extend(self, quads) -> None:
        self.extend(quads)

    def load(self, data, **kwargs) -> None:
        self.store.load(data, **kwargs)
        self._wrote(data.count(b"\n"))

    def bulk_load(self, data, **kwargs) -> None:
        self.load(data, **kwargs)

    def flush(self) -> None:
        self.flushes += 1
        self.unflushed = 0

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __iter__(self):
        return iter(self.store)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_flushes_its_store_every_few_quads_and_builds_the_same_graph(monkeypatch, workers):
    import kg.pipeline as pipeline

    reference, _ = pipeline.build_store([str(samples_dir())])
    monkeypatch.setattr(pipeline, "FLUSH_QUADS", 300)
    counting = _CountingStore()
    store, _ = pipeline.build_store([str(samples_dir())], counting, workers=workers)
    quads = set(reference)
    assert len(quads) > 3000
    assert set(counting.store) == quads
    # never more unflushed than the bound and one document's graph, the default graph's parts in slices
    biggest_graph = max(sum(1 for _ in reference.quads_for_pattern(None, None, None, g))
                        for g in reference.named_graphs())
    assert counting.flushes > len(quads) // (300 + biggest_graph)
    assert counting.most_unflushed <= max(300 + biggest_graph, 25_000)


def test_the_store_writer_writes_a_long_graph_in_flushed_slices():
    from kg.pipeline import StoreWriter

    counting = _CountingStore()
    g = ox.NamedNode("http://example.org/g")
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                     ox.Literal(str(i)), g) for i in range(1050)]
    writer = StoreWriter(counting, every=100)
    writer.extend(quads)
    # the last 50 are gathered for the next bulk write (StoreWriter.extend): written by the flush
    assert counting.most_unflushed == 100 and counting.flushes == 10 and len(counting.store) == 1000
    writer.flush()
    assert counting.unflushed == 0 and len(counting.store) == 1050


def test_a_long_graph_is_written_in_sorted_runs_with_the_same_bytes():
    """A long document's N-Quads are sorted in bounded runs and merged: byte for byte what
    sorting them all at once writes, duplicates across runs written once."""
    import io

    from kg.rdf.serialize import nquads_lines, write_nquads

    g = ox.NamedNode("http://example.org/doc/long")
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/s{i % 400}"), ox.NamedNode("http://example.org/p"),
                     ox.Literal(f"line {i % 40}\nwith \"quotes\" and \r and é"), g) for i in range(2000)]
    whole = "".join(nquads_lines(quads)).encode("utf-8")
    runs = io.BytesIO()
    write_nquads(runs, quads, block=7, run=150)
    assert runs.getvalue() == whole
    assert whole.count(b"\n") < len(quads)  # there were duplicates to drop


def _long_document():
    from kg.ingest import Document

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(samples_dir().glob("*.txt")))
    return Document(text=text, source="long", id="long")


def test_a_long_documents_pieces_are_kept_compact_and_join_to_the_same_graph(monkeypatch):
    """The parsed pieces of a long document are kept as arrays (their ``Doc`` freed) until the
    last one is parsed; the document joined from them has the graph that joining the pieces'
    ``Doc`` s gives."""
    import kg.pipeline as pipeline
    from kg.rdf.build import GraphBuilder

    document = _long_document()
    real_chunks = pipeline.chunks
    monkeypatch.setattr(pipeline, "chunks", lambda text: real_chunks(text, 1500))
    assert len(pipeline.chunks(document.text)) > 3
    kept = []

    def compact(doc):
        kept.append(pipeline._Piece(doc))
        return kept[-1]

    def built(keep):
        monkeypatch.setattr(pipeline, "_compact", keep)
        (d, ex), = pipeline.process_documents([document], pipeline.process_rules())
        return sorted(map(str, GraphBuilder().document_quads(d, ex)))

    joined = built(compact)
    assert len(kept) == len(pipeline.chunks(document.text))
    assert all(p.words is None and p.array is None for p in kept)  # given up to the joined document
    whole = built(lambda doc: doc)  # the pieces' Docs kept and joined by Doc.from_docs
    assert len(joined) > 200 and joined == whole


def test_a_very_long_document_is_extracted_piece_by_piece_with_the_graph_of_the_whole(monkeypatch, tmp_path):
    """A document over WHOLE_DOC_CHARS is extracted one parsed piece at a time (no Doc of the
    whole text), its records joined and resolved within the document, its graph made and sorted
    in parts: on the samples joined into one document, the N-Quads of extracting the whole Doc but
    at the first words of a piece, where what refers back across the cut is not resolved."""
    import kg.pipeline as pipeline

    document = _long_document()
    src = tmp_path / "long.txt"
    src.write_text(document.text, encoding="utf-8")
    real_chunks, real_extract = pipeline.chunks, pipeline.extract
    monkeypatch.setattr(pipeline, "chunks", lambda text: real_chunks(text, 1500))
    extracted = []
    monkeypatch.setattr(pipeline, "extract", lambda doc, d, rules: extracted.append(len(doc)) or real_extract(doc, d, rules))
    pipeline.build_to_file([str(src)], tmp_path / "whole.nq")
    assert len(extracted) == 1
    whole = (tmp_path / "whole.nq").read_bytes()

    monkeypatch.setattr(pipeline, "WHOLE_DOC_CHARS", 3000)
    monkeypatch.setattr(pipeline, "PART_QUADS", 200)
    extracted.clear()
    parts = []
    from kg.rdf.serialize import SortedRuns

    class CountingRuns(SortedRuns):
        def add(self, quads):
            parts.append(len(quads))
            super().add(quads)

    monkeypatch.setattr("kg.rdf.serialize.SortedRuns", CountingRuns)
    pipeline.build_to_file([str(src)], tmp_path / "pieces.nq")
    assert len(extracted) == len(pipeline.chunks(document.text)) > 3
    assert max(extracted) * 3 < sum(extracted)  # the Docs extracted are pieces, never the whole text
    assert len(parts) > 5 and max(parts) <= 200
    # the graphs are the same but where a piece begins: there a pronoun whose antecedent lies in
    # the piece before ("Five pirate boats tried to attack … | After a brief skirmish, two of
    # them managed to flee") is left unresolved, so the act it alone carries is not made
    pieces = (tmp_path / "pieces.nq").read_bytes()
    whole_lines, piece_lines = set(whole.splitlines()), set(pieces.splitlines())
    differ = whole_lines ^ piece_lines
    cuts, at = [], 0
    for piece in pipeline.chunks(document.text):
        cuts.append(at)
        at += len(piece)
    # at most one event per cut differs (the act the pronoun carries, with all its statements:
    # mentions, a verb of attempt beside it, ...), and few statements in all
    events = {line.split(b" ")[0] for line in differ if b"/id/event/" in line.split(b" ")[0]}
    assert len(events) <= len(cuts) - 1, sorted(events)
    assert len(differ) * 50 <= len(whole_lines)  # at most 1 in 50 statements
    import re

    offsets = {int(m) for line in differ for m in re.findall(rb"#char=(\d+),", line.split(b" ")[0])}
    assert all(any(0 <= o - c < 150 for c in cuts) for o in offsets), (offsets, cuts)


def test_the_pieces_of_a_document_join_as_one_document_extracts():
    """Joining the pieces' records: an entity met again keeps its first description and gains the
    later mentions and names; a group described by the same words is the document's one group,
    keyed by its first mention; what the first piece left unknown comes from a later one."""
    from kg.extract.records import Entity, Event, Extraction, Span
    from kg.pipeline import _Joined

    first = Extraction(
        entities={"person:Kim": Entity("person:Kim", "Person", "Kim Jong Un", [Span(0, 11, "Kim Jong Un")]),
                  "group:~aaa:pirates": Entity("group:~aaa:pirates", "Group", "pirates", [Span(20, 27, "pirates")])},
        events=[Event("Attack", "attack", mentions=[Span(30, 36, "attack")], agents=["group:~aaa:pirates"])])
    second = Extraction(
        entities={"person:Kim": Entity("person:Kim", "Person", "Kim", [Span(100, 103, "Kim"), Span(110, 113, "his")],
                                       country="PRK", role="leader", alt_labels={"Mr Kim"}),
                  "group:~bbb:pirates": Entity("group:~bbb:pirates", "Group", "pirates", [Span(120, 127, "pirates")],
                                               member_of="person:Kim")},
        events=[Event("Attack", "attack", mentions=[Span(130, 136, "attack")],
                      agents=["group:~bbb:pirates", "person:Kim"])])
    joined = _Joined()
    joined.add(first)
    joined.add(second)
    ex = joined.ex
    assert list(ex.entities) == ["person:Kim", "group:~aaa:pirates"]
    kim, pirates = ex.entities["person:Kim"], ex.entities["group:~aaa:pirates"]
    assert (kim.label, kim.mentions, kim.alt_labels, kim.country, kim.role) == (
        "Kim Jong Un", [Span(0, 11, "Kim Jong Un"), Span(100, 103, "Kim"), Span(110, 113, "his")],
        {"Kim", "Mr Kim"}, "PRK", "leader")
    assert (pirates.key, pirates.mentions, pirates.member_of) == (
        "group:~aaa:pirates", [Span(20, 27, "pirates"), Span(120, 127, "pirates")], "person:Kim")
    assert [ev.agents for ev in ex.events] == [["group:~aaa:pirates"], ["group:~aaa:pirates", "person:Kim"]]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_mentions_written_with_their_documents_leave_the_default_graph_as_made_from_every_subject(workers):
    """A build writes each mention's default-graph statements with its document graph and makes
    only the other subjects at the end: the default graph is the one made from every subject of
    the document graphs at the end."""
    import kg.pipeline as pipeline
    from kg.store import write_default_graph

    records: list = []
    store, _ = pipeline.build_store([str(samples_dir())], workers=workers, records=records)
    reference = ox.Store()
    reference.extend(q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    write_default_graph(reference, records)
    default = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert default == set(reference.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert sum("#char=" in q.subject.value for q in default) > 1000


def test_workers_make_the_default_graph_in_parallel_with_the_bytes_of_one_process(monkeypatch, tmp_path):
    """With --workers 2 the default graph is made by forked workers reading a checkpoint of the
    store, a share of the subjects each: the N-Quads are byte for byte those of one process."""
    import kg.pipeline as pipeline

    pipeline.build_to_file([str(samples_dir())], tmp_path / "one.nq", workers=1)
    monkeypatch.setattr(pipeline, "DEFAULT_TASK_SUBJECTS", 40)
    monkeypatch.setattr(pipeline, "MEMORY_INPUT_BYTES", 0)  # the store on disk, as a large input's
    tasks = []
    real = pipeline._default_graph_in_workers

    def counted(store, store_dir, records, workers, writer, *rest):
        tasks.append(workers)
        return real(store, store_dir, records, workers, writer, *rest)

    monkeypatch.setattr(pipeline, "_default_graph_in_workers", counted)
    pipeline.build_to_file([str(samples_dir())], tmp_path / "two.nq", workers=2)
    assert tasks == [2]
    assert (tmp_path / "two.nq").read_bytes() == (tmp_path / "one.nq").read_bytes()


@pytest.mark.parametrize("memory_quads", [10**7, 2_000])
def test_workers_keep_a_small_inputs_store_in_memory_and_the_default_graph_here(monkeypatch, tmp_path, memory_quads):
    """With --workers 2, a small input's store (MEMORY_INPUT_BYTES) stays in memory as one
    process's does and the default graph is made in this process (no second pool, no checkpoint
    of the store); moved to disk once it grows (MEMORY_QUADS; the samples write some 5,000 quads),
    the workers make the default graph as for a large input. The bytes are one process's."""
    import kg.pipeline as pipeline

    pipeline.build_to_file([str(samples_dir())], tmp_path / "one.nq", workers=1)
    monkeypatch.setattr(pipeline, "MEMORY_QUADS", memory_quads)
    tasks = []
    real = pipeline._default_graph_in_workers

    def counted(store, store_dir, records, workers, writer, *rest):
        tasks.append(workers)
        return real(store, store_dir, records, workers, writer, *rest)

    monkeypatch.setattr(pipeline, "_default_graph_in_workers", counted)
    opened: list = []
    real_store = ox.Store

    def store(*args, **kwargs):
        opened.append(args[0] if args else None)
        return real_store(*args, **kwargs)

    store.read_only = real_store.read_only  # the default graph's workers open the checkpoint so
    monkeypatch.setattr(ox, "Store", store)
    pipeline.build_to_file([str(samples_dir())], tmp_path / "two.nq", workers=2)
    assert (tmp_path / "two.nq").read_bytes() == (tmp_path / "one.nq").read_bytes()
    assert opened[0] is None  # in memory first
    if memory_quads > 5_000:
        assert len(opened) == 1 and tasks == []
    else:
        assert len(opened) == 2 and opened[1] is not None and tasks == [2]


def _resolutions_equal(a, b) -> None:
    assert (a.rename, a.entities, a.report_date, a.near_duplicates) == (
        b.rename, b.entities, b.report_date, b.near_duplicates)


@pytest.mark.parametrize("source", ["samples", "ag"])
def test_records_folded_one_at_a_time_resolve_as_the_records_do(source, tmp_path):
    """A build folds each document's record into what resolution compares (Gathered) instead of
    keeping every record: in any order, the resolution is the one of the records (the samples;
    60 AG News items twice, as the bench's copies, so that events have parts in many documents)."""
    import json
    import random

    import kg.pipeline as pipeline
    from kg.resolve.across import Gathered, resolve

    inputs = [str(samples_dir())]
    if source == "ag":
        from conftest import ag_news_texts

        texts = ag_news_texts(60)
        path = tmp_path / "ag.jsonl"
        path.write_text("".join(json.dumps({"id": f"ag-{i}", "published": f"2019-01-{1 + i % 28:02d}",
                                                       "text": texts[i % 60] + f" ({i})"}) + "\n"
                                for i in range(120)), encoding="utf-8")
        inputs = [str(path)]
    records: list = []
    pipeline.build_store(inputs, records=records)
    expected = resolve(records)
    assert expected.rename and expected.entities
    if source == "ag":
        assert len(records) == 120 and len(expected.report_date) > 20
    for seed in (1, 2):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        gathered = Gathered()
        for rec in shuffled:
            gathered.add(rec)
        _resolutions_equal(gathered.resolve(), expected)
        assert gathered.documents == {r.iri for r in records}


def test_parts_of_one_event_fold_in_document_order():
    """One event reported by several documents: type and modality from the first document (in
    IRI order), the date from the first that gives one, an actor's state from the last that
    gives one, the earliest publication — whatever order the documents come in."""
    from kg.resolve.across import DocRecord, EntityRecord, Gathered, ReportRecord, resolve

    ev, a, b = "http://x/event/attack/k", "http://x/person/a", "http://x/country/SYR"

    def rec(doc: str, published: str, **report) -> DocRecord:
        return DocRecord(f"http://x/doc/{doc}", published, None,
                         [EntityRecord(a, "Person", "Ahmad"), EntityRecord(b, "Country", "Syria", "SYR")],
                         [ReportRecord(ev, "Attack", **report)])

    records = [rec("c", "2019-01-03", modality="asserted", date="2019-01-01", actors=[a], targets=[b],
                   side={a: "TUR", b: "SYR"}, countries=[b]),
               rec("a", "2019-01-05", modality="alleged", actors=[a], side={a: "IRQ"}, triggers=["shell"]),
               rec("b", "2019-01-02", modality="asserted", date="2019-01", targets=[b], side={b: "SYR"},
                   counts=[3], specific=True)]
    for order in ([0, 1, 2], [2, 1, 0], [1, 0, 2]):
        gathered = Gathered()
        for i in order:
            gathered.add(records[i])
        r = gathered.report(ev, lambda x: x)
        assert (r.modality, r.date, r.side, r.window, r.counts, r.specific, r.triggers) == (
            "alleged", "2019-01", {a.casefold(): "TUR", b.casefold(): "SYR"}, r.window, frozenset({3}), True,
            frozenset({"shell"}))
        _resolutions_equal(gathered.resolve(), resolve(records))


def test_default_lines_are_sorted_runs_merged_once_each_with_the_contracts_offset_type():
    """A build to a file keeps the default graph as lines in sorted runs (one run in memory) and
    writes them merged: sorted, each line once; a mention's offsets typed xsd:nonNegativeInteger
    as the contract types them, also when a store gave them as xsd:integer; other integers and
    other literals as they came."""
    import io

    from kg.rdf.serialize import DefaultLines

    nni = "^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"
    integer = "^^<http://www.w3.org/2001/XMLSchema#integer>"
    begin = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex>"
    end = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex>"
    lines = DefaultLines(run=3)
    lines.add_bytes(f'<s:c> {begin} "2"{nni} .\n<s:a> <p:a> "x" .\n'.encode())
    lines.add_quads([ox.Quad(ox.NamedNode("s:b"), ox.NamedNode("p:a"), ox.Literal('say "1"' + nni), ox.DefaultGraph())])
    lines.add_bytes(f'<s:a> <p:a> "x" .\n<s:0> <p:a> <o:a> .\n<s:c> {begin} "2"{integer} .\n'.encode())
    lines.add_lines([f'<s:c> {end} "5"{integer} .\n', f'<s:d> <p:n> "5"{integer} .\n'])
    assert len(lines.runs) == 2
    out = io.BytesIO()
    lines.write(out, block=2)
    assert out.getvalue().decode() == (
        '<s:0> <p:a> <o:a> .\n<s:a> <p:a> "x" .\n'
        '<s:b> <p:a> "say \\"1\\"' + nni + '" .\n'
        f'<s:c> {begin} "2"{nni} .\n'
        f'<s:c> {end} "5"{nni} .\n'
        f'<s:d> <p:n> "5"{integer} .\n')
    # batches of about 4 quads, a subject's statements in one (s:c's two are not split)
    assert [len(b) for b in lines.quads(batch=4)] == [5, 1]
    lines.discard()


def test_a_trig_build_writes_the_default_graph_in_small_batches_each_subject_whole(tmp_path, monkeypatch):
    """The default graph of a TriG build is serialized DEFAULT_QUAD_BATCH quads at a time (each
    batch is held as quads with a sort key each: 100,000 made the Guardian build's TriG peak 448
    MiB, 100 more than N-Quads), a subject's statements never split between two batches; the
    file holds the graph the N-Quads build holds."""
    from kg.pipeline import build_to_file
    from kg.rdf import serialize

    monkeypatch.setattr(serialize, "DEFAULT_QUAD_BATCH", 5)
    batches = []
    real = serialize.serialize_quads

    def spy(quads, fmt, prefixes=None):
        quads = list(quads)
        if quads and all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
            batches.append(quads)
        return real(quads, fmt, prefixes)

    monkeypatch.setattr(serialize, "serialize_quads", spy)
    src = tmp_path / "a.txt"
    src.write_text("North Korea test-fired a missile on Monday. Russia condemned the launch in Moscow.\n", encoding="utf-8")
    build_to_file([str(src)], tmp_path / "g.trig")
    monkeypatch.setattr(serialize, "serialize_quads", real)
    build_to_file([str(src)], tmp_path / "g.nq")
    assert len(batches) > 2
    subjects = [{q.subject for q in b} for b in batches]
    assert all(not (a & b) for i, a in enumerate(subjects) for b in subjects[i + 1:])
    trig, nq = ox.Store(), ox.Store()
    trig.bulk_load(path=str(tmp_path / "g.trig"), format=ox.RdfFormat.TRIG)
    nq.bulk_load(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)
    assert {str(q) for q in trig} == {str(q) for q in nq}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_to_a_file_writes_the_default_graph_of_the_store_from_its_lines(monkeypatch, tmp_path, workers):
    """The default graph a build to a file writes from its lines (never read back from the store)
    is the one a build into a store holds, sorted as a whole."""
    import kg.pipeline as pipeline
    import kg.rdf.serialize as serialize

    monkeypatch.setattr(serialize, "DEFAULT_RUN_LINES", 700)
    pipeline.build_to_file([str(samples_dir())], tmp_path / "g.nq", workers=workers)
    store, _ = pipeline.build_store([str(samples_dir())])
    default = [q for q in ox.parse((tmp_path / "g.nq").read_bytes(), format=ox.RdfFormat.N_QUADS)
               if isinstance(q.graph_name, ox.DefaultGraph)]
    expected = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    # the same graph once stored (a store keeps an xsd:nonNegativeInteger as an xsd:integer)
    loaded = ox.Store()
    loaded.extend(default)
    assert len(expected) > 3000 and set(loaded) == expected
    written = [f"{q} .\n" for q in default]
    assert written == sorted(set(written))
    # the file keeps the contract's type of a mention's offsets in the default graph too
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    offsets = [q.object.datatype.value for q in default if q.predicate.value in (nif + "beginIndex", nif + "endIndex")]
    assert len(offsets) > 500 and set(offsets) == {"http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}


def _samples_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(samples_dir().glob("*.txt")))


def test_token_vectors_by_windows_are_the_whole_batchs_bit_for_bit():
    """The tok2vec layers (the shared one, the NER's own) computed over windows of 64 tokens and
    their reach give the vectors, entities, tags and parse of the whole batch (windows cut inside
    a document and across documents; an empty document; the reach is 4 tokens in this model)."""
    import numpy

    from kg.nlp import shared_pipeline
    from kg.nlp.windows import _encoders, _reach, bound_token_vectors

    nlp = shared_pipeline()
    # the shared tok2vec and the NER's own reach 4 tokens either side, the (disabled) senter's 2
    assert sorted(_reach(layer) for layer in _encoders(nlp)) == [2, 4, 4]
    texts = [_samples_text(), "", "Short one.", _samples_text()[:700]]
    assert len(nlp.make_doc(texts[0])) > 600
    try:
        assert bound_token_vectors(nlp, 10**9) >= 2  # no window ever cut: the model's own forward
        whole = list(nlp.pipe(texts))
        assert bound_token_vectors(nlp, 64) >= 2
        windowed = list(nlp.pipe(texts))
    finally:
        from kg.nlp.windows import WINDOW_TOKENS

        bound_token_vectors(nlp, WINDOW_TOKENS)
    for a, b in zip(whole, windowed):
        assert numpy.array_equal(a.tensor, b.tensor)
        assert a.to_bytes(exclude=["user_data"]) == b.to_bytes(exclude=["user_data"])
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_a_layer_not_known_to_work_token_by_token_is_left_alone():
    from spacy.attrs import ORTH
    from spacy.ml.featureextractor import FeatureExtractor
    from thinc.api import Linear, chain, list2array

    from kg.nlp.windows import _reach

    assert _reach(chain(FeatureExtractor([ORTH]), list2array(), Linear(4, 1))) is None


def test_the_store_writer_moves_a_grown_memory_store_to_disk(tmp_path):
    """With ``spill_dir``, the writer's store stays in memory until it holds more than
    ``memory_quads`` quads, then every quad is in a new on-disk store there, and later ones too."""
    from kg.pipeline import StoreWriter

    g = ox.NamedNode("http://example.org/g")
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                     ox.Literal(str(i)), g) for i in range(250)]
    memory = ox.Store()
    writer = StoreWriter(memory, every=40, spill_dir=str(tmp_path / "disk"), memory_quads=100)
    writer.extend(quads[:80])
    writer.flush()
    assert writer.store is memory and not (tmp_path / "disk").exists()
    writer.extend(quads[80:])
    writer.flush()
    assert writer.store is not memory and writer.spill_dir is None
    assert any((tmp_path / "disk").iterdir())  # the store's files
    assert set(writer.store) == set(quads)


@pytest.mark.parametrize("memory_quads,input_bytes", [(0, 10**6), (2_000, 10**6), (10**7, 10**6), (10**7, 1_000)])
def test_a_build_to_a_file_is_the_same_whether_its_store_is_in_memory_or_on_disk(monkeypatch, tmp_path, memory_quads,
                                                                                  input_bytes):
    """A build to a file of a small input (MEMORY_INPUT_BYTES; the samples are 16 KB) keeps its
    temporary store in memory and moves it to disk if it grows (MEMORY_QUADS); a larger input's is
    on disk from the start: the bytes written are the same whenever it moves, or never."""
    import kg.pipeline as pipeline

    pipeline.build_to_file([str(samples_dir())], tmp_path / "disk.nq", workers=2)
    monkeypatch.setattr(pipeline, "MEMORY_QUADS", memory_quads)
    monkeypatch.setattr(pipeline, "MEMORY_INPUT_BYTES", input_bytes)
    opened: list = []
    real_store = ox.Store

    def store(*args, **kwargs):
        opened.append(args[0] if args else None)
        return real_store(*args, **kwargs)

    monkeypatch.setattr(ox, "Store", store)
    pipeline.build_to_file([str(samples_dir())], tmp_path / "g.nq")
    assert (tmp_path / "g.nq").read_bytes() == (tmp_path / "disk.nq").read_bytes()
    if input_bytes < 16_000:  # on disk from the start
        assert len(opened) == 1 and opened[0] is not None
    else:  # first in memory; on disk once the quads written pass the bound (the samples write some 5,000)
        assert opened[0] is None and (len(opened) == 2) == (memory_quads < 5_000)


def test_the_input_size_is_counted_until_it_passes_the_limit(tmp_path):
    from kg.pipeline import _input_bytes

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_bytes(b"x" * 300)
    (tmp_path / "d" / "b.txt").write_bytes(b"x" * 300)
    (tmp_path / "c.jsonl").write_bytes(b"x" * 100)
    assert _input_bytes([str(tmp_path / "c.jsonl"), str(tmp_path / "d")], 10_000) == 700
    assert _input_bytes([str(tmp_path / "d"), str(tmp_path / "c.jsonl")], 400) == 600
    assert _input_bytes([str(tmp_path / "c.jsonl"), "-"], 10_000) is None
    assert _input_bytes([str(tmp_path / "missing.txt"), str(tmp_path / "c.jsonl")], 10_000) == 100


def test_a_graph_given_in_small_parts_is_sorted_in_runs_of_lines_not_one_file_per_part():
    """A long document's graph is made in small parts (kg.pipeline.PART_QUADS, the memory of the
    build); its lines are gathered into sorted runs of a set number of lines, so the files merged
    at the end depend on the graph's size, not on the part size — and the bytes are those of
    sorting every quad at once (duplicates once), also where the runs so far are merged into one
    to keep the open files under a limit."""
    import io

    from kg.rdf.serialize import SortedRuns, write_nquads

    g = ox.NamedNode("https://example.org/g")
    quads = [ox.Quad(ox.NamedNode(f"https://example.org/s{i % 997}"), ox.NamedNode("https://example.org/p"),
                     ox.Literal(str(i)), g) for i in range(5000)]
    quads = quads[::-1] + quads[:100]  # out of order, and some twice
    expected = io.BytesIO()
    write_nquads(expected, quads, run=10**6)
    assert expected.getvalue().count(b"\n") == 5000
    # 5,000 lines in runs of 1,000 (one file per part: 102); at 3 runs they are merged into one
    for most_runs, files in ((64, 5), (3, 2)):
        out = io.BytesIO()
        runs = SortedRuns(out, block=100, run=1000, most_runs=most_runs)
        opened = 0
        for i in range(0, len(quads), 50):
            runs.add(quads[i:i + 50])
            opened = max(opened, len(runs.runs))
        runs.close()
        assert out.getvalue() == expected.getvalue()
        assert opened == files and runs.runs == []


def test_default_lines_keep_at_most_a_set_number_of_run_files_open():
    """The default graph's lines are sorted in runs kept in temporary files (one per
    DEFAULT_RUN_LINES lines of the whole corpus): when there would be more than ``most_runs``
    open, the runs so far are merged into one, so a corpus of any size stays under the open-file
    limit — and the lines written are the same, sorted, each once."""
    import io
    import random

    from kg.rdf.serialize import DefaultLines

    given = [f"<s:{i % 397}> <p:a> \"{i}\" .\n" for i in range(2000)]
    random.Random(3).shuffle(given)
    given += given[:150]  # some twice, in later runs
    expected = "".join(sorted(set(given))).encode()
    for most_runs, files in ((1000, 18), (4, 3)):
        lines = DefaultLines(run=100, most_runs=most_runs)
        opened = 0
        for i in range(0, len(given), 30):
            lines.add_lines(given[i:i + 30])
            opened = max(opened, len(lines.runs))
        out = io.BytesIO()
        lines.write(out, block=64)
        lines.discard()
        assert out.getvalue() == expected
        assert opened == files and lines.runs == []


def test_a_build_to_a_file_keeps_its_default_lines_under_the_open_file_cap(monkeypatch, tmp_path):
    """A build whose default graph takes more runs than the cap of open files (here runs of 20
    lines and a cap of 3) never holds more of them open, and writes the bytes of a build whose
    default graph is one run."""
    import kg.pipeline as pipeline
    import kg.rdf.serialize as serialize

    pipeline.build_to_file([str(samples_dir())], tmp_path / "one.nq")
    opened: list[int] = []

    class Counting(serialize.DefaultLines):
        def _add(self, lines):
            super()._add(lines)
            opened.append(len(self.runs))

    monkeypatch.setattr(serialize, "DEFAULT_RUN_LINES", 20)
    monkeypatch.setattr(serialize, "MOST_RUN_FILES", 3)
    monkeypatch.setattr(serialize, "DefaultLines", Counting)
    pipeline.build_to_file([str(samples_dir())], tmp_path / "runs.nq")
    assert len(opened) >= 5 and max(opened) == 2  # merged into one at the third
    assert (tmp_path / "runs.nq").read_bytes() == (tmp_path / "one.nq").read_bytes()


def test_a_long_graph_given_in_parts_is_written_as_the_trig_of_all_its_quads():
    """SortedTrig: a graph given in small parts, out of order and with repeats, written as TriG
    from its sorted runs is byte for byte the TriG of serializing every quad at once, also where
    the runs are merged to keep the open files under the limit."""
    import io

    from kg.rdf.serialize import PREFIXES, SortedTrig, serialize_quads

    g = ox.NamedNode("https://example.org/g")
    nni = ox.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
    quads = [ox.Quad(ox.NamedNode(f"https://example.org/s{i % 97}"),
                     ox.NamedNode(f"http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#{p}"),
                     ox.Literal(str(i), datatype=nni) if p != "anchorOf" else ox.Literal(f"w {i}", language="en"), g)
             for i in range(3000) for p in ("beginIndex", "anchorOf")]
    quads = quads[::-1] + quads[:100]
    expected = serialize_quads(quads, ox.RdfFormat.TRIG, PREFIXES)
    assert expected.count(b"^^xsd:nonNegativeInteger") == 3000 and expected.count(b"@en") == 3000
    for most_runs in (64, 3):
        out = io.BytesIO()
        runs = SortedTrig(out, block=100, run=1000, most_runs=most_runs)
        for i in range(0, len(quads), 50):
            runs.add(quads[i:i + 50])
        runs.close()
        assert out.getvalue() == expected and runs.runs == []


def test_a_very_long_document_written_as_trig_is_written_in_parts(monkeypatch, tmp_path):
    """A document over WHOLE_DOC_CHARS built to TriG takes the parts path as N-Quads does (its
    graph never held at once): the file is byte for byte the one of writing its graph's quads all
    at once (as every shorter document's graph is written), and it holds the graph of the N-Quads
    build."""
    import kg.pipeline as pipeline
    import kg.rdf.serialize as serialize

    document = _long_document()
    src = tmp_path / "long.txt"
    src.write_text(document.text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "WHOLE_DOC_CHARS", 3000)
    monkeypatch.setattr(pipeline, "PART_QUADS", 200)
    real_chunks = pipeline.chunks
    monkeypatch.setattr(pipeline, "chunks", lambda text: real_chunks(text, 1500))
    parts: list[int] = []

    class Counting(serialize.SortedTrig):
        def add(self, quads):
            parts.append(len(quads))
            super().add(quads)

    monkeypatch.setattr(serialize, "SortedTrig", Counting)
    pipeline.build_to_file([str(src)], tmp_path / "parts.trig")
    assert len(parts) > 5 and max(parts) <= 200

    class AllAtOnce:  # the graph's quads all held and written as one serialization
        def __init__(self, handle):
            self.handle, self.quads = handle, []

        def add(self, quads):
            self.quads.extend(quads)

        def close(self):
            self.handle.write(serialize.serialize_quads(self.quads, ox.RdfFormat.TRIG, serialize.PREFIXES))

        def discard(self):
            self.quads = []

    monkeypatch.setattr(serialize, "SortedTrig", AllAtOnce)
    pipeline.build_to_file([str(src)], tmp_path / "whole.trig")
    assert (tmp_path / "parts.trig").read_bytes() == (tmp_path / "whole.trig").read_bytes()
    pipeline.build_to_file([str(src)], tmp_path / "parts.nq")
    trig = set(ox.parse((tmp_path / "parts.trig").read_bytes(), format=ox.RdfFormat.TRIG))
    assert len(trig) > 3000 and trig == set(ox.parse((tmp_path / "parts.nq").read_bytes(), format=ox.RdfFormat.N_QUADS))


def test_a_very_long_document_fixes_the_allocators_mapping_threshold(monkeypatch, tmp_path):
    """A document over WHOLE_DOC_CHARS has the C allocator give large blocks their own mapping
    from its first piece on (glibc's threshold otherwise rises to each mapped block freed, and the
    large buffers of writing its graph in parts fragment the heap, which then grows with the
    document); a build of short documents leaves the allocator as it is."""
    import kg.pipeline as pipeline

    calls: list[str] = []
    monkeypatch.setattr(pipeline, "_fix_mmap_threshold", lambda: calls.append("fixed") or True)
    pipeline.build_to_file([str(samples_dir())], tmp_path / "short.nq")
    assert calls == []
    src = tmp_path / "long.txt"
    src.write_text(_long_document().text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "WHOLE_DOC_CHARS", 3000)
    pipeline.build_to_file([str(src)], tmp_path / "long.nq")
    assert calls and len(calls) <= 2  # at its first piece and its graph, not at every piece


def test_fixing_the_mapping_threshold_is_done_once():
    """glibc's ``mallopt`` is called once a process (where there is one; elsewhere nothing)."""
    import platform

    import kg.pipeline as pipeline

    first = pipeline._fix_mmap_threshold()
    assert pipeline._fix_mmap_threshold() is first and len(pipeline._MMAP_FIXED) == 1
    if platform.libc_ver()[0] == "glibc":
        assert first is True


def test_a_long_documents_events_wait_for_its_last_piece_pickled():
    """The events of a document extracted piece by piece are held pickled, a piece's list at a
    time, not as objects, until the joined extraction is read: then they are the pieces' events,
    equal and in order (keys renamed as joining renames them), and nothing is held any more."""
    from kg.extract.records import Entity, Event, Extraction, Span
    from kg.pipeline import _Joined

    def piece(n: int, group: str) -> Extraction:
        return Extraction(
            entities={group: Entity(group, "Group", "pirates", [Span(n, n + 7, "pirates")])},
            events=[Event("Attack", "attack", mentions=[Span(n + 10 + i, n + 16 + i, "attack")],
                          sentences=[Span(n, n + 40, "pirates attacked a ship")], agents=[group],
                          places=["city:1"] if i else [], counts=[23] if i else []) for i in range(3)])

    pieces = [piece(0, "group:~aaa:pirates"), piece(100, "group:~bbb:pirates"), Extraction()]
    expected = [Event(ev.type, ev.trigger, mentions=list(ev.mentions), sentences=list(ev.sentences),
                      agents=["group:~aaa:pirates"], places=list(ev.places), counts=list(ev.counts))
                for p in pieces for ev in p.events]
    joined = _Joined()
    for p in pieces:
        joined.add(p)
    assert len(joined.held) == 2 and all(isinstance(data, bytes) for data in joined.held)
    ex = joined.ex
    assert ex.events == expected and joined.held == []
    assert joined.ex is ex and ex.events == expected  # read again: the same, nothing added twice
