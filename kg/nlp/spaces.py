"""Unusual horizontal spaces (and escaped line breaks) read as plain spaces, one character for one.

spaCy's tokenizer splits text at the plain space only: a no-break space (U+00A0, common in
scraped pages and wire copy: "in\\xa0Aleppo", "the\\xa0Bani Za'id Quarter") or any other Unicode
space separator (U+2009 thin, U+202F narrow no-break, U+3000 ideographic, ...) becomes a token of
its own (``is_space``, tag ``_SP``) between the words. The model then reads "in \\xa0 Aleppo"
(the NER misses the place, the parser hangs the space on the preposition) and every rule that
reads a word's neighbour meets the space token instead of the word.

:class:`PlainSpaces` wraps the pipeline's tokenizer so that it tokenizes the text with each such
character replaced by a plain space. The replacement is length-preserving, so every token's
character offsets (``Token.idx``, ``Span.start_char``) are those of the original text; the
document text (``Document.text``, every ``nif:anchorOf``, ``gev:text``) is never rewritten:
anchors are cut from it, not from the ``Doc``. Only the ``Doc``'s own copy reads U+0020 there.

A run of several plain spaces ("killed  in Aleppo") still yields a space token: a ``Doc``'s text
is its tokens with at most one plain space after each, so no length-preserving tokenization can
drop it. Rules that read a neighbour skip such tokens themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# every Unicode space separator (category Zs) other than the plain space (listed, not computed at
# each start: the test checks the list against unicodedata), to the plain space; line and
# paragraph breaks (and tabs, which lay out tables) are left as they are
SEPARATORS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SEPARATOR = re.compile(f"[{SEPARATORS}]")


# a backslash between two words is a line break the source escaped (AG News' Reuters items:
# "Israeli military police on Tuesday\arrested a commander", "in central\Baghdad")
_ESCAPED_BREAK = re.compile(r"(?<=[^\s\\])\\(?=[^\s\\])")


# HTML escapes left in the text as characters (AG News items: "Iraq #39;s", "the arrival of jihad
# quot;", "&lt;p&gt; By Jude Webber&lt;/p&gt;", "#36;50 million"): a markup tag is spaces (a line
# break first where it ends a block), an escaped character spaces and the character at the
# escape's end, so the model reads "Iraq    's", '    "the arrival', "By Jude Webber" on a line of
# its own (the NER took "Jude Webber&lt;/p&gt;&lt;p&gt" and "quot;real" for names); the document's
# text keeps its escapes
_ESCAPED = re.compile(r"&lt;/?[A-Za-z][^&<>\s]{0,12}&gt;|&(?:lt|gt|quot|apos);|(?<![A-Za-z0-9&])quot;|&?#\d{2,4};")
_ESCAPE_HINT = ("&lt;", "&gt;", "quot;", "&apos;", "#")
_NAMED = {"lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}


def _unescaped(m: re.Match) -> str:
    s = m.group()
    if s.startswith("&lt;") and len(s) > 4:  # a tag: a break where it ends a block ("&lt;/p&gt;")
        name = s[4:-4].strip("/ ").split()[0].lower() if s[4:-4].strip("/ ") else ""
        return ("\n" + " " * (len(s) - 1)) if name in _BLOCK_TAGS else " " * len(s)
    key = s.strip("&;#")
    if key.isdigit():
        n = int(key)
        try:
            ch = bytes([n]).decode("cp1252") if 128 <= n < 256 else chr(n)
        except (ValueError, UnicodeDecodeError):
            return " " * len(s)
        return " " * (len(s) - 1) + ch if ch.isprintable() and len(ch) == 1 else " " * len(s)
    return " " * (len(s) - 1) + _NAMED.get(key, " ")


def unescaped(text: str) -> str:
    """``text`` with each HTML escape left in it read as its character (same length)."""
    if not any(h in text for h in _ESCAPE_HINT):
        return text
    return _ESCAPED.sub(_unescaped, text)


def plain_spaces(text: str) -> str:
    """``text`` with each unusual space separator, and each backslash between two words, a plain
    space, and each HTML escape left in it its character after spaces (same length, same offsets)."""
    if not text.isascii():
        text = _SEPARATOR.sub(" ", text)
    text = unescaped(text)
    return _ESCAPED_BREAK.sub(" ", text) if "\\" in text else text


class PlainSpaces:
    """The pipeline's tokenizer, reading unusual space separators as plain spaces. Everything
    else (its rules, special cases, serialisation) is the wrapped tokenizer's."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        return self.tokenizer(plain_spaces(text))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def read_plain_spaces(nlp):
    """Put :class:`PlainSpaces` around ``nlp``'s tokenizer (once); returns ``nlp``. Not saved with
    the pipeline: applied at each load, like :mod:`kg.nlp.decoding`."""
    if not isinstance(nlp.tokenizer, PlainSpaces):
        nlp.tokenizer = PlainSpaces(nlp.tokenizer)
    return nlp


