"""Round-4 hard negatives for the "other" label (families otw-001 ...).

Mail that a careless classifier would take for an invitation, rejection, offer, acknowledgement or
assessment, but that needs no job-search reply: confirmations and logistics of interviews already booked,
the candidate's own sent mail, cold recruiter outreach, platform notifications and newsletters, the same
words used outside job search, and HR / company mail after someone was hired.

Each family is one hand-written message with slots; it expands into 2-3 variants that share the family
id. Standard library only; a fixed seed makes the output byte-identical from run to run.

Run: python tools/corpus/round4_negatives.py
(writes src/followup/classifiers/corpus/r4_other.jsonl)
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

SEED = 40417
PREFIX = "otw"
LABEL = "other"
OUT = Path(__file__).resolve().parents[2] / "src" / "followup" / "classifiers" / "corpus" / "r4_other.jsonl"

# --------------------------------------------------------------------------------------------------------
# Slot pools: deliberately different names, firms and places from the earlier generators, so the model
# cannot tie "other" to a handful of names it has seen many times.
# --------------------------------------------------------------------------------------------------------

REGIONS = ("us", "uk", "in", "au", "eu", "sg", "ca")

TZS = {
    "us": ("America/New_York", "America/Chicago", "America/Los_Angeles", "America/Phoenix"),
    "uk": ("Europe/London",),
    "in": ("Asia/Kolkata",),
    "au": ("Australia/Sydney", "Australia/Melbourne", "Australia/Adelaide", "Australia/Perth"),
    "eu": ("Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Warsaw", "Europe/Copenhagen"),
    "sg": ("Asia/Singapore",),
    "ca": ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"),
}

COMPANIES = {
    "us": [
        "Lumen Grove Software",
        "Pioneer Ridge Bank",
        "Tallgrass Health",
        "Bayline Freight",
        "Sparrowhawk AI",
        "Oakmont Retail",
        "Prairie Mutual",
        "Juniper Loop",
        "Foxglove Studios",
        "Riverbend Pharma",
        "Clearwater Civic Tech",
        "Ironwood Analytics",
    ],
    "uk": [
        "Wexford & Blaine",
        "Castleford Homes",
        "Marlow Analytics",
        "Kittiwake Software",
        "Brunel Rail Systems",
        "Heron Lane Publishing",
        "Saltash Energy",
        "Gorse Digital",
        "Ashdown Insurance",
    ],
    "in": [
        "Vaigai Infotech",
        "Chandrakala Software",
        "Mahanadi Analytics",
        "Sundaram Cloud Services",
        "Bhoomi Agritech",
        "Tarang Networks",
        "Neelkanth Pharma",
        "Konark Fintech",
    ],
    "au": [
        "Bluegum Logistics",
        "Kookaburra Digital",
        "Ironbark Energy",
        "Murray River Foods",
        "Lyrebird Health",
        "Sandstone Finance",
        "Quokka Labs",
    ],
    "eu": [
        "Fjordlys AS",
        "Waldkauz GmbH",
        "Tramontana SL",
        "Lindenhof Digital",
        "Bruma Labs",
        "Kestrel & Vos BV",
        "Aurelia SpA",
        "Wisła Data",
    ],
    "sg": ["Kallang Digital", "Sentosa Analytics", "Raffles Quay Systems", "Bukit Labs", "Tanjong Pay"],
    "ca": [
        "Maple & Pine Software",
        "Laurentian Health",
        "Rideau Fintech",
        "Coastline Media",
        "Boreal Robotics",
        "Prairie Sky Energy",
    ],
}

AGENCIES = {
    "us": ["Summit Talent Group", "Keystone Staffing", "BrightPath Search"],
    "uk": ["Carrington Recruitment", "Oakhurst Appointments", "Bramley Talent"],
    "in": ["Shreeji HR Solutions", "Vedanta Placement Consultants", "TalentKraft India"],
    "au": ["Harbour Talent Co", "Southern Star Recruitment"],
    "eu": ["Rheintal Personal", "Nordvik Talent", "Atlas Search Partners"],
    "sg": ["Lion Gate Talent", "Marina Search"],
    "ca": ["True North Talent", "Lakeshore Staffing"],
}

NAMES = {
    "us": [
        "Destiny Alvarez",
        "Caleb Whitaker",
        "Jasmine Holloway",
        "Trevor Nakamura",
        "Monique Baptiste",
        "Dmitri Volkov",
        "Hailey Sorensen",
        "Andre Washington",
        "Courtney Pham",
        "Isaiah Grant",
    ],
    "uk": [
        "Niamh Gallagher",
        "Callum Reid",
        "Bethany Shaw",
        "Imran Qureshi",
        "Freya Lindsay",
        "Jamal Osei",
        "Poppy Barker",
        "Gareth Pryce",
    ],
    "in": [
        "Meenakshi Raghavan",
        "Siddharth Bhatt",
        "Pooja Deshpande",
        "Aniket Joshi",
        "Lakshmi Narayanan",
        "Farhan Sheikh",
        "Kavya Hegde",
        "Rohit Agarwal",
        "Nandini Chauhan",
    ],
    "au": ["Brodie Walsh", "Tahlia Nguyen", "Lachlan McKenzie", "Sienna Costa", "Aroha Ngata", "Hamish Kerr"],
    "eu": [
        "Henrik Dahl",
        "Giulia Bianchi",
        "Maximilian Wagner",
        "Léa Dubois",
        "Joost van Dijk",
        "Agnieszka Nowak",
        "Pablo Herrera",
        "Sanne Visser",
    ],
    "sg": ["Darren Goh", "Siti Aminah", "Kelvin Teo", "Priyanka Menon", "Jun Wei Lim"],
    "ca": ["Geneviève Tremblay", "Connor MacLeod", "Harjit Sandhu", "Amélie Gagnon", "Tyler Chen"],
    "any": [
        "Oluwaseun Bakare",
        "Thandiwe Dlamini",
        "Mei Lin Chow",
        "Bogdan Petrescu",
        "Yasmin Haddad",
        "Nikolai Ivanov",
        "Camila Duarte",
        "Efua Asante",
        "Ravi Chandran",
        "Minh Anh Tran",
        "Sebastián Morales",
        "Keanu Kahale",
    ],
}

ROLES = [
    "Data Engineer",
    "Registered Nurse",
    "Clinical Pharmacist",
    "Civil Engineer",
    "Paralegal",
    "Procurement Officer",
    "Store Manager",
    "Sales Development Representative",
    "Research Assistant",
    "Cloud Architect",
    "Graphic Designer",
    "Mechanical Design Engineer",
    "Policy Officer",
    "Content Strategist",
    "Android Developer",
    "Salesforce Administrator",
    "Compliance Analyst",
    "Warehouse Supervisor",
    "Platform Engineer",
    "Management Accountant",
    "iOS Engineer",
    "Learning Designer",
    "Security Analyst",
    "Product Marketing Manager",
    "Analytics Engineer",
]

CITIES = {
    "us": ["Columbus, OH", "Raleigh, NC", "Portland, OR", "Minneapolis, MN", "Phoenix, AZ", "Pittsburgh, PA"],
    "uk": ["Glasgow", "Cardiff", "Nottingham", "Sheffield", "Reading", "Newcastle"],
    "in": ["Kochi", "Noida", "Ahmedabad", "Coimbatore", "Jaipur", "Bengaluru"],
    "au": ["Adelaide SA", "Canberra ACT", "Hobart TAS", "Geelong VIC", "Melbourne VIC"],
    "eu": ["Copenhagen", "Valencia", "Milan", "Kraków", "Hamburg", "Rotterdam"],
    "sg": ["Singapore"],
    "ca": ["Toronto, ON", "Ottawa, ON", "Calgary, AB", "Vancouver, BC", "Halifax, NS"],
}

OFFICES = {
    "us": ["1450 Market Street, Suite 900", "220 West Broad St, 4th Floor", "77 Riverside Plaza, Floor 12"],
    "uk": ["3rd Floor, 21 Gordon Street", "Unit 5, Brindley Place", "Exchange Building, 14 Quay Street"],
    "in": [
        "Tower B, 6th Floor, Prestige Tech Park",
        "Plot 42, Infopark Phase 2",
        "WeWork, Embassy Golf Links, Block C",
    ],
    "au": [
        "Level 9, 180 Flinders Street",
        "Level 3, 50 Grenfell Street",
        "Ground Floor, 8 Brindabella Circuit",
    ],
    "eu": [
        "Strandvejen 60, 3. sal",
        "Carrer de Colón 12, planta 4",
        "Via Tortona 31, 2° piano",
        "Große Elbstraße 145",
    ],
    "sg": ["18 Cross Street, #11-02", "71 Ayer Rajah Crescent, #03-14", "1 Fusionopolis Walk, #07-01"],
    "ca": ["100 King St W, Suite 3200", "1 Rideau Street, 7th Floor", "333 7 Ave SW, Floor 15"],
}

STATIONS = {
    "us": ["the Broad & High bus stop", "Union Station", "the Red Line stop"],
    "uk": ["the central station", "Queen Street", "the tram stop on Market Street"],
    "in": ["the metro station", "Gate 2 of the tech park"],
    "au": ["Flinders Street Station", "the tram stop outside"],
    "eu": ["the central station", "the metro (line 3)"],
    "sg": ["the MRT exit B", "Telok Ayer MRT"],
    "ca": ["Union Station", "the LRT station"],
}

PHONE = {  # "#" is replaced by a random digit
    "us": "+1 (614) 555-0###",
    "uk": "07700 900###",
    "in": "+91 9#### #####",
    "au": "04## ### ###",
    "eu": "+49 151 #### ####",
    "sg": "+65 9### ####",
    "ca": "+1 (416) 555-0###",
}

TLD = {"us": ".com", "uk": ".co.uk", "in": ".in", "au": ".com.au", "eu": ".eu", "sg": ".sg", "ca": ".ca"}
CUR = {"us": "$", "uk": "£", "in": "₹", "au": "A$", "eu": "€", "sg": "S$", "ca": "C$"}
FREEMAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com"],
    "eu": ["gmail.com", "gmx.de", "proton.me", "web.de"],
    "sg": ["gmail.com", "yahoo.com.sg", "hotmail.com"],
    "ca": ["gmail.com", "rogers.com", "outlook.com"],
}
TITLES = [
    "Talent Acquisition Partner",
    "Recruiting Coordinator",
    "Senior Recruiter",
    "Hiring Manager",
    "Director of Engineering",
    "People Partner",
    "Talent Acquisition Lead",
    "Head of Data",
]
FRIENDS_FIRST = [
    "Ade",
    "Bex",
    "Chinmay",
    "Dani",
    "Elif",
    "Fin",
    "Gabi",
    "Hira",
    "Ines",
    "Jules",
    "Kofi",
    "Lottie",
]
KIDS = ["Arlo", "Maya", "Zaid", "Isla", "Rohan", "Elsie"]


# ASCII folding of the accented letters our name pools use (for e-mail addresses and URLs); slug() takes
# text that is already ASCII.
TEXT = negatives_common.TextFold(
    "éèêëáàâãíìóòôöúùüçñłśżćńąęő", "eeeeaaaaiioooouuucnlszcnaeo", fold_slug=False
)
slug = TEXT.slug
fold = TEXT.fold
email_local = TEXT.email_local


def salary_pair(rng: random.Random, region: str) -> tuple[str, str]:
    base = {"us": 95000, "uk": 52000, "in": 1800000, "au": 120000, "eu": 65000, "sg": 96000, "ca": 98000}[
        region
    ]
    lo = int(base * rng.uniform(0.8, 1.3) / 1000) * 1000
    hi = lo + int(base * rng.choice([0.08, 0.12, 0.15]) / 1000) * 1000
    cur = CUR[region]
    if region == "in":
        return f"₹{lo / 100000:.1f} LPA", f"₹{hi / 100000:.1f} LPA"
    return f"{cur}{lo:,}", f"{cur}{hi:,}"


# --------------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------------


# Family.region: one of REGIONS or "any"; Family.ev_days None: 2-6 days on, 0: later the same day.
Family = negatives_common.Family
FAMILIES: list[Family] = []
fam = negatives_common.family_adder(FAMILIES, PREFIX)
AUTOREPLY = negatives_common.AUTOREPLY
ICS_INTERVIEW = {
    "start": "{ev_iso}",
    "end": "{ev_end_iso}",
    "summary": "{role} interview - {cand}",
    "location": "{ics_loc}",
    "url": "{ics_url}",
}

# ---- A. Interviews that are ALREADY booked: confirmations, reschedules, logistics, itineraries ----------

fam(
    "any",
    "{company} Talent Team via GoodTime <no-reply@goodtime.io>",
    [
        "Updated: your {role} interview has moved to {ev_weekday}",
        "Rescheduled - {company} interview ({ev_date_short})",
    ],
    """\
Hi {first},

Your interview has been rescheduled. Nothing else has changed: same interviewers, same video link.

Was: {was_date_long}, {was_time}
Now: {ev_date_long}, {ev_time} – {ev_time_end} ({ev_tz})

Interviewers
{contact}, {contact_title}
{colleague}, Senior {role}

Join: {zoom_url}

An updated calendar invite is attached and replaces the old one.

{company} Talent Team
Sent via GoodTime · Privacy · Help""",
    headers=AUTO,
    ics=ICS_INTERVIEW,
)

fam(
    "any",
    "{contact} <{contact_email}>",
    [
        "Updated: {role} Interview | {cand}",
        "Updated invitation: {role} interview - {cand} @ {ev_weekday} {ev_date_short} {ev_time}",
    ],
    """\
{contact} updated this meeting. The Teams link changed; the time is the same.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <{teams_url}>
Meeting ID: {teams_id}
Passcode: {passcode}
Download Teams | Join on the web
Or call in (audio only)
{dialin},,{pin}#   {dial_country}, {city1}
Phone Conference ID: {pin}#
Find a local number | Reset PIN
Learn More | Meeting options
________________________________________________________________________________""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{role} Interview | {cand}",
        "location": "Microsoft Teams Meeting",
        "url": "{teams_url}",
    },
)

