"""SPARQL 1.1 endpoints as a SOURCE or a STORE: queries over the SPARQL Protocol, loads over the
Graph Store Protocol (one ``PUT`` per document graph, which replaces it whole), with basic or
bearer authentication from the environment and retries with back-off.

Endpoints: the URL given is the query endpoint. The update and graph-store endpoints default to
Oxigraph's layout (``/query``, ``/update``, ``/store`` beside each other, or under a bare host)
and can be set with ``KG_SPARQL_UPDATE`` and ``KG_SPARQL_STORE`` (Fuseki: ``/ds/query``,
``/ds/update``, ``/ds/data``). Authentication: ``KG_SPARQL_TOKEN`` (bearer) or
``KG_SPARQL_USER`` and ``KG_SPARQL_PASSWORD`` (basic). Servers are not trusted: see
:class:`Endpoint` for the bounds on time and size, redirects and retries."""

from __future__ import annotations

import base64
import http.client
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import InputError, UsageError


def is_endpoint(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise UsageError(f"{name}={value!r}: not a number") from None
    if number <= 0:
        raise UsageError(f"{name}={value!r}: must be above 0")
    return number


def _shown(url: str) -> str:
    """``url`` without user name and password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[1], parts.path, parts.query, ""))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: urllib would send the Authorization header to another host and turn a
    POST into an empty GET. The 3xx reply is reported instead."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _opener(read_timeout: float) -> urllib.request.OpenerDirector:
    """urllib (so proxies from the environment still apply) with the connect timeout given to
    ``open`` and ``read_timeout`` for every wait after it: the reply's headers and each read."""

    class Connection(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            self.sock.settimeout(read_timeout)

    class SecureConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            self.sock.settimeout(read_timeout)

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(SecureConnection, req, context=self._context)

    return urllib.request.build_opener(Handler, SecureHandler, _NoRedirect)


class _Unreachable(Exception):
    """The request never reached the server (refused, no such host): safe to send again."""


class _Retryable(Exception):
    """The server failed (5xx, 429) or the connection broke after the request was sent."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A SPARQL endpoint, and how geokg talks to it. Bounds (environment variables, seconds and
    bytes): ``KG_SPARQL_CONNECT_TIMEOUT`` (10), ``KG_SPARQL_READ_TIMEOUT`` (60: the longest wait
    for the reply to start or for the next bytes of it), ``KG_SPARQL_DEADLINE`` (300: the whole
    request, retries included, so a reply trickling one byte at a time ends too) and
    ``KG_SPARQL_MAX_BYTES`` (1 GiB per reply). Redirects are not followed. Only what is safe is
    sent again: any request that never reached the server; a query (read-only) once more after
    a server error, never after a timeout; a graph PUT (idempotent) twice more; an update never."""

    query_url: str
    update_url: str
    store_url: str
    backoff: float = 0.5
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    deadline: float = 300.0
    max_bytes: int = 1 << 30

    @classmethod
    def from_url(cls, url: str) -> "Endpoint":
        parts = urllib.parse.urlsplit(url)
        path = parts.path.rstrip("/")
        if path.endswith("/query") or path.endswith("/sparql"):
            root = path.rsplit("/", 1)[0]
        else:
            root, path = path, path + "/query"

        def at(p: str) -> str:
            return urllib.parse.urlunsplit((parts.scheme, parts.netloc, p, "", ""))

        return cls(query_url=at(path) + (f"?{parts.query}" if parts.query else ""),
                   update_url=os.environ.get("KG_SPARQL_UPDATE") or at(root + "/update"),
                   store_url=os.environ.get("KG_SPARQL_STORE") or at(root + "/store"),
                   connect_timeout=_env_float("KG_SPARQL_CONNECT_TIMEOUT", 10.0),
                   read_timeout=_env_float("KG_SPARQL_READ_TIMEOUT", 60.0),
                   deadline=_env_float("KG_SPARQL_DEADLINE", 300.0),
                   max_bytes=int(_env_float("KG_SPARQL_MAX_BYTES", float(1 << 30))))

    # ------------------------------------------------------------------ HTTP
    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": "geokg"}
        token = os.environ.get("KG_SPARQL_TOKEN")
        user, password = os.environ.get("KG_SPARQL_USER"), os.environ.get("KG_SPARQL_PASSWORD")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        elif user is not None:
            raw = f"{user}:{password or ''}".encode("utf-8")
            headers["Authorization"] = "Basic " + base64.b64encode(raw).decode("ascii")
        return headers

    def request(self, method: str, url: str, body: bytes | None, content_type: str | None,
                accept: str | None = None, retries: int = 0) -> tuple[bytes, str]:
        """Send one request: the reply's body and content type. ``retries``: how many times a
        server error or a broken connection may be answered by sending it again (a request that
        never reached the server is sent again up to twice whatever ``retries`` says)."""
        headers = self._headers()
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        end = time.monotonic() + self.deadline
        unreachable_left, retries_left = 2, retries
        attempt = 0
        while True:
            try:
                return self._once(method, url, body, headers, end)
            except _Unreachable as exc:
                if unreachable_left <= 0:
                    raise InputError(_shown(url), f"endpoint unreachable ({exc})") from None
                unreachable_left -= 1
                failure = exc
            except _Retryable as exc:
                if retries_left <= 0:
                    raise InputError(_shown(url), str(exc)) from None
                retries_left -= 1
                failure = exc
            pause = self.backoff * (2 ** attempt)
            attempt += 1
            if time.monotonic() + pause >= end:
                raise InputError(_shown(url), f"{failure}; no time left to try again "
                                              f"(KG_SPARQL_DEADLINE={self.deadline:g} s)")
            time.sleep(pause)

    def _once(self, method: str, url: str, body: bytes | None, headers: dict, end: float) -> tuple[bytes, str]:
        left = end - time.monotonic()
        if left <= 0:
            raise InputError(_shown(url), f"no reply within {self.deadline:g} s (KG_SPARQL_DEADLINE)")
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        opener = _opener(min(self.read_timeout, left))
        try:
            resp = opener.open(req, timeout=min(self.connect_timeout, left))
        except urllib.error.HTTPError as exc:
            with exc:
                detail = (exc.read(300) or b"").decode("utf-8", "replace").strip().splitlines()
            if 300 <= exc.code < 400:
                raise InputError(_shown(url), f"HTTP {exc.code} redirect to {exc.headers.get('Location', '?')}; "
                                              "not followed (credentials and the request stay with the endpoint "
                                              "given): give the final URL") from None
            reason = f"HTTP {exc.code}: {detail[0][:200] if detail else exc.reason}"
            if exc.code >= 500 or exc.code == 429:
                raise _Retryable(f"server error, {reason}") from None
            raise InputError(_shown(url), reason) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (ConnectionRefusedError, socket.gaierror)):
                raise _Unreachable(str(reason)) from None
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise InputError(_shown(url), f"no reply within {min(self.read_timeout, left):g} s "
                                              "(KG_SPARQL_CONNECT_TIMEOUT, KG_SPARQL_READ_TIMEOUT)") from None
            raise _Retryable(f"connection failed ({reason})") from None
        except (TimeoutError, socket.timeout):
            raise InputError(_shown(url), f"no reply within {min(self.read_timeout, left):g} s "
                                          "(KG_SPARQL_READ_TIMEOUT)") from None
        except (http.client.HTTPException, ConnectionError, OSError) as exc:
            raise _Retryable(f"connection failed ({exc.__class__.__name__}: {exc})") from None
        with resp:
            content_type = resp.headers.get("Content-Type", "")
            chunks, size = [], 0
            try:
                while True:
                    if time.monotonic() > end:
                        raise InputError(_shown(url), f"reply not complete within {self.deadline:g} s "
                                                      "(KG_SPARQL_DEADLINE)")
                    chunk = resp.read1(1 << 16)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputError(_shown(url), f"reply over {self.max_bytes} bytes; refused "
                                                      "(KG_SPARQL_MAX_BYTES)")
                    chunks.append(chunk)
            except (TimeoutError, socket.timeout):
                raise InputError(_shown(url), f"reply stalled: no data for {min(self.read_timeout, left):g} s "
                                              "(KG_SPARQL_READ_TIMEOUT)") from None
            except (http.client.HTTPException, ConnectionError, OSError) as exc:
                raise InputError(_shown(url), f"reply broken off ({exc.__class__.__name__})") from None
        return b"".join(chunks), content_type

    def _results(self, data: bytes, content_type: str, what: str) -> None:
        """A reply that cannot be results is the server's problem, not the query's: say so."""
        head = data[:512].lstrip().lower()
        if not data.strip():
            raise InputError(_shown(self.query_url), f"empty reply instead of {what} (a problem of the server "
                                                     "or of the URL, not of the query)")
        if "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html")):
            raise InputError(_shown(self.query_url), f"an HTML page instead of {what} (a problem of the "
                                                     "server or of the URL, not of the query)")

    # ------------------------------------------------------------------ SPARQL
    def query(self, text: str) -> ox.QuerySolutions | ox.QueryBoolean:
        data, content_type = self.request("POST", self.query_url, text.encode("utf-8"), "application/sparql-query",
                                          accept="application/sparql-results+json", retries=1)
        self._results(data, content_type, "SPARQL results")
        try:  # parse all of it here, so that a malformed reply is reported as such, naming the endpoint
            answer = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if isinstance(answer, ox.QueryBoolean):
                return answer
            data = answer.serialize(format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(_shown(self.query_url), "malformed SPARQL JSON results from the endpoint "
                                                     f"({str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__})") from None
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def construct(self, text: str) -> bytes:
        data, content_type = self.request("POST", self.query_url, text.encode("utf-8"), "application/sparql-query",
                                          accept="application/n-triples", retries=1)
        if data.strip():
            self._results(data, content_type, "N-Triples")
        return data

    def update(self, text: str) -> None:
        self.request("POST", self.update_url, text.encode("utf-8"), "application/sparql-update", retries=0)

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        self.request("PUT", url, ntriples, "application/n-triples", retries=2)


# ---------------------------------------------------------------------- safe parameters
def bind_values(query: str, params: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind variables for an endpoint that lacks SEP-0007 substitution: a ``VALUES`` block of
    terms in N-Triples syntax, placed as the first element of the query's outermost group (so
    ``BOUND`` and ``FILTER`` see it as the local engine's substitution does). Values are
    serialised RDF terms, never pasted text."""
    if not params:
        return query
    from kg.query import code_mask

    brace = code_mask(query).find("{")
    if brace < 0:
        raise UsageError("cannot bind --param: the query has no group pattern")
    for name in params:
        if not name.replace("_", "a").isalnum():
            raise UsageError(f"--param {name}: not a variable name")
    values = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in params.items())
    return query[:brace + 1] + " " + values + " " + query[brace + 1:]


class RemoteStore:
    """The part of :class:`pyoxigraph.Store`'s interface that geokg's query, viz and validate use,
    answered by a SPARQL endpoint. Run the server with its union default graph on (Oxigraph:
    ``--union-default-graph``) so that queries see every document's graph."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    @staticmethod
    def _prolog(text: str, prefixes: dict[str, str] | None) -> str:
        import re

        return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or {}).items()
                       if not re.search(rf"PREFIX\s+{re.escape(p)}\s*:", text, re.I))

    def query(self, text: str, *, prefixes=None, use_default_graph_as_union=False, substitutions=None,
              default_graph=None):
        # ``default_graph``: pyoxigraph's option; an endpoint's default graph is what it serves
        params = {v.value: t for v, t in (substitutions or {}).items()}
        return self.endpoint.query(self._prolog(text, prefixes) + bind_values(text, params))

    def update(self, text: str, *, prefixes=None) -> None:
        self.endpoint.update(self._prolog(text, prefixes) + text)

    def dump(self, format=ox.RdfFormat.N_QUADS, from_graph=None) -> bytes:
        """Every triple the endpoint's default graph shows, as N-Triples (a valid N-Quads file)."""
        return self.endpoint.construct("CONSTRUCT WHERE { ?s ?p ?o }")

    def __len__(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(res))["n"].value)


def add_to_endpoint(endpoint: Endpoint, graphs: dict[str, list[ox.Quad]]) -> None:
    """PUT each named graph (replacing it whole, so loading again changes nothing)."""
    for graph, quads in graphs.items():
        data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
        endpoint.put_graph(graph, data)
