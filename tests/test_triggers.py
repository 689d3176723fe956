"""Event detection by category of error (issue 13.3), on single sentences with the real model: a
table per category of sentences and the whole record of each event they yield (type, trigger,
modality, agents, targets, participants and places as kind:label/country). Sentences written for
these tests in wire style."""

from __future__ import annotations

import pytest

from conftest import entity_name as _name


def records(ex) -> list[tuple]:
    return [(e.type, e.trigger, e.modality, [_name(ex, k) for k in e.agents], [_name(ex, k) for k in e.targets],
             [_name(ex, k) for k in e.participants], [_name(ex, k) for k in e.places]) for e in ex.events]


# no trigger was known for the verb, noun or participle
NO_TRIGGER = [
    ("Syrian warplanes pounded rebel positions in Idlib with airstrikes.",  # an attack named by its instrument
     [("Attack", "pound", "asserted", ["Country:Syria"], ["ArmedForce:rebels/SYR"], [], ["Place:Idlib/SYR"])]),
    ("The base was hit by rockets in Baghdad.",
     [("Attack", "hit", "asserted", [], ["Group:people of base"], [], ["Place:Baghdad/IRQ"])]),
    ("The army launched a military operation against militants in Waziristan.",
     [("Attack", "operation", "asserted", ["ArmedForce:army"], ["ArmedForce:militants"], [], ["Place:Waziristan"])]),
    ("Russia launched cyber warfare against Estonia.",
     [("Attack", "warfare", "asserted", ["Country:Russia"], ["Country:Estonia"], [], ["Country:Estonia"])]),
    ("Unknown attackers murdered a judge in Guatemala City.",
     [("Attack", "murder", "asserted", ["ArmedForce:unknown attackers/GTM"], ["GovernmentBody:judge"], [], ["Place:Guatemala City/GTM"])]),
    ("Militants beheaded two hostages in Raqqa.",  # the hostages, people described, are its target
     [("Attack", "behead", "asserted", ["ArmedForce:militants/SYR"], ["Group:hostages/SYR"], [], ["Place:Ar Raqqah/SYR"])]),
    # entering is an attack when armed people enter; the town changes hands, its people are no
    # target: the state it lies in, not the troops' own, is acted on
    ("Kenyan troops entered Kismayo in Somalia.",
     [("Attack", "enter", "asserted", ["ArmedForce:Kenyan troops/KEN"], ["Country:Somalia"], [],
       ["Country:Somalia", "Place:Kismayo/SOM"])]),
    ("Syrian and Israeli troops fired across the ceasefire line.",  # (both fired: TWO_STATES_ONE_NOUN)
     [("Attack", "fire", "asserted", ["ArmedForce:Syrian troops/SYR", "ArmedForce:Israeli troops/ISR"], [], [], [])]),
    ("Militants burned three churches near Kaduna.",  # arson; not "burned his passport"
     [("Attack", "burn", "asserted", ["ArmedForce:militants/NGA"], ["Group:people of churches"], [], ["Place:Kaduna/NGA"])]),
    ("A man rammed his car into a crowd of pedestrians in Toronto.",
     [("Attack", "ram", "asserted", ["Group:man/CAN"], ["Group:pedestrians/CAN"], [], ["Place:Toronto/CAN"])]),  # the crowd is hit
    ("Soldiers patrolled the streets of Kabul.",  # a deployment's object is where, not whom
     [("MilitaryDeployment", "patrol", "asserted", ["Country:Afghanistan"], [], [], ["Place:Kabul/AFG"])]),
    ("Workers at the mine in Peru went on strike for better pay.",
     [("Protest", "strike", "asserted", ["Group:workers/PER"], [], [], ["Country:Peru"])]),
    ("Hundreds of workers walked out in Denver.",
     [("Protest", "walk", "asserted", ["Group:workers/USA"], [], [], ["Place:Denver/USA"])]),
    ("Afghan President Ashraf Ghani announced a cease-fire with the Taliban.",  # the tokenizer splits "cease - fire"
     [("Statement", "announce", "asserted", ["Person:Ashraf Ghani/AFG"], [], [], []),
      ("Agreement", "fire", "asserted", [], [], ["Person:Ashraf Ghani/AFG", "ArmedForce:Taliban/AFG"], [])]),
    ("The government declared a cessation of hostilities with the rebels.",
     [("Agreement", "cessation", "asserted", [], [], ["GovernmentBody:government", "ArmedForce:rebels"], [])]),
    ("President Laurent Gbagbo announced on Sunday that he will extend the night-time curfew in Abidjan.",
     [("Statement", "announce", "asserted", ["Person:Laurent Gbagbo/CIV"], [], [], []),
      ("Coercion", "extend", "hypothetical", ["Person:Laurent Gbagbo/CIV"], ["Group:people of Abidjan/CIV"], [],
       ["Place:Abidjan/CIV"])]),
    ("The UN imposed an information blackout on Sarajevo.",
     [("Coercion", "impose", "asserted", ["InternationalOrganization:United Nations"], ["Country:Bosnia and Herzegovina"], [], [])]),
    ("Rebel fighters laid down their weapons in Homs.",  # a truce is for the people where it holds
     [("Agreement", "lay", "asserted", [], ["Group:people of Homs/SYR"], ["ArmedForce:rebel fighters/SYR"], ["Place:Homs/SYR"])]),
]

# an attack named by a noun whose toll a verb of harm tells: one event, its targets the harmed
TOLLS = [
    ("A roadside explosion killed three soldiers near Kandahar.",
     [("Attack", "explosion", "asserted", [], ["ArmedForce:soldiers/AFG"], [], ["Place:Kandahār/AFG"])]),
    ("Twenty people were killed in a suicide bombing in Baghdad.",
     [("Attack", "bombing", "asserted", [], ["Group:people/IRQ"], [], ["Place:Baghdad/IRQ"])]),
    ("Scores of villagers died in the attacks in Borno.",
     [("Attack", "attack", "asserted", [], ["Group:villagers/NGA"], [], ["Place:Borno/NGA"])]),
    ("A bomb exploded in a market in Peshawar, killing five people.",
     [("Attack", "explode", "asserted", [], ["Group:people of market", "Group:people/PAK"], [], ["Place:market", "Place:Peshawar/PAK"])]),
]

# sense checks: accidents, plans, markets, causes fought are no attacks; peaceful deployments no
# show of force (aid given: CAMEO 074)
SENSE = [
    # a disaster capitalised at a sentence's start, which the model takes for a person's name, is
    # still the disaster (a mishap, no attack); plural too
    ('Wildfires destroyed 200 homes in Greece.',
     [('Incident', 'destroy', 'asserted', [], [], [], ['Country:Greece'])]),
    ('Storms destroyed crops in Bangladesh.',
     [('Incident', 'destroy', 'asserted', [], [], [], ['Country:Bangladesh'])]),
    ("A gas explosion killed ten miners in Shanxi.", []),
    ("He burned his passport in Paris.", []),
    # a test needs a weapon tested ("tensions have tested relations", "would severely test an aid
    # response"); missiles fired at a place, the aim hung on what is fired, are an attack (the
    # Guardian build read at 107c4e9: 8 of its 10 weapon tests were none)
    ("Tensions over the Kurds have tested relations between two allies.", []),
    ("An exodus of that scale would severely test an aid response.", []),
    ("Iran has tested the patience of its neighbours.", []),
    ("The army tested its soldiers in battle.", []),
    ("North Korea tested a new missile on Friday.",
     [("WeaponTest", "test", "asserted", ["Country:North Korea"], [], [], [])]),
    ("Houthi rebels fired a salvo of ballistic missiles at Riyadh.",
     [("Attack", "fire", "asserted", ["ArmedForce:Houthis/YEM"], ["Group:people of Riyadh/SAU"], [], ["Place:Riyadh/SAU"])]),
    # a proposal shot down is rejected, not fired on; named persons clashing clash in words (AG
    # News READ items at d69c643)
    ("France, Sweden and Belgium shot down a German proposal to set up refugee centres.", []),
    ("President Bush and his rival, Senator John Kerry, clashed over how to proceed with the talks.", []),
    ("Rival militias clashed in Tripoli.",
     [("Attack", "clash", "asserted", ["ArmedForce:rival militia/LBY"], [], [], ["Place:Tripoli/LBY"])]),
    # an act recorded on a medium is not done by the recording ("captured on film")
    ("The attack was caught on camera.", []),
    ("The beheadings of journalists were captured on film.",
     [("Attack", "beheading", "asserted", [], ["Group:journalists"], [], [])]),
    # evacuating people from danger is aid, not a sanction on them
    ("Volunteers helped to evacuate civilians from the besieged city of Afrin.",
     [("Aid", "evacuate", "asserted", ["Group:volunteers/SYR"], ["Group:civilians/SYR"], [], [])]),
    # burning to death is an attack when done to someone, not what a fire did to those in it
    ("Two other children burned to death in a fire in the camp.", []),
    ("Two soldiers were burned to death by militants in Raqqa.",
     [("Attack", "burn", "asserted", ["ArmedForce:Syrian militants/SYR"], ["ArmedForce:soldiers/SYR"], [],
       ["Place:Ar Raqqah/SYR"])]),
    # missiles fired into the sea are a test, not an attack
    ("North Korea fired two ballistic missiles into the sea on Tuesday.",
     [("WeaponTest", "fire", "asserted", ["Country:North Korea"], [], [], [])]),
    # (no attack: harm by a disaster is a happening of no other type)
    ("Victims were killed by the storm in Manila.",
     [("Incident", "kill", "asserted", [], [], [], ["Place:Manila/PHL"])]),
    ("The company executed the plan in March.", []),
    ("The campaign targeted young voters in Ohio.", []),
    ("The United States fought terrorism for two decades.", []),
    ("Twelve US soldiers deployed to Niger to train local troops.",
     [("Aid", "deploy", "asserted", ["Country:United States"], ["Country:Niger"], [], [])]),
    ("The union will not end the ban on the deployment of workers to Kuwait.", []),
    # a condemned attack is a condemnation, not a cause fought (the attack, aimed at a site, is
    # one of its own: the people there are its target)
    ("France condemned the attack on the embassy.",
     [("Condemnation", "condemn", "asserted", ["Country:France"], [], [], []),
      ("Attack", "attack", "asserted", [], ["Group:people of embassy"], [], ["Place:embassy"])]),
    # "called on" a date is no call on anyone; "called on" a state, or "for" an act, demands
    ("Russia called on Wednesday to say it had withdrawn.",
     [("Statement", "say", "asserted", ["Country:Russia"], [], [], [])]),
    # ... and calling a person or state is a call between them (CAMEO 040 consult), no demand
    ("Vladimir Putin called Donald Trump on Wednesday.",
     [("Meeting", "call", "asserted", [], [], ["Person:Vladimir Putin/RUS", "Person:Donald Trump/USA"], [])]),
    ("The Kremlin called the report on Monday a provocation.", []),
    # ... nor is calling a person something (a Guardian sample read at 9b3e396: "People have
    # called Anna a hero and a martyr" was a meeting of people and Anna)
    ("People have called Anna Campbell a hero and a martyr.", []),
    ("Erdogan called Assad a terrorist.", []),
    # a laboratory's or a doctor's test is no weapon test, though a weapon is named beside it (a
    # Guardian build read at 9b3e396: "its tests showed that a military grade nerve agent had been used")
    ("The UK claimed its tests showed that a military grade nerve agent had been used.",
     [("Statement", "claim", "asserted", ["Country:United Kingdom"], [], [], [])]),
    ("Doctors tested the victims for exposure to sarin.", []),
    ("Tests on samples from the victims found chlorine.", []),
    ("North Korea conducted a missile test on Monday.",
     [("WeaponTest", "test", "asserted", ["Country:North Korea"], [], [], [])]),
    ("Iran tested its air defence systems in a drill.",
     [("WeaponTest", "test", "asserted", ["Country:Iran"], [], [], [])]),
    ("France called for the withdrawal of Syrian forces.",
     [("Demand", "call", "asserted", ["Country:France"], ["ArmedForce:Syrian forces/SYR"], [], [])]),
]

# "demonstrate" with an object or a clause is a verb of showing, and shooting a film or one's mouth
# off is no shooting (issue 13, the READ half of bench/agnews_sample.py: "photographs ...
# demonstrated its intention" was a protest, "shoots his mouth off" an attack)
SHOWING_AND_FILMING = [
    ("The satellite photographs demonstrated Iran's intention to build a bomb.", []),
    ("North Korea demonstrated its resolve on Monday.", []),
    ("The tests demonstrated that the missile can reach Guam.", []),
    ("The director is shooting a film in Kabul.", []),
    ("Downer shoots his mouth off", []),
    # guards (unchanged): demonstrating in or against, shooting people
    ("Thousands of people demonstrated in Tbilisi on Friday.",
     [("Protest", "demonstrate", "asserted", ["Group:people/GEO"], [], [], ["Place:Tbilisi/GEO"])]),
    ("Students demonstrated outside the embassy in Jakarta.",
     [("Protest", "demonstrate", "asserted", ["Group:students/IDN"], [], [], ["Place:Jakarta/IDN"])]),
    ("Gunmen shot a policeman in Karachi on Monday.",
     [("Attack", "shoot", "asserted", ["ArmedForce:gunmen/PAK"], ["GovernmentBody:Pakistani police/PAK"], [],
       ["Place:Karachi/PAK"])]),
    ("Film director Theo van Gogh was shot and killed in Amsterdam.",  # (a film's word modifying the one shot)
     [("Attack", "shoot", "asserted", [], ["Person:Theo van Gogh"], [], ["Place:Amsterdam/NLD"]),
      ("Attack", "kill", "asserted", [], ["Person:Theo van Gogh"], [], ["Place:Amsterdam/NLD"])]),
]


@pytest.mark.parametrize("text,expected", SHOWING_AND_FILMING, ids=[c[0][:40] for c in SHOWING_AND_FILMING])
def test_showing_and_filming_are_no_protest_nor_shooting(run, text, expected):
    assert records(run(text)) == expected


# a promised act is a commitment (an Agreement) only where someone promises it: the subject or a
# passive's "by", or the one who says it for a pronoun left unresolved (issue 13, the READ half of
# bench/agnews_sample.py: "hoped that two hostages would be freed" made the hostages the parties of
# an agreement)
PROMISERS = [
    ("France remained hopeful on Sunday that two French hostages in Iraq would be freed.",
     [("Release", "free", "hypothetical", [], ["Group:French hostages/FRA"], [], ["Country:Iraq"])]),
    ("A group calling itself the Green Brigade will release seven hostages in Iraq.",
     [("Release", "release", "hypothetical", [], ["Group:hostages/IRQ"], [], ["Country:Iraq"])]),
    # a pronoun the parse leaves unresolved: the one who says it promises (the state it would
    # recognize a province's independence from was the only party)
    ("On Monday, the Nicaraguan regime said it would recognize Abkhazia's unilateral independence from Georgia.",
     [("Statement", "say", "asserted", ["Country:Nicaragua"], [], [], []),
      ("Agreement", "recognize", "asserted", [], [], ["Country:Nicaragua", "Country:Georgia"], []),
      ("Support", "recognize", "hypothetical", [], ["Organization:Abkhazia"], [], [])]),
    # guards (unchanged): a subject or a passive's "by" that promises
    ("The hostages will be released by the militants on Monday.",
     [("Agreement", "release", "asserted", [], [], ["ArmedForce:militants", "Group:hostages"], []),
      ("Release", "release", "hypothetical", ["ArmedForce:militants"], ["Group:hostages"], [], [])]),
    ("Israel will release 500 Palestinian prisoners next week.",
     [("Agreement", "release", "asserted", [], [], ["Country:Israel", "Group:Palestinian prisoners/PSE"], []),
      ("Release", "release", "hypothetical", ["Country:Israel"], ["Group:Palestinian prisoners/PSE"], [], [])]),
]


@pytest.mark.parametrize("text,expected", PROMISERS, ids=[c[0][:40] for c in PROMISERS])
def test_a_promise_needs_one_who_promises(run, text, expected):
    assert records(run(text)) == expected


# a title-case headline's plural event noun, which the model takes for a name and leaves
# unlemmatised (issue 13, the READ half of bench/agnews_sample.py: "Three Said Killed in ...
# Protests", "... Attacks Leave 20 Dead")
TITLE_CASE_PLURALS = [
    # (the thousands who join are its doers: the headline's count word before its verb)
    ("Thousands Join Anti-War Protests in London",
     [("Protest", "protest", "asserted", ["Group:people/GBR"], [], [], ["Place:London/GBR"])]),
    ("Police Fire Tear Gas as Riots Spread in Lagos",
     [("Protest", "riot", "asserted", [], [], [], ["Place:Lagos/NGA"])]),
    ("Israeli Raids Kill Five in Gaza",
     [("Attack", "raid", "asserted", ["Country:Israel"], ["Group:people/PSE"], [], ["Country:Palestine"])]),
    # guard (unchanged): the plural the model lemmatises as a noun
    ("Students Stage Protests Against Fee Rises in Dhaka",
     [("Protest", "stage", "asserted", ["Group:students/BGD"], [], [], ["Place:Dhaka/BGD"])]),
]


@pytest.mark.parametrize("text,expected", TITLE_CASE_PLURALS, ids=[c[0][:40] for c in TITLE_CASE_PLURALS])
def test_a_title_case_plural_event_noun(run, text, expected):
    assert records(run(text)) == expected


# modality: possible, failed and refused acts are not asserted
MODALITY = [
    # an act its verb says came close ("nearly", "almost": cue near_miss) did not happen; a verb
    # of harm did ("the bomb almost killed the minister": it went off); refraining is not doing
    ('Russia nearly invaded Georgia again in 2009.',
     [('Attack', 'invade', 'negated', ['Country:Russia'], ['Country:Georgia'], [], ['Country:Georgia'])]),
    ('Iran almost attacked a US ship in 2019.',
     [('Attack', 'attack', 'negated', ['Country:Iran'], ['Country:United States', 'Group:people of ship'], [], ['Place:ship'])]),
    ('The bomb almost killed the minister in Kabul.',
     [('Attack', 'kill', 'asserted', [], ['GovernmentBody:minister'], [], ['Place:Kabul/AFG'])]),
    ('The army refrained from shelling the city.',
     [('Attack', 'shell', 'negated', ['ArmedForce:army'], [], [], [])]),
    # pressing or pressuring someone to act is a demand of them, and the act asked for is not yet
    # done (a Guardian build read at 9b3e396: "Australia had been pressing Turkey to extradite
    # Prakash" was no demand; "pressured Iran to release" asserted the release)
    ("The US pressed Iran to release the sailors.",
     [("Demand", "press", "asserted", ["Country:United States"], ["Country:Iran"], [], []),
      ("Release", "release", "hypothetical", ["Country:Iran"], ["Group:sailors"], [], [])]),
    ("The US pressured Iran to release the sailors.",
     [("Demand", "pressure", "asserted", ["Country:United States"], ["Country:Iran"], [], []),
      ("Release", "release", "hypothetical", ["Country:Iran"], ["Group:sailors"], [], [])]),
    ("France pressed ahead with the talks.", []),
    ("Serbia called for unity against a possible attack on Belgrade.",
     [("Demand", "call", "asserted", ["Country:Serbia"], [], [], []),
      ("Attack", "attack", "hypothetical", [], ["Country:Serbia"], [], ["Country:Serbia"])]),
    ("The United Nations failed to renew the arms embargo on Iran.",
     [("Sanction", "embargo", "negated", ["InternationalOrganization:United Nations"], ["Country:Iran"], [], [])]),
    ("Russia denied reports of a planned offensive against Ukraine.",
     [("Statement", "deny", "asserted", ["Country:Russia"], [], [], []),
      ("Attack", "offensive", "hypothetical", [], ["Country:Ukraine"], [], ["Country:Ukraine"])]),
    # an attempted or long-threatened act that was made is asserted
    ("Militants said they attempted to assassinate Prime Minister Iyad Allawi.",
     [("Attack", "assassinate", "asserted", ["ArmedForce:militants"], ["Person:Iyad Allawi/IRQ"], [], [])]),
    ("Israel today mounted its long-threatened invasion of South Lebanon.",
     [("Attack", "invasion", "asserted", ["Country:Israel"], ["Group:people of South Lebanon/LBN"], [], ["Place:South Lebanon/LBN"])]),
    ("Pakistan refused to attend the talks in Moscow.",
     [("Rejection", "refuse", "asserted", ["Country:Pakistan"], [], [], []),
      ("Meeting", "talk", "negated", [], [], ["Country:Pakistan"], ["Place:Moscow/RUS"])]),
    # a noun event that a future or planned verb governs, and an act a noun asks for, are not facts
    ("The president said the army will launch an offensive against the rebels.",
     [("Attack", "offensive", "hypothetical", ["ArmedForce:army"], ["ArmedForce:rebels"], [], [])]),
    ("An attempt to assassinate President Hamid Karzai was thwarted in Kandahar.",  # an attempt made is asserted
     [("Attack", "assassinate", "asserted", [], ["Person:Hamid Karzai/AFG"], [], ["Place:Kandahār/AFG"])]),
    ("Militants committed the attack in Kabul on Monday.",  # committing an act is no commitment to it
     [("Attack", "attack", "asserted", [], [], [], ["Place:Kabul/AFG"])]),
    ("Hamas rejected an Egyptian plan to disarm the militants.",
     [("Rejection", "reject", "asserted", ["ArmedForce:Hamas/PSE"], ["Country:Egypt"], [], []),
      ("Attack", "disarm", "hypothetical", ["Country:Egypt"], ["ArmedForce:militants"], [], [])]),
    # an act the text says there was none of, and one said to be imminent or likely (a Guardian
    # build read at 0641e60: "there have been no major battles with regime forces" was asserted)
    ("There have been no major battles with regime forces in Aleppo.",
     [("Attack", "battle", "negated", [], ["ArmedForce:regime forces/SYR"], [], ["Place:Aleppo/SYR"])]),
    ("There were no casualties and no clashes with police.",
     [("Attack", "clash", "negated", [], ["GovernmentBody:police"], [], [])]),
    ("The UK says strikes are justified if it believes attacks on the UK are imminent.",
     [("Statement", "say", "asserted", ["Country:United Kingdom"], [], [], []),
      ("Attack", "attack", "hypothetical", [], ["Country:United Kingdom"], [], ["Country:United Kingdom"])]),
    # fighting that is halted is no new attack (as lifted sanctions are no sanction)
    # (Nagorno-Karabakh, which the model calls a body, is now the place of the dictionaries)
    ("Armenia and Azerbaijan agreed to halt the fighting in Nagorno-Karabakh.",
     [("Agreement", "agree", "asserted", [], [], ["Country:Armenia", "Country:Azerbaijan"], ["Place:Nagorno-Karabakh/AZE"])]),
]

