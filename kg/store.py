"""Open a SOURCE — an RDF file, a store directory made by ``kg add``, or (see
:mod:`kg.remote`) a SPARQL endpoint — as a pyoxigraph :class:`~pyoxigraph.Store`."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError

RDF_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


# A geokg store keeps, besides one named graph per document, their union in the default graph:
# Oxigraph's "union default graph" option has bag semantics (a triple stated by 2,000 documents
# comes back 2,000 times), which multiplies joins; a materialised union is a set.


def materialize_union(store: ox.Store, *, rebuild: bool = False) -> ox.Store:
    """Fill the default graph with the union of the named graphs, reports of one happening
    fused (see :func:`fuse_events`); ``rebuild`` when the default graph already holds one."""
    fuse_events(store, rebuild=rebuild)
    return store


# read from the document graphs and the ontology graph: the default graph is made from them
_EVENT_TYPES = ("GRAPH ?o { ?t rdfs:subClassOf+ gev:Event } FILTER NOT EXISTS { GRAPH ?g { ?e a ?sub } "
                "GRAPH ?o2 { ?sub rdfs:subClassOf+ ?t } FILTER (?sub != ?t) }")
_REPORTS_Q = f"""SELECT ?e ?t ?mod ?date ?pub WHERE {{
  GRAPH ?g {{ ?e a ?t ; gev:modality ?mod . OPTIONAL {{ ?e gev:date ?date }} OPTIONAL {{ ?g dcterms:date ?pub }} }}
  {_EVENT_TYPES} }}"""
_ROLES_Q = """SELECT DISTINCT ?e ?role ?a ?iso ?state WHERE {
  GRAPH ?g { VALUES ?role { gev:agent gev:participant gev:target } ?e ?role ?a
             OPTIONAL { ?a gev:isoCode ?state } OPTIONAL { ?a gev:country/gev:isoCode ?iso } } }"""
_WEAPONS_Q = "SELECT DISTINCT ?e ?w WHERE { GRAPH ?g { ?e gev:weapon ?w } }"
_PLACES_Q = """SELECT DISTINCT ?e ?p ?state ?iso WHERE { GRAPH ?g { ?e gev:place ?p
  OPTIONAL { ?p gev:isoCode ?state } OPTIONAL { ?p gev:country/gev:isoCode ?iso } } }"""
_ABOUT_Q = "SELECT DISTINCT ?e ?x WHERE { GRAPH ?g { ?e gev:about ?x } }"
_SPECIFIC_Q = "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e gev:mention ?m . ?m gev:specific true } }"


def event_reports(store: ox.Store, actors: dict[str, str] | None = None) -> list:
    """Every event of every document graph, as :class:`kg.resolve.fusion.Report` records;
    ``actors`` renames actors that are one (see :func:`_person_renaming`, :func:`_acronym_renaming`)."""
    actors = actors or {}
    from kg.resolve.fusion import Report, report_window
    from kg.vocab import PREFIXES

    base: dict[str, dict] = {}
    for row in store.query(_REPORTS_Q, prefixes=PREFIXES):
        e = row["e"].value
        r = base.setdefault(e, {"type": row["t"].value.rsplit("#", 1)[-1], "modality": row["mod"].value,
                                "date": row["date"].value if row["date"] is not None else None, "published": set(),
                                "actors": set(), "targets": set(), "weapons": set(), "places": set(), "about": set(), "regions": set(), "side": {},
                                "countries": set()})
        if row["pub"] is not None:
            r["published"].add(row["pub"].value[:10])
    for row in store.query(_ROLES_Q, prefixes=PREFIXES):
        r = base.get(row["e"].value)
        if r is None:
            continue
        a = row["a"].value
        a = actors.get(a, a).casefold()  # "Lionsgate" and "LionsGate", "Gary Ross" and "GARY ROSS": one actor
        (r["targets"] if row["role"].value.endswith("target") else r["actors"]).add(a)
        if row["state"] is not None:
            r["side"][a] = row["state"].value
            r["countries"].add(a)
        elif row["iso"] is not None:
            r["side"][a] = row["iso"].value
    for row in store.query(_WEAPONS_Q, prefixes=PREFIXES):
        if row["e"].value in base:
            base[row["e"].value]["weapons"].add(row["w"].value)
    for row in store.query(_PLACES_Q, prefixes=PREFIXES):
        r = base.get(row["e"].value)
        if r is None:
            continue
        if row["state"] is None:
            r["places"].add(row["p"].value)  # places below the level of a state
        state = row["state"] if row["state"] is not None else row["iso"]
        if state is not None:
            r["regions"].add(state.value)
    for row in store.query(_ABOUT_Q, prefixes=PREFIXES):
        if row["e"].value in base:
            base[row["e"].value]["about"].add(row["x"].value)
    specific = {row["e"].value for row in store.query(_SPECIFIC_Q, prefixes=PREFIXES)}
    # an undated event shares its IRI only with same-day reports (see fusion.event_signature):
    # its window is the week up to the earliest of their publication dates
    return [Report(iri=e, type=r["type"], modality=r["modality"], date=r["date"], actors=frozenset(r["actors"]),
                   targets=frozenset(r["targets"]), weapons=frozenset(r["weapons"]), places=frozenset(r["places"]),
                   about=frozenset(r["about"]), regions=frozenset(r["regions"]), specific=e in specific,
                   side=r["side"], countries=frozenset(r["countries"]),
                   window=report_window(r["date"], min(r["published"]) if r["published"] else None))
            for e, r in base.items()]


NEAR_DUPLICATE_BITS = 3


def _link_near_duplicates(store: ox.Store) -> None:
    """Link documents whose SimHashes are at most :data:`NEAR_DUPLICATE_BITS` apart with
    ``gev:nearDuplicateOf`` (both ways) in the default graph. By the pigeonhole principle two
    such hashes agree on one of four 16-bit quarters, so only documents sharing a quarter are
    compared."""
    from kg.ingest.document import hamming
    from kg.vocab import PREFIXES

    hashes = sorted((row["d"].value, row["h"].value) for row in store.query(
        "SELECT DISTINCT ?d ?h WHERE { GRAPH ?g { ?d gev:simhash ?h } }", prefixes=PREFIXES))
    buckets: dict[tuple[int, str], list[int]] = {}
    for i, (_, h) in enumerate(hashes):
        for q in range(4):
            buckets.setdefault((q, h[4 * q:4 * q + 4]), []).append(i)
    pairs = {(i, j) for members in buckets.values() for x, i in enumerate(members) for j in members[x + 1:]
             if hamming(hashes[i][1], hashes[j][1]) <= NEAR_DUPLICATE_BITS}
    store.update("DELETE { ?a gev:nearDuplicateOf ?b } WHERE { ?a gev:nearDuplicateOf ?b }", prefixes=PREFIXES)
    links = sorted(pairs)
    for k in range(0, len(links), 500):
        triples = " ".join(f"<{hashes[i][0]}> gev:nearDuplicateOf <{hashes[j][0]}> . <{hashes[j][0]}> gev:nearDuplicateOf <{hashes[i][0]}> ."
                           for i, j in links[k:k + 500])
        store.update(f"INSERT DATA {{ {triples} }}", prefixes=PREFIXES)


def _copy_union(store: ox.Store, renaming: dict[str, str], chunk: int = 100_000) -> None:
    """Copy every document graph's statements into the default graph, renamed IRIs replaced
    (as subjects and objects) — one pass, nothing deleted afterwards."""
    rename = {old: ox.NamedNode(new) for old, new in renaming.items()}
    default = ox.DefaultGraph()
    out: list[ox.Quad] = []
    for graph in list(store.named_graphs()):
        for q in store.quads_for_pattern(None, None, None, graph):
            s, o = q.subject, q.object
            if rename:
                if isinstance(s, ox.NamedNode):
                    s = rename.get(s.value, s)
                if isinstance(o, ox.NamedNode):
                    o = rename.get(o.value, o)
            out.append(ox.Quad(s, q.predicate, o, default))
            if len(out) >= chunk:
                store.extend(out)
                out = []
    if out:
        store.extend(out)


_NAMED_Q = """SELECT DISTINCT ?x ?label ?c WHERE {{ GRAPH ?g {{ ?x a <{kind}> ; rdfs:label ?label .
  OPTIONAL {{ ?x gev:country ?c }} }} }}"""


def _names(store: ox.Store, kind: str) -> dict[str, tuple[set[str], set[str]]]:
    """Every ``gev:{kind}`` of the document graphs: IRI → (its labels, the countries it is tied to)."""
    from kg.vocab import GEV, PREFIXES

    out: dict[str, tuple[set[str], set[str]]] = {}
    for row in store.query(_NAMED_Q.format(kind=GEV[kind]), prefixes=PREFIXES):  # GEV fails on a misspelt class
        labels, countries = out.setdefault(row["x"].value, (set(), set()))
        labels.add(row["label"].value)
        if row["c"] is not None:
            countries.add(row["c"].value)
    return out


def _person_renaming(store: ox.Store) -> dict[str, str]:
    """A person named without a country goes to the one person of that name whom another
    document ties to a country — when there is exactly one such person."""
    by_name: dict[str, dict[str, set[str]]] = {}
    for iri, (labels, countries) in _names(store, "Person").items():
        for label in labels:
            by_name.setdefault(label, {})[iri] = countries
    out: dict[str, str] = {}
    for iris in by_name.values():
        placed = sorted(p for p, isos in iris.items() if isos)
        if len(placed) == 1:
            out.update({p: placed[0] for p, isos in iris.items() if not isos})
    return out


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_MINOR_WORDS = {"of", "and", "the", "for", "&", "de", "du", "la", "in", "on"}


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-/]+", name) if w and w.lower() not in _MINOR_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _acronym_renaming(store: ox.Store) -> dict[str, str]:
    """An organisation named by an acronym goes to the one organisation whose name it abbreviates
    ("HP" → Hewlett-Packard, "EDS" → Electronic Data Systems, "SAF" → Sudan Armed Forces) —
    when exactly one in the store does, and no country says otherwise."""
    orgs = _names(store, "Organization")
    by_initials: dict[str, set[str]] = {}
    for iri, (labels, _) in orgs.items():
        for label in labels:
            if not _ACRONYM.match(label) and _initials(label):
                by_initials.setdefault(_initials(label), set()).add(iri)
    out: dict[str, str] = {}
    for iri, (labels, countries) in sorted(orgs.items()):
        found = set().union(*(by_initials.get(label, set()) for label in labels if _ACRONYM.match(label))) - {iri}
        if len(found) == 1:
            (full,) = found
            if not (countries and orgs[full][1] and countries != orgs[full][1]):
                out[iri] = full
    return out


def fuse_events(store: ox.Store, *, rebuild: bool = True) -> dict[str, str]:
    """Reports of one happening in different documents (same type, overlapping actors,
    compatible dates; see :func:`kg.resolve.fusion.same_happening`) become one event in the
    default graph, under the smallest of their IRIs; each document graph keeps the event as it
    reported it. A person named without a country joins the one person of that name another
    document places; an organisation named by an acronym, the one organisation it abbreviates. ``rebuild`` first makes the default graph afresh from the document graphs
    (needed when it holds an earlier fusion). Returns the renaming of events applied."""
    from kg.resolve.fusion import cluster_reports
    from kg.vocab import PREFIXES

    actors = {**_person_renaming(store), **_acronym_renaming(store)}
    renaming = cluster_reports(event_reports(store, actors))
    if rebuild:
        store.update("CLEAR DEFAULT")
    _copy_union(store, {**actors, **renaming})
    _link_near_duplicates(store)
    if renaming:
        # one label per event (the smallest of its reports'), and one date: the most precise of
        # the compatible dates its reports give
        store.update("""DELETE { ?e rdfs:label ?l } WHERE { ?e gev:eventType ?t ; rdfs:label ?l , ?l2 .
                          FILTER (STR(?l2) < STR(?l)) }""", prefixes=PREFIXES)
        store.update("""DELETE { ?e gev:date ?d } WHERE { ?e gev:date ?d , ?d2 .
                          FILTER (STRLEN(STR(?d2)) > STRLEN(STR(?d))) }""", prefixes=PREFIXES)
    return renaming


def is_store_dir(path: Path) -> bool:
    return path.is_dir()


def open_source(source: str, *, writable: bool = False):
    """A pyoxigraph Store for a file or store directory, or a RemoteStore for an endpoint URL."""
    from kg.remote import Endpoint, RemoteStore, is_endpoint

    if is_endpoint(source):
        return RemoteStore(Endpoint.from_url(source))
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file or directory")
    if path.is_dir():
        try:
            return ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            raise InputError(source, f"cannot open the store ({str(exc).splitlines()[0]})") from None
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(source, f"unsupported RDF file type {path.suffix or '(none)'}")
    if fmt == ox.RdfFormat.RDF_XML:
        _refuse_xml_entities(path, source)
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(source, f"cannot read RDF: {str(exc).splitlines()[0]}") from None
    return materialize_union(store)


def _refuse_xml_entities(path: Path, source: str, chunk: int = 1 << 16) -> None:
    """RDF/XML is parsed with its entities expanded: a 1 KB file of nested entities ("billion
    laughs") grows to gigabytes, and an external entity reads local files or URLs. RDF/XML needs
    no DTD, so a file whose prolog (what precedes the root element) declares an entity is
    refused. Reads only the prolog, in bounded pieces."""
    seen = b""
    with path.open("rb") as handle:
        while True:
            piece = handle.read(chunk)
            if not piece:
                break
            seen += piece
            # the root element starts at the first "<" that opens no declaration or instruction
            # (an entity's value may hold "<x>", but its "<!ENTITY" comes first)
            root = re.search(rb"<[^?!]", seen)
            if b"<!ENTITY" in (seen[:root.start()] if root else seen):
                raise InputError(source, "RDF/XML with a DOCTYPE that declares entities (<!ENTITY); "
                                          "refused, as entity expansion can exhaust memory or read other files")
            if root:
                return
            seen = seen[-16:]


def dataset_to_store(ds) -> ox.Store:
    """An in-memory store holding an rdflib dataset's quads (via N-Quads)."""
    store = ox.Store()
    data = ds.serialize(format="nquads", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_QUADS)
    return materialize_union(store)
