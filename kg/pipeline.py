"""The build: ingest → nlp → extract → resolve → rdf, streamed in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Dataset

from kg.extract import Extraction, Rules, extract, load_rules
from kg.ingest import Document, IngestOptions, InputProblem, read_inputs
from kg.nlp import shared_pipeline
from kg.rdf import DEFAULT_BASE, GraphBuilder
from kg.resolve import resolve_document


@dataclass(slots=True)
class BuildReport:
    documents: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    actors: int = 0
    events: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        lines = [f"documents: {self.documents}", f"actors: {self.actors}",
                 f"events: {sum(self.events.values())}"]
        lines += [f"  {t}: {n}" for t, n in sorted(self.events.items())]
        if self.problems:
            lines.append(f"skipped inputs: {len(self.problems)}")
        return "\n".join(lines)


def process_documents(documents: Iterable[Document], rules: Rules, workers: int = 1,
                      batch_size: int = 16) -> Iterator[tuple[Document, Extraction]]:
    """Parse and extract each document; yields in input order."""
    nlp = shared_pipeline()
    docs = iter(documents)
    pairs = ((d.text, d) for d in docs)
    n_process = max(1, workers)
    for parsed, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield document, resolve_document(extract(parsed, document, rules))


def build_dataset(inputs: Iterable[str], *, published: str | None = None, base: str = DEFAULT_BASE,
                  workers: int = 1, max_bytes: int | None = None, stdin=None,
                  on_problem: Callable[[InputProblem], None] | None = None) -> tuple[Dataset, BuildReport]:
    """Build the graph of ``inputs``. Bad inputs are reported through ``on_problem`` and skipped."""
    opts = IngestOptions(published=published, **({"max_bytes": max_bytes} if max_bytes else {}))
    report = BuildReport()
    builder = GraphBuilder(base)
    ds = builder.new_dataset()
    rules = load_rules()
    actors: set[str] = set()

    def documents() -> Iterator[Document]:
        for item in read_inputs(inputs, opts, stdin=stdin):
            if isinstance(item, InputProblem):
                report.problems.append(item)
                if on_problem:
                    on_problem(item)
            else:
                yield item

    for document, ex in process_documents(documents(), rules, workers=workers):
        builder.add_document(ds, document, ex)
        report.documents += 1
        actors.update(k for k, e in ex.entities.items() if e.is_actor)
        report.events.update(ev.type for ev in ex.events if ev.actors())
    report.actors = len(actors)
    return ds, report
