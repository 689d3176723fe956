"""The notebooks run top to bottom in a fresh kernel, are stored without outputs, and are what
notebooks/make_notebooks.py writes."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_three_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-case-north-korea.ipynb", "03-corpus.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_what_the_generator_writes(path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_notebooks", path.parent / "make_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cells = {"01": module.QUICKSTART, "02": module.NORTH_KOREA, "03": module.CORPUS}[path.name[:2]]
    stored = nbformat.read(path, as_version=4)
    assert [(c.cell_type, c.source) for c in stored.cells] == [(c.cell_type, c.source) for c in cells]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path, monkeypatch):
    from nbclient import NotebookClient

    monkeypatch.setenv("GEOKG_ARTICLES", "20")  # the corpus notebook: 20 Guardian articles, a modest run

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent.parent)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in outputs)
    if path.name.startswith("03"):
        assert sum("image/png" in o.get("data", {}) for o in outputs) == 3  # per week, actors, map
        assert "documents: " in text and "events.csv: " in text and "actors.graphml: " in text
        return
    assert "North Korea" in text
    if path.name.startswith("02"):
        assert "fully meets the objective" not in text or "Kim Jong Un" in text
        assert "Washington" in text and "intercontinental ballistic missile" in text
