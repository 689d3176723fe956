"""Extraction quality on the real development sets in ../shared/data (``make eval``).

    python bench/eval.py [--only plover,conll,html,guardian] [--json bench/results/eval.json]

* PLOVER gold records: event type (over the records whose PLOVER type geokg covers), agent and
  target country (over all records with gold codes, and over the covered ones), per type and overall.
* CoNLL-2003 eng.testa: exact-match F1 of PER, ORG and LOC spans for geokg's pipeline against
  the same spaCy model alone.
* article_extraction_benchmark: token-level precision, recall and F1 of the main text extracted
  from the 181 scraped pages against the ground truth.
* Guardian 2019 articles: counts of actors, weapons and events per type, and 30 random events
  written out for reading (bench/results/guardian_sample.txt)."""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "bench" / "results"

# PLOVER types (and the older GSR names) to geokg event classes
PLOVER_TO_GEOKG = {
    "CONSULT": {"Meeting", "Visit"}, "ASSAULT": {"Attack"}, "FIGHT": {"Attack"},
    "MOBILIZE": {"MilitaryDeployment", "WeaponTest"}, "ACCUSE": {"Condemnation"}, "DISAPPROVE": {"Condemnation"},
    "REQUEST": {"Demand"}, "DEMAND": {"Demand"}, "THREATEN": {"Threat"}, "AGREE": {"Agreement"},
    "AID": {"ArmsTransfer"}, "SANCTION": {"Sanction"}, "COERCE": {"Sanction"}, "PROTEST": {"Protest"},
}

# CAMEO actor codes: "IGO" (any intergovernmental organisation) matches an agent typed
# gev:InternationalOrganization; the records' few pre-ISO country codes are read as ISO 3166-1.
CAMEO_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _graph(records: list[dict]):
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    ds, _ = build_dataset(["-"], stdin=io.BytesIO(data))
    return dataset_to_store(ds)


EVENTS_Q = """
SELECT ?id ?e ?cls ?mod (MAX(?c) AS ?conf) (MIN(?b) AS ?at) WHERE {
  GRAPH ?g { ?g dcterms:identifier ?id .
    ?e a ?cls ; gev:modality ?mod ; gev:confidence ?c ; gev:mention/nif:beginIndex ?b . }
  ?cls rdfs:subClassOf+ gev:Event .
  FILTER NOT EXISTS { GRAPH ?g { ?e a ?sub } ?sub rdfs:subClassOf+ ?cls . FILTER (?sub != ?cls) }
} GROUP BY ?id ?e ?cls ?mod"""
# the countries (or "IGO") of an event's actors as each record's document graph reports them (a
# record is scored on its own report, not on the event fused across records), by role: agents and
# participants act, targets and participants are acted upon
ROLES_Q = """
SELECT ?id ?e ?role ?iso WHERE {
  VALUES ?role { gev:agent gev:participant gev:target }
  GRAPH ?g { ?g dcterms:identifier ?id . ?e ?role ?a . }
  { ?a gev:isoCode ?iso } UNION { ?a gev:country/gev:isoCode ?iso }
  UNION { ?a a gev:InternationalOrganization BIND ("IGO" AS ?iso) }
  UNION { ?a gev:memberOf/a gev:InternationalOrganization BIND ("IGO" AS ?iso) }
}"""


