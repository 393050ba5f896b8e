#!/usr/bin/env python3
"""Generate the labelled corpus slice for interview invitations, assessments and offers.

Every family below is one hand-written message with slots; the script expands each into 2-3 variants
with different companies, people, roles and dates so the classifier sees the wording, not the names.
Variants share a family id so train/dev/test can be split by family (no near-duplicate leaks across).
Dates, times and time zones are computed, not typed, so the `interview_start` annotations are exact.

Run:  python tools/corpus/positive_invites.py        (standard library only, deterministic)
"""

from __future__ import annotations

import random
import string
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
from corpuslib import ALNUM, LOW, ascii_alnum, ordinal, rand_chars

T = TypeVar("T")

SEED = 20260302
OUT = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "followup"
    / "classifiers"
    / "corpus"
    / "invites_assessments_offers.jsonl"
)

# Minimums from the brief: (families, messages) per label.
TARGETS = {"interview_invitation": (70, 170), "assessment": (40, 100), "offer": (40, 100)}
PREFIX = {"inv": "interview_invitation", "asm": "assessment", "off": "offer"}

# ---------------------------------------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    tz: str
    addresses: tuple[str, ...]
    city: str


def _c(name: str, domain: str, tz: str, city: str, *addresses: str) -> Company:
    return Company(name, domain, tz, addresses, city)


COMPANIES: dict[str, list[Company]] = {
    "us": [
        _c(
            "Northwind Analytics",
            "northwindanalytics.com",
            "America/New_York",
            "New York",
            "1450 Broadway, 12th Floor, New York, NY 10018",
        ),
        _c(
            "Brightline Health",
            "brightlinehealth.com",
            "America/Chicago",
            "Chicago",
            "200 S Wacker Dr, Suite 1800, Chicago, IL 60606",
        ),
        _c(
            "Kestrel Robotics",
            "kestrelrobotics.com",
            "America/Los_Angeles",
            "San Jose",
            "2860 Zanker Road, San Jose, CA 95134",
        ),
        _c(
            "Harbor & Pine Financial",
            "harborpine.com",
            "America/New_York",
            "Boston",
            "98 Seaport Blvd, 6th Floor, Boston, MA 02210",
        ),
        _c(
            "Lumen Freight",
            "lumenfreight.com",
            "America/Chicago",
            "Austin",
            "1100 Congress Ave, Austin, TX 78701",
        ),
        _c(
            "Quillstone Software",
            "quillstone.io",
            "America/Los_Angeles",
            "San Francisco",
            "500 Howard Street, Suite 300, San Francisco, CA 94105",
        ),
        _c(
            "Ridgeway Insurance Group",
            "ridgewayins.com",
            "America/Denver",
            "Denver",
            "1670 Broadway, Suite 2400, Denver, CO 80202",
        ),
        _c(
            "Cobalt Ledger",
            "cobaltledger.com",
            "America/New_York",
            "New York",
            "85 Broad Street, 17th Floor, New York, NY 10004",
        ),
        _c(
            "Fernhill Labs",
            "fernhilllabs.com",
            "America/Los_Angeles",
            "Seattle",
            "1201 3rd Ave, Suite 900, Seattle, WA 98101",
        ),
        _c(
            "Tandem Bio",
            "tandembio.com",
            "America/New_York",
            "Cambridge",
            "300 Technology Square, Cambridge, MA 02139",
        ),
        _c(
            "Summit Outdoor Co.",
            "summitoutdoor.com",
            "America/Denver",
            "Boulder",
            "2555 Walnut St, Boulder, CO 80302",
        ),
        _c(
            "Vantage Point Media",
            "vantagepointmedia.com",
            "America/Chicago",
            "Minneapolis",
            "80 S 8th St, Minneapolis, MN 55402",
        ),
        _c(
            "Greenleaf Payroll",
            "greenleafpayroll.com",
            "America/New_York",
            "Atlanta",
            "1230 Peachtree St NE, Atlanta, GA 30309",
        ),
    ],
    "uk": [
        _c(
            "Harcourt & Lowe",
            "harcourtlowe.co.uk",
            "Europe/London",
            "London",
            "2nd Floor, 10 Queen Street Place, London EC4R 1BE",
        ),
        _c(
            "Bramble Energy Services",
            "brambleenergy.co.uk",
            "Europe/London",
            "Leeds",
            "Wellington Place, 4 Whitehall Road, Leeds LS1 4AW",
        ),
        _c(
            "Thistle Bank",
            "thistlebank.co.uk",
            "Europe/London",
            "Edinburgh",
            "3 Lochside Avenue, Edinburgh EH12 9DJ",
        ),
        _c(
            "Monarch Digital",
            "monarchdigital.co.uk",
            "Europe/London",
            "Manchester",
            "Unit 4, Sovereign Court, 8 Spring Gardens, Manchester M2 1FB",
        ),
        _c(
            "Wexford Lane Property",
            "wexfordlane.co.uk",
            "Europe/London",
            "Bristol",
            "Floor 3, 1 Temple Quay, Bristol BS1 6DZ",
        ),
        _c(
            "Copperfield Health",
            "copperfieldhealth.co.uk",
            "Europe/London",
            "Birmingham",
            "Cornwall Court, 19 Cornwall Street, Birmingham B3 2DT",
        ),
        _c(
            "Pennine Logistics Ltd",
            "penninelogistics.co.uk",
            "Europe/London",
            "Sheffield",
            "Unit 7, Meadowhall Business Park, Sheffield S9 1EP",
        ),
    ],
    "in": [
        _c(
            "Trivikram Infotech Pvt. Ltd.",
            "trivikraminfotech.com",
            "Asia/Kolkata",
            "Bengaluru",
            "Prestige Tech Park, Marathahalli-Sarjapur Outer Ring Road, Bengaluru 560103",
        ),
        _c(
            "Saanvi Technologies",
            "saanvitech.in",
            "Asia/Kolkata",
            "Hyderabad",
            "Plot No. 12, Cyber Towers, HITEC City, Hyderabad 500081",
        ),
        _c(
            "Navrang Financial Services",
            "navrangfin.com",
            "Asia/Kolkata",
            "Mumbai",
            "7th Floor, Kohinoor Square, Dadar West, Mumbai 400028",
        ),
        _c(
            "Kaveri Software Solutions",
            "kaverisoft.com",
            "Asia/Kolkata",
            "Chennai",
            "Ground Floor, Olympia Tech Park, Guindy, Chennai 600032",
        ),
        _c(
            "Indus Ridge Analytics",
            "indusridge.in",
            "Asia/Kolkata",
            "Gurugram",
            "Tower B, 5th Floor, DLF Cyber City, Gurugram 122002",
        ),
        _c(
            "Meghdoot Logistics",
            "meghdootlogistics.com",
            "Asia/Kolkata",
            "Pune",
            "Office 402, Panchshil Tech Park, Yerwada, Pune 411006",
        ),
        _c("Zenqube Systems", "zenqube.io", "Asia/Kolkata", "Noida", "A-42, Sector 62, Noida 201301"),
    ],
    "au": [
        _c(
            "Bluegum Logistics",
            "bluegum.com.au",
            "Australia/Sydney",
            "Sydney",
            "Level 7, 80 Pacific Highway, North Sydney NSW 2060",
        ),
        _c(
            "Wattle & Co",
            "wattleco.com.au",
            "Australia/Melbourne",
            "Melbourne",
            "Level 12, 120 Collins Street, Melbourne VIC 3000",
        ),
        _c(
            "Southern Cross Health",
            "sxhealth.com.au",
            "Australia/Brisbane",
            "Brisbane",
            "Level 4, 310 Ann Street, Brisbane City QLD 4000",
        ),
        _c(
            "Coral Bay Software",
            "coralbay.io",
            "Australia/Sydney",
            "Sydney",
            "Suite 2.01, 55 Harrington Street, The Rocks NSW 2000",
        ),
        _c(
            "Ironbark Mining Services",
            "ironbarkms.com.au",
            "Australia/Melbourne",
            "Melbourne",
            "Level 3, 990 Whitehorse Road, Box Hill VIC 3128",
        ),
    ],
    "eu": [
        _c("Fernwerk GmbH", "fernwerk.de", "Europe/Berlin", "Berlin", "Rosenthaler Straße 40, 10178 Berlin"),
        _c(
            "Lindqvist Systems AB",
            "lindqvist.se",
            "Europe/Stockholm",
            "Stockholm",
            "Sveavägen 44, 111 34 Stockholm",
        ),
        _c("Voltaire Data", "voltairedata.fr", "Europe/Paris", "Paris", "12 rue de la Paix, 75002 Paris"),
        _c(
            "Grachtenhuis Labs",
            "grachtenhuis.nl",
            "Europe/Amsterdam",
            "Amsterdam",
            "Keizersgracht 520, 1017 EK Amsterdam",
        ),
        _c(
            "Solaria Movilidad",
            "solariamovilidad.es",
            "Europe/Madrid",
            "Madrid",
            "Calle de Alcalá 95, 28009 Madrid",
        ),
        _c(
            "Kraanberg Mobility",
            "kraanberg.com",
            "Europe/Amsterdam",
            "Rotterdam",
            "Wilhelminakade 91, 3072 AP Rotterdam",
        ),
        _c("Helix Pay", "helixpay.eu", "Europe/Berlin", "Munich", "Leopoldstraße 28, 80802 München"),
    ],
    "ca": [
        _c(
            "Maplewood Digital",
            "maplewooddigital.ca",
            "America/Toronto",
            "Toronto",
            "100 King St W, Suite 5600, Toronto, ON M5X 1C9",
        ),
        _c(
            "Tidewater Credit Union",
            "tidewatercu.ca",
            "America/Vancouver",
            "Vancouver",
            "1055 W Georgia St, Vancouver, BC V6E 3P3",
        ),
        _c(
            "Boreal Games",
            "borealgames.ca",
            "America/Toronto",
            "Montreal",
            "5605 Avenue de Gaspé, Montréal, QC H2T 2A4",
        ),
    ],
    "sg": [
        _c(
            "Lion City Payments",
            "lioncitypay.sg",
            "Asia/Singapore",
            "Singapore",
            "1 Raffles Place, #20-61, Singapore 048616",
        ),
        _c(
            "Merlion Health",
            "merlionhealth.com.sg",
            "Asia/Singapore",
            "Singapore",
            "38 Beach Road, #29-11 South Beach Tower, Singapore 189767",
        ),
    ],
}

# Sector pools for families whose wording only fits one kind of employer (store, hospital).
COMPANIES["hourly_us"] = [
    _c(
        "Juniper & Rye Coffee",
        "juniperrye.com",
        "America/New_York",
        "Brooklyn",
        "214 Bedford Ave, Brooklyn, NY 11249",
    ),
    _c(
        "Canyon Thread Outfitters",
        "canyonthread.com",
        "America/Denver",
        "Denver",
        "1550 Larimer St, Denver, CO 80202",
    ),
    _c(
        "Bayside Grocers",
        "baysidegrocers.com",
        "America/Los_Angeles",
        "Oakland",
        "3250 Lakeshore Ave, Oakland, CA 94610",
    ),
    _c(
        "Prairie Home Goods",
        "prairiehomegoods.com",
        "America/Chicago",
        "Naperville",
        "1835 W Jefferson Ave, Naperville, IL 60540",
    ),
    _c(
        "Tri-County Fulfillment",
        "tricountyfulfillment.com",
        "America/New_York",
        "Allentown",
        "7405 Industrial Blvd, Allentown, PA 18106",
    ),
]
COMPANIES["health_us"] = [
    _c(
        "St. Brigid Medical Center",
        "stbrigidmc.org",
        "America/Chicago",
        "Milwaukee",
        "2900 W Oklahoma Ave, Milwaukee, WI 53215",
    ),
    _c(
        "Mercy Valley Hospital",
        "mercyvalley.org",
        "America/Denver",
        "Colorado Springs",
        "1400 E Boulder St, Colorado Springs, CO 80909",
    ),
    _c(
        "Lakeshore Regional Health",
        "lakeshoreregional.org",
        "America/New_York",
        "Rochester",
        "1425 Portland Ave, Rochester, NY 14621",
    ),
    _c(
        "Pacific Crest Medical Center",
        "pacificcrestmed.org",
        "America/Los_Angeles",
        "Sacramento",
        "2315 Stockton Blvd, Sacramento, CA 95817",
    ),
]
REGION_OF = {"hourly_us": "us", "health_us": "us"}  # people, agencies and pay follow the country

AGENCIES: dict[str, list[tuple[str, str]]] = {
    "us": [
        ("Talentbridge Partners", "talentbridgepartners.com"),
        ("Apex Staffing Solutions", "apexstaffing.com"),
        ("Keystone Tech Recruiting", "keystonetechrecruiting.com"),
    ],
    "uk": [
        ("Meridian Search", "meridiansearch.co.uk"),
        ("Oakfield Recruitment", "oakfieldrecruitment.co.uk"),
        ("Blackfriars Talent", "blackfriarstalent.com"),
    ],
    "in": [
        ("PeopleFirst Consulting", "peoplefirstconsulting.in"),
        ("Sristhi HR Services", "sristhihr.com"),
        ("TalentNest India", "talentnest.co.in"),
    ],
    "au": [("Crestline Recruitment", "crestline.com.au"), ("Harbourside People", "harbourside.com.au")],
    "eu": [("Nordlicht Talent", "nordlicht-talent.de"), ("Polder Recruitment", "polderrecruitment.nl")],
    "ca": [("Northstar Staffing", "northstarstaffing.ca")],
    "sg": [("Straits Talent Partners", "straitstalent.sg")],
}

ROLES = {
    "tech": [
        "Data Analyst",
        "Senior Data Analyst",
        "Backend Engineer",
        "Software Engineer II",
        "Frontend Developer (React)",
        "Site Reliability Engineer",
        "Machine Learning Engineer",
        "QA Automation Engineer",
        "Data Engineer",
        "DevOps Engineer",
        "Java Developer",
        "Full Stack Developer",
        "Android Developer",
        "Cloud Security Engineer",
        "Business Intelligence Developer",
        "Staff Software Engineer, Payments",
        "Platform Engineer",
        "iOS Engineer",
        "Python Developer",
        "Senior Product Manager",
        "Analytics Engineer",
    ],
    "biz": [
        "Marketing Coordinator",
        "Account Executive",
        "Financial Analyst",
        "Customer Success Manager",
        "HR Generalist",
        "Operations Associate",
        "Business Development Representative",
        "Supply Chain Analyst",
        "Staff Accountant",
        "Content Writer",
        "Project Coordinator",
        "Paralegal",
        "Mechanical Design Engineer",
        "Sales Development Representative",
        "Executive Assistant",
        "Graduate Management Trainee",
        "Product Designer",
        "UX Researcher",
        "Payroll Specialist",
        "Procurement Officer",
    ],
}
ROLES["any"] = ROLES["tech"] + ROLES["biz"]

PEOPLE: dict[str, tuple[list[str], list[str]]] = {
    "us": (
        [
            "Jessica",
            "Michael",
            "Ashley",
            "Brandon",
            "Tanya",
            "Marcus",
            "Kelsey",
            "Daniel",
            "Rachel",
            "Carlos",
            "Megan",
            "Jordan",
            "Lauren",
            "Kevin",
            "Alicia",
            "Tyler",
            "Denise",
            "Andre",
        ],
        [
            "Thompson",
            "Nguyen",
            "Rodriguez",
            "Patel",
            "Miller",
            "Okafor",
            "Kim",
            "Brooks",
            "Sullivan",
            "Garcia",
            "Chen",
            "Hernandez",
            "Walsh",
            "Bennett",
            "Washington",
            "Kowalczyk",
        ],
    ),
    "uk": (
        [
            "Charlotte",
            "Oliver",
            "Harriet",
            "James",
            "Siobhan",
            "Rhys",
            "Amelia",
            "Callum",
            "Fiona",
            "Tom",
            "Niamh",
            "Imogen",
            "Sunita",
            "Gareth",
        ],
        [
            "Hughes",
            "Fletcher",
            "Ahmed",
            "Davies",
            "McLeod",
            "Clarke",
            "Kaur",
            "Evans",
            "Whitfield",
            "Brennan",
            "Okoro",
            "Pritchard",
        ],
    ),
    "in": (
        [
            "Priya",
            "Rahul",
            "Sneha",
            "Arjun",
            "Divya",
            "Karthik",
            "Pooja",
            "Vikram",
            "Ananya",
            "Suresh",
            "Lakshmi",
            "Nikhil",
            "Meenakshi",
            "Harpreet",
            "Swati",
            "Farhan",
        ],
        [
            "Sharma",
            "Iyer",
            "Reddy",
            "Nair",
            "Gupta",
            "Menon",
            "Kulkarni",
            "Bhattacharya",
            "Singh",
            "Rao",
            "Deshpande",
            "Chatterjee",
            "Qureshi",
            "Pillai",
        ],
    ),
    "au": (
        ["Lachlan", "Chloe", "Mitchell", "Sienna", "Bronwyn", "Josh", "Tahlia", "Hamish", "Mei", "Priyanka"],
        ["O'Brien", "Nguyen", "Campbell", "Fraser", "Kovac", "Russo", "Wilson", "Tran", "MacKenzie"],
    ),
    "eu": (
        [
            "Jonas",
            "Lea",
            "Matthias",
            "Sophie",
            "Lars",
            "Ingrid",
            "Julien",
            "Camille",
            "Sanne",
            "Pieter",
            "Lucía",
            "Javier",
            "Katarzyna",
            "Emre",
        ],
        [
            "Becker",
            "Schmidt",
            "Lindgren",
            "Dubois",
            "de Vries",
            "Jansen",
            "Moreau",
            "Fernández",
            "Nowak",
            "Hoffmann",
            "Andersson",
            "Bakker",
            "Yılmaz",
        ],
    ),
    "ca": (
        ["Émilie", "Connor", "Gurpreet", "Jasmine", "Mathieu", "Avery", "Nadia"],
        ["Tremblay", "Gagnon", "Sandhu", "MacDonald", "Leblanc", "Wong", "Roy"],
    ),
    "sg": (
        ["Wei Ling", "Jun Jie", "Nurul", "Siti", "Darren", "Kai Xin", "Ravi"],
        ["Tan", "Lim", "Ng", "Rahman", "Goh", "Koh", "Chandran"],
    ),
}

CAND_FIRST = [
    "Sam",
    "Priya",
    "Wei",
    "Olumide",
    "María",
    "Jonas",
    "Aisha",
    "Tomasz",
    "Hiroshi",
    "Fatima",
    "Liam",
    "Ngozi",
    "Arjun",
    "Chloé",
    "Dmitri",
    "Siobhan",
    "Kwame",
    "Mei",
    "Rahul",
    "Emma",
    "Ahmed",
    "Sofia",
    "Lucas",
    "Ananya",
    "Thabo",
    "Yuki",
    "Oksana",
    "Mateo",
    "Zainab",
    "Ethan",
    "Alex",
    "Jordan",
    "Nikhil",
    "Bogdan",
    "Ifeoma",
    "Hannah",
]
CAND_LAST = [
    "Okonkwo",
    "Lindström",
    "García",
    "Kowalski",
    "Tanaka",
    "Haddad",
    "Murphy",
    "Zhang",
    "Mensah",
    "Ivanova",
    "Fernandes",
    "Rossi",
    "Khan",
    "Walker",
    "Adeyemi",
    "Novak",
    "Sato",
    "Pillai",
    "Moreno",
    "Osei",
    "Brennan",
    "Varga",
]

# Short, human names for zones as people write them; tzname() gives the precise abbreviation.
TZ_LONG = {
    "America/New_York": ("Eastern Time", "ET"),
    "America/Toronto": ("Eastern Time", "ET"),
    "America/Chicago": ("Central Time", "CT"),
    "America/Denver": ("Mountain Time", "MT"),
    "America/Los_Angeles": ("Pacific Time", "PT"),
    "America/Vancouver": ("Pacific Time", "PT"),
    "Europe/London": ("UK time", "UK time"),
    "Europe/Berlin": ("German time", "CET"),
    "Europe/Paris": ("Paris time", "CET"),
    "Europe/Amsterdam": ("Amsterdam time", "CET"),
    "Europe/Madrid": ("Madrid time", "CET"),
    "Europe/Stockholm": ("Stockholm time", "CET"),
    "Asia/Kolkata": ("India Standard Time", "IST"),
    "Asia/Singapore": ("Singapore time", "SGT"),
    "Australia/Sydney": ("Sydney time", "AEST"),
    "Australia/Melbourne": ("Melbourne time", "AEST"),
    "Australia/Brisbane": ("Brisbane time", "AEST"),
}

SALARY = {
    "us": lambda r: f"${r.randrange(78, 190) * 1000:,}",
    "ca": lambda r: f"CAD {r.randrange(72, 150) * 1000:,}",
    "uk": lambda r: f"£{r.randrange(32, 95) * 500 * 2:,}",
    "eu": lambda r: f"€{r.randrange(48, 110) * 1000:,}",
    "au": lambda r: f"AUD {r.randrange(85, 170) * 1000:,}",
    "sg": lambda r: f"SGD {r.randrange(55, 140) * 100:,}",
    "in": lambda r: _inr(r.randrange(6, 42) * 50000),
}


def _inr(amount: int) -> str:
    """Indian digit grouping (18,50,000), which is how Indian offer letters write CTC."""
    s = str(amount)
    head, tail = s[:-3], s[-3:]
    parts: list[str] = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return "₹" + ",".join([*parts, tail]) if parts else "₹" + tail


# ---------------------------------------------------------------------------------------------------------
# Family model
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Family:
    kind: str  # inv / asm / off
    region: str  # key of COMPANIES; "any" picks one per variant
    sender: str
    subject: str
    text: str
    ents: str = ""  # space-separated: co role contact start link loc tnl
    when: str = "none"  # none / abs / tomorrow / next / this / today
    link: str | None = None  # zoom / meet / teams / webex / none
    ics: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    pools: dict[str, list[str]] = field(default_factory=dict)
    roles: str = "any"
    itz: str | None = None  # interview zone when it differs from the sender's
    dur: int = 30
    hours: tuple[int, ...] = (9, 10, 11, 13, 14, 15, 16)
    mins: tuple[int, ...] = (0, 0, 0, 30)
    idays: tuple[int, ...] = (0, 1, 2, 3, 4)
    contact: str = "rname"
    n: int = 3
    fid: str = ""


FAMILIES: list[Family] = []

# Product rule: a confirmation or reminder of an interview slot that is already booked needs no reply, so
# it is `other` (like the calendar notifications in other.jsonl); only mail that proposes a slot or asks
# the candidate to pick or confirm one is an interview_invitation. These families were written as
# invitations and are relabelled here so their ids (and every other family's slots) stay stable.
BOOKED = {
    "inv-015",  # "Interview confirmation ... has been scheduled", nothing asked of the candidate
    "inv-026",  # Workday "Interview Scheduled", system mail, do not reply
    "inv-041",  # "Interview Reminder - Tomorrow"
    "inv-047",  # "You're all set for ... Here are the Zoom details"
    "inv-053",  # agency: "Interview confirmed! Locked in for tomorrow"
    "inv-077",  # GoodTime "Confirmed: Your interview ..."
}


def label_of(fid: str) -> str:
    return "other" if fid in BOOKED else PREFIX[fid[:3]]


def F(kind: str, region: str, sender: str, subject: str, text: str, **kw: object) -> None:
    """Register one hand-written family; ids are assigned in writing order per label."""
    corpuslib.add_family(FAMILIES, Family(kind, region, sender, subject, text, **kw), kind)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------
# Slot computation
# ---------------------------------------------------------------------------------------------------------

START = date(2026, 1, 5)


def _tzabbr(dt: datetime) -> str:
    name = dt.tzname() or ""
    return {"+08": "SGT"}.get(name, name)


