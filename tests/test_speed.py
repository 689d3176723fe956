"""Behaviour the speed work promises (issue 17), never timings: what the build path imports,
that quads made directly as pyoxigraph terms are the ones the rdflib path made, ..."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import seed_record

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


def test_help_imports_nothing_heavy():
    out = _run("import sys\nfrom kg.cli import main\n"
               "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
               "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'rdflib', 'trafilatura', 'pyoxigraph', 'thinc', 'lxml'}))")
    assert out.splitlines()[-1] == "[]"


@pytest.mark.slow
def test_build_path_never_imports_rdflib(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    out = tmp_path / "g.trig"
    code = (f"import sys\nfrom kg.cli import main\nrc = main(['build', {str(src)!r}, '-o', {str(out)!r}, '-q'])\n"
            "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'trafilatura'}))")
    assert _run(code).splitlines()[-1] == "0 []"
    assert out.stat().st_size > 0


def test_undeclared_gev_term_fails_loudly():
    from kg.vocab.terms import GEV

    assert GEV.Attack.value == "https://w3id.org/geokg/ontology#Attack"
    with pytest.raises(AttributeError):
        GEV.Atack


def test_builder_quads_survive_the_rdflib_conversion():
    """The Python API's rdflib Dataset is made from the quads the command line streams: every
    term converts to rdflib and back unchanged."""
    import io

    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.extract import load_rules
    from kg.ingest import IngestOptions
    from kg.pipeline import BuildReport, iter_documents, process_documents
    from kg.rdf import GraphBuilder
    from kg.rdf.build import _extend_rdflib
    from kg.rdf.serialize import dataset_quads

    line = json.dumps(seed_record()) + "\n"
    docs = iter_documents(["-"], IngestOptions.of(None, None), BuildReport(), stdin=io.BytesIO(line.encode()))
    builder = GraphBuilder()
    quads = list(builder.ontology_quads())
    for document, ex in process_documents(docs, load_rules()):
        quads += builder.document_quads(document, ex)
    quads.append(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                         ox.Literal("x", language="en"), ox.DefaultGraph()))
    ds = Dataset()
    _extend_rdflib(ds, quads)
    assert set(dataset_quads(ds)) == set(quads)


def test_builder_splits_mentions_as_mention_quads_does():
    """The build's store gets each document's mentions in the default graph and (a build to a
    file) only the other statements of its graph, handed out by the builder as it makes them:
    the same quads, in the same order, as :func:`kg.rdf.union.mention_quads` and a filter of the
    graph's quads give, on the bundled samples."""
    from kg.extract import load_rules
    from kg.ingest import IngestOptions
    from kg.pipeline import BuildReport, iter_documents, process_documents
    from kg.rdf import GraphBuilder
    from kg.rdf.union import mention_quads
    from kg.resources import samples_dir

    builder = GraphBuilder()
    docs = iter_documents([str(samples_dir())], IngestOptions.of(None, None), BuildReport())
    seen = 0
    for document, ex in process_documents(docs, load_rules()):
        mentions: list = []
        others: list = []
        quads = builder.document_quads(document, ex, mentions=mentions, others=others)
        assert quads == builder.document_quads(document, ex)
        mark = builder.mint.document(document.key) + "#char="
        assert mentions == mention_quads(quads, builder.mint.document(document.key))
        lines: list = []  # the same statements as N-Triples lines, made without quads
        assert builder.document_quads(document, ex, mention_lines=lines) == quads
        assert lines == [f"{q} .\n" for q in mentions]
        assert others == [q for q in quads if not q.subject.value.startswith(mark)]
        assert len(mentions) + len(others) == len(quads)
        seen += bool(mentions) and bool(others)
    assert seen


# ------------------------------------------------------------------------- the saved pipeline
def test_pipeline_key_follows_the_data(tmp_path):
    import shutil

    from kg.nlp import pipeline_key
    from kg.resources import data_path

    copy = tmp_path / "data"
    shutil.copytree(data_path(), copy)
    assert pipeline_key(data_dir=copy) == pipeline_key()
    (copy / "samples" / "seed.jsonl").write_text("{}\n")  # samples are not pipeline data
    assert pipeline_key(data_dir=copy) == pipeline_key()
    with (copy / "lexicon" / "weapons.tsv").open("a", encoding="utf-8") as handle:
        handle.write("Hwasong-99\tballistic missile\tPRK\t-\n")
    assert pipeline_key(data_dir=copy) != pipeline_key()


