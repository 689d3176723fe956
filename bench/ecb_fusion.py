"""Event fusion measured on ECB+ (real news with gold within- and cross-document event
coreference): pairwise precision, recall and F1 of geokg's merges over the gold action
mentions that geokg extracts as events of its types.

    python bench/ecb_fusion.py ../shared/data/ecbplus [--topics 1,12 | --half dev] [--all-sentences] [--json out.json] [--errors]

Gold mentions are the action mentions of the sentences ECB+ lists as annotated with
coreference (ECBplus_coreference_sentences.csv, the corpus authors' evaluation subset; outside
them coreference was not annotated, so every mention there would count as a singleton);
``--all-sentences`` takes every action mention instead. A gold mention is *covered* when one of
geokg's event mentions (its trigger span) overlaps it. Over every pair of covered mentions in
the same topic, gold says "same event" when both belong to one coreference instance
(CROSS_DOC_COREF note, or an INTRA_DOC_COREF chain), geokg says so when both map to one event
IRI of the fused default graph. ECB+ carries no publication dates; geokg takes a document date
from a dateline or URL where the text has one.

``--errors`` also counts the missed and the false links by category of error, from the events
as each document reports them: within one document or across two, same type or not, how many of
the two name an agent (a described group such as "a man" is no name), and what named thing they
share (agent, target, place below a state) — a link between reports that share nothing named is
out of reach of any rule that does not merge unrelated events.

``--half dev`` (or ``scored``) runs one half of the 43 topics, split once by the fixed seed of
``bench/eval.py``: rules are changed reading the dev half; report both (a whole run takes 8-27
minutes). The result also scores the mentions covered before issue 13 (``before13``: the 373 of
``bench/data/ecb_covered_before13.tsv``, 0.627 then) that are still covered, by today's code and by
that code's own events: a like-for-like comparison, since covering more mentions changes the set."""

from __future__ import annotations

import argparse
import io
import itertools
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not another one installed in editable mode (a git worktree)


def selected_sentences(root: Path) -> set[tuple[str, int]]:
    """(document, sentence number) pairs ECB+ annotated with coreference."""
    import csv

    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        return {(f"{r['Topic']}_{r['File']}", int(r["Sentence Number"])) for r in csv.DictReader(handle)}


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
_CLITICS = {"s", "t", "re", "ve", "ll", "d", "m"}


def _glue(prev: str, word: str, nxt: str, line: list[str], quotes_open: bool) -> bool:
    """Whether ``word`` follows ``prev`` without a space. ECB+ gives tokens, not text; the text
    geokg reads is rebuilt the way it was printed ("doesn't", "co-writing", "2012-04-04",
    "4/4/2012", URLs, "(EYP MCF)"), because spaced-out tokens ("2012 - 04 - 04") would hide
    dates and names from any reader."""
    if line and line[0].lower().startswith("http"):
        return True  # a URL line
    if word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
        return True
    if word in ("'", "’") and nxt in _CLITICS and prev[-1:].isalpha():
        return True  # doesn ’ t
    if prev in ("'", "’") and word in _CLITICS:
        return True
    if word in ("-", "/") and prev[-1:].isalnum() and nxt[:1].isalnum():
        return True  # co - writing, 2012 - 04, 4 / 4
    if prev in ("-", "/") and word[:1].isalnum() and len(line) >= 2 and line[-2][-1:].isalnum():
        return True
    if prev == ":" and word.isdigit() and len(line) >= 2 and line[-2].isdigit():
        return True  # 8 : 00
    if word == '"':
        return quotes_open  # a closing quote attaches to the word before it
    if prev == '"' and not quotes_open:
        return True  # an opening quote attaches to the word after it
    return False


