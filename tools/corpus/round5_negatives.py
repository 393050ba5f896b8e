"""Round-5 hard negatives for the "other" label (families otx-001 ...).

Aimed at what the earlier negatives (other.jsonl, r4_other.jsonl) do not cover yet: recruiters confirming
a time the candidate proposed or moving an interview, joining instructions and travel/expense mail around
an interview already booked, decisions and invitations about things that are not jobs (residency match,
funded PhD places, accelerators, auditions, trusted-traveller and benefits interviews, housing, grants,
professional registration), "offers" from marketing and property, mail for someone who already works
somewhere (pay review, requisitions, offer approvals, mandatory courses with an assessment), new styles
of cold outreach, the candidate's own sent mail, friends, newsletters quoting templates, applicant-account
mail and automatic notices.

Each family is one hand-written message with slots; it expands into 2-3 variants that share the family
id. Standard library only; a fixed seed makes the output byte-identical from run to run.

Run: python tools/corpus/round5_negatives.py
(writes src/followup/classifiers/corpus/r5_other.jsonl)
"""

from __future__ import annotations

import random
import re
import string
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
import negatives_common
from corpuslib import (
    AUTO,
    bulk,
    fmt_date_long,
    fmt_date_short,
    fmt_time,
    next_weekday,
    prev_weekday,
    split_name,
)

SEED = 50523
PREFIX = "otx"
LABEL = "other"
OUT = Path(__file__).resolve().parents[2] / "src" / "followup" / "classifiers" / "corpus" / "r5_other.jsonl"

# --------------------------------------------------------------------------------------------------------
# Slot pools: names, firms and places the earlier generators do not use.
# --------------------------------------------------------------------------------------------------------

REGIONS = ("us", "uk", "in", "au", "eu", "sg", "ca")

TZS = {
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "uk": ("Europe/London",),
    "in": ("Asia/Kolkata",),
    "au": ("Australia/Sydney", "Australia/Brisbane", "Australia/Perth", "Australia/Melbourne"),
    "eu": ("Europe/Paris", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Lisbon", "Europe/Vienna"),
    "sg": ("Asia/Singapore",),
    "ca": ("America/Toronto", "America/Vancouver", "America/Winnipeg", "America/Halifax"),
}

COMPANIES = {
    "us": [
        "Cobalt Ridge Systems",
        "Hatteras Health Partners",
        "Tidewater Logistics",
        "Copperline Insurance",
        "Northstar Biologics",
        "Redtail Robotics",
        "Summit Hollow Media",
        "Granite Peak Credit Union",
        "Meridian Lane Software",
        "Kettle Creek Foods",
    ],
    "uk": [
        "Thistledown Software",
        "Pennant & Crowe",
        "Blackwater Marine",
        "Elmstead Care Group",
        "Corvid Analytics",
        "Greyhound Lane Studios",
        "Wycliffe Bank",
        "Larkspur Energy",
    ],
    "in": [
        "Tungabhadra Systems",
        "Saraswati Fintech",
        "Yamuna Retail Tech",
        "Shivalik Infosoft",
        "Godavari Health",
        "Nilgiri Labs",
    ],
    "au": [
        "Wattlebird Software",
        "Coral Coast Health",
        "Blue Mountains Analytics",
        "Eucalypt Energy",
        "Jarrah Bank",
        "Magpie & Co",
    ],
    "eu": [
        "Nordlys Data AB",
        "Kastanie GmbH",
        "Olivar Technologies SL",
        "Tulp Logistics BV",
        "Faro Digital Lda",
        "Bura Labs",
    ],
    "sg": [
        "Orchard Gate Capital",
        "Changi Data Systems",
        "Dempsey Health",
        "Pasir Labs",
        "Kent Ridge Robotics",
    ],
    "ca": [
        "Muskoka Software",
        "Fundy Marine",
        "Okanagan Health",
        "Saguenay Energy",
        "Cabot Trail Analytics",
    ],
}

AGENCIES = {
    "us": ["Crestview Staffing", "Pinnacle Bridge Recruiting", "Hudson Vale Talent"],
    "uk": ["Hayward Blake Recruitment", "Lyndhurst Appointments", "Fenwick Talent"],
    "in": ["Aarav Manpower Services", "Kalpavriksha HR Consultants"],
    "au": ["Swan River Talent", "Gumtree Lane Recruitment"],
    "eu": ["Rheinblick Personal", "Talento Iberia", "Polder Search"],
    "sg": ["Straits Talent Partners", "Tiong Bahru Search"],
    "ca": ["Cabot Talent Group", "Muskoka Search Partners"],
}

NAMES = {
    "us": [
        "Marisol Ortega",
        "Brandon Kowalski",
        "Keisha Robinson",
        "Ethan Caldwell",
        "Naomi Feldman",
        "Darnell Hayes",
        "Lauren Pritchard",
        "Kenji Watanabe",
        "Rosa Delgado",
        "Garrett Lindgren",
    ],
    "uk": [
        "Eilidh Fraser",
        "Tobias Wren",
        "Rhiannon Pugh",
        "Zain Malik",
        "Harriet Okoye",
        "Declan Byrne",
        "Saoirse Kelly",
        "Alfie Pennington",
    ],
    "in": [
        "Harini Venkatesh",
        "Abhishek Rao",
        "Tanvi Mehra",
        "Gaurav Saxena",
        "Shruti Iyengar",
        "Imtiaz Ahmed",
        "Deepika Reddy",
        "Varun Khanna",
    ],
    "au": [
        "Jarrah Collins",
        "Matilda Greenway",
        "Cooper Nguyen",
        "Indigo Marsh",
        "Rangi Parata",
        "Chloe Papadopoulos",
    ],
    "eu": [
        "Katarzyna Wójcik",
        "Matteo Ferrari",
        "Elin Johansson",
        "Florian Huber",
        "Inès Moreau",
        "Dries Peeters",
        "Marta Sánchez",
        "Felix Braun",
    ],
    "sg": ["Wei Jie Tan", "Nurul Huda", "Bryan Ong", "Hui Min Koh", "Arvind Pillay"],
    "ca": ["Marie-Ève Roy", "Owen Beaulieu", "Jaspreet Gill", "Nathalie Côté", "Aiden Clarke"],
    "any": [
        "Chukwuemeka Obi",
        "Ayşe Yılmaz",
        "Fernanda Lima",
        "Hyun-woo Kim",
        "Zanele Khumalo",
        "Tariq Hassan",
        "Linh Pham",
        "Oksana Melnyk",
        "Paulo Santos",
        "Mariam Diallo",
        "Sione Tupou",
        "Anahí Quispe",
    ],
}

ROLES = [
    "Quantity Surveyor",
    "Payroll Administrator",
    "Backend Developer",
    "Occupational Therapist",
    "Data Protection Officer",
    "Customer Success Lead",
    "Embedded Software Engineer",
    "Financial Controller",
    "UX Writer",
    "Logistics Coordinator",
    "Machine Learning Engineer",
    "HR Advisor",
    "Site Manager",
    "Product Analyst",
    "Solutions Architect",
    "Marketing Executive",
    "Test Automation Engineer",
    "Legal Counsel",
    "Biostatistician",
    "IT Support Analyst",
    "Frontend Engineer",
    "Category Manager",
]

STARTUPS = ["Loomwise", "Tessellate", "Brightloop", "Quillstack", "Fernhill AI", "Packwise", "Driftwood Labs"]
TEAMS = ["Payments", "Platform", "Finance", "Data", "Growth", "Clinical Systems", "Operations", "Risk"]

CITIES = {
    "us": ["Denver, CO", "Nashville, TN", "Austin, TX", "Charlotte, NC", "Salt Lake City, UT", "Madison, WI"],
    "uk": ["Bristol", "Leeds", "Edinburgh", "Manchester", "Belfast", "Milton Keynes"],
    "in": ["Pune", "Hyderabad", "Chennai", "Gurugram", "Indore", "Thiruvananthapuram"],
    "au": ["Brisbane QLD", "Perth WA", "Sydney NSW", "Newcastle NSW", "Darwin NT"],
    "eu": ["Stockholm", "Lisbon", "Vienna", "Utrecht", "Lyon", "Porto"],
    "sg": ["Singapore"],
    "ca": ["Montréal, QC", "Winnipeg, MB", "Victoria, BC", "Waterloo, ON", "Halifax, NS"],
}

OFFICES = {
    "us": [
        "1801 Wynkoop Street, Suite 400",
        "500 Church Street, 9th Floor",
        "2100 Rio Grande Blvd, Building C",
    ],
    "uk": ["Temple Quay House, 2 The Square", "Wellington Place, Building 4", "1 Lochrin Square, Level 6"],
    "in": [
        "Block 3, Cyber Towers, Hitech City",
        "Wing B, 7th Floor, Magarpatta City",
        "Olympia Tech Park, Guindy",
    ],
    "au": ["Level 14, 300 Queen Street", "Level 5, 1 William Street", "Suite 2, 88 Hunter Street"],
    "eu": ["Kungsgatan 44, plan 5", "Avenida da Liberdade 110, 3º", "Mariahilfer Straße 77, 4. Stock"],
    "sg": ["8 Marina View, #29-01", "3 Science Park Drive, #02-12", "10 Anson Road, #18-05"],
    "ca": ["1250 René-Lévesque Blvd W, 22nd Floor", "201 Portage Ave, Suite 1800", "55 King St, Suite 600"],
}

PHONE = {  # "#" is replaced by a random digit
    "us": "(303) 555-0###",
    "uk": "07700 900###",
    "in": "+91 98### #####",
    "au": "0412 ### ###",
    "eu": "+46 70 ### ## ##",
    "sg": "+65 8### ####",
    "ca": "(514) 555-0###",
}

TLD = {
    "us": ".com",
    "uk": ".co.uk",
    "in": ".co.in",
    "au": ".com.au",
    "eu": ".eu",
    "sg": ".com.sg",
    "ca": ".ca",
}
CUR = {"us": "$", "uk": "£", "in": "₹", "au": "A$", "eu": "€", "sg": "S$", "ca": "C$"}
FREEMAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com"],
    "uk": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "in": ["gmail.com", "yahoo.in", "outlook.com", "rediffmail.com"],
    "au": ["gmail.com", "optusnet.com.au", "outlook.com"],
    "eu": ["gmail.com", "proton.me", "gmx.net", "outlook.com"],
    "sg": ["gmail.com", "hotmail.com", "singnet.com.sg"],
    "ca": ["gmail.com", "shaw.ca", "hotmail.com"],
}
TITLES = [
    "Talent Acquisition Specialist",
    "Recruiting Coordinator",
    "Head of Talent",
    "Engineering Manager",
    "Finance Director",
    "Hiring Manager",
    "Operations Director",
]
SALARY_BASE = {"us": 98000, "uk": 48000, "in": 1400000, "au": 115000, "eu": 62000, "sg": 90000, "ca": 92000}


# ASCII folding of the accented letters our name pools use (for e-mail addresses and URLs); slug() folds too.
TEXT = negatives_common.TextFold(
    "éèêëáàâãíìóòôöúùüçñłśżćńąęőşıíÉ", "eeeeaaaaiioooouuucnlszcnaeosiiE", fold_slug=True
)
slug = TEXT.slug
fold = TEXT.fold
email_local = TEXT.email_local


def money(rng: random.Random, region: str, lo: float, hi: float, step: int = 1000) -> tuple[int, str]:
    """A salary-sized amount around the region's base, as (value, "£52,000")."""
    v = int(SALARY_BASE[region] * rng.uniform(lo, hi) / step) * step
    if region == "in":
        return v, f"₹{v / 100000:.1f} LPA"
    return v, f"{CUR[region]}{v:,}"


# --------------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------------


# Family.region: one of REGIONS, several joined by "|", or "any"; Family.ev_days None: 2-8 days on, 0: minutes
# after the message.
Family = negatives_common.Family
FAMILIES: list[Family] = []
fam = negatives_common.family_adder(FAMILIES, PREFIX)
AUTOREPLY = negatives_common.AUTOREPLY

# ---- A. An interview that is already booked: confirmations, moves, logistics, travel, expenses ----------

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Re: {role} - next steps", "RE: availability for a call", "Re: {company} / {first}"],
    """\
Great, {ev_weekday} {ev_time} it is. Invite's gone out from my calendar to {cand_email} - shout if it doesn't land.

Speak then,
{rfirst}

Sent from my iPhone""",
)

fam(
    "us|uk|eu|ca|au",
    "{contact} <{cfirst_lower}@{startup_domain}>",
    ["Re: intro", "Re: {startup} x {first}", "Re: quick hello"],
    """\
{first} -

Locked in for {ev_weekday} ({ev_date_short}), {ev_time} {ev_tz}. I've dropped a Google Meet on your calendar ({meet_url}). It'll be me and {colfirst}, who runs engineering here - no slides, no whiteboard, just a conversation.

Nothing you need to prep. If the time stops working, just move it in the invite.

{cfirst}
--
{contact} · Co-founder, {startup}""",
)

fam(
    "uk|au|eu",
    "{agent} <{agent_email}>",
    ["Re: {company} interview - update", "moved to {ev_weekday}", "Re: {company} - {ev_weekday}?"],
    """\
Hi {first},

Quick update - I've spoken to {cfirst}'s PA and moved you to {ev_weekday} at {ev_time} as you asked. Same format, same Teams link as in the original invite, and {cfirst} was completely fine about it, so don't give it another thought.

I'll try you on {cand_phone} the afternoon before for a ten-minute run-through of who you're meeting.

Cheers,
{afirst}

{agent}
Senior Consultant | {agency}
M: {agent_phone}""",
)

