"""geokg on AG News "World" items it was never tuned on (issue 13): a fixed split and a screen.

    python bench/agnews_sample.py --half read|score [--below ROW] [--limit N] [--offset K] [--json OUT]

``GEOKG_SHARED`` names the shared folder when it is not ``../shared`` (a git worktree).

The 1,900 items of ``ag_news_world/world.csv`` are split once, by ``random.Random(13)`` over the
row indices, into a READ half (rules may be changed by the categories of error seen on it) and
a SCORE half (judged once, after the last rule change). From a half, the items whose title or
description mentions violence, protest or diplomacy (a broad keyword screen, ``SCREEN``) are
built by the whole pipeline (``kg build``), each item its own document (title and description,
a blank line between), and each event found is printed: type, modality, each role's labels, and
the text of its mentions. ``--below 1000`` keeps rows earlier rounds did not read for rules (they
read rows 1000-1899). The judging itself is by hand (bench/results/agnews_review.md).
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg (a git worktree)
DATA = Path(os.environ.get("GEOKG_SHARED") or ROOT.parent / "shared") / "data"
CSV = DATA / "ag_news_world" / "world.csv"

SEED = 13
SCREEN = re.compile(
    r"\b(kill|attack|bomb|blast|explo|shoot|shot|clash|fight|raid|strike|protest|rally|march|demonstr"
    r"|riot|hostage|kidnap|troops|rebels|militants|ceasefire|cease-fire|truce|talks|sanction)", re.I)


def items() -> list[dict]:
    """Every row as {row, title, text}, the dataset's escapes undone; the document text is the
    title line and the description."""
    out = []
    with CSV.open(encoding="utf-8", newline="") as f:
        for i, (_, title, desc) in enumerate(csv.reader(f)):
            def clean(s: str) -> str:
                # the dataset wrote '&' as a space: ' #39;s' was '&#39;s', ' quot;' '&quot;'
                s = re.sub(r" ?#(\d+);", lambda m: html.unescape(f"&#{m.group(1)};"), s)
                s = re.sub(r" ?(quot|amp|lt|gt);", lambda m: html.unescape(f"&{m.group(1)};"), s)
                s = re.sub(r"\\(?=\$)", "", s).replace("\\", " ")  # '\' broke lines
                s = re.sub(r"</?[a-z]+>", "", html.unescape(s))  # a few '&lt;b&gt;' tags
                return re.sub(r"[ \t]+", " ", s).strip()
            title, desc = clean(title), clean(desc)
            out.append({"row": i, "title": title, "text": f"{title}\n\n{desc}"})
    return out


def halves(n: int) -> dict[str, list[int]]:
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    return {"read": sorted(order[: n // 2]), "score": sorted(order[n // 2:])}


def screened(half: str) -> list[dict]:
    rows = items()
    keep = set(halves(len(rows))[half])
    return [r for r in rows if r["row"] in keep and SCREEN.search(r["text"])]


ARGS_Q = """
SELECT ?id ?e ?role ?label ?kind WHERE {
  VALUES ?role { gev:agent gev:participant gev:target gev:weapon gev:place }
  GRAPH ?g { ?g dcterms:identifier ?id . ?e ?role ?a . ?a a ?kind . }
  ?a rdfs:label ?label .
}"""


def run(rows: list[dict]) -> dict[str, list[dict]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from eval import EVENT_SPANS_Q  # the eval's query of each record's events and their mentions
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store
    from kg.vocab import PREFIXES

    data = "".join(json.dumps({"id": str(r["row"]), "text": r["text"], "published": "2004-09-01"}) + "\n"
                   for r in rows).encode("utf-8")
    ds, _ = build_dataset(["-"], stdin=io.BytesIO(data))
    store = dataset_to_store(ds)
    text = {str(r["row"]): r["text"] for r in rows}
    events: dict = {}
    for row in store.query(EVENT_SPANS_Q, prefixes=PREFIXES):
        doc, e = row["id"].value, row["e"].value
        ev = events.setdefault((doc, e), {"type": row["cls"].value.rsplit("#", 1)[1],
                                          "modality": row["mod"].value, "spans": set(), "args": {}})
        ev["spans"].add((int(row["b"].value), int(row["x"].value)))
    for row in store.query(ARGS_Q, prefixes=PREFIXES):
        ev = events.get((row["id"].value, row["e"].value))
        kind = row["kind"].value.rsplit("#", 1)[-1]
        if ev is not None and row["kind"].value.startswith("https://w3id.org/geokg/ontology#"):
            role = row["role"].value.rsplit("#", 1)[1]
            ev["args"].setdefault(role, set()).add(f"{row['label'].value}<{kind}>")
    out: dict[str, list[dict]] = {}
    for (doc, _), ev in sorted(events.items(), key=lambda kv: (int(kv[0][0]), sorted(kv[1]["spans"]), kv[1]["type"],
                                                             kv[1]["modality"])):
        ev["mention"] = " / ".join(text[doc][b:x] for b, x in sorted(ev["spans"]))
        ev["args"] = {k: sorted(v) for k, v in sorted(ev["args"].items())}
        ev["spans"] = sorted(ev["spans"])
        out.setdefault(doc, []).append(ev)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("read", "score"), required=True)
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--below", type=int, default=None,
                    help="only rows below this index (rows 1000-1899 were read for rules by earlier rounds)")
    ap.add_argument("--json", help="also write the events found as JSON")
    args = ap.parse_args(argv)
    rows = [r for r in screened(args.half) if args.below is None or r["row"] < args.below]
    rows = rows[args.offset: args.offset + args.limit]
    found = run(rows)
    for r in rows:
        print(f"## {r['row']}\n{r['text']}")
        for ev in found.get(str(r["row"]), []):
            mod = "" if ev["modality"] == "asserted" else "/" + ev["modality"]
            roles = " ".join(f"{k}={'|'.join(v)}" for k, v in ev["args"].items())
            print(f"  -> {ev['type']}{mod} [{ev['mention']}] {roles}")
        print()
    if args.json:
        Path(args.json).write_text(json.dumps({"half": args.half, "rows": [r["row"] for r in rows],
                                               "events": found}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