def read_doc(path: Path, selected: set[tuple[str, int]] | None = None):
    root = ET.parse(path).getroot()
    tokens = []  # (t_id, sentence, text)
    for tok in root.iter("token"):
        tokens.append((tok.get("t_id"), int(tok.get("sentence")), tok.text or ""))
    sentence_of = {t_id: sent for t_id, sent, _ in tokens}
    text_parts, offsets, pos, prev_sent = [], {}, 0, None
    line: list[str] = []
    quotes_open = False
    for n, (t_id, sent, word) in enumerate(tokens):
        nxt = tokens[n + 1][2] if n + 1 < len(tokens) and tokens[n + 1][1] == sent else ""
        if prev_sent is not None and sent != prev_sent:
            line, quotes_open = [], False
            text_parts.append("\n")
            pos += 1
        elif prev_sent is not None and not _glue(line[-1], word, nxt, line, quotes_open):
            text_parts.append(" ")
            pos += 1
        if word == '"':
            quotes_open = not quotes_open
        line.append(word)
        word = {"``": "“", "''": "”"}.get(word, word)  # PTB quotes as printed
        offsets[t_id] = (pos, pos + len(word))
        text_parts.append(word)
        pos += len(word)
        prev_sent = sent
    text = "".join(text_parts) + "\n"
    markables = root.find("Markables")
    actions = {}
    for m in markables if markables is not None else []:
        if m.tag.startswith(("ACTION", "NEG")):
            ids = [a.get("t_id") for a in m.iter("token_anchor") if a.get("t_id") in offsets]
            anchors = [offsets[t] for t in ids]
            if anchors and (selected is None or (path.stem, sentence_of[ids[0]]) in selected):
                actions[m.get("m_id")] = (min(a[0] for a in anchors), max(a[1] for a in anchors))
    instance = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag not in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            continue
        target = rel.find("target")
        key = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{path.name}:{rel.get('r_id')}:{target.get('m_id') if target is not None else ''}"
        for src in rel.iter("source"):
            if src.get("m_id") in actions:
                instance[src.get("m_id")] = key
    return text, actions, instance


_REPORTS_Q = """SELECT ?g ?e ?cls ?p ?o WHERE { GRAPH ?g { ?e a gev:Event ; a ?cls ; ?p ?o .
    FILTER (?p IN (gev:agent, gev:participant, gev:target, gev:place)) } ?cls rdfs:subClassOf+ gev:Event .
    FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?cls . FILTER (?sub != ?cls) } }"""
_MENTIONS_Q = """SELECT ?g ?e ?b ?end WHERE { GRAPH ?g { ?e a gev:Event ; gev:mention ?m .
    ?m nif:beginIndex ?b ; nif:endIndex ?end } }"""


def _reports(store) -> tuple[dict, dict]:
    """Each document graph's events: (graph, event) -> {"type", "agent", "target", "place"} with
    the named things of each role; and document graph -> [(start, end, event)]."""
    from kg.vocab import PREFIXES

    reports: dict = {}
    for row in store.query(_REPORTS_Q, prefixes=PREFIXES):
        r = reports.setdefault((row["g"].value, row["e"].value), {"agent": set(), "target": set(), "place": set()})
        r["type"] = row["cls"].value.rsplit("#", 1)[1]
        role = {"participant": "agent"}.get(row["p"].value.rsplit("#", 1)[1], row["p"].value.rsplit("#", 1)[1])
        if "/group/~" not in row["o"].value and "/country/" not in row["o"].value:
            r[role].add(row["o"].value.casefold())  # described groups and states alone name no one
    spans: dict = defaultdict(list)
    for row in store.query(_MENTIONS_Q, prefixes=PREFIXES):
        spans[row["g"].value].append((int(row["b"].value), int(row["end"].value), row["e"].value))
    return reports, spans


def error_category(a: dict, b: dict, same_document: bool) -> str:
    """The category of a missed or false link between two reports (see ``--errors``)."""
    if same_document:
        return "within one document"
    if a.get("type") != b.get("type"):
        return "types differ"
    named = sum(bool(r["agent"]) for r in (a, b))
    shared = [k for k in ("agent", "target", "place") if a[k] & b[k]]
    return f"{named} of 2 name an agent; share {'+'.join(shared) or 'nothing named'}"


