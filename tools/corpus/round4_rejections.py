"""Round 4: new rejection and application-acknowledgement families for followup's classifier.

Writes ``src/followup/classifiers/corpus/r4_rejections.jsonl``. Family ids: ``rjw-NNN`` (rejection)
and ``acw-NNN`` (application_received); each family is one hand-written message, expanded into 2-3
variants (``rjw-001-a`` ...) with different companies, people, roles and dates.

The families aim at what the model confuses most:
  * rejections that open like an acknowledgement ("Thank you for your application ...") and only say
    no indirectly, very short or very indirect rejections, status-change notices of Workday /
    SuccessFactors / Taleo, public-sector outcomes (NHS Jobs, USAJOBS, Civil Service sift), agencies
    relaying the client's decision, founders pausing hiring, requisitions cancelled, replies in threads;
  * acknowledgements that use rejection-like words ("unfortunately", "due to the high volume",
    "if you do not hear from us within 14 days ... not been successful", "we are not able to respond to
    every applicant") or list interviews and assessments as future steps.

Template syntax: ``{slot}`` is filled from the pools; ``[[a|b|c]]`` picks one alternative per variant.
Run: ``python tools/corpus/round4_rejections.py`` (standard library only; deterministic output).
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
from corpuslib import ACK, APP, AUTO, INT, REJ, WEEKDAYS, fmt_day, talent, weekday_after, weekday_before

SEED = 20260404
OUT = Path(__file__).resolve().parents[2] / "src/followup/classifiers/corpus/r4_rejections.jsonl"


# ---------------------------------------------------------------------------------------------
# Pools (new names, not the ones used by rejections_acks.py, so the model sees fresh strings).
# ---------------------------------------------------------------------------------------------

Pool = dict[str, list[tuple[str, str]]]

CORP: Pool = {
    "us": [
        ("Granite Peak Financial", "granitepeakfin.com"),
        ("Kestrel Robotics", "kestrelrobotics.com"),
        ("Bayfront Media Group", "bayfrontmedia.com"),
        ("Ridgeway Pharmaceuticals", "ridgewaypharma.com"),
        ("Copperline Networks", "copperline.net"),
        ("Evergreen Mutual", "evergreenmutual.com"),
        ("Prairie Wind Foods", "prairiewindfoods.com"),
        ("Tidewater Systems", "tidewatersys.com"),
        ("Sundial Health Technologies", "sundialhealth.com"),
        ("Redhawk Aerospace", "redhawkaero.com"),
    ],
    "uk": [
        ("Ashcombe Building Society", "ashcombebs.co.uk"),
        ("Larkspur Digital", "larkspur.digital"),
        ("Hollins & Pryce", "hollinspryce.co.uk"),
        ("Brindley Engineering", "brindleyeng.co.uk"),
        ("Northgate Housing Group", "northgatehousing.org.uk"),
        ("Saltmarsh Studios", "saltmarshstudios.com"),
        ("Corrie Insurance", "corrieinsurance.co.uk"),
    ],
    "in": [
        ("Aarohan Infotech", "aarohaninfotech.com"),
        ("Srijan Digital Services", "srijandigital.in"),
        ("Nakshatra Systems Pvt Ltd", "nakshatrasys.com"),
        ("Vaayu Mobility", "vaayumobility.in"),
        ("Pragati Finserv", "pragatifinserv.com"),
        ("Trikon Global Solutions", "trikonglobal.com"),
    ],
    "au": [
        ("Jarrah Capital", "jarrahcapital.com.au"),
        ("Tidal Bay Software", "tidalbay.io"),
        ("Red Centre Logistics", "redcentrelogistics.com.au"),
        ("Stringybark Civil", "stringybarkcivil.com.au"),
        ("Harbourside Energy", "harboursideenergy.com.au"),
    ],
    "eu": [
        ("Rheinfeld Automotive GmbH", "rheinfeld-auto.de"),
        ("Kanaalzicht B.V.", "kanaalzicht.nl"),
        ("Nordvik Analytics AB", "nordvik.se"),
        ("Lumière Santé", "lumieresante.fr"),
        ("Brezza Mobility S.r.l.", "brezzamobility.it"),
        ("Vesterhav Energi", "vesterhav.dk"),
    ],
    "ca": [
        ("Maple Ridge Insurance", "mapleridgeins.ca"),
        ("Northern Loon Games", "northernloon.ca"),
        ("Laurentide Freight", "laurentidefreight.ca"),
    ],
    "ie": [("Claddagh Payments", "claddaghpay.ie"), ("Liffey Data", "liffeydata.ie")],
    "sg": [("Merlion Pay", "merlionpay.sg"), ("Straits Logistics Pte Ltd", "straitslogistics.sg")],
    "za": [("Protea Assurance", "proteaassurance.co.za"), ("Karoo Telecom", "karootelecom.co.za")],
    "nz": [("Kowhai Software", "kowhai.co.nz"), ("Southern Alps Tourism", "southernalps.co.nz")],
}

STARTUP: Pool = {
    "us": [
        ("Lattice Bloom", "latticebloom.com"),
        ("Fieldnote", "fieldnote.app"),
        ("Parcelwise", "parcelwise.io"),
        ("Driftwood AI", "driftwood.ai"),
    ],
    "uk": [("Tallyho", "tallyho.co"), ("Pebblebox", "pebblebox.io")],
    "eu": [("Kvist", "kvist.io"), ("Nebelwerk", "nebelwerk.io")],
    "in": [("ChaloPay", "chalopay.in"), ("Kirana Cloud", "kiranacloud.in")],
    "au": [("Wombat Works", "wombatworks.io")],
    "ca": [("Snowline Labs", "snowlinelabs.ca")],
}

HEALTH: Pool = {
    "uk": [
        ("Wessex Vale NHS Foundation Trust", "wessexvale.nhs.uk"),
        ("North Pennine Hospitals NHS Trust", "northpennine.nhs.uk"),
        ("Severnside Community Healthcare NHS Trust", "severnsidech.nhs.uk"),
    ],
    "us": [
        ("Mercy Ridge Medical Center", "mercyridge.org"),
        ("Lakeview Regional Health", "lakeviewregional.org"),
    ],
    "au": [("Gippsland Coast Health", "gippslandcoast.org.au")],
    "ie": [("St. Columba's University Hospital", "stcolumbas.ie")],
    "ca": [("Laurentian Valley Health Centre", "lvhc.ca")],
}

USFED: Pool = {
    "us": [
        ("Department of Veterans Affairs", "va.gov"),
        ("U.S. Department of Agriculture", "usda.gov"),
        ("Department of the Interior", "doi.gov"),
        ("Social Security Administration", "ssa.gov"),
        ("U.S. Army Corps of Engineers", "usace.army.mil"),
    ]
}

UKCS: Pool = {
    "uk": [
        ("Department for Transport", "dft.gov.uk"),
        ("Ministry of Justice", "justice.gov.uk"),
        ("Department for Work and Pensions", "dwp.gov.uk"),
        ("HM Land Registry", "landregistry.gov.uk"),
        ("Office for National Statistics", "ons.gov.uk"),
    ]
}

COUNCIL: Pool = {
    "uk": [
        ("Ravensmoor Borough Council", "ravensmoor.gov.uk"),
        ("Eastbrook County Council", "eastbrook.gov.uk"),
    ],
    "au": [
        ("City of Karrawong", "karrawong.wa.gov.au"),
        ("Coastal Waters Authority", "coastalwaters.qld.gov.au"),
    ],
    "us": [
        ("County of Sierra Vista", "sierravistacounty.gov"),
        ("City of Brookhaven Heights", "brookhavenheights.gov"),
    ],
    "ca": [("City of Port Kessel", "portkessel.ca")],
    "nz": [("Waitaha District Council", "waitaha.govt.nz")],
    "za": [("Breede Valley Water Board", "breedevalleywater.gov.za")],
}

UNI: Pool = {
    "us": [("Hollister College", "hollister.edu"), ("Western Plains University", "wpu.edu")],
    "uk": [("University of Castlebridge", "castlebridge.ac.uk"), ("Kingsmere University", "kingsmere.ac.uk")],
    "au": [("Murrumbidgee University", "murrumbidgee.edu.au")],
    "ca": [("Lakehead Polytechnic", "lakeheadpoly.ca")],
    "in": [("Deccan Institute of Science and Technology", "dist.ac.in")],
}

HOSPO: Pool = {
    "us": [("Sawmill Taproom", "sawmilltaproom.com"), ("Blue Heron Grocers", "blueherongrocers.com")],
    "uk": [("The Crooked Anchor", "crookedanchor.co.uk"), ("Pip & Thistle Deli", "pipandthistle.co.uk")],
    "au": [("Bondi Bowl Cafe", "bondibowl.com.au"), ("Two Magpies Bakery", "twomagpies.com.au")],
    "nz": [("Flat Hill Bakery", "flathillbakery.co.nz")],
    "ca": [("Timberline Outfitters", "timberlineoutfitters.ca")],
}

INDIA_IT: Pool = {
    "in": [
        ("Infonova Technologies", "infonovatech.com"),
        ("Kshitij IT Services", "kshitijit.com"),
        ("Sampark Global Services", "samparkglobal.com"),
        ("Aarohan Infotech", "aarohaninfotech.com"),
    ]
}

POOLS: dict[str, Pool] = {
    "corp": CORP,
    "startup": STARTUP,
    "health": HEALTH,
    "usfed": USFED,
    "ukcs": UKCS,
    "council": COUNCIL,
    "uni": UNI,
    "hospo": HOSPO,
    "indiait": INDIA_IT,
}

AGENCIES: Pool = {
    "us": [("Keystone Staffing Group", "keystonestaffing.com"), ("Apex IT Solutions Inc", "apexitsol.com")],
    "uk": [
        ("Hartley Page Recruitment", "hartleypage.co.uk"),
        ("Marlowe & Finch", "marlowefinch.com"),
        ("Oakstone Talent", "oakstonetalent.co.uk"),
    ],
    "au": [("Bridgewater People", "bridgewaterpeople.com.au")],
    "in": [("Catalyst HR Consultants", "catalysthr.in")],
    "eu": [("Brightwater Talent B.V.", "brightwatertalent.nl")],
    "ie": [("Quayside Recruitment", "quaysiderecruitment.ie")],
    "ca": [("Northbound Talent", "northboundtalent.ca")],
    "sg": [("Lion City Search", "lioncitysearch.sg")],
    "za": [("Fynbos Talent", "fynbostalent.co.za")],
    "nz": [("Tui Recruitment", "tuirecruitment.co.nz")],
}

TIMEZONES: dict[str, list[str]] = {
    "us": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"],
    "uk": ["Europe/London"],
    "in": ["Asia/Kolkata"],
    "eu": [
        "Europe/Berlin",
        "Europe/Amsterdam",
        "Europe/Stockholm",
        "Europe/Paris",
        "Europe/Rome",
        "Europe/Copenhagen",
    ],
    "au": [
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Brisbane",
        "Australia/Perth",
        "Australia/Adelaide",
    ],
    "ca": ["America/Toronto", "America/Vancouver", "America/Edmonton"],
    "ie": ["Europe/Dublin"],
    "sg": ["Asia/Singapore"],
    "za": ["Africa/Johannesburg"],
    "nz": ["Pacific/Auckland"],
}

CITIES: dict[str, list[str]] = {
    "us": [
        "Columbus",
        "Phoenix",
        "Minneapolis",
        "Pittsburgh",
        "San Diego",
        "Charlotte",
        "Portland",
        "Nashville",
    ],
    "uk": ["Sheffield", "Nottingham", "Cardiff", "Edinburgh", "Newcastle", "Reading", "Leicester"],
    "in": ["Bengaluru", "Hyderabad", "Pune", "Chennai", "Kochi", "Ahmedabad", "Noida", "Coimbatore"],
    "eu": ["Cologne", "Eindhoven", "Gothenburg", "Lyon", "Milan", "Aarhus", "Frankfurt"],
    "au": ["Geelong", "Newcastle", "Hobart", "Canberra", "Darwin", "Townsville", "Perth"],
    "ca": ["Toronto", "Calgary", "Ottawa", "Halifax", "Vancouver", "Montréal"],
    "ie": ["Dublin", "Cork", "Galway", "Limerick"],
    "sg": ["Singapore"],
    "za": ["Cape Town", "Johannesburg", "Durban", "Pretoria"],
    "nz": ["Auckland", "Wellington", "Christchurch", "Hamilton"],
}

CONTACTS: dict[str, list[str]] = {
    "us": [
        "Stephanie Alvarez",
        "Marcus Greene",
        "Kayla Brennan",
        "DeShawn Carter",
        "Emily Nakamura",
        "Ryan Kowalczyk",
        "Tanya Fischer",
        "Jasmine Ortiz",
        "Greg Hollis",
        "Nicole Baptiste",
        "Chris Delgado",
        "Amanda Liu",
    ],
    "uk": [
        "Sophie Hargreaves",
        "Jamie Whitcombe",
        "Niamh Doherty",
        "Ben Atkinson",
        "Charlotte Pike",
        "Imran Siddique",
        "Lucy Fairbairn",
        "Gareth Pryce",
        "Hannah Okoro",
        "Alistair Munro",
    ],
    "in": [
        "Swati Deshmukh",
        "Manoj Pillai",
        "Divya Raghavan",
        "Sanjay Gupta",
        "Kavya Hegde",
        "Harpreet Kaur",
        "Abhishek Tiwari",
        "Lakshmi Narayanan",
        "Nikhil Jain",
    ],
    "eu": [
        "Anna-Lena Brandt",
        "Thijs Verhoeven",
        "Maja Lindqvist",
        "Camille Moreau",
        "Giulia Ferraro",
        "Mads Kristensen",
        "Stefan Wagner",
        "Noor van Leeuwen",
        "Elin Sandberg",
    ],
    "au": [
        "Kirsty Nolan",
        "Brodie McLachlan",
        "Jess Tran",
        "Nathan Costa",
        "Ashleigh Wong",
        "Hamish Reilly",
        "Aroha Walker",
        "Dimitri Karras",
    ],
    "ca": ["Geneviève Tremblay", "Connor MacDonald", "Priya Sandhu", "Owen Lefebvre", "Rachel Chu"],
    "ie": ["Ciara Walsh", "Declan Murphy", "Aisling Kavanagh", "Conor Brady", "Orla Fitzgerald"],
    "sg": ["Wei Ling Tan", "Rajesh Kumar", "Aisyah Rahman", "Jonathan Lim", "Cheryl Goh"],
    "za": ["Lerato Mokoena", "Pieter Botha", "Naledi Dlamini", "Zaid Patel", "Megan van Wyk"],
    "nz": ["Mere Tipene", "Sam Whitford", "Holly Patterson", "Rawiri Ngata", "Anna Liu"],
}

CANDIDATES: list[tuple[str, str]] = [
    ("Thandiwe", "Nkosi"),
    ("Wei", "Zhang"),
    ("Siddharth", "Rao"),
    ("Björn", "Eriksson"),
    ("Amara", "Okoye"),
    ("Luca", "Bianchi"),
    ("Priyanka", "Menon"),
    ("Jakub", "Kowalski"),
    ("Sione", "Taufa"),
    ("Leila", "Farahani"),
    ("Mateo", "García"),
    ("Hyun-woo", "Kim"),
    ("Nia", "Williams"),
    ("Oisín", "Byrne"),
    ("Chloé", "Martin"),
    ("Tariq", "Hussain"),
    ("Ayesha", "Siddiqui"),
    ("Kofi", "Mensah"),
    ("Ingrid", "Larsen"),
    ("Bao", "Nguyen"),
    ("Rebecca", "Stein"),
    ("Marcus", "Johnson"),
    ("Aditi", "Kulkarni"),
    ("Nikolai", "Petrov"),
    ("Farah", "Khan"),
    ("Jack", "Thompson"),
    ("Carmen", "López"),
    ("Yuki", "Sato"),
    ("Olivia", "Brennan"),
    ("Emeka", "Eze"),
    ("Samira", "Benali"),
    ("Dmitri", "Volkov"),
]

ROLES: dict[str, list[str]] = {
    "tech": [
        "Java Developer",
        "Cloud Engineer (AWS)",
        "Software Engineer II",
        "Staff Engineer",
        "Security Analyst",
        "Data Platform Engineer",
        "Android Developer",
        "Salesforce Developer",
        "Embedded Software Engineer",
        "Technical Support Engineer",
        "Python Developer",
        "Solutions Architect",
    ],
    "data": [
        "Data Analyst II",
        "Junior Data Scientist",
        "Reporting Analyst",
        "Analytics Manager",
        "Data Governance Lead",
        "Insight Analyst",
    ],
    "biz": [
        "Payroll Specialist",
        "Bid Coordinator",
        "Talent Acquisition Partner",
        "Supply Chain Analyst",
        "Office Manager",
        "Paralegal",
        "Communications Officer",
        "Finance Business Partner",
        "Executive Assistant",
        "Category Manager",
        "Customer Service Advisor",
        "Credit Risk Analyst",
        "Programme Manager",
        "Marketing Executive",
        "Account Manager",
        "Product Owner",
    ],
    "health": [
        "Band 5 Staff Nurse",
        "Occupational Therapist",
        "Healthcare Support Worker",
        "Radiographer",
        "Pharmacy Technician",
        "Ward Clerk",
        "Band 6 Physiotherapist",
        "Medical Secretary",
    ],
    "ushealth": [
        "Registered Nurse - Med/Surg",
        "Patient Access Representative",
        "Respiratory Therapist",
        "Medical Assistant",
    ],
    "usfed": [
        "IT Specialist (INFOSEC)",
        "Management and Program Analyst",
        "Contract Specialist",
        "Program Analyst",
        "Human Resources Specialist",
        "Budget Analyst",
    ],
    "ukcs": [
        "Higher Executive Officer - Policy",
        "Executive Officer - Operational Delivery",
        "Senior Executive Officer - Data Science",
        "Administrative Officer",
        "Grade 7 Economist",
    ],
    "council": [
        "Planning Officer",
        "Waste Services Coordinator",
        "Community Development Officer",
        "Revenues Officer",
        "GIS Officer",
    ],
    "uni": [
        "Research Fellow in Machine Learning",
        "Lecturer in Nursing",
        "Programme Administrator",
        "Assistant Professor of Chemistry",
        "Postdoctoral Researcher in Climate Science",
    ],
    "hospo": [
        "Kitchen Hand",
        "Front of House Team Member",
        "Retail Assistant",
        "Shift Supervisor",
        "Line Cook",
        "Barista (Part-time)",
    ],
    "exec": [
        "Head of Finance",
        "VP of Engineering",
        "Director of Operations",
        "Chief of Staff",
        "Head of People",
    ],
    "startup": [
        "Founding Engineer",
        "Product Engineer",
        "Growth Lead",
        "First Sales Hire",
        "Design Engineer",
        "Ops Generalist",
    ],
    "contract": [
        "Java Developer (Contract)",
        "ServiceNow Developer",
        "SAP FICO Consultant",
        "Salesforce Admin (6-month contract)",
        "Azure DevOps Engineer - C2C",
        "QA Tester (W2 Contract)",
    ],
    "indiait": [
        "Associate Software Engineer",
        "Java Full Stack Developer",
        "Test Engineer - Manual",
        "Technical Support Executive",
        ".NET Developer",
        "SAP ABAP Consultant",
    ],
    "grad": [
        "Graduate Engineer",
        "2026 Graduate Analyst",
        "Summer Intern - Technology",
        "Industrial Placement - Finance",
    ],
}
ROLES["mix"] = ROLES["tech"] + ROLES["data"] + ROLES["biz"]
ROLES["office"] = ROLES["biz"] + ROLES["data"]
ROLES["ops"] = [
    "Logistics Coordinator",
    "Maintenance Planner",
    "Fleet Controller",
    "Site Administrator",
    "Dispatch Supervisor",
]
ROLES["senior"] = [
    "Finance Business Partner",
    "Programme Manager",
    "Head of Finance",
    "Category Manager",
    "Analytics Manager",
    "Director of Operations",
    "Head of Procurement",
]

MON3 = [m[:3] for m in corpuslib.MONTHS]

Extra = corpuslib.SlotExtra


@dataclass
class Family(corpuslib.SlotFamily):
    region: str | tuple[str, ...] = "any"
    pool: str = "corp"
    roles: str = "mix"


FAMILIES: list[Family] = []


def rej(fid: str, stage: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    FAMILIES.append(Family(f"rjw-{fid}", REJ, stage, sender, subject, text.lstrip("\n"), **kw))


def ack(fid: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    FAMILIES.append(Family(f"acw-{fid}", ACK, None, sender, subject, text.lstrip("\n"), **kw))


# ---------------------------------------------------------------------------------------------
# Slot filling
# ---------------------------------------------------------------------------------------------


def numeric_day(d: datetime, region: str) -> str:
    return corpuslib.numeric_day(d, region, dashed=("in",))


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(name: str) -> str:
    base = re.split(r" (gmbh|b\.v\.|pvt|ab|s\.r\.l\.|pte|inc)\b", ascii_fold(name).lower())[0]
    return re.sub(r"[^a-z0-9]", "", base)[:18]


def first_name(full: str) -> str:
    return full.split()[0]


def user_of(full: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(full.split()[0]).lower())


def phones(region: str, rng: random.Random) -> tuple[str, str]:
    """(landline, mobile) written the way the region writes them."""
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    if region in ("us", "ca"):
        return (
            f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{d(4)}",
            f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{d(4)}",
        )
    if region == "uk":
        return (
            f"0{rng.choice(['113', '114', '115', '117', '121', '161', '191'])} {d(3)} {d(4)}",
            f"07{d(3)} {d(6)}",
        )
    if region == "ie":
        return f"+353 1 {d(3)} {d(4)}", f"+353 8{rng.choice('3567')} {d(3)} {d(4)}"
    if region == "au":
        return f"(0{rng.choice('2378')}) {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}"
    if region == "nz":
        return f"+64 9 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}"
    if region == "in":
        return f"+91 80 {d(4)} {d(4)}", f"+91 {rng.choice('9876')}{d(4)}{d(5)}"
    if region == "sg":
        return f"+65 6{d(3)} {d(4)}", f"+65 9{d(3)} {d(4)}"
    if region == "za":
        return f"+27 (0)21 {d(3)} {d(4)}", f"+27 (0)8{d(1)} {d(3)} {d(4)}"
    return f"+49 221 {d(6)}", f"+49 151 {d(8)}"


def make_slots(f: Family, rng: random.Random) -> dict[str, str]:
    """Fresh slot values for one variant, consistent with each other (region, dates, domain)."""
    pool = POOLS[f.pool]
    if isinstance(f.region, tuple):
        region = rng.choice(f.region)
    elif f.region == "any":
        weights = ["us", "us", "us", "uk", "uk", "in", "au", "eu", "ca", "ie", "sg", "za", "nz"]
        region = rng.choice([r for r in weights if r in pool])
    else:
        region = f.region
    company, domain = rng.choice(pool[region])
    first, last = rng.choice(CANDIDATES)
    contacts = rng.sample(CONTACTS[region], 4)
    agency, agency_domain = rng.choice(AGENCIES[region])
    tz = ZoneInfo(rng.choice(TIMEZONES[region]))
    day = datetime(2025, 9, 1, tzinfo=tz) + timedelta(days=rng.randint(0, 240))
    while day.weekday() >= 5 and rng.random() < 0.85:
        day += timedelta(days=1)
    people_hours = [8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18, 19, 21]
    hour = rng.choice([*people_hours, 0, 3, 5, 22, 23] if f.headers else people_hours)
    date = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    iv = weekday_before(date, rng, 1, 9)
    iv_first = weekday_before(iv, rng, 5, 16)
    applied = weekday_before(date, rng, 4, 45)
    closing = weekday_after(date, rng, 5, 20)
    later = weekday_after(date, rng, 10, 20)
    wc = closing + timedelta(days=(7 - closing.weekday()) % 7 + 7)  # a Monday after the closing date
    wc2 = wc + timedelta(days=14)
    role_pool = ROLES[f.roles]
    role = rng.choice(role_pool)
    role2 = rng.choice([r for r in ROLES["mix"] if r != role])
    req = rng.choice(
        [
            f"R{rng.randint(10000, 99999)}",
            f"JR{rng.randint(100000, 199999)}",
            f"REQ-{rng.randint(1000, 9999)}",
            f"{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}",
        ]
    )
    phone, mobile = phones(region, rng)
    slots: dict[str, str] = {
        "region": region,
        "phone": phone,
        "mobile": mobile,
        "company": company,
        "domain": domain,
        "slug": slugify(company),
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "email_user": f"{user_of(first)}.{user_of(last)}",
        "contact": contacts[0],
        "cfirst": first_name(contacts[0]),
        "cuser": user_of(contacts[0]),
        "clast": contacts[0].split()[-1],
        "hm": contacts[1],
        "hmfirst": first_name(contacts[1]),
        "hmuser": user_of(contacts[1]),
        "other": contacts[2],
        "ofirst": first_name(contacts[2]),
        "other2": contacts[3],
        "o2first": first_name(contacts[3]),
        "agency": agency,
        "agency_domain": agency_domain,
        "role": role,
        "role2": role2,
        "city": rng.choice(CITIES[region]),
        "req": req,
        "n3": str(rng.randint(100, 999)),
        "n4": str(rng.randint(1000, 9999)),
        "n5": str(rng.randint(10000, 99999)),
        "n6": str(rng.randint(100000, 999999)),
        "n7": str(rng.randint(1000000, 9999999)),
        "weekday": WEEKDAYS[iv.weekday()],
        "iv_date": fmt_day(iv, region),
        "iv_long": fmt_day(iv, region, weekday=True, year=True),
        "iv_first": fmt_day(iv_first, region),
        "iv_first_wd": WEEKDAYS[iv_first.weekday()],
        "applied": fmt_day(applied, region),
        "applied_num": numeric_day(applied, region),
        "applied_long": fmt_day(applied, region, year=True),
        "closing": fmt_day(closing, region, year=True),
        "closing_num": numeric_day(closing, region),
        "later": fmt_day(later, region),
        "later_wd": fmt_day(later, region, weekday=True),
        "wc": fmt_day(wc, region),
        "wc2": fmt_day(wc2, region),
        "today": fmt_day(date, region),
        "today_long": fmt_day(date, region, year=True),
        "today_num": numeric_day(date, region),
        "today_mon": f"{MON3[date.month - 1]} {date.day}, {date.year}",
        "today_time": f"{date.hour:02d}:{date.minute:02d}",
        "year": str(date.year),
        "next_year": str(date.year + 1),
        "_date": date.isoformat(timespec="seconds"),
    }
    return corpuslib.fill_extra(slots, f.extra, rng)


def main() -> int:
    """Variant v takes alternative v (rotated) of the first 64 ``[[a|b]]``; a malformed row fails loudly so a
    broken corpus never reaches training."""
    return corpuslib.run_slot_families(
        FAMILIES,
        make_slots,
        alternatives=64,
        prefixes={"rjw": REJ, "acw": ACK},
        min_families={REJ: 45, ACK: 30},
        seed=SEED,
        out=OUT,
    )


# =============================================================================================
# Sender shortcuts (display names and addresses as these systems set them)
# =============================================================================================

WD = "{company} <{slug}@myworkday.com>"
SFACT = "{company} Careers <noreply@successfactors.eu>"
TALEO = "{company} <{slug}-careers@taleo.net>"
ORACLE = "{company} Recruiting <no-reply@fa.em2.oraclecloud.com>"
PAGEUP = "{company} Recruitment <no-reply@pageuppeople.com>"
AVATURE = "{company} Careers <noreply@{slug}.avature.net>"
EIGHTFOLD = "{company} Careers <noreply@eightfold.ai>"
PHENOM = "{company} Talent Acquisition <talent@{domain}>"
PINPOINT = "{company} <notifications@pinpointhq.com>"
RIPPLING = "{company} <no-reply@ats.rippling.com>"
BREEZY = "{company} <no-reply@breezy-mail.com>"
ZOHO = "{company} HR <recruit@zohorecruitmail.com>"
FRESHTEAM = "{company} <jobs@{slug}.freshteam.com>"
JOBVITE = "{company} Recruiting <notifications@jobvite.com>"
ICIMS = "{company} <{slug}@talent.icims.com>"
GH = "{company} Recruiting <no-reply@greenhouse.io>"
ASHBY = "{company} <no-reply@ashbyhq.com>"
LEVER = "{company} <no-reply@hire.lever.co>"
TEAMTAILOR = "{company} <no-reply@mail.teamtailor.com>"
RECRUITEE = "{company} <{slug}@mail.recruitee.com>"
BAMBOO = "{company} <notifications@app.bamboohr.com>"
WORKABLE = "{company} <noreply@candidates.workablemail.com>"
BEAMERY = "{company} Talent Team <talent@{domain}>"
PERSON = "{contact} <{cuser}@{domain}>"
AGENT = "{contact} <{cuser}@{agency_domain}>"
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}


# =============================================================================================
# REJECTIONS AFTER APPLICATION
# =============================================================================================

# Workday status change: the status line carries the news; the rest is boilerplate.
rej(
    "001",
    APP,
    WD,
    "The status of your application has changed",
    """
