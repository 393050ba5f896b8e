"""Generate the rejection and application-acknowledgement part of the labelled corpus.

Each family below is one hand-written message with slots; it is expanded into 2-3 variants with
different companies, roles, people and dates so the classifier sees the wording, not the names.
Variants share the family id, which is what the team splits train/dev/test on, so a near
duplicate never sits on both sides of a split.

Template syntax: ``{slot}`` is filled from the pools below; ``[[a|b|c]]`` picks one alternative per
variant (small surface changes such as greetings, so the variants do not all open the same way).

Run: ``python tools/corpus/rejections_acks.py`` (standard library only; deterministic).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
from corpuslib import ACK, APP, AUTO, INT, REJ, WEEKDAYS, fmt_day, weekday_before

SEED = 4127
OUT = Path(__file__).resolve().parents[2] / "src/followup/classifiers/corpus/rejections_acks.jsonl"


# ---------------------------------------------------------------------------------------------
# Pools. Companies carry their domain (for sender addresses and links) and a slug (for ATS hosts).
# ---------------------------------------------------------------------------------------------

COMPANIES: dict[str, list[tuple[str, str]]] = {
    "us": [
        ("Brightline Health", "brightlinehealth.com"),
        ("Northwind Logistics", "northwindlogistics.com"),
        ("Cobalt Ridge Software", "cobaltridge.io"),
        ("Meridian Analytics", "meridiananalytics.com"),
        ("Tallgrass Bank", "tallgrassbank.com"),
        ("Quillfeather", "quillfeather.com"),
        ("Lumen Freight", "lumenfreight.com"),
        ("Sable Systems", "sablesystems.com"),
        ("Oakhurst Insurance", "oakhurstins.com"),
        ("Pinecone Labs", "pineconelabs.ai"),
        ("Atlas Grid", "atlasgrid.com"),
        ("Clearwater Biotech", "clearwaterbio.com"),
        ("Harbor & Vine", "harborandvine.com"),
        ("Foxglove Media", "foxglovemedia.com"),
        ("Ironbark Security", "ironbarksec.com"),
        ("Bluebonnet Energy", "bluebonnetenergy.com"),
    ],
    "uk": [
        ("Whitmore & Hale", "whitmorehale.co.uk"),
        ("Brackenbury Energy", "brackenburyenergy.co.uk"),
        ("Copperleaf Digital", "copperleaf.digital"),
        ("Thistle Bank", "thistlebank.co.uk"),
        ("Marlow Retail Group", "marlowretail.co.uk"),
        ("Fernhill Analytics", "fernhillanalytics.com"),
        ("Greystone Consulting", "greystoneconsulting.co.uk"),
        ("Pennant Insurance", "pennantinsurance.co.uk"),
        ("Harrowgate Games", "harrowgategames.com"),
        ("Kittiwake Software", "kittiwake.io"),
    ],
    "in": [
        ("Vyom Technologies", "vyomtech.in"),
        ("Sahyadri Fintech", "sahyadrifintech.com"),
        ("Kaveri Software Pvt. Ltd.", "kaverisoft.co.in"),
        ("Tatvam Analytics", "tatvamanalytics.com"),
        ("Indus Cloudworks", "induscloudworks.com"),
        ("Nirmaan Infra Solutions", "nirmaaninfra.com"),
        ("Prakriti Foods", "prakritifoods.in"),
        ("Rangoli Retail", "rangoliretail.com"),
    ],
    "eu": [
        ("Hafenblick Logistik GmbH", "hafenblick.de"),
        ("Veldhoven Data B.V.", "veldhovendata.nl"),
        ("Zeilstra Payments", "zeilstra.com"),
        ("Kranich Software GmbH", "kranich-software.de"),
        ("Solvaro", "solvaro.eu"),
        ("Nordlicht Energie", "nordlicht-energie.de"),
        ("Brouwer & De Wit", "brouwerdewit.nl"),
        ("Lindqvist Robotics", "lindqvistrobotics.se"),
        ("Tulpenveld", "tulpenveld.nl"),
        ("Alpenwerk Mobility", "alpenwerk.com"),
    ],
    "au": [
        ("Wattle & Co", "wattleandco.com.au"),
        ("Southern Cross Mutual", "scmutual.com.au"),
        ("Bluegum Software", "bluegum.io"),
        ("Coral Coast Health", "coralcoasthealth.com.au"),
        ("Kookaburra Freight", "kookaburrafreight.com.au"),
        ("Mallee Analytics", "mallee.com.au"),
        ("Saltbush Energy", "saltbushenergy.com.au"),
        ("Ironstone Mining Services", "ironstonems.com.au"),
    ],
}

HEALTH_COMPANIES: dict[str, list[tuple[str, str]]] = {
    "us": [
        ("Redwood Pediatrics Group", "redwoodpeds.org"),
        ("St. Brendan Medical Center", "stbrendanmc.org"),
    ],
    "uk": [
        ("Kestrel Valley NHS Foundation Trust", "kestrelvalley.nhs.uk"),
        ("Hollybrook Care Homes", "hollybrookcare.co.uk"),
    ],
    "in": [("Sanjeevani Hospitals", "sanjeevanihospitals.in")],
    "eu": [("Klinikum Am Rosenhang", "klinikum-rosenhang.de")],
    "au": [
        ("Coral Coast Health", "coralcoasthealth.com.au"),
        ("Riverina Aged Care", "riverinaagedcare.org.au"),
    ],
}

GOV_COMPANIES: dict[str, list[tuple[str, str]]] = {
    "us": [("City of Fairhaven", "fairhavencity.gov")],
    "uk": [("Ashdown District Council", "ashdown.gov.uk")],
    "in": [("Pune Metropolitan Transport Authority", "pmta.gov.in")],
    "eu": [("Gemeente Zeewolde-Noord", "zeewoldenoord.nl")],
    "au": [
        ("Department of Regional Transport", "regionaltransport.gov.au"),
        ("Murray Valley Council", "murrayvalley.nsw.gov.au"),
    ],
}

UNI_COMPANIES: dict[str, list[tuple[str, str]]] = {
    "us": [("Lakeshore State University", "lakeshore.edu")],
    "uk": [("University of Northmoor", "northmoor.ac.uk")],
    "in": [("Institute of Applied Sciences, Pune", "iaspune.ac.in")],
    "eu": [("Hochschule Weserland", "hs-weserland.de")],
    "au": [("University of the Southern Coast", "usc.edu.au")],
}

RETAIL_COMPANIES: dict[str, list[tuple[str, str]]] = {
    "us": [("Daybreak Coffee Co.", "daybreakcoffee.com")],
    "uk": [("The Copper Kettle", "copperkettlecafe.co.uk")],
    "in": [("Chai Point Express", "chaipointexpress.in")],
    "eu": [("Koffiebar Molen", "koffiebarmolen.nl")],
    "au": [
        ("Flat White Collective", "flatwhitecollective.com.au"),
        ("Banksia Bakehouse", "banksiabakehouse.com.au"),
    ],
}

TIMEZONES: dict[str, list[str]] = {
    "us": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "uk": ["Europe/London"],
    "in": ["Asia/Kolkata"],
    "eu": ["Europe/Berlin", "Europe/Amsterdam", "Europe/Stockholm"],
    "au": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
}

CITIES: dict[str, list[str]] = {
    "us": ["Austin", "Chicago", "Denver", "Boston", "Seattle", "Atlanta", "Raleigh"],
    "uk": ["Manchester", "Leeds", "Bristol", "Glasgow", "London", "Birmingham"],
    "in": ["Bengaluru", "Pune", "Hyderabad", "Chennai", "Gurugram", "Noida"],
    "eu": ["Hamburg", "Berlin", "Amsterdam", "Utrecht", "Munich", "Rotterdam"],
    "au": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
}

CONTACTS: dict[str, list[str]] = {
    "us": [
        "Jessica Moreno",
        "Tyler Brooks",
        "Danielle Okafor",
        "Kevin Tran",
        "Marisol Vega",
        "Brandon Whitfield",
        "Aisha Rahman",
        "Megan O'Connor",
        "Jordan Ellis",
        "Rachel Goldberg",
        "Dev Patel",
        "Lauren Kowalski",
    ],
    "uk": [
        "Harriet Blake",
        "Callum Reid",
        "Siobhan Murphy",
        "Oliver Pennington",
        "Rhys Davies",
        "Amira Haddad",
        "Fiona McLeod",
        "Tom Ashworth",
        "Priya Chauhan",
        "Gemma Whitlock",
    ],
    "in": [
        "Priya Nair",
        "Rohit Sharma",
        "Ananya Iyer",
        "Karthik Subramanian",
        "Neha Kulkarni",
        "Arjun Mehta",
        "Sneha Reddy",
        "Vikram Joshi",
        "Pooja Bansal",
    ],
    "eu": [
        "Katrin Vogel",
        "Jan de Vries",
        "Lotte Janssen",
        "Matthias Krüger",
        "Sanne Bakker",
        "Florian Huber",
        "Anke Schulte",
        "Pieter van Dam",
        "Elif Yıldız",
        "Johanna Lindberg",
    ],
    "au": [
        "Bec Thompson",
        "Liam O'Sullivan",
        "Chloe Nguyen",
        "Matt Hargreaves",
        "Tahlia Brown",
        "Josh Kennedy",
        "Mei Lin Chua",
        "Sophie Papadopoulos",
    ],
}

CANDIDATES: list[tuple[str, str]] = [
    ("Sam", "Whitaker"),
    ("Daniel", "Osei"),
    ("Mei", "Tanaka"),
    ("Olumide", "Adeyemi"),
    ("Inês", "Carvalho"),
    ("Rahul", "Verma"),
    ("Katarzyna", "Nowak"),
    ("Tomás", "Herrera"),
    ("Aoife", "Gallagher"),
    ("Yusuf", "Demir"),
    ("Hannah", "Becker"),
    ("Minh", "Pham"),
    ("Fatima", "Al-Sayed"),
    ("Lukas", "Schneider"),
    ("Grace", "Mwangi"),
    ("Diego", "Ramírez"),
    ("Chidi", "Okonkwo"),
    ("Sofia", "Rossi"),
    ("Anjali", "Deshpande"),
    ("Ewan", "Fraser"),
    ("Alex", "Morgan"),
    ("Nadia", "Haddad"),
    ("Jun", "Park"),
    ("Maya", "Goldstein"),
    ("Kwame", "Boateng"),
    ("Lena", "Hoffmann"),
    ("Arjun", "Pillai"),
    ("Zoe", "Campbell"),
    ("Ravi", "Krishnan"),
    ("Emily", "Chen"),
]

ROLES: dict[str, list[str]] = {
    "tech": [
        "Backend Engineer",
        "Senior Software Engineer",
        "Frontend Developer (React)",
        "DevOps Engineer",
        "Site Reliability Engineer",
        "Junior Software Developer",
        "QA Automation Engineer",
        "Full Stack Developer",
        "Platform Engineer",
        "iOS Developer",
        "Engineering Manager",
    ],
    "data": [
        "Data Analyst",
        "Senior Data Analyst",
        "Data Scientist",
        "Machine Learning Engineer",
        "Analytics Engineer",
        "BI Developer",
        "Data Engineer",
    ],
    "biz": [
        "Product Manager",
        "Marketing Coordinator",
        "Customer Success Manager",
        "Financial Analyst",
        "Operations Associate",
        "Business Analyst",
        "Account Executive",
        "HR Generalist",
        "Content Marketing Manager",
        "Project Coordinator",
        "Procurement Specialist",
        "UX Designer",
        "Product Designer",
        "Technical Writer",
    ],
    "health": [
        "Registered Nurse",
        "Staff Nurse - Cardiology",
        "Clinical Pharmacist",
        "Healthcare Assistant",
        "Physiotherapist",
        "Medical Receptionist",
    ],
    "grad": [
        "Graduate Software Engineer",
        "Summer Analyst Intern",
        "Graduate Data Analyst",
        "Software Engineering Intern",
        "Graduate Trainee - Finance",
    ],
    "gov": [
        "Policy Officer",
        "Transport Planner",
        "Project Officer",
        "Data and Insights Officer",
        "Senior Policy Adviser",
    ],
    "uni": [
        "Research Associate",
        "Senior Lecturer in Computer Science",
        "Postdoctoral Research Fellow",
        "Assistant Professor of Economics",
        "Lecturer in Marketing",
    ],
    "retail": [
        "Store Supervisor",
        "Barista",
        "Sales Assistant",
        "Assistant Store Manager",
        "Warehouse Operative",
    ],
}
ROLES["mix"] = ROLES["tech"] + ROLES["data"] + ROLES["biz"]
# Narrow pools for families whose wording only makes sense for one kind of job.
ROLES["sales"] = ["Account Executive", "Sales Development Representative", "Enterprise Account Manager"]
ROLES["marketing"] = [
    "Marketing Coordinator",
    "Content Marketing Manager",
    "Growth Marketing Manager",
    "Brand Manager",
]
ROLES["design"] = ["Product Designer", "UX Designer", "Senior Product Designer", "UX Researcher"]

AGENCIES: dict[str, list[tuple[str, str]]] = {
    "us": [("Harcourt Talent", "harcourttalent.com"), ("Stellar Search Partners", "stellarsearch.com")],
    "uk": [
        ("BlueArc Recruitment", "bluearc-recruitment.co.uk"),
        ("Fenwick & Lowe Recruitment", "fenwicklowe.co.uk"),
    ],
    "in": [("TalentBridge Consulting", "talentbridge.co.in")],
    "eu": [("Orbis People", "orbispeople.nl"), ("Hanse Talent Partners", "hansetalent.de")],
    "au": [("Penrose Recruitment", "penroserecruitment.com.au")],
}

COLLEGES = [
    ("Sahyadri Institute of Technology", "sit.ac.in"),
    ("Kaveri College of Engineering", "kce.edu.in"),
    ("Deccan Institute of Management", "dim.ac.in"),
]


@dataclass
class Family(corpuslib.AtsFamily):
    region: str = "any"  # us, uk, in, eu, au, or "any"
    roles: str = "mix"
    pool: str = "companies"  # companies, health, gov, uni, retail
    extra: dict[str, str] = field(default_factory=dict)  # derived slots, formatted after the base ones


FAMILIES: list[Family] = []


def fam(fid: str, label: str, stage: str | None, sender: str, subject: str, text: str, **kw: Any) -> None:
    """Register a family; the leading newline of a triple-quoted text is dropped."""
    FAMILIES.append(Family(fid, label, stage, sender, subject, text.lstrip("\n"), **kw))


def make_slots(f: Family, rng: random.Random) -> dict[str, str]:
    """Fresh slot values for one variant, consistent with each other (region, dates, domain)."""
    region = f.region if f.region != "any" else rng.choice(["us", "us", "uk", "in", "eu", "au"])
    pools = {"companies": COMPANIES, "health": HEALTH_COMPANIES, "gov": GOV_COMPANIES, "uni": UNI_COMPANIES}
    pool = {**pools, "retail": RETAIL_COMPANIES}[f.pool]
    company, domain = rng.choice(pool[region])
    slug = re.sub(r"[^a-z0-9]", "", company.lower().split(" gmbh")[0].split(" b.v.")[0].split(" pvt")[0])[:18]
    first, last = rng.choice(CANDIDATES)
    contacts = rng.sample(CONTACTS[region], 3)
    agency, agency_domain = rng.choice(AGENCIES[region])
    college, college_domain = rng.choice(COLLEGES)
    agent = rng.choice([c for c in CONTACTS[region] if c not in contacts])
    tz = ZoneInfo(rng.choice(TIMEZONES[region]))
    day = datetime(2025, 9, 1, tzinfo=tz) + timedelta(days=rng.randint(0, 230))
    while day.weekday() >= 5 and rng.random() < 0.85:  # most mail is sent on working days
        day += timedelta(days=1)
    hours = [8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18]
    # Systems send at any hour; people mostly write in working hours, now and then in the evening.
    hour = rng.choice([*hours, 21, 2, 23] if f.headers else [*hours, 20])
    date = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    iv = weekday_before(date, rng, 1, 9)
    applied = weekday_before(date, rng, 3, 40)
    closing = date + timedelta(days=rng.randint(4, 21))  # acknowledgements arrive before the closing date
    n6 = str(rng.randint(100000, 999999))
    req = rng.choice(
        [
            f"R{rng.randint(10000, 99999)}",
            f"JR-{rng.randint(1000, 9999)}",
            f"REQ-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}",
            str(rng.randint(2400000, 2699999)),
        ]
    )
    slots = {
        "company": company,
        "domain": domain,
        "slug": slug,
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "email_user": f"{first.lower()}.{last.lower()}",
        "contact": contacts[0],
        "cfirst": contacts[0].split()[0],
        "clast": contacts[0].split()[-1],
        "cuser": contacts[0].split()[0].lower().replace("'", ""),
        "hm": contacts[1],
        "hmfirst": contacts[1].split()[0],
        "hmuser": contacts[1].split()[0].lower().replace("'", ""),
        "other": contacts[2],
        "agency": agency,
        "agency_domain": agency_domain,
        "college": college,
        "college_domain": college_domain,
        "agent": agent,
        "afirst": agent.split()[0],
        "auser": agent.split()[0].lower().replace("'", ""),
        "role": rng.choice(ROLES[f.roles]),
        "role2": rng.choice(ROLES[f.roles]),
        "city": rng.choice(CITIES[region]),
        "req": req,
        "n4": str(rng.randint(1000, 9999)),
        "n4b": str(rng.randint(1000, 9999)),
        "n6": n6,
        "weekday": WEEKDAYS[iv.weekday()],
        "iv_date": fmt_day(iv, region),
        "iv_long": fmt_day(iv, region, weekday=True, year=True),
        "applied": fmt_day(applied, region),
        "applied_long": fmt_day(applied, region, year=True),
        "closing": fmt_day(closing, region, year=True),
        "today_long": fmt_day(date, region, year=True),
        "year": str(date.year),
        "next_year": str(date.year + 1),
        "_date": date.isoformat(timespec="seconds"),
    }
    if slots["role2"] == slots["role"]:
        slots["role2"] = rng.choice([r for r in ROLES["mix"] if r != slots["role"]])
    for key, tmpl in f.extra.items():
        slots[key] = tmpl.format(**slots)
    return slots


def expand(f: Family, rng: random.Random) -> list[corpuslib.Record]:
    """The variants of one family, each with exact-substring entities."""

    def picks(v: int) -> dict[int, int]:  # each [[a|b]] position of the text picks on its own
        return {i: rng.randint(0, 5) for i in range(64)}

    return corpuslib.expand_ats(f, rng, lambda: make_slots(f, rng), picks, tries=20)


def validate(rows: list[corpuslib.Record]) -> Counter[str]:
    """Fail loudly on a malformed row so a broken corpus never reaches training."""
    return corpuslib.validate_records(
        rows, {"rej": REJ, "ack": ACK}, min_families={REJ: 75, ACK: 45}, min_messages={REJ: 180, ACK: 110}
    )


def main() -> int:
    rows, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    stages = Counter(str(r["stage"]) for r in rows if r["label"] == REJ)
    links = sum(1 for r in rows if "talent_network_link" in r["entities"])
    corpuslib.print_label_lines(counts, (REJ, ACK))
    print(f"rejection stages: {dict(stages)}; messages with talent_network_link: {links}")
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


# =============================================================================================
# Families. Written by hand; keep each one different in structure, length, tone and region.
# =============================================================================================

# ---- ATS sender shortcuts (display name as the ATS sets it, no-reply style addresses) ---------
GH = "{company} <no-reply@us.greenhouse-mail.io>"
LEVER = "{company} <no-reply@hire.lever.co>"
WD = "{company} <{slug}@myworkday.com>"
ICIMS = "{company} Talent Acquisition <{slug}-notifications@talent.icims.com>"
TALEO = "{company} Careers <do-not-reply@taleo.net>"
SR = "{company} <noreply@smartrecruiters.com>"
ASHBY = "{company} Hiring Team <no-reply@ashbyhq.com>"
WORKABLE = "{company} <noreply@candidates.workablemail.com>"
PERSONIO = "{company} <jobs@{slug}.jobs.personio.de>"
TT = "{company} <no-reply@mail.teamtailor.com>"
BAMBOO = "{company} <notifications@app.bamboohr.com>"
JAZZ = "{company} <no-reply@applytojob.com>"
RECRUITEE = "{company} <{slug}@mail.recruitee.com>"
SF = "{company} Careers <careers-noreply@{domain}>"

# ---------------------------------------------------------------------------------------------
# Rejections after an application (no interview has taken place)
# ---------------------------------------------------------------------------------------------

fam(
    "rej-001",
    REJ,
    APP,
    GH,
    "Thank you for your interest in {company}",
    """