def _codes(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {CAMEO_CODES.get(c, c) for c in (a.get("code", "")[:3] for a in actors if isinstance(a, dict)) if c}


def _ratio(ok: int, n: int) -> float | None:
    return round(ok / n, 3) if n else None


def eval_plover() -> dict:
    """One answer per record: the most confident event that is not a plain statement (a statement
    only when nothing else was found), asserted before hypothetical or negated, the earliest in
    the text on a tie. Its type is scored against the record's PLOVER type, the
    countries of its agents/participants against the gold source codes and those of its
    targets/participants against the gold target codes."""
    from kg.vocab import PREFIXES

    records = [r for r in json.loads((DATA / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
               if r.get("text") and r.get("event") != "DOCUMENT"]
    # the records' own ids are not unique (COERCE-0004 names two sentences): number them
    for i, r in enumerate(records):
        r["doc"] = f"{i:03d}-{r['id']}"
    store = _graph([{"id": r["doc"], "text": r["text"], "published": r.get("date", "2000-01-01")} for r in records])
    found: dict[str, list[tuple]] = defaultdict(list)
    for row in store.query(EVENTS_Q, prefixes=PREFIXES):
        found[row["id"].value].append((row["cls"].value.rsplit("#", 1)[1], float(row["conf"].value), row["e"].value,
                                       row["mod"].value != "asserted", int(row["at"].value)))
    acting: dict[tuple[str, str], set[str]] = defaultdict(set)
    acted_on: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(ROLES_Q, prefixes=PREFIXES):
        role, key = row["role"].value.rsplit("#", 1)[1], (row["id"].value, row["e"].value)
        if role in ("agent", "participant"):
            acting[key].add(row["iso"].value)
        if role in ("target", "participant"):
            acted_on[key].add(row["iso"].value)
    per_type = defaultdict(lambda: [0, 0])
    n = Counter()
    for r in records:
        gold = r["event"]
        ours = sorted(found.get(r["doc"], []), key=lambda o: (o[0] == "Statement", o[3], -o[1], o[4], o[2]))
        best = ours[0] if ours else None
        covered = gold in PLOVER_TO_GEOKG
        if covered:
            n["type"] += 1
            per_type[gold][1] += 1
            if best and best[0] in PLOVER_TO_GEOKG[gold]:
                n["type_ok"] += 1
                per_type[gold][0] += 1
        for side, gold_codes, ours_of in (("agent", _codes(r.get("source")), acting), ("target", _codes(r.get("target")), acted_on)):
            if not gold_codes:
                continue
            ok = bool(best and gold_codes & ours_of.get((r["doc"], best[2]), set()))
            n[side] += 1
            n[side + "_ok"] += ok
            if covered:
                n[side + "_cov"] += 1
                n[side + "_cov_ok"] += ok
    return {"records": len(records), "covered_records": n["type"], "event_actors_only_in_junk": _actors_only_in_junk(store),
            "event_type_accuracy": _ratio(n["type_ok"], n["type"]),
            "agent_country_accuracy": _ratio(n["agent_ok"], n["agent"]),
            "agent_country_accuracy_covered": _ratio(n["agent_cov_ok"], n["agent_cov"]),
            "target_country_accuracy": _ratio(n["target_ok"], n["target"]),
            "target_country_accuracy_covered": _ratio(n["target_cov_ok"], n["target_cov"]),
            "records_with_agent_code": n["agent"], "records_with_target_code": n["target"],
            "per_type": {t: {"correct": c, "records": k, "accuracy": round(c / k, 3)} for t, (c, k) in sorted(per_type.items())}}


def conll_sentences(path: Path):
    sent, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sent:
                yield sent, tags
            sent, tags = [], []
            continue
        parts = line.split()
        sent.append(parts[0])
        tags.append(parts[-1])
    if sent:
        yield sent, tags


def spans_from_iob(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        kind = tag[2:] if tag != "O" else None
        begins = tag.startswith("B-") or (kind and kind != label)
        if start is not None and (kind is None or begins):
            out.add((start, i, label))
            start, label = None, None
        if kind and start is None:
            start, label = i, kind
    return out


SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC"}
GEOKG_MAP = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "CAPITAL": "LOC", "CITY": "LOC", "PLACE": "LOC"}


def eval_conll() -> dict:
    from spacy.tokens import Doc

    from kg.nlp import SPANS_KEY, shared_pipeline

    nlp = shared_pipeline()
    gold_all, base_all, ours_all = Counter(), Counter(), Counter()
    tp_base, tp_ours = Counter(), Counter()
    sents = list(conll_sentences(DATA / "conll2003" / "eng.testa"))
    docs = [Doc(nlp.vocab, words=w, spaces=[True] * len(w)) for w, _ in sents]
    for (words, tags), doc in zip(sents, nlp.pipe(docs, batch_size=64)):
        gold = {s for s in spans_from_iob(tags) if s[2] in ("PER", "ORG", "LOC")}
        base = {(e.start, e.end, SPACY_MAP.get(e.label_)) for e in doc.ents if SPACY_MAP.get(e.label_) in ("PER", "ORG", "LOC")}
        ours = {(s.start, s.end, GEOKG_MAP[s.label_]) for s in doc.spans[SPANS_KEY] if s.label_ in GEOKG_MAP}
        # what our gazetteer leaves alone keeps the model's answer
        covered = {i for s in doc.spans[SPANS_KEY] for i in range(s.start, s.end)}
        ours |= {b for b in base if not any(i in covered for i in range(b[0], b[1]))}
        for label in ("PER", "ORG", "LOC"):
            g = {s for s in gold if s[2] == label}
            b = {s for s in base if s[2] == label}
            o = {s for s in ours if s[2] == label}
            gold_all[label] += len(g)
            base_all[label] += len(b)
            ours_all[label] += len(o)
            tp_base[label] += len(g & b)
            tp_ours[label] += len(g & o)

    def f1(tp, pred, gold):
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    return {"sentences": len(sents), **{label: {"spacy": f1(tp_base[label], base_all[label], gold_all[label]),
                                                 "geokg": f1(tp_ours[label], ours_all[label], gold_all[label])}
                                         for label in ("PER", "ORG", "LOC")}}


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def eval_html() -> dict:
    from kg.ingest.html import extract_html

    truth = json.loads((DATA / "article_extraction_benchmark" / "ground-truth.json").read_text(encoding="utf-8"))
    tp = pred = gold = 0
    scores = []
    for key, item in sorted(truth.items()):
        path = DATA / "article_extraction_benchmark" / "html" / f"{key}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        text, _ = extract_html(html)
        g, p = _tokens(item.get("articleBody", "")), _tokens(text)
        overlap = sum((g & p).values())
        tp, pred, gold = tp + overlap, pred + sum(p.values()), gold + sum(g.values())
        pr = overlap / sum(p.values()) if p else 0.0
        rc = overlap / sum(g.values()) if g else 0.0
        scores.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    precision, recall = tp / pred, tp / gold
    # the pages through the whole pipeline: events, and none whose actor is named only in junk
    import tempfile

    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    with tempfile.TemporaryDirectory() as tmp:
        for key in truth:
            path = DATA / "article_extraction_benchmark" / "html" / f"{key}.html.gz"
            (Path(tmp) / f"{key}.html").write_bytes(gzip.decompress(path.read_bytes()))
        ds, report = build_dataset([tmp])
        store = dataset_to_store(ds)
    from kg.vocab import PREFIXES

    events = int(next(iter(store.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }",
                                       prefixes=PREFIXES)))["n"].value)
    return {"pages": len(truth), "token_precision": round(precision, 3), "token_recall": round(recall, 3),
            "token_f1": round(2 * precision * recall / (precision + recall), 3),
            "mean_page_f1": round(sum(scores) / len(scores), 3),
            "pages_built": len(truth) - len(report.problems), "events": events,
            "event_actors_only_in_junk": _actors_only_in_junk(store)}



def _actors_only_in_junk(store) -> int:
    """Event actors (other than states, which have no text of their own to be junk) every
    mention of which lies in a junk span of its document."""
    from kg.vocab import PREFIXES

    actors = {row["a"].value for row in store.query("""SELECT DISTINCT ?a WHERE {
        ?e gev:agent|gev:target|gev:participant ?a . FILTER NOT EXISTS { ?a gev:isoCode ?iso } }""", prefixes=PREFIXES)}
    junk = defaultdict(list)
    for row in store.query("""SELECT ?d ?b ?e WHERE { ?d gev:junk ?j . ?j nif:beginIndex ?b ; nif:endIndex ?e }""",
                           prefixes=PREFIXES):
        junk[row["d"].value].append((int(row["b"].value), int(row["e"].value)))
    clean = set()
    for row in store.query("""SELECT ?a ?d ?b ?e WHERE { ?a a gev:Actor ; gev:mention ?m .
            ?m gev:document ?d ; nif:beginIndex ?b ; nif:endIndex ?e }""", prefixes=PREFIXES):
        b, e = int(row["b"].value), int(row["e"].value)
        if not any(jb < e and b < je for jb, je in junk.get(row["d"].value, ())):
            clean.add(row["a"].value)
    return len(actors - clean)


def eval_guardian() -> dict:
    from kg.vocab import PREFIXES

    with (DATA / "guardian_syria_2019" / "articles.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    store = _graph([{"id": f"guardian-{i}", "published": r["date"][:10], "text": r["text"], "source": "The Guardian"}
                    for i, r in enumerate(rows)])

    def count(q):
        return int(next(iter(store.query(q, prefixes=PREFIXES)))["n"].value)

    by_type = {row["t"].value: int(row["n"].value) for row in store.query("""
        SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?cls . ?cls rdfs:subClassOf+ gev:Event .
          FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?cls . FILTER (?sub != ?cls) }
          BIND (STRAFTER(STR(?cls), "#") AS ?t) } GROUP BY ?t ORDER BY ?t""", prefixes=PREFIXES)}
    junk_actors = _actors_only_in_junk(store)
    sample_rows = list(store.query("""SELECT ?e ?label ?sentence WHERE { ?e a gev:Event ; rdfs:label ?label ;
        gev:mention/gev:sentence ?sentence } ORDER BY ?e ?sentence""", prefixes=PREFIXES))
    firsts = {}
    for row in sample_rows:
        firsts.setdefault(row["e"].value, (row["label"].value, row["sentence"].value))
    pick = random.Random(2019).sample(sorted(firsts.items()), min(30, len(firsts)))
    RESULTS.mkdir(parents=True, exist_ok=True)
    with (RESULTS / "guardian_sample.txt").open("w", encoding="utf-8") as handle:
        for iri, (label, sentence) in pick:
            handle.write(f"{label}\n  {iri}\n  {sentence}\n\n")
    return {"articles": len(rows),
            "actors": count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a gev:Actor }"),
            "weapons": count("SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?w a gev:Weapon }"),
            "events": sum(by_type.values()), "events_by_type": by_type,
            "event_actors_only_in_junk": junk_actors,
            "sample": str((RESULTS / "guardian_sample.txt").relative_to(ROOT))}


EVALS = {"plover": eval_plover, "conll": eval_conll, "html": eval_html, "guardian": eval_guardian}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=",".join(EVALS))
    ap.add_argument("--json", type=Path, default=RESULTS / "eval.json")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is absent: nothing to evaluate", file=sys.stderr)
        return 2
    results = {}
    for name in args.only.split(","):
        t = time.time()
        results[name] = EVALS[name]()
        results[name]["seconds"] = round(time.time() - t, 1)
        print(name, json.dumps(results[name]), flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