[[Hello|Dear|Hi]] {first},

The status of your application for the position below has changed.

Job Title: {role}
Job Requisition ID: {req}
Location: {city}
Status: No Longer Under Consideration

Thank you for the interest you have shown in {company}. You can review the status of all of your applications at any time by signing in to Candidate Home:
https://{slug}.wd5.myworkdayjobs.com/en-US/External/userHome

Please do not reply to this message. This mailbox is not monitored.
""",
    region=("us", "ca", "uk"),
    headers=AUTO,
)

# SuccessFactors: thanks first, the no is one indirect sentence in the middle.
rej(
    "002",
    APP,
    SFACT,
    "Your application for {role} at {company}",
    """
Dear {full},

Thank you for your interest in {company} and for the time you spent on your application for {role} (Requisition {req}).

Our recruiting team has now completed the initial review of applications for this position. We have decided to progress with applicants whose experience more closely reflects the current needs of the team, and your application status has been updated to "Not Selected".

Your profile will remain in our candidate database, and we encourage you to set up a job alert so that you are notified when new positions are published.

With best regards,
Talent Acquisition
{company}

This e-mail was generated automatically. Replies to this address cannot be processed.
""",
    region=("eu", "eu", "sg", "za"),
    headers=AUTO,
)

# Taleo, very formal US; the only signal is "has been filled".
rej(
    "003",
    APP,
    TALEO,
    "{company} - Requisition {req}",
    """
