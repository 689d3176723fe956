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

    def load(self, data, **kwargs) -> None:
        self.store.load(data, **kwargs)
        self._wrote(data.count(b"\n"))

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
    assert counting.most_unflushed == 100 and counting.flushes == 10 and len(counting.store) == 1050
    writer.flush()
    assert counting.unflushed == 0


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
