"""Material conflict (CAMEO quad class 4) by category of error (issue 13, the CAMEO sets): a table
per category of sentences and the whole record of each event they yield (type, trigger, modality,
agents, targets, participants and places as kind:label/country). Sentences written for these tests
in wire style."""

from __future__ import annotations

import pytest

from conftest import entity_name as _name


def records(ex) -> list[tuple]:
    return [(e.type, e.trigger, e.modality, [_name(ex, k) for k in e.agents], [_name(ex, k) for k in e.targets],
             [_name(ex, k) for k in e.participants], [_name(ex, k) for k in e.places]) for e in ex.events]


# weapons fired into a state or at a crowd are an attack on it; fired into the air or the sea, at no
# one, they are a test or nothing (the WeaponTest row took "fired rockets into Israel")
FIRED_INTO = [
    ("Hamas fired rockets into Israel on Monday.",
     [("Attack", "fire", "asserted", ["ArmedForce:Hamas/PSE"], ["Country:Israel"], [], ["Country:Israel"])]),
    ("Militants fired mortar shells into the town of Ramadi.",
     [("Attack", "fire", "asserted", ["ArmedForce:militants/IRQ"], ["Group:people of Ramadi/IRQ"], [], ["Place:Ramadi/IRQ"])]),
    ("North Korea fired two missiles into the sea.",
     [("WeaponTest", "fire", "asserted", ["Country:North Korea"], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", FIRED_INTO, ids=[c[0][:40] for c in FIRED_INTO])
def test_weapons_fired_into_a_place_attack_it(run, text, expected):
    assert records(run(text)) == expected


# a noun of an act ("military action", "a military operation") has no owner to be its target: the
# modifier "military" made an ArmedForce target of a threat
ACT_NOUNS = [
    ("The United States threatened military action against Syria.",
     [("Threat", "threaten", "asserted", ["Country:United States"], ["Country:Syria"], [], [])]),
    ("Rebels attacked a military base near Aleppo.",  # a thing, not an act: its owner stays the target
     [("Attack", "attack", "asserted", ["ArmedForce:rebels/SYR"], ["ArmedForce:military/SYR", "Group:people of base"], [],
       ["Place:Aleppo/SYR"])]),
]


@pytest.mark.parametrize("text,expected", ACT_NOUNS, ids=[c[0][:40] for c in ACT_NOUNS])
def test_an_act_noun_has_no_owner_as_target(run, text, expected):
    assert records(run(text)) == expected


# armed groups the model calls persons: a lexicon organisation in another case ("Al-Shabab"), a name
# before a body noun ("the Haqqani network", "the Wagner group")
ARMED_GROUPS = [
    ("Al-Shabab said it carried out the attack.",
     [("Statement", "say", "asserted", ["ArmedForce:al-Shabab/SOM"], [], [], []),
      ("Attack", "attack", "asserted", ["ArmedForce:al-Shabab/SOM"], [], [], [])]),
    ("Al-Shabab fighters attacked a base in Somalia.",
     [("Attack", "attack", "asserted", ["ArmedForce:al-Shabab/SOM"], ["Group:people of base"], [], ["Country:Somalia"])]),
    ("The attack was blamed on the Haqqani network.",
     [("Attack", "attack", "asserted", ["ArmedForce:Haqqani network/AFG"], [], [], []),
      ("Condemnation", "blame", "asserted", [], ["ArmedForce:Haqqani network/AFG"], [], [])]),
    # a group noun with the group's name right after it is that group, not a state's groups
    ("The Somali militant group al-Shabab attacked a hotel in Mogadishu.",
     [("Attack", "attack", "asserted", ["ArmedForce:al-Shabab/SOM"], ["Group:people of hotel"], [], ["Place:Mogadishu/SOM"])]),
    ("The Iraqi militant group said it attacked a base.",  # (no name after it: the state's group)
     [("Statement", "say", "asserted", ["Organization:Iraqi groups/IRQ"], [], [], []),
      ("Attack", "attack", "asserted", ["Organization:Iraqi groups/IRQ"], ["Group:people of base"], [], ["Place:base"])]),
    ("Gunmen from the Zarqawi network kidnapped two engineers in Baghdad.",
     [("Attack", "kidnap", "asserted", ["Organization:Zarqawi network"], ["Group:engineer"], [], ["Place:Baghdad/IRQ"])]),
]


@pytest.mark.parametrize("text,expected", ARMED_GROUPS, ids=[c[0][:40] for c in ARMED_GROUPS])
def test_armed_groups_the_model_calls_persons(run, text, expected):
    assert records(run(text)) == expected


# web sites defaced are a cyber attack (as websites are), and no place on the map
DEFACED = [
    ("Muslim hackers have defaced nearly 3,000 Danish Web sites over the past month.",
     [("Attack", "deface", "asserted", ["Group:Muslim hackers"], ["Country:Denmark"], [], [])]),
    ("Hackers defaced the Web site of the Georgian parliament.",
     [("Attack", "deface", "asserted", ["Group:hackers"], ["GovernmentBody:Georgian Parliament/GEO"], [], [])]),
]


@pytest.mark.parametrize("text,expected", DEFACED, ids=[c[0][:40] for c in DEFACED])
def test_web_sites_defaced_are_a_cyber_attack(run, text, expected):
    assert records(run(text)) == expected


# crowd control by force (CAMEO 175): tear gas, batons and water cannon against a crowd, a crowd
# dispersed or broken up, are coercion — not a weapon test, and nothing at all before
CROWD_CONTROL = [
    ("Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia.",
     [("Protest", "protest", "asserted", ["Group:protesters/LBR"], [], [], ["Place:Monrovia/LBR"]),
      ("Coercion", "use", "asserted", ["GovernmentBody:Liberian police/LBR"], ["Group:protesters/LBR"], [], ["Place:Monrovia/LBR"])]),
    ("Zimbabwean police in the capital Harare have fired teargas to break up protests against the country's worsening economic crisis.",
     [("Coercion", "fire", "asserted", ["GovernmentBody:Zimbabwean police/ZWE"], ["Group:people of Harare/ZWE"], [], ["Place:Harare/ZWE"])]),
    ("Police fired tear gas at the protesters.",
     [("Coercion", "fire", "asserted", ["GovernmentBody:police"], ["Group:protesters"], [], []),
      ("Protest", "protest", "asserted", ["Group:protesters"], [], [], [])]),
    ("Police dispersed the crowd with water cannon.",
     [("Coercion", "disperse", "asserted", ["GovernmentBody:police"], ["Group:crowd"], [], [])]),
    ("The rally dispersed peacefully.", []),
]


@pytest.mark.parametrize("text,expected", CROWD_CONTROL, ids=[c[0][:40] for c in CROWD_CONTROL])
def test_crowd_control_by_force_is_coercion(run, text, expected):
    assert records(run(text)) == expected


# people named by the protest they make (the protesting cue: protesters, demonstrators, rioters)
# tell one, theirs, where their sentence reports none by a trigger: the crowd police disperse or
# fire on, the demonstrators who greet a visitor (issue 13, AG News READ half: 4 of 17 protests
# named only so, none found); the noun presupposes it, unless no one is there yet
IMPLIED_PROTESTS = [
    ("French soldiers fired to disperse protesters in Abidjan on Tuesday.",
     [("Attack", "fire", "asserted", ["ArmedForce:French soldiers/FRA"], [], [], ["Place:Abidjan/CIV"]),
      ("Coercion", "disperse", "asserted", ["ArmedForce:French soldiers/FRA"], ["Group:protesters/CIV"], [], ["Place:Abidjan/CIV"]),
      ("Protest", "protest", "asserted", ["Group:protesters/CIV"], [], [], ["Place:Abidjan/CIV"])]),
    ("The Taiwanese president was greeted by demonstrators in Seattle.",
     [("Support", "greet", "asserted", ["Group:American protesters/USA"], ["GovernmentBody:Taiwanese President/TWN"], [],
       ["Place:Seattle/USA"]),
      ("Protest", "protest", "asserted", ["Group:American protesters/USA"], [], [], ["Place:Seattle/USA"])]),
    ("A spokesman for the protesters said they would stay in Kiev.",
     [("Protest", "protest", "asserted", ["Group:protesters/UKR"], [], [], ["Place:Kyiv/UKR"])]),
    # (title case after a dateline, tagged a name)
    ("KABUL, Afghanistan - Protesters angered at the sacking of a governor clashed with security forces on Sunday.",
     [("Protest", "protest", "asserted", ["Group:protesters"], [], [], []),
      ("Attack", "clash", "asserted", [], ["ArmedForce:security forces"], [], [])]),
    # guards: people not there yet; a protest their sentence reports (one, not two); sport's strikers
    ("Police will not tolerate protesters in the square, the minister warned.",
     [("Protest", "protest", "hypothetical", ["Group:protesters"], [], [], [])]),
    ("Protesters marched in Caracas against the government.",
     [("Protest", "march", "asserted", ["Group:protesters/VEN"], ["GovernmentBody:Venezuelan government/VEN"], [],
       ["Place:Caracas/VEN"])]),
    ("The club's strikers scored twice in the match.", []),
]


@pytest.mark.parametrize("text,expected", IMPLIED_PROTESTS, ids=[c[0][:40] for c in IMPLIED_PROTESTS])
def test_protesters_named_tell_their_protest(run, text, expected):
    assert records(run(text)) == expected


# what modifies a protest's noun: a people's adjective names that state's people, who protest, not
# the state (gev:stateNameIsPlace; "Saudi protests" had Saudi Arabia as agent); after "anti-" or
# "pro-" (stance_prefix) it names what the protest is against or for, no doer ("an anti-government
# rally" had the government as agent, "anti-American protests" the United States), and after
# "anti-" (against_prefix) its target (issue 13, AG News READ half and event_location's dev half)
PROTEST_MODIFIERS = [
    ("Saudi protests spread to Riyadh on Friday.",
     [("Protest", "protest", "asserted", ["Group:Saudi protesters/SAU"], [], [], [])]),
    ("The Iranian protests entered their third week.",
     [("Protest", "protest", "asserted", ["Group:Iranian protesters/IRN"], [], [], [])]),
    ("Anti-American protests spread to Basra on Friday.",
     [("Protest", "protest", "asserted", [], ["Country:United States"], [], [])]),
    ("The anti-Israeli rally in Amman drew thousands.",
     [("Protest", "rally", "asserted", [], ["Country:Israel"], [], ["Place:Amman/JOR"])]),
    # guards: "pro-" names no target; a state's act named by its adjective or name stays the state's
    ("Pro-government rallies were held in Caracas on Sunday.",
     [("Protest", "rally", "asserted", [], [], [], ["Place:Caracas/VEN"])]),
    ("US strikes hit Raqqa on Monday.",
     [("Attack", "strike", "asserted", ["Country:United States"], ["Country:Syria", "Group:people of Ar Raqqah/SYR"], [], ["Place:Ar Raqqah/SYR"])]),
]


@pytest.mark.parametrize("text,expected", PROTEST_MODIFIERS, ids=[c[0][:40] for c in PROTEST_MODIFIERS])
def test_a_protests_modifiers_name_its_people_or_what_it_is_against(run, text, expected):
    assert records(run(text)) == expected


# a rally of markets is no protest: stocks, prices or a currency rallying, a relief or stock
# market rally (issue 13, AG News READ half: "gave Wall Street a modest relief rally" was a Protest)
MARKET_RALLIES = [
    ("Traders said the relief rally in Tokyo was short-lived.", []),
    ("Stocks rallied in Tokyo on Tuesday.", []),
    ("A stock market rally in London lifted the FTSE.", []),
    # guards: people rallying, a rally held
    ("Thousands rallied in Kiev against the government.",
     [("Protest", "rally", "asserted", ["Group:people/UKR"], ["GovernmentBody:Ukrainian government/UKR"], [], ["Place:Kyiv/UKR"])]),
    ("Opposition supporters held a rally in Dhaka on Sunday.",
     [("Protest", "rally", "asserted", ["Group:opposition supporters/BGD"], [], [], ["Place:Dhaka/BGD"])]),
]


@pytest.mark.parametrize("text,expected", MARKET_RALLIES, ids=[c[0][:40] for c in MARKET_RALLIES])
def test_a_rally_of_markets_is_no_protest(run, text, expected):
    assert records(run(text)) == expected


# an act its doer denies is not asserted (cue class denying, 70299f5)
DENIED = [
    ("The army denied firing shots in Karni but said it had a firefight with gunmen near the Jewish settlement of Kfar Darom.",
     [("Attack", "fire", "hypothetical", ["ArmedForce:army"], [], [], ["Place:Karni"]),
      ("Attack", "firefight", "asserted", ["ArmedForce:army"], ["ArmedForce:gunmen"], [], ["Place:Kfar Darom"])]),
]


@pytest.mark.parametrize("text,expected", DENIED, ids=[c[0][:40] for c in DENIED])
def test_an_act_denied_by_its_doer_is_not_asserted(run, text, expected):
    assert records(run(text)) == expected


def test_no_generated_trigger_takes_a_conjunction_for_its_object():
    """PETRARCH2's "+SHOT_AND" (and "KILLED_OR", "ARREST_AND") are a verb joined to the next by a
    conjunction ("shot and killed"), not a verb with an object "and": the generator gave
    ``shot VERB Attack obj:and``."""
    from kg.resources import data_path

    rows = [line.split("\t") for line in data_path("lexicon", "triggers_petrarch.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert [r[:4] for r in rows if r[3] in ("obj:and", "obj:or", "obj:but", "obj:nor", "obj:then")] == []


def test_the_generator_reads_a_joined_verb_as_no_object(tmp_path):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("petrarch_triggers", root / "tools" / "petrarch_triggers.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    patterns = tmp_path / "verbs.txt"
    patterns.write_text("####### VERB PATTERNS #######\n--- ATTACK [190]\nATTACK\n+SHOT_AND {} # shot and killed\n"
                        "+STORM_INTO\n", encoding="utf-8")
    plover = tmp_path / "plover.txt"
    plover.write_text("190: ASSAULT\n", encoding="utf-8")
    assert tool.convert(patterns, plover, {}) == [("attack", "Attack", "actor", "190"),
                                                  ("storm", "Attack", "prep:into", "190")]


# verbs of running away take no rows written for other verbs of their PETRARCH family ("- * &PEOPLE
# [160]  # EVACUATE" gave ``flee VERB Sanction obj:civilians``): fleeing civilians are no sanction
NOT_THE_PATTERNS_VERB = [
    ("The militants appeared to target fleeing civilians in Deir ez-Zor.",
     [("Attack", "target", "asserted", ["ArmedForce:militants/SYR"], [], [], ["Place:Deir ez-Zor/SYR"])]),
]


@pytest.mark.parametrize("text,expected", NOT_THE_PATTERNS_VERB, ids=[c[0][:40] for c in NOT_THE_PATTERNS_VERB])
def test_no_sanction_from_another_verbs_pattern(run, text, expected):
    # (running away itself is a happening of no type, gev:Incident, and not what this table is about)
    assert [r for r in records(run(text)) if r[0] != "Incident"] == expected


# a PETRARCH2 pattern coded for one verb of a family, giving another type than the family's, names a
# sense of that verb only ("- * SANCTIONS [040]  # DEBATE", "- * BAN [131]  # THREATEN", "- *
# &INVESTIGATION [1014]  # ORDER"): the generator gave it to every verb of the family
ANOTHER_VERBS_SENSE = [
    ("Turkey said it would reconsider its ban on foreign flights.",  # was also a Threat
     [("Statement", "say", "asserted", ["Country:Turkey"], [], [], [])]),
    ("Kenya revoked its ban on exports to Uganda.", []),  # was a Threat
    ("Indian police conducted an investigation into the killing of the journalist.",  # "conducted" was a Demand
     [("Investigation", "investigation", "asserted", ["GovernmentBody:Indian police/IND"], ["Group:journalist"], [], []),
      ("Attack", "killing", "asserted", [], ["Group:journalist"], [], [])]),
    ("Russia's interior minister ruled out an inquiry into the deaths.", []),  # was a Demand
    ("Police were conducting an evacuation of the railway station.", []),  # was a Sanction
    ("Hamas spread propaganda against Israel on social media.", []),  # was a Support
]


@pytest.mark.parametrize("text,expected", ANOTHER_VERBS_SENSE, ids=[c[0][:40] for c in ANOTHER_VERBS_SENSE])
def test_no_type_from_a_pattern_coded_for_another_verb(run, text, expected):
    assert records(run(text)) == expected


# refusing to speak refuses no act ("- * TO COMMENT [011]  # REFUSE": a statement); a warning that
# says no act to come is a statement; a blow dealt is a figure of speech; an armed group disbanding
# is no sanction; harm to an abstraction ("undermine interests", "inflict suffering") tells another act
SAID_OR_FIGURATIVE = [
    ("The German government declined to comment on the report.",  # was a Rejection
     [("Statement", "decline", "asserted", ["GovernmentBody:German government/DEU"], [], [], [])]),
    ("The Israeli army refused to comment on the report.",  # was a Rejection
     [("Statement", "refuse", "asserted", ["ArmedForce:Israeli army/ISR"], [], [], [])]),
    ("U.S. defence officials cautioned that no deadline had been set for the withdrawal of the troops.",  # was a Threat
     [("Statement", "caution", "asserted", ["Country:United States"], [], [], [])]),
    ("Israel dealt a heavy blow to Hamas on Wednesday.", []),  # was a Condemnation
    ("The rebel commander said his fighters would disband by the end of the month.", []),  # was a Sanction
    ("Turkey is actively working to undermine US interests in the region.", []),  # was a Sanction
    ("The Syrian army continued to inflict heavy suffering on the people of Idlib.", []),  # was a Coercion
]


@pytest.mark.parametrize("text,expected", SAID_OR_FIGURATIVE, ids=[c[0][:40] for c in SAID_OR_FIGURATIVE])
def test_no_act_from_a_refusal_to_speak_or_a_figure(run, text, expected):
    assert records(run(text)) == expected


def test_the_generator_keeps_a_pattern_to_the_verb_it_was_coded_for(tmp_path):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("petrarch_triggers", root / "tools" / "petrarch_triggers.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    patterns = tmp_path / "verbs.txt"
    patterns.write_text(
        "####### VERB PATTERNS #######\n"
        "--- VERBAL_CONFLICT [110] ---\nDISPUTE\nOPPOSE\nDEBATE [040]\n"
        "- * SANCTIONS [040]  # DEBATE <jap 1/1/01>\n"   # another type: DEBATE's only
        "- * CLAIM [110]  # DISPUTE\n"                    # the family's type: every verb's
        "- * PLAN [120]  # ARGUE\n"                       # a verb not in the family: the first verb's
        "--- START [---] ---\nSTART\nBEGIN\n"
        "- * ASSAULT [190]  # START\n"                    # a family of no code: shared
        "--- REFUSE [---] ---\nREFUSE\nDECLINE [120]\n"
        "- * TO COMMENT [011]  # REFUSE <jap 4/21/01>\n", encoding="utf-8")
    plover = tmp_path / "plover.txt"
    plover.write_text("040: CONSULT\n110: ACCUSE\n120: REJECT\n190: ASSAULT\n011: NONE\n", encoding="utf-8")
    assert sorted(tool.convert(patterns, plover, {})) == sorted([
        ("dispute", "Condemnation", "obj:claim", "110"), ("dispute", "Rejection", "obj:plan", "120"),
        ("dispute", "Condemnation", "actor", "110"),
        ("oppose", "Condemnation", "obj:claim", "110"),
        ("debate", "Meeting", "obj:sanctions", "040"), ("debate", "Condemnation", "obj:claim", "110"),
        ("debate", "Meeting", "actor", "040"),
        ("start", "Attack", "obj:assault", "190"), ("begin", "Attack", "obj:assault", "190"),
        ("decline", "Statement", "xcomp:comment", "011"), ("decline", "Rejection", "actor", "120"),
    ])


# modality by clause: a finite relative clause tells its act in its own tense, whatever governs the
# noun it modifies (a refusal, a vow, a ban made "who attacked", "who was arrested" not done, or
# planned); and an infinitive a purpose clause is to help bring about is intended, not done
# ("sent to help the army fight": the fight was asserted)
CLAUSE_MODALITY = [
    ("The government refused to hand over the men who attacked the embassy.",
     [("Attack", "attack", "asserted", ["Group:men"], ["Group:people of embassy"], [], ["Place:embassy"])]),
    ("A court in Istanbul lifted a travel ban on a journalist who was arrested last year.",
     [("Concession", "lift", "asserted", ["GovernmentBody:court"], ["Group:journalist/TUR"], [], ["Place:Istanbul/TUR"]),
      ("Coercion", "arrest", "asserted", [], ["Group:journalist/TUR"], [], ["Place:Istanbul/TUR"])]),
    ("The army vowed to retake the towns that rebels had shelled.",
     [("Attack", "retake", "hypothetical", ["ArmedForce:army"], [], [], []),
      ("Attack", "shell", "asserted", ["ArmedForce:rebels"], [], [], [])]),
    ("Troops were sent to help the army fight the rebels.",
     [("MilitaryDeployment", "send", "asserted", ["ArmedForce:troops"], [], [], []),
      ("Attack", "fight", "hypothetical", ["ArmedForce:army"], ["ArmedForce:rebels"], [], [])]),
    # guards (unchanged): the refused act itself; the purpose clause's own verb ("gathered to protest")
    ("The rebels refused to attack the town.",
     [("Attack", "attack", "negated", ["ArmedForce:rebels"], [], [], [])]),
    ("Thousands gathered to protest the decision.",
     [("Protest", "gather", "asserted", ["Group:people"], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", CLAUSE_MODALITY, ids=[c[0][:40] for c in CLAUSE_MODALITY])
def test_modality_by_clause(run, text, expected):
    assert records(run(text)) == expected


# an authority ordering a body to suspend, close or shut down imposes it (PETRARCH2 codes "ORDER *
# SUSPEND PUBLICATION", "ORDER * UNIVERSITIES TO_CLOSE" as CAMEO 172/1721, administrative sanctions:
# coercion), not a demand; what else it orders stays a demand
ORDERED_CLOSURE = [
    ("The government ordered the opposition newspaper La Prensa to suspend publication.",
     [("Coercion", "order", "asserted", ["GovernmentBody:government"], ["Person:La Prensa"], [], [])]),
    ("The military government ordered Radio Free Europe to close its office in the capital.",
     [("Coercion", "order", "asserted", ["GovernmentBody:military government"], ["MediaOrganization:Radio Free Europe"], [], [])]),
    # guard (unchanged)
    ("The government ordered the British ambassador to leave the country.",
     [("Demand", "order", "asserted", ["GovernmentBody:government"], ["GovernmentBody:British Ambassador/GBR"], [], [])]),
]


@pytest.mark.parametrize("text,expected", ORDERED_CLOSURE, ids=[c[0][:40] for c in ORDERED_CLOSURE])
def test_an_ordered_closure_is_coercion(run, text, expected):
    assert records(run(text)) == expected


# a state's force on the people under it is coercion, material conflict (CAMEO 172 administrative
# sanctions: bans on parties, papers or rallies, curfews, states of emergency or siege; 191
# blockades; 174 people expelled), as PLOVER codes it (COERCE) and as the CAMEO quad-class
# sentences label it (class 4); a state reducing its relations with another is a sanction (CAMEO
# 16: sanctions, embargoes, aid cut, diplomats, inspectors or aid agencies expelled), which those
# sentences label verbal conflict (class 3). The measure's own "on" names whom it is imposed on.
MEASURES_ON_PEOPLE = [
    ("Kenyan police imposed a curfew in the coastal city of Mombasa on Friday.",
     [("Coercion", "impose", "asserted", ["GovernmentBody:Kenyan police/KEN"], ["Group:people of Mombasa/KEN"], [],
       ["Place:Mombasa/KEN"])]),
    ("The army declared a state of emergency in the northern province of Kidal.",
     [("Coercion", "declare", "asserted", ["ArmedForce:army/MLI"], ["Group:people of Kidal/MLI"], [], ["Place:Kidal/MLI"])]),
    ("The government outlawed the main opposition party on Tuesday.",
     [("Coercion", "outlaw", "asserted", ["GovernmentBody:government"], ["Group:main opposition party"], [], [])]),
    ("Authorities in Minsk banned two independent newspapers.",
     [("Coercion", "ban", "asserted", ["GovernmentBody:Belarusian authorities/BLR"], ["Group:independent newspaper"], [],
       ["Place:Minsk/BLR"])]),
    ("Israel imposed a blockade on the Gaza Strip.",
     [("Coercion", "impose", "asserted", ["Country:Israel"], ["Country:Palestine"], [], [])]),
    ("Soldiers forced hundreds of villagers out of their homes near Hebron.",
     [("Coercion", "force", "asserted", ["ArmedForce:soldiers/PSE"], ["Group:villagers/PSE"], [], ["Place:Hebron/PSE"])]),
    ("Tajikistan expelled 300 Afghan refugees on Monday.",
     [("Coercion", "expel", "asserted", ["Country:Tajikistan"], ["Group:Afghan refugees/AFG"], [], [])]),
    # guards (unchanged): relations reduced between states and bodies stay sanctions
    ("The European Union banned imports of Russian steel.",
     [("Sanction", "ban", "asserted", ["InternationalOrganization:European Union"], ["Country:Russia"], [], [])]),
    ("Moscow expelled two British diplomats on Thursday.",
     [("Sanction", "expel", "asserted", ["Country:Russia"], ["GovernmentBody:British diplomats/GBR"], [], [])]),
    ("The government forced the UN refugee agency out of the country.",
     [("Sanction", "force", "asserted", ["GovernmentBody:government"], ["InternationalOrganization:UNHCR"], [], [])]),
    ("The EU extended its sanctions against Russia by six months.",
     [("Sanction", "extend", "asserted", ["InternationalOrganization:European Union"], ["Country:Russia"], [], [])]),
    ("Thailand closed its border with Cambodia after the election.",
     [("Sanction", "close", "asserted", ["Country:Thailand"], ["Country:Cambodia"], [], [])]),
    ("Police arrested two journalists in Kabul.",
     [("Coercion", "arrest", "asserted", ["GovernmentBody:Afghan police/AFG"], ["Group:journalists/AFG"], [], ["Place:Kabul/AFG"])]),
]


@pytest.mark.parametrize("text,expected", MEASURES_ON_PEOPLE, ids=[c[0][:40] for c in MEASURES_ON_PEOPLE])
def test_measures_on_people_are_coercion(run, text, expected):
    assert records(run(text)) == expected


# labour strikes (CAMEO 143): workers stopping work or downing tools strike; a strike noun a
# verb of staging takes is one even where the lemmatiser slips ("staged" -> "stag", so the
# strike was an air strike on the hospital); "called a strike" is none called off
LABOUR_STRIKES = [
    ("Hundreds of dock workers stopped work on Monday in a strike over pay.",
     [("Protest", "stop", "asserted", ["Group:dock workers"], [], [], [])]),
    ("Teachers downed tools across the country on Wednesday.",
     [("Protest", "down", "asserted", ["Group:teachers"], [], [], [])]),
    ("Nurses staged a sit-in strike at the main hospital in Nairobi.",
     [("Protest", "stage", "asserted", ["Group:nurses/KEN"], [], [], ["Place:Nairobi/KEN"])]),
    ("Doctors called a nationwide strike on Monday.", []),
    # a strike by workers, or workers striking, is theirs: a protest (issue 13, wire text)
    ("A strike by teachers closed schools across the country.",
     [("Protest", "strike", "asserted", ["Group:teachers"], [], [], [])]),
    ("The miners' strike entered its third week.",
     [("Protest", "strike", "asserted", ["Group:miners"], [], [], [])]),
    ("Rail workers struck on Monday, halting trains across Britain.",
     [("Protest", "strike", "asserted", ["Group:rail workers/GBR"], [], [], ["Country:United Kingdom"])]),
    # a named storm that strikes or kills is a disaster, no attack (AG News: "Tropical Storm Jeanne
    # killed at least 250 people", "If Hurricane Charley had struck")
    ("Hurricane Ivan struck Grenada on Tuesday, killing 23 people.",
     [("Incident", "kill", "asserted", [], [], [], ["Country:Grenada"])]),
    ("Tropical Storm Jeanne killed at least 250 people in Haiti.",
     [("Incident", "kill", "asserted", [], [], [], ["Country:Haiti"])]),
    # guards (unchanged)
    ("An air strike by Israeli pilots killed three militants in Gaza.",
     [("Attack", "strike", "asserted", ["Country:Israel"], ["ArmedForce:militants/PSE"], [], ["Country:Palestine"])]),
    ("Israeli pilots struck targets in Gaza on Monday.",
     [("Attack", "strike", "asserted", ["Country:Israel"], ["Country:Palestine"], [], ["Country:Palestine"])]),
    ("Storm Shadow missiles struck a command post in Crimea.",
     [("Attack", "strike", "asserted", [], [], [], ["Place:Crimea/UKR"])]),
    ("About 2,000 miners walked out at the Kolwezi mine on Thursday.",
     [("Protest", "walk", "asserted", ["Group:miners/COD"], [], [], ["Place:Kolwezi/COD"])]),
    ("Rescue teams stopped work at night because of the storm.", []),
    ("The rebels called off their offensive on Sunday.",
     [("Concession", "call", "asserted", ["ArmedForce:rebels"], [], [], []),
      ("Attack", "offensive", "hypothetical", ["ArmedForce:rebels"], [], [], [])]),
    ("Air strikes killed ten people in Idlib.",
     [("Attack", "strike", "asserted", [], ["Group:people/SYR"], [], ["Place:Idlib/SYR"])]),
]


@pytest.mark.parametrize("text,expected", LABOUR_STRIKES, ids=[c[0][:40] for c in LABOUR_STRIKES])
def test_labour_strikes_are_protests(run, text, expected):
    assert records(run(text)) == expected


# a thing's mishap or a force of nature told in a clause of its own is the cause of the harm a
# participle or a clause of time tells, no attack (issue 13, unseen AG News items 1300-1599: a
# plane that crashed "killing 54", a house that collapsed, "killed as an earthquake jolts", "killed
# when fire tore through", "struck and killed by a train", a title's "killed in truck crash");
# the harm of a mishap has no doer (the state a modifier names, those harmed)
MISHAPS = [
    ("A commuter plane crashed into a frozen lake in northern China, killing all 53 people on board.",
     [("Incident", "crash", "asserted", [], [], [], ["Country:China"]),
      ("Incident", "kill", "asserted", [], [], [], ["Country:China"])]),
    ("An earthquake shook an island in eastern Indonesia on Friday, killing six people and injuring six more.",
     [("Incident", "kill", "asserted", [], [], [], ["Country:Indonesia"]),
      ("Incident", "injure", "asserted", [], [], [], ["Country:Indonesia"])]),
    ("At least six people were killed as a strong earthquake jolted an island in eastern Indonesia.",
     [("Incident", "kill", "asserted", [], [], [], ["Country:Indonesia"])]),
    ("A mother and her seven children were killed when fire tore through their home in Ontario.",
     [("Incident", "kill", "asserted", [], [], [], ["Place:Ontario/USA"])]),
    ("A protester was struck and killed by a train carrying nuclear waste near Avricourt.",
     [("Protest", "protest", "asserted", ["Group:protesters"], [], [], ["Place:Avricourt"]),
      ("Incident", "kill", "asserted", [], [], [], ["Place:Avricourt"])]),
    ("A passenger train jumped the rails and crashed in eastern Australia, injuring most of those on board.",
     [("Incident", "injure", "asserted", [], [], [], ["Country:Australia"])]),
    ("A house collapsed onto a mosque in Morocco, killing 10 people.", []),
    ("Policeman killed in truck crash\n\nThe officer died on Sunday.",
     [("Incident", "die", "asserted", [], ["GovernmentBody:police"], [], [])]),
    # guards (unchanged): a vehicle of armed people or of explosives, a collapse an attack caused,
    # a bomb that tore through, a clause of time of fighting
    ("A car packed with explosives crashed into a checkpoint, killing five policemen.",
     [("Incident", "crash", "asserted", [], [], [], ["Place:checkpoint"]),
      ("Attack", "kill", "asserted", [], ["GovernmentBody:police"], [], ["Place:checkpoint"])]),
    ("A truck driven by militants crashed into a checkpoint in Mosul, killing five policemen.",
     [("Incident", "crash", "asserted", [], [], [], ["Place:Mosul/IRQ"]),
      ("Attack", "kill", "asserted", [], ["GovernmentBody:Iraqi police/IRQ"], [], ["Place:Mosul/IRQ"])]),
    ("A building collapsed after an air strike in Gaza, killing ten people.",
     [("Attack", "strike", "asserted", [], [], [], ["Country:Palestine"]),
      ("Attack", "kill", "asserted", [], ["Group:people/PSE"], [], ["Country:Palestine"])]),
    ("Three people were killed when a bomb tore through a market in Baghdad.",
     [("Attack", "tear", "asserted", [], ["Group:people of market", "Group:people/IRQ"], [], ["Place:market", "Place:Baghdad/IRQ"])]),
    ("Two soldiers were killed by a car bomb in Kabul.",
     [("Attack", "kill", "asserted", [], ["ArmedForce:soldiers/AFG"], [], ["Place:Kabul/AFG"])]),
    ("Israeli troops shot dead two gunmen as fighting raged in Jenin.",
     [("Attack", "shoot", "asserted", ["ArmedForce:Israeli troops/ISR"], ["ArmedForce:gunmen/PSE"], [], ["Place:Jenin/PSE"])]),
]


@pytest.mark.parametrize("text,expected", MISHAPS, ids=[c[0][:40] for c in MISHAPS])
def test_a_things_mishap_is_no_attack(run, text, expected):
    assert records(run(text)) == expected


# the toll of a force of nature or a crewed craft's crash told further on is no attack either
# (issue 13, the READ half of bench/agnews_sample.py): a second participle joined to the first
# ("..., destroying crops and killing 100", "..., killing two, injuring ten"), a storm named as the "by" of a passive, a storm's name
# alone once the text has called it so, an army helicopter or military plane that crashed
MISHAP_TOLLS = [
    ("Typhoon Meari slammed into western Japan on Monday, sweeping three people to their deaths and injuring more than 20.",
     [("Incident", "injure", "asserted", [], [], [], ["Country:Japan"])]),
    ("A strong earthquake rocked northern Chile on Tuesday, killing two people, injuring at least ten.", []),
    ("A strong earthquake rocked Peru's southern coast on Tuesday, killing two people, injuring at least ten and "
     "cutting power, officials said.",
     [("Statement", "say", "asserted", ["GovernmentBody:Peruvian officials/PER"], [], [], [])]),
    ("Heavy rains flooded villages across Bangladesh, destroying crops and killing more than 100 people.",
     [("Incident", "destroy", "asserted", [], [], [], ["Country:Bangladesh"]),
      ("Incident", "kill", "asserted", [], [], [], ["Country:Bangladesh"])]),
    ("At least 300 people have been killed by Hurricane Frances in Haiti, officials said.",
     [("Incident", "kill", "asserted", [], [], [], ["Country:Haiti"]),
      ("Statement", "say", "asserted", ["GovernmentBody:Haitian officials/HTI"], [], [], [])]),
    ("Hurricane Frances battered the Bahamas on Friday.\nFrances has killed at least 12 people in the Caribbean.",
     [("Incident", "kill", "asserted", [], [], [], ["Place:Caribbean"])]),
    ("An army helicopter crashed into a hillside in northern Peru, killing 12 soldiers.",
     [("Incident", "crash", "asserted", [], [], [], ["Country:Peru"]),
      ("Incident", "kill", "asserted", [], [], [], ["Country:Peru"])]),
    # guards (unchanged): a drone is no crewed craft, a craft armed people fly is their weapon
    ("A drone crashed into a market in Kharkiv, killing four people.",
     [("Incident", "crash", "asserted", [], [], [], ["Place:Kharkiv/UKR"]),
      ("Attack", "kill", "asserted", [], ["Group:people/UKR"], [], ["Place:Kharkiv/UKR"])]),
    ("A jet flown by militants crashed into a tower in Kabul, killing 30 people.",
     [("Incident", "crash", "asserted", [], [], [], ["Place:Kabul/AFG"]),
      ("Attack", "kill", "asserted", [], ["Group:people/AFG"], [], ["Place:Kabul/AFG"])]),
]


@pytest.mark.parametrize("text,expected", MISHAP_TOLLS, ids=[c[0][:40] for c in MISHAP_TOLLS])
def test_a_toll_told_on_of_a_mishap_is_no_attack(run, text, expected):
    assert records(run(text)) == expected


# the senses of "strike", "fight" and "attack" that are no violence (issue 13, unseen AG News items
# 1300-1599): striking a deal, a chord or themes, an agreement struck; fighting accusations or for an
# agenda; a scathing attack on someone is a condemnation; a survey or polls "released" are no release
VERBAL_SENSES = [
    ("President Bush is striking twin themes for a second term, vowing to fight hard for his political agenda.",
     [("Threat", "vow", "asserted", ["Person:Bush"], [], [], [])]),
    ("Striking a personal chord, Prime Minister Manmohan Singh thanked the people of Assam.",
     [("Support", "thank", "asserted", ["Person:Manmohan Singh/IND"], ["Group:people/IND"], [], [])]),
    ("EasyGroup is close to striking a deal to launch a mobile phone service in Britain.", []),
    ("Unions struck a deal with the government on Monday.",
     [("Agreement", "deal", "asserted", [], [], ["GovernmentBody:government"], [])]),
    ("The minister launched a scathing attack on Blair, accusing him of being out of touch.",
     [("Condemnation", "attack", "asserted", ["GovernmentBody:minister"], ["Person:Tony Blair/GBR"], [], [])]),
    ("Prince Charles fought back on Monday against accusations by a government minister.", []),
    ("India ranks among the most corrupt countries, according to a survey released by Transparency International.", []),
    # guards (unchanged)
    ("Israeli warplanes struck a Hamas base in Gaza.",
     [("Attack", "strike", "asserted", ["Country:Israel"], ["ArmedForce:Hamas/PSE", "Group:people of base"], [],
       ["Country:Palestine"])]),
    ("Rebels launched a fierce attack on the army base.",
     [("Attack", "attack", "asserted", ["ArmedForce:rebels"], ["ArmedForce:army", "Group:people of army base"], [],
       ["Place:army base"])]),
    ("Rebels fought government troops for control of the town.",
     [("Attack", "fight", "asserted", ["ArmedForce:rebels"], ["ArmedForce:government troops"], [], [])]),
    ("Militants released two hostages in Baghdad on Monday.",
     [("Release", "release", "asserted", ["ArmedForce:militants/IRQ"], ["Group:hostages/IRQ"], [], ["Place:Baghdad/IRQ"])]),
]


@pytest.mark.parametrize("text,expected", VERBAL_SENSES, ids=[c[0][:40] for c in VERBAL_SENSES])
def test_senses_of_striking_and_fighting_that_are_no_violence(run, text, expected):
    assert records(run(text)) == expected