Dear {first} {last},

Thank you for applying to Requisition {req}, {role}, at {company}. Your interest in our organization is appreciated.

Please be advised that this requisition has been filled. Your candidate profile, including your resume, remains active in our system and you may apply to other positions that interest you.

Again, thank you for considering {company} as a potential employer.

Human Resources
{company}

***This is a system-generated message. Please do not reply.***
""",
    region="us",
    headers=AUTO,
    n=2,
)

# USAJOBS / USA Staffing notice of results: qualified but not among the best qualified.
rej(
    "004",
    APP,
    "USA Staffing <no-reply@usastaffing.gov>",
    "Notice of Results - {role}, Announcement {annc}",
    """
Dear {first} {last}:

Thank you for your interest in the {role} position with the {company}, announcement number {annc}.

Your application has been reviewed. Based on your responses to the assessment questionnaire and the information in your resume, you were found to be qualified for this position. However, you were not found to be among the best qualified candidates and your name was not referred to the selecting official for further consideration.

Application status: Not Referred
Series/Grade: {series}
Duty Location: {city}, {state}

Please visit USAJOBS and sign in to your account to view the status of your application(s). We appreciate your interest in Federal employment and wish you success in your job search.

This is an automated notification. Please do not reply to this message.
""",
    region="us",
    pool="usfed",
    roles="usfed",
    headers=AUTO,
    extra={
        "annc": lambda s, r: (
            f"{r.choice(['VA', 'FS', 'IN', 'SSA', 'CE'])}-{r.randint(25, 26)}-{r.randint(10000000, 99999999)}-MP"
        ),
        "series": lambda s, r: (
            f"GS-{r.choice(['2210', '0343', '1102', '0201', '0560'])}-{r.choice(['09', '11', '12', '13'])}"
        ),
        "state": lambda s, r: {
            "Columbus": "OH",
            "Phoenix": "AZ",
            "Minneapolis": "MN",
            "Pittsburgh": "PA",
            "San Diego": "CA",
            "Charlotte": "NC",
            "Portland": "OR",
            "Nashville": "TN",
        }[s["city"]],
    },
)

# UK Civil Service sift outcome with a behaviour-score table.
rej(
    "005",
    APP,
    "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
    "Sift outcome for {role} - Vacancy {n6}",
    """
Dear {first} {last},

Vacancy: {n6} - {role}
Department: {company}

Thank you for applying for this role. The vacancy holder has now completed the sift and your application was reviewed against the criteria advertised.

Sift outcome: Unsuccessful

Your scores
  Experience (personal statement)      {s1}
  Behaviour: {beh1}      {s2}
  Behaviour: {beh2}      {s3}

A minimum score of 4 was required against each element to progress to interview. Candidates were ranked in merit order and only those meeting the pass mark were invited to the next stage.

You can view this outcome, and any feedback provided by the panel, in your Civil Service Jobs account. Please do not reply to this email.

Civil Service Jobs
Government Recruitment Service
""",
    region="uk",
    pool="ukcs",
    roles="ukcs",
    headers=AUTO,
    extra={
        "s1": lambda s, r: str(r.choice([3, 4, 5])),
        "s2": lambda s, r: str(r.choice([3, 4])),
        "s3": lambda s, r: str(r.choice([2, 3])),
        "beh1": lambda s, r: r.choice(
            ["Seeing the Big Picture", "Communicating and Influencing", "Working Together"]
        ),
        "beh2": lambda s, r: r.choice(
            ["Delivering at Pace", "Making Effective Decisions", "Managing a Quality Service"]
        ),
    },
)

# NHS Jobs: not shortlisted, with the feedback route. Opens like every NHS Jobs email.
rej(
    "006",
    APP,
    "NHS Jobs <no-reply@jobs.nhs.uk>",
    "{role} - {ref} - Outcome of your application",
    """
Dear {first} {last}

Thank you for your interest in the {role} post (reference {ref}) at {company}.

We have now shortlisted for this vacancy. We had a large number of applications and the shortlisting panel had some difficult decisions to make. I am sorry to tell you that you have not been shortlisted on this occasion.

Shortlisting is carried out against the essential and desirable criteria in the person specification. If you would like feedback on your application, please contact the recruiting manager, {contact}, by email at {cuser}.{clastl}@nhs.net within 14 days.

We hope this does not discourage you from applying for future vacancies with the Trust.

Kind regards
Recruitment Team
{company}

Do not reply to this email. This mailbox is not monitored. Log in to your NHS Jobs account to see all messages about your applications.
""",
    region="uk",
    pool="health",
    roles="health",
    headers=AUTO,
    extra={
        "ref": lambda s, r: (
            f"{r.randint(100, 499)}-{r.choice(['AHP', 'NUR', 'ADM', 'EST', 'CSS'])}-{r.randint(1000, 9999)}"
        ),
        "clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower()),
    },
)

# Agency relaying that the client is going internal, before any interview.
rej(
    "007",
    APP,
    AGENT,
    "{role} with {company} - update",
    """
Hi {first},

Quick update on the {role} role at {company}. I spoke to their Head of Talent this morning and the client has decided to go with an internal candidate, so they've pulled the role from the market and I won't be able to put your CV forward after all.

Nothing to do with your profile - it's a shame, because I think you'd have been a strong shortlist. I've got a couple of similar briefs landing next week and I'll give you a call if either looks right.

Speak soon,

{contact}
Principal Consultant - Finance & Operations
{agency}
M: {mobile}
""",
    region=("uk", "ie"),
    roles="biz",
    contact="contact",
)

# Founder: holding off on hiring before anyone was interviewed.
rej(
    "008",
    APP,
    "{contact} <{cuser}@{domain}>",
    "re: your application ({role})",
    """
hey {first} -

thanks a lot for applying, and sorry this took a while. honest update: we've decided to hold off on hiring for this role until we close our next round. runway math changed a bit last month and i'd rather not bring someone on and then be in a weird spot.

so i'm closing out all applications for now instead of leaving people hanging. if we reopen it (hopefully in the spring) i'll post it on our site and on HN who's hiring - would be great to see your name again.

{cfirst}
cofounder, {company}
""",
    pool="startup",
    roles="startup",
    region=("us", "uk", "eu", "ca"),
    contact="contact",
)

# Phenom-style: thank-you opening, indirect no, big talent-community block.
rej(
    "009",
    APP,
    PHENOM,
    "Thank you for your interest in {company}",
    """
Hi {first},

Thank you for your interest in the {role} opportunity and for taking the time to share your background with us.

Our hiring team has chosen to focus on candidates whose experience aligns more closely with the specific requirements of this role. We know this is not the update you were hoping for.

Stay connected with {company}
Join our Talent Community to get personalized job recommendations and hear about events, news and openings first:
{talent_link}

Thank you again, and we wish you every success.

The {company} Talent Acquisition Team

You are receiving this email because you applied for a position at {company}. Privacy Policy | Unsubscribe
""",
    region=("us", "uk", "ca", "au"),
    headers={**AUTO, "List-Unsubscribe": "<https://careers.{domain}/unsubscribe>"},
    extra=talent("https://careers.{domain}/global/en/join-talent-community"),
)

# "We'll keep your details" with no stock phrase; the shortlist is someone else.
rej(
    "010",
    APP,
    PERSON,
    "Your application - {role}",
    """
Hi {first},

Thanks for your application for {role}, and sorry for the wait.

We've now closed this round and the team has a shortlist they're taking forward. It was a strong field and you weren't far off.