# the event types of CAMEO's other roots (issue 13.3): rejections (12), support (05), material
# cooperation (06), aid (07), yielding (08), releases (084) and investigations (09) were no event
# at all; each an ontology block plus trigger rows
OTHER_ROOTS = [
    ("The Palestinians rejected the Israeli proposal on Monday.",
     [("Rejection", "reject", "asserted", ["Country:Palestine"], ["Country:Israel"], [], [])]),
    ("Russia vetoed a Security Council resolution on Syria.",
     [("Rejection", "veto", "asserted", ["Country:Russia"], ["InternationalOrganization:UN Security Council"], [], [])]),
    # praising or welcoming an act is aimed at its parties
    ("The Egyptian foreign minister praised the ceasefire between Israel and Hamas.",
     [("Support", "praise", "asserted", ["GovernmentBody:Egyptian Foreign Minister/EGY"],
       ["Country:Israel", "ArmedForce:Hamas/PSE"], [], []),
      ("Agreement", "ceasefire", "asserted", [], [], ["Country:Israel", "ArmedForce:Hamas/PSE"], [])]),
    ("Germany welcomed the agreement between Serbia and Kosovo.",  # welcoming an act is no meeting
     [("Support", "welcome", "asserted", ["Country:Germany"], ["Country:Serbia", "Country:Kosovo"], [], []),
      ("Agreement", "agreement", "asserted", [], [], ["Country:Serbia", "Country:Kosovo"], [])]),
    ("Israel and the United States began joint military exercises in the Negev.",
     [("Cooperation", "exercise", "asserted", [], [], ["Country:Israel", "Country:United States"], [])]),
    ("Japan provided humanitarian assistance to Nepal.",
     [("Aid", "provide", "asserted", ["Country:Japan"], ["Country:Nepal"], [], [])]),
    ("Mexico granted asylum to the former Bolivian president.",
     [("Aid", "grant", "asserted", ["Country:Mexico"], ["GovernmentBody:Bolivian President/BOL"], [], [])]),
    ("Nigeria deployed peacekeepers to Liberia.",  # peacekeeping is aid (CAMEO 074), no show of force
     # (Nigeria's peacekeepers, not Liberia's: Liberia is where they go; the sender's, by its subject)
     [("Aid", "deploy", "asserted", ["Country:Nigeria"], ["ArmedForce:peacekeepers/NGA", "Country:Liberia"], [], [])]),
    ("Saudi Arabia eased the curfew in Riyadh.",
     [("Concession", "ease", "asserted", ["Country:Saudi Arabia"], ["Group:people of Riyadh/SAU"], [], ["Place:Riyadh/SAU"])]),
    ("The United States lifted sanctions against Sudan on Friday.",
     [("Concession", "lift", "asserted", ["Country:United States"], ["Country:Sudan"], [], [])]),
    ("The government will not lift the ban on the opposition party.",
     [("Concession", "lift", "negated", ["GovernmentBody:government"], [], [], [])]),
    ("Iran released two British sailors on Friday.",  # (sailors: people described, of their state)
     [("Release", "release", "asserted", ["Country:Iran"], ["Group:British sailors/GBR"], [], [])]),
    ("The militia freed 280 child soldiers in South Sudan.",
     [("Release", "free", "asserted", ["ArmedForce:militia/SSD"], ["ArmedForce:child soldiers/SSD"], [],
       ["Country:South Sudan"])]),
    ("The army released a statement on Monday.", []),  # a statement released is no release
    # promised, such an act is hypothetical and the promise an Agreement (PLOVER AGREE, CAMEO 03)
    ("Japan will provide food aid to refugees in Kenya.",
     [("Agreement", "provide", "asserted", [], [], ["Country:Japan", "Group:refugees/KEN"], ["Country:Kenya"]),
      ("Aid", "provide", "hypothetical", ["Country:Japan"], ["Group:refugees/KEN"], [], ["Country:Kenya"])]),
    ("The rebels said they will release the hostages on Sunday.",
     [("Agreement", "release", "asserted", [], [], ["ArmedForce:rebels", "Group:hostages"], []),
      ("Release", "release", "hypothetical", ["ArmedForce:rebels"], ["Group:hostages"], [], [])]),
    ("Prosecutors in Berlin opened an investigation into the company.",
     [("Investigation", "investigation", "asserted", ["GovernmentBody:prosecutor"], ["Group:company"], [], ["Place:Berlin/DEU"])]),
    ("The United Nations investigated the killing of civilians in Mali.",
     [("Investigation", "investigate", "asserted", ["InternationalOrganization:United Nations"], ["Group:civilians/MLI"], [],
       ["Country:Mali"]),
      ("Attack", "killing", "asserted", [], ["Group:civilians/MLI"], [], ["Country:Mali"])]),
]


@pytest.mark.parametrize("text,expected", OTHER_ROOTS, ids=[c[0][:40] for c in OTHER_ROOTS])
def test_events_of_the_other_cameo_roots(run, text, expected):
    assert records(run(text)) == expected


# CAMEO's COERCE holds arrests, charges and deportations of people (171, 173, 174) beside the
# sanctions, bans and blockades of states (163, 172, 191): two things to an analyst, so two types;
# occupying territory (192) is fighting; "oust" and a cardiac arrest are no coercion at all
COERCION = [
    # (a leader described is of the state its sentence places it in, as other described people)
    ("Police arrested the opposition leader in Istanbul on Monday.",
     [("Coercion", "arrest", "asserted", ["GovernmentBody:Turkish police/TUR"], ["Group:opposition leader/TUR"], [], ["Place:Istanbul/TUR"])]),
    ("Iranian authorities detained two British journalists in Tehran.",
     # (the journalists detained, of the United Kingdom, not the state)
     [("Coercion", "detain", "asserted", ["GovernmentBody:Iranian authorities/IRN"], ["Group:British journalists/GBR"], [],
       ["Place:Tehran/IRN"])]),
    ("Kenya deported three Somali activists.",
     [("Coercion", "deport", "asserted", ["Country:Kenya"], ["Group:Somali activists/SOM"], [], [])]),
    ("The United States imposed sanctions on Iran over its missile programme.",
     [("Sanction", "impose", "asserted", ["Country:United States"], ["Country:Iran"], [], [])]),
    ("The European Union banned imports of Russian oil.",
     [("Sanction", "ban", "asserted", ["InternationalOrganization:European Union"], ["Country:Russia"], [], [])]),
    # people captured are arrested (CAMEO 173), a town or a base captured is fought for (192);
    # one of each taken together is the fight
    ("The Indian navy captured 23 pirates in the Arabian Sea on Saturday.",
     [("Coercion", "capture", "asserted", ["ArmedForce:Indian navy/IND"], ["ArmedForce:pirates"], [], ["Place:Arabian Sea"])]),
    ("Two soldiers were captured by the rebels.",
     [("Coercion", "capture", "asserted", ["ArmedForce:rebels"], ["ArmedForce:soldiers"], [], [])]),
    ("Government forces captured Palmyra from the Islamic State.",
     [("Attack", "capture", "asserted", ["ArmedForce:government forces"], ["ArmedForce:Islamic State"], [], ["Place:Palmyra"])]),
    ("Rebels captured the airport.",  # (a place taken changes hands: its people are no target)
     [("Attack", "capture", "asserted", ["ArmedForce:rebels"], [], [], ["Place:airport"])]),
    ("Rebels captured the airport and two soldiers.",
     [("Attack", "capture", "asserted", ["ArmedForce:rebels"], ["ArmedForce:soldiers"], [], ["Place:airport"])]),
    ("The SDF has lost 1,500 men in the campaign to oust the extremists from eastern Syria.", []),
    # (no arrest: a death, a happening of no other type)
    ("The former president died of cardiac arrest in Cairo.",
     [("Incident", "die", "asserted", [], ["Group:former president"], [], ["Place:Cairo/EGY"])]),
]


@pytest.mark.parametrize("text,expected", COERCION, ids=[c[0][:40] for c in COERCION])
def test_coercion_of_people_is_no_sanction_on_a_state(run, text, expected):
    assert records(run(text)) == expected


def test_occupying_territory_is_fighting(run):
    assert [(e.type, e.trigger) for e in run("Turkish troops occupied the town of Afrin.").events] == [("Attack", "occupy")]


# hyphenated verbs kept one word by the tokenizer (whole_words.tsv): split at the hyphen, the
# model reads "North Korea test-fired two ... missiles" as one noun phrase with no verb
HYPHENATED_VERBS = [
    ("North Korea test-fired two short-range ballistic missiles into the sea on Thursday.",
     [("WeaponTest", "test-fire", "asserted", ["Country:North Korea"], [], [], [])]),
    ("North Korea on Thursday test-fired two ballistic missiles.",
     [("WeaponTest", "test-fire", "asserted", ["Country:North Korea"], [], [], [])]),
    ("Iran plans to test-fire a new missile.",
     [("WeaponTest", "test-fire", "hypothetical", ["Country:Iran"], [], [], [])]),
    ("Japan condemned the test-launch of a ballistic missile by North Korea.",
     [("Condemnation", "condemn", "asserted", ["Country:Japan"], ["Country:North Korea"], [], []),
      ("WeaponTest", "test-launch", "asserted", ["Country:North Korea"], [], [], [])]),
    ("Rioters petrol-bombed a police station in Belfast.",
     [("Protest", "protest", "asserted", ["Group:rioters/GBR"], [], [], ["Place:Belfast/GBR"]),
      ("Attack", "petrol-bomb", "asserted", ["Group:rioters/GBR"], ["GovernmentBody:British police/GBR", "Group:people of police station"], [], ["Place:Belfast/GBR"])]),
    ("Russian jets carpet-bombed Aleppo.",
     [("Attack", "carpet-bomb", "asserted", ["Country:Russia"], ["Group:people of Aleppo/SYR"], [], ["Place:Aleppo/SYR"])]),
]


# verbs and nouns of violence, protest and arms sales no row knew (sentences written for the
# probe of 2026-12-03: "exchanged fire", "a sit-in", "pelted police", "the sale of jets"), with
# their sense checks; "approved", "finalised" and "ordered" carry the act their object names
MORE_TRIGGERS = [
    ('India and Pakistan exchanged fire along the Line of Control in Kashmir.',
     [('Attack', 'exchange', 'asserted', ['Country:India', 'Country:Pakistan'], [], [], ['Place:Line of Control', 'Place:Kashmir'])]),
    ('The two leaders exchanged views on trade.',
     []),
    ('Opposition supporters staged a sit-in outside the election commission in Kinshasa.',
     [('Protest', 'stage', 'asserted', ['Group:opposition supporters/COD'], [], [], ['Place:Kinshasa/COD'])]),
    ('Police killed two gunmen in a shoot-out in Karachi.',
     [('Attack', 'shoot-out', 'asserted', ['GovernmentBody:Pakistani police/PAK'], ['ArmedForce:gunmen/PAK'], [], ['Place:Karachi/PAK'])]),
    ('Protesters pelted police with stones in Srinagar.',
     [('Protest', 'protest', 'asserted', ['Group:protesters/IND'], [], [], ['Place:Srinagar/IND']), ('Attack', 'pelt', 'asserted', ['Group:protesters/IND'], ['GovernmentBody:Indian police/IND'], [], ['Place:Srinagar/IND'])]),
    ('The United States approved the sale of 66 F-16 fighter jets to Taiwan.',
     [('ArmsTransfer', 'sale', 'asserted', ['Country:United States'], ['Country:Taiwan'], [], [])]),  # (no Concession of jets)
    ('The sale of the company angered unions.',
     []),
    ('France finalised the sale of 24 Rafale jets to Egypt.',
     [('ArmsTransfer', 'sale', 'asserted', ['Country:France'], ['Country:Egypt'], [], [])]),
]


@pytest.mark.parametrize("text,expected", MORE_TRIGGERS, ids=[c[0][:40] for c in MORE_TRIGGERS])
def test_more_triggers_of_violence_protest_and_arms_sales(run, text, expected):
    assert records(run(text)) == expected


def weapon_records(ex) -> list[tuple]:
    """records() and the labels of each event's weapons."""
    return [r + (sorted(ex.entities[k].label for k in e.weapons),) for r, e in zip(records(ex), ex.events)]


# systems a defence-analysis text names (probe of 2026-12-03, issue 13.7): each its own weapon, not
# another one's alias (an Su-34 is no Su-35, an S-300 no S-400, a T-90 no T-72), and the common
# Western, Chinese and Israeli ones the lexicon lacked (Rafale, THAAD, IRIS-T, Wing Loong, Harop, Kh-101)
WEAPON_NAMES = [
    ('Ukrainian forces shot down a Russian Su-34 over the Donetsk region.',
     [('Attack', 'shoot', 'asserted', ['ArmedForce:Ukrainian forces/UKR'], ['Country:Russia'], [], ['Place:Donetsk/UKR'], [])]),
    ('Russia delivered S-300 missiles to Syria.',
     [('ArmsTransfer', 'deliver', 'asserted', ['Country:Russia'], ['Country:Syria'], [], [], ['S-300', 'missile'])]),
    ('Russian T-90 tanks shelled Avdiivka.',
     [('Attack', 'shell', 'asserted', ['Country:Russia'], ['Group:people of Avdiivka'], [], ['Place:Avdiivka'], ['T-90', 'tank'])]),
    ('Germany sent IRIS-T air defence systems to Ukraine.',
     [('ArmsTransfer', 'send', 'asserted', ['Country:Germany'], ['Country:Ukraine'], [], [], ['IRIS-T', 'air defence system'])]),
    ('The United States deployed a THAAD battery to South Korea.',
     [('MilitaryDeployment', 'deploy', 'asserted', ['Country:United States'], ['Country:South Korea'], [], ['Country:South Korea'], ['THAAD'])]),
    ('Wing Loong drones struck a convoy near Marib.',
     [('Attack', 'strike', 'asserted', ['ArmedForce:drones'], ['Group:people of convoy'], [], ["Place:Ma'rib/YEM"], ['Wing Loong', 'drone'])]),
    ('Israeli Harop drones struck a convoy near Stepanakert.',
     [('Attack', 'strike', 'asserted', ['Country:Israel'], ['Group:people of convoy'], [], ['Place:Stepanakert'], ['Harop', 'drone'])]),
    ('A typhoon hit the Philippines on Sunday.',
     []),
]


@pytest.mark.parametrize("text,expected", WEAPON_NAMES, ids=[c[0][:40] for c in WEAPON_NAMES])
def test_weapon_names_of_defence_texts(run, text, expected):
    assert weapon_records(run(text)) == expected


# the verbs and nouns of one who gets arms (probe of 2026-12-03, issue 13.7: 8 of 42 sentences):
# bought, purchased, ordered, received, acquired, took delivery of, a purchase; gev:ArmsTransfer is
# the supplier's act, so the one it is got from ("from the United States") is the agent and the
# getter the recipient; what is got must name a weapon (not "received victims of the bomb
# attack", "bomb threats"); jets that no state, force or government gets are airliners
BOUGHT = [
    ('Poland ordered 250 Abrams tanks from the United States.',
     [('ArmsTransfer', 'order', 'asserted', ['Country:United States'], ['Country:Poland'], [], [], ['Abrams', 'tank'])]),
    ('Turkey took delivery of the S-400 air defence system from Russia in July 2019.',
     [('ArmsTransfer', 'take', 'asserted', ['Country:Russia'], ['Country:Turkey'], [], [], ['S-400', 'air defence system'])]),
    ('Saudi Arabia purchased THAAD missile defence batteries from the United States.',
     [('ArmsTransfer', 'purchase', 'asserted', ['Country:United States'], ['Country:Saudi Arabia'], [], [], ['THAAD', 'missile'])]),
    ('Morocco bought Bayraktar TB2 drones from Turkey.',
     [('ArmsTransfer', 'buy', 'asserted', ['Country:Turkey'], ['Country:Morocco'], [], [], ['Bayraktar TB2', 'drone'])]),
    ('Egypt received its first Rafale fighters from France in 2015.',
     [('ArmsTransfer', 'receive', 'asserted', ['Country:France'], ['Country:Egypt'], [], [], ['Rafale'])]),
    ('Iran acquired S-400 missiles from Russia.',
     [('ArmsTransfer', 'acquire', 'asserted', ['Country:Russia'], ['Country:Iran'], [], [], ['S-400', 'missile'])]),
    ("India's purchase of S-400 systems from Russia angered Washington.",
     [('ArmsTransfer', 'purchase', 'asserted', ['Country:Russia'], ['Country:India'], [], [], ['S-400'])]),
    ('Germany approved the delivery of Leopard 2 tanks to Ukraine.',
     [('ArmsTransfer', 'delivery', 'asserted', ['Country:Germany'], ['Country:Ukraine'], [], [], ['Leopard 2', 'tank'])]),
    ('Pakistan received F-16 jets.',
     [('ArmsTransfer', 'receive', 'asserted', [], ['Country:Pakistan'], [], [], ['F-16', 'military aircraft'])]),
    ('The hospital received victims of the bomb attack.',
     [('Attack', 'attack', 'asserted', [], ['Group:victims'], [], [], ['explosive'])]),
    ('The school received bomb threats on Monday.',
     []),
    ('The general ordered troops to fire on the crowd.',
     [('Attack', 'fire', 'asserted', ['ArmedForce:troops'], ['Group:crowd'], [], [], [])]),
    ('Ryanair bought 40 jets from Boeing.',
     []),
    ('Boeing delivered 40 jets to Ryanair last year.',
     []),
    ('Russia delivered 24 jets to Syria.',
     [('ArmsTransfer', 'deliver', 'asserted', ['Country:Russia'], ['Country:Syria'], [], [], ['military aircraft'])]),
    ('The delivery of food to Gaza resumed.',
     []),
    # (found in the Guardian build: an act ordered is no order of arms, and a maker named on what is
    # bought supplies it)
    ("Trump ordered a Tomahawk missile strike against the Syrian regime's al-Shayrat airbase.",
     [('Attack', 'strike', 'asserted', ['Person:Donald Trump/USA'], ['Country:Syria'], [], ['Place:al-Shayrat'], ['Tomahawk'])]),
    ('Within days, he was ordering the biggest military operation in Syria to date: a salvo of 105 missiles.',
     [('Attack', 'operation', 'asserted', [], [], [], ['Country:Syria'], ['missile'])]),
    ('Ankara pledged $3.5bn to buy US Patriot missiles.',
     [('Agreement', 'pledge', 'asserted', [], [], ['Country:Turkey', 'Country:United States'], [], []), ('ArmsTransfer', 'buy', 'hypothetical', ['Country:United States'], ['Country:Turkey'], [], [], ['Patriot'])]),
    # (a purchase a deal is signed for is not yet made: "signed a deal to buy", parsed as the signing's
    # purpose)
    ('India signed a deal to buy 26 Rafale fighter jets from France.',
     [('Agreement', 'sign', 'asserted', [], [], ['Country:India'], [], []), ('ArmsTransfer', 'buy', 'hypothetical', ['Country:France'], ['Country:India'], [], [], ['Rafale', 'fighter jet'])]),
    ('Qatar agreed to buy F-15 jets.',
     [('Agreement', 'agree', 'asserted', [], [], ['Country:Qatar'], [], []), ('ArmsTransfer', 'buy', 'hypothetical', [], ['Country:Qatar'], [], [], ['F-15', 'military aircraft'])]),
]


@pytest.mark.parametrize("text,expected", BOUGHT, ids=[c[0][:40] for c in BOUGHT])
def test_arms_bought_are_handed_over_by_the_seller(run, text, expected):
    assert weapon_records(run(text)) == expected


# missiles, rockets and drones intercepted or shot down (probe of 2026-12-03, issue 13.7: 2 of 42
# sentences, "Iron Dome intercepted dozens of rockets fired from Gaza", "shot down three drones
# launched by the Houthis"): intercepting them is air defence, an attack on what was fired, not the
# seizure of a shipment (still coercion: "intercepted a shipment of weapons"), and what was fired
# was fired at someone, an attack, no weapon test (a launch into the sea stays a test); the
# dictionary's other rows of acquire, procure and obtain, shadowed by the hand rows of 04bebcc, kept
BROUGHT_DOWN = [
    # (whose the air defence is does the intercepting; "dozens" of rockets are no people, and the
    # firing, by no one the sentence names, is no mention of the interception)
    ("Israel's Iron Dome intercepted dozens of rockets fired from Gaza.",
     [('Attack', 'intercept', 'asserted', ['Country:Israel'], [], [], [], ['Iron Dome'])]),
    ('The destroyer USS Carney shot down three drones launched by the Houthis over the Red Sea.',
     # (the named destroyer acts for its navy since named warships do)
     [('Attack', 'shoot', 'asserted', ['ArmedForce:American navy/USA'], ['ArmedForce:Houthis/YEM'], [], [], ['USS Carney', 'warship']), ('Attack', 'launch', 'asserted', ['ArmedForce:Houthis/YEM'], [], [], ['Place:Red Sea'], ['drone'])]),
    ('Ukrainian air defences intercepted 30 Russian missiles overnight.',
     [('Attack', 'intercept', 'asserted', ['Country:Ukraine'], ['Country:Russia'], [], [], ['air defence system'])]),
    ('North Korea fired two ballistic missiles into the sea.',
     [('WeaponTest', 'fire', 'asserted', ['Country:North Korea'], [], [], [], ['ballistic missile'])]),
    ('The coast guard intercepted a boat carrying migrants.',
     []),
    ('The navy intercepted a shipment of weapons bound for Yemen.',
     [('Coercion', 'intercept', 'asserted', ['ArmedForce:navy/YEM'], [], [], [], [])]),
    ('Police intercepted a shipment of rifles in Karachi.',
     [('Coercion', 'intercept', 'asserted', ['GovernmentBody:Pakistani police/PAK'], ['Group:people of Karachi/PAK'], [], ['Place:Karachi/PAK'], [])]),
    ('The United States obtained the support of Britain.',
     [('Support', 'obtain', 'asserted', ['Country:United States'], ['Country:United Kingdom'], [], [], [])]),
    ('Two drones launched by Hezbollah were intercepted over the Galilee.',
     # (the Galilee is now a place of the dictionaries: the model calls it a person)
     [('Attack', 'launch', 'asserted', ['ArmedForce:Hezbollah/LBN'], [], [], ['Place:Galilee/ISR'], ['drone'])]),
]


@pytest.mark.parametrize("text,expected", BROUGHT_DOWN, ids=[c[0][:40] for c in BROUGHT_DOWN])
def test_weapons_intercepted_were_fired_in_an_attack(run, text, expected):
    assert weapon_records(run(text)) == expected


# weapons and forces moved, redeployed, and warships sent or dispatched (probe of 2026-12-03, issue
# 13.7: "Russia moved Iskander missiles to Kaliningrad", "sent two aircraft carriers to the eastern
# Mediterranean"): a deployment, not an arms transfer (a warship sent stays its navy's; drones or
# jets sent to a state are handed over); "redeployed two brigades" was a transfer (PETRARCH's row)
DEPLOYED = [
    ('Russia moved Iskander missiles to Kaliningrad, Lithuanian officials said.',
     [('MilitaryDeployment', 'move', 'asserted', ['Country:Russia'], [], [], ['Place:Kaliningrad/RUS'], ['Iskander', 'missile']), ('Statement', 'say', 'asserted', ['GovernmentBody:Lithuanian officials/LTU'], [], [], [], [])]),
    ('Russia moved troops to the border with Ukraine.',
     [('MilitaryDeployment', 'move', 'asserted', ['Country:Russia'], [], [], [], [])]),
    ('The army redeployed two brigades to the south.',
     [('MilitaryDeployment', 'redeploy', 'asserted', ['ArmedForce:army'], [], [], [], [])]),
    ('Israel redeployed its Iron Dome batteries near Tel Aviv.',
     [('MilitaryDeployment', 'redeploy', 'asserted', ['Country:Israel'], [], [], ['Place:Tel Aviv/ISR'], ['Iron Dome'])]),
    ('The company moved its headquarters to London.',
     []),
    ('The government moved to ban the party.',
     [('Coercion', 'ban', 'asserted', ['GovernmentBody:government'], [], [], [], [])]),
    ('Residents moved to safer areas.',
     []),
    ('The prime minister moved the motion in parliament.',
     []),
    ('The Kremlin moved nuclear weapons to Belarus.',
     [('MilitaryDeployment', 'move', 'asserted', ['GovernmentBody:Kremlin/RUS'], ['Country:Belarus'], [], ['Country:Belarus'], ['nuclear weapon'])]),
    ('Fans moved the goalposts.',
     []),
    ('The United States sent two aircraft carriers to the eastern Mediterranean.',
     [('MilitaryDeployment', 'send', 'asserted', ['Country:United States'], [], [], ['Place:Mediterranean Sea'], ['warship'])]),
    ('Britain dispatched a destroyer to the Gulf.',
     [('MilitaryDeployment', 'dispatch', 'asserted', ['Country:United Kingdom'], [], [], ['Place:Persian Gulf'], ['warship'])]),
    ('China sent warships to waters near Taiwan.',
     [('MilitaryDeployment', 'send', 'asserted', ['Country:China'], [], [], ['Country:Taiwan'], ['warship'])]),
    ('Iran sent drones to Russia.',
     [('ArmsTransfer', 'send', 'asserted', ['Country:Iran'], ['Country:Russia'], [], [], ['drone'])]),
    ('The Netherlands sent F-16 jets to Ukraine.',
     [('ArmsTransfer', 'send', 'asserted', ['Country:Netherlands'], ['Country:Ukraine'], [], [], ['F-16', 'military aircraft'])]),
    ('Turkey sent ships carrying aid to Gaza.',
     []),
]


