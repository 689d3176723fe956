"""kg export: one row per event (CSV, Parquet), the events with a place (GeoJSON), the actor
network (GraphML). A hand-written graph gives whole expected rows; the samples check that the
table has exactly one row per event of kg query's count."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.export import COLUMNS, SEPARATOR
from kg.resources import ontology_path

ID = "https://w3id.org/geokg/id/"
GRAPH = f"""
@prefix gev: <https://w3id.org/geokg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <{ID}> .

id:doc/a {{
  id:doc/a a gev:Document ; dcterms:date "2019-03-02"^^xsd:date .
  id:country/USA a gev:Country , gev:Actor ; rdfs:label "United States" ; gev:isoCode "USA" .
  id:country/SYR a gev:Country , gev:Actor ; rdfs:label "Syria" ; gev:isoCode "SYR" ;
      geo:lat "35.0"^^xsd:decimal ; geo:long "38.0"^^xsd:decimal .
  id:person/USA/Pat_Smith a gev:Person , gev:Actor ; rdfs:label "Pat Smith" ; gev:country id:country/USA .
  id:org/Isis a gev:ArmedForce , gev:Organization , gev:Actor ; rdfs:label "Isis" .
  id:place/Raqqa a gev:Place ; rdfs:label "Raqqa" ; gev:country id:country/SYR ;
      geo:lat "35.95"^^xsd:decimal ; geo:long "39.01"^^xsd:decimal .
  id:place/Hajin a gev:Place ; rdfs:label "Hajin" ; gev:country id:country/SYR .
  id:place/Ushuaia a gev:Place ; rdfs:label "Ushuaia" ; geo:lat "-54.8"^^xsd:decimal ; geo:long "-68.3"^^xsd:decimal .
  id:weapon/drone a gev:Weapon ; rdfs:label "drone" .
  id:weapon/missile a gev:Weapon ; rdfs:label "missile" .
  id:event/Attack/1 a gev:Event , gev:Attack ; rdfs:label "Attack: United States" ;
      gev:cameoCode "190" ; gev:ploverType "ASSAULT" ; gev:modality "asserted" ; gev:confidence 0.8 ;
      gev:date "2019-03-01"^^xsd:date ; gev:reportDate "2019-03-02"^^xsd:date ;
      gev:agent id:country/USA , id:person/USA/Pat_Smith ; gev:target id:org/Isis ;
      gev:place id:place/Raqqa , id:place/Hajin ; gev:weapon id:weapon/missile , id:weapon/drone ;
      gev:mention id:doc/a/m2 , id:doc/a/m1 , id:doc/a/m0 ; prov:wasDerivedFrom id:doc/a ;
      gev:triggerMention id:doc/a/m2 , id:doc/a/m1 .
  id:doc/a/m0 a gev:Mention ; gev:document id:doc/a ; nif:beginIndex 2 ; nif:endIndex 10 ;
      nif:anchorOf "launched" ; gev:sentence "US jets launched strikes." .
  id:doc/a/m1 a gev:Mention ; gev:document id:doc/a ; nif:beginIndex 10 ; nif:endIndex 16 ;
      nif:anchorOf "struck" ; gev:sentence "US jets struck Isis in Raqqa." .
  id:doc/a/m2 a gev:Mention ; gev:document id:doc/a ; nif:beginIndex 90 ; nif:endIndex 96 ;
      nif:anchorOf "strike" ; gev:sentence "The strike used drones." .
  id:event/Statement/2 a gev:Event , gev:Statement ; rdfs:label "=HYPERLINK(\\"http://x\\")" ;
      gev:cameoCode "010" ; gev:modality "asserted" ; gev:agent id:country/SYR ; gev:place id:place/Ushuaia ;
      gev:mention id:doc/a/m3 ; prov:wasDerivedFrom id:doc/a .
  id:doc/a/m3 a gev:Mention ; gev:document id:doc/a ; nif:beginIndex 0 ; nif:endIndex 4 ;
      nif:anchorOf "said" ; gev:sentence "-1+2 said Syria" .
  id:event/Meeting/3 a gev:Event , gev:Meeting ; rdfs:label "Meeting" ; gev:cameoCode "040" ;
      gev:modality "hypothetical" ; gev:participant id:country/USA , id:country/SYR , id:org/Isis ;
      gev:place id:country/SYR ; gev:mention id:doc/a/m4 ; prov:wasDerivedFrom id:doc/a .
  id:doc/a/m4 a gev:Mention ; gev:document id:doc/a ; nif:beginIndex 0 ; nif:endIndex 4 ;
      nif:anchorOf "meet" ; gev:sentence "They may meet." .
}}

