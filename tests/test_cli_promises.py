"""The command line's promises (issue 16): exit 2 and one line on standard error naming the input
for every bad input or usage, never a traceback or exit 3; outputs never worse than before the
command; signals handled. Most cases run ``kg.cli.main`` in this process (fast); the signal and
pipe cases need a real process."""

from __future__ import annotations

import gzip
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main

TINY = """@prefix ex: <https://example.org/> .
ex:g { ex:a ex:p "one" . ex:b ex:p "two" . ex:c ex:p "three" . }
"""


@pytest.fixture
def tiny(tmp_path) -> Path:
    path = tmp_path / "tiny.trig"
    path.write_text(TINY, encoding="utf-8")
    return path


def kg(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# (promise, arguments with {tmp} and {tiny} placeholders, exit code, text the one line must hold)
USAGE = [
    ("an unknown command is a usage error", ["frob"], 2, "frob"),
    ("a missing required option is a usage error", ["build", "x.txt"], 2, "--out"),
    ("bare kg names the commands", [], 2, "kg build"),
    ("an option missing its value", ["query", "--format"], 2, "--format"),
    ("an unknown option", ["viz", "--frob"], 2, "--frob"),
    ("query text longer than a path is not tried as a path",
     ["query", "{tiny}", "SELECT ?s WHERE { ?s ?p ?o FILTER(STR(?s) = '" + "a" * 400 + "') }"], 0, None),
    ("a .rq file that is not UTF-8", ["query", "{tiny}", "{tmp}/latin1.rq"], 2, "latin1.rq"),
    ("an output that is a directory, refused before reading any input",
     ["build", "{tmp}/missing.txt", "-o", "{tmp}/adir"], 2, "adir"),
    ("an output below a file cannot be written, refused before reading any input",
     ["build", "{tmp}/missing.txt", "-o", "{tmp}/afile/g.trig"], 2, "afile/g.trig"),
    ("a STORE that is a file", ["add", "{tmp}/afile", "{tmp}/missing.txt"], 2, "afile"),
    ("an invalid --base", ["build", "{tmp}/missing.txt", "-o", "{tmp}/g.trig", "--base", "not an iri"], 2, "--base"),
    ("an invalid --base for kg add", ["add", "{tmp}/st", "{tmp}/missing.txt", "--base", "x"], 2, "--base"),
    ("an input that is also the output", ["build", "{tiny}", "-o", "{tiny}"], 2, "also an input"),
    ("viz over its own source", ["viz", "{tiny}", "-o", "{tiny}"], 2, "also an input"),
    ("nothing built: the missing input named, no output", ["build", "{tmp}/missing.txt", "-o", "{tmp}/g.trig"], 2,
     "missing.txt"),
    ("nothing built: an empty directory", ["build", "{tmp}/adir", "-o", "{tmp}/g.trig"], 2, "no documents"),
]


@pytest.mark.parametrize("promise,args,code,text", USAGE, ids=[case[0] for case in USAGE])
def test_usage_and_bad_input(capsys, tmp_path, tiny, promise, args, code, text):
    (tmp_path / "latin1.rq").write_bytes("SELECT * WHERE { ?s ?p 'caf\xe9' }".encode("latin-1"))
    (tmp_path / "adir").mkdir()
    (tmp_path / "afile").write_text("not a directory", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)).replace("{tiny}", str(tiny)) for a in args]
    before = tiny.read_bytes()
    rc, out, err = kg(capsys, *args)
    assert rc == code, (promise, err)
    if text is not None:
        assert text in one_line(err), promise
    assert tiny.read_bytes() == before, "an existing file was replaced"
    assert not (tmp_path / "g.trig").exists(), "a failed build left an output"
    assert not list(tmp_path.glob(".*.tmp"))


def test_version(capsys):
    from kg import __version__

    rc, out, err = kg(capsys, "--version")
    assert rc == 0 and out.strip() == f"kg (geokg) {__version__}" and __version__ != "0+unknown"


