// The geokg page: actor network (Sigma.js), timeline with a brush, map, and the panel of events.
// Every text from the graph goes in through textContent; links only when http(s).
(function () {
  "use strict";
  var LIB = window.geokgLib;
  var D = JSON.parse(document.getElementById("geokg-data").textContent);
  var WORLD = JSON.parse(document.getElementById("geokg-world").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var G = window.geokg = { data: D, settled: false, stabilized: false, drawn: {}, timings: {}, layoutMs: 0, scriptStartMs: Math.round(performance.now()) };

  // ---------- helpers ----------
  function mark(what) { (G.marks = G.marks || []).push([what, Math.round(performance.now())]); }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function sv(tag, attrs) { var e = document.createElementNS(SVGNS, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : null; }
  // thousands separators without Intl (its first use loads locale data: a few hundred ms)
  function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function dayNum(s) { var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || ""); return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY : null; }
  function dayStr(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function marked(sentence, anchor) {
    var p = el("div", null, "sent"); var i = anchor ? sentence.indexOf(anchor) : -1;
    if (i < 0) { p.textContent = sentence; return p; }
    p.appendChild(document.createTextNode(sentence.slice(0, i)));
    p.appendChild(el("mark", anchor));
    p.appendChild(document.createTextNode(sentence.slice(i + anchor.length)));
    return p;
  }

  // ---------- the data, prepared once ----------
  mark("the data, prepared once");
  var A = D.actors, E = D.events, P = D.places, C = D.countries, T = D.types;
  // when an event is drawn on the timeline: its own date when it is a day, else its report's date
  // when the report falls in the period the event names, else the start of that period
  E.forEach(function (e, i) {
    e.i = i;
    var d = e.d || "";
    if (d.length >= 10) { e.day = dayNum(d); e.when = d.slice(0, 10); }
    else if (d && e.r && e.r.indexOf(d) === 0) { e.day = dayNum(e.r); e.when = d + " (reported " + e.r + ")"; }
    else if (d) { e.day = dayNum(d.length === 4 ? d + "-01-01" : d + "-01"); e.when = d; }
    else if (e.r) { e.day = dayNum(e.r); e.when = "undated, reported " + e.r; }
    else { e.day = null; e.when = "undated"; }
    var cs = {};
    e.a.concat(e.g, e.p).forEach(function (x) { if (A[x].country >= 0) cs[A[x].country] = true; });
    e.l.forEach(function (x) { if (P[x].country >= 0) cs[P[x].country] = true; });
    e.cs = cs;
  });
  // the timeline spans the reports' dates and the middle 96% of the events' dates: a few events
  // dated decades away (a 1982 massacre recalled in 2019) are counted at its edges, not drawn
  var days = E.map(function (e) { return e.day; }).filter(function (d) { return d != null; }).sort(function (a, b) { return a - b; });
  var reports = E.map(function (e) { return dayNum(e.r); }).filter(function (d) { return d != null; });
  var minDay = null, maxDay = null;
  if (days.length) {
    var cut = days.length >= 50 ? Math.floor(0.02 * (days.length - 1)) : 0;
    minDay = days[cut]; maxDay = days[days.length - 1 - cut];
    reports.forEach(function (d) { minDay = Math.min(minDay, d); maxDay = Math.max(maxDay, d); });
  }

  // ---------- state and filter ----------
  mark("state and filter");
  var S = { on: T.map(function (t) { return !t.hidden; }), country: -1, range: null, q: "", view: "actors", sel: null, isolates: false, described: false };
  G.state = S;
  function passes(e, anyDate) {
    if (!S.on[e.t]) return false;
    if (S.country >= 0 && !e.cs[S.country]) return false;
    if (S.range && !anyDate && (e.day == null || e.day < S.range[0] || e.day > S.range[1])) return false;
    if (S.q) {
      var hit = false, all = e.a.concat(e.g, e.p);
      for (var i = 0; i < all.length && !hit; i++) hit = A[all[i]].label.toLowerCase().indexOf(S.q) >= 0;
      if (!hit) return false;
    }
    return true;
  }
  function filtered(anyDate) { return E.filter(function (e) { return passes(e, anyDate); }); }

  // ---------- controls ----------
  mark("controls");
  var notice = document.getElementById("notice");
  if (D.omitted && D.omitted.actors > 0) {
    notice.textContent = "Showing the " + fmt(A.filter(function (a) { return !a.d; }).length) + " busiest actors with their whole neighbourhoods (--max-nodes " +
      D.omitted.max_nodes + "); left out: " + fmt(D.omitted.actors) + " actors and " + fmt(D.omitted.events) +
      " events" + (D.omitted.names.length ? ", among them " + D.omitted.names.slice(0, 6).join(", ") : "") + ".";
  }
  var typeBox = document.getElementById("types");
  var typeCount = T.map(function () { return 0; }); E.forEach(function (e) { typeCount[e.t]++; });
  T.forEach(function (t, i) {
    var l = el("label"); var cb = el("input"); cb.type = "checkbox"; cb.checked = S.on[i]; cb.value = t.name; cb.className = "etype";
    cb.addEventListener("change", function () { S.on[i] = cb.checked; update(true); });
    var sw = el("span", null, "swatch"); sw.style.background = t.color;
    l.appendChild(cb); l.appendChild(sw); l.appendChild(document.createTextNode(t.label + " "));
    l.appendChild(el("span", fmt(typeCount[i]), "count")); typeBox.appendChild(l);
  });
  var sel = document.getElementById("country");
  var cCount = C.map(function () { return 0; }); E.forEach(function (e) { for (var c in e.cs) cCount[c]++; });
  C.map(function (c, i) { return i; }).filter(function (i) { return cCount[i] > 0; })
    .sort(function (a, b) { return C[a].name.localeCompare(C[b].name); })
    .forEach(function (i) { var o = el("option", C[i].name + " (" + cCount[i] + ")"); o.value = String(i); sel.appendChild(o); });
  sel.addEventListener("change", function () { S.country = +sel.value; update(true); });
  var search = document.getElementById("search"), searchTimer = null;
  search.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { S.q = search.value.trim().toLowerCase(); update(true); }, 250);
  });
  var iso = document.getElementById("isolates");
  iso.addEventListener("change", function () { S.isolates = iso.checked; update(true); });
  // groups the texts describe without a name ("people", "civilians"): one story's each, not drawn
  // until asked (their events stay in the timeline, the map and the lists)
  var desc = document.getElementById("described");
  desc.addEventListener("change", function () { S.described = desc.checked; update(true); });
  var legend = document.getElementById("legend");
  Object.keys(D.kindColors).forEach(function (k) {
    if (!A.some(function (a) { return a.kind === k; })) return;
    var l = el("div"); var sw = el("span", null, "swatch dot"); sw.style.background = D.kindColors[k];
    l.appendChild(sw); l.appendChild(document.createTextNode(k.replace(/([a-z])([A-Z])/g, "$1 $2"))); legend.appendChild(l);
  });
  legend.appendChild(el("div", "Size: number of events. Links: agent → target, coloured by event type, width by count.", "count"));
  var rangeBox = document.getElementById("range");
  function showRange() {
    clear(rangeBox);
    if (minDay == null) { rangeBox.textContent = "no dated events"; return; }
    var r = S.range || [minDay, maxDay];
    rangeBox.appendChild(document.createTextNode(dayStr(r[0]) + " – " + dayStr(r[1]) + " "));
    if (S.range) { var b = el("button", "all dates"); b.addEventListener("click", function () { S.range = null; update(true); }); rangeBox.appendChild(b); }
    else rangeBox.appendChild(el("span", "(all; drag on the timeline)", "count"));
  }

  // ---------- network ----------
  mark("network");
  var container = document.getElementById("net");
  var graph = new LIB.Graph({ multi: true, type: "mixed" });
  // labels with a white halo, readable over the links they cross
  function drawLabel(ctx, data, settings) {
    if (!data.label) return;
    var size = settings.labelSize, x = data.x + data.size + 3, y = data.y + size / 3;
    var text = data.label.length > 28 ? data.label.slice(0, 26) + "…" : data.label;
    ctx.font = settings.labelWeight + " " + size + "px " + settings.labelFont;
    ctx.lineJoin = "round"; ctx.lineWidth = 4; ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.strokeText(text, x, y);
    ctx.fillStyle = "#1a202c"; ctx.fillText(text, x, y);
  }
  mark("sigma");
  var renderer = new LIB.Sigma(graph, container, {
    allowInvalidContainer: true, renderEdgeLabels: true, enableEdgeEvents: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: LIB.EdgeArrowProgram, line: LIB.EdgeRectangleProgram,
                          curvedArrow: LIB.EdgeCurvedArrowProgram, curved: LIB.EdgeCurveProgram },
    labelFont: "system-ui, sans-serif", labelSize: 13, labelWeight: "600", labelColor: { color: "#1a202c" },
    labelDensity: 1, labelGridCellSize: 70, labelRenderedSizeThreshold: 7, defaultDrawNodeLabel: drawLabel,
    edgeLabelFont: "system-ui, sans-serif", edgeLabelSize: 11, edgeLabelColor: { attribute: "color" },
    minCameraRatio: 0.05, maxCameraRatio: 4, zIndex: true, stagePadding: 40,
  });
  G.renderer = renderer; G.graph = graph;
  var hovered = null;
  renderer.setSetting("nodeReducer", function (node, attrs) {
    if (S.sel && S.sel.nodes && !S.sel.nodes[node]) return Object.assign({}, attrs, { color: "#d5d9de", label: attrs.size > 9 ? attrs.label : "", zIndex: 0 });
    if (hovered === node || (S.sel && S.sel.nodes && S.sel.nodes[node])) return Object.assign({}, attrs, { highlighted: true, zIndex: 2 });
    return attrs;
  });
  renderer.setSetting("edgeReducer", function (edge, attrs) {
    if (S.sel && S.sel.edges && !S.sel.edges[edge]) return Object.assign({}, attrs, { color: "#e6e9ed", label: "", zIndex: 0 });
    if ((S.sel && S.sel.edges) || (hovered && graph.hasExtremity(edge, hovered))) return Object.assign({}, attrs, { zIndex: 1 });
    return Object.assign({}, attrs, { label: "" });
  });
  var positions = {};
  // a seeded generator, so one page lays out the same every time
  function rng(seed) { return function () { seed = (seed * 1664525 + 1013904223) % 4294967296; return seed / 4294967296; }; }

  function pairsOf(e) {
    var out = [], seen = {};
    e.a.forEach(function (a) { e.g.forEach(function (b) { if (a !== b && !seen[a + ">" + b]) { seen[a + ">" + b] = 1; out.push([a, b, true]); } }); });
    var ps = e.p.length ? Array.from(new Set(e.p.concat(e.a))).sort(function (x, y) { return x - y; }) : [];
    for (var i = 0; i < ps.length; i++) for (var j = i + 1; j < ps.length; j++) {
      if (!seen[ps[i] + ">" + ps[j]] && !seen[ps[j] + ">" + ps[i]]) { seen[ps[i] + ">" + ps[j]] = 1; out.push([ps[i], ps[j], false]); }
    }
    return out;
  }

  function buildActors(evs) {
    var tb0 = performance.now();
    graph = new LIB.Graph({ multi: true, type: "mixed" });
    var n = {}, links = {}, order = [], skipped = {};
    function drawn(x) { if (S.described || !A[x].d) return true; skipped[x] = true; return false; }
    evs.forEach(function (e) {
      e.a.concat(e.g, e.p).forEach(function (x) { if (drawn(x)) n[x] = (n[x] || 0) + 1; });
      pairsOf(e).forEach(function (pr) {
        if (!drawn(pr[0]) || !drawn(pr[1])) return;
        var key = pr[0] + (pr[2] ? ">" : "~") + pr[1] + "|" + e.t;
        if (!links[key]) { links[key] = { a: pr[0], b: pr[1], dir: pr[2], t: e.t, ev: [] }; order.push(key); }
        links[key].ev.push(e.i);
      });
    });
    var tb = performance.now();
    var linked = {};
    order.forEach(function (k) { linked[links[k].a] = linked[links[k].b] = true; });
    var ids = Object.keys(n).filter(function (x) { return S.isolates || linked[x]; }), max = 1;
    ids.forEach(function (x) { max = Math.max(max, n[x]); });
    var rand = rng(ids.length + 7);
    ids.forEach(function (x) {
      var a = A[x], p = positions["a" + x] || { x: rand() * 100, y: rand() * 100 };
      graph.addNode("a" + x, { x: p.x, y: p.y, label: a.label, size: 3 + 17 * Math.sqrt(n[x] / max),
                               color: D.kindColors[a.kind] || "#4a5568", actor: +x, events: n[x] });
    });
    var maxL = 1; order.forEach(function (k) { maxL = Math.max(maxL, links[k].ev.length); });
    order.forEach(function (k) {
      var l = links[k], c = l.ev.length, attrs = { color: T[l.t].color, size: 1 + 5 * Math.sqrt(c / maxL), count: c,
        etype: l.t, ev: l.ev, label: T[l.t].label + (c > 1 ? " ×" + c : ""), type: l.dir ? "arrow" : "line" };
      if (l.dir) graph.addDirectedEdgeWithKey(k, "a" + l.a, "a" + l.b, attrs);
      else graph.addUndirectedEdgeWithKey(k, "a" + l.a, "a" + l.b, attrs);
    });
    var tc = performance.now();
    curveParallel();
    var td = performance.now();
    G.timings.pairs = Math.round(tb - tb0); G.timings.graph = Math.round(tc - tb); G.timings.curve = Math.round(td - tc);
    return { events: evs.length, isolated: Object.keys(n).length - Object.keys(linked).length,
             described: Object.keys(skipped).length };
  }
  function curveParallel() {
    LIB.indexParallelEdgesIndex(graph, { edgeIndexAttribute: "pi", edgeMinIndexAttribute: "pmin", edgeMaxIndexAttribute: "pmax" });
    graph.forEachEdge(function (edge, at) {
      if (typeof at.pi === "number" && at.pmax > 0) {
        var curv = LIB.DEFAULT_EDGE_CURVATURE * 3.5 * (1 - Math.exp(-at.pmax / 3.5)) * at.pi / at.pmax;
        if (at.pi) graph.mergeEdgeAttributes(edge, { type: at.type === "line" ? "curved" : "curvedArrow", curvature: curv });
      }
    });
  }
  function buildEvents(evIdx) {
    graph = new LIB.Graph({ multi: true, type: "mixed" });
    var rand = rng(evIdx.length + 3);
    evIdx.forEach(function (i) {
      var e = E[i], id = "e" + i;
      graph.addNode(id, { x: rand() * 100, y: rand() * 100, size: 6, color: T[e.t].color,
                          label: T[e.t].label + (e.day != null ? " " + dayStr(e.day) : ""), event: i });
      [["a", "agent"], ["g", "target"], ["p", "participant"]].forEach(function (r) {
        e[r[0]].forEach(function (x) {
          var nid = "a" + x;
          if (!graph.hasNode(nid)) {
            var p = positions[nid] || { x: rand() * 100, y: rand() * 100 };
            graph.addNode(nid, { x: p.x, y: p.y, size: 9, label: A[x].label, color: D.kindColors[A[x].kind] || "#4a5568", actor: x });
          }
          graph.addDirectedEdgeWithKey(id + r[0] + x, id, nid, { color: "#a0aec0", size: 1.5, label: r[1], type: "arrow", ev: [i] });
        });
      });
    });
  }
  // the graph on screen: a new one is handed to sigma whole (it would re-index on every change of an
  // attached graph), with the camera back on all of it
  function show() {
    var t = performance.now();
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (renderer.getGraph() !== graph) renderer.setGraph(graph); else renderer.scheduleRefresh();
    G.graph = graph; G.timings.show = Math.round(performance.now() - t);
  }
  function layout() {
    var t0 = performance.now(), order = graph.order;
    if (order > 1) {
      var settings = LIB.forceAtlas2.inferSettings(graph);
      settings.barnesHutOptimize = order > 250; settings.strongGravityMode = true; settings.gravity = 0.6;
      settings.scalingRatio = order > 250 ? 40 : 20; settings.slowDown = 1 + Math.log(order);
      // a bounded budget: fewer iterations where there are many links to pull on
      var it = Math.max(60, Math.min(order > 1500 ? 60 : order > 500 ? 100 : order > 150 ? 200 : 400,
                                     Math.round(4e5 / (order + graph.size))));
      LIB.forceAtlas2.assign(graph, { iterations: it, settings: settings, getEdgeWeight: "count" });
    }
    if (S.view === "actors") graph.forEachNode(function (n, at) { positions[n] = { x: at.x, y: at.y }; });
    G.layoutMs = Math.round(performance.now() - t0);
  }

  // hovering repaints the node and its links only
  function repaint(node) {
    if (node && graph.hasNode(node)) renderer.refresh({ partialGraph: { nodes: [node], edges: graph.edges(node) }, skipIndexation: true, schedule: true });
  }
  renderer.on("enterNode", function (p) { hovered = p.node; repaint(hovered); });
  renderer.on("leaveNode", function () { var was = hovered; hovered = null; repaint(was); });
  renderer.on("clickNode", function (p) {
    var at = graph.getNodeAttributes(p.node);
    if (at.event != null) { showPanel([at.event], T[E[at.event].t].label, "one event"); return; }
    selectActor(at.actor);
  });
  renderer.on("clickEdge", function (p) { selectEdge(p.edge); });
  renderer.on("clickStage", function () { if (S.sel) { S.sel = null; renderer.scheduleRefresh(); } });

  function selectActor(x) {
    var nid = "a" + x, nodes = {}, edges = {}, evs = {};
    nodes[nid] = true;
    if (graph.hasNode(nid)) graph.forEachEdge(nid, function (edge, at, s, t) { nodes[s] = nodes[t] = edges[edge] = true; });
    current.forEach(function (e) { if (e.a.indexOf(x) >= 0 || e.g.indexOf(x) >= 0 || e.p.indexOf(x) >= 0) evs[e.i] = true; });
    S.sel = { nodes: nodes, edges: edges, kind: "actor", actor: x };
    var k = A[x].kind.replace(/([a-z])([A-Z])/g, "$1 $2") + (A[x].country >= 0 && A[x].kind !== "Country" ? " · " + C[A[x].country].name : "");
    showPanel(Object.keys(evs).map(Number), A[x].label, k);
    renderer.scheduleRefresh();
  }
  function selectEdge(edge) {
    var at = graph.getEdgeAttributes(edge), ends = graph.extremities(edge), nodes = {}, edges = {};
    nodes[ends[0]] = nodes[ends[1]] = edges[edge] = true;
    S.sel = { nodes: nodes, edges: edges, kind: "edge" };
    var a = graph.getNodeAttributes(ends[0]).label, b = graph.getNodeAttributes(ends[1]).label;
    var head = at.etype != null ? T[at.etype].label + ": " + a + (graph.isDirected(edge) ? " → " : " – ") + b : a + " – " + b;
    showPanel(at.ev.slice(), head, at.label && at.etype == null ? at.label : "");
    renderer.scheduleRefresh();
  }
  G.selectActor = selectActor; G.selectEdge = selectEdge;
  G.nodeScreen = function (node) { var at = graph.getNodeAttributes(node); return renderer.graphToViewport({ x: at.x, y: at.y }); };

  // ---------- the panel ----------
  mark("the panel");
  var panel = document.getElementById("panel");
  var PAGE = 100;
  function showPanel(idx, title, sub) {
    clear(panel);
    idx.sort(function (x, y) { var a = E[x].day == null ? -1e9 : E[x].day, b = E[y].day == null ? -1e9 : E[y].day; return b - a || y - x; });
    panel.appendChild(el("h2", title));
    var line = el("div", (sub ? sub + " · " : "") + fmt(idx.length) + (idx.length === 1 ? " event" : " events") + ", newest first", "sub");
    panel.appendChild(line);
    if (S.view === "actors" && idx.length) {
      var b = el("button", "event graph of these" + (idx.length > 300 ? " (newest 300)" : ""));
      b.addEventListener("click", function () { showEventGraph(idx.slice(0, 300)); });
      line.appendChild(document.createTextNode(" ")); line.appendChild(b);
    }
    var list = el("div"); panel.appendChild(list);
    var shown = 0;
    function more() {
      idx.slice(shown, shown + PAGE).forEach(function (i) { list.appendChild(eventItem(E[i])); });
      shown = Math.min(idx.length, shown + PAGE);
      if (shown < idx.length) {
        var m = el("button", "show " + Math.min(PAGE, idx.length - shown) + " more");
        m.addEventListener("click", function () { list.removeChild(m); more(); });
        list.appendChild(m);
      }
    }
    more();
    G.panel = { title: title, events: idx.length };
  }
  function eventItem(e) {
    var box = el("div", null, "ev");
    box.setAttribute("data-day", e.day == null ? "" : dayStr(e.day));
    var meta = el("div", null, "meta");
    var chip = el("span", T[e.t].label, "chip"); chip.style.background = T[e.t].color; meta.appendChild(chip);
    meta.appendChild(el("b", e.when, "when"));
    var who = [];
    if (e.a.length) who.push(e.a.map(function (x) { return A[x].label; }).join(", "));
    if (e.g.length) who.push("→ " + e.g.map(function (x) { return A[x].label; }).join(", "));
    if (e.p.length) who.push("with " + e.p.map(function (x) { return A[x].label; }).join(", "));
    meta.appendChild(document.createTextNode((e.m && e.m !== "asserted" ? " · " + e.m : "") + (who.length ? " · " + who.join(" ") : "")));
    if (e.l.length) meta.appendChild(document.createTextNode(" · in " + e.l.map(function (x) { return P[x].label; }).join(", ")));
    box.appendChild(meta);
    if (e.s) box.appendChild(marked(e.s, e.k));
    var src = el("div", null, "src"), url = safeUrl(e.u);
    if (url) { var a = el("a", e.h || url); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; src.appendChild(a); }
    else if (e.h) src.appendChild(el("i", e.h));
    src.appendChild(document.createTextNode((e.h || url ? " · " : "") + e.n + (e.n === 1 ? " source" : " sources")));
    box.appendChild(src);
    return box;
  }

  // ---------- event graph view ----------
  var backBtn = document.getElementById("back");
  function showEventGraph(idx) {
    S.view = "events"; S.sel = null; backBtn.hidden = false; S.evSel = idx;
    idx = idx.filter(function (i) { return passes(E[i]); });
    buildEvents(idx); layout(); show();
    netinfo("Event graph: " + fmt(idx.length) + " events and their actors. Click an event to read it.");
    G.drawn.eventGraph = { events: idx.length, nodes: graph.order, edges: graph.size };
  }
  backBtn.addEventListener("click", function () { S.view = "actors"; backBtn.hidden = true; update(true); });
  document.getElementById("relayout").addEventListener("click", function () { layout(); show(); });
  var netinfoEl = document.getElementById("netinfo");
  function netinfo(text) { netinfoEl.textContent = text; }

  // ---------- timeline ----------
  mark("timeline");
  var tl = document.getElementById("timeline"), tlhead = document.getElementById("tlhead");
  var bin = minDay != null && maxDay - minDay > 92 ? 7 : 1;
  function binOf(day) { return bin === 1 ? day : day - ((day + 3) % 7); } // weeks start on Monday (1970-01-01 was a Thursday)
  var tlGeom = null, brushStart = null;
  function drawTimeline(evs) {
    clear(tl);
    var w = tl.clientWidth || 600, h = tl.clientHeight || 200, m = { l: 34, r: 10, t: 40, b: 20 };
    if (minDay == null) { tlhead.textContent = "No dated events"; G.drawn.timeline = 0; return; }
    var b0 = binOf(minDay), b1 = binOf(maxDay), nb = Math.round((b1 - b0) / bin) + 1;
    var stacks = [], total = 0;
    for (var i = 0; i < nb; i++) stacks.push(T.map(function () { return 0; }));
    var before = 0, after = 0;
    evs.forEach(function (e) {
      if (e.day == null) return;
      if (e.day < minDay) before++; else if (e.day > maxDay) after++;
      else { stacks[Math.round((binOf(e.day) - b0) / bin)][e.t]++; total++; }
    });
    var maxH = 1; stacks.forEach(function (s) { var t = 0; s.forEach(function (v) { t += v; }); maxH = Math.max(maxH, t); });
    var bw = (w - m.l - m.r) / nb, y = function (v) { return (h - m.b - m.t) * v / maxH; };
    tlGeom = { b0: b0, nb: nb, bw: bw, m: m, w: w, h: h };
    var g = sv("g", {}); tl.appendChild(g);
    stacks.forEach(function (s, i) {
      var acc = 0;
      s.forEach(function (v, t) {
        if (!v) return;
        var out = S.range && (b0 + (i + 1) * bin - 1 < S.range[0] || b0 + i * bin > S.range[1]);
        var r = sv("rect", { x: m.l + i * bw, width: Math.max(1, bw - (bw > 3 ? 1 : 0)), y: h - m.b - y(acc + v), height: y(v), fill: T[t].color,
                             "fill-opacity": out ? 0.25 : 1 });
        var tt = sv("title", {}); tt.textContent = dayStr(b0 + i * bin) + (bin === 7 ? " (week)" : "") + ": " + v + " " + T[t].label; r.appendChild(tt);
        g.appendChild(r); acc += v;
      });
    });
    // axes: the count and the months or years
    g.appendChild(sv("line", { x1: m.l, x2: w - m.r, y1: h - m.b, y2: h - m.b, stroke: "#a0aec0" }));
    var top = sv("text", { x: m.l - 4, y: m.t + 8, "text-anchor": "end", class: "axis" }); top.textContent = String(maxH); g.appendChild(top);
    var span = maxDay - minDay, last = -1e9;
    for (var d = b0; d <= b1 + bin; d++) {
      var s = dayStr(d), tick = span > 700 ? s.slice(5) === "01-01" : span > 60 ? s.slice(8) === "01" : true;
      if (!tick) continue;
      var x = m.l + (d - b0) / bin * bw;
      if (x - last < 48 || x > w - m.r - 36) continue;
      last = x;
      g.appendChild(sv("line", { x1: x, x2: x, y1: h - m.b, y2: h - m.b + 4, stroke: "#a0aec0" }));
      var lab = sv("text", { x: x + 2, y: h - 5, class: "axis" }); lab.textContent = span > 700 ? s.slice(0, 4) : span > 60 ? s.slice(0, 7) : s.slice(5); g.appendChild(lab);
    }
    if (S.range) {
      var x0 = m.l + (binOf(S.range[0]) - b0) / bin * bw, x1 = m.l + ((binOf(S.range[1]) - b0) / bin + 1) * bw;
      tl.appendChild(sv("rect", { x: x0, width: Math.max(2, x1 - x0), y: m.t - 4, height: h - m.b - m.t + 4, fill: "rgba(49,130,206,.12)", stroke: "#3182ce" }));
    }
    var undated = evs.length - total - before - after;
    clear(tlhead);
    tlhead.appendChild(el("b", "Events per " + (bin === 7 ? "week" : "day")));
    tlhead.appendChild(document.createTextNode(" · " + fmt(total) + " drawn" + (S.range ? " (" + fmt(current.length) + " in the period kept)" : "") + (undated ? ", " + fmt(undated) + " undated" : "") +
      (before + after ? ", " + fmt(before) + " earlier and " + fmt(after) + " later not drawn" : "") + " · drag to keep a period"));
    G.drawn.timeline = total; G.drawn.timelineOutside = before + after; G.drawn.undated = undated;
  }
  function dayAt(clientX) {
    var r = tl.getBoundingClientRect(), g = tlGeom, i = Math.floor((clientX - r.left - g.m.l) / g.bw);
    i = Math.max(0, Math.min(g.nb - 1, i));
    return g.b0 + i * bin;
  }
  tl.addEventListener("mousedown", function (ev) { if (tlGeom) { brushStart = ev.clientX; ev.preventDefault(); } });
  window.addEventListener("mouseup", function (ev) {
    if (brushStart == null) return;
    var a = brushStart, b = ev.clientX; brushStart = null;
    if (Math.abs(b - a) < 3) { if (S.range) { S.range = null; update(true); } return; }
    var d0 = dayAt(Math.min(a, b)), d1 = dayAt(Math.max(a, b)) + bin - 1;
    S.range = [Math.max(minDay, d0), Math.min(maxDay, d1)];
    update(true);
  });
  window.addEventListener("mousemove", function (ev) {
    if (brushStart == null || !tlGeom) return;
    var old = document.getElementById("brush"); if (old) old.remove();
    var r = tl.getBoundingClientRect(), x0 = Math.min(brushStart, ev.clientX) - r.left, x1 = Math.max(brushStart, ev.clientX) - r.left;
    var b = sv("rect", { id: "brush", x: x0, width: x1 - x0, y: tlGeom.m.t - 4, height: tlGeom.h - tlGeom.m.b - tlGeom.m.t + 4, fill: "rgba(49,130,206,.2)" });
    tl.appendChild(b);
  });

  // ---------- map ----------
  mark("map");
  var map = document.getElementById("map"), maphead = document.getElementById("maphead");
  var features = LIB.feature(WORLD, WORLD.objects.countries).features;
  mark("features");
  var byNum = {}; features.forEach(function (f) { byNum[String(f.id)] = f; });
  function ringsOf(f) { var g = f.geometry; if (!g) return []; return g.type === "Polygon" ? g.coordinates : [].concat.apply([], g.coordinates); }
  function centroid(f) {
    // the vertex mean of the largest ring: inside enough for a marker of a whole country
    var best = null, bestA = -1;
    ringsOf(f).forEach(function (r) {
      var a = 0; for (var i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
      if (Math.abs(a) > bestA) { bestA = Math.abs(a); best = r; }
    });
    if (!best) return null;
    var x = 0, y = 0; best.forEach(function (p) { x += p[0]; y += p[1]; });
    return [x / best.length, y / best.length];
  }
  // where each place is drawn: its coordinates, else its country's centre (marked as such)
  P.forEach(function (p) {
    if (p.lat != null && p.lon != null) { p.xy = [p.lon, p.lat]; p.approx = false; }
    else if (p.country >= 0 && byNum[C[p.country].num]) { p.xy = centroid(byNum[C[p.country].num]); p.approx = true; }
    else p.xy = null;
  });
  function px(lon) { return lon + 180; } function py(lat) { return 90 - lat; }
  var outline = "";
  features.forEach(function (f) {
    ringsOf(f).forEach(function (r) {
      var s = "", prev = null;
      r.forEach(function (p) {
        var jump = prev && Math.abs(p[0] - prev[0]) > 180;
        s += (s === "" || jump ? "M" : "L") + px(p[0]).toFixed(2) + "," + py(p[1]).toFixed(2);
        prev = p;
      });
      outline += s + "Z";
    });
  });
  var view = { x: 0, y: 0, w: 360, h: 180 }, mapG = sv("g", {}), dotG = sv("g", {});
  map.appendChild(sv("rect", { x: -360, y: -180, width: 1080, height: 540, fill: "#eef3f8" }));
  map.appendChild(sv("path", { d: outline, fill: "#fdfdfb", stroke: "#9aa5b1", "stroke-width": 0.3, "fill-rule": "evenodd", "vector-effect": "non-scaling-stroke" }));
  map.appendChild(mapG); mapG.appendChild(dotG);
  mark("outline");
  var dotScale = 1, lastDots = [];
  function setView(v) {
    var w = map.clientWidth || 400, h = map.clientHeight || 200, aspect = w / h;
    if (v.w / v.h > aspect) { var nh = v.w / aspect; v = { x: v.x, y: v.y - (nh - v.h) / 2, w: v.w, h: nh }; }
    else { var nw = v.h * aspect; v = { x: v.x - (nw - v.w) / 2, y: v.y, w: nw, h: v.h }; }
    view = v; dotScale = v.w / w;
    map.setAttribute("viewBox", v.x + " " + v.y + " " + v.w + " " + v.h);
    Array.prototype.forEach.call(dotG.childNodes, function (c) { c.setAttribute("r", c.__r * dotScale); c.setAttribute("stroke-width", 1.2 * dotScale); });
  }
  function fitDots() {
    if (!lastDots.length) { setView({ x: 0, y: 0, w: 360, h: 180 }); return; }
    // the box holding the middle 90% of the placed events, so one far-off event does not zoom out to the world
    function span(coord) {
      var v = []; lastDots.forEach(function (d) { for (var i = 0; i < d.ev.length; i++) v.push(coord(d)); });
      v.sort(function (a, b) { return a - b; });
      var k = Math.floor(0.05 * (v.length - 1));
      return [v[k], v[v.length - 1 - k]];
    }
    var sx = span(function (d) { return px(d.xy[0]); }), sy = span(function (d) { return py(d.xy[1]); });
    var x0 = sx[0], x1 = sx[1], y0 = sy[0], y1 = sy[1];
    var w = Math.max(24, (x1 - x0) * 1.3), h = Math.max(14, (y1 - y0) * 1.3);
    setView({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w: w, h: h });
  }
  function drawMap(evs) {
    clear(dotG);
    var spots = {}, placed = 0, approx = 0;
    evs.forEach(function (e) {
      var seen = {};
      e.l.forEach(function (x) {
        var p = P[x]; if (!p.xy) return;
        var key = p.xy[0].toFixed(2) + "," + p.xy[1].toFixed(2);
        if (seen[key]) return; seen[key] = true;
        var s = spots[key] || (spots[key] = { xy: p.xy, approx: p.approx, names: {}, ev: [], types: {} });
        s.names[p.label] = true; s.ev.push(e.i); s.types[e.t] = (s.types[e.t] || 0) + 1;
      });
      if (Object.keys(seen).length) { placed++; if (e.l.every(function (x) { return !P[x].xy || P[x].approx; })) approx++; }
    });
    lastDots = Object.keys(spots).map(function (k) { return spots[k]; }).sort(function (a, b) { return b.ev.length - a.ev.length; });
    var most = lastDots.length ? lastDots[0].ev.length : 1;
    lastDots.forEach(function (s) {
      var top = 0, best = 0; for (var t in s.types) if (s.types[t] > best) { best = s.types[t]; top = +t; }
      var r = 2 + 8 * Math.sqrt(s.ev.length / most);
      var c = sv("circle", { cx: px(s.xy[0]), cy: py(s.xy[1]), fill: T[top].color, "fill-opacity": s.approx ? 0.25 : 0.7, stroke: T[top].color, "stroke-dasharray": s.approx ? "2 1" : "" });
      c.__r = r; c.style.cursor = "pointer";
      var names = Object.keys(s.names).join(", ");
      var tt = sv("title", {}); tt.textContent = names + ": " + s.ev.length + " events" + (s.approx ? " (drawn at the country's centre: no coordinates for the place)" : ""); c.appendChild(tt);
      c.addEventListener("click", function () { showPanel(s.ev.slice(), names, s.approx ? "place without coordinates, drawn at its country's centre" : "place"); });
      dotG.appendChild(c);
    });
    setView(view);
    clear(maphead);
    maphead.appendChild(el("b", "Map"));
    maphead.appendChild(document.createTextNode(" · " + fmt(placed) + " of " + fmt(evs.length) + " events placed" +
      (approx ? "; " + fmt(approx) + " at a country's centre (dashed)" : "")));
    G.drawn.map = placed; G.drawn.mapSpots = lastDots.length;
  }
  document.getElementById("mapfit").addEventListener("click", fitDots);
  document.getElementById("mapworld").addEventListener("click", function () { setView({ x: 0, y: 0, w: 360, h: 180 }); });
  map.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = map.getBoundingClientRect(), fx = (ev.clientX - r.left) / r.width, fy = (ev.clientY - r.top) / r.height;
    var k = ev.deltaY > 0 ? 1.25 : 0.8, w = Math.min(720, Math.max(2, view.w * k)), h = w * view.h / view.w;
    setView({ x: view.x + fx * (view.w - w), y: view.y + fy * (view.h - h), w: w, h: h });
  }, { passive: false });
  var pan = null;
  map.addEventListener("mousedown", function (ev) { pan = { x: ev.clientX, y: ev.clientY, v: view }; ev.preventDefault(); });
  window.addEventListener("mouseup", function () { pan = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!pan) return;
    var k = pan.v.w / map.getBoundingClientRect().width;
    setView({ x: pan.v.x - (ev.clientX - pan.x) * k, y: pan.v.y - (ev.clientY - pan.y) * k, w: pan.v.w, h: pan.v.h });
  });

  // ---------- one update for every control ----------
  mark("one update for every control");
  var current = [], context = [];
  function update(relayout) {
    var t0 = performance.now();
    current = filtered();
    S.sel = null;
    if (S.view === "actors") {
      var r = buildActors(current);
      G.timings.build = Math.round(performance.now() - t0);
      if (relayout) layout();
      show();
      var hiddenTypes = T.filter(function (t, i) { return !S.on[i]; }).map(function (t) { return t.label; });
      netinfo(fmt(graph.order) + " actors, " + fmt(graph.size) + " links from " + fmt(r.events) + " of " + fmt(E.length) + " events" +
              (hiddenTypes.length ? " · hidden: " + hiddenTypes.join(", ") : "") +
              (r.isolated && !S.isolates ? " · " + fmt(r.isolated) + " actors without a link not drawn (tick “lone actors”)" : "") +
              (r.described ? " · " + fmt(r.described) + " described groups not drawn (tick “described groups”)" : ""));
      G.drawn.described = r.described;
      G.drawn.isolated = r.isolated;
      G.drawn.actors = graph.order; G.drawn.links = graph.size;
      G.drawn.linkEvents = 0; graph.forEachEdge(function (e, at) { G.drawn.linkEvents += at.count; });
    } else showEventGraph(S.evSel);
    G.drawn.events = current.length;
    context = S.range ? filtered(true) : current;
    var t1 = performance.now();
    drawTimeline(context);
    var t2 = performance.now();
    drawMap(current); showRange();
    G.timings.timeline = Math.round(t2 - t1); G.timings.map = Math.round(performance.now() - t2);
  }
  G.update = update;
  G.setRange = function (from, to) { S.range = from ? [dayNum(from), dayNum(to)] : null; update(true); };

  var t0 = performance.now();
  G.timings.prepare = Math.round(t0 - G.scriptStartMs);
  update(true);
  fitDots();
  // settled: everything is laid out and drawn (setGraph renders at once), at the next frame
  requestAnimationFrame(function () {
    G.settleMs = Math.round(performance.now() - t0); G.settledAt = Math.round(performance.now());
    G.settled = true; G.stabilized = true;
  });
  window.addEventListener("resize", function () { drawTimeline(context); setView(view); });
})();
