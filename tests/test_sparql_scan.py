"""The one scanner of SPARQL text (kg.query.code_mask) and its two uses: refusing SERVICE/LOAD
(kg.query.uses_service) and binding --param values at an endpoint (kg.remote.bind_values)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import UsageError
from kg.query import code_mask, uses_service
from kg.remote import bind_values


@pytest.mark.parametrize("text, masked", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o }"),
    ("SELECT * WHERE { ?s <http://x/{a}> ?o }", "SELECT * WHERE { ?s <http://x/{a}> ?o }"),  # no IRI: braces
    ("ASK { <http://e/a> ?p 1 }", "ASK { <__________> ?p 1 }"),
    ('ASK { ?s ?p "a { b" }', 'ASK { ?s ?p "_____" }'),
    ("ASK { ?s ?p 'it\\'s' }", "ASK { ?s ?p '_____' }"),
    ('ASK { ?s ?p """x " y""" }', 'ASK { ?s ?p """_____""" }'),
    ("# a { comment\nASK {}", " " * 13 + "\nASK {}"),
    ("ASK { FILTER(?a < 3 && ?b > 2) }", "ASK { FILTER(?a < 3 && ?b > 2) }"),  # "<" as an operator
    ('ASK { ?s ?p "open', 'ASK { ?s ?p "____'),  # an unterminated string runs to the end
])
def test_code_mask_keeps_positions_and_hides_iris_strings_and_comments(text, masked):
    assert code_mask(text) == masked
    assert len(code_mask(text)) == len(text)


@pytest.mark.parametrize("text, outbound", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { SERVICE SILENT <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { SERVICE<http://x/>{ ?s ?p ?o } }", True),
    ("SELECT * WHERE { SERVICE ?g { ?s ?p ?o } }", True),
    ("PREFIX e: <http://x/> SELECT * WHERE { SERVICE e:s { ?s ?p ?o } }", True),
    ("LOAD <http://x/data.ttl>", True),
    ('SELECT ?service WHERE { ?service ?p "SERVICE <http://x/>" } # SERVICE <http://y/>', False),
    ("SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }", False),
    ("SELECT * WHERE { ?s ?p ?o } # LOAD <http://y/>", False),
])
def test_uses_service(text, outbound):
    assert uses_service(text) is outbound


NAME = {"actor": ox.Literal("Vladimir Putin")}


@pytest.mark.parametrize("query, bound", [
    ("SELECT * WHERE { ?e ?p ?actor }",
     'SELECT * WHERE { VALUES ?actor { "Vladimir Putin" }  ?e ?p ?actor }'),
    # the first brace of code: not one inside an IRI-like text, a string or a comment
    ('# { not here\nSELECT * WHERE { ?e ?p "{" }',
     '# { not here\nSELECT * WHERE { VALUES ?actor { "Vladimir Putin" }  ?e ?p "{" }'),
    ("PREFIX x: <http://x/> SELECT * WHERE { ?e x:p ?actor }",
     'PREFIX x: <http://x/> SELECT * WHERE { VALUES ?actor { "Vladimir Putin" }  ?e x:p ?actor }'),
    ("SELECT * FROM <http://g/> WHERE{?e ?p ?actor}",
     'SELECT * FROM <http://g/> WHERE{ VALUES ?actor { "Vladimir Putin" } ?e ?p ?actor}'),
])
def test_bind_values_binds_in_the_first_group_of_code(query, bound):
    assert bind_values(query, NAME) == bound


def test_bind_values_needs_a_group():
    with pytest.raises(UsageError):
        bind_values('ASK "{"', NAME)
