"""SPARQL over a SOURCE: bundled analyst queries, safe parameter binding (SEP-0007
substitutions, never string pasting), and table / CSV / JSON output."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.resources import queries_dir
from kg.vocab import PREFIXES

_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I | re.M)


@dataclass(frozen=True, slots=True)
class BundledQuery:
    name: str
    description: str
    text: str
    params: tuple[str, ...]


def bundled_queries() -> dict[str, BundledQuery]:
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        lines = [l[1:].strip() for l in text.splitlines() if l.startswith("#")]
        description = lines[0] if lines else ""
        params = tuple(
            p.strip() for l in lines if l.lower().startswith("params:") for p in l.split(":", 1)[1].split(",") if p.strip()
        )
        out[path.stem] = BundledQuery(path.stem, description, text, params)
    return out


def resolve_query(query: str) -> str:
    """SPARQL text, a path to a ``.rq`` file, or the name of a bundled query."""
    bundled = bundled_queries()
    if query in bundled:
        return bundled[query].text
    if query.endswith(".rq") or _is_file(query):
        path = Path(query)
        if not _is_file(query):
            raise UsageError(f"{query}: no such query file")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{query}: not UTF-8 text (byte {exc.start})") from None
        except OSError as exc:
            raise UsageError(f"{query}: cannot read: {exc.strerror or exc}") from None
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query, re.I) or _UPDATE.search(_strip_prolog(query)):
        return query
    raise UsageError(f"{query}: not a bundled query, a .rq file or SPARQL text (kg query --list)")


def _is_file(text: str) -> bool:
    """Whether ``text`` names a file; query text (too long for a path, or not one) never does."""
    if len(text) > 4096 or "\n" in text or "\0" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # e.g. File name too long
        return False


def _strip_prolog(text: str) -> str:
    return re.sub(r"^\s*(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*", "", text, flags=re.I)


def is_update(text: str) -> bool:
    body = text
    while True:
        stripped = _strip_prolog(body)
        if stripped == body:
            break
        body = stripped
    return bool(_UPDATE.match(body))


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_OUTBOUND = re.compile(r"(?<![\w?$:])(SERVICE|LOAD)((\s+SILENT)?\s*(<_*>|[?$])|(\s+SILENT)?\s+[\w-]*:)", re.I)


def code_mask(text: str) -> str:
    """The query with what is not code masked, position for position (the one scanner of SPARQL
    text, for :func:`uses_service` and for binding parameters at an endpoint,
    :func:`kg.remote.bind_values`): an IRI (an ``IRIREF`` of the grammar: ``<`` then no space,
    quote, brace, bar, caret, backquote or backslash up to ``>``; a ``<`` otherwise is an
    operator) becomes ``<___>``, a string literal (any quote, long or short, with its escapes)
    ``"___"``, and a comment spaces. Keywords and braces are then found only where they are
    keywords and braces."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "<":
            m = _IRIREF.match(text, i)
            if m:
                out.append("<" + "_" * (m.end() - i - 2) + ">")
                i = m.end()
                continue
        elif c == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
            continue
        elif c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and text[j:j + len(quote)] != quote:
                j += 2 if text[j] == "\\" else 1
            if j < n:  # closed
                out.append(quote + "_" * (j - i - len(quote)) + quote)
                i = j + len(quote)
            else:  # unterminated: the rest of the text is the string
                out.append(quote + "_" * (n - i - len(quote)))
                i = n
            continue
        out.append(c)
        i += 1
    return "".join(out)


def uses_service(text: str) -> bool:
    """Whether the query or update would make the engine fetch from elsewhere: ``SERVICE`` (a
    federated query) or ``LOAD``."""
    return bool(_OUTBOUND.search(code_mask(text)))


def parse_params(params: list[str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """``NAME=VALUE``: ``<iri>`` binds an IRI, anything else a plain string literal."""
    out = {}
    for item in params:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise UsageError(f"--param {item!r}: expected NAME=VALUE with NAME a SPARQL variable name")
        if value.startswith("<") and value.endswith(">"):
            try:
                out[name] = ox.NamedNode(value[1:-1])
            except ValueError as exc:
                raise UsageError(f"--param {name}: invalid IRI ({exc})") from None
        else:
            out[name] = ox.Literal(value)
    return out


@dataclass(slots=True)
class Result:
    variables: list[str]
    rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]
    boolean: bool | None = None


def run_query(store: ox.Store, text: str, params: dict | None = None, *, allow_update: bool = False,
              allow_service: bool = False) -> Result:
    """Run ``text`` over ``store``. Over a local store, ``SERVICE`` and ``LOAD`` (requests to
    other servers, which query text from elsewhere could aim at an internal network) are refused
    unless ``allow_service``; a remote endpoint runs them under its own policy."""
    if not allow_service and isinstance(store, ox.Store) and uses_service(text):
        raise UsageError("the query asks for SERVICE or LOAD (requests to other servers); "
                         "refused over a local SOURCE without --allow-service")
    if is_update(text):
        if not allow_update:
            raise UsageError("the query is a SPARQL Update; refused without --allow-update")
        try:
            store.update(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise UsageError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        return Result([], [])
    subs = {ox.Variable(k): v for k, v in (params or {}).items()}
    try:
        answer = store.query(text, prefixes=PREFIXES, substitutions=subs or None)
    except SyntaxError as exc:
        raise UsageError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    except RuntimeError as exc:
        if "projection" in str(exc):
            raise UsageError(f"--param: {str(exc).splitlines()[0]}") from None
        raise
    if isinstance(answer, ox.QueryBoolean):
        return Result([], [], bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [dict(zip(variables, sol)) for sol in answer]  # a solution iterates in variable order
        return Result(variables, rows)
    # CONSTRUCT / DESCRIBE: triples as rows
    rows = [{"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in answer]
    return Result(["subject", "predicate", "object"], rows)


def term_text(term) -> str:
    if term is None:
        return ""
    return term.value


def to_csv(result: Result) -> str:
    """SPARQL results as CSV for spreadsheets: each cell through :func:`kg.safety.csv_cell`
    (formulas neutralised with a leading ``'``, control characters escaped)."""
    from kg.safety import csv_cell

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if result.boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow([str(result.boolean).lower()])
        return buf.getvalue()
    # Python 3.11's writer quotes a cell holding "\r" only if "\r" is in the line terminator
    quoting_all = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(result.variables)
    for row in result.rows:
        cells = [csv_cell(term_text(row[v])) for v in result.variables]
        (quoting_all if any("\r" in c for c in cells) else writer).writerow(cells)
    return buf.getvalue()


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON (control and bidi characters as ``\\u`` escapes)."""
    from kg.safety import json_safe

    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, ensure_ascii=False, indent=1)
    bindings = [{v: _json_term(t) for v, t in row.items() if t is not None} for row in result.rows]
    return json_safe(json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                                ensure_ascii=False, indent=1))


def to_dataframe(result: Result):
    import pandas as pd

    return pd.DataFrame([{v: term_text(row[v]) if row[v] is not None else None for v in result.variables}
                         for row in result.rows], columns=result.variables)
