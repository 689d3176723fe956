"""Text from articles is untrusted: make it safe for the places it is shown.

* :func:`terminal_safe` — for a terminal: control characters (C0 but line feed, DEL, C1 —
  which include ESC, CSI and OSC, so no colour, title, hyperlink or cursor sequence gets
  through) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which
  reorder what is seen) are shown escaped as ``\\x1b``, ``\\u202e``.
* :func:`spreadsheet_safe` — for a CSV cell a spreadsheet may open: a cell starting with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel, LibreOffice and
  Google Sheets (``=HYPERLINK(...)``, ``-2+3``); it gets a leading single quote, as OWASP's
  "CSV injection" page recommends, so it is read as text.
* :func:`csv_cell` — both for a CSV cell: formulas neutralised, and control characters escaped
  except tab, line feed and carriage return (the CSV writer quotes cells holding those).
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# C0 controls but \n, DEL and C1 controls; bidi embedding/override and isolate controls
_UNSAFE_TERMINAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_CSV = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # json.dumps escapes C0 itself


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could drive a terminal shown escaped (``\\x1b``)."""
    return _UNSAFE_TERMINAL.sub(_escape, text)


def spreadsheet_safe(cell: str) -> str:
    """``cell`` prefixed with ``'`` when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_cell(cell: str) -> str:
    """A CSV cell safe to open in a spreadsheet and to print to a terminal."""
    return spreadsheet_safe(_UNSAFE_CSV.sub(_escape, cell))


def json_safe(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with DEL, C1 controls and bidi
    controls written as ``\\u`` escapes: the same JSON value, nothing a terminal acts on."""
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
