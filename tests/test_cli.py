"""The command line end to end, through a real subprocess (exit codes and messages)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import seed_record

KG = [sys.executable, "-m", "kg.cli"]


def run(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], input=stdin, capture_output=True, text=True, timeout=600)


def test_bad_input_gives_exit_2_one_line_and_builds_the_rest(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.7 not text")
    out = tmp_path / "g.trig"
    proc = run("build", good, bad, tmp_path / "missing.txt", "-o", out)
    assert proc.returncode == 2
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2 and "Traceback" not in proc.stderr
    assert str(bad) in errors[0] and "PDF" in errors[0]
    assert "missing.txt" in errors[1]
    assert out.exists() and "WeaponTest" in out.read_text(encoding="utf-8")


def test_query_validate_viz_on_a_built_file(seed_file, tmp_path):
    proc = run("query", seed_file, "weapon-tests", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert "PRK" in proc.stdout
    proc = run("query", seed_file, "SELECT ?x WHERE { ?x a gev:Country ; gev:isoCode ?iso } ORDER BY ?iso", "-f", "json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["results"]["bindings"]
    assert run("validate", seed_file).returncode == 0
    html = tmp_path / "g.html"
    proc = run("viz", seed_file, "-o", html)
    assert proc.returncode == 0 and html.stat().st_size > 10000


def test_usage_errors_exit_2(seed_file, tmp_path):
    assert run("build", "x.txt", "-o", tmp_path / "out.xyz").returncode == 2
    proc = run("query", seed_file, "not-a-query")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    proc = run("query", seed_file, "DROP ALL")
    assert proc.returncode == 2 and "allow-update" in proc.stderr
    assert run("query", tmp_path / "nope.trig", "persons").returncode == 2


def test_a_bad_published_date_is_refused_before_anything_is_written(tmp_path):
    """`build` and `add` read --published the same way: one line naming the option, exit 2, and
    no output file or store made (add used to make the store, then refuse each document)."""
    text = tmp_path / "one.txt"
    text.write_text("Russia attacked Ukraine.", encoding="utf-8")
    for args, made in ((("build", text, "-o", tmp_path / "g.trig"), tmp_path / "g.trig"),
                       (("add", tmp_path / "store", text), tmp_path / "store")):
        proc = run(*args, "--published", "garbage")
        assert (proc.returncode, proc.stderr) == (2, "kg: --published: not an ISO date: 'garbage'\n")
        assert not made.exists()


def test_param_values_stay_values(seed_file):
    hostile = '"} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o'
    proc = run("query", seed_file, "timeline", "--param", f"actor={hostile}", "-f", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines() == ["date,type,role,event,label,actor"]


def test_query_list_names_every_bundled_query():
    proc = run("query", "--list")
    names = {line.split()[0] for line in proc.stdout.splitlines()}
    assert {"meetings", "weapon-tests", "attacks", "condemnations", "timeline", "country-interactions",
            "persons", "event-sources"} <= names


def test_events_the_text_names_no_doer_of_are_counted_and_labelled(tmp_path):
    """The contract's agentless events ("a man was shot dead in Guadalajara") are in the graph, so
    the build summary counts them (it counted only events with an agent or participant and said
    "events: 0" over a graph holding an Attack), and their label names the target and the place
    (it was "Attack: ", which also sorted first when reports fused, hiding a named report's)."""
    text = tmp_path / "one.txt"
    text.write_text("A journalist was shot dead in Istanbul on Monday.\n", encoding="utf-8")
    out = tmp_path / "g.nq"
    proc = run("build", text, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert "events: 1" in proc.stderr + proc.stdout and "Attack: 1" in proc.stderr + proc.stdout
    labels = {line.split('"')[1] for line in out.read_text(encoding="utf-8").splitlines()
              if "rdf-schema#label" in line and "/event/" in line.split()[0]}
    assert labels == {"Attack: … → journalist, in Istanbul"}
    # an event with a named agent keeps its label
    text.write_text("Russia attacked Ukraine.\n", encoding="utf-8")
    assert run("build", text, "-o", out).returncode == 0
    assert {line.split('"')[1] for line in out.read_text(encoding="utf-8").splitlines()
            if "rdf-schema#label" in line and "/event/" in line.split()[0]} == {"Attack: Russia"}
