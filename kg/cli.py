"""The ``kg`` command line: each command parses its arguments and calls one library function.

Exit codes: 0 success; 1 the data does not conform (``validate``); 2 bad input or usage, with
one plain line on standard error naming the input and the problem."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import GeokgError, InputError, UsageError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                  help="geokg: geopolitical event knowledge graphs from news, traceable to the characters.")


# options that `build` and `add` share, declared once
Published = Annotated[Optional[str], typer.Option(help="date for documents that carry none (ISO)")]
Base = Annotated[str, typer.Option(help="base IRI of minted instances")]
Workers = Annotated[int, typer.Option(min=1, help="extraction processes")]
MaxBytes = Annotated[Optional[int], typer.Option(min=1, help="largest document accepted, in bytes (10 MB)")]
MaxToken = Annotated[Optional[int], typer.Option(min=1, help="longest run without white space, in characters (10,000)")]
MaxSentences = Annotated[Optional[int], typer.Option(min=1, help="most sentences in a document (100,000)")]
MaxEntities = Annotated[Optional[int], typer.Option(min=1, help="most entity mentions in a document (100,000)")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar, no summary")]
DEFAULT_BASE = "https://w3id.org/geokg/id/"


def _published(published: str | None) -> str | None:
    """--published as an ISO date, refused before anything is read or written."""
    if not published:
        return published
    from kg.ingest import normalise_date

    try:
        return normalise_date(published)
    except ValueError as exc:
        raise UsageError(f"--published: {exc}") from None


def _err(message: str) -> None:
    from kg.safety import terminal_safe

    print(f"kg: {terminal_safe(message)}", file=sys.stderr)


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="files, directories or - (JSON Lines on standard input)")],
    out: Annotated[Path, typer.Option("-o", "--out", help="output file: .trig, .nq, .ttl or .jsonld")],
    published: Published = None,
    base: Base = DEFAULT_BASE,
    workers: Workers = 1,
    max_bytes: MaxBytes = None,
    max_token: MaxToken = None,
    max_sentences: MaxSentences = None,
    max_entities: MaxEntities = None,
    quiet: Quiet = False,
    executor: Annotated[str, typer.Option(help="local or dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address, with --executor dask")] = None,
) -> None:
    """Build a graph from INPUT... and write it to OUT."""
    if executor not in ("local", "dask"):
        raise UsageError(f"--executor {executor}: use local or dask")
    if executor == "dask":
        _need_dask()
        if not scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    from kg.io import check_output
    with _collector_paused():
        from kg.pipeline import build_to_file
    from kg.rdf import format_for

    format_for(out)
    _check_base(base)
    check_output(out, inputs)
    published = _published(published)
    from kg.progress import bar, count_documents, wanted

    with bar(f"building {out.name}", count_documents(inputs) if wanted(quiet) else None, quiet=quiet) as progress:
        report = build_to_file(inputs, out, published=published, base=base, workers=workers, max_bytes=max_bytes,
                               limits=dict(max_token=max_token, max_sentences=max_sentences, max_entities=max_entities),
                               on_problem=lambda p: _err(str(p)), scheduler=scheduler if executor == "dask" else None,
                               on_document=progress.advance)
    if not report.documents and report.problems:  # each was reported; nothing was written
        raise typer.Exit(2)
    if not report.documents:
        raise UsageError(f"{' '.join(inputs)}: no documents were read (.txt, .html, .htm, .jsonl); "
                         f"{out} was not written")
    if not quiet:
        print(f"wrote {out}\n{report.summary()}")
    if report.problems:
        raise typer.Exit(2)


@app.command()
def add(
    store: Annotated[str, typer.Argument(help="store directory (created when missing) or SPARQL endpoint URL")],
    inputs: Annotated[list[str], typer.Argument(help="files, directories or -")],
    published: Published = None,
    base: Base = DEFAULT_BASE,
    workers: Workers = 1,
    max_bytes: MaxBytes = None,
    max_token: MaxToken = None,
    max_sentences: MaxSentences = None,
    max_entities: MaxEntities = None,
    quiet: Quiet = False,
) -> None:
    """Load INPUT... into a persistent store, idempotently (a document's graph is replaced whole)."""
    from kg.api import add_to_store
    from kg.progress import bar, count_documents, wanted
    from kg.remote import is_endpoint

    _check_base(base)
    published = _published(published)
    local = not is_endpoint(store)
    if local and Path(store).exists() and not Path(store).is_dir():
        raise InputError(store, "is a file, not a store directory (kg add makes a directory)")
    try:
        with bar(f"adding to {store}", count_documents(inputs) if wanted(quiet) else None, quiet=quiet) as progress:
            report = add_to_store(store, inputs, published=published, base=base, workers=workers, max_bytes=max_bytes,
                                  limits=dict(max_token=max_token, max_sentences=max_sentences, max_entities=max_entities),
                                  on_problem=lambda p: _err(str(p)), on_document=progress.advance)
    except OSError as exc:
        if not local or exc.errno is not None:
            raise
        message = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        if "lock" in message.lower():
            raise InputError(store, "the store is in use by another process (locked); try again when it ends") from None
        raise InputError(store, f"cannot open the store: {message}") from None
    if not quiet:
        print(f"{store}: {report.summary()}")
    if report.problems:
        raise typer.Exit(2)


@app.command()
def query(
    source: Annotated[Optional[str], typer.Argument(help="RDF file, store directory or SPARQL endpoint URL")] = None,
    query_: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="SPARQL text, a .rq file or a bundled query name")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE (value <iri> or a string)")] = None,
    list_: Annotated[bool, typer.Option("--list", help="list the bundled queries")] = False,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="allow SPARQL Update")] = False,
    allow_service: Annotated[bool, typer.Option("--allow-service",
                                                help="allow SERVICE and LOAD (requests to other servers)")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no row count under a table")] = False,
) -> None:
    """Run a SPARQL query over SOURCE (the union of its graphs)."""
    from kg import query as q
    from kg.store import open_source

    if list_:
        for name, bq in q.bundled_queries().items():
            params = f"  [params: {', '.join(bq.params)}]" if bq.params else ""
            print(f"{name:22} {bq.description}{params}")
        return
    if source is None or query_ is None:
        raise UsageError("kg query SOURCE QUERY (or kg query --list)")
    if format not in ("table", "csv", "json"):
        raise UsageError(f"--format {format}: use table, csv or json")
    text = q.resolve_query(query_)
    params = q.parse_params(param or [])
    store = open_source(source, writable=allow_update)
    result = _interruptible(lambda: q.run_query(store, text, params, allow_update=allow_update,
                                                allow_service=allow_service))
    if allow_update and Path(source).is_dir():
        store.flush()  # an update leaves nothing only in the write-ahead log (see kg.api.add_to_store)
    if format == "csv":
        sys.stdout.write(q.to_csv(result))
    elif format == "json":
        print(q.to_json(result))
    else:
        _print_table(result, quiet=quiet)


