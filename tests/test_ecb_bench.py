"""bench/ecb_fusion.py --errors: the category of a missed or false link between two reports."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("geokg_bench_ecb", ROOT / "bench" / "ecb_fusion.py")
ecb = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = ecb
spec.loader.exec_module(ecb)


def report(type_="Attack", agent=(), target=(), place=()):
    return {"type": type_, "agent": set(agent), "target": set(target), "place": set(place)}


@pytest.mark.parametrize("a, b, same_document, expected", [
    (report(), report(), True, "within one document"),
    (report("Attack"), report("Sanction"), False, "types differ"),
    (report(), report(), False, "0 of 2 name an agent; share nothing named"),
    (report(target={"p/jackson"}), report(agent={"o/chp"}, target={"p/jackson"}), False,
     "1 of 2 name an agent; share target"),
    (report(agent={"o/navy"}, place={"pl/aden"}), report(agent={"o/navy"}, place={"pl/aden"}), False,
     "2 of 2 name an agent; share agent+place"),
    (report(agent={"o/navy"}), report(agent={"o/rcmp"}), False, "2 of 2 name an agent; share nothing named"),
])
def test_error_categories(a, b, same_document, expected):
    assert ecb.error_category(a, b, same_document) == expected


def test_topic_halves_split_every_topic_once():
    names = [str(n) for n in range(1, 46) if n not in (15, 17)]
    dev, scored = ecb.topic_half(names, "dev"), ecb.topic_half(names, "scored")
    assert sorted(dev + scored, key=int) == names and not set(dev) & set(scored)
    assert len(dev) == 21 and dev == ecb.topic_half(list(reversed(names)), "dev")


@pytest.mark.parametrize("mapped, expected", [
    # (document, markable, gold instance, our event): one true link, one false, one missed
    ([("d1", "1", "g1", "e1"), ("d2", "2", "g1", "e1"), ("d3", "3", "g2", "e1"), ("d4", "4", "g2", "e2")],
     {"gold_links": 2, "predicted_links": 3, "true_links": 1,
      "pairwise_precision": 0.333, "pairwise_recall": 0.5, "pairwise_f1": 0.4}),
    ([("d1", "1", "g1", "e1"), ("d2", "2", "g2", "e2")],
     {"gold_links": 0, "predicted_links": 0, "true_links": 0,
      "pairwise_precision": 0.0, "pairwise_recall": 0.0, "pairwise_f1": 0.0}),
])
def test_pairwise_scores(mapped, expected):
    score = {"gold_links": 0, "predicted_links": 0, "true_links": 0}
    ecb.pairwise(mapped, score)
    assert ecb.prf(score) == expected


def test_mentions_covered_before_issue_13_are_listed():
    before = ecb._before13()
    assert len(before) == 373 and before[("1_15ecb", "30")] == "Statement/5fdddb918d0a422ea9df"


# "Rioters attack police station" (0) ... "fought running battles" (131) ... "Youths attacked a
# police station" (83) ... "The clashes broke out" (288): "the clashes" is a mention of both
# attacks (kg.resolve.within), and the gold mention "clashes" is scored as the one reported last
# before it, in whatever order the store gives the spans
CLASHES = [(18, 24, "e/riot"), (131, 137, "e/riot"), (288, 295, "e/riot"),
           (83, 91, "e/station"), (288, 295, "e/station"), (374, 382, "e/station")]


@pytest.mark.parametrize("spans, start, end, expected", [
    (CLASHES, 288, 295, "e/riot"),
    (list(reversed(CLASHES)), 288, 295, "e/riot"),
    (sorted(CLASHES, key=lambda s: s[2]), 288, 295, "e/riot"),
    # the one of them the document reported last before it, whichever IRI is smaller
    ([(10, 15, "e/b"), (50, 55, "e/a"), (90, 97, "e/a"), (90, 97, "e/b")], 90, 97, "e/a"),
    ([(10, 15, "e/a"), (50, 55, "e/b"), (90, 97, "e/a"), (90, 97, "e/b")], 90, 97, "e/b"),
    # none before it: the first reported after it
    ([(90, 97, "e/a"), (90, 97, "e/b"), (120, 127, "e/b"), (150, 160, "e/a")], 90, 97, "e/b"),
    # one event, or none overlapping
    ([(18, 24, "e/riot", "Attack")], 20, 30, "e/riot"),
    ([(18, 24, "e/riot")], 24, 30, None),
])
def test_a_mention_of_several_events_is_scored_as_one_whatever_the_order(spans, start, end, expected):
    assert ecb.covering_event(spans, start, end) == expected
