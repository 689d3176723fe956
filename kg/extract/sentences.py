"""Sentence lookups built once per document (``token.sent`` and ``span.ents`` rescan the
document on every call, which is quadratic over a long text)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


class SentenceIndex:
    def __init__(self, doc: Doc) -> None:
        self.spans: list[Span] = list(doc.sents)
        self.of_token: list[int] = [0] * len(doc)
        for n, s in enumerate(self.spans):
            for i in range(s.start, s.end):
                self.of_token[i] = n
        self.ents: list[list[Span]] = [[] for _ in self.spans]
        for ent in doc.ents:
            self.ents[self.of_token[ent.start]].append(ent)

    def sent(self, i: int) -> Span:
        return self.spans[self.of_token[i]]

    def previous(self, s: Span) -> Span | None:
        n = self.of_token[s.start]
        return self.spans[n - 1] if n > 0 else None

    def start_back(self, i: int, back: int) -> int:
        """The first token of the sentence ``back`` sentences before token ``i``'s (or of the
        document's first sentence): where a look-back over those sentences starts."""
        return self.spans[max(0, self.of_token[i] - back)].start

    def ents_of(self, i: int) -> list[Span]:
        return self.ents[self.of_token[i]]