BEFORE13 = Path(__file__).parent / "data" / "ecb_covered_before13.tsv"


def topic_half(names: list[str], half: str) -> list[str]:
    """The topics of one half ("dev" or "scored"), split once by bench/eval.py's fixed seed."""
    sys.path.insert(0, str(Path(__file__).parent))
    from eval import split_half

    dev = split_half(names, "ecbplus")
    return sorted((n for n in names if (n in dev) == (half == "dev")), key=int)


def _before13() -> dict[tuple[str, str], str]:
    """(document, markable) -> the event it was fused into before issue 13."""
    out = {}
    for line in BEFORE13.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            doc, mid, ev = line.split("\t")
            out[(doc, mid)] = ev
    return out


def covering_event(spans: list[tuple], start: int, end: int) -> str | None:
    """The one of our events a gold mention (``start``, ``end``) is scored as: the event of a
    mention overlapping it. A span can be a mention of several events ("the clashes" after two
    reported clashes is a mention of each, kg.resolve.within): then the one the document reported
    last before it, as a reader takes it (else the first reported after it). ``spans``: (begin,
    end, event IRI, ...) of the document's event mentions, in any order — a SPARQL result's order
    changes with the hash seed, and taking its first made the figures change from run to run."""
    hits = sorted({ev for b, en, ev, *_ in spans if b < end and start < en})
    if len(hits) <= 1:
        return hits[0] if hits else None

    def order(ev: str) -> tuple[int, float]:
        starts = [b for b, _, x, *_ in spans if x == ev]
        return max((b for b in starts if b < start), default=-1), -min((b for b in starts if b >= end), default=float("inf"))

    return max(hits, key=order)  # (the first of equals in IRI order)


def pairwise(mapped: list[tuple], score: dict) -> None:
    """Add the pairs of one topic's covered mentions (…, gold instance, our event, …) to ``score``."""
    for a, b in itertools.combinations(mapped, 2):
        g, p = a[2] == b[2], a[3] == b[3]
        score["gold_links"] += g
        score["predicted_links"] += p
        score["true_links"] += g and p


def prf(score: dict) -> dict:
    p = score["true_links"] / score["predicted_links"] if score["predicted_links"] else 0.0
    r = score["true_links"] / score["gold_links"] if score["gold_links"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**score, "pairwise_precision": round(p, 3), "pairwise_recall": round(r, 3), "pairwise_f1": round(f, 3)}


