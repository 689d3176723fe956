"""The network page at two sizes: a synthetic graph of N events (shaped like a news corpus: a few
busy actors and many rare ones, Zipf-like) and, when ../shared is there, the 249 Guardian articles.

For each: seconds to export the page from the store (``kg viz``'s work: SPARQL, limit, render) and
seconds from navigation until the page has laid out and drawn everything (``window.geokg.settled``)
in headless Chromium. Used by bench/run.py (``bench_page``) and by tests/test_browser.py
(``synthetic_store``)."""

from __future__ import annotations

import random
import shutil
import time
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not another one installed in editable mode (a git worktree)
ID = "https://w3id.org/geokg/id/"
GEV = "https://w3id.org/geokg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
TYPES = {"Statement": 30, "Attack": 14, "Meeting": 12, "Condemnation": 8, "Demand": 6, "Threat": 5, "Agreement": 5,
         "MilitaryDeployment": 5, "Visit": 4, "Sanction": 3, "Protest": 3, "ArmsTransfer": 2, "WeaponTest": 3}
VERBS = {"Statement": "said", "Attack": "attacked", "Meeting": "met", "Condemnation": "condemned", "Demand": "demanded",
         "Threat": "threatened", "Agreement": "signed", "MilitaryDeployment": "deployed", "Visit": "visited",
         "Sanction": "sanctioned", "Protest": "protested", "ArmsTransfer": "supplied", "WeaponTest": "tested"}


def synthetic_store(n_events: int = 10_000, seed: int = 5):
    """An Oxigraph store with the ontology and ``n_events`` events in geokg's shape (types, dates,
    agents, targets, participants, places with coordinates, mentions with sentences, documents)."""
    import pycountry
    import pyoxigraph as ox

    rnd = random.Random(seed)
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "geoevent.ttl"), format=ox.RdfFormat.TURTLE)
    quads: list = []
    N, L = ox.NamedNode, ox.Literal

    def add(s, p, o):
        quads.append(ox.Quad(N(s), N(p), o if isinstance(o, (ox.Literal, ox.NamedNode)) else N(o)))

    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)[::2][:120]
    actors = []
    for c in countries:
        iri = f"{ID}country/{c.alpha_3}"
        add(iri, RDF_TYPE, GEV + "Country"); add(iri, RDF_TYPE, GEV + "Actor"); add(iri, RDF_TYPE, GEV + "Place")
        add(iri, LABEL, L(c.name)); add(iri, GEV + "isoCode", L(c.alpha_3))
        actors.append(iri)
    kinds = ["Person"] * 6 + ["GovernmentBody", "ArmedForce", "Organization", "InternationalOrganization"]
    for i in range(1100):
        kind = kinds[i % len(kinds)]
        iri = f"{ID}{kind.lower()}/synthetic_{i}"
        add(iri, RDF_TYPE, GEV + kind); add(iri, RDF_TYPE, GEV + "Actor")
        add(iri, LABEL, L(f"{kind} {i}"))
        add(iri, GEV + "country", f"{ID}country/{countries[rnd.randrange(len(countries))].alpha_3}")
        actors.append(iri)
    rnd.shuffle(actors)
    places = []
    for i in range(400):
        iri = f"{ID}place/synthetic_{i}"
        add(iri, RDF_TYPE, GEV + "Place"); add(iri, LABEL, L(f"Town {i}"))
        add(iri, GEV + "country", f"{ID}country/{countries[rnd.randrange(len(countries))].alpha_3}")
        add(iri, GEO + "lat", L(f"{rnd.uniform(-40, 65):.4f}", datatype=N("http://www.w3.org/2001/XMLSchema#decimal")))
        add(iri, GEO + "long", L(f"{rnd.uniform(-120, 150):.4f}", datatype=N("http://www.w3.org/2001/XMLSchema#decimal")))
        places.append(iri)
    # Zipf-like: the k-th actor is picked with weight 1/k
    weights = [1 / (k + 1) for k in range(len(actors))]
    names = list(TYPES)
    tw = [TYPES[t] for t in names]
    start = 17167  # 2017-01-01 in days since 1970
    for i in range(n_events):
        t = rnd.choices(names, tw)[0]
        e = f"{ID}event/{t}/s{i:06d}"
        doc = f"{ID}doc/synthetic-{i // 5:05d}"
        day = start + rnd.randrange(3 * 365)
        date = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
        agent, other = rnd.choices(actors, weights, k=2)
        add(e, RDF_TYPE, GEV + "Event"); add(e, RDF_TYPE, GEV + t)
        add(e, LABEL, L(f"{t}: event {i}")); add(e, GEV + "modality", L("asserted"))
        add(e, GEV + "date", L(date, datatype=N("http://www.w3.org/2001/XMLSchema#date")))
        add(e, GEV + "agent", agent)
        if t in ("Meeting", "Agreement") and other != agent:
            add(e, GEV + "participant", other)
        elif t != "Statement" and other != agent:
            add(e, GEV + "target", other)
        if rnd.random() < 0.7:
            add(e, GEV + "place", places[rnd.randrange(len(places))])
        verb = VERBS[t]
        sentence = f"Officials of actor {i % 997} {verb} the other side on {date}, the report says."
        b = 1000 * (i % 5) + sentence.index(verb)  # where the sentence would sit in its document
        m = f"{doc}#char={b},{b + len(verb)}"
        add(e, GEV + "mention", m)
        add(m, GEV + "document", doc); add(m, GEV + "sentence", L(sentence)); add(m, NIF + "anchorOf", L(verb))
        if i % 5 == 0:
            add(doc, RDF_TYPE, GEV + "Document"); add(doc, DCT + "title", L(f"Synthetic report {i // 5}"))
            add(doc, DCT + "source", L(f"https://example.org/news/{i // 5}"))
            add(doc, DCT + "date", L(date, datatype=N("http://www.w3.org/2001/XMLSchema#date")))
    store.extend(quads)
    return store