def _date_slots(prefix: str, dt: datetime) -> dict[str, str]:
    """Every way people write a date and a time, so templates can pick the regional habit."""
    h12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    mm = f":{dt.minute:02d}" if dt.minute else ""
    p = prefix
    return {
        f"{p}wd": dt.strftime("%A"),
        f"{p}wd3": dt.strftime("%a"),
        f"{p}mon": dt.strftime("%B"),
        f"{p}dd": str(dt.day),
        f"{p}ddo": ordinal(dt.day),
        f"{p}dus": f"{dt.strftime('%B')} {dt.day}",
        f"{p}dusy": f"{dt.strftime('%B')} {dt.day}, {dt.year}",
        f"{p}dus3": f"{dt.strftime('%b')} {dt.day}",
        f"{p}duk": f"{dt.day} {dt.strftime('%B')}",
        f"{p}duky": f"{dt.day} {dt.strftime('%B')} {dt.year}",
        f"{p}duk3": f"{dt.day} {dt.strftime('%b')}",
        f"{p}dnus": f"{dt.month}/{dt.day}",
        f"{p}dnusy": f"{dt.month}/{dt.day}/{dt.year}",
        f"{p}dneu": f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
        f"{p}dnde": f"{dt.day:02d}.{dt.month:02d}.{dt.year}",
        f"{p}diso": dt.strftime("%Y-%m-%d"),
        f"{p}dint": f"{dt.day:02d}-{dt.strftime('%b')}-{dt.year}",
        f"{p}t12": f"{h12}:{dt.minute:02d} {ampm}",
        f"{p}t12s": f"{h12}{mm}{ampm.lower()}",
        f"{p}t12d": f"{h12}{'.' + format(dt.minute, '02d') if dt.minute else ''}{ampm.lower()}",
        f"{p}t12p": f"{h12}{mm} {'a.m.' if dt.hour < 12 else 'p.m.'}",
        f"{p}t24": f"{dt.hour:02d}:{dt.minute:02d}",
        f"{p}t24h": f"{dt.hour}h{dt.minute:02d}",
        f"{p}tz": _tzabbr(dt),
    }


def _next_weekday(d: date, allowed: tuple[int, ...]) -> date:
    while d.weekday() not in allowed:
        d += timedelta(days=1)
    return d


def _interview_day(rng: random.Random, fam: Family, send: datetime) -> date:
    sd = send.date()
    if fam.when == "tomorrow":
        return sd + timedelta(days=1)
    if fam.when == "today":
        return sd
    if fam.when == "soon":  # within six days, so a bare weekday name ("Mon 3pm") names exactly one date
        return rng.choice(
            [sd + timedelta(days=k) for k in range(1, 7) if (sd + timedelta(days=k)).weekday() in fam.idays]
        )
    if fam.when == "next":  # sent Thu/Fri, "next Tuesday" is then unambiguous: the coming one
        target = rng.choice([0, 1, 2])
        return sd + timedelta(days=7 - sd.weekday() + target)
    if fam.when == "this":  # sent Mon/Tue about a day later that same week
        target = rng.randint(sd.weekday() + 2, 4)
        return sd + timedelta(days=target - sd.weekday())
    return _next_weekday(sd + timedelta(days=rng.randint(2, 9)), fam.idays)


def _send_time(rng: random.Random, fam: Family, tz: str) -> datetime:
    days = {"tomorrow": (0, 1, 2, 3), "next": (3, 4), "this": (0, 1)}.get(fam.when, (0, 1, 2, 3, 4))
    if fam.kind == "asm" and fam.region != "in" and rng.random() < 0.15:
        days = (0, 1, 2, 3, 4, 5, 6)  # ATS mail goes out at weekends too
    if fam.when == "soon" and len(fam.idays) == 1:  # "Thursday" written on a Thursday would be ambiguous
        days = tuple(d for d in days if d not in fam.idays)
    d = START + timedelta(days=rng.randrange(0, 165))
    while d.weekday() not in days:  # redraw rather than roll forward, which would pile sends onto Mondays
        d = START + timedelta(days=rng.randrange(0, 165))
    hour = rng.randint(7, 9) if fam.when == "today" else rng.randint(7, 18)
    return datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=ZoneInfo(tz))