fam(
    "any",
    "Envoy <no-reply@envoy.com>",
    ["You're invited to visit {company}", "{contact} invited you to {company} – {city1} office"],
    """\
Hi {first},

{contact} has registered you as a visitor at {company} ({city1}).

When: {ev_weekday}, {ev_date_short} · {ev_time}
Where: {office_addr}, {city}
Host: {contact}

Skip the line at the front desk: sign the visitor agreement ahead of time and you'll get a QR code to scan when you arrive.

Pre-register → https://dashboard.envoy.com/visitors/pre-registration/{tok16}

Please bring a government-issued photo ID. Wi-Fi details will be on your badge.

Powered by Envoy
You received this email because {company} uses Envoy to welcome visitors. Envoy, Inc., 410 North Scottsdale Road, Tempe, AZ""",
    headers=AUTO,
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Parking on {ev_weekday}", "getting here on {ev_weekday}", "Re: {role} - {ev_weekday}"],
    """\
Hi {first},

{cfirst} asked me to send over parking details for {ev_weekday}. We've reserved visitor bay {bay} in the car park under the building - give your name at the barrier intercom and they'll let you in. Lift to level {floor} and reception will ring up to us.

If you'd rather come by public transport, it's about a six minute walk from {station}.

No need to reply, see you then!
{colfirst}

{colleague}
Office Manager | {company}
{office_addr}, {city}""",
)

fam(
    "any",
    "{company} Recruiting <no-reply@ashbyhq.com>",
    ["Your interview schedule for {ev_weekday}", "Your onsite at {company}: schedule"],
    """\
Hi {first},

Here's your schedule for {ev_weekday}, {ev_date_short}. All times are {ev_tz}.

{t1} – {t2}   Welcome + coffee              {recruiter}
{t2} – {t3}   Technical deep dive           {contact}
{t3} – {t4}   Lunch with the team
{t4} – {t5}   Working together / values     {colleague}
{t5} – {t6}   Close-out with recruiting     {recruiter}

Address: {office_addr}, {city}. Check in at the ground floor desk; they'll have your name.

Dress is casual. Lunch is on us, and {rfirst} already has your dietary notes from the form.

See you soon,
{company} Recruiting

Powered by Ashby""",
    headers=AUTO,
)

fam(
    "any",
    "Calendly <notifications@calendly.com>",
    [
        "Updated: {company} – {role} Hiring Manager Chat with {contact}",
        "Rescheduled: {cfirst} <> {first} on {ev_date_short}",
    ],
    """\
Hi {cand},

Your event has been rescheduled.

Event type: {company} – {role} Hiring Manager Chat
Former: {was_time} - {was_date_long}
Updated: {ev_time} - {ev_date_long} ({tz_name})
Invitee: {cand}
Invitee email: {cand_email}
Location: This is a Google Meet web conference. Join now {meet_url}

Reschedule reason: "{resched_reason}"

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{tok24}
Reschedule: https://calendly.com/reschedulings/{tok24}

Powered by Calendly.com""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{company} – {role} Hiring Manager Chat",
        "location": "Google Meet",
        "url": "{meet_url}",
    },
    pick={
        "resched_reason": [
            "clash with a dentist appointment, sorry!",
            "Moving house that day, apologies",
            "my current team moved our release, really sorry",
            "childcare fell through",
        ]
    },
)

fam(
    "uk",
    "{agent} <{agent_email}>",
    ["Confirmed - {company} 2nd stage, {ev_weekday} {ev_time}", "{company} on {ev_weekday} - few pointers"],
    """\
Hi {first},

As discussed on the phone, you're confirmed for the second stage with {company} on {ev_weekday} at {ev_time}. It'll be {contact} ({contact_title}) and someone from their finance team.

A few pointers from candidates I've sent them before:
- They will go into month-end close in some detail, so have a real example ready
- {cfirst} likes people who ask about the team, not just the role
- It's smart casual. Don't overthink it

Address is {office_addr}, {city}; ask for {cfirst} at reception.

Give me a bell afterwards and let me know how it went - I'll chase them for feedback the same day.

Good luck!

{agent}
Senior Consultant, Accountancy & Finance
{agency}
M: {agent_phone}""",
)

fam(
    "uk",
    "NHS Jobs <no-reply@jobs.nhs.uk>",
    ["Interview booking confirmed - {nhs_ref}", "You have booked an interview: {nhs_role}"],
    """\
Dear {cand},

You have booked an interview for the following job:

Job title: {nhs_role}
Job reference: {nhs_ref}
Employer: {trust}

Interview date: {ev_date_long}
Interview time: {ev_time}
Interview location: {trust_site}

If you need to change or cancel your interview, sign in to your NHS Jobs account. Do not reply to this email - this mailbox is not monitored.

Thank you,
NHS Jobs

This email was sent from an automated system.""",
    headers=AUTO,
    pick={
        "trust": [
            "Tyneside and Wear NHS Foundation Trust",
            "South Glamorgan University Health Board",
            "Nottingham Community Health NHS Trust",
            "Berkshire West Hospitals NHS Foundation Trust",
        ],
        "nhs_role": [
            "Staff Nurse - Band 5 - Acute Medicine",
            "Clinical Pharmacist - Band 7",
            "Medical Secretary - Band 4",
            "Physiotherapist - Band 6 - Rotational",
        ],
        "trust_site": [
            "Education Centre, Room 3, Level 2",
            "Microsoft Teams (link to follow from the department)",
            "Trust Headquarters, Boardroom B",
        ],
    },
)

fam(
    "any",
    "Google Calendar <calendar-notification@google.com>",
    "Daily agenda for {cand_email} for {msg_weekday_short} {msg_md}",
    """\
{cand}
Daily agenda for {msg_weekday_short} {msg_md}

{a1}  Gym (Push day)
{a2}  {company} - {role} technical interview (round 2)
        {meet_url}
{a3}  Call {mum_name}
All day  {allday}

Invitation from Google Calendar
You are receiving this email at the account {cand_email} because you are subscribed to daily agendas on calendar {cand}.
To stop receiving these emails, go to https://calendar.google.com/calendar/ and change your notification settings for this calendar.""",
    headers=AUTO,
    ev_days=0,
    pick={
        "mum_name": ["Mum", "Amma", "Mom", "Nani", "Dad"],
        "allday": ["Bin day", "Rent due", "Ade's birthday", "Library books due"],
    },
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Preparing for your {company} interview loop", "What to expect on {ev_weekday}"],
    """\
Hi {first},

You're all set for {ev_weekday}, so this is just the "what to expect" note I send everyone. Nothing you need to do with it.

THE FORMAT
Four conversations of 45 minutes with short breaks in between. Each interviewer owns one area, so you won't be asked the same thing twice.

THE PANEL
• {contact} - {contact_title}
• {colleague} - Staff {role}
• {other} - Product
• Me, to close out

HOW WE ASSESS
We look for clear reasoning over the "right" answer. Talking through trade-offs out loud helps us a lot. Using real examples from your work is great; using STAR is optional.

ACCESSIBILITY
If you'd like any adjustments (extra time, captions, breaks), tell me any time before the day.

Best of luck, and enjoy it!
{rfirst}

{recruiter} | Recruiting Coordinator | {company}""",
)

fam(
    "any",
    "Navan <trips@navan.com>",
    ["Itinerary: {city1} trip booked for you by {company}", "Your trip to {city1} is confirmed"],
    """\
Your trip is booked

This trip was booked for you by {recruiter} at {company}.
Purpose: Candidate interview
Trip ID: {ref}

FLIGHT
{eve_weekday}, {eve_date_short} · {airline} {flight_no}
Departs {fl_dep} · Arrives {city1} {fl_arr}
Confirmation: {pnr} · Economy · 1 checked bag

HOTEL
{hotel}, {city1}
Check-in {eve_date_short} · Check-out {ev_date_short} · Paid by {company}

Ground transport is not included. Keep your taxi receipts; {company} will reimburse them.

View trip: https://app.navan.com/trips/{tok16}

Navan, Inc. · 3045 Park Blvd, Palo Alto, CA 94306""",
    headers=AUTO,
    pick={
        "airline": ["Air Canada", "Delta", "Qantas", "Lufthansa", "IndiGo", "British Airways"],
        "hotel": ["Hotel Indigo", "Novotel City Centre", "The Hoxton", "Holiday Inn Express", "Citadines"],
        "fl_dep": ["06:40", "07:15", "08:05"],
        "fl_arr": ["09:20", "10:45", "11:10"],
    },
)

fam(
    "us|uk|au|eu|sg|ca",
    "{recruiter} <{recruiter_email}>",
    ["Interview expenses - {company}", "Re: travel for the final round"],
    """\
Hi {first},

Thanks again for making the trip over for your final round on {old_weekday}. As promised, here's how to claim back your travel costs.

1. Fill in the candidate expense form: https://forms.{domain}/candidate-expenses
2. Attach photos of your receipts (train/flight, taxis, meals up to {meal_cap} a day)
3. Add your bank details - payments go out within 10 working days

If anything's unclear just reply here and I'll sort it.

Cheers,
{rfirst}
{recruiter}
Talent Coordinator, {company}""",
    pick={"meal_cap": ["{cur}40", "{cur}50", "{cur}35"]},
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Your CoderPad for {ev_weekday}", "Pairing session link ({ev_weekday} {ev_time})"],
    """\
Hey {first},

Sending the pad link for {ev_weekday}'s pairing session with {cfirst} now so it's not buried on the day:

https://app.coderpad.io/{pad}

There's no need to open it before {ev_weekday} - it'll be blank until {cfirst} joins. You can use whichever language you're comfortable with. The Zoom link is the same one that's already on your calendar invite.

Any q's, ping me.

{rfirst}""",
    pick={"pad": ["J7XKQ2MC", "H3PW9RZN", "AQ4M7TLE", "K9D2VWXS"]},
)

fam(
    "any",
    "Calendly <notifications@calendly.com>",
    [
        "Canceled: {role} Intro Call between {contact} and {cand}",
        "Canceled: {company} screening call on {ev_date_short}",
    ],
    """\
Hi {cand},

The event below has been canceled.

Event type: {role} Intro Call
Date/time: {ev_time} - {ev_date_long} ({tz_name})
Invitee: {cand}
Host: {contact}

Canceled by: {cand}
Reason for canceling: "{cancel_reason}"

Want to schedule a new time? You can do that here: https://calendly.com/{contact_slug}

Powered by Calendly.com""",
    headers=AUTO,
    pick={
        "cancel_reason": [
            "I've accepted another position, thank you for your time",
            "Withdrawing from the process - thanks so much",
            "Decided to stay in my current role for now. Sorry for the late notice!",
        ]
    },
)

fam(
    "any",
    "{contact} <{contact_email}>",
    "Automatic reply: {role} - {cand}",
    """\
Thank you for your email. I am out of the office from {old_date_short} to {ev_date_short} with limited access to email.

If your message is about an interview that is already scheduled, please go ahead as planned - the interview panel has all the details. For anything urgent, please contact {recruiter} at {recruiter_email}.

Kind regards,
{contact}
{contact_title} | {company}""",
    headers=AUTOREPLY,
)

fam(
    "any",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    ["Delivery Status Notification (Failure)", "Undeliverable: Thank you - {role} interview"],
    """\
** Address not found **

Your message wasn't delivered to {bounce_addr} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. {tok16} - gsmtp

----- Original message -----
Subject: Thank you - {role} interview
To: {bounce_addr}""",
    headers=AUTO,
    pick={
        "bounce_addr": [
            "{cfirst_lower}@{domain}",
            "{cfirst_lower}.{clast_lower}@{domain2}",
            "careers@{company_slug}.co",
        ]
    },
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Read: Application - {role} - {cand}", "Read: Re: {role} interview availability"],
    """\
Your message

  To: {contact}
  Subject: Application - {role} - {cand}
  Sent: {old_weekday}, {old_date_short} {old_time}

was read on {msg_weekday}, {msg_date_short} {msg_time}.""",
    headers=AUTO,
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    [
        "Recall: Interview invitation - {role}",
        '{recruiter} would like to recall the message, "Next steps - {role}"',
    ],
    """\
{recruiter} would like to recall the message, "Interview invitation - {role}".""",
)

# ---- B. The candidate's OWN sent mail -------------------------------------------------------------------

