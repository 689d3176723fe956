"""Knowledge lives in data, not in Python (issue 13, build item 1): the content words extraction,
resolution and the pipeline read (verbs, nouns, adjectives a reader would extend) are cue classes
of kg/data/lexicon/cues.tsv read into the Rules when the pipeline initialises. These tests scan
the code (ast, no import) for module-level sets or sequences of lower-case words, which only the
grammar below may be, and check that every word class moved to data is there, explained."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kg.extract.rules import WORD_CLASSES, Rules, load_rules
from kg.nlp.lexicon import PLACE_WORD_CLASSES
from kg.resources import data_path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("kg/extract", "kg/resolve", "kg/nlp")
WORD = re.compile(r"^[a-z][a-z' .-]*$")

# module-level word sets that are grammar, not lexicon: closed classes of English the parser and
# the code's logic are written against, which no new event type or domain ever extends
GRAMMAR = {
    # dependency labels, entity kinds and record values of the code itself
    "actors.MODIFIER_DEPS", "constructions._CAUSE_PATH", "context.SUBJECT_DEPS", "context.CLAUSE_DEPS",
    "triggers.NOMINAL_DEPS", "triggers.OWN_CLAUSE_DEPS", "records.<tuple>", "rules.GROUP_USES",
    "__init__._DATA_LIBRARIES", "__init__.PARSE_CHOICES", "components.PARSE_MODES",
    "rules.NEEDS_WITH_WORDS",  # the need kinds the trigger rows may name
    # pronouns and relative pronouns
    "actors.RELATIVE_PRONOUNS", "actors.COUNTED_PRONOUNS", "components._PERSONAL", "components._NEUTER",
    # determiners
    "setting.SPECIFIC_DETERMINERS", "setting.BACK_DETERMINERS", "actors.ONE_OF_A_PEOPLE",
    # prepositions, by the use made of them
    "actors.AWAY_PREPS", "actors.CONTROL_PREPS", "entities.LOCATIVE_PREPS", "frames.DRIVEN_INTO", "frames.SITE_PREPS", "frames.NEAR_PREPS",
    "frames.AMONG", "frames.BESIDE_PEOPLE", "setting.CHAIN_PREPS", "setting.SCENE_PREPS", "setting._AWAY_PREPS", "setting.CONTAINER_PREPS",
    "setting.LOCATIVE_PREPS", "components._PLACE_PREPS", "components._WHERE_ACTED_PREPS",
    "components._LOCATIVE_BEFORE_NAME",
    # subordinating conjunctions and adverbs of place ("next to", "close to")
    "setting.MOMENT_MARKS", "setting.BACKGROUND_MARKS", "setting.BESIDE_ADVERBS",
    # the calendar
    "dates.MONTHS",
}



def _words(value: ast.expr) -> list[str] | None:
    """The strings of a literal set, frozenset, list or tuple of strings (``frozenset({...})``,
    ``set([...])``, ``{...}``), or None for any other value."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ("set", "frozenset") \
            and len(value.args) == 1:
        value = value.args[0]
    if not isinstance(value, (ast.Set, ast.List, ast.Tuple)) or not value.elts:
        return None
    if not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
        return None
    return [e.value for e in value.elts]


def word_lists(root: Path = ROOT) -> dict[str, list[str]]:
    """module.NAME -> its words, for every module-level assignment of two or more lower-case words."""
    out: dict[str, list[str]] = {}
    for base in SCANNED:
        for path in sorted((root / base).rglob("*.py")):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign):
                    targets, value = node.targets, node.value
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    targets, value = [node.target], node.value
                else:
                    continue
                words = _words(value)
                if words and len(words) >= 2 and all(WORD.match(w) for w in words):
                    name = targets[0].id if isinstance(targets[0], ast.Name) else "<tuple>"
                    out[f"{path.stem}.{name}"] = words
    return out


def test_no_word_lists_in_code():
    found = word_lists()
    extra = sorted(set(found) - GRAMMAR)
    assert not extra, ("word lists in Python: put them in kg/data/lexicon/cues.tsv (a comment line saying what "
                       "the class means, with an example, then the row) and read them into a Rules field "
                       f"(kg.extract.rules.WORD_CLASSES); grammar goes on this test's GRAMMAR list: {extra}")


def test_allow_lists_are_current():
    """No stale entries: each allowed name is still a word list in the code."""
    found = word_lists()
    assert sorted(GRAMMAR - set(found)) == []


def test_the_scan_sees_a_word_list(tmp_path):
    """The scan finds each way of writing one (so the first test can fail)."""
    package = tmp_path / "kg" / "extract"
    package.mkdir(parents=True)
    (package / "mod.py").write_text('A = frozenset({"raid", "ambush"})\nB = {"truce", "ceasefire"}\n'
                                    'C: tuple = ("shell", "bomb")\nD = set(["north", "south"])\n'
                                    'E = frozenset({"nsubj"})\nF = {"X": 1}\nG = ("Kabul", "Herat")\n')
    assert sorted(word_lists(tmp_path)) == ["mod.A", "mod.B", "mod.C", "mod.D"]


def test_word_classes_are_data():
    """Every class moved to data is a row of cues.tsv with a comment line before it (after the row
    before) saying what it means, and each of extraction's is read into its own Rules field."""
    lines = (data_path("lexicon") / "cues.tsv").read_text(encoding="utf-8").splitlines()
    rows = [i for i, line in enumerate(lines) if line and not line.startswith("#")]
    explained = {lines[i].split("\t", 1)[0]: any(lines[j].startswith(f"# {lines[i].split(chr(9), 1)[0]}: ")
                                                 for j in range(prev + 1, i))
                 for prev, i in zip([-1, *rows], rows)}
    moved = [*WORD_CLASSES, "anyone", *PLACE_WORD_CLASSES]
    assert [cue for cue in moved if not explained.get(cue)] == []
    fields = set(Rules.__dataclass_fields__)
    rules = load_rules()
    for cue, name in WORD_CLASSES.items():
        assert name in fields and getattr(rules, name), (cue, name)
