"""Deterministic IRIs: the same key always gives the same IRI under a base, and any string
(spaces, quotes, ``>``, emoji, right-to-left text) gives a valid one."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/geokg/id/"


@lru_cache(maxsize=65_536)  # a corpus names the same entities again and again (22,000 slugs on 800 AG items)
def slug(text: str) -> str:
    """A path segment for ``text``: NFC-normalised, spaces as ``_``, everything outside the
    unreserved URI characters percent-encoded (as UTF-8)."""
    norm = unicodedata.normalize("NFC", text).strip()
    norm = "_".join(norm.split())
    return quote(norm, safe="-._~") or "_"


def escape(text: str) -> str:
    """An injective path segment: every character outside the unreserved URI characters
    percent-encoded as UTF-8, nothing else changed."""
    return quote(text, safe="-._~")


class Minter:
    """IRIs as plain strings (the builder makes pyoxigraph terms of them; no rdflib needed)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def document(self, key: str) -> str:
        """Distinct ids give distinct IRIs ("report a" and "report_a", "café" in NFC and in
        NFD): the id's UTF-8 bytes are percent-encoded as they are, nothing normalised."""
        return f"{self.base}doc/{escape(key)}"

    def mention(self, doc_iri: str, start: int, end: int) -> str:
        return f"{doc_iri}#char={start},{end}"

    def event(self, etype: str, key: str) -> str:
        """An event by the key of the happening it reports (see kg.resolve.fusion)."""
        return f"{self.base}event/{slug(etype)}/{slug(key)}"

    def entity(self, key: str) -> str:
        kind, _, rest = key.partition(":")
        if kind == "country":
            return f"{self.base}country/{slug(rest)}"
        if kind == "city" and rest.isdigit():
            return f"{self.base}place/geonames-{rest}"
        if kind in ("org", "person") and "@" in rest:
            name, _, iso3 = rest.rpartition("@")
            return f"{self.base}{kind}/{slug(iso3)}/{slug(name)}"
        if kind == "site":  # a site described, not named ("site:~1a2b:finish line"): one document's place
            return f"{self.base}place/" + "/".join(slug(p) for p in rest.split(":"))
        if kind in ("city", "group"):
            parts = rest.split(":")
            return f"{self.base}{'place' if kind == 'city' else 'group'}/" + "/".join(slug(p) for p in parts)
        return f"{self.base}{slug(kind)}/{slug(rest)}"
