"""Oxigraph's SPARQL server in front of a geokg store, started on a free loopback port and
stopped by its PID."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import seed_record

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
pytestmark = pytest.mark.skipif(not Path(OXIGRAPH).exists(), reason="the oxigraph server (pip oxigraph) is not installed")
KG = [sys.executable, "-m", "kg.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    procs = []

    def start(location: Path) -> str:
        port = free_port()
        proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                 "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                return url
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode())
                time.sleep(0.05)
        raise RuntimeError("oxigraph serve did not start")

    yield start
    for proc in procs:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


def kg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=600)


@pytest.fixture
def seed_jsonl(tmp_path) -> Path:
    f = tmp_path / "seed.jsonl"
    f.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    return f


def test_serve_a_store_made_by_kg_add(tmp_path, server, seed_jsonl):
    store = tmp_path / "store"
    assert kg("add", store, seed_jsonl).returncode == 0
    url = server(store)
    q = "PREFIX gev: <https://w3id.org/geokg/ontology#> SELECT ?e WHERE { ?e a gev:WeaponTest ; gev:agent/gev:isoCode 'PRK' }"
    req = urllib.request.Request(url + "/query", data=q.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    rows = json.loads(urllib.request.urlopen(req, timeout=30).read())["results"]["bindings"]
    assert rows
    proc = kg("query", url, "weapon-tests", "-f", "csv")
    assert proc.returncode == 0 and "PRK" in proc.stdout, proc.stderr


def test_load_and_query_through_the_endpoint(tmp_path, server, seed_jsonl):
    url = server(tmp_path / "served")
    assert kg("add", url, seed_jsonl).returncode == 0
    assert kg("add", url, seed_jsonl).returncode == 0  # idempotent: graphs are replaced whole
    proc = kg("query", url, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }", "-f", "csv")
    local = tmp_path / "local.trig"
    assert kg("build", seed_jsonl, "-o", local, "-q").returncode == 0
    proc_local = kg("query", local, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }", "-f", "csv")
    assert proc.returncode == 0 and proc.stdout == proc_local.stdout
    # parameters bind as values remotely too
    proc = kg("query", url, "timeline", "--param", "actor=Vladimir Putin", "-f", "csv")
    assert proc.returncode == 0 and "Visit" in proc.stdout
    proc = kg("query", url, "timeline", "--param", 'actor="} ; DROP ALL ; {', "-f", "csv")
    assert proc.returncode == 0 and proc.stdout.strip().count("\n") == 0
    assert "Visit" in kg("query", url, "timeline", "--param", "actor=Vladimir Putin", "-f", "csv").stdout
    assert kg("validate", url).returncode == 0


def test_unreachable_endpoint_is_one_line_exit_2(monkeypatch):
    proc = kg("query", f"http://127.0.0.1:{free_port()}", "persons")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "unreachable" in proc.stderr