What I'd like to do, if it's alright with you, is hold on to your CV for the next few months. We have two or three roles coming up in the new year that may suit your background better, and I'd rather get in touch directly than have you trawl the job boards. If you'd prefer we didn't keep your details, just reply and I'll delete them.

All the best,
{contact}
People Partner, {company}
""",
    region=("uk", "ie", "au", "nz"),
    roles="office",
    contact="contact",
)

# Blunt one-liner typed on a phone.
rej(
    "011",
    APP,
    PERSON,
    "Re: {role}",
    """
Hi {first}, position's been filled. Thanks for applying.

Sent from my iPhone
""",
    region=("us", "au", "ca"),
    pool="hospo",
    roles="hospo",
    contact="contact",
)

# Very long, gracious letter from a non-profit-ish foundation/university.
rej(
    "012",
    APP,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "{role} search - an update from the hiring committee",
    """
Dear {first},

I hope this note finds you well. On behalf of the hiring committee for the {role} position at {company}, I want to begin by thanking you sincerely for your application. We know that a thoughtful application - a cover letter that speaks to our mission, a CV that has been tailored, references lined up - takes hours of work, often squeezed around a current job and a life outside it. We noticed the care you put into yours.

We were genuinely humbled by the response to this search. We received {napps} applications from candidates across {ncountries} countries, many of them with backgrounds we would have been delighted to welcome. The committee read every application in full, and each one was reviewed by at least two members independently before we met to compare notes.

That process has now concluded, and I am sorry to let you know that we will not be inviting you to the next stage of our process. This was not an easy decision, and it is not a reflection on your talent or on the value of your experience. With so many strong candidates and only a handful of interview slots, we had to make distinctions that were, frankly, very fine.

I also want to be transparent about how we made those distinctions. For this particular role, the committee placed the most weight on prior experience leading multi-year grant programmes and on direct work with community partners in the region. Where we did not see those two things clearly in an application, we were generally not able to take it further, even where the rest of the profile was excellent.

Please do not let this discourage you from applying to {company} again. We expect to open several positions over the coming year, and we would be very glad to hear from you. If it would be useful, I am happy to share a few brief comments on your application - just reply to this email and I will do my best to respond within two weeks.

Thank you once again for your interest in our work, and for the generosity of your application. I wish you every success in finding a role that is worthy of you.

With warm regards,

{contact}
Chair, Hiring Committee
{company}
""",
    region=("us", "uk", "ca"),
    pool="uni",
    roles="uni",
    contact="contact",
    n=2,
    extra={
        "clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower()),
        "napps": lambda s, r: str(r.choice([212, 348, 415, 530, 611])),
        "ncountries": lambda s, r: str(r.choice([19, 23, 31, 38])),
    },
)

# Thread reply from an employee who referred the candidate; relays the no.
rej(
    "013",
    APP,
    "{hm} <{hmuser}@{domain}>",
    "Re: referral for the {role} role",
    """
Hey {first},

Pinged the recruiter about your application today. Sounds like they're going with people who've got more payments background for this one, so it's a no for now unfortunately. Sorry, I really thought it'd at least get you a screen.

There's a {role2} opening on the platform side coming up soon that might be a better fit - want me to keep an eye out and refer you again when it posts?

{hmfirst}
""",
    region=("us", "uk", "sg", "ca"),
    roles="tech",
    contact="hm",
    extra={"role2": lambda s, r: r.choice([x for x in ROLES["tech"] if x != s["role"]])},
)

# Avature: requisition cancelled due to change in business needs.
rej(
    "014",
    APP,
    AVATURE,
    "Update: {role} ({req}) has been closed",
    """
Dear {first},

We are contacting you regarding your application for {role} ({req}) in {city}.

Due to a change in business needs, this requisition has been cancelled and will not be filled. As a result, all applications to this posting have been closed, including yours.

We recognize the time and effort that goes into applying, and we regret any inconvenience. Your candidate profile has been retained, and you are welcome to apply to other current openings at {company}.

Sincerely,
{company} Global Talent Acquisition

{company} | Careers
Please do not respond to this automated email.
""",
    region=("us", "eu", "sg", "uk"),
    headers=AUTO,
)

# UK council: recruitment freeze following the budget review.
rej(
    "015",
    APP,
    "{company} HR Service Centre <recruitment@{domain}>",
    "Vacancy {ref} {role} - vacancy withdrawn",
    """
Dear {first}

Re: Vacancy {ref} - {role}

Thank you for applying for the above post.

I am writing to inform you that, following the Council's mid-year budget review, a recruitment freeze has been introduced for all non-statutory posts with immediate effect. Regrettably this vacancy falls within the scope of the freeze and has therefore been withdrawn. No shortlisting or interviews will take place.

Should the post be re-advertised in future, you will need to submit a fresh application.

We apologise for any disappointment this may cause and thank you for your interest in working for {company}.

Yours sincerely

HR Service Centre
{company}
Tel: {phone}
""",
    region="uk",
    pool="council",
    roles="council",
    headers=AUTO,
    extra={"ref": lambda s, r: f"{r.choice(['ENV', 'COM', 'PLN', 'RES'])}{r.randint(1000, 9999)}"},
)

# Post-shortlisting note: shortlisted people were already phoned, you were not.
rej(
    "016",
    APP,
    "{contact} <{cuser}@{domain}>",
    "{role} - shortlisting complete",
    """
Dear {first},

Thank you for your application for the {role} position.

Shortlisting for this role was completed last week and shortlisted candidates were contacted by phone on {iv_date}. As you did not receive a call from us, I'm sorry to confirm that your application has not been progressed this time.

We received over {napps} applications and, given the volume, we're unable to give individual feedback at this stage.

Thanks again for thinking of us.

Kind regards,
{contact}
Office Manager
{company}
""",
    region=("au", "nz", "uk", "za"),
    roles="biz",
    contact="contact",
    extra={"napps": lambda s, r: str(r.choice([90, 120, 150, 200, 250]))},
)

# Rolling hiring: offered to someone further along.
rej(
    "017",
    APP,
    PERSON,
    "{role} at {company}",
    """
Hi {first},

Thank you so much for applying for the {role} position, and apologies that it's taken me a couple of weeks to reply.

Because we were hiring on a rolling basis, we were already interviewing a few people by the time your application came in, and we've now offered the role to one of them - they accepted yesterday. So the position is no longer open.

I had a look at your profile and I'd genuinely be happy to hear from you if you see something else with us that catches your eye.

Best wishes,
{contact}
Talent Acquisition Partner | {company}
""",
    contact="contact",
)

# Eightfold-style: rejection wrapped in job recommendations (looks like a job alert).
rej(
    "018",
    APP,
    EIGHTFOLD,
    "{first}, an update on {role} - and roles matched to you",
    """
Hi {first},

Thank you for applying for {role} at {company}.

After reviewing applications, other candidates will be progressing for this role. We appreciate your interest and the time you took to apply.

Based on your profile, you may be a good match for these open positions:

  {role2} - {city} - 92% match
  {role3} - Remote - 88% match
  {role4} - {city} - 85% match

View all matches: https://{slug}.eightfold.ai/careers?src=rej_email

Keep your profile up to date to get better recommendations.

{company} Careers
Unsubscribe from job recommendations
""",
    region=("us", "in", "uk", "sg"),
    headers={**AUTO, "List-Unsubscribe": "<https://{slug}.eightfold.ai/careers/unsubscribe>"},
    extra={
        "role3": lambda s, r: r.choice([x for x in ROLES["mix"] if x not in (s["role"], s["role2"])]),
        "role4": lambda s, r: r.choice([x for x in ROLES["data"] if x not in (s["role"], s["role2"])]),
    },
)

# Non-native European English with a GDPR deletion note.
rej(
    "019",
    APP,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "Your application as {role}",
    """
Dear Mr./Ms. {last},

we thank you for your application and the interest in our company.

Sadly we have to tell you that we have chosen for another applicant whose profile matches better to our requirements. This decision has nothing to do with your qualifications, which we found interesting.

In accordance with the GDPR your documents will be deleted from our system after six months, if you do not give us the permission to keep them longer.

We wish you for your future career all the best and much success.

With kind regards

{contact}
Human Resources
{company}
{street}
""",
    region="eu",
    contact="contact",
    extra={
        "clastl": lambda s, r: re.sub(
            r"[^a-z]", "", s["clast"].lower().replace("ü", "ue").replace("ö", "oe")
        ),
        "street": lambda s, r: {
            "de": "Industriestraße 14, 50735 Köln",
            "nl": "Stationsplein 3, 5611 AB Eindhoven",
            "se": "Hamngatan 22, 411 06 Göteborg",
            "fr": "12 rue de la République, 69002 Lyon",
            "it": "Via Torino 41, 20123 Milano",
            "dk": "Banegårdspladsen 7, 8000 Aarhus C",
        }[s["domain"].rsplit(".", 1)[1]],
    },
)

# Indian HR: notice period mismatch, "kindly", "revert".
rej(
    "020",
    APP,
    "{contact} <{cuser}.hr@{domain}>",
    "RE: Application for {role} - {full}",
    """
Dear {first},

This is with regards to your application for the position of {role} at our {city} location.

As discussed over the phone, currently we are looking for immediate joiners or candidates with notice period of maximum 30 days. Since your notice period is 90 days and is not negotiable, we will not be able to proceed with your profile for this requirement.

Kindly do not take it otherwise. We will revert back to you if any suitable opening comes up in future which matches your profile.

Thanks & Regards,
{contact}
HR - Talent Acquisition
{company}
Mob: {mobile}
""",
    region="in",
    pool="indiait",
    roles="indiait",
    contact="contact",
)

# Application closed because the questionnaire was never completed.
rej(
    "021",
    APP,
    BREEZY,
    "Your application for {role} has been closed",
    """
Hi {first},

We're following up on your application for {role} at {company}.

We sent you a short set of screening questions on {applied} and haven't received a response. As the deadline has now passed and the hiring team has moved on with the candidates who completed this step, we have closed your application.

If you're still interested in working with us, you're welcome to apply again for future openings on our careers page.

Thanks,
{company} Hiring Team
""",
    region=("us", "ca", "au"),
    headers=AUTO,
    n=2,
)

# Greenhouse: the "no" is phrased as a decision about the match, no "unfortunately".
rej(
    "022",
    APP,
    GH,
    "Thank you for applying to {company}",
    """
Hi {first},

Thank you for applying to {company}! We really appreciate your interest in the {role} role and joining our team.

We took the time to carefully review your background and experience, and this time it's not a match for what the team needs right now. We made this decision after a lot of thought, and it isn't a reflection of your skills.

We'll be posting new roles on our careers page over the coming months. We'd love for you to take a look and apply again if something resonates.

All the best,
{company} Recruiting
""",
    region=("us", "ca", "ie", "eu"),
    headers=AUTO,
)

# A mailing to all applicants (BCC) after a sift; subject only names the role.
rej(
    "023",
    APP,
    "{company} Recruitment <recruitment@{domain}>",
    "{role}",
    """
Dear Applicant,

Thank you for your recent application for the position of {role}.

The selection panel has now assessed all applications against the selection criteria and has identified the applicants who will proceed to interview. I regret to advise that your application was not among those selected for further consideration on this occasion.

Your application will be retained on file for a period of twelve months in line with our record-keeping requirements.

Yours faithfully,

Human Resources
{company}
""",
    region=("au", "nz", "za"),
    pool="council",
    roles="council",
    headers=BULK,
)

# Applied to the wrong level: no for this role, pointer to another (still a rejection).
rej(
    "024",
    APP,
    LEVER,
    "Your {company} application",
    """
Hi {first},

Thanks for your interest in {company}. We've looked at your application for {role} and we're not going to progress it - this role is scoped for someone with 8+ years of people management, and the team felt your experience sits a level below that.

That said, we liked what we saw. If you're open to it, our {role2} opening may be a closer fit and you can apply here: https://jobs.lever.co/{slug}/{n4}-{n5}

Best,
Recruiting @ {company}
""",
    region=("us", "uk", "eu", "ca"),
    roles="senior",
    headers=AUTO,
    n=2,
    extra={"role2": lambda s, r: r.choice([x for x in ROLES["biz"] if x != s["role"]])},
)

# Zoho Recruit template from a small company: stiff, one paragraph, status word "Rejected".
rej(
    "025",
    APP,
    ZOHO,
    "Application Status : {role} - Rejected",
    """
Dear {first} {last},

Greetings from {company}!!

We appreciate your interest in {company} and the position of {role} for which you applied. After reviewing your profile, we regret to inform you that we will not be moving forward with your candidature at this moment, as your skillset does not match the requirement of the project.

We will keep your resume in our talent pool and contact you for suitable requirements in future.

Best wishes for your career ahead.

Regards,
HR Team
{company}

