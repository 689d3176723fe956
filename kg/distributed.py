"""Extraction spread over local processes (``--workers N``) or a Dask cluster (``kg build --executor dask --scheduler ADDRESS``).

Documents go to the workers in batches bounded by documents and characters. On Linux the pipeline
is loaded once, before the local workers are forked, and they share it; elsewhere (and on Dask)
each worker loads it once. Workers return typed extraction records, or (local workers of a build)
each document's graph already built and serialized with its resolution record, so the parent
only loads, resolves across documents and writes; the client writes the graph in input order, so
the output is the same as a local build's. At most ``in_flight`` batches are
out at once, so memory stays bounded."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator

from kg.extract import Extraction
from kg.ingest import Document
from kg.pipeline import BATCH_CHARS, BATCH_DOCS, char_batches


# a worker's batch: one batch of spaCy's in a process of its own (kg.pipeline.BATCH_CHARS,
# BATCH_DOCS); 12,000 characters and 16 documents (4,000 characters of AG items) cost the workers
# 8 % more CPU on 200 AG items and 40 Guardian articles. The end of the input goes in smaller
# batches (balanced_batches), so that both workers stay busy to the end.
POOL_BATCH_CHARS = BATCH_CHARS
# the last batches, cut smaller and smaller so that the workers finish together, not under this
TAIL_MIN_CHARS = 3_000


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


def _batches(documents: Iterable[Document], batch_size: int, max_chars: int | None) -> Iterator[list[Document]]:
    """Consecutive batches of at most ``batch_size`` documents and ``max_chars`` characters (a
    longer document alone): :func:`kg.pipeline.char_batches`, as the parse batches them."""
    pairs = ((d.text, d) for d in documents)
    for batch in char_batches(pairs, max_chars if max_chars is not None else sys.maxsize, batch_size):
        yield [d for _, d in batch]


def _chars(batch: list[Document]) -> int:
    return sum(len(d.text) for d in batch)


def balanced_batches(documents: Iterable[Document], batch_size: int, max_chars: int, workers: int,
                     min_chars: int = TAIL_MIN_CHARS) -> Iterator[list[Document]]:
    """The batches of :func:`_batches`, except at the end of the input, which is cut smaller
    and smaller (guided self-scheduling) so that the workers finish together: batches are read
    ``2 * workers * max_chars`` characters ahead, and once the input is exhausted what is left
    goes in batches of at most ``1 / (2 * workers)`` of what remains (not under ``min_chars``;
    a longer document alone). Memory stays bounded by the look-ahead."""
    reserve = 2 * workers * max_chars
    ahead: deque = deque()
    held = 0
    for batch in _batches(documents, batch_size, max_chars):
        ahead.append(batch)
        held += _chars(batch)
        while held - _chars(ahead[0]) >= reserve:
            held -= _chars(ahead[0])
            yield ahead.popleft()
    rest = deque(d for batch in ahead for d in batch)
    while rest:
        limit = max(min_chars, held // (2 * workers))
        batch = [rest.popleft()]
        size = len(batch[0].text)
        while rest and len(batch) < batch_size and size + len(rest[0].text) <= limit:
            size += len(rest[0].text)
            batch.append(rest.popleft())
        held -= size
        yield batch


def ordered_batches(submit, documents: Iterable[Document], batch_size: int, in_flight: int,
                    on_error=None, max_chars: int | None = None, workers: int | None = None,
                    min_chars: int = TAIL_MIN_CHARS) -> Iterator[tuple[Document, Extraction]]:
    """Submit batches of at most ``batch_size`` documents (and ``max_chars`` characters, a longer
    document alone) through ``submit(batch) -> future``, keep at most ``in_flight`` out, and
    yield the results in input order. With ``workers`` (and ``max_chars``), the last batches
    are smaller (:func:`balanced_batches`)."""
    pending: deque = deque()

    def drain(keep: int) -> Iterator[tuple[Document, Extraction]]:
        while len(pending) > keep:
            results, problems = pending.popleft().result()
            for problem in problems:
                if on_error is None:
                    raise RuntimeError(str(problem))
                on_error(problem)
            yield from results

    batches = (balanced_batches(documents, batch_size, max_chars, workers, min_chars) if workers and max_chars
               else _batches(documents, batch_size, max_chars))
    for batch in batches:
        pending.append(submit(batch))
        yield from drain(in_flight)
    yield from drain(0)


def _fork_context():
    """The ``fork`` start method on Linux: workers then share the parent's loaded pipeline
    copy-on-write instead of each loading it again. Elsewhere (macOS, where forking a process
    that loaded system frameworks is unsafe; Windows, which cannot fork) each worker loads it."""
    import multiprocessing

    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def pool_process_documents(documents: Iterable[Document], workers: int, *, batch_size: int = BATCH_DOCS,
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
                                   4 * workers, on_error, max_chars, workers)
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
