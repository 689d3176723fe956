"""The output does not depend on how extraction is spread: processes or a Dask cluster."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import seed_record
from kg.resources import samples_dir

KG = [sys.executable, "-m", "kg.cli"]


def build(tmp_path, name, *extra, ext: str = "trig") -> bytes:
    out = tmp_path / f"{name}.{ext}"
    proc = subprocess.run([*KG, "build", str(samples_dir()), "-o", str(out), "-q", *extra],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    return out.read_bytes()


@pytest.mark.slow
def test_workers_do_not_change_the_output(tmp_path):
    assert build(tmp_path, "w1", "--workers", "1") == build(tmp_path, "w2", "--workers", "2")


@pytest.mark.slow
def test_workers_build_the_same_nquads_store_and_report(tmp_path):
    """With local workers the document graphs are built in the workers (N-Quads back, loaded by
    the parent): the N-Quads output, the store (default graph included) and the counts are a
    single process's."""
    from kg.pipeline import build_store

    assert build(tmp_path, "n1", "--workers", "1", ext="nq") == build(tmp_path, "n2", "--workers", "2", ext="nq")
    one, report_one = build_store([str(samples_dir())], workers=1)
    two, report_two = build_store([str(samples_dir())], workers=2)
    quads = set(one)
    assert len(quads) > 1000 and set(two) == quads
    assert report_two.summary() == report_one.summary() and report_one.documents > 1


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_output(tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask_out = build(tmp_path, "dask", "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert dask_out == build(tmp_path, "local")


def test_dask_needs_a_scheduler(tmp_path):
    proc = subprocess.run([*KG, "build", str(samples_dir()), "-o", str(tmp_path / "x.trig"), "--executor", "dask"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--scheduler" in proc.stderr


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


@pytest.mark.parametrize("sizes, batch_size, max_chars, expected", [
    ([10, 10, 10], 16, 25, [[10, 10], [10]]),
    ([30, 5, 5], 16, 25, [[30], [5, 5]]),            # a longer document is a batch of its own
    ([5, 30, 5], 16, 25, [[5], [30], [5]]),
    ([1, 1, 1, 1, 1], 2, 100, [[1, 1], [1, 1], [1]]),  # and at most batch_size documents
    ([1, 1, 1], 2, None, [[1, 1], [1]]),
    ([], 2, 10, []),
])
def test_worker_batches_are_bounded_by_documents_and_characters(sizes, batch_size, max_chars, expected):
    from kg.distributed import ordered_batches
    from kg.ingest import Document

    docs = [Document(text="x" * n, source=f"d{i}", id=f"d{i}") for i, n in enumerate(sizes)]
    batches = []

    def submit(batch):
        batches.append([len(d.text) for d in batch])
        return _Done(([(d, d.key) for d in batch], []))

    got = list(ordered_batches(submit, docs, batch_size, 2, None, max_chars))
    assert batches == expected
    assert [d.key for d, _ in got] == [d.key for d in docs]  # input order


@pytest.mark.parametrize("sizes, max_chars, expected", [
    # the input's end (look-ahead 2 * workers * max_chars = 16,000) cut to 1/4 of what remains:
    # 4,000, 3,000, 2,000, then min_chars
    ([1_000] * 20, 4_000, [[1_000] * 4, [1_000] * 4, [1_000] * 3, [1_000] * 2] + [[1_000]] * 7),
    ([1_000, 9_000, 1_000, 1_000], 4_000, [[1_000], [9_000], [1_000], [1_000]]),  # a longer document alone
    ([500] * 6, 4_000, [[500] * 2] * 3),    # all of a short input in the end: not under min_chars
    ([5_000] * 6, 4_000, [[5_000]] * 6),
])
def test_worker_batches_shrink_at_the_end_so_the_workers_finish_together(sizes, max_chars, expected):
    from kg.distributed import ordered_batches
    from kg.ingest import Document

    docs = [Document(text="x" * n, source=f"d{i}", id=f"d{i}") for i, n in enumerate(sizes)]
    batches = []

    def submit(batch):
        batches.append([len(d.text) for d in batch])
        return _Done(([(d, d.key) for d in batch], []))

    got = list(ordered_batches(submit, docs, 64, 2, None, max_chars, workers=2, min_chars=1_000))
    assert batches == expected
    assert [d.key for d, _ in got] == [d.key for d in docs]  # input order


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers share the loaded pipeline by fork on Linux")
def test_workers_share_the_parents_pipeline(tmp_path, monkeypatch):
    """The pipeline is loaded once, in the parent, before the workers are forked: no worker loads it."""
    import os

    import kg.nlp as nlp_module
    from kg.distributed import pool_process_documents
    from kg.ingest import Document

    loads = tmp_path / "loads"
    real = nlp_module.load_pipeline

    def counted(*args, **kwargs):
        with loads.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(nlp_module, "load_pipeline", counted)
    nlp_module.shared_pipeline.cache_clear()
    try:
        docs = [Document(text=f"North Korea fired missile number {i} on Monday.\n", source=f"d{i}", id=f"d{i}") for i in range(40)]
        got = list(pool_process_documents(docs, 2, batch_size=4))
    finally:
        nlp_module.shared_pipeline.cache_clear()
    assert [d.key for d, _ in got] == [d.key for d in docs]
    assert loads.read_text().split() == [str(os.getpid())]