def _analysis(doc) -> tuple:
    from kg.nlp import ATTRS_KEY, SPANS_KEY

    return ([(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc],
            [(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans[SPANS_KEY]], doc.user_data[ATTRS_KEY])


@pytest.mark.slow
def test_saved_pipeline_is_loaded_and_analyses_alike(tmp_path, monkeypatch):
    import kg.nlp as nlp_module

    monkeypatch.setenv("GEOKG_CACHE", str(tmp_path / "cache"))
    built = nlp_module.load_pipeline()  # first use: built, then saved
    saved = nlp_module.saved_pipeline_path()
    assert (saved / "config.cfg").is_file() and "geokg_gazetteer" in (saved / "config.cfg").read_text()

    def no_build(*args, **kwargs):
        raise AssertionError("built again although saved")

    monkeypatch.setattr(nlp_module, "build_pipeline", no_build)
    loaded = nlp_module.load_pipeline()
    assert loaded.pipe_names == built.pipe_names
    text = seed_record()["text"]
    assert _analysis(loaded(text)) == _analysis(built(text))
    # the tokenizer, made empty and read from disk, has the model's rules and special cases
    assert loaded.tokenizer.rules == built.tokenizer.rules and len(loaded.tokenizer.rules) > 1000
    tricky = "Don't go to the U.S. (e.g. N.Y.C.) at 5pm :) -- see https://example.org/a?b=1, 10km/h, 'twas."
    assert [(t.text, t.whitespace_, t.norm_, t.shape_) for t in loaded.tokenizer(tricky)] == \
        [(t.text, t.whitespace_, t.norm_, t.shape_) for t in built.tokenizer(tricky)]


@pytest.mark.slow
def test_unwritable_cache_builds_in_memory(tmp_path, monkeypatch):
    import kg.nlp as nlp_module

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("GEOKG_CACHE", str(blocker / "cache"))
    nlp = nlp_module.load_pipeline()
    assert "geokg_gazetteer" in nlp.pipe_names and blocker.read_text() == "x"


@pytest.mark.parametrize("sizes, max_chars, max_docs, expected", [
    ([10, 10, 10], 25, 10, [[10, 10], [10]]),
    ([30, 5, 5], 25, 10, [[30], [5, 5]]),          # a longer text is a batch of its own
    ([1, 1, 1, 1, 1], 100, 2, [[1, 1], [1, 1], [1]]),
    ([], 10, 10, []),
])
def test_batches_are_bounded_by_characters(sizes, max_chars, max_docs, expected):
    from kg.pipeline import char_batches

    items = [("x" * n, i) for i, n in enumerate(sizes)]
    got = [[len(t) for t, _ in b] for b in char_batches(items, max_chars, max_docs)]
    assert got == expected


def test_sorted_nquads_lines_are_the_serializer_bytes(seed_dataset):
    """The streamed N-Quads writer (sorted lines) gives what serialize_quads gives, graph by graph."""
    import io

    import pyoxigraph as ox

    from kg.rdf.serialize import PREFIXES, contract_offsets, dataset_quads, serialize_quads, write_nquads

    g = ox.NamedNode("https://example.org/g")
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    tricky = [ox.Quad(s, p, o, g) for o in (ox.Literal("x"), ox.Literal("x y"), ox.Literal("x", language="en"),
                                            ox.Literal("x\n\"é\t\x01"), ox.Literal("5", datatype=ox.NamedNode(
                                                "http://www.w3.org/2001/XMLSchema#integer")),
                                            ox.NamedNode("https://example.org/s2"), ox.NamedNode("https://example.org/s"))]
    tricky += [ox.Quad(ox.NamedNode("https://example.org/s2"), p, ox.Literal("x"), g)] * 2
    by_graph: dict = {}
    # (the quads as the builder makes them: the store gave a mention's offsets back as xsd:integer)
    for q in contract_offsets(dataset_quads(seed_dataset)):
        by_graph.setdefault(q.graph_name, []).append(q)
    for quads in [tricky, *by_graph.values()]:
        out = io.BytesIO()
        write_nquads(out, quads, block=3)
        assert out.getvalue() == serialize_quads(quads, ox.RdfFormat.N_QUADS, PREFIXES)


# the place table as a saved file: lookups agree with a bisect over the lines, whatever the key
_TABLE_LINES = sorted([
    "Aleppo\t170063\tSYR\t2098210\t36.20124\t37.16117\t\t\t",
    "Al Bab\t170017\tSYR\t130745\t36.37051\t37.5157\t\t\t",
    "Al\t1\tXXX\t10\t\t\t\t\t",
    "Ḩalab\t170063\tSYR\t2098210\t36.20124\t37.16117\t\tAleppo\t",
    "Şanlıurfa\t298333\tTUR\t449549\t37.16708\t38.79392\t\t\t",
    "Zürich\t2657896\tCHE\t341730\t47.36667\t8.55\t\t\t",
    "Zürich\t\tCHE\t100000\t\t\tCH-ZH\t\t",
    "~aleppo\t170063\tSYR\t2098210\t36.20124\t37.16117\t\tAleppo\t",
])


@pytest.mark.parametrize("name", ["Aleppo", "Al", "Al Bab", "Al B", "Ḩalab", "Şanlıurfa", "Zürich", "Zurich",
                                  "~aleppo", "", "A", "Aleppo\t", "zzz", "\U0010ffff", "Ab\ud800"])
def test_mapped_place_table_finds_what_the_lines_hold(tmp_path, name):
    from bisect import bisect_left

    from kg.nlp.places import PlaceTable

    path = tmp_path / "places.tsv"
    PlaceTable(_TABLE_LINES).save(path)
    mapped = PlaceTable.load(path)
    key = name + "\t"
    i = bisect_left(_TABLE_LINES, key)
    expected = []
    while i < len(_TABLE_LINES) and _TABLE_LINES[i].startswith(key):
        expected.append(int(_TABLE_LINES[i].split("\t")[3]))
        i += 1
    assert sorted(c.population for c in mapped.get(name)) == sorted(expected)
    assert mapped.get(name) == PlaceTable(_TABLE_LINES).get(name)


def test_saved_place_table_is_read_not_mapped(tmp_path):
    """The saved table is read a window at a time (kg.nlp.places.SavedFile), never mapped: mapped,
    the pages its lookups touched (and the large folios around them) were the process's resident
    memory, 32 MB of the Guardian build's peak. Lookups agree with the table in memory, also for
    lines longer than a read's window and keys before, between and after every line."""
    import random

    from kg.nlp.places import PlaceTable, SavedFile

    rng = random.Random(7)
    lines = set(_TABLE_LINES)
    for _ in range(3000):
        name = "".join(rng.choice("ABab ḨŞü") for _ in range(rng.randint(1, 6))).strip() or "A"
        tail = "x" * rng.choice([0, 0, 0, 300, 1200])  # a canonical name longer than SavedFile.STEP
        lines.add(f"{name}\t{rng.randint(1, 10**6)}\tSYR\t{rng.randint(0, 10**6)}\t1.5\t2.5\t\t{tail}\t")
    lines = sorted(lines)
    PlaceTable(lines).save(tmp_path / "places.tsv")
    saved, memory = PlaceTable.load(tmp_path / "places.tsv"), PlaceTable(lines)
    assert isinstance(saved._data, SavedFile)
    names = {line.split("\t")[0] for line in lines}
    for name in sorted(names | {n[:-1] for n in names} | {n + "a" for n in names} | {"", "\U0010ffff", "~"}):
        assert saved.get(name) == memory.get(name), name
    assert bytes(saved._data) == bytes(memory._data) and saved.lines == memory.lines
    assert len(saved._data._window[1]) < 2000  # only a window is kept, not what was read for bytes()
    maps = Path("/proc/self/maps")
    if maps.exists():
        assert str(tmp_path / "places.tsv") not in maps.read_text()


def test_saved_gazetteer_restores_its_matchers_without_building(tmp_path, monkeypatch):
    """The matchers come back from their saved token ids, not from the lexicon: the same matches,
    in the same order, also where one phrase has several entries ("Georgia" the country and the
    place; "Jordan" the country and the person)."""
    import spacy

    from kg.nlp.components import Gazetteer
    from kg.nlp.lexicon import Lexicon
    from kg.nlp.places import PlaceTable

    nlp = spacy.blank("en")
    lex = Lexicon(places=PlaceTable(_TABLE_LINES))
    lex.add("COUNTRY", "country:GEO", ["Georgia"], {"name": "Georgia"})
    lex.add("PLACE", "place:Georgia", ["Georgia"], {"name": "Georgia", "country": "USA"})
    lex.add("PERSON", "person:Jordan", ["Jordan"], {"name": "Jordan"})
    lex.add("COUNTRY", "country:JOR", ["Jordan", "Hashemite Kingdom of Jordan"], {"name": "Jordan"})
    lex.add("WEAPON", "weapon:drone", ["drone", "drones"], {"name": "drone"})
    lex.add("TITLE", "title:Foreign Minister", ["Foreign Minister"], {"name": "Foreign Minister"})
    gaz = Gazetteer(nlp, "geokg_gazetteer")
    gaz.initialize(lexicon=lex)
    gaz.to_disk(tmp_path / "gaz")

    def no_build(self):
        raise AssertionError("the matchers were rebuilt from the lexicon")

    monkeypatch.setattr(Gazetteer, "_build", no_build)
    again = Gazetteer(nlp, "geokg_gazetteer").from_disk(tmp_path / "gaz")
    doc = nlp("Georgia and the Hashemite Kingdom of Jordan sent DRONES; Jordan's Foreign minister went to Aleppo.")
    for name in ("_exact", "_lower", "_places"):
        got = [(nlp.vocab.strings[m], s, e) for m, s, e in getattr(again, name)(doc)]
        assert got == [(nlp.vocab.strings[m], s, e) for m, s, e in getattr(gaz, name)(doc)]
    assert sorted(nlp.vocab.strings[m] for m, s, e in again._exact(doc) if s == 0) == [
        "COUNTRY\tcountry:GEO", "PLACE\tplace:Georgia"]
    assert {doc[s:e].text for _, s, e in again._lower(doc)} == {"DRONES", "Foreign minister"}
    assert [doc[s:e].text for _, s, e in again._places(doc)] == ["Aleppo"]
    assert again._title_words == gaz._title_words == {"foreign", "minister"}


def test_saving_drops_only_the_pipelines_unused_for_a_day(tmp_path):
    """Checkouts sharing one cache do not delete each other's saved pipelines at every start."""
    import time

    import kg.nlp as nlp_module

    def saved(key: str, age_s: float) -> Path:
        path = tmp_path / f"pipeline-m-{key}"
        path.mkdir()
        (path / nlp_module._MODULES_FILE).write_text("[]")
        then = time.time() - age_s
        os.utime(path / nlp_module._MODULES_FILE, (then, then))
        return path

    recent, stale, incomplete = saved("a", 3600), saved("b", 3 * 24 * 3600), tmp_path / "pipeline-m-c"
    incomplete.mkdir()
    other_model = tmp_path / "pipeline-n-d"
    other_model.mkdir()
    nlp_module._prune(tmp_path / "pipeline-m-new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([recent.name, other_model.name])


def test_match_id_lexemes_are_made_bare_and_nothing_else_is():
    """The lexemes of the gazetteer's match ids ("LABEL\\tkey") are made without lexical
    attributes (no token can hold a tab); a key without a tab, and every word after, gets its
    attributes as spaCy makes them."""
    import spacy

    from kg.nlp.components import _key_lexemes

    nlp, fresh = spacy.blank("en"), spacy.blank("en")
    _key_lexemes(nlp.vocab, ["COUNTRY\tcountry:GEO", "Georgia"])
    assert nlp.vocab["COUNTRY\tcountry:GEO"].shape_ == "" and nlp.vocab["COUNTRY\tcountry:GEO"].norm_ == ""
    attrs = ("norm_", "shape_", "prefix_", "suffix_", "is_alpha", "is_title", "like_num", "is_stop", "lower_")
    for word in ("Georgia", "Tbilisi", "1,000", "the"):
        assert [getattr(nlp.vocab[word], a) for a in attrs] == [getattr(fresh.vocab[word], a) for a in attrs]
    assert nlp.vocab.lex_attr_getters.keys() == fresh.vocab.lex_attr_getters.keys()


def test_msgpack_decoders_are_looked_up_once_while_a_pipeline_loads(monkeypatch):
    """Looked up once while nothing is registered, again when the registry grows; srsly's own
    lookup back after the load."""
    import catalogue
    import srsly
    import srsly.msgpack as msgpack

    from kg.nlp import _decoders_remembered

    calls = []
    monkeypatch.setattr(catalogue.Registry, "get_all",
                        lambda self: (calls.append(1) if self is msgpack.msgpack_decoders else None) or {})
    with _decoders_remembered():
        for _ in range(3):
            assert srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]})) == {"a": [1, 2]}
        assert len(calls) == 1
        monkeypatch.setitem(catalogue.REGISTRY, ("geokg-test", "x"), None)
        srsly.msgpack_loads(srsly.msgpack_dumps(1))
        assert len(calls) == 2
    assert "get_all" not in vars(msgpack.msgpack_decoders)
    srsly.msgpack_loads(srsly.msgpack_dumps(1))
    assert len(calls) == 3


