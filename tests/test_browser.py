"""The exported page in a real browser (Debian's Chromium driven by Playwright), with every network
request blocked and recorded: on the sample build, on Guardian articles (when ../shared is there) and
on a synthetic graph of 10,000 events. What the page draws is compared with counts made here from
the page's data, not with numbers the page reports about itself alone."""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kg.viz import actor_pairs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "guardian_syria_2019" / "articles.csv"
# the countries the page has an outline (and so a centre) for
OUTLINED = {str(g["id"]) for g in json.loads((ROOT / "kg" / "templates" / "vendor" / "countries-110m.json").read_text())
            ["objects"]["countries"]["geometries"] if "id" in g}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make test installs it with apt)")]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def open_page(browser, path):
    # the page forbids eval by CSP; Playwright evaluates strings, so the test context bypasses it
    page = browser.new_page(bypass_csp=True, viewport={"width": 1600, "height": 1000})
    requests, errors, dialogs = [], [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def block(route):
        if not route.request.url.startswith(("file:", "data:")):
            requests.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page.route("**/*", block)
    page.goto(path.as_uri())
    page.wait_for_function("window.geokg && window.geokg.settled === true", timeout=120000)
    return page, requests, errors, dialogs


def expected(data, shown=lambda e: True, lone=False, described=False):
    """Actors, links (pair and type) and events the network should draw for the events kept by ``shown``
    (statements and described groups hidden), counted here from the page's data."""
    hidden = {i for i, t in enumerate(data.types) if t["hidden"]}
    events = [e for e in data.events if e["t"] not in hidden and shown(e)]
    drawn = {i for i, a in enumerate(data.actors) if described or not a.get("d")}
    # the pairing rule of .graphml and to_networkx too
    links = {(a, b, t) for a, b, t in actor_pairs(events) if a in drawn and b in drawn}
    actors = {x for a, b, _ in links for x in (a, b)}
    if lone:
        actors |= {x for e in events for k in "agp" for x in e[k] if x in drawn}
    placed = sum(1 for e in events if any(data.places[x]["lat"] is not None or
                                          data.countries[data.places[x]["country"]]["num"] in OUTLINED
                                          for x in e["l"] if data.places[x]["lat"] is not None or data.places[x]["country"] >= 0))
    return {"actors": len(actors), "links": len(links), "events": len(events), "placed": placed}


def drawn(page) -> dict:
    return page.evaluate("window.geokg.drawn")


def check_counts(page, data, context=None, **kw):
    """``context``: the events the timeline shows around a brushed period (all its other filters)."""
    want, got = expected(data, **kw), drawn(page)
    assert (got["actors"], got["links"], got["events"], got["map"]) == \
        (want["actors"], want["links"], want["events"], want["placed"])
    around = want if context is None else expected(data, shown=context)
    assert got["timeline"] + got["timelineOutside"] + got["undated"] == around["events"]


def brush(page, x0: float, x1: float):
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] * 0.6
    page.mouse.move(box["x"] + box["width"] * x0, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * (x0 + x1) / 2, y, steps=3)
    page.mouse.move(box["x"] + box["width"] * x1, y, steps=3)
    page.mouse.up()


def brushed_range(page) -> tuple[str, str]:
    days = page.evaluate("window.geokg.state.range")
    return tuple(date.fromordinal(date(1970, 1, 1).toordinal() + int(d)).isoformat() for d in days)


def in_range(e, lo, hi):
    """The day the page puts an event on: its own date, else its report's (as network.js does)."""
    d, r = e["d"], e["r"]
    day = d[:10] if len(d) >= 10 else (r if (not d or r.startswith(d)) and r else
                                       (d + "-01-01" if len(d) == 4 else d + "-01"))
    return bool(day) and lo <= day <= hi


