"""Extraction spread over local processes (``--workers N``) or a Dask cluster (``kg build --executor dask --scheduler ADDRESS``).

Documents go to the workers in batches; each worker builds the spaCy pipeline once and returns
typed extraction records; the client writes the graph in input order, so the output is the same
as a local build's. At most ``in_flight`` batches are out at once, so memory stays bounded."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from kg.extract import Extraction
from kg.ingest import Document


def extract_batch(documents: list[Document], max_entities: int | None = None) -> tuple[list[tuple[Document, Extraction]], list]:
    """Parse and extract a batch in this process: the records, and the problems met."""
    from kg.extract import load_rules
    from kg.pipeline import process_documents

    problems: list = []
    return list(process_documents(documents, load_rules(), on_error=problems.append,
                                   max_entities=max_entities)), problems


def ordered_batches(submit, documents: Iterable[Document], batch_size: int, in_flight: int,
                    on_error=None) -> Iterator[tuple[Document, Extraction]]:
    """Submit batches through ``submit(batch) -> future``, keep at most ``in_flight`` out, and
    yield the results in input order."""
    pending: deque = deque()
    batch: list[Document] = []

    def drain(keep: int) -> Iterator[tuple[Document, Extraction]]:
        while len(pending) > keep:
            results, problems = pending.popleft().result()
            for problem in problems:
                if on_error is None:
                    raise RuntimeError(str(problem))
                on_error(problem)
            yield from results

    for document in documents:
        batch.append(document)
        if len(batch) == batch_size:
            pending.append(submit(batch))
            batch = []
            yield from drain(in_flight)
    if batch:
        pending.append(submit(batch))
    yield from drain(0)


def pool_process_documents(documents: Iterable[Document], workers: int, *, batch_size: int = 8,
                           on_error=None, max_entities: int | None = None) -> Iterator[tuple[Document, Extraction]]:
    """Parse and extract in ``workers`` local processes; only the typed records come back."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    from kg.io import stop_pool, worker_init

    # workers die with this process (even on SIGKILL); interrupted, it stops them at once
    pool = ProcessPoolExecutor(max_workers=workers, initializer=worker_init, initargs=(os.getpid(),))
    try:
        yield from ordered_batches(lambda b: pool.submit(extract_batch, b, max_entities), documents, batch_size,
                                   2 * workers, on_error)
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
