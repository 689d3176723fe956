"""Rebuild a few ECB+ documents (CC BY 3.0) as plain text for kg/data/samples.

    python bench/make_samples.py ../shared/data/ecbplus

ECB+ stores tokens; this joins them back with the usual English spacing rules. Each sample keeps
its ECB+ document name, credited in kg/data/samples/CREDITS.md."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CHOSEN = ["12/12_1ecb.xml", "12/12_2ecbplus.xml", "12/12_10ecbplus.xml", "12/12_3ecb.xml"]


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = text.replace("`` ", "\u201c").replace(" ''", "\u201d").replace("``", "\u201c").replace("''", "\u201d")
    return text


def document_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    return "\n\n".join(detokenize(toks) for _, toks in sorted(sentences.items())) + "\n"


def main(root: str, out: str = "kg/data/samples") -> int:
    for rel in CHOSEN:
        src = Path(root) / rel
        name = "ecbplus-" + src.stem + ".txt"
        (Path(out) / name).write_text(document_text(src), encoding="utf-8")
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