def exercise(page, data):
    """A filter, a brush and a click, each checked against counts made here."""
    check_counts(page, data)
    # a type filter: attacks off
    t = next(i for i, ty in enumerate(data.types) if ty["name"] == "Attack")
    attacks = sum(1 for e in data.events if e["t"] == t)
    assert attacks > 0
    page.uncheck("input.etype[value=Attack]")
    check_counts(page, data, shown=lambda e: e["t"] != t)
    page.check("input.etype[value=Attack]")
    check_counts(page, data)
    # a country filter, chosen by its name
    per_country = Counter(c for e in data.events if data.types[e["t"]]["hidden"] is False
                          for c in country_set(data, e))
    c, _ = per_country.most_common(1)[0]
    name = data.countries[c]["name"]
    option = page.locator("#country option", has_text=name).first
    page.select_option("#country", value=option.get_attribute("value"))
    check_counts(page, data, shown=lambda e: c in country_set(data, e))
    page.select_option("#country", value="-1")
    # a brush over the middle of the timeline
    before = drawn(page)["events"]
    brush(page, 0.02, 0.5)
    lo, hi = brushed_range(page)
    check_counts(page, data, shown=lambda e: in_range(e, lo, hi), context=lambda e: True)
    assert 0 < drawn(page)["events"] < before
    brush(page, 0.5, 0.5)  # a click clears it
    assert page.evaluate("window.geokg.state.range") is None
    check_counts(page, data)


def country_set(data, e) -> set[int]:
    cs = {data.actors[x]["country"] for k in "agp" for x in e[k]} | {data.places[x]["country"] for x in e["l"]}
    return cs - {-1}


def click_busiest(page, data) -> tuple[int, list[str]]:
    """Clicks the busiest actor drawn; returns the events the panel lists and their dates as listed."""
    node = page.evaluate("""() => { let best = null, n = -1;
        window.geokg.graph.forEachNode((k, a) => { if (a.events > n) { n = a.events; best = k; } }); return best; }""")
    xy = page.evaluate(f"window.geokg.nodeScreen({json.dumps(node)})")
    box = page.locator("#net").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_function("window.geokg.panel")
    return int(node[1:]), page.evaluate("window.geokg.panel")


def test_sample_page_offline(browser, seed_store, tmp_path):
    from kg.viz import write_network

    out = tmp_path / "seed.html"
    data = write_network(seed_store, out)
    page, requests, errors, dialogs = open_page(browser, out)
    assert data.events and data.actors
    exercise(page, data)
    # clicking an actor lists exactly its (non-statement) events, newest first
    x, panel = click_busiest(page, data)
    hidden = {i for i, t in enumerate(data.types) if t["hidden"]}
    mine = [e for e in data.events if e["t"] not in hidden and x in e["a"] + e["g"] + e["p"]]
    assert panel == {"title": data.actors[x]["label"], "events": len(mine)}
    days = page.eval_on_selector_all("#panel .ev", "els => els.map(e => e.dataset.day)")
    assert len(days) == len(mine) and days == sorted(days, reverse=True)
    # clicking a link lists the events of that pair and type
    key = page.evaluate("""() => { let best = null, n = -1;
        window.geokg.graph.forEachEdge((k, a) => { if (a.count > n) { n = a.count; best = k; } }); return best; }""")
    a, rest = key.split(">") if ">" in key else key.split("~")
    b, t = (int(v) for v in rest.split("|"))
    page.evaluate(f"window.geokg.selectEdge({json.dumps(key)})")
    pair = [e for e in data.events if e["t"] == t and ((int(a) in e["a"] and b in e["g"]) or
                                                       (">" not in key and {int(a), b} <= set(e["a"] + e["p"])))]
    assert page.evaluate("window.geokg.panel.events") == len(pair) > 0
    shot = page.screenshot()
    assert len(shot) > 20000  # a blank page compresses to a few KB
    assert requests == [] and errors == [] and dialogs == []
    page.close()


def test_panel_marks_the_mention_and_event_graph(browser, seed_store, tmp_path):
    from kg.viz import write_network

    out = tmp_path / "panel.html"
    data = write_network(seed_store, out)
    page, requests, errors, _ = open_page(browser, out)
    nk = next(i for i, a in enumerate(data.actors) if a["label"] == "North Korea")
    page.evaluate(f"window.geokg.selectActor({nk})")
    text = page.locator("#panel").text_content()
    assert "the launch of an intercontinental missile by North Korea" in text
    assert "launch" in page.locator("#panel mark").all_text_contents()
    # the event graph of the selection: one node per listed event plus their actors
    n = page.evaluate("window.geokg.panel.events")
    page.click("#panel button")
    g = page.evaluate("window.geokg.drawn.eventGraph")
    mine = [e for e in data.events if not data.types[e["t"]]["hidden"] and nk in e["a"] + e["g"] + e["p"]]
    actors = {x for e in mine for k in "agp" for x in e[k]}
    assert g == {"events": n, "nodes": n + len(actors), "edges": sum(len(e[k]) for e in mine for k in "agp")}
    page.click("#back")
    check_counts(page, data)
    assert requests == [] and errors == []
    page.close()