[[Hi|Dear|Hello]] {first},

Thank you for your interest in {company}. We really appreciate you taking the time to apply for the {role} position.

We have reviewed your application and, unfortunately, have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time.

We encourage you to keep an eye on our careers page for future openings, and we wish you all the best in your search.

Best regards,
The {company} Recruiting Team
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-002",
    REJ,
    APP,
    LEVER,
    "Your application to {company}",
    """
Hi {first},

Thanks for your interest in {company} and the {role} role. After reviewing your background, we've decided not to move forward with your application at this time.

We know this isn't the news you were hoping for. We'll keep your information on file, and if something comes up that looks like a better match, we'll reach out.

[[Best|All the best|Thanks again]],
{company} Talent
""",
)

fam(
    "rej-003",
    REJ,
    APP,
    WD,
    "Update regarding your application - {role} ({req})",
    """
Dear {full},

Thank you for applying for the position of {role} (Job Requisition {req}) with {company}.

After careful consideration of your qualifications, we regret to inform you that we will not be proceeding with your candidacy for this position. This decision was not easy, as we received applications from many qualified candidates.

Your candidate profile will remain active in our system, and you can apply for other positions that match your interests at any time through your Candidate Home.

We thank you for your interest in {company} and wish you success in your career.

Sincerely,
{company} Talent Acquisition

This is an automated message. Please do not reply to this email. The mailbox is not monitored.

{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or status as a protected veteran.
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-004",
    REJ,
    APP,
    TALEO,
    "Job #{req} - {role}",
    """
{full}

You were not selected for the position of {role}.

Thank you for your interest in {company}.

Candidate Reference: {n6}
Please do not reply to this message.
""",
    headers=AUTO,
    n=2,
)

fam(
    "rej-005",
    REJ,
    APP,
    ICIMS,
    "{company} - Status of Your Application",
    """
Dear {first},

We appreciate your interest in {company} and the time you invested in applying for the {role} opening (Requisition ID: {req}).

We have reviewed your qualifications and have selected other candidates whose background more closely meets the requirements of this particular position. While we are unable to offer you this opportunity, we would like to stay connected. Join our Talent Community to receive updates on new roles that match your skills:

{talent_link}

Regards,
Talent Acquisition
{company}

Please do not respond to this email; replies to this address are not monitored.
""",
    region="us",
    headers=AUTO,
    extra={"talent_link": "https://careers-{slug}.icims.com/jobs/intro?join_talent_community=1"},
)

fam(
    "rej-006",
    REJ,
    APP,
    SR,
    "Your application for {role} at {company}",
    """
Dear {first},

Thank you for your interest in the {role} position at {company}. After careful review, we regret to inform you that we will not be moving forward with your application.

We had a large number of applicants for this opening, and the decision was a difficult one.

We'd love to keep in touch. Join our Talent Community and be the first to hear about new opportunities:
{talent_link}

Kind regards,
{company} Recruiting
""",
    headers={**AUTO, "List-Unsubscribe": "<https://www.smartrecruiters.com/unsubscribe?c={slug}>"},
    extra={"talent_link": "https://careers.smartrecruiters.com/{slug}/talent-community"},
)

fam(
    "rej-007",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} application",
    """
Hi {first},

Just a quick note to let you know that the {role} role has now been filled. Thanks a lot for your interest and for taking the time to apply - I'm sorry it's not better news.

{cfirst}
""",
    contact="contact",
    region="uk",
)

fam(
    "rej-008",
    REJ,
    APP,
    "{company} People Team <people@{domain}>",
    "{role} - update on your application",
    """
Hello {first},

We wanted to let you know that we have paused hiring for the {role} position. Following a review of our plans for the rest of the year, the team has decided not to fill the role for now, and as a result we are closing all open applications.

This has nothing to do with your profile, and we're sorry to end things this way after you took the time to apply. If the role reopens we'll post it on our careers site and you're very welcome to apply again.

Thank you for your patience and understanding.

[[Best wishes|Warm regards|Kind regards]],
People Team, {company}
""",
)

fam(
    "rej-009",
    REJ,
    APP,
    WD,
    "Your application for {role}",
    """
Dear {first} {last},

Thank you for your recent application for {role} (Job ID {req}).

Please be advised that this requisition has been cancelled and the position will not be filled at this time. As a result, your application will no longer be considered for this role.

We appreciate your interest in {company} and encourage you to review other openings on our career site.

Best regards,
{company} Recruiting
""",
    headers=AUTO,
    n=2,
)

fam(
    "rej-010",
    REJ,
    APP,
    "{agent} <{auser}@{agency_domain}>",
    "{role} - {company}",
    """
Hi {first},

Thanks for sending over your CV for the {role} role with {company}. Unfortunately they've come back to me and said they're looking for someone with a bit more hands-on experience in their sector, so they won't be taking your application further this time.

Don't be too disheartened - it was a really competitive shortlist. I'll keep you in mind for anything else suitable that comes in, and feel free to give me a bell if you want to chat about what else is out there.

Cheers,
{agent}
Senior Consultant | {agency}
""",
    contact="agent",
    region="uk",
)

fam(
    "rej-011",
    REJ,
    APP,
    "{company} HR <hr.recruitment@{domain}>",
    "Application Status - {role}",
    """
Dear Candidate,

Greetings from {company}!

Thank you for your interest in {company}. We have carefully reviewed your profile for the position of {role}. However, we regret to inform you that your profile has not been shortlisted for the further process.

We will retain your resume in our database and get in touch with you should a suitable opportunity arise in future.

We wish you all the very best for your future endeavours.

Warm Regards,
Talent Acquisition Team
{company}

This is a system generated mail. Please do not reply.
""",
    region="in",
    headers=AUTO,
)

fam(
    "rej-012",
    REJ,
    APP,
    PERSONIO,
    "Your application as {role}",
    """
Dear {full},

Thank you very much for your application and the trust you have placed in {company}.

After careful examination of your documents, we must unfortunately inform you that we cannot consider your application in the further selection process. Please understand that this decision does not constitute a judgement on your qualifications; in the end we had to choose between many strong applicants.

In accordance with the GDPR, your application data will be deleted six months after the conclusion of the application process, unless you have given us your consent to store it for longer.

We wish you every success in your professional future.

Kind regards
Your {company} Recruiting Team

--
{company} | {city}
Managing Directors: {contact}, {hm} | Commercial register: HRB {n6}
""",
    region="eu",
    headers=AUTO,
)

fam(
    "rej-013",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Your application for the position of {role}",
    """
Dear {first},

Thank you for your application for the position of {role} at {company}. We received many applications for this vacancy.

After careful consideration we have decided not to invite you for an interview. We wish you every success in your search for a new challenge.

Met vriendelijke groet / Kind regards,

{contact}
Recruiter
{company}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-014",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Thanks for applying - {role}",
    """
G'day {first},

Thanks for applying for the {role} role with {company}. We've had a massive response to this one, and after going through everything we've decided to progress with applicants whose experience is a closer match to what the team needs right now.

Really appreciate you thinking of us, and best of luck with the search.

Cheers,
{cfirst}
{contact} | Talent Partner
{company}
""",
    region="au",
    contact="contact",
)

fam(
    "rej-015",
    REJ,
    APP,
    ASHBY,
    "{company} | {role}",
    """
Hi {first},

Thank you for applying to {company}! We've reviewed your application for the {role} role, and unfortunately we won't be moving forward with it.

We get a lot of applications and can't share individual feedback at this stage, but we genuinely appreciate the time you took. If you see another role at {company} that fits, please do apply.

The {company} team
""",
    headers=AUTO,
)

fam(
    "rej-016",
    REJ,
    APP,
    WORKABLE,
    "Your application for {role} at {company}",
    """
Dear {first},

Thanks for your application. We've reviewed it and decided not to proceed at this stage.

Best wishes,
{company}

Powered by Workable
""",
    headers=AUTO,
    n=2,
)

fam(
    "rej-017",
    REJ,
    APP,
    TT,
    "Update on your application to {company}",
    """
Hi {first}!

Thank you so much for your interest in {company}. We've now had the chance to go through your application and we've decided to go ahead with other candidates for the role of {role}.

Please don't be discouraged - we had an unusually high number of applications and had to make some tough calls. We'd love for you to stay in touch! Connect with us to hear when we open new positions:
{talent_link}

All the best,
The {company} team
""",
    region="eu",
    headers=AUTO,
    extra={"talent_link": "https://{slug}.teamtailor.com/connect"},
)

fam(
    "rej-018",
    REJ,
    APP,
    BAMBOO,
    "Regarding your application for {role}",
    """
Hi {first},

Thank you for your interest in the {role} position with {company}. We've decided to pursue other candidates whose qualifications more closely align with the requirements of this role.

We appreciate the time you spent applying and wish you well in your job search.

Sincerely,
{contact}
Human Resources, {company}
""",
    region="us",
    contact="contact",
)