def _meeting_link(rng: random.Random, kind: str | None, co: Company, rslug: str) -> str:
    cslug = co.domain.split(".")[0]
    if kind == "zoom":
        sub = rng.choice(["", "us02web.", "us06web.", f"{cslug}."])
        pwd = f"?pwd={rand_chars(rng, ALNUM, 32)}" if rng.random() < 0.6 else ""
        return f"https://{sub}zoom.us/j/{rng.randrange(81_000_000_000, 99_999_999_999)}{pwd}"
    if kind == "meet":
        return f"https://meet.google.com/{rand_chars(rng, LOW, 3)}-{rand_chars(rng, LOW, 4)}-{rand_chars(rng, LOW, 3)}"
    if kind == "teams":
        return (
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{rand_chars(rng, ALNUM, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{rand_chars(rng, string.hexdigits.lower(), 8)}"
            f"-{rand_chars(rng, string.hexdigits.lower(), 4)}%22%7d"
        )
    if kind == "webex":
        return f"https://{cslug}.webex.com/meet/{rslug}"
    return ""


def _variant_slots(rng: random.Random, fam: Family, idx: int, used: dict[str, set[str]]) -> dict[str, object]:
    """Pick fresh slot values for one variant, avoiding values earlier variants of the family used."""

    def fresh(key: str, options: Sequence[T]) -> T:
        seen = used.setdefault(key, set())
        choices = [o for o in options if str(o) not in seen] or options
        val = rng.choice(choices)
        seen.add(str(val))
        return val

    region = fam.region
    if region == "any":
        region = fresh("region", ["us", "us", "uk", "in", "au", "eu", "ca", "sg"])
    co = fresh("company", COMPANIES[region])
    region = REGION_OF.get(region, region)
    firsts, lasts = PEOPLE[region]
    rfirst = fresh("rfirst", firsts)
    rlast = fresh("rlast", lasts)
    hmfirst = fresh("hmfirst", [f for f in firsts if f != rfirst])
    hmlast = fresh("hmlast", [x for x in lasts if x != rlast])
    agency, adomain = fresh("agency", AGENCIES[region])
    first = fresh("first", CAND_FIRST)
    last = fresh("last", CAND_LAST)
    role = fresh("role", ROLES[fam.roles])
    tz = co.tz
    send = _send_time(rng, fam, tz)
    itz = ZoneInfo(fam.itz or tz)
    iday = _interview_day(rng, fam, send)
    hour = rng.choice([h for h in fam.hours if h >= 13]) if fam.when == "today" else rng.choice(fam.hours)
    istart = datetime(iday.year, iday.month, iday.day, hour, rng.choice(fam.mins), tzinfo=itz)
    iend = istart + timedelta(minutes=fam.dur)
    d2 = _next_weekday(iday + timedelta(days=1), fam.idays)
    h2 = rng.choice([h for h in fam.hours if h != hour] or list(fam.hours))
    i2 = datetime(d2.year, d2.month, d2.day, h2, rng.choice(fam.mins), tzinfo=itz)
    dl = datetime.combine(
        send.date() + timedelta(days=rng.choice([3, 4, 5, 7])), datetime.min.time(), tzinfo=send.tzinfo
    ).replace(hour=23, minute=59)
    sd_day = _next_weekday(send.date() + timedelta(days=rng.randint(14, 40)), (0,))
    sd = datetime(sd_day.year, sd_day.month, sd_day.day, 9, tzinfo=send.tzinfo)
    rb_day = _next_weekday(send.date() + timedelta(days=rng.randint(3, 6)), (0, 1, 2, 3, 4))
    rb = datetime(rb_day.year, rb_day.month, rb_day.day, 17, tzinfo=send.tzinfo)
    rslug = f"{ascii_alnum(rfirst)}.{ascii_alnum(rlast)}"
    cslug = co.domain.split(".")[0]
    long_tz, short_tz = TZ_LONG[str(itz)]
    slots: dict[str, object] = {
        "company": co.name,
        "domain": co.domain,
        "cslug": cslug,
        "city": co.city,
        "loc": rng.choice(co.addresses),
        "role": role,
        "first": first,
        "cand": f"{first} {last}",
        "last": last,
        "cemail": f"{ascii_alnum(first)}.{ascii_alnum(last)}@gmail.com",
        "rfirst": rfirst,
        "rlast": rlast,
        "rname": f"{rfirst} {rlast}",
        "rslug": rslug,
        "remail": f"{rslug}@{co.domain}",
        "rfirst_l": ascii_alnum(rfirst),
        "hmfirst": hmfirst,
        "hm": f"{hmfirst} {hmlast}",
        "hmemail": f"{ascii_alnum(hmfirst)}.{ascii_alnum(hmlast)}@{co.domain}",
        "agency": agency,
        "adomain": adomain,
        "aemail": f"{rslug}@{adomain}",
        "tzl": long_tz,
        "tzs": short_tz,
        "dur": str(fam.dur),
        "link": _meeting_link(rng, fam.link, co, rslug),
        "salary": SALARY[region](rng),
        "bonus": str(rng.choice([5, 8, 10, 12, 15, 20])),
        "ref": f"{rng.randrange(100000, 999999)}",
        "reqid": f"R{rng.randrange(10000, 99999)}",
        "tok": rand_chars(rng, ALNUM, 22),
        "tok2": rand_chars(rng, LOW + string.digits, 10),
        "hexid": rand_chars(rng, "0123456789abcdef", 24),
        "year": str(send.year),
        "_send": send,
        "_istart": istart,
        "_iend": iend,
        "_region": region,
    }
    slots.update(_date_slots("", istart))
    slots.update({f"e{k}": v for k, v in _date_slots("", iend).items() if k.startswith("t")})
    slots.update(_date_slots("i2_", i2))
    slots.update(_date_slots("dl_", dl))
    slots.update(_date_slots("sd_", sd))
    slots.update(_date_slots("rb_", rb))
    slots.update(_date_slots("s_", send))
    for key, options in fam.pools.items():
        slots[key] = fresh(f"pool:{key}", options)
    # Pools may themselves contain slots (e.g. a pooled sign-off naming the recruiter).
    for key in fam.pools:
        slots[key] = str(slots[key]).format_map(slots)
    return slots


def _fill(template: str, slots: dict[str, object]) -> str:
    return template.format_map(slots)


def expand(fam: Family, rng: random.Random) -> list[corpuslib.Record]:
    """All variants of one family as corpus records."""
    used: dict[str, set[str]] = {}
    records = []
    for i in range(fam.n):
        s = _variant_slots(rng, fam, i, used)
        text = _fill(fam.text, s).strip("\n") + "\n"
        subject = _fill(fam.subject, s)
        sender = _fill(fam.sender, s)
        ents: dict[str, str] = {}
        tokens = fam.ents.split() if label_of(fam.fid) != "other" else []  # `other` carries no entities
        if "co" in tokens:
            ents["company"] = str(s["company"])
        if "role" in tokens:
            ents["role"] = str(s["role"])
        if "contact" in tokens:
            ents["contact"] = str(s[fam.contact])
        if "start" in tokens:
            ents["interview_start"] = s["_istart"].isoformat()  # type: ignore[attr-defined]
        if "link" in tokens:
            ents["meeting_link"] = str(s["link"])
        if "loc" in tokens:
            ents["location"] = str(s["loc"])
        ics = None
        if fam.ics:
            ics = {
                "start": s["_istart"].isoformat(),  # type: ignore[attr-defined]
                "end": s["_iend"].isoformat(),  # type: ignore[attr-defined]
                **{k: _fill(v, s) for k, v in fam.ics.items()},
            }
        records.append(
            corpuslib.record(
                fam.fid,
                i,
                label_of(fam.fid),
                None,
                sender,
                subject,
                text,
                s["_send"].isoformat(),  # type: ignore[attr-defined]
                {k: _fill(v, s) for k, v in fam.headers.items()},
                ics,
                ents,
            )
        )
    return records


# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------
# ---- interview invitations --------------------------------------------------------------------------------

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "{company} - {role} phone screen",
    """Hi {first},

Thanks for applying to the {role} role at {company}. I'd love to set up a 30 minute phone screen to learn more about your background and walk you through the team.

Would {wd}, {dus} at {t12s} {tz} work for you? If not, just send me a couple of windows that do and I'll make it happen.

Best,
{rfirst}

{rname}
Technical Recruiter | {company}
""",
    ents="co role contact start",
    when="abs",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Quick call?",
    """Hey {first} - are you free for a quick call {wd3} {t12s}? Want to chat about the {role} opening.

{rfirst}
Sent from my iPhone
""",
    ents="role contact start",
    when="soon",
    hours=(10, 11, 14, 15, 16),
    mins=(0,),
)

F(
    "inv",
    "any",
    "{company} Recruiting <no-reply@us.greenhouse-mail.io>",
    "Schedule your interview with {company}",
    """Hi {first},

Thank you for your interest in {company}! We would like to invite you to the next step in our process: a 45-minute video interview with a member of our {role} hiring team.

Please use the link below to select a time that works best for you. Available times are shown in your local time zone.

Select a time: https://app.greenhouse.io/scheduling/candidate/{tok}

If none of the available times work, reply to this email and we will do our best to find an alternative.

Best regards,
{rname}
{company} Talent Acquisition

Powered by Greenhouse
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Interview - {role}",
    """Dear {first},

Thank you for your application for the position of {role} with {company}. I am pleased to let you know that the panel would like to invite you to interview.

Date: {wd} {duky}
Time: {t12d}
Venue: {loc}
Duration: approximately one hour

The interview will be with {hm} (Head of Department) and myself, and will be a mix of competency-based and technical questions. Please bring photographic ID for reception and, if you are not a UK national, evidence of your right to work.

Could you please confirm your attendance by return email? If you require any reasonable adjustments for the interview, do let me know and we will be happy to help.

Kind regards,

{rname}
HR Business Partner
{company}
{loc}

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. {company} is registered in England and Wales.
""",
    ents="co role contact start loc",
    when="abs",
    hours=(9, 10, 11, 14, 15),
    mins=(0, 30),
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Interview Schedule - {role} - {company}",
    """Dear {first},

Greetings from {company}!!

With reference to your profile shared with us, we are pleased to inform you that you have been shortlisted for the {role} position. Your first round of technical interview is scheduled as below:

Date : {ddo} {mon} {year} ({wd})
Time : {t12} IST
Mode : Virtual (MS Teams)
Link : {link}

Kindly confirm your availability for the above slot by replying to this mail. Also request you to share your updated resume, current CTC, expected CTC and notice period.

Please join the meeting 5 mins before the scheduled time and ensure good internet connectivity.

Thanks & Regards,
{rname}
Talent Acquisition Team
{company}
""",
    ents="co role contact start link",
    when="abs",
    link="teams",
    hours=(10, 11, 12, 14, 15, 16, 17),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Re: {role} application",
    """Hi {first},

Thanks for getting back to me so quickly. We'd like to set up a time to talk further with {hm}, who leads the team you'd be joining.

What does your availability look like over the next week? A 45 minute window is all we need. Happy to work around your current job, early mornings or late afternoons are fine.

Cheers,
{rname}
""",
    ents="role contact",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Next steps at {company}",
    """Hi {first},

Great news - the team really enjoyed speaking with you, and we'd like to move you forward to the final round!

The final round is a virtual onsite of four 45-minute conversations:
  1. Technical deep dive with {hm}
  2. System design
  3. Cross-functional partner chat
  4. Values interview with our VP

These are typically scheduled back to back in a single afternoon (with a break in the middle). Could you send me three or four half-day windows over the next two weeks that would work? Once I have those I'll coordinate with the interviewers and send calendar invites.

Let me know if you have any questions at all.

Talk soon,
{rname}
Senior Recruiter, {company}
""",
    ents="co contact",
    roles="tech",
)

F(
    "inv",
    "any",
    "{rname} via Calendly <notifications@calendly.com>",
    "Invitation: {role} intro call",
    """Hi {first},

{rfirst} from {company} has invited you to book a 30 minute meeting: {role} - intro call.

Pick a time that works for you:
https://calendly.com/{rslug}/30min

Once you book, you'll get a calendar invitation with the meeting details.

Don't want to receive these emails? Unsubscribe.
""",
    ents="co role contact",
    headers={"List-Unsubscribe": "<https://calendly.com/unsubscribe/{tok2}>"},
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Your application at {company}",
    """Hi {first},

thank you for your application as {role}! We were impressed by your profile and would like to get to know you in a first video call with me and {hm} from the team.

Would {wd}, {dnde} at {t24} ({tz}) suit you? The call will take about 45 minutes and we will use Google Meet:
{link}

If the time does not work, please suggest two or three alternatives.

Best regards / Viele Grüße
{rname}
People & Culture

{company} · {loc}
""",
    ents="co role contact start link",
    when="abs",
    link="meet",
    dur=45,
    hours=(9, 10, 11, 14, 15, 16),
)

F(
    "inv",
    "us",
    "{rname} <{aemail}>",
    "{role} role - {company} wants to meet you",
    """Hi {first},

Good news! I submitted your resume to {company} for the {role} position on Monday and the hiring manager wants to do a 30-min video screen.

They've proposed {wd} ({dnus}) at {t12s} {tzs}. Does that work? They'll send a Zoom link once you confirm.

Quick reminder: the rate we discussed is what I submitted, so if it comes up just refer back to me.

Thanks!
{rname}
Senior Technical Recruiter
{agency}
Direct: (312) 555-0148
""",
    ents="co role contact start",
    when="abs",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Coffee?",
    """{first},

{hm} passed along your name - said you two met at the meetup last month. We have a {role} opening on my team that I think could be a great fit.

No formal process yet, just want to grab a coffee and tell you a bit about what we're building. Any chance you're around next week? I'm near our {city} office most days.

{rfirst}
""",
    ents="role contact",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Tomorrow {t12s}",
    """Hi {first},

Confirming our call tomorrow at {t12s} {tz} to talk through the {role} position. I'll ring you on the number on your resume; if there's a better number, just reply with it.

Thanks,
{rname}
{company}
""",
    ents="co role contact start",
    when="tomorrow",
)

F(
    "inv",
    "uk",
    "{rname} <{aemail}>",
    "Interview arranged: {role}, {company}",
    """Hi {first},

Hope you're well. Great news - {company} would like to meet you for the {role} role!

I've pencilled in {wd} {ddo} {mon} at {t12d} at their {city} office ({loc}). You'll be meeting {hm}, the hiring manager, plus one of the senior team. Expect about an hour: half competency questions and half a chat about your experience.

Please can you confirm asap so I can lock it in? I'll send over some prep notes and the dress code (smart casual) once you do.

Give me a bell on 07700 900 412 if easier.

Cheers,
{rname}
Senior Consultant | {agency}

{agency} is acting as an employment agency in relation to this vacancy.
""",
    ents="co role contact start loc",
    when="abs",
    hours=(9, 10, 11, 14, 15, 16),
    mins=(0, 30),
)

F(
    "inv",
    "in",
    "{rname} <hr@{domain}>",
    "Walk-in Interview for {role} on {ddo} {mon}",
    """Dear Candidate,

Greetings from {company}!

We are conducting a Walk-in Drive for the position of {role}. Your profile has been shortlisted and you are invited to attend the same.

Date: {ddo} {mon} {year}, {wd}
Time: {t12} to 1:00 PM
Venue: {loc}
Contact Person: {rname}

Documents to carry:
- Updated resume (2 copies)
- 2 passport size photographs
- Government ID proof (Aadhaar / PAN)
- Last 3 months payslips

Kindly mention "Walk-in - {role}" at the reception. Please do not reply to this mail for queries, call on 080-4567-2210 between 10 AM and 6 PM.

Regards,
HR Team
{company}
""",
    ents="co role contact start loc",
    when="abs",
    idays=(5,),
    hours=(9, 10),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{company} <no-reply@hire.lever.co>",
    "{company} | Interview confirmation",
    """Hi {first},

Your interview for {role} at {company} has been scheduled.

When: {wd}, {dusy}, {t12} - {et12} {tz}
Where: Video call - {link}
Interviewers: {hm}, {rname}

A calendar invitation is attached. If you need to reschedule, please reply to this email and let us know at least 24 hours in advance.

We look forward to speaking with you!

The {company} Recruiting Team
""",
    ents="co role start link",
    when="abs",
    link="zoom",
    dur=60,
    ics={"summary": "Interview: {role} - {company}", "location": "{link}", "url": "{link}"},
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Rescheduling our chat",
    """Hi {first},

Apologies for the late notice, but {hm} got pulled into an offsite and can't make our {i2_wd} slot. Could we move to {wd} {dnus} at {t12s} {tzs} instead? Same Zoom link as before:

{link}

Sorry about the shuffle, and thanks for being flexible.

{rfirst}
{rname} | Recruiting Coordinator | {company}
""",
    ents="co contact start link",
    when="abs",
    link="zoom",
)

F(
    "inv",
    "au",
    "{rname} <{remail}>",
    "{role} opportunity - chat this week?",
    """G'day {first},

Thanks for your application for the {role} role at {company}. Your experience looks like a great match for what we're after.

Keen to have a quick chat on the phone to run through the role and hear a bit more about you. Would {wd} at {t12s} suit? Should take about 20 mins.

Cheers,
{rname}
Talent Partner
{company} | {city}
""",
    ents="co role contact start",
    when="this",
    dur=20,
    hours=(9, 10, 11, 13, 14, 15, 16),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Invitation: {role} Panel Interview @ {wd} {dus3} {t12s} - {et12s} ({tz}) ({cemail})",
    """You have been invited to the following event.

{role} Panel Interview
When: {wd} {dus3}, {year} {t12s} - {et12s} ({tz})
Joining info: Join with Google Meet
{link}
Join by phone: (US) +1 929-555-0176 PIN: 418 662 009#

Calendar: {cemail}
Who:
  {rname} - organizer
  {hm}
  {cemail}

Hi {first}, looking forward to it. The panel will be {hm} and two engineers from the team. Please have a notepad handy for a short whiteboard-style exercise.

Going (yes/no/maybe)? more options
Invitation from Google Calendar
""",
    ents="role contact start link",
    when="abs",
    link="meet",
    dur=60,
    roles="tech",
    ics={"summary": "{role} Panel Interview", "location": "{link}", "url": "{link}"},
)

F(
    "inv",
    "us",
    "Talent Acquisition <careers@{domain}>",
    "Action Required: Please schedule your interview",
    """Dear {first} {last},

Thank you for applying for Job Requisition {reqid} - {role}. After reviewing your application, we would like to schedule a virtual interview with you.

Please click the link below to view available times and schedule your interview. This link will expire in 5 business days.

https://{cslug}.goodtime.io/candidate/self-schedule/{tok}

If you have any issues accessing the scheduling link, please contact the Talent Acquisition team at careers@{domain}.

{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

Please do not reply to this message.
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Request for availability - {role}",
    """Hi {first},

Hope you are doing well.

This is {rfirst} from {company}. We have gone through your profile for {role} and would like to take it forward. Kindly share your availability for a telephonic discussion with our hiring manager tomorrow or day after, between 11 AM to 6 PM.

Also please share below details at the earliest:
Total Exp:
Relevant Exp:
Current CTC:
Expected CTC:
Notice Period:
Current Location:

Thanks and Regards
{rname}
HR - Talent Acquisition
M: +91 98450 17733
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Final round - {role}",
    """Hi {first},

Congratulations on making it through to the final round!

Your final interview is confirmed for {wd}, {dusy} from {t12} to {et12} ({tz}) at our office:

{loc}

When you arrive, please check in at the front desk and ask for me. You'll meet with {hm} and two members of the leadership team. Lunch is included, so let me know about any dietary requirements.

Please bring a government-issued photo ID for building security.

Best of luck, and see you soon!

{rname}
People Team, {company}
""",
    ents="co role contact start loc",
    when="abs",
    dur=180,
    hours=(9, 10, 13),
    mins=(0, 30),
    ics={"summary": "{company} final interview - {cand}", "location": "{loc}"},
)

F(
    "inv",
    "us",
    "{rfirst} <{rfirst_l}@{domain}>",
    "",
    """hi {first}, saw your portfolio. we're hiring a {role} at {company}. you free to hop on a call this week? my cal: https://cal.com/{rslug}/15

{rfirst}
cofounder, {company}
""",
    ents="co role contact",
    contact="rfirst",
    roles="tech",
    n=2,
)

F(
    "inv",
    "eu",
    "{company} Recruiting <jobs@{domain}>",
    "Invitation to the second interview - {role}",
    """Dear {first} {last},

Thank you again for the interesting conversation last week. We are happy to invite you to the second round of our selection process for the position {role}.

The second round takes place on site at our office in {city} and consists of a case presentation (30 min) and a conversation with the team (60 min).

Appointment: {wd}, {dnde}, {t24} - {et24}
Address: {loc}

You will receive the case materials separately two days before the appointment. Travel expenses will be reimbursed upon presentation of receipts.

Please confirm the appointment by replying to this email.

Kind regards
{rname}
Talent Acquisition

{company} · Registered office: {city} · Managing Directors: {hm}
""",
    ents="co role contact start loc",
    when="abs",
    dur=90,
    hours=(9, 10, 13, 14),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Following up - {role}",
    """Hi {first},

I left you a voicemail earlier today. {hm}, our hiring manager, reviewed your application and would like to speak with you about the {role} position.

Are you available {wd} or {i2_wd} afternoon? Let me know what time works best and the number to reach you on.

Thank you,
{rname}
{company}
""",
    ents="co role contact",
    when="abs",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Interview Request: {role}",
    """Hello {first},

My name is {rname} and I'm a recruiter with {company}. I came across your application for our {role} opening and I would like to schedule a brief phone interview with you.

Please let me know your availability for the following times:
- {wd}, {dus} at {t12} {tzs}
- {i2_wd}, {i2_dus} at {i2_t12} {tzs}

The call will last about 20 minutes. If neither of these work, feel free to suggest another time.

Regards,

{rname}
Human Resources
{company}
{loc}
Phone: (720) 555-0193

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
""",
    ents="co role contact",
    when="abs",
    dur=20,
)

F(
    "inv",
    "any",
    "Workday <{cslug}@myworkday.com>",
    "Interview Scheduled: {role} ({reqid})",
    """Hello {first},

An interview has been scheduled for you for the following position:

Job Requisition: {reqid} {role}
Interview Type: Virtual - Microsoft Teams
Date: {dusy}
Time: {t12} {tz}
Interviewer(s): {hm}

Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: {link}
Meeting ID: {ref} 218 447
Passcode: {tok2}

To view the details in Workday, sign in to your Candidate Home account.

This is a system-generated message. Please do not reply.
""",
    ents="role start link",
    when="abs",
    link="teams",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Re: call",
    """Thursday {t24} {tz} works for me, talk then!

{rfirst}
""",
    ents="contact start",
    when="soon",
    idays=(3,),
    hours=(10, 11, 13, 14, 15, 16),
    mins=(0, 30),
    n=2,
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Let's talk about {role}",
    """Hi {first},

I'm the hiring manager for the {role} position here at {company}, and {rfirst} from recruiting shared your resume with me. I really liked what I saw, especially your last project.

I'd like to find 45 minutes for us to talk in more detail: about the work, the team, and what you're looking for next. Could you pick any open slot on my calendar here?

https://app.modernloop.io/candidate/{tok}

No prep needed. This is just a conversation.

Looking forward to it,
{hm}
Engineering Manager, {company}
""",
    ents="co role contact",
    contact="hm",
    roles="tech",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "{role} - onsite details",
    """Hi {first},

Here are the details for your onsite on {wd} ({dnus}):

Arrival: {t12s} (please plan to arrive 10 min early)
Address: {loc}
Parking: visitor parking is on level P2; bring your ticket and we'll validate it.
Schedule:
  {t12s}  Welcome with me
  then    Technical interview with {hm}
  then    Team lunch
  then    Product walkthrough and Q&A

Business casual is fine. If anything comes up on the day, call or text me at (415) 555-0132.

See you {wd}!
{rname}
Recruiting | {company}
""",
    ents="co contact start loc role",
    when="abs",
    hours=(9, 10),
    mins=(0, 30),
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "are you around later today?",
    """Hi {first},

any chance you're free later today around {t12s}? {hm} has a gap and would love 20 mins to chat about the {role} role before heading out on PTO. totally fine if not, we can find time next week.

thx
{rfirst}
""",
    ents="role contact start",
    when="today",
    dur=20,
    mins=(0, 30),
)

F(
    "inv",
    "in",
    "{rname} <{aemail}>",
    "Urgent Opening || {role} || {company} || F2F Interview",
    """Dear {first},

Greetings from {agency}!!

We have an urgent requirement for {role} with our esteemed client {company} at {city} location. Your profile has been shortlisted by the client for Face to Face interview.

Interview Details:
Date - {dneu} ({wd})
Reporting Time - {t12}
Venue - {loc}
Contact Person at venue - {hm}

Please carry a copy of your resume and a valid photo ID. Kindly revert with your confirmation ASAP. Please note it is a direct payroll position with {company}.

PS: If you are not interested, kindly refer your friends.

Thanks & Regards,
{rname}
Sr. Recruiter | {agency}
Mob: +91-99001 24567
""",
    ents="co role contact start loc",
    when="abs",
    idays=(0, 1, 2, 3, 4, 5),
    hours=(10, 11),
    mins=(0, 30),
)

F(
    "inv",
    "sg",
    "{rname} <{remail}>",
    "Interview invitation: {role}",
    """Dear {first},

Thank you for your interest in joining {company}.

We are pleased to invite you for an interview for the {role} position. Please find the details below:

Date: {duky} ({wd})
Time: {t12} (Singapore time)
Format: Zoom video call
Link: {link}
Interviewers: {hm} (Head of Team) and {rname}

Kindly acknowledge receipt of this email and confirm your attendance. Do let us know if you have any questions.

Thank you and best regards,
{rname}
Human Resource Department
{company}
{loc}
""",
    ents="co role contact start link",
    when="abs",
    link="zoom",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Re: Re: Technical interview",
    """Hi {first},

No problem at all, these things happen. I've moved you to {wd} at {t24} ({tz}). Updated invite with the same Teams link is on its way.

Join: {link}

Best,
{rname}
""",
    ents="contact start link",
    when="soon",
    link="teams",
    hours=(9, 10, 11, 14, 15, 16, 17),
    mins=(0, 30),
)

F(
    "inv",
    "uk",
    "{company} Careers <noreply@{cslug}.tal.net>",
    "Invitation to interview: {role} ({reqid})",
    """Dear {first} {last},

Application reference: {reqid}-{ref}
Vacancy: {role}

Following the shortlisting for the above post, we are delighted to invite you to attend an interview.

To book your interview slot, please log in to your candidate account and follow the link in the "Messages" section. Slots are allocated on a first-come, first-served basis, so we would encourage you to book as soon as possible. The booking facility will close at 12 noon on {dl_wd} {dl_duky}.

Interviews will take place via Microsoft Teams and will last up to 45 minutes. The panel will ask questions based on the essential criteria in the person specification and the Civil Service Behaviours listed in the advert.

If you have a disability and require reasonable adjustments at interview, please contact us as soon as possible.

Yours sincerely,

Recruitment Team
{company}

Please do not reply to this email address as it is not monitored.
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "au",
    "{rname} <{remail}>",
    "Interview - {role} - {company}",
    """Hi {first},

Thanks for taking the time to chat with me on the phone earlier.

As discussed, I'd like to invite you to a panel interview for the {role} position. Details below:

When: {wd} {duk}, {t12s} ({tz})
Where: {loc}
Panel: {hm} (Hiring Manager), {rname} (Talent), plus a peer from the team
How long: about an hour

If you're not able to make it in person we can organise Teams instead, just let me know. Please bring your driver's licence or passport for our reception.

Any questions in the meantime, don't hesitate to reach out.

Kind regards,
{rname}
Senior Talent Acquisition Partner
{company}
M: 0412 555 308

{company} acknowledges the Traditional Custodians of the lands on which we work and pays respect to Elders past and present.
""",
    ents="co role contact start loc",
    when="abs",
    dur=60,
    hours=(9, 10, 11, 13, 14, 15),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "{company} <> {cand}",
    """Hi {first},

Thanks for your time earlier - I've gone ahead and booked the next round for you with {hm} and the team.

It's a 60 min technical pairing session: {wd}, {dus} at {t12s} {tz}

Zoom: {link}

You'll work through a small problem together in a shared editor, using whatever language you're most comfortable with. We care much more about how you think and communicate than about finishing.

Shout if the time doesn't work!
{rfirst}
""",
    ents="contact start link co",
    when="abs",
    link="zoom",
    dur=60,
    roles="tech",
)

F(
    "inv",
    "us",
    "{company} <no-reply@ashbyhq.com>",
    "{company}: Select your interview time",
    """Hi {first},

We'd like to schedule your Hiring Manager Interview for the {role} role at {company}.

Please choose a time that works for you here:
https://jobs.ashbyhq.com/{cslug}/interview-scheduling/{hexid}

Duration: 45 minutes
Format: Google Meet (link will be included in the calendar invite)

Thanks,
{rname}
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "us",
    "{hm} <{hmemail}>",
    "{role}",
    """{first} - {rfirst} tells me you're interested in the {role} role. I'd love to grab 30 min this week. Tue/Wed afternoons are open for me, send me a time and I'll send an invite.

- {hmfirst}
""",
    ents="role contact",
    contact="hm",
    n=2,
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Next step: meet the team",
    """Hi {first},

Thanks for completing the case, the team was really impressed with how you structured it!

We'd now like to invite you to the last stage: a half day at our office in {city} on {wd}, {duky}, starting at {t24}. You'll present your case to three people from the team (20 min + questions) and then have 1:1s with {hm} and our founder. We'll finish with lunch together.

Address: {loc}

We cover your travel costs, so please send us your receipts after the visit. Let me know if you need a hotel.

Looking forward to meeting you in person!
{rname}
Talent Acquisition | {company}
""",
    ents="co contact start loc",
    when="abs",
    dur=240,
    hours=(9, 10),
    mins=(0, 30),
)

F(
    "inv",
    "ca",
    "{rname} <{remail}>",
    "{role} - entretien / interview",
    """Bonjour {first},

(English follows)

Merci pour votre candidature. Nous aimerions vous rencontrer pour une entrevue le {wd} à {t24h}.

Hi {first},

Thank you for applying for the {role} position at {company}. We would like to meet with you for a video interview on {wd}, {dusy} at {t12} {tz}. The interview will be about 45 minutes with {hm} and myself.

Microsoft Teams: {link}

Please confirm that this time works for you.

Merci / Thank you,
{rname}
Conseillère en acquisition de talents | Talent Acquisition Advisor
""",
    ents="co role contact start link",
    when="abs",
    link="teams",
    dur=45,
)

F(
    "inv",
    "health_us",
    "{rname} <{remail}>",
    "Interview Reminder - Tomorrow at {t12}",
    """Hello {first},

This is a friendly reminder of your interview with {company} tomorrow, {wd}, {dus}, at {t12} {tzs}.

Position: {role}
Interviewer: {hm}, Director of Nursing
Location: {loc} - please check in at the main lobby and ask for Human Resources.

Please bring a copy of your nursing license and BLS card. If you need to reschedule, call us at (612) 555-0107.

Thank you,
{rname}
HR Coordinator
""",
    ents="co role contact start loc",
    when="tomorrow",
    pools={"role": ["Registered Nurse - Med/Surg", "RN, Emergency Department", "Charge Nurse (Nights)"]},
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Second interview",
    """Hi {first},

Just a quick note to say thank you for coming in on Tuesday - the feedback from {hm} was really positive and we'd love to invite you back for a second interview.

This one will be a bit more informal: a chat with {hm} and the Finance Director, plus a short tour of the office. Would {wd} {duk} at {t12d} work? Should be no more than an hour.

Let me know either way.

Many thanks,
{rname}
Office Manager
{company}
""",
    ents="co contact start",
    when="abs",
    hours=(10, 11, 14, 15),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{company} Hiring Team <noreply@candidates.workablemail.com>",
    "Interview for {role} at {company}",
    """Hi {first},

We've reviewed your application for {role} and we'd like to meet you!

Please pick a time for a 30 minute video interview using the link below. The link shows the interviewer's availability for the next 7 days.

Pick a slot: https://apply.workable.com/{cslug}/interviews/{tok}

Cheers,
{company} Hiring Team

--
Sent by Workable on behalf of {company}. You received this email because you applied for a job at {company}.
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Virtual interview invitation - {company}",
    """Dear {first},

On behalf of {company}, thank you for your interest in the {role} position. We would like to invite you to participate in a virtual interview with our selection committee.

Date: {wd}, {dusy}
Time: {t12} - {et12} {tzl}
Platform: Webex ({link})

The committee will include {hm} and two members of the department. You will be asked a series of structured questions and there will be time at the end for your own questions.

Please reply to confirm your participation no later than {rb_wd}, {rb_dus}. If you require an accommodation to participate in the interview process, please let us know.

Respectfully,

{rname}
Human Resources Specialist
{company}
""",
    ents="co role contact start link",
    when="abs",
    link="webex",
    dur=60,
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Fwd: Interview Call Letter",
    """Hi {first},

Pls find below the interview details for the {role} position. Interview will be held at 3pm IST on {ddo} {mon} via Google Meet. Meet link - {link}

Kindly be available 10 min early and keep your camera on during the interview. Panel: {hm}

Revert with your confirmation.

Regards,
{rname}
HR | {company}
""",
    ents="co role contact start link",
    when="abs",
    link="meet",
    hours=(15,),
    mins=(0,),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Next round",
    """Hey {first},

Thanks for sending over the take-home, the team enjoyed reading it. We'd like to bring you in for a follow up where you walk {hm} and one other engineer through your solution and talk about how you'd extend it. About an hour.

Could you do {wd} {t12s} {tz}, or {i2_wd} {i2_t12s} {tz}?

Best,
{rfirst}
""",
    ents="contact",
    when="abs",
    roles="tech",
    contact="rname",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Zoom interview - {role}",
    """Hi {first},

You're all set for {wd} at {t12} {tz}! Here are the Zoom details:

Join Zoom Meeting
{link}

Meeting ID: {ref} {tok2}
Passcode: 48213{dd}

One tap mobile
+16469313860,,{ref}# US

You'll be speaking with {hm}, our {role} lead. Let me know if anything changes.

Thanks!
{rname}
""",
    ents="role contact start link",
    when="soon",
    link="zoom",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Are you still interested in the {role} position?",
    """Hi {first},

Apologies for the delay in getting back to you, we've had a lot of applications for this one. If you're still interested in the {role} position at {company}, we'd love to set up an initial call with you.

Just reply with a few days and times that suit you over the next week or so and I'll get something in the diary.

Thanks,
{rname}
""",
    ents="co role contact",
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Invitation to interview",
    """Dear {first},

Re: {role}

Thank you for your recent application. I am delighted to invite you to attend an interview at our offices at {loc}, on {wd} {ddo} {mon} {year} at {t12d}.

The interview panel will comprise {hm}, Partner, and myself. You will be asked to complete a short written exercise (30 minutes) before the interview itself.

Please confirm whether you are able to attend by replying to this email. Should you have any queries, please do not hesitate to contact me on 0113 496 0725.

Yours sincerely

{rname}
Graduate Recruitment Manager

{company} is a limited liability partnership registered in England and Wales. A list of members is open to inspection at our registered office. Authorised and regulated by the Solicitors Regulation Authority.
""",
    ents="co role contact start loc",
    when="abs",
    hours=(9, 10, 11, 14),
    mins=(0, 30),
    pools={
        "role": [
            "Trainee Solicitor (2028 intake)",
            "Paralegal",
            "Legal Secretary",
            "Trainee Chartered Accountant",
        ]
    },
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Invitation: Interview - {cand} / {company} @ {wd} {dus3}, {year} {t12s} - {et12s} ({tzs})",
    """{company} interview - {role}
{wd} {dus3}, {year} ⋅ {t12s} – {et12s} ({tzl})

Join with Google Meet: {link}

Organizer: {rname}
Guests: {hm}, {cand}

Reply for {cemail}: Yes / No / Maybe

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.
""",
    ents="co role contact start link",
    when="abs",
    link="meet",
    dur=45,
    ics={"summary": "{company} interview - {role}", "location": "{link}", "url": "{link}"},
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Shortlisted - {role} - Virtual Interview",
    """Dear {first},

Congratulations!! You have been shortlisted for the next round of interview for the post of {role} at {company}.

The interview will be conducted on {dint} at {t24} hrs (IST) through Zoom. Meeting link: {link}

Note:
1. Kindly login 10 minutes prior to the scheduled time.
2. Keep your original documents and a valid ID proof handy for verification.
3. Ensure you are in a quiet place with proper lighting.

In case of any query feel free to contact the undersigned.

With Best Regards,
{rname}
Assistant Manager - HR
{company}
""",
    ents="co role contact start link",
    when="abs",
    link="zoom",
    hours=(10, 11, 12, 14, 15, 16),
    mins=(0, 30),
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Super Day invite - {role}",
    """Hi {first},

Congrats on advancing to our Super Day for the {role} program! This is the final stage of the process.

Date: {wd}, {dusy}
Time: {t12} - 3:30 PM {tz}
Location: {loc}

You'll have three back-to-back 30-minute interviews with members of the desk, including one technical and one behavioral round. Business formal attire is expected.

Please RSVP by {rb_wd} via the link in your candidate portal. We will reimburse reasonable travel expenses for candidates traveling more than 50 miles.

Best,
{rname}
Campus Recruiting | {company}
""",
    ents="co role contact start loc",
    when="abs",
    hours=(9, 10),
    mins=(0, 30),
    pools={"role": ["Summer Analyst", "Investment Banking Analyst", "Sales & Trading Analyst"]},
)

F(
    "inv",
    "au",
    "{rname} <{aemail}>",
    "Interview confirmed!",
    """Hey {first},

Awesome news, {company} want to meet you for the {role} gig! Locked in for tomorrow at {t12s} over Teams (link below). It'll be {hm} and one of the senior devs.

{link}

Give me a call after and let me know how it went :)

{rfirst}
{agency}
""",
    ents="co role contact start link",
    when="tomorrow",
    link="teams",
    roles="tech",
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Call about {role}",
    """Hello {first},

I am {rname}, recruiter at {company}. I have read your CV with attention and I would like to propose you a first call of 30 minutes to present the position of {role} and the company, and to understand better your project.

Are you available next {wd} at {t24}? If not, please propose me another moment.

Have a nice day,
{rname}
""",
    ents="co role contact start",
    when="next",
)

F(
    "inv",
    "any",
    "{company} <noreply@smartrecruiters.com>",
    "{company} would like to schedule an interview",
    """Dear {first},

Thank you for applying to the {role} position at {company}.

We would like to invite you to an interview. Please click on the button below to choose the most convenient time slot.

[ Choose time slot ]
https://jobs.smartrecruiters.com/interview-scheduler/{hexid}

Interview type: Video interview
Duration: {dur} minutes

Best regards,
{rname}
{company}

This email was sent by SmartRecruiters on behalf of {company}. SmartRecruiters Inc., 225 Bush Street, Suite 300, San Francisco, CA 94104.
""",
    ents="co role contact",
    dur=45,
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "RE: {role} - availability",
    """Thanks {first}! I've sent a calendar invite for {wd} {dnus} at {t12s} {tzs}. It's a phone screen with me, 30 mins. I'll call you at the number you gave me.

{rfirst}
""",
    ents="contact start role",
    when="abs",
    ics={"summary": "Phone screen: {cand} / {company}", "location": "Phone"},
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Hiring Manager Interview - {role}",
    """Hello {first},

I hope you are doing well. Following your conversation with our talent team, {hm} would like to meet you for a hiring manager interview for the {role} role.

We have the following time slots available:

  • {wd} {dus} - {t12}
  • {wd} {dus} - {i2_t12}
  • {i2_wd} {i2_dus} - {i2_t12}

All times are {tzl}. Please reply with your preferred slot and we'll send over a Microsoft Teams invitation.

Kind regards,
{rname}
Talent Acquisition Coordinator
{company}
""",
    ents="co role contact",
    when="abs",
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Thursday",
    """Hi {first},

Lovely to speak earlier. As promised, I've booked you in with {hm} on Thursday at {t12d} - it'll be at our {city} office, {loc}. Just ask for {hmfirst} at reception.

It's very relaxed, more of a getting-to-know-you than a grilling!

Best wishes,
{rname}
""",
    ents="contact start loc",
    when="soon",
    idays=(3,),
    hours=(10, 11, 14, 15, 16),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Technical interview - {role} - {company}",
    """Hi {first},

Thank you for your time on the phone last week. We would like to invite you to a technical interview for the {role} position.

*When:* {wd}, {dusy}
*Time:* {t12} ({tz})
*Duration:* 90 minutes
*Where:* {link}

*What to expect*
- 10 min introductions
- 60 min live coding (any language; we use CoderPad)
- 20 min for your questions

*How to prepare*
- Make sure your camera and microphone work
- Be ready to share your screen
- Have a glass of water nearby - it's a long one!

If you need any accommodations, reply to this email and we'll take care of it.

Best,
{rname}
Recruiting Coordinator, {company}
""",
    ents="co role contact start link",
    when="abs",
    link="zoom",
    dur=90,
    roles="tech",
)

F(
    "inv",
    "us",
    "{rname} <{aemail}>",
    "{company} interview request - {role} (W2 contract)",
    """Hi {first},

{company} reviewed your profile for the {role} contract (12 months, W2, remote) and would like to schedule a Teams interview. The manager has the following availability:

{wd} {dnus}: {t12s} - 4pm {tzs}
{i2_wd} {i2_dnus}: 10am - 12pm {tzs}

Please reply with a 30-minute window within those ranges and confirm your best contact number. Also please confirm you're still available and that the bill rate we discussed works for you.

Regards,
{rname}
Technical Recruiter
{agency}
An Equal Opportunity Employer
""",
    ents="co role contact",
    when="abs",
    hours=(11, 13, 14),
    roles="tech",
)

F(
    "inv",
    "sg",
    "{rname} <{remail}>",
    "Next stage - {role}",
    """Hi {first},

Thank you for speaking with us last week. We'd like to invite you to a second-round interview with our regional head, {hm}, who is based in Singapore.

Would you be available on {wd}, {duk} at {t12s} SGT? It will be a 45-minute video call on Zoom:
{link}

Please let me know if this suits or propose an alternative.

Regards,
{rname}
Talent Acquisition, APAC
{company}
""",
    ents="co role contact start link",
    when="abs",
    link="zoom",
    dur=45,
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Intro with our CEO",
    """Hi {first},

Quick one: our CEO {hm} likes to meet everyone before we make a final decision. It's a casual 20-30 minute chat, no prep needed, nothing technical.

Does {wd} at {t12s} ({tz}) work? I'll send the link once confirmed.

Thanks!
{rname}
{company}
""",
    ents="co contact start",
    when="soon",
)

F(
    "inv",
    "hourly_us",
    "{rname} <{remail}>",
    "Group interview - {role}",
    """Hi {first},

Thanks for applying to be a {role} at our {city} location! We're holding a group interview for new team members and we'd like you to join us.

When: {wd}, {dus} at {t12s}
Where: {loc}

It's about 90 minutes. You'll meet the store team, do a couple of fun group activities, and have a short one-on-one with a manager. Wear something comfortable. Text me at 555-0174 to let me know you're coming!

See you there,
{rname}
Store Manager
""",
    ents="role contact start loc",
    when="abs",
    dur=90,
    idays=(0, 1, 2, 3, 4, 5),
    hours=(9, 10, 17, 18),
    mins=(0, 30),
    pools={"role": ["Sales Associate", "Keyholder", "Assistant Store Manager", "Barista"]},
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Availability for HR round",
    """Dear {first},

Glad to inform you that you have cleared the technical rounds for {role}. Next is the HR discussion, it will be short (20-25 mins).

Please let me know your availability tomorrow between 11am to 5pm so that I can block the calendar.

Regards
{rname}
{company}
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Interview",
    """Hi {first},

we'd like to invite you to a first interview for the {role} role on {wd}, {dus} at {t24} ({tz}). pls use this link: {link}

thanks and have a good day
{rname}
{company}
""",
    ents="co role contact start link",
    when="abs",
    link="meet",
    hours=(9, 10, 11, 13, 14, 15, 16, 17),
)

F(
    "inv",
    "us",
    "{company} Talent Team <talent@{domain}>",
    "We'd love to learn more about you",
    """Hi {first},

Thanks so much for your interest in {company}! We've had a chance to look over your application for {role}, and we'd like to get to know you better.

The next step is a 30-minute conversation with someone from our talent team. It's a chance for us to learn about your experience and what you're looking for, and for you to ask us anything about the role, the team, or what it's like to work here.

Grab a time that works for you: https://calendly.com/{cslug}-talent/intro

Talk soon!
The {company} Talent Team
""",
    ents="co role",
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Quick chat re. {role}",
    """Hi {first},

Hope you're well. I'm the in-house recruiter at {company} and your CV for our {role} vacancy has landed on my desk.

Have you got 15 minutes for a quick call tomorrow? I'm free most of the morning, or after 3pm. Just drop me your number and a time and I'll ring you.

Thanks,
{rname}
Talent Acquisition | {company}
Sent from Outlook for Android
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Updated invitation: {role} interview",
    """This event has been changed.

{role} interview
Changed: {wd} {dus3}, {year} {t12s} – {et12s} ({tz})
Previously: {i2_wd} {i2_dus3}, {year}

Join Microsoft Teams Meeting: {link}

Organizer: {rname}

Hi {first} - had to move this by a day, apologies! Same link.
""",
    ents="role contact start link",
    when="abs",
    link="teams",
    dur=45,
    ics={"summary": "{role} interview", "location": "Microsoft Teams Meeting", "url": "{link}"},
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Nice to e-meet you",
    """Hi {first},

{hm} forwarded me your info - thanks for reaching out about the {role} opening! I'd be happy to set up some time to talk further. What's your availability like early next week? I'm on {tzl}.

Best,
{rname}
Head of People, {company}
""",
    ents="co role contact",
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "{role}: Termin",
    """Hi {first},

can you do {wd} {t24} {tz}? 30 min with {hm} and me, Teams link follows.

Thanks
{rfirst}
""",
    ents="contact start role",
    when="soon",
    hours=(9, 10, 11, 13, 14, 15, 16),
    mins=(0, 30, 30),
    n=2,
)

F(
    "inv",
    "hourly_us",
    "{rname} <{remail}>",
    "interveiw",
    """Hi {first} thank you for applying. we want to do a interveiw for the {role} job. can you come in tomorow at {t12s}? the address is {loc}. ask for {rfirst} at the front

thank you
{rname}
{company}
""",
    ents="co role contact start loc",
    when="tomorrow",
    hours=(9, 10, 11, 13, 14),
    mins=(0,),
    pools={"role": ["warehouse associate", "forklift operator", "delivery driver", "line cook"]},
)

F(
    "inv",
    "uk",
    "{rname} <{aemail}>",
    "{company} - first stage",
    """Hi {first},

Further to our conversation, {company} would like to set up a first-stage video call with {hm}, who heads up the team from their New York office.

They've suggested {wd} {duk} at {t12s} New York time ({tz}), which I make late afternoon for you. Does that work? It'll be 45 mins on Zoom and the link is below.

{link}

Any problems, just shout.

Best regards,
{rname}
Principal Consultant - Technology
{agency}
London | New York
""",
    ents="co contact start link",
    when="abs",
    link="zoom",
    itz="America/New_York",
    hours=(10, 11, 12),
    mins=(0, 30),
    dur=45,
)

F(
    "inv",
    "any",
    "{company} <no-reply@{cslug}.teamtailor-mail.com>",
    "Let's meet! {role} at {company}",
    """Hi {first}! 👋

Thanks for applying to {role}. We liked what we saw and want to get to know you better!

Book a 30 min video meeting with {rname} here:
https://{cslug}.teamtailor.com/meetings/{tok}

Talk soon,
Team {company}

You're receiving this because you applied for a job at {company}. Manage your data: https://{cslug}.teamtailor.com/connect/privacy
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Greetings of the day!!",
    """Hi {first},

Greetings of the day!!

We are hiring for {role} for {company} and your profile matches our requirement. We would like to schedule a telephonic round of interview with our technical panel.

Kindly share your availability for this week along with your updated CV. Looking forward to your positive response.

Thanks & Regards,
{rname}
Senior Executive - Talent Acquisition
{company} | www.{domain}
""",
    ents="co role contact",
)

F(
    "inv",
    "au",
    "Recruitment <recruitment@{domain}>",
    "Selection interview - {role} (Ref {reqid})",
    """Dear {first} {last},

Thank you for your application for the position of {role}, reference number {reqid}.

I am pleased to advise that you have been shortlisted for an interview with the selection panel. Your interview has been scheduled as follows:

Date: {wd} {duky}
Time: {t12p} (AEST)
Location: {loc}
Panel: {hm} (Chair), {rname}, and an independent panel member

You will be given 15 minutes prior to the interview to read the questions. Please bring two forms of identification. If you require any adjustments to participate in the selection process, please contact {rname} on (07) 3555 0182.

Please confirm your attendance by return email.

Regards,
Recruitment Services
{company}
""",
    ents="co role contact start loc",
    when="abs",
    hours=(9, 10, 11, 13, 14),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Call w/ {hm} tomorrow?",
    """{first}, would tomorrow at {t12s} ({tz}) work for a call with {hm}? 30 min, Zoom. Let me know and I'll send the invite.
{rfirst}
""",
    ents="contact start",
    when="tomorrow",
    n=2,
)

F(
    "inv",
    "us",
    "{company} <no-reply@goodtime.io>",
    "Confirmed: Your interview with {company} on {wd}, {dus}",
    """Hi {first},

Your interview for the {role} position is confirmed. Please add it to your calendar using the attached invite.

{wd}, {dusy}
{t12} - {et12} {tz}

Interview schedule
{t12}   {hm} - Hiring Manager
{et12}  end

Video: {link}

Need to make a change? Contact {rname} at {remail}.

Powered by GoodTime
""",
    ents="co role start link",
    when="abs",
    link="zoom",
    dur=45,
    ics={"summary": "Interview with {company}", "location": "{link}", "url": "{link}"},
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Chat about the {role} position",
    """Hi {first},

I'm reaching out from {company}. We've been looking for someone with your background for our {role} position and I'd love to tell you more about it. Would you be open to a conversation sometime this week or next? Happy to work around your schedule.

Best,
{rname}
""",
    ents="co role contact",
)

# ---- assessments --------------------------------------------------------------------------------------------

F(
    "asm",
    "any",
    "{company} via HackerRank <noreply@hackerrankforwork.com>",
    "{company} has invited you to take a test",
    """Hi {first},

{company} has invited you to take the "{role} - Online Assessment" test on HackerRank.

Test duration: 90 minutes
Number of questions: 3
Test expires: {dl_dusy}, {dl_t12} {dl_tz}

Start test: https://www.hackerrank.com/test/{tok2}/login?b={tok}

Before you begin:
- Use a laptop or desktop with a stable internet connection and the latest Chrome or Firefox.
- Once you start, the timer cannot be paused.
- You can try a sample test first to get familiar with the environment.

Good luck!
Team HackerRank, on behalf of {company}

You received this email because {company} invited you to take a test on HackerRank. HackerRank, 700 E El Camino Real, Mountain View, CA 94041.
""",
    ents="co role",
    roles="tech",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "{role} - take-home exercise",
    """Hi {first},

Thanks again for chatting with us! As the next step, we'd like you to complete a short take-home exercise. The brief is attached (take_home_{cslug}.pdf).

We expect it to take around 3-4 hours. Please don't spend much more than that; we're interested in how you approach the problem, not in polish. Send your solution back as a GitHub link or a zip whenever you're ready, ideally within a week.

If anything in the brief is unclear, just reply here.

Cheers,
{rname}
{company}
""",
    ents="co role contact",
    roles="tech",
)

F(
    "asm",
    "any",
    "Codility <no-reply@codility.com>",
    "{company} invites you to a Codility test",
    """Dear {first} {last},

You have been invited by {company} to take a programming test on Codility as part of the recruitment process for the {role} position.

To start the test, open the link below:
https://app.codility.com/c/run/{tok2}-{reqid}/

The test consists of 2 tasks and lasts 110 minutes. You can take it any time before {dl_wd}, {dl_duky}. Once you start, you must complete it in one session.

We recommend you first try the demo test to familiarise yourself with the interface.

Best regards,
Codility on behalf of {company}
""",
    ents="co role",
    roles="tech",
)

F(
    "asm",
    "any",
    "{company} <noreply@codesignal.com>",
    "Complete your {company} General Coding Assessment",
    """Hi {first},

Thank you for your interest in {company}. As the next step in our recruiting process for {role}, we invite you to complete CodeSignal's General Coding Assessment.

Please complete it within 7 days of receiving this email. The assessment is 70 minutes long and proctored, so you will need a webcam and a government-issued ID.

Take the assessment: https://app.codesignal.com/invite/{tok}

If you have already taken the GCA in the last 6 months, you may submit your existing score instead from your CodeSignal profile.

Questions? Contact {rname} at {remail}.

Good luck!
""",
    ents="co role",
    roles="tech",
)

F(
    "asm",
    "any",
    "{company} Talent Team <no-reply@testgorilla.com>",
    "You're invited to complete an assessment for {role}",
    """Hi {first},

{company} would like you to complete an assessment as part of your application for {role}.

The assessment contains 4 short tests and takes about 45 minutes. You can do it from your computer whenever it suits you - just make sure you have a quiet space and a working webcam.

Start assessment → https://app.testgorilla.com/s/{tok2}

Please complete it by {dl_dus}.

Good luck!
The {company} Talent Team

Powered by TestGorilla. Privacy policy: https://www.testgorilla.com/privacy/
""",
    ents="co role",
    roles="biz",
)

F(
    "asm",
    "any",
    "{company} Recruiting <noreply@hirevue.com>",
    "Next step: your HireVue video interview for {role}",
    """Dear {first},

Congratulations! You have been selected to participate in the next step of the {company} recruitment process for the {role} position: an on-demand video interview through HireVue.

You will be asked to record answers to 5 questions. You'll have 30 seconds to prepare and up to 3 minutes to answer each one. You can complete the interview at any time, from any device with a camera, before the deadline below.

Deadline: {dl_wd}, {dl_dusy} at 11:59 PM {dl_tz}

Begin your interview: https://app.hirevue.com/interviews/{tok}

Tips: find a quiet, well-lit space, test your camera and microphone, and use the practice question first.

Kind regards,
{company} Talent Acquisition
""",
    ents="co role",
)

F(
    "asm",
    "uk",
    "{company} Graduate Recruitment <graduates@{domain}>",
    "Online tests - {role}",
    """Dear {first},

Thank you for applying to the {company} {role}. We are pleased to let you know that your application has progressed to the next stage: online psychometric assessments.

You will be asked to complete:
  - Verbal Reasoning (approx. 19 minutes)
  - Numerical Reasoning (approx. 25 minutes)
  - Occupational Personality Questionnaire (untimed, around 25 minutes)

The tests are hosted by SHL. Please use the personal link below:
https://candidate.shl.com/assessment/{tok}

Please complete all three assessments by 23:59 on {dl_wd} {dl_duky}. We recommend you complete the practice tests on the SHL website beforehand.

If you have a disability or condition which may affect your performance, please contact us before starting so we can discuss adjustments.

Kind regards,
Graduate Recruitment Team
{company}
""",
    ents="co role",
    pools={
        "role": [
            "Graduate Programme 2026",
            "Finance Graduate Scheme",
            "Technology Graduate Programme",
            "Summer Internship 2026",
        ]
    },
)

F(
    "asm",
    "any",
    "{company} Early Careers <earlycareers@{domain}>",
    "Play the {company} pymetrics games",
    """Hi {first},

Thank you for applying to {company}'s {role} program!

The next step is to complete the pymetrics assessment, a set of 12 short games that measure cognitive and behavioral traits. There are no right or wrong answers, and it takes about 25 minutes.

https://app.pymetrics.ai/invite/{cslug}/{tok2}

Please finish within the next 5 days. Make sure you use a computer (not a phone) and complete it in one sitting.

Best,
{company} Early Careers Team
""",
    ents="co role",
    pools={"role": ["Analyst", "Summer Internship", "Rotational Leadership", "Associate"]},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Case study",
    """Hi {first},

As discussed, please find attached the case study for the {role} position. We'd like you to prepare a short presentation (max. 8 slides) with your analysis and recommendations, which you'll present to the team in the next round.

There's no need to do extra research beyond the data provided. Please send us your slides by {dl_wd} {dl_duk}, 12:00.

Good luck, and let me know if you have any questions!

Best regards,
{rname}
{company}
""",
    ents="co role contact",
    roles="biz",
)

F(
    "asm",
    "in",
    "{company} Campus Hiring <campus@{domain}>",
    "Online Assessment Link - {role} - {company}",
    """Dear Candidate,

Greetings from {company}!

Congratulations on being shortlisted for the Online Assessment for the role of {role}. Please find the details below:

Assessment Platform: Mercer | Mettl
Test Link: https://tests.mettl.com/authenticateKey/{tok2}
Test Window: {dl_ddo} {dl_mon} {year}, 10:00 AM to 6:00 PM IST
Duration: 60 minutes (Aptitude - 30 Qs, Technical MCQ - 20 Qs, Coding - 2 Qs)

Instructions:
1. Use a laptop/desktop with a working webcam and microphone. Mobile phones are not allowed.
2. The test is proctored. Any malpractice will lead to disqualification.
3. Do not refresh or close the browser during the test.
4. Ensure stable internet connectivity of min. 2 Mbps.

Please do not reply to this email. For any technical issues, write to support@mettl.com.

All the best!
Campus Hiring Team
{company}
""",
    ents="co role",
    roles="tech",
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Assignment",
    """Hey {first},

here's the assignment we talked about: https://github.com/{cslug}/hiring-exercise-{tok2}

It's a small API, the README explains everything. Timebox it to ~3h. Fork it and send me the link when you're done, no hard deadline but ideally by end of next week.

{rfirst}
""",
    ents="contact",
    roles="tech",
    contact="rname",
    n=2,
)

F(
    "asm",
    "us",
    "{company} <no-reply@us.greenhouse-mail.io>",
    "{company} - Take-Home Assignment for {role}",
    """Hi {first},

Thanks for your continued interest in the {role} position at {company}. We'd like to invite you to complete a take-home assignment.

Click the link below to view the assignment. Once you open it, you'll have 72 hours to submit your work through the same page.

https://app.greenhouse.io/tests/{hexid}?utm_medium=email

Some notes:
• Please do not publish the assignment or your solution publicly.
• Include a short README explaining your approach and any tradeoffs.
• If you need extra time because of personal commitments, just let {rname} know before you start.

Best,
{rname}
{company} Recruiting
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Data exercise - {role}",
    """Hi {first},

Great speaking with you earlier. As promised, here is the next stage: a short data exercise.

You'll find a CSV extract of (anonymised) order data and the questions in this folder:
https://drive.google.com/drive/folders/{tok}

Please answer the questions using SQL or Python (your choice) and write up your findings in a one-page summary aimed at a non-technical stakeholder. It should take you 2-3 hours. Please send everything back by {dl_wd} end of day.

Best of luck!
{rname}
""",
    ents="contact role",
    pools={
        "role": [
            "Data Analyst",
            "Senior Data Analyst",
            "Analytics Engineer",
            "Business Intelligence Developer",
        ]
    },
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Design challenge for {company}",
    """Hi {first},

Thank you for walking us through your portfolio - the team loved the work you showed. For the next stage, we'd like you to complete a short design challenge.

The brief: Redesign the onboarding flow of our mobile app for first-time users who arrive from a referral link. We've attached the current screens and some context on our users.

What we'd like to see:
1. Your process (research assumptions, sketches, iterations)
2. 2-3 key screens at high fidelity
3. A short explanation of the decisions you made

Please don't spend more than 6 hours on it. Send us a Figma link by {dl_wd}, {dl_dus}. You'll present it in the final round.

Warmly,
{rname}
Design Recruiting, {company}
""",
    ents="co contact",
    pools={"role": ["Product Designer"]},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Writing task - {role}",
    """Hi {first},

Thanks for your application. Before we move forward, we ask all candidates for the {role} position to complete a short paid writing test.

Task: write a 600-800 word blog post for our audience on "{pool_topic}". Please include a headline, subheadings and a short meta description.

We pay a flat fee of $100 for the test, regardless of the outcome. Please send it as a Google Doc by {dl_wd}.

Thanks,
{rname}
Content Lead
{company}
""",
    ents="co role contact",
    pools={
        "role": ["Content Writer", "Content Marketing Manager", "Copywriter"],
        "pool_topic": [
            "How small teams can automate invoicing",
            "5 mistakes first-time founders make with payroll",
            "What to look for in a logistics partner",
        ],
    },
)

F(
    "asm",
    "any",
    "Criteria <noreply@criteriacorp.com>",
    "{company}: Please complete your assessment",
    """Hello {first},

As part of your application for {role} with {company}, you have been asked to complete the following assessment(s):

  • Criteria Cognitive Aptitude Test (CCAT) - 15 minutes
  • Criteria Personality Inventory (CPI) - approx. 10 minutes

Click here to begin: https://www.ondemandassessment.com/link/index/{tok}

Please complete the assessment as soon as possible. If you experience technical difficulties, please contact support@criteriacorp.com.

Thank you,
{company}
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "any",
    "{company} Recruiting <noreply@hirevue.com>",
    "Reminder: Your {company} assessment expires soon",
    """Hi {first},

This is a reminder that your {company} assessment for {role} has not been completed yet. Your invitation expires on {dl_dus} at 11:59 PM {dl_tz}.

Complete your assessment: https://app.hirevue.com/interviews/{tok}

If you've already finished, please disregard this email.

Thank you,
{company} Talent Acquisition
""",
    ents="co role",
)

F(
    "asm",
    "us",
    "{rname} <{remail}>",
    "Next step - recorded video responses",
    """Hi {first},

Thanks for applying for the {role} role at {company}! We'd like to move you forward to a one-way video interview on Spark Hire. You'll record short answers to 4 questions on your own time - no scheduling needed.

Link: https://app.sparkhire.com/interview/{tok2}

It only takes about 15 minutes. Please complete it within 3 days. Our hiring team reviews every video personally.

Thank you,
{rname}
Recruiting Manager
""",
    ents="co role contact",
    roles="biz",
)

F(
    "asm",
    "any",
    "{company} Careers <{cslug}@myworkday.com>",
    "Action Required: Assessment for {role}",
    """Hello {first},

Thank you for your interest in the {role} position (Job Requisition {reqid}).

To continue with your application, please complete the required assessment. Sign in to your Candidate Home account and select the "Assessment" task from your inbox, or use the direct link below:

https://{cslug}.wd5.myworkdayjobs.com/en-US/External/userHome

The assessment must be completed within 5 days to remain under consideration.

This is an automated message, please do not reply.
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "any",
    "{rname} <{aemail}>",
    "FW: {company} - coding test",
    """Hi {first},

Good news, {company} want to move forward! Next step is a coding test on Coderbyte - they sent the link below. It's 2 medium challenges, 60 mins total. Try to do it in the next 48h if you can, the client is moving fast.

https://coderbyte.com/sl/{tok2}

Let me know once it's done and I'll chase for feedback.

Thanks,
{rname}
{agency}
""",
    ents="co contact",
    roles="tech",
)

F(
    "asm",
    "in",
    "{rname} <{aemail}>",
    "Online Test Link - {company} - Kindly complete within 48 hrs",
    """Dear {first},

Greetings from {agency}!

As discussed, please find below the online assessment link shared by {company} for the {role} position. Kindly complete the assessment within 48 hours of receiving this mail.

Link: https://assessment.hackerearth.com/challenges/hiring/{cslug}-{tok2}/

Duration: 75 mins
Sections: Java / SQL / Aptitude

Please inform me once you have completed the test so that I can follow up with the client for the next round.

Thanks & Regards
{rname}
Recruitment Executive | {agency}
""",
    ents="co role contact",
    roles="tech",
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Quick exercise before we meet",
    """Hi {first},

Before your interview with {hm}, could you complete a short Excel modelling exercise? It should take about 90 minutes. The model and the instructions are attached (FP&A_case.xlsx). Please save your answers in the same file and email it back to me by {dl_wd} morning.

Thanks!
{rname}
""",
    ents="contact",
    pools={"role": ["Financial Analyst"]},
)

F(
    "asm",
    "any",
    "Vervoe <noreply@vervoe.com>",
    "{company} invited you to a skills assessment",
    """Hi {first},

{company} has invited you to complete a skills assessment for the {role} role.

Instead of relying on your resume, {company} wants to see how you'd perform in the job. You'll answer a series of realistic work scenarios using text, video, audio or file uploads.

⏱ Estimated time: 40 minutes
📅 Due: {dl_dus}

Start now: https://app.vervoe.com/a/{tok}

Good luck!
Vervoe on behalf of {company}
""",
    ents="co role",
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Personality questionnaire",
    """Dear {first},

Thank you for your interest in the {role} role. As part of our selection process we ask shortlisted candidates to complete the Hogan Personality Inventory and the Motives, Values, Preferences Inventory.

You will receive an email from Hogan Assessments (no-reply@hoganassessments.com) with your login details within the next hour. The questionnaires are untimed and usually take 40-50 minutes in total. There are no right or wrong answers.

Please complete both by {dl_wd} {dl_duky}. The results will be discussed with you in a feedback session.

Best regards,
{rname}
Executive Search
{company}
""",
    ents="co role contact",
)

F(
    "asm",
    "eu",
    "{rname} <{remail}>",
    "Coding Challenge - {role}",
    """Hi {first},

thank you for the nice conversation! As discussed, the next step is our coding challenge. You can find the task here:

https://gitlab.com/{cslug}/challenge-{tok2}

Please take your time and send us your solution (link to repository) within the next 7 days. If you need more time, just let us know - we know that you probably have a job.

After we reviewed your solution, we will invite you to a technical interview to discuss it together.

Viele Grüße
{rname}
Recruiting | {company}
""",
    ents="co role contact",
    roles="tech",
)

F(
    "asm",
    "au",
    "{rname} <{remail}>",
    "Psychometric testing - {role}",
    """Hi {first},

Thanks again for meeting with us last week. The panel would like to progress your application to the next stage, which is online psychometric testing through our partner, Revelian.

You'll receive an email from Revelian shortly with a link to a cognitive ability test (approx. 20 minutes) and a work safety questionnaire (approx. 15 minutes). Please complete both by close of business {dl_wd}.

Feel free to give me a call if you have any questions.

Kind regards,
{rname}
HR Advisor | {company}
""",
    ents="co role contact",
    pools={"role": ["Site Supervisor", "Maintenance Planner", "Warehouse Team Leader", "HSE Advisor"]},
)

F(
    "asm",
    "any",
    "no-reply@{cslug}.recruitee.com",
    "Assessment: {role}",
    """Hi {first},

Thank you for your application for {role}. We would like to invite you to an online assessment that consists of a situational judgement test and a short numerical section.

Please complete the assessment within 5 days:
https://{cslug}.recruitee.com/o/assessment/{tok}

Kind regards,
{rname}
Recruitment {company}
""",
    ents="co role contact",
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "ML take-home",
    """Hi {first},

Thanks for your patience! Attached is the take-home for the {role} role. You'll get a dataset (train.parquet, test.parquet) and a short notebook template. The task is to build a churn model and explain your evaluation choices.

A few guidelines:
  - Please keep it under 5 hours. We'll ask how long it took, and that's fine to say honestly.
  - Any libraries are OK.
  - We care more about your reasoning and validation strategy than the final metric.
  - Send back the notebook plus predictions.csv.

Deadline: {dl_wd}, {dl_dus}. If that's tight, just tell me and we'll move it.

Best,
{rname}
{company}
""",
    ents="co role contact",
    pools={"role": ["Machine Learning Engineer", "Data Scientist", "Senior Data Scientist"]},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "TestDome",
    """Hi {first}, you'll get an invite from TestDome in a minute - 4 short SQL/Python questions, 45 min. Please finish it by {dl_wd}. Thanks! {rfirst}
""",
    ents="contact",
    roles="tech",
    n=2,
)

F(
    "asm",
    "us",
    "{company} <no-reply@harver.com>",
    "Complete your {company} application",
    """Hi {first},

Thanks for applying to be a {role} at {company}! To keep your application moving, please complete the next step - an interactive job preview and a few short assessments.

It takes about 20 minutes and you can do it right from your phone.

Continue: https://{cslug}.harver.com/app/landing/{tok}

We look forward to learning more about you!
""",
    ents="co role",
    pools={"role": ["Customer Service Representative", "Call Center Agent", "Retail Sales Associate"]},
)

F(
    "asm",
    "uk",
    "{rname} <{remail}>",
    "Next stage: written exercise",
    """Dear {first},

Thank you for attending your first interview last week. I'm pleased to say you have been shortlisted for the final stage.

Before the final interview, we ask candidates to complete a written exercise. You will be sent a briefing pack at 09:00 on {rb_wd} {rb_duk} and will have two hours to prepare and submit a policy briefing note (max. 2 sides of A4) via email.

Please confirm that you will be available at that time.

Kind regards,
{rname}
HR Officer
{company}
""",
    ents="co contact",
    pools={"role": ["Policy Officer"]},
)

F(
    "asm",
    "any",
    "{company} via Wonderlic <noreply@wonderlic.com>",
    "Your Wonderlic assessment for {company}",
    """{first},

{company} has requested that you complete the Wonderlic Select assessment for the {role} position. It includes cognitive ability, personality and motivation sections and takes approximately 30 minutes.

Begin here: https://select.wonderlic.com/a/{tok2}

You must complete the assessment in one sitting. Please do not use a mobile device.

Good luck,
Wonderlic, on behalf of {company}
""",
    ents="co role",
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "RE: Assessment deadline",
    """Hi {first},

Of course, no problem at all. I've extended the deadline for the online assessment to {dl_wd} {dl_dus}. You can use the same link as before:

https://app.codility.com/c/run/{tok2}/

Good luck!
{rname}
""",
    ents="contact",
    roles="tech",
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Sales role-play exercise",
    """Hi {first},

Thanks for your time with {hm}! We'd like to move you to our role-play stage for the {role} position.

Here's how it works: watch the 2-minute prospect video at the link below, then record a 5-minute discovery call pitch (Loom or any screen recorder is fine) and send us the link. Please submit it by {dl_wd}.

Prospect brief: https://{cslug}.notion.site/roleplay-{tok2}

We're looking for how you ask questions and handle objections, not a perfect pitch.

Thanks,
{rname}
""",
    ents="role contact",
    pools={
        "role": [
            "Account Executive",
            "Sales Development Representative",
            "Business Development Representative",
        ]
    },
)

F(
    "asm",
    "in",
    "{rname} <{remail}>",
    "Assignment for {role} - {company}",
    """Hi {first},

As discussed over call, please find attached the assignment for {role}. Kindly complete and share the same by {dl_ddo} {dl_mon} EOD.

Note: Please share the code in a public Git repository along with the output screenshots and a readme file. Plagiarism will lead to rejection.

Revert in case of any queries.

Regards,
{rname}
{company}
""",
    ents="co role contact",
    roles="tech",
)

F(
    "asm",
    "any",
    "{company} <noreply@{cslug}.jobs.personio.com>",
    "Your next step at {company}",
    """Hello {first},

thank you for your interest in {company}!

As a next step, we would like to ask you to complete a short online questionnaire about your working style and a logic test. This helps us to get a more complete picture beyond your CV. It takes about 25 minutes.

Go to the questionnaire: https://{cslug}.jobs.personio.com/assessment/{tok}

Please complete it within the next 5 days.

Best regards
Your {company} Recruiting Team
""",
    ents="co",
)

F(
    "asm",
    "us",
    "{rname} <{remail}>",
    "{role} | Product case",
    """Hi {first},

Thanks for a great conversation last week. For the next round, we'd like you to work on a short product case:

"Our customers tell us they struggle to find past invoices in the app. Propose how you'd investigate this, what you'd build first, and how you'd measure success."

Please put together a short doc (2-3 pages max, bullet points are fine) and email it to me by {dl_wd}, {dl_dus}. You'll walk {hm} through it in the next conversation.

Please don't spend more than 3-4 hours on it.

Best,
{rname}
Recruiting, {company}
""",
    ents="co role contact",
    pools={"role": ["Product Manager", "Senior Product Manager", "Associate Product Manager"]},
)

F(
    "asm",
    "any",
    "Modern Hire <notifications@modernhire.com>",
    "{company}: Virtual Job Tryout",
    """Dear {first},

Thank you for your interest in the {role} position with {company}. Your next step is to complete the Virtual Job Tryout, which gives you a realistic preview of the job and lets you show us your skills.

Please complete the tryout within 72 hours: https://{cslug}.modernhire.com/vjt/{tok}

The tryout takes about 45-60 minutes and includes a few recorded video questions at the end.

Sincerely,
{company} Talent Acquisition
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Typing and language test",
    """Dear {first},

Thank you for applying for the position of {role}. The next step in our selection process is a short online test covering typing speed, spelling and MS Office (Word/Excel). It takes around 30 minutes.

You will receive a separate email from our testing provider with your username and password. Please complete the test by {dl_wd}, {dl_duk}.

Kind regards,
{rname}
HR Department
{company}
""",
    ents="co role contact",
    pools={"role": ["Executive Assistant", "Administrative Assistant", "Receptionist", "Medical Secretary"]},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Technical assessment",
    """Hey {first},

Team loved talking to you. Next up is the technical assessment - I've just sent it through DevSkiller, look out for an email from them (check spam too). You have 4 days from when you open it, and it's ~2.5h of work including a code review task.

Any problems, shout!
{rfirst}
{company}
""",
    ents="co contact",
    roles="tech",
)

F(
    "asm",
    "any",
    "{company} <talent@{domain}>",
    "We'd like to see your skills in action",
    """Hi {first},

Great news - your application for {role} caught our eye!

Before we jump on a call, we'd love for you to complete a short practical exercise. It's designed to reflect the actual day-to-day work and should take around two hours.

👉 Open the exercise: https://{cslug}.notion.site/exercise-{tok2}

There's no strict deadline, but candidates who submit within a week move fastest through our process.

Looking forward to seeing what you come up with!
The {company} team
""",
    ents="co role",
)

F(
    "asm",
    "uk",
    "{company} Early Talent <noreply@cappfinity.com>",
    "{company}: your next step - Immersive Online Assessment",
    """Hi {first},

Thanks for applying for the {role}. We've reviewed your application and would like to invite you to complete our Immersive Online Assessment.

The assessment is strengths-based and untimed, but most people take around 60-75 minutes. You can save your progress and return later.

Access your assessment: https://{cslug}.cappfinity.com/assessment/{tok}

The deadline to complete the assessment is {dl_duky} at 23:59 (UK time).

Best of luck,
Early Talent Team, {company}
""",
    ents="co role",
    pools={"role": ["Graduate Programme 2026", "Degree Apprenticeship", "Summer Internship 2026"]},
)

F(
    "asm",
    "any",
    "{rname} <{remail}>",
    "Online assessment - {role}",
    """Dear {first},

Further to your application, we invite you to take an online assessment by Aon (cut-e). It contains a numerical reasoning test (scales numerical, 12 min) and a short personality questionnaire (shapes, 20 min).

Login: https://assessment.aon.com/{cslug}/{tok2}
Password: will follow in a separate email

Please complete it within 4 days. Results are valid for 12 months for other positions at {company}.

Kind regards,
{rname}
""",
    ents="co contact role",
)

# ---- offers ---------------------------------------------------------------------------------------------------

F(
    "off",
    "us",
    "{rname} <{remail}>",
    "Offer of Employment - {role}",
    """Dear {first},

On behalf of {company}, I am pleased to offer you the position of {role}. We were impressed by your experience and believe you will be a great addition to the team.

Below is a summary of the offer; full details are in the attached offer letter.

  Position: {role}
  Reporting to: {hm}
  Base salary: {salary} per year, paid bi-weekly
  Annual bonus target: {bonus}% of base salary
  Start date: {sd_wd}, {sd_dusy}
  Benefits: medical, dental and vision from day one, 401(k) with 4% match, 20 days PTO

This offer is contingent upon the successful completion of a background check and verification of your eligibility to work in the United States.

To accept, please sign the offer letter via the DocuSign link you will receive separately, no later than {rb_wd}, {rb_dus}.

We are excited about the possibility of you joining us. Please don't hesitate to reach out with any questions.

Sincerely,

{rname}
Director, Talent Acquisition
{company}

Employment with {company} is at-will. This letter is not a contract of employment for any specific period.
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{hm} <{hmemail}>",
    "Good news!",
    """Hi {first},

I'm really happy to tell you that the team loved meeting you and we want to make you an offer for the {role} role! {rfirst} from our people team will call you tomorrow to go through the numbers, and the formal letter will follow.

Honestly, you were our top choice. I can't wait to work together.

{hmfirst}
""",
    ents="role contact",
    contact="hm",
)

F(
    "off",
    "any",
    "DocuSign via {company} <dse_na2@docusign.net>",
    "Please DocuSign: {cand} - Offer Letter - {role}",
    """{rname} sent you a document to review and sign.

REVIEW DOCUMENT
https://na2.docusign.net/Signing/EmailStart.aspx?a={hexid}&etti=24&acct={tok2}

{rname}
{remail}

Hi {first}, please review and sign your offer letter. Welcome to {company}!

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
    ents="co role contact",
)

F(
    "off",
    "uk",
    "{rname} <{remail}>",
    "Conditional offer - {role}",
    """Dear {first},

Following your recent interview, I am delighted to confirm that we would like to offer you the role of {role} at {company}, on a permanent, full-time basis.

The main terms are:
  • Salary: {salary} per annum
  • Hours: 37.5 per week, Monday to Friday
  • Holiday: 25 days plus bank holidays
  • Pension: 5% employer contribution
  • Location: {city}, with two days per week working from home
  • Start date: to be agreed, subject to your notice period

This offer is conditional upon receipt of two satisfactory references, proof of your right to work in the UK and a basic DBS check. Your contract of employment is attached, along with our new starter form.

Please could you let me know whether you wish to accept by {rb_wd} {rb_duk}?

Congratulations again, and we very much look forward to welcoming you.

Kind regards,

{rname}
HR Manager
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "in",
    "{rname} <{remail}>",
    "Offer Letter - {role} - {company}",
    """Dear {first},

Greetings from {company}!!

Congratulations! With reference to your application and subsequent interviews, we are pleased to offer you the position of {role} with our organisation.

Your annual CTC will be {salary} (as per the annexure attached). Your date of joining will be {sd_ddo} {sd_mon} {year} at our {city} office.

Kindly go through the attached offer letter and send us a signed copy as a token of your acceptance within 3 working days. Also please carry the following documents on the day of joining:
1. Relieving letter from previous employer
2. Last 3 months payslips
3. Educational certificates (10th, 12th, Graduation)
4. PAN card and Aadhaar card copy
5. 4 passport size photographs

Please feel free to contact the undersigned for any clarification.

Wishing you all the best!

Thanks & Regards,
{rname}
Manager - Human Resources
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Following up on our call",
    """Hi {first},

Thanks for taking my call just now - I'm so glad you're as excited as we are!

As promised, here's a summary of what we discussed:

Role: {role}
Base: {salary}
Equity: 12,000 stock options, vesting over 4 years with a 1-year cliff
Start date: {sd_dus} (flexible)

The official letter will arrive via DocuSign later today. Take the weekend to think it over and let me know if you have any questions at all.

Best,
{rname}
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{company} <no-reply@hire.lever.co>",
    "You have an offer from {company}",
    """Hi {first},

{company} has sent you an offer for the {role} position.

View and sign your offer: https://hire.lever.co/offers/{hexid}

This link is unique to you. Please do not forward this email.

If you have any questions about your offer, please reach out to {rname}.

Sent via Lever
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "us",
    "{rname} <{aemail}>",
    "They want you!!",
    """{first}!!

Just got off the phone with {company} - they want to hire you as their {role}! They're offering {salary} base plus a {bonus}% bonus, fully remote, start date {sd_dus}.

This is right in line with what you told me you were looking for. Call me when you get a sec so we can talk it through - I think we can get them to bump the base a little if you want to push.

Congrats, you earned it!

{rname}
Managing Partner | {agency}
""",
    ents="co role contact",
)

F(
    "off",
    "au",
    "{rname} <{remail}>",
    "Letter of offer - {role}",
    """Hi {first},

Congratulations! Further to our conversation this afternoon, I'm pleased to attach your letter of offer for the position of {role} at {company}.

Key details:
- Remuneration: {salary} base plus superannuation
- Employment type: full time, permanent
- Probation: 6 months
- Commencement date: {sd_wd} {sd_duky}

To accept, please sign and return the letter of offer along with the completed new starter pack (TFN declaration, super choice form and bank details) by {rb_wd}.

We're really looking forward to having you on board.

Kind regards,
{rname}
People & Culture Business Partner
{company}

This email and any attachments may be confidential. If you are not the intended recipient, please delete it and notify the sender.
""",
    ents="co role contact",
)

F(
    "off",
    "eu",
    "{rname} <{remail}>",
    "Your contract offer",
    """Dear {first},

we are very happy to let you know that we would like you to join {company} as {role}!

Attached you will find our contract offer. The most important points:
- Annual gross salary: {salary} (12 monthly payments)
- 30 days of vacation
- Probation period: 6 months
- Start: {sd_dnde}
- Hybrid working (2 days in the office in {city})

Please send us the signed contract by {rb_dnde}. If you have any questions, {hm} and I are happy to talk.

We are looking forward to working with you!

Best regards
{rname}
People & Culture
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Welcome aboard? 🎉",
    """Hi {first},

I hope you're sitting down! 😄 We'd love to have you join {company} as our next {role}.

I've put the details in the attached letter (salary, benefits, start date), but the short version is that we came in at {salary} and we're flexible on your start date.

Can we find 15 minutes tomorrow to go through it together?

{rname}
""",
    ents="co role contact",
)

F(
    "off",
    "us",
    "Workday <{cslug}@myworkday.com>",
    "Offer Letter Ready for Review",
    """Hello {first},

Congratulations! Your offer letter for the position of {role} (Job Requisition {reqid}) is ready for your review.

To review and accept your offer:
1. Sign in to your Candidate Home account.
2. Go to My Tasks.
3. Open the "Review Offer" task and follow the instructions.

Your offer will expire on {rb_dusy}.

If you have questions about your offer, please contact your recruiter.

Thank you,
{company} Talent Acquisition

This is a system generated message. Please do not reply.
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "in",
    "{rname} <{remail}>",
    "Congratulations!! You are selected",
    """Hi {first},

Congratulations!! We are happy to inform you that you have been selected for the position of {role} at {company} after the final round of discussion.

The offered CTC is {salary} per annum (fixed + variable). Detailed offer letter will be released by our HR operations team within 2 working days.

Kindly confirm your acceptance and your earliest possible date of joining.

Regards,
{rname}
TA Team - {company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{company} <no-reply@ashbyhq.com>",
    "Your offer from {company}",
    """Hi {first},

Congratulations! {company} is pleased to extend you an offer for the {role} position.

Review your offer here: https://app.ashbyhq.com/candidate/offers/{hexid}

Please review and sign by {rb_dus}. If you have any questions, reply to this email and {rname} will get back to you.

Best,
The {company} team
""",
    ents="co role",
)

F(
    "off",
    "us",
    "{rname} <{remail}>",
    "Your new role at {company}",
    """Hi {first},

I'm thrilled to formally extend you an offer to join {company} as {role}!

Here's what the package looks like:

| Base salary     | {salary}                        |
| Sign-on bonus   | $15,000 (paid on first paycheck) |
| RSUs            | $120,000 vesting over 4 years     |
| Annual bonus    | {bonus}% target                   |
| PTO             | Flexible                          |
| Start date      | {sd_dusy}                         |

This offer is contingent on successful completion of our standard background check. The official offer letter is in your inbox via DocuSign.

We'd appreciate a decision by {rb_wd}, {rb_dus}. If you'd like to talk to anyone else on the team before deciding, I'm happy to set that up.

Welcome (hopefully)!
{rname}
Senior Technical Recruiter
""",
    ents="co role contact",
    roles="tech",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Internship offer - Summer {year}",
    """Dear {first},

Congratulations! I am pleased to offer you a summer internship at {company} as a {role}. The internship will run for 12 weeks starting {sd_dus}.

You will be paid {pool_rate} and we will provide a housing stipend for the duration of the internship.

Please confirm your acceptance by replying to this email by {rb_dus}. Once we receive your acceptance, you will receive your onboarding paperwork.

We look forward to having you with us this summer!

Best regards,
{rname}
University Recruiting
{company}
""",
    ents="co role contact",
    pools={
        "role": [
            "Software Engineering Intern",
            "Data Science Intern",
            "Product Management Intern",
            "Marketing Intern",
        ],
        "pool_rate": ["$42 per hour", "$38/hour", "$7,200 per month"],
    },
)

F(
    "off",
    "uk",
    "{rname} <{remail}>",
    "{role}",
    """Hi {first},

Hope you've had a good week. I'm really pleased to let you know that we'd like to offer you the job! Everyone who met you was impressed.

We can offer a starting salary of {salary}, plus our standard benefits package. I'll send the paperwork over on Monday but wanted to let you know straight away.

Let me know your thoughts and if you have any questions.

Best wishes,
{rname}
""",
    ents="role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Revised offer",
    """Hi {first},

Thanks for your patience while I went back to the team. I'm happy to say we've been able to increase the base salary to {salary} and add an additional 5 days of PTO, as you requested. Everything else in the original offer stays the same.

The updated offer letter is attached. If this works for you, please sign by {rb_wd} and we'll get your onboarding started.

Best,
{rname}
{company}
""",
    ents="co contact",
)

F(
    "off",
    "uk",
    "{rname} <{aemail}>",
    "Contract offer - {company}",
    """Hi {first},

Pleased to confirm that {company} would like to offer you the {role} contract.

Rate: {pool_rate}
Duration: 6 months initial, with view to extend
Start: {sd_wd} {sd_duk}
IR35: outside
Location: remote with occasional travel to {city}

I'll send the contract over for signature once you confirm you're happy to proceed. Congratulations!

Cheers,
{rname}
{agency}
""",
    ents="co role contact",
    roles="tech",
    pools={"pool_rate": ["£550 per day", "£600/day", "£475 per day"]},
)

F(
    "off",
    "health_us",
    "{rname} <{remail}>",
    "Employment offer - {role}",
    """Dear {first},

We are pleased to extend a conditional offer of employment for the position of {role} in our Emergency Department. This is a full-time, night shift position (3 x 12 hours per week).

Compensation: {pool_rate}, plus a night shift differential of $6.00/hour
Sign-on bonus: $10,000, payable in two installments
Start date: {sd_wd}, {sd_dus} (New Hire Orientation)

This offer is contingent upon a successful background check, drug screen, health assessment, and verification of your active RN license.

Please reply to this email to accept, and our onboarding team will reach out with next steps.

Sincerely,
{rname}
Talent Acquisition | {company}
""",
    ents="co role contact",
    pools={
        "role": ["Registered Nurse", "RN - Emergency Department", "Staff Nurse"],
        "pool_rate": ["$47.80/hour", "$52.15 per hour", "$44.60/hr"],
    },
)

F(
    "off",
    "hourly_us",
    "{rname} <{remail}>",
    "you got the job!",
    """Hi {first}! Congrats, we'd love for you to join the team at our {city} store as a {role}. Pay is {pool_rate}. Can you start {sd_wd} {sd_dnus}? Let me know and I'll send over the paperwork.

{rfirst}
""",
    ents="role contact",
    pools={
        "role": ["Sales Associate", "Barista", "Shift Supervisor"],
        "pool_rate": ["$17.50/hr", "$19 an hour", "$16.25/hour plus tips"],
    },
)

F(
    "off",
    "sg",
    "{rname} <{remail}>",
    "Letter of Offer - {role}",
    """Dear {first},

Thank you for your time throughout the interview process. We are pleased to offer you the position of {role} with {company}.

Your remuneration package will be as follows:
- Monthly basic salary: {salary}
- Annual Wage Supplement (13th month) and variable bonus based on performance
- 18 days of annual leave
- Medical and dental coverage

Your commencement date will be {sd_duky}. Kindly sign and return the attached Letter of Offer by {rb_duky} to indicate your acceptance.

We look forward to having you on board.

Yours sincerely,
{rname}
Human Resources
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Next steps",
    """Hi {first},

I've got some great news - the team would like to move forward with you for the {role} position! I'd love to set up a quick call to walk you through the offer details. Are you free this afternoon or tomorrow morning?

Best,
{rname}
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "ca",
    "{rname} <{remail}>",
    "Offre d'emploi / Offer of employment - {role}",
    """Bonjour {first},

(English follows)

Nous sommes heureux de vous offrir le poste de {role} chez {company}. Vous trouverez la lettre d'offre en pièce jointe.

Hi {first},

We are very pleased to offer you the position of {role} at {company}. Please find attached your offer letter with the details of your compensation ({salary} annual base salary) and benefits.

Your anticipated start date is {sd_dusy}. Please sign and return the letter by {rb_dus} to confirm your acceptance.

Bienvenue / Welcome!
{rname}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Return offer 🎉",
    """Hi {first},

Thank you for an amazing summer with us! I'm very excited to let you know that the team would like to extend you a full-time return offer as a {role} after graduation.

Your offer letter is attached. Highlights: base salary of {salary}, a relocation bonus, and a start date of your choosing. You have until {rb_dus} to decide, but feel free to reach out sooner with any questions.

Congrats again!
{rname}
University Programs, {company}
""",
    ents="co role contact",
    roles="tech",
)

F(
    "off",
    "uk",
    "Recruitment <recruitment@{domain}>",
    "Provisional offer of appointment - {role} ({reqid})",
    """Dear {first} {last},

Provisional Offer of Appointment
Post: {role}
Reference: {reqid}

I am pleased to inform you that, following your recent interview, you have been successful in your application, and we are writing to offer you this post on a provisional basis.

This offer is subject to satisfactory pre-employment checks, including:
  - Two satisfactory references, one of which must be from your most recent employer
  - Verification of your identity and right to work in the UK
  - Occupational health clearance
  - An Enhanced DBS disclosure

Please log in to your applicant account to accept or decline this provisional offer within 5 working days. Once all checks are complete, you will receive an unconditional offer and your contract.

Yours sincerely,

Recruitment Team
{company}
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "any",
    "{hm} <{hmemail}>",
    "Re: Re: Thank you",
    """Hey {first},

Ha, we're on the same page then. Formal offer coming your way from {rfirst} tomorrow, we matched what you asked for. Really looking forward to having you on the team.

{hmfirst}
""",
    ents="contact",
    contact="hm",
    n=2,
)

F(
    "off",
    "in",
    "{rname} <{remail}>",
    "Letter of Intent - {company}",
    """Dear {first},

This is with reference to the discussions you had with us. We are pleased to issue you this Letter of Intent (LOI) for the position of {role} at {company}, {city}.

Your total annual compensation will be {salary} CTC. The detailed appointment letter will be issued on the date of joining, subject to background verification and submission of all the required documents.

Please accept this LOI by replying "Accepted" and confirm your date of joining, which should be on or before {sd_ddo} {sd_mon} {year}.

Regards,
{rname}
HR Operations
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{company} <notifications@app.bamboohr.com>",
    "{company}: Your offer letter is ready to sign",
    """Hi {first},

{rname} at {company} has sent you an offer letter for the {role} position. Click below to review and sign it electronically.

Review and Sign: https://{cslug}.bamboohr.com/offer/{hexid}

This link will expire on {rb_dus}.

Powered by BambooHR
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "eu",
    "{rname} <{remail}>",
    "Proposition d'embauche - {role}",
    """Hello {first},

Following your interviews with {hm} and the team, I am very pleased to propose you the position of {role} in a CDI (permanent contract) at {company}, based in {city}.

- Gross annual salary: {salary}
- Variable: up to {bonus}% of the annual salary
- Tickets restaurant and 50% of your public transport pass
- Remote: 2 days per week
- Start date: {sd_dneu}

You will find the promesse d'embauche attached. Could you send it back signed by {rb_dneu}?

Welcome on board!
{rname}
Talent Acquisition Manager
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Offer - {role} - decision needed by {rb_wd}",
    """Hi {first},

Following up on the offer we sent last week for the {role} role. We're really hoping you'll join us! As mentioned, we need your decision by {rb_wd}, {rb_dus}, as we have other candidates in the process.

If there's anything holding you back, whether it's compensation, start date or anything else, please let me know and I'll see what I can do.

Best,
{rname}
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "us",
    "{rname} <{remail}>",
    "Part-time position - {company}",
    """Hello {first},

Thank you for coming in to meet with us. We would like to offer you a part-time position as {role}, working approximately 20-24 hours per week at {pool_rate}.

Your first day would be {sd_wd}, {sd_dus}. Please bring two forms of ID for your I-9 paperwork.

Please let me know by phone or email if you accept.

Regards,
{rname}
Office Manager
{company}
""",
    ents="co role contact",
    pools={
        "role": ["Front Desk Receptionist", "Bookkeeper", "Administrative Assistant"],
        "pool_rate": ["$21.00 per hour", "$23/hr", "$19.50/hour"],
    },
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Relocation package details",
    """Hi {first},

Further to your offer for the {role} position in {city}, I wanted to share the details of the relocation support that's included:

• Lump-sum relocation allowance equivalent to one month's salary
• Up to 30 days of temporary accommodation
• Visa and immigration support for you and your family through our partner
• One return flight home in your first year

These are all detailed in section 6 of your offer letter. Once you've signed, our mobility team will get in touch to start the visa process.

Best regards,
{rname}
Global Mobility & Talent
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "So happy to share this",
    """Hi {first},

On behalf of everyone at {company}, I am delighted to let you know that we'd like you to join us as {role}. It was a genuinely tough decision, but your thoughtfulness in the final round stood out.

The formal offer letter is attached, including compensation, benefits and a proposed start date of {sd_dus}. Take a few days to read through it, talk it over with anyone you need to, and reach out to me with any questions.

Warmly,
{rname}
Chief People Officer
""",
    ents="co role contact",
)

F(
    "off",
    "au",
    "{rname} <{aemail}>",
    "Verbal offer - {company}",
    """Hi {first},

Just confirming the verbal offer I passed on this arvo. {company} are offering you the {role} role at {salary} + super, starting {sd_wd} {sd_duk}, hybrid 3 days in the office.

Once you confirm you're happy to accept I'll let them know and they'll issue the contract directly. They'll also need two referees, so have those ready!

Congrats mate, well deserved.

{rname}
{agency}
""",
    ents="co role contact",
)

F(
    "off",
    "in",
    "{company} HR <hr@{domain}>",
    "Offer Release - {role}",
    """Dear {first},

Please find attached your Offer Letter for the position of {role}.

Designation: {role}
Annual CTC: {salary}
Joining Date: {sd_dneu}
Work Location: {city} (Work from Office, 5 days)

Kindly accept the offer on our HRMS portal within 48 hours of receiving this email. Non-acceptance within the given time will lead to offer revocation.

This is a system generated email. Please do not reply.

Regards,
HR Team
{company}
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Contingent offer of employment",
    """Dear {first},

{company} is pleased to extend to you a contingent offer of employment for the position of {role}.

This offer is contingent upon:
1. Satisfactory results of a pre-employment background investigation;
2. Satisfactory results of a pre-employment drug screen;
3. Verification of your identity and employment eligibility.

You will receive an email from our screening vendor, Sterling, with instructions. Your start date will be confirmed once all contingencies are cleared.

Compensation details are outlined in the attached offer letter. Please sign and return it within five (5) business days.

Sincerely,
{rname}
Human Resources
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "eu",
    "{hm} <{hmemail}>",
    "We'd love to have you",
    """Hej {first},

just wanted to personally reach out - we'd love to have you join {company} as our new {role}! {rname} will send you the contract later today.

I'm really looking forward to working with you. Let me know if you want to grab a fika and talk about anything before you decide.

/{hmfirst}
""",
    ents="co role contact",
    contact="hm",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Compensation details for {role}",
    """Hi {first},

As discussed, here are the details of the package we'd like to offer:

Base salary: {salary}
Performance bonus: up to {bonus}%
Start date: {sd_dus}
Title: {role}

Let me know if you'd like to discuss anything. Once you're happy, I'll send the formal offer for signature.

Best,
{rname}
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "Congrats!",
    """{first} - congrats, you're in! Offer letter attached, sign whenever you're ready. Excited to have you on board.

{rfirst}
{company}
""",
    ents="co contact",
    n=2,
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "{company} - Offer update",
    """Hi {first},

Great news! We have received all your references back and the background check has cleared, so I can now confirm your offer for {role} is unconditional. Your start date of {sd_wd}, {sd_dus} is confirmed.

You'll receive an onboarding email from IT next week with your login details. Please arrive at 9:00 on your first day and ask for {hm} at reception.

Welcome to {company}!

{rname}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{company} Careers <careers@{domain}>",
    "Offer Letter: {role}",
    """Dear {cand},

We are pleased to offer you employment with {company} in the position of {role}, reporting to {hm}.

Please find your offer letter attached to this email. To accept this offer, sign the letter electronically using the link below no later than {rb_dusy}:

https://{cslug}.icims.com/jobs/offer/{ref}/login

Should you have any questions regarding your offer, please contact {rname} at {remail}.

Sincerely,
{company} Talent Acquisition

This communication, including any attachments, is confidential and may be privileged. If you received this in error, please notify the sender and delete it from your system.
""",
    ents="co role",
)


# ---- long messages with footers (real corporate mail often buries the point in boilerplate) -------------------

F(
    "inv",
    "us",
    "{company} Talent Acquisition <talent.acquisition@{domain}>",
    "{company} | {role} | Interview Confirmation",
    """Dear {first},

Thank you for your continued interest in career opportunities with {company}. We are pleased to confirm the details of your upcoming interview for the position of {role} (Requisition {reqid}).

INTERVIEW DETAILS
Date: {wd}, {dusy}
Time: {t12} - {et12} {tz}
Format: Virtual (Zoom)
Join link: {link}
Interviewers: {hm}, Hiring Manager; {rname}, Talent Acquisition Partner

PREPARING FOR YOUR INTERVIEW
Our interviews follow a structured, behavioral format. You may be asked to describe specific situations from your past experience, the actions you took and the results you achieved. We encourage you to review the job description and to think about examples that demonstrate your skills in collaboration, problem-solving and communication. You will also have time at the end to ask questions of your own.

TECHNOLOGY CHECK
Please join from a quiet location with a reliable internet connection. We recommend testing your audio and video at https://zoom.us/test before the interview. If you experience technical difficulties, call the Talent Acquisition team at (800) 555-0161.

ACCOMMODATIONS
{company} is committed to providing reasonable accommodations to qualified individuals with disabilities throughout the hiring process. If you need an accommodation, please contact us at least 48 hours before your interview.

If you need to reschedule, please reply to this email as soon as possible.

We look forward to speaking with you.

Sincerely,
{rname}
Talent Acquisition Partner
{company}

--
{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, protected veteran status, or any other characteristic protected by law.
This message contains information that may be confidential and privileged. Unless you are the addressee (or authorized to receive for the addressee), you may not use, copy or disclose to anyone the message or any information contained in the message. If you have received the message in error, please advise the sender by reply e-mail and delete the message.
""",
    ents="co role contact start link",
    when="abs",
    link="zoom",
    dur=60,
    ics={"summary": "Interview: {role} ({reqid})", "location": "Zoom", "url": "{link}"},
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Invitation for Technical Interview - {role} - Req ID {reqid}",
    """Dear {first},

Greetings from {company}!

Thank you for your interest in {company}. We are happy to inform you that your profile has been shortlisted for the position of {role} and we would like to invite you for the technical interview as per the details below.

Interview Round : Technical Round 1
Date : {wd}, {ddo} {mon} {year}
Time : {t12} IST
Duration : 60 minutes
Mode : Virtual - Microsoft Teams
Meeting Link : {link}
Panel Member : {hm}

Instructions to the candidate:
1. Please join the meeting 10 minutes before the scheduled time.
2. Ensure you are in a noise free environment with good internet connectivity and keep your video ON throughout the interview.
3. Keep a valid Government photo ID (Aadhaar / PAN / Passport) handy for identity verification.
4. Use of any unfair means during the interview will lead to disqualification.
5. Please keep your updated resume, latest 3 months salary slips and relieving letters ready, as these may be requested after the interview.

Kindly acknowledge this mail and confirm your availability at the earliest. In case the above slot is not convenient, please share two alternate slots in the next 3 working days so that we can reschedule accordingly.

Wishing you all the very best!

Thanks & Regards,
{rname}
Talent Acquisition Specialist
{company}
{loc}

Disclaimer: {company} does not charge any fee at any stage of the recruitment process. Beware of fraudulent offers of employment made by individuals or agencies claiming to represent {company}. If you receive any such communication, please report it to careers@{domain}.
This e-mail and any files transmitted with it are for the sole use of the intended recipient(s) and may contain confidential and privileged information. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
    ents="co role contact start link",
    when="abs",
    link="teams",
    dur=60,
    hours=(10, 11, 12, 14, 15, 16),
    mins=(0, 30),
)

F(
    "asm",
    "any",
    "{company} Recruiting <recruiting@{domain}>",
    "{role} - Technical Assessment Instructions",
    """Hello {first},

Thank you for your time with our team so far. We are excited to invite you to the next stage of our hiring process for the {role} position: a technical assessment.

OVERVIEW
The assessment is a take-home project that reflects the kind of work our team does every day. You will receive access to a private repository containing the brief, starter code and sample data. The brief describes a small service with a few clear requirements and some optional extensions.

TIMING
Once you accept the invitation to the repository, you will have five (5) calendar days to submit your work. We expect the core requirements to take roughly four hours. Please do not feel obliged to complete the optional extensions; we would rather see a smaller, well-tested solution than a large, fragile one.

WHAT WE EVALUATE
- Correctness and clarity of the code
- Testing approach
- Your written explanation of trade-offs, in a short NOTES.md
- How easy it would be for a teammate to pick up your work

NEXT STEPS
You will receive a separate invitation from GitHub within the next hour. If it does not arrive, please check your spam folder and then contact {rname} at {remail}. After submission, two engineers will review your work, and if successful you will be invited to a follow-up conversation to discuss it.

ACCOMMODATIONS
If you need additional time or any other adjustment, please let us know before you begin. Requests will not affect the evaluation of your submission.

Best of luck - we look forward to reviewing your work!

{rname}
Recruiting Team
{company}

You are receiving this email because you applied for a position at {company}. Your personal data is processed in accordance with our Candidate Privacy Notice, available at https://www.{domain}/privacy/candidates.
""",
    ents="co role contact",
    roles="tech",
)

F(
    "asm",
    "uk",
    "{company} Resourcing <resourcing@{domain}>",
    "Your application for {role}: online assessments",
    """Dear {first},

Thank you for your application for the role of {role} with {company}. We are pleased to inform you that you have been successful at the initial screening stage and we would now like to invite you to complete our online assessments.

What is involved?
There are two assessments. The first is a Situational Judgement Test, which presents you with realistic scenarios you might face in the role and asks you to rate possible responses. The second is a short Numerical Reasoning Test, which measures your ability to interpret data presented in tables and charts. Together they take approximately 45 minutes. The Situational Judgement Test is untimed; the Numerical Reasoning Test has a time limit of 18 minutes.

How do I access them?
Please log in to your candidate account using the link below and select "Complete assessments" on the dashboard:
https://careers.{domain}/candidate/login

When is the deadline?
Please complete both assessments by 23:59 on {dl_wd} {dl_duky}. Unfortunately we are not able to extend this deadline except where reasonable adjustments have been agreed.

Reasonable adjustments
If you have a disability, long-term health condition or neurodivergence and would like to request an adjustment (for example, additional time), please contact the Resourcing Team before starting the assessments.

What happens next?
We aim to let all candidates know the outcome within ten working days of the deadline. Successful candidates will be invited to an interview.

Kind regards,

Resourcing Team
{company}

{company} is committed to equality, diversity and inclusion, and welcomes applications from all sections of the community. This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.
""",
    ents="co role",
)

F(
    "off",
    "us",
    "{rname} <{remail}>",
    "Welcome to {company}!",
    """Dear {first},

On behalf of everyone at {company}, it is my pleasure to extend to you an offer of employment for the position of {role}. We were truly impressed throughout the interview process and are confident you will make a meaningful contribution to the team.

The key terms of our offer are set out below; the attached offer letter contains the full details.

Position: {role}, reporting to {hm}
Employment type: Full-time, exempt
Annual base salary: {salary}, paid semi-monthly
Bonus: eligible for the annual incentive plan with a target of {bonus}% of base salary, prorated for your first year
Equity: a grant of restricted stock units, subject to Board approval, vesting over four years
Start date: {sd_wd}, {sd_dusy}
Location: {city} office, hybrid (three days per week in office)

Benefits: you will be eligible for medical, dental and vision coverage on your first day, a 401(k) plan with a company match of up to 5%, 18 days of paid time off plus 11 company holidays, 16 weeks of paid parental leave, and an annual learning budget of $2,000.

This offer is contingent upon the satisfactory completion of a background check and your execution of our standard Employee Confidentiality and Invention Assignment Agreement. You will also need to provide proof of your identity and authorization to work in the United States within three business days of your start date.

To accept, please sign the offer letter electronically through DocuSign by {rb_wd}, {rb_dusy}. If you have any questions about the offer or our benefits, please do not hesitate to contact me directly.

We are very much looking forward to welcoming you to {company}.

Warm regards,

{rname}
Vice President, People
{company}

Your employment with {company} will be "at will," meaning that either you or the company may terminate it at any time, with or without cause or notice. This letter, together with the documents referenced, constitutes the complete offer and supersedes any prior discussions.
""",
    ents="co role contact",
)

F(
    "off",
    "in",
    "{rname} <{remail}>",
    "Appointment - {role} - {company}",
    """Dear {first},

Greetings from {company}!

We are delighted to inform you that you have been selected for the position of {role} at our {city} location. Please find attached your offer letter along with the compensation annexure. The key details are as follows:

Designation: {role}
Annual CTC: {salary} (including fixed pay, variable pay and statutory benefits)
Variable Pay: up to {bonus}% of fixed pay, based on individual and company performance
Date of Joining: {sd_ddo} {sd_mon} {year}
Reporting Manager: {hm}
Probation Period: 6 months
Notice Period: 60 days after confirmation

Benefits include group mediclaim cover of Rs. 5,00,000 for self, spouse and two children, group term life insurance, 24 days of paid leave per calendar year, and a quarterly wellness allowance.

Kindly go through the offer letter carefully. Please sign every page of the offer letter and the annexure, and send us a scanned copy by {rb_ddo} {rb_mon} {year} as a token of your acceptance. Please note that this offer is subject to satisfactory background verification, reference checks and submission of your relieving letter from your current employer.

On the date of joining, kindly report at 9:30 AM to the HR department at our office and carry original and photocopies of your educational certificates, experience letters, last three months salary slips, PAN card, Aadhaar card, passport (if any) and four passport size photographs.

We look forward to a long and mutually rewarding association.

With warm regards,
{rname}
Senior Manager - HR
{company}
{loc}

Disclaimer: The information contained in this communication is intended solely for the use of the individual or entity to whom it is addressed and others authorized to receive it. It may contain confidential or legally privileged information. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or taking any action in reliance on the contents of this information is strictly prohibited.
""",
    ents="co role contact",
)


# ---- more invitations: wording the first batch lacked (cross-validation showed unseen styles fail) ----------

F(
    "inv",
    "any",
    "{hm} <{hmemail}>",
    "{role}",
    """{first} - can you do a call tomorrow? 20 mins, want to talk through the {role} role before I go on leave. Anytime after lunch works my end.

{hmfirst}
""",
    ents="role contact",
    contact="hm",
    when="tomorrow",
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Re: {role}",
    """hi {first} thx for applying!! r u free {wd3} {t12s} for a quick chat? 15 min tops. lmk

{rfirst}

Sent from Outlook for Android
""",
    ents="role contact start",
    when="soon",
    hours=(11, 13, 14, 15, 16),
    mins=(0, 30),
    n=2,
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "RE: References and next steps",
    """Hi {first},

Thanks for sending your referees' details over so promptly, and apologies again for the car park confusion on Tuesday - facilities have now promised me the visitor bays will actually be free next time!

On that note: {hm} has had a chance to go through the notes from your first interview and would like to meet you again, this time with the Finance Director sitting in. Would {wd} {duk} at {t24} work for you? It will be at the same office ({loc}) and should take about an hour. No presentation this time, it's more of a conversation about how you'd approach the first six months.

If that date is tricky just let me know a couple of alternatives the same week.

Also, I've attached our expenses form in case you want to claim for the train.

Many thanks,
{rfirst}

{rname}
People Advisor | {company}
""",
    ents="co contact start loc",
    when="abs",
    hours=(9, 10, 11, 14, 15),
    mins=(0, 30),
)

F(
    "inv",
    "us",
    "{rname} <{aemail}>",
    "{company} came back already",
    """{first},

Fast turnaround - I sent your profile over to my client {company} yesterday afternoon and the hiring manager already wants to talk. They're looking at a 45 min video call with the {role} lead.

They gave me three windows:
- {wd} {dnus}, anytime 1-4 {tzs}
- {i2_wd} {i2_dnus}, morning
- or Friday late afternoon

Which is best? Reply or text me at 646-555-0193 and I'll lock it in with them. Please don't reach out to {company} directly, everything goes through me for now.

{rname}
Principal, Technology Practice
{agency}
""",
    ents="co role contact",
    when="abs",
    idays=(0, 1, 2, 3),
)

F(
    "inv",
    "in",
    "{rname} <{aemail}>",
    "F2F Interview for {role} with our client {company} on {dint}",
    """Dear {first},

This is with regard to your candidature for the position of {role} with our esteemed client {company}.

We are glad to inform you that client has scheduled a Face to Face interview for your profile. Details are as below:

Date: {dint} ({wd})
Reporting Time: {t12}
Venue: {loc}
Contact person at venue: {hm} (HR)

Please carry 2 copies of updated CV, one photo ID proof and your last 3 month payslips. Formal dress code is mandatory.

Request you to confirm your presence for the interview by replying "Confirmed" to this mail at the earliest. In case you are not available kindly let us know so that we can inform the client in advance.

Warm Regards,
{rname}
Sr. Recruitment Consultant
{agency}
""",
    ents="co role contact start loc",
    when="abs",
    hours=(10, 11, 14),
    mins=(0, 30),
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Your onsite at {company} - please confirm",
    """Hi {first},

Thanks for your patience while we pulled the panel together! Here's the plan for your onsite for the {role} position. Please take a look and reply to confirm this works before I send calendar holds to the team.

Date: {wd}, {dusy}
Start: {t12} {tz} (please arrive 10 minutes early)
Address: {loc}

Agenda
  {t12s}  Welcome + office tour with me
  then    Hiring manager conversation - {hm}
  then    Working session with two engineers (bring a laptop if you have one)
  then    Lunch with the team
  then    Wrap-up with our Head of Product

A couple of questions for you:
1. Do you need parking? We can validate at the garage on the corner.
2. Any dietary restrictions for lunch?
3. Will you need any accommodations for the day?

Looking forward to it!
{rname}
Recruiting Coordinator, {company}
""",
    ents="co role contact start loc",
    when="abs",
    hours=(9, 10),
    mins=(0, 30),
    dur=240,
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Onsite - two options",
    """Hi {first},

The panel is keen to meet you in person for the last stage. We've been juggling four calendars, which is always fun, but I've found two days when everyone is around:

Option A - {wd} {dus3}, starting {t12s}
Option B - {i2_wd} {i2_dus3}, starting {i2_t12s}

Either way it runs about three hours including a short break. Which one suits you better? As soon as you tell me I'll send the full itinerary, the address and the names of everyone you'll be meeting.

Thanks!
{rfirst} | Talent Team | {company}
""",
    ents="co contact",
    when="abs",
    hours=(9, 10, 13),
)

F(
    "inv",
    "any",
    "{company} <no-reply@ashbyhq.com>",
    "{company}: Please choose your interview times",
    """Hi {first},

{rname} from {company} has requested that you schedule the following interview for the {role} position:

Technical Interview (60 minutes)
Interviewers will be confirmed once you book.

Choose your times: https://app.ashbyhq.com/interview-scheduling/{hexid}

Times are shown in the time zone detected by your browser. If nothing works, use the "Request other times" button on that page.

Powered by Ashby
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
    n=2,
)

F(
    "inv",
    "us",
    "{company} <{cslug}@myworkday.com>",
    "Action Needed: Schedule Interview",
    """You have a new task in Workday.

Task: Schedule Interview
Job Requisition: {reqid} {role}
Due: {dl_dnusy}

Hello {first},

The hiring team for {role} would like to speak with you. Please sign in to your Candidate Home account, open My Tasks and select a time for your interview from the available slots.

Sign in: https://{cslug}.wd5.myworkdayjobs.com/en-US/careers/userHome

If none of the available times work for you, please reply to your recruiter, {rname}.

This message was sent from an unmonitored mailbox.
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "inv",
    "hourly_us",
    "Olivia from {company} <olivia@paradox.ai>",
    "Interview for {role}",
    """Hi {first}! It's Olivia, the virtual hiring assistant for {company}. Good news - the manager at our {city} location wants to interview you for the {role} position.

Reply with the number of the time that works best:
1 - {wd} {dnus} at {t12s}
2 - {i2_wd} {i2_dnus} at {i2_t12s}
3 - None of these work

Interviews are in person and take about 15 minutes. Reply STOP to opt out.
""",
    ents="co role",
    when="abs",
    roles="biz",
    pools={"role": ["Crew Member", "Shift Lead", "Stock Associate", "Cashier"]},
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Invitation for job interview",
    """Dear Mr./Ms. {last},

we are thanking you for your interest in our company and for the sending of your documents. We have read your CV with big interest and we like to invite you to a personal interview in our office.

Proposal of appointment: {wd}, {dnde} at {t24} o'clock
Place: {loc}
Participants: {hm} (Team Lead) and me

Please can you confirm if this date is possible for you? If not, please send to us another dates, we will find a solution.

For the travel, please note that the parking in front of building is only for visitors with registration, so the public transport is recommended.

With kind regards
{rname}
Human Resources
{company}
""",
    ents="co contact start loc",
    when="abs",
    hours=(9, 10, 11, 14),
    mins=(0, 30),
)

F(
    "inv",
    "sg",
    "{rname} <{remail}>",
    "{role} interview",
    """Hi {first},

Our hiring manager would like to arrange a interview with you for the {role} role. Are you available this {wd} {t12s}? Will be face to face at our office, {loc}.

Kindly revert with your availability. Thank you.

Regards
{rname}
HR Executive
{company}
""",
    ents="co role contact start loc",
    when="soon",
    idays=(3, 4),
    hours=(10, 11, 14, 15),
)

F(
    "inv",
    "uk",
    "{company} Recruitment <noreply@civilservicejobs.service.gov.uk>",
    "Invitation to interview: {role} (Ref {ref})",
    """Dear {first} {last},

Vacancy reference: {ref}
Job title: {role}
Department: {company}

Thank you for your application. I am pleased to inform you that you have been successful at the sift stage and you are invited to attend an interview.

Your interview will be assessed using Success Profiles. You will be asked questions on the Behaviours and Strengths listed in the job advert, and you should also be prepared to give a 5 minute presentation on a topic that will be sent to you 48 hours before the interview.

Your interview has been provisionally booked for {wd} {duky} at {t24}. It will take place via Microsoft Teams and will last approximately 45 minutes.

You must confirm your attendance by logging into your Civil Service Jobs account and selecting "Confirm interview slot" within 48 hours of this email. If you do not confirm in time, your slot may be offered to another candidate. If you require reasonable adjustments, please contact the vacancy holder as soon as possible.

Yours sincerely,

{company} Recruitment Team

Please do not reply to this email as this mailbox is not monitored.
""",
    ents="co role start",
    when="abs",
    pools={
        "company": [
            "HM Revenue & Customs",
            "Department for Transport",
            "Cabinet Office",
            "Ministry of Justice",
        ],
        "role": ["Policy Adviser", "Higher Executive Officer - Data Analyst", "Senior Executive Officer"],
    },
)

F(
    "inv",
    "au",
    "{rname} <{remail}>",
    "Invitation to attend interview - {role}",
    """Dear {first}

Thank you for applying for the position of {role}, Position Number {ref}.

The selection panel has assessed all applications and I am pleased to advise that you have been shortlisted. You are invited to attend an interview as follows:

Date:   {wd} {duky}
Time:   {t12d}
Venue:  {loc}
Panel:  {hm} (Chair), {rname}, and an independent panel member

The interview will run for approximately 45 minutes. You will be given 10 minutes prior to the interview to read the questions. You are welcome to bring notes.

Please contact me on (02) 5550 1742 or by reply email by close of business tomorrow to confirm your attendance.

Regards

{rname}
Senior HR Officer
""",
    ents="role contact start loc",
    when="abs",
    hours=(9, 10, 11, 13, 14, 15),
    mins=(0, 15, 30, 45),
    pools={"role": ["Senior Policy Officer", "Project Officer (APS 6)", "Contracts Administrator"]},
)

F(
    "inv",
    "us",
    "Human Resources Department <hr@{domain}>",
    "Oral Board Interview Notice",
    """NOTICE OF ORAL BOARD INTERVIEW

Candidate: {first} {last}
Position: {role}
Announcement No.: {reqid}

You have been identified as one of the most qualified candidates for the above position and are scheduled for an oral board interview on {wd}, {dusy} at {t12}. The interview will be held at {loc}.

Please report to the Human Resources reception desk fifteen minutes prior to your scheduled time. Bring a valid photo identification. Candidates who arrive late may be disqualified.

You must contact Human Resources at (555) 201-4480 no later than 5:00 PM on the second business day after the date of this notice to confirm that you will attend or to request a reasonable accommodation.

Human Resources Department
""",
    ents="role start loc",
    when="abs",
    hours=(8, 9, 10, 13, 14),
    mins=(0, 30),
    pools={"role": ["Management Analyst II", "GIS Technician", "Budget Analyst", "Planner I"]},
)

F(
    "inv",
    "us",
    "{hm} <{hmemail}>",
    "round 2",
    """Hey {first},

Really enjoyed our conversation on Monday. I'd like to get you back for round 2 - this one's with two of our senior folks and it goes deeper on the technical side (a live walkthrough of something you've built is ideal, so pick a project you know well).

How does {wd} at {t12s} {tzs} look? We'll do it over Zoom, link below. If that's no good, tell me what is.

{link}

- {hmfirst}
""",
    ents="contact start link",
    contact="hm",
    when="soon",
    link="zoom",
    roles="tech",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Third and final conversation",
    """Hi {first},

I know this process has been a marathon so thank you for sticking with it! Feedback from Thursday was really strong and there's one more step: a conversation with {hm}, our Chief Operating Officer. It's less of an interview and more of a two-way fit check, about 30 minutes.

{hmfirst} has kept {wd} {duk} at {t24} ({tz}) free for you. Can you let me know if you can make that? Otherwise I'll go back and find another slot, though their diary is tight over the next fortnight.

Best,
{rname}
""",
    ents="contact start",
    when="abs",
    hours=(8, 9, 12, 16, 17),
)

F(
    "inv",
    "au",
    "{hm} <{hmemail}>",
    "Come meet the team?",
    """Hi {first},

Would you like to pop in and meet the rest of the team before we go any further? Nothing formal, no prep needed - just a cuppa in the office and a chance for you to see how we work and ask questions. Usually takes about 45 mins.

Friday arvo tends to be quietest for us, but I'm flexible. What day suits you?

Cheers
{hmfirst}
{company}
""",
    ents="co contact",
    contact="hm",
)

F(
    "inv",
    "uk",
    "{hm} <{hmemail}>",
    "Trial day",
    """Hi {first},

Thanks for coming in on Tuesday, everyone enjoyed meeting you. Before we make a decision we'd like to invite you back for a paid trial day - you'd sit with the team, pick up a real (small) piece of work and get a proper feel for how we operate. Honestly it's as much for you to check us out as the other way round.

Could you do {wd} {ddo} {mon}, from {t24} until about 5? We'll get lunch in. If that day doesn't work just let me know and we'll sort another one.

Thanks,
{hmfirst}
{company}
""",
    ents="co contact start",
    contact="hm",
    when="abs",
    hours=(9,),
    mins=(0, 30),
    dur=480,
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Informal chat about {role}?",
    """Hi {first},

I hope you don't mind me reaching out directly. We're hiring a {role} at {company} and your background came up when I was looking through people who'd applied to a similar role last year.

Before anything formal, would you be up for an informal chat - 20 minutes or so, just to tell you what we're building and hear what you're looking for next? No CV needed, no prep.

Here's my calendar if it's easier to pick something there: https://calendar.app.google/{tok2}

Best,
{rfirst}
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Re: Application - {role}",
    """Thanks {first}, this is really helpful - and the portfolio link works now.

Let's talk. How's {wd} at {t12s}? I'll send a Teams invite once you confirm. If you're mid-notice somewhere and need an early slot, before 9 is fine too.

{rname}
{company}
""",
    ents="co role contact start",
    when="soon",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Invitation: {role} - video interview",
    """Hi {first},

I've sent you a calendar invitation for your video interview for the {role} role:

{wd}, {dus}, {t12} - {et12} ({tz})
Microsoft Teams: {link}

Could you please accept the invitation (or just reply here) so we know it works for you? If you'd prefer a different time, decline it with a note and I'll rearrange.

You'll be speaking with {hm} and one other member of the team.

Kind regards,
{rname}
{company}
""",
    ents="co role contact start link",
    when="abs",
    link="teams",
    dur=45,
    mins=(0, 15, 30),
    ics={"summary": "{role} interview - {cand}", "location": "Microsoft Teams Meeting", "url": "{link}"},
)

F(
    "inv",
    "hourly_us",
    "{company} Hiring <jobs@{domain}>",
    "We want to meet you!",
    """Hi {first},

This is {rname} with {company} in {city}. Thanks for applying for {role}! We'd like to have you come in for an interview.

Can you come in on {wd} at {t12s}? Just ask for {rfirst} at the front desk. Bring a photo ID and wear something comfortable.

Reply YES to confirm or let us know another time that works.

{rname}
Hiring Manager
""",
    ents="co role contact start",
    when="soon",
    hours=(10, 11, 14, 15, 16),
    pools={"role": ["Sales Associate", "Stock Associate", "Cashier", "Shift Supervisor"]},
)

F(
    "inv",
    "health_us",
    "{rname} <{remail}>",
    "Interview - {role}",
    """Hello {first},

Thank you for your interest in joining {company}. The nurse manager for our unit, {hm}, would like to interview you for the {role} position.

Interviews are being held on the unit on {wd} and {i2_wd} between 10am and 2pm. Please let me know which day and approximate time works best for you, and we will also arrange a brief shadow on the floor after the interview.

Thank you,
{rname}
Nurse Recruiter
{company}
""",
    ents="co role contact",
    when="abs",
    pools={"role": ["RN - Telemetry", "Registered Nurse, ICU", "LPN - Long Term Care"]},
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "Uitnodiging sollicitatiegesprek / Interview invitation",
    """Beste {first},

(English below)

Bedankt voor je sollicitatie. We nodigen je graag uit voor een eerste gesprek op {dnde} om {t24} via Google Meet. Laat je even weten of dit schikt?

---

Hi {first},

Thanks for applying for the {role} position. We'd like to invite you to a first conversation on {dnde} at {t24} (Amsterdam time) on Google Meet:
{link}

Could you let us know whether that time works?

Groet / Kind regards,
{rname}
Recruiter, {company}
""",
    ents="co role contact start link",
    when="abs",
    link="meet",
    itz="Europe/Amsterdam",
)

F(
    "inv",
    "any",
    "{rname} via LinkedIn <messages-noreply@linkedin.com>",
    "{rfirst} sent you a message",
    """{rname} sent you a new message

"Hi {first}, I'm leading hiring for a {role} position at {company} and your background stood out. Would you be open to a 15 minute call sometime this week to hear more? Happy to work around your schedule."

View message: https://www.linkedin.com/messaging/thread/{tok}/

This email was intended for {first} {last}. Learn why we included this.
© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ents="co role contact",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub&t={tok2}>"},
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "the long version",
    """{first},

Some context before I ask you for anything. {company} started three years ago as two of us in a garage trying to fix how small logistics companies price their routes. We now have 40 people, a product that customers actually renew, and a roadmap that is frankly more ambitious than our current team can deliver. That's where the {role} hire comes in.

I read your note about why you applied, and the bit about rebuilding the dispatch system at your last job is very close to what we need. The hard parts here are messy data from carriers, customers who change their minds at 4am, and a codebase that grew faster than it should have.

So: I'd love to talk. Would {wd} at {t12s} {tz} work for a video call? An hour, mostly me asking about what you've built and you grilling me about whether we're worth your time. I'll send a Google Meet link once you say yes.

If the answer is "not right now", that's fine too, just tell me.

{rfirst}
CEO, {company}
""",
    ents="co role contact start",
    when="soon",
    roles="tech",
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Just bumping this",
    """Hi {first},

Just bumping this to the top of your inbox - I'm still keen to get something in the diary for your interview with {hm}. Does {wd} {ddo} at {t12d} work? If not, send me a couple of times that do and I'll make it happen.

Thanks,
{rfirst}
""",
    ents="contact start",
    when="abs",
    n=2,
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Telephonic round tomorrow",
    """Hi {first},

Pls be available for the telephonic round tomorrow at {t12s}. Our TL {hm} will call you on your registered mobile number. It will be for approx 30 mins, JD for {role} is attached for ur reference.

Kindly confirm ASAP.

Thanks
{rfirst}
HR | {company}
""",
    ents="co role contact start",
    when="tomorrow",
    hours=(11, 12, 15, 16, 17),
    mins=(0, 30),
)

F(
    "inv",
    "au",
    "{rname} <{remail}>",
    "Quick yarn about the {role} role",
    """Hey {first},

Hope the week's treating you well. Just read through your application for the {role} gig and reckon it'd be worth a chat.

Any chance you're free {wd} around {t12s}? I'll give you a bell on your mobile, won't take more than 20 minutes. If that's no good just flick me a couple of times that work.

Ta,
{rfirst}
Talent Acquisition | {company}
""",
    ents="co role contact start",
    when="this",
    hours=(10, 11, 13, 14, 15),
)

F(
    "inv",
    "ca",
    "{rname} <{remail}>",
    "Entrevue / Interview - {role}",
    """Bonjour {first},

Merci pour votre intérêt envers {company}! Nous aimerions vous rencontrer pour une première entrevue.

Hi {first},

Thank you for your interest in {company}! We would like to meet you for a first interview for the {role} position. It can be held in French or English, your choice.

Could you send us your availability for a 45-minute video call over the coming week?

Merci / Thank you,
{rname}
Acquisition de talents | Talent Acquisition
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Flying you out for the final round",
    """Hi {first},

Great news - the team would like to bring you to our {city} office for the final round of interviews for the {role} position! We'll cover flights, one night at a hotel close to the office, and meals.

To get things booked, could you reply with:
- Two or three dates over the next two weeks that work for you (we'd aim for a full day of interviews, roughly 9 to 4)
- Your preferred departure airport
- Your full name exactly as it appears on your ID

Our travel partner will follow up with itinerary options once I have those.

Best,
{rname}
Recruiting, {company}
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Confidential: leadership opportunity",
    """Dear {first},

I am retained by {company} to lead a confidential search for their next {role}. Given your track record, the board's chair asked me to make a discreet approach.

I appreciate you may not be actively looking. Would you be open to an exploratory conversation with me in the first instance, and, if mutually interesting, an introduction to {hm}? I am in {city} for most of next week and equally happy to speak by phone.

Please let me know a time that suits, and of course treat this note in confidence.

With best regards,

{rname}
Partner
{agency}
""",
    ents="co role contact",
    roles="biz",
    pools={
        "role": ["Chief Financial Officer", "VP Engineering", "Managing Director, EMEA", "Head of Operations"]
    },
)

F(
    "inv",
    "hourly_us",
    "{company} Careers <careers@{domain}>",
    "Hiring event - you're invited!",
    """You're invited to our hiring event!

Hi {first},

Thanks for your interest in working at {company}. We're hosting an open interview event at our {city} location and would love for you to join us.

When: {wd}, {dus}, {t12s} - 4pm (drop in any time)
Where: {loc}

Managers will be doing on-the-spot interviews for {role} and other positions. Please RSVP by clicking below so we know to expect you:

RSVP: https://{cslug}.jobs/events/rsvp/{tok2}

See you there!
The {company} Team

You are receiving this email because you applied to a position at {company}. Unsubscribe: https://{cslug}.jobs/unsubscribe
""",
    ents="co role loc",
    when="abs",
    hours=(10, 11, 12),
    mins=(0,),
    pools={"role": ["Sales Associate", "Warehouse Team Member", "Cashier"]},
    headers={"List-Unsubscribe": "<https://{cslug}.jobs/unsubscribe>", "Precedence": "bulk"},
)

F(
    "inv",
    "any",
    "{company} <noreply@outlook.office365.com>",
    "{company} invites you to book an appointment",
    """{company}

{rname} has invited you to book a time for: {role} - First Interview (30 minutes)

Book now: https://outlook.office365.com/owa/calendar/{company_nospace}@{domain}/bookings/s/{tok}

You'll receive a confirmation with a Microsoft Teams link once you've booked.

Powered by Microsoft Bookings
""",
    ents="co role contact",
    pools={"company_nospace": ["TalentTeam", "Recruiting", "PeopleTeam"]},
    headers={"Auto-Submitted": "auto-generated"},
    n=2,
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "Re: Re: {role} - scheduling",
    """Hi {first},

Totally understand, {i2_wd} was always going to be tight with your notice period. I spoke to {hmfirst} and we can do {wd} {t12s} instead, or early the following week if that's easier for you.

Just let me know which and I'll update the invite.

Thanks,
{rfirst}

---
{rname} | Talent Acquisition | {company}
This message may contain confidential information. If you are not the intended recipient please delete it.
""",
    ents="co role contact",
    when="abs",
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Congratulations! Next round - {role}",
    """Hi {first},

Congrats on clearing the coding assessment! Your score is above our cut-off and you are now moved to the Technical Interview round (Round 2).

We have blocked {wd}, {ddo} {mon} at {t12} IST for you. The interview will be on Google Meet ({link}) with {hm} from our Engineering team, duration 1 hour.

If the slot is not suitable, reply with 2-3 alternate slots and we will try to accommodate.

All the best!
{rname}
Campus & Lateral Hiring, {company}
""",
    ents="co role contact start link",
    when="abs",
    link="meet",
    roles="tech",
    dur=60,
)

F(
    "inv",
    "uk",
    "{rname} <{remail}>",
    "Assessment day invitation - {role}",
    """Dear {first},

Congratulations - following your video interview, we would like to invite you to our Assessment Day for the {role}.

The day will take place on {wd} {duky} at our {city} office ({loc}), starting at {t12d} and finishing at approximately 4pm. It will include a group exercise, a presentation and a final interview with two senior managers. Lunch will be provided.

Please confirm your place using the link below within two working days. If you cannot attend on this date, let us know and we will try to offer you an alternative.

https://{cslug}.tal.net/vx/candidate/apply/{ref}

We look forward to meeting you.

Early Careers Team
{company}
""",
    ents="co role start loc",
    when="abs",
    hours=(9,),
    mins=(0, 30),
    pools={
        "role": ["Graduate Management Trainee", "Finance Graduate Scheme", "Technology Graduate Programme"]
    },
)

# ---- more assessments ---------------------------------------------------------------------------------------

F(
    "asm",
    "in",
    "{company} Hiring <noreply@hackerearth.com>",
    "Invitation: {company} Hiring Challenge - {role}",
    """Hi {first},

You have been invited by {company} to participate in "{company} Hiring Challenge - {role}" on HackerEarth.

Test window: opens {s_ddo} {s_mon}, closes {dl_ddo} {dl_mon} {year}, 11:59 PM IST
Duration: 90 minutes once started
Sections: 2 programming questions, 20 MCQs (DSA, DBMS, OS)

Start test: https://assessment.hackerearth.com/challenges/hiring/{cslug}-{tok2}/

Important:
* Webcam proctoring is enabled for this test
* Do not switch tabs; tab switches are recorded
* Use a laptop/desktop with a stable connection. Mobile devices are not supported

All the best!
Team HackerEarth, on behalf of {company}
""",
    ents="co role",
    roles="tech",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "any",
    "{hm} <{hmemail}>",
    "exercise",
    """{first} - attached is the exercise we mentioned. Shouldn't take more than 2 hrs, please don't spend longer. Send it back whenever you're done, ideally by {dl_wd}.

{hmfirst}
""",
    ents="contact",
    contact="hm",
    n=2,
)

F(
    "asm",
    "uk",
    "{company} Graduate Recruitment <graduates@{domain}>",
    "Next step: SHL online assessments",
    """Dear {first},

Thank you for applying to the {company} {role}. We're pleased to let you know that your application has progressed to the online assessment stage.

You'll shortly receive an email from SHL (noreply@shl.com) containing your unique login. The assessments are:

 - Verify Interactive Numerical Reasoning (approx. 18 minutes)
 - Verify Interactive Deductive Reasoning (approx. 20 minutes)
 - Occupational Personality Questionnaire (untimed, approx. 25 minutes)

Please complete all three by {dl_t24} on {dl_wd} {dl_duky}. We recommend trying the practice tests at shl.com first and completing the real assessments somewhere quiet where you won't be interrupted.

If you need any adjustments, please reply to this email before starting.

Good luck!
Graduate Recruitment Team, {company}
""",
    ents="co role",
    pools={"role": ["Graduate Programme", "Summer Internship", "Industrial Placement Year"]},
)

F(
    "asm",
    "us",
    "{rname} <{aemail}>",
    "Excel test for {company}",
    """Hi {first},

Quick one - before {company} sets up the interview for the {role} role they want every candidate to do their Excel test. It's through eSkill, link below, about 40 minutes. Pivot tables, VLOOKUP/XLOOKUP, some basic formulas. Nothing crazy.

https://www.eskill.com/test/{tok}

Could you try to get it done by end of day {dl_wd}? Let me know your score when it shows at the end and I'll pass it along.

Thanks,
{rname}
{agency}
""",
    ents="co role contact",
    roles="biz",
    pools={"role": ["Financial Analyst", "Staff Accountant", "Payroll Specialist", "Operations Associate"]},
)

F(
    "asm",
    "eu",
    "{rname} <{remail}>",
    "Language assessment - {role}",
    """Hello {first},

thank you again for the good first interview. As the role of {role} requires daily contact with our German-speaking customers, the next step is a short language assessment to confirm your level (we need B2 or higher).

The test is online with our partner Babbel for Business and takes about 30 minutes: a listening part, a reading part and a short spoken answer recorded with your microphone.

Link: https://assessment.babbelforbusiness.com/{tok2}

Please complete it until {dl_wd}, {dl_dnde}. If you already have a Goethe certificate B2 or higher, you can also send us a copy instead.

Best regards
{rname}
Recruiting | {company}
""",
    ents="co role contact",
)

F(
    "asm",
    "any",
    "{company} <noreply@criteriacorp.com>",
    "{company} has invited you to take an assessment",
    """Hello {first},

{company} has invited you to complete the following assessment as part of your application for {role}:

CCAT (Criteria Cognitive Aptitude Test) - 15 minutes
EPP (Employee Personality Profile) - approximately 10 minutes

Begin here: https://www.ondemandassessment.com/link/index/{tok}

Before you start:
- Set aside 30 uninterrupted minutes
- Have scratch paper and a pencil; calculators are not allowed for the CCAT
- Once you begin a test, you cannot pause it

This link expires on {dl_dusy}.

Criteria Corp | on behalf of {company}
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "asm",
    "au",
    "{company} Careers <careers@{domain}>",
    "{role} - one-way video interview",
    """Hi {first},

Thanks for applying for the {role} role with {company}. We'd like to get to know you a bit better, so the next step is a short one-way video interview using Willo.

There are 4 questions. You'll get 1 minute to think about each one and up to 2 minutes to record your answer. You can re-record once. Do it whenever suits you - on your phone is fine.

Start here: https://willotalent.com/interview/{tok2}

Please complete it by {dl_wd} {dl_duk}.

Thanks,
Talent Team, {company}
""",
    ents="co role",
)

F(
    "asm",
    "uk",
    "{rname} <{remail}>",
    "Written exercise - {role}",
    """Dear {first},

Thank you for your interest in the post of {role}. As part of the selection process, shortlisted candidates are asked to complete a written exercise.

You will receive the exercise by email at 09:00 on {dl_wd} {dl_duk} and must return your response within three hours (by 12:00). The exercise asks you to read a short evidence pack and draft a two-page briefing note for a senior official. It will be marked anonymously against the Communicating and Influencing behaviour.

Please reply to confirm you will be available during this window, or let me know by return if you need a different time or any reasonable adjustments.

Kind regards,
{rname}
Resourcing Officer
{company}
""",
    ents="co role contact",
    pools={"role": ["Policy Adviser", "Senior Policy Officer", "Strategy Lead"]},
)

F(
    "asm",
    "eu",
    "{rname} <{remail}>",
    "Translation test",
    """Hi {first},

as discussed, here's the translation sample for the {role} position. It's about 600 words of product copy from our app (German to English). Please don't use machine translation, we can tell, and honestly we're more interested in how you'd handle the tone than in perfection.

Please send it back within 48 hours, as a Word doc or Google Doc, whatever is easier. This is not paid work and we won't use it in production.

Thanks!
{rfirst}
""",
    ents="role contact",
    pools={"role": ["Localization Specialist", "Content Writer", "UX Writer"]},
)

F(
    "asm",
    "us",
    "{rname} <{remail}>",
    "Data task (no rush)",
    """Hey {first},

Team really enjoyed chatting. Here's the data task: https://drive.google.com/drive/folders/{tok}

It's a CSV of anonymized orders + a couple of open-ended questions. Answer them however you like (notebook, slides, a doc - your call). Timebox it to ~3 hours. Most people send it back within a week, just give me a heads up when you expect to be done.

Then we'll do a 45 min call to go through it together.

{rfirst}
""",
    ents="contact",
    roles="tech",
    pools={"role": ["Data Analyst", "Analytics Engineer", "Senior Data Analyst"]},
)

F(
    "asm",
    "any",
    "Indeed <no-reply@indeed.com>",
    "{company} has asked you to take a skills test",
    """{company} has asked you to take a skills test

Hi {first}, the employer would like you to complete the following for your application to {role}:

  Customer Focus & Orientation  |  ~15 min
  Attention to Detail (Textual)  |  ~10 min

Take the tests: https://www.indeed.com/assessments/invite/{tok2}

Your results will be shared with {company}. You can see your results anytime in your Indeed profile.

Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
""",
    ents="co role",
    roles="biz",
    headers={"List-Unsubscribe": "<https://www.indeed.com/unsubscribe>"},
)

F(
    "asm",
    "in",
    "{rname} <{aemail}>",
    "Online test - complete today",
    """Hi {first},

As per telecon, pls complete the online test for {company} ({role}) sent to ur mail id today itself. Link valid only 48 hrs. Check spam folder also if not received.

After clearing the test client will schedule tech interview.

Rgds
{rname}
{agency}
Mob: +91 99001 44826
""",
    ents="co role contact",
    roles="tech",
)

F(
    "asm",
    "us",
    "{rname} <{remail}>",
    "Next step: 2 minute pitch",
    """Hi {first},

Thanks for your time on the phone yesterday! For the next step in our {role} process we ask everyone to record a short Loom video (2 minutes max) pitching {company} to a prospective customer - use anything on our website, we don't expect insider knowledge.

Send me the link by {dl_wd} and I'll share it with our sales leadership. Don't overthink it, we care more about how you structure it than production value.

Best,
{rname}
""",
    ents="co role contact",
    pools={"role": ["Account Executive", "Sales Development Representative", "Customer Success Manager"]},
)

F(
    "asm",
    "eu",
    "{rname} <{remail}>",
    "Design exercise - {role}",
    """Hi {first},

Thanks again for walking us through your portfolio. As the next stage, we'd like to invite you to a short design exercise.

The brief: our onboarding flow for first-time users. We've attached screenshots of the current flow and some research notes. We'd like to see how you would approach improving it. Work in Figma and share a view-only link. Please spend no more than 4 hours; rough wireframes are completely fine.

Deadline: {dl_wd}, {dl_dnde}. After that, you'll present your thinking to {hm} and two designers in a 45-minute call.

Any questions, just ask.

Best,
{rname}
{company}
""",
    ents="co role contact",
    pools={"role": ["Product Designer", "Senior UX Designer", "UX/UI Designer"]},
)

F(
    "asm",
    "any",
    "{company} Recruiting <no-reply@coderbyte.com>",
    "Reminder: complete your {company} challenge",
    """Hi {first},

This is a reminder that {company} invited you to complete a coding challenge for the {role} role, and you haven't started it yet.

Time limit: 75 minutes
Languages: any
Expires: {dl_dusy}

Start challenge: https://coderbyte.com/sl-candidate?promo={cslug}-{tok2}

If you have any trouble accessing the challenge, reply to this email.
""",
    ents="co role",
    roles="tech",
    headers={"Auto-Submitted": "auto-generated"},
    n=2,
)

F(
    "asm",
    "uk",
    "{rname} <{remail}>",
    "Pre-interview task",
    """Hi {first},

Looking forward to seeing you soon. Ahead of your interview, we'd like you to prepare a short piece of work that we'll discuss on the day.

Task: Using the attached (fictional) monthly P&L, prepare a one-page commentary for the board explaining the three biggest variances against budget and what you'd recommend. Please email it to me by 5pm on {dl_wd}.

It's not a test of how long you spend on it - an hour or two is plenty.

Thanks,
{rname}
Finance Business Partner, {company}
""",
    ents="co contact",
)

# ---- more offers ---------------------------------------------------------------------------------------------

F(
    "off",
    "us",
    "{hm} <{hmemail}>",
    "Good news + quick call?",
    """Hi {first},

I'll keep this short because I'd rather tell you properly: we'd like to offer you the {role} role!

Do you have 20 minutes tomorrow to walk through the details - salary, equity, start date, all of it? I'm free most of the afternoon. The formal letter will follow from our People team once we've spoken.

Congrats, and really looking forward to working together.

{hmfirst}
""",
    ents="role contact",
    contact="hm",
)

F(
    "off",
    "uk",
    "{hm} <{hmemail}>",
    "Following our call",
    """Hi {first},

Great to speak just now - and thanks for the lovely reaction, it made my afternoon.

To recap what I said on the phone, we'd like to offer you the position of {role}, based in our {city} office, on a starting salary of {salary} plus the usual benefits (25 days' holiday, pension with 6% employer contribution, private medical). We talked about a start date of {sd_wd} {sd_duk}, which works well for us, but I'm aware you'll need to check your notice period.

HR will send the contract over in the next couple of days. In the meantime, have a think and let me know if you have any questions at all.

Best wishes,
{hmfirst}

{hm}
{company}
""",
    ents="co role contact",
    contact="hm",
)

F(
    "off",
    "uk",
    "{rname} <{remail}>",
    "Conditional offer of employment - {role}",
    """Dear {first},

I am pleased to offer you the position of {role} with {company}, subject to the following conditions being met to our satisfaction:

1. Receipt of two satisfactory references, one of which must be from your current or most recent employer;
2. An enhanced Disclosure and Barring Service (DBS) check;
3. Evidence of your right to work in the UK;
4. Confirmation of the qualifications stated in your application.

Your salary will be {salary} per annum and your contract will be permanent, subject to a six-month probationary period. Full terms are set out in the enclosed statement of particulars.

Please confirm your acceptance of this conditional offer by signing and returning the enclosed copy by {rb_wd} {rb_duk}. Please do not hand in notice to your current employer until we have confirmed that all conditions have been met.

Yours sincerely,

{rname}
HR Manager
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "any",
    "{company} <{cslug}@myworkday.com>",
    "Your offer is ready to review",
    """Hello {first},

Congratulations! {company} has extended an offer for the position of {role}.

To view your offer letter and respond, sign in to your Candidate Home account and open the task "Review Offer" in your inbox:
https://{cslug}.wd1.myworkdayjobs.com/careers/userHome

Please respond by {rb_dusy}. If you have questions about your offer, contact your recruiter, {rname}.

This message was sent from an unmonitored mailbox.
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "us",
    "{company} via Dropbox Sign <noreply@mail.hellosign.com>",
    '{rname} has requested your signature on "{role} Offer Letter"',
    """{rname} ({remail}) has requested your signature on the following document:

{role} Offer Letter - {first} {last}

Message from {rfirst}:
"Hi {first} - so excited to make this official! Let me know if anything in here doesn't match what we discussed."

Review & Sign: https://app.hellosign.com/sign/{hexid}

This request will expire in 7 days.

Dropbox Sign, 1800 Owens St, San Francisco, CA 94158
""",
    ents="co role contact",
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "uk",
    "{rname} <{aemail}>",
    "OFFER!!",
    """{first}!!

Call me when you're free - {company} have come back with an offer for the {role} role. {salary} base, 10% bonus, hybrid 2 days in the office, and they want you to start as soon as your notice allows.

I think there's a bit of room on the base if you want me to push, but honestly it's a strong offer. Let's talk it through before you decide anything.

Congrats!!
{rfirst}
{agency}
07700 900 518
""",
    ents="co role contact",
)

F(
    "off",
    "hourly_us",
    "{hm} <{hmemail}>",
    "job",
    """hi {first}, we'd like to offer you the job. pay is ${wage}/hr, 32-40 hrs a week. when can you start?

{hmfirst}
{company}
""",
    ents="co contact",
    contact="hm",
    pools={"wage": ["18.50", "21", "23.75", "19"]},
    n=2,
)

F(
    "off",
    "au",
    "{rname} <{remail}>",
    "Letter of Offer - {role}",
    """Dear {first}

I am delighted to advise that you have been selected for the position of {role} with {company}. Please find attached your Letter of Offer and Employment Contract.

Key details:
  Classification: Level 6
  Remuneration: {salary} per annum plus 11.5% superannuation
  Employment type: Ongoing, full-time (38 hours per week)
  Commencement: {sd_wd} {sd_duky}

This offer is subject to a satisfactory National Police Check and Working with Children Check. Our onboarding team will contact you with instructions for both.

Please sign and return the contract, or contact me to discuss, by {rb_wd} {rb_duk}.

Congratulations and welcome.

Kind regards
{rname}
People & Culture Business Partner
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "in",
    "{rname} <{remail}>",
    "Pre-Placement Offer (PPO) - {role}",
    """Dear {first},

Congratulations!

Based on your performance during the summer internship, we are happy to extend to you a Pre-Placement Offer for the role of {role} at {company}, joining after completion of your final year.

CTC: {salary} per annum (details in the attached annexure)
Location: {city}
Tentative Date of Joining: July {year}

Kindly confirm your acceptance of the PPO on the campus portal and by replying to this mail within 7 days. Please note that as per the institute policy, once you accept a PPO you will not be eligible to sit for further placements.

Regards,
{rname}
Campus Relations, {company}
""",
    ents="co role contact",
    pools={"role": ["Graduate Engineer Trainee", "Associate Software Engineer", "Analyst"]},
)

F(
    "off",
    "eu",
    "{rname} <{remail}>",
    "Job offer {role}",
    """Dear {first},

after the successful interviews we are very glad to make you a offer for the position {role} in our team in {city}.

The conditions we can offer:
- yearly gross salary {salary}, paid in 12 monthly salaries
- 30 days of vacation
- unlimited contract, probation time 6 months
- start at {sd_dnde} or later, as your notice period allows

The contract we will send you with DocuSign when you give us your OK. If there are questions to the conditions, we can also discuss them in a short call, just write me when it is good for you.

We are looking forward to your answer until {rb_dnde}.

Best regards
{rname}
HR Business Partner
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "uk",
    "{rname} <{aemail}>",
    "Contract offer - {company} - day rate confirmed",
    """Hi {first},

Pleased to confirm {company} want to go ahead with you for the {role} contract.

Rate: £{rate}/day outside IR35
Duration: 6 months initial, strong chance of extension
Start: {sd_wd} {sd_duk}
Location: remote, with one day a month in {city}

I'll send the contract via our portal later today along with the IR35 determination (SDS) for your records. Can you confirm you're happy to proceed and send over your Ltd company details (company name, number, VAT if registered)?

Great result - well done.

{rname}
{agency}
""",
    ents="co role contact",
    roles="tech",
    pools={"rate": ["550", "600", "625", "675", "700"]},
)

F(
    "off",
    "any",
    "{rname} <{remail}>",
    "A different role we'd like to offer you",
    """Hi {first},

I wanted to write to you personally. The panel was really impressed with you, but in the end we felt a different opening, {role}, was a closer match for your strengths than the role you interviewed for. We'd like to offer you that position, reporting to {hm}.

The salary is {salary}, and everything else (benefits, hybrid working, start date) is as we discussed. I've attached the job description so you can see the scope.

I realise this is a bit different from what you applied for, so I'd like to set up a call with {hmfirst} to talk it through before you decide. Would sometime this week work?

Best,
{rname}
{company}
""",
    ents="co role contact",
)

F(
    "off",
    "us",
    "{rname} <{remail}>",
    "Offer details",
    """{first},

Thrilled to officially offer you the {role} role at {company}. As promised, here are the numbers in plain English:

Base: {salary}
Equity: 0.25% (options, 4-year vest, 1-year cliff, strike price set at the next board meeting)
Benefits: health/dental/vision, 100% covered for you, 75% for dependents
PTO: take what you need, minimum 15 days (we check)
Start: flexible, we'd love early {sd_mon}

Formal letter is in your inbox via Rippling. Before you sign, let's hop on a call - I'd rather explain the equity properly than have you guess. Grab any slot: https://cal.com/{rslug}/offer-chat

{rfirst}
Co-founder & CEO
""",
    ents="co role contact",
    roles="tech",
)

F(
    "off",
    "hourly_us",
    "{company} <no-reply@{domain}>",
    "Congratulations, you're hired!",
    """Congratulations {first}!

{company} is excited to offer you the position of {role} at our {city} location.

Pay rate: ${wage} per hour
Schedule: part-time, 20-28 hours per week
Start date: {sd_wd}, {sd_dus}

To accept this offer and start your new hire paperwork, log in to the hiring portal:
https://{cslug}.onboard.harri.com/offer/{tok2}

This offer expires in 3 days.

Welcome to the team!
""",
    ents="co role",
    pools={
        "role": ["Barista", "Sales Associate", "Stock Associate"],
        "wage": ["16.50", "17.25", "18", "19.50"],
    },
    headers={"Auto-Submitted": "auto-generated"},
)

F(
    "off",
    "health_us",
    "{rname} <{remail}>",
    "Offer - {role}",
    """Dear {first},

On behalf of {company}, I am pleased to offer you the position of {role} in our Medical/Surgical unit. This offer is contingent upon successful completion of your pre-employment health screening, drug screen, background check, and verification of your active RN license.

Hourly rate: ${wage}
Shift: nights, 3 x 12 hours per week, every third weekend
Shift differential: $4.50/hour for nights
Sign-on bonus: $7,500, paid in two installments
Start date: New Hire Orientation on {sd_wd}, {sd_dusy}

Please reply to this email to let me know whether you accept, or call me with any questions, by {rb_dusy}.

Sincerely,
{rname}
Talent Acquisition
{company}
""",
    ents="co role contact",
    pools={"role": ["Registered Nurse", "RN - Med/Surg", "Staff RN"], "wage": ["41.25", "44.80", "47.10"]},
)

F(
    "off",
    "us",
    "{rname} <{remail}>",
    "Verbal offer recap - {role}",
    """Hi {first},

Thanks for picking up! As I mentioned, we've extended a verbal offer for the {role} position, and I wanted to get the highlights in writing while we wait on final approvals for the written letter:

- Base salary: {salary}
- Target bonus: {bonus}%
- Sign-on: $10,000
- Start date: targeting {sd_dus}

Once comp approval comes through (usually 1-2 business days) you'll receive the formal offer through Greenhouse to e-sign. Let me know if anything above doesn't match your understanding of our call.

Thanks,
{rname}
Recruiter | {company}
""",
    ents="co role contact",
)

# ---- interview invitations, second batch: wording the first batch never used ----------------------------

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Let's connect - {company}",
    """Hi {first},

I came across your application for our {role} opening and we'd love to learn more about you! Grab a time here that works for you and we'll have a relaxed 25-minute conversation about what you're looking for and what we're building:

https://calendly.com/{rslug}/intro-25

No prep needed. If nothing on there fits, just reply and I'll open up more times.

Cheers,
{rfirst}
People Team @ {company}
""",
    ents="co role contact",
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "quick chat w/ {hmfirst}?",
    """Hi {first},

Are you around {wd} for a quick chat with {hm}? {hmfirst} runs the team behind the {role} opening and has a gap at {t12s} - it'd be about 20 minutes, just by phone.

If that doesn't work, tell me what does and I'll shuffle things.

Thanks!
{rname} | {company}
""",
    ents="co role contact start",
    when="soon",
    idays=(3,),
    hours=(10, 11, 14, 15, 16),
)

F(
    "inv",
    "us",
    "{rname} <{remail}>",
    "Next steps - {role}",
    """Hi {first},

Really enjoyed our conversation yesterday. I shared my notes with the team and everyone's keen to keep going.

The next step would be a conversation with our CTO, {hm}. It's usually an hour, half of it on how you'd approach a system we actually run and half for your questions. {hmfirst}'s calendar is tight this month, so could you send me three or four windows over the next two weeks when you'd be free? I'll lock one in and send the invite.

Best,
{rname}
Head of Talent, {company}
""",
    ents="co role contact",
    roles="tech",
)

F(
    "inv",
    "ca",
    "{rname} <{remail}>",
    "Re: {role}",
    """Hey {first},

Thanks for the quick reply. Can we hop on a call tomorrow at {t12s} {tz}? I'll ring the number on your resume, shouldn't take more than 15 min. If you'd prefer video, here you go: {link}

{rfirst}
""",
    ents="role contact start link",
    when="tomorrow",
    link="meet",
    hours=(9, 10, 11, 13, 14, 15),
)

F(
    "inv",
    "any",
    "{company} <{cslug}@myworkday.com>",
    "Action Required: Please select an interview time slot",
    """Dear {cand},

You have been invited to interview for the following job: {reqid} {role}.

Please select a time slot for your interview by signing in to the {company} Careers site and opening My Tasks. Slots are offered on a first-come, first-served basis and unclaimed slots are released after 72 hours.

Interview type: Video interview (Microsoft Teams)
Duration: {dur} minutes
Interviewer(s): {hm}

Sign in: https://{cslug}.wd3.myworkdayjobs.com/en-US/careers/userHome

This is an automated message. Please do not reply to this email.
""",
    ents="co role",
    headers={"Auto-Submitted": "auto-generated"},
    dur=45,
)

F(
    "inv",
    "uk",
    "Office of the Managing Partner <{remail}>",
    "Invitation to attend - {role}",
    """Dear {first} {last},

Your presence is requested at the offices of {company}, {loc}, on {wd} {duky} at {t12d}, for an interview in connection with your application for the position of {role}.

You will be received by {hm}, Senior Partner, and {rname}, Director of Human Resources. Please report to the fourth-floor reception fifteen minutes before the appointed time and bring with you a form of photographic identification together with the originals of your academic certificates.

Kindly acknowledge receipt of this letter and confirm your attendance by reply at your earliest convenience.

Yours sincerely,

{rname}
Director of Human Resources
{company}
""",
    ents="co role contact start loc",
    when="abs",
    hours=(10, 11, 14, 15),
)

F(
    "inv",
    "any",
    "{rname} <no-reply@hire.lever.co>",
    "{company}: moving forward with your application",
    """Hi {first},

Good news - we're moving you forward to the next stage for {role}!

The next stage is a {dur}-minute technical conversation with two engineers from the team. Please share your availability for the next 5 business days (including your time zone) by replying to this email, and I'll get something on the calendar.

Looking forward to it,
{rname}
{company}

Sent via Lever
""",
    ents="co role contact",
    roles="tech",
    dur=60,
)

F(
    "inv",
    "any",
    "{rname} <{remail}>",
    "RE: {role} - {cand}",
    """Perfect, thanks {first}. Would {wd3} {dus3} at {t12s} {tz} work for a 30 min with me and {hmfirst}? Link below, shout if the time is bad.

{link}

{rfirst}
""",
    ents="role contact start link",
    when="abs",
    link="zoom",
)

F(
    "inv",
    "au",
    "{rname} <{remail}>",
    "hey from {company}",
    """hi {first}! {rfirst} here from {company} 👋 loved ur cv for the {role} role. u free tmrw {t12s} for a 15 min chat? can just call ur mobile

{rfirst}
""",
    ents="co role contact start",
    when="tomorrow",
    mins=(0,),
    hours=(10, 11, 13, 14, 15, 16),
)

F(
    "inv",
    "us",
    "{rname} <{rslug}@{uni}>",
    "Search Committee - {post} - Preliminary Interview",
    """Dear Dr. {last},

On behalf of the Search Committee for the {post} position in the Department of {dept}, I am pleased to inform you that your application has advanced to the preliminary interview stage.

The Committee invites you to a virtual interview of approximately forty-five minutes on {wd}, {dusy}, at {t12p} {tzl}. The interview will be conducted via Zoom; the link is provided below. You may be asked to speak briefly (no more than ten minutes) about your research agenda and your approach to undergraduate teaching.

Zoom: {link}

Should the proposed time present a conflict, please contact me at your earliest convenience so that an alternative may be arranged. We kindly ask that you confirm your availability by reply.

With best regards,

{rname}
Chair, Search Committee
Department of {dept}
""",
    ents="contact start link",
    when="abs",
    link="zoom",
    dur=45,
    hours=(9, 10, 11, 13, 14, 15),
    pools={
        "post": [
            "Assistant Professor of Computational Biology",
            "Lecturer in Statistics",
            "Tenure-Track Assistant Professor, Economics",
            "Postdoctoral Research Associate",
        ],
        "dept": ["Biological Sciences", "Mathematics and Statistics", "Economics", "Chemistry"],
        "uni": ["westbrook.edu", "lakeshore-state.edu", "ohiovalley.edu", "stmarys-college.edu"],
    },
)

F(
    "inv",
    "uk",
    "Medical Staffing <{rslug}@nhs.net>",
    "Shortlisted for interview: {post} (Ref {ref})",
    """Dear Dr {last},

Post: {post}
Reference: {ref}

Following shortlisting, I am pleased to invite you to attend for interview for the above post.

Date: {wd} {duky}
Time: {t24}
Venue: Education Centre, Seminar Room 2, {loc}

The panel will comprise the Clinical Director, a Consultant from the specialty, a lay member and a representative of the Royal College. You will be asked to give a five-minute presentation on a clinical governance topic, details of which are attached.

Please confirm whether you are able to attend by replying to this email. If you are unable to attend at the time given, please let us know as soon as possible as it may not be possible to offer an alternative. Please bring your GMC certificate, passport and evidence of your right to work in the UK.

Yours sincerely

{rname}
Medical Staffing Officer
""",
    ents="contact start loc",
    when="abs",
    mins=(0, 30),
    hours=(9, 10, 11, 13, 14),
    pools={
        "post": [
            "Specialty Doctor in Emergency Medicine",
            "Consultant Anaesthetist",
            "Clinical Fellow in Paediatrics",
            "Specialty Registrar in General Surgery",
        ]
    },
)

F(
    "inv",
    "eu",
    "{rname} <{remail}>",
    "First-round interview - {company} graduate recruitment",
    """Dear {first},

Thank you for your application to the {year} trainee programme at {company}.

We are pleased to invite you to a first-round interview with two partners of the firm. Interviews will be held at our offices ({loc}) on the following dates:

  - {wd} {duk}, from {t24}
  - {i2_wd} {i2_duk}, from {i2_t24}

Could you please indicate which of the two dates you would prefer, and any times on those days at which you are not available? The interview will last around an hour and will include a short written exercise based on a commercial scenario.

Kind regards,

{rname}
Graduate Recruitment & Development
{company}
""",
    ents="co contact loc",
    when="abs",
)

F(
    "inv",
    "uk",
    "{rname} <{aemail}>",
    "Good news - {company}",
    """Hi {first},

Good news! {company} have come back to me this morning and the hiring manager would like to meet you for the {role} role.

They're suggesting {wd} {duk} at {t12s} at their office in {city}. It'll be {hmfirst} and someone from the wider team, about an hour, fairly informal.

Can you let me know today if that works? If not, give me two or three other slots and I'll go back to them.

Cheers,
{rname}
Senior Consultant
{agency}
""",
    ents="co role contact start",
    when="abs",
    hours=(10, 11, 14, 15),
)

F(
    "inv",
    "eu",
    "{hm} <{hmemail}>",
    "Your application",
    """Hi {first},

I'm {hm}, I lead the team you applied to at {company}. I read your application myself and I'd like to talk.

Do you have 30 minutes sometime next week? Pick anything that suits you here: https://cal.com/team/{cslug}/intro-30

- {hmfirst}
""",
    ents="co contact",
    contact="hm",
)

F(
    "inv",
    "in",
    "{rname} <{remail}>",
    "Shortlisted | {role} | {company}",
    """Dear {first},

Greetings from {company}!!

This is to inform you that your profile has been shortlisted for the position of {role}. We would like to schedule your technical discussion with the panel on MS Teams.

Kindly share your availability for tomorrow between 11 AM to 5 PM IST along with below details:
1. Current CTC
2. Expected CTC
3. Notice period
4. Current location

Revert at the earliest.

Thanks & Regards
{rname}
HR - Talent Acquisition
{company}
""",
    ents="co role contact",
)

F(
    "inv",
    "au",
    "{rname} <{remail}>",
    "Coffee?",
    """G'day {first},

Thanks for sending your application through for the {role} position, we were really impressed. Reckon you'd be up for a coffee and a chat at our office on {wd} at {t12s}? We're at {loc}, just ask for me at the front desk.

It's a pretty casual one, more about getting to know each other than a grilling.

Let me know either way,
{rname}
{company}
""",
    ents="co role contact start loc",
    when="soon",
    hours=(9, 10, 11, 14, 15),
    mins=(0, 30),
)

F(
    "inv",
    "any",
    "{rname} <notifications@ashbyhq.com>",
    "{company} - please choose an interview time",
    """Hi {first},

Thanks again for your time so far. The team would like to invite you to the next round for {role}: a {dur} minute pairing session.

Please select a time slot from the options below. Each link books the slot instantly and sends a calendar invitation.

  {wd} {dus3} - {t12s} ({tz})
  {i2_wd} {i2_dus3} - {i2_t12s} ({i2_tz})

Or see all availability: https://jobs.ashbyhq.com/{cslug}/interview/{hexid}

If none of these work, just reply and let me know.

{rname}
Recruiting, {company}
""",
    ents="co role contact",
    dur=90,
    roles="tech",
)

F(
    "inv",
    "sg",
    "{rname} <{remail}>",
    "Final round - {role}",
    """Hi {first},

Quick one: {hmfirst} really enjoyed chatting last week and wants to bring you back for the final round in person. It's three back-to-back conversations (product, engineering, and a founder) and takes about 2.5 hours.

Are you free any of these mornings next week? Mon, Wed or Thu, anytime from 9:30. Whichever suits, I'll book the room and send you the details.

Thanks,
{rname}
{company}
""",
    ents="co role contact",
)


# ---------------------------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------------------------


def validate(records: list[corpuslib.Record]) -> Counter[str]:
    """Fail loudly on anything the trainer or the extraction test would trip over; return counts."""
    return corpuslib.validate_records(
        records,
        PREFIX,
        label_of=label_of,
        min_families={label: fams for label, (fams, _) in TARGETS.items()},
        min_messages={label: msgs for label, (_, msgs) in TARGETS.items()},
        nonempty=("sender", "text"),  # inv-022 is a cold DM with an empty subject line
    )


def main() -> int:
    records, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_label_table(counts, TARGETS)
    print(f"{'total':22s} messages={len(records):4d} -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
