"""The held-out sets' split and readers in bench/eval.py (issue 13.9): fixed once, halves
disjoint, offsets exact."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("geokg_bench_eval", ROOT / "bench" / "eval.py")
ev = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = ev  # dataclasses look their module up
spec.loader.exec_module(ev)


def test_split_is_fixed_and_halves():
    keys = [f"k{i}" for i in range(101)]
    dev = ev.split_half(keys, "some_set")
    assert len(dev) == 50 and dev <= set(keys)
    # the same set splits the same way whatever the order the keys come in
    assert ev.split_half(list(reversed(keys)), "some_set") == dev
    # another set's split is another draw
    assert ev.split_half(keys, "other_set") != dev


@pytest.mark.parametrize("words, text", [
    (["U.S.", "troops", "left", "(", "again", ")", "."], "U.S. troops left (again)."),
    (["Israel", "'s", "army", ",", "police", "said", "."], "Israel's army, police said."),
])
def test_detokenize_offsets(words, text):
    out, spans = ev.detokenize(words)
    assert out == text
    assert [out[b:x] for b, x in spans] == words


@pytest.mark.parametrize("tags, spans", [
    (["B-S", "I-S", "O", "B-T"], {(0, 2, "S"), (3, 4, "T")}),
    (["O", "B-T", "I-T", "I-T", "O"], {(1, 4, "T")}),
    (["B-S", "B-S"], {(0, 1, "S"), (1, 2, "S")}),
])
def test_spans_from_iob(tags, spans):
    assert ev.spans_from_iob(tags) == spans


def test_overlap():
    assert ev._overlap((0, 5), (4, 9)) and not ev._overlap((0, 5), (5, 9))


def test_results_elsewhere_leave_the_repository_alone(tmp_path, monkeypatch):
    """With --json elsewhere (a helper's or a worktree's run), the Guardian sample goes beside it:
    the run used to rewrite bench/results/guardian_sample.txt whatever --json said."""
    data = tmp_path / "data"
    (data / "guardian_syria_2019").mkdir(parents=True)
    (data / "guardian_syria_2019" / "articles.csv").write_text(
        "date,text\n2019-10-09,\"Turkey launched an offensive against Kurdish forces in northern Syria on Wednesday.\"\n",
        encoding="utf-8")
    monkeypatch.setattr(ev, "DATA", data)
    monkeypatch.setattr(ev, "SAMPLE", getattr(ev, "SAMPLE", None), raising=False)  # main sets it; put back after
    kept = ev.RESULTS / "guardian_sample.txt"
    before = kept.read_bytes() if kept.exists() else None
    out = tmp_path / "out" / "eval.json"
    assert ev.main(["--only", "guardian", "--json", str(out)]) == 0
    sample = out.parent / "guardian_sample.txt"
    assert "Turkey launched an offensive" in sample.read_text(encoding="utf-8")
    assert (kept.read_bytes() if kept.exists() else None) == before
    import json
    assert json.loads(out.read_text(encoding="utf-8"))["guardian"]["sample"] == str(sample)
