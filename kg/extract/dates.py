"""Resolve date expressions against the document's published date.

Returns ISO strings of the precision the text supports: ``2024-10-31`` (``xsd:date``),
``2024-06`` (``xsd:gYearMonth``) or ``2024`` (``xsd:gYear``). News convention: a bare weekday or
month means the latest one on or before the published date ("on Thursday", "in June"), and the
next one on or after it for a planned or future act ("will meet on Thursday"); "next Tuesday",
"two days ago", "in three weeks", "last week", "over the weekend" are counted from the published
date (a week or a weekend as the month it lies in, when it lies in one). Times of day and zones are dropped."""

from __future__ import annotations

import datetime as dt
import re

from kg.resources import WEEKDAYS

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MDY = re.compile(rf"^{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
_DMY = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s+(\d{{4}})$", re.I)
_MD = re.compile(rf"^{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?$", re.I)
_DM = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}$", re.I)
_MY = re.compile(rf"^{_MONTH_RE},?\s+(\d{{4}})$", re.I)
_M = re.compile(rf"^{_MONTH_RE}$", re.I)
_Y = re.compile(r"^(?:in\s+)?(1[89]\d\d|20\d\d)$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LEAD = re.compile(r"^(on|in|at|since|during|by|early|late|earlier|this|last|next|the|around|about|circa|approximately|between|from)\s+", re.I)
# a range of days in one month, written as event reports write it ("3-4 March", "5 and 7 June",
# "June 5-7"): its first day
_DAY_RANGE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|to|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?=[a-z])", re.I)
_RANGE_DAY = re.compile(rf"^({_MONTH_RE}\s+\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?\b", re.I)
# a weekday before the date it names ("Wednesday, 12 July"): the date
_PART_OF_DAY = re.compile(r"^(?:(?:in|on|during|overnight)\s+)?(?:the\s+)?(?:(?:early|small|late|wee)\s+)?"
                          r"(?:hours|night|morning|evening|afternoon|dawn|daybreak)\s+of\s+", re.I)
_WEEKDAY_LEAD = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=\d|[a-z]{3})", re.I)


def _month(token: str) -> int:
    token = token.lower().rstrip(".")
    return _MONTH_ABBR.get(token[:4] if token.startswith("sept") else token[:3], 0)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def published_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


_HEAD_CHARS = 400
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d) ?/ ?(\d{1,2}) ?/ ?(\d{1,2})(?![\d])")
_COMPACT_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_HEAD_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_HEAD_MDY = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b", re.I)
_HEAD_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+((?:19|20)\d\d)\b", re.I)
_HEAD_YEAR = re.compile(r"(?:19|20)\d\d")


def dateline_date(text: str) -> dt.date | None:
    """The date a story carries at its head — a dateline ("First Published: June 13, 2013"), a
    date in its URL ("/2009/11/30/", "20100505") — for documents that come without a published
    date. Only full dates (day, month and year) in the first few hundred characters count."""
    head = text[:_HEAD_CHARS]
    if not _HEAD_YEAR.search(head):
        return None  # each of the patterns holds a year
    found: list[tuple[int, dt.date]] = []
    for pattern, order in ((_URL_YMD, "ymd"), (_COMPACT_YMD, "ymd"), (_HEAD_ISO, "ymd"), (_HEAD_MDY, "mdy"), (_HEAD_DMY, "dmy")):
        for m in pattern.finditer(head):
            if order == "ymd":
                d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
            elif order == "mdy":
                d = _safe_date(int(m[3]), _month(m[1]), int(m[2]))
            else:
                d = _safe_date(int(m[3]), _month(m[2]), int(m[1]))
            if d is not None:
                found.append((m.start(), d))
    return min(found)[1] if found else None


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
_AGO = re.compile(r"^(?:some |about |nearly |almost |more than |over |just )?(\d{1,3}|[a-z]+) (day|week|month|year)s? (ago|earlier|before|later|from now|hence)$")
_IN_N = re.compile(r"^(?:in|within) (\d{1,3}|[a-z]+) (day|week|month|year)s?(?: time)?$")
# a time of day or zone inside a date expression: "Thursday at 0300 GMT", "7:10 a.m. local time"
_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+)?(?:\d{1,2}[:.]\d{2}|\d{4}(?=\s*(?:GMT|UTC|[A-Z]{2,4}T)\b)|\d{1,2}\s*[ap]\.?m\.?)"
                   r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T|local time|\(\d{4} GMT\)))*", re.I)


def _shift(published: dt.date, n: int, unit: str) -> str:
    """``published`` moved by ``n`` units, to the precision the unit allows."""
    if unit == "day":
        return (published + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        day = published + dt.timedelta(weeks=n)
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        return monday.strftime("%Y-%m") if monday.month == sunday.month else None
    if unit == "month":
        month = published.month - 1 + n
        return f"{published.year + month // 12:04d}-{month % 12 + 1:02d}"
    return str(published.year + n)


def _weekend(published: dt.date, ahead: bool) -> str | None:
    """The month of the weekend on or before the published date (``ahead``: on or after it), when
    its Saturday and Sunday lie in one month."""
    saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7) if ahead \
        else published - dt.timedelta(days=(published.weekday() - 5) % 7)
    sunday = saturday + dt.timedelta(days=1)
    return saturday.strftime("%Y-%m") if saturday.month == sunday.month else None


