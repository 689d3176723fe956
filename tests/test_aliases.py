"""One label, one node (issue 14.3): a named group or organisation is one identity whatever name
or alias of the lexicons a text calls it by ("Isis", "ISIL", "Daesh", "Islamic State"), with one
rdfs:label (the lexicon's name) and the names the texts used as skos:altLabel."""

from __future__ import annotations

import io
import json

import pytest

from kg.nlp.lexicon import ORG, fold, styled_acronyms

GEV = "https://w3id.org/geokg/ontology#"


@pytest.mark.parametrize("name, folded", [
    ("the PKK", "pkk"),
    ("Kurdistan Workers’ Party", "kurdistanworkersparty"),
    ("Kurdistan Workers'Party", "kurdistanworkersparty"),  # a name glued at its apostrophe is the same name
    ("al-Qaida", "alqaida"),
    ("Al Qaida", "alqaida"),
    ("The", "the"),  # "the" alone is a name, not a leading article
])
def test_fold(name, folded):
    assert fold(name) == folded


def test_styled_acronyms():
    assert styled_acronyms(["ISIS", "ISIL", "IS", "Daesh", "G-20", "UN", "NATO"]) == ["Isis", "Isil", "Nato"]


@pytest.fixture(scope="module")
def lexicon():
    from kg.nlp.lexicon import load_lexicon

    return load_lexicon()


@pytest.mark.parametrize("text, key", [
    # geokg's own aliases, in the case newspapers write them
    ("Isis", "org:Islamic State"),
    ("ISIS", "org:Islamic State"),
    ("Isil", "org:Islamic State"),
    ("Daesh", "org:Islamic State"),
    ("the Islamic State group", "org:Islamic State"),
    ("Hizbullah", "org:Hezbollah"),
    ("Kurdistan Workers’ Party", "org:Kurdistan Workers' Party"),
    ("the Pkk", "org:Kurdistan Workers' Party"),
    ("al-Qaida", "org:al-Qaeda"),
    ("Nato", "org:NATO"),
    # a Phoenix entry whose name geokg knows joins geokg's identity with all its names
    ("Islamic Resistance Movement", "org:Hamas"),
    ("KONGRA-GEL", "org:Kurdistan Workers' Party"),
    # a Phoenix entry geokg does not know keeps its own
    ("Turkish Hezbollah", "org:Turkish Hezbollah"),
    ("Isis International Manila", "org:Isis International Manila"),
    ("Some Unknown Brigade", None),
])
def test_a_model_span_named_by_any_alias_gets_the_one_key(lexicon, text, key):
    assert lexicon.lookup(ORG, text) == key


def test_an_alias_of_a_phoenix_entry_does_not_capture_one_of_geokgs_names(lexicon):
    """Only a Phoenix entry's own name joins it to geokg's: its aliases are loose."""
    assert lexicon.lookup(ORG, "Congress") == "org:Congress"


def test_newspaper_acronyms_match_in_text_unless_the_word_names_a_place(lexicon):
    styled = {e.text: e.key for e in lexicon.entries if e.label == ORG and e.text in ("Isis", "Nato", "Sana")}
    assert styled == {"Isis": "org:Islamic State", "Nato": "org:NATO"}  # SANA's "Sana" is a place name


ARTICLES = [
    ("a1", "2019-03-01", "Isis fighters attacked the town of Hajin in Syria on Sunday, killing 12 civilians."),
    ("a2", "2019-03-02", "Islamic State fighters shelled Kurdish positions near Baghuz in Syria on Monday."),
    ("a3", "2019-03-03", "Daesh militants attacked a checkpoint in Raqqa, Syria, on Tuesday, the SDF said."),
    ("a4", "2019-03-04", "Isis claimed the bombing of a market in Manbij, Syria, on Wednesday."),
]


def test_one_group_named_four_ways_in_four_articles_is_one_node_with_one_label(tmp_path):
    """The default graph a build writes has one actor for the Islamic State, labelled by its
    lexicon name, the other names as skos:altLabel; no actor of any alias's name is left."""
    from kg.pipeline import build_store

    lines = "".join(json.dumps({"id": i, "published": d, "text": t}) + "\n" for i, d, t in ARTICLES)
    store, report = build_store(["-"], stdin=io.BytesIO(lines.encode("utf-8")))
    assert report.documents == 4 and not report.problems
    rows = store.query(f"""
        SELECT ?x ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?alts) WHERE {{
          ?x a <{GEV}Actor> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
          OPTIONAL {{ ?x <http://www.w3.org/2004/02/skos/core#altLabel> ?alt }}
          FILTER (REGEX(?label, "isis|islamic|daesh|isil", "i"))
        }} GROUP BY ?x ?label""")
    got = [(r["x"].value.rsplit("/", 1)[1], r["label"].value, set(r["alts"].value.split("|"))) for r in rows]
    assert got == [("Islamic_State", "Islamic State", {"Isis", "Daesh"})]
    docs = store.query(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?x <{GEV}mention>/<{GEV}document> ?d . "
                       f"?x <http://www.w3.org/2000/01/rdf-schema#label> \"Islamic State\" }}")
    assert int(next(iter(docs))["n"].value) == 4  # named in every article
    agents = store.query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{GEV}Attack> ; <{GEV}agent> ?x . "
                         f"?x <http://www.w3.org/2000/01/rdf-schema#label> \"Islamic State\" }}")
    assert int(next(iter(agents))["n"].value) >= 2


def test_titles_before_names_are_data(tmp_path):
    """Words of address and rank are rows of ``name_titles.tsv``: a new row is read by the
    gazetteer's lexicon (address words are cut from a person's name) with no code change, and
    fusion compares names without any of the file's words."""
    import shutil

    from kg.nlp.lexicon import load_lexicon
    from kg.resolve.fusion import _name_words
    from kg.resources import data_path, name_titles

    rows = name_titles()
    assert {"dr", "mrs", "sir"} <= {w for w, kind in rows if kind == "address"}
    assert {"deputy", "capt", "sheriff"} <= {w for w, kind in rows if kind == "rank"}
    assert {kind for _, kind in rows} == {"address", "rank"}
    # fusion drops every word of the file before a surname, of either kind
    assert _name_words("id/person/USA/mrs_jane_doe") == (["jane", "doe"], True)
    assert _name_words("id/person/USA/sheriff_joe_arpaio") == (["joe", "arpaio"], True)
    assert _name_words("id/person/USA/brig_joe_arpaio") == (["brig", "joe", "arpaio"], False)

    directory = tmp_path / "lexicon"
    shutil.copytree(data_path("lexicon"), directory)
    with (directory / "name_titles.tsv").open("a", encoding="utf-8") as handle:
        handle.write("Brig\taddress\n")
    assert "brig" not in load_lexicon().honorifics
    assert "brig" in load_lexicon(directory).honorifics