fam(
    "rej-019",
    REJ,
    APP,
    JAZZ,
    "{company}: {role}",
    """
Dear {first},

Thank you for applying for the {role} position at {company}. We have selected a candidate for the position and are no longer accepting applications. We will keep your resume on file for six months and will contact you if another suitable position becomes available.

Regards,
{company}
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-020",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Re: {role}",
    """
Hey {first},

Thanks for applying to the {role} role. We've given your application careful thought, and we'll be going in a different direction for this one.

Appreciate you thinking of us - hope our paths cross again.

{contact}
{company}
""",
    contact="contact",
)

fam(
    "rej-021",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "re: {role}",
    """
hey {first} - appreciate you reaching out about the {role} thing. we're going to go with someone who has more b2b saas background, so going to pass for now. good luck out there!

{cfirst}
sent from my phone
""",
    region="us",
    contact="cfirst",
    roles="biz",
    n=2,
)

fam(
    "rej-022",
    REJ,
    APP,
    "{company} Careers <careers@{domain}>",
    "{role} at {company}",
    """
Dear {first},

Many thanks for your application for the {role} vacancy.

We have now reviewed all applications against the essential criteria in the job description. For this role we are looking for candidates who can demonstrate at least five years of line-management experience, and on the basis of the information in your application we have not been able to shortlist you on this occasion.

We appreciate the effort that goes into an application and hope you will consider {company} again in the future.

Yours sincerely,

Recruitment Team
{company}
""",
    region="uk",
)

fam(
    "rej-023",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Your application - {role}",
    """
Hi {first},

Thank you for applying for the {role} role.

I'm afraid we are unable to offer visa sponsorship for this position, and as your application indicates you would require sponsorship to work in the UK, we can't take it any further.

Sorry we couldn't bring better news. If your circumstances change, please do keep an eye on our vacancies.

Kind regards,
{contact}
Talent Acquisition | {company}
""",
    region="uk",
    contact="contact",
)

fam(
    "rej-024",
    REJ,
    APP,
    "{company} Recruitment <recruitment@{domain}>",
    "Re: Application for {role}",
    """
Hi {first},

Thanks for your application for the {role} position.

This role requires being in our {city} office at least three days a week, and from your application it looks like you're based some distance away and looking for a fully remote position. For that reason we've decided not to progress your application.

If we open remote roles in future we'd be happy to hear from you again.

Regards,
Recruitment | {company}
""",
    region="uk",
)

fam(
    "rej-025",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Your applications at {company}",
    """
Hi {first},

Thanks for your applications for the {role} and {role2} positions - it's great to see how keen you are to join {company}.

We've looked at both carefully, and I'm sorry to say that neither role is the right match for your experience at this time, so we won't be moving forward with either application.

We do post new roles regularly, so please keep checking back.

Best,
{contact}
Recruiting Coordinator
""",
    region="us",
    contact="contact",
)

fam(
    "rej-026",
    REJ,
    APP,
    SF,
    "Application Status Update - {role} ({req})",
    """
Dear {first},

The status of your application for the following position has been updated.

Position: {role}
Job Req ID: {req}
Status: Not Selected

Thank you for your interest in career opportunities with {company}. We encourage you to visit our careers site regularly for new opportunities.

{company} Global Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
""",
    headers=AUTO,
    n=2,
)

fam(
    "rej-027",
    REJ,
    APP,
    TALEO,
    "Your candidacy for {role}",
    """
Dear {full},

We would like to thank you for your interest in {company} and for taking the time to apply for the {role} position (Job Number: {req}).

We have reviewed your application and have decided to pursue other candidates whose skills and experience better match our current needs. Your profile will remain in our database and you will be considered for other positions for which you meet the qualifications.

We invite you to visit our career site regularly and to create job alerts so that you are informed of new opportunities:
{talent_link}

Again, thank you for your interest in {company}.

Best regards,

{company} Human Resources

*** This is an automated message. Please do not reply to this email. ***
""",
    headers=AUTO,
    extra={"talent_link": "https://{slug}.taleo.net/careersection/ex/jobsearch.ftl?lang=en"},
)

fam(
    "rej-028",
    REJ,
    APP,
    RECRUITEE,
    "Update on your application for {role}",
    """
Hi {first},

Thanks again for applying for the {role} position at {company}, and for your patience while we went through all the applications.

We're sorry to let you know that your application has not been selected for the next round. We know that's disappointing to hear.

Wishing you lots of luck with your next steps!

Warm regards,
{contact}
{company}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-029",
    REJ,
    APP,
    "{company} Early Careers <earlycareers@{domain}>",
    "Your {year} Graduate Programme application",
    """
Dear {first},

Thank you for applying to the {company} {year} Graduate Programme ({role}).

We received an exceptional number of applications this year. Unfortunately, on this occasion your application has not been successful at the online application stage, and we will not be progressing it further.

Due to the volume of applications we are unable to provide individual feedback.

We wish you every success in finding the right opportunity, and we hope you'll keep {company} in mind in the future.

Best wishes,

The Early Careers Team
{company}

You are receiving this email because you applied for a role at {company}. View our privacy notice at https://www.{domain}/privacy
""",
    region="uk",
    roles="grad",
    headers=AUTO,
)

fam(
    "rej-030",
    REJ,
    APP,
    GH,
    "Your application to {company}'s {role}",
    """
Hi {first},

Thank you so much for applying to be a part of the {company} {role} program! We received thousands of applications this season, and we're humbled by the interest.

After reviewing your application, we have decided not to move forward with your candidacy at this time. Please know this is not a reflection of your potential - the number of openings is very small.

You're welcome to apply again next cycle. Recruiting for {next_year} opens in August.

Best,
{company} University Recruiting
""",
    region="us",
    roles="grad",
    headers=AUTO,
)

fam(
    "rej-031",
    REJ,
    APP,
    "{company} Recruitment <no-reply@{domain}>",
    "Notification of outcome - {role} (Ref: {req})",
    """
Dear {first} {last}

Thank you for your application for the position of {role}, reference number {req}, with {company}.

The selection panel has now assessed all applications against the selection criteria. I regret to advise that your application was not progressed to the interview stage.

Applicants may request feedback on their application by contacting the panel chair, {contact}, within 14 days of this notification.

Thank you for your interest in working with us.

Yours sincerely

{contact}
Panel Chair
""",
    region="au",
    pool="gov",
    roles="gov",
    contact="contact",
)

fam(
    "rej-032",
    REJ,
    APP,
    "NHS Jobs <noreply@jobs.nhs.uk>",
    "Application status: not shortlisted - {role}",
    """
Dear {full},

Thank you for your interest in the post of {role} at {company}.

Unfortunately on this occasion you have not been shortlisted for interview.

If you have not been shortlisted, it is because the information you provided did not demonstrate that you met the essential criteria described in the person specification.

Kind regards,
Recruitment Team
{company}

Please do not reply to this email as this mailbox is not monitored.
""",
    region="uk",
    pool="health",
    roles="health",
    headers=AUTO,
)

fam(
    "rej-033",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "{role} opening",
    """
Hi {first},

I'm reaching out to everyone who applied for our {role} opening to let you know that we've implemented a hiring freeze across the company, effective immediately. That means we won't be filling this position in the near term.

I'm sorry to deliver this news, and grateful you considered {company}. If things change, I'll make sure the role is reposted.

Take care,
{contact}
""",
    region="us",
    contact="contact",
    n=2,
)

fam(
    "rej-034",
    REJ,
    APP,
    "{company} <jobs@{domain}>",
    "Thank you for your interest in {company} .",
    """
Dear {first} ,

Thank you for your interest in  {company} .

We have reviewed your application for  {role}  and we regret to inform you that we have decided to move forward with other applicants at this time .

We wish you the best in your job search .

Sincerely ,
{company} Hiring Team
""",
    headers=AUTO,
    n=2,
)

fam(
    "rej-035",
    REJ,
    APP,
    ICIMS,
    "Regarding the {role} position",
    """
Dear {first},

Thank you for your interest in the {role} position. Based on your responses to the application questions, you do not meet the minimum requirements for this position, and your application will not be considered further.

We encourage you to review our other openings and apply for any for which you meet the minimum qualifications.

{company}
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-036",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "RE: {role}",
    """
Hi {first},

Thanks for your patience. I wanted to let you know we've decided to fill the {role} role internally - one of our existing team members has moved across into it.

Thanks for your interest in the role and in {company}; I've enjoyed reading your application.

Best,
{contact}
""",
    contact="contact",
)

fam(
    "rej-037",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "application",
    """
Hi {first}, thank u for applying, the role is unfortunatly filled now. best of luck with everything!

{cfirst}
{company}
""",
    region="au",
    roles="retail",
    pool="retail",
    contact="contact",
)

fam(
    "rej-038",
    REJ,
    APP,
    "Naukri <info@naukri.com>",
    "Your application for {role} at {company} has been reviewed",
    """
Hi {first},

Your application for {role} at {company} has been reviewed by the recruiter.

Application status: Not shortlisted

Don't lose heart! There are many more jobs matching your profile. Keep applying and keep your profile updated to improve your chances.

Team Naukri.com

You are receiving this mail because you applied on Naukri.com. To unsubscribe from these alerts, update your communication settings.
""",
    region="in",
    headers={"List-Unsubscribe": "<https://www.naukri.com/mnjuser/unsubscribe>", "Precedence": "bulk"},
)

fam(
    "rej-039",
    REJ,
    APP,
    "{company} Careers <careers@{domain}>",
    "Your application to {company}",
    """
Hello {first},

We've reviewed your application for {role}. At this stage we won't be inviting you to interview.

This isn't a judgement of you or your potential. Hiring decisions depend on many factors, including the particular mix of skills we need on the team right now.

If you'd like to hear about future roles, you can sign up for job alerts here: {talent_link}

Thanks again,
{company} Talent Acquisition
""",
    extra={"talent_link": "https://careers.{domain}/job-alerts"},
)

fam(
    "rej-040",
    REJ,
    APP,
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to {role} at {company}",
    """
Your update from {company}

Thank you for your interest in the {role} position at {company} in {city}. Unfortunately, {company} has decided not to move forward with your application. They appreciate your time and wish you the best in your job search.

Here are some jobs you may be interested in:
{role2} - {city} - 3 days ago
See all jobs

This email was intended for {full}. Learn why we included this.
You are receiving LinkedIn notification emails.
Unsubscribe  ·  Help
© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>", "Precedence": "bulk"},
)

fam(
    "rej-041",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Quick update",
    """
Hi {first},

Sorry for the radio silence on your {role} application. We spoke to a few people with more hands-on Kubernetes experience and decided to continue with them, so I won't be setting up a call this time.

Thanks for the interest, and good luck!
{cfirst}
""",
    roles="tech",
    contact="contact",
    n=2,
)

fam(
    "rej-042",
    REJ,
    APP,
    "{company} <recruiting@{domain}>",
    "Your application",
    """
Hi {first},

Thanks for applying for the {role} role. We're not going to take your application forward, but we appreciate you getting in touch.

{company}
""",
    n=2,
)

fam(
    "rej-043",
    REJ,
    APP,
    "{company} Talent <no-reply@{domain}>",
    "We've reviewed your application",
    """
Hi {first},

Thanks for the time you spent applying for {role}. Our team has now gone through every application carefully.

We're not able to move ahead with yours this time. Competition was strong, and we had to narrow the list to a handful of people whose experience lined up most closely with this specific role.

We'll hold on to your CV for 12 months and may contact you if a relevant role comes up. If you'd rather we didn't, just reply and we'll delete your details.

Take care,
Talent team at {company}
""",
    region="au",
    headers=AUTO,
)

fam(
    "rej-044",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Application - {role} - {company}",
    """
Dear {first},

Thank you for applying to {company} for the role of {role}.

We have gone through your resume and though your profile is good, at present we are looking for candidates with more relevant experience in the BFSI domain. Hence we will not be able to take your candidature forward for this role.

We will surely keep your profile in our records and connect with you for any suitable opening in future.

Thanks & Regards,
{contact}
HR - Talent Acquisition
{company}
Mob: +91 98{n4}{n4b}
""",
    region="in",
    contact="contact",
)

# ---------------------------------------------------------------------------------------------
# Rejections after one or more interviews
# ---------------------------------------------------------------------------------------------

fam(
    "rej-045",
    REJ,
    INT,
    GH,
    "Your candidacy at {company}",
    """
Hi {first},

Thank you for taking the time to meet with our team for the {role} role. Everyone enjoyed getting to know you and learning more about your experience.

After much deliberation, we have decided to move forward with another candidate whose background is more closely aligned with what we need right now. This was a difficult decision, as we met with many talented people.

We appreciate your interest in {company} and hope you'll consider us again in the future.

Best,
{contact}
Recruiting | {company}
""",
    region="us",
    contact="contact",
)

fam(
    "rej-046",
    REJ,
    INT,
    "{hm} <{hmuser}@{domain}>",
    "Following up on our conversation",
    """
Hi {first},

I wanted to reach out personally rather than have this come from our system. Thank you again for the conversation on {weekday} - I really enjoyed hearing about the migration project you led.

It was a genuinely close call, but we've decided to offer the {role} role to someone whose background in payments infrastructure is a little closer to what the team needs in the next six months.

I'd be glad to stay in touch, and if you'd find it useful I'm happy to share more detailed feedback over a short call.

All the best,
{hm}
Head of Engineering, {company}
""",
    roles="tech",
    contact="hm",
)

fam(
    "rej-047",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} - feedback from your interview",
    """
Hi {first},

Thanks for coming in on {weekday} to meet {hm} and the team. I've now had a chance to collect everyone's feedback, and I'm sorry to say we won't be progressing your application to the next stage.

The panel asked me to pass on a few points, which I hope are helpful:

- Strengths: clear communication, and your SQL exercise was one of the strongest we saw.
- Areas to develop: the team felt your answers on stakeholder management stayed quite high level; they were looking for more specific examples of influencing senior people.
- The case study: good structure, but the recommendation came quite late and the time ran out before you got to the numbers.

Thank you again for all the preparation you put in. I'd be happy to keep you in mind for future roles.

Kind regards,
{contact}
Talent Acquisition Partner | {company}
""",
    region="uk",
    roles="data",
    contact="contact",
)

fam(
    "rej-048",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} interview",
    """
Hi {first},

Thanks so much for your time with us last week. The team appreciated the conversation.

We've decided not to move forward to the next round. If you'd like some feedback on the interview, just reply to this email and I'll set up 15 minutes with the hiring manager.

Best of luck,
{contact}
""",
    contact="contact",
)

fam(
    "rej-049",
    REJ,
    INT,
    LEVER,
    "{company} - {role}",
    """
Hi {first},

Thank you for the time you put into the technical interview and the follow-up conversation with the team. We know interviews take real effort, and we appreciate it.

After reviewing the interview feedback, we've decided not to progress your application to the final round for the {role} position.

We'd love to stay in touch and will reach out if a role opens up that might be a better fit.

Best,
{contact}
{company}
""",
    roles="tech",
    contact="contact",
)

fam(
    "rej-050",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Final round - {role}",
    """
Dear {first},

Thank you for joining us for the final round of interviews on {iv_date}. We were impressed with your presentation and the thought you put into your answers.

We've made the difficult decision to offer the position to another candidate. You were one of the final two, and the decision came down to a small number of very specific requirements for this team.

I really hope we'll have the opportunity to work together in the future, and would like to keep your details on file for upcoming roles, if that's okay with you.

With best wishes,
{contact}
Senior Talent Partner
{company}
""",
    contact="contact",
)

fam(
    "rej-051",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Thanks for chatting with me",
    """
Hi {first},

Thanks again for chatting with me on {weekday}. I shared my notes with the hiring team and they've decided to pursue candidates with more direct enterprise sales experience for the {role} opening.

I know that's not what you were hoping to hear. Your background would be a strong fit for some of our mid-market roles, so I'll flag your profile if one of those opens up.

Best,
{contact}
Technical Recruiter, {company}
""",
    region="us",
    roles="sales",
    contact="contact",
)

fam(
    "rej-052",
    REJ,
    INT,
    "{agent} <{auser}@{agency_domain}>",
    "Feedback - {company}",
    """
Hi {first},

Just had feedback from {company} following your interview on {weekday}. They liked you - especially your energy and the way you talked about your last project - but felt another candidate had slightly more experience in a regulated environment, so they've decided to go with them.

Gutted for you, as I thought it went well. I've got a couple of other roles I think you'd be great for, so let's have a chat early next week?

{afirst}

{agent}
Principal Consultant
{agency}
""",
    contact="agent",
)

fam(
    "rej-053",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "As discussed - {role}",
    """
Hi {first},

Thanks for taking my call earlier. As discussed, I'm just confirming in writing that we won't be moving forward with your application for the {role} position following your second interview.

Once again, thank you for your time and the effort you put into the process. I wish you all the best.

Kind regards,
{contact}
HR Business Partner
{company}
""",
    region="uk",
    contact="contact",
    n=2,
)

fam(
    "rej-054",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} - status update",
    """
Hi {first},

I wanted to give you an update after your interviews with us. Since we spoke, the business has put the {role} position on hold while the department is restructured, and the budget for the role has been frozen until at least next financial year.

That means we're closing the process for all candidates, including you. I'm really sorry - this is not a reflection of how your interviews went; the feedback from the team was positive.

If the role reopens, I'd like to reach out to you first, if you're open to it.

Best,
{contact}
""",
    region="au",
    contact="contact",
)

fam(
    "rej-055",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your interview for {role}",
    """
Dear {first},

Thank you for interviewing with us for the {role} role. We have now concluded the process and have decided to appoint an internal candidate.

I appreciate the time you gave to this and enjoyed our conversation.

Regards,
{contact}
""",
    region="eu",
    contact="contact",
    n=2,
)

fam(
    "rej-056",
    REJ,
    INT,
    "{company} HR <careers@{domain}>",
    "Interview Result - {role}",
    """
Dear {first} {last},

Thank you for attending the interview for the post of {role} on {iv_date}.

We regret to inform you that you have not been selected for the next round of the selection process. We appreciate your interest in {company} and the time you spent with our panel.

Your profile will be kept in our database for future requirements.

Wishing you all success.

Regards,
HR Department
{company}
""",
    region="in",
)