def _relative(low: str, published: dt.date, forward: bool) -> str | None | bool:
    """Expressions counted from the published date: "two days ago", "in three weeks", "next week",
    "last week", "next Tuesday". ``False`` when ``low`` is none of them."""
    if m := _AGO.match(low):
        n = int(m[1]) if m[1].isdigit() else _NUMBERS.get(m[1])
        if n is None or m[3] == "later":
            # ("two days later" counts from a moment the story told before, not from the
            # published date: no date rather than one after the report)
            return None
        sign = 1 if m[3] in ("from now", "hence") else -1
        return _shift(published, sign * n, m[2])
    if m := _IN_N.match(low):
        n = int(m[1]) if m[1].isdigit() else _NUMBERS.get(m[1])
        return _shift(published, n, m[2]) if n is not None else None
    for word, sign in (("next", 1), ("last", -1), ("past", -1), ("previous", -1), ("coming", 1)):
        if low.startswith(word + " ") or low.startswith("the " + word + " "):
            rest = low.split(word + " ", 1)[1]
            if rest in ("week", "month", "year"):
                return _shift(published, sign, rest)
            for n, name in enumerate(WEEKDAYS):
                if rest in (name, name[:3]):
                    if sign > 0:  # "next Tuesday": the first one after the published date
                        return (published + dt.timedelta(days=(n - published.weekday()) % 7 or 7)).isoformat()
                    return (published - dt.timedelta(days=(published.weekday() - n) % 7 or 7)).isoformat()
    return False


def resolve_date(expression: str, published: dt.date | None, forward: bool = False) -> str | None:
    """Resolve one date expression (the text of a DATE entity) or return None. ``forward``: the
    act is planned or future ("will meet on Tuesday"), so a bare weekday or month is the next one
    on or after the published date, not the last one."""
    text = " ".join(_TIME.sub(" ", expression).strip(" ,").split()) or " ".join(expression.split())
    relative = text.lower()
    # "earlier this month", "late last week", "later this year": the span the rest names
    relative = re.sub(r"^(?:earlier|later|early|late)\s+(?=(?:this|last) (?:week|month|year)$)", "", relative)
    # "Monday night", "early Saturday morning", "on Sunday evening": the day
    if (day := re.match(r"^(.*\b(?:day|%s))\s+(?:morning|afternoon|evening|night)$" % "|".join(WEEKDAYS), relative)):
        text = relative = day[1]
    # "the night of 3-4 March", "the early hours of Sunday", "the morning of May 5": the day named
    if (part := _PART_OF_DAY.match(text)) and part.end() < len(text):
        text = text[part.end():]
        relative = text.lower()
    if published is not None:
        shifted = _relative(relative, published, forward)
        if shifted is not False:
            return shifted
        if relative in ("today", "this morning", "this afternoon", "this evening", "tonight"):
            return published.isoformat()
        if relative in ("yesterday", "last night"):
            return (published - dt.timedelta(days=1)).isoformat()
        if relative == "tomorrow":
            return (published + dt.timedelta(days=1)).isoformat()
        if relative in ("the weekend", "this weekend", "the past weekend", "last weekend", "the last weekend",
                        "next weekend", "the coming weekend", "the next weekend"):
            # "over the weekend": the last one (the next one for a planned act, or "next weekend"),
            # as the month its Saturday and Sunday lie in when they lie in one
            ahead = relative in ("next weekend", "the coming weekend", "the next weekend") or (
                forward and relative in ("the weekend", "this weekend"))
            before = relative in ("last weekend", "the past weekend", "the last weekend") and published.weekday() >= 5
            return _weekend(published - dt.timedelta(days=7) if before else published, ahead)  # (on a Saturday, "last weekend" is the one before)
        if relative in ("this week", "this month"):
            return published.strftime("%Y-%m")
        if relative == "last month":
            first = published.replace(day=1) - dt.timedelta(days=1)
            return first.strftime("%Y-%m")
        if relative in ("this year",):
            return str(published.year)
        if relative == "last year":
            return str(published.year - 1)
    while True:
        stripped = _LEAD.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = _RANGE_DAY.sub(r"\1", _DAY_RANGE.sub(r"\1 ", text))
    if _WEEKDAY_LEAD.match(text) and any(ch.isdigit() for ch in text):
        text = _WEEKDAY_LEAD.sub("", text)  # the date the weekday stands before, not the weekday
    low = text.lower()
    if published is not None:
        for n, name in enumerate(WEEKDAYS):
            if low in (name, name[:3], name + "s"):
                if forward:
                    return (published + dt.timedelta(days=(n - published.weekday()) % 7)).isoformat()
                back = (published.weekday() - n) % 7
                return (published - dt.timedelta(days=back)).isoformat()
    if m := _ISO.match(text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    if m := _MDY.match(text):
        d = _safe_date(int(m[3]), _month(m[1]), int(m[2]))
        return d.isoformat() if d else None
    if m := _DMY.match(text):
        d = _safe_date(int(m[3]), _month(m[2]), int(m[1]))
        return d.isoformat() if d else None
    if m := _MY.match(text):
        return f"{int(m[2]):04d}-{_month(m[1]):02d}"
    if m := _Y.match(text):
        return m[1]
    if published is None:
        return None
    pub = (published.month, published.day)
    if (m := _MD.match(text)) or (m2 := _DM.match(text)):
        month, day = (_month(m[1]), int(m[2])) if m else (_month(m2[2]), int(m2[1]))
        if forward:
            year = published.year if (month, day) >= pub else published.year + 1
        else:
            year = published.year if (month, day) <= pub else published.year - 1
        d = _safe_date(year, month, day)
        return d.isoformat() if d else None
    if m := _M.match(text):
        month = _month(m[1])
        if forward:
            year = published.year if month >= published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}"
    return None


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates can describe one event: either unknown, or one is a prefix of the other."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def more_precise(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a) >= len(b) else b
