"""Read inputs into :class:`Document` records: ``.txt``, ``.html``/``.htm``, ``.jsonl``,
directories (recursively, in sorted order, never following directory links) and standard input
(JSON Lines).

Readers never raise for a bad input: they yield an :class:`InputProblem` naming it, so one bad
file never stops a batch.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kg.ingest.document import Document, InputProblem
from kg.ingest.html import extract_html
from kg.ingest.junk import find_junk

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
COMPRESSED = {".gz", ".bz2", ".xz", ".zst", ".zip"}

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How inputs are read, and the limits that bound the work one document can cause (each
    refused with one line naming the input and the option that raises the limit):

    * ``max_bytes``: the bytes of a file or a JSON Lines line (``--max-bytes``);
    * ``max_token``: the characters of a run without white space (``--max-token``): no word or
      URL comes close, a longer one is data, not prose;
    * ``max_sentences``: the sentences, counted before parsing as line breaks plus ``.``, ``!``
      and ``?`` followed by a space (``--max-sentences``);
    * ``max_entities``: the entity mentions found in a document, checked after recognition and
      before resolution and the graph (``--max-entities``)."""

    published: str | None = None  # default date for documents that carry none
    max_bytes: int = 10 * 1024 * 1024
    max_token: int = 10_000
    max_sentences: int = 100_000
    max_entities: int = 100_000

    @classmethod
    def of(cls, published: str | None = None, max_bytes: int | None = None, **limits: int | None) -> "IngestOptions":
        """Options from command-line values, keeping the default of each limit not given."""
        given = {k: v for k, v in {"max_bytes": max_bytes, **limits}.items() if v}
        return cls(published=published, **given)


_LONG_TOKEN: dict[int, re.Pattern] = {}


def check_limits(text: str, opts: "IngestOptions") -> None:
    """Raise ValueError (one line) when ``text`` passes a limit of ``opts``. Linear in the text:
    the long-token search starts only where a run of non-space characters starts."""
    pattern = _LONG_TOKEN.get(opts.max_token)
    if pattern is None:
        pattern = _LONG_TOKEN[opts.max_token] = re.compile(rf"(?<!\S)\S{{{opts.max_token + 1}}}")
    m = pattern.search(text)
    if m:
        raise ValueError(f"a run of over {opts.max_token} characters without white space at character "
                         f"{m.start()}, over the limit (--max-token)")
    sentences = text.count("\n") + text.count(". ") + text.count("! ") + text.count("? ") + 1
    if sentences > opts.max_sentences:
        raise ValueError(f"about {sentences} sentences, over the limit of {opts.max_sentences} (--max-sentences)")


Item = Document | InputProblem


