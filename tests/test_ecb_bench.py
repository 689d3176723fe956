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