fam(
    "in",
    "HR - {company} <hr.recruitment@{domain}>",
    ["Interview Rescheduled - {role} - {cand}", "RESCHEDULED: Technical Round - {role}"],
    """\
Dear {first},

Greetings from {company}!

As per your request, your Technical Round for the post of {role} has been rescheduled. Please find the revised details below:

Date : {ev_date_long}
Time : {ev_time} IST
Mode : Virtual (MS Teams - link already shared, no change)
Panel : {contact}, {contact_title}

Kindly be available 10 minutes before the scheduled time with a stable internet connection and your laptop charged. No need to revert on this mail.

All the best!

Regards,
{recruiter}
Talent Acquisition Team
{company} | {city}""",
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    [
        "Small change to {ev_weekday}",
        "{role} interview - panel change",
        "FYI: new interviewer for {ev_weekday}",
    ],
    """\
Hi {first},

Heads-up on a small change for {ev_weekday}: {contact} has been pulled into a customer escalation that week, so {colleague} will be stepping in for that conversation instead. {colfirst} leads our {team} team and has sat on plenty of {role} loops, so the content will be much the same.

Time ({ev_time} {ev_tz}) and link are unchanged - you'll see the updated name in the calendar invite shortly.

Thanks for your flexibility,
{rfirst}
{recruiter} | Recruiting | {company}""",
)

fam(
    "uk|au|ca|eu",
    "{coordinator} <{coord_email}>",
    ["Change of location - {ev_weekday} {ev_date_short}", "Your visit on {ev_weekday}: new building"],
    """\
Hello {first},

Please note we've had to move your interview on {ev_weekday} {ev_date_short} to a different building - the {old_floor} at our main site is being refurbished.

NEW location: {office2}, {city}
Time: unchanged ({ev_time})
On arrival: go to the ground floor security desk and give your name; someone from the team will collect you.

The new building is about two minutes' walk from the old one, so the directions I sent last week still mostly apply.

Kind regards
{coordinator}
Recruitment Administrator
{company}
{company_phone}""",
    pick={"old_floor": ["third floor", "east wing", "main reception", "mezzanine"]},
)

fam(
    "any",
    "{coordinator} <{coord_email}>",
    ["{cfirst} running a few minutes late", "Running late - sorry!", "2 mins"],
    """\
Hi {first} - apologies, {cfirst} is running about {late} minutes behind, their previous meeting overran. Please hang tight {where} and they'll be with you shortly. No need to reply!

{coordfirst}""",
    ev_days=0,
    pick={
        "late": ["5", "10", "10-15", "15"],
        "where": [
            "in the Zoom waiting room",
            "in reception, there's coffee by the window",
            "on the Teams call",
            "in the lobby",
        ],
    },
)

