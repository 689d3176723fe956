"""Write the notebooks of this folder (stored without outputs): python notebooks/make_notebooks.py"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).parent

QUICKSTART = [
    new_markdown_cell("# geokg quickstart\n\nBuild a graph from the sample articles bundled with geokg, "
                      "query it with SPARQL into pandas, rank actors with networkx and look at the network."),
    new_code_cell("from kg import KnowledgeGraph\n\ngraph = KnowledgeGraph.samples()\nprint(graph.report.summary())"),
    new_markdown_cell("## Bundled analyst queries return DataFrames"),
    new_code_cell("graph.query(\"meetings\")"),
    new_code_cell("graph.query(\"weapon-tests\")[[\"country\", \"date\", \"modality\", \"weapons\"]]"),
    new_markdown_cell("## Any SPARQL; parameters bind safely"),
    new_code_cell(
        "events = graph.query('''\n"
        "SELECT ?type (COUNT(?e) AS ?n) WHERE {\n"
        "  ?e a ?cls . ?cls rdfs:subClassOf+ gev:Event .\n"
        "  FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?cls . FILTER (?sub != ?cls) }\n"
        "  BIND (STRAFTER(STR(?cls), \"#\") AS ?type)\n"
        "} GROUP BY ?type ORDER BY DESC(?n)''')\n"
        "events"),
    new_code_cell("graph.query(\"timeline\", actor=\"North Korea\")"),
    new_markdown_cell("## Actor centrality with networkx"),
    new_code_cell(
        "import networkx as nx\n\n"
        "g = graph.to_networkx(\"actors\")\n"
        "centrality = nx.degree_centrality(g)\n"
        "top = sorted(centrality.items(), key=lambda kv: -kv[1])[:10]\n"
        "[(g.nodes[n][\"label\"], round(c, 3)) for n, c in top]"),
    new_markdown_cell("## The network, inline (works offline)"),
    new_code_cell("graph.show(height=500)"),
]

NORTH_KOREA = [
    new_markdown_cell("# Case: North Korea's ICBM launch of 31 October 2024\n\nThe seed article, traced claim by claim."),
    new_code_cell("from kg import KnowledgeGraph\nfrom kg.resources import samples_dir\n\n"
                  "graph = KnowledgeGraph.build([samples_dir() / \"seed.jsonl\"])\nprint(graph.report.summary())"),
    new_markdown_cell("## Timeline of events"),
    new_code_cell(
        "timeline = graph.query('''\n"
        "SELECT ?date ?label ?modality WHERE {\n"
        "  ?e a gev:Event ; rdfs:label ?label ; gev:modality ?modality .\n"
        "  OPTIONAL { ?e gev:date ?date }\n"
        "} ORDER BY ?date ?label''')\n"
        "timeline"),
    new_markdown_cell("## Who met whom"),
    new_code_cell("graph.query(\"meetings\")"),
    new_markdown_cell("## Weapons by country"),
    new_code_cell(
        "graph.query('''\n"
        "SELECT ?country ?weapon (COUNT(DISTINCT ?e) AS ?events) WHERE {\n"
        "  ?e gev:weapon/rdfs:label ?weapon ; gev:agent ?a .\n"
        "  { ?a gev:isoCode ?iso } UNION { ?a gev:country/gev:isoCode ?iso }\n"
        "  ?c gev:isoCode ?iso ; a gev:Country ; rdfs:label ?country .\n"
        "} GROUP BY ?country ?weapon ORDER BY ?country ?weapon''')"),
    new_markdown_cell("## Every claim with its sentence"),
    new_code_cell(
        "claims = graph.query(\"event-sources\")\n"
        "for row in claims.itertuples():\n"
        "    print(f\"{row.label}\\n    [{row.begin}:{row.end}] {row.anchor!r} — {row.sentence}\\n\")"),
    new_markdown_cell("## Persons by country and role"),
    new_code_cell("graph.query(\"persons\")"),
]

CORPUS = [
    new_markdown_cell(
        "# A real corpus: build, store, table, plots\n\n"
        "This notebook builds a graph from files of your own — here the 249 Guardian articles of 2019 "
        "(Syria, Iraq, ISIS) in `../shared` when they are there, else the sample articles bundled with "
        "geokg — loads it into a persistent store, opens the store, and turns the events into a table "
        "(one row per event, as `kg export` writes it) with three plots: events per week by type, the "
        "most active actors, and a map of events.\n\n"
        "`GEOKG_ARTICLES` limits how many articles are used (the tests use a few dozen; unset, all of them)."),
    new_code_cell(
        "import csv, json, os, tempfile\n"
        "from pathlib import Path\n\n"
        "from kg.resources import samples_dir\n\n"
        "def find_guardian():\n"
        "    for base in [Path.cwd(), *Path.cwd().parents][:4]:\n"
        "        path = base / \"shared\" / \"data\" / \"guardian_syria_2019\" / \"articles.csv\"\n"
        "        if path.exists():\n"
        "            return path\n"
        "    return None\n\n"
        "work = Path(tempfile.mkdtemp(prefix=\"geokg-\"))\n"
        "limit = int(os.environ[\"GEOKG_ARTICLES\"]) if os.environ.get(\"GEOKG_ARTICLES\") else None\n"
        "guardian = find_guardian()\n"
        "if guardian:\n"
        "    # your own files: one JSON Lines record per article (id, published, text; url, title optional)\n"
        "    with guardian.open(encoding=\"utf-8\") as handle:\n"
        "        articles = list(csv.DictReader(handle))[:limit]\n"
        "    inputs = [work / \"articles.jsonl\"]\n"
        "    with inputs[0].open(\"w\", encoding=\"utf-8\") as out:\n"
        "        for i, a in enumerate(articles):\n"
        "            out.write(json.dumps({\"id\": f\"guardian-{i}\", \"published\": a[\"date\"][:10], \"text\": a[\"text\"],\n"
        "                                  \"publisher\": \"The Guardian\"}) + \"\\n\")\n"
        "    print(f\"{len(articles)} Guardian articles\")\n"
        "else:\n"
        "    inputs = [samples_dir()]  # .txt, .html and .jsonl files, or directories of them\n"
        "    print(\"../shared is not here: using the bundled samples\")"),
    new_markdown_cell("## Build into a persistent store, then open it\n\n"
                      "`add_to_store` is `kg add STORE INPUT...`: documents are added one by one (re-adding one "
                      "replaces it), and the store is a directory any later session opens in a moment. "
                      "`KnowledgeGraph.build(inputs)` would build in memory instead."),
    new_code_cell(
        "from kg import KnowledgeGraph\n"
        "from kg.api import add_to_store\n\n"
        "store_dir = work / \"store\"\n"
        "report = add_to_store(store_dir, [str(p) for p in inputs])\n"
        "print(report.summary())\n\n"
        "graph = KnowledgeGraph.open(store_dir)   # read-only; also takes a .trig file or a SPARQL endpoint URL\n"
        "len(graph)"),
    new_markdown_cell("## One row per event\n\n"
                      "The table `kg export` writes (`kg export STORE -o events.csv`, `.parquet`, `.geojson`, "
                      "`.graphml`); multi-valued cells are lists here."),
    new_code_cell(
        "import pandas as pd\n"
        "from kg.export import event_rows\n\n"
        "events = pd.DataFrame(event_rows(graph.store))\n"
        "print(len(events), \"events\")\n"
        "events[[\"type\", \"date\", \"report_date\", \"agents\", \"targets\", \"participants\", \"places\", \"sources\"]].head(10)"),
    new_code_cell("graph.query(\"SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { ?e a gev:Event }\")  # the same count"),
    new_markdown_cell("## Events per week, by type\n\n"
                      "An event's own date where the text gives a day, else the date it was first reported "
                      "(`gev:reportDate`; on a graph made before it existed, the same is asked with SPARQL: the "
                      "earliest date of the documents the event is derived from)."),
    new_code_cell(
        "%matplotlib inline\n"
        "import matplotlib.pyplot as plt\n\n"
        "def day(row):\n"
        "    for value in (row[\"date\"], row[\"report_date\"]):\n"
        "        if isinstance(value, str) and len(value) == 10:\n"
        "            return value\n"
        "    return None\n\n"
        "first_reported = graph.query(\"\"\"SELECT ?event (MIN(STR(?published)) AS ?first) WHERE {\n"
        "  ?event a gev:Event ; prov:wasDerivedFrom/dcterms:date ?published } GROUP BY ?event\"\"\")\n"
        "first = dict(zip(first_reported[\"event\"], first_reported[\"first\"].str[:10]))\n"
        "events[\"report_date\"] = events[\"report_date\"].fillna(events[\"event\"].map(first))\n"
        "dated = events.assign(day=pd.to_datetime(events.apply(day, axis=1), errors=\"coerce\")).dropna(subset=[\"day\"])\n"
        "start = pd.to_datetime(events[\"report_date\"], errors=\"coerce\").min() - pd.Timedelta(days=28)\n"
        "dated = dated[dated[\"day\"] >= start]  # the corpus's period (and the month before it)\n"
        "top_types = dated[\"type\"].value_counts().index[:6]\n"
        "weekly = (dated.assign(type=dated[\"type\"].where(dated[\"type\"].isin(top_types), \"other\"))\n"
        "          .groupby([pd.Grouper(key=\"day\", freq=\"W\"), \"type\"]).size().unstack(fill_value=0))\n"
        "ax = weekly.plot(kind=\"bar\", stacked=True, figsize=(11, 4), width=0.9)\n"
        "ax.set_xticklabels([d.strftime(\"%Y-%m-%d\") for d in weekly.index], rotation=90, fontsize=7)\n"
        "ax.set_xlabel(\"week\"); ax.set_ylabel(\"events\"); ax.set_title(f\"{len(dated)} dated events per week\")\n"
        "plt.tight_layout(); plt.show()"),
    new_markdown_cell("## The most active actors\n\nEvents in which an actor is agent, target or participant."),
    new_code_cell(
        "roles = pd.concat([events[[\"event\", col]].explode(col).rename(columns={col: \"actor\"}).assign(role=col)\n"
        "                   for col in (\"agents\", \"targets\", \"participants\")]).dropna(subset=[\"actor\"])\n"
        "active = roles.groupby([\"actor\", \"role\"])[\"event\"].nunique().unstack(fill_value=0)\n"
        "active = active.loc[active.sum(axis=1).sort_values(ascending=False).index[:15]]\n"
        "ax = active.iloc[::-1].plot(kind=\"barh\", stacked=True, figsize=(8, 5))\n"
        "ax.set_xlabel(\"events\"); ax.set_title(\"most active actors\")\n"
        "plt.tight_layout(); plt.show()\n"
        "active"),
    new_markdown_cell("## A map of events\n\n"
                      "Each event at its places' coordinates (`geo:lat`, `geo:long` of the GeoNames record a place "
                      "is linked to; never guessed, so places without a record are not drawn)."),
    new_code_cell(
        "points = [(lat, lon, row.type) for row in events.itertuples()\n"
        "          for lat, lon in zip(row.lat, row.long) if lat is not None and lon is not None]\n"
        "located = pd.DataFrame(points, columns=[\"lat\", \"long\", \"type\"])\n"
        "fig, ax = plt.subplots(figsize=(9, 5))\n"
        "for etype, group in located.groupby(\"type\"):\n"
        "    ax.scatter(group[\"long\"], group[\"lat\"], s=18, alpha=0.6, label=etype)\n"
        "if len(located):  # the data's extent, with a margin\n"
        "    ax.set_xlim(max(-180, located[\"long\"].min() - 5), min(180, located[\"long\"].max() + 5))\n"
        "    ax.set_ylim(max(-90, located[\"lat\"].min() - 5), min(90, located[\"lat\"].max() + 5))\n"
        "else:\n"
        "    ax.set_xlim(-180, 180); ax.set_ylim(-60, 80)\n"
        "ax.set_aspect(\"equal\")\n"
        "ax.set_xlabel(\"longitude\"); ax.set_ylabel(\"latitude\"); ax.grid(alpha=0.3)\n"
        "ax.set_title(f\"{len(located)} event places with coordinates, {events['places'].map(bool).sum()} events with a place\")\n"
        "if len(located):\n"
        "    ax.legend(fontsize=7, loc=\"lower left\")\n"
        "plt.tight_layout(); plt.show()"),
    new_markdown_cell("## Take it elsewhere\n\n"
                      "The same table for a spreadsheet, for pandas, for a GIS, and the actor network for Gephi; "
                      "or `kg serve STORE` for any SPARQL client."),
    new_code_cell(
        "from kg.export import export\n\n"
        "for name in (\"events.csv\", \"events.parquet\", \"events.geojson\", \"actors.graphml\"):\n"
        "    n = export(graph.store, work / name)\n"
        "    print(f\"{work / name}: {n}\")"),
]


def write(name: str, cells) -> None:
    nb = new_notebook(cells=cells)
    for i, cell in enumerate(nb.cells):
        cell.id = f"{Path(name).stem[:2]}-{i:02d}"  # stable ids: regenerating changes nothing
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, HERE / name)


if __name__ == "__main__":
    write("01-quickstart.ipynb", QUICKSTART)
    write("02-case-north-korea.ipynb", NORTH_KOREA)
    write("03-corpus.ipynb", CORPUS)
