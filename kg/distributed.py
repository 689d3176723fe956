"""Extraction spread over a Dask cluster (``kg build --executor dask --scheduler ADDRESS``).

Documents go to the workers in batches; each worker builds the spaCy pipeline once and returns
typed extraction records; the client writes the graph in input order, so the output is the same
as a local build's. At most ``in_flight`` batches are out at once, so memory stays bounded."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from kg.extract import Extraction
from kg.ingest import Document


def _extract_batch(documents: list[Document]) -> list[tuple[Document, Extraction]]:
    from kg.extract import load_rules
    from kg.pipeline import process_documents

    return list(process_documents(documents, load_rules()))


def dask_process_documents(documents: Iterable[Document], scheduler: str, *, batch_size: int = 16,
                           in_flight: int | None = None) -> Iterator[tuple[Document, Extraction]]:
    from distributed import Client

    with Client(scheduler) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = in_flight or 2 * workers
        pending: deque = deque()
        batch: list[Document] = []

        def drain(keep: int) -> Iterator[tuple[Document, Extraction]]:
            while len(pending) > keep:
                yield from pending.popleft().result()

        for document in documents:
            batch.append(document)
            if len(batch) == batch_size:
                pending.append(client.submit(_extract_batch, batch, pure=False))
                batch = []
                yield from drain(limit)
        if batch:
            pending.append(client.submit(_extract_batch, batch, pure=False))
        yield from drain(0)
