"""The geokg vocabulary (``gev:``), generated from ontology/geoevent.ttl. Do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class GEV(DefinedNamespace):
    """geokg event ontology: https://w3id.org/geokg/ontology#"""

    _fail = True

    # Classes
    Actor: URIRef  # Anyone who acts in an event: a person, a state, an organisation.
    Agreement: URIRef  # Signing or agreeing a pact, deal or treaty, or committing to cooperate: offering, promising, pledging or declaring readiness to act for another (PLOVER AGREE).
    Aid: URIRef  # Providing, sending, donating or pledging-and-delivering economic or humanitarian aid, peacekeeping or protection, or granting asylum (CAMEO 070, 071, 073-075, PLOVER AID); military
    ArmedForce: URIRef  # An army, navy or air force, troops named by their side ("North Korean troops"), a militia or a rebel group.
    ArmsTransfer: URIRef  # Supplying weapons or military aid.
    Attack: URIRef  # Strikes, shelling, clashes, bombings, invasions.
    Coercion: URIRef  # Arresting, detaining, charging, prosecuting, jailing, deporting or extraditing people; seizing or confiscating their property; banning parties, newspapers or gatherings, imposi
    Concession: URIRef  # Yielding: easing or lifting sanctions, bans, curfews or a state of emergency, acceding to demands, allowing access, withdrawing troops or de-escalating (CAMEO 08 but 084, PLO
    Condemnation: URIRef  # Condemning, denouncing, criticising, accusing.
    Cooperation: URIRef  # Material cooperation: cooperating economically, militarily (joint exercises) or in judicial matters, sharing intelligence or evidence (CAMEO 06, PLOVER COOPERATE).
    Country: URIRef  # A state, also when named by its capital or government ("Pyongyang said", "Washington and Seoul"). Identified by ISO 3166-1 alpha-3.
    Demand: URIRef  # Calling on, urging, demanding.
    Document: URIRef  # One input article. Its gev:text is the string every mention offset counts in.
    Event: URIRef  # Something that happened (or is reported as hypothetical or denied), always typed by one of its subclasses.
    GovernmentBody: URIRef  # A ministry, a head of state's office, a military command (the White House, the Joint Chiefs of Staff).
    Group: URIRef  # People described, not named: protesters, residents, civilians, students, a man, three villagers. Armed people described without a name (unidentified gunmen, militants) are gev:Arm
    Incident: URIRef  # A real-world happening of no other type: an incident, accident or outbreak of violence that is said to have occurred, people fleeing, escaping or dying, a convoy entering a tow
    InternationalOrganization: URIRef  # A body of several states (the UN, the UN Security Council, NATO).
    Investigation: URIRef  # Investigating, opening an inquiry or probe into crimes, abuses or military actions (CAMEO 09).
    MediaOrganization: URIRef  # A news agency or outlet (KCNA, AFP).
    Meeting: URIRef  # Talks, consultations, summits, calls.
    Mention: URIRef  # A span of a document's text, [nif:beginIndex, nif:endIndex) in Unicode code points, whose nif:anchorOf is exactly that text.
    MilitaryDeployment: URIRef  # Sending or massing troops.
    Organization: URIRef  # A body of people that acts as one.
    Person: URIRef  # A named person.
    Place: URIRef  # A city, region, sea or peninsula, or a state seen as a place; also a site described without a name where an event happened ("a popular shrine", "the finish line"), a place of its
    Protest: URIRef  # Demonstrations, rallies, strikes by the public.
    Rejection: URIRef  # Rejecting, refusing or declining a proposal, demand, request, plan or cooperation; vetoing (CAMEO 12, PLOVER REJECT).
    Release: URIRef  # Releasing or freeing people (prisoners, hostages, detainees) or returning property (CAMEO 084, 0841, 0842).
    Sanction: URIRef  # A state or body reducing its relations with another (CAMEO 16): imposing sanctions, embargoes or trade restrictions; cutting, suspending or freezing ties, aid, talks or links;
    Statement: URIRef  # Saying, announcing, confirming, expressing concern.
    Support: URIRef  # Praising, endorsing, welcoming or defending another actor or its act; recognising a state or establishing ties; apologising, forgiving (CAMEO 050-056, PLOVER SUPPORT; signing an
    Threat: URIRef  # Threatening an actor, also by announcing a coercive act on a condition ("will withdraw unless ...").
    Visit: URIRef  # A visit by an actor to a place or another actor.
    Weapon: URIRef  # A weapon system, a class of weapons or a military platform ("intercontinental ballistic missile", "Hwasong-19", "F-16").
    WeaponTest: URIRef  # A missile or nuclear test or launch.

    # Object properties
    about: URIRef  # An event reported in what was said: "HP said it had agreed to buy EYP" is a Statement by HP about an Agreement. Reports of one speaker about one happening are one statement across
    accordingTo: URIRef  # The actor the report is attributed to.
    agent: URIRef  # The actor who acts.
    country: URIRef  # The country a person, organisation or weapon belongs to or serves, or a place lies in.
    document: URIRef  # The document a mention is a span of.
    eventType: URIRef  # The concept of gev:EventTypes for the event's class.
    junk: URIRef  # A span that extraction skipped: ad, byline, bio, caption credit, share prompt, copyright line.
    memberOf: URIRef  # An organisation the person belongs to or speaks for.
    mention: URIRef  # A span where the resource is named or described.
    nearDuplicateOf: URIRef  # Another document that is a copy of this one, syndicated or lightly edited (SimHashes at most 3 bits apart); its events are the same happenings and add sources, not event
    participant: URIRef  # A party of a symmetric event (meeting, agreement).
    place: URIRef  # Where it happened, or where it was directed to (a deployment's destination).
    target: URIRef  # The actor acted upon or addressed.
    triggerMention: URIRef  # A mention of the event that is the word signalling it, its trigger ("visit" in "Putin making a rare visit", "launch", "the strike"), as opposed to a word that only carrie
    weapon: URIRef  # A weapon used, tested, deployed or transferred.

    # Datatype properties
    cameoCode: URIRef  # The CAMEO event code of the event's type.
    confidence: URIRef  # How sure the extractor is, in [0, 1].
    date: URIRef  # xsd:date, or xsd:gYearMonth / xsd:gYear when only that is known; relative dates are resolved against the document's date.
    isoCode: URIRef  # ISO 3166-1 alpha-3.
    junkKind: URIRef  # Why a junk span was skipped: "ad", "byline", "bio", "caption", "share", "copyright", "agency".
    modality: URIRef  # "asserted", "negated" or "hypothetical".
    ploverType: URIRef  # The PLOVER event type of the event's type.
    quote: URIRef  # A direct quote.
    reportDate: URIRef  # The earliest publication date of the documents that report the event (on every event whose documents are dated), so that undated events still sort on a timeline; set by cross
    role: URIRef  # A title, e.g. "Defense Minister", "spokesperson".
    sentence: URIRef  # The sentence around an event mention, for reading the claim without slicing gev:text.
    sha256: URIRef  # Hex SHA-256 of the UTF-8 document text.
    simhash: URIRef  # 64-bit SimHash (16 hex digits) of the document's lower-cased word 3-grams; copies of one story differ in a few bits.
    specific: URIRef  # true on an event mention that refers to one particular occurrence, like ACE's "Specific" genericity: a verb in the past ("Sudan bombed a camp") or a singular noun with a determ
    text: URIRef  # The document text every offset counts in.
    trigger: URIRef  # The lemma of a word that signalled the event ("fire", "consultation").
    weaponClass: URIRef  # The weapon's class in geokg's lexicon, e.g. "ballistic missile", "fighter jet".

    # Concepts and schemes
    EventType_Agreement: URIRef  # The concept for gev:Agreement; CAMEO 057 (Sign formal agreement).
    EventType_Aid: URIRef  # The concept for gev:Aid; CAMEO 070 (Provide aid), also 071, 073 (humanitarian aid), 074 (peacekeeping, protection) and 075 (asylum).
    EventType_ArmsTransfer: URIRef  # The concept for gev:ArmsTransfer; CAMEO 072 (Provide military aid).
    EventType_Attack: URIRef  # The concept for gev:Attack; CAMEO 190 (Use conventional military force).
    EventType_Coercion: URIRef  # The concept for gev:Coercion; CAMEO 173 (Arrest, detain, or charge with legal action), also 171 (seize or confiscate property), 172 (administrative sanctions: bans, c
    EventType_Concession: URIRef  # The concept for gev:Concession; CAMEO 080 (Yield), also 081-083 and 085-087 (ease sanctions, restrictions, curfews; accede to demands; allow access; de-escalate, wi
    EventType_Condemnation: URIRef  # The concept for gev:Condemnation; CAMEO 111 (Criticize or denounce).
    EventType_Cooperation: URIRef  # The concept for gev:Cooperation; CAMEO 060 (Engage in material cooperation), also 061-064.
    EventType_Demand: URIRef  # The concept for gev:Demand; CAMEO 100 (Demand).
    EventType_Incident: URIRef  # The concept for gev:Incident: a happening that fits no other type (it occurred, broke out, people fled or died); no CAMEO code or PLOVER type.
    EventType_Investigation: URIRef  # The concept for gev:Investigation; CAMEO 090 (Investigate), also 091-094 (crime, corruption, human rights abuses, military action, war crimes).
    EventType_Meeting: URIRef  # The concept for gev:Meeting; CAMEO 040 (Consult).
    EventType_MilitaryDeployment: URIRef  # The concept for gev:MilitaryDeployment; CAMEO 154 (Mobilize or increase armed forces).
    EventType_Protest: URIRef  # The concept for gev:Protest; CAMEO 140 (Engage in political dissent).
    EventType_Rejection: URIRef  # The concept for gev:Rejection; CAMEO 120 (Reject), also 121-129 (reject cooperation, aid, demands, proposals, mediation; defy; veto).
    EventType_Release: URIRef  # The concept for gev:Release; CAMEO 084 (Return, release), 0841 (release persons) and 0842 (return property).
    EventType_Sanction: URIRef  # The concept for gev:Sanction; CAMEO 163 (Impose embargo, boycott, or sanctions).
    EventType_Statement: URIRef  # The concept for gev:Statement; CAMEO 010 (Make statement).
    EventType_Support: URIRef  # The concept for gev:Support; CAMEO 051 (Praise or endorse), also 050 and 052-056.
    EventType_Threat: URIRef  # The concept for gev:Threat; CAMEO 130 (Threaten).
    EventType_Visit: URIRef  # The concept for gev:Visit; CAMEO 042 (Make a visit).
    EventType_WeaponTest: URIRef  # The concept for gev:WeaponTest; CAMEO 150 (Demonstrate military or police power).
    EventTypes: URIRef  # One concept per event class, with its CAMEO code and PLOVER type (CAMEO→PLOVER mapping of the PLOVER manual 0.8, 2021).

    _NS = Namespace("https://w3id.org/geokg/ontology#")
