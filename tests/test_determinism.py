"""The same input always gives the same graph: a document's graph never depends on what the
process built before it, nor on PYTHONHASHSEED (str hashing, so set order, changes from one
process to the next). Guards: the caches that live as long as the process (the pipeline and its
components' memos, the place table's, the rules, the graph builders) must only ever remember
what their key determines. Measured at ae97073 on event_location's 5,111 records (924,381 quads):
byte-identical built alone, after the plover, conll, html, guardian, cameo_class and cameo_ner
sets in one process, and under another seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# short documents that go through the process-long caches: places the gazetteer and the place
# table resolve (a town, a described site, a capital for its state), demonyms, groups, persons
SET_A = [
    "Five people were killed in a mortar attack in central Baghdad's Al-Tehran square, an interior ministry official said.",
    "North Korean troops shelled the village of Qabasin near Aleppo on Tuesday, the Syrian Observatory said.",
    "Protesters gathered outside the US embassy in Nairobi and clashed with police, who fired tear gas.",
    "Washington and Seoul condemned the launch of a Hwasong-19 missile; Kim Jong Un watched the test.",
]
# the same words in other places and roles, built first in the other process
SET_B = [
    "Tehran said on Monday it would meet officials from Baghdad in Geneva next week.",
    "The square was quiet as police arrested three men in Nairobi for shelling.",
    "Aleppo residents said troops of the Observatory launched a missile at the village.",
    "Kim met Seoul's envoy; the US embassy said protesters had left.",
]

CODE = """
import sys
from kg.pipeline import build_to_file
for src, out in zip(sys.argv[1::2], sys.argv[2::2]):
    build_to_file([src], out)
"""


def _jsonl(path: Path, texts: list[str], prefix: str) -> Path:
    path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "text": t, "published": "2019-10-09"}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_a_documents_graph_is_the_same_alone_after_other_documents_and_under_another_hash_seed(tmp_path):
    a = _jsonl(tmp_path / "a.jsonl", SET_A, "a")
    b = _jsonl(tmp_path / "b.jsonl", SET_B, "b")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    alone, after = tmp_path / "alone.nq", tmp_path / "after.nq"
    subprocess.run([sys.executable, "-c", CODE, str(a), str(alone)], env={**env, "PYTHONHASHSEED": "0"},
                   check=True, capture_output=True)
    # another process, another seed, another set built first, then set A twice
    subprocess.run([sys.executable, "-c", CODE, str(b), str(tmp_path / "b.nq"), str(a), str(after),
                    str(a), str(tmp_path / "again.nq")], env={**env, "PYTHONHASHSEED": "1"},
                   check=True, capture_output=True)
    quads = alone.read_bytes()
    assert quads.count(b"\n") > 200
    assert after.read_bytes() == quads
    assert (tmp_path / "again.nq").read_bytes() == quads