@pytest.mark.parametrize("text,expected", DEPLOYED, ids=[c[0][:40] for c in DEPLOYED])
def test_weapons_moved_and_warships_sent_are_deployed(run, text, expected):
    assert weapon_records(run(text)) == expected


# weapons used against someone (probe of 2026-12-03, issue 13.7: "Azerbaijan used Israeli-made Harop
# loitering munitions against Armenian air defences" yielded nothing): an attack, as "used tear
# gas against protesters" is coercion; a veto used against a resolution is no weapon (the weapons
# of an event are those it uses, never what it is aimed at or done to: the ontology's gev:weapon
# is "a weapon used, tested, deployed or transferred")
USED_AGAINST = [
    ('Azerbaijan used Israeli-made Harop loitering munitions against Armenian air defences.',
     [('Attack', 'use', 'asserted', ['Country:Azerbaijan'], ['Country:Armenia'], [], [], ['Harop', 'drone'])]),
    ('The Syrian government used chemical weapons against civilians in Douma.',
     [('Attack', 'use', 'asserted', ['GovernmentBody:Syrian government/SYR'], ['Group:civilians/SYR'], [], ['Place:Dūmā/SYR'], ['chemical weapon'])]),
    ('Police used tear gas against protesters in Santiago.',
     [('Coercion', 'use', 'asserted', ['GovernmentBody:Chilean police/CHL'], ['Group:Chilean protesters/CHL'], [], [], []), ('Protest', 'protest', 'asserted', ['Group:Chilean protesters/CHL'], [], [], [], [])]),
    ('Russia used its veto against the resolution.',
     [('Rejection', 'veto', 'asserted', ['Country:Russia'], [], [], [], [])]),
    ('The rebels used drones against government positions near Marib.',
     [('Attack', 'use', 'asserted', ['ArmedForce:rebels/YEM'], [], [], ["Place:Ma'rib/YEM"], ['drone'])]),
    ('Ukraine must not use Western weapons against targets inside Russia, the Kremlin said.',
     [('Attack', 'use', 'negated', ['Country:Ukraine'], ['Country:Russia'], [], ['Country:Russia'], ['weapons']), ('Demand', 'say', 'asserted', ['GovernmentBody:Kremlin/RUS'], ['Country:Ukraine'], [], [], []), ('Statement', 'say', 'asserted', ['GovernmentBody:Kremlin/RUS'], [], [], [], [])]),
    ('Chemical weapons have plainly been used to kill innocents, against the backdrop of the poisoning of a former Russian spy.',
     [('Attack', 'kill', 'asserted', [], ['Country:Russia'], [], [], ['chemical weapon'])]),
]


@pytest.mark.parametrize("text,expected", USED_AGAINST, ids=[c[0][:40] for c in USED_AGAINST])
def test_weapons_used_against_someone_are_an_attack(run, text, expected):
    assert weapon_records(run(text)) == expected


# an act noun in a verb's phrase ("during protests") is carried by that verb, but not by the
# doer of a passive, who did not protest, nor by a verb aimed at the act ("fired on protests")
CARRIED_BY_THE_VERB = [
    ('Two people were shot dead by police during protests in Nairobi.',
     [('Attack', 'shoot', 'asserted', ['GovernmentBody:Kenyan police/KEN'], ['Group:people/KEN'], [], ['Place:Nairobi/KEN']), ('Protest', 'protest', 'asserted', ['Group:people/KEN'], [], [], ['Place:Nairobi/KEN'])]),
    ('Police fired on protests in Nairobi.',
     [('Attack', 'fire', 'asserted', ['GovernmentBody:Kenyan police/KEN'], [], [], ['Place:Nairobi/KEN']), ('Protest', 'protest', 'asserted', [], [], [], ['Place:Nairobi/KEN'])]),
    ('Ten students were arrested during the protest in Dhaka.',
     [('Coercion', 'arrest', 'asserted', [], ['Group:students/BGD'], [], ['Place:Dhaka/BGD']), ('Protest', 'protest', 'asserted', ['Group:students/BGD'], [], [], ['Place:Dhaka/BGD'])]),
]


@pytest.mark.parametrize("text,expected", CARRIED_BY_THE_VERB, ids=[c[0][:40] for c in CARRIED_BY_THE_VERB])
def test_an_act_noun_carried_by_a_verb(run, text, expected):
    assert records(run(text)) == expected


# a plea is a demand of the one pleaded with or appealed to (the registry's Demand target "to",
# "with"); what is pleaded for is not done; pleading guilty is no plea to anyone
PLEAS = [
    ('The UN pleaded with Israel to halt the offensive in Gaza.',
     [('Demand', 'plead', 'asserted', ['InternationalOrganization:United Nations'], ['Country:Israel'], [], [])]),
    ('The UN appealed to Israel to halt the offensive in Gaza.',
     [('Demand', 'appeal', 'asserted', ['InternationalOrganization:United Nations'], ['Country:Israel'], [], [])]),
    ('Aid groups pleaded for a ceasefire in Sudan.',
     [('Agreement', 'ceasefire', 'hypothetical', [], ['Country:Sudan'], [], ['Country:Sudan'])]),
    ('The pope implored Russia to end the war.',
     [('Demand', 'implore', 'asserted', [], ['Country:Russia'], [], [])]),
    ('He pleaded guilty to the bombing.',
     []),
    ('Margaret Hassan pleaded for her life.',  # a plea for one's life is no demand of a party
     []),
    # appealing to someone is a plea only with what is asked, "for" it or "to" do it (the Guardian
    # build: "a way to appeal to the US, Israel and Arab regimes" is attracting them)
    ('Russia presented itself as a way to appeal to the US and Israel.',
     []),
]


@pytest.mark.parametrize("text,expected", PLEAS, ids=[c[0][:40] for c in PLEAS])
def test_a_plea_is_a_demand_of_the_one_pleaded_with(run, text, expected):
    assert records(run(text)) == expected


# armed groups of the conflicts after the Phoenix dictionary (organizations.tsv), each with the
# state it fights in; "Democratic Republic of Congo" (no "the") is the DRC, not Congo-Brazzaville
LATER_ARMED_GROUPS = [
    ('M23 rebels attacked a village near Goma on Monday.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:March 23 Movement/COD'], ['Group:people of village'], [], ['Place:Goma/COD'])]),
    ('JNIM militants ambushed a convoy in central Mali.',
     [('Attack', 'ambush', 'asserted', ["ArmedForce:Jama'at Nusrat al-Islam wal-Muslimin/MLI"], ['Group:people of convoy'], [], ['Country:Mali'])]),
    ('The Pakistani Taliban attacked a checkpoint in Khyber Pakhtunkhwa.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:Tehrik-i-Taliban Pakistan/PAK'], ['Group:people of checkpoint'], [], ['Place:Khyber Pakhtunkhwa/PAK'])]),
    ('The Democratic Republic of Congo accused Rwanda of backing the M23.',
     [('Condemnation', 'accuse', 'asserted', ['Country:Democratic Republic of the Congo'], ['Country:Rwanda'], [], [])]),
    ('The Sinaloa cartel killed three police officers in Culiacan.',
     [('Attack', 'kill', 'asserted', ['ArmedForce:Sinaloa Cartel/MEX'], ['GovernmentBody:Mexican police/MEX'], [], ['Place:Culiacán/MEX'])]),
]


@pytest.mark.parametrize("text,expected", LATER_ARMED_GROUPS, ids=[c[0][:40] for c in LATER_ARMED_GROUPS])
def test_armed_groups_of_later_conflicts(run, text, expected):
    assert records(run(text)) == expected


# diplomatic acts: an ambassador summoned is a protest to their state; a state, government body
# or international body that protests protests in words (Condemnation, need "state"), people
# protest in the street; officials sent abroad are the sender's, not the host's
DIPLOMATIC_ACTS = [
    ('Kenya will send 1,000 police officers to Haiti.',  # a deployment to come, as of troops
     [('MilitaryDeployment', 'send', 'hypothetical', ['Country:Kenya'], ['Country:Haiti'], [], ['Country:Haiti'])]),
    ('Germany summoned the Iranian ambassador over the executions.',
     [('Condemnation', 'summon', 'asserted', ['Country:Germany'], ['GovernmentBody:Iranian Ambassador/IRN'], [], [])]),
    ('The court summoned the witness.',
     []),
    ('Japan protested the Chinese incursion.',
     [('Condemnation', 'protest', 'asserted', ['Country:Japan'], ['Country:China'], [], []), ('Attack', 'incursion', 'asserted', ['Country:China'], [], [], [])]),
    ('China summoned the US envoy to protest against the visit.',
     [('Condemnation', 'summon', 'asserted', ['Country:China'], ['GovernmentBody:American envoy/USA'], [], [])]),
    ('Opposition lawmakers protested outside parliament in Kyiv.',  # officials described, no named body: the street
     [('Protest', 'protest', 'asserted', ['GovernmentBody:opposition lawmaker'], ['GovernmentBody:Parliament'], [], ['Place:Kyiv/UKR'])]),
    ('Students protested in Tokyo.',
     [('Protest', 'protest', 'asserted', ['Group:students/JPN'], [], [], ['Place:Tokyo/JPN'])]),
]


@pytest.mark.parametrize("text,expected", DIPLOMATIC_ACTS, ids=[c[0][:40] for c in DIPLOMATIC_ACTS])
def test_diplomatic_acts(run, text, expected):
    assert records(run(text)) == expected


# one group noun with two states' adjectives names a group of each state ("Indian and Chinese
# troops"), the two sides of a clash "between" them
TWO_STATES_ONE_NOUN = [
    ('Indian and Chinese troops clashed in Ladakh.',
     [('Attack', 'clash', 'asserted', ['ArmedForce:Indian troops/IND', 'ArmedForce:Chinese troops/CHN'], [], [], ['Place:Ladākh/IND'])]),
    ('Clashes broke out between Indian and Chinese troops in Ladakh.',
     [('Attack', 'clash', 'asserted', ['ArmedForce:Indian troops/IND'], ['ArmedForce:Chinese troops/CHN'], [], ['Place:Ladākh/IND'])]),
    ('Heavy fighting erupted between Armenian and Azerbaijani forces along the border.',
     [('Attack', 'fighting', 'asserted', ['ArmedForce:Armenian forces/ARM'], ['ArmedForce:Azerbaijani forces/AZE'], [], [])]),
    ('Israeli and Palestinian negotiators met in Washington.',
     [('Meeting', 'meet', 'asserted', [], [], ['GovernmentBody:Israeli negotiators/ISR', 'GovernmentBody:Palestinian negotiators/PSE'], ['Place:Washington/USA'])]),
]


@pytest.mark.parametrize("text,expected", TWO_STATES_ONE_NOUN, ids=[c[0][:40] for c in TWO_STATES_ONE_NOUN])
def test_one_group_noun_of_two_states(run, text, expected):
    assert records(run(text)) == expected


# an object a row asks for may be a pronoun standing for it: "dispersed them", the protesters
PRONOUN_OBJECTS = [
    ('Protesters gathered in Nairobi. Police dispersed them with tear gas.',
     [('Protest', 'gather', 'asserted', ['Group:protesters/KEN'], [], [], ['Place:Nairobi/KEN']), ('Coercion', 'disperse', 'asserted', ['GovernmentBody:police'], ['Group:protesters/KEN'], [], [])]),
    # people counted "of" a group: the group ("Hundreds of protesters"), not the count
    ('Hundreds of protesters gathered in Nairobi. Police dispersed them with tear gas.',
     [('Protest', 'gather', 'asserted', ['Group:protesters/KEN'], [], [], ['Place:Nairobi/KEN']),
      ('Coercion', 'disperse', 'asserted', ['GovernmentBody:police'], ['Group:protesters/KEN'], [], [])]),
    ('Hundreds of protesters gathered in Nairobi before police dispersed them with tear gas.',
     [('Protest', 'gather', 'asserted', ['Group:protesters/KEN'], [], [], ['Place:Nairobi/KEN']),
      ('Coercion', 'disperse', 'asserted', ['GovernmentBody:Kenyan police/KEN'], ['Group:protesters/KEN'], [],
       ['Place:Nairobi/KEN'])]),
]


@pytest.mark.parametrize("text,expected", PRONOUN_OBJECTS, ids=[c[0][:40] for c in PRONOUN_OBJECTS])
def test_a_pronoun_object_stands_for_its_antecedent(run, text, expected):
    assert records(run(text)) == expected


# a count of things is no people ("fired dozens of rockets"), a count of people is them; a verb
# of responding does the act its "with" names ("Israel responded with air strikes")
COUNTS_AND_RESPONSES = [
    ('Hezbollah fired dozens of rockets into northern Israel, and Israel responded with air strikes in southern Lebanon.',
     [('Attack', 'fire', 'asserted', ['ArmedForce:Hezbollah/LBN'], ['Country:Israel'], [], ['Country:Israel']), ('Attack', 'strike', 'asserted', ['Country:Israel'], ['Country:Lebanon'], [], ['Country:Lebanon'])]),
    ('The militia has executed dozens of its adversaries in Sirte.',  # a count of people no group names is people
     [('Attack', 'execute', 'asserted', ['ArmedForce:militia/LBY'], ['Group:people/LBY'], [], ['Place:Sirte/LBY'])]),
    ('Police arrested dozens of protesters in Lagos.',
     [('Coercion', 'arrest', 'asserted', ['GovernmentBody:Nigerian police/NGA'], ['Group:Nigerian protesters/NGA'], [], ['Place:Lagos/NGA']), ('Protest', 'protest', 'asserted', ['Group:Nigerian protesters/NGA'], [], [], ['Place:Lagos/NGA'])]),
]


