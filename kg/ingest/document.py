"""The record ingest hands to the rest of the pipeline."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=16)
def simhash(text: str) -> str:
    """Charikar's 64-bit SimHash over the word 3-grams of ``text`` (lower-cased), as hex: each
    bit is set where more 3-gram hashes have it set than not. Remembered for the last few texts:
    a build asks for it twice per document (the graph's ``gev:simhash`` and the record that
    cross-document resolution keeps), and it costs milliseconds on an article."""
    import numpy as np

    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))] if words else []
    if not grams:
        return "0" * 16
    digests = b"".join(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest() for g in grams)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(len(grams), 8), axis=1)
    ones = bits.sum(axis=0, dtype=np.int64)
    value = 0
    for bit in ones * 2 > len(grams):  # most significant bit first
        value = (value << 1) | int(bit)
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


@dataclass(frozen=True, slots=True)
class JunkSpan:
    """A span of the document text that extraction must skip (offsets into ``Document.text``)."""

    start: int
    end: int
    kind: str  # ad, byline, bio, caption, share, copyright, agency, repeat


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is the string every offset counts in; it is never rewritten."""

    text: str
    source: str  # where it came from: a path, "path:line" for JSON Lines, "<stdin>:line"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or date-time, as validated by ingest
    author: str | None = None
    publisher: str | None = None
    junk: tuple[JunkSpan, ...] = field(default=())
    # the junk spans' starts in order and the furthest end reached by each prefix of them
    # (:meth:`in_junk`), made on first use
    _junk_reach: tuple[list[int], list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def simhash(self) -> str:
        """A 64-bit SimHash of the text's word 3-grams, as 16 hex digits: copies of one story
        (syndicated, lightly edited) differ in a few bits, different stories in about half."""
        return simhash(self.text)

    @property
    def key(self) -> str:
        """The document's identity: its input ``id`` when given, else the hash of its text."""
        return self.id if self.id else self.sha256[:16]

    def in_junk(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a junk span: one bisection, not a scan of every span (a
        long document of repeated sentences has thousands of them, and extraction asks once per
        token or mention — a scan made a 6 MB document's time quadratic)."""
        if not self.junk:
            return False
        reach = self._junk_reach
        if reach is None:
            spans = sorted(self.junk, key=lambda j: j.start)
            ends, furthest = [], spans[0].end
            for j in spans:
                furthest = max(furthest, j.end)
                ends.append(furthest)
            reach = ([j.start for j in spans], ends)
            object.__setattr__(self, "_junk_reach", reach)
        # the spans that start before ``end``: one of them overlaps iff the furthest end among them
        # lies beyond ``start``
        i = bisect_left(reach[0], end)
        return i > 0 and reach[1][i - 1] > start


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read. Reported and skipped; the rest of the batch goes on."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"