*This is an auto-generated email. Please do not reply to this email.*
""",
    region=("in", "in", "sg"),
    pool="corp",
    roles="indiait",
    headers=AUTO,
)

# Personio / German company: "We have now closed the position" - only indirect.
rej(
    "026",
    APP,
    "{company} <jobs@{slug}.jobs.personio.de>",
    "Your application at {company}",
    """
Hello {first},

Many thanks for your application and the trust you have placed in us.

We have now completed the selection process for the position of {role} and have filled the position. We were therefore unable to take your application into account.

We will delete your application documents in accordance with data protection regulations. We wish you every success for your future career.

Best regards
Your {company} Team
""",
    region="eu",
    headers=AUTO,
)

# Australian recruiter on SEEK, casual, "we've gone with".
rej(
    "027",
    APP,
    PERSON,
    "Your SEEK application - {role}",
    """
Hi {first},

Thanks for applying for the {role} gig through SEEK. We've had heaps of interest and have now gone with a few applicants who are a bit closer to what we need, particularly on the {skill} side.

Appreciate you taking the time and good luck with the hunt!

Cheers,
{contact}
{company}
""",
    region=("au", "nz"),
    roles="biz",
    contact="contact",
    extra={"skill": lambda s, r: r.choice(["FMCG", "local government", "construction", "ERP"])},
)

# Pinpoint: a polite no with a hint of how many applied - opens as an update, not a thank-you.
rej(
    "028",
    APP,
    PINPOINT,
    "An update on your application for {role}",
    """
Hi {first},

We've now reviewed all {napps} applications we received for the {role} role at {company}, including yours.

We won't be taking your application forward to interview. With so many applications we aren't able to give individual feedback, but we did want to let you know the outcome rather than leave you waiting.

Thanks for the time you put into applying.

{company} Recruitment
""",
    region=("uk", "ie", "eu", "au"),
    headers=AUTO,
    extra={"napps": lambda s, r: str(r.choice([184, 236, 312, 471, 529]))},
)


# =============================================================================================
# REJECTIONS AFTER INTERVIEW
# =============================================================================================

# Hiring manager after the final round, detailed feedback in bullets.
rej(
    "029",
    INT,
    "{hm} <{hmuser}@{domain}>",
    "Your final round for {role} - decision and feedback",
    """
Hi {first},

Thank you for coming through the whole process with us - the recruiter screen, the technical deep-dive and the final round on {weekday} with {other} and me. I told you I'd get back to you with a decision and some real feedback, so here it is.

We've decided to move forward with another candidate. It was close, and I want to explain why it landed the way it did.

What went well:
- Your system design discussion was one of the strongest we saw. You asked the right clarifying questions before drawing anything.
- {ofirst} specifically called out how clearly you explained the trade-offs in your caching layer.
- You were honest about what you didn't know, which we value.

Where the other candidate was ahead:
- Hands-on experience running services on-call at scale. The role carries a pager from week two, and they'd done that for several years.
- In the debugging exercise you got to the root cause, but it took most of the hour; we'd hoped for a bit more time on the fix.

None of that is a reason to doubt yourself. If you'd like to talk any of it through, I'm happy to do a 15-minute call - just reply and we'll find a time. And I'd genuinely be glad to see you apply again in a year or so.

Thanks again,
{hm}
Engineering Manager, {company}
""",
    region=("us", "eu", "ca", "ie"),
    roles="tech",
    contact="hm",
)

# Agency: long feedback from the client after a first interview; tried to call first.
rej(
    "030",
    INT,
    AGENT,
    "Feedback - {company}",
    """
Hi {first},

I tried you a couple of times this afternoon but couldn't get through, so I'll put it in writing and we can catch up properly tomorrow if you like.

I've had feedback from the client following your interview with {hm} on {weekday}. Sadly it's not one to take forward. To give you the full picture, this is what they said:

"{first} came across really well - personable, well prepared and clearly knows the subject. Where we felt the gap was in stakeholder management at board level. A lot of this role is presenting to the exec and pushing back on them, and we didn't hear enough examples of that. We've got another candidate who has done it day in day out, so we're going to progress with them."

For what it's worth, I think that's fair but fixable - it's more about the examples you pick than your experience. Let's have a chat about how to frame it for the next one, because I've got two more roles I want to put you forward for.

Thanks,

{contact}
Senior Manager | {agency}
D: {phone}
""",
    region=("uk", "ie", "au", "za"),
    roles="senior",
    contact="contact",
)

# US IT staffing: the end client picked another consultant after the client interview.
rej(
    "031",
    INT,
    AGENT,
    "RE: Submission - {role} - {company} - {full}",
    """
Hi {first},

Hope you are doing good.

I got the update from the vendor on the client interview you attended on {iv_date} for {role}. Unfortunately the end client {company} has selected another consultant for this position, so the submission is closed from our side.

Client feedback (as shared): good communication, but looking for more hands-on experience with {stack} in production, and the other profile had the same domain.

No worries, I have 2-3 other requirements matching your skill set. Please share your updated resume and confirm your current rate and availability, I will submit you today itself.

Thanks & Regards,
{contact}
Sr. Technical Recruiter | {agency}
Desk: {phone} Ext {n3}
{cuser}@{agency_domain} | www.{agency_domain}
""",
    region="us",
    roles="contract",
    contact="contact",
    extra={
        "stack": lambda s, r: r.choice(
            ["AWS Lambda and Terraform", "Kafka", "Spring Boot microservices", "S/4HANA"]
        )
    },
)

# Aussie HM: short note, "offered the role to someone else".
rej(
    "032",
    INT,
    PERSON,
    "{role} - thanks for coming in",
    """
Hi {first},

Thanks again for making the trip in on {weekday} - it was great to put a face to the name and the team enjoyed the chat.

I wanted to let you know that we've offered the role to someone else and they've accepted, so we won't be moving forward with you this time round. Honestly it was a hard call.

Best of luck with it all, and don't be a stranger if you see something else of ours pop up.

Cheers,
{contact}
{company}
""",
    region=("au", "nz"),
    contact="contact",
)

# Founder after two calls: holding off on hiring entirely.
rej(
    "033",
    INT,
    "{contact} <{cuser}@{domain}>",
    "Following up after our calls",
    """
Hi {first},

I wanted to get back to you personally after our two calls. I really enjoyed them - your take on the onboarding flow has stuck with me all week.

Unfortunately we've decided to hold off on hiring for the {role} position for now. We're a team of six and, after a long conversation with my cofounder, we think the right move is to keep the team small until we've hit a couple of milestones with our pilot customers. I know that's frustrating after you've given us your time, and I'm sorry.

I don't want to string you along with a vague "maybe later", so please treat this as a no for the foreseeable future. If things change I'll reach out, but don't wait on us.

Thank you for being so generous with your time and ideas.

{contact}
CEO & Cofounder, {company}
""",
    pool="startup",
    roles="startup",
    region=("us", "uk", "eu", "in", "au", "ca"),
    contact="contact",
)

# Corporate headcount freeze after the final interview.
rej(
    "034",
    INT,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "{role} - update following your final interview",
    """
Dear {first},

Thank you for attending the final interview for the {role} position on {iv_date}. The panel were very positive about your interview and I'm sorry that I'm not writing with better news.

Last week the Group announced a freeze on all external recruitment for the remainder of the financial year. The freeze applies to every vacancy that had not yet reached the offer stage, including this one, and I'm afraid that means we are not able to make an appointment.

I appreciate this is disappointing, particularly having reached the final stage. If the role is reopened once the freeze is lifted, I will contact you directly before it is advertised.

Kind regards,

{contact}
Senior Resourcing Adviser
{company}
""",
    region=("uk", "ie", "za"),
    contact="contact",
    extra={"clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower())},
)

# Reply in a thread to the candidate's own thank-you note.
rej(
    "035",
    INT,
    PERSON,
    "Re: Thank you - {role} interview",
    """
Thanks for the kind note, {first}, and for your patience since {weekday}.

I wish I was replying with better news. The panel met yesterday and decided to go with a candidate who has more direct experience in our market, so we won't be progressing your application.

Your thank-you email was a lovely touch, by the way - it didn't go unnoticed. Best of luck with everything.

{contact}
""",
    region=("us", "uk", "ca", "sg"),
    contact="contact",
)

# Reply to "any update?": two lines.
rej(
    "036",
    INT,
    "{hm} <{hmuser}@{domain}>",
    "Re: Checking in - {role}",
    """
Hi {first} - sorry, should have closed the loop sooner. They went another way on this one. Appreciate your time and the effort on the interviews.

{hmfirst}
""",
    region=("us", "ca", "au"),
    contact="hm",
)

# Indian walk-in drive result with a cooling period.
rej(
    "037",
    INT,
    "{company} Talent Acquisition <ta.{cityl}@{domain}>",
    "Walk-in Drive Result - {role} - {iv_date}",
    """
Dear Candidate,

Greetings from {company}!

Thank you for attending the walk-in drive at our {city} office on {iv_date} for the role of {role}.

Based on the evaluation of your Technical Round, we regret to inform you that you have not been shortlisted for the further rounds (Managerial and HR) of the selection process.

Please note that as per company policy there is a cooling period of 6 months, and you are requested not to apply for the same position before {cooling}.

We appreciate the time and effort you have invested and wish you all the very best in your future endeavours.

Thanks & Regards,
Talent Acquisition Team
{company}

Note: This is a system generated mail, kindly do not reply.
""",
    region="in",
    pool="indiait",
    roles="indiait",
    headers=AUTO,
    extra={
        "cityl": lambda s, r: s["city"].lower(),
        "cooling": lambda s, r: f"{r.randint(1, 28)} {r.choice(corpuslib.MONTHS)} {int(s['year']) + 1}",
    },
)

# NHS after interview, UK idiom, feedback route.
rej(
    "038",
    INT,
    "{contact} <{cuser}.{clastl}@nhs.net>",
    "Interview on {iv_date} - {role}",
    """
Dear {first},

Thank you for coming in to see us on {iv_date} for the {role} post, and for the time you put into preparing your presentation.

I'm afraid that on this occasion we won't be offering you the post. The panel saw some very strong candidates and the decision came down to experience of working in an acute setting, which the successful candidate had more of.

You interviewed well and I would be very happy to give you some feedback over the phone if you'd find that helpful. I'm on the ward Tuesday to Thursday; you can reach me on extension {n4} or just reply to this email with a good time to call.

I hope we'll see another application from you in future.

Kind regards,

{contact}
Ward Manager
{company}
""",
    region="uk",
    pool="health",
    roles="health",
    contact="contact",
    extra={"clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower())},
)

# Australian English, informal, after interview.
rej(
    "039",
    INT,
    PERSON,
    "Following up - {role}",
    """
G'day {first},

Thanks heaps for coming in for a yarn on {weekday}. Really appreciated you making the time, and the crew enjoyed meeting you.

Unfortunately we've gone with another candidate who's had a bit more time on the tools with {thing}. I reckon you'd have picked it up quick smart, but we need someone who can hit the ground running before the wet season.

No doubt something will come up for you soon. All the best with it.

Cheers,
{contact}
Operations Manager
{company}
M: {mobile}
""",
    region="au",
    roles="ops",
    contact="contact",
    extra={
        "thing": lambda s, r: r.choice(["our ERP", "heavy vehicle scheduling", "SAP PM", "fleet telematics"]),
    },
)

# Workday-style status change after interviews: "interview" everywhere, still a no.
rej(
    "040",
    INT,
    WD,
    "Interview outcome: {role} ({req})",
    """
Dear {first},

Thank you for taking the time to interview for the {role} position. We appreciate the time you spent with our interview team, including your interviews with {hm} and {other}.

All interviews for this requisition have now been completed and the interview panel has reviewed the results of each interview. The status of your application has changed:

Requisition: {req} {role}
Interview stage: Panel interview (completed)
Status: Not Selected - No longer under consideration

Please note that interview feedback is not provided through this system. You can view your application history in Candidate Home.

Sincerely,
{company} Talent Acquisition
""",
    region=("us", "uk", "sg", "ca"),
    headers=AUTO,
)

# Very long, gracious letter after a final round for a senior role.
rej(
    "041",
    INT,
    "{contact} <{cuser}@{domain}>",
    "Thank you, {first}",
    """
Dear {first},

I have been putting off writing this email, which is usually a sign that it is a hard one to write.

First, thank you. Over the past six weeks you have given us an enormous amount of time: the first conversation with me, the session with our board chair, the case presentation to the leadership team, the reference calls you arranged so quickly, and the dinner with {hm} and {other} last {weekday}. Each of those took real preparation, and in every one of them you brought thought, candour and good humour. I want you to know it was noticed and appreciated by everyone involved.

We have now completed the process for the {role} role, and the board has decided to appoint another candidate. I am genuinely sorry to be telling you this.

