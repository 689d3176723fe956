"""Extraction spread over local processes (``--workers N``) or a Dask cluster (``kg build --executor dask --scheduler ADDRESS``).

Documents go to the workers in batches bounded by documents and characters. On Linux the pipeline
is loaded once, before the local workers are forked, and they share it; elsewhere (and on Dask)
each worker loads it once. Workers return typed extraction records, or (local workers of a build)
each document's graph already built and serialized with its resolution record, so the parent
only loads, resolves across documents and writes; the client writes the graph in input order, so
the output is the same as a local build's. At most ``in_flight`` batches are
out at once, so memory stays bounded."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from kg.extract import Extraction
from kg.ingest import Document


# a worker's batch: enough text that spaCy batches well, small enough that both workers stay busy
# to the end and a long article does not hold up the short ones queued behind it
POOL_BATCH_CHARS = 12_000


def _rules():
    """This process's rules: the ones the parent read (:func:`kg.pipeline.process_rules`), which
    a forked worker inherits, so they are read once per build and not again for the pool."""
    from kg.pipeline import process_rules

    return process_rules()


def extract_batch(documents: list[Document], max_entities: int | None = None,
                  build: tuple | None = None) -> tuple[list, list]:
    """Parse and extract a batch in this process: the records, and the problems met. With
    ``build`` (the base IRI and the name of the streamed output format, or None), each document's
    graph is built here too and ``(None, BuiltDocument)`` pairs come back instead of
    ``(document, extraction)``: the parent then only loads, resolves across documents and writes
    (see :func:`kg.pipeline.built_document`)."""
    from kg.pipeline import built_document, process_documents

    problems: list = []
    results = process_documents(documents, _rules(), on_error=problems.append, max_entities=max_entities)
    if build is None:
        return list(results), problems
    base, fmt, *lean = build  # lean: see kg.pipeline.build_store
    return [(None, built_document(document, ex, base, fmt, *lean)) for document, ex in results], problems


def ordered_batches(submit, documents: Iterable[Document], batch_size: int, in_flight: int,
                    on_error=None, max_chars: int | None = None) -> Iterator[tuple[Document, Extraction]]:
    """Submit batches of at most ``batch_size`` documents (and ``max_chars`` characters, a longer
    document alone) through ``submit(batch) -> future``, keep at most ``in_flight`` out, and
    yield the results in input order."""
    pending: deque = deque()
    batch: list[Document] = []
    size = 0

    def drain(keep: int) -> Iterator[tuple[Document, Extraction]]:
        while len(pending) > keep:
            results, problems = pending.popleft().result()
            for problem in problems:
                if on_error is None:
                    raise RuntimeError(str(problem))
                on_error(problem)
            yield from results

    for document in documents:
        if batch and max_chars is not None and size + len(document.text) > max_chars:
            pending.append(submit(batch))
            batch, size = [], 0
            yield from drain(in_flight)
        batch.append(document)
        size += len(document.text)
        if len(batch) == batch_size:
            pending.append(submit(batch))
            batch, size = [], 0
            yield from drain(in_flight)
    if batch:
        pending.append(submit(batch))
    yield from drain(0)


def _fork_context():
    """The ``fork`` start method on Linux: workers then share the parent's loaded pipeline
    copy-on-write instead of each loading it again. Elsewhere (macOS, where forking a process
    that loaded system frameworks is unsafe; Windows, which cannot fork) each worker loads it."""
    import multiprocessing
    import sys

    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def pool_process_documents(documents: Iterable[Document], workers: int, *, batch_size: int = 16,
                           max_chars: int = POOL_BATCH_CHARS, on_error=None,
                           max_entities: int | None = None,
                           build: tuple | None = None) -> Iterator[tuple[Document, Extraction]]:
    """Parse and extract in ``workers`` local processes; only the typed records come back (with
    ``build``, the documents' graphs built, see :func:`extract_batch`). The
    pipeline and rules are loaded once, here, before the workers are forked: a worker starts with
    them in place (shared pages), so adding a worker costs no start-up."""
    import gc
    import os
    from concurrent.futures import ProcessPoolExecutor

    from kg.io import stop_pool, worker_init

    context = _fork_context()
    if context is not None:
        from kg.nlp import shared_pipeline

        shared_pipeline()
        _rules()
        gc.freeze()  # the loaded objects leave the collector's lists: a collection in a worker does not copy their pages
    # workers die with this process (even on SIGKILL); interrupted, it stops them at once
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker_init,
                               initargs=(os.getpid(),))
    try:
        yield from ordered_batches(lambda b: pool.submit(extract_batch, b, max_entities, build), documents, batch_size,
                                   4 * workers, on_error, max_chars)
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown()


def dask_process_documents(documents: Iterable[Document], scheduler: str, *, batch_size: int = 16,
                           in_flight: int | None = None, on_error=None, max_entities: int | None = None) -> Iterator[tuple[Document, Extraction]]:
    from distributed import Client

    with Client(scheduler) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from ordered_batches(lambda b: client.submit(extract_batch, b, max_entities, pure=False), documents, batch_size,
                                   in_flight or 2 * workers, on_error)
