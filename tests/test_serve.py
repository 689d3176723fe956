"""kg serve: a read-only SPARQL 1.1 Protocol endpoint answering every bundled query as kg query
does on the file; the bundled queries carry their own PREFIX lines so any client can run them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.query import bundled_queries

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_bundled_query_runs_without_geokg_prefixes(name):
    # a bare Oxigraph store knows no prefix: the query must declare each one it uses
    text = bundled_queries()[name].text
    assert any(line.startswith("PREFIX ") for line in text.splitlines())
    list(ox.Store().query(text))


@pytest.fixture(scope="module")
def endpoint(samples_file):
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(samples_file), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        url = line.split("at ", 1)[1].split()[0]
        assert url.endswith("/query")
        yield url
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


PARAMS = {"timeline": ["actor=North Korea"], "condemnations": ["target=North Korea"], "event-sources": []}


def _json(capsys, argv) -> dict:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def _rows(answer: dict) -> list:
    return sorted(json.dumps(b, sort_keys=True) for b in answer["results"]["bindings"])


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_every_bundled_query_answers_the_same_through_kg_serve(name, endpoint, samples_file, capsys):
    params = [a for p in PARAMS.get(name, []) for a in ("--param", p)]
    local = _json(capsys, ["query", str(samples_file), name, "-f", "json", *params])
    remote = _json(capsys, ["query", endpoint, name, "-f", "json", *params])
    assert remote["head"] == local["head"]
    assert local["results"]["bindings"], f"{name}: no rows on the samples, nothing compared"
    assert _rows(remote) == _rows(local)


def test_a_bound_iri_parameter_answers_the_same(endpoint, samples_file, capsys):
    events = _json(capsys, ["query", str(samples_file), "SELECT ?e WHERE { ?e a gev:WeaponTest } ORDER BY ?e", "-f", "json"])
    iri = events["results"]["bindings"][0]["e"]["value"]
    argv = ["event-sources", "-f", "json", "--param", f"event=<{iri}>"]
    local, remote = _json(capsys, ["query", str(samples_file), *argv]), _json(capsys, ["query", endpoint, *argv])
    assert local["results"]["bindings"] and _rows(remote) == _rows(local)
    assert {b["event"]["value"] for b in remote["results"]["bindings"]} == {iri}


def _http(url, data=None, method=None, headers=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(url) -> int:
    status, _, body = _http(url + "?" + urllib.parse.urlencode({"query": COUNT}),
                            headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_updates_are_refused_and_change_nothing(endpoint):
    root = endpoint.rsplit("/", 1)[0]
    before = _count(endpoint)
    update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
    attempts = [
        (endpoint, update.encode(), "POST", {"Content-Type": "application/sparql-update"}),
        (root + "/update", update.encode(), "POST", {"Content-Type": "application/sparql-update"}),
        (endpoint, urllib.parse.urlencode({"update": update}).encode(), "POST",
         {"Content-Type": "application/x-www-form-urlencoded"}),
        (endpoint, urllib.parse.urlencode({"query": update}).encode(), "POST",
         {"Content-Type": "application/x-www-form-urlencoded"}),
        (endpoint + "?" + urllib.parse.urlencode({"update": update}), None, "GET", {}),
        (root + "/store?default", b"<a:s> <a:p> <a:o> .", "PUT", {"Content-Type": "application/n-triples"}),
        (root + "/store?default", None, "DELETE", {}),
        (endpoint, None, "DELETE", {}),
        (endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}),
         None, "GET", {}),
    ]
    for url, data, method, headers in attempts:
        status, _, _ = _http(url, data, method, headers)
        assert status in (403, 405), (method, url, status)
    assert _count(endpoint) == before > 0


def test_protocol_forms_and_formats(endpoint):
    q = "SELECT ?iso WHERE { ?c a gev:Country ; gev:isoCode ?iso } ORDER BY ?iso"
    status, ctype, body = _http(endpoint, q.encode(), "POST", {"Content-Type": "application/sparql-query",
                                                              "Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv")
    isos = body.decode().split()
    assert isos[0] == "iso" and "PRK" in isos and "USA" in isos
    status, ctype, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?c gev:isoCode \"PRK\" }"}))
    assert status == 200 and ctype.startswith("application/sparql-results+json") and json.loads(body)["boolean"] is True
    construct = "CONSTRUCT { ?c gev:isoCode ?iso } WHERE { ?c gev:isoCode ?iso }"
    status, ctype, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": construct}),
                                headers={"Accept": "text/turtle"})
    assert status == 200 and ctype.startswith("text/turtle")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert ox.Literal("PRK") in {t.object for t in triples}
    status, _, body = _http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE {"}))
    assert status == 400 and b"syntax" in body.lower()
    status, _, _ = _http(endpoint + "?" + urllib.parse.urlencode({"query": COUNT}), headers={"Accept": "image/png"})
    assert status == 406


def test_export_through_the_endpoint_equals_export_of_the_file(endpoint, samples_file, tmp_path):
    assert main(["export", str(samples_file), "-o", str(tmp_path / "file.csv"), "--quiet"]) == 0
    assert main(["export", endpoint, "-o", str(tmp_path / "endpoint.csv"), "--quiet"]) == 0
    local = (tmp_path / "file.csv").read_text(encoding="utf-8")
    assert local.count("\n") > 20 and (tmp_path / "endpoint.csv").read_text(encoding="utf-8") == local
