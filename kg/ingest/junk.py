"""Find the spans of a page's text that are not the article: ads, bylines and author bios,
photo credits, share prompts, copyright and agency lines, and repeated blocks.

Rules look at one block (a line) at a time, plus what the byline tells about the author.
They only mark spans; the text is never changed, so offsets stay those of the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.ingest.document import JunkSpan

_SHARE = re.compile(
    r"^(spread the love|share( this( article| story| post)?)?( on \w+)?|tweet( this)?|"
    r"follow us( on \w+)?|print( this)?|email( this)?|click to share.*|like us on facebook|"
    r"read more|related( articles| stories)?|advertisement|sponsored( content)?|subscribe.*)[.:!]?$",
    re.I,
)
_AD = re.compile(
    r"(deposit bonus|free spins|casino|betting odds|sign[- ]up bonus|promo code|bonus up to|"
    r"\bbuy now\b|\bshop now\b|limited[- ]time offer|click here)",
    re.I,
)
# Every pattern here runs in time linear in the block: blocks come from untrusted pages and can
# be one multi-megabyte token. A search that may start anywhere in a long run of the characters
# it repeats and fail at the run's end is quadratic, so such patterns are anchored at the run's
# start (a look-behind) and repeat possessively; "a percentage and an amount of money in either
# order" is found with two linear scans instead of ``%.*[$]``.
_PERCENT = re.compile(r"\d\s?%")
_MONEY = re.compile(r"[€$£]\s?\d")
_CAPTION_START = re.compile(
    r"^(photo|picture|image|file photo|caption|pictured|above|top|main image)\b[:\s]", re.I
)
_CREDIT = re.compile(
    r"(©|\(c\)\s*\d{4}|\bgetty images\b|\bafp photo\b|\bphoto:|\bphoto credit|\bcredit:|"
    r"\bimage:|/\s*(afp|reuters|ap|epa|getty)\s*$)",
    re.I,
)
_COPYRIGHT = re.compile(r"(all rights reserved|^copyright\b|^©|\(c\) \d{4})", re.I)
# AFP/AP style desk slugs: "bur-lpa-rr-lb/bpe", "jk/dw"
_AGENCY_SLUG = re.compile(r"^[a-z]{2,5}([-/][a-z]{2,5}){1,8}$")
_BYLINE = re.compile(r"^(?i:by|written by|words by|reporting by)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*$")
_CONTACT = re.compile(r"((?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.]+|\b1-\d{3}-\d{3}-\d{4}\b|\bget in touch\b|\bcontact me\b)", re.I)
_BIO_WORDS = re.compile(
    r"\b(reporter|correspondent|journalist|writer|editor|columnist|contributor|freelancer|"
    r"covers|has been (a|an) |joined)\b",
    re.I,
)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each non-blank line, trimmed of surrounding white space."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        pos += len(line)


def _money_and_percent(block: str) -> bool:
    """A percentage followed by an amount of money, or the other way round ("100% bonus up to
    $500"): the ads' mark. Four linear searches (the first match of each, then the other kind
    after it)."""
    percent = _PERCENT.search(block)
    if percent is None:
        return False
    money = _MONEY.search(block)
    if money is None:
        return False
    return bool(_MONEY.search(block, percent.end()) or _PERCENT.search(block, money.end()))


def _kind(block: str) -> str | None:
    words = block.split()
    if _SHARE.match(block):
        return "share"
    if _AD.search(block) or (len(words) < 40 and _money_and_percent(block)):
        return "ad"
    if _AGENCY_SLUG.match(block):
        return "agency"
    if _COPYRIGHT.search(block) and len(words) < 30:
        return "copyright"
    if _CAPTION_START.match(block) or (_CREDIT.search(block) and len(words) < 60):
        return "caption"
    return None


def find_junk(text: str) -> tuple[list[JunkSpan], str | None]:
    """Return the junk spans of ``text`` and the byline's author name, if one was found."""
    spans: list[JunkSpan] = []
    blocks = list(_blocks(text))
    author: str | None = None
    seen: set[str] = set()
    trailer_from: int | None = None

    for i, (start, end) in enumerate(blocks):
        block = text[start:end]
        m = _BYLINE.match(block)
        if m:
            author = m.group(1).strip()
            spans.append(JunkSpan(start, end, "byline"))
            # an author box near the end: everything after the byline belongs to it
            if i >= len(blocks) * 0.6:
                trailer_from = i + 1
            continue

    # the blocks marked as bylines above (a set: a scan of the spans for each block was
    # quadratic in a long document of repeated lines, whose "repeat" spans pile up)
    bylines = {s.start for s in spans}
    for i, (start, end) in enumerate(blocks):
        if start in bylines:
            continue
        block = text[start:end]
        kind = _kind(block)
        if kind is None and author:
            if block == author:
                kind = "byline"
            elif author in block and (_BIO_WORDS.search(block) or _CONTACT.search(block)):
                kind = "bio"
        if kind is None and trailer_from is not None and i >= trailer_from:
            kind = "bio"
        if kind is None and _CONTACT.search(block) and len(block.split()) < 40:
            kind = "bio"
        if kind is None:
            norm = " ".join(block.lower().split())
            if norm in seen and len(norm) > 20:
                kind = "repeat"
            seen.add(norm)
        if kind:
            spans.append(JunkSpan(start, end, kind))

    spans.sort(key=lambda s: (s.start, s.end))
    return spans, author
