"""The spine's acceptance checks: each one a SPARQL question to the graph built from the seed
article as JSON Lines with "published": "2024-10-31"."""

from __future__ import annotations

from conftest import ask, select


def test_weapon_test_by_north_korea_with_icbm_date_and_source(seed_store):
    assert ask(seed_store, """
    ASK {
      ?e a gev:WeaponTest ; gev:agent ?nk ; gev:weapon ?w ; gev:date "2024-10-31"^^xsd:date ;
         gev:accordingTo ?jcs ; gev:modality "asserted" .
      ?nk gev:isoCode "PRK" .
      ?w rdfs:label ?wl . OPTIONAL { ?w skos:altLabel ?walt }
      FILTER (LCASE(STR(?wl)) = "intercontinental ballistic missile" || STR(?walt) = "ICBM")
      ?jcs rdfs:label ?jl ; gev:country/gev:isoCode "KOR" .
      FILTER (CONTAINS(STR(?jl), "Joint Chiefs of Staff"))
    }""")


def test_meeting_in_washington_city_with_us_and_south_korea(seed_store):
    rows = select(seed_store, """
    SELECT DISTINCT ?e ?plabel WHERE {
      ?e a gev:Meeting ; gev:place ?place ; gev:date "2024-10-31"^^xsd:date ; gev:participant ?p .
      ?place a gev:Place ; rdfs:label "Washington" .
      FILTER NOT EXISTS { ?place a gev:Country }
      ?p rdfs:label ?plabel .
    }""")
    assert rows, "no meeting in Washington (the city) dated 2024-10-31"
    participants = {r["plabel"] for r in rows}
    assert {"United States", "South Korea"} <= participants or \
        {"Antony Blinken", "Lloyd Austin", "Cho Tae-yul", "Kim Yong-hyun"} <= participants


def test_condemnations(seed_store):
    assert ask(seed_store, """
    ASK { ?e a gev:Condemnation ; gev:agent ?a ; gev:target ?t . ?t gev:isoCode "PRK" .
          { ?a rdfs:label "White House" } UNION { ?a gev:isoCode "USA" } }""")
    agents = {r["l"] for r in select(seed_store, "SELECT ?l WHERE { ?e a gev:Condemnation ; gev:agent/rdfs:label ?l }")}
    assert "Antonio Guterres" in agents
    assert any("Foreign Office" in a and "British" in a for a in agents)


def test_deployment_of_north_korean_troops_to_russia(seed_store):
    assert ask(seed_store, """
    ASK { ?e a gev:MilitaryDeployment ; gev:agent ?a ; gev:place ?r .
          ?a gev:isoCode "PRK" . ?r gev:isoCode "RUS" . }""")


def test_demand_by_us_and_south_korea_to_north_korea(seed_store):
    assert ask(seed_store, """
    ASK { ?e a gev:Demand ; gev:agent ?us, ?kr ; gev:target ?nk .
          ?us gev:isoCode "USA" . ?kr gev:isoCode "KOR" . ?nk gev:isoCode "PRK" . }""")


def test_putin_visit_in_june_and_russia_north_korea_agreement(seed_store):
    assert ask(seed_store, """
    ASK { ?e a gev:Visit ; gev:agent ?p ; gev:place ?c ; gev:date "2024-06"^^xsd:gYearMonth .
          ?p rdfs:label "Vladimir Putin" . ?c rdfs:label "Pyongyang" . }""")
    assert ask(seed_store, """
    ASK { ?e a gev:Agreement ; gev:participant ?a, ?b .
          { ?a gev:isoCode "RUS" } UNION { ?a gev:country/gev:isoCode "RUS" }
          { ?b gev:isoCode "PRK" } UNION { ?b gev:country/gev:isoCode "PRK" } }""")


def test_statements_by_kim_jong_un_and_by_china(seed_store):
    rows = select(seed_store, """
    SELECT ?who ?q WHERE { ?e a gev:Statement ; gev:agent/rdfs:label ?who ; gev:quote ?q .
                           FILTER (CONTAINS(?q, "fully meets the objective")) }""")
    assert {r["who"] for r in rows} == {"Kim Jong Un"}
    assert ask(seed_store, """
    ASK { ?e a gev:Statement ; gev:agent ?a .
          { ?a gev:isoCode "CHN" } UNION { ?a rdfs:label "Lin Jian" } }""")


def test_hypothetical_arms_transfer_from_south_korea_to_ukraine(seed_store):
    assert ask(seed_store, """
    ASK { ?e a gev:ArmsTransfer ; gev:agent ?kr ; gev:target ?ua ; gev:modality "hypothetical" .
          ?kr gev:isoCode "KOR" . ?ua gev:isoCode "UKR" . }""")


