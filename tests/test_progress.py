"""Feedback on long work: a progress bar on standard error only when it is a terminal, and
--quiet on every command."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import app, main
from kg.progress import count_documents, wanted
from kg.resources import samples_dir

ROOT = Path(__file__).resolve().parents[1]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wanted(stream=_Terminal())
    assert not wanted(stream=io.StringIO())          # a pipe, a file, pytest's capture
    assert not wanted(quiet=True, stream=_Terminal())
    monkeypatch.setenv("CI", "true")
    assert not wanted(stream=_Terminal())            # CI logs are no terminal even under a pty


def test_count_documents(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("c", encoding="utf-8")
    (tmp_path / "sub" / "d.html").write_text("<p>d</p>", encoding="utf-8")
    (tmp_path / "sub" / ".e.txt").write_text("e", encoding="utf-8")  # ingest reads dotfiles too
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 5
    assert count_documents([str(tmp_path / "a.jsonl"), "-"]) is None
    assert count_documents([str(samples_dir())]) == 5


def _under_a_terminal(argv: list[str]) -> tuple[int, str, str]:
    """Run kg with standard error on a pseudo-terminal; (exit code, stdout, what the terminal got)."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(TERM="xterm", COLUMNS="100", PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *argv], stdout=subprocess.PIPE, stderr=slave,
                            stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
    os.close(slave)
    seen = bytearray()
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the other end closed
                    break
                if not chunk:
                    break
                seen += chunk
            elif proc.poll() is not None:
                break
        out = proc.stdout.read().decode()
        proc.wait(timeout=60)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, out, seen.decode("utf-8", "replace")


@pytest.mark.slow
def test_export_draws_a_bar_on_a_terminal_and_none_when_quiet(samples_file, tmp_path):
    code, out, terminal = _under_a_terminal(["export", str(samples_file), "-o", str(tmp_path / "a.csv")])
    assert code == 0 and "wrote" in out
    assert "\x1b[" in terminal and ("reading" in terminal or "read " in terminal)
    code, out, terminal = _under_a_terminal(["export", str(samples_file), "-o", str(tmp_path / "b.csv"), "--quiet"])
    assert code == 0 and out == "" and terminal == ""
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_every_command_has_quiet():
    import typer.main

    group = typer.main.get_group(app)
    assert {"build", "add", "query", "viz", "validate", "export", "serve"} <= set(group.commands)
    for name, command in group.commands.items():
        assert any("--quiet" in p.opts for p in command.params), name


@pytest.fixture(scope="module")
def seed_jsonl() -> str:
    return str(samples_dir() / "seed.jsonl")


def test_quiet_commands_print_nothing(seed_file, seed_jsonl, tmp_path, capsys):
    runs = [
        ["build", seed_jsonl, "-o", str(tmp_path / "g.trig"), "--quiet"],
        ["add", str(tmp_path / "store"), seed_jsonl, "--quiet"],
        ["viz", str(seed_file), "-o", str(tmp_path / "g.html"), "--quiet"],
        ["validate", str(seed_file), "--quiet"],
        ["export", str(seed_file), "-o", str(tmp_path / "e.csv"), "--quiet"],
        ["query", str(seed_file), "weapon-tests", "-f", "csv", "--quiet"],
    ]
    for argv in runs:
        capsys.readouterr()
        assert main(argv) == 0, argv
        out, err = capsys.readouterr()
        assert err == "", argv
        if argv[0] == "query":
            assert out.startswith("event,") and out.count("\n") >= 2  # the answer itself is still printed
        else:
            assert out == "", argv
    assert (tmp_path / "g.trig").stat().st_size and (tmp_path / "g.html").stat().st_size
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").startswith("event,type,")


def test_quiet_query_table_has_no_row_count(seed_file, capsys):
    assert main(["query", str(seed_file), "weapon-tests"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("rows")
    assert main(["query", str(seed_file), "weapon-tests", "--quiet"]) == 0
    assert not capsys.readouterr().out.rstrip().endswith("rows")


def test_build_and_add_call_on_document_once_per_document(seed_jsonl, tmp_path):
    from kg.api import add_to_store
    from kg.pipeline import build_to_file

    calls: list[str] = []
    report = build_to_file([seed_jsonl, str(samples_dir() / "ecbplus-12_1ecb.txt")], tmp_path / "g.nq",
                           on_document=lambda: calls.append("build"))
    assert report.documents == 2 and calls == ["build", "build"]
    add_to_store(tmp_path / "store", [seed_jsonl], on_document=lambda: calls.append("add"))
    assert calls == ["build", "build", "add"]
