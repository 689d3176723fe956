"""Generate ``docs/vocabulary.md`` from ``ontology/geoevent.ttl``: every class and property with
its comment and an example query, and the event types with their CAMEO and PLOVER codes.

    python -m kg.vocab.doc            # write docs/vocabulary.md
    python -m kg.vocab.doc --check    # exit 1 when docs/vocabulary.md is not what it would write

The ontology is the source of truth: after adding a term there, regenerate (``tests/test_vocab_doc.py``
fails until then). The example queries use only the prefixes listed at the top of the page, which
``kg query`` and ``kg serve`` also know."""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.resources import ontology_path

GEV = "https://w3id.org/geokg/ontology#"
TARGET = Path(__file__).resolve().parents[2] / "docs" / "vocabulary.md"
LIMIT = 20

# hand-written examples where a generic one would say little; every other term gets one made
# from its kind, domain and range
EXAMPLES = {
    "Event": """SELECT ?type (COUNT(?event) AS ?events) WHERE {
  ?event a gev:Event ; gev:eventType/skos:prefLabel ?type .
} GROUP BY ?type ORDER BY DESC(?events)""",
    "agent": """SELECT ?event ?type ?agent WHERE {
  ?event gev:agent/rdfs:label ?agent ; gev:eventType/skos:prefLabel ?type .
} ORDER BY ?agent LIMIT 20""",
    "target": """SELECT ?agent ?target (COUNT(?event) AS ?events) WHERE {
  ?event gev:agent/rdfs:label ?agent ; gev:target/rdfs:label ?target .
} GROUP BY ?agent ?target ORDER BY DESC(?events) LIMIT 20""",
    "mention": """SELECT ?event ?anchor ?sentence WHERE {
  ?event a gev:Event ; gev:mention ?m .
  ?m nif:anchorOf ?anchor ; gev:sentence ?sentence .
} LIMIT 20""",
    "country": """SELECT ?iso (COUNT(DISTINCT ?actor) AS ?actors) WHERE {
  ?actor gev:country/gev:isoCode ?iso .
} GROUP BY ?iso ORDER BY DESC(?actors)""",
    "date": """SELECT ?event ?date WHERE { ?event a gev:Event ; gev:date ?date }
ORDER BY DESC(?date) LIMIT 20""",
}

_KIND_TITLES = [
    (OWL.Class, "Classes"),
    (OWL.ObjectProperty, "Object properties"),
    (OWL.DatatypeProperty, "Datatype properties"),
    (OWL.AnnotationProperty, "Annotation properties (on event-type concepts)"),
]


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class _Names:
    def __init__(self, graph: Graph) -> None:
        self.prefixes = sorted(((p, str(ns)) for p, ns in graph.namespaces()
                                if p and p in _ontology_prefixes(graph)), key=lambda x: x[0])

    def __call__(self, term) -> str:
        iri = str(term)
        best = max(((p, ns) for p, ns in self.prefixes if iri.startswith(ns)), key=lambda x: len(x[1]), default=None)
        if best is None:
            return f"<{iri}>"
        return f"{best[0]}:{iri[len(best[1]):]}"


def _ontology_prefixes(graph: Graph) -> set[str]:
    text = ontology_path("geoevent.ttl").read_text(encoding="utf-8")
    return {line.split()[1].rstrip(":") for line in text.splitlines() if line.startswith("@prefix")}


def _example(graph: Graph, term: URIRef, kind, name) -> str:
    local = str(term)[len(GEV):]
    if local in EXAMPLES:
        return EXAMPLES[local]
    q = name(term)
    if kind == OWL.Class:
        labelled = (term, RDFS.subClassOf, None) in graph and _is_sub(graph, term, URIRef(GEV + "Event"))
        if labelled:
            return (f"SELECT ?event ?label ?date WHERE {{\n  ?event a {q} ; rdfs:label ?label .\n"
                    f"  OPTIONAL {{ ?event gev:date ?date }}\n}} ORDER BY ?date LIMIT {LIMIT}")
        return f"SELECT ?x ?label WHERE {{\n  ?x a {q} .\n  OPTIONAL {{ ?x rdfs:label ?label }}\n}} LIMIT {LIMIT}"
    if kind == OWL.AnnotationProperty:
        return (f"SELECT ?type ?value WHERE {{\n  ?concept skos:inScheme gev:EventTypes ; skos:prefLabel ?type ; {q} ?value .\n"
                f"}} ORDER BY ?type")
    if kind == OWL.ObjectProperty:
        return (f"SELECT ?subject ?object ?label WHERE {{\n  ?subject {q} ?object .\n"
                f"  OPTIONAL {{ ?object rdfs:label ?label }}\n}} LIMIT {LIMIT}")
    return f"SELECT ?subject ?value WHERE {{\n  ?subject {q} ?value .\n}} LIMIT {LIMIT}"


def _is_sub(graph: Graph, cls: URIRef, parent: URIRef) -> bool:
    return parent in set(graph.transitive_objects(cls, RDFS.subClassOf))


def _terms(graph: Graph, kind) -> list[URIRef]:
    return sorted({s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and str(s).startswith(GEV)},
                  key=str)


def _en(graph: Graph, term, prop) -> str:
    values = list(graph.objects(term, prop))
    for v in values:
        if isinstance(v, Literal) and v.language == "en":
            return _text(v)
    return _text(values[0]) if values else ""


