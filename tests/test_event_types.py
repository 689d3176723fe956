"""The one registry of event types (kg.vocab.event_types): what each type is comes from the
ontology; a trigger naming an unknown type is refused when the rules load; and adding an event
type is an ontology block plus trigger rows, with no Python change."""

from __future__ import annotations

import shutil

import pytest
from rdflib import RDF

from kg.extract import extract, load_rules
from kg.extract.rules import RulesError
from kg.ingest.document import Document
from kg.resources import data_path, ontology_path
from kg.vocab.event_types import load_registry, registry

GEV = "https://w3id.org/geokg/ontology#"


def test_the_registry_reads_what_each_type_is_from_the_ontology():
    types = registry()
    assert sorted(types.symmetric) == ["Agreement", "Cooperation", "Meeting"]
    assert sorted(types.speech) == ["Condemnation", "Demand", "Rejection", "Statement", "Support", "Threat"]
    assert sorted(types.multi_party) == ["Agreement", "Cooperation", "Meeting", "Visit"]  # a Visit is a Meeting
    assert types["Visit"].superclasses == (GEV + "Meeting", GEV + "Event")
    assert types["Attack"].preps("target", "NOUN") == {"on", "against", "of", "with"}
    assert (types["Attack"].cameo, types["Attack"].plover) == ("190", "ASSAULT")
    assert set(types.colors()) == set(types)  # every type has its colour on the page
    assert sorted(types.hidden) == ["Incident", "Statement"]  # drawn on the page only when ticked
    assert sorted(n for n in types if types[n].promised_agrees) == ["Aid", "Concession", "Cooperation", "Release", "Support"]
    # a country as the object is where it happens: attacked, entered, visited; not sanctioned
    assert sorted(types.state_place) == ["Attack", "MilitaryDeployment", "Visit"]


def test_a_trigger_of_an_unknown_type_is_refused_when_the_rules_load(tmp_path):
    lexicon = tmp_path / "lexicon"
    shutil.copytree(data_path("lexicon"), lexicon)
    with (lexicon / "triggers.tsv").open("a", encoding="utf-8") as out:
        out.write("abduct\tVERB\tKidnaping\t-\n")  # misspelt type
    with pytest.raises(RulesError, match=r"trigger 'abduct' names unknown event type 'Kidnaping'"):
        load_rules(lexicon)



@pytest.mark.parametrize("need", ["obj:", "weapons", "notobject:car|cars", "weapon&happenning"])
def test_a_trigger_whose_need_cannot_be_read_is_refused_when_the_rules_load(tmp_path, need):
    """A misspelt need made its row silently never match; the rules now refuse it by name."""
    lexicon = tmp_path / "lexicon"
    shutil.copytree(data_path("lexicon"), lexicon)
    with (lexicon / "triggers.tsv").open("a", encoding="utf-8") as out:
        out.write(f"abduct\tVERB\tAttack\t{need}\n")
    with pytest.raises(RulesError, match=r"trigger 'abduct': need '.+' is none of"):
        load_rules(lexicon)


ARREST_BLOCK = """
gev:Arrest a owl:Class ; rdfs:subClassOf gev:Event ; rdfs:label "Arrest"@en ;
    rdfs:comment "Detaining or arresting people."@en .

gev:EventType_Arrest a skos:Concept ;
    skos:inScheme gev:EventTypes ;
    skos:prefLabel "Arrest"@en ;
    rdfs:seeAlso gev:Arrest ;
    gev:directed true ;
    gev:rolePrepositions "target NOUN of", "place VERB in|at", "place NOUN in|at" ;
    gev:displayColor "#123456" ;
    gev:cameoCode "173" ;
    gev:ploverType "COERCE" .
"""


def test_adding_an_event_type_is_an_ontology_block_plus_trigger_rows(tmp_path):
    from kg.nlp import shared_pipeline
    from kg.rdf import GraphBuilder

    ontology = tmp_path / "geoevent.ttl"
    ontology.write_text(ontology_path("geoevent.ttl").read_text(encoding="utf-8") + ARREST_BLOCK, encoding="utf-8")
    lexicon = tmp_path / "lexicon"
    shutil.copytree(data_path("lexicon"), lexicon)
    with (lexicon / "triggers.tsv").open("a", encoding="utf-8") as out:
        out.write("arrest\tVERB\tArrest\t-\ndetain\tVERB\tArrest\t-\narrest\tNOUN\tArrest\t-\n")
    types = load_registry(ontology)
    rules = load_rules(lexicon, types)

    text = "Russia arrested the American journalist Evan Gershkovich in Yekaterinburg on Thursday."
    document = Document(text=text, source="test", published="2023-03-31")
    ex = extract(shared_pipeline()(text), document, rules)
    got = [(e.type, e.trigger, e.agents, e.targets, e.date) for e in ex.events]
    assert got == [("Arrest", "arrest", ["country:RUS"], ["person:Evan Gershkovich"], "2023-03-30")]

    builder = GraphBuilder(event_types=types.types)
    quads = builder.document_quads(document, ex)
    typed = {q.object.value for q in quads if q.predicate.value == str(RDF.type)}
    assert {GEV + "Arrest", GEV + "Event"} <= typed
    assert types.colors()["Arrest"] == "#123456"
    assert "Arrest" in types.directed

    # the graph is built as `kg build` builds it (the ontology in its named graph, the document
    # graph, the default graph from cross-document resolution) and validates: the shapes take
    # the event classes from the ontology, with no list to extend
    import pyoxigraph as ox

    from kg.pipeline import document_record
    from kg.rdf.build import ONTOLOGY_GRAPH
    from kg.store import write_default_graph
    from kg.validate import validate_store

    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                 for t in ox.parse(path=str(ontology), format=ox.RdfFormat.TURTLE)
                 if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode))
    store.extend(quads)
    write_default_graph(store, [document_record(builder, document, ex)])
    arrests = list(store.query(f"SELECT ?e WHERE {{ ?e a <{GEV}Arrest> }}", default_graph=[ox.DefaultGraph()]))
    assert len(arrests) == 1
    report = validate_store(store)
    assert report.conforms, report.text


