"""bench/incremental.py's add costs give, beside the median add, the mean and how many adds
compacted the store: an add that finds the store's files piled up compacts the whole store
(kg.api.COMPACT_AT_FILES), one add in a few at a cost that grows with the store, which the
median of a few probes leaves out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

STORIES = [
    "Rebels attacked a police station in Goma on Monday, officials said.",
    "Israel and Egypt held talks in Cairo on the Gaza ceasefire.",
    "Protesters marched in Caracas against the government of Venezuela.",
    "Turkey shelled Kurdish positions near Afrin, the army said.",
    "Police arrested twelve people in Lagos after the riots.",
    "North Korea fired a missile into the sea, South Korea said.",
    "The United Nations condemned the bombing of a hospital in Idlib.",
]


@pytest.mark.parametrize("limit, compacting", [(0, True), (10**6, False)])
def test_add_costs_count_the_adds_that_compact_and_give_their_mean(tmp_path, monkeypatch, limit, compacting):
    import incremental

    import kg.api

    monkeypatch.setattr(kg.api, "COMPACT_AT_FILES", limit)
    monkeypatch.setattr(kg.api, "COMPACT_MAX_FILES", limit)
    items = [{"id": f"ag-{i}", "text": f"{t}\n\nMore on this later.\n"} for i, t in enumerate(STORIES)]
    out = incremental.add_costs(items, len(items), tmp_path, small=2, big=4, probes=2)
    # every add finds files in a store it has written to (limit 0): each compacts; none past a limit never reached
    assert out["adds_that_compacted"] == ({"into_2": 2, "into_4": 2} if compacting else {"into_2": 0, "into_4": 0})
    for k in ("into_2", "into_4", "build_alone"):
        per_probe = out["per_probe_cpu_s"][{"into_2": "small", "into_4": "big", "build_alone": "alone"}[k]]
        assert out["add_one_mean_cpu_s"][k] == pytest.approx(sum(per_probe) / 2, abs=0.002)
    mean = out["add_one_mean_cpu_s"]
    assert out["add_vs_build_alone_ratio_mean"] == pytest.approx(mean["into_4"] / mean["build_alone"], rel=0.05)
    assert any("mean of the adds" in m for m, *_ in incremental.ratios({"adds": out}))


def test_one_at_a_time_gives_the_cpu_of_each_stage_of_the_adds_and_of_the_build(tmp_path):
    """Where the adds' CPU goes beside the build's (issue 14): each stage's [process, calling
    thread] CPU, the stages adding up to the whole block, and the functions timed put back."""
    import incremental

    import kg.api
    import kg.index
    import kg.store

    before = (kg.api.open_writable, kg.index.plan, kg.store.write_changes, kg.store.add_graphs)
    records = [{"id": f"g-{i}", "published": "2019-10-1{}".format(i), "text": t} for i, t in enumerate(STORIES[:3])]
    out = incremental.one_at_a_time(records, tmp_path)
    assert out["identical"]
    adds, build = out["add_stages_cpu_s"], out["build_stages_cpu_s"]
    assert {"extraction", "graphs_and_records", "open", "plan", "write", "add_graphs_other", "rest", "total"} <= set(adds)
    assert {"extraction", "graphs_and_records", "rest", "total"} <= set(build) and "open" not in build
    for stages in (adds, build):
        parts = [v for k, v in stages.items() if k not in ("add_graphs_total", "total")]
        for i in (0, 1):  # exclusive stages: they add up to the block (each rounded to 0.01)
            assert sum(p[i] for p in parts) == pytest.approx(stages["total"][i], abs=0.01 * len(parts))
    # what is left is the block less the stages timed (add_graphs with its plan and write counted once)
    timed = sum(adds[k][0] for k in ("extraction", "graphs_and_records", "open", "add_graphs_total"))
    assert adds["rest"][0] == pytest.approx(adds["total"][0] - timed, abs=0.05)
    got = adds["add_graphs_total"]
    assert got[0] == pytest.approx(adds["plan"][0] + adds["write"][0] + adds["add_graphs_other"][0], abs=0.03)
    assert (kg.api.open_writable, kg.index.plan, kg.store.write_changes, kg.store.add_graphs) == before


def test_one_at_a_time_is_compared_with_what_kg_build_runs(tmp_path, monkeypatch):
    """The target's reference is one `kg build` (kg.pipeline.build_to_file: the TriG file
    written), not an in-memory store no command makes; the adds' quads are compared with that
    file's."""
    import incremental

    import kg.pipeline

    calls = []
    real = kg.pipeline.build_to_file

    def spy(inputs, out, **kwargs):
        calls.append((list(inputs), out))
        return real(inputs, out, **kwargs)

    monkeypatch.setattr(kg.pipeline, "build_to_file", spy)
    records = [{"id": f"g-{i}", "published": "2019-10-1{}".format(i), "text": t} for i, t in enumerate(STORIES[:2])]
    out = incremental.one_at_a_time(records, tmp_path)
    assert len(calls) == 1 and len(calls[0][0]) == 2 and str(calls[0][1]).endswith(".trig")
    import pyoxigraph as ox

    written = ox.Store()
    written.bulk_load(path=str(calls[0][1]), format=ox.RdfFormat.TRIG)
    assert out["quads_build"] == len(written) and out["identical"]