def test_default_graph_lines_are_the_lines_of_its_quads():
    """The default graph a build to a file writes as lines (no quad objects made) is, line for
    line, the default graph's quads as N-Triples, on the bundled samples."""
    from kg.pipeline import build_store
    from kg.rdf.union import document_subjects, inverse, iter_default_lines, iter_default_quads
    from kg.resolve.across import resolution_of
    from kg.resources import samples_dir

    records: list = []
    store, _ = build_store([str(samples_dir())], records=records)
    res, _ = resolution_of(records)
    origs = inverse(res, document_subjects(store))
    subjects = sorted(origs)
    quads = list(iter_default_quads(store, subjects, origs, res))
    lines = list(iter_default_lines(store, subjects, origs, res))
    assert len(quads) > 100 and any(q.object.__class__.__name__ == "Literal" for q in quads)
    assert lines == [f"{q} .\n" for q in quads]


def test_shared_pipeline_is_kept_out_of_the_collectors_generations():
    """The process's pipeline is loaded with the collector paused and then frozen (gc.freeze):
    the full collections of a build do not walk the model again; the collector runs again."""
    import gc

    from kg.nlp import shared_pipeline

    nlp = shared_pipeline()
    assert gc.isenabled()
    tracked = {id(o) for o in gc.get_objects()}
    assert id(nlp) not in tracked and id(nlp.get_pipe("geokg_gazetteer")) not in tracked
    assert gc.get_freeze_count() > 0