def settle_seconds(page: Path, timeout_ms: int = 300_000) -> float | str:
    """Seconds from navigation to ``window.geokg.settled`` in headless Chromium (network blocked)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return "no chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            pg = b.new_page(viewport={"width": 1600, "height": 1000}, bypass_csp=True)
            pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            t = time.perf_counter()
            pg.goto(page.as_uri())
            pg.wait_for_function("window.geokg && window.geokg.settled === true", timeout=timeout_ms)
            return round(time.perf_counter() - t, 2)
        finally:
            b.close()


def guardian_store(tmp: Path):
    """The 249 Guardian articles built into a store, or None when ../shared is absent."""
    import csv
    import json

    src = ROOT.parent / "shared" / "data" / "guardian_syria_2019" / "articles.csv"
    if not src.exists():
        return None
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    jl = tmp / "guardian.jsonl"
    with src.open(encoding="utf-8") as handle, jl.open("w", encoding="utf-8") as out:
        for i, row in enumerate(csv.DictReader(handle)):
            out.write(json.dumps({"id": f"guardian-{i}", "published": row["date"][:10], "text": row["text"]}) + "\n")
    ds, _ = build_dataset([str(jl)])
    return dataset_to_store(ds)


def bench_page(tmp: Path, guardian=True) -> dict:
    from kg.viz import write_network

    out: dict = {}
    cases = [("synthetic_10000_events", lambda: synthetic_store(10_000))]
    if guardian:
        cases.append(("guardian_249_articles", lambda: guardian_store(tmp)))
    for name, make in cases:
        store = make()
        if store is None:
            continue
        page = tmp / f"{name}.html"
        t = time.perf_counter()
        data = write_network(store, page)
        export_s = round(time.perf_counter() - t, 2)
        out[name] = {"events": len(data.events), "actors": len(data.actors), "left_out_actors": data.omitted["actors"],
                     "page_mb": round(page.stat().st_size / 1e6, 2), "export_s": export_s,
                     "settle_s": settle_seconds(page)}
    return out


if __name__ == "__main__":
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        print(json.dumps(bench_page(Path(d)), indent=1))
