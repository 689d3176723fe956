"""The output does not depend on how extraction is spread: processes or a Dask cluster."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import seed_record
from kg.resources import samples_dir

KG = [sys.executable, "-m", "kg.cli"]


def build(tmp_path, name, *extra) -> bytes:
    out = tmp_path / f"{name}.trig"
    proc = subprocess.run([*KG, "build", str(samples_dir()), "-o", str(out), "-q", *extra],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    return out.read_bytes()


@pytest.mark.slow
def test_workers_do_not_change_the_output(tmp_path):
    assert build(tmp_path, "w1", "--workers", "1") == build(tmp_path, "w2", "--workers", "2")


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_output(tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask_out = build(tmp_path, "dask", "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert dask_out == build(tmp_path, "local")


def test_dask_needs_a_scheduler(tmp_path):
    proc = subprocess.run([*KG, "build", str(samples_dir()), "-o", str(tmp_path / "x.trig"), "--executor", "dask"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--scheduler" in proc.stderr
