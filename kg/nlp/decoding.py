"""The model's transition-based components (the parser, the NER) decode with the GIL held.

spaCy's greedy decoding (``Parser.greedy_parse``) runs its loop of steps in C with the GIL
released (``with nogil``), but every state's move validation reads tokens through
``StateC.B_``, which Cython compiles to take the GIL back (``PyGILState_Ensure``) at each call:
dozens of GIL hand-overs per token and move (perf: a third of the NER's decoding time in
``take_gil`` and its mutexes). The same steps made from Python — ``ParserStepModel.predict`` for
the scores (the same ``sum_state_features``, bias, maxout and BLIS ``sgemm``; the unseen classes
set to the minimum as in C) and ``Parser.transition_states`` for the moves (the same
``c_transition_batch``, called with the GIL held, so each ``PyGILState_Ensure`` is a counter) —
give the same states, the same annotations bit for bit (tested, and the N-Quads of builds
compared with ``cmp``), at a fraction of the cost: on 800 AG News items the NER 2.28 -> 1.17
CPU-s, the parser 0.68 -> 0.39.

Each step made from Python costs a fixed ~20-30 µs however many states it moves, so the held
decoding is used where a batch moves enough states at once: always for the NER (its own
decoding costs ~40 µs a token: even one document gains, 1.8 -> 1.35 CPU-s on three 50,000-
character documents), and for the parser (~12 µs a step of a state) when a batch holds at least
two documents (one long document alone: 0.85 s its own way, 1.49 s held).

Only the component objects of this process change (:func:`hold_decoding` puts a subclass of the
same class, sharing its model, moves and settings, in the component's place); nothing is saved
with the pipeline, and the beam search and training run the model's own code."""

from __future__ import annotations

from spacy.pipeline import DependencyParser, EntityRecognizer


def held_predict(parser, docs):
    """``Parser.greedy_parse`` of ``docs`` (``Parser.predict`` with ``beam_width`` 1), its steps
    made from Python: the states, as ``predict`` returns them."""
    if not any(len(doc) for doc in docs):
        return parser.moves.init_batch(docs)
    parser._ensure_labels_are_added(docs)
    # (greedy_parse also sets the model's dropout to 0: a prediction applies none either way)
    batch = parser.moves.init_batch(docs)
    model = parser.model.predict(docs)
    states = [state for state in batch if not state.is_final()]
    while states:
        states = parser.transition_states(states, model.predict(states))
    model.clear_memory()
    return batch


# a batch decoded at once holds up to this many tokens (the parser's precomputed features take
# 6.6 KB a token: 13 MB; spaCy's own quarter of a batch of a few articles holds about as many),
# as many documents as fit
BATCH_TOKENS = 2_000


def token_batches(docs: list, max_tokens: int = BATCH_TOKENS) -> list[list]:
    """``docs`` in consecutive batches of at most ``max_tokens`` tokens (a longer document is a
    batch of its own)."""
    out: list[list] = []
    size = 0
    for doc in docs:
        if out and size + len(doc) <= max_tokens:
            out[-1].append(doc)
            size += len(doc)
        else:
            out.append([doc])
            size = len(doc)
    return out


class _Held:
    # a batch of fewer documents than this decodes the model's own way
    MIN_DOCS = 1

    def pipe(self, docs, *, batch_size: int = 256):
        """``Parser.pipe``, decoding each batch sorted by length in parts of up to
        :data:`BATCH_TOKENS` tokens rather than in quarters: the held steps move more states at
        once, fewer steps (AG 800 items in batches of 64, parts of 5,000 tokens: parser
        0.40 -> 0.31 CPU-s, NER 1.20 -> 1.15). The states do not depend on the other documents
        of a batch."""
        from spacy import util

        error_handler = self.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            try:
                for part in token_batches(sorted(batch_in_order, key=len), BATCH_TOKENS):
                    self.set_annotations(part, self.predict(part))
                yield from batch_in_order
            except Exception as e:
                error_handler(self.name, self, batch_in_order, e)

    def predict(self, docs):
        if self.cfg.get("beam_width", 1) != 1 or not isinstance(docs, list) \
                or sum(1 for doc in docs if len(doc)) < self.MIN_DOCS:
            return super().predict(docs)
        return held_predict(self, docs)


class HeldEntityRecognizer(_Held, EntityRecognizer):
    """The NER, its greedy decoding stepped from Python (see the module)."""


class HeldDependencyParser(_Held, DependencyParser):
    """The parser, its greedy decoding stepped from Python for batches of two documents or more."""

    MIN_DOCS = 2


_HELD = {EntityRecognizer: HeldEntityRecognizer, DependencyParser: HeldDependencyParser}


def _held_copy(pipe):
    held = _HELD[type(pipe)]
    cfg = pipe.cfg
    # Parser.__init__ with the component's own model and moves (an output of the same size
    # leaves the model as it is); its settings and state then carried over as they are
    new = held(pipe.vocab, pipe.model, pipe.name, pipe.moves,
               update_with_oracle_cut_size=cfg.get("update_with_oracle_cut_size", 100),
               beam_width=cfg.get("beam_width", 1), beam_density=cfg.get("beam_density", 0.0),
               beam_update_prob=cfg.get("beam_update_prob", 0.0),
               incorrect_spans_key=cfg.get("incorrect_spans_key"), scorer=pipe.scorer)
    new.cfg = cfg
    new._rehearsal_model = pipe._rehearsal_model
    new._multitasks = pipe._multitasks
    return new


def hold_decoding(nlp) -> int:
    """Put in ``nlp`` (enabled or not) held-decoding copies of its parser and NER components
    (of spaCy's own classes exactly); returns how many were replaced."""
    changed = 0
    for i, (name, pipe) in enumerate(nlp._components):
        if type(pipe) in _HELD:
            nlp._components[i] = (name, _held_copy(pipe))
            changed += 1
    return changed
