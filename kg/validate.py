"""Validation of a graph's default graph (what queries see) against ``ontology/shapes.ttl``,
plus the text invariant (a mention's anchor equals the document text at its offsets).

The shapes are compiled to SPARQL and run on Oxigraph (:func:`compile_shapes`): seconds on a
store where pySHACL over rdflib took minutes. The compiler knows the SHACL the shapes use
(targets by class; property shapes with ``sh:path`` an IRI and ``minCount``, ``maxCount``,
``class``, ``datatype``, ``in``, ``pattern``, ``nodeKind``, ``minInclusive``,
``maxInclusive``, ``or`` of datatypes, ``qualifiedValueShape`` with ``in`` or with a
``rdfs:subClassOf`` path and ``hasValue``; node-level ``or`` of property shapes; SPARQL
constraints). A shape using anything else is checked by pySHACL, on the default graph with the
ontology mixed in, as before.

Classes are read as SHACL reads them with the ontology in the data graph: ``sh:targetClass C``
and ``sh:class C`` take in every subclass of C, and "a type that is a subclass of gev:Event" is
any event class of the ontology (:func:`class_hierarchy`: the package ontology and the graph's
own, which travels in its named graph). No shape lists subclasses by hand, so an event type
added to the ontology validates with no change to the shapes or to Python."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.resources import ontology_path

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"


def class_hierarchy(store=None) -> dict[str, set[str]]:
    """Each class's direct superclasses (IRIs): those of the package ontology and, given a store,
    those it states in any of its graphs (the ontology a graph was built with travels in its own
    named graph; an endpoint's union default graph shows it)."""
    from kg.vocab.ontology import ontology_triples

    supers: dict[str, set[str]] = {}
    for t in ontology_triples():
        if t.predicate.value == SUBCLASS and isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode):
            supers.setdefault(t.subject.value, set()).add(t.object.value)
    if store is not None:
        for row in store.query(f"SELECT ?s ?o WHERE {{ ?s <{SUBCLASS}> ?o }}", use_default_graph_as_union=True):
            s, o = row["s"], row["o"]
            if isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode):
                supers.setdefault(s.value, set()).add(o.value)
    return supers


def subclasses(hierarchy: dict[str, set[str]], cls: str, strict: bool = False) -> list[str]:
    """``cls`` (unless ``strict``) and every class below it, sorted."""
    below: dict[str, set[str]] = {}
    for sub, sups in hierarchy.items():
        for sup in sups:
            below.setdefault(sup, set()).add(sub)
    out: set[str] = set()
    todo = [cls]
    while todo:
        for sub in below.get(todo.pop(), ()):
            if sub not in out:
                out.add(sub)
                todo.append(sub)
    if not strict:
        out.add(cls)
    return sorted(out)


@dataclass(slots=True)
class Violation:
    kind: str  # one line naming the shape, path and constraint
    focus: str
    value: str | None = None


@dataclass(slots=True)
class ValidationReport:
    conforms: bool
    text: str
    anchor_errors: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)


ANCHOR_QUERY = """
SELECT ?m ?anchor ?b ?e ?text WHERE {
  ?m a gev:Mention ; gev:document ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
  ?d gev:text ?text .
}"""


def check_anchors(store: ox.Store) -> list[str]:
    from kg.vocab import PREFIXES

    errors = []
    for row in store.query(ANCHOR_QUERY, prefixes=PREFIXES):
        begin, end = int(row["b"].value), int(row["e"].value)
        text = row["text"].value
        if not (0 <= begin <= end <= len(text)) or text[begin:end] != row["anchor"].value:
            errors.append(f"{row['m'].value}: anchor {row['anchor'].value!r} is not the text at [{begin}, {end})")
    return errors


class Unsupported(Exception):
    """A SHACL construct the SPARQL compiler does not know."""


@dataclass(slots=True)
class Check:
    kind: str
    query: str  # SELECT ?this ?value


def _n3(term) -> str:
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise Unsupported(f"term {term!r}")