def normalise_date(value: object) -> str | None:
    """Return ``value`` as an ISO date or date-time string, or raise ValueError."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None


def decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Raise ValueError else."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ValueError(f"not a text file (looks like {what})")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(f"invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        raise ValueError("not a text file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 at byte {exc.start}") from None


def make_document(text: str, source: str, meta: dict | None = None, opts: IngestOptions | None = None) -> Document:
    """Build a document from its text, marking junk spans. ``meta`` holds the contract fields;
    the text must pass the limits of ``opts`` (the defaults when none are given)."""
    meta = meta or {}
    if not text.strip():
        raise ValueError("empty document (no text)")
    check_limits(text, opts or IngestOptions())
    junk, byline = find_junk(text)
    return Document(
        text=text,
        source=source,
        id=_opt_str(meta.get("id")),
        url=_opt_str(meta.get("url")),
        title=_opt_str(meta.get("title")),
        published=normalise_date(meta.get("published")),
        author=_opt_str(meta.get("author")) or byline,
        publisher=_opt_str(meta.get("source") or meta.get("publisher")),
        junk=tuple(junk),
    )


def has_article(text: str, min_words: int = 5) -> bool:
    """Main-text extraction falls back to whatever text a page has ("Home"); fewer than
    ``min_words`` words is no article."""
    return len(text.split()) >= min_words


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_bytes(path: Path, opts: IngestOptions) -> bytes:
    size = path.stat().st_size
    if size > opts.max_bytes:
        raise ValueError(f"file is {size} bytes, over the limit of {opts.max_bytes} (--max-bytes)")
    return path.read_bytes()


def read_text_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    try:
        text = decode_text(_read_bytes(path, opts))
        yield make_document(text, str(path), {"published": opts.published}, opts)
    except (OSError, ValueError) as exc:
        yield InputProblem(str(path), _describe(exc))


def read_html_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    try:
        html = decode_text(_read_bytes(path, opts))
        text, meta = extract_html(html)
        if not has_article(text):
            raise ValueError("no article text found in the page")
        meta.setdefault("published", opts.published)
        if meta.get("published") is None:
            meta["published"] = opts.published
        yield make_document(text, str(path), meta, opts)
    except (OSError, ValueError) as exc:
        yield InputProblem(str(path), _describe(exc))


def read_jsonl_stream(stream: IO[bytes], name: str, opts: IngestOptions) -> Iterator[Item]:
    for lineno, raw in enumerate(stream, start=1):
        source = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            if len(raw) > opts.max_bytes:
                raise ValueError(f"line is {len(raw)} bytes, over the limit of {opts.max_bytes}")
            try:
                record = json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ValueError(f"malformed JSON ({exc.__class__.__name__}: {_first_line(exc)})") from None
            except RecursionError:  # "[[[[…" a hundred thousand deep: Python's parser recurses
                raise ValueError("malformed JSON (nested too deeply)") from None
            if not isinstance(record, dict):
                raise ValueError("a JSON Lines record must be an object")
            _refuse_surrogates(record)
            yield _record_document(record, source, opts)
        except ValueError as exc:
            yield InputProblem(source, _describe(exc))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_surrogates(record: dict) -> None:
    """JSON may escape a lone UTF-16 surrogate (``"\\ud800"``), which is no character: no UTF-8
    text, hash or RDF literal can hold it. Such a record is refused, naming the field."""
    stack: list[tuple[str, object]] = list(record.items())
    while stack:
        key, value = stack.pop()
        if isinstance(value, str):
            m = _SURROGATE.search(value)
            if m:
                raise ValueError(f"field {key!r} holds a lone surrogate (\\u{ord(m.group()):04x} at index "
                                 f"{m.start()}), which is not text")
        elif isinstance(value, dict):
            stack.extend((f"{key}.{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{key}[{i}]", v) for i, v in enumerate(value))
    for key in record:
        if _SURROGATE.search(key):
            raise ValueError("a field name holds a lone surrogate, which is not text")


def _record_document(record: dict, source: str, opts: IngestOptions) -> Document:
    meta = dict(record)
    if meta.get("published") in (None, ""):
        meta["published"] = opts.published
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        return make_document(text, source, meta, opts)
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        body, page_meta = extract_html(html)
        if not has_article(body):
            raise ValueError("no article text found in the record's html")
        for key, value in page_meta.items():
            if meta.get(key) in (None, ""):
                meta[key] = value
        return make_document(body, source, meta, opts)
    raise ValueError("record has no 'text' (or 'html')")


def read_jsonl_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    try:
        with path.open("rb") as handle:
            yield from read_jsonl_stream(handle, str(path), opts)
    except OSError as exc:
        yield InputProblem(str(path), _describe(exc))


def read_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, opts)
    elif suffix in HTML_SUFFIXES:
        yield from read_html_file(path, opts)
    elif suffix in TEXT_SUFFIXES:
        yield from read_text_file(path, opts)
    else:
        yield InputProblem(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .html, .htm or .jsonl")


def walk_directory(root: Path) -> Iterator[Path | InputProblem]:
    """Files of supported types below ``root`` in sorted order; directory links are not followed,
    so a link loop cannot recurse. Unreadable sub-directories are reported."""
    problems: list[InputProblem] = []

    def onerror(exc: OSError) -> None:
        problems.append(InputProblem(str(exc.filename or root), _describe(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.suffix.lower() in SUPPORTED:
                yield path
            elif path.suffix.lower() in COMPRESSED and Path(path.stem).suffix.lower() in SUPPORTED:
                # reported, not silently skipped (a directory of .html.gz pages built 0 documents)
                yield InputProblem(str(path), f"compressed input is not read; decompress it first "
                                              f"(e.g. gunzip -r {root})")
    yield from problems


def read_inputs(inputs: Iterable[str], opts: IngestOptions | None = None, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Yield documents and problems for each input: a file, a directory or ``-``."""
    opts = opts or IngestOptions()
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl_stream(stream, "<stdin>", opts)
            continue
        path = Path(name)
        if not path.exists():
            yield InputProblem(name, "no such file or directory")
        elif path.is_dir():
            for entry in walk_directory(path):
                if isinstance(entry, InputProblem):
                    yield entry
                else:
                    yield from read_file(entry, opts)
        else:
            yield from read_file(path, opts)


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


def _describe(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, OSError):
        return exc.strerror or _first_line(exc)
    return _first_line(exc)