# ------------------------------------------------------------------ triggers from PETRARCH2
def test_the_generated_triggers_are_known_types_and_the_hand_rows_win():
    rules = load_rules()
    assert rules.verbs["attack"][0].generated is False  # written by hand
    assert all(r.generated for r in rules.verbs["detain"])  # from PETRARCH2 (CAMEO 173 → Coercion)
    assert [r.type for r in rules.verbs["detain"]][-1] == "Coercion"
    assert "demand" in rules.trigger_lemmas()["VERB"] and "explosion" in rules.trigger_lemmas()["NOUN"]


def test_the_generated_triggers_are_what_the_script_makes_of_the_dictionaries(tmp_path):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    data = root.parent / "shared" / "data"
    if not (data / "petrarch2").is_dir():
        pytest.skip("needs ../shared/data/petrarch2")
    spec = importlib.util.spec_from_file_location("petrarch_triggers", root / "tools" / "petrarch_triggers.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    out = tmp_path / "triggers_petrarch.tsv"
    assert tool.main([str(data), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == data_path("lexicon", "triggers_petrarch.tsv").read_text(encoding="utf-8")


def _cielab(hex_colour: str) -> tuple[float, float, float]:
    """sRGB (D65) to CIELAB, by the published formulas."""
    def linear(c: float) -> float:
        return ((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92
    r, g, b = (linear(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda v: v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116  # noqa: E731
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_every_two_event_types_are_told_apart_on_the_page():
    """The page colours each event by its type: two types closer than 20 CIELAB units (Attack,
    Coercion and Rejection were all dark reds, 12-15 apart) read as one at a glance, and a colour
    lighter than L* 85 vanishes on the white network."""
    import itertools
    import math

    colours = registry().colors()
    lab = {name: _cielab(c) for name, c in colours.items()}
    close = sorted((round(math.dist(lab[a], lab[b])), a, b)
                   for a, b in itertools.combinations(sorted(lab), 2) if math.dist(lab[a], lab[b]) < 20)
    assert close == []
    assert [n for n, (lightness, _, _) in lab.items() if lightness > 85] == []


@pytest.mark.parametrize("text, with_roles, without", [
    # a measure's own object is aimed where its "imposedOn" prepositions say
    ("Washington lifted its embargo against Libya on Monday.",
     [("Concession", "lift", ["country:USA"], ["country:LBY"])],
     [("Concession", "lift", ["country:USA"], [])]),
    # a noun trigger in a verb's "carrier" phrase is done by the verb's subject
    ("The minister arrived in Amman on a visit.",
     [("Visit", "arrive", ["group:~d2f736857a:minister"], ["country:JOR"]),
      ("Visit", "visit", ["group:~d2f736857a:minister"], ["country:JOR"])],
     [("Visit", "arrive", ["group:~d2f736857a:minister"], ["country:JOR"]), ("Visit", "visit", [], [])]),
])
def test_the_measure_and_carrier_prepositions_are_registry_rows(tmp_path, text, with_roles, without):
    """Whom a measure is imposed on and which phrases carry a noun trigger are the ontology's
    ``imposedOn`` and ``carrier`` role rows: the same sentence read with those rows removed loses
    what they gave (no type names in the extraction code)."""
    import re

    from kg.nlp import shared_pipeline

    full = ontology_path("geoevent.ttl").read_text(encoding="utf-8")
    stripped = re.sub(r'"(imposedOn|carrier) NOUN [a-z|]+",\s*', "", full)
    assert stripped != full
    for ttl, expected in ((full, with_roles), (stripped, without)):
        ontology = tmp_path / "geoevent.ttl"
        ontology.write_text(ttl, encoding="utf-8")
        rules = load_rules(data_path("lexicon"), load_registry(ontology))
        ex = extract(shared_pipeline()(text), Document(text=text, source="test", published="2024-01-02"), rules)
        assert [(e.type, e.trigger, e.agents, e.targets) for e in ex.events] == expected


def test_a_generated_row_of_a_lemma_written_by_hand_is_dropped_in_every_file(tmp_path):
    """triggers.tsv's lemmas shadow the generated files' rows (whatever their order); a lemma
    only generated keeps its rows; the fallback file adds to both."""
    (tmp_path / "triggers.tsv").write_text("strike\tVERB\tAttack\t-\n", encoding="utf-8")
    (tmp_path / "triggers_a.tsv").write_text("strike\tVERB\tProtest\t-\nmarch\tVERB\tProtest\t-\n", encoding="utf-8")
    (tmp_path / "triggers_b.tsv").write_text("strike\tNOUN\tProtest\t-\nstrike\tVERB\tThreat\t-\n", encoding="utf-8")
    (tmp_path / "triggers_fallback.tsv").write_text("strike\tVERB\tStatement\t-\n", encoding="utf-8")
    (tmp_path / "cues.tsv").write_text("".join(f"{k}\tx\n" for k in (
        "support", "say", "hypothetical", "modal", "generic", "coercive", "cooperative")), encoding="utf-8")
    rules = load_rules(tmp_path)
    assert {k: [(r.type, r.generated) for r in v] for k, v in rules.verbs.items()} == {
        "strike": [("Attack", False), ("Statement", False)], "march": [("Protest", True)]}
    assert {k: [(r.type, r.generated) for r in v] for k, v in rules.nouns.items()} == {"strike": [("Protest", True)]}