def render(graph: Graph) -> str:
    name = _Names(graph)
    ontology = URIRef(GEV.rstrip("#"))
    out = ["<!-- generated from ontology/geoevent.ttl by `python -m kg.vocab.doc`; do not edit -->", "",
           "# The geokg vocabulary", "",
           _en(graph, ontology, RDFS.comment), "",
           f"Version {_text(graph.value(ontology, OWL.versionInfo))}. The Turtle source is `ontology/geoevent.ttl`; "
           "every output of `kg build` and every store of `kg add` carries it in the named graph "
           f"`<{ontology}>`, so `?c rdfs:subClassOf+ gev:Event` works without a reasoner.", "",
           "The examples below use these prefixes (`kg query` and `kg serve` know them; another client "
           "needs the lines):", "", "```sparql"]
    out += [f"PREFIX {p}: <{ns}>" for p, ns in name.prefixes]
    out += ["```", "", "## Contents", ""]
    sections = [(title, _terms(graph, kind), kind) for kind, title in _KIND_TITLES]
    for title, terms, _ in sections:
        if terms:
            anchor = title.lower().split(" (")[0].replace(" ", "-")
            out.append(f"- [{title}](#{anchor}): " + ", ".join(f"`{name(t)}`" for t in terms))
    out.append("- [Event types](#event-types): the SKOS concepts with CAMEO and PLOVER codes")
    out.append("- [Terms of other vocabularies](#terms-of-other-vocabularies)")
    out.append("")
    for title, terms, kind in sections:
        if not terms:
            continue
        out += [f"## {title.split(' (')[0]}", ""]
        if "(" in title:
            note = title.split("(", 1)[1].rstrip(")")
            out += [note[0].upper() + note[1:] + ".", ""]
        for term in terms:
            out += [f"### `{name(term)}`", ""]
            label = _en(graph, term, RDFS.label)
            comment = _en(graph, term, RDFS.comment)
            if label or comment:
                out += [f"**{label}**" + (f" — {comment}" if comment else ""), ""]
            facts = []
            for prop, what in ((RDFS.subClassOf, "subclass of"), (RDFS.subPropertyOf, "subproperty of"),
                               (RDFS.domain, "on"), (RDFS.range, "value")):
                values = sorted(name(v) for v in graph.objects(term, prop) if isinstance(v, URIRef))
                if values:
                    facts.append(f"{what} {', '.join(f'`{v}`' for v in values)}")
            subs = sorted(name(s) for s in graph.subjects(RDFS.subClassOf, term) if isinstance(s, URIRef))
            if subs:
                facts.append(f"subclasses {', '.join(f'`{s}`' for s in subs)}")
            if (term, RDF.type, OWL.SymmetricProperty) in graph:
                facts.append("symmetric")
            if facts:
                sentence = "; ".join(facts)
                out += [sentence[0].upper() + sentence[1:] + ".", ""]
            out += ["```sparql", _example(graph, term, kind, name), "```", ""]
    out += _event_types(graph, name)
    out += _external(graph, name)
    return "\n".join(out).rstrip() + "\n"


def _event_types(graph: Graph, name) -> list[str]:
    scheme = URIRef(GEV + "EventTypes")
    concepts = sorted((c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)), key=str)
    flags = [p for p in _terms(graph, OWL.AnnotationProperty)
             if any(isinstance(v, Literal) and isinstance(v.toPython(), bool) for v in graph.objects(None, p))]
    out = ["## Event types", "", _en(graph, scheme, RDFS.comment), "",
           "| class | concept | CAMEO | PLOVER | " + " | ".join(name(f).split(":")[1] for f in flags) + " |",
           "|---|---|---|---|" + "---|" * len(flags)]
    for c in concepts:
        cls = graph.value(c, RDFS.seeAlso)
        row = [f"`{name(cls)}`" if cls is not None else "", f"`{name(c)}`",
               _cell(", ".join(sorted(_text(v) for v in graph.objects(c, URIRef(GEV + "cameoCode"))))),
               _cell(", ".join(sorted(_text(v) for v in graph.objects(c, URIRef(GEV + "ploverType")))))]
        row += ["yes" if graph.value(c, f) is not None and graph.value(c, f).toPython() is True else "" for f in flags]
        out.append("| " + " | ".join(row) + " |")
    out += ["", "```sparql", """SELECT ?type ?cameo ?plover (COUNT(?event) AS ?events) WHERE {
  ?concept skos:inScheme gev:EventTypes ; skos:prefLabel ?type .
  OPTIONAL { ?concept gev:cameoCode ?cameo } OPTIONAL { ?concept gev:ploverType ?plover }
  OPTIONAL { ?event gev:eventType ?concept }
} GROUP BY ?type ?cameo ?plover ORDER BY DESC(?events)""", "```", ""]
    return out


def _external(graph: Graph, name) -> list[str]:
    terms = sorted({s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                    for s in graph.subjects(RDF.type, kind)
                    if isinstance(s, URIRef) and not str(s).startswith(GEV) and s != URIRef(GEV.rstrip("#"))},
                   key=lambda t: name(t))
    out = ["## Terms of other vocabularies", "",
           "Aligned to, or used as they are defined by their own vocabularies.", "",
           "| term | kind | label | comment |", "|---|---|---|---|"]
    for t in terms:
        kinds = sorted(name(k).split(":")[1] for k in graph.objects(t, RDF.type) if str(k).startswith(str(OWL)))
        out.append(f"| `{name(t)}` | {', '.join(kinds)} | {_cell(_en(graph, t, RDFS.label))} | "
                   f"{_cell(_en(graph, t, RDFS.comment))} |")
    return out + [""]


def generate() -> str:
    # only the core prefixes: rdflib binds "geo" to GeoSPARQL by default, the ontology to WGS84
    return render(Graph(bind_namespaces="core").parse(ontology_path("geoevent.ttl"), format="turtle"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    text = generate()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python -m kg.vocab.doc", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