@pytest.mark.parametrize("inputs", [["{tmp}/missing.txt"], ["{tmp}/pages"], ["{out}"]],
                         ids=["missing input", "directory of .html.gz pages", "output as input"])
def test_an_existing_graph_is_never_replaced_by_nothing(capsys, tmp_path, inputs):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html.gz").write_bytes(gzip.compress(b"<html><body><p>Seoul said on Monday.</p></body></html>"))
    out = tmp_path / "graph.trig"
    out.write_text(TINY, encoding="utf-8")
    rc, _, err = kg(capsys, "build", *[i.replace("{tmp}", str(tmp_path)).replace("{out}", str(out)) for i in inputs],
                    "-o", out)
    assert rc == 2 and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == TINY


def test_html_gz_pages_are_reported_not_silently_skipped(capsys, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html.gz").write_bytes(gzip.compress(b"<html><body><p>Seoul said on Monday.</p></body></html>"))
    rc, _, err = kg(capsys, "build", pages, "-o", tmp_path / "g.trig")
    assert rc == 2 and "a.html.gz" in err


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_outputs_honour_the_umask(capsys, tmp_path, tiny, mask, mode):
    old = os.umask(mask)
    try:
        rc, _, err = kg(capsys, "viz", tiny, "-o", tmp_path / "g.html")
    finally:
        os.umask(old)
    assert rc == 0, err
    assert (tmp_path / "g.html").stat().st_mode & 0o777 == mode


def test_a_full_disk_is_exit_2_naming_the_output(capsys, tmp_path, tiny):
    """A file-size limit makes writes fail like a full disk (EFBIG instead of ENOSPC)."""
    out = tmp_path / "g.html"
    out.write_text("previous", encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        rc, _, err = kg(capsys, "viz", tiny, "-o", out)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
    assert rc == 2 and str(out) in one_line(err)
    assert out.read_text(encoding="utf-8") == "previous"
    assert not list(tmp_path.glob(".*.tmp"))


def test_full_disk_unit(tmp_path, monkeypatch):
    """ENOSPC itself, from the atomic writer: an InputError naming the output, nothing left."""
    import errno

    from kg.errors import InputError
    from kg.io import AtomicWriter

    out = tmp_path / "g.nq"
    with pytest.raises(InputError, match="g.nq"):
        with AtomicWriter(out) as handle:
            handle.write(b"x")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))


def test_a_locked_store_is_exit_2(capsys, tmp_path):
    import pyoxigraph as ox

    holder = ox.Store(str(tmp_path / "st"))  # holds the store's lock, as another kg add would
    rc, _, err = kg(capsys, "add", tmp_path / "st", tmp_path / "missing.txt")
    del holder
    assert rc == 2 and "locked" in one_line(err) and str(tmp_path / "st") in err


def test_invalid_base_prints_no_rdflib_warnings(capsys, tmp_path):
    rc, _, err = kg(capsys, "build", tmp_path / "missing.txt", "-o", tmp_path / "g.trig", "--base", "https://x/a b/")
    assert rc == 2 and "--base" in one_line(err)