fam(
    "rej-057",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your application as {role}",
    """
Dear {first},

Thank you for the interesting conversation and for the time you invested in getting to know us.

Unfortunately we have decided in favour of another candidate whose profile matches our current requirements somewhat better. This decision was not easy for us.

We wish you all the best for your future career and personally much success.

Best regards

{contact}
People & Culture
{company}
{city}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-058",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Thanks {first}",
    """
Hi {first},

Thanks heaps for coming in to chat with us last week - the whole team enjoyed meeting you.

We've had a really tough decision to make, and in the end we've gone with someone who's already worked in a similar-sized team. I know that's disappointing, and I'm sorry.

If you're keen to hear what the team said, give me a call on 0412 {n6} any time this week.

Cheers,
{cfirst}
""",
    region="au",
    contact="contact",
)

fam(
    "rej-059",
    REJ,
    INT,
    "{company} Human Resources <hr@{domain}>",
    "{role}",
    """
Hi {first},

Following your interview, we will not be proceeding with your application.

Regards,
HR
""",
    n=2,
)

fam(
    "rej-060",
    REJ,
    INT,
    "{company} Recruitment <jobs@{domain}>",
    "Outcome of selection process - {role} ({req})",
    """
Dear {full}

RE: {role} - Reference {req}

Thank you for attending the interview for the above position.

Following the selection process, the panel has recommended another applicant for appointment. I regret to inform you that you have not been successful on this occasion.

Your application was considered suitable and, with your consent, your details will be placed in a merit pool for 12 months. You may be contacted during this period should a similar vacancy arise.

Should you wish to discuss the outcome or obtain feedback, please contact the panel convenor, {contact}, on (02) 9{n4} {n4b}.

Thank you for your interest in working with {company}.

Yours sincerely

{hm}
Director, People and Capability
""",
    region="au",
    pool="gov",
    roles="gov",
    contact="hm",
)

fam(
    "rej-061",
    REJ,
    INT,
    WD,
    "Thank you for interviewing with {company}",
    """
Dear {first},

Thank you for taking the time to interview for the {role} position (Job Requisition {req}). We appreciate the opportunity to learn about your background.

After careful consideration, we have decided to pursue other candidates for this position. We encourage you to continue to visit our careers site and apply for positions that match your skills and interests.

Thank you again for your interest in {company}.

Sincerely,
{company} Talent Acquisition

Please do not reply to this message. This email was sent from a notification-only address that cannot accept incoming email.
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-062",
    REJ,
    INT,
    LEVER,
    "Your onsite with {company}",
    """
Hi {first},

Thanks for spending the day with us on {weekday}. Interview loops are a big investment of time and energy, and the team appreciated your thoughtfulness throughout.

We've decided not to extend an offer for the {role} role. We did want you to know this was a close decision and that the interviewers were impressed with your system design session.

If you're interested, I'm happy to set up a 20-minute call to walk through the feedback in more detail - just let me know what works.

Warmly,
{contact}
Recruiting, {company}
""",
    region="us",
    roles="tech",
    contact="contact",
)

fam(
    "rej-063",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "take-home + next steps",
    """
hi {first},

really appreciated the time you put into the take-home, and it was great chatting on {weekday}. i've thought about it a lot and we're going to pass for now - we need someone who can own infra from day one and i don't think the timing is right.

genuinely think you're going to do great things. if you're ever in {city} let me buy you a coffee.

{cfirst}
co-founder, {company}
""",
    roles="tech",
    contact="contact",
    n=2,
)

fam(
    "rej-064",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} at {company}",
    """
Hi {first},

Thank you for meeting with {hm} and me last {weekday}. We enjoyed learning more about your work and how you approach problems.

We've now decided to offer the role to another candidate. We'll keep your details and would be glad to talk again when we next hire for the team.

Thanks again for your time and interest.

Regards,
{contact}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-065",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: Interview follow up",
    """
Hi {first},

Sorry for the slow reply - I should have updated you sooner. The team has decided to move ahead with another candidate for the {role} role. Thank you for all the time you gave us across the interviews; I know it was a lot.

If you'd like feedback, let me know and I'll pull the notes together.

Best,
{contact}
""",
    region="us",
    contact="contact",
)

fam(
    "rej-066",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} interview - outcome",
    """
Dear {first},

Thank you for attending the assessment centre on {iv_date} and for the effort you put into the group exercise, the presentation and the interviews.

We are sorry to tell you that on this occasion you have not been successful, and we will not be offering you a place on the programme.

We know how much work goes into preparing for an assessment centre. Should you wish to receive feedback on your performance, please reply to this email within the next two weeks and we will arrange a short call.

Best wishes,

{contact}
Early Careers Recruitment | {company}
""",
    region="uk",
    roles="grad",
    contact="contact",
)

fam(
    "rej-067",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Thank you",
    """
Hi {first},

Sorry it's not good news this time - we've gone with another candidate. Thanks so much for your time on {weekday}.

{cfirst}
""",
    contact="cfirst",
    n=2,
)

fam(
    "rej-068",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Post-interview update - {role}",
    """
Dear {first},

Many thanks for attending interview for the post of {role} on {iv_date}. I am writing to let you know that on this occasion you have not been successful.

The panel were impressed by your clinical knowledge and your obvious commitment to patient care. The successful candidate had more experience of working in a high-dependency setting.

If you would like to discuss the interview in more detail, please contact me on the ward on 0161 {n6}.

Kind regards

{contact}
Ward Manager
{company}
""",
    region="uk",
    pool="health",
    roles="health",
    contact="contact",
)

fam(
    "rej-069",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Trial shift",
    """
Hi {first},

Thanks for coming in for the trial shift on Saturday, it was nice having you on the floor. We've decided not to take it forward this time as we need someone with a bit more coffee experience for the weekend rush.

Good luck with everything!
{cfirst}
{company}
""",
    region="au",
    roles="retail",
    pool="retail",
    contact="contact",
    n=2,
)

fam(
    "rej-070",
    REJ,
    INT,
    "Search Committee <facultysearch@{domain}>",
    "{role} - search outcome",
    """
Dear Dr. {last},

On behalf of the search committee, thank you for visiting campus and for your research seminar. The committee appreciated the opportunity to meet you and to learn about your work.

After careful deliberation, the committee has recommended another candidate for the position of {role}, and that candidate has accepted our offer.

We wish you every success in your career.

Sincerely,

{contact}
Chair, Search Committee
{company}
""",
    pool="uni",
    roles="uni",
    contact="contact",
)

fam(
    "rej-071",
    REJ,
    INT,
    ASHBY,
    "Update from {company}",
    """
Hi {first},

Thank you for interviewing with us for the {role} position. We really appreciate the time you spent with our team.

After careful consideration, we've decided to move forward with other candidates at this time. We were impressed by your background and we'd be excited to reconnect in the future as our team grows.

Thanks again,
{company} Recruiting
""",
    headers=AUTO,
)

fam(
    "rej-072",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} - second interview",
    """
Hi {first},

Thank you for coming back in for a second conversation. It was a pleasure to speak with you again.

I've discussed it with {hm} and we have decided not to offer you the position. The other finalist had more experience leading a team through a platform migration, which is the immediate priority for this role.

We'd welcome an application from you for future roles, and I'm happy to be a reference point if you have questions about {company}.

Kind regards,
{contact}
""",
    contact="contact",
)

fam(
    "rej-073",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your interview with {company}",
    """
Dear {first},

Thank you for your video interview with us for the position of {role}. We appreciate the time you took to record your answers.

Having reviewed the recordings, we won't be inviting you to the next stage of our process. We had a very large number of strong candidates.

We wish you the very best of luck.

Regards,
{contact}
Recruitment Coordinator
""",
    region="uk",
    contact="contact",
    n=2,
)

fam(
    "rej-074",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} position",
    """
Hi {first},

I hope you're well. Thank you again for meeting with us about the {role} position.

We've reached a decision and are offering the role to another candidate. I want to thank you for your professionalism throughout the process and for taking the time to meet the team on {weekday}.

Please stay in touch - we'd love to have you in our talent network and let you know first about roles that suit you: {talent_link}

Best regards,
{contact}
{company}
""",
    contact="contact",
    extra={"talent_link": "https://jobs.{domain}/talent-network"},
)

fam(
    "rej-075",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{company} - {role}",
    """
Dear {first},

Thanks for your patience while we completed interviews for the {role} role.

We have decided to close this search without making a hire. After meeting a number of candidates, including you, we realised that the scope of the role needs to change, and we'll be rethinking it before we recruit again.

I'm sorry this isn't a clearer outcome. Thank you sincerely for your time and the effort you put into preparing.

Best wishes,
{contact}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-076",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview feedback",
    """
Hi {first},

Thank you for taking the time to speak with us. Unfortunately, we have decided not to proceed with your application for the {role} role.

The panel felt that your experience was strong, but in the interview you did not quite demonstrate the level of ownership they expect at this level - several answers described what the team did rather than what you did personally.

We will keep your details on file and get in touch should a similar role come up.

Kind regards,
{contact}
Talent Acquisition
{company}
""",
    region="au",
    contact="contact",
)

fam(
    "rej-077",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview update - {role}",
    """
Dear {first},

Greetings from {company}!

Thank you for taking the time to appear for the technical interview rounds for the position of {role}. We appreciate your interest in the opportunity.

After detailed evaluation by the panel, we regret to inform you that we will not be able to move forward with your candidature at this stage. We will retain your profile and reach out for suitable future openings.

Thanks & Regards,
{contact}
Senior Executive - Talent Acquisition
{company} | {city}
""",
    region="in",
    contact="contact",
)

fam(
    "rej-078",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Following your interview",
    """
Hi {first},

I wanted to get back to you after your interview on {weekday}. Thank you for the conversation - you clearly know your stuff.

We'd like to be upfront: we're going with a candidate who has more experience running campaigns in the B2C space. We know how much effort goes into preparing, and we didn't want to leave you waiting.

We'll hang on to your details and would genuinely like to talk again when the team grows next year.

Warmly,
{contact}
Marketing Director, {company}
""",
    roles="marketing",
    contact="contact",
)

fam(
    "rej-079",
    REJ,
    INT,
    TT,
    "Your application for {role}",
    """
Hi {first},

Thank you for the time you spent interviewing with us. It was lovely to get to know you better.

After careful consideration, we have decided to proceed with another candidate for the {role} position. We had many great conversations during this process, and the decision was not an easy one.

We'd be happy to keep you in our talent pool. Connect with us here and we'll let you know about future openings: {talent_link}

All the best,
{contact}
{company}
""",
    region="eu",
    contact="contact",
    extra={"talent_link": "https://career.{domain}/connect"},
)

fam(
    "rej-080",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your second interview",
    """
Dear {first},

Thank you for the pleasant conversation last {weekday} about the {role} position.

We have now spoken with all candidates. Although we were positive about your profile, another candidate fits slightly better with the team and the requirements. We have therefore chosen to continue with this candidate.

If you would like to hear more about how we reached our decision, you are welcome to call me.

Kind regards,

{contact}
HR Advisor
{company}
T +31 20 {n4} {n4b}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-081",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: Next steps?",
    """
Hi {first},

Thanks for checking in, and apologies for not getting back to you sooner.

After your panel interview the team met to discuss, and they've decided to progress with another applicant for the {role} position. I'm sorry it's not the outcome you were after.

I'm happy to share feedback - would a quick call on Thursday suit?

Regards,
{contact}
""",
    region="au",
    contact="contact",
)

fam(
    "rej-082",
    REJ,
    INT,
    "{company} Recruiting <recruiting@{domain}>",
    "Your interview for {role}",
    """
Dear {first},

We want to thank you for your time and interest in the {role} opportunity with {company}. We enjoyed speaking with you and learning more about your qualifications.

While your experience is impressive, we have decided to pursue candidates whose experience more closely matches the current needs of this role.

We will retain your information and may reach out to you about future opportunities. We also invite you to join our Talent Network so you can receive job alerts: {talent_link}

Sincerely,
{company} Talent Acquisition Team

CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon this message. If you have received this in error, please notify the sender immediately by return email and promptly delete this message and its attachments from your computer system.
""",
    region="us",
    extra={"talent_link": "https://{slug}.talentnetwork.com/join"},
)

fam(
    "rej-083",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} role",
    """
Hi {first},

Thanks for the chat on {weekday}. I really enjoyed it. That said, I don't think this is the right fit for either of us at the moment - the role needs someone more senior on the analytics engineering side, and I'd hate to set you up in a role that isn't right for you.

Would be happy to introduce you to a couple of friends who are hiring for more junior data roles if that's useful.

{cfirst}
""",
    roles="data",
    contact="contact",
    n=2,
)

fam(
    "rej-084",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your recent interview",
    """
Hi {first},

Thank you for taking the time to meet with {hm} and the wider team about the {role} role. We really appreciated how well prepared you were.

Although you were not selected for this role, we were impressed with your experience and we think you could be a great match for our upcoming {role2} opening. Would you be open to me keeping your details and reaching out when it goes live?

Best regards,
{contact}
""",
    contact="contact",
)

fam(
    "rej-085",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Outcome of your interview",
    """
Dear {first},

I hope this email finds you well. Thank you once again for the time you took to interview with us on {iv_long}.

I am writing to let you know that we will not be offering you the {role} position. We had a very competitive field and the decision was very finely balanced.

If you wish to receive feedback, please do get in touch with me and I'll arrange a time for {hm} to speak with you.

Thank you for your interest in {company} and best wishes for the future.

Kind regards,
{contact}
HR Officer
{company}

{company} is a company registered in England and Wales (No. {n6}). This email and its attachments are confidential and intended solely for the addressee.
""",
    region="uk",
    contact="contact",
)

fam(
    "rej-086",
    REJ,
    INT,
    "{agent} <{auser}@{agency_domain}>",
    "Update - {role}",
    """
Hi {first},

I'm afraid it's a no from {company} after the second stage. The hiring manager said your technical answers were solid but they've found someone who already knows their tech stack, and that made the difference.

I know you were keen on this one. I'm still working on a couple of other roles for you and will call you tomorrow.

Thanks,
{agent}
{agency}
""",
    region="uk",
    contact="agent",
    roles="tech",
    n=2,
)

fam(
    "rej-087",
    REJ,
    INT,
    "{company} Careers <careers@{domain}>",
    "Thank you for interviewing",
    """
Hello {first},

Thank you for the time you spent speaking with our team about the {role} opportunity.

We wanted to let you know that the position has now been filled. We appreciate your interest in {company} and encourage you to apply for future openings that match your experience.

Regards,
{company} Careers
""",
    region="us",
)

fam(
    "rej-088",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role}: decision",
    """
Hi {first},

Thank you for the conversations over the last few weeks and for meeting {hm}, {other} and me on {weekday}.

We've decided to make an offer to another candidate, who has accepted. This isn't the message I wanted to send you - the whole panel was impressed and it was a close decision.

A few notes the panel asked me to share:
1. Your portfolio review was excellent, particularly the research you did for the onboarding redesign.
2. In the whiteboard exercise, we'd have liked to see you test your assumptions with the users earlier.

Please keep in touch. We'll be hiring again in the spring and I would love to see your application.

Warmly,
{contact}
Design Recruiting, {company}
""",
    roles="design",
    contact="contact",
)

# ---------------------------------------------------------------------------------------------
# Application received: confirmations, "under review" updates and the hard cases that sound like
# a decision but are not one.
# ---------------------------------------------------------------------------------------------

fam(
    "ack-001",
    ACK,
    None,
    GH,
    "Thank you for applying to {company}",
    """
[[Hi|Dear|Hello]] {first},

Thank you for applying to {company}! Your application for the {role} position has been received and we will review it right away.

If your application seems like a good fit for the position we will contact you soon.

Regards,
{company}

** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-002",
    ACK,
    None,
    LEVER,
    "Thanks for applying to {company}",
    """
Hi {first},

Thanks for applying to {company}. We've received your application for the {role} role and our team will review it shortly.

We know it can be frustrating to wait, so here's what to expect: we aim to get back to every applicant within two weeks, whatever the outcome.

In the meantime, feel free to read more about how we work on our blog.

Cheers,
The {company} team
""",
    headers=AUTO,
)