def test_build_imports_its_modules_with_the_collector_paused_then_frozen(tmp_path):
    """``kg build`` imports spaCy and geokg's modules with the cyclic collector paused (no full
    collection walks them while they are imported: two on AG News 800, ~0.09 CPU-s) and then
    freezes them (``gc.freeze``), so none walks them later either; the collector runs again."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(seed_record()) + "\n", encoding="utf-8")
    out = tmp_path / "g.nq"
    code = ("import gc, sys\nduring, after = [], []\n"
            "def seen(phase, info):\n"
            "    mod = sys.modules.get('kg.pipeline')\n"
            "    if phase == 'start' and info['generation'] == 2 and mod is not None:\n"
            "        (after if hasattr(mod, 'build_to_file') else during).append(gc.get_freeze_count())\n"
            "gc.callbacks.append(seen)\n"
            "from kg.cli import main\n"
            f"rc = main(['build', {str(src)!r}, '-o', {str(out)!r}, '-q'])\n"
            "print(rc, len(during), all(n > 100_000 for n in after), gc.isenabled())")
    assert _run(code).splitlines()[-1] == "0 0 True True"


def test_store_lookup_reads_the_document_graphs_only():
    """The default graph's look-up of a subject gives its (predicate, object) pairs in every
    document graph, once per graph that holds it, and nothing of the default graph or the index
    graph (a guard for the look-up's faster form: the same pairs as reading each quad's parts)."""
    import pyoxigraph as ox

    from kg.rdf.union import INDEX_GRAPH, store_lookup

    s, p, q = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/q")
    g1, g2 = ox.NamedNode("http://x/doc/1"), ox.NamedNode("http://x/doc/2")
    store = ox.Store()
    store.extend([ox.Quad(s, p, ox.Literal("a"), g1), ox.Quad(s, p, ox.Literal("a"), g2),
                  ox.Quad(s, q, ox.NamedNode("http://x/o"), g2), ox.Quad(s, p, ox.Literal("default")),
                  ox.Quad(s, p, ox.Literal("index"), INDEX_GRAPH),
                  ox.Quad(ox.NamedNode("http://x/other"), p, ox.Literal("b"), g1)])
    got = sorted(store_lookup(store)("http://x/s"), key=str)
    assert got == sorted([(p, ox.Literal("a")), (p, ox.Literal("a")), (q, ox.NamedNode("http://x/o"))], key=str)
    assert list(store_lookup(store)("http://x/none")) == []


def test_restored_matchers_keep_no_copy_of_their_patterns(tmp_path):
    """A gazetteer loaded from disk matches as the built one, its phrase matchers keep no Python
    copy of their patterns (``PhraseMatcher._docs``: 13.6 MiB of tuples after a saved pipeline's
    load), and saving it again writes the same matchers file."""
    import spacy
    import srsly

    from kg.nlp.components import Gazetteer
    from kg.nlp.lexicon import Lexicon
    from kg.nlp.places import PlaceTable

    nlp = spacy.blank("en")
    lex = Lexicon(places=PlaceTable(_TABLE_LINES))
    lex.add("COUNTRY", "country:GEO", ["Georgia"], {"name": "Georgia"})
    lex.add("PERSON", "person:Jordan", ["Jordan"], {"name": "Jordan"})
    lex.add("WEAPON", "weapon:drone", ["drone", "drones"], {"name": "drone"})
    gaz = Gazetteer(nlp, "geokg_gazetteer")
    gaz.initialize(lexicon=lex)
    gaz.to_disk(tmp_path / "gaz")
    again = Gazetteer(nlp, "geokg_gazetteer").from_disk(tmp_path / "gaz")
    for name in ("_exact", "_lower", "_places"):
        assert getattr(again, name).__reduce__()[1][1] == {}
        assert len(getattr(again, name)) == len(getattr(gaz, name))
    doc = nlp("Georgia sent drones to Jordan and Aleppo.")
    for name in ("_exact", "_lower", "_places"):
        assert getattr(again, name)(doc) == getattr(gaz, name)(doc)
    assert again._matchers_data() == srsly.msgpack_loads(srsly.msgpack_dumps(gaz._matchers_data()))
    again.to_disk(tmp_path / "again")
    assert (tmp_path / "again" / "matchers.msgpack").read_bytes() == (tmp_path / "gaz" / "matchers.msgpack").read_bytes()
    assert (tmp_path / "again" / "lexicon.msgpack").read_bytes() == (tmp_path / "gaz" / "lexicon.msgpack").read_bytes()
    # built anew: its own patterns again, saved from them
    again.initialize(lexicon=lex)
    assert again._saved_matchers is None and again._exact.__reduce__()[1][1]


def test_saved_place_table_lookups_from_threads(tmp_path):
    """Threads sharing a saved table find what the table in memory holds: its window of the file
    is one attribute set at once (a read releases the GIL between two lookups' steps)."""
    from concurrent.futures import ThreadPoolExecutor

    from kg.nlp.places import PlaceTable

    lines = sorted(f"N{i:05d}\t{i}\tSYR\t{i}\t1.5\t2.5\t\t\t" for i in range(20000))
    PlaceTable(lines).save(tmp_path / "places.tsv")
    saved, memory = PlaceTable.load(tmp_path / "places.tsv"), PlaceTable(lines)
    names = [f"N{i:05d}" for i in range(0, 20000, 7)]

    def look(offset: int) -> bool:  # _get: the lookup itself, not the remembered answers
        return all(saved._get(n) == memory._get(n) for n in names[offset:] + names[:offset])

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(look, [0, 500, 1000, 1500]))
