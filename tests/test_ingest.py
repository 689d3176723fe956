from __future__ import annotations

import io
import json

import pytest

from kg.extract.dates import published_date, resolve_date
from kg.ingest import InputProblem, make_document, read_inputs
from kg.ingest.junk import find_junk

JUNK_CASES = [
    ("Spread the love", "share"),
    ("200% Deposit Bonus up to €3,000 180% First Deposit Bonus up to $20,000", "ad"),
    ("Photo released by the agency of the test on October 31, 2024 © KCNA VIA KNS – STR", "caption"),
    ("bur-lpa-rr-lb/bpe", "agency"),
    ("All rights reserved. © (2024) Agence France-Presse", "copyright"),
]


@pytest.mark.parametrize("line,kind", JUNK_CASES)
def test_junk_lines(line, kind):
    text = f"Seoul said talks would resume.\n\n{line}\n\nThe ministry said more later.\n"
    spans, _ = find_junk(text)
    assert [(text[s.start:s.end], s.kind) for s in spans] == [(line, kind)]


def test_article_sentences_are_not_junk():
    text = "North Korea fired a missile on Thursday, the Joint Chiefs of Staff said.\n\nThe UN condemned it.\n"
    assert find_junk(text)[0] == []


def test_byline_and_bio_are_junk_and_author_kept():
    text = ("Troops moved north.\n\nAll rights reserved.\n\nJane Roe\n\nBy Jane Roe\n\n"
            "Jane Roe has been a reporter since 2013. She wrote for the Village Voice.\n")
    spans, author = find_junk(text)
    assert author == "Jane Roe"
    kinds = {text[s.start:s.end]: s.kind for s in spans}
    assert kinds["By Jane Roe"] == "byline"
    assert kinds["Jane Roe"] == "byline"
    assert kinds["Jane Roe has been a reporter since 2013. She wrote for the Village Voice."] == "bio"
    assert "Troops moved north." not in kinds


def test_bylines_are_marked_once_and_repeated_lines_after_their_first():
    text = ("By Jane Roe\n\nTroops moved north into the valley today.\n\nBy Jane Roe\n\n"
            "Troops moved north into the valley today.\n\nShort line.\n\nShort line.\n\n"
            "Troops  moved north into the valley TODAY.\n")
    spans, author = find_junk(text)
    assert author == "Jane Roe"
    second = text.index("By Jane Roe", 1)
    assert [(s.start, text[s.start:s.end], s.kind) for s in spans] == [
        (0, "By Jane Roe", "byline"), (second, "By Jane Roe", "byline"),
        (second + 13, "Troops moved north into the valley today.", "repeat"),
        (text.index("Troops  moved"), "Troops  moved north into the valley TODAY.", "repeat")]


def test_text_is_never_rewritten():
    text = "Spread the love\n\nPyongyang fired a missile.\n"
    doc = make_document(text, "x")
    assert doc.text == text
    assert doc.in_junk(0, 5) and not doc.in_junk(17, 26)


# junk spans (unsorted, nested, overlapping, touching) and the spans asked about: whether one
# overlaps is what a scan of every junk span answers
_JUNK = [(40, 50), (0, 5), (10, 30), (12, 14), (29, 31), (50, 51), (60, 61), (45, 70)]


@pytest.mark.parametrize("junk", [_JUNK, _JUNK[:1], _JUNK[2:4], _JUNK[::-1], [(3, 3)], [(5, 9), (0, 2), (1, 4)]])
def test_in_junk_is_whether_any_junk_span_overlaps(junk):
    from kg.ingest.document import Document, JunkSpan

    doc = Document(text="x" * 80, source="t", junk=tuple(JunkSpan(a, b, "repeat") for a, b in junk))
    for start in range(0, 75):
        for end in range(start, min(80, start + 25)):
            assert doc.in_junk(start, end) == any(a < end and start < b for a, b in junk), (start, end)
    assert doc == Document(text="x" * 80, source="t", junk=doc.junk)  # its lookup table is no part of it


DATES = [("Thursday", "2024-10-31"), ("on Wednesday", "2024-10-30"), ("in June", "2024-06"),
         ("October 31, 2024", "2024-10-31"), ("31 October 2024", "2024-10-31"), ("2019", "2019"),
         ("December", "2023-12"), ("yesterday", "2024-10-30"), ("last year", "2023"), ("soon", None)]


@pytest.mark.parametrize("expr,expected", DATES)
def test_dates_resolve_against_published(expr, expected):
    assert resolve_date(expr, published_date("2024-10-31")) == expected


def _read(name: str, data: bytes, tmp_path):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


@pytest.mark.parametrize("name,data,problem", [
    ("empty.txt", b"", "empty document"),
    ("blank.txt", b"  \n\t\n", "empty document"),
    ("fake.txt", b"%PDF-1.4 binary", "PDF"),
    ("fake2.txt", b"\x89PNG\r\n\x1a\n", "PNG"),
    ("bad.txt", b"caf\xe9 au lait", "invalid UTF-8"),
    ("x.csv", b"a,b\n", "unsupported file type"),
])
def test_bad_files_are_reported_not_raised(name, data, problem, tmp_path):
    items = _read(name, data, tmp_path)
    assert len(items) == 1 and isinstance(items[0], InputProblem)
    assert problem in items[0].problem and name in items[0].source


def test_utf16_with_bom_is_read(tmp_path):
    items = _read("u16.txt", "Seoul said so.".encode("utf-16"), tmp_path)
    assert items[0].text == "Seoul said so."


def test_jsonl_good_and_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "Seoul said so.", "published": "2024-10-31"}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps({"id": "c", "text": "Tokyo said so.", "published": "yesterday-ish"}),
        json.dumps({"id": "d", "text": "Paris said so."}),
    ]
    items = list(read_inputs(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    docs = [i for i in items if not isinstance(i, InputProblem)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [d.id for d in docs] == ["a", "d"]
    assert [p.source for p in problems] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert "malformed JSON" in problems[0].problem and "no 'text'" in problems[1].problem
    assert "not an ISO date" in problems[2].problem


def test_directory_with_symlink_loop_and_missing_path(tmp_path):
    (tmp_path / "a.txt").write_text("Seoul said so.")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert [getattr(i, "text", None) for i in items[:1]] == ["Seoul said so."]
    assert isinstance(items[-1], InputProblem) and "no such file" in items[-1].problem