def test_hostile_text_runs_nothing(browser, tmp_path):
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store
    from kg.viz import write_network

    evil = '<script>alert(1)</script>'
    attr = '"><img src=x onerror=alert(1)>'
    text = (f'The Foreign Minister of Iran said: "{evil} {attr} we will respond." '
            f'Iran condemned Israel on Monday.\n\nIran fired a ballistic missile at Israel on Tuesday.\n')
    rec = {"id": "evil" + attr, "url": "javascript:alert(1)", "title": evil, "published": "2024-04-14", "text": text}
    ds, report = build_dataset(["-"], stdin=io.BytesIO((json.dumps(rec) + "\n").encode()))
    assert report.documents == 1
    out = tmp_path / "evil.html"
    data = write_network(dataset_to_store(ds), out, title=evil)
    assert evil not in out.read_text(encoding="utf-8")
    page, requests, errors, dialogs = open_page(browser, out)
    page.check("input.etype[value=Statement]")
    for i in range(len(data.actors)):
        page.evaluate(f"window.geokg.selectActor({i})")
    assert "<script>" in page.locator("#panel").text_content() or "<script>" in page.title()
    assert dialogs == [] and requests == [] and errors == []
    assert page.evaluate("document.querySelectorAll('img, #panel a[href^=javascript]').length") == 0
    page.close()


@pytest.fixture(scope="module")
def guardian_page(tmp_path_factory):
    """80 Guardian articles built once for this module (the whole 249 is in make bench)."""
    import csv

    if not SHARED.exists():
        pytest.skip("../shared is absent")
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store
    from kg.viz import write_network

    tmp = tmp_path_factory.mktemp("guardian")
    jl = tmp / "guardian.jsonl"
    with SHARED.open(encoding="utf-8") as handle, jl.open("w", encoding="utf-8") as out:
        for i, row in enumerate(csv.DictReader(handle)):
            if i < 80:
                out.write(json.dumps({"id": f"guardian-{i}", "published": row["date"][:10], "text": row["text"]}) + "\n")
    ds, _ = build_dataset([str(jl)])
    out = tmp / "guardian.html"
    return out, write_network(dataset_to_store(ds), out, title="Guardian, Syria 2019")


def test_guardian_page(browser, guardian_page, tmp_path):
    out, data = guardian_page
    page, requests, errors, dialogs = open_page(browser, out)
    exercise(page, data)
    page.check("#isolates")
    check_counts(page, data, lone=True)
    page.uncheck("#isolates")
    # groups described without a name are drawn only when asked
    assert any(a.get("d") for a in data.actors)
    assert drawn(page)["described"] > 0
    page.check("#described")
    check_counts(page, data, described=True)
    page.uncheck("#described")
    check_counts(page, data)
    x, panel = click_busiest(page, data)
    assert panel["events"] > 0 and page.locator("#panel .ev mark").count() > 0
    page.screenshot(path=str(tmp_path / "guardian.png"))
    assert (tmp_path / "guardian.png").stat().st_size > 50000
    assert requests == [] and errors == [] and dialogs == []
    page.close()


def synthetic_store(n):
    spec = importlib.util.spec_from_file_location("pagebench", ROOT / "bench" / "pagebench.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.synthetic_store(n)


def test_ten_thousand_events(browser, tmp_path):
    from kg.viz import DEFAULT_MAX_NODES, write_network

    out = tmp_path / "big.html"
    data = write_network(synthetic_store(10_000), out)
    assert len(data.actors) == DEFAULT_MAX_NODES and data.omitted["actors"] > 0
    assert len(data.events) + data.omitted["events"] == 10_000
    page, requests, errors, dialogs = open_page(browser, out)
    notice = page.locator("#notice").text_content()
    assert f"left out: {data.omitted['actors']:,} actors and {data.omitted['events']:,} events" in notice
    exercise(page, data)
    assert requests == [] and errors == [] and dialogs == []
    page.close()
