"""Bad input, hostile strings, crashes and repeat runs (issue: reliability and security)."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import seed_record

KG = [sys.executable, "-m", "kg.cli"]
GOOD = "Pyongyang fired a ballistic missile on Thursday, the Joint Chiefs of Staff said.\n"


def run(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=900, **kw)


def test_bad_input_matrix_through_the_cli(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b" \n\t \n")
    (d / "pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (d / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (d / "latin1.txt").write_bytes("Pyongyang a tiré un missile. café".encode("latin-1"))
    (d / "utf16.txt").write_bytes(("Seoul said: " + GOOD).encode("utf-16"))  # decodable: built, not refused
    with open(d / "huge.txt", "wb") as handle:  # 100 MB, sparse: refused by the size limit
        handle.truncate(100 * 1024 * 1024)
    (d / "lines.jsonl").write_text("\n".join([
        json.dumps({"id": "ok", "text": GOOD, "published": "2024-10-31"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "notext", "title": "t"}),
        json.dumps({"id": "baddate", "text": GOOD, "published": "last Thursday-ish"}),
    ]) + "\n", encoding="utf-8")
    (d / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (d / "loop").symlink_to(d, target_is_directory=True)
    out = tmp_path / "g.nq"
    proc = run("build", d, tmp_path / "does-not-exist.txt", "-o", out)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    expected = {"empty.txt": "empty", "blank.txt": "empty", "pdf.txt": "PDF", "png.txt": "PNG",
                "latin1.txt": "UTF-8", "huge.txt": "limit", "lines.jsonl:2": "malformed JSON",
                "lines.jsonl:3": "no 'text'", "lines.jsonl:4": "not an ISO date", "nav.html": "no article text",
                "does-not-exist.txt": "no such file"}
    assert len(lines) == len(expected), lines
    for name, problem in expected.items():
        line = next((l for l in lines if f"{name}:" in l or l.split(": ")[1].endswith(name)), None)
        assert line is not None and problem in line, (name, lines)
    import pyoxigraph as ox

    # every good document was built: good.txt, utf16.txt and the good JSON Lines record
    docs = {q.subject for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)
            if q.predicate == ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
            and q.object == ox.NamedNode("https://w3id.org/geokg/ontology#Document")}
    assert len(docs) == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(GOOD)
    f.chmod(0)
    proc = run("build", f, "-o", tmp_path / "g.trig")
    assert proc.returncode == 2 and "permission denied" in proc.stderr


def test_one_megabyte_line_without_sentence_breaks(tmp_path):
    words = ("missile Russia troops said the a of Ukraine attack fired talks North Korea condemned and " * 15000)
    f = tmp_path / "line.txt"
    f.write_text(words[:1_000_000], encoding="utf-8")
    proc = run("build", f, "-o", tmp_path / "g.trig", "-q")
    assert proc.returncode == 0, proc.stderr


def test_same_build_twice_gives_identical_bytes(tmp_path):
    src = tmp_path / "seed.jsonl"
    src.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    a, b = tmp_path / "a.trig", tmp_path / "b.trig"
    assert run("build", src, "-o", a, "-q").returncode == 0
    assert run("build", src, "-o", b, "-q").returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_existing_output_survives_a_failed_build(tmp_path):
    out = tmp_path / "g.trig"
    out.write_text("precious", encoding="utf-8")
    proc = run("build", tmp_path / "missing", "-o", out)
    assert proc.returncode == 2
    # nothing was built, but the file is replaced only atomically by a complete graph
    assert out.read_text(encoding="utf-8") == "precious" or "gev:" in out.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".g.trig.*.tmp"))


# ------------------------------------------------------------------------- IRIs from any string
TEXTS = st.text(min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_minted_iris_are_valid_and_round_trip(name):
    import pyoxigraph as ox
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import RDFS

    from kg.rdf.iris import Minter

    m = Minter()
    iris = [URIRef(i) for i in (m.entity(f"person:{name}"), m.entity(f"org:{name}@USA"), m.document(name),
                                m.event("Attack", name))]
    for iri in iris:
        ox.NamedNode(str(iri))  # raises on an invalid IRI
        assert not any(c in str(iri) for c in ' <>"{}|\\^`')
    ds = Dataset()
    g = ds.graph(iris[2])
    for iri in iris:
        g.add((iri, RDFS.label, Literal(name)))
    for fmt in ("trig", "nquads", "json-ld"):
        data = ds.serialize(format=fmt)
        back = Dataset()
        back.parse(data=data, format=fmt)
        assert {(s, o) for s, _, o, _ in back.quads((None, RDFS.label, None, None))} == \
            {(URIRef(str(i)), Literal(name)) for i in iris}
        parsed = list(ox.parse(data.encode("utf-8"), format={"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                                                                "json-ld": ox.RdfFormat.JSON_LD}[fmt]))
        assert {q.subject.value for q in parsed} == {str(i) for i in iris}


# ------------------------------------------------------------------------- fuzzing
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_breaks_extraction(text):
    import io

    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store
    from kg.validate import check_anchors

    line = json.dumps({"id": "fuzz", "text": text or " ", "published": "2024-01-01"}) + "\n"
    ds, report = build_dataset(["-"], stdin=io.BytesIO(line.encode("utf-8")))
    assert report.documents + len(report.problems) == 1
    assert check_anchors(dataset_to_store(ds)) == []


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["id", "url", "title", "published", "author", "source", "text", "html"]),
                    st.one_of(st.text(max_size=60), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2)),
                    max_size=8).map(json.dumps),
    st.text(max_size=80)), max_size=5))
def test_random_json_lines_are_read_or_reported(lines):
    import io

    from kg.ingest import InputProblem, read_inputs

    data = "\n".join(l.replace("\n", " ") for l in lines).encode("utf-8")
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, InputProblem) or item.text.strip()


# ------------------------------------------------------------------------- crashes
def _corpus(tmp_path: Path, n: int) -> Path:
    base = seed_record()["text"]
    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"doc-{i}", "published": "2024-10-31",
                                     "text": base.replace("Thursday", f"Thursday ({i})")}) + "\n")
    return path


def _documents(store_dir: Path) -> dict[str, int]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    counts: dict[str, int] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and "/doc/" in q.graph_name.value:
            counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    del store
    return counts


@pytest.mark.slow
def test_kg_add_killed_mid_batch_leaves_whole_documents(tmp_path):
    corpus = _corpus(tmp_path, 12)
    reference = tmp_path / "reference"
    assert run("add", reference, corpus).returncode == 0
    full = _documents(reference)
    assert len(full) == 12
    for attempt in range(3):
        store = tmp_path / f"store-{attempt}"
        proc = subprocess.Popen([*KG, "add", str(store), str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if store.exists() and len(_safe_docs(store)) >= 2 + attempt:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = _documents(store)
        assert partial, "killed before any document was written"
        for graph, n in partial.items():
            assert n == full[graph], f"{graph} is half written"
        assert run("add", store, corpus).returncode == 0
        assert _documents(store) == full


def _safe_docs(store: Path) -> dict[str, int]:
    try:
        return _documents(store)
    except (OSError, RuntimeError):  # the writer is still creating the store's column families
        return {}


def test_unreadable_file_is_reported_in_process(tmp_path, monkeypatch):
    """Root can read any file, so the permission error is raised by hand here."""
    from kg.ingest import InputProblem, read_inputs

    f = tmp_path / "secret.txt"
    f.write_text(GOOD)
    real = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    items = list(read_inputs([str(f)]))
    assert len(items) == 1 and isinstance(items[0], InputProblem)
    assert items[0].problem == "permission denied" and items[0].source == str(f)