I want to give you an honest account of how we got there, because I think you deserve more than a form letter. It came down to two people, and the choice between you was not about ability. Both of you would have done the job well. In the end the board placed a great deal of weight on experience of leading an organisation through a merger, which is likely to be the defining task of the next two years here, and the other candidate has done exactly that twice. That is a narrow and specific reason, and it says nothing about your capacity to lead.

Several things stood out about you, and I want to name them. Your presentation on the operating model was the clearest we heard. {hmfirst} remarked afterwards that you were the only candidate who asked what the staff themselves thought was broken. And your references were, without exaggeration, glowing.

I would very much like to stay in touch. We will have other senior roles over the coming year, and I would also be happy to recommend you to colleagues at peer organisations if that would be useful - I know of at least two searches where I think you would be a strong candidate. If you would find it helpful to talk through the process, or to hear more detailed feedback from the panel, I would be glad to arrange a call at a time that suits you.

Thank you again for the generosity with which you approached this. I am sorry that the outcome is not the one either of us hoped for, and I have no doubt that the right role is not far away.

With my very best wishes,

{contact}
Chief Executive
{company}
""",
    region=("uk", "au", "us", "ie"),
    roles="exec",
    contact="contact",
    n=2,
)

# Blunt one-liner after an interview.
rej(
    "042",
    INT,
    PERSON,
    "Re: interview {weekday}",
    """
we went with someone else. thanks for your time.

-{cfirst}
""",
    region=("us", "au", "uk"),
    pool="startup",
    roles="startup",
    contact="contact",
    n=2,
)

# Ashby: decision + candidate experience survey (the survey is a distractor).
rej(
    "043",
    INT,
    ASHBY,
    "{company} | {role}",
    """
Hi {first},

Thanks again for interviewing with {company} for the {role} role. We know how much energy goes into an interview process, and we're grateful for the time you spent with the team.

After a lot of discussion, we've decided not to move forward with your candidacy. This was a difficult decision with many strong candidates in the process.

We're always trying to improve how we interview, and we'd really value your honest feedback. The survey takes about two minutes and is anonymous:
https://app.ashbyhq.com/survey/{n7}

Wishing you the best in your search,
{contact}
Recruiting, {company}
""",
    region=("us", "eu", "uk", "ca"),
    pool="startup",
    contact="contact",
    headers=AUTO,
)

# After the recruiter phone screen: a location decision.
rej(
    "044",
    INT,
    PERSON,
    "Our call on {weekday} - {role}",
    """
Hi {first},

Thanks for your time on the phone on {weekday}, I enjoyed hearing about the work you did on the {proj} project.

Since our call the team has decided to prioritise candidates who are based within commuting distance of our {city} office, as the role will be in the office four days a week from the start of next quarter. Because of that we won't be progressing your application to the hiring manager stage.

I'm sorry to bring the goalposts in after we'd spoken. If our policy changes, or we open a remote position that fits, I'll reach out.

Thanks again,
{contact}
Talent Partner | {company}
""",
    region=("us", "uk", "eu", "ca"),
    contact="contact",
    extra={
        "proj": lambda s, r: r.choice(
            ["process improvement", "system migration", "cost reduction", "ERP rollout"]
        )
    },
)

# UK academic appointing panel after interview and presentation.
rej(
    "045",
    INT,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "{role} - appointment",
    """
Dear Dr {last},

On behalf of the appointing panel, I am writing to thank you for attending interview for the post of {role} on {iv_date}, and for your presentation on your research plans, which the panel found stimulating.

I am sorry to let you know that the panel has decided to offer the post to another candidate. The field was exceptionally strong and the panel's decision was a finely balanced one.

The panel asked me to pass on that they were particularly impressed by the grant strategy you outlined, and that they would encourage you to apply for future posts in the School. If you would like more detailed feedback, I would be happy to arrange a short conversation with the Chair of the panel.

With best wishes,

{contact}
Head of School
{company}
""",
    region=("uk", "au", "ca"),
    pool="uni",
    roles="uni",
    contact="contact",
    n=2,
    extra={"clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower())},
)

# Cafe/retail after a trial shift: lowercase, emoji.
rej(
    "046",
    INT,
    PERSON,
    "trial",
    """
hey {first}! thanks so much for coming in for the trial on {weekday} 🙂 we've ended up filling the spot with someone who can do more weekend shifts unfortunately. will keep your number tho if anything else comes up!! x

{cfirst} @ {company}
""",
    region=("au", "uk", "nz", "ca"),
    pool="hospo",
    roles="hospo",
    contact="contact",
)

# Runner-up: "you were our second choice", may come back.
rej(
    "047",
    INT,
    PERSON,
    "{role} - where we landed",
    """
Hi {first},

I promised I'd let you know by the end of the week, so here I am.

It came down to you and one other candidate, and we've decided to offer the position to them. I'll be candid: you were our second choice, and a very close one. The deciding factor was their experience with {thing}, which we need from day one.

If for any reason things don't work out with our first choice in the next few weeks, would you be open to me getting back in touch? No obligation at all, and I completely understand if you'll have moved on by then.

Thank you for everything you put into the process.

Warm regards,
{contact}
Head of Talent, {company}
""",
    region=("us", "uk", "eu", "sg", "za"),
    contact="contact",
    extra={
        "thing": lambda s, r: r.choice(
            [
                "leading a team through a system migration",
                "working in a regulated environment",
                "managing an offshore team",
                "building the function from scratch",
            ]
        )
    },
)

# Role eliminated in a restructuring after interviews (formal US HR).
rej(
    "048",
    INT,
    "{company} Human Resources <hr@{domain}>",
    "Regarding the {role} position",
    """
Dear {first} {last},

We are writing with respect to your candidacy for the {role} position, for which you interviewed with members of our team on {iv_date}.

As part of an organizational restructuring announced internally this week, the {role} position has been eliminated. Accordingly, the search has been discontinued and no selection will be made. This decision was made for business reasons and is not a reflection of your qualifications or your performance in the interview process.

We regret any inconvenience this may cause and sincerely thank you for the time and interest you have shown in {company}.

Sincerely,

Human Resources
{company}
""",
    region="us",
    headers=AUTO,
    n=2,
)

# Role re-scoped to a more senior level after interviews.
rej(
    "049",
    INT,
    "{hm} <{hmuser}@{domain}>",
    "{role} - change of plan",
    """
Hi {first},

I owe you an update, and I'm sorry it's taken a few days.

After we finished the first round of interviews, our leadership team looked again at what they need from this hire and decided to re-scope the position as a more senior, team-lead role with direct reports. We'll be re-advertising it under a new title next month.

The new scope asks for several years of line management, so I don't think it would be right to carry your application across, and we're closing the current process for everyone who interviewed. I realise that's a frustrating outcome after the effort you put into the interviews.

I enjoyed our conversation and hope our paths cross again.

Best,
{hm}
{company}
""",
    region=("uk", "eu", "ie", "nz", "ca"),
    contact="hm",
)

# USA Staffing after referral and interview: selection made, not selected.
rej(
    "050",
    INT,
    "USA Staffing <no-reply@usastaffing.gov>",
    "Application Status Update - {role}",
    """
Dear {first} {last},

This notice is to inform you of the status of your application for {role}, announcement number {annc}, with the {company}.

Your application was referred to the selecting official and you were interviewed for this position. A selection has been made, and you were not selected.

Status: Not Selected

We appreciate your interest in federal employment and encourage you to apply for other positions for which you qualify. Your application status is also available in your USAJOBS account.

This is an automated message. Do not reply.
""",
    region="us",
    pool="usfed",
    roles="usfed",
    headers=AUTO,
    n=2,
    extra={
        "annc": lambda s, r: (
            f"{r.choice(['DE', 'MP', 'IMP'])}-{r.randint(12000000, 12999999)}-{r.choice(['AB', 'KP', 'JT'])}"
        )
    },
)

# SmartRecruiters, opens "Thank you for your interest"; the no is only "identified a candidate".
rej(
    "051",
    INT,
    "{company} <noreply@smartrecruiters.com>",
    "Thank you for your interest in {company}",
    """
Dear {first},

Thank you for your interest in {company} and for the time you spent with us during the interview process for the {role} role.

The team has now completed interviews and has identified a candidate whose experience best matches the requirements of the position. We will therefore be closing your application.

We will keep your details on file and may contact you about future opportunities that match your profile.

Kind regards,
{company} Talent Team
""",
    region=("eu", "za", "sg", "uk"),
    headers=AUTO,
)

# South Africa, formal, POPIA note.
rej(
    "052",
    INT,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "Outcome: Interview for {role}",
    """
Good day {first}

Thank you for availing yourself for the interview for the position of {role} held on {iv_date}.

We wish to advise that the panel has recommended another candidate for appointment, and your application has therefore not been successful. We appreciate the effort you put into your preparation.

Kindly note that, in line with the Protection of Personal Information Act (POPIA), your personal information will be retained for a period of three months for purposes of this recruitment process only, after which it will be destroyed.

We wish you well in your future career.

Kind regards

{contact}
Talent Acquisition Specialist
{company}
Tel: {phone}
""",
    region="za",
    contact="contact",
    extra={"clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower())},
)

# Indian corporate: round-wise status table, "not cleared".
rej(
    "053",
    INT,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "Interview Status | {role} | {full}",
    """
Hi {first},

Hope you are doing well.

Please find below the status of your interview process with {company} for the {role} position:

Round 1 - Online Technical : Cleared
Round 2 - Technical Interview (L2) : Not Cleared
Round 3 - Techno-Managerial : NA
Round 4 - HR Discussion : NA

The panel has shared that your fundamentals are good, however hands-on in {stack} was not up to the mark expected for this level. Hence we will not be able to proceed further with your candidature for this role.

Thank you for your time and cooperation throughout the interview process. We wish you good luck.

Regards,
{contact}
Talent Acquisition | {company}
""",
    region="in",
    roles="indiait",
    contact="contact",
    extra={
        "clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower()),
        "stack": lambda s, r: r.choice(
            ["Spring Boot and microservices", "Angular", "SQL performance tuning", "ABAP on HANA"]
        ),
    },
)

# Startup work trial: no offer after the paid trial week.
rej(
    "054",
    INT,
    "{contact} <{cuser}@{domain}>",
    "Wrapping up the trial week",
    """
{first} -

Thanks for a great trial week. You shipped the export feature faster than we expected and the team liked pairing with you.

We talked it over on Friday and we're not going to extend an offer. The honest reason: we need someone who'll push back on product decisions more than you did during the week, and we didn't see enough of that. It's a very specific thing for where we are right now.

Your invoice for the trial week is approved and should be paid within 5 days. Let me know if you'd like a reference for future applications - happy to give one.

{cfirst}
{company}
""",
    region=("us", "eu", "uk", "au"),
    pool="startup",
    roles="startup",
    contact="contact",
)

# German-English non-native reply in a thread after two interviews.
rej(
    "055",
    INT,
    "{contact} <{cuser}.{clastl}@{domain}>",
    "AW: Interview {role}",
    """
Hello {first},

thank you for your message and sorry that you had to wait so long for an answer from us.

We had in the meantime the second interviews with all candidates and the decision was not easy for us. In the end we decided for a candidate who has more experience with the German market, so we cannot offer you the position.

Thank you again for the nice talks with {hmfirst} and me, and for your interest in our company. We wish you for the future all the best.

Best regards
{contact}
People & Culture
{company}
""",
    region="eu",
    contact="contact",
    extra={"clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower().replace("ü", "ue"))},
)

# Beamery-style after interview with an invitation to the talent community.
rej(
    "056",
    INT,
    BEAMERY,
    "Thank you for interviewing with {company}",
    """
Hi {first},

Thank you for the time you invested in interviewing for {role}. The team enjoyed meeting you and learning about your experience.

We have decided to move ahead with another candidate for this position. We know that's disappointing to hear after reaching the interview stage.

We'd love to stay in touch. By joining the {company} Talent Community you'll be first to hear about roles that match your skills, and our recruiters will be able to find you when something suitable opens up:
{talent_link}

Thank you again,
{contact}
Talent Acquisition, {company}
""",
    region=("uk", "us", "eu", "ie"),
    contact="contact",
    headers={"List-Unsubscribe": "<https://talent.{domain}/preferences/unsubscribe>"},
    extra=talent("https://talent.{domain}/community/join?utm_source=rejection_email"),
)

# Teamtailor, casual, "Connect" talent link; no "unfortunately", no "regret".
rej(
    "057",
    APP,
    TEAMTAILOR,
    "About your application for {role}",
    """
Hey {first} 👋

Thanks for wanting to join {company}! We've had a proper look at your application for {role}, and we're going to continue with candidates whose experience is a closer fit for this particular team.

That's not a no forever. If you'd like to hear when new roles open up, join our Connect community here - it takes 30 seconds:
{talent_link}

