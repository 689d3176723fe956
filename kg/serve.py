"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a SOURCE.

The graph served is exactly the one ``kg query`` sees: the source is opened by
:func:`kg.store.open_source` (a file is loaded as it is, its default graph the one ``kg build``
wrote, nothing computed on opening; a store directory is opened read-only) and queries run on
it with the same default prefixes. It
is a small WSGI application from the standard library over pyoxigraph — no server binary to
install, no second copy of the data, and no update operation exists in it: SPARQL Update
(``update=`` or ``application/sparql-update``), the Graph Store Protocol's writes and every
method but GET, HEAD and POST are refused, and so is ``SERVICE`` (the server makes no request
to other servers on a client's behalf).

Endpoints: ``/query`` (also ``/sparql`` and ``/``), queries by ``GET ?query=``, ``POST``
``application/x-www-form-urlencoded`` or ``POST application/sparql-query``, with
``default-graph-uri`` and ``named-graph-uri`` as the protocol defines. Results by the
``Accept`` header: SPARQL JSON (default), XML, CSV or TSV for SELECT and ASK; N-Triples
(default), Turtle, N-Quads, TriG or RDF/XML for CONSTRUCT and DESCRIBE."""

from __future__ import annotations

import socket
import sys
import threading
import urllib.parse
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pyoxigraph as ox

from kg.vocab import PREFIXES

MAX_QUERY_BYTES = 1_000_000
QUERY_PATHS = ("/", "/query", "/sparql")

_RESULTS = [  # (media type, format) for SELECT and ASK, the first one the default
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
_GRAPHS = [  # for CONSTRUCT and DESCRIBE
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-quads", ox.RdfFormat.N_QUADS),
    ("application/trig", ox.RdfFormat.TRIG),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("text/plain", ox.RdfFormat.N_TRIPLES),
]


class _Refused(Exception):
    def __init__(self, status: str, message: str, headers: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.status, self.headers = status, headers or []


def _negotiate(accept: str, choices: list[tuple[str, object]]) -> tuple[str, object]:
    """The first of ``choices`` the ``Accept`` header takes, by its order of preference (q)."""
    wanted: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media:
            wanted.append((-q, i, media.lower()))
    for q, _, media in sorted(wanted):
        if q >= 0:
            continue
        for name, fmt in choices:
            if media in (name, "*/*") or (media.endswith("/*") and name.startswith(media[:-1])):
                return name, fmt
    if not wanted:
        return choices[0]
    raise _Refused("406 Not Acceptable", f"none of {accept!r} can be given; try {', '.join(n for n, _ in choices)}")


class App:
    """The WSGI application over one store."""

    def __init__(self, store) -> None:
        self.store = store

    def __call__(self, environ, start_response):
        try:
            status, headers, body = self.handle(environ)
        except _Refused as exc:
            status, headers, body = exc.status, [("Content-Type", "text/plain; charset=utf-8"), *exc.headers], \
                (str(exc) + "\n").encode("utf-8")
        headers = [*headers, ("Content-Length", str(len(body))), ("Access-Control-Allow-Origin", "*")]
        start_response(status, headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]

    def handle(self, environ) -> tuple[str, list[tuple[str, str]], bytes]:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO") or "/"
        if path in ("/update", "/store") or path.startswith("/store/"):
            raise _Refused("403 Forbidden", "this endpoint is read-only: updates and graph writes are refused")
        if path not in QUERY_PATHS:
            raise _Refused("404 Not Found", f"{path}: no such endpoint; queries go to /query")
        if method == "OPTIONS":
            return "204 No Content", [("Allow", "GET, HEAD, POST, OPTIONS"),
                                      ("Access-Control-Allow-Methods", "GET, POST"),
                                      ("Access-Control-Allow-Headers", "Content-Type, Accept")], b""
        if method not in ("GET", "HEAD", "POST"):
            raise _Refused("405 Method Not Allowed", f"{method} refused: this endpoint is read-only",
                           [("Allow", "GET, HEAD, POST")])
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        query = None
        if method == "POST":
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            body = self._body(environ)
            if ctype == "application/sparql-update":
                raise _Refused("403 Forbidden", "SPARQL Update refused: this endpoint is read-only")
            if ctype == "application/x-www-form-urlencoded":
                for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            elif ctype == "application/sparql-query":
                query = body.decode("utf-8", "replace")
            else:
                raise _Refused("415 Unsupported Media Type", f"POST a query as application/sparql-query or a form, not {ctype or '(none)'}")
        if "update" in params:
            raise _Refused("403 Forbidden", "SPARQL Update refused: this endpoint is read-only")
        if query is None:
            queries = params.get("query", [])
            if len(queries) != 1:
                if not queries and method in ("GET", "HEAD") and path == "/":
                    return "200 OK", [("Content-Type", "text/plain; charset=utf-8")], (
                        "geokg read-only SPARQL 1.1 endpoint: send queries to /query\n").encode("utf-8")
                raise _Refused("400 Bad Request", "give exactly one query")
            query = queries[0]
        if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
            raise _Refused("413 Content Too Large", f"the query is over {MAX_QUERY_BYTES} bytes")
        return self._answer(query, params, environ.get("HTTP_ACCEPT") or "")

    @staticmethod
    def _body(environ) -> bytes:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise _Refused("400 Bad Request", "bad Content-Length") from None
        if length > MAX_QUERY_BYTES:
            raise _Refused("413 Content Too Large", f"the request is over {MAX_QUERY_BYTES} bytes")
        return environ["wsgi.input"].read(length) if length > 0 else b""

    def _answer(self, query: str, params: dict[str, list[str]], accept: str):
        from kg.query import is_update, uses_service

        if is_update(query):
            raise _Refused("403 Forbidden", "SPARQL Update refused: this endpoint is read-only")
        if uses_service(query):
            raise _Refused("403 Forbidden", "SERVICE refused: this endpoint makes no request to other servers")
        try:
            default = [ox.NamedNode(i) for i in params.get("default-graph-uri", [])] or None
            named = [ox.NamedNode(i) for i in params.get("named-graph-uri", [])] or None
        except ValueError as exc:
            raise _Refused("400 Bad Request", f"bad graph IRI: {exc}") from None
        dataset = {k: v for k, v in (("default_graph", default), ("named_graphs", named)) if v}
        try:
            answer = self.store.query(query, prefixes=PREFIXES, **dataset)
        except SyntaxError as exc:
            raise _Refused("400 Bad Request", f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise _Refused("400 Bad Request", f"query failed: {str(exc).splitlines()[0] if str(exc) else exc}") from None
        if isinstance(answer, (ox.QuerySolutions, ox.QueryBoolean)):
            media, fmt = _negotiate(accept, _RESULTS)
            body = answer.serialize(format=fmt)
        else:
            media, fmt = _negotiate(accept, _GRAPHS)
            if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
                body = ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in answer), format=fmt)
            else:
                body = answer.serialize(format=fmt)
        charset = "" if media.endswith("xml") else "; charset=utf-8"
        return "200 OK", [("Content-Type", media + charset)], body or b""


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _Server6(_Server):
    address_family = socket.AF_INET6


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 - the standard signature
        pass


def make(store, host: str = "127.0.0.1", port: int = 7878, *, log: bool = True):
    """A threaded WSGI server for ``store`` bound to ``host``:``port`` (0 picks a free port)."""
    return make_server(host, port, App(store), server_class=_Server6 if ":" in host else _Server,
                       handler_class=WSGIRequestHandler if log else _QuietHandler)


def serve(store, host: str = "127.0.0.1", port: int = 7878, *, quiet: bool = False,
          ready: threading.Event | None = None) -> None:
    """Serve ``store`` until interrupted; prints the query URL (with the real port) first."""
    server = make(store, host, port, log=not quiet)
    real_port = server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    if not quiet:
        print(f"serving a read-only SPARQL endpoint at http://{shown}:{real_port}/query (Ctrl-C stops)", flush=True)
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        sys.stdout.flush()