def evaluate(root: Path, topics: list[str] | None = None, all_sentences: bool = False,
             errors: bool = False, links: Path | None = None) -> dict:
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    topic_dirs = sorted((d for d in root.iterdir() if d.is_dir()), key=lambda d: int(d.name))
    if topics:
        topic_dirs = [d for d in topic_dirs if d.name in topics]
    selected = None if all_sentences else selected_sentences(root)
    before = _before13()
    now13 = {"mentions": 0, "gold_links": 0, "predicted_links": 0, "true_links": 0}
    then13 = dict(now13)
    tp = pred_links = gold_links = covered = gold_total = 0
    per_type: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    false: dict[str, int] = defaultdict(int)
    empty = {"agent": set(), "target": set(), "place": set()}
    t0 = time.time()
    ndocs = 0
    dump = links.open("w", encoding="utf-8") if links else None
    for tdir in topic_dirs:
        docs = {}
        lines = []
        for path in sorted(tdir.glob("*.xml")):
            text, actions, instance = read_doc(path, selected)
            docs[path.stem] = (text, actions, instance)
            lines.append(json.dumps({"id": path.stem, "text": text}))
        ndocs += len(docs)
        ds, _ = build_dataset(["-"], stdin=io.BytesIO(("\n".join(lines) + "\n").encode("utf-8")))
        store = dataset_to_store(ds)
        ours = defaultdict(list)  # doc id -> [(start, end, event, type)]
        q = """SELECT ?e ?id ?b ?end ?cls WHERE {
                 ?e a gev:Event ; a ?cls ; gev:mention ?m . ?cls rdfs:subClassOf+ gev:Event .
                 FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?cls . FILTER (?sub != ?cls) }
                 ?m nif:beginIndex ?b ; nif:endIndex ?end ; gev:document/dcterms:identifier ?id }"""
        from kg.vocab import PREFIXES

        for row in store.query(q, prefixes=PREFIXES):
            ours[row["id"].value].append((int(row["b"].value), int(row["end"].value), row["e"].value,
                                          row["cls"].value.rsplit("#", 1)[1]))
        if errors:
            reports, spans = _reports(store)
            graph_of = {}
            for row in store.query("SELECT ?g ?id WHERE { GRAPH ?g { ?g dcterms:identifier ?id } }", prefixes=PREFIXES):
                graph_of[row["id"].value] = row["g"].value
        mapped = []  # (doc, m_id, gold instance, our event, the report of its document)
        for doc, (text, actions, instance) in docs.items():
            for m_id, (s, e) in actions.items():
                gold_total += 1
                ev = covering_event(ours.get(doc, []), s, e)
                hit = (ev, next(ty for _, _, x, ty in ours[doc] if x == ev)) if ev else None
                if hit:
                    covered += 1
                    per_type[hit[1]] += 1
                    report = None
                    if errors:
                        g = graph_of.get(doc)
                        own = covering_event(spans.get(g, []), s, e)
                        report = reports.get((g, own), {**empty, "type": hit[1]})
                    mapped.append((doc, m_id, instance.get(m_id, f"{doc}:{m_id}"), hit[0], report))
        if dump:
            for doc, m_id, gold, event, _ in mapped:
                dump.write(f"{tdir.name}\t{doc}\t{m_id}\t{gold}\t{event}\n")
        old = [m for m in mapped if (m[0], m[1]) in before]
        now13["mentions"] += len(old)
        then13["mentions"] += len(old)
        pairwise(old, now13)
        pairwise([(d, i, g, before[(d, i)]) for d, i, g, *_ in old], then13)
        for a, b in itertools.combinations(mapped, 2):
            g = a[2] == b[2]
            p = a[3] == b[3]
            gold_links += g
            pred_links += p
            tp += g and p
            if errors and g != p:
                (missed if g else false)[error_category(a[4], b[4], a[0] == b[0])] += 1
    if dump:
        dump.close()
    precision = tp / pred_links if pred_links else 0.0
    recall = tp / gold_links if gold_links else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"topics": len(topic_dirs), "documents": ndocs,
            "gold_mentions_from": "every sentence" if all_sentences else "the sentences annotated with coreference", "gold_action_mentions": gold_total,
            "covered_mentions": covered, "covered_by_type": dict(sorted(per_type.items())),
            "gold_links": gold_links, "predicted_links": pred_links, "true_links": tp,
            "pairwise_precision": round(precision, 3), "pairwise_recall": round(recall, 3),
            "pairwise_f1": round(f1, 3), "seconds": round(time.time() - t0, 1),
            "before13": {"covered_then": len(before), "now": prf(now13), "then": prf(then13)},
            **({"missed_links_by_category": dict(sorted(missed.items(), key=lambda kv: -kv[1])),
                "false_links_by_category": dict(sorted(false.items(), key=lambda kv: -kv[1]))} if errors else {})}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--topics", default="")
    ap.add_argument("--half", choices=("dev", "scored"), help="one half of the topics (split by a fixed seed)")
    ap.add_argument("--all-sentences", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--errors", action="store_true", help="count missed and false links by category of error")
    ap.add_argument("--links", type=Path, help="write each covered gold mention and the event it maps to (TSV: topic, "
                    "document, markable, gold instance, event IRI), to diff two runs' links")
    args = ap.parse_args(argv)
    topics = [t for t in args.topics.split(",") if t] or None
    if args.half:
        topics = topic_half([d.name for d in args.root.iterdir() if d.is_dir()], args.half)
    result = evaluate(args.root, topics, args.all_sentences, args.errors, args.links)
    if args.half:
        result["half"] = args.half
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