def _interruptible(work):
    """Run ``work`` in a helper thread and wait for it here, so that Ctrl-C and SIGTERM are seen
    while a long query runs in native code (a signal handler only runs in the main thread, and
    only between Python instructions). The abandoned thread is a daemon: exiting ends it."""
    import threading

    box: dict = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the main thread
            # without its frames: pyoxigraph's query solutions must be dropped in this thread
            link: BaseException | None = exc
            seen: set[int] = set()
            while link is not None and id(link) not in seen:
                seen.add(id(link))
                link.__traceback__ = None
                link = link.__context__ or link.__cause__
            box["error"] = exc

    thread = threading.Thread(target=target, name="kg-query", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.1)
    if "error" in box:
        raise box["error"]
    return box["value"]


def _print_table(result, quiet: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    from kg.query import term_text
    from kg.safety import terminal_safe

    console = Console(highlight=False, markup=False, soft_wrap=True)
    if result.boolean is not None:
        console.print(str(result.boolean).lower())
        return
    table = Table(*result.variables)
    for row in result.rows:
        table.add_row(*[terminal_safe(term_text(row[v])) for v in result.variables])
    console.print(table)
    if not quiet:
        console.print(f"{len(result.rows)} rows")


@app.command()
def viz(
    source: Annotated[str, typer.Argument(help="RDF file or store directory")],
    out: Annotated[Path, typer.Option("-o", "--out", help="output .html")],
    max_nodes: Annotated[int, typer.Option(min=0, help="most actors drawn, kept as whole neighbourhoods of the busiest; 0 for all")] = 400,
    title: Annotated[str, typer.Option(help="page title")] = "geokg network",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary")] = False,
) -> None:
    """Write the interactive page of SOURCE: actor network, timeline, map and events (one self-contained HTML file, works offline)."""
    from kg.io import check_output
    from kg.store import open_source
    from kg.viz import write_network

    check_output(out, [source])
    data = write_network(open_source(source), out, max_nodes=max_nodes or None, title=title)
    left = data.omitted
    if not quiet:
        print(f"wrote {out}: {len(data.actors)} actors, {len(data.events)} events" +
              (f"; left out {left['actors']} actors and {left['events']} events (--max-nodes {max_nodes})" if left["actors"] else ""))


@app.command()
def validate(source: Annotated[str, typer.Argument(help="RDF file or store directory")],
             verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
             quiet: Annotated[bool, typer.Option("--quiet", "-q", help="nothing printed: the exit code says")] = False) -> None:
    """Check SOURCE against ontology/shapes.ttl (SHACL) and the mention-offset invariant."""
    from kg.progress import bar
    from kg.store import open_source
    from kg.validate import validate_store

    with bar(f"reading {source}", 2, quiet=quiet) as progress:
        store = open_source(source)
        progress.step(f"validating {source}")
        report = validate_store(store)
        progress.advance()
    if report.conforms:
        if not quiet:
            print("conforms")
        return
    if quiet:
        raise typer.Exit(1)
    # one line per kind of violation: its count and three examples (--verbose: every one)
    print(report.text)
    if verbose:
        for v in report.violations:
            print(f"{v.kind}\t{v.focus}" + (f"\t{v.value}" if v.value is not None else ""))
        for line in report.anchor_errors:
            print(line)
    raise typer.Exit(1)


@app.command()
def export(
    source: Annotated[str, typer.Argument(help="RDF file, store directory or SPARQL endpoint URL")],
    out: Annotated[Path, typer.Option("-o", "--out", help="output: .csv, .parquet, .geojson or .graphml")],
    quiet: Quiet = False,
) -> None:
    """Write one row per event (.csv, .parquet), the events with a place (.geojson) or the
    actor network (.graphml, for Gephi). Multi-valued cells are joined with " | "."""
    from kg.export import STEPS, check_format, export as write
    from kg.io import check_output
    from kg.progress import bar
    from kg.store import open_source

    check_format(out)

    check_output(out, [source])
    with bar(f"reading {source}", len(STEPS) + 2, quiet=quiet) as progress:
        store = open_source(source)
        progress.step("reading events")
        n = write(store, out, progress=lambda step: progress.step(f"read {step}"))
        progress.step(f"wrote {out.name}")
    if not quiet:
        what = {".geojson": "events with a place", ".graphml": "actor-network edges"}.get(out.suffix.lower(), "events")
        print(f"wrote {out}: {n} {what}")


@app.command()
def serve(
    source: Annotated[str, typer.Argument(help="RDF file, store directory or SPARQL endpoint URL")],
    host: Annotated[str, typer.Option(help="address to listen on (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port (0: any free one)")] = 7878,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no banner, no request log")] = False,
) -> None:
    """Serve SOURCE as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/query: the graph
    kg query sees; updates are refused."""
    from kg.serve import serve as run_server
    from kg.store import open_source

    store = open_source(source)
    try:
        run_server(store, host, port, quiet=quiet)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None


def _need_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError("--executor dask needs the dask extra: pip install 'geokg[dask]'") from None


def _check_base(base: str) -> None:
    """An absolute IRI ending in / or #, with nothing an IRI may not hold (checked before work)."""
    import re

    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]", base):
        raise UsageError(f"--base {base!r}: not an absolute IRI ending in / or # "
                         "(e.g. https://example.org/id/)")


