from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.resources import samples_dir

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def ag_news_texts(n: int) -> list[str]:
    """The first ``n`` AG News world items (title and description) from ../shared (or
    $GEOKG_SHARED); the calling test is skipped when the data is absent."""
    import csv
    import os

    path = Path(os.environ.get("GEOKG_SHARED", SHARED)) / "data" / "ag_news_world" / "world.csv"
    if not path.exists():
        pytest.skip("../shared/data/ag_news_world is absent")
    with path.open(encoding="utf-8") as handle:
        return [f"{row[1]}\n\n{row[2]}" for _, row in zip(range(n), csv.reader(handle))]


def seed_record() -> dict:
    """The seed article as the JSON Lines record the spine issue names (published 2024-10-31).
    The bundled copy is the same text as ../shared/seed."""
    return json.loads((samples_dir() / "seed.jsonl").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_dataset():
    from kg.pipeline import build_dataset

    line = json.dumps(seed_record()) + "\n"
    ds, report = build_dataset(["-"], stdin=io.BytesIO(line.encode("utf-8")))
    assert report.documents == 1 and not report.problems
    return ds


@pytest.fixture(scope="session")
def seed_store(seed_dataset):
    from kg.store import dataset_to_store

    return dataset_to_store(seed_dataset)


@pytest.fixture(scope="session")
def seed_file(seed_dataset, tmp_path_factory) -> Path:
    from kg.rdf import write_dataset

    path = tmp_path_factory.mktemp("seed") / "seed.trig"
    write_dataset(seed_dataset, path)
    return path


def select(store, query: str, **params) -> list[dict[str, str]]:
    from kg.query import parse_params, run_query

    result = run_query(store, query, parse_params([f"{k}={v}" for k, v in params.items()]))
    return [{k: (v.value if v is not None else None) for k, v in row.items()} for row in result.rows]


def ask(store, query: str) -> bool:
    from kg.query import run_query

    return bool(run_query(store, query).boolean)


@pytest.fixture(scope="session")
def samples_file(tmp_path_factory) -> Path:
    """The graph of the bundled sample articles (five documents), as a TriG file."""
    from kg.pipeline import build_to_file

    path = tmp_path_factory.mktemp("samples") / "samples.trig"
    report = build_to_file([str(samples_dir())], path)
    assert report.documents == 5 and not report.problems
    return path


@pytest.fixture(scope="session")
def run():
    """A sentence table's runner: one text through the pipeline, extraction and within-document
    resolution, as a document published 2024-05-02."""
    from kg.extract import extract, load_rules
    from kg.ingest.document import Document
    from kg.nlp import shared_pipeline
    from kg.resolve.within import resolve_document

    nlp, rules = shared_pipeline(), load_rules()

    def _run(text: str):
        return resolve_document(extract(nlp(text), Document(text=text, source="test", published="2024-05-02"), rules))
    return _run


def entity_name(ex, key: str) -> str:
    """An entity of an extraction as a table writes it: kind:label/country."""
    ent = ex.entities[key]
    return f"{ent.kind}:{ent.label}" + (f"/{ent.country}" if ent.country else "")


def event_records(ex) -> list[tuple]:
    """An extraction's events as the role tables write them: type, trigger lemma, mention texts,
    agents, targets, participants, places."""
    return [(e.type, e.trigger, [m.text for m in e.mentions], [entity_name(ex, k) for k in e.agents],
             [entity_name(ex, k) for k in e.targets], [entity_name(ex, k) for k in e.participants],
             [entity_name(ex, k) for k in e.places]) for e in ex.events]