def _short(term) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def compile_shapes(shapes, hierarchy: dict[str, set[str]] | None = None) -> tuple[list[Check], list]:
    """SPARQL checks for the shapes of an rdflib graph; and the shapes that need pySHACL.
    ``hierarchy``: each class's superclasses (default: the package ontology's, :func:`class_hierarchy`)."""
    from rdflib import Namespace, URIRef
    from rdflib.collection import Collection

    sh = Namespace(SH)
    checks: list[Check] = []
    fallback = []
    hierarchy = class_hierarchy() if hierarchy is None else hierarchy

    def items(node) -> list:
        return list(Collection(shapes, node))

    def below(cls, strict: bool = False) -> str:
        """The class and its subclasses, as terms for VALUES or IN."""
        return " ".join(f"<{c}>" for c in subclasses(hierarchy, str(cls), strict))

    for shape in sorted(set(shapes.subjects(URIRef(RDF_TYPE), sh.NodeShape)), key=str):
        classes = sorted(shapes.objects(shape, sh.targetClass), key=str)
        if not classes:
            continue
        targets = sorted({c for t in classes for c in subclasses(hierarchy, str(t))})
        target = "VALUES ?class { " + " ".join(f"<{c}>" for c in targets) + " } ?this a ?class ."
        name = _short(shape)
        local: list[Check] = []
        try:
            known = {sh.targetClass, sh.property, sh["or"], sh.sparql, URIRef(RDF_TYPE),
                     URIRef("http://www.w3.org/2000/01/rdf-schema#comment")}
            for p in set(shapes.predicates(shape)):
                if p not in known:
                    raise Unsupported(str(p))
            for prop in shapes.objects(shape, sh.property):
                local += _property_checks(shapes, sh, name, target, prop, items, below)
            for alternatives in shapes.objects(shape, sh["or"]):
                conds = []
                for alt in items(alternatives):
                    path = shapes.value(alt, sh.path)
                    if not isinstance(path, URIRef) or shapes.value(alt, sh.minCount) is None \
                            or set(shapes.predicates(alt)) - {sh.path, sh.minCount}:
                        raise Unsupported("sh:or")
                    n = int(shapes.value(alt, sh.minCount))
                    if n != 1:
                        raise Unsupported("sh:or minCount")
                    conds.append(f"FILTER NOT EXISTS {{ ?this {_n3(path)} ?any }}")
                paths = " or ".join(_short(shapes.value(a, sh.path)) for a in items(alternatives))
                local.append(Check(f"{name}: needs one of {paths}",
                                   f"SELECT DISTINCT ?this WHERE {{ {target} {' '.join(conds)} }}"))
            for constraint in shapes.objects(shape, sh.sparql):
                select = str(shapes.value(constraint, sh.select))
                message = str(shapes.value(constraint, sh.message) or "SPARQL constraint")
                if message == JUNK_MESSAGE and classes == [URIRef(GEV + "Event")]:
                    local.append(Check(f"{name}: {message}", NATIVE_JUNK))
                    continue
                body = select.replace("$this", "?this")
                head, _, rest = body.partition("{")
                local.append(Check(f"{name}: {message}", f"{head}{{ {target} {rest}"))
            checks += local
        except Unsupported:
            fallback.append(shape)
    return checks, fallback