Take care and good luck out there!
The {company} team
""",
    region=("eu", "uk", "au", "ca"),
    pool="startup",
    headers=AUTO,
    extra=talent("https://{slug}.teamtailor.com/connect"),
)

# PageUp: starts with an acknowledgement-like reference block; outcome at the end of the first paragraph.
rej(
    "058",
    APP,
    PAGEUP,
    "Your application - {role} (Job No. {jobno})",
    """
Dear {first}

Thank you for your application for the position of {role} (Job No. {jobno}) with {company}. We have received a great many applications for this position and appreciate your patience while they were assessed. We have now completed our review and, on this occasion, we will not be progressing your application further.

Application summary
Position: {role}
Job No.: {jobno}
Date received: {applied_num}
Status: Unsuccessful

We encourage you to keep an eye on our careers site and to register for job alerts so you are notified of future opportunities.

Regards

Talent Acquisition Team
{company}
""",
    region=("au", "nz", "uk", "sg"),
    headers=AUTO,
    extra={
        "jobno": lambda s, r: f"{r.choice(['CSV', 'ENG', 'FIN', 'OPS', 'ITS'])}-{r.randint(10000, 99999)}"
    },
)


# UK, very indirect: "we have now appointed to the post".
rej(
    "059",
    APP,
    PERSON,
    "Re: {role} vacancy",
    """
Dear {first},

Thank you for getting in touch about the {role} vacancy and for sending your CV.

I should let you know that we have now appointed to the post.

With best wishes,
{contact}
HR & Office Manager
{company}
""",
    region=("uk", "ie"),
    roles="biz",
    contact="contact",
    n=2,
)

# LinkedIn message notification wrapping a recruiter's post-interview no.
rej(
    "060",
    INT,
    "{contact} via LinkedIn <messages-noreply@linkedin.com>",
    "{cfirst} sent you a message",
    """
{contact}
Talent Acquisition at {company}

"Hi {first}, thanks again for speaking with the team last week about the {role} role. I'm afraid they've decided not to progress to the next round - they went with candidates who had more experience in our industry. I appreciate your time and will keep you in mind for future roles. All the best!"

Reply to {cfirst}: https://www.linkedin.com/messaging/thread/2-{n7}{n6}/

This is an occasional email to help you stay in touch with your messages. Unsubscribe
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""",
    region=("us", "uk", "in", "eu", "sg"),
    contact="contact",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2/unsubscribe>", "Precedence": "bulk"},
)

# HR forwards the hiring manager's decision (forwarded text in the body).
rej(
    "061",
    INT,
    PERSON,
    "Fwd: {role} - 2nd interview",
    """
Hi {first},

Please see below from {hm}. Sorry it isn't better news - I know you were hoping for this one.

{cfirst}

---------- Forwarded message ---------
From: {hm} <{hmuser}@{domain}>
Date: {today_mon}
Subject: {role} - 2nd interview
To: {contact} <{cuser}@{domain}>

{cfirst}, can you let {first} know we won't be taking things forward after the second interview? Thank them for the time. Strong on the technical side but we need someone who can lead the client workshops from day one, and the other finalist has done that. Happy to give feedback by phone if they want it.

Thanks
{hmfirst}
""",
    region=("us", "uk", "au", "ca", "za"),
    contact="contact",
)

# =============================================================================================
# APPLICATION RECEIVED
# =============================================================================================

# Oracle Recruiting Cloud confirmation with "what's next".
ack(
    "001",
    ORACLE,
    "Thank you for applying: {role}",
    """
Hi {first},

Your application is complete.

Job: {role}
Job Number: {req}
Location: {city}
Applied: {today_long}

What's next?
Our recruiters review every application against the requirements of the job. If your skills and experience are a match, a recruiter will contact you to discuss next steps, which may include a phone screen and interviews with the hiring team.

You can track the progress of your application and update your profile at any time on our career site:
https://{slug}.fa.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/my-profile

Thank you for your interest in {company}.

{company} Recruiting
This is an automatically generated email. Please do not reply.
""",
    region=("us", "uk", "in", "sg", "ca"),
    headers=AUTO,
)

# PageUp acknowledgement with the "assume you have not been successful" clause and an interview week.
ack(
    "002",
    PAGEUP,
    "Application received - {role}",
    """
Dear {first}

Thank you for your application for the position of {role} with {company}. This email confirms that we have received it.

Applications close on {closing}. Shortlisting will take place after the closing date and we anticipate that interviews will be held during the week commencing {wc}.

Due to the high volume of applications we receive, we are unable to provide feedback at the shortlisting stage. If you do not hear from us within four weeks of the closing date, please assume that on this occasion you have not been successful.

Thank you for your interest in working with us.

Kind regards

People & Culture
{company}
""",
    region=("au", "nz", "uk"),
    pool="council",
    roles="council",
    headers=AUTO,
)

# NHS Jobs confirmation: "unfortunately ... not able to respond to every applicant".
ack(
    "003",
    "NHS Jobs <no-reply@jobs.nhs.uk>",
    "Application submitted - {role} - {ref}",
    """
Dear {first} {last}

Your application for the following job has been sent to the employer.

Job title: {role}
Job reference: {ref}
Employer: {company}
Closing date: {closing}

The employer will review your application after the closing date. Unfortunately, due to the high volume of applications, the employer is not able to respond to every applicant individually. If you have not heard from the employer within 3 weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Please check your NHS Jobs account regularly, as invitations to interview are sent through your account as well as by email.

NHS Jobs

Do not reply to this email.
""",
    region="uk",
    pool="health",
    roles="health",
    headers=AUTO,
    extra={
        "ref": lambda s, r: (
            f"{r.randint(100, 499)}-{r.choice(['NUR', 'AHP', 'ADM', 'MED'])}-{r.randint(1000, 9999)}"
        )
    },
)

# USAJOBS / USA Staffing "application received".
ack(
    "004",
    "USA Staffing <no-reply@usastaffing.gov>",
    "Application Received - {role}",
    """
Dear {first} {last},

Thank you for applying for the {role} position with the {company}, announcement number {annc}.

Your application was received on {today_long} at {today_time} (Eastern Time).

Status: Received

Your application will be reviewed to determine whether you meet the minimum qualifications and eligibility requirements for this position. You will be notified when the status of your application changes. Please note that this process may take several weeks after the announcement closes.

To check the status of your application, sign in to your USAJOBS account and select Application Status.

This is an automated message. Please do not reply.
""",
    region="us",
    pool="usfed",
    roles="usfed",
    headers=AUTO,
    n=2,
    extra={
        "annc": lambda s, r: (
            f"{r.choice(['ST', 'DE', 'MP'])}-{r.randint(12000000, 12999999)}-{r.randint(25, 26)}"
        )
    },
)

# Civil Service Jobs: indicative timeline that names the sift and the interview weeks.
ack(
    "005",
    "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
    "Application submitted: {role} ({n6})",
    """
Dear {first},

Thank you for submitting your application for {role} (vacancy {n6}) with {company}.

Indicative timeline (dates may change)
  Advert closes: {closing}
  Sift: week commencing {wc}
  Interviews: week commencing {wc2}

If your application is successful at sift, you will be invited to interview via your Civil Service Jobs account. Interviews will assess the Behaviours and Technical skills listed in the advert. You can withdraw your application at any time before the interview stage.

Please note that we cannot accept any changes to your application once it has been submitted.

Civil Service Jobs
""",
    region="uk",
    pool="ukcs",
    roles="ukcs",
    headers=AUTO,
)

# Agency registration: "thanks for registering, a consultant will call you if...".
ack(
    "006",
    "{agency} <register@{agency_domain}>",
    "Thanks for registering with {agency}",
    """
Hi {first},

Thanks for registering with {agency} and uploading your CV. Your candidate profile is now live.

What happens now?
One of our specialist consultants will review your details. If your experience matches one of the roles we're currently working on, they'll give you a call to talk it through - usually within a few working days.

We receive a very large number of registrations, so unfortunately we can't respond to every one individually. If we don't have anything suitable right now, we'll keep your details on file and contact you when something does come up.

In the meantime, you can update your CV, set job alerts and manage your preferences in your account.

The {agency} Team
""",
    region=("uk", "au", "ie", "nz", "za"),
    headers=AUTO,
    no_company=True,
    extra={},
)

# Agency job-specific ack with a job ref from a consultant mailbox.
ack(
    "007",
    "{agency} <applications@{agency_domain}>",
    "Your application: {role} (Ref: {jref})",
    """
Hi {first},

Thank you for applying for the {role} role (ref {jref}) in {city}, which we are recruiting for on behalf of our client.

Your application has been passed to {contact}, the consultant handling this vacancy. If your experience is a good match, {cfirst} will be in touch to discuss the role and our client in more detail before anything is sent to them - we will never submit your CV without your permission.

If you haven't heard from us within 10 working days, please assume your application has not been progressed for this role. We will, however, keep your details on file for similar opportunities.

Kind regards,
{agency}
""",
    region=("uk", "ie", "au", "sg", "ca"),
    roles="biz",
    headers=AUTO,
    extra={"jref": lambda s, r: f"JN -{r.randint(1, 12):02d}{s['year']}-{r.randint(6000000, 6999999)}"},
)

# Reply in a thread: got it, passing it to the hiring manager.
ack(
    "008",
    PERSON,
    "Re: {role} - CV attached",
    """
Got it, thanks {first} - I'll pass it to the hiring manager today and let you know what she thinks.

{cfirst}
""",
    region=("us", "uk", "au", "ca", "ie"),
    contact="contact",
)

# Reply: received, interviewing from a week, will let you know either way.
ack(
    "009",
    PERSON,
    "RE: Application - {role}",
    """
Hi {first},

Thanks, received - and thanks for the cover letter, it was a good read.

We're closing applications on {closing} and plan to run first interviews from the week of {wc}. I'll let you know either way before then.

Best,
{contact}
Operations Director
{company}
""",
    region=("uk", "ie", "au", "us", "za"),
    roles="biz",
    contact="contact",
)

# Workday "status has changed" - to Under Consideration (ack, not a rejection).
ack(
    "010",
    WD,
    "The status of your application has changed",
    """
Hello {first},

The status of your application for the position below has changed.

Job Title: {role}
Job Requisition ID: {req}
Status: Under Consideration

This means the recruiting team is currently reviewing your application. No action is required from you at this time. If you are selected to move forward, a member of the team will contact you.

You can review your application at any time by signing in to Candidate Home:
https://{slug}.wd1.myworkdayjobs.com/en-US/Careers/userHome

Thank you for your interest in {company}.

Please do not reply to this message.
""",
    region=("us", "uk", "ca", "sg"),
    headers=AUTO,
)

# Taleo ack: "unfortunately, due to the high volume ... unable to respond individually".
ack(
    "011",
    TALEO,
    "Thank you for applying - {role} (Job Number {req})",
    """
Dear {first} {last},

Thank you for your interest in {company}. We have received your application for the position of {role}, Job Number {req}.

Our Human Resources staff will review your qualifications against the requirements of the position. If there is a match, a member of our recruiting team will contact you to discuss the next steps in the selection process.

Unfortunately, due to the high volume of applications we receive, we are unable to respond to each candidate individually. You may check the status of your application at any time by logging in to your candidate profile.

Sincerely,
Talent Acquisition
{company}

This message was sent by an automated system. Please do not reply.
""",
    region=("us", "ca"),
    pool="health",
    roles="ushealth",
    headers=AUTO,
    n=2,
)

# Indian HR: "we are in receipt of your resume", "revert", "kindly".
ack(
    "012",
    "{contact} <{cuser}.{clastl}@{domain}>",
    "RE: Resume for {role} - {full}",
    """
Dear {first},

Greetings of the day!

We are in receipt of your resume for the {role} position. Our team will go through your profile and revert back to you in case your profile is shortlisted for the further process.

Kindly do not send multiple applications for the same position, and kindly share the below details on this mail for our reference:

Total Experience:
Relevant Experience:
Current CTC:
Expected CTC:
Notice Period:
Current Location:

Thanks & Regards,
{contact}
HR Recruiter | {company}
""",
    region="in",
    pool="indiait",
    roles="indiait",
    contact="contact",
    extra={"clastl": lambda s, r: re.sub(r"[^a-z]", "", s["clast"].lower())},
)

# Ack that lists the whole process: assessment and interviews as FUTURE steps.
ack(
    "013",
    GH,
    "We've received your application for {role}",
    """
Hi {first},

Thanks for applying for the {role} role at {company}! We've received your application and wanted to walk you through what our process looks like, so there are no surprises.

1. Application review (1-2 weeks). A recruiter reviews every application by hand.
2. Online assessment. If we'd like to move forward, we'll send you a 60-minute HackerRank assessment to complete at home.
3. Technical interviews. Two 45-minute video interviews with engineers from the team.
4. Hiring manager interview. A conversation about your goals and how you like to work.
5. Decision. We aim to make a decision within a week of your final interview.

