"""Behaviour the speed work promises (issue 17), never timings: what the build path imports,
that quads made directly as pyoxigraph terms are the ones the rdflib path made, ..."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import seed_record

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


def test_help_imports_nothing_heavy():
    out = _run("import sys\nfrom kg.cli import main\n"
               "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
               "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'rdflib', 'trafilatura', 'pyoxigraph', 'thinc', 'lxml'}))")
    assert out.splitlines()[-1] == "[]"


@pytest.mark.slow
def test_build_path_never_imports_rdflib(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    out = tmp_path / "g.trig"
    code = (f"import sys\nfrom kg.cli import main\nrc = main(['build', {str(src)!r}, '-o', {str(out)!r}, '-q'])\n"
            "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'trafilatura'}))")
    assert _run(code).splitlines()[-1] == "0 []"
    assert out.stat().st_size > 0


def test_undeclared_gev_term_fails_loudly():
    from kg.vocab.terms import GEV

    assert GEV.Attack.value == "https://w3id.org/geokg/ontology#Attack"
    with pytest.raises(AttributeError):
        GEV.Atack


def test_builder_quads_equal_the_rdflib_dataset(seed_dataset):
    """The Python API's rdflib Dataset is made from the same quads the command line streams."""
    from kg.rdf.serialize import dataset_quads

    from kg.extract import load_rules
    from kg.ingest import IngestOptions
    from kg.pipeline import BuildReport, iter_documents, process_documents
    from kg.rdf import GraphBuilder
    import io

    line = json.dumps(seed_record()) + "\n"
    docs = iter_documents(["-"], IngestOptions.of(None, None), BuildReport(), stdin=io.BytesIO(line.encode()))
    builder = GraphBuilder()
    quads = list(builder.ontology_quads())
    for document, ex in process_documents(docs, load_rules()):
        quads += builder.document_quads(document, ex)
    assert set(quads) == set(dataset_quads(seed_dataset))