def _property_checks(shapes, sh, name, target, prop, items, below) -> list[Check]:
    from rdflib import URIRef

    path = shapes.value(prop, sh.path)
    if not isinstance(path, URIRef):
        raise Unsupported("sh:path")
    p = _n3(path)
    label = f"{name} {_short(path)}"
    out: list[Check] = []

    def per_value(what: str, condition: str) -> None:
        out.append(Check(f"{label}: {what}",
                         f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {p} ?value . FILTER ({condition}) }}"))

    handled = {sh.path}
    min_count = shapes.value(prop, sh.minCount)
    if min_count is not None and shapes.value(prop, sh.qualifiedValueShape) is None:
        handled.add(sh.minCount)
        n = int(min_count)
        if n == 1:
            out.append(Check(f"{label}: fewer than 1 value",
                             f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {p} ?any }} }}"))
        elif n > 1:
            out.append(Check(f"{label}: fewer than {n} values",
                             f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {p} ?v }} }} "
                             f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {n})"))
    max_count = shapes.value(prop, sh.maxCount)
    if max_count is not None:
        handled.add(sh.maxCount)
        n = int(max_count)
        out.append(Check(f"{label}: more than {n} value{'s' if n != 1 else ''}",
                         f"SELECT ?this (COUNT(DISTINCT ?v) AS ?value) WHERE {{ {target} ?this {p} ?v }} "
                         f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {n})"))
    for cls in shapes.objects(prop, sh["class"]):
        handled.add(sh["class"])
        per_value(f"a value not of class {_short(cls)}",
                  f"NOT EXISTS {{ VALUES ?k {{ {below(cls)} }} ?value <{RDF_TYPE}> ?k }}")
    dt = shapes.value(prop, sh.datatype)
    if dt is not None:
        handled.add(sh.datatype)
        per_value(f"a value not of datatype {_short(dt)}", f"!isLiteral(?value) || DATATYPE(?value) != {_n3(dt)}")
    allowed = shapes.value(prop, sh["in"])
    if allowed is not None and shapes.value(prop, sh.qualifiedValueShape) is None:
        handled.add(sh["in"])
        per_value("a value not in the allowed list", f"?value NOT IN ({', '.join(_n3(x) for x in items(allowed))})")
    pattern = shapes.value(prop, sh.pattern)
    if pattern is not None:
        handled.add(sh.pattern)
        per_value(f"a value not matching {pattern}", f"isBlank(?value) || !REGEX(STR(?value), {_n3(pattern)})")
    kind = shapes.value(prop, sh.nodeKind)
    if kind is not None:
        handled.add(sh.nodeKind)
        test = {sh.Literal: "isLiteral(?value)", sh.IRI: "isIRI(?value)", sh.BlankNode: "isBlank(?value)"}.get(kind)
        if test is None:
            raise Unsupported("sh:nodeKind")
        per_value(f"a value not a {_short(kind)}", f"!({test})")
    for bound, op in ((sh.minInclusive, ">="), (sh.maxInclusive, "<=")):
        limit = shapes.value(prop, bound)
        if limit is not None:
            handled.add(bound)
            per_value(f"a value not {op} {limit}", f"!(?value {op} {_n3(limit)})")
    alternatives = shapes.value(prop, sh["or"])
    if alternatives is not None:
        handled.add(sh["or"])
        conds = []
        for alt in items(alternatives):
            dt = shapes.value(alt, sh.datatype)
            if dt is None or set(shapes.predicates(alt)) != {sh.datatype}:
                raise Unsupported("sh:or in a property shape")
            conds.append(f"(isLiteral(?value) && DATATYPE(?value) = {_n3(dt)})")
        per_value("a value of none of the allowed datatypes", f"!({' || '.join(conds)})")
    qualified = shapes.value(prop, sh.qualifiedValueShape)
    if qualified is not None:
        handled |= {sh.qualifiedValueShape, sh.qualifiedMinCount, sh.message}
        within = shapes.value(qualified, sh["in"])
        n = shapes.value(prop, sh.qualifiedMinCount)
        if n is None or int(n) != 1:
            raise Unsupported("sh:qualifiedValueShape")
        if within is not None and set(shapes.predicates(qualified)) == {sh["in"]}:
            listed = ", ".join(_n3(x) for x in items(within))
        elif set(shapes.predicates(qualified)) == {sh.path, sh.hasValue} and path == URIRef(RDF_TYPE):
            # a type that is a subclass of the class: [ sh:path [ sh:oneOrMorePath rdfs:subClassOf ]
            # (or zeroOrMorePath) ; sh:hasValue C ], from the hierarchy
            sub_path, cls = shapes.value(qualified, sh.path), shapes.value(qualified, sh.hasValue)
            subclass = URIRef(SUBCLASS)
            if shapes.value(sub_path, sh.oneOrMorePath) == subclass:
                listed = ", ".join(below(cls, strict=True).split())
            elif shapes.value(sub_path, sh.zeroOrMorePath) == subclass:
                listed = ", ".join(below(cls).split())
            else:
                raise Unsupported("sh:qualifiedValueShape path")
        else:
            raise Unsupported("sh:qualifiedValueShape")
        message = shapes.value(prop, sh.message)
        out.append(Check(f"{label}: {message or 'no value of the qualified shape'}",
                         f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {p} ?q . "
                         f"FILTER (?q IN ({listed})) }} }}"))
    unknown = set(shapes.predicates(prop)) - handled - {sh.message, sh.name, sh.description}
    if unknown:
        raise Unsupported(", ".join(map(str, unknown)))
    return out


EXAMPLES = 3


GEV = "https://w3id.org/geokg/ontology#"
# the junk invariant's SPARQL (nested NOT EXISTS per event and actor) takes minutes on Oxigraph
# for a few hundred articles: it is checked in Python, with the same meaning, when the shape
# states it with this message
JUNK_MESSAGE = "an actor of this event is named only inside junk (ad, byline, bio, caption credit)"
NATIVE_JUNK = "native:junk"


def _junk_actors(store: ox.Store, kind: str) -> list[Violation]:
    """Event actors every mention of which lies inside a junk span of its document (a country
    referred to through what belongs to it is exempt), as the shape's SPARQL says."""
    from kg.vocab import PREFIXES

    def rows(q: str):
        return store.query(q, prefixes=PREFIXES, default_graph=[ox.DefaultGraph()])

    pairs = [(r["this"].value, r["value"]) for r in rows(
        "SELECT ?this ?value WHERE { ?this a gev:Event ; gev:agent|gev:participant|gev:target ?value }")]
    junk: dict[str, list[tuple[int, int]]] = {}
    for r in rows("SELECT ?d ?b ?e WHERE { ?d gev:junk ?j . ?j nif:beginIndex ?b ; nif:endIndex ?e }"):
        junk.setdefault(r["d"].value, []).append((int(r["b"].value), int(r["e"].value)))
    named: set = set()
    for r in rows("SELECT ?value ?d ?b ?e WHERE { ?value gev:mention ?m . ?m gev:document ?d ; "
                  "nif:beginIndex ?b ; nif:endIndex ?e }"):
        b, e = int(r["b"].value), int(r["e"].value)
        if not any(jb < e and b < je for jb, je in junk.get(r["d"].value, ())):
            named.add(r["value"])
    exempt = {r["value"] for r in rows(
        "SELECT DISTINCT ?value WHERE { ?value gev:isoCode ?iso . ?x gev:country ?value ; gev:mention ?m2 }")}
    return [Violation(kind, this, value.value) for this, value in pairs if value not in named and value not in exempt]


def _violations(store: ox.Store, checks: list[Check]) -> list[Violation]:
    from kg.vocab import PREFIXES

    out: list[Violation] = []
    default = [ox.DefaultGraph()]
    for check in checks:
        if check.query == NATIVE_JUNK:
            out += _junk_actors(store, check.kind)
            continue
        solutions = store.query(check.query, prefixes=PREFIXES, default_graph=default)
        names = [v.value for v in solutions.variables]
        for row in solutions:
            value = row["value"] if "value" in names else None
            out.append(Violation(check.kind, row["this"].value, value.value if value is not None else None))
    return out


def summary(violations: list[Violation], anchors: list[str]) -> str:
    """One line per kind of violation, with its count and up to three examples."""
    counts = Counter(v.kind for v in violations)
    lines = []
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        examples = [v for v in violations if v.kind == kind][:EXAMPLES]
        shown = "; ".join(f"{v.focus}" + (f" ({v.value})" if v.value is not None else "") for v in examples)
        lines.append(f"{n:>6}  {kind}  e.g. {shown}")
    if anchors:
        lines.append(f"{len(anchors):>6}  anchor not the document text at its offsets  e.g. " + "; ".join(anchors[:EXAMPLES]))
    return "\n".join(lines)


def store_to_graph(store: ox.Store):
    """A store's default graph as an rdflib graph (for pySHACL)."""
    from rdflib import Graph

    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=data, format="nt")


def validate_store(store: ox.Store) -> ValidationReport:
    from rdflib import Graph

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    checks, fallback = compile_shapes(shapes, class_hierarchy(store))
    violations = _violations(store, checks)
    text_parts = []
    conforms = True
    if fallback:  # shapes the compiler does not know: pySHACL (slow: every shape, the whole graph)
        import pyshacl

        ontology = Graph().parse(ontology_path("geoevent.ttl"), format="turtle")
        ok, _, text = pyshacl.validate(store_to_graph(store), shacl_graph=shapes, ont_graph=ontology,
                                       inference="none", advanced=True, allow_warnings=True)
        conforms = conforms and bool(ok)
        if not ok:
            text_parts.append(text)
    anchors = check_anchors(store)
    conforms = conforms and not violations and not anchors
    text = summary(violations, anchors)
    if text_parts:
        text = "\n".join([text, *text_parts]).strip()
    return ValidationReport(conforms, text, anchors, violations)
