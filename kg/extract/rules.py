"""The closed word lists event extraction uses (triggers and cues), loaded by
:func:`load_rules` from ``data/lexicon`` — explicitly, never at import time."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from kg.resources import data_path


@dataclass(frozen=True, slots=True)
class TriggerRule:
    lemma: str
    pos: str  # VERB or NOUN
    type: str  # gev event class
    need: str  # "-", "weapon", "troops", "obj:a|b", "prep:a|b"


@dataclass(frozen=True, slots=True)
class Rules:
    verbs: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict)
    support: frozenset[str] = frozenset()
    say: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    modal: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    coercive: frozenset[str] = frozenset()  # acts that, promised on a condition, are threats
    cooperative: frozenset[str] = frozenset()  # acts that, promised, are commitments to cooperate


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


def load_rules(directory: Path | None = None) -> Rules:
    directory = directory or data_path("lexicon")
    verbs: dict[str, list[TriggerRule]] = {}
    nouns: dict[str, list[TriggerRule]] = {}
    for lemma, pos, etype, need in (r[:4] for r in _rows(directory / "triggers.tsv")):
        target = verbs if pos == "VERB" else nouns
        target.setdefault(lemma, []).append(TriggerRule(lemma, pos, etype, need))
    cues = {row[0]: frozenset(row[1].split("|")) for row in _rows(directory / "cues.tsv")}
    return Rules(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        support=cues["support"],
        say=cues["say"],
        hypothetical=cues["hypothetical"],
        modal=cues["modal"],
        generic=cues["generic"],
        coercive=cues["coercive"],
        cooperative=cues["cooperative"],
    )