fam(
    "ack-003",
    ACK,
    None,
    WD,
    "{company}: Application Received - {role}",
    """
Dear {full},

Thank you for your interest in {company}. We have received your application for {role} (Job Requisition {req}).

Our recruiting team will review your qualifications against the requirements of the position. If your background is a match, a member of the team will contact you to discuss next steps.

You can check the status of your application at any time by signing in to your Candidate Home account.

Regards,
{company} Talent Acquisition

This is a system-generated email. Please do not reply.
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-004",
    ACK,
    None,
    ICIMS,
    "Thank you for your application - {role}",
    """
Dear {first},

Thank you for submitting your application for the position of {role} (Requisition {req}). We appreciate your interest in {company}.

We will review your qualifications and, should they meet the requirements of the position, a recruiter will be in touch with you.

Once again, thank you for your interest in joining our team.

Sincerely,
{company} Talent Acquisition

{company} is an Equal Opportunity Employer. Applicants requiring a reasonable accommodation in the application process may contact our Talent Acquisition team.

This message was sent to you by {company} through iCIMS. Please do not reply.
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-005",
    ACK,
    None,
    TALEO,
    "Job Application Acknowledgement - {role} ({req})",
    """
Dear {first},

We have received your application for the {role} position (Job Number: {req}).

If your qualifications match the requirements of the position, a member of our recruitment team will contact you. You can review the status of your application at any time by accessing the "My Jobpage" section of our career site.

Thank you for your interest in {company}.

Best regards,
{company} Talent Acquisition

*** This is an automated message. Please do not reply. ***
""",
    headers=AUTO,
)

fam(
    "ack-006",
    ACK,
    None,
    SR,
    "Thank you for your application at {company}",
    """
Dear {first},

Thank you for your application! We're happy you're interested in joining {company} as {role}.

Our team will carefully review your application and get back to you as soon as possible. You can track the status of your application in your SmartRecruiters candidate profile.

Best regards,
{company} Recruiting Team
""",
    headers=AUTO,
)

fam(
    "ack-007",
    ACK,
    None,
    ASHBY,
    "Thanks for applying to {company}!",
    """
Hi {first},

Thanks for applying for {role}! We'll review your application and be in touch.

- {company}
""",
    headers=AUTO,
    n=2,
)

fam(
    "ack-008",
    ACK,
    None,
    WORKABLE,
    "Thanks for applying to {company}",
    """
Dear {first},

Your application for the {role} job was submitted successfully.

Here's a confirmation of the information you submitted:

Name: {full}
Position: {role}
Location: {city}

We'll be in touch if your qualifications match our needs for the role.

Regards,
{company}

Powered by Workable
""",
    headers=AUTO,
)

fam(
    "ack-009",
    ACK,
    None,
    PERSONIO,
    "Your application at {company}",
    """
Dear {full},

Thank you for your application!

We have received your application documents for the position of {role} and will review them carefully. We will contact you as soon as possible.

Kind regards
Your {company} Recruiting Team

--
Information on data protection: we process your data exclusively for the purpose of the application procedure. You can find further information in our privacy policy: https://{slug}.jobs.personio.de/privacy-policy
""",
    region="eu",
    headers=AUTO,
)

fam(
    "ack-010",
    ACK,
    None,
    TT,
    "We've received your application",
    """
Hi {first}!

Thank you for applying for the position as {role}. We're excited that you're interested in joining {company}!

We'll read through your application and get back to you within two weeks. In the meantime, why not check out what life at {company} looks like on our career site?

Best wishes,
{contact}
Talent Acquisition, {company}
""",
    region="eu",
    headers=AUTO,
    contact="contact",
)

fam(
    "ack-011",
    ACK,
    None,
    BAMBOO,
    "Thank you for applying for {role}",
    """
Hi {first},

Thank you for applying for the {role} position at {company}. We're currently reviewing applications and will reach out to qualified candidates soon.

Thanks,
{company}
""",
    region="us",
    headers=AUTO,
    n=2,
)

fam(
    "ack-012",
    ACK,
    None,
    JAZZ,
    "{company} - Application Received",
    """
Hi {first},

We've received your application for {role}. Thank you for your interest in {company}!

Our hiring team reviews every application we receive. If your skills and experience are a match, we'll contact you to discuss next steps.

Best,
{company}

This email was sent via JazzHR. Please do not reply directly to this email.
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-013",
    ACK,
    None,
    RECRUITEE,
    "We got your application!",
    """
Hi {first},

Thanks for applying for {role} at {company}! This email confirms we have your application.

Our team will take a look and get back to you soon. Good luck!

{company} team
""",
    region="eu",
    headers=AUTO,
)

fam(
    "ack-014",
    ACK,
    None,
    SF,
    "Application Confirmation: {role}",
    """
Dear {first} {last},

Thank you for your interest in {company}.

Your application for the position {role} (Job Req ID {req}) has been successfully submitted.

What happens next? Our recruiting team will review your profile. You can view the status of your application at any time in the candidate profile on our career site.

Kind regards,
{company} Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
    region="eu",
    headers=AUTO,
)

fam(
    "ack-015",
    ACK,
    None,
    "{company} Recruitment <recruitment@{domain}>",
    "Your application - {role}",
    """
Dear {first},

Thank you for your application for the role of {role} at {company}.

We have received a very high volume of applications for this vacancy. Due to this, unfortunately we are unable to reply to every applicant individually. If you do not hear from us within four weeks of the closing date, please consider your application unsuccessful on this occasion.

We appreciate your interest and the time you took to apply.

Kind regards,
Recruitment Team
{company}
""",
    region="uk",
    headers=AUTO,
)

fam(
    "ack-016",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Acknowledgement: {role}",
    """
Dear Applicant,

Thank you for your application for the position of {role} with {company}.

This is to acknowledge that your application has been received. Please note that only shortlisted candidates will be contacted for the next stage of the recruitment process.

Thank you for your interest in {company}.

Regards,
HR Team
""",
    region="in",
    headers=AUTO,
)

fam(
    "ack-017",
    ACK,
    None,
    WD,
    "Your application status has changed",
    """
Hello {first},

The status of your application for {role} ({req}) has changed.

New status: In Review

No action is required from you at this time. Sign in to your Candidate Home to view your application.

{company} Recruiting
""",
    headers=AUTO,
)

fam(
    "ack-018",
    ACK,
    None,
    "{company} Talent <talent@{domain}>",
    "Re: Application - {role}",
    """
Hi {first},

Thanks for applying for our {role} position - we're still working through applications.

Unfortunately, given the number we've received, we're unable to give individual feedback at this stage, but every application is being read by a member of the hiring team. We expect to have an update for everyone by the end of the month.

Thanks for your patience,
{company} Talent Team
""",
    region="au",
)

fam(
    "ack-019",
    ACK,
    None,
    PERSONIO,
    "Thank you for your application as {role}",
    """
Hi {first},

Thank you for your application as {role} at {company} - we're happy you found us!

What happens next? Our team will review your documents over the coming days. If your profile matches, we'll invite you to a first interview with the hiring manager (about 45 minutes, via video), followed by a technical interview and a chance to meet the team in person.

We'll get back to you either way.

Best regards
{contact}
People & Culture, {company}
""",
    region="eu",
    headers=AUTO,
    contact="contact",
)

fam(
    "ack-020",
    ACK,
    None,
    GH,
    "Application received: {role}",
    """
Hi {first},

Thanks for your interest in {company}! We've received your application for {role}.

Here's what our process usually looks like:
1. Application review (1-2 weeks)
2. Recruiter phone screen (30 min)
3. Technical interview with the team
4. Onsite or virtual final round

We aim to respond to every applicant within 10 business days. If we'd like to move forward, a recruiter will reach out directly to schedule a call.

Thank you,
{company} Recruiting
""",
    region="us",
    headers=AUTO,
    roles="tech",
)

fam(
    "ack-021",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Re: {role}",
    """
Hi {first},

Thanks for sending your CV through - I've passed it on to {hm}, who is the hiring manager for the {role} role, and I'll come back to you early next week once they've had a look.

Have a good weekend,
{contact}
{company}
""",
    region="uk",
    contact="contact",
)

fam(
    "ack-022",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Your referral for {role}",
    """
Hi {first},

{other} referred you for our {role} opening - thanks for your interest in joining {company}!

I wanted to confirm that I've received your resume and added you to our pipeline. I'll be reviewing referrals with the hiring manager this week and will follow up with you either way by next Friday.

Best,
{contact}
Recruiter, {company}
""",
    region="us",
    contact="contact",
)

fam(
    "ack-023",
    ACK,
    None,
    "LinkedIn <jobs-noreply@linkedin.com>",
    "{first}, your application was sent to {company}",
    """
Your application was sent to {company}

{role}
{company} · {city} (Hybrid)
Applied on {today_long}

Now, take these next steps for more success with your job search
Add a few more skills to your profile to stand out to recruiters.

View similar jobs

This email was intended for {full}.
You are receiving Job application emails.
Unsubscribe · Help
© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub-apply>"},
)

fam(
    "ack-024",
    ACK,
    None,
    "Indeed <indeedapply@indeed.com>",
    "Application submitted: {role}",
    """
Application submitted

{role}
{company} - {city}

The following items were sent to {company}. Good luck!
• Application
• Resume

Next steps
• The employer or job advertiser may reach out to you about your application.

Track your application status at My jobs.

© {year} Indeed - Do not sell my personal information - Privacy Policy - Unsubscribe
""",
    headers={"List-Unsubscribe": "<https://www.indeed.com/unsubscribe>"},
)

fam(
    "ack-025",
    ACK,
    None,
    "{company} HR <hr@{domain}>",
    "Acknowledgement of Resume - {role}",
    """
Dear {first},

Greetings from {company}!

We acknowledge the receipt of your resume for the position of {role}. Our HR team is currently reviewing the profiles received and will get back to you in case your profile is shortlisted.

Kindly do not send multiple applications for the same position.

Thanks & Regards,
Team HR
{company}
""",
    region="in",
)

fam(
    "ack-026",
    ACK,
    None,
    "{company} Recruitment <no-reply@{domain}>",
    "Application received - {role} (Ref {req})",
    """
Dear {first} {last}

This email confirms that your application for the position of {role}, job reference {req}, has been received.

Applications close on {closing}. The selection panel will assess all applications against the selection criteria after the closing date. Applicants who are shortlisted will be invited to interview, and all applicants will be notified of the outcome.

Please retain this email for your records. For questions about the position, please contact {contact}.

{company}
""",
    region="au",
    pool="gov",
    roles="gov",
    headers=AUTO,
)

fam(
    "ack-027",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Your application for {role}",
    """
Dear {first},

Thank you for your application for the position of {role}. We have received it in good order.

We will assess all applications after the vacancy closes and will let you know within three weeks whether you have been selected for an interview.

With kind regards,

{contact}
Recruiter | {company}
""",
    region="eu",
    contact="contact",
)

fam(
    "ack-028",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Update on your application",
    """
Hi {first},

Just a quick update: we're still reviewing applications for {role}. It's taking us a little longer than expected because of the number we received, and we wanted to let you know we haven't forgotten about you.

We expect to be in touch about next steps within the next two weeks. Thanks for your patience!

{company} Talent Team
""",
)

fam(
    "ack-029",
    ACK,
    None,
    GH,
    "Thanks for applying to {company}",
    """
Hi {first},

We've received your application for {role}. Thanks for your interest in {company}!

We're committed to building a diverse and inclusive team. If you'd like, you can help us measure how we're doing by completing a short voluntary self-identification survey. Your answers are optional, confidential, and will not be seen by the hiring team or affect your application in any way:

https://boards.greenhouse.io/{slug}/eeoc_survey

Our team will review your application and reach out if there's a fit.

All the best,
{company} Recruiting
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-030",
    ACK,
    None,
    "{company} Early Careers <graduates@{domain}>",
    "Application received: {year} {role}",
    """
Dear {first},

Thank you for applying for the {company} {role} scheme. We're delighted you're interested in starting your career with us.

Your application has been received and is now being reviewed by our Early Careers team.

What happens next?
- If your application is successful, you may be invited to complete an online assessment and a video interview.
- Shortlisted candidates will then be invited to an assessment centre.
- We aim to update all applicants within three weeks.

Keep an eye on your inbox (and your spam folder).

Best wishes,
The Early Careers Team
""",
    region="uk",
    roles="grad",
    headers=AUTO,
)

fam(
    "ack-031",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Thank you for your email",
    """
Thank you for your email to the {company} careers team.

This is an automated acknowledgement to confirm that we have received your message and CV. Our recruitment team reviews this mailbox regularly. If your experience matches a current or upcoming vacancy, a member of the team will contact you.

Please note that due to the number of enquiries we receive, we are not able to respond to every email individually.

Kind regards,
{company} Recruitment
""",
    region="uk",
    headers=AUTO,
)

fam(
    "ack-032",
    ACK,
    None,
    "{company} <hello@{domain}>",
    "Thanks for your application, {first}",
    """
Hey {first},

Thanks so much for applying for the {role} role - we've got your application and we're excited to read it!

We'll aim to review it within 5 working days. In the meantime, you might enjoy our engineering blog or our latest podcast episode, where our CTO talks about how we build the product.

Talk soon,
The {company} Hiring Team

You're receiving this email because you applied for a job at {company}. {company}, {city}.
""",
    region="au",
    headers=AUTO,
)

fam(
    "ack-033",
    ACK,
    None,
    WD,
    "Welcome to {company} Careers - Application Submitted",
    """
Dear {first},

Your candidate account has been created, and your application for {role} has been submitted.

Job Requisition: {req}
Submitted: {today_long}

To keep your account secure, we will never ask you for your password by email.

You can review your application and update your contact information through Candidate Home. We will contact you if your qualifications match the requirements of the position.

Thank you for your interest,
{company}
""",
    headers=AUTO,
)

fam(
    "ack-034",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "re: {role}",
    """
got your application, thanks {first}! I read every one of these myself so give me a few days and I'll get back to you.

{cfirst}
founder @ {company}
""",
    contact="cfirst",
    roles="tech",
    n=2,
)

fam(
    "ack-035",
    ACK,
    None,
    "{company} Recruitment <careers@{domain}>",
    "Application for {role} - Acknowledgement",
    """
Dear Candidate,

Thank you for showing interest in {company}.

We have received your application for the position of {role}. Due to the overwhelming response, only shortlisted candidates will be intimated about the further process. Kindly bear with us.

Regards,
Recruitment Cell
{company}

Note: {company} does not charge any fee at any stage of the recruitment process. Beware of fraudulent job offers.
""",
    region="in",
    headers=AUTO,
)