fam(
    "any",
    "{company} Talent Acquisition <bookings@{domain}>",
    [
        "Your booking with {company} Talent Acquisition is confirmed",
        "Booking confirmed: {service} on {ev_date_short}",
    ],
    """\
Hi {cand},

Thank you for booking with {company} Talent Acquisition. Your booking is confirmed.

{service}
{ev_date_long}
{ev_time} - {ev_time_end} ({tz_name})
Staff member: {recruiter}

Join your appointment
{teams_url}

Add to calendar  |  Manage booking  |  Cancel booking

This email was sent by Microsoft Bookings on behalf of {company} Talent Acquisition.""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{service}",
        "location": "Microsoft Teams Meeting",
        "url": "{teams_url}",
    },
    pick={
        "service": ["Recruiter phone screen (30 min)", "Initial conversation - {role}", "Introductory call"]
    },
)

fam(
    "any",
    "{company} <no-reply@us.greenhouse-mail.io>",
    ["Thanks for submitting your availability", "Availability received - {role}"],
    """\
Hi {first},

Thanks for sending over your availability for the {role} interview. Our recruiting coordinator is lining up the interviewers now and will send a calendar invitation once your time is confirmed - usually within one to two business days.

The times you submitted:
{avail1}
{avail2}
{avail3}

If your availability changes, just use the same link again to update it.

Best,
{company} Recruiting""",
    headers=AUTO,
)

fam(
    "uk",
    "{company} Early Careers <earlycareers@{domain}>",
    ["Assessment Centre - joining instructions", "Joining instructions: {ev_weekday} {ev_date_short}"],
    """\
Dear {first},

JOINING INSTRUCTIONS - {scheme} ASSESSMENT CENTRE

Thank you for confirming your attendance. Everything you need for the day is below; please keep this email to hand.

Date: {ev_date_long}
Registration: 08:45 - 09:00 (the day finishes at approximately 16:30)
Venue: {office_addr}, {city}

Please bring:
- Photo ID (passport or driving licence)
- Your right to work documents, which we will copy on the day
- A pen - everything else is provided

The day includes a group exercise, a written case study and an interview with two of our managers. You don't need to prepare anything in advance.

Lunch and refreshments are provided; tell us about dietary requirements by replying to this email by {dl_date_short}. Reasonable travel expenses up to £{travel_cap} will be reimbursed - keep your tickets.

We look forward to meeting you.

{company} Early Careers Team""",
    pick={"scheme": ["GRADUATE", "FINANCE GRADUATE", "DEGREE APPRENTICESHIP", "SUMMER INTERNSHIP"]},
)

fam(
    "us",
    "{county} Human Resources <noreply@governmentjobs.com>",
    ["Oral Board Interview - Confirmation of Time Slot", "Confirmation: Oral Board - {role} ({exam_no})"],
    """\
Applicant: {cand}
Exam/Recruitment #: {exam_no}
Classification: {role}

This confirms the time slot you selected for the Oral Board Interview:

    {ev_date_long} at {ev_time}
    {county} Administration Building, {county_addr}
    Check in on the 2nd floor, Room {room}

Please arrive 15 minutes early and bring this notice and a valid photo ID. Candidates arriving after their scheduled time may not be seated. If you require a reasonable accommodation, contact the Human Resources Department at least three business days in advance at {company_phone}.

This is an automated message sent through NEOGOV. Do not reply to this email.""",
    headers=AUTO,
    pick={
        "_combo": [
            {"county": "Larimer County", "county_addr": "200 W Oak Street, Fort Collins, CO"},
            {"county": "Dane County", "county_addr": "210 Martin Luther King Jr Blvd, Madison, WI"},
            {"county": "Travis County", "county_addr": "700 Lavaca Street, Austin, TX"},
            {"county": "Mecklenburg County", "county_addr": "600 E 4th Street, Charlotte, NC"},
        ],
    },
)

fam(
    "uk|au|eu",
    "{coordinator} <{coordfirst_lower}.{coordlast_lower}@{uni_domain}>",
    ["Interview day programme - {uni_role}", "{uni_role} ({vacancy_ref}): programme for {ev_weekday}"],
    """\
Dear Dr {last},

Further to our letter confirming your interview, please find below the programme for {ev_date_long}. Shortlisted candidates will attend together for the morning sessions.

09:30  Arrival and coffee, {uni_building} foyer
10:00  Tour of the department with {colleague}
11:15  Candidate presentations (15 minutes each, in alphabetical order) - {uni_building}, Room {room}
12:30  Lunch with members of the School
14:00  Formal panel interviews (individual times will be confirmed on the day)

Travel and accommodation costs will be reimbursed in line with University policy; please keep your receipts. The expense claim form is attached.

With best wishes,

{coordinator}
School Administrator, {uni_school}
{uni}""",
    pick={
        "_combo": [
            {
                "uni": "University of Leeds",
                "uni_domain": "leeds.ac.uk",
                "uni_building": "the Bragg Centre",
                "_region": "uk",
            },
            {
                "uni": "University of Bristol",
                "uni_domain": "bristol.ac.uk",
                "uni_building": "the Fry Building",
                "_region": "uk",
            },
            {
                "uni": "University of Queensland",
                "uni_domain": "uq.edu.au",
                "uni_building": "the Hawken Building",
                "_region": "au",
            },
            {
                "uni": "Utrecht University",
                "uni_domain": "uu.nl",
                "uni_building": "the Buys Ballot Building",
                "_region": "eu",
            },
        ],
        "_combo2": [
            {"uni_role": "Lecturer in Computer Science", "uni_school": "School of Computing"},
            {"uni_role": "Assistant Professor in Economics", "uni_school": "School of Economics"},
            {"uni_role": "Senior Lecturer in Nursing", "uni_school": "School of Healthcare"},
            {"uni_role": "Lecturer in Human Geography", "uni_school": "School of Geography"},
        ],
    },
)

fam(
    "uk",
    "{council} HR Services <recruitment@{council_domain}>",
    ["Claiming your interview expenses", "Interview expenses - {role}"],
    """\
Dear {first},

Thank you for attending interview for the post of {role} on {old_date_long}.

Candidates who are invited to interview can claim reasonable travel expenses. If you would like to make a claim, please complete the attached form (HR/EXP1) and return it to this address within 28 days, together with your receipts or tickets. Car mileage is paid at 45p per mile; we are unable to reimburse parking fines or first-class travel.

Payments are made by BACS within 30 days of receiving a completed form.

Yours sincerely

Recruitment Team
HR Services
{council}""",
    pick={
        "_combo": [
            {"council": "Bristol City Council", "council_domain": "bristol.gov.uk"},
            {"council": "Leeds City Council", "council_domain": "leeds.gov.uk"},
            {"council": "Edinburgh City Council", "council_domain": "edinburgh.gov.uk"},
            {"council": "Milton Keynes City Council", "council_domain": "milton-keynes.gov.uk"},
        ]
    },
)

fam(
    "any",
    "Expensify <concierge@expensify.com>",
    ["{company} reimbursed you {amount}", "Reimbursement: Interview travel - {old_date_short}"],
    """\
Hi {first},

Good news - {company} has reimbursed your expense report.

Report: Interview travel - {old_date_short}
Total: {amount}
Items: {item1}, {item2}
Paid to: bank account ending {digits4}

Reimbursements usually reach your account in 3-5 business days.

Questions about this report? Comment on the report and someone from {company} will see it.

The Expensify Team""",
    headers=AUTO,
    pick={
        "item1": ["Train ticket", "Mileage (212 km)", "Return flight", "Airport taxi"],
        "item2": ["Parking", "Hotel (1 night)", "Dinner", "Rideshare"],
    },
)

fam(
    "us|ca|au|uk",
    "Uber <uber@uber.com>",
    ["{company} sent you a ride voucher", "You've got a voucher from {company}"],
    """\
{company} has covered your ride

Hi {first}, {company} sent you a voucher for your visit.

Voucher value: up to {ride_cap} per ride
Valid: {ev_weekday}, {ev_date_short}, all day
Pickup or drop-off must be near: {office_addr}, {city}
Rides: 2

The voucher is applied automatically when you request a ride during the valid window. Anything above the voucher value is charged to your payment method.

Add voucher to your account →

Uber Technologies, Inc., 1725 3rd Street, San Francisco, CA 94158""",
    headers=AUTO,
    pick={"ride_cap": ["{cur}40", "{cur}50", "{cur}35"]},
)

fam(
    "any",
    "{coordinator} via Docusign <dse@eumail.docusign.net>",
    [
        "Please DocuSign: {company} Visitor Confidentiality Agreement",
        "Complete with Docusign: Visitor NDA - {cand}",
    ],
    """\
{coordinator} sent you a document to review and sign.

REVIEW DOCUMENT

{coordinator}
{coord_email}

Hi {first}, as you'll be visiting our {site} on {ev_weekday} for your interview, we ask all visitors to sign our standard confidentiality agreement before arrival. It only takes a minute. Thanks!

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.""",
    headers=AUTO,
    pick={"site": ["office", "lab", "R&D centre", "design studio", "head office"]},
)

fam(
    "us|ca",
    "Google Voice <voice-noreply@google.com>",
    ["New text message from {gv_phone}"],
    """\
{gv_phone}:
Hi {first} its {rfirst} from {company}. Just a reminder about ur interview tmrw {ev_time} at the {store} store. Ask for {cfirst} at customer service. Bring ID. See u then!

YOUR ACCOUNT  HELP CENTER  HELP FORUM
To respond to this text message, reply to this email or visit Google Voice.

This email was sent to you because you indicated that you'd like to receive email notifications for text messages.
Google LLC, 1600 Amphitheatre Parkway, Mountain View CA 94043 USA""",
    headers=AUTO,
    ev_days=1,
    pick={"store": ["Westgate", "Eastside", "Main St", "Riverside Mall", "Airport Rd"]},
)

# ---- B. Decisions and invitations about things that are not jobs -------------------------------------

fam(
    "us",
    "NRMP <noreply@nrmp.org>",
    ["Match Results: 2026 Main Residency Match", "Your 2026 Main Residency Match results are available"],
    """\
Dear {cand},

Congratulations, you matched!

Your 2026 Main Residency Match results are now available in the R3 system. You have matched to:

    {program}
    {hospital}
    Program Code: {prog_code}

Under the terms of the Match Participation Agreement, your match creates a binding commitment. The program will contact you in the coming weeks regarding a contract and onboarding requirements.

Log in to the R3 system to view your full results.

National Resident Matching Program

This is a system-generated message. Please do not reply.""",
    headers=AUTO,
    pick={
        "program": [
            "Internal Medicine - Categorical",
            "Pediatrics",
            "Family Medicine",
            "Psychiatry",
            "Emergency Medicine",
        ],
        "hospital": [
            "Hatteras Regional Medical Center, Raleigh, NC",
            "St. Brigid University Hospital, Cleveland, OH",
            "Front Range Health, Denver, CO",
            "Lakeshore Medical College, Milwaukee, WI",
        ],
        "prog_code": ["1234140C0", "2150320C0", "1873120C1", "3361400C0"],
    },
)

fam(
    "uk",
    "{dtp} <{dtp_email}>",
    ["Offer of a funded PhD studentship - {dtp}", "PhD studentship: outcome of your application"],
    """\
Dear {first},

I am delighted to let you know that, following your interview with the selection panel, the {dtp} has agreed to award you a fully funded doctoral studentship, to be held at {uni} under the supervision of {prof}.

The studentship covers:
- tuition fees at the home rate for 3.5 years
- a tax-free stipend of {stipend} per annum (2026/27 rate)
- a Research Training Support Grant of £{rtsg}

Your formal offer of a place will come separately from the University's Admissions Office through the applicant portal; please accept it there by {dl_date_long}. The expected start date is 1 October 2026.

Congratulations once again - we very much look forward to welcoming you to the partnership.

Best wishes,

{p1}
Doctoral Training Partnership Manager""",
    pick={
        "_combo": [
            {
                "dtp": "White Rose DTP",
                "dtp_email": "wrdtp@sheffield.ac.uk",
                "uni": "the University of Sheffield",
            },
            {"dtp": "NERC GW4+ DTP", "dtp_email": "gw4plus@bristol.ac.uk", "uni": "the University of Exeter"},
            {
                "dtp": "EPSRC Centre for Doctoral Training in Data Science",
                "dtp_email": "cdt-ds@ed.ac.uk",
                "uni": "the University of Edinburgh",
            },
        ],
        "prof": ["Professor Anwen Lloyd", "Dr Callum Boyd", "Professor Nkechi Udeh", "Dr Petra Horvath"],
        "stipend": ["£20,780", "£21,237", "£20,780 plus a £2,000 enhancement"],
        "rtsg": ["750", "1,500", "3,000"],
    },
)

fam(
    "uk",
    "UCAS <noreply@ucas.ac.uk>",
    ["There's been an update to your application", "Update in the UCAS Hub"],
    """\
Hi {first},

There's been an update to your UCAS undergraduate application.

{uni} has made a decision on your choice of {course} ({ucas_code}).

Sign in to your application in the UCAS Hub to see what has changed - we don't include decisions in emails to keep your information safe.

Once you've received decisions from all your choices, you'll need to reply to your offers by the deadline shown in your application.

UCAS
Rosehill, New Barn Lane, Cheltenham, GL52 3LZ

Please don't reply to this email - this mailbox isn't monitored.""",
    headers=AUTO,
    pick={
        "uni": [
            "Cardiff University",
            "Northumbria University",
            "University of Kent",
            "Queen's University Belfast",
        ],
        "course": [
            "Adult Nursing",
            "Computer Science",
            "Law with Criminology",
            "Physiotherapy",
            "Accounting and Finance",
        ],
        "ucas_code": ["B740", "G400", "M1L3", "B160", "NN43"],
    },
)

fam(
    "uk|eu|au|ca",
    "{uni} Graduate Admissions <gradadmissions@{uni_domain}>",
    ["Your application to {program_ms}: waiting list", "Application {app_id}: update"],
    """\
Dear {cand},

Application number: {app_id}
Programme: {program_ms}

Thank you for your application. The selection committee has now reviewed all applications received by the {round} deadline. We received a very high number of strong applications this year and, while we are unable to offer you a place at this stage, we would like to place you on our waiting list.

Places that become available are offered to waitlisted applicants in order of ranking, normally between May and July. You do not need to do anything to stay on the list. If you would prefer to be removed, you can withdraw through the applicant portal.

We appreciate your patience and will contact you again by {notice_date_long} at the latest.

Yours sincerely,
Graduate Admissions Office
{uni}""",
    pick={
        "_combo": [
            {"uni": "University of Glasgow", "uni_domain": "glasgow.ac.uk", "_region": "uk"},
            {"uni": "Stockholm University", "uni_domain": "su.se", "_region": "eu"},
            {"uni": "Monash University", "uni_domain": "monash.edu", "_region": "au"},
            {"uni": "McGill University", "uni_domain": "mcgill.ca", "_region": "ca"},
        ],
        "program_ms": [
            "MSc Data Science",
            "MA International Relations",
            "MSc Environmental Management",
            "Master of Public Health",
        ],
        "round": ["January", "second-round", "main"],
    },
)

fam(
    "uk|au|ca",
    "{council_short} <{grant_email}>",
    ["Decision on your application {grant_ref}", "Funding decision: {grant_ref}"],
    """\
Dear Dr {last},

Application reference: {grant_ref}
Title: {grant_title}
Opportunity: {scheme}

Thank you for submitting your application. It was considered by the assessment panel at its meeting on {old_date_long}.

I am sorry to tell you that your application has not been funded. The panel ranked it {rank} of {n_mid} applications; the funding available allowed support for the top {n_small}.

Feedback from the panel and the anonymised reviewer comments are now available in the online system. You are welcome to resubmit a substantially revised proposal to a future round.

Yours sincerely,

{scheme} Team
{council}""",
    pick={
        "_combo": [
            {
                "council": "UK Research and Innovation",
                "council_short": "UKRI Funding Service",
                "grant_email": "noreply@funding-service.ukri.org",
                "scheme": "New Investigator Award",
                "_region": "uk",
            },
            {
                "council": "Australian Research Council",
                "council_short": "ARC Grants",
                "grant_email": "arc-ncgp@arc.gov.au",
                "scheme": "Discovery Early Career Researcher Award",
                "_region": "au",
            },
            {
                "council": "Natural Sciences and Engineering Research Council of Canada",
                "council_short": "NSERC",
                "grant_email": "resultats-results@nserc-crsng.gc.ca",
                "scheme": "Alliance Grants",
                "_region": "ca",
            },
        ],
        "grant_title": [
            "Low-cost sensing for urban flood forecasting",
            "Trust calibration in clinical decision support",
            "Soil microbiome responses to drought",
            "Fair allocation in ride-sharing markets",
        ],
    },
)

fam(
    "any",
    "{accel} <apply@{accel_domain}>",
    [
        "{accel} {batch}: we'd like to interview {startup}",
        "Interview invitation - {startup} ({accel} {batch})",
    ],
    """\
Hi {first},

Thanks for applying to {accel} {batch} with {startup}. We read every application, and we'd like to meet you and your co-founders for an interview.

Interviews are 10 minutes on Zoom with two partners. They're fast: expect questions about what you're building, who's using it, and how you know they want it. No deck needed - we've read the application.

Please pick a time from the link below by {dl_weekday}. All founders who are working full-time on the company should attend.

https://apply.{accel_domain}/interviews/{tok8}

Congrats on getting this far - about 8% of applicants get an interview.

- The {accel} team""",
    pick={
        "_combo": [
            {"accel": "Foundry Lane", "accel_domain": "foundrylane.vc"},
            {"accel": "Launchpad North", "accel_domain": "launchpadnorth.co"},
            {"accel": "Seedhouse", "accel_domain": "seedhouse.org"},
        ],
        "batch": ["Summer 2026", "Cohort 9", "S26", "Batch 14"],
        "startup": ["Tallyho", "Ledgerlight", "Parcelbird", "Quorum Health", "Fieldnote"],
    },
)

fam(
    "us|uk|ca|eu|in",
    "{hack} <hello@{hack_domain}>",
    ["You're in! 🎉 {hack} 2026", "Welcome to {hack} - please RSVP by {dl_date_short}"],
    """\
hey {first}!!

we're SO excited to tell you that you've been accepted to {hack} 2026 🎉🎉

📍 {hack_venue}, {city1}
🗓 {ev_date_long} → 36 hours of hacking
🍕 meals, snacks, swag and caffeine on us

what now?
1. RSVP in the dashboard by {dl_date_short} - spots go to the waitlist after that
2. join the Discord (link in the dashboard)
3. if you need a travel reimbursement, fill out the form before the RSVP deadline

can't wait to see what you build,
the {hack} team 💜""",
    headers=bulk("<mailto:unsubscribe@{hack_domain}>", "<participants.{hack_domain}>", one_click=False),
    ev_days=21,
    pick={
        "_combo": [
            {"hack": "HackRiver", "hack_domain": "hackriver.io"},
            {"hack": "CodeCrush", "hack_domain": "codecrush.dev"},
            {"hack": "BuildWeek", "hack_domain": "buildweek.org"},
        ],
        "hack_venue": ["the Engineering Quad", "Innovation Hall", "the Student Union ballroom"],
    },
)

fam(
    "uk|au|ca",
    "{games_name} Volunteer Programme <volunteers@{games_domain}>",
    [
        "Your volunteer application: invitation to a selection event",
        "Next step: book your {games_name} volunteer selection event",
    ],
    """\
Dear {first},

Thank you for applying to be a volunteer at {games}. We've been overwhelmed by the response - more than {n_mid},000 people applied for around 9,000 volunteer roles.

We're pleased to invite you to the next stage: a selection event. It's a relaxed, 90-minute group session where you'll meet members of the Volunteer Team, take part in a couple of short group activities and have a one-to-one chat about the roles that interest you.

Selection events run at {games_venue} from {ev_date_short} for six weeks. Please book a session that suits you through your volunteer account by {dl_date_short}.

Remember, all volunteer roles are unpaid, and we're not able to cover travel to selection events.

See you soon,
The {games_name} Volunteer Team""",
    pick={
        "_combo": [
            {
                "games": "the 2026 Northern Games",
                "games_name": "Northern Games 2026",
                "games_domain": "northerngames2026.org",
            },
            {
                "games": "the World Rowing Masters Regatta",
                "games_name": "World Rowing Masters",
                "games_domain": "rowingmasters2026.org",
            },
            {
                "games": "the 2026 Para Swimming Championships",
                "games_name": "Para Swimming 2026",
                "games_domain": "paraswim2026.com",
            },
        ],
        "games_venue": ["the Exhibition Centre", "the Civic Hall", "the Sports Village"],
    },
)

fam(
    "uk|us|au|ca",
    "{theatre} <casting@{theatre_slug}.org>",
    ["{show} - callbacks", "CALLBACK: {show} ({part})"],
    """\
Hi {first},

Thank you so much for auditioning for {show} on Saturday - the panel really enjoyed your reading and we'd love to see you at callbacks for the role of {part}.

Callbacks: {ev_weekday} {ev_date_short}, {ev_time} onwards
Where: {theatre} rehearsal room (stage door at the back of the building)

Please prepare the attached sides (scenes 4 and 9) - you don't need to be off book. We may also ask you to sing 16 bars of something in your own style, so bring sheet music in your key.

If you can't make it, let us know so we can offer your slot to someone else.

Break a leg!
{p1first} & the {show} production team""",
    pick={
        "theatre": ["Riverside Players", "The Old Corn Exchange Theatre Company", "Northgate Little Theatre"],
        "_combo": [
            {"show": "Twelfth Night", "part": "Feste"},
            {"show": "Guys and Dolls", "part": "Nicely-Nicely Johnson"},
            {"show": "The Importance of Being Earnest", "part": "Lady Bracknell"},
            {"show": "Blithe Spirit", "part": "Madame Arcati"},
        ],
    },
)

fam(
    "uk",
    "{tvshow} Contestant Team <contestants@{prod_domain}>",
    ["{tvshow}: audition invitation", "We'd love to meet you - {tvshow} auditions"],
    """\
Hi {first},

Thanks so much for applying to be a contestant on {tvshow}! We loved your application and we'd like to invite you to an online audition.

The audition takes about an hour over Zoom with a small group of other applicants. You'll do a short general knowledge quiz, play a mock round of the game and have a quick chat on camera with one of our producers, so we can get a sense of your personality - no need to be a quiz champion!

Available sessions:
• {a_slot1}
• {a_slot2}
• {a_slot3}

Reply with your first and second choice and we'll confirm your place.

Best wishes,
{p1}
Contestant Researcher, {prodco}

{prodco} is committed to diversity. Applicants must be 18+ and resident in the UK.""",
    pick={
        "_combo": [
            {"tvshow": "The Last Answer", "prodco": "Lantern Television", "prod_domain": "lanterntv.co.uk"},
            {"tvshow": "Brainbox", "prodco": "Tall Story Productions", "prod_domain": "tallstory.tv"},
            {"tvshow": "Five in a Row", "prodco": "Quayside Media", "prod_domain": "quaysidemedia.co.uk"},
        ]
    },
)

fam(
    "us",
    "Trusted Traveler Programs <ttp-noreply@cbp.dhs.gov>",
    [
        "Trusted Traveler Programs: application status update",
        "Your Global Entry application has been conditionally approved",
    ],
    """\
Trusted Traveler Programs

Dear {cand_upper},

Your Global Entry application has been conditionally approved.

What's next
You must complete an interview with a U.S. Customs and Border Protection (CBP) officer. Log in to the TTP website to schedule your interview at an enrollment center, or complete Enrollment on Arrival the next time you return from an international trip.

Please bring your valid passport and a document proving your current address (for example, a driver's license or utility bill) to your interview.

Your conditional approval is valid for 730 days.

This is an automated message. Please do not reply.
U.S. Customs and Border Protection""",
    headers=AUTO,
)

fam(
    "uk",
    "Universal Credit <noreply@universal-credit.service.gov.uk>",
    [
        "You have a new message in your Universal Credit account",
        "Universal Credit: appointment with your work coach",
    ],
    """\
Hello {first},

You have a new message in your Universal Credit account.

Your work coach has booked an appointment for you:

{ev_weekday} {ev_date_short} at {ev_time}
{city1} Jobcentre
Work search review - around 20 minutes

Please bring evidence of the jobs you have applied for since your last appointment, for example emails from employers or a list of applications.

If you cannot attend, tell us before the appointment in your journal. If you do not attend, your payment could be reduced.

Sign in to read the full message:
https://www.universal-credit.service.gov.uk/sign-in

Do not reply to this email. This mailbox is not monitored.""",
    headers=AUTO,
)

fam(
    "us",
    "{state_dept} <donotreply@{state_domain}>",
    ["Notice of Required RESEA Appointment", "ACTION REQUIRED: Reemployment Services appointment"],
    """\
NOTICE OF SCHEDULED APPOINTMENT
Reemployment Services and Eligibility Assessment (RESEA)

Claimant: {cand_upper}
Claim ID: {claim_id}

You have been selected to participate in the RESEA program as a condition of continuing to receive unemployment insurance benefits. Your appointment has been scheduled as follows:

Date: {ev_date_long}
Time: {ev_time}
Type: Virtual - you will receive a phone call from a career counselor

During the appointment a career counselor will review your work search log, help you build a reemployment plan and confirm your continued eligibility. Please have your résumé and work search records ready.

Failure to participate may result in a denial of benefits.

{state_dept}
This is an automated notice. Do not reply to this email.""",
    headers=AUTO,
    pick={
        "_combo": [
            {"state_dept": "Colorado Department of Labor and Employment", "state_domain": "state.co.us"},
            {"state_dept": "Texas Workforce Commission", "state_domain": "twc.texas.gov"},
            {
                "state_dept": "Wisconsin Department of Workforce Development",
                "state_domain": "dwd.wisconsin.gov",
            },
            {"state_dept": "Tennessee Department of Labor", "state_domain": "tn.gov"},
        ]
    },
)

fam(
    "any",
    "{cowork} <members@{cowork_domain}>",
    ["You're off the waitlist 🎉", "A desk is yours at {cowork} {city1}"],
    """\
Hi {first},

Good news - a dedicated desk has opened up at {cowork} {city1} and you're next on the waitlist.

Desk: {desk}
Membership: Dedicated Desk, {desk_price}/month
Earliest start: {ev_date_short}

We'll hold it for you for 72 hours. To claim it, complete your membership agreement and first month's payment in the member portal. If we don't hear from you, we'll offer it to the next person on the list - no hard feelings, and you'll stay on the waitlist.

See you in the space,
{p1first}
Community Manager, {cowork}""",
    pick={
        "_combo": [
            {"cowork": "Hive & Harbour", "cowork_domain": "hiveandharbour.com"},
            {"cowork": "The Workroom", "cowork_domain": "theworkroom.space"},
            {"cowork": "Common Desk", "cowork_domain": "commondesk.co"},
        ],
        "desk": ["D-14, window side", "Level 2, desk 31", "Quiet zone, desk 7"],
        "desk_price": ["{cur}390", "{cur}450", "{cur}320"],
    },
)

fam(
    "uk",
    "{council} Allotments <allotments@{council_domain}>",
    ["Allotment offer - {site} plot {plot}", "Offer of an allotment plot"],
    """\
Dear {cand},

We are pleased to offer you a tenancy of plot {plot} (half plot, approx. 125m²) at {site} allotments. You have reached the top of the waiting list after {years} years - thank you for your patience.

Annual rent: £{rent} (water included), pro-rata for the remainder of this year.

Please let us know within 14 days whether you would like to accept. If you would like to view the plot first, the site representative, {p1}, can meet you there - call {p1_phone}.

If we do not hear from you by {dl_date_long}, the plot will be offered to the next person on the list.

Yours sincerely
Allotments Officer
Parks and Open Spaces
{council}""",
    pick={
        "_combo": [
            {"council": "Bristol City Council", "council_domain": "bristol.gov.uk"},
            {"council": "Leeds City Council", "council_domain": "leeds.gov.uk"},
            {"council": "Manchester City Council", "council_domain": "manchester.gov.uk"},
        ],
        "site": ["Ashley Vale", "Meanwood Road", "Birch Hall Lane", "Horfield"],
        "plot": ["14B", "27A", "3C", "41"],
        "years": ["three", "four", "six"],
        "rent": ["62.50", "48.00", "71.20"],
    },
)

fam(
    "uk",
    "{homes} <lettings@{homes_domain}>",
    ["Your bid for property {prop_ref}: shortlisted", "Home Choice: you have been shortlisted"],
    """\
Dear {first} {last},

Bidding cycle: {cycle}
Property reference: {prop_ref}
Address: {flat_addr}
Type: {bedrooms}-bedroom flat, {floor_ord} floor

You are currently at position {position} on the shortlist for this property. Being shortlisted is not an offer of accommodation. Before any offer is made, we will check your housing application and may ask you to provide up-to-date documents.

If you are one of the first three applicants, we will invite you to a viewing and a verification interview. We will contact you by phone.

Please make sure your contact details are up to date in your Home Choice account.

{homes} Lettings Team""",
    headers=AUTO,
    pick={
        "_combo": [
            {"homes": "Clyde Valley Homes", "homes_domain": "clydevalleyhomes.org.uk"},
            {"homes": "Pennine Housing Partnership", "homes_domain": "penninehousing.org.uk"},
            {"homes": "Severnside Homes", "homes_domain": "severnsidehomes.co.uk"},
        ],
        "cycle": ["CBL-2026-07", "CBL-2026-11", "CBL-2026-14"],
        "flat_addr": [
            "Flat 6, Alder Court, Mill Road",
            "Flat 12, Heron House, Canal Street",
            "Flat 3, 9 Linden Grove",
        ],
        "bedrooms": ["1", "2"],
        "floor_ord": ["ground", "second", "fourth"],
        "position": ["2", "3", "5", "7"],
    },
)

fam(
    "us|ca",
    "{pm} via AppFolio <donotreply@appfolio.com>",
    ["Rental application received - {apt_addr}", "We've received your application"],
    """\
Hi {first},

Thank you for applying to rent {apt_addr}, {unit}. We have received your rental application and your application fee of {app_fee}.

What happens next?
Our team will review your application, which includes a credit and background check and verification of income and rental history. This usually takes 2-3 business days. We will contact you with a decision, or if we need additional information.

Applicants: {cand}{co_app}
Desired move-in: {ev_date_long}

Thank you,
{pm}
{pm_phone}

This message was sent by AppFolio on behalf of {pm}.""",
    headers=AUTO,
    pick={
        "pm": ["Lakeview Property Management", "Cornerstone Residential", "Maple Row Rentals"],
        "apt_addr": ["1420 Pearl Street", "88 Elm Avenue", "3150 Walnut Grove Drive"],
        "unit": ["Unit 4B", "Apt 210", "Unit 12"],
        "app_fee": ["$45.00", "$55.00", "$40.00"],
        "co_app": ["", ", {p1}"],
        "pm_phone": ["{company_phone}"],
    },
)

fam(
    "us|ca",
    "{pm} <leasing@{pm_domain}>",
    ["Application approved - {apt_addr}", "Congratulations! Your application for {unit} has been approved"],
    """\
Hi {first},

Congratulations - your application for {unit} at {apt_addr} has been approved!

To secure the apartment, please complete the following within 48 hours:
1. Pay the holding deposit of {deposit} through the resident portal
2. Sign the lease (sent separately via the portal)
3. Provide proof of renters insurance before move-in

Move-in date: {ev_date_long}
Monthly rent: {rent_amt}

Once the deposit is received, we'll take the unit off the market. Let us know if you have any questions - we're happy to help.

Welcome home!
{p1first}
Leasing Consultant | {pm}""",
    pick={
        "_combo": [
            {"pm": "The Marlowe Apartments", "pm_domain": "livemarlowe.com"},
            {"pm": "Parkside Lofts", "pm_domain": "parksidelofts.com"},
            {"pm": "Riverstone Living", "pm_domain": "riverstoneliving.ca"},
        ],
        "apt_addr": ["2200 Blake Street", "415 Fourth Avenue", "77 Harbourfront Way"],
        "unit": ["Unit 508", "Apartment 3C", "Suite 1204"],
        "deposit": ["$500", "$750", "$1,000"],
        "rent_amt": ["$1,895", "$2,340", "$2,105"],
    },
)

fam(
    "us",
    "{realtor} <{realtor_email}>",
    ["Counter on {house_addr}", "Re: our offer - they countered"],
    """\
Hi {first},

Just got off the phone with the listing agent. The sellers didn't accept our offer as written, but they've come back with a counter:

- Price: {counter_price} (we offered {offer_price})
- They'll cover up to $5,000 in closing costs
- They want to close in 30 days instead of 45
- Inspection contingency stays, but shortened to 7 days

Honestly, that's a reasonable counter for this market. They've given us until {dl_weekday} at 5pm to respond. Want to jump on a call tonight to talk it through? I'm free after 7.

{realtor_first}
{realtor} | REALTOR®
{brokerage}
{p1_phone}""",
    pick={
        "house_addr": ["1187 Juniper Court", "42 Larkspur Lane", "906 Bayberry Drive"],
        "_combo": [
            {"offer_price": "$412,000", "counter_price": "$429,500"},
            {"offer_price": "$538,000", "counter_price": "$551,000"},
            {"offer_price": "$365,000", "counter_price": "$374,900"},
        ],
        "brokerage": ["Keystone Realty Group", "Blue Door Real Estate", "Front Porch Properties"],
    },
)

fam(
    "any",
    "{airline} <upgrades@{airline_domain}>",
    ["Your upgrade offer was accepted", "Good news: your offer for {cabin} on {flight} was successful"],
    """\
Dear {first},

Great news - your offer to upgrade has been accepted!

Booking reference: {pnr}
Flight: {flight} {city_from} → {city_to}
Date: {ev_date_long}
New cabin: {cabin}

We've charged {upg_amount} to the card you provided. Your new boarding pass will be available when check-in opens 24 hours before departure.

Enjoy the extra space,
{airline}

You received this email because you made an upgrade offer. Terms and conditions apply.""",
    headers=AUTO,
    pick={
        "_combo": [
            {
                "airline": "Aer Lingus",
                "airline_domain": "aerlingus.com",
                "flight": "EI 105",
                "city_from": "Dublin",
                "city_to": "New York JFK",
                "upg_amount": "€410.00",
            },
            {
                "airline": "Air New Zealand",
                "airline_domain": "airnz.co.nz",
                "flight": "NZ 1",
                "city_from": "Auckland",
                "city_to": "Los Angeles",
                "upg_amount": "NZ$720.00",
            },
            {
                "airline": "Finnair",
                "airline_domain": "finnair.com",
                "flight": "AY 121",
                "city_from": "Helsinki",
                "city_to": "Singapore",
                "upg_amount": "€535.00",
            },
            {
                "airline": "WestJet",
                "airline_domain": "westjet.com",
                "flight": "WS 4",
                "city_from": "Calgary",
                "city_to": "London Gatwick",
                "upg_amount": "C$650.00",
            },
        ],
        "cabin": ["Business", "Premium Economy"],
    },
)

fam(
    "any",
    "{market} <seller-verification@{market_domain}>",
    ["Your seller account application", "Update on your {market} selling application"],
    """\
Hello,

Thank you for your interest in selling on {market}. After reviewing the information you provided, we are unable to approve your seller account application at this time.

Reason: we could not verify the business documents you submitted ({doc}).

What you can do
You may submit an appeal with a clearer copy of the document within 30 days. Your appeal will be reviewed by a member of the Seller Verification team, and you will receive an update within 5 business days.

We appreciate your interest in {market}.

Regards,
Seller Verification Team""",
    headers=AUTO,
    pick={
        "_combo": [
            {"market": "Bazaarly", "market_domain": "bazaarly.com"},
            {"market": "Makers Row Market", "market_domain": "makersrow.market"},
            {"market": "Stallholder", "market_domain": "stallholder.io"},
        ],
        "doc": ["utility bill", "business registration certificate", "bank statement", "VAT certificate"],
    },
)

fam(
    "uk|au|sg|in",
    "{bank} Business <business@{bank_domain}>",
    ["We've received your application", "Your business account application - ref {ref}"],
    """\
Dear {cand},

Thank you for applying for a {bank} Business Current Account for {biz_name}.

Application reference: {ref}

What happens next
1. We'll review your application and run identity checks on all directors - this normally takes 3 to 5 working days.
2. We may contact you if we need more information.
3. Once approved, you'll receive your account details and debit card by post.

You don't need to do anything right now. If you haven't heard from us within 10 working days, please call us on {company_phone}.

{bank} Business Banking""",
    headers=AUTO,
    pick={
        "_combo": [
            {"bank": "Harbourline Bank", "bank_domain": "harbourlinebank.com"},
            {"bank": "Tandem Trust", "bank_domain": "tandemtrust.co"},
            {"bank": "Ridgeway Bank", "bank_domain": "ridgewaybank.com"},
        ],
        "biz_name": [
            "{last} Consulting Ltd",
            "{last} & Co Ltd",
            "Northlight Studio Ltd",
            "{first} {last} Design Ltd",
        ],
    },
)

fam(
    "uk|eu|au|us",
    "Klarna <no-reply@klarna.com>",
    ["We couldn't approve your purchase", "About your recent purchase at {shop}"],
    """\
Hi {first},

Unfortunately we weren't able to approve your purchase of {price_small} at {shop} with Pay in 3.

This decision was made automatically, based on information such as your payment history with Klarna and a soft credit search. It doesn't affect your credit score.

You can still complete your order with another payment method at {shop}.

Want to know more about how we make decisions? Visit the Klarna app → Help.

Klarna Bank AB (publ), Sveavägen 46, 111 34 Stockholm""",
    headers=AUTO,
    pick={
        "shop": ["Northway Outdoor", "Lumen Home", "Sole Society", "Peak Cycles"],
        "price_small": ["{cur}189.00", "{cur}249.99", "{cur}132.50"],
    },
)

fam(
    "any",
    "Engineers Australia <msa@engineersaustralia.org.au>",
    ["Migration Skills Assessment - application received ({ea_ref})", "MSA application {ea_ref}: received"],
    """\
Dear {cand},

Thank you for submitting your Migration Skills Assessment application.

Reference number: {ea_ref}
Pathway: {ea_path}
Nominated occupation: {ea_occ}
Service: Standard processing

Your application has been received and placed in the queue for assessment. Current processing time for standard applications is approximately {weeks} weeks. An assessor may contact you through the portal if further information is required - please check your account regularly.

Please quote your reference number in all correspondence.

Kind regards,
Assessment Services
Engineers Australia""",
    headers=AUTO,
    tz="Australia/Sydney",
    pick={
        "ea_path": ["Competency Demonstration Report", "Washington Accord", "Sydney Accord"],
        "ea_occ": [
            "Civil Engineer (233211)",
            "Electrical Engineer (233311)",
            "Mechanical Engineer (233512)",
            "Software Engineer (261313)",
        ],
        "weeks": ["12", "14", "16"],
    },
)

fam(
    "uk",
    "{inst_short} Membership <membership@{inst_domain}>",
    ["Your Professional Review: interview arrangements", "Professional Review - {ev_date_short}"],
    """\
Dear {first},

Thank you for your application for {grade}. Your written submission has been accepted by the reviewers and you are now scheduled for the Professional Review Interview.

Date: {ev_date_long}
Time: {ev_time} (please join 15 minutes early)
Format: online, via Microsoft Teams. The link will be sent by the lead reviewer 48 hours beforehand.
Reviewers: two chartered members of the {inst_short}

The interview lasts around 60 minutes and begins with your 10-minute presentation on a project from your experience report. Please have photo ID ready for the identity check.

Results are normally issued within 4 weeks of the review.

Kind regards,
Membership Team
{inst}""",
    pick={
        "_combo": [
            {
                "inst": "Institution of Civil Engineers",
                "inst_short": "ICE",
                "inst_domain": "ice.org.uk",
                "grade": "Chartered Membership (MICE)",
            },
            {
                "inst": "Chartered Institute of Building",
                "inst_short": "CIOB",
                "inst_domain": "ciob.org",
                "grade": "Chartered Membership (MCIOB)",
            },
            {
                "inst": "Institution of Mechanical Engineers",
                "inst_short": "IMechE",
                "inst_domain": "imeche.org",
                "grade": "Chartered Engineer (CEng)",
            },
        ]
    },
)

fam(
    "any",
    "{org} Returning Officer <elections@{org_domain}>",
    ["{org} 2026 board election: results", "Declaration of results - {org} board election"],
    """\
Dear {first},

Thank you for standing as a candidate in the {org} board election. I write to inform you of the result of the ballot, which closed at noon on {old_date_long}.

Turnout: {turnout}%

Elected:
  {p1} ({v1} votes)
  {p2} ({v2} votes)

Not elected:
  {cand} ({v3} votes)
  {p3} ({v4} votes)

The results will be published on the website tomorrow. Candidates may request a recount in writing within 5 days of this notice.

Thank you again for taking part - a contested election is good for the {org_kind}.

{p4}
Returning Officer""",
    pick={
        "_combo": [
            {"org": "Riverside Housing Co-operative", "org_domain": "riversidecoop.org", "org_kind": "co-op"},
            {
                "org": "Harbour Community Credit Union",
                "org_domain": "harbourcu.org",
                "org_kind": "credit union",
            },
            {"org": "Eastfield Food Co-op", "org_domain": "eastfieldfood.coop", "org_kind": "co-op"},
        ],
        "turnout": ["23", "31", "18", "41"],
    },
)

fam(
    "any",
    "Glassdoor <noreply@glassdoor.com>",
    ["We couldn't post your review of {company}", "Your review of {company} wasn't approved"],
    """\
Hi there,

Thanks for taking the time to share your experience at {company}. Unfortunately, your {review_kind} review did not meet our Community Guidelines and we weren't able to post it.

Reason: Reviews may not include the full names of individuals who aren't senior leaders.

You're welcome to edit your review and submit it again - most resubmitted reviews are approved within 48 hours.

Edit your review

Thanks for helping people find a job and company they love.
The Glassdoor Team""",
    headers=AUTO,
    pick={"review_kind": ["interview", "employer", "interview"]},
)

fam(
    "uk|au|eu",
    "{uni} Doctoral College <doctoral.college@{uni_domain}>",
    ["Arrangements for your viva voce examination", "Oral examination - confirmation"],
    """\
Dear {first},

I am writing to confirm the arrangements for the oral examination (viva voce) of your thesis, "{thesis}".

Date: {ev_date_long}
Time: {ev_time}
Venue: {uni_room}
Internal examiner: Dr {p1}
External examiner: Professor {p2}
Independent chair: Dr {p3}

Your supervisor may attend as an observer only with your agreement; please let the Doctoral College know by {dl_date_short} if you would like them to attend.

Please bring a copy of your thesis. The examiners will tell you their recommendation at the end of the examination.

Best wishes,
{p4}
Research Degrees Officer""",
    pick={
        "_combo": [
            {"uni": "University of Nottingham", "uni_domain": "nottingham.ac.uk", "_region": "uk"},
            {"uni": "Lancaster University", "uni_domain": "lancaster.ac.uk", "_region": "uk"},
            {"uni": "University of Adelaide", "uni_domain": "adelaide.edu.au", "_region": "au"},
            {"uni": "Trinity College Dublin", "uni_domain": "tcd.ie", "_region": "eu"},
        ],
        "thesis": [
            "Coastal erosion and community adaptation in the Irish Sea",
            "Learning with noisy labels in medical imaging",
            "Informal credit networks in post-war housing estates",
            "Bacterial persistence under intermittent antibiotic exposure",
        ],
        "uni_room": ["Room B14, Graduate School", "Seminar Room 2, Library Building", "Online (Teams)"],
    },
)

fam(
    "au|ca|uk",
    "{cer_office} <{cer_email}>",
    ["Invitation to your citizenship ceremony", "Notice: citizenship ceremony on {ev_date_short}"],
    """\
Dear {cand},

Congratulations! Your application for citizenship has been approved, and you are invited to attend a citizenship ceremony, where you will make the pledge and receive your certificate.

Date: {ev_date_long}
Time: {ev_time} (please arrive 30 minutes early for registration)
Venue: {cer_venue}

You must bring:
- this invitation letter
- your passport or other photo identification
- any travel documents issued to you

You may bring up to two guests. Smart casual dress is recommended.

If you are unable to attend, please let us know as soon as possible so your place can be offered to someone else; you will be invited to a later ceremony.

{cer_office}""",
    headers=AUTO,
    pick={
        "_combo": [
            {
                "cer_office": "Department of Home Affairs - Citizenship Ceremonies",
                "cer_email": "citizenship.ceremonies@homeaffairs.gov.au",
                "cer_venue": "City Hall Auditorium, {city1}",
                "_region": "au",
            },
            {
                "cer_office": "Immigration, Refugees and Citizenship Canada",
                "cer_email": "ceremonies-ceremonies@cic.gc.ca",
                "cer_venue": "Citizenship Office, {office_addr}, {city}",
                "_region": "ca",
            },
            {
                "cer_office": "{city1} Register Office",
                "cer_email": "ceremonies@registeroffice.gov.uk",
                "cer_venue": "The Register Office, Council House, {city1}",
                "_region": "uk",
            },
        ]
    },
)

fam(
    "any",
    "{mentor_prog} <hello@{mentor_domain}>",
    ["Your application to {mentor_prog} - Cohort {cohort}", "{mentor_prog}: decision"],
    """\
Hi {first},

Thank you for applying to be a mentee in Cohort {cohort} of {mentor_prog}. We received {n_big} applications for {n_mid} places, which is more than ever.

I'm sorry to say we weren't able to match you this time. Matching is based on mentor availability in your area of interest ({area}), not on the strength of your application, and we simply didn't have enough mentors with that background.

We'd love you to apply again when the next cohort opens in September, and in the meantime you're welcome at our monthly open office hours, which don't need an application.

Warmly,
{p1first}
Programme Lead, {mentor_prog}""",
    pick={
        "_combo": [
            {"mentor_prog": "Women in Product Mentoring", "mentor_domain": "wipmentoring.org"},
            {"mentor_prog": "Bridge to Tech", "mentor_domain": "bridgetotech.org"},
            {"mentor_prog": "First Gen Finance Network", "mentor_domain": "firstgenfinance.net"},
        ],
        "cohort": ["7", "12", "4"],
        "area": ["data engineering", "product strategy", "corporate finance", "UX research"],
    },
)

fam(
    "any",
    "{journal} <em@editorialmanager.com>",
    ["Invitation to review manuscript {ms_id}", "Reviewer invitation: {ms_id}"],
    """\
Dear Dr {last},

Manuscript Number: {ms_id}
Title: "{ms_title}"

In view of your expertise, I would be very grateful if you would review the above manuscript, which has been submitted to {journal}. The abstract is included below.

Please let me know whether you accept or decline this invitation by clicking one of the links below. If you accept, I would appreciate receiving your review within 21 days.

Agree to review: https://www.editorialmanager.com/{journal_code}/l.asp?i={d6a}&l=A
Decline to review: https://www.editorialmanager.com/{journal_code}/l.asp?i={d6b}&l=D

If you are unable to review, suggestions for alternative reviewers would be appreciated.

Yours sincerely,
Dr {p1}
Associate Editor
{journal}

Abstract: {ms_abstract}""",
    headers=AUTO,
    pick={
        "_combo": [
            {
                "journal": "Journal of Applied Ecology Methods",
                "journal_code": "jaem",
                "ms_title": "Camera-trap occupancy estimates under imperfect detection",
                "ms_abstract": "We compare three occupancy models on 14 camera-trap datasets and show that ignoring detection heterogeneity inflates occupancy by up to 18%.",
            },
            {
                "journal": "Transport Policy Review",
                "journal_code": "tpr",
                "ms_title": "Fare capping and off-peak ridership: evidence from a natural experiment",
                "ms_abstract": "Using tap-level data from 2019-2024 we estimate the effect of daily fare caps on off-peak travel, finding a 6.2% increase concentrated in low-income areas.",
            },
            {
                "journal": "Computational Health Informatics",
                "journal_code": "chi-j",
                "ms_title": "Early warning scores recalibrated for older inpatients",
                "ms_abstract": "A retrospective cohort of 41,000 admissions is used to recalibrate a national early warning score for patients aged 80 and over.",
            },
        ],
        "ms_id": ["{journal_code_upper}-D-26-00{d3}", "{journal_code_upper}-2026-0{d3}R1"],
    },
)

fam(
    "any",
    "{clothier} <orders@{clothier_domain}>",
    ["Order received! #{order_no}", "Thanks {first}, we've got your order"],
    """\
Thanks for your order, {first}!

We've received your order and we're getting it ready to go.

Order #{order_no}

Slim-fit wool blazer - {colour}     Size {size_a}     {price_a}
Tailored trousers - {colour}         Size {size_b}     {price_b}
Oxford shirt - white                  Size {size_c}     {price_c}

Delivery: Express, estimated {ev_weekday} {ev_date_short}

We'll email you again when your parcel is on its way. Need to change something? You have 30 minutes from ordering to edit your order in your account.

{clothier}
Free returns within 30 days""",
    headers=AUTO,
    pick={
        "_combo": [
            {"clothier": "Ashford & Lowe", "clothier_domain": "ashfordlowe.com"},
            {"clothier": "Tailor Street", "clothier_domain": "tailorstreet.co"},
            {"clothier": "Harrow Outfitters", "clothier_domain": "harrowoutfitters.com"},
        ],
        "colour": ["navy", "charcoal", "mid-grey"],
        "size_a": ["38R", "40R", "42L", "UK 12"],
        "size_b": ["32W 31L", "34W 32L", "UK 12"],
        "size_c": ["15.5", "M", "16"],
        "price_a": ["{cur}189.00", "{cur}220.00"],
        "price_b": ["{cur}89.00", "{cur}95.00"],
        "price_c": ["{cur}45.00", "{cur}39.00"],
    },
)

fam(
    "uk|us|au|ca|sg|in",
    "{telco} <offers@{telco_domain}>",
    ["{first}, you've been selected 🎉", "Congratulations - an exclusive offer inside"],
    """\
CONGRATULATIONS, {first_upper}!

You've been selected for an exclusive loyalty offer.

As one of our valued customers for {years} years, you can upgrade to the latest phone with {gb}GB of data for just {price_mo}/month - and we'll take 25% off your first 6 months.

This offer is only available to selected customers and expires on {dl_date_long}.

[ Claim my offer ]

Terms apply. Offer subject to credit check and status. To stop receiving offers, update your preferences or unsubscribe here.""",
    headers=bulk("<https://email.{telco_domain}/unsub?u={tok16}>", "<loyalty.{telco_domain}>"),
    pick={
        "_combo": [
            {"telco": "Skylark Mobile", "telco_domain": "skylarkmobile.com"},
            {"telco": "Ember Telecom", "telco_domain": "embertelecom.com"},
            {"telco": "Kite Mobile", "telco_domain": "kitemobile.net"},
        ],
        "years": ["3", "5", "7"],
        "gb": ["100", "150", "250"],
        "price_mo": ["{cur}38", "{cur}45", "{cur}52"],
    },
)

# ---- C. Mail for someone who already works somewhere ----------------------------------------------------

fam(
    "any",
    "{employer} Total Rewards <total.rewards@{employer_domain}>",
    ["Your 2026 compensation statement", "Annual pay review outcome - 2026"],
    """\
Dear {first},

Following this year's annual review cycle, I'm pleased to confirm the outcome of your pay review.

                    Current            From 1 April 2026
Base salary         {sal_old}          {sal_new}
Bonus target        {bonus}%                {bonus}%
Job title           {role}  (no change)

This reflects a merit increase of {pct}%, based on your performance rating and your position in the salary range for your role.

Your updated terms will appear on your April payslip. A copy of this letter is stored in Workday under My Documents.

If you have questions, please speak to your manager, {manager}, in the first instance.

Kind regards,
Total Rewards Team
{employer}""",
    pick={"bonus": ["8", "10", "12", "15"]},
)

fam(
    "any",
    "Lever <no-reply@hire.lever.co>",
    ["3 new applicants for {role}", "Daily digest: new candidates for {role}"],
    """\
Hi {first},

You have 3 new applicants for {role} ({employer}) since yesterday.

{p1} - applied via careers site - {city1}
{p2} - referred by {p3}
{p4} - applied via LinkedIn

Review them in Lever before your recruiter moves them to phone screen. You can leave a thumbs up / thumbs down on each profile.

Review applicants →

You're receiving this because you're the hiring manager on this posting. Manage notification settings.""",
    headers=AUTO,
)

fam(
    "any",
    "{employer} via Greenhouse <no-reply@greenhouse.io>",
    ["Offer approval requested: {p1} - {role}", "Action required: approve offer for {p1}"],
    """\
Hi {first},

{recruiter} has requested your approval for an offer.

Candidate: {p1}
Job: {role} ({req_id})
Base salary: {sal_lo}
Start date: {start_date}
Equity: {equity} options
Approval chain: {manager} → you → Finance

Approve or reject this offer in Greenhouse. The candidate won't see anything until all approvers have signed off.

Review offer →""",
    headers=AUTO,
    pick={"equity": ["4,000", "6,500", "10,000", "2,500"]},
)

fam(
    "any",
    "GoodTime <notifications@goodtime.io>",
    ["Canceled: {role} Interview - {p1}", "Interview canceled: {p1} ({ev_weekday})"],
    """\
Hi {first},

The following interview has been canceled and removed from your calendar.

Candidate: {p1}
Role: {role}
Interview: {int_type}
Was scheduled: {ev_date_long}, {ev_time} ({ev_tz})

Reason given by recruiting: candidate withdrew from the process.

No action is needed. Thanks for keeping your calendar up to date - it helps us schedule faster.

GoodTime · Manage notifications""",
    headers=AUTO,
    pick={"int_type": ["System design", "Hiring manager", "Values & collaboration", "Technical deep dive"]},
)

fam(
    "any",
    "{employer} Learning <learning@{employer_domain}>",
    ["Assigned to you: {course} (due {dl_date_short})", "Reminder: {course} is due soon"],
    """\
Hi {first},

You've been assigned the following mandatory course:

{course}
Duration: approx. {mins} minutes
Due: {dl_date_long}

The course ends with a short assessment of 10 multiple-choice questions. You'll need to score 80% or above to complete it; you can retake the assessment as many times as you need.

Start course →

Completion is tracked for all employees and reported to your manager. If you've already completed this course in the last 12 months, you can ignore this email.

{employer} Learning & Development
Sent from Cornerstone OnDemand""",
    headers=AUTO,
    pick={
        "course": [
            "Information Security Essentials 2026",
            "Anti-Bribery and Corruption",
            "Fair and Inclusive Hiring",
            "Data Protection for Everyone",
        ],
        "mins": ["25", "40", "30"],
    },
)

fam(
    "any",
    "{employer} People Team <people@{employer_domain}>",
    ["Your voice matters: engagement survey closes {dl_weekday}", "⏰ 3 days left to share your feedback"],
    """\
Hi {first},

Our {season} engagement survey is open until {dl_weekday}. It takes about 8 minutes and is completely confidential - results are only shown for groups of 5 or more, and nobody at {employer} can see individual answers.

So far, {pct_done}% of your department has responded.

Take the survey: https://{employer_slug}.glintinc.com/s/{tok8}

Last year you told us about workload and career growth - the internal mobility programme and the meeting-free Fridays both came out of your feedback.

Thank you,
People Team""",
    pick={"season": ["spring", "annual", "Q1"], "pct_done": ["38", "52", "61", "27"]},
)

fam(
    "us",
    "{lawfirm} <noreply@{law_domain}>",
    [
        "Action required: H-1B extension questionnaire",
        "{employer}: please complete your immigration questionnaire",
    ],
    """\
Dear {cand},

{employer} has engaged {lawfirm} to prepare an H-1B extension petition on your behalf. To begin, please complete the online questionnaire and upload the requested documents within 10 business days.

Questionnaire: https://portal.{law_domain}/q/{tok16}
Documents needed:
- Passport bio page and all U.S. visas
- Most recent I-94 record
- Last three pay statements
- Updated résumé

Your case manager is {p1}. If you have questions about your status or travel plans, please contact them directly at {p1_work_law} rather than replying to this automated message.

This communication is confidential and may be protected by attorney-client privilege.""",
    headers=AUTO,
    pick={
        "_combo": [
            {"lawfirm": "Harrow & Lind LLP", "law_domain": "harrowlind.com"},
            {"lawfirm": "Castellan Immigration Law", "law_domain": "castellanlaw.com"},
            {"lawfirm": "Brightwater Global Mobility", "law_domain": "brightwatermobility.com"},
        ]
    },
)

fam(
    "any",
    "{p1} <{p1_reloc}>",
    ["Welcome to your relocation with {reloc}", "Your move to {city1} - next steps"],
    """\
Hi {first},

Congratulations on your new role with {company}! I'm {p1first}, your relocation consultant at {reloc}, and I'll be your main point of contact for the move from {city2} to {city1}.

Your {company} package includes:
- Household goods shipment (one 20ft container or equivalent)
- Up to 30 days of temporary housing
- Two days of home-finding support with a local agent
- A lump sum of {lump} for miscellaneous expenses

Over the next week I'll send you an intake form so we can get movers booked. If there's anything time-sensitive (school places, lease end dates, pets), drop me a line.

Looking forward to working with you,
{p1}
Relocation Consultant | {reloc}
{p1_phone}""",
    pick={
        "_combo": [
            {"reloc": "Northbound Relocation", "reloc_domain": "northboundrelo.com"},
            {"reloc": "Atlas Mobility Services", "reloc_domain": "atlasmobility.com"},
            {"reloc": "Homeward Global", "reloc_domain": "homewardglobal.com"},
        ],
        "lump": ["{cur}3,000", "{cur}5,000", "{cur}2,500"],
    },
)

fam(
    "us",
    "ClearPath Screening <noreply@clearpathscreening.com>",
    ["Your drug screen has been scheduled", "Donor pass: {company} pre-employment screen"],
    """\
Hello {cand},

{company} has requested a pre-employment drug screen as part of your hiring process.

Donor pass ID: {donor_id}
Test panel: 10-panel urine
Complete by: {dl_date_long}

Visit any of the collection sites below during walk-in hours - no appointment needed. Bring this donor pass (printed or on your phone) and a government-issued photo ID.

• {lab1}
• {lab2}

Results are sent directly to {company}; you won't receive them by email.

ClearPath Screening · This message was sent on behalf of {company}.""",
    headers=AUTO,
    pick={
        "lab1": [
            "Patient Service Center, 1450 S Colorado Blvd (Mon-Fri 7am-4pm)",
            "LabOne Collection Site, 220 Broadway (Mon-Sat 8am-5pm)",
        ],
        "lab2": [
            "Occupational Health Clinic, 88 Main Street (Mon-Fri 8am-6pm)",
            "Concentra, 4100 Market Street (Mon-Fri 7am-7pm)",
        ],
    },
)

fam(
    "au",
    "Referoo <notifications@referoo.com.au>",
    ["Your references are complete", "2 of 2 references completed for {company}"],
    """\
Hi {first},

Good news! Both of your referees have now completed their reference for your application with {company}.

✔ {p1} - completed {old_date_short}
✔ {p2} - completed {msg_date_short}

Your references have been sent to {recruiter} at {company}. You don't need to do anything else.

Thanks for using Referoo.
The Referoo Team""",
    headers=AUTO,
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Re: Signed contract", "RE: Employment agreement - signed copy", "Re: contract"],
    """\
Hi {first},

Got it, thank you! Signed copy received and saved to your file. I've let {cfirst} know - the team is really excited.

Next you'll hear from our onboarding team (onboarding@{domain}) about your laptop and first-day logistics, probably early next week. Until then, enjoy the break!

{rfirst}""",
)

fam(
    "any",
    "{employer} Talent & Development <talent.dev@{employer_domain}>",
    [
        "Emerging Leaders Programme 2026 - your application",
        "Update on your Emerging Leaders Programme application",
    ],
    """\
Dear {first},

Thank you for applying to the 2026 Emerging Leaders Programme, and to {manager} for supporting your nomination.

We had {n_big} applications for 24 places this year, and the selection panel had some very difficult choices to make. I'm sorry to let you know that you have not been selected for this cohort.

Your manager will receive a summary of the panel's feedback, and we'd encourage you to discuss it in your next 1:1 as part of your development plan. Many of this year's participants applied more than once, and we hope you'll consider applying again next year.

Kind regards,
{p1}
Head of Talent & Development""",
)

fam(
    "any",
    "{p1} <{p1_work}>",
    ["can you pair on a take-home review {ev_weekday_short}?", "take-home debrief w/ candidate"],
    """\
hey {first},

any chance you could do the take-home walkthrough with a {role} candidate on {ev_weekday} at {ev_time}? {p2first} is out and you know the {exercise} exercise better than anyone.

it's 45 min: candidate shares screen, walks through their solution, you ask a few follow-ups (rubric is in the hiring folder). I'll forward the invite if you're in.

thx!!
{p1first}""",
    pick={"exercise": ["rate limiter", "invoice parser", "inventory API", "CSV reconciliation"]},
)

fam(
    "any",
    "GoodTime <notifications@goodtime.io>",
    [
        "Update your interview availability for next week",
        "{employer} Recruiting: please confirm your interviewing hours",
    ],
    """\
Hi {first},

{employer} Recruiting is planning interviews for the week of {ev_date_short}. Please take 2 minutes to confirm your interviewing hours and your weekly interview limit.

Current settings
Interview types: {int_type}, Debrief
Weekly limit: {n_small} interviews
Preferred hours: 10:00 - 16:00

Update availability →

If nothing has changed, you don't need to do anything. GoodTime will keep using your calendar to find open slots.

GoodTime · You're receiving this because you are part of {employer}'s interviewer pool.""",
    headers=AUTO,
    pick={"int_type": ["Coding", "Hiring manager", "Case study", "Behavioural"]},
)

# ---- D. Cold outreach and agency mail to people who did not apply ---------------------------------------

fam(
    "us|ca|uk|eu|au",
    "{recruiter} <{recruiter_email}>",
    ["{role} @ {company} - worth 15 min?", "{first}, quick question about {company}"],
    """\
Hi {first},

{recruiter} here - I run talent for {company}. Your background at {employer} is pretty much exactly what our {team} team has been trying to hire for.

No idea if you're even looking, so no pressure. If you're curious, here's my calendar - grab any 15 minutes that suits: https://calendly.com/{rslug}/15min

If the timing's wrong, totally fine to ignore this.

{rfirst}""",
)

fam(
    "uk|au|us|ca",
    "{agency} <noreply@{agency_domain}>",
    ["Are you still available for work?", "{first}, please update your availability"],
    """\
Hi {first},

We're keeping our candidate records up to date. Please let us know your current status by choosing one option below:

[ I'm actively looking ]   [ Open to the right role ]   [ Not looking right now ]

It takes one click and helps our consultants contact you about relevant roles only. If we don't hear from you within 90 days, we'll mark your profile as inactive in line with our privacy policy.

Thanks,
The {agency} Team

{agency} is an employment agency and employment business. Unsubscribe | Privacy""",
    headers=bulk("<https://{agency_domain}/unsubscribe?c={tok16}>", "<candidates.{agency_domain}>"),
)

fam(
    "uk|au|eu|sg|ca",
    "{agency} Insights <insights@{agency_domain}>",
    ["The 2026 Salary & Recruiting Trends guide is here", "What are {field} professionals earning in 2026?"],
    """\
SALARY & RECRUITING TRENDS 2026

Hi {first},

Our latest guide is out, based on a survey of {n_big}0 employers and professionals.

Key findings for {field}:
• {hc_pct}% of employers plan to increase headcount this year
• Average pay rises are expected to land around {pct2}%
• 2 in 3 professionals say they'd consider a move for more flexibility
• Skills shortages remain most acute in {skill}

Download your free copy and benchmark your salary →

Thinking about your next move? Our consultants are here when you're ready.

{agency} | Unsubscribe | Manage preferences""",
    headers=bulk("<https://{agency_domain}/prefs?u={tok16}>", "<insights.{agency_domain}>"),
    pick={
        "_combo": [
            {"field": "Accountancy & Finance", "skill": "financial planning and analysis"},
            {"field": "Technology", "skill": "cloud security and data engineering"},
            {"field": "Construction & Property", "skill": "quantity surveying and site management"},
            {"field": "Healthcare", "skill": "allied health and mental health nursing"},
        ],
        "hc_pct": ["46", "58", "63", "39"],
    },
)

fam(
    "uk",
    "{agent} <{agent_email}>",
    ["Contract - {role} - outside IR35", "{day_rate}/day - {role} - 6m - remote"],
    """\
{first} - you open to contract work? 6m initial, fully remote bar one day a month in {city}, {day_rate}/day outside IR35, start ASAP. end client is a household name in {sector}. can share more on a call, lmk

{afirst}
{agency}
{agent_phone}""",
    pick={"day_rate": ["£550", "£600", "£475", "£650"], "sector": ["retail", "insurance", "travel", "media"]},
)

fam(
    "any",
    "{company} Careers <careers@{domain}>",
    [
        "You're invited: {company} {dept} Open House (virtual)",
        "Join us {ev_weekday}: meet the {company} team",
    ],
    """\
You're invited!

Hi {first},

As a member of our Talent Community, you're invited to our virtual {dept} Open House on {ev_date_long} at {ev_time} ({ev_tz}).

What to expect
• A 20-minute panel with our {dept} leaders
• Breakout rooms with engineers, designers and recruiters
• Live Q&A about our hiring process and open roles

Register now → https://careers.{domain}/events/{tok8}

Can't make it? Register anyway and we'll send you the recording.

{company} Talent Acquisition

You are receiving this email because you joined the {company} Talent Community. Unsubscribe | Privacy policy
Powered by Phenom""",
    headers=bulk("<https://careers.{domain}/unsubscribe/{tok16}>", "<talentcommunity.{domain}>"),
    pick={"dept": ["Engineering", "Data & AI", "Product", "Finance"]},
)

fam(
    "uk|us",
    "Indeed Flex <noreply@indeedflex.com>",
    ["Shift confirmed: {gig_role} at {venue_co}", "You're booked! {ev_weekday} {ev_date_short}"],
    """\
You're booked 🙌

{gig_role}
{venue_co}, {city}
{ev_weekday} {ev_date_short}, {ev_time} start ({shift_len}-hour shift)
Pay: {gig_rate}/hr

Please arrive 15 minutes early, wear black trousers and non-slip shoes, and check in using the app when you get there.

Need to cancel? Do it in the app at least 48 hours before the shift to avoid affecting your reliability score.

See you there,
Indeed Flex""",
    headers=AUTO,
    pick={
        "gig_role": ["Warehouse Operative", "Event Bartender", "Hospitality Assistant", "Picker Packer"],
        "venue_co": ["the Exhibition Centre", "a distribution centre near the airport", "Riverside Arena"],
        "shift_len": ["6", "8", "10"],
        "gig_rate": ["{cur}13.50", "{cur}18.25", "{cur}14.10"],
    },
)

# ---- E. The candidate's own sent mail ---------------------------------------------------------------------

fam(
    "uk|au|ca|eu",
    "{cand} <{cand_email}>",
    ["Re: Assessment centre - {ev_date_short}", "Reasonable adjustments - assessment centre on {ev_weekday}"],
    """\
Dear {rfirst},

Thank you for confirming my place at the assessment centre on {ev_date_long}.

I have dyslexia and would like to request a couple of reasonable adjustments, if possible:
- 25% extra time for the written exercise
- the case study materials on cream-coloured paper, or as a PDF I can read on a laptop

I'm happy to provide my assessment report from university if that would help. Please let me know if you need anything else from me.

Kind regards,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Change of phone number - {cand}", "Updated contact details"],
    """\
Hi {rfirst},

Just a quick note to say my mobile number has changed - my new number is {cand_phone}. The old one will stop working at the end of the week.

Could you update it on my application for the {role} role? My email stays the same.

Thanks,
{first}""",
)

fam(
    "uk|au|ca|us",
    "{cand} <{cand_email}>",
    ["CV - {role} - available {avail_when}", "{role} - looking for contract/perm roles in {city1}"],
    """\
Hi {afirst},

We spoke briefly a couple of years ago when you placed a colleague of mine at {company2}. I'm now back on the market and wanted to send over my CV in case you have anything suitable.

Quick summary:
- {role}, {years_exp} years' experience, most recently at {employer}
- Based in {city1}, happy with hybrid or site-based
- Notice period: {notice}
- Looking for around {sal_lo}, or a day rate for the right contract

CV attached. I'm around most days if you'd like to chat.

Best regards,
{cand}
{cand_phone}""",
    pick={
        "avail_when": ["immediately", "from April", "on 4 weeks' notice"],
        "years_exp": ["6", "9", "12", "4"],
        "notice": ["available now", "one month", "two weeks"],
    },
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Interview invitation - {role}", "Re: Next steps - {company}"],
    """\
Hi {rfirst},

Thank you for the invitation to interview for the {role} position - I really appreciate you considering me.

Having read through the full pack, though, I've realised the salary range ({sal_lo}-{sal_hi}) is quite a bit below what I'm on at the moment, so I don't think it would be fair to take up the panel's time. I'll respectfully decline on this occasion.

If a more senior role comes up in the future I'd be glad to hear from you.

Best wishes,
{first} {last}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Your offer - start date", "start date question", "Re: Contract - {role}"],
    """\
Hi {cfirst},

Thanks again for sending the paperwork over - I'm really looking forward to joining.

One thing before I sign: my current employer has come back and confirmed my notice period is {notice_weeks} weeks rather than the 4 I'd assumed, so the earliest I could start is {start_date}. Would it be possible to move the start date in the contract to then? I'm happy to come in for a day beforehand to meet the team or pick up my laptop if that helps.

Sorry for the hassle, and thanks for your understanding.

Best,
{first}""",
    pick={"notice_weeks": ["8", "12", "6"]},
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: {role} case study", "Re: Technical exercise - quick question"],
    """\
Hi {rfirst},

Thanks for sending the case study through. I've made a start, but I've come down with a nasty flu this week and I don't think I'll be able to do it justice by {dl_weekday}.

Would it be possible to have until {dl2_weekday} instead? Completely understand if that's not possible with the team's timeline - in that case I'll submit what I have on {dl_weekday}.

Many thanks,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Interview", "Re: {role} - interview times", "Re: times for next week"],
    """\
{ev_time} on {ev_weekday} is perfect, thank you. Is it ok to wear smart casual or should I go full suit?

{first}

Sent from my iPhone""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Offer letter - {role}", "DocuSign link expired"],
    """\
Hi {rfirst},

Sorry to bother you - I went to sign the offer letter this evening but the DocuSign link says the envelope has expired. Could you send it again when you get a chance?

Also, just to double check: is the relocation allowance paid with the first salary or as a separate payment? Not urgent, I'm signing either way!

Thanks so much,
{first}""",
)

# ---- F. Friends, family, former colleagues, groups --------------------------------------------------------

fam(
    "any",
    "{partner} <{partner_email}>",
    ["good luck today!!", "you've got this", "🍀"],
    """\
just wanted to say good luck today!! you've prepared so much for this, they'll love you. remember to breathe and ask them your question about the roadmap 😘

text me the second you're out. I'll pick up {food} for dinner either way

{pfirst} xx""",
    pick={"food": ["sushi", "pizza", "the good dumplings", "thai", "biryani"]},
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["favour - reference?", "Would you be a referee for me?"],
    """\
Hi {first},

Hope you're well and {employer} is treating you kindly!

I wanted to ask a favour. I've got to the final stage for a {role2} role at {company} (fingers crossed) and they've asked for two referees. Would you be happy to be one of them? You were my manager on the {project} project, so you'd be perfect.

It'd just be a short online form, probably in the next couple of weeks - they'll email you directly. Totally fine to say no if you're snowed under.

Thanks so much, and let me know if you ever need anything from me.

{ffirst}""",
    pick={"project": ["billing migration", "Phoenix", "warehouse rollout", "CRM replacement"]},
)

fam(
    "any",
    "{group_name} <{group_addr}>",
    [
        "[{group_name}] Digest for {group_addr} - 6 updates in 3 topics",
        "Digest for {group_addr} - 6 updates in 3 topics",
    ],
    """\
{group_addr}
Google Groups

Topic digest
View all topics

  • Got an offer - how hard should I negotiate? - 3 Updates
  • Rejected after the final round - worth asking for feedback? - 2 Updates
  • "Informal chat" invite - is it actually an interview? - 1 Update

Got an offer - how hard should I negotiate?
{p1}: {msg_md}
Congrats! Always ask once, politely, with a specific number and a reason. The worst anyone has ever said to me is no.

{p2}: {msg_md}
Second this. Ask about the start date and the signing bonus too, not just base.

Rejected after the final round - worth asking for feedback?
{p3}: {msg_md}
Yes, but keep it short and don't argue with the decision. Maybe one in three companies I've asked actually replied with something useful.

"Informal chat" invite - is it actually an interview?
{p4}: {msg_md}
It's always an interview. Prepare like it is one.

You received this digest because you're subscribed to updates for this group. To unsubscribe from this group and stop receiving emails from it, send an email to {group_unsub}.""",
    headers=bulk("<mailto:{group_unsub}>", "<{group_listid}>", one_click=False),
    pick={
        "_combo": [
            {"group_name": "uw-alumni-careers", "group_host": "googlegroups.com"},
            {"group_name": "bootcamp-cohort-19", "group_host": "googlegroups.com"},
            {"group_name": "womenindata-jobs", "group_host": "googlegroups.com"},
        ]
    },
)

# ---- G. Newsletters that quote the templates -----------------------------------------------------------

fam(
    "any",
    "{nl_author} from {nl} <{nl_slug}@substack.com>",
    ["What your interview invite is really telling you", "Decoding the interview invitation email"],
    """\
{nl} · Issue #{issue}

Decoding the interview invitation

Most interview invites look alike, but the details tell you a lot. Here's a real one a reader forwarded me (names changed):

> "Hi Sam, thanks for applying for the Operations Lead role. We'd love to invite you to a 45-minute video interview with our Head of Ops next Tuesday at 10am. Please confirm if that works, or suggest another time."

What it tells you:
1. "45 minutes with the Head of Ops" - this is a real interview, not a recruiter screen. Prepare examples.
2. "suggest another time" - they're flexible. You can ask for a slot that suits you.
3. No mention of a task - but ask. Many teams spring a case study in round two.

Next week: what the rejection email after a final round does (and doesn't) mean.

{nl_author}

Unsubscribe · Manage subscription""",
    headers=bulk(
        "<https://{nl_slug}.substack.com/action/disable_email?token={tok16}>", "<{nl_slug}.substack.com>"
    ),
    pick={
        "_combo": [
            {"nl": "The Shortlist", "nl_slug": "theshortlist", "nl_author": "Grace Ferreira"},
            {"nl": "Hired, Eventually", "nl_slug": "hiredeventually", "nl_author": "Omar Sheikh"},
            {"nl": "Career Notes", "nl_slug": "careernotes", "nl_author": "Tilly Barnes"},
        ],
        "issue": ["42", "87", "113", "19"],
    },
)

fam(
    "any",
    "HireCraft Weekly <newsletter@hirecraft.io>",
    ["3 job offer email templates candidates actually say yes to", "Offer emails: copy these templates"],
    """\
HireCraft Weekly · For hiring teams

3 job offer email templates candidates actually say yes to

Hi {first},

The offer email is the last thing a candidate reads before deciding. This week: three templates you can copy, plus what to avoid.

1. The verbal-offer follow-up
"Hi [Candidate name], it was great speaking earlier. As promised, I'm delighted to confirm our offer for the [Job title] role at [Company], with a starting salary of [amount]. The formal offer letter is attached..."

2. The conditional offer
"We're pleased to offer you the position of [Job title], subject to satisfactory references and a background check..."

3. The 'we'd love you to join' note from the hiring manager
"I wanted to reach out personally - the whole panel was impressed, and we'd love you to join the team..."

Don't: attach the contract without a human note, or give a 24-hour deadline.

Read the full guide →

You're receiving this because you subscribed at hirecraft.io. Unsubscribe""",
    headers=bulk("<https://hirecraft.io/unsubscribe/{tok16}>", "<weekly.hirecraft.io>"),
)

# ---- H. Applicant accounts and platforms -----------------------------------------------------------------

fam(
    "any",
    "{company} <{company_slug}@myworkday.com>",
    ["Your verification code", "{company} Careers: one-time passcode"],
    """\
Your one-time passcode for the {company} Careers site is:

{otp}

This code expires in 10 minutes. If you did not request this code, someone may be trying to access your candidate account; you can safely ignore this email.

Please do not reply to this automated message.""",
    headers=AUTO,
)

fam(
    "any",
    "{company} Careers <careers-noreply@taleo.net>",
    ["Job submission not completed - {role}", "Reminder: your submission for {role} is incomplete"],
    """\
Dear {first},

This is a reminder that your job submission for the position {role} ({req_id}) has not been completed. Your information has been saved as a draft.

Submissions that are not completed are not considered by our recruiters. To finish your submission, log in to the {company} Career Section, go to My Jobpage and select "Continue Application".

Please note that this position may close at any time.

Sincerely,
{company} Talent Acquisition

*** This is an automated message. Please do not reply. ***""",
    headers=AUTO,
)

fam(
    "any",
    "MyGreenhouse <no-reply@greenhouse.io>",
    ["Your MyGreenhouse profile is ready", "Welcome to MyGreenhouse, {first}"],
    """\
Welcome, {first}!

Your MyGreenhouse account is set up. From now on, applications you send to companies that use Greenhouse will show up in one place, with status updates as they happen.

Your dashboard so far
• {company} - {role}
• {company2} - {role2}

Tip: turn on auto-fill so your résumé, links and work history are ready for your next application.

Go to my dashboard →

Greenhouse Software, Inc. · 228 Park Ave S, New York, NY""",
    headers=AUTO,
)

# ---- I. Automatic notices --------------------------------------------------------------------------------

fam(
    "any",
    "Mail Delivery System <MAILER-DAEMON@{mx_host}>",
    ["Delayed Mail (still being retried)", "Warning: message delayed"],
    """\
This is the mail system at host {mx_host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

                   The mail system

<{recruiter_email}>: host mx1.{domain}[{ip}] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)

Reporting-MTA: dns; {mx_host}
Final-Recipient: rfc822; {recruiter_email}
Action: delayed
Status: 4.2.2

Subject: Re: {role} interview - thank you""",
    headers=AUTO,
)

fam(
    "any",
    "{company} Recruiting <no-reply@{domain}>",
    ["Automatic reply: Re: Your application for {role}", "This mailbox is not monitored"],
    """\
This is an automated response.

You have replied to a no-reply address, and your message has not been read by anyone on our team.

If your message relates to an application you have already submitted, please log in to your candidate account to check its status or update your details. For all other queries, use the contact form on our careers site.

{company} Talent Acquisition""",
    headers=AUTOREPLY,
)

fam(
    "any",
    "Google Groups <noreply@googlegroups.com>",
    ["Your message to jobs@{domain} awaits moderator approval", "Message pending: jobs@{domain}"],
    """\
Your message to the jobs@{domain} group has been received but is awaiting moderator approval. You will not be notified when it is approved or rejected.

Your message:
Subject: Application - {role} - {cand}

If you believe you have received this message in error, please contact the group owner.

Learn more about Google Groups: https://support.google.com/groups

You received this message because you sent a message to the jobs@{domain} Google Group.""",
    headers=AUTO,
)

fam(
    "any",
    "Proofpoint Essentials <quarantine@proofpointessentials.com>",
    ["End User Digest: 4 New Messages", "You have 4 new messages in quarantine"],
    """\
Proofpoint Essentials
End User Digest: 4 New Messages

The emails listed below have been placed in your personal Quarantine. Review them and choose Release to deliver an email to your inbox, or ignore this digest and they will be deleted after 14 days.

1. From: rewards@{spam1}
   Subject: You have (1) pending reward!!   Score: 92
2. From: {recruiter_email}
   Subject: Interview invitation - {role}   Score: 88
3. From: billing@{spam2}
   Subject: Your invoice #{d6a} is ready   Score: 75
4. From: {agent_email}
   Subject: Exciting {role2} opportunity   Score: 61

Release | Release and Allow Sender | Block Sender

This digest was sent to {cand_work}.""",
    headers=AUTO,
    pick={
        "spam1": ["prize-centre.biz", "gift-reward.top", "claimnow.click"],
        "spam2": ["invoicely-docs.net", "secure-billing.info", "docsign-portal.co"],
    },
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Automatic reply: {subj_orig}", "Out of Office: {subj_orig}"],
    """\
Hi there,

I'm on parental leave until {return_date} and won't be checking email. 👶

For anything related to open roles or candidates in our {team} team, please contact {colleague} ({col_email}), who is covering my requisitions. Candidates with interviews already scheduled don't need to do anything - your interview will go ahead as planned.

Thanks,
{rfirst}""",
    headers=AUTOREPLY,
    pick={
        "subj_orig": [
            "Re: {role} - interview availability",
            "Following up - {role} application",
            "Re: {company} / {first} - next steps",
        ]
    },
)


# --------------------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------------------


def pick_name(rng: random.Random, region: str, used: set[str]) -> str:
    return corpuslib.pick_name(rng, NAMES, region, used)


class _Keep(dict):
    """format_map mapping that leaves a placeholder it cannot fill yet as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def resolve_picks(f: Family, rng: random.Random, s: dict[str, str]) -> dict[str, str]:
    """The family's per-variant choices, filled from the slots (and from each other) in a few passes."""
    picks: dict[str, str] = {}
    for key, options in f.pick.items():
        if key.startswith("_combo"):
            picks.update({k: v for k, v in rng.choice(options).items() if k != "_region"})
        else:
            picks[key] = rng.choice(options)
    for _ in range(3):
        picks = {k: v.format_map(_Keep({**s, **picks})) if "{" in v else v for k, v in picks.items()}
    return picks


def build_slots(rng: random.Random, f: Family) -> tuple[dict[str, str], datetime]:
    forced = [c.get("_region") for c in f.pick.get("_combo", []) if c.get("_region")]
    regions = f.region.split("|") if f.region != "any" else list(REGIONS)
    r = rng.choice(forced) if forced else rng.choice(regions)
    # keep only the combos that go with the region drawn
    f_combo = [c for c in f.pick["_combo"] if c.get("_region") == r] if forced else []
    zone = ZoneInfo(rng.choice(TZS[r]))

    # Message date (Jan-May 2026) and the event it talks about, both on weekdays in the sender's zone.
    day = datetime(2026, 1, 5) + timedelta(days=rng.randrange(0, 130))
    if f.ev_days == 0:
        day = next_weekday(day)
        ev = datetime(
            day.year, day.month, day.day, rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 30]), tzinfo=zone
        )
        msg = ev + timedelta(minutes=rng.randrange(1, 7), seconds=rng.randrange(60))
    elif f.ev_days:
        while day.weekday() >= 4:
            day += timedelta(days=1)
        msg = datetime(
            day.year,
            day.month,
            day.day,
            rng.randrange(9, 19),
            rng.randrange(60),
            rng.randrange(60),
            tzinfo=zone,
        )
        ev = (msg + timedelta(days=f.ev_days)).replace(
            hour=rng.choice([9, 10, 11, 13, 15]), minute=rng.choice([0, 30]), second=0
        )
    else:
        hour = rng.randrange(7, 22) if rng.random() < 0.85 else rng.choice([6, 22, 23])
        msg = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone)
        ev = next_weekday(msg + timedelta(days=rng.randrange(2, 9)))
        hh, mm = rng.choice(
            [(9, 0), (9, 30), (10, 0), (10, 30), (11, 0), (13, 30), (14, 0), (15, 0), (16, 0)]
        )
        ev = ev.replace(hour=hh, minute=mm, second=0)
    ev_end = ev + timedelta(minutes=rng.choice([30, 45, 60]))
    eve = ev - timedelta(days=1)
    old = prev_weekday(msg - timedelta(days=rng.randrange(2, 12)))
    dl = next_weekday(msg + timedelta(days=rng.randrange(4, 10)))
    dl2 = next_weekday(dl + timedelta(days=rng.randrange(2, 5)))
    notice = next_weekday(msg + timedelta(days=rng.randrange(40, 70)))
    start = next_weekday(msg + timedelta(days=rng.randrange(60, 95)))
    ret = next_weekday(msg + timedelta(days=rng.randrange(50, 140)))
    avail_days = [next_weekday(msg + timedelta(days=2))]
    for _ in range(2):
        avail_days.append(next_weekday(avail_days[-1] + timedelta(days=rng.choice([1, 2]))))
    if f.tz:
        msg = msg.astimezone(ZoneInfo(f.tz))

    used: set[str] = set()
    cand = pick_name(rng, r, used)
    first, last = split_name(cand)
    contact, recruiter, coordinator, colleague, agent, friend, partner, manager = (
        pick_name(rng, r, used) for _ in range(8)
    )
    p1, p2, p3, p4 = (pick_name(rng, r, used) for _ in range(4))
    cfirst = split_name(contact)[0]
    company, company2, employer = rng.sample(COMPANIES[r], 3)
    domain = slug(company) + TLD[r]
    employer_domain = slug(employer) + TLD[r]
    startup = rng.choice(STARTUPS)
    agency = rng.choice(AGENCIES[r])
    agency_domain = slug(agency) + TLD[r]
    role, role2 = rng.sample(ROLES, 2)
    city, city2 = rng.sample(CITIES[r], 2) if len(CITIES[r]) > 1 else (CITIES[r][0], CITIES[r][0])
    city1 = re.sub(r"(, [A-Z]{2}| [A-Z]{2,3})$", "", city)
    office_addr, office2 = rng.sample(OFFICES[r], 2)
    tok = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
    dig = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    phone = lambda: "".join(rng.choice(string.digits) if ch == "#" else ch for ch in PHONE[r])  # noqa: E731
    free = lambda name: f"{email_local(name, rng)}{rng.choice(['', '', dig(2)])}@{rng.choice(FREEMAIL[r])}"  # noqa: E731
    work = lambda name, dom: f"{email_local(name, rng)}@{dom}"  # noqa: E731
    _, sal_lo = money(rng, r, 0.85, 1.0)
    _, sal_hi = money(rng, r, 1.05, 1.2)
    old_v, sal_old = money(rng, r, 0.9, 1.3)
    pct = rng.choice([2.5, 3.0, 3.5, 4.0, 5.0])
    new_v = int(old_v * (1 + pct / 100) / 100) * 100
    sal_new = f"₹{new_v / 100000:.2f} LPA" if r == "in" else f"{CUR[r]}{new_v:,}"
    n_small = rng.randrange(4, 9)
    votes = sorted(rng.sample(range(40, 420), 4), reverse=True)
    coord_first, coord_last = split_name(coordinator)
    ev_slots = corpuslib.event_slots(ev, ev_end, r)

    s: dict[str, str] = {
        "first": first,
        "last": last,
        "cand": cand,
        "cand_upper": cand.upper(),
        "first_upper": first.upper(),
        "cand_email": free(cand),
        "cand_phone": phone(),
        "cand_work": work(cand, employer_domain),
        "company": company,
        "company2": company2,
        "company_slug": slug(company),
        "domain": domain,
        "startup": startup,
        "startup_domain": slug(startup) + rng.choice([".io", ".co", ".dev"]),
        "company_phone": phone(),
        "employer": employer,
        "employer_domain": employer_domain,
        "employer_slug": slug(employer),
        "role": role,
        "role2": role2,
        "team": rng.choice(TEAMS),
        "contact": contact,
        "cfirst": cfirst,
        "cfirst_lower": slug(cfirst),
        "contact_title": rng.choice(TITLES),
        "recruiter": recruiter,
        "rfirst": split_name(recruiter)[0],
        "rslug": slug(recruiter.split()[0]) + "-" + slug(recruiter.split()[-1]),
        "recruiter_email": work(recruiter, domain),
        "coordinator": coordinator,
        "coordfirst": coord_first,
        "coordfirst_lower": slug(coord_first),
        "coordlast_lower": slug(coord_last),
        "coord_email": work(coordinator, domain),
        "colleague": colleague,
        "colfirst": split_name(colleague)[0],
        "col_email": work(colleague, domain),
        "agent": agent,
        "afirst": split_name(agent)[0],
        "agency": agency,
        "agency_domain": agency_domain,
        "agent_email": work(agent, agency_domain),
        "agent_phone": phone(),
        "friend": friend,
        "ffirst": split_name(friend)[0],
        "friend_email": free(friend),
        "partner": partner,
        "pfirst": split_name(partner)[0],
        "partner_email": free(partner),
        "manager": manager,
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "p4": p4,
        "p1first": split_name(p1)[0],
        "p2first": split_name(p2)[0],
        "p1_phone": phone(),
        "p1_work": work(p1, employer_domain),
        "p1_work_law": "",  # filled below once the law firm is known
        "p1_reloc": "",
        "realtor": p2,
        "realtor_first": split_name(p2)[0],
        "realtor_email": f"{slug(split_name(p2)[0])}@{rng.choice(['homesbyteam', 'realtygroup', 'agentmail'])}.com",
        "city": city,
        "city1": city1,
        "city2": city2,
        "office_addr": office_addr,
        "office2": office2,
        **ev_slots,
        "ev_weekday_short": ev.strftime("%a").lower(),
        "eve_weekday": eve.strftime("%A"),
        "eve_date_short": fmt_date_short(eve, r),
        "old_date_short": fmt_date_short(old, r),
        "old_date_long": fmt_date_long(old, r),
        "dl_weekday": dl.strftime("%A"),
        "dl_date_short": fmt_date_short(dl, r),
        "dl_date_long": fmt_date_long(dl, r),
        "dl2_weekday": dl2.strftime("%A"),
        "notice_date_long": fmt_date_long(notice, r),
        "start_date": fmt_date_long(start, r),
        "return_date": fmt_date_long(ret, r),
        "msg_date_short": fmt_date_short(msg, r),
        "msg_md": msg.strftime("%b ") + str(msg.day),
        "tz_name": str(zone.key).replace("_", " "),
        "cur": CUR[r],
        "sal_lo": sal_lo,
        "sal_hi": sal_hi,
        "sal_old": sal_old,
        "sal_new": sal_new,
        "pct": f"{pct:.1f}",
        "pct2": f"{rng.choice([2.8, 3.2, 3.6, 4.1])}",
        "n_small": str(n_small),
        "rank": str(n_small + rng.randrange(3, 14)),
        "n_mid": str(rng.randrange(30, 60)),
        "n_big": str(rng.randrange(180, 900)),
        "v1": str(votes[0]),
        "v2": str(votes[1]),
        "v3": str(votes[2]),
        "v4": str(votes[3]),
        "tok8": tok(8),
        "tok16": tok(16),
        "otp": dig(6),
        "digits4": dig(4),
        "d3": dig(3),
        "d6a": dig(6),
        "d6b": dig(6),
        "ref": "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + dig(8),
        "req_id": f"R-{dig(5)}",
        "exam_no": f"2026-{dig(4)}-{rng.choice(['A', 'B', 'OC'])}",
        "room": str(rng.randrange(101, 330)),
        "vacancy_ref": f"{rng.choice(['ACAD', 'VAC', 'REQ'])}{dig(6)}",
        "app_id": f"{rng.choice(['GA', 'PG', 'APP'])}{dig(7)}",
        "grant_ref": f"{rng.choice(['DE', 'MR/', 'ALLRP '])}{dig(6)}",
        "claim_id": dig(9),
        "donor_id": f"{rng.choice(['CP', 'DP'])}{dig(9)}",
        "ea_ref": f"MSA-{dig(7)}",
        "order_no": dig(8),
        "pnr": tok(6).upper(),
        "prop_ref": f"{rng.choice(['HC', 'CBL'])}{dig(5)}",
        "amount": f"{CUR[r]}{rng.randrange(40, 420)}.{dig(2)}",
        "travel_cap": rng.choice(["50", "75", "100"]),
        "meet_url": "https://meet.google.com/"
        + "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3)),
        "teams_url": f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok(28)}%40thread.v2/0",
        "gv_phone": f"({rng.choice(['303', '615', '512', '704'])}) 555-01{dig(2)}",
        "mx_host": rng.choice(
            ["smtp-out.mailrelay.net", "mx-relay.outbound.example-mail.com", "mta7.mailgw.net"]
        ),
        "ip": f"203.0.113.{rng.randrange(2, 250)}",
        "avail1": f"{fmt_date_long(avail_days[0], r)}: {fmt_time(avail_days[0].replace(hour=9, minute=0), r)} - {fmt_time(avail_days[0].replace(hour=12, minute=0), r)}",
        "avail2": f"{fmt_date_long(avail_days[1], r)}: {fmt_time(avail_days[1].replace(hour=13, minute=0), r)} - {fmt_time(avail_days[1].replace(hour=17, minute=0), r)}",
        "avail3": f"{fmt_date_long(avail_days[2], r)}: {fmt_time(avail_days[2].replace(hour=10, minute=0), r)} - {fmt_time(avail_days[2].replace(hour=15, minute=0), r)}",
        "a_slot1": f"{fmt_date_long(ev, r)}, 6pm",
        "a_slot2": f"{fmt_date_long(next_weekday(ev + timedelta(days=2)), r)}, 11am",
        "a_slot3": f"{fmt_date_long(next_weekday(ev + timedelta(days=6)), r)}, 7pm",
    }
    s.update(resolve_picks(f if not f_combo else _with_combo(f, f_combo), rng, s))
    derived = {
        "p1_work_law": f"{email_local(p1, rng)}@{s.get('law_domain', 'law.com')}",
        "p1_reloc": f"{email_local(p1, rng)}@{s.get('reloc_domain', 'relo.com')}",
        "journal_code_upper": s.get("journal_code", "j").upper().replace("-J", ""),
        "theatre_slug": slug(s.get("theatre", "theatre")),
        "group_addr": f"{s.get('group_name', 'group')}@googlegroups.com",
        "group_unsub": f"{s.get('group_name', 'group')}+unsubscribe@googlegroups.com",
        "group_listid": f"{s.get('group_name', 'group')}.googlegroups.com",
    }
    s.update(derived)
    # a second pass for picks that refer to derived slots (e.g. the manuscript id)
    for k, v in list(s.items()):
        if "{" in v:
            s[k] = v.format_map(s)
    return s, msg


def _with_combo(f: Family, combo: list[dict[str, str]]) -> Family:
    """A copy of ``f`` whose "_combo" holds only the combos allowed for the region already drawn."""
    return Family(
        f.region, f.sender, f.subject, f.text, f.headers, f.ics, f.ev_days, f.tz, {**f.pick, "_combo": combo}
    )


def main() -> int:
    return negatives_common.run(
        FAMILIES, build_slots, seed=SEED, prefix=PREFIX, label=LABEL, min_families=80, out=OUT
    )


if __name__ == "__main__":
    sys.exit(main())