id:doc/b {{
  id:doc/b a gev:Document ; dcterms:date "2019-03-05"^^xsd:date ; dcterms:source <https://example.org/b> .
  id:event/Attack/1 a gev:Event , gev:Attack ; prov:wasDerivedFrom id:doc/b ; gev:mention id:doc/b/m1 .
  id:doc/b/m1 a gev:Mention ; gev:document id:doc/b ; nif:beginIndex 0 ; nif:endIndex 6 ;
      nif:anchorOf "strike" ; gev:sentence "Another report of the strike." .
}}
"""

ATTACK = {
    "event": f"{ID}event/Attack/1", "type": "Attack", "label": "Attack: United States", "cameo": "190",
    "plover": "ASSAULT", "date": "2019-03-01", "report_date": "2019-03-02", "modality": "asserted",
    "confidence": "0.8",
    "agents": "Pat Smith | United States", "agent_countries": "USA | USA",
    "targets": "Isis", "target_countries": "", "participants": "", "participant_countries": "",
    "according_to": "",
    "places": "Hajin | Raqqa", "place_countries": "SYR | SYR", "lat": " | 35.95", "long": " | 39.01",
    "weapons": "drone | missile", "sources": "2", "document": f"{ID}doc/a", "source_url": "https://example.org/b",
    "sentence": "US jets struck Isis in Raqqa.", "trigger": "struck",
}
STATEMENT = {
    "event": f"{ID}event/Statement/2", "type": "Statement", "label": "'=HYPERLINK(\"http://x\")", "cameo": "010",
    "plover": "", "date": "", "report_date": "", "modality": "asserted", "confidence": "",
    "agents": "Syria", "agent_countries": "SYR", "targets": "", "target_countries": "", "participants": "",
    "participant_countries": "", "according_to": "", "places": "Ushuaia", "place_countries": "",
    "lat": "-54.8", "long": "-68.3", "weapons": "", "sources": "1", "document": f"{ID}doc/a", "source_url": "",
    "sentence": "'-1+2 said Syria", "trigger": "said",
}


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "g.trig"
    ontology = ontology_path("geoevent.ttl").read_text(encoding="utf-8")
    prefixes = "".join(line + "\n" for line in ontology.splitlines() if line.startswith("@prefix"))
    body = "\n".join(line for line in ontology.splitlines() if not line.startswith("@prefix"))
    graph = re.sub(r"(?<![\w<])id:([\w/]+)", lambda m: f"<{ID}{m.group(1)}>", GRAPH)  # "/" is no Turtle name
    text = graph + prefixes + f"<https://w3id.org/geokg/ontology> {{\n{body}\n}}\n"
    # as in every kg build output (the contract), the default graph holds the union: here of the
    # two document graphs and the ontology, nothing to fuse
    store = ox.Store()
    store.load(text.encode("utf-8"), format=ox.RdfFormat.TRIG)
    store.extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store])
    path.write_bytes(store.dump(format=ox.RdfFormat.TRIG))
    return path


def _export(source: Path, out: Path) -> None:
    assert main(["export", str(source), "-o", str(out), "--quiet"]) == 0


def _csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_whole_rows(graph_file, tmp_path):
    _export(graph_file, tmp_path / "e.csv")
    rows = _csv(tmp_path / "e.csv")
    assert list(rows[0]) == [name for name, _, _ in COLUMNS]
    by_iri = {r["event"]: r for r in rows}
    assert len(rows) == len(by_iri) == 3  # one row per event, however many agents, places, weapons
    assert by_iri[ATTACK["event"]] == ATTACK
    assert by_iri[STATEMENT["event"]] == STATEMENT
    meeting = by_iri[f"{ID}event/Meeting/3"]
    assert (meeting["participants"], meeting["participant_countries"]) == ("Isis | Syria | United States", " | SYR | USA")
    assert (meeting["places"], meeting["lat"], meeting["long"]) == ("Syria", "35.0", "38.0")
    assert [r["event"] for r in rows][0] == ATTACK["event"]  # dated events first


def test_parquet_keeps_lists(graph_file, tmp_path):
    import pyarrow.parquet as pq

    _export(graph_file, tmp_path / "e.parquet")
    rows = {r["event"]: r for r in pq.read_table(tmp_path / "e.parquet").to_pylist()}
    assert len(rows) == 3
    attack = rows[ATTACK["event"]]
    assert attack["agents"] == ["Pat Smith", "United States"] and attack["weapons"] == ["drone", "missile"]
    assert attack["lat"] == [None, 35.95] and attack["long"] == [None, 39.01]
    assert attack["sources"] == 2 and attack["confidence"] == 0.8
    assert rows[STATEMENT["event"]]["label"] == '=HYPERLINK("http://x")'  # data, not a spreadsheet


def test_geojson_has_the_events_with_a_place(graph_file, tmp_path):
    _export(graph_file, tmp_path / "e.geojson")
    data = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    features = {f["id"]: f for f in data["features"]}
    assert set(features) == {ATTACK["event"], f"{ID}event/Meeting/3", STATEMENT["event"]}
    assert features[STATEMENT["event"]]["geometry"] == {"type": "Point", "coordinates": [-68.3, -54.8]}
    assert features[ATTACK["event"]]["geometry"] == {"type": "Point", "coordinates": [39.01, 35.95]}
    assert features[f"{ID}event/Meeting/3"]["geometry"] == {"type": "Point", "coordinates": [38.0, 35.0]}
    assert features[ATTACK["event"]]["properties"]["places"] == ["Hajin", "Raqqa"]


def test_graphml_actor_network(graph_file, tmp_path):
    import networkx as nx

    _export(graph_file, tmp_path / "e.graphml")
    g = nx.read_graphml(tmp_path / "e.graphml")
    usa, syr, smith, isis = (f"{ID}country/USA", f"{ID}country/SYR", f"{ID}person/USA/Pat_Smith", f"{ID}org/Isis")
    assert set(g.nodes) == {usa, syr, smith, isis}
    assert g.nodes[smith]["label"] == "Pat Smith" and g.nodes[smith]["kind"] == "Person"
    assert g.nodes[smith]["country"] == "USA" and g.nodes[usa]["events"] == 2
    edges = sorted((a, b, d["type"], d["weight"]) for a, b, d in g.edges(data=True))
    assert edges == sorted([(usa, isis, "Attack", 1), (smith, isis, "Attack", 1),
                            (syr, usa, "Meeting", 1), (syr, isis, "Meeting", 1), (usa, isis, "Meeting", 1)])


def test_one_csv_row_per_event_on_the_samples(samples_file, tmp_path, capsys):
    assert main(["query", str(samples_file), "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gev:Event }",
                 "-f", "csv"]) == 0
    count = int(capsys.readouterr().out.split()[1])
    _export(samples_file, tmp_path / "s.csv")
    rows = _csv(tmp_path / "s.csv")
    assert count > 20 and len(rows) == count == len({r["event"] for r in rows})
    assert all(r["type"] and r["sentence"] and r["sources"] for r in rows)
    assert any(SEPARATOR in r["participants"] for r in rows)
    _export(samples_file, tmp_path / "s.geojson")  # the events with a place, and only those
    features = json.loads((tmp_path / "s.geojson").read_text(encoding="utf-8"))["features"]
    placed = {r["event"] for r in rows if r["places"]}
    assert 0 < len(placed) < len(rows) and {f["id"] for f in features} == placed


def test_unknown_format_is_one_line_exit_2(graph_file, tmp_path, capsys):
    assert main(["export", str(graph_file), "-o", str(tmp_path / "e.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "e.xlsx" in err and ".csv" in err
    assert not (tmp_path / "e.xlsx").exists()


@pytest.mark.parametrize("suffix, writer", [(".graphml", "networkx.write_graphml"),
                                            (".parquet", "pyarrow.parquet.write_table"),
                                            (".csv", "kg.export._cell"),
                                            (".geojson", "json.dump")])
def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(graph_file, tmp_path, monkeypatch, suffix, writer):
    from kg.export import export
    from kg.store import open_source

    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / "new" / f"e{suffix}"  # a missing directory is made, as check_output does
    store = open_source(str(graph_file))
    assert export(store, out) > 0
    before = out.read_bytes()

    def fail(*args, **kwargs):
        handle = next((a for a in args if hasattr(a, "write")), None)
        if handle is not None:
            handle.write(b"partial" if "b" in getattr(handle, "mode", "") else "partial")
        raise OSError(5, "simulated")

    monkeypatch.setattr(writer, fail)
    with pytest.raises(OSError):
        export(store, out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]