You don't need to do anything right now. We'll email you either way once we've reviewed your application.

Thanks again,
{company} Recruiting
""",
    region=("us", "in", "ca", "eu", "uk"),
    roles="tech",
    headers=AUTO,
)

# Founder ack: reads every application personally, 2-3 weeks.
ack(
    "014",
    "{contact} <{cuser}@{domain}>",
    "Thanks for applying to {company}!",
    """
Hi {first},

I'm {cfirst}, one of the cofounders here - thanks for applying to be our {role}!

Quick heads-up on how this works: I read every application personally (yes, all of them), so it takes a bit of time. We'll review and be in touch in 2-3 weeks whatever the outcome.

In the meantime, if you want a feel for how we work, our public handbook is here: https://{domain}/handbook

Thanks for your interest in what we're building.

{cfirst}
""",
    region=("us", "uk", "eu", "in", "ca", "au"),
    pool="startup",
    roles="startup",
    contact="contact",
)

# Bilingual French / English acknowledgement.
ack(
    "015",
    "{company} Recrutement <recrutement@{domain}>",
    "Accusé de réception de votre candidature / Acknowledgement of your application",
    """
(English follows)

Bonjour {first},

Nous vous remercions de l'intérêt que vous portez à {company}. Nous accusons réception de votre candidature au poste de {role} (réf. {req}).

Notre équipe Recrutement étudie actuellement les candidatures. Si votre profil correspond à nos besoins, nous vous contacterons dans les prochaines semaines.

Cordialement,
L'équipe Recrutement

---

Hello {first},

Thank you for your interest in {company}. We acknowledge receipt of your application for the position of {role} (ref. {req}).

Our Recruitment team is currently reviewing applications. If your profile matches our needs, we will contact you in the coming weeks.

Kind regards,
The Recruitment Team
""",
    region=("eu", "ca"),
    headers=AUTO,
    n=2,
)

# Avature ack: "unfortunately we are unable to provide status updates by phone".
ack(
    "016",
    AVATURE,
    "{company}: application confirmation",
    """
Dear {first},

Thank you for applying for {role} at {company}. Your application was submitted successfully on {today_long}.

Our recruitment team will now assess your application. If you are shortlisted, we will contact you by email with details of the next stage.

Please note:
- Unfortunately we are unable to provide status updates by phone or email during the review period.
- Only one application per vacancy will be considered; if you apply more than once, your most recent application will be used.
- Current employees should apply through the internal careers portal.

Kind regards,
{company} Talent Acquisition
""",
    region=("uk", "eu", "za", "sg"),
    headers=AUTO,
)

# University: committee date, "we regret we are unable to notify unsuccessful applicants".
ack(
    "017",
    "{company} Human Resources <hr-recruitment@{domain}>",
    "Acknowledgement: {role} ({ref})",
    """
Dear {first} {last},

We acknowledge receipt of your application for the post of {role} (ref. {ref}).

The selection committee will meet in the week of {wc} to consider all applications. Candidates selected for interview will be notified by email, and interviews are expected to take place in the week of {wc2}.

We regret that, owing to the number of applications received, we are unable to notify unsuccessful applicants individually.

Thank you for your interest in {company}.

Human Resources Department
{company}
""",
    region=("uk", "in", "au", "ca"),
    pool="uni",
    roles="uni",
    headers=AUTO,
    extra={
        "ref": lambda s, r: f"{r.choice(['ACAD', 'RES', 'PS'])}-{r.randint(100, 999)}-{r.randint(24, 26)!s}"
    },
)

# SmartRecruiters "under consideration" status with the candidate portal.
ack(
    "018",
    "{company} <noreply@smartrecruiters.com>",
    "{first}, your application status: In Review",
    """
Hi {first},

Your application for {role} at {company} is now being reviewed by the hiring team.

Current status: In Review
Applied on: {applied_long}

There's nothing you need to do right now. We'll update you as soon as there's news.

Track your application: https://my.smartrecruiters.com/app/applications

Good luck!
{company}
""",
    region=("us", "eu", "sg", "za", "in"),
    headers=AUTO,
)

# Terse reference-number confirmation.
ack(
    "019",
    "{company} e-Recruitment <erecruitment@{domain}>",
    "Ref: APP-{year}-{n6} - Received",
    """
Application logged.

Reference: APP-{year}-{n6}
Vacancy: {role}
Date/time received: {today_num} {today_time}

Please quote your reference in all correspondence.
""",
    region=("uk", "za", "nz", "au", "us"),
    pool="council",
    roles="council",
    headers=AUTO,
)

# Jobvite ack mentioning a future phone interview.
ack(
    "020",
    JOBVITE,
    "Thank you for your interest in {company}",
    """
Dear {first},

Thank you for your interest in the {role} position at {company}! We've received your application.

Our recruiting team will review your qualifications, and if there is a match, a member of the team will reach out to schedule an initial phone interview. If the position is not a match, we'll let you know by email.

We appreciate your patience during the review process.

Best regards,
The {company} Recruiting Team
""",
    region=("us", "ca"),
    headers=AUTO,
)

# iCIMS ack: "Unfortunately, we are not able to respond to every applicant personally."
ack(
    "021",
    ICIMS,
    "{company} - We received your application",
    """
Hello {first},

We have received your application for {role} (Job ID {req}). Thank you for considering {company} as your next employer.

Our team reviews applications in the order they are received. Unfortunately, we are not able to respond to every applicant personally; if your background matches what we are looking for, you will be contacted by a member of our Talent Acquisition team.

In the meantime, you can check on your application by logging in to our career portal.

Regards,
{company} Talent Acquisition
""",
    region=("us", "in", "ca", "uk"),
    headers=AUTO,
)

# Workable "still reviewing" update with a shortlisting date.
ack(
    "022",
    WORKABLE,
    "An update on your {role} application",
    """
Hi {first},

A quick update so you're not left wondering: we're still reviewing applications for the {role} role.

We've had far more applications than we expected and we want to give each one a fair read, so it's taking longer than planned. We now expect to make shortlisting decisions by {later}, and we'll be in touch with everyone either way after that.

Thanks for your patience!

{company}
Powered by Workable
""",
    region=("uk", "eu", "au", "za", "nz"),
    headers=AUTO,
)

# Indian job portal style: application forwarded, walk-in details only for shortlisted.
ack(
    "023",
    "{company} Careers <careers@{domain}>",
    "Application Received | {role} | {city}",
    """
Dear {first},

Thank you for applying to {company} for the position of {role} ({city}).

Your application ID is {n7}. Kindly save this ID for future reference.

Your profile is currently under screening. Shortlisted candidates will receive an email with the details of the walk-in drive / virtual interview (date, time, venue and documents to carry) within 7-10 working days.

Please note: {company} never charges any fee at any stage of the recruitment process. Kindly be cautious of fraudulent job offers.

Regards,
Talent Acquisition Team
{company}
""",
    region="in",
    pool="indiait",
    roles="indiait",
    headers=AUTO,
)

# Rippling ack: typical response time.
ack(
    "024",
    RIPPLING,
    "Thanks for applying to {company}",
    """
Hi {first},

Thanks for applying to {company}! We've received your application for {role}.

Here's what to expect: our team reviews applications on a rolling basis, typically within 5 business days. If your experience lines up with what we're looking for, we'll reach out to set up a first conversation.

Talk soon,
{company} Talent
""",
    region=("us", "ca", "uk"),
    pool="startup",
    headers=AUTO,
)

# Australian casual ack: "only shortlisted candidates will be contacted ... 14 days".
ack(
    "025",
    PERSON,
    "Thanks for your application - {role}",
    """
Hi {first},

Thanks for applying for the {role} role, your application's come through fine.

We're going through them over the next week or so. Due to the number of applications we get, only shortlisted candidates will be contacted - if you haven't heard from us within 14 days, please assume you haven't been successful this time round.

Cheers,
{contact}
{company}
""",
    region=("au", "nz"),
    roles="biz",
    contact="contact",
)

# Greenhouse "still under review" while the team is interviewing (reads like a brush-off).
ack(
    "026",
    GH,
    "Your application for {role} is still under review",
    """
Hi {first},

We wanted to let you know that your application for {role} at {company} is still under review.

The hiring team is currently interviewing a first group of candidates for this role and is reviewing the remaining applications, including yours, in parallel. We haven't made a decision on your application yet.

We'll be in touch as soon as we have an update. Thank you for your patience.

Best,
{company} Recruiting
""",
    region=("us", "eu", "ca", "uk"),
    headers=AUTO,
)

# HR coordinator reply in a thread: forwarded to the HM who is travelling.
ack(
    "027",
    PERSON,
    "Re: Application for {role}",
    """
Hi {first},

Thanks for sending this over. I've forwarded your CV and portfolio to {hm}, who is running the search for the {role} position. {hmfirst} is travelling for most of this week, so realistically you should hear from one of us early next week.

If anything changes on your side in the meantime, just let me know.

Kind regards,
{contact}
HR Coordinator
{company}
""",
    region=("uk", "us", "eu", "za", "sg"),
    contact="contact",
)

# Duplicate-application notice: original application remains under review.
ack(
    "028",
    "{company} Careers <no-reply@{domain}>",
    "You've already applied for {role}",
    """
Hi {first},

We noticed you've submitted a second application for {role}. There's no need to apply again - your original application from {applied} is still active and under review with the recruiting team.

If you'd like to update your CV, you can do so from your candidate account and the team will see the latest version.

Thanks,
{company} Careers
""",
    region=("us", "uk", "au", "in", "ca"),
    headers=AUTO,
)

# Pinpoint ack that promises an answer either way.
ack(
    "029",
    PINPOINT,
    "Application received: {role}",
    """
Hi {first},

Thank you for applying for {role} at {company}.

You'll hear from us either way - we don't ghost candidates. We aim to reply to everyone within 10 working days of the closing date ({closing}).

If you need any adjustments at any stage of the process, for example extra time or a different interview format, reply to this email and let us know.

{company} Recruitment Team
""",
    region=("uk", "ie", "eu", "au"),
    headers=AUTO,
)

# Apology for delay: "unfortunately" but no decision yet.
ack(
    "030",
    PERSON,
    "{role} - sorry for the wait",
    """
Dear {first},

I wanted to drop you a line about your application for the {role} position, as it's been a few weeks since you applied.

Unfortunately our review has taken longer than planned - we had a large volume of applications and two members of the panel have been off sick. Your application hasn't been forgotten and no decisions have been made yet.

We now expect to complete shortlisting by {later_wd}, and I'll write to you as soon as we have.

Apologies again for the delay, and thank you for bearing with us.

Kind regards,
{contact}
Recruitment Officer, {company}
""",
    region=("uk", "ca", "za", "nz", "au"),
    pool="council",
    roles="council",
    contact="contact",
)

# Temp/staffing agency: quick call to check right to work; "unfortunately" clause.
ack(
    "031",
    "{agency} <noreply@{agency_domain}>",
    "We've got your application - {role}",
    """
Hi {first},

Thanks for applying for {role} in {city} via our website.

Next step: a member of our local branch team will give you a quick call to check your availability, pay expectations and right to work. Please keep your phone handy over the next few days and check your voicemail.

If you don't hear from us within 5 working days, unfortunately this means you haven't been selected for this particular assignment - but we'll keep your details on our system and contact you about similar roles.

Thanks,
{agency} Recruitment
""",
    region=("uk", "au", "ca", "us", "nz"),
    pool="hospo",
    roles="hospo",
    headers=AUTO,
    no_company=True,
)


# Indian public-sector style online application: registration number, written test as a future step.
ack(
    "032",
    "{company} Recruitment Cell <recruitment@{domain}>",
    "Online Application Submitted Successfully - Registration No. {regno}",
    """
Dear {full},

Your online application for the post of {role} (Advt. No. {advt}) has been submitted successfully.

Registration No.: {regno}
Date of Submission: {today_num}
Application Fee: Exempted / Paid

Please take a printout of the submitted application form and keep it for future reference. Do not send the hard copy of the application to the Institute.

Eligible candidates will be called for a written test / interview. The schedule and call letters will be made available on the website; no separate communication will be sent by post. Candidates are advised to check the website regularly.

Recruitment Cell
{company}

This is a system generated email. Please do not reply.
""",
    region="in",
    pool="uni",
    roles="uni",
    headers=AUTO,
    n=2,
    extra={
        "regno": lambda s, r: f"{s['year']}{r.randint(10, 99)}{r.randint(100000, 999999)}",
        "advt": lambda s, r: f"{r.randint(1, 12):02d}/{s['year']}",
    },
)

if __name__ == "__main__":
    sys.exit(main())
