"""Shared fixtures: a store built once from the sample corpus, and record factories."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cronica.pipeline import Pipeline
from cronica.records import Article, content_id
from cronica.store import Store

os.environ.setdefault("CRONICA_STRICT", "1")  # unexpected stage errors raise in tests
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "corpus"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "cronica.db"
    with Store(db) as store:
        Pipeline(store).ingest([str(SAMPLES)])
    return db


@pytest.fixture()
def sample_store(sample_db):
    with Store(sample_db) as store:
        yield store


def make_article(**overrides) -> Article:
    text = overrides.pop("text", "Lima, 14 jun (AMN).- Los cancilleres de Perú y Ecuador firmaron este jueves un acuerdo "
                                 "para crear un fondo binacional de frontera, informó la Cancillería peruana.")
    fields = dict(id=content_id(text, "test"), page_id=content_id(text, "page"), source="test.txt", url=None,
                  title="Perú y Ecuador firman un acuerdo", text=text)
    fields.update(overrides)
    return Article(**fields)
