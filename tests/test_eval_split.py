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


# ------------------------------------------------------------ scoring in no order of the store's
_B = "https://w3id.org/geokg/id/"
_GEV = "https://w3id.org/geokg/ontology#"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def _located_twice_quads():
    """Record 00000's graph: an Attack with two places named inside the gold location ("Baghdad's
    Al-Tehran square"), a site without coordinates and a town with them."""
    import pyoxigraph as ox

    def n(iri):
        return ox.NamedNode(iri)

    doc, event = n(_B + "doc/00000"), n(_B + "event/Attack/1")
    site, town = n(_B + "place/~1/square"), n(_B + "place/geonames-98182")
    a = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    quads = [ox.Quad(n(_GEV + "Attack"), n("http://www.w3.org/2000/01/rdf-schema#subClassOf"), n(_GEV + "Event")),
             ox.Quad(town, n("http://www.w3.org/2003/01/geo/wgs84_pos#lat"), ox.Literal("33.3"))]

    def mention(node, begin, end):
        m = n(f"{doc.value}#char={begin},{end}")
        return [ox.Quad(node, n(_GEV + "mention"), m, doc),
                ox.Quad(m, n(_NIF + "beginIndex"), ox.Literal(str(begin), datatype=n("http://www.w3.org/2001/XMLSchema#integer")), doc),
                ox.Quad(m, n(_NIF + "endIndex"), ox.Literal(str(end), datatype=n("http://www.w3.org/2001/XMLSchema#integer")), doc)]

    quads += [ox.Quad(doc, n("http://purl.org/dc/terms/identifier"), ox.Literal("00000"), doc),
              ox.Quad(event, a, n(_GEV + "Attack"), doc), ox.Quad(event, n(_GEV + "modality"), ox.Literal("asserted"), doc),
              ox.Quad(event, n(_GEV + "confidence"), ox.Literal("0.9", datatype=n("http://www.w3.org/2001/XMLSchema#decimal")), doc),
              ox.Quad(event, n(_GEV + "place"), site, doc), ox.Quad(event, n(_GEV + "place"), town, doc),
              *mention(event, 29, 35), *mention(town, 47, 54), *mention(site, 67, 73)]
    return quads


@pytest.mark.parametrize("reverse", [False, True])
def test_event_location_coordinates_mark_whatever_order_the_store_answers_in(tmp_path, monkeypatch, reverse):
    """An event with two places over the gold location, one with coordinates: the record's
    coordinates mark is the same whatever order the quads went into the store. It took the first
    place the store answered, and an in-memory Oxigraph store answers in the order the quads went
    in, which the eval's rdflib dataset (hash-ordered sets) made depend on PYTHONHASHSEED: the
    set's coordinates figure was 0.350 or 0.352 of 688 from one run to the next (record 05709)."""
    import json

    import pyoxigraph as ox

    text = "Five were killed in a mortar attack in central Baghdad's Al-Tehran square."
    assert (text[29:35], text[47:54], text[67:73]) == ("attack", "Baghdad", "square")
    (tmp_path / "event_location").mkdir()
    record = {"text": text, "answer": "accept", "spans": [
        {"label": "VERB", "start": 29, "end": 35}, {"label": "LOCATION", "start": 47, "end": 73}]}
    (tmp_path / "event_location" / "labeled.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    monkeypatch.setattr(ev, "DATA", tmp_path)
    monkeypatch.setattr(ev, "_DEV", {})
    quads = _located_twice_quads()  # the event at "attack", the town at "Baghdad", the site at "square"
    store = ox.Store()
    store.extend(list(reversed(quads)) if reverse else quads)
    monkeypatch.setattr(ev, "_graph", lambda records: store)
    (outcome,) = ev.outcomes_event_location()
    assert outcome.marks == {"verb_event": True, "location_mark_holds_a_word": True,
                             "place_overlaps_location": True, "place_has_coordinates": True}


@pytest.mark.parametrize("mark, expected", [
    ((17, 18), {"verb_event": False, "location_mark_holds_a_word": False}),  # "r" of "officer"
    ((20, 24), {"verb_event": False, "location_mark_holds_a_word": False}),  # "as c": parts of two words
    ((38, 42), {"verb_event": False, "location_mark_holds_a_word": False}),  # "abul"
    ((37, 42), {"verb_event": False, "location_mark_holds_a_word": True, "place_overlaps_location": False,
                  "place_has_coordinates": None}),
    ((32, 39), {"verb_event": False, "location_mark_holds_a_word": True, "place_overlaps_location": False,
                  "place_has_coordinates": None}),
])
def test_event_location_mark_without_a_whole_word_is_not_scored_for_place(tmp_path, monkeypatch, mark, expected):
    """A LOCATION mark whose offsets hold no whole word (broken upstream: 224 of the 2,327 marked
    records, "w" of "was", "ler" of "artillery") marks no place, so the record is not scored for
    place; a mark holding a word ("Kabul", or "from Ka" cut short) is scored as before."""
    import json

    import pyoxigraph as ox

    text = "The police officer was captured from Kabul today."
    assert (text[17:18], text[20:24], text[38:42], text[37:42], text[32:39]) == (
        "r", "as c", "abul", "Kabul", "from Ka")
    (tmp_path / "event_location").mkdir()
    record = {"text": text, "answer": "accept", "spans": [
        {"label": "VERB", "start": 23, "end": 31}, {"label": "LOCATION", "start": mark[0], "end": mark[1]}]}
    (tmp_path / "event_location" / "labeled.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    monkeypatch.setattr(ev, "DATA", tmp_path)
    monkeypatch.setattr(ev, "_DEV", {})
    monkeypatch.setattr(ev, "_graph", lambda records: ox.Store())
    (outcome,) = ev.outcomes_event_location()
    assert outcome.marks == expected


def test_cameo_class_answers_in_the_issue_s_and_the_set_s_own_quad_classes(monkeypatch):
    # a sanction answers "material conflict" in the issue's set of types, not in the CAMEO
    # sentences' own (Phoenix) quad classes, which put CAMEO 16 in verbal conflict; a protest
    # answers it only in theirs; a hypothetical attack in neither
    rows = [{"key": "a", "text": "s", "label": 3}, {"key": "b", "text": "p", "label": 4},
            {"key": "c", "text": "h", "label": 4}, {"key": "d", "text": "x", "label": 4}]
    found = {"a": [ev.Found("Sanction", "asserted")], "b": [ev.Found("Protest", "asserted")],
             "c": [ev.Found("Attack", "hypothetical")], "d": [ev.Found("Attack", "asserted")]}
    monkeypatch.setattr(ev, "_class_records", lambda: rows)
    monkeypatch.setattr(ev, "_capped", lambda rs, name, key=None: rs)
    monkeypatch.setattr(ev, "_found", lambda docs: (found, None))
    marks = {o.key: o.marks for o in ev.outcomes_cameo_class()}
    assert [marks[k]["class4_precision"] for k in "ad"] == [False, True]
    assert marks["b"].get("class4_precision") is None and marks["b"]["class4_precision_phoenix"] is True
    assert marks["a"].get("class4_precision_phoenix") is None
    assert [marks[k]["class4_recall"] for k in "bcd"] == [False, False, True]
    assert [marks[k]["class4_recall_phoenix"] for k in "bcd"] == [True, False, True]