fam(
    "ack-036",
    ACK,
    None,
    ICIMS,
    "Your applications with {company}",
    """
Dear {first},

Thank you for your interest in {company}. We have received your applications for the following positions:

- {role} ({req})
- {role2}

Each application will be reviewed by the respective hiring team. If your experience matches a position, a recruiter will contact you.

Sincerely,
{company} Talent Acquisition
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-037",
    ACK,
    None,
    "{agency} <jobs@{agency_domain}>",
    "Thanks for your application: {role}",
    """
Hi {first},

Thanks for applying for the {role} role via our website.

One of our consultants will review your CV and, if suitable, will be in touch within 48 hours to discuss the role in more detail.

Due to the high volume of applications we receive, if you haven't heard from us within 7 days, your application has not been successful on this occasion. We will however keep your details on our database for future roles.

Good luck with your search!

{agency}
""",
    region="uk",
    headers=AUTO,
)

fam(
    "ack-038",
    ACK,
    None,
    "{company} People <people@{domain}>",
    "{role} - we've got your application",
    """
Hi {first},

Thanks for your interest in joining {company} as {role}.

We can't yet say exactly when we'll be able to come back to you - the hiring team is busy with quarter end - but your application is safely with us and will be looked at by a real person.

Whatever the outcome, we will let you know.

Warm regards,
{contact}
People Team
""",
    contact="contact",
)

fam(
    "ack-039",
    ACK,
    None,
    "{company} <careers@{domain}>",
    "Application received",
    """
Application received. Thanks for your interest in {role}.

{company} Talent
""",
    headers=AUTO,
    n=2,
)

fam(
    "ack-040",
    ACK,
    None,
    "{company} Careers <no-reply@{domain}>",
    "Thank you for applying! Here's what happens next",
    """
Hi {first},

Thanks for applying to {company}. Your application for {role} is now with our recruitment team.

What happens next?
Our recruiters read every application. You'll hear from us within 14 days.

Can I update my application?
You can log in to our careers site to update your CV or withdraw your application at any time.

Do you offer flexible working?
Yes - most of our roles are hybrid, and we're happy to talk about what works for you at interview stage.

Want to hear about other roles?
Join our Talent Community and we'll send you jobs that match your interests: {talent_link}

Best wishes,
{company} Talent Acquisition
""",
    region="uk",
    headers=AUTO,
    extra={"talent_link": "https://careers.{domain}/talent-community"},
)

fam(
    "ack-041",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Re: Application for {role}",
    """
Hi {first},

Thanks for your email and CV. I've added you to the pipeline for {role} - you'll get an automated confirmation from our applicant system shortly, so please don't worry about that one.

I'll be reviewing profiles with the team on {weekday_next} and will be in touch after that.

Best regards,
{contact}
Talent Acquisition | {company}
""",
    contact="contact",
    extra={"weekday_next": "Thursday"},
)

fam(
    "ack-042",
    ACK,
    None,
    SF,
    "Application Status: Hiring Manager Review",
    """
Dear {first},

Your application for {role} (Requisition {req}) has moved to the following status: Hiring Manager Review.

This means your application has been forwarded to the hiring manager for consideration. We'll contact you if you are selected to move forward in the process.

Best regards,
{company} Careers
""",
    headers=AUTO,
)

fam(
    "ack-043",
    ACK,
    None,
    "{company} Talent Community <talent@{domain}>",
    "Welcome - and thanks for applying",
    """
Hi {first},

Thanks for your application for {role}. We've received it and the recruiting team will review it soon.

Because you said yes to staying in touch, you've also joined the {company} Talent Community. You can manage your job alert preferences here: {talent_link}

Talk soon,
{company} Talent Acquisition
""",
    headers={**AUTO, "List-Unsubscribe": "<mailto:unsubscribe@{domain}>"},
    extra={"talent_link": "https://{domain}/careers/talent-community/preferences"},
)

fam(
    "ack-044",
    ACK,
    None,
    "{company} Human Resources <jobs@{domain}>",
    "Re: CV - {role}",
    """
Dear {first},

Thank you for your application, which we have received. We will review your documents and get back to you within the next 2-3 weeks.

Should you have any questions in the meantime, please do not hesitate to contact us.

Kind regards

{contact}
Human Resources
{company}
{city}

{company} | Registered office: {city} | Register court {city} HRB {n6}
""",
    region="eu",
    contact="contact",
)

fam(
    "ack-045",
    ACK,
    None,
    "{company} Recruiting <no-reply@{domain}>",
    "We've received your application for {role}",
    """
Dear {first},

Thank you for your application for {role}. We're pleased to confirm we've received it.

Our hiring process usually includes an initial phone conversation, a skills assessment and an interview with the team. If your profile matches what we're looking for, our recruiter will contact you to arrange the first conversation.

We try to reply to everyone, but if you haven't heard from us within 30 days, we've probably decided to go with other applicants.

Thank you for considering {company}.
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-046",
    ACK,
    None,
    "{company} Talent Acquisition <ta@{domain}>",
    "Application received - {role} | {city}",
    """
Hi {first},

Thank you for applying for the {role} position in {city}.

Your application is under review. Please note that we will only contact shortlisted candidates. We appreciate your understanding.

Kind regards,
{company}
""",
    region="au",
    headers=AUTO,
)

fam(
    "ack-047",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Your application",
    """
Dear {first},

Many thanks for your interest in the {role} role and for sending in your application. I am confirming receipt.

The closing date is {closing}, and we will be shortlisting shortly after that. I will write to you again once shortlisting is complete.

With best wishes,

{contact}
Department Administrator
{company}
""",
    region="uk",
    pool="uni",
    roles="uni",
    contact="contact",
)

fam(
    "ack-048",
    ACK,
    None,
    "Naukri <info@naukri.com>",
    "Your application has been viewed by {company}",
    """
Hi {first},

Good news! The recruiter at {company} has viewed your application for {role}.

Application status: Under review

Tip: Recruiters are 3x more likely to contact candidates with a complete profile. Update your profile now.

Team Naukri.com

You are receiving this mail because you applied on Naukri.com. To unsubscribe, update your communication settings.
""",
    region="in",
    headers={"List-Unsubscribe": "<https://www.naukri.com/mnjuser/unsubscribe>", "Precedence": "bulk"},
)

fam(
    "ack-049",
    ACK,
    None,
    TT,
    "Thanks for your application!",
    """
Hey {first},

Awesome that you applied for the {role} role - thank you!

We've received your application, and our recruiter {contact} will go through it within the next week. Unfortunately we get a lot of applications, so we can't always reply as fast as we'd like, but we promise you'll hear back from us regardless of the result.

Have a great day!
The {company} team
""",
    region="eu",
    headers=AUTO,
)

fam(
    "ack-050",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Thank you for your interest in {company}",
    """
Dear {first},

Thank you for your interest in the {role} role at {company}. Please accept this email as confirmation that your application has been received.

Next steps: our team will review all applications over the coming weeks. We will contact you if your skills and experience match our requirements.

Unfortunately we're unable to respond to telephone enquiries about the status of applications.

Kind regards,
{company} Talent Team
""",
    region="au",
    headers=AUTO,
)

fam(
    "ack-051",
    ACK,
    None,
    "{company} <no-reply@{domain}>",
    "Your application - confirmation #{n6}",
    """
Application confirmation #{n6}

Hi {first},

We have received your application for:
  {role}
  {company}, {city}

Submitted on {today_long}.

Your application is now under review. You do not need to do anything else at this stage.

Questions? Visit our Candidate FAQ or contact careers@{domain}.
""",
    headers=AUTO,
)

# ---------------------------------------------------------------------------------------------
# Long ones (legal footers, FAQs) and a few more regional formats
# ---------------------------------------------------------------------------------------------

fam(
    "rej-089",
    REJ,
    APP,
    WD,
    "Your application to {company} - {role} ({req})",
    """
Dear {first},

Thank you for your interest in {company} and for applying to the {role} position, requisition {req}. We know that searching and applying for a new role takes time and effort, and we are grateful that you considered us.

We have now completed our review of applications for this position. While your background is impressive, we have decided to move forward with candidates whose experience more closely aligns with the specific needs of the team at this time. Please know that this decision was made carefully and that we received a very large number of applications.

Your profile will remain in our candidate database, and our recruiters regularly search it when new roles open. You may also update your profile and set up job alerts at any time through Candidate Home.

We wish you every success in your job search and in your future career.

Sincerely,

{company} Talent Acquisition

---
Privacy Notice: {company} collects and processes personal data submitted by candidates for the purpose of recruitment, in accordance with applicable data protection laws. Candidate data is retained for up to 24 months after the close of a requisition unless you request earlier deletion. To exercise your rights to access, correct or delete your personal data, please contact privacy@{domain}.

Equal Opportunity Employer: {company} provides equal employment opportunities to all employees and applicants without regard to race, color, religion, sex, national origin, age, disability, genetic information, veteran status, or any other characteristic protected by law. If you need a reasonable accommodation during the application process, please contact accommodations@{domain}.

This email was sent from an unmonitored address. Please do not reply to this message.
""",
    region="us",
    headers=AUTO,
    n=2,
)

fam(
    "rej-090",
    REJ,
    INT,
    "{hm} <{hmuser}@{domain}>",
    "{role} - thank you, and some feedback",
    """
Hi {first},

Thank you for the time you gave us over the past few weeks - the phone screen with {contact}, the technical exercise and, last {weekday}, the panel with me and two of the team. I know that adds up to a lot of hours, and I didn't want you to hear our decision through a template.

We've decided to offer the {role} role to another candidate. I want to be honest that it was close, and I'd like to give you some feedback that I hope is useful for your next interviews.

What went well:
- Your exercise was clean and well tested, and you explained your trade-offs clearly.
- You asked excellent questions about how the team works, which told us a lot about how you'd fit in.

Where the other candidate was stronger:
- They had run production systems at a larger scale, and in the design discussion they went deeper on failure modes and monitoring than you did.
- When we pushed on the data model, your answers became quite general. More concrete examples from your own work would have helped.

None of this is a reason to doubt yourself; you were one of the two finalists out of more than two hundred applicants. If you're open to it, I'd like to stay in touch - we're planning to grow the team again next year.

Thanks again, and good luck.

{hm}
Engineering Lead, {company}
""",
    region="uk",
    roles="tech",
    contact="hm",
)

fam(
    "rej-091",
    REJ,
    APP,
    "SEEK <noreply@s.seek.com.au>",
    "Your application for {role} at {company}",
    """
Hi {first},

There's an update on your application.

{role}
{company}
{city}

Unfortunately this employer has decided not to progress your application.

Don't give up - there are jobs on SEEK that match your profile right now.

Find jobs

This email was sent to you by SEEK because you applied for a job.
SEEK Limited, 60 Cremorne St, Cremorne VIC 3121
Privacy · Unsubscribe
""",
    region="au",
    headers={"List-Unsubscribe": "<https://www.seek.com.au/unsubscribe>", "Precedence": "bulk"},
    n=2,
)

fam(
    "rej-092",
    REJ,
    INT,
    '"Placement Cell, {college}" <placements@{college_domain}>',
    "Campus Drive Results - {company}",
    """
Dear {first},

This is with reference to the campus recruitment drive conducted by {company} on {iv_date} for the role of {role}.

The company has shared the list of candidates selected after the technical and HR interview rounds. We are sorry to inform you that your name does not appear in the final list of selected candidates.

Do not be disheartened. More companies are scheduled to visit campus in the coming weeks; please keep checking the placement portal and register for the drives you are eligible for.

Regards,
Training & Placement Office
""",
    region="in",
    roles="grad",
    n=2,
)

fam(
    "ack-052",
    ACK,
    None,
    PERSONIO,
    "Confirmation of your application - {role}",
    """
Dear {first},

Thank you for your interest in {company} and for applying for the position of {role}. With this email we confirm that your application has reached us.

What happens now?
Our recruiting team and the hiring manager will review your documents carefully. As we give every application proper attention, this usually takes between two and three weeks. You will hear from us in any case, whether or not we continue with your application.

How does our process look?
If your profile matches the requirements, we will invite you to a first video call of about 30 minutes. This is usually followed by a case study and a personal interview at our office in {city}. Please note that this description is general; the exact steps can vary per role.

Can I change my application?
If you want to add documents or change your details, please do not send a new application. Simply reply to this email and we will add the information to your file.

Data protection
We process your personal data solely for the purpose of handling your application, on the basis of Art. 6(1)(b) GDPR and section 26 BDSG. Your data will be deleted six months after the end of the application process, unless you have consented to a longer storage period for our talent pool. You can withdraw your consent at any time. Further information can be found in our privacy policy.

Kind regards

{contact}
Talent Acquisition

{company}
{city} | Managing Director: {hm} | Local court {city}, HRB {n6}
""",
    region="eu",
    headers=AUTO,
    contact="contact",
)

fam(
    "ack-053",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Application acknowledgement - {role}",
    """
Dear {first},

Thank you for your interest in the {role} position with {company}. We confirm receipt of your application.

We regret that we cannot respond to each applicant personally. Applicants selected for interview will be contacted within three weeks of the closing date.

Thank you for taking the time to apply.

People & Culture
{company}
""",
    region="au",
    headers=AUTO,
)

fam(
    "ack-054",
    ACK,
    None,
    "SEEK <noreply@s.seek.com.au>",
    "Your application was successfully submitted",
    """
Your application was successfully submitted

Hi {first},

{role}
{company} - {city}

Your application has been sent to the employer. You'll be notified when they view it.

What's next?
Employers typically review applications within 1-2 weeks. Keep your SEEK Profile up to date to stand out.

This email was sent to you by SEEK because you applied for a job.
SEEK Limited, 60 Cremorne St, Cremorne VIC 3121
""",
    region="au",
    headers={"List-Unsubscribe": "<https://www.seek.com.au/unsubscribe>"},
    n=2,
)


# =============================================================================================
# Second batch. Family-grouped cross-validation showed the classifier failing on wording it had
# not seen, so these add new structures and vocabulary rather than slot variants of the above.
# =============================================================================================

# ---- rejections after an application -------------------------------------------------------

fam(
    "rej-093",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "{role}",
    """
Hi {first}, thanks for applying. We won't be taking your application further this time.

{cfirst}
{company}
""",
    contact="contact",
    n=2,
)

fam(
    "rej-094",
    REJ,
    APP,
    "Recruitment <recruitment@{domain}>",
    "Your application - {role} (Ref {n6})",
    """
Dear {first}

Re: {role}, reference {n6}

Thank you for your interest in working with {company} and for the time you took to address the selection criteria.

The selection panel has now completed the shortlisting process. I regret to advise that you have not been shortlisted for interview on this occasion. The standard of applications was very high and the panel had a difficult task.

If you would like feedback on your application, please contact the panel chair, {hm}, on (07) 5550 3318.

We encourage you to continue to apply for positions with {company} that match your skills and experience.

Yours sincerely

{contact}
Recruitment Officer
""",
    region="au",
    pool="gov",
    roles="gov",
    contact="contact",
)

fam(
    "rej-095",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} role",
    """
Hey {first},

Really appreciate you reaching out, and your background is impressive. Honestly though, we've decided to go in a different direction with this hire - we're now looking for someone who has already scaled a team from 5 to 20, and that's not quite where your experience sits yet.

No reflection on you at all. If we open something more hands-on later this year, I'll ping you.

{cfirst}
Co-founder, {company}
""",
    region="us",
    contact="contact",
)

