"""The exported network page in a real browser (Debian's Chromium driven by Playwright), with
every network request blocked and recorded."""

from __future__ import annotations

import io
import json
import shutil

import pytest

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
    page = browser.new_page(bypass_csp=True)
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
    page.wait_for_function("window.geokg && window.geokg.stabilized === true", timeout=60000)
    return page, requests, errors, dialogs


def test_seed_network_offline(browser, seed_store, tmp_path):
    from kg.viz import write_network

    out = tmp_path / "seed.html"
    data = write_network(seed_store, out)
    page, requests, errors, dialogs = open_page(browser, out)
    assert requests == [] and errors == [] and dialogs == []
    drawn = page.evaluate("[window.geokg.views.events.nodes.length, window.geokg.views.events.edges.length]")
    assert drawn == [len(data.nodes), len(data.edges)]
    assert page.evaluate("window.geokg.visible") == {"nodes": len(data.nodes), "edges": len(data.edges)}
    # every event carries its sentence for the tooltip
    events = [n for n in data.nodes if n["kind"] == "Event"]
    assert events and all(n["sources"] and n["sources"][0]["sentence"] for n in events)
    # a filter hides what it should
    page.uncheck("input.etype[value=Statement]")
    after = page.evaluate("window.geokg.visible")
    statements = sum(1 for n in events if n["etype"] == "Statement")
    assert statements > 0 and after["nodes"] < len(data.nodes)
    hidden_events = page.evaluate("window.geokg.views.events.nodes.get({filter: n => n.kind === 'Event' && !n.hidden}).length")
    assert hidden_events == len(events) - statements
    shot = page.screenshot()
    assert len(shot) > 20000  # a blank page compresses to a few KB
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
    write_network(dataset_to_store(ds), out)
    assert evil not in out.read_text(encoding="utf-8")
    page, requests, errors, dialogs = open_page(browser, out)
    assert dialogs == [] and requests == [] and errors == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    page.close()


def test_tooltips_carry_the_sentence_with_the_mention_marked(browser, seed_store, tmp_path):
    from kg.viz import write_network

    out = tmp_path / "tips.html"
    write_network(seed_store, out)
    page, requests, errors, _ = open_page(browser, out)
    # the tooltip element vis-network shows on hover, built by the page for an event and an edge
    info = page.evaluate("""() => {
      const v = window.geokg.views.events;
      const ev = v.nodes.get({filter: n => n.etype === 'WeaponTest'})[0];
      const edge = v.edges.get({filter: e => e.from === ev.id})[0];
      return {event: ev.title.textContent, marks: Array.from(ev.title.querySelectorAll('mark')).map(m => m.textContent),
              edge: edge.title.textContent, edgeMarks: edge.title.querySelectorAll('mark').length};
    }""")
    assert "the launch of an intercontinental missile by North Korea" in info["event"]
    assert "launch" in info["marks"] and info["edgeMarks"] > 0
    assert requests == [] and errors == []
    page.close()
