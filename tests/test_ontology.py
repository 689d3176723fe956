from __future__ import annotations

import shutil

import pytest
from rdflib import OWL, RDF, RDFS, Graph

from kg.resources import ontology_path
from kg.vocab import GEV

CONTRACT_CLASSES = ["Document", "Actor", "Person", "Country", "Organization", "GovernmentBody",
                    "InternationalOrganization", "ArmedForce", "MediaOrganization", "Place", "Weapon", "Event",
                    "Mention", "Meeting", "Visit", "WeaponTest", "Attack", "MilitaryDeployment", "Condemnation",
                    "Statement", "Demand", "Threat", "Agreement", "ArmsTransfer", "Sanction", "Protest", "Coercion",
                    "Rejection", "Support", "Cooperation", "Aid", "Concession", "Release", "Investigation"]
CONTRACT_PROPERTIES = ["agent", "target", "participant", "weapon", "place", "date", "accordingTo", "quote",
                       "modality", "confidence", "mention", "country", "memberOf", "role", "isoCode", "document",
                       "text", "sha256", "cameoCode", "ploverType"]


def test_generated_namespace_is_up_to_date():
    from kg.vocab.generate import TARGET, generate

    assert TARGET.read_text(encoding="utf-8") == generate(), "run: python -m kg.vocab.generate"


def test_misspelt_term_fails_loudly():
    with pytest.raises(AttributeError):
        GEV.WeaponTets  # noqa: B018


def test_contract_terms_have_label_and_comment():
    g = Graph().parse(ontology_path("geoevent.ttl"))
    for name in CONTRACT_CLASSES + CONTRACT_PROPERTIES:
        term = GEV[name]
        assert g.value(term, RDFS.label), name
        assert g.value(term, RDFS.comment), name
    assert (GEV.Country, RDFS.subClassOf, GEV.Place) in g
    assert (GEV.agent, RDFS.subPropertyOf, None) in g
    assert (GEV.WeaponTest, RDF.type, OWL.Class) in g


def test_event_types_carry_cameo_and_plover_codes():
    from kg.vocab.event_types import registry

    types = registry().types
    assert types["WeaponTest"].cameo == "150" and types["WeaponTest"].plover == "MOBILIZE"
    assert types["Meeting"].plover == "CONSULT"
    assert types["Statement"].plover is None
    assert types["Incident"].cameo is None and types["Incident"].plover is None  # a happening of no other type
    assert len(types) == 22
    assert types["Rejection"].plover == "REJECT" and types["Release"].cameo == "084"
    assert types["Coercion"].cameo == "173" and types["Coercion"].plover == "COERCE"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_ontology_is_consistent_for_hermit(tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    # owlready2 reads RDF/XML or N-Triples: convert
    nt = tmp_path / "geoevent.nt"
    Graph().parse(ontology_path("geoevent.ttl")).serialize(nt, format="nt")
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert not list(world.inconsistent_classes())