fam(
    "rej-096",
    REJ,
    APP,
    WD,
    "Requisition {req} - position cancelled",
    """
Dear {first},

Thank you for your interest in the {role} position (Requisition {req}) at {company}.

We are writing to let you know that this requisition has been cancelled due to a change in business needs, and as a result we will not be moving forward with any candidates for this position. Your application has therefore been closed.

We recognise the time and effort you put into your application. Your profile remains active and we encourage you to review and apply for other open positions at any time.

Regards,
{company} Talent Acquisition

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-097",
    REJ,
    APP,
    PERSONIO,
    "Your application as {role}",
    """
Dear {first},

thank you very much for your application and your interest in {company}.

Unfortunately we must give you a negative answer. We have received many applications and had to decide for candidates whose profile fits even better to the requirements of this position.

With your consent we would like to keep your documents in our talent pool for 12 months, so that we can contact you if a suitable position becomes free. If you agree, please click here: {talent_link}. Without your consent your data will be deleted after 6 months according to GDPR.

We wish you all the best for your future way, personally and professionally.

Kind regards
{contact}
People & Culture | {company}
""",
    region="eu",
    headers=AUTO,
    contact="contact",
    extra={"talent_link": "https://{slug}.jobs.personio.de/talent-pool/consent"},
)

fam(
    "rej-098",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Regarding your profile - {role}",
    """
Dear {first},

Greetings!!

Thank you for showing interest in {company}. We have gone through your profile for the {role} opening and regret to inform that your profile is not matching with our current requirement.

We will keep your resume in our database and get back to you in case of any suitable opening in future.

Wishing you good luck.

Thanks & Regards,
{contact}
HR Team
{company}
""",
    region="in",
    contact="contact",
)

fam(
    "rej-099",
    REJ,
    APP,
    "{agent} <{auser}@{agency_domain}>",
    "{company} - feedback on your CV",
    """
Hi {first},

Just a quick one - I've heard back from {company} on the {role} role. They've reviewed your CV and unfortunately they won't be taking it forward to interview. Their feedback was that they need someone with more direct stakeholder management at director level, which I know is something you're building.

Sorry it's not better news. I've got a couple of other roles that might suit you better - are you free for a quick call later this week?

{afirst}
{agency}
""",
    region="uk",
    contact="agent",
)

fam(
    "rej-100",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Your referral - {role}",
    """
Hi {first},

{hmfirst} passed along your CV for the {role} opening and I wanted to close the loop with you directly rather than leave you hanging. The team had a look, and it's a no for now - we're prioritising people with more hands-on experience in our specific stack.

Please don't read too much into it. {hmfirst} spoke very highly of you and I'd be glad to hear from you again in future.

Best,
{contact}
""",
    contact="contact",
)

fam(
    "rej-101",
    REJ,
    APP,
    SF,
    "Your application for {role}",
    """
Dear {full},

Thank you for applying for the role of {role}.

We would like to let you know that this vacancy has now been filled by an internal candidate. As a result, your application will not be taken any further.

Thank you again for your interest in {company}. You can create a job alert on our careers site to be notified when similar roles are advertised.

Kind regards,
Talent Acquisition
{company}
""",
    region="uk",
    headers=AUTO,
)

fam(
    "rej-102",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Re: Application - {role}",
    """
Hi {first},

Thanks a lot for applying. I'll be straight with you: we're hiring this role at a more junior level than your experience, and the salary band reflects that. I don't think it would be fair to you to put you through the process for a role you'd likely outgrow in a few months, so we're not going to progress this one.

If a more senior position opens up, I'll make sure it reaches you.

All the best,
{contact}
Talent Lead, {company}
""",
    contact="contact",
)

fam(
    "rej-103",
    REJ,
    APP,
    LEVER,
    "{company} | {role}",
    """
Hi {first},

Thank you for your interest in the {role} role at {company}.

Unfortunately, we're unable to offer visa sponsorship for this position, and based on the information in your application you would require sponsorship to work in the country where this role is based. For that reason we can't move your application forward.

If your circumstances change, we'd welcome a new application in the future.

Best regards,
{company} Recruiting
""",
    headers=AUTO,
)

fam(
    "rej-104",
    REJ,
    APP,
    ASHBY,
    "Thank you for applying to {company}",
    """
Hi {first},

Thank you for applying to the {role} position. This role is fully on-site in {city}, five days a week, and from your application it looks like you are looking for remote work. Because of this, we won't be moving ahead with your application for this role.

If you would consider relocating in future, or if we open remote positions, we'd be happy to hear from you.

Thanks,
The {company} team
""",
    headers=AUTO,
)

fam(
    "rej-105",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "A note about your application",
    """
Hi {first},

I wanted to write to you personally. We opened the {role} role three weeks ago and received more than 900 applications, which is more than we've ever had for any role. We've read every one of them, and we've had to make some really hard calls.

We're not going to be moving forward with your application, and I'm sorry I can't give individual feedback to everyone. I know how much effort goes into writing a thoughtful application, and it genuinely matters to us that you chose to spend that effort on {company}.

Thank you,
{contact}
Head of People
""",
    region="us",
    contact="contact",
)

fam(
    "rej-106",
    REJ,
    APP,
    "{company} Graduate Recruitment <graduates@{domain}>",
    "Your online assessment result",
    """
Dear {first},

Thank you for completing the online assessments for the {company} {role} scheme.

Unfortunately, on this occasion your results did not meet the standard required to progress to the next stage of the selection process, and we are therefore unable to continue with your application this year.

Please be aware that, due to the number of applicants, we cannot provide individual feedback on assessment results. You are welcome to apply again next year.

Thank you for your interest in {company}.

Graduate Recruitment Team
""",
    region="uk",
    roles="grad",
    headers=AUTO,
)

fam(
    "rej-107",
    REJ,
    APP,
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to {role} at {company}",
    """
Your update from {company}

{role}
{company} · {city}

Thank you for your interest in the {role} position at {company} in {city}. Unfortunately, {company} has decided not to move forward with your application. We encourage you to continue searching for opportunities on LinkedIn.

Applied on {applied}

See jobs similar to this one
https://www.linkedin.com/jobs/search/?similar={n6}

You are receiving Job Application Update emails. Unsubscribe
© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub&a=jobs-application-update>"},
)

fam(
    "rej-108",
    REJ,
    APP,
    ICIMS,
    "Application Status Change",
    """
Candidate: {full}
Job: {role} ({req})
Status: No Longer Under Consideration

This is an automated notification. The status of your application has changed. To view the jobs you have applied for, log in to your candidate profile at https://careers-{slug}.icims.com/jobs/login.

{company}
""",
    region="us",
    headers=AUTO,
    n=2,
)

fam(
    "rej-109",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "Your application",
    """
[[Dear|Hi]] {first},

Thank you for your recent application for the position of {role} at {company}. We have now reviewed all applications against the person specification.

We are sorry to tell you that you have not been shortlisted. The main reason was that your application did not give enough evidence of the essential criterion on managing budgets; the other criteria were well covered.

We hope this is useful and wish you well for the future.

Regards,
{contact}
""",
    region="uk",
    contact="contact",
)

fam(
    "rej-110",
    REJ,
    APP,
    RECRUITEE,
    "Update on your application at {company}",
    """
Hi {first},

Thanks for your application for {role}! We wanted to let you know that we've paused hiring for this role. Our priorities for the next quarter changed, and we've decided not to fill the position for now, so we're closing all open applications.

We know that's frustrating. If the role re-opens, we'll let you know and you're very welcome to re-apply.

Warm regards,
The {company} team
""",
    region="eu",
    headers=AUTO,
)

# ---- rejections after an interview ----------------------------------------------------------

fam(
    "rej-111",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Following up on our call",
    """
Hi {first},

Thanks again for the call on {weekday}. I enjoyed hearing about your work, especially the migration project.

Having discussed it with {hmfirst}, we don't think this role is the right fit for where you are right now. The position is much more about people management than hands-on work, and from our conversation I got the sense you'd miss the building side quite quickly.

I hope that makes sense, and I'm sorry it isn't the outcome you were hoping for.

Best,
{cfirst}
""",
    contact="cfirst",
)

fam(
    "rej-112",
    REJ,
    INT,
    "{hm} <{hmuser}@{domain}>",
    "Thank you - {role}",
    """
Dear {first},

I wanted to write to you myself rather than have this come from the recruiting team.

Thank you for the time and energy you put into the final round on {iv_date}. The panel was unanimous that you'd be a strong addition to most teams, and the case presentation in particular was one of the best we've seen. This was a genuinely difficult decision, and it came down to you and one other candidate. In the end, we've offered the role to someone whose background in regulated markets matches the next year's work slightly more closely.

I know that's hard to hear after a long process. If it's useful, I'm happy to spend 20 minutes giving you more detailed feedback - just reply and we'll find a time.

I'd also genuinely like to stay in touch. We'll be hiring again early next year and I would want to talk to you first.

With thanks and best wishes,
{hm}
{company}
""",
    contact="hm",
)

fam(
    "rej-113",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: Interview",
    """
Not this time I'm afraid {first} - we went with someone with a bit more retail experience. Thanks for coming in though, you were great with the customers on the floor.

{cfirst}
""",
    pool="retail",
    roles="retail",
    contact="cfirst",
    n=2,
)

fam(
    "rej-114",
    REJ,
    INT,
    SF,
    "{role} - outcome of your interview",
    """
Dear {first},

Thank you for attending an interview for the role of {role} on {iv_date}.

Following careful review of all candidates interviewed, we regret to inform you that we will not be progressing your application to the next stage of the process.

We appreciate the time you invested in your application and interview, and we wish you every success in your future career.

Yours sincerely,

Recruitment Team
{company}

This message has been sent from an unattended mailbox. Replies to this address are not read.
""",
    region="uk",
    headers=AUTO,
)

fam(
    "rej-115",
    REJ,
    INT,
    "{agent} <{auser}@{agency_domain}>",
    "Feedback from {company}",
    """
Hi {first},

Tried to give you a call but went to voicemail, so a quick email instead.

I've had feedback from {company} following your interview {weekday}. Unfortunately they're not going to progress you to second stage. They liked your attitude and thought you came across really well, but felt your technical answers around data modelling weren't quite deep enough for what they need.

Honestly I think it was close. Happy to talk it through whenever suits, and I've got a couple of other things on I think you'd be good for.

Cheers,
{afirst}
{agency}
M: 07700 900 663
""",
    region="uk",
    contact="agent",
)

fam(
    "rej-116",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} update",
    """
Hi {first},

Thank you for your time interviewing with us over the past couple of weeks.

Since we spoke, the leadership team has decided to go in a different direction with this role. We're now planning to hire at a more senior level, reporting directly to the CTO, and that changes the scope enough that we won't be continuing with the current candidates, including you.

I'm sorry - I know this comes late in the process and isn't what you expected. If you'd like to talk it through, I'm happy to.

Best regards,
{contact}
{company}
""",
    roles="tech",
    contact="contact",
)

