"""A fuzz target over the command line (issue 16): random bytes, text and JSON as input files,
random arguments; the promise checked is the contract's — every run ends with exit 0, 1 or 2,
never an internal error (3) and never a traceback.

Runs ``kg.cli.main`` in this process (the spaCy pipeline is loaded once) with a fixed budget:
derandomized (the same examples on every run, so CI is reproducible), no deadline, and few
enough examples to take well under a minute. ``GEOKG_FUZZ_EXAMPLES`` raises the budget for a
longer local hunt. ``serve`` (which blocks), ``--workers``, ``--executor`` and URLs are left out:
they start processes or reach the network."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main

FIELDS = ["id", "url", "title", "published", "author", "source", "text", "html"]
WORDS = "Pyongyang fired a ballistic missile on Thursday , Seoul said . North Korea Russia troops met talks".split()

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40)
    | st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=4), inner,
                                                                max_size=6),
    max_leaves=12)
json_lines = st.lists(json_value, max_size=4).map(lambda vs: "\n".join(json.dumps(v) for v in vs).encode("utf-8"))
rdf_text = st.lists(st.sampled_from([
    "<http://e/a> <http://e/b> <http://e/c> .", '<http://e/a> <http://e/b> "x\\u0000" .', "@prefix e: <http://e/> .",
    "e:a e:b e:c .", "<http://e/a> <http://e/b> <http://e/c> <http://e/g> .", "{", "}", "GRAPH <http://e/g> {",
    "_:b <http://e/p> 1 .", '<!DOCTYPE x [<!ENTITY a "b">]>', "<rdf:RDF>",
]), max_size=6).map(lambda parts: "\n".join(parts).encode("utf-8"))
content = st.one_of(st.binary(max_size=300), json_lines, rdf_text,
                    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
files = st.lists(st.tuples(st.sampled_from([".txt", ".jsonl", ".html", ".trig", ".nq", ".ttl", ".rdf", ".jsonld",
                                            ".rq", ".csv", ""]), content), max_size=3)

QUERIES = ["SELECT * WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }", "weapon-tests",
           "timeline", "INSERT DATA { <http://e/a> <http://e/b> 1 }", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> {} }",
           "SELECT (", "DESCRIBE <http://e/a>", "nope.rq"]
FRAGMENTS = ["-o", "--out", "--format", "table", "csv", "json", "--param", "actor=North Korea", "x=<http://e/a>",
             "--published", "2024-10-31", "--base", "not a base", "--max-bytes", "--max-token", "--max-sentences",
             "--max-entities", "0", "1", "100", "--max-nodes", "--allow-update", "--allow-service", "--list",
             "--quiet", "--verbose", "--help", "out.trig", "out.nq", "out.html", "out.csv", "out.geojson", "store",
             "missing.txt", ".", "--"]
argument = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(QUERIES), st.sampled_from(["f0", "f1", "f2"]),
                     st.text(max_size=12).filter(lambda a: "://" not in a and a != "-"))
COMMANDS = ["build", "add", "query", "validate", "viz", "export", "frob", "--help"]
EXAMPLES = int(os.environ.get("GEOKG_FUZZ_EXAMPLES", "60"))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command=st.sampled_from(COMMANDS), inputs=files, args=st.lists(argument, max_size=7))
def test_the_command_line_never_fails_internally(command, inputs, args):
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        names = {}
        for i, (suffix, data) in enumerate(inputs):
            name = f"f{i}{suffix}"
            with open(os.path.join(tmp, name), "wb") as handle:
                handle.write(data)
            names[f"f{i}"] = name
        argv = [command] + [names.get(a, a) for a in args]
        out, err = io.StringIO(), io.StringIO()
        cwd = os.getcwd()
        os.chdir(tmp)  # every relative path the arguments name lands in the temporary directory
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(argv)
        finally:
            os.chdir(cwd)
    assert code in (0, 1, 2), (argv, code, err.getvalue()[-2000:])
    assert "Traceback" not in err.getvalue() and "Traceback" not in out.getvalue(), (argv, err.getvalue()[-2000:])