# ------------------------------------------------------------------- runs of spaces, collapsed
_RUN = re.compile(r" {2,}")


class SpacedView:
    """What parsing and extraction read of a document whose text holds runs of spaces ("killed
    in Aleppo" with two spaces, wire copy's double space after a sentence) or unusual spaces
    (:data:`SEPARATORS`): its text with every
    unusual space a plain one and every run of plain spaces one space, so the model and the rules
    see the words side by side, as they do in plain text. The offsets extraction gives in that
    text are mapped back (:meth:`restore`) to the document's own: every span, anchor and junk test
    counts in ``Document.text``, which is never rewritten. Line breaks and tabs are kept."""

    __slots__ = ("document", "text", "published", "source", "_at", "_dropped")  # (what extraction reads)

    def __init__(self, document, text: str, at: list[int], dropped: list[int]) -> None:
        self.document, self.text = document, text
        self.published, self.source = document.published, document.source
        # at[k]: the position in ``text`` of the first character after the k-th collapsed run;
        # dropped[k]: how many characters were dropped up to and including that run
        self._at, self._dropped = at, dropped

    @classmethod
    def of(cls, document):
        """A view of ``document``, or ``document`` itself when its text holds no run of spaces and
        no unusual space (a view restores the spans' and quotes' text: no-break spaces and all)."""
        text = document.text
        if "  " not in text and (text.isascii() or _SEPARATOR.search(text) is None) and unescaped(text) == text:
            return document
        text = plain_spaces(text)
        out, at, dropped = [], [], []
        last = gone = 0
        for m in _RUN.finditer(text):
            out.append(text[last:m.start() + 1])
            gone += m.end() - m.start() - 1
            at.append(m.start() + 1 - (gone - (m.end() - m.start() - 1)))
            dropped.append(gone)
            last = m.end()
        out.append(text[last:])
        return cls(document, "".join(out), at, dropped)

    def original(self, pos: int) -> int:
        """The document offset of position ``pos`` of the view's text."""
        k = bisect_right(self._at, pos)
        return pos + (self._dropped[k - 1] if k else 0)

    def original_end(self, end: int) -> int:
        """The document offset of an exclusive end ``end`` in the view's text."""
        return self.original(end - 1) + 1 if end > 0 else 0

    def in_junk(self, start: int, end: int) -> bool:
        return self.document.in_junk(self.original(start), self.original_end(end))

    def restore(self, ex):
        """``ex``, extracted from the view, with every span at the document's offsets and holding
        the document's own text there (in place)."""
        from kg.extract.records import Span

        text = self.document.text

        def back(s: Span) -> Span:
            start = self.original(s.start)
            end = self.original_end(s.end) if s.end > s.start else start
            return Span(start, end, text[start:end] if s.text == self.text[s.start:s.end] else s.text)

        ex.move_spans(back)
        for ev in ex.events:
            ev.quotes = [self._quoted(q) for q in ev.quotes]
        return ex

    def _quoted(self, quote: str) -> str:
        """A quote as the document gives it (a quote is cut from the view's text, without offsets:
        the first place the view holds it)."""
        at = self.text.find(quote)
        if at < 0 or not quote:
            return quote
        return self.document.text[self.original(at):self.original_end(at + len(quote))]
