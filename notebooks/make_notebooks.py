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


def write(name: str, cells) -> None:
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, HERE / name)


if __name__ == "__main__":
    write("01-quickstart.ipynb", QUICKSTART)
    write("02-case-north-korea.ipynb", NORTH_KOREA)
