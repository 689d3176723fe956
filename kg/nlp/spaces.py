"""Unusual horizontal spaces read as plain spaces, one character for one.

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

# every Unicode space separator (category Zs) other than the plain space (listed, not computed at
# each start: the test checks the list against unicodedata), to the plain space; line and
# paragraph breaks (and tabs, which lay out tables) are left as they are
SEPARATORS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SEPARATOR = re.compile(f"[{SEPARATORS}]")


def plain_spaces(text: str) -> str:
    """``text`` with each unusual space separator a plain space (same length, same offsets)."""
    return text if text.isascii() else _SEPARATOR.sub(" ", text)


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