@pytest.mark.parametrize("text,expected", COUNTS_AND_RESPONSES, ids=[c[0][:40] for c in COUNTS_AND_RESPONSES])
def test_counts_of_things_and_responses(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", HYPHENATED_VERBS, ids=[c[0][:40] for c in HYPHENATED_VERBS])
def test_hyphenated_verbs_are_one_word(run, text, expected):
    assert records(run(text)) == expected


def test_whole_words_are_kept_in_every_case():
    from kg.nlp import whole_word_forms

    forms = whole_word_forms()
    assert {"test-fired", "Test-fired", "Test-Fired", "TEST-FIRED"} <= set(forms)
    assert not [f for f in forms if f.startswith("#") or " " in f]


@pytest.mark.parametrize("text,expected", NO_TRIGGER, ids=[c[0][:40] for c in NO_TRIGGER])
def test_triggers_for_verbs_nouns_and_participles(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", TOLLS, ids=[c[0][:40] for c in TOLLS])
def test_an_attack_takes_the_toll_its_verb_tells(run, text, expected):
    assert records(run(text)) == expected


# AG News READ items at d69c643: a campaign rally is no protest; a state that no longer exists is
# a state ("the Soviet Union sent troops": no agent was found)
CAMPAIGNS_AND_FORMER_STATES = [
    ("Karzai held his first election rally in Kabul.", []),
    ("Thousands rallied in Kabul against the election result.",
     [("Protest", "rally", "asserted", ["Group:people/AFG"], [], [], ["Place:Kabul/AFG"])]),
    # a state named before an explosion is where it went off, not who set it off
    ("At least 37 people were killed in a Pakistan blast.",
     [("Attack", "blast", "asserted", [], ["Group:people"], [], ["Country:Pakistan"])]),
    ("The Soviet Union sent troops into Afghanistan in 1979.",
     [("MilitaryDeployment", "send", "asserted", ["Country:Soviet Union"], ["Country:Afghanistan"], [],
       ["Country:Afghanistan"])]),
]


@pytest.mark.parametrize("text,expected", CAMPAIGNS_AND_FORMER_STATES, ids=[c[0][:40] for c in CAMPAIGNS_AND_FORMER_STATES])
def test_campaign_rallies_and_former_states(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", SENSE, ids=[c[0][:40] for c in SENSE])
def test_sense_checks(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", MODALITY, ids=[c[0][:40] for c in MODALITY])
def test_modality(run, text, expected):
    assert records(run(text)) == expected


# the verb of harm is a mention of the attack whose toll it tells, not an attack of its own
TOLL_MENTIONS = [
    ("At least 21 people were killed in two attacks on villages near Maiduguri.", [["killed", "attacks"]]),
    ("Three people were killed in explosions in Kabul.", [["killed", "explosions"]]),
    ("A bomb exploded in a market in Peshawar, killing five people.", [["exploded", "killing"]]),
    # the verb that says an event named by a noun happened is a mention of it
    ("The attacks occurred in three villages near Bukavu.", [["attacks", "occurred"]]),
    ("A second suicide bombing took place in Kabul.", [["bombing", "took"]]),
]


@pytest.mark.parametrize("text,expected", TOLL_MENTIONS, ids=[c[0][:40] for c in TOLL_MENTIONS])
def test_the_toll_and_the_occurrence_are_mentions_of_the_attack(run, text, expected):
    assert [[m.text for m in e.mentions] for e in run(text).events] == expected


# the verb that carries a noun's event ("launched an offensive") is a mention of that event, as the
# noun is, but not its trigger (the noun stays that: gev:triggerMention); a verb that is an event
# of its own ("announced a cease-fire") is not; "took place" carries the event it says happened
SUPPORT_VERBS = [
    ("Turkey launched an offensive against Kurdish militias in Afrin.", [("Attack", ["launched", "offensive"], ["launched"])]),
    ("The rebels carried out an attack on the base.", [("Attack", ["carried", "attack"], ["carried"])]),
    ("Students staged a protest in Dhaka.", [("Protest", ["staged", "protest"], [])]),  # "stage" is a trigger too
    ("The two leaders held talks in Seoul.", [("Meeting", ["held", "talks"], ["held"])]),
    ("President Putin made a rare visit to Pyongyang in June.", [("Visit", ["made", "visit"], ["made"])]),
    ("A second suicide bombing took place in Kabul.", [("Attack", ["bombing", "took"], ["took"])]),
    ("Three people were killed in explosions in Kabul.", [("Attack", ["killed", "explosions"], ["killed"])]),  # the toll
]


@pytest.mark.parametrize("text,expected", SUPPORT_VERBS, ids=[c[0][:40] for c in SUPPORT_VERBS])
def test_a_support_verb_is_a_mention_of_the_nouns_event(run, text, expected):
    assert [(e.type, [m.text for m in e.mentions], [m.text for m in e.carriers]) for e in run(text).events] == expected


def test_a_support_verb_that_is_an_event_stays_its_own(run):
    ex = run("Afghan President Ashraf Ghani announced a three-day cease-fire with the Taliban.")
    mentions = {e.type: [m.text for m in e.mentions] for e in ex.events}
    assert mentions.get("Statement") == ["announced"] and "announced" not in mentions.get("Agreement", [])


def mentioned(ex) -> list[tuple]:
    """Each event's record with its mentions and the mentions that only carry it (not its trigger)."""
    return [(*r, [m.text for m in e.mentions], sorted(m.text for m in e.carriers)) for r, e in zip(records(ex), ex.events)]


# the verb of the event-verb records is often one that tells the toll of an attack named by a noun
# or by another verb: a mention of that attack, not its trigger, also when it is no event of its own
TOLL_CARRIERS = [
    ("A wave of attacks across Iraq on Monday killed at least 30 people.",  # the measure noun stands for the attacks
     [("Attack", "attack", "asserted", [], ["Group:people/IRQ"], [], ["Country:Iraq"], ["attacks", "killed"], ["killed"])]),
    ("One blast destroyed a military truck in Vedeno, killing three soldiers and wounding two.",  # and the participles
     [("Attack", "blast", "asserted", [], ["ArmedForce:soldiers", "Group:people"], [], ["Place:Vedeno"],
       ["blast", "destroyed", "killing", "wounding"], ["destroyed", "killing", "wounding"])]),
    ("The playwright Abdelkader Alloula was shot in the head by gunmen and later died in hospital.",  # shot and died
     [("Attack", "shoot", "asserted", ["ArmedForce:gunmen"], ["Person:Abdelkader Alloula"], [], [], ["shot", "died"], ["died"])]),
    # the toll told first, the act in a clause of time (with a passive or "died": no agent of its own)
    ("Four people died and 22 were injured when militants threw a grenade into a hotel in Srinagar on Saturday.",
     [("Attack", "throw", "asserted", ["ArmedForce:militants/IND"], ["Group:people of hotel", "Group:people/IND"], [], ["Place:hotel", "Place:Srinagar/IND"],
       ["died", "injured", "threw"], ["died", "injured"])]),
    ("At least 24 people were killed after Chadian soldiers opened fire on civilians in Bangui.",
     [("Attack", "open", "asserted", ["ArmedForce:Chadian soldiers/TCD"], ["Group:civilians/CAF", "Group:people/CAF"], [],
       ["Place:Bangui/CAF"], ["killed", "opened"], ["killed"])]),
    ("Police killed two men when they opened fire on a crowd in Lagos.",  # an agent of its own: both triggers
     [("Attack", "kill", "asserted", ["GovernmentBody:Nigerian police/NGA"], ["Group:men/NGA", "Group:crowd/NGA"], [],
       ["Place:Lagos/NGA"], ["killed", "opened"], [])]),
]


@pytest.mark.parametrize("text,expected", TOLL_CARRIERS, ids=[c[0][:40] for c in TOLL_CARRIERS])
def test_the_toll_verb_carries_the_attack(run, text, expected):
    assert mentioned(run(text)) == expected


# a verb of phase or of undergoing carries the event its noun names: "continued its advance", "the
# offensive began", "came under attack", "claimed responsibility for the attack" (the claim itself
# is a statement). The subject of the last two is no agent: giving the claimant as agent made
# events of mentions that had joined the one attack of their document ("the attacks",
# "explosions"), which then could join none (WikiEvents lost attack mentions); the one that came
# under attack is its target
PHASE_CARRIERS = [
    ("The Syrian Arab Army continued its major advance inside the western corridor of Aleppo on Thursday.",
     [("Attack", "advance", "asserted", ["ArmedForce:Syrian Arab Army/SYR"], [], [], ["Place:Aleppo/SYR"], ["continued", "advance"], ["continued"])]),
    ("The army's offensive began at noon on Friday in Hama.",
     [("Attack", "offensive", "asserted", ["ArmedForce:army/SYR"], [], [], ["Place:Ḩamāh/SYR"], ["offensive", "began"], ["began"])]),
    ("A police patrol came under attack in Kandahar on Monday.",
     [("Attack", "attack", "asserted", [], ["GovernmentBody:Afghan police/AFG", "Group:people of police patrol"], [],
       ["Place:Kandahār/AFG"], ["came", "attack"], ["came"])]),
    ("The convoy of the United Nations came under fire near Kabul.",
     # (the convoy hit beside its holder: test_attack_roles HOLDERS)
     [("Attack", "fire", "asserted", [], ["InternationalOrganization:United Nations", "Group:people of convoy"], [],
       ["Place:Kabul/AFG"], ["came", "fire"], ["came"])]),
    ("Hamas claimed responsibility for the attack in Jerusalem.",
     [("Statement", "claim", "asserted", ["ArmedForce:Hamas/PSE"], [], [], [], ["claimed"], []),
      ("Attack", "attack", "asserted", [], [], [], ["Place:Jerusalem/ISR"], ["attack"], [])]),
    ("The Taliban claimed responsibility.",
     [("Statement", "claim", "asserted", ["ArmedForce:Taliban/AFG"], [], [], [], ["claimed"], [])]),
]


@pytest.mark.parametrize("text,expected", PHASE_CARRIERS, ids=[c[0][:40] for c in PHASE_CARRIERS])
def test_a_verb_of_phase_or_undergoing_carries_the_nouns_event(run, text, expected):
    assert mentioned(run(text)) == expected


# verbs of violence geokg had no row for, or whose need looked at no subject: a controlled verb's
# armed subject is that of the verb it completes ("attempting to enter")
VERB_ROWS = [
    ("The Syrian Armed Forces and Hezbollah are now attempting to enter the village of Shurifah.",
     [("Attack", "enter", "asserted", ["ArmedForce:Syrian Armed Forces/SYR", "ArmedForce:Hezbollah/LBN"],
       [], [], ["Place:Shurifah"], ["attempting", "enter"], ["attempting"])]),  # the village changes hands: no "people of"
    ("The rebels set 28 homes ablaze.", [("Attack", "set", "asserted", ["ArmedForce:rebels"], [], [], [], ["set"], [])]),
    ("Insurgents set off a car bomb in Hawija.",
     [("Attack", "set", "asserted", ["ArmedForce:insurgents"], [], [], ["Place:Hawija"], ["set"], [])]),
    ("ISIS burnt to death two Turkish soldiers in Aleppo.",
     [("Attack", "burn", "asserted", ["ArmedForce:Islamic State"], ["ArmedForce:Turkish soldiers/TUR"], [], ["Place:Aleppo/SYR"],
       ["burnt"], [])]),
    # "hit" by its instrument as subject or a mine as object, the toll in the clause it is told in
    ("A child was among nine people killed Tuesday when a shell hit a pharmacy in Benghazi.",
     [("Attack", "hit", "asserted", [], ["Group:people of pharmacy", "Group:people/LBY"], [], ["Place:Benghazi/LBY"],
       ["killed", "hit"], ["killed"])]),
    ("At least 28 people died when their vehicle hit a landmine in the Somali town of Bur Hakaba.",
     [("Attack", "hit", "asserted", [], ["Group:people/SOM"], [], ["Place:Buurhakaba/SOM"], ["died", "hit"], ["died"])]),
    ("Ronaldo hit the post twice in the second half.", []),
]


@pytest.mark.parametrize("text,expected", VERB_ROWS, ids=[c[0][:40] for c in VERB_ROWS])
def test_verbs_of_violence(run, text, expected):
    assert mentioned(run(text)) == expected


# a definite plural ("the attacks", "both attacks") names the occurrences already reported: it
# is a mention of each of them (WikiEvents counts it as an attack mention); with none before
# it, it is no event of its own
REFERS_BACK = [
    ("Suicide bombers attacked a rally in Charikar. Hours later militants bombed a checkpoint in Kabul. "
     "The Taliban claimed responsibility for both attacks.",
     [("Attack", "attack", "asserted", ["ArmedForce:suicide bombers/AFG"], ["Group:people of rally"], [], ["Place:Charikar/AFG"],
       ["attacked", "attacks"]),
      ("Attack", "bomb", "asserted", ["ArmedForce:militants/AFG"], ["Group:people of checkpoint"], [], ["Place:Kabul/AFG"], ["bombed", "attacks"]),
      ("Statement", "claim", "asserted", ["ArmedForce:Taliban/AFG"], [], [], [], ["claimed"])]),
    ("Militants attacked a police post in Kandahar. The Taliban claimed responsibility for the attacks.",
     [("Attack", "attack", "asserted", ["ArmedForce:militants/AFG"], ["GovernmentBody:Afghan police/AFG"], [],
       ["Place:Kandahār/AFG"], ["attacked", "attacks"]),
      ("Statement", "claim", "asserted", ["ArmedForce:Taliban/AFG"], [], [], [], ["claimed"])]),
    ("The Taliban claimed responsibility for the attacks.",
     [("Statement", "claim", "asserted", ["ArmedForce:Taliban/AFG"], [], [], [], ["claimed"])]),
]


@pytest.mark.parametrize("text,expected", REFERS_BACK)
def test_a_definite_plural_is_a_mention_of_the_attacks_reported_before(run, text, expected):
    ex = run(text)
    assert [r + ([m.text for m in e.mentions],) for r, e in zip(records(ex), ex.events)] == expected


# what someone is accused of is alleged, not reported as fact by the text: hypothetical; but a
# definite event noun ("the bombing") takes its occurrence as given, whoever is accused of it
ALLEGED = [
    ("Two men were accused of carrying out the bombing of the embassy in Nairobi.",
     [("Attack", "bombing", "asserted", [], ["Group:people of embassy"], [], ["Place:Nairobi/KEN"])]),
    ("Ukraine accused Russia of shelling the town of Kharkiv.",
     [("Condemnation", "accuse", "asserted", ["Country:Ukraine"], ["Country:Russia"], [], []),
      ("Attack", "shell", "hypothetical", ["Country:Russia"], ["Group:people of Kharkiv/UKR"], [], ["Place:Kharkiv/UKR"])]),
    ("South Korea rejected accusations by Amnesty International that it had carried out mass arrests of political prisoners.",
     [("Rejection", "reject", "asserted", ["Country:South Korea"], ["Organization:Amnesty International"], [], []),
      ("Condemnation", "accusation", "asserted", ["Organization:Amnesty International"], [], [], []),
      ("Coercion", "arrest", "hypothetical", ["Country:South Korea"], ["Group:political prisoners"], [], [])]),
]


@pytest.mark.parametrize("text,expected", ALLEGED)
def test_an_act_someone_is_accused_of_is_not_asserted(run, text, expected):
    assert records(run(text)) == expected


# "launched air and artillery strikes": the weapons are the strikes', the verb is their support
# verb (no weapon test), also where the parser makes the first conjunct ("air") the object
LAUNCHED_STRIKES = [
    ("The army launched air and artillery strikes on rebel positions in Idlib.",
     [("Attack", "strike", "asserted", ["ArmedForce:army/SYR"], ["ArmedForce:rebels/SYR"], [], ["Place:Idlib/SYR"])]),
    ("North Korea launched two ballistic missiles into the sea.",
     [("WeaponTest", "launch", "asserted", ["Country:North Korea"], [], [], [])]),
    # weapons launched or fired at, into or toward someone are an attack on them, not a test
    ("Russia launched 40 drones at Ukraine overnight, the air force said.",
     [("Attack", "launch", "asserted", ["Country:Russia"], ["Country:Ukraine"], [], ["Country:Ukraine"])]),
    ("Hamas launched rockets towards Tel Aviv.",
     [("Attack", "launch", "asserted", ["ArmedForce:Hamas/PSE"], ["Country:Israel"], [], ["Place:Tel Aviv/ISR"])]),
    ("Hezbollah fired anti-tank missiles toward an Israeli army post.",
     [("Attack", "fire", "asserted", ["ArmedForce:Hezbollah/LBN"], [], [], [])]),
    ("The Houthis launched a missile at a commercial ship in the Red Sea.",
     [("Attack", "launch", "asserted", ["ArmedForce:Houthis/YEM"], ["Group:people of ship"], [],
       ["Place:ship", "Place:Red Sea"])]),
    ("North Korea launched a ballistic missile into the Sea of Japan.",  # the sea is aimed at by no one
     [("WeaponTest", "launch", "asserted", ["Country:North Korea"], [], [], ["Place:Sea of Japan"])]),
]


@pytest.mark.parametrize("text,expected", LAUNCHED_STRIKES)
def test_launching_strikes_is_an_attack_not_a_test(run, text, expected):
    assert records(run(text)) == expected


# a verb joined to another with no subject of its own takes that one's subject when a dictionary
# row asks for an actor; using people as human shields is violence against them (CAMEO 18)
JOINED_AND_SHIELDS = [
    ("Algeria authorities suspended publication of Algeria's largest newspaper and arrested its director.",
     [("Coercion", "arrest", "asserted", ["Country:Algeria"], [], [], [])]),
    ("Islamic State militants held around 20,000 civilians as human shields in Raqqa.",
     [("Attack", "hold", "asserted", ["ArmedForce:Islamic State"], ["Group:civilians/SYR"], [], ["Place:Ar Raqqah/SYR"])]),
    ("Hezbollah used Lebanese civilians as human shields.",
     [("Attack", "use", "asserted", ["ArmedForce:Hezbollah/LBN"], ["Group:Lebanese civilians/LBN"], [], [])]),
]


@pytest.mark.parametrize("text,expected", JOINED_AND_SHIELDS)
def test_joined_verbs_and_human_shields(run, text, expected):
    assert records(run(text)) == expected


# a verb whose only argument is its instrument ("a bomb exploded") names an occurrence the
# document may already report: it joins the one reported last before it, never one after it
INSTRUMENT_ONLY = [
    ("Militants attacked a checkpoint in Kandahar. A second bomb exploded an hour later.",
     [("Attack", "attack", "asserted", ["ArmedForce:militants/AFG"], ["Group:people of checkpoint"], [], ["Place:Kandahār/AFG"], ["attacked", "exploded"])]),
    ("Rebels attacked the parade in Caracas. The first drone detonated somewhere above the parade.",
     [("Attack", "attack", "asserted", ["ArmedForce:rebels/VEN"], ["Group:people of parade"], [], ["Place:Caracas/VEN"], ["attacked", "detonated"])]),
    # the attempt names the act it attempts (a mention that carries it, as a support verb does)
    ("The government said that an attempt had been made to assassinate President Nicolas Maduro using two drones.",
     [("Attack", "assassinate", "asserted", [], ["Person:Nicolas Maduro/VEN"], [], [], ["attempt", "assassinate"])]),
    ("A bomb exploded an hour later. Militants attacked a checkpoint in Kandahar.",
     [("Attack", "attack", "asserted", ["ArmedForce:militants/AFG"], ["Group:people of checkpoint"], [], ["Place:Kandahār/AFG"], ["attacked"])]),
]


@pytest.mark.parametrize("text,expected", INSTRUMENT_ONLY)
def test_an_instrument_only_verb_joins_the_attack_reported_before_it(run, text, expected):
    ex = run(text)
    assert [r + ([m.text for m in e.mentions],) for r, e in zip(records(ex), ex.events)] == expected


# a definite mention with nothing of its own refers to an attack no actor is named for, where it
# would otherwise be dropped
UNNAMED_ANTECEDENT = [
    ("Two people were killed in an attack in London. The parents of the ringleader of the attack were asylum seekers.",
     [("Attack", "attack", "asserted", [], ["Group:people/GBR"], [], ["Place:London/GBR"], ["killed", "attack", "attack"])]),
    ("The parents of the ringleader of the attack were asylum seekers.", []),
]


@pytest.mark.parametrize("text,expected", UNNAMED_ANTECEDENT)
def test_a_bare_definite_mention_refers_to_an_attack_of_no_named_actor(run, text, expected):
    ex = run(text)
    assert [r + ([m.text for m in e.mentions],) for r, e in zip(records(ex), ex.events)] == expected


# an act someone calls for, appeals for or urges is asked, not done: hypothetical; not a word
# inside what is asked ("called for the operations to be scaled back": the scaling back is asked)
REQUESTED = [
    ("Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.",
     [("Demand", "call", "asserted", ["Person:Archbishop Desmond Tutu"], [], [], []),
      ("Sanction", "sanction", "hypothetical", [], ["Country:Nigeria"], [], [])]),
    # (those called on are asked, and would do it: "called on Iraq to withdraw")
    ("A Syrian newspaper called on Arabs to unite and mobilize against Ariel Sharon.",
     [("Demand", "call", "asserted", ["Country:Syria"], ["Group:Arabs"], [], []),
      ("MilitaryDeployment", "mobilize", "hypothetical", ["Group:Arabs"], ["Person:Ariel Sharon/ISR"], [], [])]),
    ("The UN called on Iraq to withdraw its troops from Kuwait.",
     [("Demand", "call", "asserted", ["InternationalOrganization:United Nations"], ["Country:Iraq"], [], []),
      ("Concession", "withdraw", "hypothetical", ["Country:Iraq"], ["Country:Kuwait"], [], [])]),
    ("Beirut rejected a United Nations appeal for deploying troops along its borders with Israel.",
     [("Rejection", "reject", "asserted", ["Country:Lebanon"], ["InternationalOrganization:United Nations"], [], []),
      ("Demand", "appeal", "asserted", ["InternationalOrganization:United Nations"], [], [], []),
      # (the troops deployed are no target: a deployment's object is what it sends)
      ("MilitaryDeployment", "deploy", "hypothetical", ["Country:Lebanon"], [], [], [])]),
    ("The Afghan President called for US military operations there to be scaled back.",
     [("Demand", "call", "asserted", ["GovernmentBody:Afghan President/AFG"], ["Country:United States"], [], []),
      ("Attack", "operation", "asserted", ["Country:United States"], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", REQUESTED)
def test_an_act_called_for_is_not_asserted(run, text, expected):
    assert records(run(text)) == expected


# "targeting" is an attack when people or arms do it, not when words, laws or measures do
TARGETING = [
    ("He posted a series of tweets targeting French lawmakers and a researcher.", []),
    ("Sanctions targeting Russian banks were announced.", []),
    ("Gunmen targeted a police checkpoint in Kandahar.",
     [("Attack", "target", "asserted", ["ArmedForce:gunmen/AFG"], ["GovernmentBody:Afghan police/AFG", "Group:people of police checkpoint"], [],
       ["Place:Kandahār/AFG"])]),
]


@pytest.mark.parametrize("text,expected", TARGETING)
def test_targeting_is_an_attack_only_when_actors_or_arms_do_it(run, text, expected):
    assert records(run(text)) == expected


# jailing people is coercion (CAMEO 173) whatever its object is called; an organisation named
# "Movement" is not a restriction of movement
JAILED = [
    ("Nigerian authorities jailed 52 members of the banned Movement for the Emancipation of the Niger Delta.",
     [("Coercion", "jail", "asserted", ["GovernmentBody:Nigerian authorities/NGA"],
       ["ArmedForce:Movement for the Emancipation of the Niger Delta/NGA"], [], [])]),
]


@pytest.mark.parametrize("text,expected", JAILED)
def test_jailing_is_coercion(run, text, expected):
    assert records(run(text)) == expected


# sentences with no event before: a thing handed back or a sum given to someone (the verb had rows
# only for listed objects), armed people a side pulls back (the object was taken for the target),
# a directed speech act that names whom it is aimed at but no named speaker (it was dropped in
# resolution, as "officials said" is)
HANDED_OVER = [
    ("The US authorities returned the wild monkeys to Democratic Republic of the Congo.",
     [("Release", "return", "asserted", ["Country:United States"], ["Country:Democratic Republic of the Congo"], [], [])]),
    ("Italian police returned 25 stolen paintings to Spain on Monday.",
     [("Release", "return", "asserted", ["GovernmentBody:Italian police/ITA"], ["Country:Spain"], [], [])]),
    ("The refugees returned to Syria last year.", []),  # going back is no handing over
    ("Australia lent $1 billion to Indonesia.",
     [("Aid", "lend", "asserted", ["Country:Australia"], ["Country:Indonesia"], [], [])]),
    ("Japan gave 5 million dollars to Haiti.",
     [("Aid", "give", "asserted", ["Country:Japan"], ["Country:Haiti"], [], [])]),
    ("He gave a speech to the parliament in Nairobi.", []),  # no sum, no aid
    ("The United States gave 625 firearms to the Afghan police.",
     [("ArmsTransfer", "give", "asserted", ["Country:United States"], ["GovernmentBody:Afghan police/AFG"], [], [])]),
    ("The UN withdrew peacekeepers from Rwanda.",
     [("Concession", "withdraw", "asserted", ["InternationalOrganization:United Nations"], ["Country:Rwanda"], [], [])]),
    ("An Istanbul court formally charged Erdogan with terrorism.",
     [("Condemnation", "charge", "asserted", ["GovernmentBody:court"], ["Person:Recep Tayyip Erdogan/TUR"], [], [])]),
    ("Aristide has been accused of misusing public funds by government officials.",
     [("Condemnation", "accuse", "asserted", [], ["Person:Jean-Bertrand Aristide/HTI"], [], [])]),
    # what an object counts is matched as the rows write it ("some of its troops": plural)
    ("Russia has begun withdrawing some of its troops from Syria.",
     [("Concession", "withdraw", "asserted", ["Country:Russia"], ["Country:Syria"], [], [])]),
    # troops sent as peacekeepers are aid (CAMEO 074), the sender's own, no target
    ("Japan is sending 350 troops to the UN peacekeeping mission in South Sudan.",
     [("Aid", "send", "asserted", ["Country:Japan"], [], [], ["Country:South Sudan"])]),
    # a visit welcomed is an act welcomed: its parties are the target
    ("Both Russia and the Syrian government have welcomed the OPCW visit.",
     [("Support", "welcome", "asserted", ["Country:Russia", "GovernmentBody:Syrian government/SYR"],
       ["InternationalOrganization:Organization for the Prohibition of Chemical Weapons"], [], []),
      ("Visit", "visit", "asserted", ["InternationalOrganization:Organization for the Prohibition of Chemical Weapons"], [], [], [])]),
    # defending someone's right, position or policy supports them (the verb's other senses give nothing)
    ("Defense Minister Waldir Pires defended Brazil's air traffic control system in testimony before Congress.",
     [("Support", "defend", "asserted", ["Person:Waldir Pires/BRA"], ["Country:Brazil"], [], [])]),
    ("Kurdish fighters defended the town against Islamic State.", []),
    # helping a state or a body is aid given to it (a fallback row: other rows of the verb first)
    ("The US Secretary of state wants to help Israel",
     [("Aid", "help", "hypothetical", ["GovernmentBody:American Secretary of State/USA"], ["Country:Israel"], [], [])]),
    ("She helped him with his homework.", []),
    # funds mobilised are aid, no deployment; an army mobilised is one
    ("The European Union is mobilising additional funds for Colombia.",
     [("Aid", "mobilise", "asserted", ["InternationalOrganization:European Union"], ["Country:Colombia"], [], [])]),
    ("Armenia mobilized its army on Sunday.",
     [("MilitaryDeployment", "mobilize", "asserted", ["Country:Armenia"], [], [], [])]),
    # a grip tightened is a figure of speech (PETRARCH2 codes it a sanction); restrictions are one
    ("Rebel forces tightened their grip on the Libyan capital.", []),
]


@pytest.mark.parametrize("text,expected", HANDED_OVER, ids=[c[0][:40] for c in HANDED_OVER])
def test_things_handed_over_sums_given_and_speech_acts_aimed_at_someone(run, text, expected):
    assert records(run(text)) == expected


# an arrest is coercion whoever is arrested: PETRARCH2 codes "arrest protesters / demonstrators / a
# journalist" CAMEO 175 (violent repression), which PLOVER makes an assault; the generator keeps the
# verb's own code for such a row
ARRESTED = [
    ("Police arrested three protesters in Cairo.",
     [("Coercion", "arrest", "asserted", ["GovernmentBody:Egyptian police/EGY"], ["Group:protesters/EGY"], [], ["Place:Cairo/EGY"]),
      ("Protest", "protest", "asserted", ["Group:protesters/EGY"], [], [], ["Place:Cairo/EGY"])]),
    ("Soldiers seized two journalists in Mosul.",
     [("Coercion", "seize", "asserted", ["ArmedForce:soldiers/IRQ"], ["Group:journalists/IRQ"], [], ["Place:Mosul/IRQ"])]),
]


@pytest.mark.parametrize("text,expected", ARRESTED, ids=[c[0][:40] for c in ARRESTED])
def test_an_arrest_of_protesters_is_coercion_not_an_attack(run, text, expected):
    assert records(run(text)) == expected


# handing a suspect over to another state is judicial cooperation between the two (CAMEO 06, PLOVER
# COOPERATE "legal": PLOVER's gold set codes the first sentence so), not coercion of a state
EXTRADITED = [
    ("Zambia extradited suspected British militant Haroon Rashid Aswad to Britain on Sunday.",
     [("Cooperation", "extradite", "asserted", [], [], ["Country:Zambia", "Country:United Kingdom"], [])]),
    ("Turkey extradited a US citizen suspected of being an Islamic State militant.",
     [("Cooperation", "extradite", "asserted", [], [], ["Country:Turkey"], [])]),
]


@pytest.mark.parametrize("text,expected", EXTRADITED, ids=[c[0][:40] for c in EXTRADITED])
def test_an_extradition_is_cooperation_between_states(run, text, expected):
    assert records(run(text)) == expected


# a verb conjunct with no subject or auxiliary of its own shares its head's: what "will" or "may"
# governs is not asserted in the second conjunct either
CONJUNCT_MODALITY = [
    ("Insurgent leader Shefket Musliu said that his forces will lay down their weapons and disband by the end of the month.",
     [("Statement", "say", "asserted", ["Person:Shefket Musliu"], [], [], []),
      ("Agreement", "lay", "hypothetical", [], [], ["ArmedForce:forces"], [])]),  # (disbanding is no Sanction)
    ("Israel will strike Iran and destroy its nuclear sites.",  # (one attack, no longer half asserted)
     [("Attack", "strike", "hypothetical", ["Country:Israel"], ["Country:Iran"], [], ["Country:Iran"])]),
    ("Rebels attacked the base and killed ten soldiers.",
     [("Attack", "attack", "asserted", ["ArmedForce:rebels"], ["Group:people of base", "ArmedForce:soldiers"], [], ["Place:base"])]),
]


@pytest.mark.parametrize("text,expected", CONJUNCT_MODALITY, ids=[c[0][:40] for c in CONJUNCT_MODALITY])
def test_a_conjunct_shares_its_heads_future_or_modal(run, text, expected):
    assert records(run(text)) == expected


# websites defaced are a cyber attack; a statue defaced is vandalism, no attack
DEFACED = [
    ("Hackers defaced the website of the Israeli foreign ministry.",  # hackers are described people
     [("Attack", "deface", "asserted", ["Group:hackers"], ["GovernmentBody:Israeli Ministry of Foreign Affairs/ISR"], [], [])]),
    ("Vandals defaced a statue of Churchill in London.", []),
]


@pytest.mark.parametrize("text,expected", DEFACED, ids=[c[0][:40] for c in DEFACED])
def test_websites_defaced_are_a_cyber_attack(run, text, expected):
    assert records(run(text)) == expected


# an act its supposed doer denies is disputed, not asserted (as an act someone is accused of), unless
# the sentence takes its occurrence as given ("the attack"); an act prevented did not happen, while an
# attempt that was thwarted was made
DENIED_OR_PREVENTED = [
    ("The army denied shelling the village.",
     [("Attack", "shell", "hypothetical", ["ArmedForce:army"], [], [], [])]),
    # (the jets' owner is the one said to have bombed it: kg.extract.actors.platform_crew)
    ("Russia denied that its jets had bombed the hospital.",
     [("Statement", "deny", "asserted", ["Country:Russia"], [], [], []),
      ("Attack", "bomb", "hypothetical", ["Country:Russia"], ["Group:people of hospital"], [], ["Place:hospital"])]),
    ("Russia denied reports that it had deployed troops to Belarus.",
     [("Statement", "deny", "asserted", ["Country:Russia"], [], [], []),
      ("MilitaryDeployment", "deploy", "hypothetical", ["Country:Russia"], ["Country:Belarus"], [], ["Country:Belarus"])]),
    ("Hamas denied carrying out the attack.",
     [("Statement", "deny", "asserted", ["ArmedForce:Hamas/PSE"], [], [], []),
      ("Attack", "attack", "asserted", ["ArmedForce:Hamas/PSE"], [], [], [])]),
    ("Police foiled a plot to bomb the embassy.",
     [("Attack", "bomb", "negated", [], ["Group:people of embassy"], [], ["Place:embassy"])]),  # (not by the police)
    ("Security forces prevented the militants from attacking the base.",
     [("Attack", "attack", "negated", ["ArmedForce:militants"], ["Group:people of base"], [], ["Place:base"])]),
    ("Police thwarted an attempt to bomb the embassy.",
     [("Attack", "bomb", "asserted", [], ["Group:people of embassy"], [], ["Place:embassy"])]),
    ("Police prevented an attack on the embassy.",
     [("Attack", "attack", "negated", [], ["Group:people of embassy"], [], ["Place:embassy"])]),
    # an attack foiled or thwarted was made, and failed (as a thwarted attempt); what the preventer
    # does besides, in a conjunct or an adverbial clause, happened
    ("The navy foiled a pirate attack on a merchant ship in the Gulf of Aden.",
     [("Attack", "attack", "asserted", [], ["Group:people of merchant ship"], [], ["Place:Gulf of Aden"])]),
    ("The navy thwarted an attack by pirates on a tanker, arresting 26 pirates.",
     [("Attack", "attack", "asserted", ["ArmedForce:pirates"], [], [], []),
      ("Coercion", "arrest", "asserted", [], ["ArmedForce:pirates"], [], [])]),
    ("The navy thwarted a pirate attack and captured three boats.",
     [("Attack", "capture", "asserted", ["ArmedForce:navy"], ["Group:people of boats"], [], ["Place:boats"])]),
    # a denial reaches the act it takes as object or complement, not an adjunct or a conjunct, and
    # claims denied were made
    ("A man denied arson after a fire at a supermarket in Wellington.",
     [("Attack", "fire", "asserted", [], ["Group:people of supermarket"], [], ["Place:supermarket", "Place:Wellington/NZL"])]),
    ("Mr. LaRue denied that he was the source, and Woodward said he will not reveal the name.",
     [("Statement", "deny", "asserted", ["Person:LaRue"], [], [], []),
      ("Statement", "say", "asserted", ["Person:Woodward"], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", DENIED_OR_PREVENTED, ids=[c[0][:40] for c in DENIED_OR_PREVENTED])
def test_an_act_denied_is_not_asserted_and_one_prevented_did_not_happen(run, text, expected):
    assert records(run(text)) == expected


# an act warned of, feared, not ruled out or spoken of as "any" such act is not (yet) a fact
FOREWARNED = [
    ("The US has not ruled out military strikes against Syria.",
     [("Attack", "strike", "hypothetical", [], ["Country:Syria"], [], ["Country:Syria"])]),
    ("Any attack on Iran would trigger a war.",
     [("Attack", "attack", "hypothetical", [], ["Country:Iran"], [], ["Country:Iran"])]),
    ("Iran warned of attacks on US bases in Iraq.",
     [("Statement", "warn", "asserted", ["Country:Iran"], [], [], []),
      ("Attack", "attack", "hypothetical", [], ["Country:United States"], [], ["Country:Iraq"])]),
    # (a toll feared is the attack's, which happened)
    ("Ten people were feared killed in the attack on the market.",
     [("Attack", "attack", "asserted", [], ["Group:people of market", "Group:people"], [], ["Place:market"])]),
]


@pytest.mark.parametrize("text,expected", FOREWARNED, ids=[c[0][:40] for c in FOREWARNED])
def test_an_act_warned_of_or_feared_is_not_asserted(run, text, expected):
    assert records(run(text)) == expected


# an act simulated in drills or that someone is capable of is no act done
SIMULATED_OR_CAPABLE = [
    ("Taiwan held drills simulating a Chinese invasion.",
     [("Attack", "invasion", "hypothetical", ["Country:China"], [], [], [])]),
    ("Iran is capable of attacking US bases.",
     [("Attack", "attack", "hypothetical", ["Country:Iran"], ["Country:United States"], [], [])]),
]


@pytest.mark.parametrize("text,expected", SIMULATED_OR_CAPABLE, ids=[c[0][:40] for c in SIMULATED_OR_CAPABLE])
def test_an_act_simulated_or_within_reach_is_not_asserted(run, text, expected):
    assert records(run(text)) == expected


# armed or other described people are not of a state the sentence names only as where they go, whom
# they face or border ("to", "into", "with", "against"): "troops ... along the border with Syria"
# made Syria the deployment's agent; police and officials stay of the state they act in
AWAY_FROM_HOME = [
    ("Troops remained on alert along the border with Syria.",
     [("MilitaryDeployment", "alert", "asserted", ["ArmedForce:troops"], [], [], [])]),
    # (crossing into it by force is the attack's first mention, and the state its target too)
    ("Gunmen crossed into Kenya and attacked a police post.",
     [("Attack", "cross", "asserted", ["ArmedForce:gunmen"], ["Country:Kenya", "GovernmentBody:Kenyan police/KEN"], [], ["Country:Kenya"])]),
]


@pytest.mark.parametrize("text,expected", AWAY_FROM_HOME, ids=[c[0][:40] for c in AWAY_FROM_HOME])
def test_people_are_not_of_the_state_they_go_to_or_face(run, text, expected):
    assert records(run(text)) == expected


# whom a threat presses is who must meet its condition ("unless Baghdad accepted"), not a word of
# the act threatened ("a new military offensive" had made "military" the target)
CONDITIONAL_THREATS = [
    ("Iran threatened to launch a new military offensive in its war with Iraq unless Baghdad accepted its conditions.",
     [("Threat", "threaten", "asserted", ["Country:Iran"], ["Country:Iraq"], [], []),
      ("Attack", "offensive", "hypothetical", ["Country:Iran"], [], [], []),
      ("Concession", "accept", "hypothetical", ["Country:Iraq"], [], [], [])]),
    ("Russia threatened to cut gas supplies to Ukraine.",  # (no condition: whom the act is aimed at)
     [("Threat", "threaten", "asserted", ["Country:Russia"], ["Country:Ukraine"], [], []),
      ("Sanction", "cut", "hypothetical", ["Country:Russia"], ["Country:Ukraine"], [], [])]),
]


@pytest.mark.parametrize("text,expected", CONDITIONAL_THREATS, ids=[c[0][:40] for c in CONDITIONAL_THREATS])
def test_a_threat_presses_who_must_meet_its_condition(run, text, expected):
    assert records(run(text)) == expected


# a participle joined to a passive, with no subject, auxiliary or object of its own, shares the
# passive's subject, the one acted on ("was abducted and murdered": the second act had no party,
# and was dropped), and the passive shares the doer its joined participle names ("by militants")
JOINED_PASSIVES = [
    ("Pratibha Murthy was abducted and murdered.",
     [("Attack", "abduct", "asserted", [], ["Person:Murthy"], [], []),
      ("Attack", "murder", "asserted", [], ["Person:Murthy"], [], [])]),
    ("Three soldiers were wounded and captured near Aleppo.",
     [("Attack", "wound", "asserted", [], ["ArmedForce:soldiers/SYR"], [], ["Place:Aleppo/SYR"]),
      ("Attack", "capture", "asserted", [], ["ArmedForce:soldiers/SYR"], [], ["Place:Aleppo/SYR"])]),
    ("The journalist was kidnapped and beheaded by militants.",
     [("Attack", "kidnap", "asserted", ["ArmedForce:militants"], ["Group:journalist"], [], [])]),
]


@pytest.mark.parametrize("text,expected", JOINED_PASSIVES, ids=[c[0][:40] for c in JOINED_PASSIVES])
def test_a_participle_joined_to_a_passive_shares_its_subject(run, text, expected):
    assert records(run(text)) == expected


# a verb the parser took for a modifier of its own object, after an auxiliary or after the phrase
# of its subject ("opened" of "fire", "patrolling" of "farms"): the verb, its object that noun,
# its subject the auxiliary's or the noun the phrase before it hangs on
VERBS_READ_AS_MODIFIERS = [
    ("Gunmen riding on a motorcycle opened fire and killed two aid workers in Herat.",
     [("Attack", "open", "asserted", ["ArmedForce:gunmen/AFG"], ["Group:Afghan workers/AFG"], [], ["Place:Herāt/AFG"])]),
    ("Soldiers are now patrolling farms in the Midlands area.",
     [("MilitaryDeployment", "patrol", "asserted", ["ArmedForce:soldiers"], [], [], ["Place:Midlands"])]),
]


@pytest.mark.parametrize("text,expected", VERBS_READ_AS_MODIFIERS, ids=[c[0][:40] for c in VERBS_READ_AS_MODIFIERS])
def test_a_verb_read_as_a_modifier_of_its_object(run, text, expected):
    assert records(run(text)) == expected


# police sent or dispatched somewhere are deployed like troops (CAMEO 15x); described officers
# with no force named, and peacekeepers (CAMEO 074, aid), are not
POLICE_SENT = [
    ("Kenya sent 400 police officers to Haiti.",
     [("MilitaryDeployment", "send", "asserted", ["Country:Kenya"], ["Country:Haiti"], [], ["Country:Haiti"])]),
    ("The government dispatched riot police to the capital.",
     [("MilitaryDeployment", "dispatch", "asserted", ["GovernmentBody:government"], [], [], [])]),
    ("Rwanda sent peacekeepers to South Sudan.",
     [("Aid", "send", "asserted", ["Country:Rwanda"], ["Country:South Sudan"], [], [])]),
    ("The department sent two officers to the scene.", []),
]


@pytest.mark.parametrize("text,expected", POLICE_SENT, ids=[c[0][:40] for c in POLICE_SENT])
def test_police_sent_somewhere_are_deployed(run, text, expected):
    assert records(run(text)) == expected


# an attack's weapons are those it uses, never what it is aimed at or done to (the ontology's
# gev:weapon: "a weapon used, tested, deployed or transferred"): a tank destroyed, a vehicle
# attacked, a tank fired at; a participle of aiming or hitting with no subject of its own is the
# same attack ("exploded targeting a police convoy": one event, its targets the convoy's)
STRUCK_WEAPONS = [
    ("Militants attacked a military vehicle near Kidal.",
     [("Attack", "attack", "asserted", ["ArmedForce:militants/MLI"], [], [], ["Place:Kidal/MLI"], [])]),
    ("Ukrainian drones destroyed a Russian tank near Bakhmut.",
     [("Attack", "destroy", "asserted", ["Country:Ukraine"], ["Country:Russia"], [], ["Place:Bakhmut/UKR"], ["drone"])]),
    ("Hezbollah fired a missile at an Israeli tank.",
     [("Attack", "fire", "asserted", ["ArmedForce:Hezbollah/LBN"], ["Country:Israel"], [], [], ["missile"])]),
    ("A roadside bomb went off near Kidal, targeting a military vehicle.",
     [("Attack", "go", "asserted", [], [], [], ["Place:Kidal/MLI"], ["explosive"])]),
    ("A car bomb exploded targeting a police convoy in Kabul.",
     [("Attack", "explode", "asserted", [], ["GovernmentBody:Afghan police/AFG", "Group:people of police convoy"], [],
       ["Place:Kabul/AFG"], ["explosive"])]),
    ("Russian Su-34 jets bombed Ukrainian positions in the Donetsk region.",
     [("Attack", "bomb", "asserted", ["Country:Russia"], ["Country:Ukraine"], [], ["Place:Donetsk/UKR"], ["Su-34", "military aircraft"])]),
    ("Israel struck Gaza with F-16 jets.",
     [("Attack", "strike", "asserted", ["Country:Israel"], ["Country:Palestine"], [], ["Country:Palestine"], ["F-16", "military aircraft"])]),
    # (what is used stays used where the parser hangs it on what is struck or aimed at)
    ("Gunmen attacked a police post with grenades in Srinagar.",
     [("Attack", "attack", "asserted", ["ArmedForce:gunmen/IND"], ["GovernmentBody:Indian police/IND"], [], ["Place:Srinagar/IND"],
       ["explosive"])]),
    ("Militants fired on a checkpoint with machine guns.",
     [("Attack", "fire", "asserted", ["ArmedForce:militants"], ["Group:people of checkpoint"], [], ["Place:checkpoint"], ["small arms"])]),
    ("Ukrainian drones destroyed a column of Russian tanks.",
     [("Attack", "destroy", "asserted", ["Country:Ukraine"], ["Country:Russia"], [], [], ["drone"])]),
    # (what is rammed into something is used: the object of "ram" is the weapon)
    ("A suicide bomber rammed an explosives-laden vehicle into the checkpoint.",
     [("Attack", "ram", "asserted", ["ArmedForce:suicide bombers"], ["Group:people of checkpoint"], [], ["Place:checkpoint"],
       ["explosive"])]),
]


@pytest.mark.parametrize("text,expected", STRUCK_WEAPONS, ids=[c[0][:40] for c in STRUCK_WEAPONS])
def test_what_an_attack_strikes_is_no_weapon_of_it(run, text, expected):
    assert weapon_records(run(text)) == expected


# protest acts by category (probes of 2026-12-03): crowd-control weapons fired at people are
# coercion (CAMEO 17x), not an attack; tyres, flags and effigies torched are no attack; people who
# are no state occupying a building, a square or a road protest (armed ones still attack); the
# streets a protest takes to are where it is. (Guards: cars torched, a town occupied by rebels,
# cannon rounds fired, a state's occupation of a territory.)
PROTEST_ACTS = [
    ('Riot police fired water cannon at protesters in Paris.',
     [('Coercion', 'fire', 'asserted', ['GovernmentBody:French police/FRA'], ['Group:French protesters/FRA'], [], ['Place:Paris/FRA']), ('Protest', 'protest', 'asserted', ['Group:French protesters/FRA'], [], [], ['Place:Paris/FRA'])]),
    ('Police fired stun grenades at demonstrators in Tbilisi.',
     [('Coercion', 'fire', 'asserted', ['GovernmentBody:Georgian police/GEO'], ['Group:protesters/GEO'], [], ['Place:Tbilisi/GEO']), ('Protest', 'protest', 'asserted', ['Group:protesters/GEO'], [], [], ['Place:Tbilisi/GEO'])]),
    ('Demonstrators torched tyres and blocked roads in Port-au-Prince.',
     [('Protest', 'block', 'asserted', ['Group:protesters/HTI'], [], [], ['Place:Port-au-Prince/HTI'])]),
    ('Rioters torched cars in the suburbs of Paris.',
     [('Protest', 'protest', 'asserted', ['Group:rioters/FRA'], [], [], ['Place:Paris/FRA']), ('Attack', 'torch', 'asserted', ['Group:rioters/FRA'], ['Group:people of cars'], [], ['Place:Paris/FRA'])]),
    ('Students occupied the main building of the university in Belgrade.',
     [('Protest', 'occupy', 'asserted', ['Group:students/SRB'], [], [], ['Place:Belgrade/SRB'])]),
    ('Farmers occupied the ministry in Nairobi.',
     [('Protest', 'occupy', 'asserted', ['Group:farmers/KEN'], [], [], ['Place:Nairobi/KEN'])]),
    ('Rebels occupied the town of Bunia.',
     [('Attack', 'occupy', 'asserted', ['ArmedForce:rebels/COD'], [], [], ['Place:Bunia/COD'])]),
    ('Israel occupied the West Bank in 1967.',
     []),
    ('Protesters occupied the parliament building in Colombo.',
     [('Protest', 'occupy', 'asserted', ['Group:protesters/LKA'], ['GovernmentBody:Parliament'], [], ['Place:Colombo/LKA'])]),
    ('The tanks fired cannon rounds at the village.',
     [('Attack', 'fire', 'asserted', ['ArmedForce:tanks'], [], [], [])]),
    ('Hundreds of people took to the streets of Tbilisi.',
     [('Protest', 'take', 'asserted', ['Group:people/GEO'], [], [], ['Place:Tbilisi/GEO'])]),
]


@pytest.mark.parametrize("text,expected", PROTEST_ACTS, ids=[c[0][:40] for c in PROTEST_ACTS])
def test_protest_acts(run, text, expected):
    assert records(run(text)) == expected


# defence-analysis sentences (probes of 2026-12-03): who signs a contract or a deal to buy is the
# buyer, and the purchase is one the deal is to make; a support verb whose object is an act of
# another type carries that act and adds none of its own from a dictionary row ("approved the
# sale of 66 jets" was also a Concession); designations with a Roman numeral ("Agni-V",
# "Shaheen-III") and with modifiers before the weapon noun are weapons. (Guard: "KN-25 multiple
# rocket launcher".)
DEFENCE_TEXTS = [
    ('Poland signed a contract to buy 96 AH-64E Apache helicopters from the United States.',
     [('ArmsTransfer', 'buy', 'hypothetical', ['Country:United States'], ['Country:Poland'], [], [], ['AH-64E', 'helicopter'])]),
    ('Poland signed a deal to buy tanks.',
     [('Agreement', 'sign', 'asserted', [], [], ['Country:Poland'], [], []), ('ArmsTransfer', 'buy', 'hypothetical', [], ['Country:Poland'], [], [], ['tank'])]),
    ('The Pentagon approved the sale of 66 F-16V fighter jets to Taiwan.',
     [('ArmsTransfer', 'sale', 'asserted', ['GovernmentBody:Pentagon/USA'], ['Country:Taiwan'], [], [], ['F-16V', 'fighter jet'])]),
    ('India successfully test-fired an Agni-V missile from Abdul Kalam Island off the Odisha coast.',
     [('WeaponTest', 'test-fire', 'asserted', ['Country:India'], [], [], ['Place:Odisha/IND'], ['Agni-V', 'missile'])]),
    ('Pakistan tested a Shaheen-III ballistic missile.',
     [('WeaponTest', 'test', 'asserted', ['Country:Pakistan'], [], [], [], ['Shaheen-III', 'ballistic missile'])]),
    ('North Korea fired a KN-25 multiple rocket launcher.',
     [('WeaponTest', 'fire', 'asserted', ['Country:North Korea'], [], [], [], ['KN-25', 'rocket'])]),
]


@pytest.mark.parametrize("text,expected", DEFENCE_TEXTS, ids=[c[0][:40] for c in DEFENCE_TEXTS])
def test_defence_texts(run, text, expected):
    assert weapon_records(run(text)) == expected



# a participle clause after "while", "after", "before" tells what a passive's subject was doing
# when the passive's act was done to it: the subject does the participle ("three policemen were
# killed while raiding a hideout"); not where the passive names its own doer ("by Israeli jets",
# who also do the participle) nor a participle of what followed ("sparking protests")
DOING_WHEN_DONE_TO = [
    ("Three policemen were killed while raiding a militant hideout in Peshawar.",
     [("Attack", "kill", "asserted", [], ["GovernmentBody:Pakistani police/PAK"], [], ["Place:Peshawar/PAK"], []),
      ("Attack", "raid", "asserted", ["GovernmentBody:Pakistani police/PAK"], ["ArmedForce:militants/PAK"], [], ["Place:Peshawar/PAK"], [])]),
    ("The pilot was captured after bombing rebel positions near Misrata.",
     [("Coercion", "capture", "asserted", [], ["Group:pilot/LBY"], [], ["Place:Misratah/LBY"], []),
      ("Attack", "bomb", "asserted", ["Group:pilot/LBY"], ["ArmedForce:rebels/LBY"], [], ["Place:Misratah/LBY"], [])]),
    ("Two soldiers were wounded while attacking a rebel base near Goma.",
     [("Attack", "wound", "asserted", [], ["ArmedForce:soldiers/COD"], [], ["Place:Goma/COD"], []),
      ("Attack", "attack", "asserted", ["ArmedForce:soldiers/COD"], ["ArmedForce:rebels/COD", "Group:people of base"], [],
       ["Place:Goma/COD"], [])]),
    # guards (unchanged): the passive's own doer does the participle; a participle of what followed
    ("Gaza was struck by Israeli jets, killing 10.",
     [("Attack", "strike", "asserted", ["Country:Israel"], ["Country:Palestine", "Group:people"], [], ["Country:Palestine"],
       ["military aircraft"])]),
    ("A man was shot dead in Kabul, sparking protests.",
     [("Attack", "shoot", "asserted", [], ["Group:man/AFG"], [], ["Place:Kabul/AFG"], [])]),
]


@pytest.mark.parametrize("text,expected", DOING_WHEN_DONE_TO, ids=[c[0][:40] for c in DOING_WHEN_DONE_TO])
def test_passive_subject_does_what_it_was_doing(run, text, expected):
    assert weapon_records(run(text)) == expected


# a named operation launched by armed people or a state named is the attack it names, mentioned
# by its whole name; the name is no place nor body (the model took them for FAC and ORG); not
# one prosecutors or police launch ("Operation Car Wash"), nor an operation of rescue
NAMED_OPERATIONS = [
    ("The army launched Operation Zarb-e-Azb against militants in North Waziristan.",
     [("Attack", "operation", "asserted", ["ArmedForce:army"], ["ArmedForce:militants"], [], ["Place:North Waziristan"], [])],
     ["Operation Zarb-e-Azb", "launched"]),
    ("Turkey launched Operation Peace Spring against Kurdish fighters in northern Syria.",
     [("Attack", "operation", "asserted", ["Country:Turkey"], ["ArmedForce:Kurdish fighters/SYR"], [], ["Country:Syria"], [])],
     ["Operation Peace Spring", "launched"]),
    ("Israel launched Operation Protective Edge in Gaza on July 8.",
     [("Attack", "operation", "asserted", ["Country:Israel"], ["Country:Palestine"], [], ["Country:Palestine"], [])],
     ["Operation Protective Edge", "launched"]),
    ("Brazilian prosecutors launched Operation Car Wash in 2014.", [], []),
    ("The operation was launched to evacuate citizens.", [], []),
]


@pytest.mark.parametrize("text,expected,mentions", NAMED_OPERATIONS, ids=[c[0][:40] for c in NAMED_OPERATIONS])
def test_a_named_operation_is_the_attack_it_names(run, text, expected, mentions):
    ex = run(text)
    assert weapon_records(ex) == expected
    assert sorted(m.text for e in ex.events for m in e.mentions) == sorted(mentions)
    assert not [e.label for e in ex.entities.values() if e.label.startswith("Operation")]


# short conflict-report forms (probe of 2026-12-03, own sentences): what fire or siege is laid
# "to" is struck; a verb the tagger wrote as a participle, joined with its own object to an
# active past verb, shares that verb's doer ("looted shops and burned vehicles"); a named group's
# fighters said to be somewhere are the group's, not that state's
REPORT_FORMS = [
    ("Militants set fire to a police station in Lagos.",
     [("Attack", "set", "asserted", ["ArmedForce:militants/NGA"], ["GovernmentBody:Nigerian police/NGA", "Group:people of police station"],
       [], ["Place:Lagos/NGA"], [])]),
    ("Protesters set fire to the parliament building in Bishkek.",
     [("Protest", "protest", "asserted", ["Group:protesters/KGZ"], [], [], ["Place:Bishkek/KGZ"], []),
      ("Attack", "set", "asserted", ["Group:protesters/KGZ"], ["GovernmentBody:Parliament", "Group:people of parliament building"],
       [], ["Place:Bishkek/KGZ"], [])]),
    ("Russian forces laid siege to Mariupol.",
     [("Attack", "lay", "asserted", ["ArmedForce:Russian forces/RUS"], ["Group:people of Mariupol/UKR"], [], ["Place:Mariupol/UKR"], [])]),
    ("On 14 February 2023, rioters looted shops and burned vehicles in Port-au-Prince.",
     [("Protest", "loot", "asserted", ["Group:rioters/HTI"], [], [], ["Place:Port-au-Prince/HTI"], []),
      ("Attack", "burn", "asserted", ["Group:rioters/HTI"], ["Group:people of vehicles"], [], ["Place:Port-au-Prince/HTI"], [])]),
    ("Troops clashed with Boko Haram militants in Gwoza.",
     [("Attack", "clash", "asserted", ["ArmedForce:troops/NGA"], ["ArmedForce:Boko Haram/NGA"], [], ["Place:Gwoza/NGA"], [])]),
    # guard (unchanged): "to death" names no one
    ("Two men were shot to death in Kabul.",
     [("Attack", "shoot", "asserted", [], ["Group:men/AFG"], [], ["Place:Kabul/AFG"], [])]),
]


@pytest.mark.parametrize("text,expected", REPORT_FORMS, ids=[c[0][:40] for c in REPORT_FORMS])
def test_short_report_forms(run, text, expected):
    assert weapon_records(run(text)) == expected


# armed people driving others from a place attack them there ("pushed IS out of Kobani", "expelled
# ISIS from Manbij"): the "from" or "out of" is the act's place (cue ousting); diplomats or
# journalists expelled stay a sanction or a coercion
OUSTED = [
    ('Kurdish forces pushed IS out of Kobani.',
     [('Attack', 'push', 'asserted', ['ArmedForce:Kurdish forces'], ['ArmedForce:Islamic State'], [], ['Place:Kobani'], [])]),
    ('Iraqi troops drove militants out of Ramadi.',
     [('Attack', 'drive', 'asserted', ['ArmedForce:Iraqi troops/IRQ'], ['ArmedForce:militants/IRQ'], [], ['Place:Ramadi/IRQ'], [])]),
    ('The SDF expelled ISIS from Manbij.',
     [('Attack', 'expel', 'asserted', ['ArmedForce:Syrian Democratic Forces/SYR'], ['ArmedForce:Islamic State'], [], ['Place:Manbij/SYR'], [])]),
    ('Government forces pushed rebels back from the outskirts of Aleppo.',
     [('Attack', 'push', 'asserted', ['ArmedForce:government forces/SYR'], ['ArmedForce:rebels/SYR'], [], ['Place:Aleppo/SYR'], [])]),
    ('Troops dislodged militants from their positions near Sirte.',
     [('Attack', 'dislodge', 'asserted', ['ArmedForce:troops/LBY'], ['ArmedForce:militants/LBY'], [], ['Place:Sirte/LBY'], [])]),
    ('Kurdish forces drove ISIS away from Kobani.',
     [('Attack', 'drive', 'asserted', ['ArmedForce:Kurdish forces'], ['ArmedForce:Islamic State'], [], ['Place:Kobani'], [])]),
    # guards: diplomats and journalists expelled (a sanction, a coercion); a vote or investors pushed away
    ('Russia expelled two British diplomats.',
     [('Sanction', 'expel', 'asserted', ['Country:Russia'], ['GovernmentBody:British diplomats/GBR'], [], [], [])]),
    ('The army expelled foreign journalists from the region.',
     [('Coercion', 'expel', 'asserted', ['ArmedForce:army'], ['Group:foreign journalists'], [], [], [])]),
    ('The campaign pushed back the vote.',
     []),
    ('The new law drives investors away from the country.',
     []),
]


@pytest.mark.parametrize("text,expected", OUSTED, ids=[c[0][:40] for c in OUSTED])
def test_armed_people_driven_from_a_place(run, text, expected):
    assert weapon_records(run(text)) == expected


# a boycott by people who are not a state is their protest (CAMEO 143); a state's is a sanction
# (163), as is one whose doer no actor stands for
BOYCOTTS = [
    ("Students boycotted classes at Dhaka University to protest the killing of a classmate.",
     [("Protest", "boycott", "asserted", ["Group:students"], [], [], [], [])]),
    ("Lawyers boycotted courts across Punjab on Monday.",
     [("Protest", "boycott", "asserted", ["GovernmentBody:lawyer"], [], [], [], [])]),
    ("The United States boycotted the Moscow Olympics.",
     [("Sanction", "boycott", "asserted", ["Country:United States"], [], [], [], [])]),
    ("Arab states boycotted Israeli goods.",
     [("Sanction", "boycott", "asserted", [], ["Country:Israel"], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", BOYCOTTS, ids=[c[0][:40] for c in BOYCOTTS])
def test_a_boycott_by_people_is_a_protest(run, text, expected):
    assert weapon_records(run(text)) == expected


# an order placed or a deal for weapons is the transfer, the one who orders it its recipient
# (a "for" of the noun names what is got; "place" carries the noun it takes)
ORDERS = [
    ("Poland placed an order for 96 Apache helicopters.",
     [("ArmsTransfer", "order", "asserted", [], ["Country:Poland"], [], [], ["helicopter"])]),
    ("Poland placed an order for 96 AH-64E Apache helicopters from the United States.",
     [("ArmsTransfer", "order", "asserted", ["Country:United States"], ["Country:Poland"], [], [], ["AH-64E", "helicopter"])]),
    # guards (unchanged): an order of a court; a trade deal
    ("The court issued an order for the release of the prisoners.",
     [("Release", "release", "asserted", [], ["Group:prisoners"], [], [], [])]),
    ("The two leaders signed a trade deal.",
     [("Agreement", "sign", "asserted", [], [], ["Group:leader"], [], [])]),
]


@pytest.mark.parametrize("text,expected", ORDERS, ids=[c[0][:40] for c in ORDERS])
def test_an_order_for_weapons_is_their_transfer(run, text, expected):
    assert weapon_records(run(text)) == expected


# a protest by a town's people, whose clause names no place, is there; not a state's people
PROTESTERS_OF_A_TOWN = [
    ("Residents of Mosul demonstrated against the lack of electricity.",
     [("Protest", "demonstrate", "asserted", ["Group:residents/IRQ"], [], [], ["Place:Mosul/IRQ"], [])]),
    # guards (unchanged): the place its clause names; a state's people
    ("Residents of Mosul demonstrated in Baghdad.",
     [("Protest", "demonstrate", "asserted", ["Group:residents/IRQ"], [], [], ["Place:Baghdad/IRQ"], [])]),
    ("Iranians protested against the regime.",
     [("Protest", "protest", "asserted", ["Country:Iran"], [], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", PROTESTERS_OF_A_TOWN, ids=[c[0][:40] for c in PROTESTERS_OF_A_TOWN])
def test_a_towns_people_protest_there(run, text, expected):
    assert weapon_records(run(text)) == expected


# what someone is warned against or kept from is not done, and is the warned one's ("warned NATO
# against deploying troops"; one the text does not name is no one else: "prevented them from
# attacking"); armed people crossing into a state or infiltrating a town enter it by force
WARNED_AND_CROSSING = [
    ('Russia warned NATO against deploying troops to Ukraine.',
     [('Statement', 'warn', 'asserted', ['Country:Russia'], ['InternationalOrganization:NATO'], [], [], []), ('MilitaryDeployment', 'deploy', 'hypothetical', ['InternationalOrganization:NATO'], ['Country:Ukraine'], [], ['Country:Ukraine'], [])]),
    ('The US warned Iran against attacking shipping in the Gulf.',
     [('Statement', 'warn', 'asserted', ['Country:United States'], ['Country:Iran'], [], [], []), ('Attack', 'attack', 'hypothetical', ['Country:Iran'], [], [], ['Place:Persian Gulf'], [])]),
    ('Police prevented them from attacking the embassy.',
     [('Attack', 'attack', 'negated', [], ['Group:people of embassy'], [], ['Place:embassy'], [])]),
    ('Turkish troops crossed into northern Iraq to hunt Kurdish rebels.',
     [('Attack', 'cross', 'asserted', ['ArmedForce:Turkish troops/TUR'], ['Country:Iraq'], [], ['Country:Iraq'], [])]),
    ('Militants infiltrated the town of Palma.',
     [('Attack', 'infiltrate', 'asserted', ['ArmedForce:militants/ESP'], ['Group:people of Palma/ESP'], [], ['Place:Palma/ESP'], [])]),
    # guard: people who are not armed crossing a border
    ('Thousands of migrants crossed into Greece.',
     []),
]


@pytest.mark.parametrize("text,expected", WARNED_AND_CROSSING, ids=[c[0][:40] for c in WARNED_AND_CROSSING])
def test_warned_against_and_crossing_into(run, text, expected):
    assert weapon_records(run(text)) == expected


# knives and machetes are the weapons of the attacks they are used in (WikiEvents' Instrument);
# people "armed with" something are described by it, armed people, and no transfer of arms
BLADES_AND_ARMED = [
    ('A man attacked worshippers with a knife in Nice.',
     [('Attack', 'attack', 'asserted', ['Group:man/FRA'], ['Group:worshippers/FRA'], [], ['Place:Nice/FRA'], ['bladed weapon'])]),
    ('Attackers armed with machetes killed 12 villagers in Ituri.',
     [('Attack', 'kill', 'asserted', ['ArmedForce:attackers/COD'], ['Group:villagers/COD'], [], ['Place:Ituri/COD'], ['bladed weapon'])]),
    ('Men armed with guns attacked the village.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:armed men'], [], [], [], ['small arms'])]),
    # (people of no arms otherwise)
    ('Men attacked the village.',
     [('Attack', 'attack', 'asserted', ['Group:men'], [], [], [], [])]),
    # ... while arming someone, or being armed by someone, is a transfer; a verb "axe" no weapon
    ('The United States armed the Syrian rebels.',
     [('ArmsTransfer', 'arm', 'asserted', ['Country:United States'], ['ArmedForce:Syrian rebels/SYR'], [], [], [])]),
    ('The rebels were armed by Iran.',
     [('ArmsTransfer', 'arm', 'asserted', ['Country:Iran'], ['ArmedForce:rebels'], [], [], [])]),
    ('The company will axe 500 jobs.',
     []),
]


@pytest.mark.parametrize("text,expected", BLADES_AND_ARMED, ids=[c[0][:40] for c in BLADES_AND_ARMED])
def test_blades_and_people_armed_with_them(run, text, expected):
    assert weapon_records(run(text)) == expected


# leaders named by their surname alone, as wire copy and headlines write them (persons.tsv aliases)
SURNAMES = [
    ('Putin met Erdogan in Sochi.',
     [('Meeting', 'meet', 'asserted', [], [], ['Person:Vladimir Putin/RUS', 'Person:Recep Tayyip Erdogan/TUR'], ['Place:Sochi/RUS'], [])]),
    ('Trump urges UN to renew Iran sanctions.',
     [('Demand', 'urge', 'asserted', ['Person:Donald Trump/USA'], ['InternationalOrganization:United Nations'], [], [], [])]),
    ('Xi met Biden in San Francisco.',
     [('Meeting', 'meet', 'asserted', [], [], ['Person:Xi Jinping/CHN', 'Person:Joe Biden/USA'], ['Place:San Francisco/USA'], [])]),
    # guards: a surname inside another person's name; a body named after the person
    ('Abdul-Ghani Ali said the bomb killed two people in Baghdad.',
     [('Statement', 'say', 'asserted', ['Person:Abdul-Ghani Ali'], [], [], [], []), ('Attack', 'kill', 'asserted', [], ['Group:people/IRQ'], [], ['Place:Baghdad/IRQ'], ['explosive'])]),
    ('Activists protested the policy imposed by Trump Administration.',
     [('Protest', 'protest', 'asserted', ['Group:activists'], ['Organization:Trump Administration'], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", SURNAMES, ids=[c[0][:40] for c in SURNAMES])
def test_leaders_by_surname(run, text, expected):
    assert weapon_records(run(text)) == expected


# armed people looting attack what they loot (rioters' looting is their riot); warships sailing
# somewhere are a show of force, a deployment
LOOTING_AND_SAILING = [
    ('Chinese warships sailed near the disputed Scarborough Shoal.',
     [('MilitaryDeployment', 'sail', 'asserted', ['Country:China'], [], [], [], ['warship'])]),
    ('Sudanese soldiers looted the market in Nyala.',
     [('Attack', 'loot', 'asserted', ['ArmedForce:Sudanese soldiers/SDN'], ['Group:people of market'], [], ['Place:Nyala/SDN'], [])]),
    # guards: rioters' looting stays their riot (CAMEO 145); a ferry sails nowhere of note
    ('Rioters looted shops in Nairobi.',
     [('Protest', 'loot', 'asserted', ['Group:rioters/KEN'], [], [], ['Place:Nairobi/KEN'], [])]),
    ('The ferry sailed to Crete.',
     []),
    ('On 14 February 2023, rioters looted shops and burned vehicles in Port-au-Prince.',
     [('Protest', 'loot', 'asserted', ['Group:rioters/HTI'], [], [], ['Place:Port-au-Prince/HTI'], []), ('Attack', 'burn', 'asserted', ['Group:rioters/HTI'], ['Group:people of vehicles'], [], ['Place:Port-au-Prince/HTI'], [])]),
]


@pytest.mark.parametrize("text,expected", LOOTING_AND_SAILING, ids=[c[0][:40] for c in LOOTING_AND_SAILING])
def test_armed_looting_and_warships_sailing(run, text, expected):
    assert weapon_records(run(text)) == expected


# a place the model swallowed into a time ("at Kyiv overnight" tagged TIME) is still what is fired at
FIRED_AT_A_TIME = [
    ("Russia fired cruise missiles at Kyiv overnight.",
     [("Attack", "fire", "asserted", ["Country:Russia"], ["Group:people of Kyiv/UKR"], [], ["Place:Kyiv/UKR"], ["cruise missile"])]),
    # guard (unchanged): a date is no aim
    ("North Korea fired a missile on Thursday.",
     [("WeaponTest", "fire", "asserted", ["Country:North Korea"], [], [], [], ["missile"])]),
]


@pytest.mark.parametrize("text,expected", FIRED_AT_A_TIME, ids=[c[0][:40] for c in FIRED_AT_A_TIME])
def test_fired_at_a_place_the_model_took_for_a_time(run, text, expected):
    assert weapon_records(run(text)) == expected


# a word or deed aimed at an act whose doer its phrase names is aimed at the doer, not at whom the
# act was done to; a junta is its state's governing body; a court's sentence, a detention
# and a crackdown are coercion, tariffs slapped on a state a sanction
DOERS_OF_CONDEMNED_ACTS = [
    ("Turkey condemned Israel's killing of civilians.",
     [('Condemnation', 'condemn', 'asserted', ['Country:Turkey'], ['Country:Israel'], [], [], []), ('Attack', 'killing', 'asserted', ['Country:Israel'], ['Group:civilians'], [], [], [])]),
    ('The UN condemned the killing of civilians by government forces in Darfur.',
     [('Condemnation', 'condemn', 'asserted', ['InternationalOrganization:United Nations'], ['ArmedForce:government forces'], [], [], []), ('Attack', 'killing', 'asserted', ['ArmedForce:government forces'], ['Group:civilians'], [], ['Place:Darfur'], [])]),
    # guard (unchanged): an act whose doer is not named leaves whom it was done to
    ('The EU condemned the arrest of opposition leaders.',
     [('Condemnation', 'condemn', 'asserted', ['InternationalOrganization:European Union'], ['Group:opposition leader'], [], [], []), ('Coercion', 'arrest', 'asserted', [], ['Group:opposition leader'], [], [], [])]),
    ('Amnesty denounced the detention of journalists by the junta.',
     [('Condemnation', 'denounce', 'asserted', ['Organization:Amnesty'], ['GovernmentBody:junta'], [], [], []), ('Coercion', 'detention', 'asserted', ['GovernmentBody:junta'], ['Group:journalists'], [], [], [])]),
    ("Myanmar's junta sentenced Aung San Suu Kyi to four more years in prison.",
     [('Coercion', 'sentence', 'asserted', ['GovernmentBody:Myanmar junta/MMR'], ['Person:Aung San Suu Kyi'], [], [], [])]),
    ('Washington slapped new tariffs on Chinese steel imports.',
     [('Sanction', 'slap', 'asserted', ['Country:United States'], ['Country:China'], [], [], [])]),
    ('Police launched a crackdown on protesters in Minsk.',
     [('Coercion', 'crackdown', 'asserted', ['GovernmentBody:Belarusian police/BLR'], ['Group:Belarusian protesters/BLR'], [], [], []), ('Protest', 'protest', 'asserted', ['Group:Belarusian protesters/BLR'], [], [], [], [])]),
    # guards: detention as a state is no act; a sentence passed on no one is no coercion
    ('He was held in detention for two weeks.',
     []),
    ('The court sentenced the film to a wider release.',
     []),
]


@pytest.mark.parametrize("text,expected", DOERS_OF_CONDEMNED_ACTS, ids=[c[0][:40] for c in DOERS_OF_CONDEMNED_ACTS])
def test_doers_of_condemned_acts_and_judicial_coercion(run, text, expected):
    assert weapon_records(run(text)) == expected


# a missile fired "into the sea east of" somewhere is aimed at no one (the parser makes "east" a
# second object of "into"); a state's army or navy deploys as itself, not as its state
SEA_AND_NAVIES = [
    ('North Korea launched a solid-fuel Hwasong-18 intercontinental ballistic missile into the sea east of the Korean Peninsula.',
     [('WeaponTest', 'launch', 'asserted', ['Country:North Korea'], [], [], ['Place:Korean Peninsula'], ['Hwasong-18', 'intercontinental ballistic missile'])]),
    ('The US Navy deployed an aircraft carrier to the Gulf.',
     [('MilitaryDeployment', 'deploy', 'asserted', ['ArmedForce:American navy/USA'], [], [], ['Place:Persian Gulf'], ['warship'])]),
    # guards (unchanged): police deployed are their state's; rockets fired into a state aim at it
    ('Kenyan police were deployed to Haiti.',
     [('MilitaryDeployment', 'deploy', 'asserted', ['Country:Kenya'], ['Country:Haiti'], [], ['Country:Haiti'], [])]),
    ('Hamas fired rockets into southern Israel.',
     [('Attack', 'fire', 'asserted', ['ArmedForce:Hamas/PSE'], ['Country:Israel'], [], ['Country:Israel'], ['rocket'])]),
]


@pytest.mark.parametrize("text,expected", SEA_AND_NAVIES, ids=[c[0][:40] for c in SEA_AND_NAVIES])
def test_fired_into_the_sea_and_navies_deploying(run, text, expected):
    assert weapon_records(run(text)) == expected


# one side's armed forces holding drills or exercises show their force (CAMEO 150, PLOVER
# MOBILIZE): a deployment; joint ones, or states holding them, are cooperation
DRILLS = [
    ('The Chinese navy conducted live-fire drills near Taiwan.',
     [('MilitaryDeployment', 'drill', 'asserted', ['ArmedForce:Chinese navy/CHN'], [], [], ['Country:Taiwan'], [])]),
    ('Russian troops held military exercises near the Ukrainian border.',
     [('MilitaryDeployment', 'exercise', 'asserted', ['Country:Russia'], [], [], [], [])]),
    # guards (unchanged): a fire drill; states holding exercises; joint ones
    ('The school held a fire drill on Monday.',
     []),
    ('Russia and Belarus held military exercises.',
     [('Cooperation', 'exercise', 'asserted', [], [], ['Country:Russia', 'Country:Belarus'], [], [])]),
    ('Israel and the United States began joint military exercises in the Negev.',
     [('Cooperation', 'exercise', 'asserted', [], [], ['Country:Israel', 'Country:United States'], [], [])]),
]


@pytest.mark.parametrize("text,expected", DRILLS, ids=[c[0][:40] for c in DRILLS])
def test_one_sides_drills_are_a_show_of_force(run, text, expected):
    assert weapon_records(run(text)) == expected


# acts of protest: a strike called by a side, a blockade people stage, tyres set alight, slogans
# chanted, people converging on a town; the people "of" a town the model did not mark protest there
PROTEST_ACTS = [
    ('Shopkeepers shut their businesses in Srinagar in a strike called by separatists.',
     [('Protest', 'strike', 'asserted', ['ArmedForce:separatists/IND'], [], [], ['Place:Srinagar/IND'], [])]),
    ('Truck drivers staged a blockade of the main highway near Calais.',
     [('Protest', 'blockade', 'asserted', ['Group:truck drivers/FRA'], [], [], ['Place:Calais/FRA'], [])]),
    # guard (unchanged): a blockade imposed is coercion
    ('The navy imposed a blockade on the port.',
     [('Coercion', 'impose', 'asserted', ['ArmedForce:navy'], [], [], [], [])]),
    ('Protesters set fire to tyres and blocked roads in the southern city of Basra.',
     [('Protest', 'set', 'asserted', ['Group:protesters/IRQ'], [], [], ['Place:Basrah/IRQ'], [])]),
    # guard (unchanged): fire set to a school is an attack
    ('Militants set fire to a school in Borno.',
     [('Attack', 'set', 'asserted', ['ArmedForce:militants/NGA'], ['Group:people of school'], [], ['Place:Borno/NGA'], [])]),
    ("Crowds chanted anti-government slogans in Tehran's Grand Bazaar on Monday.",
     [('Protest', 'chant', 'asserted', ['Group:crowd/IRN'], [], [], ['Place:Grand Bazaar/IRN', 'Place:Tehran/IRN'], [])]),
    # guard: fans chant no slogans
    ('Fans chanted the name of the striker.',
     []),
    ('Thousands of farmers converged on Lahore.',
     [('Protest', 'converge', 'asserted', ['Group:farmers/PAK'], [], [], ['Place:Lahore/PAK'], [])]),
    ('Residents of Goma protested against the rebels.',
     [('Protest', 'protest', 'asserted', ['Group:residents/COD'], ['ArmedForce:rebels/COD'], [], ['Place:Goma/COD'], [])]),
    ('Goma residents protested against the rebels.',
     [('Protest', 'protest', 'asserted', ['Group:residents/COD'], ['ArmedForce:rebels/COD'], [], ['Place:Goma/COD'], [])]),
]


@pytest.mark.parametrize("text,expected", PROTEST_ACTS, ids=[c[0][:40] for c in PROTEST_ACTS])
def test_acts_of_protest(run, text, expected):
    assert weapon_records(run(text)) == expected


# a blast whose maker a phrase on its instrument names ("a bomb planted by Al-Shabaab exploded")
# takes its participle of harm in as its toll, as one with no maker does: one attack, not a second
# with no agent
BLASTS_WITH_A_MAKER = [
    ('A bomb planted by Al-Shabaab exploded in a market in Mogadishu, killing five people.',
     [('Attack', 'explode', 'asserted', ['ArmedForce:al-Shabab/SOM'], ['Group:people of market', 'Group:people/SOM'], [], ['Place:market', 'Place:Mogadishu/SOM'], ['explosive'])]),
    # guards (unchanged): a bomber's own blast; a blast with no maker
    ('The bomber blew himself up at a checkpoint, killing five policemen.',
     [('Attack', 'blow', 'asserted', ['ArmedForce:bombers'], ['Group:people of checkpoint', 'GovernmentBody:police'], [], ['Place:checkpoint'], [])]),
    ('A roadside bomb exploded near a convoy in Kandahar, killing three soldiers.',
     [('Attack', 'explode', 'asserted', [], ['ArmedForce:soldiers/AFG'], [], ['Place:convoy', 'Place:Kandahār/AFG'], ['explosive'])]),
]


@pytest.mark.parametrize("text,expected", BLASTS_WITH_A_MAKER, ids=[c[0][:40] for c in BLASTS_WITH_A_MAKER])
def test_a_blast_with_a_maker_takes_its_toll_in(run, text, expected):
    assert weapon_records(run(text)) == expected


# "Congo" alone is the Democratic Republic, as AP and Reuters write it; exchanging prisoners is a
# deal; a state putting its own troops on alert shows its force
CONGO_PRISONERS_ALERT = [
    ('Ugandan troops crossed into Congo to hunt ADF rebels.',
     [('Attack', 'cross', 'asserted', ['ArmedForce:Ugandan troops/UGA'], ['Country:Democratic Republic of the Congo'], [], ['Country:Democratic Republic of the Congo'], [])]),
    # guard (unchanged): the Republic of Congo
    ('Rebels attacked a village in the Republic of Congo.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:rebels/COG'], ['Group:people of village'], [], ['Country:Republic of the Congo'], [])]),
    ('Armenia and Azerbaijan exchanged prisoners of war.',
     [('Agreement', 'exchange', 'asserted', [], [], ['Country:Armenia', 'Country:Azerbaijan', 'Group:prisoners'], [], [])]),
    ('Serbia put its troops on high alert near the Kosovo border.',
     [('MilitaryDeployment', 'alert', 'asserted', ['Country:Serbia'], [], [], [], [])]),
    # guard (unchanged): who arrests people during a protest did not protest
    ('Police arrested 20 students during the protest in Dhaka.',
     [('Coercion', 'arrest', 'asserted', ['GovernmentBody:Bangladeshi police/BGD'], ['Group:students/BGD'], [], ['Place:Dhaka/BGD'], []), ('Protest', 'protest', 'asserted', [], [], [], ['Place:Dhaka/BGD'], [])]),
]


@pytest.mark.parametrize("text,expected", CONGO_PRISONERS_ALERT, ids=[c[0][:40] for c in CONGO_PRISONERS_ALERT])
def test_congo_prisoners_exchanged_and_troops_on_alert(run, text, expected):
    assert weapon_records(run(text)) == expected


# the means the parser hangs on the verb of an attempt are the attempted act's: "an attempt had
# been made to assassinate Maduro using two drones"
MEANS_OF_AN_ATTEMPT = [
    ('The government claimed that an attempt had been made to assassinate President Nicolás Maduro using two drones loaded with explosives.',
     [('Attack', 'assassinate', 'asserted', [], ['Person:Nicolás Maduro'], [], [], ['drone', 'explosive'])]),
]


@pytest.mark.parametrize("text,expected", MEANS_OF_AN_ATTEMPT, ids=[c[0][:40] for c in MEANS_OF_AN_ATTEMPT])
def test_the_means_of_an_attempt(run, text, expected):
    assert weapon_records(run(text)) == expected


# the one accused or condemned "of" or "for" an act did it, also where the parser hangs the
# preposition on that one's noun ("accused militants of attacking the convoy" was India's attack)
ACCUSED_OF = [
    ('India accused militants of attacking the convoy.',
     [('Condemnation', 'accuse', 'asserted', ['Country:India'], ['ArmedForce:militants'], [], [], []), ('Attack', 'attack', 'hypothetical', ['ArmedForce:militants'], ['Group:people of convoy'], [], ['Place:convoy'], [])]),
    ('Turkey condemned the rebels for shelling the town.',
     [('Condemnation', 'condemn', 'asserted', ['Country:Turkey'], ['ArmedForce:rebels'], [], [], []), ('Attack', 'shell', 'asserted', ['ArmedForce:rebels'], [], [], [], [])]),
    # guard (unchanged): responsibility claimed for an act is the claimant's
    ('The Taliban claimed responsibility for attacking the base.',
     [('Statement', 'claim', 'asserted', ['ArmedForce:Taliban/AFG'], [], [], [], []), ('Attack', 'attack', 'asserted', ['ArmedForce:Taliban/AFG'], ['Group:people of base'], [], ['Place:base'], [])]),
]


@pytest.mark.parametrize("text,expected", ACCUSED_OF, ids=[c[0][:40] for c in ACCUSED_OF])
def test_the_accused_did_it(run, text, expected):
    assert weapon_records(run(text)) == expected


# defence reporting: regions the model calls bodies ("Nagorno-Karabakh"), weapons stationed or
# positioned, a security assistance package naming weapons, and "for" its recipient
DEFENCE_REPORTING = [
    ('Azerbaijan launched a military offensive in Nagorno-Karabakh in September 2023.',
     [('Attack', 'offensive', 'asserted', ['Country:Azerbaijan'], [], [], ['Place:Nagorno-Karabakh/AZE'], [])]),
    ('Gunmen attacked a checkpoint in Sinai.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:gunmen/EGY'], ['Group:people of checkpoint'], [], ['Place:Sinai Peninsula/EGY'], [])]),
    ('Satellite imagery shows that Russia has stationed Su-34 bombers at an airbase in Belarus.',
     [('MilitaryDeployment', 'station', 'asserted', ['Country:Russia'], ['Country:Belarus'], [], ['Country:Belarus'], ['Su-34', 'bomber'])]),
    ('The Pentagon announced a new $300 million security assistance package for Ukraine, including HIMARS ammunition and Stinger missiles.',
     [('Statement', 'announce', 'asserted', ['GovernmentBody:Pentagon/USA'], [], [], [], []), ('ArmsTransfer', 'package', 'asserted', ['GovernmentBody:Pentagon/USA'], ['Country:Ukraine'], [], [], ['HIMARS', 'Stinger', 'weapons'])]),
    ('The US approved a military aid package for Israel that includes bombs.',
     [('ArmsTransfer', 'aid', 'asserted', ['Country:United States'], ['Country:Israel'], [], [], ['weapons'])]),
    # guards: a product positioned; an economic package
    ('The company positioned its product in the market.',
     []),
    ('The EU agreed a 50 billion euro economic package for Ukraine.',
     [('Agreement', 'agree', 'asserted', [], [], ['InternationalOrganization:European Union'], [], [])]),
]


@pytest.mark.parametrize("text,expected", DEFENCE_REPORTING, ids=[c[0][:40] for c in DEFENCE_REPORTING])
def test_defence_reporting(run, text, expected):
    assert weapon_records(run(text)) == expected


# who mediated or brokered a pact is no party to it; a name joined to a body's name before the
# noun is a side too ("Hamas and Fatah leaders")
MEDIATORS_AND_JOINED_SIDES = [
    ('Israel and Hamas agreed to a truce mediated by Qatar.',
     [('Agreement', 'agree', 'asserted', [], [], ['Country:Israel', 'ArmedForce:Hamas/PSE'], [], []), ('Meeting', 'mediate', 'hypothetical', [], [], ['Country:Qatar'], [], [])]),
    ('Russia and Ukraine signed a grain deal brokered by Turkey.',
     [('Agreement', 'sign', 'asserted', [], [], ['Country:Russia', 'Country:Ukraine'], [], []), ('Meeting', 'broker', 'asserted', [], [], ['Country:Turkey'], [], [])]),
    ('Qatar hosted talks between the Taliban and US officials.',
     [('Meeting', 'talk', 'asserted', [], [], ['ArmedForce:Taliban/AFG', 'Country:United States'], [], [])]),
    ('Hamas and Fatah leaders met in Cairo.',
     [('Meeting', 'meet', 'asserted', [], [], ['ArmedForce:Hamas/PSE', 'Organization:Fatah/PSE'], ['Place:Cairo/EGY'], [])]),
    # guard (unchanged): those who sign a deal are its parties
    # (the deal signed is the trigger, "sign" carrying it as a support verb since the contracts row)
    ('The deal was signed by Iran and Saudi Arabia.',
     [('Agreement', 'deal', 'asserted', [], [], ['Country:Iran', 'Country:Saudi Arabia'], [], [])]),
]


@pytest.mark.parametrize("text,expected", MEDIATORS_AND_JOINED_SIDES, ids=[c[0][:40] for c in MEDIATORS_AND_JOINED_SIDES])
def test_mediators_and_joined_sides(run, text, expected):
    assert weapon_records(run(text)) == expected



# a name the model mislabels is the large place it is an alternate name of when that place is ten
# times the size of any town that has it as its own name ("Calcutta" is Kolkata, not a South
# African town of that name)
OLD_NAMES_OF_LARGE_PLACES = [
    ('A bomb exploded in Calcutta.',
     [('Attack', 'explode', 'asserted', [], [], [], ['Place:Kolkata/IND'], ['explosive'])]),
    # guard (unchanged): an own name of a province
    ('Rebels attacked Kent.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:rebels/GBR'], ['Group:people of Kent/GBR'], [], ['Place:Kent/GBR'], [])]),
]


@pytest.mark.parametrize("text,expected", OLD_NAMES_OF_LARGE_PLACES, ids=[c[0][:40] for c in OLD_NAMES_OF_LARGE_PLACES])
def test_old_names_of_large_places(run, text, expected):
    assert weapon_records(run(text)) == expected


# a passive participle on the people it is done to, as a headline writes it, is done to them
# ("Hundreds arrested as Iran protests spread")
PARTICIPLES_ON_THE_TAKEN = [
    ('Hundreds arrested as Iran protests spread',
     [('Coercion', 'arrest', 'asserted', [], ['Group:people'], [], [], []), ('Protest', 'protest', 'asserted', [], [], [], ['Country:Iran'], [])]),
    ('Dozens of activists arrested in Minsk',
     [('Coercion', 'arrest', 'asserted', [], ['Group:activists/BLR'], [], ['Place:Minsk/BLR'], [])]),
    ('The journalists arrested last week were released.',
     [('Coercion', 'arrest', 'asserted', [], ['Group:journalists'], [], [], []), ('Release', 'release', 'asserted', [], ['Group:journalists'], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", PARTICIPLES_ON_THE_TAKEN, ids=[c[0][:40] for c in PARTICIPLES_ON_THE_TAKEN])
def test_participles_on_the_people_taken(run, text, expected):
    assert weapon_records(run(text)) == expected


# a headline's verb the tagger took for a noun is done by the count word before it ("Thousands
# rally in Tbilisi")
HEADLINE_COUNT_SUBJECTS = [
    ("Thousands rally in Tbilisi against 'foreign agents' law",
     [('Protest', 'rally', 'asserted', ['Group:people/GEO'], [], [], ['Place:Tbilisi/GEO'], [])]),
    ('Hundreds march in Paris against pension reform',
     [('Protest', 'march', 'asserted', ['Group:people/FRA'], [], [], ['Place:Paris/FRA'], [])]),
    # guard (unchanged): a described people before it
    ('Protesters march in Nairobi',
     [('Protest', 'march', 'asserted', ['Group:protesters/KEN'], [], [], ['Place:Nairobi/KEN'], [])]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_COUNT_SUBJECTS, ids=[c[0][:40] for c in HEADLINE_COUNT_SUBJECTS])
def test_headline_count_subjects(run, text, expected):
    assert weapon_records(run(text)) == expected


# a flag or an effigy burned by people who are not armed is a protest; firing "on" or "at"
# someone an attack
FLAGS_AND_FIRING = [
    ('Some 300 demonstrators burned the American flag outside the United States consulate in Auckland.',
     [('Protest', 'burn', 'asserted', ['Group:protesters/NZL'], ['Country:United States'], [], ['Place:Auckland/NZL'], [])]),
    ('Police opened indiscriminate firing on the crowd in Karachi.',
     [('Attack', 'firing', 'asserted', ['GovernmentBody:Pakistani police/PAK'], ['Group:crowd/PAK'], [], ['Place:Karachi/PAK'], [])]),
    # guards: an official's firing; houses burned (unchanged)
    ('The firing of the minister surprised many.',
     []),
    ('Militants burned houses in the village.',
     [('Attack', 'burn', 'asserted', ['ArmedForce:militants'], ['Group:people of houses'], [], ['Place:houses'], [])]),
]


@pytest.mark.parametrize("text,expected", FLAGS_AND_FIRING, ids=[c[0][:40] for c in FLAGS_AND_FIRING])
def test_flags_burned_and_firing(run, text, expected):
    assert weapon_records(run(text)) == expected


# rubber bullets are riot control as tear gas is; troops' cross-border firing is an attack;
# schoolgirls are people described
RIOT_CONTROL_AND_FIRING = [
    ('Police in Dhaka used rubber bullets and tear gas against thousands of garment workers.',
     [('Coercion', 'use', 'asserted', ['GovernmentBody:Bangladeshi police/BGD'], ['Group:garment workers/BGD'], [], ['Place:Dhaka/BGD'], [])]),
    ('An Indian soldier was killed in cross-border firing by Pakistani troops in Kashmir.',
     [('Attack', 'firing', 'asserted', ['ArmedForce:Pakistani troops/PAK'], ['ArmedForce:Indian soldiers/IND'], [], ['Place:Kashmir'], [])]),
    ('Boko Haram insurgents abducted more than 100 schoolgirls from Dapchi.',
     [('Attack', 'abduct', 'asserted', ['ArmedForce:Boko Haram/NGA'], ['Group:schoolgirls/NGA'], [], [], [])]),
    # guard: a coach's firing
    ('The firing of the coach by the club was expected.',
     []),
]


@pytest.mark.parametrize("text,expected", RIOT_CONTROL_AND_FIRING, ids=[c[0][:40] for c in RIOT_CONTROL_AND_FIRING])
def test_riot_control_and_cross_border_firing(run, text, expected):
    assert weapon_records(run(text)) == expected


# settlers named with their state are that state's settlers, not the state
SETTLERS = [
    ('Israeli settlers torched Palestinian homes in the village of Huwara.',
     [('Attack', 'torch', 'asserted', ['Group:Israeli settlers/ISR'], ['Country:Palestine'], [], ['Place:Huwara/PSE'], [])]),
]


@pytest.mark.parametrize("text,expected", SETTLERS, ids=[c[0][:40] for c in SETTLERS])
def test_settlers_of_a_state(run, text, expected):
    assert weapon_records(run(text)) == expected


# people described that the model called a place are the people ("Pirates" tagged GPE)
DESCRIBED_PEOPLE_TAGGED_AS_PLACES = [
    ('Pirates seized Indian fishermen off Somalia.',
     [('Coercion', 'seize', 'asserted', ['ArmedForce:pirates/SOM'], ['Group:Indian fishermen/IND'], [], ['Country:Somalia'], [])]),
]


@pytest.mark.parametrize("text,expected", DESCRIBED_PEOPLE_TAGGED_AS_PLACES, ids=[c[0][:40] for c in DESCRIBED_PEOPLE_TAGGED_AS_PLACES])
def test_described_people_the_model_called_a_place(run, text, expected):
    assert weapon_records(run(text)) == expected


# the weapons a verb of using names are the act's it is used for ("used missiles to hit"); a
# programme's capitalised name ending in an event noun is that act ("a Foreign Military Sale")
USED_TO_HIT_AND_NAMED_SALES = [
    ('Ukraine used Storm Shadow cruise missiles to hit a Russian command post in Berdyansk.',
     [('Attack', 'hit', 'asserted', ['Country:Ukraine'], ['Country:Russia'], [], ['Place:Berdyansk/UKR'], ['Storm Shadow', 'cruise missile'])]),
    ('Israel used F-35 jets to pound Hamas tunnels in Gaza.',
     [('Attack', 'pound', 'asserted', ['Country:Israel'], ['ArmedForce:Hamas/PSE'], [], ['Country:Palestine'], ['F-35', 'military aircraft'])]),
    ('The State Department approved a possible Foreign Military Sale to Poland of 250 M1A2 Abrams tanks.',
     [('ArmsTransfer', 'sale', 'asserted', ['GovernmentBody:State Department/USA'], ['Country:Poland'], [], [], [])]),
    ('The Pentagon announced a Foreign Military Sale of Javelin missiles to Estonia.',
     [('Statement', 'announce', 'asserted', ['GovernmentBody:Pentagon/USA'], ['Country:Estonia'], [], [], []),
      ('ArmsTransfer', 'sale', 'asserted', ['GovernmentBody:Pentagon/USA'], ['Country:Estonia'], [], [], ['Javelin'])]),
    # guards: a weapon's cost hitting a budget; a firm's name
    ('Rising missile costs hit the defence budget.',
     []),
    ('He works at Military Sales Ltd in London.',
     []),
]


@pytest.mark.parametrize("text,expected", USED_TO_HIT_AND_NAMED_SALES, ids=[c[0][:40] for c in USED_TO_HIT_AND_NAMED_SALES])
def test_used_to_hit_and_named_sales(run, text, expected):
    assert weapon_records(run(text)) == expected


# a contract or deal signed for weapons: the signer gets them, its other side ("with") hands them
# over, and the "for" the parser hangs on the verb names them; after a weapon's name, "fighters"
# are the craft, no people
CONTRACTS_SIGNED_FOR_WEAPONS = [
    ('Poland signed a contract with South Korea for 180 K2 tanks.',
     [('ArmsTransfer', 'contract', 'asserted', ['Country:South Korea'], ['Country:Poland'], [], [], ['K2', 'tank'])]),
    ('Poland signed a contract for 180 tanks.',
     [('ArmsTransfer', 'contract', 'asserted', [], ['Country:Poland'], [], [], ['tank'])]),
    ('India signed a deal with France for 36 Rafale jets.',
     [('Agreement', 'sign', 'asserted', [], [], ['Country:India', 'Country:France'], [], []),
      ('ArmsTransfer', 'deal', 'asserted', ['Country:France'], ['Country:India'], [], [], ['Rafale', 'military aircraft'])]),
    ('Brazil signed a contract with Saab for 36 Gripen fighters.',
     [('ArmsTransfer', 'contract', 'asserted', ['Organization:Saab'], ['Country:Brazil'], [], [], ['Gripen'])]),
    # guards: a petition signed; a pact signed; fighters of a named group
    ('Thousands signed a petition against the war.',
     []),
    ('Israel and Hamas signed a ceasefire.',
     [('Agreement', 'sign', 'asserted', [], [], ['Country:Israel', 'ArmedForce:Hamas/PSE'], [], [])]),
    ('Hamas fighters attacked an army post.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:Hamas/PSE'], ['ArmedForce:army'], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", CONTRACTS_SIGNED_FOR_WEAPONS, ids=[c[0][:40] for c in CONTRACTS_SIGNED_FOR_WEAPONS])
def test_contracts_signed_for_weapons(run, text, expected):
    assert weapon_records(run(text)) == expected


# a sit-in the tagger takes for a name and a vigil are protests; a weapon hitting something takes
# the toll its participle tells in (one happening, one event)
SIT_INS_VIGILS_AND_TOLLS_OF_HITS = [
    ('Activists held a sit-in outside the Ministry of Interior in Baghdad.',
     [('Protest', 'sit-in', 'asserted', ['Group:activists/IRQ'], [], [], ['Place:Baghdad/IRQ'], [])]),
    ('Activists held a vigil against the war outside the Russian embassy in Vilnius.',
     [('Protest', 'vigil', 'asserted', ['Group:activists/LTU'], [], [], ['Place:Vilnius/LTU'], [])]),
    ('An IED struck a military vehicle in Tillaberi region, killing four soldiers.',
     [('Attack', 'strike', 'asserted', [], ['ArmedForce:soldiers/NER'], [], ['Place:Tillabéri/NER'], ['explosive'])]),
    ('A rocket hit a school in Kharkiv, wounding seven children.',
     [('Attack', 'hit', 'asserted', [], ['Group:people of school', 'Group:children/UKR'], [], ['Place:Kharkiv/UKR'], ['rocket'])]),
    # guards: a vigil for the dead is mourning
    ('Hundreds held a candlelight vigil for the slain teenager in Sanford.',
     []),
    ('A vigil for the victims of the shooting was held in Orlando.',
     [('Attack', 'shooting', 'asserted', [], ['Group:victims/USA'], [], ['Place:Orlando/USA'], [])]),
]


@pytest.mark.parametrize("text,expected", SIT_INS_VIGILS_AND_TOLLS_OF_HITS, ids=[c[0][:40] for c in SIT_INS_VIGILS_AND_TOLLS_OF_HITS])
def test_sit_ins_vigils_and_tolls_of_hits(run, text, expected):
    assert weapon_records(run(text)) == expected


# people "based" in a state or a place are of that state, whatever place the sentence names
BASED_IN = [
    ('Pakistan-based militants attacked an army camp in Srinagar.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:militants/PAK'], ['ArmedForce:army/IND', 'Group:people of army camp'], [], ['Place:Srinagar/IND'], [])]),
    ('London-based activists protested outside the embassy.',
     [('Protest', 'protest', 'asserted', ['Group:activists/GBR'], [], [], ['Place:embassy'], [])]),
]


@pytest.mark.parametrize("text,expected", BASED_IN, ids=[c[0][:40] for c in BASED_IN])
def test_people_based_in_a_state(run, text, expected):
    assert weapon_records(run(text)) == expected


# state forces and armed groups of the 2020s' conflict notes, named by their own names or initials
NAMED_FORCES_OF_THE_2020S = [
    ('On 30 April 2021, the Tatmadaw conducted airstrikes on KNU positions in Mutraw district.',
     [('Attack', 'airstrike', 'asserted', ['ArmedForce:Tatmadaw/MMR'], ['ArmedForce:Karen National Union/MMR'], [], ['Place:Mutraw'], [])]),
    ('JNIM militants ambushed a FAMa patrol near Boni.',
     [('Attack', 'ambush', 'asserted', ["ArmedForce:Jama'at Nusrat al-Islam wal-Muslimin/MLI"], ['ArmedForce:Malian Armed Forces/MLI', 'Group:people of patrol'], [], ['Place:Boni'], [])]),
    ('The FARDC repelled an M23 attack near Goma.',
     [('Attack', 'repel', 'asserted', ['ArmedForce:Armed Forces of the Democratic Republic of Congo/COD'], ['ArmedForce:March 23 Movement/COD'], [], ['Place:Goma/COD'], []),
      ('Attack', 'attack', 'asserted', ['ArmedForce:March 23 Movement/COD'], [], [], ['Place:Goma/COD'], [])]),
]


@pytest.mark.parametrize("text,expected", NAMED_FORCES_OF_THE_2020S, ids=[c[0][:40] for c in NAMED_FORCES_OF_THE_2020S])
def test_named_forces_of_the_2020s(run, text, expected):
    assert weapon_records(run(text)) == expected


# wire phrasings of material conflict: a state sealing off a territory or its border (CAMEO 191), a
# nuclear test conducted, armed people pushing into a state; a militia's old spelling and a
# hyphenated city the model cuts after its first word
WIRE_MATERIAL_CONFLICT = [
    ('Israel sealed off the West Bank and Gaza Strip after the suicide bombing.',
     [('Coercion', 'seal', 'asserted', ['Country:Israel'], [], [], [], [])]),
    ('India sealed its border with Pakistan.',
     [('Coercion', 'seal', 'asserted', ['Country:India'], [], [], [], [])]),
    ('China conducted a nuclear test at its Lop Nur test site.',
     [('WeaponTest', 'test', 'asserted', ['Country:China'], [], [], ['Place:test site'], [])]),
    ('The Taleban militia captured the northern city of Mazar-i-Sharif.',
     [('Attack', 'capture', 'asserted', ['ArmedForce:Taliban/AFG'], [], [], ['Place:Mazār-e Sharīf/AFG'], [])]),
    ('Turkish troops pushed into northern Iraq.',
     [('Attack', 'push', 'asserted', ['ArmedForce:Turkish troops/TUR'], ['Country:Iraq'], [], ['Country:Iraq'], [])]),
    # guards: police closing a scene; tests told after a pronoun
    ('Police sealed off the area after the blast.',
     []),
    ('Japan decided to lift economic sanctions imposed on India and Pakistan after their nuclear tests.',
     [('Concession', 'lift', 'hypothetical', ['Country:Japan'], ['Country:India', 'Country:Pakistan'], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", WIRE_MATERIAL_CONFLICT, ids=[c[0][:40] for c in WIRE_MATERIAL_CONFLICT])
def test_wire_material_conflict(run, text, expected):
    assert weapon_records(run(text)) == expected


# protest snippets: crowds pouring onto or flooding the streets (which place them), activists
# gluing themselves to a road, workers walking off the job, a blockade by people who are neither a
# state nor armed; trades of the snippets as people described (also where the model calls them a body)
PROTEST_SNIPPETS = [
    ('Opposition supporters poured onto the streets of Conakry.',
     [('Protest', 'pour', 'asserted', ['Group:opposition supporters/GIN'], [], [], ['Place:Conakry/GIN'], [])]),
    ('Protesters flooded the streets of Tehran.',
     [('Protest', 'flood', 'asserted', ['Group:protesters/IRN'], [], [], ['Place:Tehran/IRN'], [])]),
    ('Climate activists glued themselves to a motorway in Munich.',
     [('Protest', 'glue', 'asserted', ['Group:climate activists/DEU'], [], [], ['Place:Munich/DEU'], [])]),
    ('Workers at the Hyundai plant in Ulsan walked off the job.',
     [('Protest', 'walk', 'asserted', ['Group:workers/KOR'], [], [], ['Place:Ulsan/KOR'], [])]),
    ('Truckers blockaded the Ambassador Bridge between Windsor and Detroit.',
     [('Protest', 'blockade', 'asserted', ['Group:truckers/USA'], ['Person:Bridge'], [], [], [])]),
    ('Veterans protested outside parliament in Nairobi.',
     [('Protest', 'protest', 'asserted', ['Group:veterans/KEN'], ['GovernmentBody:Parliament'], [], ['Place:Nairobi/KEN'], [])]),
    # guards: a state's blockade; water poured; floods; fans celebrating a win (sport in the purpose clause)
    ('Fans poured onto the streets of Buenos Aires to celebrate the World Cup win.',
     []),
    ('Israel blockaded Gaza.',
     [('Coercion', 'blockade', 'asserted', ['Country:Israel'], ['Country:Palestine'], [], [], [])]),
    ('He poured water on the streets.',
     []),
    ('Floods swept the streets of Valencia.',
     []),
]


@pytest.mark.parametrize("text,expected", PROTEST_SNIPPETS, ids=[c[0][:40] for c in PROTEST_SNIPPETS])
def test_protest_snippets(run, text, expected):
    assert weapon_records(run(text)) == expected


# defence analysis: bombs dropped on someone, the use of weapons against someone, weapons a
# participle says were bought (its noun's holder got them)
DROPPED_USED_BOUGHT = [
    ('Russian Su-34 bombers dropped FAB-500 bombs on Ukrainian positions near Avdiivka.',
     [('Attack', 'drop', 'asserted', ['Country:Russia'], ['Country:Ukraine'], [], ['Place:Avdiyivka/UKR'], ['Su-34', 'bomber', 'explosive'])]),
    ('Syrian helicopters dropped barrel bombs on Aleppo.',
     [('Attack', 'drop', 'asserted', ['Country:Syria'], ['Group:people of Aleppo/SYR'], [], ['Place:Aleppo/SYR'], ['explosive', 'helicopter'])]),
    ('Over the past year, Russia has significantly expanded its use of glide bombs against Ukrainian front-line positions.',
     [('Attack', 'use', 'asserted', ['Country:Russia'], ['Country:Ukraine'], [], [], ['explosive'])]),
    ('India has inducted the S-400 air defence system, bought from Russia, into its air force.',
     [('ArmsTransfer', 'buy', 'asserted', ['Country:Russia'], ['Country:India'], [], [], ['S-400', 'air defence system'])]),
    # guards: leaflets dropped; prices dropped; a house bought
    ('Planes dropped leaflets over the city.',
     []),
    ('Prices dropped sharply.',
     []),
    ('The house bought from a developer burned down.',
     []),
]


@pytest.mark.parametrize("text,expected", DROPPED_USED_BOUGHT, ids=[c[0][:40] for c in DROPPED_USED_BOUGHT])
def test_dropped_used_bought(run, text, expected):
    assert weapon_records(run(text)) == expected


# a finite verb the parser hangs on the root with no label is the main clause it lost: the act its
# sentence reports, placed by the sentence's place though no party is given
LOST_MAIN_CLAUSE = [
    ('In Madrid, some 100,000 people, many festooned in the green colours of the movement, marched to celebrate the anniversary and urge the government to act.',
     [('Protest', 'march', 'asserted', [], [], [], ['Place:Madrid/ESP'], []),
      ('Demand', 'urge', 'asserted', [], ['GovernmentBody:Spanish government/ESP'], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", LOST_MAIN_CLAUSE, ids=[c[0][:40] for c in LOST_MAIN_CLAUSE])
def test_a_lost_main_clause(run, text, expected):
    assert weapon_records(run(text)) == expected


# a headline's subject the parser hangs on the verb as a compound is its subject
HEADLINE_COMPOUND_SUBJECTS = [
    ('Turkey bombs Kurdish positions in Iraq',
     [('Attack', 'bomb', 'asserted', ['Country:Turkey'], ['Country:Iraq'], [], ['Country:Iraq'], ['explosive'])]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_COMPOUND_SUBJECTS, ids=[c[0][:40] for c in HEADLINE_COMPOUND_SUBJECTS])
def test_headline_compound_subjects(run, text, expected):
    assert weapon_records(run(text)) == expected


# rooms and facilities an attack report places it in (the site cue)
SITES_OF_ATTACKS = [
    ('The gunman opened fire in the school cafeteria before killing himself.',
     [('Attack', 'open', 'asserted', ['ArmedForce:gunmen'], ['Group:people of school cafeteria'], [], ['Place:school cafeteria'], [])]),
    ('A shell hit the hospital ward.',
     [('Attack', 'hit', 'asserted', [], ['Group:people of hospital ward'], [], ['Place:hospital ward'], ['artillery'])]),
    # guard: a crossing closed is no act of anyone's
    ('The crossing was closed.',
     []),
]


@pytest.mark.parametrize("text,expected", SITES_OF_ATTACKS, ids=[c[0][:40] for c in SITES_OF_ATTACKS])
def test_sites_of_attacks(run, text, expected):
    assert weapon_records(run(text)) == expected


# a town the model calls a person before or after a noun of its dwellers is the town
DWELLERS_OF_A_TOWN_THE_MODEL_CALLS_A_PERSON = [
    ('Kherson residents protested against the occupation.',
     [('Protest', 'protest', 'asserted', ['Group:Kherson residents/UKR'], [], [], ['Place:Kherson/UKR'], [])]),
    ('Residents of Kherson protested against the occupation.',
     [('Protest', 'protest', 'asserted', ['Group:residents/UKR'], [], [], ['Place:Kherson/UKR'], [])]),
]


@pytest.mark.parametrize("text,expected", DWELLERS_OF_A_TOWN_THE_MODEL_CALLS_A_PERSON,
                         ids=[c[0][:40] for c in DWELLERS_OF_A_TOWN_THE_MODEL_CALLS_A_PERSON])
def test_dwellers_of_a_town_the_model_calls_a_person(run, text, expected):
    assert weapon_records(run(text)) == expected


# a warship named with its navy's prefix acts for that navy (not a crew named after the ship)
NAMED_WARSHIPS_ACT_FOR_THEIR_NAVY = [
    ('The HMS Diamond shot down a Houthi drone over the Red Sea.',
     [('Attack', 'shoot', 'asserted', ['ArmedForce:British navy/GBR'], ['ArmedForce:Houthis/YEM'], [], ['Place:Red Sea'], ['HMS Diamond'])]),
    ('The destroyer USS Carney shot down three drones launched from Yemen.',
     [('Attack', 'shoot', 'asserted', ['ArmedForce:American navy/USA'], [], [], [], ['USS Carney', 'warship'])]),
    # guard: a warship with no name stands for its crew, of no side
    ('A destroyer shot down three drones.',
     [('Attack', 'shoot', 'asserted', ['ArmedForce:destroyer'], [], [], [], ['warship'])]),
]


@pytest.mark.parametrize("text,expected", NAMED_WARSHIPS_ACT_FOR_THEIR_NAVY, ids=[c[0][:40] for c in NAMED_WARSHIPS_ACT_FOR_THEIR_NAVY])
def test_named_warships_act_for_their_navy(run, text, expected):
    assert weapon_records(run(text)) == expected


# troops massing are deployed; "the X Valley" is no capital "The Valley" (Anguilla's)
MASSING_AND_VALLEYS = [
    ('Iraqi troops massed on the Kuwaiti border.',
     [('MilitaryDeployment', 'mass', 'asserted', ['Country:Iraq'], ['Country:Kuwait'], [], [], [])]),
    ('Israeli commandos raided a Hezbollah stronghold in the Bekaa Valley.',
     [('Attack', 'raid', 'asserted', ['ArmedForce:Israeli commandos/ISR'], ['ArmedForce:Hezbollah/LBN'], [], ['Place:Bekaa Valley'], [])]),
]


@pytest.mark.parametrize("text,expected", MASSING_AND_VALLEYS, ids=[c[0][:40] for c in MASSING_AND_VALLEYS])
def test_massing_and_valleys(run, text, expected):
    assert weapon_records(run(text)) == expected


# a town the gazetteer places in another country than the region its brackets name is of that
# region's country ("Moura (Mopti)" is no Moura in Portugal)
BRACKETS_OVER_A_SAME_NAMED_TOWN = [
    ('Malian troops conducted an operation in Moura (Mopti), killing dozens of civilians.',
     [('Attack', 'operation', 'asserted', ['ArmedForce:Malian troops/MLI'], ['Group:civilians/MLI'], [], ['Place:Moura/MLI', 'Place:Mopti/MLI'], [])]),
    # guard: a town its brackets' country holds stays that town
    ('Gunmen killed two people in Bokkos (Plateau).',
     [('Attack', 'kill', 'asserted', ['ArmedForce:gunmen/NGA'], ['Group:people/NGA'], [], ['Place:Bokkos/NGA', 'Place:Plateau/NGA'], [])]),
]


@pytest.mark.parametrize("text,expected", BRACKETS_OVER_A_SAME_NAMED_TOWN, ids=[c[0][:40] for c in BRACKETS_OVER_A_SAME_NAMED_TOWN])
def test_brackets_over_a_same_named_town(run, text, expected):
    assert weapon_records(run(text)) == expected


# weapons lobbed or hurled are fired; craft sent into an area or scrambled are deployed, not
# handed over, and an "air defence zone" is an area, no weapon; a known town of two words the
# model cuts after its first ("Las Navas"), placed in its brackets' country
LOBBED_SCRAMBLED_AND_TWO_WORD_TOWNS = [
    ('Al Shabaab militants lobbed mortars at the AMISOM base in Baidoa.',
     [('Attack', 'lob', 'asserted', ['ArmedForce:al-Shabab/SOM'], ['Organization:AMISOM', 'Group:people of base'], [], ['Place:base', 'Place:Baidoa/SOM'], ['artillery'])]),
    ('Rebels hurled rockets into the town overnight.',
     [('Attack', 'hurl', 'asserted', ['ArmedForce:rebels'], [], [], [], ['rocket'])]),
    ("China sent 30 warplanes into Taiwan's air defence identification zone.",
     [('MilitaryDeployment', 'send', 'asserted', ['Country:China'], ['Country:Taiwan'], [], ['Country:Taiwan'], ['fighter jet'])]),
    ('Japan scrambled fighter jets after Chinese aircraft entered its airspace.',
     [('MilitaryDeployment', 'scramble', 'asserted', ['Country:Japan'], [], [], [], ['fighter jet']),
      ('Incident', 'enter', 'asserted', ['Country:China'], [], [], [], [])]),
    ('Russia sent tanks into Georgia.',
     [('MilitaryDeployment', 'send', 'asserted', ['Country:Russia'], ['Country:Georgia'], [], ['Country:Georgia'], ['tank'])]),
    ('A landmine exploded under a military truck in Las Navas (Northern Samar), wounding two soldiers.',
     [('Attack', 'explode', 'asserted', [], ['ArmedForce:soldiers/PHL'], [], ['Place:Las Navas/PHL', 'Place:Northern Samar/PHL'], ['explosive', 'military vehicle'])]),
    # guards: a ball lobbed, insults hurled, people scrambling; weapons sent to a state; a
    # newspaper's name; a two-word town the model finds whole
    ('He lobbed the ball over the goalkeeper.',
     []),
    ('Critics hurled insults at the minister.',
     []),
    ('Scientists scrambled to explain the result.',
     []),
    ('Iran sent drones to Russia.',
     [('ArmsTransfer', 'send', 'asserted', ['Country:Iran'], ['Country:Russia'], [], [], ['drone'])]),
    ('The Washington Post reported the strike.',
     []),
    ('Clashes were reported in San Pedro (Laguna).',
     [('Attack', 'clash', 'asserted', [], [], [], ['Place:San Pedro/PHL', 'Place:Laguna/PHL'], [])]),
]


@pytest.mark.parametrize("text,expected", LOBBED_SCRAMBLED_AND_TWO_WORD_TOWNS,
                         ids=[c[0][:40] for c in LOBBED_SCRAMBLED_AND_TWO_WORD_TOWNS])
def test_lobbed_scrambled_and_two_word_towns(run, text, expected):
    assert weapon_records(run(text)) == expected


# a town the model calls LOC right after a locative preposition is the town of its name of
# ``CALLED_PLACE`` (as one it calls a person or body is), also in a text naming no country;
# graduates are people described
LOC_TOWNS_AND_GRADUATES = [
    ('Heavy fighting was reported in Bakhmut.',
     [('Attack', 'fighting', 'asserted', [], [], [], ['Place:Bakhmut/UKR'], [])]),
    ('Police dispersed a protest by unemployed graduates in Rabat.',
     [('Coercion', 'disperse', 'asserted', ['GovernmentBody:Moroccan police/MAR'], [], [], ['Place:Rabat/MAR'], []),
      ('Protest', 'protest', 'asserted', ['Group:Moroccan graduates/MAR'], [], [], ['Place:Rabat/MAR'], [])]),
    # guards: regions the model calls LOC stay regions, no town of their name
    ('Fighting raged in the Sahel.',
     [('Attack', 'fighting', 'asserted', [], [], [], ['Place:Sahel'], [])]),
    ('Rebels attacked villages in Darfur.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:rebels'], ['Group:people of villages'], [], ['Place:Darfur'], [])]),
]


@pytest.mark.parametrize("text,expected", LOC_TOWNS_AND_GRADUATES, ids=[c[0][:40] for c in LOC_TOWNS_AND_GRADUATES])
def test_loc_towns_and_graduates(run, text, expected):
    assert weapon_records(run(text)) == expected


# armed people withdrawing, retreating or pulling out, with no object, yield ground (PLOVER
# RETREAT); troops airlifted are deployed
WITHDRAWALS_AND_AIRLIFTS = [
    ('Russian troops withdrew from the right bank of the Dnipro.',
     [('Concession', 'withdraw', 'asserted', ['ArmedForce:Russian troops/RUS'], [], [], [], [])]),
    ('Wagner fighters pulled out of Bakhmut.',
     [('Concession', 'pull', 'asserted', ['ArmedForce:Wagner Group/RUS'], [], [], [], [])]),
    ('The army withdrew.',
     [('Concession', 'withdraw', 'asserted', ['ArmedForce:army'], [], [], [], [])]),
    ('The United States airlifted troops to Kabul airport.',
     [('MilitaryDeployment', 'airlift', 'asserted', ['Country:United States'], ['Country:Afghanistan'], [], ['Place:Kabul/AFG'], [])]),
    # guards: a firm or a candidate withdrawing, a demand withdrawn; aid airlifted
    ('The company withdrew from the deal.',
     []),
    ('He pulled out of the race.',
     []),
    ('Rebels withdrew their demand.',
     []),
    ('Britain airlifted food to the refugees.',
     [('Aid', 'airlift', 'asserted', ['Country:United Kingdom'], ['Group:refugees'], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", WITHDRAWALS_AND_AIRLIFTS, ids=[c[0][:40] for c in WITHDRAWALS_AND_AIRLIFTS])
def test_withdrawals_and_airlifts(run, text, expected):
    assert weapon_records(run(text)) == expected


# a noun the parser joins to the "by" of a passive that is the subject of the next clause's verb
# (left with no subject of its own) is no doer of the passive
CONJUNCT_SUBJECT_OF_THE_NEXT_CLAUSE = [
    ('The convoy was attacked by gunmen and soldiers fired back.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:gunmen'], ['Group:people of convoy'], [], ['Place:convoy'], [])]),
    ('Two vehicles were hit by gunfire and a staff member went missing in Baghdad.',
     [('Attack', 'hit', 'asserted', [], ['Group:people of vehicles'], [], ['Place:vehicles', 'Place:Baghdad/IRQ'], [])]),
    # guard: two doers joined
    ('The convoy was attacked by gunmen and soldiers.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:gunmen', 'ArmedForce:soldiers'], ['Group:people of convoy'], [], ['Place:convoy'], [])]),
]


@pytest.mark.parametrize("text,expected", CONJUNCT_SUBJECT_OF_THE_NEXT_CLAUSE,
                         ids=[c[0][:40] for c in CONJUNCT_SUBJECT_OF_THE_NEXT_CLAUSE])
def test_a_conjunct_subject_of_the_next_clause_is_no_doer(run, text, expected):
    assert weapon_records(run(text)) == expected


# the commonest rifles by their names ("AK-47s", "Kalashnikovs", "M16"), which the weapon
# lexicon lacked: the model calls "AK-47s" an organisation
RIFLES_BY_NAME = [
    ('Gunmen with Kalashnikovs opened fire on worshippers.',
     [('Attack', 'open', 'asserted', ['ArmedForce:gunmen'], ['Group:worshippers'], [], [], ['AK-47'])]),
    ('Militants armed with AK-47s attacked a police station.',
     [('Attack', 'attack', 'asserted', ['ArmedForce:militants'], ['GovernmentBody:police', 'Group:people of police station'], [], ['Place:police station'], ['AK-47'])]),
    ('A soldier fired his M16 at the crowd.',
     [('Attack', 'fire', 'asserted', ['ArmedForce:soldiers'], ['Group:crowd'], [], [], ['M16'])]),
]


@pytest.mark.parametrize("text,expected", RIFLES_BY_NAME, ids=[c[0][:40] for c in RIFLES_BY_NAME])
def test_rifles_by_name(run, text, expected):
    assert weapon_records(run(text)) == expected


# drills a state holds around, near or off a place are a show of force (CAMEO 15, PLOVER
# MOBILIZE); weapons and troops relocated or repositioned are deployed
DRILLS_NEAR_AND_RELOCATIONS = [
    ('Beijing conducted large-scale military drills around Taiwan.',
     [('MilitaryDeployment', 'drill', 'asserted', ['Country:China'], ['Country:Taiwan'], [], ['Country:Taiwan'], [])]),
    ('China held military exercises near Taiwan.',
     [('MilitaryDeployment', 'exercise', 'asserted', ['Country:China'], [], [], ['Country:Taiwan'], [])]),
    ('Russia and China held naval drills near Japan.',
     [('MilitaryDeployment', 'drill', 'asserted', ['Country:Russia', 'Country:China'], [], [], ['Country:Japan'], [])]),
    ('The Russian Black Sea Fleet has relocated most of its submarines from Sevastopol to Novorossiysk.',
     [('MilitaryDeployment', 'relocate', 'asserted', ['Country:Russia'], [], [], ['Place:Novorossiysk/RUS'], ['submarine'])]),
    # guards: a school's fire drill; exercises with no place, as before; a firm or residents relocated
    ('The school held a fire drill near the gym.',
     []),
    ('China held military exercises.',
     [('Cooperation', 'exercise', 'asserted', [], [], ['Country:China'], [], [])]),
    ('The company relocated its headquarters to Dubai.',
     []),
    ('Residents were relocated to camps.',
     []),
]


@pytest.mark.parametrize("text,expected", DRILLS_NEAR_AND_RELOCATIONS, ids=[c[0][:40] for c in DRILLS_NEAR_AND_RELOCATIONS])
def test_drills_near_a_place_and_relocations(run, text, expected):
    assert weapon_records(run(text)) == expected


# "struck oil" is no attack, but an oil refinery or depot struck is one (the object's head word
# decides); "shot dead two protesters": the adjective before the count is the verb's, and the
# people shot are "protesters", not "dead protesters"
STRUCK_REFINERIES_AND_SHOT_DEAD = [
    ("A Ukrainian drone struck an oil refinery in Russia's Krasnodar region.",
     [('Attack', 'strike', 'asserted', ['Country:Ukraine'], ['Country:Russia', 'Group:people of oil refinery'], [], ['Place:Krasnodar/RUS'], ['drone'])]),
    ('Police in Kenya shot dead two protesters.',
     [('Attack', 'shoot', 'asserted', ['GovernmentBody:Kenyan police/KEN'], ['Group:protesters/KEN'], [], ['Country:Kenya'], []),
      ('Protest', 'protest', 'asserted', ['Group:protesters/KEN'], [], [], ['Country:Kenya'], [])]),
    ('Soldiers shot dead three civilians.',
     [('Attack', 'shoot', 'asserted', ['ArmedForce:soldiers'], ['Group:civilians'], [], [], [])]),
    # guards: oil and gold struck; a modifier after the count stays
    ('The company struck oil off the coast.',
     []),
    ('Prospectors struck gold in the hills.',
     []),
    ('Troops killed three unarmed protesters.',
     [('Attack', 'kill', 'asserted', ['ArmedForce:troops'], ['Group:unarmed protesters'], [], [], []),
      ('Protest', 'protest', 'asserted', ['Group:unarmed protesters'], [], [], [], [])]),
]


@pytest.mark.parametrize("text,expected", STRUCK_REFINERIES_AND_SHOT_DEAD, ids=[c[0][:40] for c in STRUCK_REFINERIES_AND_SHOT_DEAD])
def test_struck_refineries_and_shot_dead(run, text, expected):
    assert weapon_records(run(text)) == expected


# the site an act is done at, hung by the parser on the cause it is against or over
SITE_HUNG_ON_THE_CAUSE = [
    ('On 18 October 2020, hundreds of youths protested against police brutality at the Lekki toll gate in Lagos (Lagos).',
     [('Protest', 'protest', 'asserted', ['Group:youths/NGA'], [], [], ['Place:Lekki/NGA', 'Place:Lagos/NGA'], [])]),
    ('Hundreds protested against the new law at Tahrir Square.',
     [('Protest', 'protest', 'asserted', ['Group:people'], [], [], ['Place:Tahrir Square'], [])]),
    # guards: a war "in" a country is what is protested, not where; the one town of its sentence
    ('Students demonstrated against the war in Syria.',
     [('Protest', 'demonstrate', 'asserted', ['Group:students/SYR'], [], [], [], [])]),
    ('Residents protested over power cuts at the district office in Kisumu.',
     [('Protest', 'protest', 'asserted', ['Group:residents/KEN'], [], [], ['Place:Kisumu/KEN'], [])]),
]


@pytest.mark.parametrize("text,expected", SITE_HUNG_ON_THE_CAUSE, ids=[c[0][:40] for c in SITE_HUNG_ON_THE_CAUSE])
def test_a_site_hung_on_the_cause(run, text, expected):
    assert weapon_records(run(text)) == expected


# armies' "neutralised" fighters are killed (not a bomb, a virus or a drone); a people's adjective
# that the dictionary's group noun holds is written once, as the text writes it ("a Catholic
# priest", not "Catholic catholic priest")
NEUTRALISED_AND_NAMED_ONCE = [
    ('Troops neutralized three bandits in Zamfara.',
     [('Attack', 'neutralize', 'asserted', ['ArmedForce:troops/NGA'], ['ArmedForce:bandits/NGA'], [], ['Place:Zamfara/NGA'], [])]),
    ('Soldiers neutralised 15 terrorists in Borno.',
     [('Attack', 'neutralise', 'asserted', ['ArmedForce:soldiers/NGA'], ['ArmedForce:terrorists/NGA'], [], ['Place:Borno/NGA'], [])]),
    ('Gunmen kidnapped a Catholic priest.',
     [('Attack', 'kidnap', 'asserted', ['ArmedForce:gunmen'], ['Group:Catholic priest'], [], [], [])]),
    # guards: a bomb, a virus, a drone neutralised
    ('Engineers neutralised the bomb.',
     []),
    ('The drug neutralizes the virus.',
     []),
    ('Air defences neutralised the drone.',
     []),
]


@pytest.mark.parametrize("text,expected", NEUTRALISED_AND_NAMED_ONCE, ids=[c[0][:40] for c in NEUTRALISED_AND_NAMED_ONCE])
def test_neutralised_and_named_once(run, text, expected):
    assert weapon_records(run(text)) == expected


# a title-case headline is tagged and parsed as the sentence it would be in sentence case
# (kg.nlp.components.TitleCaseParse): "Strike Kills" was a person, "Strikes" a name in a compound
TITLE_CASE_HEADLINES_PARSED_AS_SENTENCES = [
    ('Russian Missile Strike Kills 14 in Kramatorsk',
     [('Attack', 'strike', 'asserted', ['Country:Russia'], ['Group:people/UKR'], [], ['Place:Kramatorsk/UKR'])]),
    ('Israel Strikes Iran-Backed Militia in Syria',
     [('Attack', 'strike', 'asserted', ['Country:Israel'], ['ArmedForce:Syrian militia/SYR'], [], ['Country:Syria'])]),
    ('Protesters Storm Parliament in Nairobi',
     [('Protest', 'protest', 'asserted', ['Group:protesters/KEN'], [], [], ['Place:Nairobi/KEN']),
      ('Attack', 'storm', 'asserted', ['Group:protesters/KEN'], ['GovernmentBody:Parliament'], [], ['Place:Nairobi/KEN'])]),
    ('Sudan Army Says It Retook Key Bridge in Khartoum',
     [('Attack', 'retake', 'asserted', ['ArmedForce:army/SDN'], [], [], ['Place:Khartoum/SDN'])]),
    # guards: the model's parse was right; the same line in sentence case; a list line of names
    ('Gunmen Kill 20 Villagers in Northwest Nigeria',
     [('Attack', 'kill', 'asserted', ['ArmedForce:gunmen'], ['Group:villagers'], [], [])]),
    ('Russian missile strike kills 14 in Kramatorsk.',
     [('Attack', 'strike', 'asserted', ['Country:Russia'], ['Group:people/UKR'], [], ['Place:Kramatorsk/UKR'])]),
    ('Squad: Storm Hunter, Kill Devil, Strike Force',
     []),
]


@pytest.mark.parametrize("text,expected", TITLE_CASE_HEADLINES_PARSED_AS_SENTENCES,
                         ids=[c[0][:40] for c in TITLE_CASE_HEADLINES_PARSED_AS_SENTENCES])
def test_title_case_headlines_parsed_as_sentences(run, text, expected):
    assert records(run(text)) == expected


def test_title_case_lines_are_the_headlines_alone():
    from kg.nlp import shared_pipeline

    nlp = shared_pipeline()
    headlines = nlp.get_pipe("geokg_headlines")
    text = ("Israel Strikes Iran-Backed Militia in Syria\n\nIsraeli Jets Struck Targets Near Damascus On Monday.\n"
            "Squad: Storm Hunter, Kill Devil, Strike Force\nTroops Kill Two Militants in Kashmir")
    doc = nlp(text)
    assert [doc[a:b].text for a, b in headlines.lines(doc)] == [
        "Israel Strikes Iran-Backed Militia in Syria", "Troops Kill Two Militants in Kashmir"]
    # its words stay as written; the verb is a verb
    assert [t.text for t in doc[:7]] == ["Israel", "Strikes", "Iran", "-", "Backed", "Militia", "in"]
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "strike" and doc[0].dep_ == "nsubj"