def test_dask_executor_without_the_extra(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    rc, _, err = kg(capsys, "build", tmp_path / "missing.txt", "-o", tmp_path / "g.trig", "--executor", "dask",
                    "--scheduler", "tcp://127.0.0.1:1")
    assert rc == 2 and "geokg[dask]" in one_line(err)


# ---- real processes: signals and pipes ----

ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
KG = [sys.executable, "-m", "kg"]
SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "data" / "samples"


def _interruptible() -> None:
    # a command a non-interactive shell starts in the background (as a CI runner may start the
    # tests) inherits SIGINT ignored, and Python then never turns Ctrl-C into KeyboardInterrupt:
    # the child gets the default a terminal user has
    signal.signal(signal.SIGINT, signal.default_int_handler)


def start(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen([*KG, *map(str, args)], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_interruptible, **kw)


def wait_for(predicate, limit: float = 120.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_removes_temporary_files(tmp_path, signum):
    out = tmp_path / "g.trig"
    proc = start("build", SAMPLES, "-o", out)
    try:
        assert wait_for(lambda: list(tmp_path.glob(".g.trig.*.tmp")) or proc.poll() is not None)
        assert proc.poll() is None, "the build ended before the signal"
        proc.send_signal(signum)
        proc.wait(60)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signum
    assert not list(tmp_path.glob(".*.tmp")) and not out.exists()
    assert "Traceback" not in proc.stderr.read().decode()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("nth", [1, 2], ids=["output-probe", "output-writer"])
def test_a_signal_right_after_a_temporary_file_is_made_leaves_none(tmp_path, monkeypatch, signum, nth):
    """The race the test above can only hit by luck, made certain: the signal arrives the moment
    the nth temporary file of a build exists (1: the probe of the output's directory, 2: the
    output being written), before any block that would remove it has begun."""
    import tempfile

    made: list[str] = []
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        made.append(name)
        if len(made) == nth:
            signal.raise_signal(signum)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    # Ctrl-C raises KeyboardInterrupt, as in a command-line process (an earlier test of the whole
    # suite can leave this process's SIGINT ignored: then the signal would do nothing)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    out = tmp_path / "g.trig"
    try:
        code = main(["build", str(SAMPLES), "-o", str(out), "-q"])
    finally:
        monkeypatch.undo()
        signal.signal(signal.SIGINT, before)
    assert len(made) == nth and Path(made[-1]).parent == tmp_path
    assert code == 128 + signum
    assert not list(tmp_path.glob(".*.tmp")) and not out.exists()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_workers_die_with_their_parent(tmp_path, signum):
    proc = start("build", SAMPLES, "-o", tmp_path / "g.trig", "--workers", "2")
    workers: list[int] = []
    try:
        assert wait_for(lambda: len(children(proc.pid)) >= 2 or proc.poll() is not None)
        workers = children(proc.pid)
        assert len(workers) >= 2, "no workers started"
        time.sleep(0.5)
        proc.send_signal(signum)
        proc.wait(60)
        gone = wait_for(lambda: not any(alive(w) for w in workers), 30)
    finally:
        proc.kill()
        for w in workers:  # never leave them behind, even when the test fails
            if alive(w):
                os.kill(w, signal.SIGKILL)
    assert gone, "workers outlived their parent"


def test_ctrl_c_interrupts_a_long_local_query(tmp_path, tiny):
    # the cross product of 30 triples with themselves 7 times: hours of work, far longer than we wait
    graph = tmp_path / "thirty.nt"
    graph.write_text("".join(f'<https://example.org/s{i}> <https://example.org/p> "{i}" .\n' for i in range(30)),
                     encoding="utf-8")
    query = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(7)) + " }"
    warm = subprocess.run([*KG, "query", tiny, "ASK { ?s ?p ?o }"], env=ENV, capture_output=True, timeout=300)
    assert warm.returncode == 0
    started = time.monotonic()
    subprocess.run([*KG, "--version"], env=ENV, capture_output=True, timeout=300)
    startup = time.monotonic() - started
    proc = start("query", graph, query)
    try:
        time.sleep(2 * startup + 2)  # the query is running by now
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in proc.stderr.read().decode()


def test_a_broken_pipe_is_not_an_error(tmp_path):
    big = tmp_path / "big.nt"
    big.write_text("".join(f'<https://example.org/s{i}> <https://example.org/p> "{i}" .\n' for i in range(20000)),
                   encoding="utf-8")
    proc = subprocess.Popen([*KG, "query", big, "SELECT ?s ?o WHERE { ?s ?p ?o }", "--format", "csv"], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    proc.wait(120)
    err = proc.stderr.read().decode()
    assert proc.returncode == 0 and err == "", err