fam(
    "rej-117",
    REJ,
    INT,
    GH,
    "An update on the {role} role",
    """
Hi {first},

Thank you for interviewing with us for the {role} role. We wanted to let you know that the position has been put on hold indefinitely due to a company-wide hiring freeze, and we're closing the search.

This has nothing to do with your interviews, which the team enjoyed. We're genuinely sorry to end the process this way.

If hiring re-opens and the role comes back, your recruiter will reach out to you directly.

Kind regards,
{company} Recruiting
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-118",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Outcome - {role}",
    """
Dear {first}

Thank you for attending interview for the position of {role} on {iv_date}.

The selection panel has assessed you as suitable for the role. However, you were not the preferred candidate, and on this occasion you have not been offered the position.

As a suitable candidate, your name will be placed in a merit pool for 12 months. If a similar position becomes available during that time, you may be contacted and offered employment without a further selection process.

If you would like feedback, please contact the convenor of the panel.

Regards
{contact}
Human Resources
""",
    region="au",
    pool="gov",
    roles="gov",
    contact="contact",
)

fam(
    "rej-119",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your take-home",
    """
Hi {first},

Thanks for the take-home and for walking us through it on {weekday}. There was a lot to like - the tests were thorough and the README was excellent.

That said, the team felt the overall design wouldn't hold up well at the scale we operate at, and that's a core part of this role, so we've decided not to move forward. I've put a few more specific notes below in case they're useful:

- the in-memory cache would need a story for eviction and multiple instances
- error handling in the ingestion path swallowed exceptions silently
- we'd have liked to hear more about trade-offs in the walkthrough

Thanks again for the effort you put in - I know it's a real ask.

{contact}
Engineering Manager, {company}
""",
    roles="tech",
    contact="contact",
)

fam(
    "rej-120",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview Result - {role}",
    """
Dear {first},

Thank you for appearing for the HR and Managerial rounds for the position of {role}.

We regret to inform you that you have not been selected in the final round of the selection process. Your profile will be retained with us and we will reach out if a suitable opportunity arises in future.

We thank you for your time and wish you success.

Regards,
{contact}
Talent Acquisition
{company}
""",
    region="in",
    contact="contact",
)

fam(
    "rej-121",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your interview on {iv_date}",
    """
Dear {first},

many thanks again for the nice conversation on {iv_date} and your interest to work with us.

After long consideration we must inform you that we decided for another candidate, whose experience is closer to our current projects. This decision was not easy for us, because your profile is very interesting.

We keep you in good memory and hope to meet again perhaps in another occasion.

Best regards
{contact}
{company}
""",
    region="eu",
    contact="contact",
)

fam(
    "rej-122",
    REJ,
    INT,
    "{hm} <{hmuser}@{domain}>",
    "thank you",
    """
Hi {first},

I'm sorry to be writing with this one. We've decided to offer the role to another candidate - it was very close, and I wanted you to hear it from me rather than a form email.

I meant what I said in the interview about your portfolio. If it helps, I'd be glad to introduce you to two friends who are hiring for similar roles right now, at companies I'd genuinely recommend. Just say the word and I'll make the intros this week.

Rooting for you,
{hmfirst}
""",
    contact="hmfirst",
    roles="design",
)

fam(
    "rej-123",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} - decision",
    """
Hi {first},

Thanks for taking the time to meet with us. We've now finished our interviews and have decided not to move forward with your candidacy for the {role} role.

That said, we'd really like to consider you for future roles. Would you mind if I reached out in six months or so, when we start hiring for the next wave of the team? And do connect with me on LinkedIn in the meantime.

Thanks again,
{contact}
Talent Partner, {company}
""",
    contact="contact",
)

fam(
    "rej-124",
    REJ,
    INT,
    WD,
    "Thank you for interviewing with {company}",
    """
Dear {full},

Thank you for taking the time to interview for the {role} position (Job Requisition {req}). We appreciate the opportunity to learn about your skills and accomplishments.

After careful consideration, we have selected another candidate whose qualifications and experience best align with the needs of this position at this time.

We encourage you to visit our careers site and join our Talent Community so you are the first to know about new roles: {talent_link}

Thank you again for your interest in {company}.

Sincerely,
{company} Talent Acquisition
""",
    region="us",
    headers=AUTO,
    extra={"talent_link": "https://{slug}.wd1.myworkdayjobs.com/careers/introduceYourself"},
)

fam(
    "rej-125",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview outcome - {role}",
    """
Dear {first},

Thank you for attending interview for the post of {role} on {iv_date}.

I'm sorry to let you know that on this occasion you have been unsuccessful. The panel were impressed with your clinical knowledge, but felt another candidate demonstrated more experience of leading a shift.

If you would like feedback on your interview, please contact the recruiting manager, {hm}, who will be happy to arrange a time to speak with you.

Thank you for your interest in working for {company}.

Kind regards,
{contact}
Recruitment Coordinator
""",
    region="uk",
    pool="health",
    roles="health",
    contact="contact",
)

fam(
    "rej-126",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} position",
    """
Hey {first},

Thanks for coming in on {weekday} and for being so patient when the lunch rush hit mid-interview! We've filled the position now, so we won't be able to offer you a spot this time.

We do hire every few months though, so feel free to drop your resume in again.

{cfirst}
{company}
""",
    region="us",
    pool="retail",
    roles="retail",
    contact="cfirst",
    n=2,
)

fam(
    "rej-127",
    REJ,
    INT,
    ASHBY,
    "Your {company} interview",
    """
Hi {first},

Thank you for the time you spent with our team for the {role} role - we know interviews take real effort, especially when you're juggling other commitments.

After discussing as a panel, we've decided not to extend an offer at this time. We had a very strong group of finalists, and this came down to fine margins.

We're keeping your details in our talent pool so we can reach out about future roles that match your experience. You can update your preferences any time here: {talent_link}

All the best,
The {company} Hiring Team
""",
    headers=AUTO,
    extra={"talent_link": "https://jobs.ashbyhq.com/{slug}/talent-pool"},
)

fam(
    "rej-128",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "Update",
    """
Hi {first},

Sorry for the delay in getting back to you after your second interview - I wanted to wait until we had a final answer.

Unfortunately we won't be taking your application further. The hiring panel felt that while you'd be strong in the day-to-day delivery side, they're looking for someone who has owned a P&L before, and that became the deciding factor.

I really enjoyed working with you through the process and hope our paths cross again.

Kind regards,
{contact}
Senior Talent Acquisition Partner
{company}
""",
    region="au",
    contact="contact",
)

# ---- application acknowledgements ------------------------------------------------------------

fam(
    "ack-055",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Re: {role}",
    """
Got it, thanks {first} - will have a read over the weekend and come back to you next week.

{cfirst}
""",
    contact="cfirst",
    n=2,
)

fam(
    "ack-056",
    ACK,
    None,
    "Indeed Apply <indeedapply@indeed.com>",
    "Application submitted: {role}",
    """
Your application has been submitted

{role}
{company} - {city}

Good luck, {first}! The employer will contact you directly if they would like to move forward. In the meantime, you can track your applications in My jobs.

Next steps
- Check your email and phone for messages from {company}
- Keep your resume up to date

Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
""",
    region="us",
    headers={"List-Unsubscribe": "<https://www.indeed.com/unsubscribe>"},
)

fam(
    "ack-057",
    ACK,
    None,
    "{company} <noreply@nhsjobs.nhs.uk>",
    "Application received - {role} - {req}",
    """
Dear {first} {last},

Thank you for applying for the following vacancy:

Job title: {role}
Job reference: {req}
Employer: {company}

Your application has been submitted successfully. The closing date for this vacancy is {closing}.

The employer will review applications after the closing date. If you are shortlisted, you will be invited to interview through your NHS Jobs account. Please check your account and your email regularly, including your junk folder.

This is an automated email. Do not reply.
""",
    region="uk",
    pool="health",
    roles="health",
    headers=AUTO,
)

fam(
    "ack-058",
    ACK,
    None,
    "GovernmentJobs <noreply@governmentjobs.com>",
    "Application Received: {role}",
    """
Hi {first},

Your application has been received by {company} for the following job:

{role}
Job number: {req}

What happens next
The hiring agency will review your application to determine whether you meet the minimum qualifications. You can track the status of your application in your GovernmentJobs account. Status updates may take several weeks after the posting closes on {closing}.

Thank you for your interest in public service.

This is an automated message. Please do not reply.
""",
    region="us",
    pool="gov",
    roles="gov",
    headers=AUTO,
)

fam(
    "ack-059",
    ACK,
    None,
    "Naukri <info@naukri.com>",
    "Your application for {role} has been sent to the recruiter",
    """
Dear {first},

Your application for the following job has been successfully sent to the recruiter.

{role}
{company}
{city}

Recruiters typically respond within 7-10 days. You can view the status of all your applications on Naukri.

Applying from the Naukri app increases your chances of getting noticed.

Regards,
Team Naukri.com

You are receiving this mail as a registered member of Naukri.com. To unsubscribe, click here.
""",
    region="in",
    headers={"List-Unsubscribe": "<https://www.naukri.com/unsubscribe>"},
)

fam(
    "ack-060",
    ACK,
    None,
    "{agent} <{auser}@{agency_domain}>",
    "Thanks for your application - {role}",
    """
Hi {first},

Thanks for applying for the {role} role we're advertising on behalf of our client. I've received your CV and registered you with {agency}.

I'm reviewing applications over the next few days and will give you a call if I think you're a good match for the client's brief. If you don't hear from me within two weeks, it means we won't be putting you forward this time, but we'll keep your details on file for similar roles.

Kind regards,
{agent}
Recruitment Consultant, {agency}
""",
    contact="agent",
)

fam(
    "ack-061",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Automatic reply: {role} application",
    """
Thank you for contacting the {company} careers team.

This is an automatic reply to confirm that your email has reached us. Due to the high volume of applications, we aim to respond to all enquiries within 3 working days, and applications are reviewed in the order they are received.

Please do not resend your application, as this may delay our response.

{company} Careers
""",
    headers={"Auto-Submitted": "auto-replied"},
    n=2,
)

fam(
    "ack-062",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Application acknowledgement - {role}",
    """
Dear {full},

On behalf of the search committee, I acknowledge with thanks receipt of your application for the position of {role}.

The committee will begin its review of applications after {closing} and will continue until the position is filled. Candidates selected for further consideration will be contacted directly and asked to provide letters of reference at that stage.

Thank you for your interest in {company}.

Sincerely,
{contact}
Search Committee Coordinator
""",
    pool="uni",
    roles="uni",
    contact="contact",
)

fam(
    "ack-063",
    ACK,
    None,
    SF,
    "We have received your application",
    """
Dear {first},

Thank you for applying for the {role} role at {company}. This is to confirm we have received your application.

How we use your data
We will process the personal data in your application only for the purpose of assessing your suitability for this and similar roles. We will keep it for 6 months after the recruitment process ends, after which it will be deleted, unless you ask us to keep it longer. You can ask to access, correct or delete your data at any time by writing to privacy@{domain}. Our full Candidate Privacy Notice is available on our careers site.

What happens next
Our recruiters will review your application and get back to you within two weeks.

Best regards,
Talent Acquisition, {company}
""",
    region="eu",
    headers=AUTO,
)

fam(
    "ack-064",
    ACK,
    None,
    "{company} Recruitment <recruitment@{domain}>",
    "Your application - {role}",
    """
Dear {first},

Thank you for your application for the post of {role}.

Shortlisting will take place in the week after the closing date ({closing}). Interviews are provisionally scheduled for two weeks after that. If you have not heard from us by the end of the month, please assume that your application has not been successful on this occasion.

Yours sincerely,

Recruitment Team
{company}
""",
    region="uk",
    pool="gov",
    roles="gov",
)

fam(
    "ack-065",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Eingangsbestätigung / Confirmation of receipt",
    """
Dear {first},

thank you for your application as {role} and for your interest in {company}.

We confirm the receipt of your application documents and will check them carefully. Please understand that this can take some time, as we want to give every application the attention it deserves. We will contact you again in the next three weeks at the latest.

Best regards
{contact}
HR Team
""",
    region="eu",
    contact="contact",
)

fam(
    "ack-066",
    ACK,
    None,
    "{company} <no-reply@{domain}>",
    "Thanks for applying!",
    """
{company}: Thanks for applying, {first}! We got your application for {role} at our {city} location. A hiring manager will text or call you if there's a fit. Reply STOP to opt out of texts.
""",
    region="us",
    pool="retail",
    roles="retail",
    headers=AUTO,
    n=2,
)

fam(
    "ack-067",
    ACK,
    None,
    "{hm} <{hmuser}@{domain}>",
    "Re: {role} - my application",
    """
Hi {first},

Thanks for your note and for sending your CV - it's a nice change to get a proper cover letter these days!

I'll share it with the rest of the interview panel and we'll come back to you by the end of next week either way. If anything changes on your side in the meantime, just let me know.

Best,
{hmfirst}
""",
    contact="hmfirst",
)

fam(
    "ack-068",
    ACK,
    None,
    TT,
    "We've received your application, {first}",
    """
Hi {first},

Thanks for applying for {role} at {company}! 🙌

Here's what you can expect from here:

1. Our team reads every application - really.
2. You'll hear from us within 10 working days, whatever the outcome.
3. If there's a match, we'll invite you to a 30-minute intro call.

In the meantime, why not get to know us a little better on our careers page?

Speak soon,
{company}
""",
    region="eu",
    headers=AUTO,
)

fam(
    "ack-069",
    ACK,
    None,
    "{company} Careers <no-reply@{domain}>",
    "Application received ({n6})",
    """
We have received your application.

Applicant: {full}
Position: {role}
Location: {city}
Application number: {n6}
Submitted: {today_long}

Please keep your application number for future reference. Do not reply to this email. For queries, call our recruitment helpline at 1800 425 0011 (Mon-Sat, 9:30 AM - 6:00 PM).
""",
    region="in",
    headers=AUTO,
)

fam(
    "ack-070",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Re: Speculative application",
    """
Hi {first},

Thanks for getting in touch and for sending your CV through. We don't have a {role} role open at the moment, but we're planning to hire in the new year. I've added you to our list and will reach out as soon as the role is live.

Thanks again for thinking of {company}.

{contact}
""",
    region="au",
    contact="contact",
)

# ---------------------------------------------------------------------------------------------
# Second batch: short portal confirmations, "what happens next" acknowledgements, acknowledgements
# that only regret slow replies, and rejections dressed as status updates.
# ---------------------------------------------------------------------------------------------

fam(
    "ack-071",
    ACK,
    None,
    WORKABLE,
    "Application submitted",
    """
[[Hi|Hello]] {first},

Your application for {role} at {company} was submitted successfully.

Application ID: {n6}

You'll get an email from us if there's an update.

{company}
Powered by Workable
""",
    headers=AUTO,
)

fam(
    "ack-072",
    ACK,
    None,
    ASHBY,
    "We've got your application - here's what happens next",
    """
Hi {first},

We've got your application for {role}. Thanks for taking the time.

Here's what happens next:

1. Someone on the hiring team reads every application. No keyword filters, no bots.
2. If there's a match, a recruiter will reach out to set up a 30-minute intro call.
3. If it's not a match this time, we'll still let you know by email. You won't be left hanging.

Most people hear back within two weeks. In the meantime, you can check your status at any time from the link in this email.

Talk soon,
The {company} Hiring Team
""",
    headers=AUTO,
)

fam(
    "ack-073",
    ACK,
    None,
    ICIMS,
    "Your application is being reviewed",
    """
Dear {full},

Your application for {role} (Requisition {req}) is now being reviewed by the hiring team.

Status: Under Review
Submitted: {applied_long}

There is nothing further you need to do at this stage. If your qualifications match the requirements of the position, a member of the team will contact you directly to discuss next steps.

You can view the status of this and any other applications by logging in to your candidate profile.

Sincerely,
{company} Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
""",
    region="us",
    headers=AUTO,
)

fam(
    "ack-074",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Re: Application - {role}",
    """
Hi {first},

Thanks so much for applying, your application has come through fine. Unfortunately we're a small team and I'm on leave until the end of next week, so it may take me a little while to get back to you properly - apologies in advance for the delay.

I'll be in touch either way once I've had a chance to go through everything.

Best,
{cfirst}
""",
    region="uk",
    contact="contact",
)

fam(
    "ack-075",
    ACK,
    None,
    TALEO,
    "{company} - Application Acknowledgement",
    """
Dear {first} {last},

Thank you for your interest in the {role} position at {company}.

This message confirms that we have received your application. We regret that, due to the very high volume of applications we receive, we are unable to provide individual feedback or respond to enquiries about the status of an application. We appreciate your patience while the selection process is completed.

Applications for this vacancy close on {closing}.

Regards,
{company} Recruitment

*** This is an automated message, please do not reply ***
""",
    region="in",
    headers=AUTO,
)

fam(
    "ack-076",
    ACK,
    None,
    SR,
    "Thanks for applying!",
    """
{company}

Thanks, {first}! 🎉

We received your application for

{role}
{city}

What's next? Our recruiters will review your profile and get back to you. Unfortunately it can sometimes take up to four weeks during busy periods, so please bear with us.

Track your application: https://my.smartrecruiters.com/{n6}

You received this email because you applied for a job at {company} through SmartRecruiters.
""",
    headers=AUTO,
)

fam(
    "ack-077",
    ACK,
    None,
    "{company} HR <hr@{domain}>",
    "Received: CV for {role}",
    """
Hello {first},

Received your CV with thanks. It has been forwarded to the concerned department for review.

Only shortlisted candidates will be contacted.

Regards,
HR Team
{company}
""",
    region="in",
)

fam(
    "ack-078",
    ACK,
    None,
    TT,
    "{company} | Application confirmed",
    """
Hey {first},

Just a quick note to say your application for the {role} role landed safely with us.

We're reviewing applications on a rolling basis, so there's no need to wait for the closing date to hear from us. Whatever the outcome, you'll hear from a real person.

In the meantime, follow us on LinkedIn if you'd like a look behind the scenes.

Warmly,
{contact}
Talent Partner, {company}
""",
    region="eu",
    contact="contact",
    headers=AUTO,
)

fam(
    "ack-079",
    ACK,
    None,
    "{company} Careers <careers@{domain}>",
    "Application #{n6}",
    """
Application #{n6}
Position: {role}
Location: {city}
Received: {today_long}
Status: Received - awaiting review

Thank you for applying. No action is required from you at this time.
""",
    region="au",
    headers=AUTO,
)

fam(
    "ack-080",
    ACK,
    None,
    "{contact} <{cuser}@{domain}>",
    "Your application to {company}",
    """
Dear {first},

Thank you for your application for the {role} vacancy, which I have passed to {hm} as the hiring manager.

I regret that I am not able to give you a firm timescale yet: shortlisting will take place after the closing date of {closing}, and we aim to contact all applicants within three weeks of that date. If you have not heard from us by then, please do feel free to chase me.

With kind regards,

{contact}
Recruitment Coordinator
{company}
""",
    region="uk",
    pool="uni",
    roles="uni",
    contact="contact",
)

fam(
    "ack-081",
    ACK,
    None,
    BAMBOO,
    "{company}: We received your application",
    """
Hi {first},

This is just a quick confirmation that {company} received your application for {role}. The hiring team is reviewing applications now.

If they'd like to move forward, they'll reach out using the contact details you provided.

Thank you!

This email was sent by BambooHR on behalf of {company}. Replies to this address are not monitored.
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-129",
    REJ,
    APP,
    WD,
    "Application status: Not selected",
    """
{first},

The status of your application for {req} {role} has changed.

Current status: Not Selected

This requisition is no longer considering your application. You can review your submitted applications and search for other open roles from the Candidate Home page.

Candidate Home: https://{slug}.wd5.myworkdayjobs.com/en-US/External/userHome

This is a system generated message from {company}. Please do not reply.
""",
    headers=AUTO,
)

fam(
    "rej-130",
    REJ,
    APP,
    GH,
    "Update on your application - closed",
    """
Hi {first},

We wanted to give you an update on your {company} application for {role}.

Your application has been marked as closed. We know that's not the news you were hoping for, and we really do appreciate the time you put into applying.

Feel free to keep an eye on our careers page, new roles open up all the time.

- {company} Recruiting
""",
    headers=AUTO,
)

fam(
    "rej-131",
    REJ,
    APP,
    "{contact} <{cuser}@{domain}>",
    "{role} - position no longer available",
    """
Hi {first},

I'm writing to let you know that the {role} position you applied for is no longer available. Following a change in our plans for the team this year, we have withdrawn the vacancy and won't be hiring for it.

This isn't a reflection on your application in any way. If the role is reopened we'll post it on our site and you'd be very welcome to apply again.

Thanks for your interest in {company}.

{contact}
""",
    region="au",
    contact="contact",
)

fam(
    "rej-132",
    REJ,
    APP,
    SF,
    "Status update: {role} (Req ID {req})",
    """
Dear {full},

Thank you for applying for the role of {role} (Req ID {req}).

Status: Closed - Position filled

The position has now been filled and your application is no longer under consideration. Your candidate profile will remain in our system, and you can set up job alerts to be notified of suitable openings.

Best regards,
{company} Talent Acquisition

Note: this mailbox is not monitored.
""",
    region="eu",
    headers=AUTO,
)

fam(
    "rej-133",
    REJ,
    APP,
    ICIMS,
    "Your application has been updated",
    """
Hello {first},

There has been an update to your application for {role} at {company}.

Requisition: {req}
Status: Candidate not selected for further consideration

Please log in to the {company} career portal to view your applications. Thank you for your interest.
""",
    region="us",
    headers=AUTO,
)

fam(
    "rej-134",
    REJ,
    APP,
    "{company} HR <careers@{domain}>",
    "Requisition {req} cancelled",
    """
Dear Applicant,

Please be advised that requisition {req} ({role}, {city}) has been cancelled and is no longer available. All applications received for this requisition have been closed.

We thank you for your interest in {company} and encourage you to apply for other positions for which you are qualified.

HR Operations
{company}
""",
    region="in",
)

fam(
    "rej-135",
    REJ,
    INT,
    PERSONIO,
    "Application status changed: {role}",
    """
Dear {first},

The status of your application for the position "{role}" has changed to: Rejected

Thank you once more for the conversation with our team. If you would like feedback on your interview, you may reply to this message and the recruiter responsible, {contact}, will get back to you.

Kind regards
{company}
""",
    region="eu",
    contact="contact",
    headers=AUTO,
)

fam(
    "rej-136",
    REJ,
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} update",
    """
Hey {first},

Quick update on {role}: we've closed the process on our end and you're not progressing to the final round. I know you put real work into the take-home and the panel, so I wanted to tell you myself rather than let the portal do it.

Happy to jump on a call if you want specifics.

{cfirst}
""",
    region="us",
    contact="contact",
)


if __name__ == "__main__":
    sys.exit(main())
