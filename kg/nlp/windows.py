"""The model's token-to-vector layers run over bounded windows of tokens (memory, issue 17).

A spaCy ``tok2vec`` (``MultiHashEmbed`` then ``MaxoutWindowEncoder``: the shared one and the NER's
own in the small English model) keeps every layer's output until the whole chain has run: about
15 KB a token, so a batch of 9,300 tokens (one 50,000-character piece) takes some 140 MB at once,
most of a build's peak. Each of its layers but ``expand_window`` works token by token, and the
encoder sees ``window_size`` tokens either side per ``expand_window`` layer (4 in the small model).
So a token's vector depends only on the tokens within that reach: computed over spans of at most
:data:`WINDOW_TOKENS` tokens, each widened by the reach on both sides and its core kept, the
vectors are those of the whole batch (the test compares them bit for bit), with the memory of one
window. Layers of any other kind leave the model as it is.

Only the layer's forward function in this process changes (nothing is saved with the pipeline),
and training (``is_train``) runs the model's own forward."""

from __future__ import annotations

WINDOW_TOKENS = 1_024
# layers that compute each token's output from that token alone (``expand_window`` reaches out)
_PER_TOKEN = {"extract_features", "list2ragged", "ragged2list", "ints-getitem", "hashembed", "maxout", "layernorm",
              "dropout", "noop"}
_COMBINATORS = ("with_array", "residual", "chain", "concatenate")
# thinc model id -> (its own forward, reach, window) of each layer changed (Model has slots)
_WINDOWS: dict[int, tuple] = {}


def _reach(model) -> int | None:
    """How many tokens either side a token's output depends on, or None when some layer is not
    known to work token by token."""
    reach = 0
    for node in model.walk():
        if node.layers and (node.name.startswith(_COMBINATORS) or ">>" in node.name or "|" in node.name):
            continue
        if node.name == "expand_window":
            reach += int(node.attrs["window_size"])
        elif node.name not in _PER_TOKEN:
            return None
    return reach


def _starts_with_features(node) -> bool:
    while node.layers and node.name != "extract_features":
        node = node.layers[0]
    return node.name == "extract_features"


def _encoders(nlp) -> list:
    """The outermost layers that map docs to token vectors token by token (within a reach):
    chains starting with ``extract_features`` made only of the layers :func:`_reach` knows."""
    found: dict[int, object] = {}
    for _, pipe in nlp.components:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if node.layers and node.id not in found and _starts_with_features(node) and _reach(node) is not None:
                found[node.id] = node
    inner = {n.id for node in found.values() for n in node.walk() if n.id != node.id}
    return [node for key, node in found.items() if key not in inner]


def bound_token_vectors(nlp, window: int = WINDOW_TOKENS) -> int:
    """Make ``nlp``'s tok2vec layers run over windows of at most ``window`` tokens (again on the
    same pipeline: only the window changes). Returns the number of layers changed."""
    changed = 0
    for node in _encoders(nlp):
        reach = _reach(node)
        if window <= 2 * reach:
            continue
        forward = node._func if node._func is not _windowed else _WINDOWS[node.id][0]
        _WINDOWS[node.id] = (forward, reach, window)
        node._func = _windowed
        changed += 1
    return changed


class _Window:
    """Tokens ``start:end`` of a document as ``extract_features`` reads a document (``to_array``
    of attribute names, which a ``Span`` does not take)."""

    __slots__ = ("doc", "start", "end", "arrays")

    def __init__(self, doc, start: int, end: int, arrays: dict) -> None:
        self.doc, self.start, self.end, self.arrays = doc, start, end, arrays

    def __len__(self) -> int:
        return self.end - self.start

    def to_array(self, columns):
        key = (id(self.doc), tuple(columns))
        array = self.arrays.get(key)
        if array is None:
            self.arrays.clear()
            array = self.arrays[key] = self.doc.to_array(columns)
        return array[self.start:self.end]


def _windowed(model, docs, is_train: bool):
    forward, reach, window = _WINDOWS[model.id]
    if is_train or sum(len(d) for d in docs) <= window:
        return forward(model, docs, is_train)
    core = window - 2 * reach
    # (doc index, span, first core row, last core row) of each window, in order
    items: list[tuple[int, object, int, int]] = []
    arrays: dict = {}  # the document's feature columns, read once for all its windows
    for i, doc in enumerate(docs):
        n = len(doc)
        if n <= window:
            items.append((i, doc, 0, n))
            continue
        for start in range(0, n, core):
            end = min(n, start + core)
            lo, hi = max(0, start - reach), min(n, end + reach)
            items.append((i, _Window(doc, lo, hi, arrays), start - lo, end - lo))
    pieces: list[list] = [[] for _ in docs]
    group: list = []
    size = 0

    def run() -> None:
        out, _ = forward(model, [item[1] for item in group], False)
        for (i, _, a, b), vectors in zip(group, out):
            pieces[i].append(vectors[a:b] if (a, b) != (0, len(vectors)) else vectors)

    for item in items:
        n = len(item[1])
        if group and size + n > window:
            run()
            group, size = [], 0
        group.append(item)
        size += n
    if group:
        run()
    ops = model.ops
    outputs = [p[0] if len(p) == 1 else ops.xp.concatenate(p) for p in pieces]

    def backprop(_):
        raise NotImplementedError("token vectors computed by windows are for prediction only")

    return outputs, backprop