fam(
    "any",
    "{cand} <{cand_email}>",
    ["quick update + a question", "where things are at", "Re: how's the search going?"],
    """\
Hi {mentfirst},

Promised I'd keep you posted, so here's the scoreboard:

- {company}: offer came through on {old_weekday}! {sal_lo} base, hybrid. They want an answer by {dl_date_short}.
- {company2}: rejected after the final round. They said it was close, which is both nice and annoying.
- {company3}: one more interview (with the VP) next week.

Honest question: is it mad to ask {company} for a few extra days so I can finish with {company3}? I don't want to lose the offer, but {company3} is the one I'd actually pick.

No rush, whenever you have a minute. And thank you again for the mock interviews, the system design one genuinely saved me.

{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Thank you for the referral!", "Re: {company} referral", "{company} - thanks again"],
    """\
Hey {ffirst},

Just wanted to say a massive thank you for referring me to {company}. I had my first interview with {cfirst}'s team this morning and it went really well I think - they were lovely, and the problem they gave me was the kind of thing we used to do at {company2}.

They said they'd let me know about next steps by the end of the week, so fingers crossed. Either way I owe you a drink (or three).

{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Interview request - {role}", "Re: {company} - availability"],
    """\
Hi {rfirst},

Thanks for getting back to me. Here's my availability for the next few days (all {my_tz}):

Mon: 10:00 - 12:00
Tue: after 14:00
Wed: any time except 11-12
Thu: before 10:00

One thing to check - you mentioned the panel is in {their_city}. Could you confirm whether the times you send will be in their time or mine? I once turned up an hour early to an interview because of that and I'd rather not repeat it!

Best,
{first} {last}
{cand_phone}""",
    pick={
        "my_tz": ["UK time", "IST", "CET", "Eastern", "Sydney time"],
        "their_city": ["Toronto", "Dublin", "Singapore", "Austin", "Berlin"],
    },
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Not a job ad, I know", "Speculative application - {role2}", "{role2} - any room for one more?"],
    """\
Hi {cfirst},

I know you're not advertising, so I'll keep this short.

I've been following {company} since your talk at {conf} on rebuilding the pricing engine, and I think I could help. For the last four years I've been a {role2} at {company2}, where I cut our month-end reporting time from nine days to three and led the migration off spreadsheets.

If there's ever a gap on the team, I'd love to be considered. My CV is attached, and my portfolio is at {portfolio}.

Thanks for reading this far.

{cand}
{cand_phone}""",
    pick={
        "conf": ["DataCon", "PyData", "the Fintech Summit", "LeadDev", "a Women Who Code meetup"],
        "portfolio": [
            "{cand_first_lower}.dev",
            "github.com/{cand_first_lower}{digits2}",
            "behance.net/{cand_first_lower}",
        ],
    },
)

fam(
    "any",
    "{cand} <{cand_email}>",
    [
        "Re: {role} take-home",
        "Question about the deadline for the exercise",
        "Re: Technical exercise - {company}",
    ],
    """\
Hi {rfirst},

Thanks for sending the exercise over. I've had a read and it looks like a fun one.

Would it be possible to have until {dl_weekday} instead of {ev_weekday}? I'm in the last week of a release at my current job and I'd like to give it a proper go rather than rush it late at night. Completely understand if the timeline is fixed - in that case I'll make it work.

Thanks,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Resignation", "Resignation - {cand}", "Letter of resignation"],
    """\
Hi {mfirst},

Following our chat this morning, I'm writing to formally give notice of my resignation from my role as {role2} at {company2}. As we discussed, I've accepted an offer from another company, and my last day will be {notice_date_long} in line with my notice period.

I want to say how much I've appreciated working for you. I've learned a huge amount, especially over the last year, and I'll do everything I can to hand over properly - I'll start a handover doc this week.

Thank you,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Offer - {role}", "Re: Your offer from {company}"],
    """\
Hi {cfirst},

Thank you for the time you and the team spent on this, and for going back to the budget holders for me.

I've thought hard about it over the weekend. The gap between the revised {sal_lo} and where I'd need to be is still too big for me to make the move, so I'm going to decline.

This isn't a reflection on the team or the work - I'd have genuinely enjoyed it. If things change on your side in the future, I'd be glad to hear from you.

Best wishes,
{first} {last}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Next steps", "pls take me out of the process", "Re: {role} - final round"],
    """\
Hi {rfirst} - quick one, sorry to do this by email. My current company came back with a counteroffer and I've decided to stay, so please take me out of the process for the {role} role. Thanks for everything, you've been great to deal with.

{first}

Sent from my iPhone""",
)

fam(
    "in",
    "{cand} <{cand_email}>",
    [
        "Regarding interview result",
        "Request for feedback of interview",
        "Regarding my application for {role}",
    ],
    """\
Dear Sir/Madam,

Greetings of the day.

I have received the mail that I am not selected for the position of {role} after the technical round held on {old_date_short}. Kindly can you share the reason for the same, so that I can improve myself in the areas where I was lacking. It will be very helpful for my future interviews.

Also please let me know if I can apply again for any other suitable opening in {company} after some months.

Thanking you,

Yours sincerely,
{cand}
Mob: {cand_phone}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["which one??", "help me decide", "ok I need your brain"],
    """\
ok so. BOTH of them came back today 😭

{company}: {sal_lo}, fully remote, boring product but the team seemed lovely
{company2}: {sal_hi}, 3 days in office, way more interesting work, the manager was a bit intense in the interview

I was so sure I'd get rejected by {company2} after that last round that I didn't even think about this. which would you pick?? call me tonight if you can, I have to tell them by {dl_weekday}

x""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Heads up - reference call", "You might get a call from {company}", "Reference - thank you!"],
    """\
Hi {mentfirst},

Hope all's well at {company2}! A quick heads up: I'm in the final stages for a {role} role at {company}, and I've given your name as a reference. Their recruiter, {recruiter}, may email or call you in the next week or so.

If it's helpful, the things they seem most interested in are how I handled the vendor migration and working with the ops team.

Thanks so much for doing this - I really appreciate it.

{first}""",
)

fam(
    "in",
    "{cand} <{cand_email}>",
    ["Re: Walk-in Interview - {role}", "Confirmation of attendance", "Re: Interview schedule"],
    """\
Respected Sir/Madam,

With reference to your mail, I will attend the interview on {ev_date_short} at {ev_time} at your {city1} office as scheduled. I will carry my updated resume, ID proof and all original certificates.

Thanking you for the opportunity.

Regards,
{cand}
{cand_phone}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Checking in - {role}", "Re: Final interview - {role}", "any news?"],
    """\
Hi {rfirst},

Hope your week's going well. When we spoke after the final round on {old_date_short} you mentioned the team was hoping to decide within a few days, so I thought I'd check in.

I'm still very keen on the role. I also have another process moving fairly quickly, so any sense of timing would really help me plan.

Thanks so much,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: {role} opportunity at {company}", "Re: Quick chat?", "Re: Open to a conversation?"],
    """\
Hi {afirst},

Thanks for reaching out - yes, happy to hear more. I'm not actively looking but this sounds close to what I'd want next.

Tuesday after 4 or any time Thursday morning works for a call. My CV is attached so you've got the latest version, and my number is {cand_phone}.

Cheers,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Thank you - {role} final round", "Thank you for today", "Following up on today's panel"],
    """\
Dear {contact}, {colleague} and {other},

Thank you all for your time this afternoon. I appreciated how openly you talked about the challenges ahead - particularly the backlog of legacy contracts, which sounds like exactly the kind of problem I enjoy untangling.

{colfirst}, I've been thinking more about your question on prioritising competing requests. I'd add one thing to my answer: I'd want to agree a single intake process with the business leads in the first month, because otherwise the loudest request wins.

Thanks again. I'm very interested in the role and look forward to hearing from you.

Kind regards,
{cand}""",
)

# ---- C. Cold outreach to people who did not apply ------------------------------------------------------

fam(
    "in",
    "{agent} <{agent_email}>",
    ["Opening for {role} - {company} (Contract to Hire) - {city1}", "Tried calling you - {role} requirement"],
    """\
Hi {first},

Tried reaching you on your mobile but it was not reachable, hence this mail.

We have an opening for {role} with our esteemed client {company} for their {city1} location. Your profile on Naukri looks suitable for the same.

Mode: Contract to Hire (C2H) - Payroll of {agency}
Exp: 4 to 9 yrs
Budget: up to {sal_hi}
Notice: Immediate joiners / max 15 days preferred

If you are open for a change, kindly revert with your updated CV and a suitable time to call, so that we can take it forward. Also do refer your friends if they are looking for a change.

Thanks & Regards
{agent}
Sr. Recruiter | {agency}
{agent_phone} (WhatsApp also)""",
)

fam(
    "any",
    "Voicemail <voicemail-noreply@{carrier_domain}>",
    ["New voicemail from {agent_phone}", "Voicemail from {agent_phone} (0:{vm_secs})"],
    """\
You have a new voicemail.

From: {agent_phone}
Received: {msg_weekday} {msg_date_short}, {msg_time}
Length: 0:{vm_secs}

Transcription (may not be accurate):
"Hi {first}, it's {afirst} calling from {agency}. Um, I came across your profile and I'm working on a {role} role with a client of mine in {city1}, really interesting one, um, pays well, hybrid. Would love to tell you a bit more about it if you're open to it. You can reach me on this number or just drop me a line. Thanks, bye."

Listen to the full message in the app or dial 121.""",
    headers=AUTO,
    pick={
        "carrier_domain": ["vodafone.co.uk", "telstra.com.au", "rogers.com", "visualvoicemail.t-mobile.com"],
        "vm_secs": ["34", "41", "52", "28"],
    },
)

fam(
    "any",
    "{contact} via LinkedIn <inmail-hit-reply@linkedin.com>",
    ["{cfirst} sent you a new message", "{first}, {cfirst} wants to connect about a role at {company}"],
    """\
{contact}
Co-founder & CEO at {company}

Hey {first} 👋 founder of {company} here. We're 7 people, just raised our seed, and we're building {pitch}.

I saw your work on {thing} and honestly it's the exact problem we keep bumping into. Not sure if you're looking at all, but I'd love to show you what we're building - no pitch deck, just a demo and a chat.

If you're up for it, grab any 20 min slot here: https://cal.com/{contact_slug}/20min

Either way, keep shipping!
{cfirst}

Reply  |  Not interested

This is a sponsored InMail. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
    pick={
        "pitch": [
            "a copilot for freight brokers",
            "billing infrastructure for clinics",
            "open-source tooling for data contracts",
            "an inspection app for construction sites",
        ],
        "thing": [
            "that open-source scheduler",
            "your conference talk on event sourcing",
            "the dbt package you maintain",
            "your blog post on offline-first mobile apps",
        ],
    },
)

fam(
    "any",
    "{agent} <{agent_email}>",
    ["Closing the loop", "Should I close your file?", "Last note from me"],
    """\
Hi {first},

I've reached out a few times about the {role} opportunity with my client and haven't heard back, so I'll assume the timing isn't right and close your file on my side for now.

If anything changes, my door is always open - my details are below.

All the best,
{agent}
{agency} | {agent_phone}""",
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["[First Name], quick question", "FIRSTNAME - {role} at {company}?", "Hi [First Name] - open to a chat?"],
    """\
Hi [First Name],

I came across your profile and was really impressed by your experience at [Current Company]. We're growing the {role} team at {company} and I think your background in [Skill] would be a great fit.

Would you be open to a quick 15-minute call next week to learn more? If now isn't the right time, no worries at all - just reply "not now" and I won't follow up.

Best,
{rfirst}

{recruiter}
{contact_title}, {company}

Sent with Gem · Unsubscribe from future emails: https://unsub.gem.com/{tok16}""",
    headers={"List-Unsubscribe": "<https://unsub.gem.com/{tok16}>"},
)

fam(
    "eu",
    "{agent} <{agent_email}>",
    ["Your profile on XING - {role} in {city1}", "Interesting position for you - {role} (m/w/d)"],
    """\
Dear Mr./Ms. {last},

I hope this message finds you well. My name is {agent}, I am personnel consultant at {agency} and I am contacting you because your profil on XING is matching very good with a position of my client, a medium-sized company in the region of {city1}.

The position: {role} (m/w/d), permanent, 30 days holiday, hybrid (2 days home office), salary depending on experience up to {sal_hi}.

Of course our service is for you free of charge and I will treat your data strictly confidential.

If you are interested, I am pleased to receive your CV or you can tell me a date for a short phone call.

With kind regards
{agent}
Personalberater
{agency}
Tel. {agent_phone}""",
)

fam(
    "any",
    "{company} Careers <talent@{domain}>",
    ["You're invited: join the {company} Talent Community", "{first}, stay in touch with {company}"],
    """\
Hi {first},

We'd love to invite you to join the {company} Talent Community.

It's not a job application - it's a way for us to stay in touch with great people, even when the timing isn't quite right. Members hear about new roles before they're posted, get invites to our tech talks and open evenings, and can set alerts for the teams they care about.

Join in one click: https://careers.{domain}/talent-community?src=email&c={tok6}

Already a member? You can ignore this email.

The {company} Talent Acquisition Team

You are receiving this email because you attended a {company} event or connected with one of our recruiters. Unsubscribe: https://careers.{domain}/unsubscribe/{tok16}""",
    headers=bulk("<https://careers.{domain}/unsubscribe/{tok16}>", list_id="<talent.{domain}>"),
)

fam(
    "us",
    "{agent} <{agent_email}>",
    ["open to new opportunities?", "{role} - remote - {sal_hi}", "quick q"],
    """\
Hi {first}, are you open to new opportunities? I have a {role} role paying up to {sal_hi}, fully remote, great benefits. Let me know if you'd like details!

{afirst}
{agency}

Sent from my iPhone""",
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["We'd love to have you back", "Hello again from {company}", "A boomerang? 🪃"],
    """\
Hi {first},

It's been a while! I'm reaching out because our alumni list showed you left {company} back in {alum_year}, and a lot has changed since then: new leadership in {dept}, a proper hybrid policy, and the platform you used to complain about has finally been retired 😄

We've got a {role} opening that I think would suit you, and ex-employees skip the first screening step. No pressure whatsoever - but if you're curious, I'd be happy to catch up informally.

Warmly,
{rfirst}
{recruiter} | Talent Acquisition | {company}""",
    pick={
        "alum_year": ["2021", "2022", "2019", "2023"],
        "dept": ["Engineering", "Finance", "Operations", "Product"],
    },
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Your PR to {oss} caught my eye", "{oss} + {company}", "Saw your work on {oss}"],
    """\
Hi {first},

I'm an engineering manager at {company} (not a recruiter, promise). I was reading through the {oss} changelog last night and your PR that rewrote the retry handling is one of the cleanest bits of code I've seen in a while. We run {oss} in production and that fix saved us a headache.

I'm hiring for a {role} on my team. I have no idea whether you're looking, and it's fine if you're not. If you're even slightly curious, would you be up for a 20-minute call sometime next week? I'll tell you honestly what's good and bad about working here.

Either way, thanks for the fix.

{cfirst}

--
{contact}
Engineering Manager, {company}""",
    pick={
        "oss": [
            "celery",
            "httpx",
            "Apache Airflow",
            "pandas",
            "Terraform AWS provider",
            "React Native Firebase",
        ]
    },
)

fam(
    "us",
    "{agent} <{agent_email}>",
    ["RTR - {role} - {company} - Please confirm", "Right to Represent: {role} ({client_city})"],
    """\
Hi {first},

Thanks for your time on the phone. As discussed, please reply to this email with the below statement so we can represent you for this position with our client. We will not submit your profile anywhere without your written consent.

-----
I, {cand}, authorize {agency} to represent me exclusively for the {role} position at {company} (Req #{req_no}), {client_city}, at a rate of {rate}/hr on W2. I confirm I have not been submitted to this position by any other agency in the last 90 days.
-----

Thanks,
{agent}
Technical Recruiter | {agency}
{agent_phone}""",
    pick={
        "client_city": ["Dallas, TX", "Charlotte, NC", "Jersey City, NJ", "Remote (US)"],
        "rate": ["$62", "$70", "$58", "$75"],
        "req_no": ["41877", "JPC-2231", "88014", "R-10452"],
    },
)

# ---- D. Platform mail, newsletters, tools and marketing -------------------------------------------------

fam(
    "any",
    "Blind <digest@teamblind.com>",
    ["Trending on Blind: “Rejected after 6 rounds”", "Your Blind digest: offers, layoffs and TC"],
    """\
TRENDING IN YOUR FEED

Rejected after 6 rounds at a FAANG. What did I do wrong?
"Got the email this morning: 'we've decided not to move forward at this time'. Recruiter won't give feedback..."
💬 214 · 👍 388

Offer from {company} vs {company2} - which one?
"{company}: {sal_lo} base + RSUs. {company2}: {sal_hi} + bonus. YOE 5. Help me decide"
💬 97 · 👍 52

Is it normal to wait 3 weeks after final interview?
"HR said they'd reach out 'soon'. Ghosted or still in the process?"
💬 61 · 👍 40

Open the app to see more → https://www.teamblind.com/digest/{tok16}

You're receiving this because you signed up for Blind. Unsubscribe: https://www.teamblind.com/unsubscribe?t={tok16}""",
    headers=bulk("<https://www.teamblind.com/unsubscribe?t={tok16}>", list_id="<digest.teamblind.com>"),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "Reddit <noreply@redditmail.com>",
    [
        "“Finally got an offer after 247 applications” - r/{sub}",
        "r/{sub}: Got my first rejection after a final round, how do you cope?",
    ],
    """\
Popular posts from your communities

r/{sub} · 6h
Finally got an offer after 247 applications, 19 interviews and 2 take-home projects
"Posting this for anyone who's where I was in January. Spreadsheet in the comments..."
4.1k upvotes · 612 comments

r/{sub} · 1d
They sent me a rejection 4 minutes after the interview ended
"I hadn't even closed the Zoom tab."
2.3k upvotes · 288 comments

r/recruitinghell · 12h
"We'd like to invite you to complete a 4-hour assessment" for an entry-level role
1.8k upvotes · 401 comments

View more posts → https://www.reddit.com/r/{sub}/

This email was intended for u/{handle}. Unsubscribe from these emails: https://www.reddit.com/settings/emails?t={tok16}""",
    headers=bulk("<https://www.reddit.com/unsubscribe/{tok16}>"),
    tz="UTC",
    pick={
        "sub": ["cscareerquestions", "jobs", "cscareerquestionsEU", "UKJobs", "auscorp"],
        "handle": ["quiet_kettle_88", "{cand_first_lower}_codes", "throwaway_jobhunt24", "soft-pretzel-9"],
    },
)

fam(
    "any",
    "Levels.fyi <newsletter@levels.fyi>",
    ["New offers this week: {role} in {city1}", "📈 This week's highest {role} offers"],
    """\
LEVELS.FYI WEEKLY

Fresh offers submitted this week for roles like yours

{company} · {role} · {city1}
Base {sal_lo} · Bonus 10% · Stock 4yr vest · Offer date {old_date_short}

{company2} · Senior {role} · Remote
Base {sal_hi} · Signing bonus included · Offer date {msg_date_short}

{company3} · {role} · {city2}
Offer rescinded after acceptance (reported by user)

Negotiation tip of the week: never give the first number. When a recruiter asks for your expectations, ask what the approved band is.

See all offers → https://www.levels.fyi/offers/?utm_source=newsletter
Unsubscribe: https://www.levels.fyi/unsubscribe/{tok16}""",
    headers=bulk("<https://www.levels.fyi/unsubscribe/{tok16}>"),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "Simplify <team@simplify.jobs>",
    ["Your week: {n_small} applications submitted with Simplify", "{first}, here's your job search recap"],
    """\
Hi {first},

Here's your week in job hunting:

✅ Applications submitted with Copilot: {n_small}
👀 Applications viewed by companies: 2
🗓️ Interviews you've tracked: 1
🎉 Offers: 0 (yet!)

Your latest applications
• {role} at {company} - Applied {old_date_short}
• {role2} at {company2} - Applied {msg_date_short}

Keep your tracker up to date so we can remind you to follow up. Tip: if you haven't heard back in 10 days, a short, polite follow-up can make a difference.

Open your tracker → https://simplify.jobs/tracker
You're receiving this because you have a Simplify account. Unsubscribe: https://simplify.jobs/unsubscribe/{tok16}""",
    headers=bulk("<https://simplify.jobs/unsubscribe/{tok16}>"),
    tz="America/New_York",
)

fam(
    "in",
    "Udemy <no-reply@e.udemymail.com>",
    ["⏰ Ends tonight: interview prep courses from ₹449", "{first}, your next offer starts here"],
    """\
Hi {first},

Ace your next interview. Courses from ₹449 - sale ends tonight at midnight.

Recommended for you
• Master the Coding Interview: Data Structures + Algorithms  ★4.6
• The Complete Salary Negotiation Course: Get the Offer You Deserve  ★4.5
• Behavioural Interview Prep: STAR Answers That Land  ★4.4
• SQL Interview Questions - 150+ Solved  ★4.7

Shop the sale → https://www.udemy.com/deals/{tok6}

This offer is valid for new purchases only and cannot be combined with other offers.

You're receiving this email because you signed up for promotional emails from Udemy. Unsubscribe: https://www.udemy.com/user/edit-notifications/?t={tok16}
Udemy, Inc., 600 Harrison Street, 3rd floor, San Francisco, CA 94107""",
    headers=bulk("<https://www.udemy.com/user/unsubscribe/{tok16}>", list_id="<promo.udemymail.com>"),
)

fam(
    "any",
    "HackerRank <noreply@hackerrank.com>",
    ["Your interview prep kit is waiting", "{first}, 30 Days of Code starts Monday"],
    """\
Hi {first},

Hiring season is here. Companies around the world use HackerRank to assess developers - so the best way to prepare is to practise in the same environment.

This week on HackerRank
• Interview Preparation Kit: 69 challenges curated by hiring managers
• 30 Days of Code: one problem a day, starts Monday
• New: mock interviews with AI feedback (beta)

Start practising → https://www.hackerrank.com/interview/interview-preparation-kit

You are receiving this because you created a HackerRank account. This is a marketing email; it is not a test from an employer.
Manage preferences: https://www.hackerrank.com/settings/email?t={tok16}""",
    headers=bulk("<https://www.hackerrank.com/unsubscribe/{tok16}>", list_id="<community.hackerrank.com>"),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "{fair_name} <noreply@vfairs.com>",
    ["Registration confirmed: {fair_name}", "You're registered! {fair_name} on {ev_date_short}"],
    """\
Hi {first},

Thank you for registering for the {fair_name}. Your spot is confirmed.

Date: {ev_date_long}
Time: {ev_time} – 4:00 PM ({ev_tz})
Where: online - log in with the email you registered with

On the day you can visit {n_mid} employer booths, drop your CV, join live chats with recruiters and attend on-the-spot interviews where employers offer them.

Before the event:
1. Upload your CV to your profile
2. Browse the exhibitor list and bookmark the booths you want to visit

Event link: https://{fair_slug}.vfairs.com/en/login

See you there!
The {fair_name} team""",
    headers=AUTO,
    pick={
        "fair_name": [
            "Virtual Tech Careers Fair",
            "Graduate Hiring Expo",
            "Healthcare Careers Day (Online)",
            "Diversity in Tech Job Fair",
        ]
    },
)

fam(
    "in",
    "Naukri <noreply@naukri.com>",
    ["Your application was viewed by the recruiter", "Application status: Viewed | {role}"],
    """\
Hi {first},

Recruiter activity on your application

{role}
{company} | {city1} | 3-6 Yrs

Status: Viewed by recruiter on {msg_date_short}

What next? Recruiters usually get in touch within a few days if your profile is shortlisted. Keep your phone reachable and your profile updated.

Similar jobs you may like
• {role} - {company2} - {city1}
• Senior {role} - {company3} - Remote

Regards,
Team Naukri.com

You have received this mail because you applied on Naukri.com. Manage notifications: https://www.naukri.com/mnjuser/settings""",
    headers=AUTO,
)

fam(
    "au",
    "SEEK <noreply@s.seek.com.au>",
    ["What do {role}s earn in {city1}?", "Salary insights: {role}"],
    """\
Hi {first},

Know your worth before your next interview

{role} salaries in {city1}
Typical range: {sal_lo} – {sal_hi}
Based on {n_big} job ads on SEEK in the last 12 months.

How to answer "What are your salary expectations?"
Give a range, not a number, and anchor it to the market data above. If a recruiter pushes, ask what's been budgeted for the role.

Read more career advice → https://www.seek.com.au/career-advice

You're receiving this because you subscribed to SEEK career advice emails. Unsubscribe: https://www.seek.com.au/unsubscribe?t={tok16}
SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121""",
    headers=bulk("<https://www.seek.com.au/unsubscribe?t={tok16}>", list_id="<careeradvice.seek.com.au>"),
)

fam(
    "any",
    "{writer} from {newsletter} <{newsletter_slug}@substack.com>",
    ["Why I turned down a {sal_hi} offer", "The rejection email that changed how I interview"],
    """\
{newsletter}
Issue #{issue}

Why I turned down a {sal_hi} offer

Three weeks ago I got the call every job seeker waits for: "We'd love to offer you the role." I said no two days later. Here's why, and the spreadsheet I used to decide.

1. The interview told me more than the offer did. Four rounds, and nobody could explain what success looked like in six months.
2. The rejection I got from my first choice was kinder than the offer from my second. That tells you something about culture.
3. I asked to speak to someone who'd left the team. They said yes, and that conversation made the decision for me.

Keep reading → https://{newsletter_slug}.substack.com/p/why-i-turned-down

You're on the free list for {newsletter}. Unsubscribe: https://{newsletter_slug}.substack.com/action/disable_email?token={tok16}""",
    headers=bulk(
        "<https://{newsletter_slug}.substack.com/action/disable_email?token={tok16}>",
        list_id="<{newsletter_slug}.substack.com>",
    ),
    tz="UTC",
    pick={
        "writer": ["Maya Ferreira", "Tunde Okonkwo", "Lars Eriksen", "Anjali Rao"],
        "newsletter": ["The Career Ladder", "Offer Season", "Working Notes", "The Hiring Room"],
        "issue": ["41", "112", "78", "9"],
    },
)

fam(
    "any",
    "Apple Podcasts <no_reply@email.apple.com>",
    ["New episode: “From 200 rejections to 3 offers” - {podcast}", "{podcast}: a new episode is available"],
    """\
{podcast}
New Episode

From 200 rejections to 3 offers, with {guest}
{ep_len} min · Explicit

{guest} spent eight months job hunting after a layoff. We talk about the interview that went wrong, why the rejection emails stopped hurting, and how she negotiated two offers against each other.

Listen now: https://podcasts.apple.com/podcast/id{digits9}

You're receiving this email because you follow {podcast} on Apple Podcasts. Manage notifications in Settings.""",
    headers=bulk("<https://podcasts.apple.com/unsubscribe/{tok16}>", precedence=False),
    tz="America/Los_Angeles",
    pick={
        "podcast": ["Career Therapy", "The Job Hunt Diaries", "Hired & Fired", "Second Round"],
        "guest": ["Priya Varma", "Dana Whitfield", "Chiara Conti", "Ife Adebayo"],
        "ep_len": ["42", "51", "38"],
    },
)

fam(
    "any",
    "YouTube <noreply@youtube.com>",
    ["{channel} just uploaded a video", "New from {channel}: Mock {role} Interview (with feedback)"],
    """\
{channel} just uploaded a video

Mock {role} Interview with a Hiring Manager (real feedback, no edits)
{vid_len}

In this mock interview, an ex-{bigco} hiring manager interviews a candidate for a {role} role and then explains exactly where they would have rejected them - and what would have got them the offer.

WATCH → https://www.youtube.com/watch?v={tok11}

You're getting this email because you subscribed to notifications for {channel}. Unsubscribe: https://www.youtube.com/subscription_manager?t={tok16}
© {year} Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
    headers=bulk("<https://www.youtube.com/email_unsubscribe?t={tok16}>"),
    tz="America/Los_Angeles",
    pick={
        "channel": ["Career Clarity", "Interview Dojo", "The Hiring Bar", "Exponent"],
        "bigco": ["Amazon", "Google", "Meta", "Microsoft"],
        "vid_len": ["38:12", "24:57", "51:03"],
    },
)

fam(
    "us|uk|au|eu|sg|ca",
    "Eventbrite <noreply@order.eventbrite.com>",
    ["Your tickets for {workshop}", "Order confirmation: {workshop}"],
    """\
You're going to {workshop}!

Order #{digits9} · {ev_date_long}

{workshop}
{ev_weekday}, {ev_date_short} · {ev_time}
{venue}

1 x General Admission · {ticket_price}

Add to calendar · View event · Contact the organiser

We've attached your ticket as a PDF. You can also find it in the Eventbrite app.

This email was sent to {cand_email}.
Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103""",
    headers=AUTO,
    pick={
        "workshop": [
            "Interview Skills Workshop: Ace Your Next Interview",
            "Salary Negotiation Masterclass",
            "Career Changers: From Application to Offer",
        ],
        "venue": ["Central Library, Meeting Room 2", "Online event", "The Impact Hub, 2nd floor"],
        "ticket_price": ["Free", "{cur}15.00", "{cur}25.00"],
    },
)

fam(
    "any",
    "Otter.ai <no-reply@otter.ai>",
    ["Your meeting notes: {company} - {role} interview", "Summary ready: “{company} hiring manager chat”"],
    """\
Your conversation has been summarized

{company} - {role} interview
{old_weekday}, {old_date_short} · 46 min · 2 speakers

OVERVIEW
{contact} walked through the team's roadmap and asked about your experience with stakeholder reporting and the vendor migration. Compensation was discussed briefly; {cfirst} said the band is set for the level.

ACTION ITEMS
☐ {cfirst} to share feedback with the recruiter by end of week
☐ Recruiter to follow up on next steps (final round or decision)
☐ Send thank-you note

View full transcript → https://otter.ai/u/{tok16}

Otter.ai, Inc. · Mountain View, CA · Manage email settings""",
    headers=AUTO,
    tz="America/Los_Angeles",
)

fam(
    "any",
    "interviewing.io <hello@interviewing.io>",
    ["Your mock interview is booked", "Booked: mock system design interview on {ev_weekday}"],
    """\
You're booked!

Type: Mock system design interview (anonymous)
When: {ev_weekday}, {ev_date_short} at {ev_time} {ev_tz}
Interviewer: senior engineer at a FAANG company (you'll see their name after the session)

This is a practice session - nothing is shared with employers. You'll get written feedback within 24 hours.

Join link will appear in your dashboard 10 minutes before the start: https://interviewing.io/dashboard

Need to move it? Reschedule for free up to 12 hours before.

- the interviewing.io team""",
    headers=AUTO,
    tz="America/Los_Angeles",
)

fam(
    "any",
    "{coach} <hello@{coach_domain}>",
    [
        "3 rejection emails I've sent as a hiring manager",
        'What "we\'ve decided not to move forward" really means',
    ],
    """\
Hey friend,

I've written hundreds of rejection emails as a hiring manager. Here are three real ones (lightly edited), and what was actually going on behind each:

1. "Thank you for your interest. Unfortunately, we've decided to move forward with other candidates."
→ Translation: you were fine. Someone internal applied.

2. "After careful consideration, we will not be progressing your application at this time."
→ Translation: the role got frozen, but legal doesn't let us say that.

3. "We were really impressed, but we've offered the role to someone with more direct experience."
→ Translation: it was close. Reply and ask to be kept in mind - I've hired people six months later from exactly that email.

Next week: how to reply to a verbal offer without leaving money on the table.

{coach}
{coach_tagline}

You're getting this because you downloaded my interview cheat sheet. Unsubscribe any time: https://{coach_domain}/unsubscribe?s={tok16}""",
    headers=bulk("<https://{coach_domain}/unsubscribe?s={tok16}>", list_id="<newsletter.{coach_domain}>"),
    pick={
        "coach": ["Rachel from Hired Up", "Marcus Dale", "Coach Nneka", "Sam at The Career Edit"],
        "coach_tagline": [
            "Ex-recruiter, now on your side",
            "Career coach · 12 years in tech hiring",
            "Helping people get hired without the guesswork",
        ],
    },
)

fam(
    "us",
    "Indeed <no-reply@indeed.com>",
    ["Your interview with {company} is coming up", "Tips for your interview with {company}"],
    """\
Hi {first},

Your interview with {company} for {role} is coming up. Here are a few quick ways to prepare:

1. Research the company. Read their reviews on Indeed and look at recent news.
2. Practise your answers out loud - especially "Tell me about yourself."
3. Test your tech for video interviews 15 minutes early.
4. Prepare two or three questions to ask the interviewer.

Explore more interview tips → https://www.indeed.com/career-advice/interviewing

Good luck! We're rooting for you.
The Indeed Team

You received this email because you have an interview scheduled through Indeed. Manage email settings: https://www.indeed.com/settings""",
    headers=AUTO,
)

# ---- E. The same words outside job search ---------------------------------------------------------------

fam(
    "any",
    "Prof. {prof} <{prof_email}>",
    ["Re: Prospective PhD student - {cand}", "Re: PhD supervision enquiry"],
    """\
Dear {first},

Thank you for your email and for your interest in working with my group. Your project on {topic} is interesting, and your MSc results are strong.

Unfortunately I am not able to take on new PhD students for the {intake} intake - my group is full and my current funding ends in two years. I would suggest contacting Dr {colleague_prof}, whose work is close to what you describe.

I wish you the best of luck with your applications.

Best regards,
{prof}
Professor of {field}
{uni}""",
    pick={
        "prof": ["Helena Marsh", "Tomasz Zieliński", "Kwabena Owusu", "Ingrid Halvorsen"],
        "_combo": [
            {"topic": "low-resource speech recognition", "field": "Computer Science"},
            {"topic": "groundwater modelling", "field": "Environmental Engineering"},
            {"topic": "urban heat islands", "field": "Geography"},
            {"topic": "fairness in credit scoring", "field": "Statistics"},
        ],
        "uni": ["University of Edinburgh", "KU Leuven", "University of Toronto", "University of Melbourne"],
        "intake": ["September", "autumn 2026", "next year's"],
        "colleague_prof": ["Amara Eze", "Lucas Meyer", "Fiona Grant"],
    },
)

fam(
    "any",
    "Submittable <notifications@submittable.com>",
    ['Submission update: "{piece}"', "{mag} has updated the status of your submission"],
    """\
Hello {first},

{mag} has updated the status of your submission.

Submission: "{piece}"
Category: {category}
Status: Declined

A message from the editors:
"Thank you for trusting us with your work. We read every submission carefully, and while this piece was not the right fit for our pages, we hope you will submit again in a future reading period."

View your submissions: https://manager.submittable.com/submissions

Submittable · Missoula, MT""",
    headers=AUTO,
    tz="America/Denver",
    pick={
        "mag": ["The Harrow Review", "Salt & Lantern", "Northside Quarterly", "Paper Kite Magazine"],
        "piece": ["Inventory of a Kitchen", "What the Ferry Carries", "Three Winters", "Small Rooms"],
        "category": ["Poetry (up to 5 poems)", "Fiction", "Creative Nonfiction"],
    },
)

fam(
    "uk",
    "{lender} <mortgages@{lender_domain}>",
    ["Your mortgage offer is ready", "Good news - your mortgage offer has been issued"],
    """\
Dear {cand},

We're pleased to let you know that your mortgage offer has been issued.

Property: {street}, {city}
Loan amount: {mortgage_amt}
Term: 30 years
Product: 5 Year Fixed, {rate}%

We've sent a copy to your solicitor and your broker. Please read your offer carefully - it's valid for six months from today. There's nothing you need to do right now; your solicitor will be in touch about next steps towards completion.

Kind regards,
Mortgage Services Team
{lender}

{lender} is authorised by the Prudential Regulation Authority. Your home may be repossessed if you do not keep up repayments on your mortgage.""",
    headers=AUTO,
    pick={
        "lender": [
            "Halifax",
            "Nationwide Building Society",
            "Coventry Building Society",
            "Skipton Building Society",
        ],
        "street": ["27 Larkhill Road", "Flat 4, 9 Cathedral Walk", "112 Beech Avenue"],
        "mortgage_amt": ["£238,500", "£191,000", "£312,250"],
        "rate": ["4.29", "4.64", "3.99"],
    },
)

fam(
    "us",
    "USCIS <uscis-notices@uscis.dhs.gov>",
    ["Case status update: interview scheduled (IOE{digits10})", "Your Form N-400 case: interview notice"],
    """\
Dear {cand},

On {msg_date_short}, we scheduled an interview for your Form N-400, Application for Naturalization, Receipt Number IOE{digits10}. We mailed you an interview notice. Please follow the instructions in the notice.

Interview date: {notice_date_long}
Time: {ev_time}
Location: USCIS {uscis_office} Field Office

You must bring the interview notice and the documents listed on it. If you do not attend your interview, we may deny your application.

To check your case status, visit https://my.uscis.gov

This is an automated message. Please do not reply.""",
    headers=AUTO,
    pick={"uscis_office": ["Columbus", "Raleigh-Durham", "Portland", "St. Paul", "Phoenix"]},
)

fam(
    "uk|au|ca|us|eu",
    "{nursery} <admissions@{nursery_domain}>",
    ["Offer of a place for {kid}", "{kid}'s place at {nursery} 🎉"],
    """\
Dear {first},

We're delighted to offer {kid} a place at {nursery} starting {start_month}, for {days}.

To accept the offer, please complete the registration form and pay the deposit of {deposit} by {dl_date_short}. If we don't hear from you by then, the place will be offered to the next family on our waiting list.

We know this is a big step - if you'd like to come in for a settling-in visit beforehand, just let us know.

Warm wishes,
{nursery_manager}
Nursery Manager, {nursery}""",
    pick={
        "nursery": [
            "Little Acorns Nursery",
            "Sunflower Early Learning Centre",
            "Bright Horizons Day Nursery",
            "The Treehouse Kindergarten",
        ],
        "days": ["Monday to Wednesday", "three days a week", "five days a week"],
        "start_month": ["September", "April", "next term"],
        "deposit": ["{cur}250", "{cur}150", "{cur}400"],
        "nursery_manager": ["Joanne", "Mrs Okafor", "Karen Hughes", "Ms Lindqvist"],
    },
)

fam(
    "any",
    "{uni_short} Accommodation <accommodation@{uni_domain}>",
    ["Your room offer for {acad_year}", "Accommodation offer - please accept by {dl_date_short}"],
    """\
Dear {first},

Congratulations - we are pleased to make you an offer of accommodation for {acad_year}.

Residence: {hall}
Room type: En-suite, catered
Contract length: 42 weeks
Weekly rent: {rent}

You must accept this offer through the accommodation portal by {dl_date_long}, otherwise it will be withdrawn and offered to another student.

Accept or decline your offer: https://accommodation.{uni_domain}/portal

Residential Services
{uni_short}""",
    headers=AUTO,
    pick={
        "_combo": [
            {
                "_region": "uk",
                "uni_short": "University of Glasgow",
                "uni_domain": "gla.ac.uk",
                "hall": "Murano Street Village",
            },
            {
                "_region": "uk",
                "uni_short": "University of Leeds",
                "uni_domain": "leeds.ac.uk",
                "hall": "Lupton Residences",
            },
            {
                "_region": "au",
                "uni_short": "University of Adelaide",
                "uni_domain": "adelaide.edu.au",
                "hall": "Unilodge on Park",
            },
            {
                "_region": "ca",
                "uni_short": "McGill University",
                "uni_domain": "mcgill.ca",
                "hall": "Royal Victoria College",
            },
        ],
        "acad_year": ["2026/27", "the 2026-2027 academic year"],
        "rent": ["{cur}189", "{cur}212", "{cur}236"],
    },
)

fam(
    "au|uk|ca|us",
    "{realtor} <{realtor_email}>",
    ["Offer received - {street}", "We've had an offer on {street}"],
    """\
Hi {first},

Good news - after Saturday's open home we've received an offer on {street}.

Offer: {house_offer}
Buyer position: first-time buyers, mortgage agreed in principle, nothing to sell
Proposed settlement: 8 weeks

It's below the asking price, so I'd suggest we counter. Have a think and give me a call when you can - I've told them they'll hear from us by {dl_weekday}.

Kind regards,
{realtor}
Sales Agent | {realty}
{realtor_phone}""",
    pick={
        "street": ["14 Wattle Grove", "Flat 3, 88 Abbey Road", "52 Cedar Lane", "7 Kowhai Street"],
        "house_offer": ["{cur}612,000", "{cur}455,000", "{cur}780,000"],
        "realty": ["Ray White", "Harcourts", "Foxtons", "Coldwell Banker"],
    },
)

fam(
    "us|uk|au|ca",
    "eBay <ebay@ebay.com>",
    ["Your offer wasn't accepted", "The seller declined your offer on {ebay_item}"],
    """\
Hi {first_lower_handle},

Your offer wasn't accepted

{ebay_item}
Your offer: {ebay_offer}
Buy It Now price: {ebay_bin}

The seller has declined your offer. You can make another offer or buy it now at the listed price while it's still available.

Make another offer: https://www.ebay.com/itm/{digits12}

Thanks for using eBay.
eBay sent this message to {cand_email}. Learn more about account protection.""",
    headers=AUTO,
    tz="America/Los_Angeles",
    pick={
        "_combo": [
            {
                "ebay_item": "Fujifilm X-T30 II body, boxed",
                "ebay_offer": "{cur}520.00",
                "ebay_bin": "{cur}640.00",
            },
            {
                "ebay_item": "Herman Miller Aeron size B",
                "ebay_offer": "{cur}310.00",
                "ebay_bin": "{cur}395.00",
            },
            {
                "ebay_item": "Nintendo Switch OLED - White",
                "ebay_offer": "{cur}190.00",
                "ebay_bin": "{cur}245.00",
            },
            {
                "ebay_item": "Vintage Omega Seamaster 1968",
                "ebay_offer": "{cur}1,450.00",
                "ebay_bin": "{cur}1,900.00",
            },
        ]
    },
)

fam(
    "any",
    "CFA Institute <info@cfainstitute.org>",
    ["Your CFA Program exam result", "CFA Level {cfa_level} exam result is available"],
    """\
Dear {cand},

Thank you for sitting the CFA Level {cfa_level} exam.

We regret to inform you that you did not pass the exam. Your result and a breakdown of your performance by topic area are now available in your account.

We know this is disappointing. Many candidates who do not pass on their first attempt go on to succeed. You can register for a future exam window from your account.

View your result: https://www.cfainstitute.org/account

Sincerely,
CFA Institute""",
    headers=AUTO,
    tz="America/New_York",
    pick={"cfa_level": ["I", "II", "III"]},
)

fam(
    "uk",
    "DVSA <noreply@dvsa.gov.uk>",
    ["Driving test booking confirmation", "Your car driving test: booking reference {digits8}"],
    """\
Driving test booked

Booking reference: {digits8}
Test type: Car
Date: {ev_date_long}
Time: {ev_time}
Test centre: {test_centre}

You must bring your UK photocard driving licence. Your test will be cancelled and you'll lose your fee if you do not bring it.

You can change or cancel your test online up to 3 working days before: https://www.gov.uk/change-driving-test

Driver and Vehicle Standards Agency""",
    headers=AUTO,
    pick={
        "test_centre": [
            "Glasgow (Shieldhall)",
            "Cardiff (Llanishen)",
            "Nottingham (Colwick)",
            "Sheffield (Handsworth)",
        ]
    },
)

fam(
    "any",
    "IELTS <noreply@ielts.org>",
    ["Your IELTS test is confirmed", "IELTS booking confirmation - Speaking test time"],
    """\
Dear {cand},

Your IELTS Academic test booking is confirmed.

Written tests (Listening, Reading, Writing)
{ev_date_long}, 08:30 - please arrive by 08:00

Speaking test
{ev_date_long}, {speaking_time}
The Speaking test is a face-to-face interview with a certified examiner and lasts 11-14 minutes.

Venue: {ielts_venue}, {city1}
Bring the same passport you used to book. Your result will be available online 13 days after the test.

Good luck!
IELTS Test Centre {city1}""",
    headers=AUTO,
    pick={
        "speaking_time": ["13:20", "14:40", "16:00"],
        "ielts_venue": ["British Council Centre", "IDP Education, Level 2", "Novotel Conference Suite"],
    },
)

fam(
    "uk",
    "{trust_short} Appointments <noreply@{trust_domain}>",
    ["Pre-operative assessment appointment", "Your pre-op assessment on {ev_date_short}"],
    """\
Dear {first} {last},

You have been booked into the Pre-operative Assessment Clinic ahead of your planned procedure.

Date: {ev_date_long}
Time: {ev_time}
Location: Pre-op Assessment Unit, Outpatients Level 1, {hospital}

The assessment takes about 90 minutes. A nurse will check your health, take bloods and talk you through your operation. Please bring a list of your medicines.

If you cannot attend, call {trust_phone}. Missed appointments may delay your surgery.

{trust_short}
This is an automated message - please do not reply.""",
    headers=AUTO,
    pick={
        "_combo": [
            {
                "trust_short": "Sheffield Teaching Hospitals",
                "trust_domain": "nhs.net",
                "hospital": "Northern General Hospital",
                "trust_phone": "0114 271 1900",
            },
            {
                "trust_short": "Cardiff and Vale UHB",
                "trust_domain": "wales.nhs.uk",
                "hospital": "University Hospital of Wales",
                "trust_phone": "029 2074 7747",
            },
            {
                "trust_short": "Newcastle Hospitals",
                "trust_domain": "nhs.net",
                "hospital": "Freeman Hospital",
                "trust_phone": "0191 233 6161",
            },
        ]
    },
)

fam(
    "any",
    "Xref <noreply@xref.com>",
    ["{other} has asked you for a reference", "Reference request: {other} for {company}"],
    """\
Hi {first},

{other} has nominated you as a referee for the {role} role at {company}.

It takes about 10 minutes. You'll be asked a short questionnaire about working with {other_first}: their strengths, areas to develop, and whether you'd work with them again. Your answers go to {company}'s hiring team only.

Complete the reference: https://app.xref.com/referee/{tok16}

Please respond by {dl_date_short}. If you don't know {other_first} or can't give a reference, you can decline from the same link.

Thanks,
The Xref team on behalf of {company}""",
    headers=AUTO,
    tz="Australia/Sydney",
)

fam(
    "any",
    "{other} <{other_email}>",
    ["Re: room/flat ad - can I view?", "viewing this weekend?", "Enquiry about your flat"],
    """\
Hi there,

I saw your ad for the {rooms} on {listing_site} and I'm very interested. I'm a {other_job}, non-smoker, no pets, and I'm looking to move in from next month.

Would it be possible to come and view it this Saturday? Any time after 11 works for me. I can also bring references from my current landlord.

Thanks,
{other_first}
{other_phone}""",
    pick={
        "rooms": ["one-bed flat", "double room", "2 bedroom unit", "studio"],
        "listing_site": ["SpareRoom", "Rightmove", "Domain", "Kijiji", "Facebook Marketplace"],
        "other_job": ["nurse at the hospital", "PhD student", "software developer", "teacher"],
    },
)

fam(
    "any",
    "{sdr} <{sdr_email}>",
    [
        "{company} + {vendor}: cut time-to-offer",
        "15 min next week, {first}?",
        "Re: interview scheduling at {company}",
    ],
    """\
Hi {first},

Noticed {company} has {n_mid} open roles on your careers page - congrats on the growth.

Teams your size usually tell us the same thing: candidates wait days for interview slots, scorecards come in late, and offers go out after the best people have already accepted elsewhere. {vendor} automates interview scheduling and feedback, and customers like {company2} cut their time-to-offer by 38%.

Would you be open to a 15-minute call next Tuesday or Wednesday so I can show you how it works?

Best,
{sdr}
Account Executive | {vendor}

P.S. If you're not the right person, who should I speak to?""",
    pick={
        "sdr": ["Brett Collins", "Alyssa Moreno", "Jake Petersen", "Nina Kapoor"],
        "vendor": ["HireFlow", "Slotwise", "Panelpoint", "Interviewly"],
    },
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["favour?? mock interview", "can you grill me on sunday", "Mock interview pls 🙏"],
    """\
heyyy

so I've got my final round at {company} on {ev_weekday} (!!!) and I'm panicking a bit about the behavioural part. could you do a mock interview with me on sunday? like 45 mins, you be the hiring manager and be mean about it

I'll send you the job description and a list of questions so you don't have to prep anything. will pay in dumplings

{ffirst}""",
)

fam(
    "any",
    "Workday <{company_slug}@myworkday.com>",
    ["Requisition approved: R-{req_no} {role}", "Your job requisition has been approved"],
    """\
Job Requisition Approved

Your job requisition has been approved and is ready for recruiting to post.

Requisition: R-{req_no} {role} ({reqtype})
Hiring Manager: {cand}
Supervisory Organization: {dept} ({city1})
Approved by: {manager}, Finance Business Partner

Next step: your recruiter, {recruiter}, will contact you to set up the intake meeting and agree the interview plan.

View in Workday: https://wd5.myworkday.com/{company_slug}/d/inst/{digits9}.htmld

This is a system-generated notification from Workday.""",
    headers=AUTO,
    pick={
        "req_no": ["104882", "20931", "77310", "315006"],
        "reqtype": ["New Position", "Backfill"],
        "dept": ["Data & Analytics", "Finance Operations", "Platform Engineering", "Customer Experience"],
    },
)

fam(
    "any",
    "{other} <{other_email}>",
    ["Application for {shop_role} position", "Re: your ad - {shop_role}", "{shop_role} job - {other_first}"],
    """\
Hello,

I saw your sign in the window saying you are looking for a {shop_role} and I would like to apply. I have two years experience at a busy café in {city2} and I can work weekends and evenings. I am available to start straight away.

I have attached my CV. I can come in for a trial shift any day this week if that helps.

Thank you for your time,
{other_first}
{other_phone}""",
    pick={"shop_role": ["barista", "part-time barista", "kitchen hand", "front of house"]},
)

fam(
    "us|uk|au|ca|sg",
    "{bank} Card Services <offers@{bank_domain}>",
    ["{first}, you're pre-approved", "Your pre-approved offer expires {dl_date_short}"],
    """\
{first_upper}, YOU'VE BEEN PRE-APPROVED

Good news: based on your relationship with us, you're pre-approved for the {bank} Platinum Rewards card.

✓ Credit limit up to {card_limit}
✓ 0% on balance transfers for 18 months
✓ No annual fee in year one

Accept your offer by {dl_date_long}: https://{bank_domain}/preapproved/{tok16}

Pre-approval is not a guarantee of credit. Final approval is subject to our lending criteria.

To stop receiving offers by email, unsubscribe here: https://{bank_domain}/unsubscribe/{tok16}""",
    headers=bulk("<https://{bank_domain}/unsubscribe/{tok16}>"),
    pick={"card_limit": ["{cur}12,000", "{cur}8,500", "{cur}20,000"]},
)

fam(
    "uk|us|au|ca|in",
    "{city_council} <noreply@{council_domain}>",
    ["We have received your application - {permit} ({ref})", "Application received: {permit}"],
    """\
Dear {cand},

Thank you. We have received your application.

Application type: {permit}
Reference: {ref}
Submitted: {msg_date_short}

What happens next
We aim to process applications within 10 working days. We'll email you if we need any more information. Please do not send a second application for the same vehicle or property, as this may delay things.

Please quote your reference number {ref} in any correspondence.

{city_council}
This is an automated email - replies to this address are not monitored.""",
    headers=AUTO,
    pick={
        "permit": [
            "Residents' parking permit",
            "Garden waste collection subscription",
            "Dog registration",
            "Bulky waste collection",
        ]
    },
)

fam(
    "us",
    "Carvana <offers@carvana.com>",
    ["Your offer for your {car} is ready", "{first}, your {car} offer: {car_offer}"],
    """\
Your offer is ready!

{car_year} {car} · {car_miles} miles

We'll buy your car for
{car_offer}

This offer is valid for 7 days. Accept it online and we'll pick the car up from your driveway, free.

Accept my offer → https://www.carvana.com/sell-my-car/offer/{tok16}

Questions? Text us at (602) 555-0137.
Carvana, LLC, 300 E Rio Salado Pkwy, Tempe, AZ 85281""",
    headers=AUTO,
    tz="America/Phoenix",
    pick={
        "car": ["Honda Civic EX", "Toyota RAV4 XLE", "Subaru Outback", "Mazda CX-5"],
        "car_year": ["2019", "2020", "2018"],
        "car_miles": ["48,210", "61,877", "33,904"],
        "car_offer": ["$14,850", "$19,200", "$11,600"],
    },
)

fam(
    "any",
    "{trial_site} <research@{trial_domain}>",
    [
        "You may be eligible for our {trial_topic} study",
        "Next step: screening visit for the {trial_topic} study",
    ],
    """\
Hi {first},

Thank you for completing our online questionnaire. Based on your answers, you may be eligible to take part in our clinical research study on {trial_topic}.

The next step is a screening visit at our clinic (about 2 hours). A study nurse will explain the study, answer your questions, and check whether it's right for you. Taking part is voluntary, and you can withdraw at any time.

Reply to this email or call us on {trial_phone} to book a screening visit. Participants receive {trial_pay} per completed visit.

Kind regards,
The {trial_site} Team""",
    pick={
        "_combo": [
            {
                "_region": "uk",
                "trial_site": "Harbourview Clinical",
                "trial_domain": "harbourviewclinical.co.uk",
                "trial_phone": "0800 123 4567",
            },
            {
                "_region": "us",
                "trial_site": "NorthStar Research",
                "trial_domain": "northstarresearch.org",
                "trial_phone": "(555) 201-3348",
            },
            {
                "_region": "au",
                "trial_site": "Meridian Clinical Trials",
                "trial_domain": "meridiantrials.com.au",
                "trial_phone": "03 9000 1234",
            },
        ],
        "trial_topic": ["migraine", "asthma", "sleep", "type 2 diabetes"],
        "trial_pay": ["{cur}75", "{cur}100", "{cur}60"],
    },
)

# ---- F. After being hired: onboarding, payroll, benefits, background checks, company mail --------------

fam(
    "any",
    "Rippling <no-reply@rippling.com>",
    [
        "Complete your onboarding before {ev_weekday}",
        "{first}, 4 tasks to finish before your first day at {company}",
    ],
    """\
Welcome to {company}, {first}!

You have 4 onboarding tasks to complete before your start date ({ev_date_short}):

☐ Add your bank details for payroll
☐ Complete your tax forms
☐ Upload your right-to-work documents
☐ Sign the employee handbook acknowledgement

Get started → https://app.rippling.com/onboarding/{tok16}

Questions? Contact {recruiter} ({recruiter_email}).

Rippling People Center on behalf of {company}""",
    headers=AUTO,
    tz="America/Los_Angeles",
)

fam(
    "us",
    "ADP <SecurityServices_NoReply@adp.com>",
    ["Your pay statement is available", "New pay statement for {company}"],
    """\
Hello {first},

Your pay statement for the pay period ending {msg_date_short} is now available.

Company: {company}
Pay date: {msg_date_short}

To view your pay statement, log in to ADP: https://my.adp.com

For your security, we do not include pay details in email.

ADP, Inc. · One ADP Blvd, Roseland, NJ 07068
This is an automated message; please do not reply.""",
    headers=AUTO,
    tz="America/New_York",
)

fam(
    "any",
    "{company} Benefits <benefits@{domain}>",
    [
        "Reminder: your benefits enrollment window closes {dl_weekday}",
        "Action needed: enroll in benefits by {dl_date_short}",
    ],
    """\
Hi {first},

As a new hire, you have 30 days from your start date to choose your benefits. Your window closes on {dl_date_long}.

If you don't make any elections, you'll be enrolled in the default plan:
• Medical: Core plan (employee only)
• Dental: Basic
• Pension / retirement: 5% employee contribution, matched up to 5%

You can change your elections after the deadline only if you have a qualifying life event.

Enroll now: https://benefits.{domain}/enroll

People Team, {company}""",
)

fam(
    "any",
    "Checkr <no-reply@checkr.com>",
    ["Your background check for {company} is in progress", "Update on your background check"],
    """\
Hi {first},

{company} has asked Checkr to complete a background check as part of your onboarding.

Status: In progress
Started: {old_date_short}
Estimated completion: {dl_date_short}

Checks included:
• Identity verification - Complete
• Employment verification - In progress
• Education verification - In progress

You don't need to do anything right now. We'll email you if we need more information.

Track your check: https://candidate.checkr.com

Checkr, Inc. · One Montgomery St, Suite 2400, San Francisco, CA 94104""",
    headers=AUTO,
    tz="America/Los_Angeles",
)

fam(
    "any",
    "{company} IT <it-help@{domain}>",
    ["Your laptop has shipped 💻", "Equipment for your first day"],
    """\
Hi {first},

Your new laptop ({laptop}) shipped today and should arrive before your start date.

Tracking: {tracking}

When it arrives, don't log in yet - on your first morning, IT will walk you through setting up your account on a call at 9:30. Please keep the box in case we need to swap anything.

See you soon,
IT Service Desk, {company}
it-help@{domain}""",
    pick={
        "laptop": ['MacBook Pro 14"', "Lenovo ThinkPad T14", "Dell Latitude 7450", 'MacBook Air 15"'],
        "tracking": ["1Z{tok8u}0341", "JD0002{digits10}", "UPS {digits10}"],
    },
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Welcome aboard! Your first week", "Looking forward to {ev_weekday}!", "First day plan"],
    """\
Hi {first},

So glad you're joining us - the whole team is excited. Here's what your first week looks like, so there are no surprises:

Day 1 ({ev_weekday}): arrive for 9:30, {colfirst} will meet you at reception. Laptop setup with IT, team lunch.
Day 2: intro sessions with product and ops
Day 3-4: shadow {colfirst} on the reporting cycle
End of your first week: 1:1 with me to set your 30/60/90-day goals

Nothing to prepare. If you want a head start, the team wiki link is in your welcome pack, but honestly, just come as you are.

See you {ev_weekday}!
{cfirst}""",
)

fam(
    "any",
    "DocuSign <dse_NA3@docusign.net>",
    [
        "Completed: {company} Offer Letter - {cand}",
        "Completed: Please DocuSign: {cand} - Employment Agreement",
    ],
    """\
All parties have completed the envelope.

{company} Offer Letter - {cand}

All signers completed. The completed document is attached.

Sender: {recruiter}
Recipients: {cand}, {contact}

View completed document: https://na3.docusign.net/Signing/EmailStart.aspx?a={tok24}

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""",
    headers=AUTO,
    tz="America/Los_Angeles",
)

fam(
    "any",
    "{company} Internal Comms <allhands@{domain}>",
    ["All-hands on {ev_weekday}: Q{quarter} results and what's next", "Save the date: company all-hands"],
    """\
Hi everyone,

Our next all-hands is on {ev_weekday} {ev_date_short} at {ev_time} ({ev_tz}). It'll be in the {city1} office canteen and streamed for everyone else.

Agenda
• Q{quarter} results - {exec_cfo}
• Product roadmap highlights
• Welcome to our {n_small} new joiners this month 👋
• Open Q&A with {exec_ceo} (submit questions anonymously via Slido: #{slido})

The calendar invite is already on your calendar - no need to RSVP.

Internal Comms
{company}""",
    headers={"Precedence": "list", "List-Id": "<all-staff.{domain}>"},
    pick={
        "quarter": ["1", "4", "2"],
        "slido": ["{digits4}", "{digits4}"],
        "exec_cfo": ["our CFO", "Finance"],
        "exec_ceo": ["our CEO", "the leadership team"],
    },
)

fam(
    "any",
    "{exec} <{exec_email}>",
    ["An update on our organisation", "Changes to our team structure", "Important: organisational changes"],
    """\
Team,

I want to share some difficult news directly.

Over the past quarter we've reviewed how we're organised against the plan for the year. As a result, we've made the decision to reduce the size of the {dept} and Sales teams, and {n_small}0 roles will be affected. Everyone directly impacted will receive a calendar invitation from HR within the next hour for a private conversation. If you do not receive one, your role is not affected.

For those leaving, we will provide severance, extended health cover and outplacement support. This is not a reflection of anyone's performance.

I'll host an open Q&A tomorrow at 10:00.

{exec}
CEO, {company}""",
    pick={
        "exec": ["Marianne Holt", "Daniel Achterberg", "Sunil Varghese", "Claire Fontaine"],
        "dept": ["Marketing", "Operations", "Customer Success"],
    },
)

fam(
    "any",
    "{agency} Timesheets <timesheets@{agency_domain}>",
    ["Reminder: timesheet due for w/e {msg_date_short}", "Timesheet not yet submitted - {company} placement"],
    """\
Hi {first},

Our records show your timesheet for the week ending {msg_date_short} (placement: {role} at {company}) has not been submitted.

Please submit it in the portal by 12 noon on Monday so you're paid on time: https://timesheets.{agency_domain}

If your client approver ({contact}) is on leave, let us know who should approve in their place.

Thanks,
Payroll & Contractor Care
{agency}""",
    headers=AUTO,
)

fam(
    "any",
    "{company} HR <hr@{domain}>",
    ["Confirmation of employment - probation completed", "Successful completion of your probationary period"],
    """\
Dear {first},

Following your review meeting with {mfirst_hr} on {old_date_short}, I am pleased to confirm that you have successfully completed your probationary period and your appointment as {role} is now confirmed.

All other terms and conditions of your employment remain unchanged. Your notice period is now {notice}.

Congratulations, and thank you for your contribution so far.

Yours sincerely,

{hr_name}
HR Advisor, {company}""",
    pick={
        "notice": ["one month", "three months", "60 days"],
        "hr_name": ["Tessa Morgan", "Rahul Venkat", "Joanna Kowal", "Fiona McAllister"],
        "mfirst_hr": ["{cfirst}", "your line manager"],
    },
)

fam(
    "us|uk|au|eu|sg|ca",
    "{company} Referrals <referrals@{domain}>",
    ["We've received your referral for {role}", "Thanks for your referral: {other}"],
    """\
Hi {first},

Thanks for referring {other} for the {role} role. We've received your referral and {other_first}'s application is now with the recruiting team.

What happens next
• The recruiter will review {other_first}'s application in the usual way
• We'll let you know if they're hired - we can't share interview updates for privacy reasons
• If they're hired and pass probation, your referral bonus of {bonus} will be paid in the next payroll

Thanks for helping us grow the team!
Talent Acquisition, {company}""",
    headers=AUTO,
    pick={"bonus": ["{cur}2,000", "{cur}1,500", "{cur}3,000"]},
)

# ---- X. ATS housekeeping that is not a decision ---------------------------------------------------------

fam(
    "any",
    "{company} Careers <no-reply@{company_slug}.myworkdayjobs.com>",
    ["Important update to our candidate privacy notice", "We've updated how we handle candidate data"],
    """\
Dear {first},

You are receiving this message because you have a candidate account on the {company} careers site.

We have updated our Candidate Privacy Notice to explain more clearly how we collect, use and retain your personal information during recruitment, including how long we keep applications after a recruitment process ends.

You don't need to take any action. You can read the updated notice at https://careers.{domain}/privacy.

If you no longer wish to hold an account with us, you can delete it at any time from your candidate home page.

{company} Talent Acquisition""",
    headers=bulk("<https://careers.{domain}/unsubscribe?c={tok16}>"),
)

fam(
    "any",
    "{company} Talent Acquisition <privacy@{domain}>",
    ["Your data deletion request ({ref})", "Confirmation: your candidate data has been deleted"],
    """\
Dear {cand},

We're writing to confirm that, as you requested on {old_date_short}, we have deleted your candidate profile and all associated application data from our recruitment systems. Reference: {ref}.

Please note that this means we won't be able to contact you about future opportunities unless you create a new profile. Anonymised statistics (which don't identify you) may be kept for reporting.

If you didn't make this request, please contact us at privacy@{domain}.

Kind regards,
Data Protection Team
{company}""",
)

# ---- G. More: person-written confirmations of booked slots, and everyday mail using the same words -------

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Re: Interview availability", "Re: {role} - next steps", "Re: Scheduling"],
    """\
Perfect, you're confirmed for {ev_weekday} at {ev_time} with {cfirst}. The invite's on its way. See you then!

{rfirst}""",
)

fam(
    "any",
    "{recruiter} <{recruiter_email}>",
    ["Re: Request to reschedule", "Re: {ev_weekday}'s interview", "Re: Need to move our call"],
    """\
Hi {first},

No problem at all, these things happen. I've moved you to {ev_weekday} {ev_date_short} at {ev_time} - same panel, same link - and sent an updated invite which replaces the old one.

Hope everything's OK on your end.

Best,
{rfirst}

{recruiter}
{contact_title} | {company}""",
)

fam(
    "us",
    "{company} <{company_slug}@talent.icims.com>",
    ["Interview Confirmation - {role}", "Interview Confirmation: {role} (Req {req_no})"],
    """\
Dear {first},

This email confirms your interview for the {role} position (Requisition {req_no}).

Date: {ev_date_long}
Time: {ev_time} {ev_tz}
Interview type: {itype}
Interviewer(s): {contact}, {colleague}

If you have any questions prior to your interview, please contact {recruiter} at {recruiter_email}.

Sincerely,
Talent Acquisition
{company}

***This is an automated message. Please do not reply to this email.***""",
    headers=AUTO,
    pick={
        "itype": ["Virtual - Microsoft Teams", "In Person", "Phone"],
        "req_no": ["2026-4417", "2026-1182", "2025-9930"],
    },
)

fam(
    "any",
    "{producer} <{producer_email}>",
    ["{show} - would you come on the programme?", "Guest request: {show}"],
    """\
Hi {first},

I'm a producer on {show}. We're doing a segment next week on {seg_topic}, and a colleague pointed me to your post about it - you put it better than anyone we've spoken to so far.

Would you be up for coming on? It'd be a live interview of about eight minutes, either in the studio or down the line from home.

If you're interested, I'd love to do a quick pre-interview call on Thursday - 10 minutes, just so our presenter knows what to ask. What number's best?

Thanks,
{producer}
Producer, {show}""",
    pick={
        "_combo": [
            {"producer": "Hattie Cole", "producer_email": "hattie.cole@cityradio.co.uk", "_region": "uk"},
            {"producer": "Ben Sayers", "producer_email": "sayers.ben@abc.net.au", "_region": "au"},
            {"producer": "Rosa Alvarado", "producer_email": "rosa.alvarado@cbc.ca", "_region": "ca"},
            {"producer": "Dev Malhotra", "producer_email": "dmalhotra@kxpr.org", "_region": "us"},
        ],
        "show": ["The Breakfast Show", "Drive Time", "The Money Programme", "Late Edition"],
        "seg_topic": [
            "four-day weeks",
            "people quitting tech for trades",
            "hiring freezes",
            "AI in job interviews",
        ],
    },
)

fam(
    "any",
    "{coach_name} <{coach_email}>",
    ["Development squad trials", "{kid} - trial outcome", "Academy trials result"],
    """\
Hi {first},

Thanks for bringing {kid} along to the development squad trials over the last two weeks. We had {n_mid} kids come through and the standard was really high.

I'm sorry to say {kid} hasn't been picked for the squad this season. That's no reflection on effort - {kid} worked hard in every session and their confidence has come on a lot. We'd love to see them keep going with the club's Saturday sessions, and trials open again in the autumn.

Any questions, grab me at training.

{coach_name}
Head Coach, {club}""",
    pick={
        "coach_name": ["Gav Murray", "Coach Tiana", "Phil Osei", "Marco Bellini"],
        "_combo": [
            {"club": "Riverside FC Juniors", "coach_email": "juniors@riversidefc.org"},
            {
                "club": "Northside Netball Club",
                "coach_email": "coach@northsidenetball.com.au",
                "_region": "au",
            },
            {"club": "Eastwood Rugby Club", "coach_email": "juniors@eastwoodrugby.co.uk", "_region": "uk"},
            {
                "club": "Harbour City Basketball",
                "coach_email": "coaching@harbourcitybasketball.ca",
                "_region": "ca",
            },
        ],
    },
)

fam(
    "any",
    "{charity} Volunteering <volunteering@{charity_domain}>",
    ["Thanks for applying to volunteer!", "We've received your volunteer application"],
    """\
Hi {first},

Thank you so much for applying to volunteer with {charity}! We've received your application for the {vol_role} role.

Our volunteer team reads every application and we'll be in touch within two weeks to invite you to a welcome session. In the meantime, you don't need to do anything.

If you have any questions, reply to this email and a real person will get back to you.

With thanks,
Volunteer Services
{charity}
{charity_no}""",
    pick={
        "_combo": [
            {
                "charity": "Crisis Skylight",
                "charity_domain": "volunteer.crisis.org.uk",
                "vol_role": "Community Café Volunteer",
                "charity_no": "Registered charity no. 1082947",
                "_region": "uk",
            },
            {
                "charity": "Second Harvest",
                "charity_domain": "secondharvest.ca",
                "vol_role": "Warehouse Helper",
                "charity_no": "Charitable registration no. 13020 4718 RR0001",
                "_region": "ca",
            },
            {
                "charity": "St John Ambulance",
                "charity_domain": "sja.org.uk",
                "vol_role": "Event First Aider",
                "charity_no": "Registered charity no. 1077265",
                "_region": "uk",
            },
            {
                "charity": "OzHarvest",
                "charity_domain": "ozharvest.org",
                "vol_role": "Delivery Driver",
                "charity_no": "ABN 34 107 200 009",
                "_region": "au",
            },
        ]
    },
)

fam(
    "us|uk|au|ca",
    "{shopname} <store+{digits8}@t.shopifyemail.com>",
    ["Order #{order_no} confirmed", "Thank you for your purchase!", "We've received your order #{order_no}"],
    """\
{shopname}

Thank you for your purchase!

Hi {first}, we're getting your order ready to be shipped. We will notify you when it has been sent.

Order #{order_no}

{product} × 1      {price}
Shipping           {shipping}
Total              {total}

View your order: https://{shop_slug}.myshopify.com/account/orders/{tok16}

If you have any questions, reply to this email or contact us at hello@{shop_slug}.com""",
    headers=AUTO,
    pick={
        "shopname": ["Fern & Fable", "Little Kiln Ceramics", "Ridgeline Outdoor", "Paper Moth Stationery"],
        "_combo": [
            {
                "product": "Speckled mug - Sand",
                "price": "{cur}28.00",
                "shipping": "{cur}4.95",
                "total": "{cur}32.95",
            },
            {
                "product": "Merino beanie (Charcoal)",
                "price": "{cur}35.00",
                "shipping": "{cur}6.00",
                "total": "{cur}41.00",
            },
            {
                "product": "A5 dot grid notebook set",
                "price": "{cur}19.50",
                "shipping": "{cur}6.00",
                "total": "{cur}25.50",
            },
        ],
        "order_no": ["1043", "2218", "5790", "10412"],
    },
)

fam(
    "any",
    "{food_app} <offers@{food_domain}>",
    ["An offer you can't refuse 🍕", "{first}, your exclusive offer ends tonight", "40% off. Just for you."],
    """\
EXCLUSIVE OFFER

{first}, we miss you.

Get 40% off your next order (up to {cap}) with code COMEBACK40.

Valid until midnight tonight on orders over {minimum}. One use per customer.

ORDER NOW → https://{food_domain}/app

You're receiving this because you opted in to marketing emails. Unsubscribe: https://{food_domain}/unsubscribe?u={tok16}""",
    headers=bulk("<https://{food_domain}/unsubscribe?u={tok16}>"),
    pick={
        "cap": ["{cur}10"],
        "minimum": ["{cur}20"],
        "_combo": [
            {"food_app": "Deliveroo", "food_domain": "deliveroo.co.uk", "_region": "uk"},
            {"food_app": "Uber Eats", "food_domain": "ubereats.com", "_region": "us"},
            {"food_app": "Menulog", "food_domain": "menulog.com.au", "_region": "au"},
            {"food_app": "SkipTheDishes", "food_domain": "skipthedishes.com", "_region": "ca"},
            {
                "food_app": "Swiggy",
                "food_domain": "swiggy.in",
                "_region": "in",
                "cap": "₹120",
                "minimum": "₹249",
            },
        ],
    },
)

fam(
    "any",
    "{insurer} <quotes@{insurer_domain}>",
    ["Your home insurance quote is ready", "Your quote ({ref}) - valid for 30 days"],
    """\
Hi {first},

Thanks for getting a quote with {insurer}.

Home & contents insurance
Quote reference: {ref}
Annual premium: {premium}
Excess: {cur}250

This quote is valid for 30 days. To buy, go to https://{insurer_domain}/retrieve and enter your quote reference.

Prices may change if your details change. Please check the policy wording to make sure the cover suits your needs.

{insurer}""",
    headers=AUTO,
    pick={
        "_combo": [
            {"insurer": "Budget Direct", "insurer_domain": "budgetdirect.com.au", "_region": "au"},
            {"insurer": "Aviva", "insurer_domain": "aviva.co.uk", "_region": "uk"},
            {"insurer": "Intact Insurance", "insurer_domain": "intact.ca", "_region": "ca"},
            {"insurer": "Lemonade", "insurer_domain": "lemonade.com", "_region": "us"},
            {"insurer": "Acko", "insurer_domain": "acko.com", "_region": "in", "premium": "₹8,412"},
        ],
        "premium": ["{cur}412.80", "{cur}689.00", "{cur}297.45"],
    },
)


# --------------------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------------------

UNI_DOMAINS = {
    "University of Edinburgh": "ed.ac.uk",
    "KU Leuven": "kuleuven.be",
    "University of Toronto": "utoronto.ca",
    "University of Melbourne": "unimelb.edu.au",
}
LENDER_DOMAINS = {
    "Halifax": "halifax.co.uk",
    "Nationwide Building Society": "nationwide.co.uk",
    "Coventry Building Society": "coventrybuildingsociety.co.uk",
    "Skipton Building Society": "skipton.co.uk",
}
COACH_DOMAINS = {
    "Rachel from Hired Up": "hiredup.co",
    "Marcus Dale": "marcusdale.com",
    "Coach Nneka": "coachnneka.com",
    "Sam at The Career Edit": "thecareeredit.com",
}
BANKS = {
    "us": ("Chase", "chase.com"),
    "uk": ("Barclaycard", "barclaycard.co.uk"),
    "in": ("Axis Bank", "axisbank.com"),
    "au": ("Westpac", "westpac.com.au"),
    "eu": ("ING", "ing.de"),
    "sg": ("UOB", "uob.com.sg"),
    "ca": ("RBC", "rbc.com"),
}
DIALIN = {
    "us": ("+1 323-555-0147", "United States"),
    "uk": ("+44 20 3855 4772", "United Kingdom"),
    "in": ("+91 22 6480 0114", "India"),
    "au": ("+61 2 8318 0090", "Australia"),
    "eu": ("+49 69 2222 1440", "Germany"),
    "sg": ("+65 6450 1830", "Singapore"),
    "ca": ("+1 647-555-0192", "Canada"),
}
AIRLINE_CODES = {
    "Air Canada": "AC",
    "Delta": "DL",
    "Qantas": "QF",
    "Lufthansa": "LH",
    "IndiGo": "6E",
    "British Airways": "BA",
}


def pick_name(rng: random.Random, region: str, used: set[str]) -> str:
    return corpuslib.pick_name(rng, NAMES, region, used)


def ascii_slug(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(name.lower()).replace(" ", "-"))


def build_slots(rng: random.Random, f: Family) -> tuple[dict[str, str], datetime, str]:
    combo = dict(rng.choice(f.pick["_combo"])) if "_combo" in f.pick else {}
    regions = f.region.split("|") if f.region != "any" else list(REGIONS)
    r = combo.pop("_region", None) or rng.choice(regions)
    zone = ZoneInfo(rng.choice(TZS[r]))

    # Message date (Jan-Apr 2026) and the event it talks about, both on weekdays in the sender's zone.
    day = datetime(2026, 1, 5) + timedelta(days=rng.randrange(0, 105))
    if f.ev_days == 0:
        day = next_weekday(day)
        msg = datetime(
            day.year,
            day.month,
            day.day,
            rng.choice([5, 6]),
            rng.randrange(60),
            rng.randrange(60),
            tzinfo=zone,
        )
        ev = msg.replace(hour=rng.choice([10, 11, 13, 14, 15]), minute=rng.choice([0, 30]), second=0)
    else:
        hour = rng.randrange(7, 22) if rng.random() < 0.85 else rng.choice([6, 22, 23])
        msg = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone)
        ev = next_weekday(msg + timedelta(days=rng.randrange(2, 7)))
        hh, mm = rng.choice(
            [(9, 0), (9, 30), (10, 0), (11, 0), (11, 30), (13, 0), (14, 0), (14, 30), (15, 30), (16, 0)]
        )
        ev = ev.replace(hour=hh, minute=mm, second=0)
    ev_end = ev + timedelta(minutes=rng.choice([30, 45, 60]))
    was = ev + timedelta(days=rng.choice([-1, 1, 2]), hours=rng.choice([-2, 0, 1, 3]))
    if was.date() <= msg.date() or was.weekday() >= 5:
        was = next_weekday(ev + timedelta(days=2)).replace(hour=rng.choice([9, 11, 15]), minute=0)
    old = prev_weekday(msg - timedelta(days=rng.randrange(1, 7)))
    old = old.replace(hour=rng.choice([9, 10, 11, 14, 15, 16]), minute=rng.choice([0, 12, 30, 47]))
    eve = ev - timedelta(days=1)
    dl = next_weekday(ev + timedelta(days=rng.randrange(2, 6)))
    notice = next_weekday(msg + timedelta(days=rng.randrange(28, 36)))
    if f.tz:
        msg = msg.astimezone(ZoneInfo(f.tz))

    used: set[str] = set()
    cand = pick_name(rng, r, used)
    first, last = split_name(cand)
    contact, recruiter, agent, friend, colleague, manager, mentor, other, realtor = (
        pick_name(rng, r, used) for _ in range(9)
    )
    cfirst, clast = split_name(contact)
    company, company2, company3 = rng.sample(COMPANIES[r], 3)
    domain, domain2 = slug(company) + TLD[r], slug(company2) + TLD[r]
    agency = rng.choice(AGENCIES[r])
    agency_domain = slug(agency) + TLD[r]
    role, role2, role3 = rng.sample(ROLES, 3)
    city, city2 = rng.sample(CITIES[r], 2) if len(CITIES[r]) > 1 else (CITIES[r][0], CITIES[r][0])
    city1 = re.sub(r"(, [A-Z]{2}| [A-Z]{2,3})$", "", city)
    host = rng.choice(FREEMAIL[r])
    tok = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
    dig = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    phone = lambda: "".join(rng.choice(string.digits) if ch == "#" else ch for ch in PHONE[r])  # noqa: E731
    sal_lo, sal_hi = salary_pair(rng, r)
    bank, bank_domain = BANKS[r]
    dialin, dial_country = DIALIN[r]
    meet = "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3))
    zoom = dig(rng.choice([10, 11]))
    t = [ev + timedelta(minutes=m) for m in (0, 30, 90, 135, 195, 225)]

    s: dict[str, str] = {
        "first": first,
        "last": last,
        "cand": cand,
        "cand_email": f"{email_local(cand, rng)}{rng.choice(['', '', dig(2), '.' + dig(4)])}@{host}",
        "cand_phone": phone(),
        "cand_first_lower": ascii_slug(first),
        "first_upper": first.upper(),
        "first_lower_handle": f"{ascii_slug(first)}_{ascii_slug(last)[:1]}{dig(2)}",
        "company": company,
        "company2": company2,
        "company3": company3,
        "company_slug": slug(company),
        "domain": domain,
        "domain2": domain2,
        "role": role,
        "role2": role2,
        "role3": role3,
        "contact": contact,
        "cfirst": cfirst,
        "cfirst_lower": ascii_slug(cfirst),
        "clast_lower": ascii_slug(clast),
        "contact_email": f"{ascii_slug(email_local(contact, rng))}@{domain}",
        "contact_title": rng.choice(TITLES),
        "contact_slug": ascii_slug(contact),
        "recruiter": recruiter,
        "rfirst": split_name(recruiter)[0],
        "recruiter_email": f"{ascii_slug(email_local(recruiter, rng))}@{domain}",
        "agent": agent,
        "afirst": split_name(agent)[0],
        "agency": agency,
        "agency_domain": agency_domain,
        "agent_email": f"{ascii_slug(email_local(agent, rng))}@{agency_domain}",
        "agent_phone": phone(),
        "friend": friend,
        "ffirst": split_name(friend)[0],
        "friend_email": f"{ascii_slug(email_local(friend, rng))}{rng.choice(['', dig(2)])}@{rng.choice(FREEMAIL[r])}",
        "colleague": colleague,
        "colfirst": split_name(colleague)[0],
        "col_email": f"{ascii_slug(email_local(colleague, rng))}@{domain}",
        "manager": manager,
        "mfirst": split_name(manager)[0],
        "mentor": mentor,
        "mentfirst": split_name(mentor)[0],
        "other": other,
        "other_first": split_name(other)[0],
        "other_phone": phone(),
        "other_email": f"{ascii_slug(email_local(other, rng))}{rng.choice(['', dig(2)])}@{rng.choice(FREEMAIL[r])}",
        "realtor": realtor,
        "realtor_phone": phone(),
        "realtor_email": f"{ascii_slug(split_name(realtor)[0])}@{rng.choice(['homesales', 'realestate', 'agents'])}{TLD[r]}",
        "city": city,
        "city1": city1,
        "city2": city2,
        "office_addr": rng.choice(OFFICES[r]),
        "station": rng.choice(STATIONS[r]),
        **corpuslib.event_slots(ev, ev_end, r),
        "was_date_long": fmt_date_long(was, r),
        "was_time": fmt_time(was, r),
        "old_weekday": old.strftime("%A"),
        "old_date_short": fmt_date_short(old, r),
        "old_date_long": fmt_date_long(old, r),
        "old_time": fmt_time(old, r),
        "eve_weekday": eve.strftime("%A"),
        "eve_date_short": fmt_date_short(eve, r),
        "dl_weekday": dl.strftime("%A"),
        "dl_date_short": fmt_date_short(dl, r),
        "dl_date_long": fmt_date_long(dl, r),
        "notice_date_long": fmt_date_long(notice, r),
        "msg_weekday": msg.strftime("%A"),
        "msg_weekday_short": msg.strftime("%a"),
        "msg_md": msg.strftime("%b ") + str(msg.day),
        "msg_date_short": fmt_date_short(msg, r),
        "msg_time": fmt_time(msg, r),
        "year": str(msg.year),
        "tz_name": str(zone.key).replace("_", " "),
        "a1": fmt_time(ev.replace(hour=7, minute=0), r),
        "a2": fmt_time(ev, r),
        "a3": fmt_time(ev.replace(hour=19, minute=30), r),
        "bay": str(rng.randrange(3, 40)),
        "floor": str(rng.randrange(2, 12)),
        "dialin": dialin,
        "dial_country": dial_country,
        "pin": dig(9),
        "teams_id": f"{dig(3)} {dig(3)} {dig(3)} {dig(3)}",
        "passcode": tok(6),
        "teams_url": f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok(24)}%40thread.v2/0",
        "meet_url": f"https://meet.google.com/{meet}",
        "zoom_url": f"https://{slug(company)}.zoom.us/j/{zoom}",
        "ics_loc": "Zoom",
        "pnr": tok(6).upper(),
        "nhs_ref": f"C{dig(4)}-26-{dig(4)}",
        "sal_lo": sal_lo,
        "sal_hi": sal_hi,
        "cur": CUR[r],
        "bank": bank,
        "bank_domain": bank_domain,
        "n_small": str(rng.randrange(2, 9)),
        "n_mid": str(rng.randrange(12, 60)),
        "n_big": str(rng.randrange(140, 900)),
        "kid": rng.choice(KIDS),
        "ref": "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + dig(7),
        "tok6": tok(6).lower(),
        "tok8u": tok(8).upper(),
        "tok11": tok(11),
        "tok16": tok(16),
        "tok24": tok(24),
        "digits2": dig(2),
        "digits4": dig(4),
        "digits8": dig(8),
        "digits9": dig(9),
        "digits10": dig(10),
        "digits12": dig(12),
        "city_council": f"{city1} City Council"
        if r == "uk"
        else (f"{city1} Municipal Corporation" if r == "in" else f"City of {city1}"),
        "council_domain": {
            "uk": f"{slug(city1)}.gov.uk",
            "us": f"{slug(city1)}.gov",
            "in": f"{slug(city1)}mc.gov.in",
            "au": f"cityof{slug(city1)}.com.au",
            "ca": f"{slug(city1)}.ca",
            "sg": "ura.gov.sg",
        }.get(r, f"{slug(city1)}.eu"),
    }
    s["ics_url"] = s["zoom_url"]
    for i, ti in enumerate(t, start=1):
        s[f"t{i}"] = fmt_time(ti, r)

    # Per-family choices; they may refer to slots and to each other, so resolve in a few passes.
    picks = {k: rng.choice(v) for k, v in f.pick.items() if k != "_combo"}
    picks.update(combo)
    for _ in range(3):
        picks = {k: v.format_map({**s, **picks}) if "{" in v else v for k, v in picks.items()}
    s.update(picks)
    derived = {
        "fair_slug": ascii_slug(s.get("fair_name", "fair")).replace("-", ""),
        "newsletter_slug": slug(s.get("newsletter", "news")),
        "coach_domain": COACH_DOMAINS.get(s.get("coach", ""), "coach.com"),
        "shop_slug": slug(s.get("shopname", "shop")),
        "nursery_domain": slug(s.get("nursery", "nursery")) + TLD[r],
        "sdr_email": f"{ascii_slug(email_local(s.get('sdr', 'x y'), rng))}@{slug(s.get('vendor', 'v'))}.io",
        "prof_email": f"{ascii_slug(split_name(s.get('prof', 'a b'))[1])}@{UNI_DOMAINS.get(s.get('uni', ''), 'uni.edu')}",
        "exec_email": f"{ascii_slug(email_local(s.get('exec', 'a b'), rng))}@{domain}",
        "lender_domain": LENDER_DOMAINS.get(s.get("lender", ""), "bank.co.uk"),
        "flight_no": f"{AIRLINE_CODES.get(s.get('airline', ''), 'XX')} {rng.randrange(100, 1999)}",
    }
    s.update({k: v for k, v in derived.items() if k not in s})
    return s, msg, r


def main() -> int:
    return negatives_common.run(
        FAMILIES,
        lambda rng, f: build_slots(rng, f)[:2],
        seed=SEED,
        prefix=PREFIX,
        label=LABEL,
        min_families=70,
        out=OUT,
    )


if __name__ == "__main__":
    sys.exit(main())