def test_persons_with_country_and_role(seed_store):
    rows = select(seed_store, """
    SELECT ?name ?iso ?role WHERE { ?p a gev:Person ; rdfs:label ?name .
      OPTIONAL { ?p gev:country/gev:isoCode ?iso } OPTIONAL { ?p gev:role ?role } }""")
    people: dict[str, tuple[set, set]] = {}
    for r in rows:
        isos, roles = people.setdefault(r["name"], (set(), set()))
        isos.add(r["iso"])
        roles.add(r["role"])
    expect = {
        "Kim Jong Un": ("PRK", None), "Kim Yong-hyun": ("KOR", "Defense Minister"), "Cho Tae-yul": ("KOR", None),
        "Lin Jian": ("CHN", "spokesperson"), "Gen Nakatani": ("JPN", "Defense Minister"),
        "Antony Blinken": ("USA", None), "Lloyd Austin": ("USA", None), "Vladimir Putin": ("RUS", None),
    }
    for name, (iso, role) in expect.items():
        assert name in people, name
        assert iso in people[name][0], (name, people[name])
        if role:
            assert role in people[name][1], (name, people[name])
    assert "Antonio Guterres" in people


def test_nothing_from_junk(seed_store):
    # the ad, the photo credit and the byline bio yield no actor of any event
    rows = select(seed_store, """
    SELECT DISTINCT ?l WHERE { ?e a gev:Event ; gev:agent|gev:target|gev:participant|gev:accordingTo ?a .
                               ?a rdfs:label ?l }""")
    labels = {r["l"] for r in rows}
    for junk in ("Teilor Stone", "First Deposit Bonus", "Village Voice", "Newsday", "Wall Street Journal",
                 "GQ", "Mirabella", "KNS", "STR", "Thesaxon", "Styles"):
        assert not any(junk in l for l in labels), junk
    # and the junk names are no entities at all
    assert not ask(seed_store, 'ASK { ?x rdfs:label ?l . FILTER (CONTAINS(STR(?l), "Teilor") || CONTAINS(STR(?l), "Deposit")) }')
    # the author is the document's creator
    assert ask(seed_store, 'ASK { ?d a gev:Document ; dcterms:creator "Teilor Stone" }')


def test_kim_said_is_kim_jong_un_not_kim_yong_hyun(seed_store):
    assert not ask(seed_store, """
    ASK { ?e a gev:Statement ; gev:agent/rdfs:label "Kim Yong-hyun" ; gev:quote ?q .
          FILTER (CONTAINS(?q, "fully meets")) }""")


def test_statements_point_to_the_events_they_report(seed_store):
    # "South Korea's Joint Chiefs of Staff said North Korea fired ..." : a statement about the test
    assert ask(seed_store, """
    ASK { ?s a gev:Statement ; gev:agent/rdfs:label "South Korean Joint Chiefs of Staff" ; gev:about ?e .
          ?e a gev:WeaponTest ; gev:agent/gev:isoCode "PRK" . }""")
    # and a statement is never about itself or about another statement
    assert not ask(seed_store, "ASK { ?s gev:about ?e . ?e a gev:Statement }")


def test_the_launch_is_mentioned_as_one_occurrence_and_a_plan_is_not(seed_store):
    """gev:specific marks mentions of one occurrence: "fired" in the seed's lead is one; the
    hypothetical arms transfer ("sending weapons") names none."""
    specific = {(r["t"], r["a"]) for r in select(seed_store, """
    SELECT ?t ?a WHERE { ?e a ?c ; gev:mention ?m . ?m gev:specific true ; nif:anchorOf ?a .
                         VALUES ?c { gev:WeaponTest gev:ArmsTransfer } BIND (STRAFTER(STR(?c), "#") AS ?t) }""")}
    assert ("WeaponTest", "fired") in specific, specific
    assert not any(t == "ArmsTransfer" for t, _ in specific), specific


def test_the_visit_is_triggered_by_its_noun_and_carried_by_its_support_verb(seed_store):
    """"President Putin making a rare visit to Pyongyang": both words are mentions of the Visit,
    only "visit" is its trigger mention (what the page and the export show as its word)."""
    rows = select(seed_store, """
    SELECT ?a ?t WHERE { ?e a gev:Visit ; gev:mention ?m . ?m nif:anchorOf ?a .
                         BIND (EXISTS { ?e gev:triggerMention ?m } AS ?t) }""")
    assert sorted((r["a"], r["t"]) for r in rows) == [("making", "false"), ("visit", "true")]
    # every event has a trigger mention, and each is one of its mentions
    assert not ask(seed_store, "ASK { ?e a gev:Event FILTER NOT EXISTS { ?e gev:triggerMention ?m } }")
    assert not ask(seed_store, "ASK { ?e gev:triggerMention ?m FILTER NOT EXISTS { ?e gev:mention ?m } }")
