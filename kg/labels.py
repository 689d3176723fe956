"""One rule for choosing a thing's label among several: used by cross-document resolution
(:mod:`kg.resolve.across`), the network page (:mod:`kg.viz`) and ``kg export``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def pick_label(labels: Iterable[str | None]) -> str:
    """The label given most often (a Counter gives the counts; empty labels do not count), then a
    name before a code ("Germany" before "DEU", "Médecins Sans Frontières" before "MSF"), then the
    shorter ("Syria" before "Syrian Arab Republic"), then the first in sort order. "" if none."""
    counts = labels if isinstance(labels, Counter) else Counter(x for x in labels if x)
    return min((x for x in counts if x), key=lambda x: (-counts[x], x.isupper() and len(x) <= 4, len(x), x),
               default="")
