"""SPARQL 1.1 endpoints as a SOURCE or a STORE: queries over the SPARQL Protocol, loads over the
Graph Store Protocol (one ``PUT`` per document graph, which replaces it whole), with basic or
bearer authentication from the environment and retries with back-off.

Endpoints: the URL given is the query endpoint. The update and graph-store endpoints default to
Oxigraph's layout (``/query``, ``/update``, ``/store`` beside each other, or under a bare host)
and can be set with ``KG_SPARQL_UPDATE`` and ``KG_SPARQL_STORE`` (Fuseki: ``/ds/query``,
``/ds/update``, ``/ds/data``). Authentication: ``KG_SPARQL_TOKEN`` (bearer) or
``KG_SPARQL_USER`` and ``KG_SPARQL_PASSWORD`` (basic)."""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import InputError, UsageError


def is_endpoint(source: str) -> bool:
    return source.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Endpoint:
    query_url: str
    update_url: str
    store_url: str
    retries: int = 4
    backoff: float = 0.5
    timeout: float = 60.0

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
                   store_url=os.environ.get("KG_SPARQL_STORE") or at(root + "/store"))

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
                accept: str | None = None) -> bytes:
        headers = self._headers()
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            req = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    return resp.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read()[:300].decode("utf-8", "replace").strip().splitlines()
                if exc.code < 500 and exc.code != 429:
                    raise InputError(url, f"HTTP {exc.code}: {detail[0] if detail else exc.reason}") from None
                last = exc
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                last = exc
            if attempt < self.retries:
                time.sleep(self.backoff * (2 ** attempt))
        reason = getattr(last, "reason", None) or last
        raise InputError(url, f"endpoint unreachable after {self.retries + 1} tries ({reason})")

    # ------------------------------------------------------------------ SPARQL
    def query(self, text: str) -> ox.QuerySolutions | ox.QueryBoolean:
        data = self.request("POST", self.query_url, text.encode("utf-8"), "application/sparql-query",
                            accept="application/sparql-results+json")
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def update(self, text: str) -> None:
        self.request("POST", self.update_url, text.encode("utf-8"), "application/sparql-update")

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        self.request("PUT", url, ntriples, "application/n-triples")


# ---------------------------------------------------------------------- safe parameters
def bind_values(query: str, params: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind variables for an endpoint that lacks SEP-0007 substitution: a ``VALUES`` block of
    terms in N-Triples syntax, placed as the first element of the query's outermost group (so
    ``BOUND`` and ``FILTER`` see it as the local engine's substitution does). Values are
    serialised RDF terms, never pasted text."""
    if not params:
        return query
    brace = _first_open_brace(query)
    if brace < 0:
        raise UsageError("cannot bind --param: the query has no group pattern")
    for name in params:
        if not name.replace("_", "a").isalnum():
            raise UsageError(f"--param {name}: not a variable name")
    values = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in params.items())
    return query[:brace + 1] + " " + values + " " + query[brace + 1:]


def _first_open_brace(text: str) -> int:
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "<":
            j = text.find(">", i)
            # an IRI has no spaces; "<" otherwise is an operator
            if j > 0 and " " not in text[i:j]:
                i = j + 1
                continue
        if c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and text[j:j + len(quote)] != quote:
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c == "{":
            return i
        i += 1
    return -1


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

    def query(self, text: str, *, prefixes=None, use_default_graph_as_union=False, substitutions=None):
        params = {v.value: t for v, t in (substitutions or {}).items()}
        return self.endpoint.query(self._prolog(text, prefixes) + bind_values(text, params))

    def update(self, text: str, *, prefixes=None) -> None:
        self.endpoint.update(self._prolog(text, prefixes) + text)

    def dump(self, format=ox.RdfFormat.N_QUADS, from_graph=None) -> bytes:
        """Every triple the endpoint's default graph shows, as N-Triples (a valid N-Quads file)."""
        return self.endpoint.request("POST", self.endpoint.query_url, b"CONSTRUCT WHERE { ?s ?p ?o }",
                                     "application/sparql-query", accept="application/n-triples")

    def __len__(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(res))["n"].value)


def add_to_endpoint(endpoint: Endpoint, graphs: dict[str, list[ox.Quad]]) -> None:
    """PUT each named graph (replacing it whole, so loading again changes nothing)."""
    for graph, quads in graphs.items():
        data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
        endpoint.put_graph(graph, data)