def _version_callback(value: bool) -> None:
    if value:
        from kg import __version__

        print(f"kg (geokg) {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                                     help="print the version and exit")] = False) -> None:
    """geokg: geopolitical event knowledge graphs from news, traceable to the characters."""


def _is_click_exception(exc: BaseException, name: str) -> bool:
    """Typer bundles its own copy of click (typer._click) and older Typers use the click package:
    recognise either by class name rather than importing one of them."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def _os_error_line(exc: OSError) -> str | None:
    """One line for an operating-system error about a named file (full disk, read-only file
    system, permission, name too long), or None when it names nothing."""
    import errno

    if exc.filename is None or exc.errno is None:
        if exc.errno == errno.ENOSPC:
            return "no space left on the device; outputs were left as they were"
        return None
    return f"{exc.filename}: {exc.strerror or os.strerror(exc.errno)}"


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def _collector_paused():
    """The cyclic garbage collector paused while a command imports its modules (spaCy, thinc,
    numpy, geokg's own): every object made then lives as long as the process, yet the collector
    walked them in full collections as they piled up (two on AG News 800, ~0.09 CPU-s) and in its
    young ones. After them, they leave its generations (``gc.freeze``), as the pipeline's objects
    do once loaded (kg.nlp.shared_pipeline), so no later full collection walks them either."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what the imports made leaves the collector's generations
        if paused:
            gc.enable()


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code: 0 success, 1 does not conform, 2 bad input or
    usage (one line naming it), 3 an internal error, 130/143 interrupted (Ctrl-C / SIGTERM)."""
    from kg.io import remove_temporaries

    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        _err("no command given: kg build|add|query|viz|validate ... (kg --help shows them)")
        return 2
    try:
        return _main(args)
    finally:  # whatever a signal or an error interrupted, no temporary output file stays behind
        remove_temporaries()


def _main(args: list[str]) -> int:
    from kg.io import Terminated, install_signal_handlers

    install_signal_handlers()
    try:
        rv = app(args=args, standalone_mode=False, prog_name="kg")
        if isinstance(rv, int):
            return rv
    except GeokgError as exc:
        _err(str(exc))
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except BrokenPipeError:  # the reader went away (kg query ... | head -1): not an error of ours
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Terminated as exc:
        _err("terminated")
        return 128 + exc.signum
    except Exception as exc:
        if _is_click_exception(exc, "Exit"):
            return getattr(exc, "exit_code", 0)
        if _is_click_exception(exc, "Abort"):
            if isinstance(exc.__context__, BrokenPipeError):
                _quiet_stdout()
                return 0
            _err("interrupted")
            return 130
        if _is_click_exception(exc, "ClickException"):  # usage errors: unknown command, missing option...
            _err(exc.format_message().replace("\n", " "))
            return 2
        if isinstance(exc, OSError) and (line := _os_error_line(exc)):
            _err(line)
            return 2
        if os.environ.get("GEOKG_DEBUG"):
            raise
        _err(f"internal error: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''} (GEOKG_DEBUG=1 shows the traceback)")
        return 3
    return 0


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())


if __name__ == "__main__":
    run()
