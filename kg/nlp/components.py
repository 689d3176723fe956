"""geokg's spaCy components, registered with ``@Language.factory``/``@Language.component``.

* ``geokg_paragraphs`` — a line break always starts a sentence (headlines, captions and list
  items carry no full stop), so no sentence runs across two paragraphs.
* ``geokg_gazetteer`` — lexicon matches (countries, demonyms, capitals, organisations, weapons,
  titles, persons, places) merged with the statistical NER, written to ``doc.spans["geokg"]``
  with a label and a ``kb_id_`` key; what each key stands for goes to
  ``doc.user_data["geokg"]``. Patterns are built in ``initialize()`` and saved with
  ``to_disk`` as token ids, which ``from_disk`` adds back without tokenizing anything; the place
  table is mapped from the saved file, not read; nothing is loaded at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.attrs import IDS as IDS_
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.lexicon import (
    CAPITAL, CITY, COUNTRY, DEMONYM, ORG, PERSON, PLACE, TITLE, WEAPON,
    Lexicon, load_lexicon,
)
from kg.nlp.places import ALTERNATES_FROM, PlaceTable, ascii_fold, loose_skeleton, same_name, same_name_but_article, skeleton
from kg.nlp.lexicon import PLACE_WORD_CLASSES
from kg.resources import WEEKDAYS, cue_classes

SPANS_KEY = "geokg"
DATELINE_KEY = "geokg_dateline"
ATTRS_KEY = "geokg"
# the layout of the saved matchers (``matchers.msgpack``); another layout is rebuilt from the lexicon
MATCHERS_FORMAT = 1

# unseen weapon designations: a letter-number code next to a weapon noun ("Hwasong-20 missile",
# "the KN-25 rocket", "a Su-57 fighter")
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,9}-?\d{1,4}[A-Za-z]{0,3}$")
# ... or a name and a Roman numeral, which the tokenizer splits at the hyphen ("Agni-V missile",
# "a Shaheen-III ballistic missile")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# a designation standing alone, by the prefixes militaries use: class for each ("KC-135R", "MQ-9",
# "Su-34", "BMP-2", "T-72B3"); prefixes too common in other senses ("B-2", "M-1", "G-20") are left out
_STANDALONE = [(re.compile(p), klass) for p, klass in (
    (r"^(F|FA|F/A|J|JF|Su|MiG|Mig)-\d{1,3}[A-Z]{0,3}s?$", "fighter jet"),
    (r"^(MQ|RQ|MQM|TB)-\d{1,3}[A-Z]{0,2}s?$", "drone"),
    (r"^(AH|UH|CH|MH|HH|Mi|Ka)-\d{1,3}[A-Z]{0,3}s?$", "helicopter"),
    (r"^(KC|EC|RC|AC|MC|Il|An|E|P|C)-\d{2,3}[A-Z]{0,2}s?$", "military aircraft"),
    (r"^(Tu|H)-\d{1,3}[A-Z]{0,3}s?$", "bomber"),
    (r"^(BMP|BTR|BMD|BRDM|MT-LB)-?\d{0,2}[A-Z]{0,3}s?$", "armoured vehicle"),
    (r"^T-(54|55|62|64|72|80|84|90|14)[A-Z0-9]{0,4}s?$", "tank"),
    (r"^(BM|TOS)-\d{1,2}[A-Z]?s?$", "rocket"),
    (r"^(Kh|DF|JL|KN|HQ|YJ)-\d{1,3}[A-Z]{0,2}s?$", "missile"),
)]
_ANY_STANDALONE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _STANDALONE))
# a middle initial in a name ("R." of "USS Gerald R. Ford")
_INITIAL = re.compile(r"^[A-Z]\.$")
# named warships: "USS Carl Vinson", "HMS Queen Elizabeth" — the prefix says whose
_SHIP_PREFIXES = {"USS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND",
                  "ROKS": "KOR", "JS": "JPN", "FS": "FRA", "TCG": "TUR", "HNLMS": "NLD", "HDMS": "DNK"}
# inhabitants a place needs to be taken for a name when none of the document's countries has a
# place of that name
MIN_UNANCHORED = 5000
# the prepositions after which an unmarked capitalised place name is taken as a place
_PLACE_PREPS = {"in", "near", "outside", "at", "from", "across", "into", "around", "inside", "towards", "toward"}
# a one-word "person" the model finds is taken for a place of the document's countries this big
BIG_PLACE = 100_000
# a name the model calls a person or organisation after a locative preposition is taken for a
# GeoNames place of its own name this big ("took place in Charikar")
CALLED_PLACE = 15_000
@dataclass(frozen=True)
class PlaceWords:
    """The words around a name that call it a place, from the cue classes of ``cues.tsv`` (read
    when the gazetteer is initialised and saved with its lexicon): ``region`` after a name names
    its subdivision ("Helmand province"); ``province`` after an organisation's name, capitalised
    too, makes it a place ("the Idlib Governorate"); ``place`` and ``area`` after a name ("Damboa
    town", "the northern Hama countryside"); ``calling`` before "of" ("the towns of X and Y");
    ``plural_place`` after a list of names ("the Idlib and Hama governorates"); ``apposition`` in
    an apposition ("Azaz, a strategic city"); ``part_of`` a part of a place before "of" ("the
    outskirts of Kabul"); ``owned_part`` a part of a town its owner's name calls a town ("Grozny's
    streets"); ``marching`` verbs whose "to" names a place ("marched to Khrew"); ``direction`` a
    direction word between a preposition and a place ("in northern Aleppo"); ``striking`` and
    ``taking`` verbs whose object is a place struck or taken ("hit Aleppo", "captured Birao"),
    ``taking_town`` those of taking never done to a person ("stormed Gidan Gambo"), with ``area_verb`` those of going over an area ("patrolled Harare"). And the words
    that say a name is no place: ``designation`` weapon nouns after an unseen designation ("a
    Su-57 fighter"), ``not_org`` words alone no organisation ("State"), ``body`` nouns of a body
    after a name the model calls a person ("the Haqqani network"). Where a name stands as a place
    stands (kg.nlp.components._place_position): ``assault`` nouns whose "on" names the place
    assailed ("the offensive on Al-Breij"); ``leaving`` verbs whose "from" names the place left;
    ``aiming`` verbs whose "at" names a target, not a place ("fired at Khan"); ``post`` military
    posts whose "at" names their place ("the defenses at Al-Hillak"); ``locative_on_verb`` and
    ``locative_on_noun`` prepositions whose object is where an act is done, on a verb or a noun;
    ``into_no_place`` verbs whose "into" is no place ("ran into Smith"); ``naming`` nouns whose
    "called" or "named" names a place ("a place called Teiba", "a village named Tabit"); ``body_end`` the last
    words of bodies' names ("Party", "Front"), never of a place's; ``named_site`` sites whose name
    before them no dictionary knows is a place's ("the Qassab tower"). In a title-case line
    (kg.nlp.components._title_case_lines): ``harming`` verbs whose figures are a headline's toll
    ("Blast Kills 9"), ``headline_small`` longer words title case leaves in lower case ("with").
    ``weapon_things`` nouns after a weapon's name that make it no weapon ("air defence
    identification zone"). Of persons: ``bomber_person`` words before "bomber" that make it a person ("suicide"),
    through ``vehicles`` ("a suicide car bomber"); ``place_heads`` the last words of a place's
    name, never a person's after a word of rank ("King County"). ``dwellers`` people whose "of" names
    the place they live in ("Residents of Goma")."""

    region: frozenset[str]
    province: frozenset[str]
    place: frozenset[str]
    area: frozenset[str]
    calling: frozenset[str]
    plural_place: frozenset[str]
    apposition: frozenset[str]
    part_of: frozenset[str]
    owned_part: frozenset[str] = frozenset()
    marching: frozenset[str] = frozenset()
    direction: frozenset[str] = frozenset()
    striking: frozenset[str] = frozenset()
    taking: frozenset[str] = frozenset()
    taking_town: frozenset[str] = frozenset()
    designation: frozenset[str] = frozenset()
    not_org: frozenset[str] = frozenset()
    body: frozenset[str] = frozenset()
    assault: frozenset[str] = frozenset()
    leaving: frozenset[str] = frozenset()
    aiming: frozenset[str] = frozenset()
    post: frozenset[str] = frozenset()
    body_end: frozenset[str] = frozenset()
    named_site: frozenset[str] = frozenset()
    locative_on_verb: frozenset[str] = frozenset()
    locative_on_noun: frozenset[str] = frozenset()
    into_no_place: frozenset[str] = frozenset()
    naming: frozenset[str] = frozenset()
    harming: frozenset[str] = frozenset()
    headline_small: frozenset[str] = frozenset()
    bomber_person: frozenset[str] = frozenset()
    weapon_things: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    people_verbs: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()
    laid_to: frozenset[str] = frozenset()
    dwellers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, classes) -> "PlaceWords":
        c = {name: frozenset(classes.get(name, ())) for name in PLACE_WORD_CLASSES}
        return cls(c["region_word"], c["province_word"], c["place_noun"], c["area_noun"], c["calling_noun"],
                   c["plural_place_noun"], c["place_noun"] | c["apposition_noun"], c["calling_noun"] | c["part_of_noun"],
                   c["owned_part"], c["marching"], c["direction_adjective"], c["striking_place"],
                   c["taking_town"] | c["taking_either"] | c["area_verb"], c["taking_town"] | c["area_verb"], c["designation_noun"], c["not_org"],
                   c["group_noun"] | c["body_after_name"], c["assault_noun"], c["leaving_verb"], c["aiming_verb"],
                   c["post_noun"], c["body_word"], c["named_site_noun"], c["locative_on_verb"], c["locative_on_noun"],
                   c["into_no_place"], c["naming_noun"] | c["calling_noun"] | c["area_noun"],
                   harming=c["harming"], headline_small=c["headline_small_word"],
                   bomber_person=c["bomber_person"], weapon_things=c["weapon_thing"], vehicles=c["vehicle"],
                   place_heads=c["place_head_noun"] | c["street"] | c["unnamed_place"], people_verbs=c["people_verb"],
                   compass=c["direction_word"], laid_to=c["laid_to"], dwellers=c["dweller_noun"])


# the Arabic article written before a name ("Al-Raqqa", "al-Rai", "Ash-Shaddadi"), not always in GeoNames' spelling
_ARTICLE = re.compile(r"^(?:[AaEe][lnrstdz]|[Aa]sh)[- ](?=[A-Z][a-z]{2})")
# a word of a name: capitalised, maybe after an opening quote mark, its parts joined by hyphens or apostrophes
_NAME_WORD = r"^[‘’']?[A-Z][a-z]*(?:[-‘’']+[A-Za-z][a-z]*)*$"
_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)?$|^[A-Z][a-z]*[A-Z][a-z]+$")


@Language.factory("geokg_caps_names", assigns=["token.norm"])
def make_caps_names(nlp: Language, name: str) -> "CapsNames":
    return CapsNames()


class CapsNames:
    """Give a word written in capitals that stands for a name ("IS", the Islamic State) the norm
    the model reads that name by (``data/lexicon/caps_names.tsv``), before the model's own
    components read the text: in a line that is not all capitals, "IS militants killed 12
    soldiers" is then parsed with "IS" a name, not the verb "is"."""

    def __init__(self) -> None:
        from kg.resources import data_path

        path = data_path("lexicon") / "caps_names.tsv"
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")] if path.exists() else []
        self.norms = {row[0]: row[1].strip() for row in rows if len(row) >= 2}

    def __call__(self, doc: Doc) -> Doc:
        if not self.norms or not len(doc):
            return doc
        import numpy
        from spacy.attrs import ORTH

        # the words looked for among the token ids at once, not token by token
        ids = numpy.array([doc.vocab.strings.add(form) for form in self.norms], dtype="uint64")
        text = doc.text
        for i in numpy.nonzero(numpy.isin(doc.to_array(ORTH), ids))[0].tolist():
            token = doc[i]
            norm = self.norms[token.text]
            start = text.rfind("\n", 0, token.idx) + 1
            end = text.find("\n", token.idx)
            line = text[start:end if end >= 0 else len(text)]
            if any(ch.islower() for ch in line):  # (a line in capitals keeps the word: "THIS IS A TEST")
                token.norm_ = norm
        return doc


@Language.factory("geokg_paragraphs", default_config={"max_sentence_tokens": 200})
def make_paragraphs(nlp: Language, name: str, max_sentence_tokens: int) -> "Paragraphs":
    return Paragraphs(max_sentence_tokens)


class Paragraphs:
    """Start a sentence at every token that follows a line break, and never let a sentence run
    longer than ``max_sentence_tokens`` (text with no breaks at all stays linear to process).

    A wire story's dateline ("BAGHDAD (Reuters) - ", "NAJAF, Iraq - ", "AP - ") is a sentence of
    its own, its place and agency kept in ``doc.spans[DATELINE_KEY]`` (labels ``PLACE``,
    ``CREDIT``): read as the head of the paragraph's first clause, the city and the agency had
    become the agents of what the story reports ("BAGHDAD (Reuters) - Iraqi fighters battled U.S.
    troops")."""

    def __init__(self, max_sentence_tokens: int) -> None:
        self.max_sentence_tokens = max_sentence_tokens
        # the agencies a story may open with alone ("Reuters - "): cue class news_agency
        self.agencies = cue_classes().get("news_agency", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        run = 0
        # the texts and trailing spaces read once; a Token is made only where a sentence starts
        breaks = [t.text_with_ws for t in doc]
        datelines: list[Span] = []
        if len(breaks):
            datelines += _dateline(doc, 0, self.agencies)
        for i in range(1, len(breaks)):
            run += 1
            if "\n" in breaks[i - 1]:
                doc[i].is_sent_start = True
                run = 0
                datelines += _dateline(doc, i, self.agencies)
            elif run >= self.max_sentence_tokens:
                prev = doc[i - 1]
                if prev.is_punct or prev.whitespace_ or run >= 2 * self.max_sentence_tokens:
                    doc[i].is_sent_start = True
                    run = 0
        # an agency in brackets at a line's end is a headline's credit ("... Cross to Chad -UN (Reuters)")
        for match in _LINE_CREDIT.finditer(doc.text):
            if match.group(1).lower() in self.agencies:
                span = doc.char_span(match.start(1), match.end(1), label="CREDIT", alignment_mode="contract")
                if span is not None and len(span):
                    datelines.append(span)
        if datelines:
            doc.spans[DATELINE_KEY] = [s for s in datelines if s.label_ != "BODY"]
            for span in datelines:
                if span.label_ == "BODY":  # the story's first word starts its first sentence
                    doc[span.start].is_sent_start = True
        return doc


# A wire dateline at the head of a paragraph: the place in capitals, its state or country, a
# date, the agency in brackets, a dash or a colon ("ST. PETERSBURG, Russia (Reuters) - ", "NAJAF,
# Iraq - ", "UNITED NATIONS, Aug. 18 (Xinhuanet) -- ", "JERUSALEM: ", "BAGHDAD, Sept 12: ",
# "ISLAMABAD, Pakistan : Sep 04 (PID) - "), or the agency alone before a dash ("AP - ",
# "Canadian Press - VANCOUVER (CP) - "). A place in title case is one only with a date and an
# agency ("Baghdad, Sept. 8 (NNN): "); a place in capitals with its state or a date may stand
# with no dash or colon before the story ("KATMANDU, Nepal The Nepali capital ...").
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
          r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?")
_DATE = r"(?:(?:" + _MONTH + r") \d{1,2}(?:, \d{4})?\.?|\d{1,2} [A-Z][a-z]+ \d{4})"
# a dash (AG News writes the em dash " #8212;"), or a colon after a word or a date
_DASH = r"(?:-{1,2}|[–—]|#8212;)"
_SEPARATOR = r" *(?:" + _DASH + r"|(?<=[A-Za-z0-9.)]) ?:) +(?=[A-Z\"“‘'])"
_CAPS_PLACE = r"(?:ST\.? )?[A-Z][A-Z.'’]*[A-Z](?:[- /][A-Z][A-Z.'’]*[A-Z]){0,4}"
_REGION_WORD = r"(?!(?:" + _MONTH + r") )[A-Z][A-Za-z.]*"
_CREDIT = r"\((?P<credit>[A-Za-z][A-Za-z.&;' ]{0,38})\)"
_DATELINE = re.compile(
    r"[ \t]*(?:(?P<agency>[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,2}) +" + _DASH + r" +)?"
    r"(?:(?P<place>" + _CAPS_PLACE + r")"
    r"(?:, (?P<region>" + _REGION_WORD + r"(?: " + _REGION_WORD + r"){0,3}))?"
    r"(?:(?:,| ?:)? " + _DATE + r")?"
    r" *(?:" + _CREDIT + r")?"
    r"|(?P<alone>[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,2}))"
    + _SEPARATOR)
# a place in title case with its date and agency ("Baghdad, Sept. 8 (NNN): ", "Vatican, Sep. 13
# (CWNews.com) - ")
_TITLED_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? " + _DATE + r" *" + _CREDIT + _SEPARATOR)
# a place in capitals with its state or a date and no dash: the story's first word follows
# ("KATMANDU, Nepal The Nepali capital", "TBILISI, Georgia  Georgian President", "AGHDAD, Iraq,
# Aug. 17  A delegation")
_UNMARKED_DATELINE = re.compile(
    r"[ \t]*(?P<place>" + _CAPS_PLACE + r")"
    r"(?:(?:, (?P<region>" + _REGION_WORD + r"))(?:,? " + _DATE + r")?|,? (?P<date>" + _DATE + r"))"
    r" +(?=[A-Z][a-z]*\b)")


_LINE_CREDIT = re.compile(r"\(([A-Za-z][A-Za-z.&' -]{0,38})\)[ \t]*(?=\n|$)")


def _dateline(doc: Doc, start: int, agencies: frozenset[str] = frozenset()) -> list[Span]:
    """The dateline at the head of the paragraph that starts at token ``start``: its place and
    agency as spans, and a ``BODY`` span on the first word after it (where the story's first
    sentence starts); nothing when the paragraph opens otherwise."""
    at = doc[start].idx
    match = _DATELINE.match(doc.text, at, at + 120) or _TITLED_DATELINE.match(doc.text, at, at + 120)
    if match is None:
        match = _UNMARKED_DATELINE.match(doc.text, at, at + 120)
        line = doc.text[match.end():match.end() + 80].split("\n", 1)[0] if match is not None else ""
        if not any(w.isalpha() and w.islower() and len(w) > 3 for w in line.split()):
            return []  # a title-case headline ("BRITAIN, France Agree on Trade Pact"), no story
    if match is None or "\n" in match.group(0):
        return []
    groups = match.groupdict()
    if groups.get("alone") is not None and groups["alone"].lower() not in agencies:
        return []  # "Note - Figures are unadjusted", "Soccer - McCarthy names team"
    bare = groups.get("region") is None and groups.get("credit") is None and groups.get("agency") is None \
        and not re.search(r"\d", match.group(0))
    if bare and not any(c.islower() for w in doc.text[match.end():match.end() + 60].split()[:3] for c in w):
        # a word and a dash before more capitals are a headline's ("SOCCER - JAPAN GET FIRST WIN"),
        # not a story's first sentence ("DETROIT - Sen. John Kerry accused ...")
        return []
    body = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    if body is None or body.start <= start:
        return []
    out = [Span(doc, body.start, body.start + 1, label="BODY")]
    # a word alone before the dash or colon may be an agency or a place ("AFP - ", "NEW YORK - ",
    # "JERUSALEM: "): the gazetteer tells which
    lead = "CREDIT" if (groups.get("place") or "").lower() in agencies else "LEAD"  # "UPI - "
    for group, label in (("agency", "CREDIT"), ("alone", "CREDIT"), ("credit", "CREDIT"), ("place", lead if bare else "PLACE")):
        if groups.get(group):
            span = doc.char_span(match.start(group), match.end(group), label=label, alignment_mode="contract")
            if span is not None and len(span):
                out.append(span)
    return out


def _key_lexemes(vocab, keys: list[str]) -> None:
    """Make the lexemes ``PhraseMatcher.add`` makes of its match ids (``vocab[key]``), without
    the lexical attributes (norm, shape, prefix, ...: a dozen Python functions per entry, 2,700
    entries, about 0.05 s of each start). Only keys holding a tab ("LABEL\tkey"): no token holds
    one (the tokenizer splits at white space), so no token's attributes ever come from these."""
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {}
    try:
        for key in keys:
            if "\t" in key:
                vocab[key]  # noqa: B018  (made here, found by PhraseMatcher.add)
    finally:
        vocab.lex_attr_getters = getters


@Language.factory("geokg_gazetteer", default_config={"overwrite": True})
def make_gazetteer(nlp: Language, name: str, overwrite: bool) -> "Gazetteer":
    return Gazetteer(nlp, name, overwrite=overwrite)


class Gazetteer:
    def __init__(self, nlp: Language, name: str, *, overwrite: bool = True) -> None:
        self.nlp = nlp
        self.name = name
        self.overwrite = overwrite
        self.lexicon: Lexicon | None = None
        self._exact: PhraseMatcher | None = None
        self._lower: PhraseMatcher | None = None
        self._title_words: set[str] = set()
        self._honorifics: frozenset[str] = frozenset()
        self._rank: frozenset[str] = frozenset()
        self._places: PhraseMatcher | None = None
        self._called: Matcher | None = None
        self._words: PlaceWords | None = None
        # the saved matchers' file as read (:meth:`from_disk`), written again by :meth:`to_disk`:
        # the restored matchers keep no patterns of their own (:meth:`_restore`)
        self._saved_matchers: bytes | None = None

    # ------------------------------------------------------------------ set-up
    def initialize(self, get_examples=None, *, nlp: Language | None = None, lexicon: Lexicon | None = None,
                   lexicon_dir: str | None = None) -> None:
        self.lexicon = lexicon or load_lexicon(Path(lexicon_dir) if lexicon_dir else None)
        self._words = None
        self._build()

    @property
    def words(self) -> PlaceWords:
        """The place words of the lexicon (those of the package's ``cues.tsv`` for a lexicon saved
        without them)."""
        words = getattr(self, "_words", None)
        if words is None:
            stored = self.lexicon.place_words if self.lexicon is not None else {}
            words = self._words = PlaceWords.of(stored or cue_classes())
        return words

    def _build(self) -> None:
        """The matchers, from the lexicon: every entry and large place name tokenized (seconds;
        done once, when the pipeline is assembled — a saved pipeline restores them as arrays)."""
        assert self.lexicon is not None
        self._saved_matchers = None
        self._exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        exact: dict[str, list] = {}
        lower: dict[str, list] = {}
        tokenizer = self.nlp.tokenizer
        for entry in self.lexicon.entries:
            match_id = f"{entry.label}\t{entry.key}"
            case_insensitive = entry.label in (WEAPON, TITLE) and (entry.text.islower() or entry.label == TITLE)
            target = lower if case_insensitive else exact
            target.setdefault(match_id, []).append(tokenizer(entry.text.lower() if case_insensitive else entry.text))
        for match_id, docs in exact.items():
            self._exact.add(match_id, docs)
        for match_id, docs in lower.items():
            self._lower.add(match_id, docs)
        # the places a document may name without the model noticing: provinces and large cities
        self._places = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        if self.lexicon.places is not None:
            names = self.lexicon.places.names(min_population=BIG_PLACE)
            self._places.add("PLACE_NAME", list(tokenizer.pipe(names)))
        self._title_words = {
            w.lower() for e in self.lexicon.entries if e.label == TITLE for w in re.split(r"[\s-]+", e.text)
        }
        self._honorifics = frozenset(self.lexicon.honorifics)
        self._rank = frozenset(self.lexicon.rank_words)
        self._build_called()

    def _build_called(self) -> None:
        # a place of any size the text calls one: "Damboa town", "the village of Shurifah"
        self._called = Matcher(self.nlp.vocab)
        name = {"IS_TITLE": True, "OP": "+"}
        # (a name's words also with the curly apostrophes of transliterated Arabic, which are no
        # title case to Python: "the village of Ma’ardes", "the town of ‘Ibta", "Al-‘Arfi", "the
        # Dara’a Governorate")
        curly = {"TEXT": {"REGEX": _NAME_WORD}, "IS_UPPER": False, "OP": "+"}
        words = self.words
        noun = {"LOWER": {"IN": sorted(words.place | words.area)}}
        self._called.add("NAME_THEN_NOUN", [[name, noun], [curly, noun]])
        # a Nigerian local government area by its name, which the model rarely marks: "in Guma
        # local government area", "in the Agatu local council"
        local = [{"LOWER": "local"}, {"LOWER": {"IN": ["government", "council"]}}]
        self._called.add("NAME_THEN_LOCAL", [[name, *local], [curly, *local]])
        name = curly
        nouns = words.place | {n + "s" for n in words.place if n not in ("state",)}  # "the villages of X and Y"
        self._called.add("NOUN_OF_NAME", [[{"LOWER": {"IN": sorted(nouns)}}, {"LOWER": "of"}, name]])

    def _matchers_data(self) -> dict:
        """The phrase matchers as their patterns' token attribute ids (``PhraseMatcher``'s own
        pickled form), match ids in the order they were added (restored ones: as they were read)."""
        if self._saved_matchers is not None:
            return srsly.msgpack_loads(self._saved_matchers)

        def patterns(matcher: PhraseMatcher) -> list:
            docs = matcher.__reduce__()[1][1]  # match id -> set of tuples of ORTH/LOWER ids
            return [[key, sorted(docs[key])] for key in docs]

        return {"format": MATCHERS_FORMAT, "exact": patterns(self._exact), "lower": patterns(self._lower),
                "places": patterns(self._places), "title_words": sorted(self._title_words)}

    def _restore(self, data: dict) -> None:
        """The matchers from :meth:`_matchers_data`: no tokenizing, no lexemes made; the match
        ids are added in their first order, so matches come out in the same order as built ones.
        Each matcher's own copy of its patterns (``PhraseMatcher._docs``: a set of tuples of ids
        per match id, which only its ``remove`` and pickling read, never its matching) is
        emptied once they are added: 13.6 MiB of Python tuples and integers beside the matcher's
        own tree of them; :meth:`to_disk` writes the file they were read from."""
        _key_lexemes(self.nlp.vocab, [key for part in ("exact", "lower") for key, _ in data[part]])

        def matcher(attr: str, patterns: list) -> PhraseMatcher:
            out = PhraseMatcher(self.nlp.vocab, attr=attr)
            for key, arrays in patterns:
                out.add(key, [tuple(a) for a in arrays])
            out.__reduce__()[1][1].clear()  # its ``_docs``, the very dict (not a copy)
            return out

        self._exact = matcher("ORTH", data["exact"])
        self._lower = matcher("LOWER", data["lower"])
        self._places = matcher("ORTH", data["places"])
        self._title_words = set(data["title_words"])
        self._honorifics = frozenset(self.lexicon.honorifics)
        self._rank = frozenset(self.lexicon.rank_words)
        self._build_called()

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.lexicon is not None:
            # msgpack keeps every float as the double it is (JSON through ujson rounded 2.3488 to
            # 2.3487999999999998, so a saved pipeline's attributes differed from a built one's)
            srsly.write_msgpack(path / "lexicon.msgpack", self.lexicon.to_json())
            if self.lexicon.places is not None:
                self.lexicon.places.save(path / "places.tsv")
            if self._saved_matchers is not None:  # restored: as read (the matchers keep no patterns)
                (path / "matchers.msgpack").write_bytes(self._saved_matchers)
            else:
                srsly.write_msgpack(path / "matchers.msgpack", self._matchers_data())

    def from_disk(self, path, *, exclude=tuple()) -> "Gazetteer":
        """The lexicon, the place table (mapped, read only where a lookup needs it) and the
        matchers as saved: loading builds nothing from the lexicon."""
        path = Path(path)
        if (path / "lexicon.msgpack").exists():
            self.lexicon = Lexicon.from_json(srsly.read_msgpack(path / "lexicon.msgpack"))
            self._words = None
            if (path / "places.tsv").exists():
                self.lexicon.places = PlaceTable.load(path / "places.tsv")
            matchers = path / "matchers.msgpack"
            raw = matchers.read_bytes() if matchers.exists() else None
            data = srsly.msgpack_loads(raw) if raw is not None else None
            if data is not None and data.get("format") == MATCHERS_FORMAT:
                self._restore(data)
                self._saved_matchers = raw
            else:
                self._build()
        return self

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError("geokg_gazetteer is not initialized: call nlp.initialize() or component.initialize()")
        strings = doc.vocab.strings
        attrs: dict[str, dict] = {}
        lexical: list[Span] = []
        titled = TitleCaseLines(doc, self.words)  # found at the first question, once per document
        for matcher in (self._exact, self._lower):
            for match_id, start, end in matcher(doc):
                label, key = strings[match_id].split("\t", 1)
                if matcher is self._lower and label == WEAPON and doc[start].text[:1].isupper() \
                        and not doc[start].is_sent_start:
                    # "Mobil, Shell and Caltex": a capitalised weapon word inside a sentence is a
                    # name, except in a title-case headline
                    if start not in titled:
                        continue
                if label == WEAPON and _bomber_person(doc, start, self.lexicon.attrs.get(key, {}), self.words):
                    continue  # "a suicide bomber", "a suicide car bomber": armed people, no aircraft
                if label == WEAPON and _weapon_thing(doc, end, self.words):
                    continue  # "Taiwan's air defence identification zone": an area, no weapon
                lexical.append(Span(doc, start, end, label=label, kb_id=key))
                attrs[key] = self.lexicon.attrs.get(key, {})
        lexical += self._designations(doc, attrs)
        lexical = filter_spans(lexical)
        taken = {i for s in lexical for i in range(s.start, s.end)}

        # the countries the document names, to place ambiguous names ("Donetsk" in Ukraine)
        named = {s.kb_id_.split(":", 1)[1] for s in lexical if s.label_ in (COUNTRY, DEMONYM)}
        countries = named | {s.kb_id_.split(":", 1)[1] for s in lexical if s.label_ == CAPITAL}
        countries |= self._subdivision_countries(doc, taken)
        # the states of the bodies the lexicon knows ("the Syrian Armed Forces", "Hezbollah")
        # (not one inside a longer name the model finds: "Fatah" in "Jaish Al-Fatah")
        longer = [(e.start, e.end) for e in doc.ents if len(e) > 1]
        countries |= {attrs[s.kb_id_].get("country") for s in lexical
                      if s.label_ == ORG and isinstance(attrs.get(s.kb_id_, {}).get("country"), str)
                      and len(attrs[s.kb_id_]["country"]) == 3
                      and not any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end) for a, b in longer)}
        lexical = [self._other_capital(s, named, attrs) if s.label_ == CAPITAL else s for s in lexical]
        # a wire dateline's agency names no actor and its place is a place ("KABUL (Reuters) - ")
        dropped, heads = self._dateline(doc, lexical, attrs, countries)
        if dropped:
            lexical = [s for s in lexical if not any(s.start < b and a < s.end for a, b in dropped)]
            taken = {i for s in lexical for i in range(s.start, s.end)}
        statistical: list[Span] = list(heads)
        for ent in doc.ents:
            if dropped and any(ent.start < b and a < ent.end for a, b in dropped):
                continue
            if _operation_name(ent):
                # "Operation Peace Spring", "Operation Euphrates Shield": an act's name (extraction's
                # named operations), no body, site or place, nor the places its words name
                lexical = [s for s in lexical if not (ent.start <= s.start and s.end <= ent.end)]
                taken = {i for s in lexical for i in range(s.start, s.end)}
                continue
            inside = _places_in_name(doc, ent, lexical) if not _named_site(ent) else []
            if inside:  # "the U.S. Open", "the 1991 Gulf War", "Tour of the Netherlands" name no place
                lexical = [s for s in lexical if s not in inside]
                taken = {i for s in lexical for i in range(s.start, s.end)}
                continue
            if ent.label_ in ("GPE", "LOC"):
                ent = _titled_person(doc, ent, lexical, self.words, self._rank)
            if ent.label_ == "PERSON":
                ent = _after_titles(doc, ent, lexical)
            span = self._from_ner(doc, ent, attrs, countries)
            if span is None:
                continue
            overlap = any(i in taken for i in range(span.start, span.end))
            if overlap and span.label_ in (PLACE, CITY):
                whole = _whole_place(doc, span, lexical, attrs)
                if whole is not None:  # "Northern Ireland", "South China": not cut to the country
                    lexical = [s for s in lexical if not (s.start < span.end and span.start < s.end)]
                    statistical.append(whole)
                    continue
            inner = [s for s in lexical if s.start < span.end and span.start < s.end]
            if overlap and span.label_ == PLACE and len(span) >= 2 and all(
                    s.label_ in (PERSON, ORG) and span.start <= s.start and s.end <= span.end for s in inner):
                # "the Al-Assad Suburb": a site named after someone is the site
                lexical = [s for s in lexical if s not in inner]
                statistical.append(span)
                continue
            body = _body_of_org(doc, span, lexical) if overlap else None
            if body is not None:
                # "the UN Mission to Katanga", "the EU Delegation to Ukraine": a body of a known
                # organisation named by a descriptive phrase is that body, of the organisation's kind
                lexical = [s for s in lexical if s is not body]
                if span.kb_id_ not in self.lexicon.attrs:
                    inner = attrs.get(body.kb_id_, {})
                    attrs[span.kb_id_] = {**attrs[span.kb_id_], "type": inner.get("type", "ORG"),
                                          "country": inner.get("country")}
                statistical.append(span)
                continue
            if overlap and _person_by_pronoun(doc, span, lexical):
                # "Jordan defends his decision to make the film": the man, not the country
                lexical = [s for s in lexical if not (s.start < span.end and span.start < s.end)]
                statistical.append(span)
                continue
            if overlap:
                # a multi-word person name beats a country or place word inside it ("Jordan Peterson")
                # and a title word that is not its first ("Tom King")
                # but not an adjective run ending in a demonym ("Radical French farmers")
                if span.label_ in (PERSON, ORG) and len(span) >= 2 and all(
                    # (inside it: a place the dictionaries name letter for letter as the model's
                    # whole name is the place, "Nagorno-Karabakh" the model calls a body)
                    (s.label_ in (COUNTRY, CAPITAL, CITY, PLACE) and (s.start, s.end) != (span.start, span.end)
                     or (s.label_ == DEMONYM and s.end < span.end)
                     or (s.label_ == TITLE and s.start > span.start)
                     # another person of a known surname: "Naina Yeltsin" is not Boris Yeltsin
                     or (s.label_ == PERSON and span.label_ == PERSON and s.start > span.start and s.end == span.end)
                     # ... or inside it ("Ghani" of "Abdul-Ghani Ali" is not Ashraf Ghani); a body named
                     # after a person and ending in a body word ("the Trump Administration")
                     or (s.label_ == PERSON and span.label_ == PERSON and s.start > span.start and s.end < span.end)
                     or (s.label_ == PERSON and span.label_ == ORG and s.start == span.start
                         and doc[span.end - 1].lower_ in self.words.body_end)
                     # a capitalised word inside a sentence that the model calls a name, not the weapon
                     # ("Mobil, Shell and Caltex")
                     # (not a designation with figures: "two Dutch F-16 jet fighters" is the jets')
                     or (s.label_ == WEAPON and len(s) == 1 and s.text[:1].isupper() and not doc[s.start].is_sent_start
                         and not any(ch.isdigit() for ch in s.text)))
                    for s in lexical if s.start < span.end and span.start < s.end
                ) and not any(s.start < span.start or s.end > span.end for s in lexical if s.start < span.end and span.start < s.end):
                    lead = [s for s in lexical if s.start == span.start and s.label_ in (COUNTRY, DEMONYM)] or [
                        s for s in lexical if span.start < s.start and s.end <= span.end and s.label_ == COUNTRY
                        and (doc[s.start - 1].lower_ == "of" or doc[s.start - 1].lower_ == "the" and doc[s.start - 2].lower_ == "of")]
                    if span.label_ == ORG and lead and lead[0].kb_id_.startswith("country:"):
                        # "Indian Navy", "Sudan Armed Forces", "Armed Forces of Ukraine": the name says whose it is
                        attrs[span.kb_id_] = {**attrs[span.kb_id_], "named_country": lead[0].kb_id_.split(":", 1)[1]}
                    lexical = [s for s in lexical if not (s.start < span.end and span.start < s.end)]
                    statistical.append(span)
                continue
            statistical.append(span)
        # a name the dictionaries know as a person or body that the text calls a place: "the
        # Al-Assad Suburb", "the Al-Assad suburbs" (Bashar al-Assad's surname)
        called = [s for s in lexical if s.label_ in (PERSON, ORG) and _called_place(doc, s, self.words, known=True)]
        if called:
            lexical = [s for s in lexical if s not in called]
            # with the words of the model's name it ends ("Al-" of "Al-Assad")
            statistical += [next((Span(doc, e.start, s.end, label=s.label_, kb_id=s.kb_id_) for e in doc.ents
                                  if e.start < s.start and s.end == e.end), s) for s in called]
        listed = _listed_after_plural(doc, self.words)  # "raided four villages: A, B and C"
        statistical = self._called_places(doc, statistical, attrs, countries, listed)
        statistical += self._unnoticed_places(doc, lexical + statistical, attrs, countries, listed, titled)
        statistical = _confirm_headline_names(doc, statistical, self.words, lexical, titled=titled)
        statistical = _headline_surnames(doc, statistical, lexical)
        statistical = _common_word_names(doc, statistical)
        spans = filter_spans([self._city_of(doc, s, attrs) for s in filter_spans(lexical + statistical)])
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans += self._titled_names(doc, spans, taken, attrs)
        spans = _short_names(doc, spans)
        spans = self._placed_by_later_provinces(spans, attrs, countries)
        spans = self._placed_by_brackets(doc, spans, attrs, countries)
        spans.sort(key=lambda s: (s.start, s.end))
        doc.spans[SPANS_KEY] = spans
        for iso3 in {a.get("country") for a in list(attrs.values())} - {None}:
            # the country a place or body is in, named or not, with its lexicon name: an attack on
            # Aleppo targets Syria, not "SYR"
            known = self.lexicon.attrs.get(f"country:{iso3}") if self.lexicon is not None else None
            if known is not None:
                attrs.setdefault(f"country:{iso3}", known)
        doc.user_data[ATTRS_KEY] = attrs
        return doc

    def _placed_by_later_provinces(self, spans: list[Span], attrs: dict[str, dict], countries: set[str]) -> list[Span]:
        """A name left a place of its own that GeoNames knows as a town of the country of a province
        found only after the names were placed (:meth:`_unnoticed_places`): "a house in Shindand
        District of Herat Province" is Shīnḏanḏ, Afghanistan. Only a town of such a country, never a
        named site ("the Deir Ezzor Airport")."""
        later = {attrs.get(s.kb_id_, {}).get("country") for s in spans if s.label_ == CITY
                 and attrs.get(s.kb_id_, {}).get("geonameid") is None} - {None} - countries
        if not later:
            return spans
        out = []
        for span in spans:
            if span.label_ == PLACE and span.kb_id_.startswith("place:") and span[-1].text not in _SITE_NOUNS:
                place = self.resolve_place(attrs.get(span.kb_id_, {}).get("name") or span.text, countries | later)
                if place is not None and place[1].get("geonameid") and place[1].get("country") in later:
                    attrs.setdefault(place[0], place[1])
                    span = Span(span.doc, span.start, span.end, label=CITY, kb_id=place[0])
            out.append(span)
        return out

    def _placed_by_brackets(self, doc: Doc, spans: list[Span], attrs: dict[str, dict], countries: set[str]) -> list[Span]:
        """A place followed by the districts, provinces or state it lies in, in brackets, as
        conflict-event reports write it ("near Boni (Douentza, Mopti)", "in Qandil (Erbil
        governorate)", "in Tahoua (Niger)"): each bracketed name the gazetteer knows is a place,
        and a place before them the gazetteer does not place is of their one country (the
        GeoNames town of its name there, if any). Brackets holding anything but names are no such
        list."""
        starts = {s.start for s in spans}
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        for span in spans:
            if span.label_ not in (PLACE, CITY, PERSON) or span not in out:
                continue
            opening = span.end  # (past a kind word: "Kherson city (Kherson)")
            if opening < len(doc) and doc[opening].is_lower and doc[opening].lower_ in self.words.place | self.words.region:
                opening += 1
            if opening + 2 >= len(doc) or doc[opening].text != "(":
                continue
            close = next((j for j in range(opening + 1, min(len(doc), opening + 12)) if doc[j].text == ")"), None)
            if close is None:
                continue
            parts, start = [], opening + 1
            for j in range(opening + 1, close + 1):
                if doc[j].text in (",", ")"):
                    parts.append((start, j))
                    start = j + 1
            if not all(b > a and doc[a].text[:1].isupper() and all(
                    _NAME_PART.match(t.text) or t.lower_ in self.words.region for t in doc[a:b]) for a, b in parts):
                continue
            # a name the model took for a person's is a place by such a list only when the list
            # names two or more (district and province: "in Bulo Marer (Marka, Lower Shabelle)"), no
            # dictionary knows the person ("Ted Cruz (Texas)" stays a person)
            person = span.label_ == PERSON
            if person and (len(parts) < 2 or self._known_actor(span.text) or span.start == 0
                           or doc[span.start - 1].lower_ not in _PLACE_PREPS):
                continue  # (and only after a preposition of place: "in", "near", ...)
            for a, b in parts:  # a bracketed name the model took for a person's that the gazetteer places
                inner = next((s for s in out if s.start == a and s.end == b and s.label_ == PERSON), None)
                if inner is not None and not self._known_actor(inner.text) \
                        and self.resolve_place(inner.text, countries) is not None:
                    out.remove(inner)
                    taken -= set(range(a, b))
                    starts.discard(a)
            # the country where the place and every bracketed name the gazetteer knows lie
            # ("Mangu (Plateau)": Nigeria's Plateau State, where Mangu is, not Benin's Plateau)
            if any(span.end < s.start and s.end <= close and s.label_ not in (COUNTRY, CAPITAL, CITY, PLACE) for s in spans):
                continue  # "Syrian Kurdistan (YPG)": a body's short name, no place it lies in
            names = [(a, b) for a, b in parts if not any(i in taken for i in range(a, b)) and a not in starts]
            if not attrs.get(span.kb_id_, {}).get("country"):
                shared = self.place_countries(span.text)
                for a, b in names:
                    shared &= self.place_countries(doc[a:b].text) or shared
                if len(shared) == 1:
                    countries = countries | shared
            found: set[str] = set()
            for a, b in parts:
                inside = [s for s in out if a <= s.start and s.end <= b]
                if inside:
                    found |= {s.kb_id_.split(":", 1)[1] if s.label_ == COUNTRY else attrs.get(s.kb_id_, {}).get("country")
                              for s in inside}
                    continue
                if (a, b) not in names:
                    continue
                place = self.resolve_place(doc[a:b].text, countries)
                if place is None:
                    continue
                out.append(_place_span(doc, a, b, attrs, place))
                found.add(place[1].get("country"))
            found -= {None}
            if len(found) != 1:
                continue
            iso3 = next(iter(found))
            for s in out:  # a bracketed name no data places is of the list's one country ("Lower Shabelle")
                if opening < s.start and s.end <= close and s.label_ == PLACE and not attrs.get(s.kb_id_, {}).get("country"):
                    attrs[s.kb_id_] = {**attrs.get(s.kb_id_, {"name": s.text}), "country": iso3}
            have = attrs.get(span.kb_id_, {}).get("country")
            if not person and have and (have == iso3 or span.label_ != CITY):
                continue
            place = self.resolve_place(span.text, {iso3})
            if not person and have:
                # a town the gazetteer placed in another country than its brackets' ("Moura (Mopti)"
                # is no Moura in Portugal; "Paris (Texas)"): the one of its name there, else a place
                # of its own name in that country
                own = out[out.index(span)] = _place_span(doc, span.start, span.end, attrs, place) \
                    if place is not None and place[1].get("country") == iso3 else _place_span(doc, span.start, span.end, attrs)
                attrs[own.kb_id_] = {**attrs[own.kb_id_], "country": iso3}
                continue
            if place is not None and place[1].get("country") == iso3:
                out[out.index(span)] = _place_span(doc, span.start, span.end, attrs, place)
            elif person:
                own = out[out.index(span)] = _place_span(doc, span.start, span.end, attrs)
                attrs[own.kb_id_] = {**attrs[own.kb_id_], "country": iso3}
            else:  # a place of its own name, in that country
                attrs[span.kb_id_] = {**attrs.get(span.kb_id_, {"name": span.text}), "country": iso3}
        return out

    def _dateline(self, doc: Doc, lexical: list[Span], attrs: dict[str, dict],
                  countries: set[str]) -> tuple[list[tuple[int, int]], list[Span]]:
        """The token ranges of the document's datelines whose names are no actor (an agency, a
        place), and the place spans of those places: an agency in brackets or before a dateline is
        a credit; a place in capitals with its state, date or agency is the place GeoNames knows by
        that name in title case (among the document's countries first) or a place of its own name;
        a bare word before a dash ("AP - ", "AFP - ", "NEW YORK - ") is a credit when geokg's lexicon
        knows it as a news agency, a place when GeoNames does, else left to the model."""
        spans = doc.spans[DATELINE_KEY] if DATELINE_KEY in doc.spans else ()
        dropped: list[tuple[int, int]] = []
        heads: list[Span] = []
        for span in spans:
            name = span.text
            org = self.lexicon.own_org(name) if self.lexicon is not None else None
            if span.label_ == "CREDIT":
                if org is None or self.lexicon.attrs.get(org, {}).get("type") == "MEDIA":
                    dropped.append((span.start, span.end))
                continue
            if org is not None:
                if self.lexicon.attrs.get(org, {}).get("type") == "MEDIA":
                    dropped.append((span.start, span.end))  # "AFP - ", "Reuters - "
                continue  # "UNITED NATIONS (Reuters) - ": the body, in a sentence of its own
            if any(s.label_ in (COUNTRY, CAPITAL, CITY, PLACE) and s.start < span.end and span.start < s.end
                   for s in lexical):
                continue  # "US - ", "MOSCOW (Reuters) - ": a place the lexicon knows as written
            title = " ".join(w.title() if w.isupper() else w for w in name.split())
            if span.label_ == "LEAD" and not name.isupper():
                continue
            place = self.resolve_place(title, countries)
            if place is not None:
                attrs.setdefault(place[0], place[1])
                heads.append(Span(doc, span.start, span.end, label=CITY, kb_id=place[0]))
            elif span.label_ == "PLACE":
                key = f"place:{title}"
                attrs.setdefault(key, {"name": title, "country": None})
                heads.append(Span(doc, span.start, span.end, label=PLACE, kb_id=key))
            else:
                continue
            dropped.append((span.start, span.end))
        return dropped, heads

    def _city_of(self, doc: Doc, span: Span, attrs: dict[str, dict]) -> Span:
        """A country or place name followed by "City" is the city of that name ("Kuwait City",
        "MEXICO CITY 1996-08-30"), when GeoNames knows it."""
        if span.label_ not in (COUNTRY, CITY, PLACE) or span.end >= len(doc) \
                or doc[span.end].text not in ("City", "CITY"):
            return span
        name = f"{span.text.title() if span.text.isupper() else span.text} City"
        place = self.resolve_place(name)
        if place is None:
            return span
        key, a = place
        attrs.setdefault(key, a)
        return Span(doc, span.start, span.end + 1, label=CITY, kb_id=key)

    def _designations(self, doc: Doc, attrs: dict[str, dict]) -> list[Span]:
        texts = [t.text for t in doc]
        out = self._ships(doc, attrs, texts)
        for i, text in enumerate(texts):
            if not _ANY_STANDALONE.match(text):  # one regex first: most tokens match none
                continue
            for pattern, klass in _STANDALONE:
                if pattern.match(text):
                    name = text[:-1] if text.endswith("s") and not text[:-1].endswith("-") else text
                    key = f"weapon:{name}"
                    attrs.setdefault(key, {"name": name, "class": klass, "country": None})
                    out.append(Span(doc, i, i + 1, label=WEAPON, kb_id=key))
                    break
        for i, text in enumerate(texts[:-1]):
            end = i + 1
            if text[:1].isupper() and text.isalpha() and i + 3 < len(doc) and texts[i + 1] == "-" \
                    and _ROMAN.match(texts[i + 2]) and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
                end = i + 3  # "Agni-V"
            elif not _DESIGNATION.match(text):
                continue
            noun = self._designated(doc, end)
            if noun is None:
                continue
            name = doc[i:end].text
            key = f"weapon:{name}"
            lemma = noun.lemma_.lower()
            klass = "ballistic missile" if lemma in {"icbm"} else lemma
            attrs[key] = {"name": name, "class": klass, "country": None}
            out.append(Span(doc, i, end, label=WEAPON, kb_id=key))
        return out

    def _designated(self, doc: Doc, j: int):
        """The weapon noun a designation names: the word after it, or after up to two lower-case
        modifiers ("a Shaheen-III ballistic missile", "the KN-25 multiple rocket launcher")."""
        for k in range(j, min(len(doc), j + 3)):
            if doc[k].lower_ in self.words.designation:
                return doc[k]
            if not (doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN", "VERB")):
                return None
        return None

    def _ships(self, doc: Doc, attrs: dict[str, dict], texts: list[str]) -> list[Span]:
        """Named warships: a navy prefix and the capitalised name after it."""
        out = []
        for i, text in enumerate(texts):
            iso3 = _SHIP_PREFIXES.get(text)
            if iso3 is None:
                continue
            token = doc[i]
            end = token.i + 1
            # (a middle initial too: "USS Gerald R. Ford", "USS John F. Kennedy")
            while end < len(doc) and end - token.i <= 3 and doc[end].text[:1].isupper() and (doc[end].is_alpha or (
                    _INITIAL.match(doc[end].text) and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
                end += 1
            if end - token.i >= 2:
                name = doc[token.i:end].text
                key = f"weapon:{name}"
                attrs.setdefault(key, {"name": name, "class": "warship", "country": iso3})
                out.append(Span(doc, token.i, end, label=WEAPON, kb_id=key))
        return out

    def _unnoticed_places(self, doc: Doc, spans: list[Span], attrs: dict[str, dict], countries: set[str],
                          listed: list[tuple[int, int]], titled: "TitleCaseLines | None" = None) -> list[Span]:
        """A province or large city the model did not mark, named after a locative preposition
        ("fighting in Marib", "clashes near Kunduz"), capitalised, inside a sentence and clear of
        every other name: the prepositions and capitals keep common words ("Of", "Mobile") out."""
        if self._places is None:
            return []
        taken = {i for s in spans for i in range(s.start, s.end)} | {i for e in doc.ents for i in range(e.start, e.end)}
        # what the model calls a date, a people or a product ("the village of Ma’ardes" a DATE, "the
        # town of Halba" NORP) is no name of anything geokg makes, so the text calling it a place wins
        named = {i for s in spans for i in range(s.start, s.end)} | {
            i for e in doc.ents if e.label_ not in _NOT_NAME_LABELS | _NUMERIC_LABELS for i in range(e.start, e.end)}
        out = []

        def take_local(start: int, end: int, sizeable: bool = False) -> None:
            # a name made a place: the gazetteer's only in one of the document's countries (or, with
            # sizeable, a place large enough to be talked of abroad), else a place of its own name
            place = self.resolve_place(_with_region(doc, start, end, self.words), countries)
            if place is not None and place[1].get("country") not in countries and not (
                    sizeable and self._sizeable(doc[start:end].text, place[1].get("country"), countries)):
                place = None
            out.append(_place_span(doc, start, end, attrs, place))
            taken.update(range(start, end))
            named.update(range(start, end))

        strings = doc.vocab.strings
        matches = list(self._called(doc, as_spans=False)) if self._called is not None else []
        for match_id, s, e in list(matches):
            if strings[match_id] == "NOUN_OF_NAME" and doc[s].lower_.endswith("s") and doc[s].lower_ != "state":
                # each name of a list after a plural: "the villages of Al-‘Arfi and Mouzafeen"
                i = e
                while i + 1 < len(doc) and doc[i].lower_ in (",", "and") and not doc[i + 1].is_sent_start:
                    i += 1 if doc[i + 1].lower_ != "and" or i + 2 >= len(doc) else 2
                    j = i
                    while j < len(doc) and doc[j].pos_ == "PROPN" and re.match(_NAME_WORD, doc[j].text) and not doc[j].is_upper:
                        j += 1
                    if j == i:
                        break
                    matches.append((match_id, i - 2, j))  # (as if after the noun and "of")
                    i = j
        # (of the matches from one word, the longest first: "the village of Sheikh Najjar", not "Sheikh")
        for match_id, s, e in sorted(matches, key=lambda m: (m[1], -m[2])):
            # the name without the noun; the longest name the pattern allows, each word a name's
            kind = strings[match_id]
            start, end = {"NAME_THEN_NOUN": (s, e - 1), "NAME_THEN_LOCAL": (s, e - 2)}.get(kind, (s + 2, e))
            if kind == "NAME_THEN_NOUN":
                blocked = any(i in taken for i in range(start, end))
            elif kind == "NAME_THEN_LOCAL":  # (also what the model calls a people: "the Agatu local council")
                blocked = any(i in named for i in range(start, end))
            else:  # (a person, body or place named inside the name is the name: "the village of Sheikh Najjar")
                blocked = any(i in named and i not in _names_inside(doc, spans, start, end) for i in range(start, end))
            if blocked or doc[start].is_sent_start and start == s:
                continue
            if strings[match_id] == "NOUN_OF_NAME" and end < len(doc) and doc[end].pos_ == "PROPN" \
                    and re.match(_NAME_WORD, doc[end].text):
                continue  # a part of a longer name ("the village of Sheikh Najjar", "Najjar" a name the model finds)
            proper = all(t.pos_ == "PROPN" for t in doc[start:end])
            if not proper and not all(t.pos_ in ("PROPN", "ADJ") for t in doc[start:end]):
                continue
            area = strings[match_id] == "NAME_THEN_NOUN" and doc[end].lower_ not in self.words.place
            if area and not doc[end].is_lower:
                continue  # "the Handarat Refugee Camp": the noun is part of a name
            place = self.resolve_place(_with_region(doc, start, end, self.words), countries)
            if place is not None and area and place[1].get("country") not in countries and not self._sizeable(
                    doc[start:end].text, place[1].get("country"), countries, BIG_PLACE, subdivisions=False):
                # "the Ghat area of Doda district" (India): an area is no small town of another
                # country ("the east Aleppo countryside" is the city's)
                place = None if proper else place
            if place is None and not proper:
                continue  # "the southern Aleppo districts" (tagged an adjective): only a place GeoNames knows
            # (a place GeoNames does not know by this name is still the place the text calls it)
            out.append(_place_span(doc, start, end, attrs, place))
            taken.update(range(start, end))
            named.update(range(start, end))
        titled = TitleCaseLines(doc, self.words) if titled is None else titled
        for start, end in self._unnamed_runs(doc, taken | named | {i for e in doc.ents for i in range(e.start, e.end)}, titled):
            if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                continue  # part of a longer name
            # ("killed nine people at Gamba police station" (Kenya) is no town in Gabon)
            take_local(start, end, sizeable=True)
        for start, end in [*_listed_before_plural(doc, named, self.words),
                           *((a, b) for a, b in listed if not any(k in named for k in range(a, b)))]:
            # each name of a list before a plural place noun ("the Minyan and Al-Assad suburbs",
            # "raided Sibaya and Chiri villages"), also one the model calls a people or a product,
            # and of one after it ("raided four villages: Demsare, Wunamokoh and Taboungo")
            take_local(start, end)
        for start, end in self._transliterated_runs(doc, taken | named | {i for e in doc.ents for i in range(e.start, e.end)}, titled):
            # ("the villages of ‘Arak" near Homs is no Arāk in Iran, however large)
            take_local(start, end)
        for match in filter_spans([doc[s:e] for _, s, e in self._places(doc)]):
            start, end = match.start, match.end
            # (or its people follow: "Goma residents protested", also first in a sentence)
            dwellers = _dwellers_after(doc, end, self.words)
            if not dwellers and (start == 0 or not _placed_before(doc, start, self.words) or doc[start].is_sent_start):
                continue
            # (what the model calls a work or a product is no name geokg makes: "attacks on Aleppo
            # for the ninth consecutive day" a WORK_OF_ART, "their advance on Manbij" a PRODUCT)
            if any(i in named for i in range(start, end)) or not all(t.text[:1].isupper() for t in doc[start:end]):
                continue
            if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                continue  # part of a longer name ("in Kandahar Airfield")
            place = self.resolve_place(_with_region(doc, start, end, self.words), countries)
            if place is None:
                continue
            key, a = place
            attrs.setdefault(key, a)
            out.append(Span(doc, start, end, label=CITY, kb_id=key))
        return out

    def _unnamed_runs(self, doc: Doc, taken: set[int], titled: "TitleCaseLines") -> Iterator[tuple[int, int]]:
        """The runs of capitalised proper nouns no one marked, after a locative preposition or a
        verb of taking, that are the own name, letter for letter, of a GeoNames town of
        ``MIN_UNANCHORED`` inhabitants or more, or of one in the document's countries ("killed nine
        people at Gamba police station"; not "believe in God", Göd in Hungary); not on a title-case
        line, where every word is capitalised."""
        if self.lexicon is None or self.lexicon.places is None:
            return
        i = 1
        while i < len(doc):
            token = doc[i]
            if i in taken or token.pos_ != "PROPN" or token.is_sent_start or not re.match(_NAME_WORD, token.text) \
                    or token.is_upper or not _placed_before(doc, i, self.words):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and re.match(_NAME_WORD, doc[end].text):
                end += 1
            name = doc[i:end].text
            if i not in titled and any(c.name == name and c.population >= MIN_UNANCHORED for c in self.lexicon.places.get(name)) \
                    and self.lexicon.lookup(PERSON, name) is None and self.lexicon.lookup(ORG, name) is None:
                yield i, end
            i = end

    def _transliterated_runs(self, doc: Doc, taken: set[int], titled: "TitleCaseLines") -> Iterator[tuple[int, int]]:
        """The runs of capitalised words no one marked that are transliterated names, where a
        place stands (:func:`_before_transliterated`): one after an opening quote mark, the ayn of
        "the town of ‘Ibta", or with a quote mark inside a word ("inside Sheikh Sa’eed", "the
        outskirts of Bza’a", "in the Al-Sha’ar Mountains"). The model reads neither as a name (a
        mark stops a word's title case, and the tagger takes the word after an opening quote for
        a common noun), and GeoNames rarely has the spelling; an English word does not carry the
        mark ("O’Brien" and "D’Souza" are persons the model finds). Never a name the dictionaries
        know as a person or body, one followed by an owner's "’s", nor on a title-case line."""
        i = 1
        while i < len(doc):
            quoted = doc[i].text in _OPENING_MARKS and not doc[i].whitespace_ and i + 1 < len(doc) \
                and doc[i + 1].text[:1].isupper() and re.match(_NAME_WORD, doc[i + 1].text) is not None
            start = i + 1 if quoted else i
            end = start
            while end < len(doc) and end not in taken and (end == start or not doc[end].is_sent_start):
                token = doc[end]
                if re.match(_NAME_WORD, token.text) and not token.is_upper and (
                        token.pos_ == "PROPN" or end == start and quoted or _INNER_MARK.search(token.text)):
                    end += 1
                elif token.text == "-" and end > start and not doc[end - 1].whitespace_ and not token.whitespace_ \
                        and end + 1 < len(doc) and re.match(_NAME_WORD, doc[end + 1].text):
                    end += 1  # "Al-Sha’ar": the article's hyphen
                else:
                    break
            while end > start and doc[end - 1].text == "-":
                end -= 1
            if end == start:
                i += 1
                continue
            marked = quoted or any(_INNER_MARK.search(t.text) for t in doc[start:end])
            if not marked or start in taken or doc[start].is_sent_start and not quoted \
                    or not _before_transliterated(doc, i, self.words) \
                    or end < len(doc) and doc[end].lower_ in ("'s", "’s"):
                i = end
                continue
            name = doc[start:end].text
            if start not in titled and self.lexicon.lookup(PERSON, name) is None and self.lexicon.lookup(ORG, name) is None:
                yield start, end
            i = end

    def _called_places(self, doc: Doc, spans: list[Span], attrs: dict[str, dict], countries: set[str],
                       listed: list[tuple[int, int]]) -> list[Span]:
        """A name the model takes for a person or organisation that the text calls a place ("the
        town of Heet", "Khanasir town", "the villages of Soha and Uqayribat") is that place, known
        to GeoNames or not; one after a locative preposition ("took place in Charikar") is the place
        of its name when GeoNames knows a town of it as big as ``CALLED_PLACE`` (or of the
        document's countries), and no dictionary knows the name as a person or organisation."""
        out = []
        towns = {i for s in spans if s.label_ in (CITY, PLACE) for i in range(s.start, s.end)}
        listed = set(listed)
        for span in spans:
            if span.label_ not in (PERSON, ORG) or any(t.is_sent_start for t in span[1:]):
                out.append(span)
                continue
            called = _called_place(doc, span, self.words, known=self._known_actor(span.text)) or (
                # a name of a list after a plural place noun ("raided four villages: Demsare,
                # Wunamokoh and Taboungo"): a body's name, or a person's GeoNames knows as a place
                (span.start, span.end) in listed and (span.label_ == ORG or self._gazetteer_knows(span.text, countries))
                and not self._actor_evidence(doc, span))
            if not called and span.label_ == ORG and (_named_site(span, person=True) or (
                    len(span) >= 2 and span[-1].text in _ORG_SITES)) and _site_placed(doc, span, self.words):
                # "stormed the Heart Hospital", "clashes near the Badiyah Cement Factory": a
                # facility the text puts something in, or takes, is a place
                key = f"place:{span.text}"
                attrs.setdefault(key, {"name": span.text, "country": None})
                out.append(Span(doc, span.start, span.end, label=PLACE, kb_id=key))
                continue
            if called and span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in self.words.place:
                # "the Al-Assad Suburb", "the Harabish District": the noun is part of the name
                span = Span(doc, span.start, span.end + 1, label=span.label_, kb_id=span.kb_id_)
            place = self.resolve_place(_with_region(doc, span.start, span.end, self.words), countries) if called or _after_locative(doc, span, self.words) else None
            if place is not None and not called and (
                    self.lexicon.lookup(span.label_, span.text) is not None
                    or not (self._sizeable(span.text, place[1].get("country"), countries)
                            # (or a town of the document's countries by another of its names: "in
                            # northern Hama" is Ḩamāh, "in western Palmyra" Tadmur, in Syria)
                            or place[1].get("geonameid") and place[1].get("country") in countries)):
                place = None
            if place is not None:
                key, a = place
                attrs.setdefault(key, a)
                out.append(Span(doc, span.start, span.end, label=CITY, kb_id=key))
            elif called or _where_acted(doc, span, self.words, towns) and not self._known_actor(span.text):
                # (or a name GeoNames does not know where an act is done: "clashed with police in
                # Shah Wali Kot", "was murdered at Olangur", "stormed Gidan Gambo")
                name = span.text
                key = f"place:{name}"
                attrs.setdefault(key, {"name": name, "country": None})
                out.append(Span(doc, span.start, span.end, label=PLACE, kb_id=key))
            else:
                out.append(self._placed_by_position(doc, span, attrs, countries) or span)
        return out

    def _placed_by_position(self, doc: Doc, span: Span, attrs: dict[str, dict], countries: set[str]) -> Span | None:
        """A name the model calls a person or organisation that stands where a place stands
        (:func:`_place_position`) is a place, unless the document gives evidence it is not one
        (:meth:`_actor_evidence`): in a strong position any name ("infiltrate into Tel Abyad",
        "executed 120 people at Zara", "the offensive on Al-Breij"); in a weak one only a name the
        place gazetteer knows ("fled from Mubi", "between Tabit and El Fasher"). A person's name
        taken or seized ("captured Biju Hill") is a place only when the gazetteer knows it or its
        last word names a kind of site. It is the gazetteer's place when that one is of the
        document's countries or big enough to be meant elsewhere, else a place of its own name."""
        position = _place_position(doc, span, self.words)
        if position is None or not all(_NAME_PART.match(t.text) or t.is_punct or t.like_num for t in span):
            return None
        known = self._gazetteer_knows(span.text, countries)
        if position == "weak" and span.label_ == ORG and known:
            # (an organisation's name in a weak position is a town only of the document's countries:
            # "joined Milan from Torino" is the club)
            known = self._gazetteer_knows(span.text, countries, only_countries=True)
        if position in ("weak", "struck") and not known or position == "taken" and span.label_ == PERSON and not known \
                and span[-1].text not in _SITE_NOUNS:
            return None
        if self._actor_evidence(doc, span):
            return None
        place = self.resolve_place(_with_region(doc, span.start, span.end, self.words), countries) if known else None
        if place is not None and place[1].get("country") not in countries \
                and not self._sizeable(span.text, place[1].get("country"), countries):
            place = None  # a small town elsewhere of the name is more likely wrong than right
        if position == "struck" and span.label_ == PERSON and (place is None or not same_name(place[1].get("name", ""), span.text)):
            return None  # a person's name struck is a town only by the town's own name ("attacked Khan" is the man)
        return _place_span(doc, span.start, span.end, attrs, place)

    def _gazetteer_knows(self, name: str, countries: set[str], only_countries: bool = False) -> bool:
        """Whether the place gazetteer knows ``name``: by any of its names a place of
        ``CALLED_PLACE`` inhabitants ("Tadef", Tādif), by its own name one of ``MIN_UNANCHORED``, a
        subdivision, or a place of the document's countries; with ``only_countries``, only a place of
        the document's countries."""
        table = self.lexicon.places if self.lexicon is not None else None
        if table is None or not name[:1].isupper():
            return False
        return any((c.population >= CALLED_PLACE or same_name(c.name, n) and (
            c.population >= MIN_UNANCHORED or c.subdivision or c.iso3 in countries))
            and (c.iso3 in countries or not only_countries) for n in _article_forms(name) for c in table.get(n) + table.get(ascii_fold(n)))

    def _actor_evidence(self, doc: Doc, span: Span) -> bool:
        """Whether the document says ``span`` names a person or body: a dictionary knows it, a
        title or honorific stands before it or an office in apposition after it, an organisation's last word ends it ("Party",
        "Front", "Bank"), or a person the model finds elsewhere in the document has its last word
        ("John Zara ... at Zara")."""
        if self._known_actor(span.text) or span[-1].lower_ in self.words.body_end:
            return True
        if span.start > 0:
            before = doc[span.start - 1]
            if before.lower_.rstrip(".") in self._honorifics or (
                    before.text[:1].isupper() and before.lower_ in self._title_words):
                return True
        # an office in apposition after it: "near Kandahar, Ahmad Shah, the police chief, told"
        if any(c.dep_ == "appos" and c.i >= span.end and c.lower_ in self._title_words for t in span for c in t.children):
            return True
        # (a person's surname: the last word; of a one-word name, any word of the person's)
        last = span[-1].lower_
        return any(e.label_ == "PERSON" and not (e.start < span.end and span.start < e.end)
                   and (e[-1].lower_ == last or len(span) == 1 and any(t.lower_ == last for t in e)) for e in doc.ents)

    def _known_actor(self, name: str) -> bool:
        """Whether a dictionary knows ``name`` as a person or an organisation."""
        return self.lexicon is not None and any(self.lexicon.lookup(label, name) is not None for label in (PERSON, ORG))

    def _sizeable(self, name: str, iso3: str | None, countries: set[str], size: int = CALLED_PLACE,
                  subdivisions: bool = True) -> bool:
        """Whether ``name`` is the own name (in any transliteration: :func:`same_name`) of a GeoNames place in ``iso3`` of ``size`` inhabitants
        (of ``MIN_UNANCHORED`` in one of the document's ``countries``) or of a subdivision."""
        table = self.lexicon.places if self.lexicon is not None else None
        return table is not None and any(
            same_name(c.name, n) and c.iso3 == iso3
            and ((c.subdivision and subdivisions) or (not c.subdivision and c.population >= size)
                 or (iso3 in countries and c.population >= MIN_UNANCHORED))
            for n in _article_forms(name) for c in table.get(n) + table.get(ascii_fold(n)))

    def _other_capital(self, span: Span, named: set[str], attrs: dict[str, dict]) -> Span:
        """A capital's name in a document that names another country with a place of that name
        and not the capital's own: "Lebanese soldiers … in Tripoli" is Tripoli in Lebanon."""
        own = span.kb_id_.split(":", 1)[1]
        if own in named or not named:
            return span
        place = self.resolve_place(span.text, named)
        if place is None or place[1].get("country") not in named:
            return span
        key, a = place
        attrs.setdefault(key, a)
        return Span(span.doc, span.start, span.end, label=CITY, kb_id=key)

    def _subdivision_countries(self, doc: Doc, taken: set[int]) -> set[str]:
        """The countries of the provinces and states the model finds by their own name, where the
        name is no large place of another country: "Caterham, Surrey, England" lies in the United
        Kingdom (so Surrey is the county, not the Canadian city), "Junction City, Kansas" in the
        United States. Not "Surrey" alone (a city of 500,000 in Canada), nor "Punjab" (a state of
        India and a province of Pakistan)."""
        table = self.lexicon.places if self.lexicon is not None else None
        out: set[str] = set()
        if table is None:
            return out
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC") or any(i in taken for i in range(ent.start, ent.end)):
                continue
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            words = name.split()
            if len(words) >= 2 and words[-1].lower() in self.words.region and not table.get(name):
                # "Borno State", "Luhansk Region", "Idlib Governorate": the kind word says it is the
                # subdivision, whatever town bears its name; of same-named subdivisions those of the
                # kind named ("Punjab Province" is Pakistan's, "Punjab state" India's)
                base, kind = " ".join(words[:-1]), words[-1].lower().removesuffix("s")
                subs = [c for c in table.get(base) or table.get(ascii_fold(base)) if c.subdivision
                        and same_name(c.name, base)]
                subs = [c for c in subs if c.kind == kind] or subs
                if len({c.iso3 for c in subs}) == 1:
                    out.add(subs[0].iso3)
                continue
            if name.lower() in self.words.compass:
                continue  # "the West" names no country's province of that name
            cands = table.get(name)
            subs = {c.iso3 for c in cands if c.subdivision and skeleton(c.name) == skeleton(name)}
            if len(subs) == 1 and not any(c.iso3 not in subs and c.population >= BIG_PLACE for c in cands):
                out |= subs
            elif not subs:
                # a large city of its own name in one country only: "in northeast Aleppo" (Syria)
                big = {c.iso3 for c in cands if not c.subdivision and c.population >= BIG_PLACE
                       and skeleton(c.name) == skeleton(name)}
                if len(big) == 1 and not any(c.iso3 not in big and c.population >= MIN_UNANCHORED for c in cands):
                    out |= big
        return out

    def _org_span(self, doc: Doc, start: int, end: int, text: str, attrs: dict) -> Span:
        """An organisation's span: the lexicon's entry for its name, or one of the document's own."""
        key = self.lexicon.lookup(ORG, text)
        if key is not None:
            attrs.setdefault(key, self.lexicon.attrs[key])
        else:
            key = f"org:{text}"
            attrs.setdefault(key, {"name": text, "type": _guess_org_type(text), "country": None})
        return Span(doc, start, end, label=ORG, kb_id=key)

    def _place_not_person(self, text: str, words: int, countries: set[str],
                          resolve_as: str | None = None) -> tuple[str, dict] | None:
        """One word the model calls a person that is a large place (a city of ``BIG_PLACE``
        inhabitants or a province) of a country the document names: "Separatists shelled
        Luhansk, Ukrainian officials said"."""
        table = self.lexicon.places if self.lexicon is not None else None
        if table is None or words != 1 or not countries:
            return None
        if not any(c.iso3 in countries and (c.population >= BIG_PLACE or c.subdivision) for c in table.get(text)):
            return None
        return self.resolve_place(resolve_as or text, countries)

    def _bracketed_country(self, doc: Doc, i: int) -> set[str]:
        """The one country of the name in brackets at token ``i`` ("(Northern Samar)"), if any."""
        if i >= len(doc) or doc[i].text != "(":
            return set()
        close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
        found = self.place_countries(doc[i + 1:close].text) if close is not None and close > i + 1 else set()
        return found if len(found) == 1 else set()

    def place_countries(self, text: str) -> set[str]:
        """The countries with a GeoNames place or ISO 3166-2 subdivision of exactly this name
        (a trailing word of region aside: "Erbil governorate")."""
        table = self.lexicon.places if self.lexicon is not None else None
        words = text.split()
        if len(words) >= 2 and words[-1].lower() in self.words.region:
            text = " ".join(words[:-1])
        return set() if table is None else {c.iso3 for c in table.get(text) or table.get(ascii_fold(text)) or ()}

    def resolve_place(self, text: str, countries: set[str] | frozenset = frozenset()) -> tuple[str, dict] | None:
        """The place a name stands for, as (key, attributes): among the GeoNames places and ISO
        3166-2 subdivisions of that name, those in the document's ``countries`` first, then the most
        populous. "Idlib province" is the province, "Idlib" the city. A name known only as a small
        place (under ``MIN_UNANCHORED`` inhabitants) in none of the document's countries is left
        unplaced: a same-named village elsewhere is more likely wrong than right."""
        table = self.lexicon.places if self.lexicon is not None else None
        if table is None:
            return None
        name, region = text, False
        words = text.split()
        if len(words) >= 2 and words[-1].lower() in self.words.region:
            name, region = " ".join(words[:-1]), True

        def lookup(n: str):
            # the letters alone as a last resort: a small place by them only in the document's
            # countries ("Qabasin" is Qabbāsīn in Syria; "Shaab" in Baghdad no Sha‘ab in Israel)
            return table.get(n) or table.get(ascii_fold(n)) or [
                c for c in table.get_skeleton(n) if c.population >= ALTERNATES_FROM or c.subdivision or c.iso3 in countries]

        cands = lookup(name)
        article = _ARTICLE.match(name)
        if not cands and article:  # "Al-Raqqa" is Raqqa (Ar Raqqah), "El-Arish" Arish
            rest = name[article.end():]
            cands = lookup(rest)
            name = rest
        if not cands and len(words) >= 2 and words[-1] in ("City", "city"):
            # "Aleppo City", "Deir Ezzor City": the city GeoNames knows without the word
            rest = " ".join(words[:-1])
            cands = [c for c in lookup(rest) if not c.subdivision]
            name = rest
        if not cands:
            return None
        if region and not any(c.subdivision for c in cands):
            # "Hama province": the province its town's own name names in the town's country (ISO
            # 3166-2 writes "Ḩamāh", GeoNames' town of that name is also "Hama")
            towns = {(c.iso3, loose_skeleton(c.name)) for c in cands}
            cands = [s for c in cands for s in table.get_skeleton(c.name)
                     if s.subdivision and (s.iso3, loose_skeleton(s.name)) in towns] or cands
        if region:
            cands = [c for c in cands if c.subdivision] or cands
            # of same-named subdivisions, those of the kind the text names ("Plateau State": the
            # Nigerian state, not Benin's department)
            kind = words[-1].lower().removesuffix("s")
            cands = [c for c in cands if c.kind == kind] or cands
        local = [c for c in cands if c.iso3 in countries]
        if name.lower() in self.words.compass and not region:
            return None  # "the West", "the North": no province nor town of that name without a kind word
        if local:
            best = local[0]
            if not best.subdivision and _consonants(best.name) != _consonants(name):
                # a subdivision of its own name before a town that has it only as an alternate
                # name: "Goa" in a text naming India is the state, not Mormugao
                best = next((c for c in local if c.subdivision and skeleton(c.name) == skeleton(name)), best)
        elif len({c.iso3 for c in cands if c.subdivision}) > 1 and all(c.subdivision for c in cands):
            # subdivisions of one name in several countries, none of them the document's, have no
            # size to choose by: "Eastern Province" in a text about Saudi Arabia is none of Rwanda's,
            # Zambia's or Sierra Leone's
            return None
        else:
            # GeoNames' alternate names are noisy ("Yida" is one of Jeddah's): one that is not the
            # place's own name places nothing outside the document's countries, and only a large
            # place when the document names none
            own = [c for c in cands if same_name(c.name, name)]  # "Ma'rib" is "Marib", "Ḩamāh" "Hama"
            if not countries:
                # ... and, in a text that names no country, but for the Arabic article ("Raqqa" and
                # "Ar Raqqah"; where it names one, only a large place: "Al-Rashidiyah" in a text on
                # Syria is no Ar Rāshidīyah in the Emirates)
                own += [c for c in cands if c not in own and same_name_but_article(c.name, name)]
            # and never a town that bears the name as its own unless ten times its size ("Yala" is
            # the Thai town and province, not Patan in Nepal; "Canton" Guangzhou, not Canton, Ohio)
            own_size = max((c.population for c in own), default=0)
            # (a large place whose name is the text's but for the Arabic article GeoNames writes is
            # that place whatever countries the document names: "Raqqa" is Ar Raqqah beside "the
            # US-led coalition")
            others = [c for c in cands if c not in own and (not countries or same_name_but_article(c.name, name))
                      and c.population >= BIG_PLACE and (own_size < MIN_UNANCHORED or c.population >= 10 * own_size)]
            cands = sorted(own + others, key=lambda c: -c.population)
            if not cands or cands[0].population < MIN_UNANCHORED:
                return None
            best = cands[0]
            # a place whose own name is the text's letter for letter before a larger one the text
            # writes without its diacritics, unless that one is ten times its size: "Bali" with no
            # country named is the Indonesian province, not Bāli in India (nor "Sao Paulo" a village
            # of that spelling rather than São Paulo)
            spelt = [c for c in cands if c.name == name and c.population >= MIN_UNANCHORED]
            if spelt and best.name != name and ascii_fold(best.name) == name and spelt[0].population * 10 >= best.population:
                best = spelt[0]
        if best.subdivision and not region:
            # a province named after its seat: the name alone is the town ("in Yala", "in Daraa"),
            # "Yala province" the province
            seat = next((c for c in cands if c.seat and c.iso3 == best.iso3 and skeleton(c.name) == skeleton(best.name)), None)
            best = seat or best
        return _candidate_place(best)

    def _from_ner(self, doc: Doc, ent: Span, attrs: dict[str, dict], countries: set[str] = frozenset()) -> Span | None:
        # trim determiners, possessive markers and stray punctuation at the edges
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
            start += 1
        if ent.label_ == "PERSON":
            while end - start > 1 and doc[start].lower_.rstrip(".") in self._honorifics:
                start += 1  # "Dr. Sanjay Gupta" is Sanjay Gupta
        while end > start and (doc[end - 1].lower_ in {"'s", "’s"} or doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        start, end = _within_brackets(doc, start, end)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if ent.label_ in ("GPE", "LOC") and (longer := _hyphenated_end(doc, end)) > end \
                and self.resolve_place(doc[start:longer].text, countries) is not None:
            end = longer  # "Mazar-i-Sharif", a known place whose first word the model calls the place
        elif ent.label_ in ("GPE", "LOC") and (longer := _compound_end(doc, end)) > end \
                and doc[end].lower_ not in self.words.region \
                and self.resolve_place(doc[start:longer].text, countries | self._bracketed_country(doc, longer)) is not None:
            # "Las Navas (Northern Samar)": a known place of two words whose first the model calls
            # the place, in the document's countries or the one its brackets name
            end = longer
        if start >= end or any("\n" in t.text for t in doc[start:end]):
            return None
        text = normalize_name(doc[start:end].text, org=ent.label_ == "ORG")
        if not text:
            return None
        if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART") and _named_site(doc[start:end], person=ent.label_ == "PERSON"):
            # "the Handarat Refugee Camp", "Tall Kurdi", "the Deir Ezzor Military Airport": a site
            # the model takes for a body or a person is a place where things happen, as its FAC is;
            # a town of the document's countries by its name ("Kafr Saghir", "Deir Hafer") is that town
            town = self.resolve_place(text, countries) if doc[start].text in _SITE_PREFIXES and countries else None
            if town is not None and town[1].get("country") in countries and town[1].get("geonameid"):
                attrs.setdefault(town[0], town[1])
                return Span(doc, start, end, label=CITY, kb_id=town[0])
            key = f"place:{text}"
            attrs.setdefault(key, {"name": text, "country": None})
            return Span(doc, start, end, label=PLACE, kb_id=key)
        if ent.label_ == "PERSON" and end < len(doc) and doc[end].lower_ in self.words.body and doc[end].head.i != start \
                and doc[end - 1].head.i == end:
            # "the Haqqani network", "the Wagner group", "the Gulen movement": a name the model calls a
            # person that names a body after it is that body (a known one by its lexicon entry)
            return self._org_span(doc, start, end + 1, normalize_name(doc[start:end + 1].text, org=True), attrs)
        if ent.label_ == "PERSON":
            if not any(c.isupper() for c in text):
                return None
            place = self._place_not_person(text, end - start, countries, _with_region(doc, start, end, self.words))
            if place is None and end - start == 1 and not _in_longer_person(doc, start):
                # (a town of its people: "Kherson residents", "residents of Kherson", as a town
                # after a locative preposition is, at ``CALLED_PLACE``)
                dwelt = _dwellers_after(doc, end, self.words) or _dwellers_before(doc, start, self.words)
                place = self._mislabelled_place(text, countries, CALLED_PLACE if dwelt else WORLD_CITY,
                                                resolve_as=_with_region(doc, start, end, self.words))
            if place is not None:
                key, a = place
                attrs.setdefault(key, a)
                return Span(doc, start, end, label=CITY, kb_id=key)
            key = self.lexicon.lookup(PERSON, text)  # a person the Phoenix dictionary knows
            org = self.lexicon.own_org(text) if key is None else None
            if org is not None:
                # "Al-Shabab claimed ...": a name geokg's own lexicon gives an organisation, in
                # another case or spelling, is that organisation, whatever the model calls it
                attrs.setdefault(org, self.lexicon.attrs[org])
                return Span(doc, start, end, label=ORG, kb_id=org)
            if key is not None:
                attrs.setdefault(key, self.lexicon.attrs[key])
            else:
                key = f"person:{text}"
                attrs.setdefault(key, {"name": text})
            return Span(doc, start, end, label=PERSON, kb_id=key)
        if ent.label_ == "ORG":
            if text.lower() in self.words.not_org or not any(c.isalpha() for c in text):
                return None
            return self._org_span(doc, start, end, text, attrs)
        if ent.label_ in ("GPE", "LOC", "FAC"):
            if doc[end - 1].lower_ in WEEKDAYS:
                return None  # "on Easter Sunday", "Palm Sunday": a day the model takes for a site
            if not any(c.isupper() for c in text):
                return None  # "its new spring military offensive": words in lower case name no place, as no person
            if text.lower() in self.words.compass and not (end < len(doc) and doc[end].lower_ in self.words.region):
                return None  # "denounced the West", "in the North": a compass point alone is no place
            # "the Deir Ezzor Governorate" (the model's FAC "the Deir Ezzor"): a region by its name
            region = end < len(doc) and doc[end].lower_ in self.words.region and (ent.label_ != "FAC" or doc[end].is_title)
            label = "GPE" if region else ent.label_
            place = self.resolve_place(f"{text} {doc[end].text}" if region else text, countries) if label != "FAC" else None
            if label == "FAC" and " " not in text:
                # a town the model calls a facility ("shelled Kharkiv"): one of its own name, of the
                # document's countries or big enough to be meant elsewhere
                town = self.resolve_place(text, countries)
                if town is not None and town[1].get("geonameid") and (town[1].get("country") in countries or self._sizeable(
                        text, town[1].get("country"), countries, CALLED_PLACE, subdivisions=False)):
                    place = town
            if place and label == "LOC" and place[1].get("country") not in countries \
                    and not self._sizeable(text, place[1].get("country"), countries,
                                           CALLED_PLACE if _after_locative(doc, doc[start:end], self.words) else BIG_PLACE,
                                           subdivisions=False):
                # a region the model calls LOC is a town only in a country the text names, or a
                # city of its own name of ``BIG_PLACE`` ("a square in Kohat"), of ``CALLED_PLACE``
                # right after a locative preposition ("fighting in Bakhmut")
                place = None
            if place:
                key, a = place
                attrs.setdefault(key, a)
                return Span(doc, start, end, label=CITY, kb_id=key)
            if label == "GPE" and _person_by_place(doc, start, end, self.words):
                # "Millan, 41, was shot", "assailants shot Oudeh": a name no gazetteer knows that
                # the text gives an age or harms as a person is one
                key = self.lexicon.lookup(PERSON, text) or f"person:{text}"
                attrs.setdefault(key, self.lexicon.attrs.get(key) or {"name": text})
                return Span(doc, start, end, label=PERSON, kb_id=key)
            # a named site (the model's FAC: "Times Square", "the Erawan Shrine", "Kandahar Airfield")
            # is a place where things happen, never a town of its name
            key = f"place:{text}"
            attrs.setdefault(key, {"name": text, "country": None})
            return Span(doc, start, end, label=PLACE, kb_id=key)
        if ent.label_ == "NORP" and end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.words.place \
                and all(t.pos_ == "PROPN" for t in doc[start:end]) and doc[end].head.i != start \
                and (start == 0 or doc[start - 1].lower_ not in ("the", "a", "an")) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in doc[end].children) \
                and self.lexicon.lookup(ORG, text) is None:
            # "attacks on Akida village", "in Mbuta village": a name the model takes for a people
            # before a place noun, with no article, is the place's own name ("a remote Sunni region",
            # "the Shi'ite neighbourhood of Kadhimiya": a people's); one GeoNames or ISO 3166-2
            # knows as a place of the document's countries or "X province" is that place
            place = self.resolve_place(_with_region(doc, start, end, self.words), countries)
            if place is None or not (place[1].get("country") in countries or doc[end].lower_ in self.words.region):
                # else a large place of its own name anywhere ("rained down on Aleppo city" in a
                # text naming no country)
                place = self._mislabelled_place(text, countries, BIG_PLACE, subdivisions=False)
            if place is not None:
                attrs.setdefault(place[0], place[1])
                return Span(doc, start, end, label=CITY, kb_id=place[0])
            key = f"place:{text}"
            attrs.setdefault(key, {"name": text, "country": None})
            return Span(doc, start, end, label=PLACE, kb_id=key)
        if ent.label_ in _NOT_NAME_LABELS and not any(t.pos_ == "ADJ" for t in doc[start:end]):
            # "struck Aleppo" tagged NORP, "Aleppo and Homs" a work of art: a large place's own
            # name under a label geokg makes no actor of is that place
            # (after a locative preposition or a verb of taking, a town of ``CALLED_PLACE``: "their
            # advance on Manbij" a PRODUCT)
            place = self._mislabelled_place(text, countries, CALLED_PLACE if start > 0 and _placed_before(
                doc, start, self.words) else BIG_PLACE)
            if place is not None:
                key, a = place
                attrs.setdefault(key, a)
                return Span(doc, start, end, label=CITY, kb_id=key)
        return None

    def _mislabelled_place(self, text: str, countries: set[str], size: int,
                           subdivisions: bool = True, resolve_as: str | None = None) -> tuple[str, dict] | None:
        """The place ``text`` is the own name of — a GeoNames place of ``size`` inhabitants or (when
        ``subdivisions``) a province — when the model gave it a label of another kind; None for
        anything smaller or known only by an alternate name. Only such a place is taken, never a
        smaller one of the name elsewhere: "Kent" as a province is the English county, not Kent,
        Washington."""
        table = self.lexicon.places if self.lexicon is not None else None
        if table is None or not text[:1].isupper():
            return None
        qualify = [c for c in table.get(text) + table.get(ascii_fold(text))
                   if same_name(c.name, text) and (c.population >= size or (subdivisions and c.subdivision))]
        if not qualify:
            return None
        place = self.resolve_place(resolve_as or text, countries)
        if place is not None and place[1].get("country") not in countries | {c.iso3 for c in qualify} and not any(
                (c.geonameid and c.geonameid == place[1].get("geonameid"))
                or (c.subdivision and c.subdivision == place[1].get("iso3166_2")) for c in qualify):
            best = max(qualify, key=lambda c: c.population)
            # (unless the place the name is an alternate of is ten times its size, as the gazetteer
            # rules: "Calcutta" is Kolkata, not Calcutta in South Africa)
            if (place[1].get("population") or 0) < 10 * best.population:
                return _candidate_place(best)
        return place

    def _titled_names(self, doc: Doc, spans: list[Span], taken: set[int], attrs: dict[str, dict]) -> list[Span]:
        """A name the NER missed right after a title: "Secretary of State Antony Blinken"."""
        out = []
        for span in spans:
            if span.label_ != TITLE:
                continue
            i = span.end
            limit = min(len(doc), span.end + 5)
            while i < limit and i not in taken and (
                doc[i].lower_ in {"of", "and", "for", "&"} or doc[i].lower_ in self._title_words
            ):
                i += 1
            j = i
            while j < limit and j not in taken and _NAME_RE.match(doc[j].text) and doc[j].pos_ == "PROPN":
                j += 1
            if j - i >= 2:
                text = doc[i:j].text
                key = f"person:{text}"
                attrs.setdefault(key, {"name": text})
                out.append(Span(doc, i, j, label=PERSON, kb_id=key))
                taken.update(range(i, j))
        return out


_DIRECTIONS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
               "Upper", "Lower", "Greater", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern",
               "Northwestern", "Southeastern", "Southwestern"}


def _within_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name cut at a bracket it opens or closes but does not close or open: the model's
    "Tahoua (Niger" (of "in Tahoua (Niger) suspected ...") is "Tahoua"; "Niger) said" is "said"'s."""
    depth = 0
    for i in range(start, end):
        if doc[i].text in ("(", "["):
            depth += 1
            if not any(doc[j].text in (")", "]") for j in range(i + 1, end)):
                return start, i
        elif doc[i].text in (")", "]"):
            if depth == 0:
                start = i + 1
            else:
                depth -= 1
    return start, end


def _names_inside(doc: Doc, spans: list[Span], start: int, end: int) -> set[int]:
    """The tokens of the names of persons, bodies and places (not states) found inside ``start:end``
    ("the village of Tal Al-‘Eiss": "Tal" a town of the model's)."""
    states = {i for s in spans if s.label_ in (COUNTRY, CAPITAL, DEMONYM) for i in range(s.start, s.end)}
    return {i for s in [*spans, *doc.ents] if s.label_ in (PERSON, ORG, PLACE, CITY, "PERSON", "ORG", "GPE", "LOC", "FAC")
            and start <= s.start and s.end <= end and (s.start, s.end) != (start, end)
            for i in range(s.start, s.end)} - states


def _calling_apposition(noun, words: PlaceWords, named_noun: bool = False) -> bool:
    """A place noun in apposition that calls the name beside it a place ("Azaz, a strategic city"),
    a common noun, not a word of a name ("DETROIT 4 Kansas City 0") nor one naming another place
    ("the SAA controlled village of Kawkab"); with ``named_noun`` (the noun before the name) not one
    named itself ("the deputy governor of the Tyumen region, Oleg Chemezov"; but "Jaba (Quneitra
    province)" is a place of the province)."""
    return noun.is_lower and noun.lower_ in words.apposition and not any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ in ("controlled", "held", "besieged", "occupied")
        or (named_noun and c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)



def _person_by_place(doc: Doc, start: int, end: int, words: PlaceWords) -> bool:
    """Whether the text treats a name as a person's by where it stands: an age in commas after it
    ("Millan, 41, was shot"), or the object or passive subject of a verb done only to people
    (``people_verb``: "assailants shot Oudeh", "Zubaydah was shot and wounded")."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," \
            and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120:
        return True
    root = doc[start:end].root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" \
        and root.head.lemma_.lower() in words.people_verbs


def _place_span(doc: Doc, start: int, end: int, attrs: dict[str, dict], place: tuple[str, dict] | None = None) -> Span:
    """The span ``doc[start:end]`` as a place: the gazetteer's ``place`` (key, attributes) when
    given, else a place of its own name with no country."""
    if place is not None:
        key, a = place
        attrs.setdefault(key, a)
        return Span(doc, start, end, label=CITY, kb_id=key)
    name = doc[start:end].text
    key = f"place:{name}"
    attrs.setdefault(key, {"name": name, "country": None})
    return Span(doc, start, end, label=PLACE, kb_id=key)

def _called_place(doc: Doc, span: Span, words: PlaceWords, known: bool = False) -> bool:
    """Whether the text calls ``span`` a place: "Damboa town", "the town of Heet", "the districts
    of Al-Baghiliyah and Al-Rashidiyah" (each name of the list); of a name no dictionary knows
    (not ``known``), also "the Qassab tower"."""
    after = span.end
    while after + 1 < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
        after += 1  # (across a no-break space: "Al-Haffah\xa0city")
    if after < len(doc) and (doc[after].lower_ in words.place | words.area or not known and (
            doc[after].lower_ in words.named_site and doc[after].is_lower and doc[after].pos_ == "NOUN")) \
            and (not doc[after].is_title or span.label_ == PERSON or doc[after].lower_ in words.province):
        return True  # "Khanasir town", "the Al-Assad Suburb" (a person's name is no district's)
    root = span.root
    if root.dep_ in ("oprd", "dobj", "attr") and root.head.lemma_.lower() in ("call", "name") \
            and root.head.tag_ == "VBN" and root.head.dep_ == "acl" and root.head.head.is_lower \
            and root.head.head.lower_ in words.naming and root.head.head.i < span.start:
        return True  # "a place called Teiba", "a small village named Tabit"
    if span.end + 1 < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN" \
            and doc[span.end].dep_ == "compound" and doc[span.end + 1].is_lower and doc[span.end + 1].lower_ in words.area:
        return True  # "the Barad regime checkpoint", "the Kfar Nabl border crossing"
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "local" and doc[span.end + 1].lower_ in ("council", "government"):
        return True  # "the Ukum local council", "Guma local government area" (Nigeria's LGAs)
    if span.end < len(doc) and doc[span.end].lower_ in ("and", ","):
        # a name listed before a plural place noun: "the Idlib and Hama governorates", "the
        # Al-Assad and Minyan suburbs", "the Al-Hussiniyah, Al-Jubeileh, and Al-Hamidiyah districts"
        i = span.end
        while i < len(doc) and i - span.end <= 12 and (doc[i].lower_ in ("and", ",", "-") or (
                doc[i].pos_ == "PROPN" and re.match(_NAME_WORD, doc[i].text))):
            i += 1
        if i < len(doc) and doc[i - 1].pos_ == "PROPN" and doc[i].is_lower and doc[i].lower_ in words.plural_place:
            return True
    if root.dep_ == "poss" and root.head.is_lower and root.head.lower_ in words.owned_part and root.head.i > root.i:
        return True  # "Grozny's streets", "Kafr Saghir's outskirts": the owner of a part of a town is a town
    if any(_calling_apposition(c, words) and c.i >= span.end for c in root.children) \
            or (root.dep_ == "appos" and _calling_apposition(root.head, words, named_noun=True) and root.head.i < span.start):
        return True  # "Azaz, a strategic city near the Turkish border", "Pakistan's largest city, Karachi"
    i = span.start - 1
    while i >= 1 and span.start - i <= 12:
        word = doc[i]
        if word.lower_ == "of":  # (not an owner: "in the vicinity of John Smith's house")
            return doc[i - 1].lower_ in words.calling and not (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
        if not (word.text in (",", "and") or word.text[:1].isupper() or word.is_punct):
            return False
        i -= 1
    return False


def _dwellers_after(doc: Doc, end: int, words: PlaceWords) -> bool:
    """Whether a lower-case noun of a place's people follows a name ("Goma residents")."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in words.dwellers


def _dwellers_before(doc: Doc, start: int, words: PlaceWords) -> bool:
    """Whether a noun of a place's people and "of" come before a name ("residents of Goma")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in words.dwellers


def _placed_before(doc: Doc, start: int, words: PlaceWords) -> bool:
    """Whether the words before ``start`` say a place follows: a locative preposition ("fighting
    in Marib"), one and a direction word ("in northern Aleppo"), or a lower-case place noun and "of"
    ("the rebel stronghold of Donetsk", "the outskirts of Kabul")."""
    i = start - 1
    if i >= 1 and doc[i].lower_ in words.direction:
        i -= 1
    if doc[i].lower_ in _PLACE_PREPS or doc[i].lower_ in ("on", "against", "throughout"):
        return True  # "attacks on Aleppo", "an offensive against Mosul"
    if doc[start].dep_ == "dobj" and doc[start].head.i == i and doc[i].pos_ == "VERB" \
            and doc[i].lemma_.lower() in words.taking | words.striking:
        return True  # "airstrikes hit Aleppo", "the army entered Manbij": a verb of striking or taking a place
    if _dwellers_before(doc, start, words):
        return True  # "Residents of Goma protested", "the people of Kherson"
    return doc[i].lower_ == "of" and i >= 1 and doc[i - 1].is_lower and doc[i - 1].lower_ in words.part_of


def _listed_before_plural(doc: Doc, named: set[int], words: PlaceWords) -> list[tuple[int, int]]:
    """The names of a list of two or more before a lower-case plural place noun that nothing
    names yet: "the Minyan and Al-Assad suburbs", "Sibaya and Chiri villages", "the Shuqayf and
    Bustan Al-Basha districts"; each a run of capitalised proper nouns (an article's hyphen
    inside), the runs parted by "and" or a comma; not when the model calls every one a people."""
    out = []
    for n in range(2, len(doc)):
        if not (doc[n].is_lower and doc[n].lower_ in words.plural_place):
            continue
        runs, end, i = [], n, n - 1
        while i >= 0:
            t = doc[i]
            if t.text[:1].isupper() and re.match(_NAME_WORD, t.text) and not t.is_upper and t.pos_ == "PROPN" \
                    and not t.is_sent_start or t.text == "-" and i + 1 < end and not t.whitespace_:
                i -= 1
                continue
            if t.lower_ in ("and", ",") and i + 1 < end:
                runs.append((i + 1, end))
                end = i
                i -= 1
                continue
            break
        if i + 1 < end:
            runs.append((i + 1, end))
        runs = [(a, b) for a, b in runs if doc[a].text != "-"]
        # (not peoples, each of them: "the Shia and Sunni areas", "the Kurdish and Arab villages")
        if len(runs) >= 2 and doc[runs[-1][0] - 1].lower_ not in ("and", ",") \
                and not all(doc[k].ent_type_ == "NORP" for a, b in runs for k in range(a, b)):
            out += [(a, b) for a, b in runs if not any(k in named for k in range(a, b))]
    return out


# what opens a list of the names of the places a plural place noun counts: "four villages: A, B
# and C", "three villages -- A, B, and C --", "two villages; namely A and B"
LIST_OPENERS = frozenset({":", "--", "—", "–", "namely"})


def _listed_after_plural(doc: Doc, words: PlaceWords) -> list[tuple[int, int]]:
    """The names of a list after a lower-case plural place noun and a colon, a dash or "namely"
    ("raided four villages: Demsare, Wunamokoh and Taboungo", "attacked three villages -- Gaya,
    Fa'a, and Zang --"): each a run of capitalised words (an Arabic article or particle inside),
    the runs parted by commas and "and"; the list ends at any other word."""
    out = []
    for n in range(len(doc) - 2):
        if not (doc[n].is_lower and doc[n].lower_ in words.plural_place):
            continue
        i = n + 1
        if i < len(doc) and doc[i].text in (";", ",") and i + 1 < len(doc) and doc[i + 1].lower_ == "namely":
            i += 1
        if i >= len(doc) or doc[i].lower_ not in LIST_OPENERS:
            continue
        i += 1
        runs = []
        while i < len(doc):
            j = i
            while j < len(doc) and (re.match(_NAME_WORD, doc[j].text) and not doc[j].is_upper and not doc[j].is_sent_start
                                    or j > i and doc[j].lower_ in ("al", "el", "ash", "as", "ad", "ar", "bin", "ibn")
                                    and j + 1 < len(doc) and re.match(_NAME_WORD, doc[j + 1].text)):
                j += 1
            if j == i:
                break
            runs.append((i, j))
            while j < len(doc) and doc[j].lower_ in (",", "and"):
                j += 1
            if j == runs[-1][1]:
                break
            i = j
        out += runs
    return out


# an opening quote mark before a transliterated name (the ayn: "‘Ibta"), and one inside a word of it
_OPENING_MARKS = frozenset({"‘", "’", "'"})
_INNER_MARK = re.compile(r"[A-Za-z][‘’'][A-Za-z]")


def _before_transliterated(doc: Doc, i: int, words: PlaceWords) -> bool:
    """Whether the words before ``doc[i]`` say a place follows (:func:`_placed_before`), also
    across "the" and a direction word ("in the Al-Sha’ar Mountains", "near the key town of ‘Ibta")."""
    j = i - 1
    if j >= 1 and doc[j].lower_ == "the":
        j -= 1
    if j >= 1 and doc[j].lower_ in words.direction:
        j -= 1
    if j < 0:
        return False
    prev = doc[j]
    if prev.lower_ in _PLACE_PREPS or prev.lower_ in ("on", "against", "throughout"):
        return True
    if prev.pos_ == "VERB" and prev.lemma_.lower() in words.taking | words.striking:
        return True  # "captured ‘Arak", "targeting the Al-Sha’ar Gas Fields"
    return prev.lower_ == "of" and j >= 1 and doc[j - 1].is_lower and doc[j - 1].lower_ in words.part_of


def _after_locative(doc: Doc, span: Span, words: PlaceWords) -> bool:
    """A name right after a locative preposition ("in Charikar", "fighting across Helmand"), or the
    object of a verb of taking a place ("stormed Najarah", "captured Birao", "enter Al-Bab"), the
    last word of its name."""
    taken = span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in words.taking
    before = span.start - 1
    directed = before >= 1 and doc[before].lower_ in words.direction
    if directed:
        before -= 1  # "an offensive in northern Hama", "in western Palmyra", "reports from northern Hama"
    if not taken and (before < 0 or doc[before].lower_ not in _LOCATIVE_BEFORE_NAME
                      and not (directed and doc[before].pos_ == "ADP")):
        return False
    return span.end >= len(doc) or not (doc[span.end].text[:1].isupper() and doc[span.end].is_alpha)


# prepositions after which a name the model takes for a person or organisation is where an act is done
_WHERE_ACTED_PREPS = frozenset({"in", "inside", "near", "at"})
def _where_acted(doc: Doc, span: Span, words: PlaceWords, towns: set[int] = frozenset()) -> bool:
    """Whether the text does an act at a name: the name right after "in", "inside" or "near" on a
    verb ("clashed with police late Monday in Shah Wali Kot", "hacked to death in Mayangose
    Kibidiwe"), after "at" on a passive verb ("was murdered at Olangur", "were arrested at Thangam
    Nagar": "fired at Khan" is aimed at him), after "to" on a verb of marching (``words.marching``:
    "marched to Khrew"), or the object of a verb of taking a place (one of an organisation's name:
    "captured Birao"; of a person's only one never done to a person: "stormed Gidan Gambo",
    "entered Dahiyat Al-Assad", or one word no longer name of the text ends, as a person's
    surname does, captured or seized: "fought to seize Minakh"); or a name after a preposition
    and a direction word ("in eastern Ghouta", "from northern Hama": no person has a north); also
    with a town's possessive between ("in north Delhi's Ashok Vihar")."""
    root = span.root
    if span.end < len(doc) and (doc[span.end].text[:1].isupper() and doc[span.end].is_alpha
                                or doc[span.end].lower_ in ("'s", "’s")):
        return False  # part of a longer name, or an owner ("in Smith's house")
    if span.start >= 2 and doc[span.start - 1].is_lower and doc[span.start - 1].lower_ in words.direction \
            and doc[span.start - 2].pos_ == "ADP":
        return True
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        lemma = root.head.lemma_.lower()
        if span.label_ == ORG:
            return lemma in words.taking
        return lemma in words.taking_town or (lemma in ("capture", "seize") and len(span) == 1 and not any(
            e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == span[0].lower_ for e in doc.ents))
    prep = root.head
    before = span.start - 1
    if before > 0 and doc[before].lower_ in ("'s", "’s") and doc[before].head.i in towns and doc[before].head.dep_ == "poss":
        # a town's own part, named after the town: "were found murdered in north Delhi's Ashok Vihar"
        # (``towns``: the tokens of the names of towns and places below a state)
        before = doc[before].head.left_edge.i - 1
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _WHERE_ACTED_PREPS | {"to"} \
            or before < 0 or doc[before] != prep or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    if prep.lower_ == "to":
        return verb.lemma_.lower() in words.marching
    return prep.lower_ != "at" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children))


# a word of a name: capitalised, an Arabic article, a particle, a number
_NAME_PART = re.compile(r"^(?:[‘’']?[A-Z][\w’'‘.-]*|al|el|bin|ibn|of|de|del|la|le|ash|as|ad|ar|[-/–]|\d+)$")


def _place_position(doc: Doc, span: Span, words: PlaceWords) -> str | None:
    """Where a name stands as a place stands: "strong" — after a locative preposition on a verb
    ("infiltrate into Tel Abyad", "were killed near Tadef"), or on a noun ("the defenses inside
    Sheikh Miskeen"); after "at" on a passive verb, an active one with an object that is not a
    verb of aiming ("executed 120 people at Zara"), or a military post ("the defenses at
    Al-Hillak"); after "from" on a verb of leaving ("expelled from al-Ra'i"); an organisation's
    name after "on" or "against" of an assault ("the offensive on Al-Breij"); after "to" of
    fire or siege laid ("laid siege to Mariupol", "set fire to Kfar Nabl"), as "struck"; the object of a verb
    of taking a place never done to a person ("stormed and captured Surjah Kabira"); "taken" — the
    object of capturing or seizing, done to persons too ("captured Biju Hill"); "weak" — after
    another "at", "from", "in" on a noun, "between", or a person's name after an assault's "on";
    "struck" — the object of striking, as "weak" but a town of any country ("targeting Al-Mahr Gas
    Fields", "Israeli jets struck Khan Younis", "Russian troops attacked Bakhmut"); else None.
    Never a name followed by another word of a name or by "'s"."""
    if span.end < len(doc) and (doc[span.end].text[:1].isupper() and doc[span.end].is_alpha
                                or doc[span.end].lower_ in ("'s", "’s")):
        return None
    root = obj = span.root
    while obj.dep_ == "conj" and obj.head.i < obj.i and obj.head.dep_ in ("dobj", "conj", "pobj"):
        obj = obj.head  # "captured Surjah Kabira and Surjah Saghira", "between Tabit and El Fasher"
    if obj is not root and not all(t.dep_ in ("cc", "punct", "conj", "compound", "det", "amod", "prep", "pobj")
                                   or t.pos_ == "PROPN" for t in doc[obj.i + 1:span.start]):
        return None
    if (obj.dep_ == "dobj" or obj.dep_ in ("advmod", "npadvmod") and obj.i == obj.head.i + 1) and obj.head.pos_ == "VERB":
        # (a name right after the verb the parser took for an adverb: "attacked Bakhmut")
        verb = obj.head
        lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"}
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            lemmas.add(verb.head.lemma_.lower())  # "stormed and captured X"
        if lemmas & words.taking_town:
            return "strong"
        if lemmas & words.taking:
            return "taken"
        if lemmas & words.striking:
            return "struck"
        return None
    if obj.dep_ != "pobj" or obj.head.dep_ not in ("prep", "agent"):
        return None
    prep = obj.head
    i = span.start - 1 if obj is root else obj.i - 1
    while i > prep.i and doc[i].lower_ in words.direction:
        i -= 1
    if i != prep.i:
        return None
    p, head = prep.lower_, prep.head
    verb = head.pos_ in ("VERB", "AUX")
    lemma = head.lemma_.lower()
    if p in words.locative_on_verb and verb:
        if p == "into" and lemma in words.into_no_place:
            return None
        return "weak" if p in ("towards", "toward") and span.label_ == PERSON else "strong"  # "biased toward Smith"
    if p in words.locative_on_noun:
        return "strong"
    if p == "at":
        if verb and ((head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children))
                     or (any(c.dep_ == "dobj" for c in head.children) and lemma not in words.aiming)):
            return "strong"
        if not verb and head.lower_ in words.post:
            return "strong"
        return None if verb and lemma in words.aiming else "weak"
    if p == "from":
        return "strong" if verb and lemma in words.leaving else "weak"
    if p in ("on", "against") and (head.lower_ in words.assault or verb and any(
            c.dep_ == "dobj" and c.lower_ in words.assault for c in head.children)):  # "launched an offensive today on X"
        return "strong" if span.label_ == ORG else "weak"
    if p in ("in", "between"):
        return "weak"
    if p == "to" and (verb and any(c.dep_ == "dobj" and c.lower_ in words.laid_to for c in head.children)
                      or not verb and head.lower_ in words.laid_to and head.dep_ == "dobj"):
        return "struck"  # "laid siege to Mariupol", "set fire to Kfar Nabl"
    if p == "of" and not verb and head.is_lower and head.lower_ in words.part_of and head.i < prep.i:
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            # a part or share of a place taken is the place taken ("captured all of Aliyah",
            # "capturing half of Darayya", "stormed the southern parts of Bustan Al-Basha")
            verb = head.head
            lemmas = {verb.lemma_.lower()} | ({verb.head.lemma_.lower()} if verb.dep_ == "conj" else set())
            if lemmas & words.taking_town:
                return "strong"
            if lemmas & words.taking:
                return "taken"
        return "weak"  # "the ISIS stronghold of Al-Bab", "the outskirts of Misrata"
    return None


def _site_placed(doc: Doc, span: Span, words: PlaceWords) -> bool:
    """Whether the text puts something at a named facility or acts on it as on a place: a
    locative preposition before it ("at the Victoria Hotel", "near the strategic Al-Farouk
    Hospital"), or it is the object of a verb of taking or striking ("stormed the Heart Hospital")."""
    if span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in words.taking | words.striking:
        return True
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in ("the", "a", "an") or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
        i -= 1
    return i >= 0 and doc[i].lower_ in _LOCATIVE_BEFORE_NAME | {"at", "towards", "toward", "from", "to", "of"} \
        and (doc[i].lower_ != "of" or (i >= 1 and doc[i - 1].lower_ in words.part_of))


# more last words of facilities the model calls organisations, a place where the text puts something
_ORG_SITES = frozenset({"Hotel", "Palace", "Orchards", "Embassy", "Consulate", "Cathedral", "Shrine", "Compound",
                        "Barracks", "Terminal", "Centre", "Center", "Park", "Church", "Temple", "Prison", "Jail"})
_LOCATIVE_BEFORE_NAME = frozenset({"in", "near", "outside", "inside", "around", "into", "across", "throughout"})


def _whole_place(doc: Doc, span: Span, lexical: list[Span], attrs: dict[str, dict]) -> Span | None:
    """A place the NER names in several words, a region word before a country ("Northern Iraq",
    "South China"), stays whole: a Place in that country, not a mention of the country."""
    inner = [s for s in lexical if s.start < span.end and span.start < s.end]
    if len(inner) != 1 or inner[0].label_ != COUNTRY or inner[0].end != span.end or inner[0].start <= span.start:
        return None
    if not all(t.text in _DIRECTIONS for t in doc[span.start:inner[0].start]):
        return None
    name = doc[span.start:span.end].text
    key = f"place:{name}"
    attrs[key] = {"name": name, "country": inner[0].kb_id_.split(":", 1)[1]}
    return Span(doc, span.start, span.end, label=PLACE, kb_id=key)


def _short_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A surname alone after the person was named in full is that person ("Neil Jordan … Jordan
    said", "Billie Jean King … said King"), not the country or title the word also names —
    unless another name follows it ("Jordan Peterson") or it names someone else too."""
    full: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for s in spans:
        if s.label_ == PERSON and len(s) >= 2 and doc[s.end - 1].text[:1].isupper():
            surname = doc[s.end - 1].text
            full.setdefault(surname, set()).add(s.kb_id_)
            first[surname] = min(first.get(surname, s.start), s.start)
    if not full:
        return spans
    out = []
    for s in spans:
        keys = full.get(s.text) if len(s) == 1 and (s.label_ in (COUNTRY, CAPITAL, CITY, PLACE, ORG, TITLE)
                                                    or s.kb_id_ == f"person:{s.text}") else None
        if keys and len(keys) == 1 and first[s.text] < s.start and not (
                s.end < len(doc) and doc[s.end].pos_ == "PROPN" and doc[s.end].text[:1].isupper()):
            out.append(Span(doc, s.start, s.end, label=PERSON, kb_id=next(iter(keys))))
        else:
            out.append(s)
    return out


def _list_line(line, words: PlaceWords) -> bool:
    """A list or table line, not a headline: names after a colon or between commas ("Squad: Alan
    Shearer, Les Ferdinand, …", "Postponed : East Fife v Clydebank", "PAYING AGENT : Michigan
    National Bank"), figures, bracketed codes ("Linda Wild (U.S.) beat …"). A headline's credit in
    brackets at its end ("Kerry Widens Lead in California, Poll Finds (Reuters)", "(Update1)") and
    a headline's colon after words in title case, with no list after it ("Exit Polls: Hong Kong
    Democrats Win Limited Gains"), make no list."""
    tokens = [t for t in line if not t.is_space]
    text = [t.text for t in tokens]
    if len(text) > 2 and text[-1] == ")" and "(" in text[:-1]:
        opening = len(text) - 1 - text[::-1].index("(")
        inner = "".join(text[opening + 1:-1])
        if inner and (not any(c.isdigit() for c in inner) or re.fullmatch(r"Update\d+", inner)):
            tokens, text = tokens[:opening], text[:opening]
    if ":" in text:
        colon = text.index(":")
        before, after = text[:colon], text[colon + 1:]
        if not before or all(w.isalpha() and w.isupper() for w in before) \
                or any(w in (",", ":", "v", "vs", "vs.") for w in after):
            return True
    # (a figure after a verb of harm is a headline's toll, no result: "Fierce Clashes in Iraq Kill
    # 36; 203 Hurt", "Jakarta Embassy Blast Kills 9, Hurts 173")
    harming = words.harming
    figures = [i for i, t in enumerate(tokens) if t.like_num
               and not (i and _verb_word(tokens[i - 1].lower_) in harming)
               and not (i + 1 < len(tokens) and _verb_word(tokens[i + 1].lower_) in harming)]
    return text.count(",") >= 2 or "(" in text or len(figures) >= 2


def _verb_word(word: str) -> str:
    """A headline's verb without the -s of its present ("kills" -> "kill")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word



def _after_titles(doc: Doc, ent: Span, lexical: list[Span]) -> Span:
    """A person the model names with the titles the lexicon knows before the name ("King
    Abdullah", "Crown Prince Mohammed bin Salman") is the name after them; the titles stay the
    lexicon's. (Otherwise the title, matched first, took the place of the whole name, and the
    person was lost.)"""
    i = ent.start
    while i < ent.end and doc[i].lower_ in ("the",):
        i += 1
    titled = False
    while True:
        title = next((s for s in lexical if s.label_ == TITLE and s.start == i and s.end <= ent.end), None)
        if title is None:
            break
        i, titled = title.end, True
    if titled and i < ent.end and doc[i].text[:1].isupper():
        return Span(doc, i, ent.end, label=ent.label_)
    return ent

def _bomber_person(doc: Doc, start: int, attrs: dict, words: PlaceWords) -> bool:
    """Whether a bomber the weapon lexicon matches is a person: "a suicide bomber", "a suicide
    car bomber", "would-be bombers" (the groups' armed people, not the aircraft)."""
    if attrs.get("class") != "bomber":
        return False
    i = start - 1
    while i >= 0 and doc[i].lower_ in words.vehicles:
        i -= 1
    return i >= 0 and doc[i].lower_ in words.bomber_person


def _weapon_thing(doc: Doc, end: int, words: PlaceWords) -> bool:
    """Whether a weapon's name ending at ``end`` is a modifier of a noun of a thing no weapon is,
    next to it or after one more word of the compound ("air defence identification zone")."""
    j = end
    while j < min(len(doc), end + 2) and doc[j].lower_ not in words.weapon_things and doc[j].dep_ == "compound":
        j += 1
    return j < len(doc) and doc[j].lower_ in words.weapon_things and doc[end - 1].head.i >= end


def _titled_person(doc: Doc, ent: Span, lexical: list[Span], words: PlaceWords, rank: frozenset[str]) -> Span:
    """A place the model names right after a title the lexicon knows, or beginning with one, that
    the gazetteer knows as no place, is a person: "President Thabo Mbeki has urged", "heir to the
    throne Prince Charles" (the model's GPE; "President Toledo", a city the gazetteer knows, stays
    as the model and the gazetteer read it)."""
    start = ent.start
    title = next((s for s in lexical if s.label_ == TITLE and s.end == ent.start), None)
    if title is None:
        title = next((s for s in lexical if s.label_ == TITLE and s.start == ent.start and s.end < ent.end), None)
        if title is not None:
            start = title.end
        elif len(ent) >= 2 and doc[ent.start].lower_.rstrip(".") in rank:  # "Prince Charles" (the lexicon's rank_words)
            start = ent.start + 1
        else:
            return ent
    if not doc[start].text[:1].isupper() or doc[ent.end - 1].lower_ in words.place_heads or any(
            s.label_ not in (TITLE, PERSON) and s.start < ent.end and start < s.end for s in lexical):
        return ent  # (a place, a state or a body the lexicon knows there; "King County")
    return Span(doc, start, ent.end, label="PERSON")


def _title_case_lines(doc: Doc, place_words: PlaceWords) -> set[int]:
    """Token indices of lines written in title case ("Director Gary Ross Still in Negotiations
    for Sequel"): every longer word capitalised but the small words title case leaves in lower
    case ("with", "from": cue class headline_small_word), so capitals do not tell names apart."""
    small = place_words.headline_small
    out: set[int] = set()
    start = 0
    texts = [t.text for t in doc]
    for i in range(len(texts) + 1):
        if i < len(texts) and "\n" not in texts[i]:
            continue
        words = [w for w in texts[start:i] if w.isalpha() and len(w) > 3]
        # (three longer words make a headline only over a story: "Putin Responds to Terror")
        enough = len(words) >= 4 or len(words) == 3 and any(t.strip() for t in texts[i + 1:])
        # a line that ends with a full stop is a sentence ("King Abdullah met President Obama in
        # Washington."), whose longer words may all be names; a headline has no full stop
        last = next((t for t in reversed(texts[start:i]) if t.strip()), "")
        if enough and last != "." and all(w[0].isupper() or w in small for w in words) and not _list_line(doc[start:i], place_words):
            out.update(range(start, i))
        start = i + 1
    return out



class TitleCaseLines:
    """The title-case lines of one document (:func:`_title_case_lines`), found at the first
    question and kept: four steps of the gazetteer ask, and each used to find them again."""

    __slots__ = ("_doc", "_words", "_lines")

    def __init__(self, doc: Doc, words: PlaceWords) -> None:
        self._doc, self._words, self._lines = doc, words, None

    @property
    def lines(self) -> set[int]:
        if self._lines is None:
            self._lines = _title_case_lines(self._doc, self._words)
        return self._lines

    def __contains__(self, index: int) -> bool:
        return index in self.lines

def _confirm_headline_names(doc: Doc, spans: list[Span], words: PlaceWords, known: list[Span] = (),
                            titled: "TitleCaseLines | None" = None) -> list[Span]:
    """A person, organisation or place the NER finds in a title-case line is kept only as far as the
    body names it: "Gary Ross Still In Negotiations" becomes "Gary Ross" when the body has
    "Gary Ross"; "Tough Negotiation for Sequel", named nowhere else, is dropped; "Sharon Says
    Gaza Evacuation Set" is the person the body (or the lexicon's match, ``known``) names "Ariel
    Sharon"."""
    titled = (titled or TitleCaseLines(doc, words)).lines
    if not titled:
        return spans
    confirmed = {s.text: s for s in spans if s.start not in titled}
    # a person the body names in full is named by the surname in a headline ("Sharon Says Gaza
    # Evacuation Set for 2005" over "Prime Minister Ariel Sharon said"), the case of its particles
    # aside ("Bin Laden" for "Osama bin Laden")
    surnames: dict[str, Span] = {}
    for s in [*spans, *known]:
        if s.start not in titled and s.label_ == PERSON and len(s) >= 2:
            for k in range(s.start + 1, s.end):
                surnames.setdefault(doc[k:s.end].text.lower(), s)
    out = []
    for span in spans:
        if span.start not in titled or span.label_ not in (PERSON, ORG, PLACE) or span.text in confirmed:
            out.append(span)
            continue
        for end in range(span.end, span.start, -1):
            prefix = doc[span.start:end]
            body = confirmed.get(prefix.text) if end < span.end else None
            if body is None and span.label_ in (PERSON, ORG):
                body = surnames.get(prefix.text.lower())
            if body is not None:
                out.append(Span(doc, span.start, end, label=body.label_, kb_id=body.kb_id_))
                break
    return out


def _headline_line(doc: Doc) -> int:
    """The end (a token index) of the document's first line when it is a headline: a line of its
    own that ends without a full stop; 0 when there is none."""
    for t in doc:
        if t.is_space and "\n" in t.text:
            last = t.i - 1
            while last >= 0 and doc[last].is_space:
                last -= 1
            return t.i if last >= 0 and doc[last].text[-1] not in ".!?:;\"”’'" else 0
    return 0


def _headline_surnames(doc: Doc, spans: list[Span], known: list[Span] = ()) -> list[Span]:
    """A one-word name in a sentence-case headline that is the surname of a person the story names
    in full is that person, whatever the model took it for: "Fox to push Bush on migration" over
    "Mexico President Vicente Fox said", "Fini named Italy foreign minister" over "Gianfranco
    Fini" (the model's organisations "Fox", "Fini"). (Title-case lines: _confirm_headline_names.)"""
    end = _headline_line(doc)
    if not end:
        return spans
    surnames: dict[str, Span] = {}
    for s in [*spans, *known]:
        if s.start >= end and s.label_ == PERSON and len(s) >= 2 and doc[s.end - 1].is_title:
            surnames.setdefault(doc[s.end - 1].text, s)
    if not surnames:
        return spans
    out = []
    for span in spans:
        body = surnames.get(span.text) if span.end <= end and len(span) == 1 and span.label_ in (PERSON, ORG) else None
        out.append(Span(doc, span.start, span.end, label=PERSON, kb_id=body.kb_id_) if body is not None else span)
    return out


def _common_word_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person or organisation of one word the model finds first in a sentence, where every word
    is capitalised, is no name when the document writes the word elsewhere in lower case, as a
    common noun, adjective or verb: "Plane crashes into Venezuelan mountain" over "a military plane
    crashed", "Kidnappers threaten to kill journalist" over "the kidnappers of a journalist"."""
    lower = {t.lower_ for t in doc if t.is_lower and t.pos_ in ("NOUN", "ADJ", "VERB")}
    # (first after a full stop or a line break, not where the parser starts a sentence inside one:
    # "wrote in the National.")
    return [s for s in spans if not (s.label_ in (PERSON, ORG) and len(s) == 1 and doc[s.start].is_sent_start
                                     and (s.start == 0 or doc[s.start - 1].is_punct or doc[s.start - 1].is_space)
                                     and doc[s.start].is_title and doc[s.start].lower_ in lower)]


# model labels geokg makes no entity of: a large place's name under one of them is the place
_NUMERIC_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
_NOT_NAME_LABELS = {"NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
# a one-word "person" that is the own name of a city this large is the city ("Homs", "Aleppo"),
# unless the word ends a longer person's name in the document ("Whitney Houston ... Houston")
WORLD_CITY = 500_000


# the model's labels of names of events, works and laws: a place word inside one is part of the name
_WORK_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW"})


def _places_in_name(doc: Doc, ent: Span, lexical: list[Span]) -> list[Span]:
    """The lexicon's places and countries inside the name of an event, a work or a law that the
    model finds, when the name has a capitalised word of its own beside them ("the U.S. Open",
    "the Gulf War", "the Tour of the Netherlands"; not "the Iraq war")."""
    if ent.label_ not in _WORK_LABELS:
        return []
    inside = [s for s in lexical if s.label_ in (COUNTRY, CAPITAL, CITY, PLACE)
              and ent.start <= s.start and s.end <= ent.end]
    if not inside:
        return []
    covered = {i for s in inside for i in range(s.start, s.end)}
    own = [t for t in ent if t.i not in covered and t.is_alpha and t.lower_ not in {"the", "of", "for", "and", "in"}]
    return inside if own and all(t.text[:1].isupper() for t in own) else []


_PERSONAL = frozenset({"he", "his", "him", "himself", "she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its", "itself", "they", "their", "them"})


def _person_by_pronoun(doc: Doc, span: Span, lexical: list[Span]) -> bool:
    """A one-word name the model calls a person, that the lexicon knows as a country, is the
    person when its sentence goes on to speak of it as "he" or "she" and never as "it" or "they"
    ("Jordan defends his decision"; not "Jordan said its troops ...")."""
    if span.label_ != PERSON or len(span) != 1:
        return False
    inner = [s for s in lexical if s.start < span.end and span.start < s.end]
    if len(inner) != 1 or inner[0].label_ != COUNTRY or (inner[0].start, inner[0].end) != (span.start, span.end):
        return False
    sent = doc[span.start].sent
    after = [t.lower_ for t in doc[span.end:sent.end]]
    return any(w in _PERSONAL for w in after) and not any(w in _NEUTER for w in after)


# the last word of a site's name: "Handarat Refugee Camp", "Biju Hill", "Al-Rasoul Checkpoint"
_SITE_NOUNS = frozenset({"Camp", "Airport", "Airbase", "Hill", "Hills", "Mountain", "Mountains", "Valley",
                         "Farms", "Plateau", "Dam", "Checkpoint", "Crossing", "Suburb", "Neighbourhood",
                         "Neighborhood", "Village", "Highway", "Bridge", "Gorge", "Plain", "Plains", "Oasis",
                         "Heights", "Peak", "Ridge", "Oilfield", "Airfield",
                         # a street the model calls a person or a body: "on Mohamed Mahmoud Street"
                         "Street", "Road", "Avenue", "Boulevard"})
# the first word of a site's or place's name in the Arabic world: "Tall Kurdi", "Jabal Al-Zahiyah"
_SITE_PREFIXES = frozenset({"Jabal", "Jebel", "Tall", "Tal", "Tell", "Wadi", "Kafr", "Deir", "Khirbet", "Ayn",
                            "‘Ayn", "'Ayn"})


# words that end no person's name but many a facility's or district's, which is a body's name as
# often as a place's ("Kindi Hospital", "Sheikh Sa'eed District" the model calls persons): a site
# only of a "person"
_NO_PERSON_SITES = frozenset({"Hospital", "School", "District", "Factory", "Field", "Fields", "Roundabout",
                              "Base", "Square", "Stadium", "Mosque", "Market", "Station", "Prison", "Tehsil",
                              "Quarter", "Refinery", "Plant", "Governorate", "Province"})
# site words that are also surnames ("Damon Hill"): a site only when the model does not call it a person
_SURNAME_SITES = frozenset({"Hill", "Hills", "Ridge", "Bridge", "Camp", "Valley", "Village", "Peak", "Plain",
                            "Plains", "Heights", "Mountain"})


def _operation_name(ent: Span) -> bool:
    """Whether a name the model found names an operation: "Operation" as written, then a name
    ("Operation Peace Spring"; the first word after a determiner: "the Operation Olive Branch")."""
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) >= 2 and words[0].text == "Operation" and words[1].text[:1].isupper()


def _hyphenated_end(doc: Doc, end: int) -> int:
    """The end of the hyphenated word a name's last word begins ("Mazar-i-Sharif": the model names
    "Mazar"): hyphens and words written together with it, the last one a word."""
    i = end
    while i + 1 < len(doc) and not doc[i - 1].whitespace_ and doc[i].text == "-" and not doc[i].whitespace_ \
            and doc[i + 1].is_alpha:
        i += 2
    return i if i > end and doc[i - 1].is_title else end


def _compound_end(doc: Doc, end: int) -> int:
    """The end of the name a name's last word is a compound of ("Las Navas": the model names
    "Las"): the capitalised proper nouns after it that the parse hangs it on."""
    i = end
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and doc[i - 1].whitespace_ \
            and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i >= i:
        i += 1
    return i


def _named_site(span: Span, person: bool = False) -> bool:
    """A name of two words or more whose last word names a kind of site (of a "person", one that
    is no surname) or whose first word is a place-name prefix."""
    words = [t.text for t in span if not t.is_punct]
    nouns = (_SITE_NOUNS - _SURNAME_SITES) | _NO_PERSON_SITES if person else _SITE_NOUNS
    return len(words) >= 2 and (words[-1] in nouns or words[0] in _SITE_PREFIXES) \
        and all(w[:1].isupper() or w[:1] in "‘'" or w.lower() in {"of", "al", "el", "bin", "ibn"} or "-" in w
                for w in words)


def _article_forms(name: str) -> tuple[str, ...]:
    """A name, and with its Arabic article joined by a space as GeoNames writes it: "Al-Bab" is
    also "Al Bab" (Al Bāb)."""
    spaced = _ARTICLE.sub(lambda m: m.group(0).replace("-", " "), name)
    return (name, spaced) if spaced != name else (name,)


def _with_region(doc: Doc, start: int, end: int, words: PlaceWords) -> str:
    """A name with the region word after it ("Yala province"), which makes it the province."""
    text = doc[start:end].text
    return f"{text} {doc[end].text}" if end < len(doc) and doc[end].lower_ in words.region else text


def _consonants(name: str) -> str:
    """A name's skeleton without its vowels, which transliterations write differently: "Jenin" and
    "Janīn" agree, "Goa" and "Mormugao" do not."""
    return re.sub(r"[aeiouy]", "", skeleton(name))


def _candidate_place(best) -> tuple[str, dict]:
    """A place table candidate as (key, attributes)."""
    if best.geonameid:
        return f"city:{best.geonameid}", {"name": best.name, "geonameid": best.geonameid, "country": best.iso3,
                                          "lat": best.lat, "long": best.long, "population": best.population}
    return f"city:{best.iso3}:{best.subdivision}", {"name": best.name, "country": best.iso3,
                                                     "iso3166_2": best.subdivision}


def _in_longer_person(doc: Doc, i: int) -> bool:
    word = doc[i].text
    return any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == word for e in doc.ents)
_CORPORATE = re.compile(r"(?:,?\s+(?:Inc|Incorporated|Ltd|Limited|Corp|Corporation|Co|LLC|PLC|plc|AG|SA|NV|GmbH)\.?)+$")


@lru_cache(maxsize=65_536)  # the same names again and again: one regex pass each
def normalize_name(text: str, *, org: bool = False) -> str:
    """The canonical form of a name as written: one space between words, none around hyphens,
    slashes, apostrophes (but after a plural's) and initials' dots ("T - Mobile" → "T-Mobile", "F. W." stays), no
    leading "the", and for organisations no trailing legal form ("Hewlett-Packard Co." →
    "Hewlett-Packard"). Different writings of one name get one identity."""
    name = " ".join(text.split())
    name = re.sub(r"\s*([-/])\s*", r"\1", name)
    name = re.sub(r"\s+(['’])", r"\1", name)
    name = re.sub(r"(?<![sS])(['’])\s+", r"\1", name)  # but "Kurdistan Workers’ Party" keeps its space
    name = re.sub(r"\s+([,.])", r"\1", name)
    if name.lower().startswith("the "):
        name = name[4:]
    if org:
        name = _CORPORATE.sub("", name).strip(" ,")
    return name.strip()


def _body_of_org(doc: Doc, span: Span, lexical: list[Span]) -> Span | None:
    """The known organisation the model's longer name of a body begins with, where the rest is a
    capitalised noun and a phrase with a preposition ("UN Mission to Katanga", "EU Delegation to
    Ukraine", "UN Committee Against Torture"): None for any other overlap."""
    if span.label_ != ORG:
        return None
    inner = [s for s in lexical if s.start < span.end and span.start < s.end]
    if len(inner) != 1 or inner[0].label_ != ORG or inner[0].start != span.start or inner[0].end + 2 >= span.end:
        return None
    noun = doc[inner[0].end]
    if not noun.is_title or noun.pos_ not in ("PROPN", "NOUN") \
            or not any(t.pos_ == "ADP" and t.i > noun.i for t in doc[noun.i:span.end]):
        return None
    return inner[0]


def _guess_org_type(name: str) -> str:
    low = name.lower()
    if re.search(r"\b(army|forces|force|brigade|militia|battalion|regiment|navy|guard|rebels|front|division)\b", low):
        return "MIL"
    if re.search(r"\b(news|agency|times|post|journal|tv|television|radio|press|broadcast|herald|daily|gazette)\b", low):
        return "MEDIA"
    if re.search(r"\b(ministry|department|office|council|parliament|government|senate|cabinet|command|commission)\b", low):
        return "GOV"
    return "ORG"


# ---------------------------------------------------------------------------------- selective parse
PARSE_MODES = ("selected", "all")


@Language.factory("geokg_parse", default_config={"mode": "selected", "parser": "parser"})
def make_parse(nlp: Language, name: str, mode: str, parser: str) -> "SelectiveParse":
    return SelectiveParse(nlp, name, mode=mode, parser=parser)


class SelectiveParse:
    """The dependency parse only where event extraction reads it: the sentences (as the
    ``senter`` and ``geokg_paragraphs`` split them) holding a word that may trigger an event.

    Extraction (``kg.extract.events``) starts an event only at a VERB or NOUN whose lemma is one
    of the rules' trigger lemmas (``Rules.trigger_lemmas``: trigger verbs and nouns, verbs of
    saying — also the attribution and demand cues —, coercive and cooperative verbs), or at a
    verb governed by "willing"; everything else it reads off the parse (arguments, attribution,
    quotes, modality) lies in the trigger's own sentence. Since the lemma and the part of speech
    come after the parse (the model's attribute ruler reads the parse: "has" is AUX only as an
    ``aux``), a sentence is chosen by its words' lower-case forms: every form the model's
    lemmatizer (its rules, exceptions and the attribute ruler's lemmas) or ``lemma_of`` can take
    to one of those lemmas — a superset of the tokens extraction would take for triggers.

    The chosen sentences are parsed by the pipeline's own parser (disabled in the pipeline) as
    sentence-sized docs carrying their slice of ``doc.tensor``: the parser's ``Tok2VecListener``
    reads ``doc.tensor`` at prediction time, so it sees the shared tok2vec's features of the
    whole document. Heads and labels are written back; an unparsed sentence keeps its tokens
    without head or label (``dep_ == ""``) and its boundaries. ``mode="all"`` parses every
    sentence the same way (for comparison; ``GEOKG_PARSE`` chooses, see ``kg.nlp``)."""

    def __init__(self, nlp: Language, name: str, *, mode: str = "selected", parser: str = "parser") -> None:
        if mode not in PARSE_MODES:
            raise ValueError(f"geokg_parse: mode {mode!r}, not one of {', '.join(PARSE_MODES)}")
        self.nlp = nlp
        self.name = name
        self.mode = mode
        self.parser_name = parser
        self.forms: frozenset[str] = frozenset()
        self.stats = {"sentences": 0, "parsed_sentences": 0, "tokens": 0, "parsed_tokens": 0}

    # ------------------------------------------------------------------ set-up
    def initialize(self, get_examples=None, *, nlp: Language | None = None, lemmas: dict | None = None,
                   words: Iterable[str] = ()) -> None:
        """``lemmas``: part of speech -> trigger lemmas (default: the rules' ``trigger_lemmas``
        and the heads that make an intent, read from ``kg/data/lexicon``)."""
        if lemmas is None:
            from kg.extract.rules import load_rules

            rules = load_rules()
            lemmas = rules.trigger_lemmas()
            words = [*words, *rules.concessive]
        self.forms = frozenset(self.forms_of({w.lower() for ws in lemmas.values() for w in ws}) | {w.lower() for w in words})

    def forms_of(self, lemmas: set[str]) -> set[str]:
        """Every lower-case form the pipeline's lemmatizer, its attribute ruler or ``lemma_of``
        (``kg.extract.context``) may take to one of ``lemmas``."""
        out = set(lemmas)
        for lemma in lemmas:  # lemma_of's own stripping: "staged" -> "stag"
            for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
                if lemma.endswith(add):
                    out.add(lemma[: len(lemma) - len(add)] + suffix)
        if "lemmatizer" in self.nlp.component_names:
            lookups = self.nlp.get_pipe("lemmatizer").lookups
            for pos_rules in (lookups.get_table("lemma_rules", {}) or {}).values():
                for old, new in pos_rules:
                    for lemma in lemmas:
                        if lemma.endswith(new):
                            out.add(lemma[: len(lemma) - len(new)] + old)
            for pos_exc in (lookups.get_table("lemma_exc", {}) or {}).values():
                for form, results in pos_exc.items():
                    if any(r.lower() in lemmas for r in results):
                        out.add(form.lower())
        if "attribute_ruler" in self.nlp.component_names:
            for row in self.nlp.get_pipe("attribute_ruler").patterns:
                if str(row["attrs"].get("LEMMA", "")).lower() in lemmas:
                    for token in row["patterns"][0] if row["patterns"] else ():
                        for key in ("LOWER", "ORTH", "NORM"):
                            value = token.get(key)
                            values = value.get("IN", []) if isinstance(value, dict) else [value] if value else []
                            out.update(str(v).lower() for v in values)
        return out

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "forms.msgpack", sorted(self.forms))

    def from_disk(self, path, *, exclude=tuple()) -> "SelectiveParse":
        self.forms = frozenset(srsly.read_msgpack(Path(path) / "forms.msgpack"))
        return self

    # ------------------------------------------------------------------ run
    def selected(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """The document's sentences as (start, end, parse?)."""
        lower = [t.lower_ for t in doc]
        out = []
        for sent in doc.sents:
            parse = self.mode == "all" or any(w in self.forms for w in lower[sent.start:sent.end])
            out.append((sent.start, sent.end, parse))
        return out

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._parse(batch)
                batch = []
        if batch:
            yield from self._parse(batch)

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        import numpy
        from spacy.attrs import DEP, HEAD

        if not self.forms and self.mode == "selected":
            raise ValueError("geokg_parse is not initialized: call nlp.initialize() or component.initialize()")
        parser = self.nlp.get_pipe(self.parser_name)
        vocab = self.nlp.vocab
        plans, subs = [], []
        for doc in docs:
            if not len(doc):
                plans.append(([], []))
                continue
            if doc.tensor.shape[0] != len(doc):
                raise ValueError("geokg_parse needs doc.tensor (the shared tok2vec's output) to parse")
            sents = self.selected(doc)
            texts = [t.text for t in doc]
            spaces = [bool(t.whitespace_) for t in doc]
            parts = []
            for start, end, parse in sents:
                self.stats["sentences"] += 1
                self.stats["tokens"] += end - start
                if parse:
                    sub = Doc(vocab, words=texts[start:end], spaces=spaces[start:end])
                    sub.tensor = doc.tensor[start:end]
                    parts.append((start, end, sub))
                    subs.append(sub)
                    self.stats["parsed_sentences"] += 1
                    self.stats["parsed_tokens"] += end - start
            plans.append((sents, parts))
        if subs:
            for _ in parser.pipe(subs, batch_size=len(subs)):
                pass
        for doc, (sents, parts) in zip(docs, plans):
            if not parts:
                continue  # nothing parsed: the sentence boundaries stay as they are
            arr = numpy.zeros((len(doc), 2), dtype="uint64")
            for start, end, sub in parts:
                arr[start:end] = sub.to_array([HEAD, DEP])
            doc.from_array([HEAD, DEP], arr)
            keep_sentence_starts(doc, [(s, e, not p) for s, e, p in sents])
        return docs


# the tags of a title-case headline's small words, written in lower case when it is parsed again
_FUNCTION_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP", "PRP$", "MD", "WDT", "WP", "RP"})


@Language.factory("geokg_headlines", assigns=["token.tag", "token.dep", "token.head"])
def make_headlines(nlp: Language, name: str) -> "TitleCaseParse":
    return TitleCaseParse(nlp, name)


class TitleCaseParse:
    """A title-case headline parsed as the sentence it would be in sentence case. The model reads
    "Israel Strikes Iran-Backed Militia in Syria" as one run of names ("Strikes" a proper noun in
    a compound, "Strike Kills" a person): a line in title case (every longer word capitalised but
    the small words title case leaves in lower case, cue class ``headline_small_word``; four or
    more of them, three over a story; no full stop, no colon of a list line) is tagged and parsed
    again by the model's own tok2vec, tagger and parser with the words that may trigger an event
    (``geokg_parse``'s forms) in lower case — "Israel strikes Iran-Backed Militia in Syria" —
    and its tags, heads and labels written back. Its words, names and entities stay as written."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.forms: frozenset[str] = frozenset()
        self.small: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, forms: Iterable[str] = ()) -> None:
        from kg.resources import cue_classes

        self.forms = frozenset(forms)
        self.small = frozenset(cue_classes().get("headline_small_word", ()))

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "words.msgpack", {"forms": sorted(self.forms), "small": sorted(self.small)})

    def from_disk(self, path, *, exclude=tuple()) -> "TitleCaseParse":
        data = srsly.read_msgpack(Path(path) / "words.msgpack")
        self.forms, self.small = frozenset(data["forms"]), frozenset(data["small"])
        return self

    def lines(self, doc: Doc) -> list[tuple[int, int]]:
        """The document's lines in title case, as token ranges (start, end)."""
        out = []
        start = 0
        for i in range(len(doc) + 1):
            if i < len(doc) and "\n" not in doc[i].text:
                continue
            a, b = start, i
            start = i + 1
            while a < b and doc[a].is_space:
                a += 1
            while b > a and doc[b - 1].is_space:
                b -= 1
            if b <= a:
                continue
            words = [t.text for t in doc[a:b] if t.is_alpha and len(t.text) > 3]
            # (three longer words make a headline only over a story)
            enough = len(words) >= 4 or len(words) == 3 and any(not t.is_space for t in doc[b:])
            if enough and doc[b - 1].text != "." and not any(t.text == ":" for t in doc[a:b]) \
                    and all(w[0].isupper() or w in self.small for w in words) and not all(w.isupper() for w in words):
                out.append((a, b))
        return out

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, HEAD, SENT_START

        if not self.forms or not len(doc) or not doc.has_annotation("DEP"):
            return doc
        lines = self.lines(doc)
        if not lines:
            return doc
        starts = doc.to_array([SENT_START]).astype("int64")
        arr = doc.to_array([HEAD, DEP])
        for start, end in lines:
            words = [t.text for t in doc[start:end]]
            # (and the small words title case capitalises: "Against", "Over", "Off" as the model tags them)
            lowered = [w.lower() if i and w.istitle() and (w.lower() in self.forms or t.tag_ in _FUNCTION_TAGS) else w
                       for i, (w, t) in enumerate(zip(words, doc[start:end]))]
            sub = Doc(doc.vocab, words=lowered, spaces=[bool(t.whitespace_) for t in doc[start:end]])
            for name in ("tok2vec", "tagger", "parser"):
                sub = self.nlp.get_pipe(name)(sub)
            for t, u in zip(doc[start:end], sub):
                t.tag_ = u.tag_
            arr[start:end] = sub.to_array([HEAD, DEP])
            # the line's sentences are the new parse's (a line is one sentence or more of its own)
            starts[start:end] = sub.to_array([SENT_START]).astype("int64")
            starts[start] = 1
            if end < len(doc):
                starts[end] = -1 if doc[end].is_space else 1  # (the line break stays with the line)
        doc.from_array([HEAD, DEP], arr)
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


def keep_sentence_starts(doc: Doc, sents: list[tuple[int, int, bool]]) -> None:
    """Writing heads recomputes sentence starts from the parse: put back every sentence's start,
    and, in the sentences given as unparsed (third item true), no other."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START]).astype("int64")
    for start, end, unparsed in sents:
        if unparsed:
            starts[start:end] = -1
        starts[start] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))


# ---------------------------------------------------------------------------------- attribute rules
_RULE_ATTRS = {"TAG", "LOWER", "ORTH", "DEP", "IS_SPACE", "POS"}
MEMO_MAX = 200_000  # distinct (tag, lower, dep, space) combinations remembered


@Language.factory("geokg_attribute_ruler", default_config={"source": "attribute_ruler"})
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> "FastAttributeRuler":
    return FastAttributeRuler(nlp, name, source=source)


class FastAttributeRuler:
    """The model's attribute ruler (tag map, morphology and lemma exceptions: 179 rules) with
    its matches found by table instead of by ``Matcher``, which tries every rule at every
    token (about 25 µs a token: as much as the parser). A token's attributes the rules test
    (TAG, LOWER, ORTH, DEP, IS_SPACE, POS) say which rules' token patterns it satisfies,
    computed once per distinct combination; matches are then applied by the model's own
    ``AttributeRuler.set_annotations``, in its order, so the output is the ruler's (tested
    token by token). Rules with anything else (operators, other attributes) make it defer to
    the ruler itself. The ruler stays in the pipeline, disabled, as ``source``."""

    def __init__(self, nlp: Language, name: str, *, source: str = "attribute_ruler") -> None:
        self.nlp = nlp
        self.name = name
        self.source = source
        self._compiled = None  # (ruler, specs, patterns) or False to defer to the ruler
        # the memo's entries by the specs they satisfy: one entry per distinct set of specs, shared
        # by every combination that satisfies it (:meth:`_entry`)
        self._entries: dict = {}

    def _entry(self, sat: frozenset, single, multi) -> tuple:
        """What a token satisfying the specs ``sat`` is (its specs, the single-token rules it
        matches, the multi-token rules it starts), one tuple per distinct ``sat``: the memo's
        combinations are many (32,000 after 200 Guardian articles, each entry ~500 bytes of its
        own frozenset, lists and tuples: 16 MiB) but the sets of specs they satisfy few."""
        entry = self._entries.get(sat)
        if entry is None:
            entry = self._entries[sat] = (sat, [single[0][j][:2] for j in _positions_of(single[1], sat)],
                                          [multi[0][j] for j in _positions_of(multi[1], sat)])
        return entry

    def _compile(self):
        from spacy.attrs import IDS

        ruler = self.nlp.get_pipe(self.source)
        strings = self.nlp.vocab.strings
        specs: list[tuple] = []  # (column, kind, values)
        spec_ids: dict = {}
        patterns = []  # (rule, match id, [spec tuple per position])
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            match_id = strings[key]
            found = ruler.matcher.get(match_id)
            if found is None:
                continue
            for pattern in found[1]:
                position_specs = []
                for token in pattern:
                    conds = []
                    for attr, value in token.items():
                        attr = attr.upper()
                        if attr not in _RULE_ATTRS:
                            return False
                        if isinstance(value, dict):
                            if set(value) - {"IN", "NOT_IN", "REGEX"} or len(value) != 1:
                                return False
                            kind, values = next(iter(value.items()))
                            if kind == "REGEX":  # as the Matcher's: re.search on the attribute's text
                                conds.append((attr, kind, re.compile(values)))
                                continue
                        else:
                            kind, values = "==", [value]
                        if attr == "IS_SPACE":
                            vals = frozenset(int(bool(v)) for v in values)
                        else:
                            vals = frozenset(strings[str(v)] for v in values)
                        conds.append((attr, kind, vals))
                    spec = tuple(sorted(conds, key=repr))
                    position_specs.append(spec_ids.setdefault(spec, len(spec_ids)))
                    if len(specs) < len(spec_ids):
                        specs.append(spec)
                if not position_specs:
                    return False
                patterns.append((rule, match_id, position_specs))
        columns = sorted({c[0] for spec in specs for c in spec})
        col_of = {attr: n for n, attr in enumerate(columns)}
        compiled_specs = [tuple((col_of[a], k, v) for a, k, v in spec) for spec in specs]
        single = [(rule, mid, pos[0]) for rule, mid, pos in patterns if len(pos) == 1]
        multi = [(rule, mid, pos) for rule, mid, pos in patterns if len(pos) > 1]
        # the rules by the spec of their (first) token, as positions in those lists: a new token
        # shape looks up the rules of the specs it satisfies instead of testing every rule
        single = (single, _positions_by(spec for _, _, spec in single))
        multi = (multi, _positions_by(pos[0] for _, _, pos in multi))
        # a miss checks only the specs that can hold: by the LOWER (or ORTH) a spec demands, else by
        # its TAG, else always (185 specs checked per new token shape made the misses half the cost)
        index = _spec_index(compiled_specs, col_of)
        # the rules' attributes written as arrays when all are token fields (as set_token_attrs sets them)
        attrs = [dict(a) for a in ruler.attrs]
        writable = all(set(a) <= _WRITTEN for a in attrs)
        return ruler, [IDS[c] for c in columns], compiled_specs, single, multi, {}, index, \
            (attrs, list(ruler.indices)) if writable else None

    def _satisfied(self, specs, key, index=None) -> frozenset:
        strings = self.nlp.vocab.strings
        out = []
        for n in (range(len(specs)) if index is None else index.candidates(key)):
            for col, kind, values in specs[n]:
                v = key[col]
                if kind == "REGEX":
                    if not values.search(strings[v]):
                        break
                elif (kind == "NOT_IN") == (v in values):
                    break
            else:
                out.append(n)
        return frozenset(out)

    def __call__(self, doc: Doc) -> Doc:
        if self._compiled is None:
            self._compiled = self._compile()
        if self._compiled is False:
            return self.nlp.get_pipe(self.source)(doc)
        ruler, attr_ids, specs, single, multi, memo, index, written = self._compiled
        if not len(doc):
            return doc
        keys = [tuple(row) for row in doc.to_array(attr_ids).tolist()]
        found = []  # per token: (its specs, the single-token rules it matches, multi-token rules it starts)
        if len(memo) > MEMO_MAX:
            memo.clear()  # bounded: a long run meets ever more rare words
            self._entries.clear()
        for key in keys:
            entry = memo.get(key)
            if entry is None:
                entry = memo[key] = self._entry(self._satisfied(specs, key, index), single, multi)
            found.append(entry)
        matches = []
        n = len(keys)
        for i, (_, ones, starts) in enumerate(found):
            for rule, mid in ones:
                matches.append((rule, mid, i, i + 1))
            for rule, mid, pos in starts:
                if i + len(pos) <= n and all(s in found[i + j][0] for j, s in enumerate(pos)):
                    matches.append((rule, mid, i, i + len(pos)))
        matches.sort()
        if written is None or not _write_matches(doc, matches, *written):
            ruler.set_annotations(doc, matches)
        return doc


def _positions_by(specs) -> dict[int, list[int]]:
    """Spec -> the positions (in order) of the items that have it."""
    out: dict[int, list[int]] = {}
    for j, spec in enumerate(specs):
        out.setdefault(spec, []).append(j)
    return out


def _positions_of(by_spec: dict[int, list[int]], sat) -> list[int]:
    """The positions of the items whose spec is in ``sat``, in order (as a scan of the list)."""
    found = [j for spec in sat for j in by_spec.get(spec, ())]
    if len(found) > 1:
        found.sort()
    return found


# the attributes ``set_token_attrs`` sets on the token alone (the lexeme has none of them)
_WRITTEN = {IDS_["POS"], IDS_["TAG"], IDS_["DEP"], IDS_["LEMMA"], IDS_["MORPH"]}


class _SpecIndex:
    """Which token specs can hold for a token shape: a spec demanding LOWER or ORTH values is
    listed under each value, else one demanding TAG values under each tag, else always."""

    def __init__(self, always, lower_col, orth_col, tag_col, by_lower, by_orth, by_tag) -> None:
        self.always, self.by_lower, self.by_orth, self.by_tag = always, by_lower, by_orth, by_tag
        self.lower_col, self.orth_col, self.tag_col = lower_col, orth_col, tag_col

    def candidates(self, key) -> list[int]:
        out = list(self.always)
        if self.lower_col is not None:
            out += self.by_lower.get(key[self.lower_col], ())
        if self.orth_col is not None:
            out += self.by_orth.get(key[self.orth_col], ())
        if self.tag_col is not None:
            out += self.by_tag.get(key[self.tag_col], ())
        return sorted(out)


def _spec_index(specs, col_of) -> _SpecIndex:
    lower_col, orth_col, tag_col = col_of.get("LOWER"), col_of.get("ORTH"), col_of.get("TAG")
    always: list[int] = []
    by: dict[int, dict] = {c: {} for c in (lower_col, orth_col, tag_col) if c is not None}
    for n, spec in enumerate(specs):
        for col in (lower_col, orth_col, tag_col):
            cond = next((c for c in spec if col is not None and c[0] == col and c[1] in ("==", "IN")), None)
            if cond is not None:
                for value in cond[2]:
                    by[col].setdefault(value, []).append(n)
                break
        else:
            always.append(n)
    return _SpecIndex(always, lower_col, orth_col, tag_col, by.get(lower_col, {}), by.get(orth_col, {}),
                      by.get(tag_col, {}))


def _write_matches(doc: Doc, matches, attrs, indices) -> bool:
    """Apply the rules' attributes of ``matches`` (in their order: a later one overrides) as
    arrays, what ``AttributeRuler.set_annotations`` does token by token; False (nothing written)
    where a rule's token lies outside its match, for the ruler to raise its own error."""
    import numpy

    if not matches:
        return True
    final: dict[int, dict] = {}
    n = len(doc)
    for rule, _, start, end in matches:
        index = indices[rule]
        i = (start if index >= 0 else end) + index
        if not start <= i < end or i >= n:
            return False
        final.setdefault(i, {}).update(attrs[rule])
    columns = sorted({a for values in final.values() for a in values})
    col = {a: k for k, a in enumerate(columns)}
    array = doc.to_array(columns)
    if array.ndim == 1:
        array = array.reshape((n, 1))
    array = numpy.array(array, dtype="uint64")
    for i, values in final.items():
        for a, v in values.items():
            array[i, col[a]] = v
    doc.from_array(columns, array)
    return True


# ---------------------------------------------------------------------------------- lemmas
@Language.factory("geokg_lemmatizer", default_config={"source": "lemmatizer"})
def make_table_lemmatizer(nlp: Language, name: str, source: str) -> "TableLemmatizer":
    return TableLemmatizer(nlp, name, source=source)


class TableLemmatizer:
    """The model's rule lemmatizer with its lemmas remembered per word form, part of speech and
    morphology — all the lemma is made of — so that each distinct one is lemmatized once by the
    model's own ``Lemmatizer.lemmatize`` instead of a Python call and a Token per token (as much
    CPU as the parser on news); tokens given a lemma before (the attribute rules') keep it, as the
    lemmatizer's ``overwrite=False`` does. A lemmatizer in another mode or overwriting is called
    as it is. The lemmatizer stays in the pipeline, disabled, as ``source``."""

    def __init__(self, nlp: Language, name: str, *, source: str = "lemmatizer") -> None:
        self.nlp = nlp
        self.name = name
        self.source = source
        self._memo: dict[tuple[int, int, int], int] = {}
        self._index: tuple[object, dict[str, frozenset]] | None = None  # (its table, the word sets)

    def _own_rules(self, lemmatizer) -> bool:
        """Whether ``lemmatizer`` lemmatizes by spaCy's own ``rule_lemmatize`` (which
        :meth:`_rule_lemma` follows), not a subclass's."""
        from spacy.pipeline import Lemmatizer

        return getattr(type(lemmatizer), "rule_lemmatize", None) is Lemmatizer.rule_lemmatize \
            and getattr(lemmatizer.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize

    def _rule_lemma(self, token) -> str:
        """The first lemma of spaCy's ``Lemmatizer.rule_lemmatize(token)``, step by step as it
        makes it, except that its word lists (``lemma_index``, a list of some 20,000 words per
        part of speech, searched once for each form a rule makes: nine tenths of its time) are
        looked up as sets."""
        lemmatizer = self.nlp.get_pipe(self.source)
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return lemmatizer.lemmatize(token)[0]  # (its warning for a token with no part of speech)
        if lemmatizer.is_base_form(token):
            return string.lower()
        index_table = lemmatizer.lookups.get_table("lemma_index", {})
        exc_table = lemmatizer.lookups.get_table("lemma_exc", {})
        rules_table = lemmatizer.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        if self._index is None or self._index[0] is not index_table:
            self._index = (index_table, {})
        sets = self._index[1]
        index = sets.get(univ_pos)
        if index is None:
            index = sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lemmatizer = self.nlp.get_pipe(self.source)
        if lemmatizer.mode != "rule" or lemmatizer.overwrite or not lemmatizer._validated or not len(doc):
            return lemmatizer(doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo = self._memo
        if len(memo) > MEMO_MAX:
            memo.clear()
        strings = self.nlp.vocab.strings
        todo = (lemmas == 0).nonzero()[0].tolist()
        if not todo:
            return doc
        keys = rows[todo, :3].tolist()
        lemmatize = self._rule_lemma if self._own_rules(lemmatizer) else (lambda token: lemmatizer.lemmatize(token)[0])
        for i, key in zip(todo, keys):
            key = tuple(key)
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = strings.add(lemmatize(doc[i]))
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc
