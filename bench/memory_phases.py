"""Resident memory of a build by phase, the model left out (issue 17: memory flat in corpus size).

A whole ``kg build`` of 8,000 AG items takes minutes of CPU on a loaded machine, most of it spaCy,
and its peak RSS mixes what the model holds with what the build keeps. This script separates them:

    GEOKG_SHARED=/work/shared python bench/memory_phases.py capture 800 /tmp/ag800.pk
    GEOKG_SHARED=/work/shared python bench/memory_phases.py replay /tmp/ag800.pk 2000 8000

``capture`` runs a real in-process build of the first N AG items and pickles each document with
its extraction (after within-document resolution); ``replay`` builds N documents to N-Quads from
those pairs — no model loaded, seconds of CPU — each beyond the captured ones a copy with a
distinct id and tail, as :func:`process_bench.ag_items` makes them, and prints RSS (MiB) at the
end of the document loop, after cross-document resolution, after the resolved subjects are read,
when the default graph has been made (before its lines are merged into the output), at the end,
and the process's peak. Each N runs in its own process.

Measured at d541d1f (800 captured; RSS MiB, loaded machine):

    documents  loop end  resolution  subjects  default made  peak
        2,000     172.0       164.6     165.4         164.5  175.2
        8,000     176.8       176.8     179.2         203.1  206.0
       16,000     186.7       176.9     191.0         224.4      -

so between 2,000 and 8,000 documents the document loop grows by ~5 MiB (Python objects: the
documents' ids and SimHashes, ``iter_documents``' digests: tracemalloc) and making the default
graph by ~24 MiB, of which Python's allocations are at most 13 MiB at once (tracemalloc's peak
over that phase) — the rest is the on-disk store's native memory while every document graph is
read back (:func:`kg.rdf.union.store_lookup`), which grows with the store (by less and less: +24 MiB over the resolved subjects at 8,000
documents, +32 at 16,000; a cache filling towards its bound would do so).
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def rss_mib(field: str = "VmRSS") -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def capture(n: int, out: Path, tmp: Path) -> None:
    import kg.pipeline as P
    from process_bench import ag_items, write_jsonl

    src = write_jsonl(ag_items(n), tmp / f"capture_{n}.jsonl")
    original = P.process_documents
    pairs: list[bytes] = []

    def capturing(*args, **kwargs):
        for document, ex in original(*args, **kwargs):
            pairs.append(pickle.dumps((document, ex), protocol=pickle.HIGHEST_PROTOCOL))
            yield document, ex

    P.process_documents = capturing
    P.build_to_file([str(src)], tmp / f"capture_{n}.nq")
    out.write_bytes(pickle.dumps(pairs, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"captured {len(pairs)} documents to {out}")


def replay_one(pairs_path: Path, n: int, tmp: Path) -> dict:
    import kg.pipeline as P
    import kg.rdf.serialize as S
    import kg.rdf.union as U
    import kg.resolve.across as A
    from process_bench import ag_items, write_jsonl

    pairs = pickle.loads(pairs_path.read_bytes())
    src = write_jsonl(ag_items(n), tmp / f"replay_{n}.jsonl")  # only its count of documents is read
    marks: dict[str, float] = {}

    def replayed(documents, *args, **kwargs):
        for i, _ in enumerate(documents):
            document, ex = pickle.loads(pairs[i % len(pairs)])
            if i >= len(pairs):
                document = dataclasses.replace(document, id=f"ag-{i}", text=document.text + f"({i})\n")
            yield document, ex
        marks["loop end"] = rss_mib()

    def after(module, name: str, mark: str) -> None:
        fn = getattr(module, name)

        def wrapped(*args, **kwargs):
            value = fn(*args, **kwargs)
            marks[mark] = rss_mib()
            return value
        setattr(module, name, wrapped)

    P.process_documents = replayed
    after(A, "resolution_of", "resolution")
    after(U, "resolved_subjects", "subjects")
    write = S.DefaultLines.write

    def write_marked(self, handle):
        marks["default made"] = rss_mib()
        return write(self, handle)

    S.DefaultLines.write = write_marked
    t = time.process_time()
    P.build_to_file([str(src)], tmp / f"replay_{n}.nq")
    marks["end"] = rss_mib()
    marks["peak"] = rss_mib("VmHWM")
    marks["cpu_s"] = time.process_time() - t
    return marks


def main(argv: list[str]) -> int:
    import json
    import tempfile

    if len(argv) >= 3 and argv[0] == "capture":
        with tempfile.TemporaryDirectory(prefix="geokg-memphases-") as tmp:
            capture(int(argv[1]), Path(argv[2]), Path(tmp))
        return 0
    if len(argv) >= 3 and argv[0] == "replay":
        for n in argv[2:]:  # each in its own process: a peak is a process's
            proc = subprocess.run([sys.executable, __file__, "_one", argv[1], n], capture_output=True, text=True)
            if proc.returncode:
                sys.stderr.write(proc.stderr)
                return proc.returncode
            print(n, proc.stdout.strip())
        return 0
    if len(argv) == 3 and argv[0] == "_one":
        with tempfile.TemporaryDirectory(prefix="geokg-memphases-") as tmp:
            marks = replay_one(Path(argv[1]), int(argv[2]), Path(tmp))
        print(json.dumps({k: round(v, 1) for k, v in marks.items()}))
        return 0
    print(__doc__.strip().splitlines()[0], "\nusage: memory_phases.py capture N OUT.pk | replay PK N [N ...]",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    os.environ.setdefault("GEOKG_SHARED", str(ROOT.parent / "shared"))
    sys.exit(main(sys.argv[1:]))
