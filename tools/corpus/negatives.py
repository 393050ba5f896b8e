"""Generate the "other" (negative) part of the classifier corpus.

The classifier must learn that most mail mentioning interviews, applications or offers needs no reply:
job alerts, platform notifications, reminders for slots already booked, the candidate's own sent mail,
cold outreach, receipts and ordinary personal/work mail. Each family below is one hand-written message
with slots; it expands into 2-3 variants that share the family id so train/dev/test can split by family.

Run: python tools/corpus/negatives.py  (writes src/followup/classifiers/corpus/other.jsonl)
Only the standard library is used so the corpus can be rebuilt anywhere.
"""

from __future__ import annotations

import logging
import random
import re
import string
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
from corpuslib import AUTO, bulk, fmt_date_short, split_name

SEED = 20260311
PREFIX = "oth"
LABEL = "other"
OUT = Path(__file__).resolve().parents[2] / "src" / "followup" / "classifiers" / "corpus" / "other.jsonl"

log = logging.getLogger("corpus.negatives")

# --------------------------------------------------------------------------------------------------------
# Slot pools. Region-specific so that spelling, money, places and names agree inside one message.
# --------------------------------------------------------------------------------------------------------

REGIONS = ("us", "uk", "in", "au", "eu", "sg")

TZS = {
    "us": ("America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"),
    "uk": ("Europe/London",),
    "in": ("Asia/Kolkata",),
    "au": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"),
    "eu": ("Europe/Berlin", "Europe/Amsterdam", "Europe/Paris", "Europe/Madrid", "Europe/Oslo"),
    "sg": ("Asia/Singapore",),
}

COMPANIES = {
    "us": [
        "Brightwave Health",
        "Northstar Logistics",
        "Kestrel Analytics",
        "Harborview Financial",
        "Redwood Robotics",
        "Cobalt Insurance Group",
        "Meridian Foods",
        "Tandem Labs",
        "Quarry Software",
        "Bluejay Payments",
        "Silverline Media",
        "Fieldstone Energy",
        "Parcelly",
        "Vantage Point Retail",
        "Copperleaf Bio",
    ],
    "uk": [
        "Halden & Rowe",
        "Thamesgate Capital",
        "Pennine Water",
        "Brightside Digital",
        "Oakridge Retail Group",
        "Corvid Games",
        "Mersey Biotech",
        "Larkspur Insurance",
        "Greyfriars Consulting",
        "Albion Freight",
    ],
    "in": [
        "Infosphere Technologies",
        "Sahyadri Fintech",
        "Kaveri Systems",
        "Nimbus Retail Pvt Ltd",
        "Lotus Data Labs",
        "Trident Softech",
        "Amrut Analytics",
        "Ganga Logistics",
        "Peacock Payments",
    ],
    "au": [
        "Wattle Analytics",
        "Southern Cross Mining Services",
        "Harbourside Health",
        "Banksia Software",
        "Jacaranda Media",
        "Coral Coast Energy",
        "Eucalypt Insurance",
    ],
    "eu": [
        "Nordlicht GmbH",
        "Brasa Tech",
        "Vireo BV",
        "Kranich Software",
        "Alpenglow AG",
        "Sollys SAS",
        "Delta Fjord AS",
        "Mistral Mobility",
    ],
    "sg": ["Lion City Robotics", "Merlion Capital", "Straits Data", "Orchid Commerce"],
}

AGENCIES = [
    "Hartley Search",
    "Vertex Talent Partners",
    "BlueArc Recruitment",
    "Pinnacle People",
    "TechBridge Staffing",
    "Crestline Executive",
    "Sterling & Moss Recruitment",
    "Nexa HR Consultants",
]

ROLES = [
    "Data Analyst",
    "Senior Data Analyst",
    "Backend Engineer",
    "Product Designer",
    "Marketing Manager",
    "Customer Success Manager",
    "Financial Analyst",
    "DevOps Engineer",
    "Frontend Developer",
    "Project Coordinator",
    "HR Business Partner",
    "Machine Learning Engineer",
    "QA Engineer",
    "Account Executive",
    "Business Analyst",
    "Supply Chain Analyst",
    "Technical Writer",
    "Staff Accountant",
    "Operations Manager",
    "UX Researcher",
    "Java Developer",
    "Site Reliability Engineer",
    "Graduate Software Engineer",
    "Junior Data Scientist",
    "Payroll Specialist",
    "Full Stack Developer",
    "Product Manager",
]

NAMES = {
    "us": [
        "Sam Lee",
        "Jordan Miller",
        "Maria Gonzalez",
        "Tyler Brooks",
        "Aisha Johnson",
        "Kevin Nguyen",
        "Rachel Kim",
        "Daniel Ortiz",
        "Emily Carter",
        "Marcus Bell",
        "Brianna Walsh",
    ],
    "uk": [
        "Oliver Hughes",
        "Charlotte Evans",
        "Priya Patel",
        "Tom Fletcher",
        "Siobhan Murphy",
        "Ewan Campbell",
        "Amara Okafor",
        "Hannah Price",
        "Rhys Jenkins",
    ],
    "in": [
        "Priya Nair",
        "Rahul Sharma",
        "Ananya Iyer",
        "Vikram Reddy",
        "Sneha Kulkarni",
        "Arjun Mehta",
        "Divya Menon",
        "Karthik Subramanian",
        "Harpreet Kaur",
    ],
    "au": ["Jack Thompson", "Chloe Nguyen", "Liam O'Brien", "Mia Russo", "Harper Singh", "Ngaio Walker"],
    "eu": [
        "Lukas Becker",
        "Sofia Rossi",
        "Emma de Vries",
        "Mateo García",
        "Ingrid Solberg",
        "Chloé Martin",
        "Piotr Kowalski",
        "Jonas Lindqvist",
    ],
    "sg": ["Wei Ling Tan", "Marcus Lim", "Nur Aisyah Rahman", "Rajesh Pillai", "Jia Hui Ong"],
    "any": [
        "Wei Zhang",
        "Yuki Tanaka",
        "Olumide Adeyemi",
        "Fatima Al-Sayed",
        "Lan Nguyen",
        "Kwame Mensah",
        "Ji-woo Park",
        "Alejandro Ruiz",
        "Zeynep Demir",
        "Tomás Silva",
        "Anna Kowalczyk",
        "Mohammed Iqbal",
    ],
}

CITIES = {
    "us": [
        "Austin, TX",
        "Chicago, IL",
        "Seattle, WA",
        "New York, NY",
        "Denver, CO",
        "Atlanta, GA",
        "Boston, MA",
    ],
    "uk": ["London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Birmingham"],
    "in": ["Bengaluru", "Pune", "Hyderabad", "Chennai", "Gurugram", "Mumbai"],
    "au": ["Sydney NSW", "Melbourne VIC", "Brisbane QLD", "Perth WA"],
    "eu": ["Berlin", "Amsterdam", "Munich", "Barcelona", "Paris", "Oslo"],
    "sg": ["Singapore", "Singapore (Central)", "Singapore (Jurong East)"],
}

TLD = {"us": ".com", "uk": ".co.uk", "in": ".in", "au": ".com.au", "eu": ".eu", "sg": ".sg"}
CUR = {"us": "$", "uk": "£", "in": "₹", "au": "$", "eu": "€", "sg": "S$"}
MAILHOSTS = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk"]


def salary(rng: random.Random, region: str) -> str:
    """A salary line the way job boards in that region print it."""
    if region == "us":
        lo = rng.randrange(60, 150, 5)
        return rng.choice(
            [
                f"${lo},000 - ${lo + 25},000 a year",
                f"${lo}K–${lo + 30}K",
                f"${lo // 2} - ${lo // 2 + 15} an hour",
            ]
        )
    if region == "uk":
        lo = rng.randrange(28, 85, 2)
        return rng.choice(
            [f"£{lo},000 - £{lo + 10},000 a year", f"£{lo}k-£{lo + 8}k + benefits", f"£{lo * 12} per day"]
        )
    if region == "in":
        lo = rng.randrange(4, 30)
        return rng.choice(
            [f"{lo}-{lo + 6} Lacs P.A.", f"₹{lo},00,000 - ₹{lo + 5},00,000 a year", "Not disclosed"]
        )
    if region == "au":
        lo = rng.randrange(80, 180, 5)
        return rng.choice([f"${lo}k - ${lo + 20}k p.a. + super", f"${lo},000 – ${lo + 15},000 per year"])
    if region == "eu":
        lo = rng.randrange(45, 95, 5)
        return rng.choice([f"€{lo}.000 – €{lo + 15}.000", f"€{lo}k–{lo + 10}k / year"])
    lo = rng.randrange(4, 12)
    return f"S${lo},000 - S${lo + 3},000 monthly"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and").replace("pvt ltd", ""))


def email_local(name: str, rng: random.Random) -> str:
    return corpuslib.email_local([slug(p) for p in name.split() if slug(p)], rng)


def fmt_time(dt: datetime, region: str) -> str:
    """This slice writes UK times on the 24-hour clock."""
    return corpuslib.fmt_time(dt, region, dotted=())


# --------------------------------------------------------------------------------------------------------
# Job-list renderers for alert mail: each board has its own layout.
# --------------------------------------------------------------------------------------------------------


@dataclass
class Job:
    role: str
    company: str
    city: str
    pay: str
    posted: str
    rating: str
    jid: str = ""


def make_jobs(rng: random.Random, region: str, role: str, n: int) -> list[Job]:
    prefixes = ["", "", "Senior ", "Lead ", "Junior ", "Associate ", ""]
    jobs = [Job(role, "", "", "", "", "")]
    while len(jobs) < n:
        base = role.replace("Senior ", "").replace("Junior ", "")
        jobs.append(Job(rng.choice(prefixes) + base, "", "", "", "", ""))
    pool = COMPANIES[region] + COMPANIES[rng.choice([r for r in REGIONS if r != region])]
    comps = rng.sample(sorted(set(pool)), n)
    for j, c in zip(jobs, comps, strict=True):
        j.company = c
        j.city = rng.choice(CITIES[region] + ["Remote", "Hybrid"])
        j.pay = salary(rng, region)
        j.posted = rng.choice(
            ["1 day ago", "2 days ago", "Just posted", "Today", "3 days ago", "30+ days ago"]
        )
        j.rating = f"{rng.uniform(3.1, 4.7):.1f}"
        j.jid = str(rng.randrange(10**9, 10**10))
    return jobs


def render_jobs(jobs: list[Job], style: str) -> str:
    out = []
    for j in jobs:
        if style == "li":
            out.append(
                f"{j.role}\n{j.company} · {j.city}\n{j.posted} · Easy Apply\nView job: https://www.linkedin.com/comm/jobs/view/{j.jid}"
            )
        elif style == "in":
            out.append(f"{j.role}\n{j.company} - {j.city}\n{j.pay}\nEasily apply\n{j.posted}")
        elif style == "gd":
            out.append(f"{j.company} {j.rating} ★\n{j.role}\n{j.city}  |  {j.pay} (Employer est.)")
        elif style == "nk":
            out.append(
                f"{j.role}\n{j.company}\n3-7 Yrs | {j.pay} | {j.city}\nSkills: SQL, Python, stakeholder management"
            )
        elif style == "seek":
            out.append(f"{j.role}\n{j.company}\n{j.city}\n{j.pay}\nListed {j.posted}")
        else:
            out.append(f"• {j.role} at {j.company} ({j.city})")
    sep = "\n" if style == "bul" else "\n\n"
    return sep.join(out)


# --------------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------------


@dataclass
class Family:
    region: str  # one of REGIONS, or "any" (drawn per variant)
    sender: str
    subject: str | list[str]
    text: str
    headers: dict[str, str] = field(default_factory=dict)
    ics: dict[str, str] | None = None
    ev_days: int | None = None  # event offset in days from the message date (None: 2-6 days)
    tz: str | None = None  # sender's zone when it is not the region's (e.g. "UTC" for big platforms)
    n: int | None = None
    fid: str = ""  # oth-001 ..., in writing order


FAMILIES: list[Family] = []


def fam(region: str, sender: str, subject: str | list[str], text: str, **kw: object) -> None:
    corpuslib.add_family(FAMILIES, Family(region, sender, subject, text, **kw), PREFIX)  # type: ignore[arg-type]


# ---- 1. Job alerts and career newsletters (bulk mail full of "interview", "apply", job titles) ----------

fam(
    "any",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    ["“{role}”: {job1_company} - {job1_role} and more", "{n_new} new jobs for “{role}”"],
    """\
Your job alert for {role} in {city}
{n_new} new jobs match your preferences.

{jobs_li}

See all jobs
https://www.linkedin.com/comm/jobs/search?keywords={role_q}&savedSearchId={tok6}

Get noticed by recruiters: Premium members are 2x more likely to get hired. Try Premium for {cur}0.

----------------------------------------
This email was intended for {cand} ({headline})
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job Alert emails.
Manage job alerts: https://www.linkedin.com/comm/jobs/alerts
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "us",
    "Indeed <alert@indeed.com>",
    [
        "{n_new} new {role} jobs in {city}",
        "{job1_role} at {job1_company} and {n_more} more jobs in {city} for you",
    ],
    """\
Jobs 1-{n_new} of {n_more} new jobs

{jobs_in}

See more {role} jobs in {city} → https://www.indeed.com/jobs?q={role_q}&from=ja

Tip: Employers are hiring fast right now. Brush up with "How to Prepare for an Interview (With Tips and Examples)" on Indeed Career Guide.

This job alert was sent to {cand_email}.
You can unsubscribe from these emails or change your alert settings at any time: https://www.indeed.com/alerts?t={tok16}
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750""",
    headers=bulk(
        "<https://www.indeed.com/alerts/unsubscribe?t={tok16}>, <mailto:unsubscribe-{tok6}@indeed.com>"
    ),
)

fam(
    "any",
    "Glassdoor Jobs <noreply@glassdoor.com>",
    "{job1_role} at {job1_company} and {n_more} more {role} jobs",
    """\
{first}, check out the latest jobs for you

{jobs_gd}

Show more jobs: https://www.glassdoor.com/Job/jobs.htm?sc.keyword={role_q}

Know what to expect: read {n_views} interview reviews from people who interviewed at {job1_company}.

You're receiving this email because you created a job alert on Glassdoor.
Unsubscribe | Manage email settings | Privacy
Glassdoor LLC, 50 Beale Street, San Francisco, CA 94105""",
    headers=bulk(
        "<https://www.glassdoor.com/emailprefs/unsubscribe.htm?key={tok16}>",
        list_id="<jobalerts.glassdoor.com>",
    ),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "Glassdoor <community@glassdoor.com>",
    [
        "The 10 interview questions you'll almost certainly get asked",
        "Interview season is here: are you ready?",
    ],
    """\
Hi {first},

Whether your next interview is tomorrow or next month, these are the questions hiring managers keep coming back to:

1. Tell me about yourself.
2. Why do you want to work here?
3. What's your biggest weakness? (Yes, still.)
4. Tell me about a time you disagreed with a colleague.
5. Where do you see yourself in five years?
...and five more, with sample answers from people who got the offer.

READ THE FULL GUIDE →

Also this week:
• Salary negotiation: what to say when the recruiter asks for your number
• Are "stay interviews" the new exit interview?
• Companies with the best interview experience in {year}

You received this email because you are subscribed to Glassdoor Community newsletters.
Unsubscribe: https://www.glassdoor.com/emailprefs?e={tok16}
Glassdoor LLC · 50 Beale Street · San Francisco, CA 94105""",
    headers=bulk(
        "<https://www.glassdoor.com/emailprefs?e={tok16}>",
        list_id="Glassdoor Community <community.glassdoor.com>",
    ),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "Indeed Career Guide <careerguide@indeed.com>",
    [
        "How to answer “Tell me about yourself” in an interview",
        "8 common interview mistakes (and how to avoid them)",
    ],
    """\
CAREER GUIDE | Weekly picks for you

How to answer "Tell me about yourself" in an interview
It's usually the first question and it sets the tone. Use the present-past-future formula: what you do now, how you got here, and why this role is the next step.

Read more: https://www.indeed.com/career-advice/interviewing/tell-me-about-yourself

More from Career Guide
- 125 common interview questions and answers
- What to wear to a job interview
- How to write a thank-you email after an interview (with templates)
- What is a STAR interview?

Indeed Career Guide is a free resource. You are receiving this email because you opted in to career advice emails from Indeed.
Unsubscribe from these emails: https://www.indeed.com/unsubscribe?cg={tok16}
©{year} Indeed""",
    headers=bulk("<https://www.indeed.com/unsubscribe?cg={tok16}>"),
    tz="America/Chicago",
)

fam(
    "us",
    "Monster <jobalerts@monster.com>",
    "{first}, new jobs matching '{role}' are waiting",
    """\
Hi {first},

We found new jobs that match your search for "{role}" near {city}.

{jobs_bul}

View all matches: https://www.monster.com/jobs/search?q={role_q}

Don't miss out! Employers are scheduling interviews with candidates like you right now. Keep your resume updated so recruiters can find you.

This message was sent to {cand_email} because you signed up for job alerts.
Manage your alerts or unsubscribe: https://www.monster.com/profile/alerts
Monster Worldwide, Inc., 133 Boston Post Road, Weston, MA 02493""",
    headers=bulk(
        "<https://www.monster.com/profile/alerts/unsubscribe/{tok16}>", list_id="<alerts.monster.com>"
    ),
)

fam(
    "in",
    "Naukri Job Alert <jobalert@naukri.com>",
    [
        "{role} | {n_new} new jobs for you | Apply Now",
        "{first}, {job1_company} and {n_more} other companies are hiring",
    ],
    """\
Dear {first},

Based on your profile, here are jobs recommended for you:

{jobs_nk}

WALK-IN INTERVIEW: {job1_company} is conducting a walk-in drive for {role} on {ev_date_short}, 10 AM - 4 PM at {city}. Carry updated resume. (Walk-in details on job page)

Apply to all matching jobs: https://www.naukri.com/mnjuser/recommendedjobs

Recruiters are actively searching for profiles like yours. Update your profile to get 3x more recruiter calls.

Regards,
Team Naukri.com

You have received this mail because your profile is registered on Naukri.com. To stop receiving job alert mails, click here: https://www.naukri.com/unsubscribe?id={tok16}
Info Edge (India) Ltd., B-8, Sector 132, Noida - 201304""",
    headers=bulk("<https://www.naukri.com/unsubscribe?id={tok16}>", list_id="<jobalert.naukri.com>"),
)

fam(
    "au",
    "SEEK <noreply@s.seek.com.au>",
    ["{n_new} new jobs for {role} in {city}", "New {role} jobs: {job1_company} and more"],
    """\
Hi {first},

{n_new} new jobs for "{role}" in {city}

{jobs_seek}

View all jobs: https://www.seek.com.au/{role_q}-jobs?savedsearch={tok6}

Hot tip: Candidates who update their SEEK Profile get more approaches from employers.

You're receiving this email because you saved a search on SEEK. Manage saved searches or unsubscribe: https://www.seek.com.au/my-activity/saved-searches
SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121 | Privacy | Contact us""",
    headers=bulk("<https://www.seek.com.au/unsubscribe?ss={tok16}>", precedence=False),
)

fam(
    "eu",
    "StepStone Job Agent <jobagent@stepstone.de>",
    "Your Job Agent: {n_new} new jobs for “{role}”",
    """\
Hello {first} {last},

Your Job Agent "{role} – {city}" has found {n_new} new job offers:

{jobs_bul}

Show all results: https://www.stepstone.de/jobagent/{tok6}

Applying is easy: with your StepStone profile you can apply in just a few clicks.

Interview coming up? Our guide "Preparing for a job interview in Germany" explains what recruiters expect.

You are receiving this e-mail because you set up a Job Agent on StepStone. Edit or delete Job Agent: https://www.stepstone.de/jobagent/manage
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf""",
    headers=bulk(
        "<https://www.stepstone.de/jobagent/unsubscribe/{tok16}>", list_id="<jobagent.stepstone.de>"
    ),
)

fam(
    "uk",
    "Otta <hello@otta.com>",
    ["{first}, 6 new jobs we think you'll love", "Fresh matches for you this week 🔥"],
    """\
Hey {first} 👋

Here are this week's top matches based on your preferences:

{jobs_bul}

Companies on Otta reply to {n_views}% of applications within a week, so don't sit on these.

Psst: did you know you can practise interview questions for each company straight from the job page?

Happy hunting,
The Otta team

Don't want these emails? Update your notification preferences: https://app.otta.com/settings/notifications
Otta Ltd, 1 Finsbury Avenue, London EC2M 2PF""",
    headers=bulk("<https://app.otta.com/unsubscribe/{tok16}>", precedence=False),
)

fam(
    "us",
    "Wellfound <team@wellfound.com>",
    "Startups hiring {role}s this week",
    """\
{n_new} startups are hiring for roles like yours

{jobs_bul}

These companies are actively interviewing. Founders see your profile the moment you apply, no recruiters in the middle.

Browse all: https://wellfound.com/jobs?role={role_q}

—
Wellfound (formerly AngelList Talent)
Unsubscribe from weekly job digests: https://wellfound.com/settings/notifications?u={tok16}""",
    headers=bulk("<https://wellfound.com/settings/notifications?u={tok16}>"),
    tz="America/Los_Angeles",
)

fam(
    "us",
    "ZipRecruiter <alerts@ziprecruiter.com>",
    [
        "Great news! You're a great match for {n_new} new {role} jobs",
        "{job1_company} is hiring a {job1_role}",
    ],
    """\
Hi {first},

Phil here, your personal job-search assistant. I found {n_new} new jobs near {city} where you're a Great Match:

{jobs_bul}

1-Click Apply is on for most of these. Employers who see your profile today might invite you to interview this week!

See all jobs → https://www.ziprecruiter.com/candidate/suggested-jobs

Cheers,
Phil

You are receiving this email because you signed up for job alerts at ZipRecruiter.
Unsubscribe | Privacy Policy
ZipRecruiter, Inc. 604 Arizona Ave., Santa Monica, CA 90401""",
    headers=bulk(
        "<https://www.ziprecruiter.com/unsubscribe?email={tok16}>, <mailto:unsubscribe@ziprecruiter.com>"
    ),
    tz="America/Los_Angeles",
)

fam(
    "uk",
    "reed.co.uk <jobs@reed.co.uk>",
    "New {role} jobs in {city}",
    """\
Hi {first},

{n_new} new jobs matched your saved search "{role}" within 10 miles of {city}.

{jobs_in}

See all matching jobs: https://www.reed.co.uk/jobs/{role_q}-jobs-in-{city_q}

Top tip from our recruiters: always research the company before a first-stage interview. It shows.

You're receiving this email because you set up job alerts on reed.co.uk.
Stop these emails: https://www.reed.co.uk/account/job-alerts?unsub={tok16}
Reed Online Ltd, Academy Court, 94 Chancery Lane, London WC2A 1DT. Registered in England No. 6001011.""",
    headers=bulk(
        "<https://www.reed.co.uk/account/job-alerts?unsub={tok16}>", list_id="<jobalerts.reed.co.uk>"
    ),
)

fam(
    "uk",
    "Totaljobs <alerts@totaljobs.com>",
    "{first}, {n_new} new jobs you might like",
    """\
Your latest job matches

{jobs_bul}

Apply now, employers are reviewing applications this week.

Upcoming: Free online event "Ace your video interview" (Wednesday, 6pm). Save your spot on the Totaljobs website.

Manage your job alerts | Unsubscribe
This email was sent by Totaljobs Group Ltd, 10th Floor, Brettenham House, 2-19 Lancaster Place, London WC2E 7EN.""",
    headers=bulk("<https://www.totaljobs.com/profile/jobalerts/unsubscribe/{tok16}>"),
)

fam(
    "us",
    "Dice <jobs@dice.com>",
    "{n_new} new jobs for '{role}'",
    """\
New jobs for your search: {role} (Remote / {city})

{jobs_bul}

Contract, C2H and full-time. Many of these recruiters are setting up interviews within 48 hours of a match.

Edit search | Turn off alerts
Dice | 6465 South Greenwood Plaza Blvd, Suite 400, Centennial, CO 80111""",
    headers=bulk("<https://www.dice.com/dashboard/alerts/unsubscribe/{tok16}>", one_click=False),
    tz="America/Denver",
)

fam(
    "any",
    "{company} Careers <{company_slug}@myworkday.com>",
    ["New jobs posted from {company}", "Job Alert: {role} at {company}"],
    """\
Hello {first},

New jobs that match your saved job alert at {company} have been posted:

{role} - {city} - Requisition R-{tok6}
{role2} - Remote - Requisition R-{code}

To view these jobs and apply, sign in to the {company} Careers site.

You are receiving this email because you created a job alert in our career site. To stop receiving these notifications, sign in and remove the alert under "Job Alerts".

This is an automated message. Please do not reply.""",
    headers=AUTO,
)

fam(
    "eu",
    "Welcome to the Jungle <newsletter@welcometothejungle.com>",
    [
        "Panel interviews: how to win over five people at once",
        "This week: the interview question nobody prepares for",
    ],
    """\
THE JUNGLE NEWSLETTER · Issue #{tok6_short}

Panel interviews can feel like an ambush. Our editor spoke to four hiring managers about what they're really looking for when they're sitting on a panel, and why eye contact with the quiet person in the corner matters.

→ Read: "How to win over a panel interview"

Also inside
- Inside {company}: 3 days with their data team
- Salary transparency: what changed this year in the EU
- 20 companies hiring {role}s right now

See you next week!
The Welcome to the Jungle team

You're receiving this because you subscribed at welcometothejungle.com. Unsubscribe: https://www.welcometothejungle.com/unsubscribe/{tok16}""",
    headers=bulk(
        "<https://www.welcometothejungle.com/unsubscribe/{tok16}>",
        list_id="WTTJ Newsletter <newsletter.welcometothejungle.com>",
    ),
)

fam(
    "any",
    "LinkedIn <jobs-listings@linkedin.com>",
    "{first}, your top job picks this week",
    """\
Top job picks for you
Based on your profile and search history

{jobs_li}

You're a top applicant for 2 of these jobs.

See more jobs: https://www.linkedin.com/comm/jobs/collections/recommended

This email was intended for {cand} ({headline})
You are receiving Jobs You May Be Interested In emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "sg",
    "Jobstreet <noreply@jobstreet.com>",
    "{n_new} new jobs for you",
    """\
Hi {first},

New jobs matching "{role}" in {city}:

{jobs_seek}

View all recommended jobs on Jobstreet.

Career tip: 6 questions to ask at the end of your interview.

You're receiving this email because you saved a job search on Jobstreet. Unsubscribe from this alert: https://www.jobstreet.com.sg/unsubscribe/{tok16}
Jobstreet by SEEK""",
    headers=bulk("<https://www.jobstreet.com.sg/unsubscribe/{tok16}>", precedence=False),
)

fam(
    "us",
    "Built In Chicago <newsletter@builtin.com>",
    "Tech jobs in Chicago you'll want to apply for this week",
    """\
BUILT IN CHICAGO | Weekly Jobs Digest

Hiring now
{jobs_bul}

Featured story: "We asked 30 engineering managers what makes a great technical interview. Here's what they said."

Upcoming virtual event: Tech Career Fair, {ev_weekday} at 12 PM CT. Meet recruiters from 40+ companies, no RSVP needed.

Update email preferences | Unsubscribe
Built In, 203 N LaSalle St, Chicago, IL 60601""",
    headers=bulk("<https://builtin.com/email/unsubscribe/{tok16}>", list_id="<digest.builtin.com>"),
    tz="America/Chicago",
)

fam(
    "any",
    "The Muse <editors@themuse.com>",
    ["Your interview cheat sheet", "5 questions to ask at the end of every interview"],
    """\
Hi there,

Interview tomorrow? Bookmark this.

THE CHEAT SHEET
→ Research: 20 minutes on the company's latest news beats two hours on Glassdoor.
→ Stories: prep three STAR stories you can bend to fit most questions.
→ Questions: always ask one about the team's biggest challenge this quarter.
→ Follow-up: send a thank-you note within 24 hours.

Not interviewing yet? Browse open jobs at companies with great culture like {company} and {company2}.

The Muse · 1375 Broadway, New York, NY 10018
You're getting this email because you signed up for The Muse newsletter. Unsubscribe or manage preferences.""",
    headers=bulk(
        "<https://www.themuse.com/unsubscribe?u={tok16}>", list_id="The Muse <newsletter.themuse.com>"
    ),
    tz="America/New_York",
)

# ---- 2. LinkedIn / Indeed / platform notifications ------------------------------------------------------

fam(
    "any",
    "LinkedIn <jobs-noreply@linkedin.com>",
    ["Your application was viewed by {company}", "{first}, your application was viewed"],
    """\
Your application was viewed

{company} viewed your application for {role}.
{city}

Applied {n_views} days ago

View job: https://www.linkedin.com/comm/jobs/view/{tok6}{code}

Your application is still being considered. We'll let you know if anything changes. In the meantime, check out similar jobs at other companies.

----------------------------------------
This email was intended for {cand} ({headline})
You are receiving Job Application Update emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "LinkedIn <notifications-noreply@linkedin.com>",
    ["You appeared in {n_search} searches this week", "{first}, you appeared in {n_search} searches"],
    """\
You appeared in {n_search} searches this week

Your profile was found by people from:
{company}
{company2}
{agency}

Keywords your searchers used: {role}, SQL, stakeholder management

Recruiters: {n_views}

See all searches: https://www.linkedin.com/comm/me/search-appearances

Unlock who's viewing your profile with Premium.

This email was intended for {cand} ({headline})
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "LinkedIn <messages-noreply@linkedin.com>",
    ["{contact} viewed your profile", "{cfirst} from {company} viewed your profile"],
    """\
{first}, someone's looking at your profile

{contact}
{contact_title} at {company}
Viewed your profile {posted_short}

See who else viewed your profile: https://www.linkedin.com/comm/me/profile-views

Try Premium free for 1 month to see all {n_views} viewers from the past 90 days.

You are receiving notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "LinkedIn <notifications-noreply@linkedin.com>",
    ["Congratulate {friend} on the new role", "{friend} started a new position at {company}"],
    """\
{friend} started a new position

{friend}
{role} at {company}

Say congrats
https://www.linkedin.com/comm/feed/update/urn:li:activity:{tok16}

Other updates from your network:
• {colleague} is celebrating 3 years at {company2}
• {contact} posted: "We're hiring! 4 open roles on my team, DM me"

This email was intended for {cand}.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "LinkedIn <messages-noreply@linkedin.com>",
    ["You have 2 new messages", "{cfirst} sent you a new message"],
    """\
You have new messages

{contact}
{contact_title} at {agency}
"Hi {first}, I came across your profile and thought you could be a great fit for a {role} role with one of my clients. Would you be open to a quick chat this…"

{friend}
"haha yes! r u still coming to the thing on saturday?"

View messages: https://www.linkedin.com/comm/messaging/

This email was intended for {cand} ({headline})
You are receiving messaging notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "Indeed Apply <indeedapply@indeed.com>",
    ["An employer viewed your application", "Application update: {company}"],
    """\
Application status update

{role}
{company} - {city}

Status: Viewed by employer on {msg_date_short}

What this means: the employer opened your application. It doesn't mean a decision has been made. If they'd like to move forward, they'll reach out to you directly.

Track all your applications: https://myjobs.indeed.com/applied

Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
Unsubscribe from application updates""",
    headers=bulk("<https://www.indeed.com/unsubscribe?au={tok16}>", precedence=False),
)

fam(
    "any",
    "Indeed <no-reply@indeed.com>",
    ["Did you hear back from {company}?", "Any updates on your {role} application?"],
    """\
Hi {first},

You applied to {role} at {company} {n_views} days ago. Have you heard back?

[ Yes, I got an interview ]  [ Yes, I was rejected ]  [ Not yet ]

Your answer helps us show you better jobs and lets other job seekers know how responsive {company} is. It takes one tap.

Indeed
You received this email because you applied to a job on Indeed. Manage notifications: https://www.indeed.com/settings""",
    headers=bulk("<https://www.indeed.com/unsubscribe?hb={tok16}>"),
)

fam(
    "any",
    "LinkedIn Premium <premium-noreply@linkedin.com>",
    ["{first}, {n_views} people viewed your profile", "Your weekly profile stats"],
    """\
Your profile got {n_views} views in the past week

Viewers worked at: {company}, {company2} and more
{n_search} of them were recruiters

Job seekers with Premium get hired 2x as fast on average. See how you compare to other applicants and message hiring managers directly with InMail.

Start my free month → https://www.linkedin.com/premium/products/?upsellOrderOrigin=email_wvmp

Cancel anytime. We'll remind you 7 days before your trial ends.

© 2026 LinkedIn Corporation | Unsubscribe""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "LinkedIn <notifications-noreply@linkedin.com>",
    ["You passed the {skill} assessment", "Congrats {first}, you earned a {skill} badge"],
    """\
Congratulations, {first}!

You passed the {skill} skill assessment and scored in the top 30% of the {n_search}K people who took it.

Your badge now appears on your profile, so recruiters searching for {skill} can see it.

Show on profile: https://www.linkedin.com/comm/skill-assessments/{skill_q}/report

Take another assessment
- Microsoft Excel
- Python (Programming Language)
- Google Analytics

This email was intended for {cand}.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "Glassdoor <noreply@glassdoor.com>",
    ["How was your interview at {company}?", "{first}, share your interview experience at {company}"],
    """\
Hi {first},

Recently interviewed at {company}? Help others prepare by sharing what it was like. It's 100% anonymous.

What was the process like? What questions did they ask? How difficult was it?

Share my interview experience → https://www.glassdoor.com/mz-survey/interview/collectInterviews_input.htm?employerId={tok6}

Each review you add unlocks unlimited access to salaries and reviews for 12 months.

Thanks for helping make the job search better for everyone,
Glassdoor

You're receiving this email because you have a Glassdoor account. Unsubscribe: https://www.glassdoor.com/emailprefs?e={tok16}""",
    headers=bulk("<https://www.glassdoor.com/emailprefs?e={tok16}>", list_id="<surveys.glassdoor.com>"),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your job search this week: {n_apps} applications",
    """\
Your job search activity

This week you:
• Applied to {n_apps} jobs
• Saved 3 jobs
• Got {n_views} application views

Jobs you applied to
{role} · {company} · Applied {weekday}
{role2} · {company2} · Application viewed

Keep it up! Candidates who apply within the first 3 days of a posting are more likely to hear back.

Track applications: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED

This email was intended for {cand}. Unsubscribe · Help""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "in",
    "Naukri <info@naukri.com>",
    ["{n_views} recruiters viewed your profile", "{first}, recruiters are checking out your profile"],
    """\
Dear {first},

Your profile is getting attention! {n_views} recruiters viewed your profile in the last 7 days, including recruiters from {company} and {company2}.

Profile performance
Search appearances: {n_search}
Recruiter actions: {n_views}

Tip: Profiles updated in the last 15 days get 40% more recruiter calls. Update your resume headline now.

Want to know who viewed you? Upgrade to Naukri FastForward and get highlighted to recruiters.

Regards,
Naukri.com

To unsubscribe from profile performance mails, click here.""",
    headers=bulk("<https://www.naukri.com/unsubscribe?pp={tok16}>"),
)

fam(
    "any",
    "Google Drive <drive-shares-dm-noreply@google.com>",
    ["{friend} shared a document with you", 'Document shared with you: "{first} CV - feedback"'],
    """\
{friend} ({friend_email}) has shared the following document:

{first} CV - feedback

"went through it, left comments. the bit about the interview prep project is great, lead with that"

Open: https://docs.google.com/document/d/{tok32}/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because {friend_email} shared a document with you from Google Docs.""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "Teal <hello@tealhq.com>",
    [
        "Your weekly job search recap: {n_apps} applications, 2 interviews",
        "{first}, here's your week in job search",
    ],
    """\
Weekly recap for {first}

Bookmarked: 6
Applied: {n_apps}
Interviewing: 2
Offers: 0

Upcoming
• {company} · {role} · Interview on {ev_weekday}
• {company2} · {role2} · Follow up (applied 10 days ago)

Nice work this week. Remember: sending a follow-up a week after applying can double your response rate.

Open your Job Tracker: https://app.tealhq.com/job-tracker

Teal · You can change your email preferences any time.""",
    headers=bulk("<https://app.tealhq.com/unsubscribe/{tok16}>"),
)

# ---- 3. Reminders and calendar notifications for slots that are ALREADY booked ---------------------------

fam(
    "any",
    "{company} Recruiting <no-reply@greenhouse.io>",
    [
        "Reminder: your interview with {company} is tomorrow at {ev_time}",
        "Reminder: {role} interview tomorrow",
    ],
    """\
Hi {first},

This is a friendly reminder that your interview for the {role} position is tomorrow, {ev_date_long}, at {ev_time} {ev_tz}.

Interviewer(s): {contact}
Format: video call (the link is in your original calendar invitation)

If you need to make a change, please reply to your recruiting coordinator as soon as possible.

Good luck!
{company} Talent Acquisition

This is an automated reminder sent via Greenhouse.""",
    headers=AUTO,
    ev_days=1,
)

fam(
    "any",
    "Google Calendar <calendar-notification@google.com>",
    "Invitation updated: {role} interview - {cand} @ {ev_weekday} {ev_date_short} {ev_time} - {ev_time_end} ({ev_tz}) ({cand_email})",
    """\
This event has been updated
Changed: location

{role} interview - {cand}
When
{ev_weekday} {ev_date_short}, {year} {ev_time} – {ev_time_end} ({ev_tz})
Where
Google Meet: https://meet.google.com/{meet}
Organizer
{contact} - {contact_email}
Guests
{contact} - organizer
{cand}
{colleague}

View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid={tok32}

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
Forwarding this invitation could allow any recipient to send a response to the organizer.""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{role} interview - {cand}",
        "location": "",
        "url": "https://meet.google.com/{meet}",
    },
    tz="UTC",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    [
        "Accepted: Call with {cand} @ {ev_weekday} {ev_date_short} {ev_time}",
        "Accepted: Intro chat - {company} / {first}",
    ],
    """\
{contact} has accepted this invitation.

Call with {cand}
When: {ev_weekday} {ev_date_short}, {ev_time} – {ev_time_end} ({ev_tz})
Joining info: Join with Google Meet https://meet.google.com/{meet}

Invitation from Google Calendar""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Call with {cand}",
        "location": "",
        "url": "https://meet.google.com/{meet}",
    },
)

fam(
    "any",
    "Calendly <notifications@calendly.com>",
    [
        "Confirmed: 30 Minute Interview with {contact} on {ev_date_long}",
        "Confirmed: {company} Phone Screen between {contact} and {cand}",
    ],
    """\
Hi {cand},

Your event has been scheduled.

Event type: {company} Phone Screen ({role})
Invitee: {cand}
Event date/time: {ev_time} - {ev_time_end}, {ev_date_long} ({ev_tz})
Location: This is a Zoom web conference. https://zoom.us/j/{zoom}
Description: 30 minute intro call with {contact}.

A calendar invitation has been sent to your email address.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{tok32}
Reschedule: https://calendly.com/reschedulings/{tok32}

Powered by Calendly.com""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{company} Phone Screen ({role})",
        "location": "Zoom",
        "url": "https://zoom.us/j/{zoom}",
    },
)

fam(
    "any",
    "GoodTime <notifications@goodtime.io>",
    ["You booked your interview with {company}", "Booking confirmed: {role} - {company}"],
    """\
You're all set, {first}!

You booked: {role} - Hiring Manager Interview
With: {contact}, {contact_title}
When: {ev_date_long}, {ev_time} {ev_tz} (45 min)
Where: Microsoft Teams (link in the calendar invite)

We've added this to your calendar. You don't need to do anything else.

Need to reschedule? Use the link in your calendar invite or contact {company} recruiting.

Sent on behalf of {company} by GoodTime. Please do not reply to this email.""",
    headers=AUTO,
)

fam(
    "us",
    "Microsoft Outlook <no-reply@microsoft.com>",
    "Reminder: {role} Interview - Round 2 starts in 15 minutes",
    """\
Reminder

{role} Interview - Round 2
{ev_weekday}, {ev_date_short} {ev_time} - {ev_time_end}
Microsoft Teams Meeting
Organizer: {contact}

Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok32}

Dismiss | Snooze""",
    headers=AUTO,
    ev_days=0,
)

fam(
    "any",
    "Google Calendar <calendar-notification@google.com>",
    "Notification: Interview with {company} @ {ev_weekday} {ev_date_short}, {year} {ev_time} - {ev_time_end} ({ev_tz})",
    """\
Interview with {company}
This is a reminder for the following event.

When
{ev_weekday} {ev_date_short}, {year} {ev_time} – {ev_time_end} ({ev_tz})
Where
{company} office, {city} (reception, 4th floor)
Calendar
{cand_email}

Event details: https://calendar.google.com/calendar/event?action=VIEW&eid={tok32}

Invitation from Google Calendar
You are receiving this email at the account {cand_email} because you set a reminder for this event.""",
    headers=AUTO,
    ev_days=1,
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Tomorrow's interview: a few practical notes", "Ahead of tomorrow - logistics for your onsite"],
    """\
Hi {first},

Looking forward to seeing you tomorrow for your onsite with us. Nothing to reply to here, just a few practical bits so the day goes smoothly:

- Please arrive about 10 minutes early and ask for me at reception. Bring photo ID for the building pass.
- You'll meet {colleague} first, then {manager}, and we'll finish with a coffee with the team.
- Lunch is on us; let me know only if you have dietary requirements we don't already know about.
- Parking is limited, so public transport is your friend.

See you at {ev_time}!

Best,
{cfirst}
{contact_title} | {company}""",
    ev_days=1,
)

fam(
    "uk",
    "Workable <noreply@workablemail.com>",
    "Don't forget: your interview with {company} is coming up",
    """\
Hi {first},

Just a reminder that you're booked in for an interview with {company}:

Role: {role}
Date: {ev_date_long}
Time: {ev_time} ({ev_tz})
Location: {company}, {street}, {city}

If you can no longer make it, please let the team know using the link in your confirmation email.

Best of luck,
The {company} hiring team

Powered by Workable""",
    headers=AUTO,
)

fam(
    "any",
    "Zoom <no-reply@zoom.us>",
    [
        "Webinar reminder: Cracking the Technical Interview starts in 1 hour",
        "Reminder: Ace the Behavioral Interview webinar",
    ],
    """\
Hi {first},

This is a reminder that "Cracking the Technical Interview: Live Q&A with Hiring Managers" will begin in 1 hour.

Date & Time: {ev_date_long} {ev_time} {ev_tz}

Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/{zoom}?tk={tok16}
Passcode: {code}

You are receiving this email because you registered for this webinar. To cancel your registration, click here.

Copyright ©2026 Zoom Communications, Inc. All rights reserved.""",
    headers=AUTO,
    ev_days=0,
)

fam(
    "any",
    "{cand} <{cand_email}>",
    "Accepted: Interview: {role} - {cand}",
    """\
Looking forward to it, see you then.

{first}""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Interview: {role} - {cand}",
        "location": "",
        "url": "",
    },
)

fam(
    "any",
    "Calendly <notifications@calendly.com>",
    [
        "New Event: {friend} - 20 Minute Coffee Chat on {ev_date_long}",
        "New Event: {friend} booked time with you",
    ],
    """\
Hi {first},

A new event has been scheduled.

Event Type: 20 Minute Coffee Chat
Invitee: {friend}
Invitee Email: {friend_email}
Event Date/Time: {ev_time} - {ev_date_long} ({ev_tz})
Questions: "Would love to hear how you moved into {role} work, I'm thinking about it too!"

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{friend} and {cand}",
        "location": "",
        "url": "",
    },
)

# ---- 4. The candidate's OWN sent mail (first person, From is the candidate) -----------------------------

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Thank you - {role} interview", "Thanks for today", "Following up on our conversation"],
    """\
Dear {contact},

Thank you for taking the time to speak with me today about the {role} position. I really enjoyed hearing about how your team is rebuilding the reporting stack, and it made me even more excited about the role.

Our conversation about onboarding new markets stuck with me; it's very close to what I did at my last job and I'd love to bring that experience to {company}.

Please don't hesitate to reach out if you need anything else from me. I look forward to hearing about next steps.

Kind regards,
{cand}
{cand_phone}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Withdrawing my application - {role}", "Application withdrawal", "Re: {role} application"],
    """\
Hi {cfirst},

I hope you're well. I wanted to let you know that I'd like to withdraw my application for the {role} role. I've accepted another position that's a better fit for where I am right now.

Thank you for your time and for being so responsive throughout the process. I have a lot of respect for what {company} is building and hope our paths cross again.

All the best,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    [
        "Checking in on my application",
        "Following up: {role} application",
        "Status of my application for {role}?",
    ],
    """\
Hello {contact},

I applied for the {role} opening ({city}) about two weeks ago and wanted to follow up to check where things stand. I'm still very interested in the position and happy to provide anything else you might need: references, work samples, or more detail on my experience.

Would you be able to share a rough timeline for next steps?

Thanks very much,
{cand}
LinkedIn: linkedin.com/in/{cand_slug}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Offer of employment - {role}", "Offer acceptance", "Accepting the {role} offer"],
    """\
Hi {cfirst},

Thanks so much for the offer, I'm delighted to accept! Please find the signed offer letter attached.

Confirming the start date of {ev_date_long} works for me. Let me know what you need from me before then (bank details, ID, right-to-work documents etc.).

Really looking forward to joining the team.

Best wishes,
{cand}""",
    ev_days=20,
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Offer - {role}", "Decision on the {role} offer"],
    """\
Dear {contact},

Thank you again for the offer to join {company} as {role}, and for the time everyone spent with me over the last few weeks.

After a lot of thought I've decided to decline. It was a genuinely difficult decision; the main factor is that I've accepted a role closer to home, which makes more sense for my family at the moment.

I hope we can stay in touch.

Warm regards,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Interview availability", "Re: {role} - next steps", "Re: Scheduling your interview"],
    """\
Hi {cfirst},

{ev_weekday} at {ev_time} works great for me, thank you. I'll keep an eye out for the calendar invite.

See you then!
{first}

Sent from my iPhone""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Request for feedback - {role}", "Re: Your application to {company}"],
    """\
Hi {contact},

Thanks for letting me know, and for the update. Disappointing of course, but I appreciate you closing the loop.

If you have a few minutes, I'd be grateful for any feedback from the interviews, especially on the case study. It would really help me going forward.

Thanks again and best of luck with the search,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Application: {role} (Ref {tok6})", "{role} application - {cand}", "CV for the {role} role"],
    """\
Dear Hiring Manager,

Please find attached my CV and cover letter for the {role} position advertised on your website (ref. {tok6}).

I have {n_views} years of experience in similar roles, most recently at {company2}, where I led a small team and delivered a migration that cut monthly reporting time by half. I'm now looking for a role with more ownership and believe {company} would be an excellent fit.

I'd welcome the opportunity to discuss my application at an interview at your convenience.

Yours faithfully,
{cand}
{cand_phone}""",
)

fam(
    "us",
    "{cand} <{cand_email}>",
    ["Re: Offer details", "Re: {role} offer - compensation"],
    """\
Hi {cfirst},

Thank you, I'm really excited about the offer and the team.

Before I sign I wanted to talk through the base salary. Based on my research and the scope we discussed (owning the data platform roadmap), I was hoping for something closer to {amount2}. I'm flexible on how we get there, e.g. a sign-on bonus or an earlier review.

Would you have 15 minutes this week to discuss?

Thanks,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["References - {cand}", "Re: Reference details"],
    """\
Hi {cfirst},

As requested, here are my references:

1. {manager}, Head of Analytics, {company2} (my manager 2022-2025), {manager_email}
2. {colleague}, Senior Engineer, {company2}, {col_email}

Both know to expect a call or email. Please let me know if you need anything else.

Kind regards,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Request to reschedule - {ev_weekday}'s interview", "Re: Interview confirmation - could we move it?"],
    """\
Hi {cfirst},

I'm so sorry to do this, but something urgent has come up at work on {ev_weekday} and I won't be able to make the {ev_time} slot.

Would any time on the following Monday or Tuesday work instead? I'm free all day apart from 12-1.

Apologies again for the inconvenience.

Best,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["I GOT IT!!!", "guess who got the job", "news!!"],
    """\
{ffirst}!!!

they called this afternoon, I got the offer from {company}!! {role}, starting next month. I literally screamed in the car park

drinks this weekend? my treat obviously

x {first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: {role} opportunity", "Re: Exciting opportunity with {agency}", "Re: Quick question"],
    """\
Hi {cfirst},

Thanks for reaching out and for thinking of me. I'm happy where I am at the moment so I'll pass on this one, but feel free to keep me in mind for senior roles later in the year.

Cheers,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Take-home assignment - {cand}", "Re: {role} technical task - submission"],
    """\
Hi {cfirst},

Please find my solution to the take-home exercise here: https://github.com/{cand_slug}/{repo}

The README explains how to run it and the trade-offs I made. I kept to roughly the suggested 3 hours, so there are a couple of TODOs I'd tackle with more time (mainly tests around the import edge cases).

Happy to walk through it whenever suits.

Thanks,
{cand}""",
)

# ---- 5. Cold outreach, agency spam, referrals, networking -----------------------------------------------

fam(
    "any",
    "{contact} <{contact_email}>",
    ["{role} opportunity - open to a chat?", "Quick question, {first}", "Opportunity at {company}"],
    """\
Hi {first},

I came across your profile and was really impressed by your background, particularly your work at {company2}.

I'm currently partnering with {company} on a {role} role. It's a newly created position within a growing team, hybrid ({city}), with a very competitive package.

Are you open to new opportunities at the moment? If so, I'd love to set up a quick call to tell you more. If not, no worries at all, and I'd appreciate it if you could point me towards anyone in your network who might be interested.

Best regards,
{contact}
{contact_title} | {agency}
{contact_phone}""",
)

fam(
    "uk",
    "{contact} <{agency_email}>",
    ["Exciting {role} opportunity - {city} - {salary}", "NEW ROLE: {role} | {city} | Hybrid"],
    """\
Hi {first},

Hope you're well. I have an exciting new opportunity that I think matches your skill set:

Job title: {role}
Location: {city} (2 days in office)
Salary: {salary}
Contract: Permanent

About the client:
My client is a fast-growing, award-winning organisation in the {sector} sector, currently undergoing significant digital transformation.

Key responsibilities:
• Own end-to-end delivery across multiple workstreams
• Partner with senior stakeholders
• Mentor junior team members

Requirements:
• 3+ years in a similar role
• Strong communication skills
• Right to work in the UK (no sponsorship available)

If this sounds of interest, please reply with an up-to-date CV and a good time to call. If it's not for you, referrals are always appreciated: we offer £250 for any successful placement.

Kind regards,
{contact}
Senior Consultant
{agency} | Registered in England & Wales No. {tok6}
{agency} acts as an employment agency for permanent recruitment. To stop receiving job opportunities from us, reply UNSUBSCRIBE.""",
)

fam(
    "in",
    "{contact} <{agency_email}>",
    [
        "Urgent Requirement: {role} || {city} || Immediate Joiners",
        "Job Opening for {role} @ {company} - {city}",
    ],
    """\
Dear Candidate,

Greetings from {agency}!!

We are having an urgent requirement for {role} with our MNC client {company}. Please find the JD below and revert with your updated CV if interested.

Position: {role}
Experience: 4 - 8 years
Location: {city} (Work from office)
Notice period: Immediate to 30 days
CTC: {salary}
Mode: Full Time / Payroll of {agency}

Mandatory skills: SQL, Python, Power BI, good communication

Kindly share below details:
Total Exp:
Relevant Exp:
Current CTC:
Expected CTC:
Notice Period:
Current Location:

Note: Face to face interview. Only candidates who can attend F2F round need to apply.

Thanks & Regards,
{contact}
Talent Acquisition Specialist | {agency}
M: {contact_phone}
Disclaimer: If you are not interested, please ignore this mail.""",
)

fam(
    "us",
    "{contact} <{agency_email}>",
    ["Hot requirement - {role} - W2/C2C - Remote", "Immediate need: {role} | 12+ months contract"],
    """\
Hi {first},

Hope you are doing great!

This is {cfirst} from {agency}. I have an immediate need for a {role} with one of our direct clients. Please go through the details below and let me know your interest.

Role: {role}
Location: Remote (EST hours)
Duration: 12+ Months
Rate: $65/hr on W2 (negotiable)
Visa: USC/GC/H4 EAD only

Required:
- 7+ years experience
- Strong SQL, Python, AWS
- Healthcare domain is a big plus

If interested, please share your updated resume, rate and best time to reach you.

Thanks,
{contact}
Sr. Technical Recruiter | {agency}
Direct: {contact_phone}
Note: We respect your on-line privacy. This is not an unsolicited mail. If you would like to be removed from our mailing list, please reply with REMOVE in the subject line.""",
)

fam(
    "any",
    "{contact} <{agency_email}>",
    ["Confidential: leadership search", "A confidential conversation"],
    """\
{first},

I lead {agency}'s technology practice and I'm running a confidential search for a portfolio company backed by a tier-one growth investor. They are looking for a Head of {dept} to build the function from the ground up.

Given your track record, I would value 20 minutes of your time, even if only to get your perspective on who else I should be speaking to.

Would {ev_weekday} or later in the week suit? I'm flexible around your schedule.

With best regards,
{contact}
Partner, {agency}

This message and any attachment are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Re: {role} opportunity - open to a chat?", "Bumping this up", "Following up"],
    """\
Hi {first},

Just bumping this to the top of your inbox incase it got buried. Still keen to tell you about the {role} role at {company}. The hiring manager is moving quickly.

If the timing's not right, just let me know and I'll stop chasing!

{cfirst}""",
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["could you refer me?", "Referral at {company}?", "favour to ask 🙏"],
    """\
Hey {first},

Hope all's good with you! Random one: I saw {company} has a {role} opening and I think I'd be a strong fit. Since you're there, would you be comfortable referring me? I know the internal referal usually gets looked at faster.

Happy to send my CV and a couple of lines you can paste in. And totally fine if not, no pressure at all.

Thanks!!
{ffirst}""",
)

fam(
    "any",
    "{company} People Team <people@{domain}>",
    ["Know someone great? Referral bonuses are doubled this month", "Refer a friend for our open roles"],
    """\
Hi all,

We're growing fast and need your help: for every successful referral into one of the roles below, hired before the end of next quarter, you'll receive a {bonus} referral bonus (double the usual amount).

Open roles
- {role} ({city})
- {role2} (Remote)
- Senior Product Manager ({city})

How to refer: submit your referral in Workday under Jobs Hub > Refer. Please don't email CVs to the recruiters directly.

Referred candidates still go through the standard interview process. The bonus is paid after the new hire's 90th day.

Thanks,
People Team""",
    headers={"Precedence": "list", "List-Id": "<all-staff.{domain}>"},
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["coffee next week?", "catch up soon?", "Coffee ☕"],
    """\
hey!

it's been ages. are you around for a coffee next week? I'm near {city_centre} most days. I'd love to hear how the job hunt's going, and honestly I want to pick your brain about whether I should jump ship too lol

{ev_weekday} morning works for me, or any lunchtime

{ffirst}""",
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["Fellow {school} alum - 15 min chat?", "Advice on breaking into {role} roles"],
    """\
Hi {first},

I hope you don't mind the cold email. I'm a final-year student at {school} and found you through the alumni network. I'm hoping to get into {role} work after graduation and would really value 15 minutes of your time to hear how you got started and what you wish you'd known.

I'm happy to work around your schedule, and a call or a coffee is fine (my treat!).

Thank you so much for considering it,
{friend}""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Do you know anyone?", "Anyone in your network looking for a {role} role?"],
    """\
Hi {first},

Hope you're well! I know you're not looking yourself, but I'm hiring for a {role} at {company} and thought you might know someone great. Mid-level, hybrid in {city}, strong SQL a must.

If anyone comes to mind, I'd be grateful for an intro, or feel free to forward this on.

Thanks a lot,
{cfirst}""",
)

fam(
    "any",
    "{company} Talent Community <talent@{domain}>",
    ["Life at {company}: spring update", "News from {company} Careers"],
    """\
Hi {first},

Thanks for being part of the {company} Talent Community. Here's what's new:

📍 We opened a new office in {city}
🎙️ Meet the team: a day in the life of our {role}s
🏆 Named one of the "Best Places to Work" for the third year running

Roles you might like
• {role} - {city}
• {role2} - Remote

Explore all open positions on our careers site.

You're receiving this email because you joined our Talent Community. Unsubscribe or update your preferences at any time.
{company}, {street}, {city}""",
    headers=bulk(
        "<https://careers.{domain}/talent-community/unsubscribe?id={tok16}>",
        list_id="<talent-community.{domain}>",
    ),
)

fam(
    "uk",
    "{agency} <registrations@{agency_domain}>",
    ["Please confirm your details with {agency}", "Your registration with {agency}"],
    """\
Dear {first},

Thank you for registering with {agency}. To comply with the Conduct of Employment Agencies and Employment Businesses Regulations 2003, we need you to confirm a few details before we can put you forward for any roles:

• Right to work in the UK
• Minimum salary / day rate expectations
• Notice period
• Consent for us to share your CV with clients

Please complete the short form here: https://portal.{agency_domain}/register/{tok16}

If you did not register with us, please ignore this email and your details will be deleted after 30 days.

Kind regards,
The {agency} Compliance Team""",
    headers=AUTO,
)

fam(
    "any",
    "Toptal <talent@toptal.com>",
    ["{first}, join the top 3% of freelance talent", "Freelance {role} work with leading companies"],
    """\
Hi {first},

We're looking for exceptional freelance {role}s to join the Toptal network. Clients include Fortune 500 companies and fast-growing startups, and you set your own rate and hours.

Our screening process is rigorous (language and personality review, skills test, live screening and a test project), but members tell us it's worth it.

Apply to join: https://www.toptal.com/talent/apply?ref={tok6}

The Toptal Team

Unsubscribe from Toptal recruiting emails: https://www.toptal.com/unsubscribe/{tok16}""",
    headers=bulk("<https://www.toptal.com/unsubscribe/{tok16}>"),
    tz="America/Los_Angeles",
)

# ---- 6. Receipts, shipping, bank, SaaS, dev tools, accounts, courses, events ----------------------------

fam(
    "uk",
    "Amazon.co.uk <auto-confirm@amazon.co.uk>",
    [
        "Your Amazon.co.uk order #{order_no}",
        'Ordered: "Cracking the Coding Interview: 189..." and 1 more item',
    ],
    """\
Hello {first},

Thank you for your order. We'll let you know once your item(s) have dispatched.

Order #{order_no}
Arriving {ev_weekday}

Cracking the Coding Interview: 189 Programming Questions and Solutions
Quantity: 1
£27.99

Anker USB-C Charger 65W
Quantity: 1
£35.99

Order Total: £63.98

View or manage order: https://www.amazon.co.uk/your-orders/order-details?orderID={order_no}

We hope to see you again soon.
Amazon.co.uk

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "uk",
    "Royal Mail <no-reply@royalmail.com>",
    "Your parcel is on its way",
    """\
Hi {first},

Your parcel from {shop} is on its way and will be delivered {ev_weekday}.

Tracking number: {tracking}
Delivery window: 10:05 - 14:05

Not going to be in? You can choose a Safeplace or redirect to a local Post Office:
https://www.royalmail.com/track-your-item#/tracking-results/{tracking}

Thanks,
Royal Mail

Please do not reply to this email as this address is not monitored.""",
    headers=AUTO,
)

fam(
    "au",
    "Australia Post <noreply@notifications.auspost.com.au>",
    ["Your delivery from {shop} is coming today", "Your parcel is out for delivery"],
    """\
Hi {first},

Good news, your parcel is out for delivery today.

From: {shop}
Tracking number: {tracking}
Estimated delivery: by 6pm

Track in the AusPost app or at auspost.com.au/mypost/track/details/{tracking}

If no one's home we'll leave a card and take it to your nearest Post Office.

Australia Post acknowledges the Traditional Custodians of the land on which we operate.""",
    headers=AUTO,
)

fam(
    "us",
    "UPS <mcinfo@ups.com>",
    "UPS Update: Package Scheduled for Delivery {ev_weekday}",
    """\
Hello, your package is on the way.

Scheduled Delivery: {ev_weekday}, {ev_date_short}
Estimated Time: 10:30 AM - 2:30 PM
Shipped From: {shop}
Tracking Number: {tracking}
Number of Packages: 1
Ship To: {first_upper} {last_upper}, {city}

Want more control? Sign up for UPS My Choice to reroute or reschedule.

© 2026 United Parcel Service of America, Inc. UPS, the UPS brandmark and the color brown are trademarks of UPS.
This is an automated email, please do not reply.""",
    headers=AUTO,
)

fam(
    "any",
    "{bank} <alerts@{bank_domain}>",
    ["Your {month} statement is ready", "Your statement is now available", "eStatement available"],
    """\
Dear {cand},

Your statement for the account ending {last4} is now available to view online.

Statement period: {month} {year}
Log in to online banking or the {bank} app to view it.

For your security, we will never ask for your password, PIN or one-time passcode by email.

Kind regards,
{bank}

Please do not reply to this email. This mailbox is not monitored.""",
    headers=AUTO,
)

fam(
    "any",
    "{bank} <noreply@{bank_domain}>",
    ["Your card payment was declined", "Declined transaction on card ending {last4}"],
    """\
Hi {first},

We declined a payment on your debit card ending {last4}:

Merchant: {shop}
Amount: {amount}
Reason: insufficient funds

If you don't recognise this transaction, call us immediately on the number on the back of your card.

{bank} Fraud & Security""",
    headers=AUTO,
)

fam(
    "uk",
    "Octopus Energy <hello@octopus.energy>",
    ["Your latest bill is ready", "Your {month} energy statement"],
    """\
Hi {first},

Your latest energy statement is ready.

Period: {month} {year}
Electricity: £{util_e}
Gas: £{util_g}
Balance: in credit

We'll collect your Direct Debit as usual on the 1st. Nothing to do!

Submit a meter reading: https://octopus.energy/dashboard/

Octopus Energy Ltd, UK House, 5th floor, 164-182 Oxford Street, London W1D 1NN""",
    headers=AUTO,
)

fam(
    "in",
    "Airtel <noreply@airtel.com>",
    ["Your Airtel postpaid bill for {month}", "Bill generated for Airtel number ending {last4}"],
    """\
Dear Customer,

Your Airtel Postpaid bill for number ******{last4} has been generated.

Bill amount: ₹{util_e}
Due date: {ev_date_short}

Pay now via Airtel Thanks app to avoid late payment charges.

Regards,
Team Airtel

This is a system generated mail. Please do not reply.""",
    headers=AUTO,
)

fam(
    "any",
    "Slack <notification@slack.com>",
    ["[Slack] New messages from {colleague} in {ws}", "[Slack] Notifications from the {ws} workspace"],
    """\
You have a new mention in {ws}

#team-{dept_slug}
{colleague}: @{first} can you take a look at the dashboard numbers before the interview loop debrief? something's off with march

{manager}: also reminder the hiring sync moved to 3pm

Reply in Slack: https://{ws_slug}.slack.com/archives/C0{tok6}

@{first}, you're receiving this because you have email notifications turned on. Change preferences.
Slack Technologies, LLC, 415 Mission Street, San Francisco, CA 94105""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "{colleague} <notifications@github.com>",
    [
        "[{org}/{repo}] Add interview scheduling endpoint (PR #{pr_no})",
        "Re: [{org}/{repo}] Fix flaky test in offer_service (#{pr_no})",
    ],
    """\
@{col_handle} requested your review on: {org}/{repo}#{pr_no} Add interview scheduling endpoint.

Adds POST /interviews and the availability lookup. Candidates can now pick a slot from the recruiter's calendar.

- [x] unit tests
- [ ] docs

You can view, comment on, or merge this pull request online at:
  https://github.com/{org}/{repo}/pull/{pr_no}

Commit Summary
  * add interview model
  * wire up availability lookup

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because your review was requested.""",
    headers={
        "List-Id": "{org}/{repo} <{repo}.{org}.github.com>",
        "List-Unsubscribe": "<mailto:unsub+{tok16}@reply.github.com>",
        "Precedence": "list",
    },
    tz="UTC",
)

fam(
    "any",
    "GitHub <noreply@github.com>",
    "[{org}/{repo}] Run failed: CI - main ({tok6})",
    """\
Run failed: CI - main ({tok6})
{org}/{repo}

test (3.11)  Failed in 2 minutes and 14 seconds
lint         Succeeded

  FAILED tests/test_offers.py::test_offer_letter_render - AssertionError

View workflow run: https://github.com/{org}/{repo}/actions/runs/{pr_no}{code}

You are receiving this because this workflow ran on your default branch.
Manage your GitHub Actions notifications.""",
    headers={"List-Id": "{org}/{repo} <{repo}.{org}.github.com>", **AUTO},
    tz="UTC",
)

fam(
    "any",
    "{colleague} (Jira) <jira@{ws_slug}.atlassian.net>",
    [
        "[JIRA] ({ticket}) Candidate portal: interview confirmation page shows wrong timezone",
        "[JIRA] {colleague} assigned {ticket} to you",
    ],
    """\
{colleague} assigned this issue to you

{ticket}: Candidate portal: interview confirmation page shows wrong timezone
Type: Bug  Priority: High  Status: To Do

When a candidate in IST books an interview slot, the confirmation page renders the time in UTC. Reported by the recruiting team; affects the offer page as well.

View issue: https://{ws_slug}.atlassian.net/browse/{ticket}

This message was sent by Atlassian Jira. Manage notifications: https://{ws_slug}.atlassian.net/jira/settings/personal/notifications""",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    tz="UTC",
)

fam(
    "any",
    "Notion Team <notify@mail.notion.so>",
    ["{colleague} mentioned you in Interview Question Bank", "Updates in {ws}"],
    """\
{colleague} mentioned you in a comment

Interview Question Bank / Data team

"@{first} can you add two SQL questions for the mid-level loop? we're refreshing the bank before Q2 hiring"

Reply: https://www.notion.so/{tok32}

You're receiving this because you have mention notifications turned on. Notion Labs, Inc.""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "{saas} <no-reply@{saas_domain}>",
    ["Reset your password", "Password reset request", "Your {saas} password reset link"],
    """\
Hi {first},

We received a request to reset the password for your {saas} account ({cand_email}).

Reset password: https://{saas_domain}/reset?token={tok32}

This link expires in 60 minutes. If you didn't request a password reset, you can safely ignore this email; your password won't change.

— The {saas} team""",
    headers=AUTO,
)

fam(
    "any",
    "{saas} <security@{saas_domain}>",
    ["Your verification code is {code}", "{code} is your {saas} login code"],
    """\
Your {saas} verification code is:

{code}

Enter this code to finish signing in. It expires in 10 minutes.

If you didn't try to sign in, someone may have your password. Change it now.""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "Google <no-reply@accounts.google.com>",
    "Security alert",
    """\
A new sign-in on Mac

{cand_email}

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser?Email={cand_email}&continue=https://myaccount.google.com/alert/nt/{tok16}

You can also see security activity at https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "Uber Receipts <noreply@uber.com>",
    ["Your {weekday} morning trip with Uber", "Your {weekday} evening trip with Uber"],
    """\
Thanks for riding, {first}

Total {amount}

Trip fare        {amount}
Booking fee      included

You rode with {friend_first_only}
{city_centre} → {street}

Rate or tip: https://riders.uber.com/trips/{tok32}

Uber B.V., Burgerweeshuispad 301, 1076 HR Amsterdam""",
    headers=AUTO,
)

fam(
    "any",
    "{airline} <noreply@{airline_domain}>",
    ["Your booking confirmation {pnr}", "Booking {pnr}: your trip to {city2}"],
    """\
Dear {first_upper} {last_upper},

Thank you for booking with {airline}. Your booking reference is {pnr}.

Outbound: {ev_weekday} {ev_date_short}
Departs {ev_time}, arrives 3h 20m later
Economy Light, 1 x cabin bag

Online check-in opens 48 hours before departure.

Manage booking: https://www.{airline_domain}/manage/{pnr}

We look forward to welcoming you on board.""",
    headers=AUTO,
)

fam(
    "any",
    "Coursera <no-reply@t.mail.coursera.org>",
    ["Your course starts {ev_weekday}: Google Data Analytics", "Week 3 is open: Interviewing stakeholders"],
    """\
Hi {first},

Welcome back! Week 3 of Google Data Analytics Professional Certificate is now open.

This week: Ask Questions to Make Data-Driven Decisions
• Video: Interviewing stakeholders (7 min)
• Reading: Structured vs. unstructured thinking
• Graded quiz: Weekly challenge 3

Learners who finish this week on schedule are 3x more likely to complete the course.

Resume learning: https://www.coursera.org/learn/ask-questions-make-decisions/home/week/3

Coursera | 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040
Unsubscribe from course reminder emails.""",
    headers=bulk("<https://www.coursera.org/account-settings/unsubscribe?t={tok16}>"),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "{saas} Events <events@{saas_domain}>",
    [
        "Join our webinar: acing the technical interview",
        "You're invited: Live workshop - system design interviews",
        "Last chance to register: Interview Masterclass",
    ],
    """\
Hi {first},

Technical interviews are changing fast. Join us live for a 45-minute session with senior engineers who have run hundreds of interviews at top tech companies.

You'll learn:
✔ How to structure your answer in a system design interview
✔ What interviewers actually write in their feedback
✔ Live mock interview + Q&A

📅 {ev_date_long}
🕐 {ev_time} {ev_tz}
📍 Online, free

Save my seat → https://{saas_domain}/webinars/technical-interview?utm_source=email

Can't make it? Register anyway and we'll send you the recording.

See you there,
The {saas} Team

You are receiving this because you signed up at {saas_domain}. Unsubscribe | Preferences""",
    headers=bulk("<https://{saas_domain}/unsubscribe?u={tok16}>", list_id="<events.{saas_domain}>"),
)

fam(
    "any",
    "Meetup <info@meetup.com>",
    ["New event: {meetup} - {ev_weekday} {ev_date_short}", "{meetup}: Lightning talks + networking"],
    """\
{meetup} posted a new event

Lightning talks & networking night
{ev_weekday}, {ev_date_short} · 6:30 PM
{company} HQ, {street}, {city}

Three 10-minute talks, pizza, and a "hiring corner" where local companies chat about open roles. Come along even if you're not job hunting!

Attend: https://www.meetup.com/{meetup_slug}/events/{tok6}{code}/
42 members going

Don't want these emails? Manage notification settings.
Meetup LLC, POB 4668 #37895, New York, NY 10163-4668""",
    headers=bulk("<https://www.meetup.com/account/comm/unsubscribe/?t={tok16}>", precedence=False),
)

fam(
    "any",
    "DocuSign via {letting} <dse@docusign.net>",
    ["Please DocuSign: Tenancy renewal - {street}", "Completed: Assured Shorthold Tenancy Agreement"],
    """\
{letting} sent you a document to review and sign.

REVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a={tok32}

{landlord}
{letting}

Hi {first}, please review and sign the tenancy renewal for {street}. The new term starts on the 1st. Any questions, just give us a ring.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign: Sign documents electronically in just minutes.""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "Zoom <no-reply@zoom.us>",
    ["Cloud Recording - {meeting_name} is now available", "Meeting assets for {meeting_name} are ready!"],
    """\
Hi {first},

Your cloud recording is now available.

Topic: {meeting_name}
Date: {msg_date_short}

Share recording with viewers:
https://us02web.zoom.us/rec/share/{tok32}
Passcode: {tok6}

Meeting summary (AI Companion) is also ready to view.

Thank you for choosing Zoom.""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "us",
    "LeetCode <no-reply@leetcode.com>",
    ["Weekly Contest {pr_no} starts soon", "New: AI Mock Interviews on LeetCode"],
    """\
Hello {first},

🚀 New on LeetCode: Mock Interviews

Practice with timed interview sessions modelled on real companies' question sets. Get a score, a breakdown of your weak topics, and a suggested study plan.

Try a free mock interview → https://leetcode.com/interview/

This week's contest: Weekly Contest {pr_no}, Sunday 10:30 AM ET.

Your streak: {n_views} days. Keep it up!

You are receiving this email because you are registered on LeetCode. Unsubscribe: https://leetcode.com/profile/email-settings/""",
    headers=bulk("<https://leetcode.com/profile/email-settings/?u={tok16}>"),
)

fam(
    "uk",
    "HMRC <noreply@notifications.service.gov.uk>",
    "Your tax code has changed",
    """\
Dear {cand},

Your tax code has changed. You can check your new tax code and how it was worked out in your personal tax account.

Sign in at GOV.UK and search for "personal tax account".

HMRC will never send you a link to claim a refund by email or text. If you get a suspicious email, forward it to phishing@hmrc.gov.uk.

From HM Revenue and Customs""",
    headers=AUTO,
)

fam(
    "any",
    "{clinic} <appointments@{clinic_domain}>",
    [
        "Appointment confirmed: {ev_weekday} {ev_date_short} at {ev_time}",
        "Reminder: your appointment tomorrow",
    ],
    """\
Dear {first},

Your appointment is confirmed.

With: Dr {doctor}
Date: {ev_date_long}
Time: {ev_time}
Where: {clinic}, {street}, {city}

Please arrive 10 minutes early to complete your check-in. If you need to cancel or change your appointment, please give us at least 24 hours' notice by calling reception.

This is an automated message, replies are not monitored.""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Appointment with Dr {doctor}",
        "location": "{clinic}, {street}",
        "url": "",
    },
    ev_days=1,
)

fam(
    "any",
    "TopResume <reviews@topresume.com>",
    ["Your free resume review is ready", "{first}, your resume scored {score}/100"],
    """\
Hi {first},

Thank you for submitting your resume for a free review. Our expert has completed the evaluation.

Your score: {score}/100

What's holding you back:
✗ Your resume may not make it past applicant tracking systems (ATS)
✗ Your summary doesn't sell your value
✗ Too many responsibilities, not enough achievements

Candidates with a professionally written resume get 2x more interviews. Get yours written by an expert, starting at $149.

See my full review → https://www.topresume.com/review/{tok16}

Amanda, Career Expert
TopResume

You are receiving this email because you requested a free review at topresume.com. Unsubscribe.""",
    headers=bulk("<https://www.topresume.com/unsubscribe/{tok16}>"),
    tz="America/New_York",
)

fam(
    "any",
    "{shop} <offers@{shop_domain}>",
    [
        "Exclusive offer for you, {first}: 30% off ends tonight",
        "Your special offer is waiting 🎁",
        "Don't miss out: our best offer this season",
    ],
    """\
{first_upper}, THIS OFFER IS JUST FOR YOU

30% off everything
+ free delivery on orders over {cur}50

Use code SPRING30 at checkout. Offer ends midnight.

SHOP NOW →

*Terms apply. Offer valid online only, excludes sale items. Cannot be combined with any other offer.
You're receiving this because you signed up to {shop} emails. Unsubscribe | View in browser""",
    headers=bulk(
        "<https://{shop_domain}/unsubscribe?e={tok16}>, <mailto:unsubscribe@{shop_domain}>",
        list_id="<offers.{shop_domain}>",
    ),
)

fam(
    "any",
    "Interview Kickstart <webinars@interviewkickstart.com>",
    [
        "FREE masterclass: How to crack FAANG interviews in 2026",
        "{first}, your seat for Saturday's masterclass",
    ],
    """\
Hi {first},

Preparing for your next tech interview? Join our FREE 90-minute masterclass with an ex-FAANG hiring manager:

• The 5 patterns behind 80% of coding interview questions
• How to negotiate an offer that's 30-50% higher
• Live Q&A

🗓 {ev_weekday} at {ev_time} {ev_tz}

Reserve my free spot → https://interviewkickstart.com/masterclass?src=em

Only 100 spots. 12,000+ engineers trained.

Team Interview Kickstart
4701 Patrick Henry Dr, Santa Clara, CA 95054
Unsubscribe""",
    headers=bulk(
        "<https://interviewkickstart.com/unsubscribe?e={tok16}>", list_id="<marketing.interviewkickstart.com>"
    ),
)

fam(
    "any",
    "Huntr <notifications@huntr.co>",
    ["Reminder: follow up with {company}", "Your job board: 2 tasks due today"],
    """\
Hi {first},

You have tasks due today on your job board:

☐ Follow up with {company} ({role}), applied 8 days ago
☐ Prep for {company2} interview on {ev_weekday}

Open your board: https://huntr.co/track/board

You set these reminders yourself in Huntr. Turn off task emails in Settings.""",
    headers=AUTO,
)

# ---- 7. Personal and work mail (no bulk headers) --------------------------------------------------------

fam(
    "any",
    "{mum} <{mum_email}>",
    ["Sunday", "dad's birthday", "Re: Easter plans"],
    """\
Hi love,

Are you still coming on Sunday? Dad wants to do a barbecue if the weather holds. Auntie {ffirst2} asked how the interviews are going, I said you'd tell her yourself!!

Can you bring the folding chairs back if you still have them.

Love Mum xx

Sent from my iPad""",
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["this weekend?", "Saturday plans", "Re: hiking"],
    """\
yo {first}

we're doing the {trail} walk on saturday if you want in, meeting at the station at 9. bring snacks. {ffirst2} might bring the dog

also how did the thing on tuesday go?? you went quiet on the group chat

{ffirst}""",
)

fam(
    "any",
    "{landlord} <{landlord_email}>",
    ["Boiler service - {ev_weekday}", "Plumber visit", "Re: leak under the sink"],
    """\
Hi {first},

Just to let you know the plumber will come round on {ev_weekday} between 8am and 12pm to look at the boiler and the leak under the kitchen sink. He has a key, but it would be great if someone could be in.

Also a reminder that the rent review is due next month. I'll send the details separately.

Thanks,
{landlord}""",
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Re: Q2 planning deck", "quick one about tomorrow's meeting", "Re: stakeholder review"],
    """\
Hey {first},

For tomorrow's meeting with {manager} I think we should lead with the churn numbers and leave the pricing stuff for the appendix. He's going to ask about the March dip anyway.

I can take slides 3-7 if you do the intro + recommendations? Let's do a quick dry run at 9:30 if you're free.

{colfirst}""",
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["1:1 this week", "Moving our 1:1", "Catch-up on {ev_weekday}?"],
    """\
Hi {first},

Can we move our 1:1 to {ev_weekday} at {ev_time}? I've got a clash with the leadership offsite on the usual day. I've sent an updated invite.

Would be good to talk through your goals for next quarter and the feedback from the project retro. Nothing to prep.

Thanks,
{mfirst}""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{first} / {mfirst} 1:1",
        "location": "",
        "url": "",
    },
)

fam(
    "any",
    "{contact} <{podcast_email}>",
    [
        "Podcast interview request: {podcast}",
        "Would you like to be a guest on {podcast}?",
        "Guest invitation - {podcast}",
    ],
    """\
Hi {first},

I host {podcast}, a weekly show about the people behind modern data teams (about 8,000 listeners, mostly practitioners). I really enjoyed your talk at last month's meetup and would love to interview you for an episode.

Format is a relaxed 45-minute conversation recorded over Riverside; we'd talk about your career path and the lessons from your migration project. No prep needed, and you'd get to review the edit before it goes out.

Would you be up for it? If so, I can send over some recording slots.

Cheers,
{contact}
Host, {podcast}""",
)

fam(
    "any",
    "{contact} <{press_email}>",
    [
        "Interview request - {publication}",
        "Media request: comment for a story on hiring freezes",
        "Press enquiry from {publication}",
    ],
    """\
Dear {first},

I'm a reporter at {publication} working on a piece about how hiring freezes are affecting people early in their tech careers. A colleague mentioned you'd written about your own job search online.

Would you be willing to do a short interview, 20 minutes by phone, sometime this week? You could be quoted by name or anonymously, whichever you prefer. My deadline is Friday.

Many thanks,
{contact}
Reporter, {publication}
{contact_phone}""",
)

fam(
    "any",
    "{saas} Research <research@{saas_domain}>",
    [
        "Share your feedback: 30-min user interview ({gift} gift card)",
        "We'd love to interview you about {saas}",
        "Help shape {saas}: user research interview",
    ],
    """\
Hi {first},

We're a small research team at {saas} and we're talking to people who use our app to track their finances. We'd love to hear about your experience in a 30-minute user interview over video.

As a thank-you, you'll receive a {gift} gift card.

There are no right or wrong answers; we're testing our product, not you!

Pick a time that works: https://{saas_domain}/research/book/{tok6}

Thanks,
{contact}
UX Research, {saas}

You're receiving this because you agreed to be contacted about research studies. Opt out anytime.""",
    headers={"Precedence": "bulk", "List-Unsubscribe": "<https://{saas_domain}/research/optout?u={tok16}>"},
)

fam(
    "any",
    "{company} Talent Acquisition <surveys@{domain}>",
    [
        "Tell us about your interview experience",
        "How did we do? Candidate experience survey",
        "{first}, 2 minutes to share your feedback?",
    ],
    """\
Hi {first},

Thank you for recently interviewing with {company} for the {role} role. Whatever the outcome, we want every candidate to have a great experience and we'd love your honest feedback.

The survey takes about 2 minutes and your answers are anonymous and not shared with the hiring team.

Start the survey: https://survey.{domain}/cx/{tok16}

Thank you,
{company} Talent Acquisition

This survey is administered on our behalf by a third-party provider. To stop receiving survey invitations, click here.""",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
)

fam(
    "any",
    "{company} HR <hr@{domain}>",
    [
        "Action required: mid-year performance review",
        "Performance review cycle opens {ev_weekday}",
        "Reminder: self-assessment due Friday",
    ],
    """\
Hi {first},

The {year} mid-year performance review cycle is now open in Workday.

What you need to do
1. Complete your self-assessment by {ev_date_long}
2. Request feedback from 2-4 peers
3. Book a review conversation with your manager ({manager}) before the end of the month

Guidance and the new competency framework are on the intranet. If you have questions, please speak to your HR Business Partner.

Thanks,
{company} HR""",
    headers={"Precedence": "list"},
    ev_days=10,
)

fam(
    "any",
    "{contact} <{contact_email}>",
    [
        "Can you interview a candidate on {ev_weekday}?",
        "Interview panel request - {role}",
        "Need a second interviewer Thursday",
    ],
    """\
Hi {first},

Could you join the interview panel for a {role} candidate on {ev_weekday} at {ev_time}? It's the technical round, 60 minutes, with {colleague}. I'll send the CV and the scorecard template once you confirm.

If you can't make it, no problem. Just let me know and I'll ask someone else from the team.

Thanks so much,
{cfirst}
Talent Partner, {company}""",
)

fam(
    "any",
    "{company} via Greenhouse <no-reply@greenhouse.io>",
    ["Reminder: Please submit your scorecard for {other} - {role}", "Scorecard due: {other} ({role})"],
    """\
Hi {first},

You interviewed {other} for the {role} role on {weekday}. Your scorecard hasn't been submitted yet.

Submitting feedback promptly helps us give candidates a decision quickly.

Submit scorecard: https://app.greenhouse.io/guides/{tok6}/people/{code}?application_id={pr_no}

Thanks,
The {company} Recruiting Team""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Offsite logistics", "Team offsite - {ev_weekday}", "Re: offsite dinner"],
    """\
Hi team,

Quick logistics for the offsite:

- Coach leaves from the office at 8:15 sharp
- Dress code: casual, bring a jacket
- Dinner is at 7, let me know dietary requirements by Wednesday
- We'll do the "interview a teammate" icebreaker before lunch, so think of one fun question

Any questions, shout.

{colfirst}""",
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Farewell drinks for {manager_first_only}", "Leaving do - Friday", "Goodbye card"],
    """\
Hi all,

As you know, {manager_first_only} is leaving us at the end of the month for a new role at {company}. We're doing farewell drinks on Friday from 5:30 at the usual place.

There's a card going round and a collection if you'd like to contribute (link below). Please keep it quiet!

https://www.groupcard.com/c/{tok6}

{colfirst}""",
)

fam(
    "any",
    "{school} <office@{school_domain}>",
    ["Newsletter - Week {week}", "Reminder: parent-teacher evenings", "Class news and dates for your diary"],
    """\
Dear Parents and Carers,

Dates for your diary
• Parent-teacher meetings: {ev_weekday} from 3:30pm (book your slot via the app)
• Year 4 trip to the science museum: please return consent forms by Friday
• Non-uniform day next week in aid of the local food bank

Our Year 6 pupils have been interviewing local business owners for their enterprise project. Thank you to all the parents who volunteered!

Kind regards,
The School Office

{school} · Please do not reply directly to this email.""",
    headers={"Precedence": "bulk"},
)

fam(
    "any",
    "{friend} & {partner} <{friend_email}>",
    ["Save the date!", "Wedding RSVP reminder", "RSVP by the 30th please 💍"],
    """\
Hi {first}!

Just a gentle nudge to RSVP for the wedding if you haven't already. We need final numbers for the venue by the end of the month.

RSVP here: https://withjoy.com/{ffirst_lower}-and-{partner_lower}/rsvp

Also let us know if you're bringing a plus-one and any dietary needs.

Can't wait to celebrate with you!
{ffirst} & {partner} x""",
)

fam(
    "any",
    "{building} Management <noreply@{building_domain}>",
    ["Water shut-off notice - {ev_weekday}", "Building notice: lift maintenance", "Resident notice"],
    """\
Dear Residents,

Please note that the water supply to all flats will be turned off on {ev_weekday} between 9:00 and 13:00 for essential maintenance.

We apologise for any inconvenience. If you have any questions, please contact the concierge.

Kind regards,
{building} Management Office""",
    headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
)

fam(
    "any",
    "{friend} <{friend_email}>",
    [
        "Interview for my dissertation?",
        "Research participant - 30 min chat",
        "Could I interview you for my thesis?",
    ],
    """\
Hi {first},

I'm doing my MSc dissertation at {school} on how early-career analysts experience remote onboarding, and {ffirst2} suggested you might be willing to help.

It would be a 30-45 minute interview over Teams, recorded only with your permission and fully anonymised. I can share the participant information sheet and consent form beforehand.

Would you be open to it sometime in the next two weeks?

Thank you very much,
{friend}
MSc Candidate, {school}""",
)

fam(
    "any",
    "{letting} <lettings@{letting_domain}>",
    ["Your application for {street}", "Update on your rental application", "Re: viewing on {weekday}"],
    """\
Dear {first},

Thank you for viewing the property at {street} and for submitting an application.

Unfortunately the landlord has decided to proceed with another applicant. We had a high level of interest in this property.

We have several similar flats coming to the market next week and will send the details over. Please let us know if your requirements have changed.

Kind regards,
{landlord}
Lettings Negotiator, {letting}""",
)

fam(
    "any",
    "{hack} <team@{hack_domain}>",
    ["We've received your application to {hack}", "{hack}: application received!"],
    """\
Hey {first}!

Thanks for applying to {hack}! 🎉 We've received your application and our team will review it over the next two weeks. Decisions will be sent out by email.

In the meantime:
- Join our Discord to meet other hackers
- Follow us for speaker announcements

See you soon (hopefully!),
The {hack} Organising Team

You're receiving this because you applied on our site. {hack} is a student-run, not-for-profit event.""",
    headers=AUTO,
)

fam(
    "any",
    "{club} <info@{club_domain}>",
    ["Training moved to {ev_weekday}", "Fixtures this weekend", "Club AGM + subs reminder"],
    """\
Hi all,

Training this week moves to {ev_weekday} at 7pm because the pitch is being resurfaced. Same place as usual.

Fixtures Saturday: 1st XI away, meet 12:30 at the clubhouse. 2nd XI at home, 2pm.

Subs are due for anyone who hasn't paid yet. Bank details are on the website.

Cheers,
{colfirst} (Club Secretary)""",
    headers={"Precedence": "list", "List-Id": "<members.{club_domain}>"},
)

fam(
    "any",
    "{company} Internal Mobility <careers-internal@{domain}>",
    ["Internal vacancies this week", "New internal roles posted", "Weekly internal jobs digest"],
    """\
Internal vacancies, week {week}

• {role} - {dept} - {city}
• {role2} - Operations - Remote
• Team Lead, Customer Support - {city}

Interested? Have an informal chat with your manager first, then apply through the Jobs Hub. Internal candidates who meet the criteria are guaranteed a first interview.

People & Culture""",
    headers={"Precedence": "list", "List-Id": "<internal-jobs.{domain}>"},
)

fam(
    "any",
    "{manager} <{manager_email}>",
    [
        "Invitation: Q2 planning sync @ {ev_weekday} {ev_date_short} {ev_time}",
        "Updated invitation: Quarterly business review",
    ],
    """\
{manager} has invited you to a meeting.

Q2 planning sync
{ev_date_long}, {ev_time} - {ev_time_end} ({ev_tz})
Meeting room 3B / Microsoft Teams

Agenda
1. Q1 recap
2. Hiring plan for H2 (two open reqs)
3. Roadmap priorities

Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok32}

Accept | Tentative | Decline""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Q2 planning sync",
        "location": "Meeting room 3B / Microsoft Teams",
        "url": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok32}",
    },
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["book club - next month's pick", "dinner at ours?", "Re: book club"],
    """\
Hi everyone,

Next book club is at ours on the 14th, 7:30ish. I'm doing a big pot of dal so just bring something to drink.

The pick is "Tomorrow, and Tomorrow, and Tomorrow". Sorry it's long, blame {ffirst2}.

{ffirst} x""",
)

fam(
    "any",
    "{realtor} <{realtor_email}>",
    ["Great news: your offer has been accepted!", "Offer accepted - {street}", "Re: Offer on {street}"],
    """\
Hi {first},

Fantastic news! The vendors have accepted your offer of {house_price} on {street}, subject to contract.

Next steps:
1. Please send me your solicitor's details so we can issue the memorandum of sale
2. Your mortgage broker will need to book the valuation
3. We'll mark the property as Sold STC today

Congratulations! Any questions at all, just call me.

Best regards,
{realtor}
Sales Negotiator""",
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Re: interview notes", "Debrief from the candidate interviews", "Re: {other} - thoughts?"],
    """\
Hi {first},

Thanks for sitting in on the interviews yesterday. My notes are below. I'd lean towards {other} but I'm curious what you thought about the second candidate's SQL answer.

- Strong on stakeholder stuff, a bit light on modelling
- Great questions at the end
- Would need support on the forecasting side

Can we chat for 10 minutes before the hiring manager debrief on {ev_weekday}?

{colfirst}""",
)

fam(
    "any",
    "{volunteer} <volunteers@{volunteer_domain}>",
    ["Your volunteer shift on {ev_weekday}", "Rota for next week", "Thank you for signing up!"],
    """\
Hi {first},

Thanks for signing up to volunteer! You're on the rota for {ev_weekday} {ev_date_short}, 10am-1pm, sorting donations at the warehouse.

Please wear closed-toe shoes. Parking is at the back of the building.

If you can't make it, please let us know at least 24 hours in advance so we can find cover.

With thanks,
{colfirst}
Volunteer Coordinator, {volunteer}""",
)

# ---- 8. ATS / careers-portal mail that is not a decision -----------------------------------------------

fam(
    "any",
    "{company} Careers <noreply@smartrecruiters.com>",
    ["Please complete your candidate profile", "Action needed: finish your {company} profile"],
    """\
Hi {first},

Your candidate profile with {company} is only 60% complete. A complete profile makes it easier for our recruiters to match you with future openings.

Missing sections:
- Work experience (dates)
- Education
- Preferred locations

Complete my profile: https://jobs.smartrecruiters.com/profile/{tok16}

Thank you,
{company} Talent Acquisition

This is an automated message from SmartRecruiters on behalf of {company}.""",
    headers=AUTO,
)

fam(
    "any",
    "{company} <{company_slug}@myworkday.com>",
    ["Your password for the {company} careers portal", "Password reset - {company} Careers"],
    """\
Dear {cand},

A request was made to reset the password for your account on the {company} career site.

Your temporary password is: {temp_pw}

You will be asked to create a new password when you sign in. The temporary password expires in 24 hours.

Sign in: https://{company_slug}.wd3.myworkdayjobs.com/en-US/Careers/login

If you did not request this, please contact us.

This is a system-generated email. Please do not reply.""",
    headers=AUTO,
)

fam(
    "any",
    "{company} Careers <no-reply@{company_slug}.taleo.net>",
    ["Verify your email address", "Activate your {company} candidate account"],
    """\
Welcome to the {company} Career Section.

Your candidate account has been created with the user name {cand_email}. Please confirm your email address to activate it:

https://{company_slug}.taleo.net/careersection/iam/accessmanagement/activate.jsf?token={tok32}

Once activated you can save jobs, set up job alerts and apply online.

This email was generated automatically. Replies to this address are not read.""",
    headers=AUTO,
)

fam(
    "eu",
    "{company} <no-reply@teamtailor.com>",
    ["Do you want us to keep your data?", "Your data at {company}: renew your consent"],
    """\
Hi {first},

You're in {company}'s candidate database because you applied for a role or joined our connect list some time ago. Under GDPR we can only keep your personal data for as long as we have your consent.

Would you like us to keep your profile so we can contact you about future opportunities?

Yes, keep my data: https://career.{domain}/connect/consent/{tok16}?keep=1

If you do not respond within 30 days, your data will be deleted automatically.

Best regards,
{company}

Sent via Teamtailor""",
    headers=AUTO,
)

fam(
    "any",
    "Lever <no-reply@hire.lever.co>",
    ["Update your application details for {company}", "{company}: please upload a current résumé"],
    """\
Hi {first},

The file attached to your profile at {company} could not be read (it may be password-protected or corrupted). Please upload your résumé again so the hiring team can see it.

Upload: https://jobs.lever.co/{company_slug}/update/{tok16}

Accepted formats: PDF, DOC, DOCX (max 100MB).

— Sent by Lever on behalf of {company}""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "{company} Careers <careers@{domain}>",
    ["You've unsubscribed from job alerts", "Job alert deleted"],
    """\
Hello {first},

You have been unsubscribed from the "{role}" job alert for {company}. You will no longer receive emails about new jobs that match this search.

Changed your mind? You can create new job alerts at any time on our careers site.

{company} Careers""",
    headers=AUTO,
)

fam(
    "any",
    "iCIMS <no-reply@icims.com>",
    ["Your login information for {company} Careers", "Account update - {company} Careers"],
    """\
Dear {first},

The email address on your {company} Careers account was changed to {cand_email}.

If you made this change, no further action is needed. If you did not, please contact {company} Recruiting immediately.

Username: {cand_email}
Portal: https://careers-{company_slug}.icims.com/jobs/login

Do not reply to this message. This mailbox is not monitored.""",
    headers=AUTO,
)

fam(
    "in",
    "{company} HR <hr.onboarding@{domain}>",
    ["Invitation to company townhall - {ev_date_short}", "Townhall: Q4 results and FY plans"],
    """\
Dear Team,

You are cordially invited to the quarterly Townhall with our CEO.

Date: {ev_date_long}
Time: {ev_time} IST
Venue: Auditorium, 5th floor / Teams live for remote colleagues

Agenda: Q4 results, hiring plans for the next financial year, awards and recognitions.

Kindly block your calendars.

Regards,
HR Team
{company}""",
    headers={"Precedence": "list"},
)


# ---- 9. More hard negatives: interviewer-side calendar replies, forwarded job ads, InMail copies ---------

fam(
    "any",
    "{colleague} <{col_email}>",
    [
        "Accepted: Interview - {other}",
        "Accepted: Interview - {other} ({role}) @ {ev_weekday} {ev_date_short} {ev_time}",
    ],
    """\
{colleague} has accepted this invitation.

Interview - {other}
When: {ev_weekday} {ev_date_short} {ev_time} – {ev_time_end} ({ev_tz})
Who: {first} (organiser), {colleague}, {other}

Invitation from Google Calendar""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Interview - {other}",
        "location": "",
        "url": "",
    },
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["Tentative: Panel interview - {role} candidate", "Declined: Interview debrief - {other}"],
    """\
{manager} has tentatively accepted. Might be late, I have a hard stop at the quarter past.

Panel interview - {role} candidate
{ev_date_long} {ev_time}-{ev_time_end}
Room: Boardroom 2

Microsoft Outlook""",
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["saw this and thought of you", "job for you?? 👀", "Fwd: {role} at {company}"],
    """\
saw this on linkedin and immediately thought of you!! {role} at {company}, {city}. pay looks decent and they're fully flexible

https://www.linkedin.com/jobs/view/{pr_no}{code}

no pressure obvs. I know the hiring manager a bit if you want an intro

{ffirst}""",
)

fam(
    "any",
    "{contact} via LinkedIn <inmail-hit-reply@linkedin.com>",
    ["{role} role at {company} - interested?", "InMail: {contact} sent you a message"],
    """\
{contact}
{contact_title} at {company}

Hi {first},

Hope you're having a good week. I lead hiring for our {dept} team and your background at {company2} caught my eye. We're building out a {role} function and I think you'd bring a lot.

Would you be up for a 20 min chat, no strings attached? Happy to share the full job spec first.

Thanks,
{cfirst}

Reply: https://www.linkedin.com/comm/messaging/thread/{tok16}
[Interested]  [Not interested]

This is an InMail from {contact}. LinkedIn helps members connect with professional opportunities. InMails may be from members you don't know.
You are receiving InMail notification emails. Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>"},
    tz="UTC",
)

fam(
    "any",
    "LinkedIn <notifications-noreply@linkedin.com>",
    ["{n_search} people congratulated you on your new role", "{friend} and others reacted to your post"],
    """\
{first}, your network is celebrating with you

{friend}, {colleague} and {n_search} others congratulated you on starting a new position as {role} at {company}.

"Congrats {first}!! well deserved 🎉" - {friend}
"So happy for you, they're lucky to have you" - {colleague}

See all: https://www.linkedin.com/comm/feed/update/urn:li:activity:{tok16}

This email was intended for {cand} ({headline})
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Interview invitation - {role}", "Re: Next steps with {company}"],
    """\
Hi {cfirst},

Thank you for the invitation, I'd be glad to interview. Of the slots you mentioned, {ev_weekday} at {ev_time} suits me best. I've got my phone number on the CV but here it is again in case: {cand_phone}.

Is there anything in particular I should prepare?

Many thanks,
{cand}""",
)


# ---- 10. Section 10: wording the classifier had not seen -------------------------------------------------
# Meetings that are not job interviews, interviewer-side and hiring-manager mail, job-site status mail,
# cold outreach that proposes a call, the candidate's own mail, and "application", "offer", "interview",
# "unfortunately", "we regret", "next steps" in senses that have nothing to do with the user's job search.

# 10a. Work meetings, calendar traffic and the user sitting on the other side of the interview table.

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Sprint planning - {ev_weekday}", "Sprint {week} planning", "Planning + estimation"],
    """\
Hi all, moving planning to {ev_weekday} this sprint because of the release. Please have your tickets groomed beforehand.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok16}%40thread.v2/0>
Meeting ID: 3{code} {tok6_short}
Passcode: {tok6}
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Sprint {week} planning",
        "location": "Microsoft Teams Meeting",
        "url": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok16}%40thread.v2/0",
    },
)

fam(
    "any",
    "{manager} (via Google Calendar) <calendar-notification@google.com>",
    [
        "Invitation: Skip-level coffee @ {ev_weekday} {ev_date_short} {ev_time}",
        "Invitation: {mfirst} <> {first}",
    ],
    """\
You have been invited to the following event.

Skip-level coffee
When
{ev_weekday} {ev_date_short} ⋅ {ev_time} – {ev_time_end} ({ev_tz})
Where
Kitchen, 3rd floor (or Meet if you're WFH)
Joining info
meet.google.com/{meet}

Organizer
{manager_email}

No agenda - I'm trying to meet everyone in {dept} one on one this quarter. Bring questions, complaints, ideas.

Going (yes/no/maybe)?  Reply for {first}
More options: https://calendar.google.com/calendar/event?action=VIEW&eid={tok32}

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "Skip-level coffee",
        "location": "Kitchen, 3rd floor",
        "url": "https://meet.google.com/{meet}",
    },
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["Canceled: {meeting_name}", "Canceled: {meeting_name} ({ev_weekday})"],
    """\
Cancelling this week - half the team is out for the conference. Post async updates in the channel instead pls.

Same time next {ev_weekday}.

{colfirst}""",
)

fam(
    "any",
    "Microsoft Outlook on behalf of {colleague} <{col_email}>",
    ["New Time Proposed: Design review", "New Time Proposed: Roadmap walkthrough"],
    """\
{colleague} has proposed a new time for this meeting.

Current:  {ev_weekday}, {ev_date_short} {ev_time}-{ev_time_end}
Proposed: {ev2_weekday}, {ev2_date_short} {ev2_time}

Conflict with the vendor call, sorry! Anything after lunch on {ev2_weekday} works too.

Accept proposal | View all proposals""",
    headers=AUTO,
)

fam(
    "any",
    "Greenhouse <no-reply@greenhouse.io>",
    [
        "You're interviewing {other} for {role} on {ev_weekday}",
        "Interview scheduled: {other} - {role}",
    ],
    """\
Hi {first},

You have been scheduled to interview a candidate at {company2}.

Candidate: {other}
Job: {role} ({dept})
Interview: Technical deep dive
When: {ev_date_long}, {ev_time} - {ev_time_end} {ev_tz}
Where: Zoom (link on the calendar event)

Your interview kit has the questions to cover, the candidate's resume and the focus attributes for this stage:
https://app.greenhouse.io/guides/{tok16}/people/{code}

Please submit your scorecard within 24 hours of the interview.

Greenhouse
This notification was sent to you because you are on the interview panel for this job.""",
    headers=AUTO,
)

fam(
    "any",
    "{company2} Early Careers <earlycareers@{domain2}>",
    ["Volunteers needed: graduate assessment centre", "Can you be an assessor on {ev_weekday}?"],
    """\
Hello everyone,

Our graduate assessment centre runs on {ev_date_long} and we are still short of assessors for the group exercise and the competency interviews.

If you have completed interviewer training in the last two years, please add your name to the sheet by Friday. It's a full day; lunch is provided and it counts toward your citizenship objectives.

https://{domain2}/sites/earlycareers/assessors

Any questions, shout.

Thanks,
{contact}
Early Careers Team, {company2}""",
    headers={"Precedence": "list", "List-Id": "<all-staff.{domain2}>"},
    ev_days=9,
)

fam(
    "any",
    "{company2} Talent Team <talent-ops@{domain2}>",
    ["Interviewer certification - your shadow sessions", "Next step in your interviewer training"],
    """\
Hi {first},

Thanks for signing up to become an interviewer! You've finished the online module. Next, you'll shadow two live interviews and then be reverse-shadowed once before you're added to the pool.

Your first shadow:
{ev_weekday} {ev_date_short}, {ev_time} - {role} onsite, led by {colleague}

Shadowing tips: sit in silently, take notes in the scorecard, and join the debrief afterwards.

We'll pair you for the reverse shadow once both shadows are logged in Ashby.

Talent Operations""",
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["your sys design q's?", "qs for tomorrow"],
    """\
hey, I'm on the loop for the {role} candidate tomorrow and my usual question got leaked on Glassdoor lol. can you send me the rate limiter one you use + the rubric? I'll give it back, promise

{colfirst}""",
)

fam(
    "any",
    "{company2} People Team <people@{domain2}>",
    ["Your exit interview", "Exit interview - before your last day"],
    """\
Hi {first},

We're sorry to see you go! As part of your leaving process, we'd like to invite you to a confidential exit interview with a member of the People team (not your manager).

It takes around 30 minutes and you can book any slot before your last day: https://{domain2}/people/exit/{tok6}

We'll also cover the practical bits: returning your laptop, final pay, and what happens to your pension and share options.

Best wishes,
{contact}
People Partner""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Offer accepted: {other} ({role})", "{other} signed!", "Good news on the {role} hire"],
    """\
Hi {first},

{other} signed the offer this morning - start date is the first Monday of next month. Thanks for moving so quickly on the final round and for the call with them on {weekday}, I think that sealed it.

Next steps on your side:
- Raise the laptop request in ServiceNow (IT need 10 working days)
- Pick an onboarding buddy from the team
- Let me know if you want me to close the other two candidates or hold them for the backfill

I'll update the req in Greenhouse.

Cheers,
{cfirst}
{contact_title}, {company2}""",
)

fam(
    "any",
    "{company2} Referrals <referrals@{domain2}>",
    ["Your referral was hired 🎉", "Referral bonus: {other}"],
    """\
Hi {first},

Good news: {other}, who you referred for {role}, has accepted our offer and will be joining the {dept} team.

Your referral bonus of {bonus} will be paid in the payroll run after {other} completes 90 days.

Thanks for helping us hire great people. Keep them coming - the full list of open roles is on the intranet.

Talent Acquisition, {company2}""",
    headers=AUTO,
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["Please welcome {other}!", "New joiner in {dept}"],
    """\
Team,

Please give a warm welcome to {other}, who joins us today as {role}. {other} comes to us from {company} and will be working closely with {first} on the reporting migration.

Say hi in the channel, and if you're in the office, lunch is on us at 12:30.

{mfirst}""",
)

fam(
    "any",
    "BambooHR <notifications@app.bamboohr.com>",
    ["Your time off request was denied", "Time off request: Not approved"],
    """\
Hi {first},

{manager} has denied your request for time off.

Type: Vacation
Dates: {ev_date_short} - {ev2_date_short}
Comment from {mfirst}: "Sorry, that's the release week and we're already two people down. Can we look at the week after?"

You can submit a new request from the Time Off tab.

This message was sent by BambooHR on behalf of {company2}.""",
    headers=AUTO,
)

fam(
    "any",
    "SAP Concur <AutoNotification@concursolutions.com>",
    ["Expense report returned: {city1} trip", "Your expense report has been sent back"],
    """\
Report Name: {city1} trip - {month}
Report Total: {amount}
Status: Returned by approver

Approver comments: Unfortunately I can't approve the taxi receipts without the itemised copies. Please attach and resubmit.

To view and resubmit, log in to Concur: https://www.concursolutions.com/

Please do not reply to this email.""",
    headers=AUTO,
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["stay conversation?", "Re: a chat about how you're finding things"],
    """\
Hi {first},

HR are asking managers to do "stay interviews" this quarter which sounds more formal than it is. It's just 30 mins for me to hear what keeps you here, what's annoying you and what you'd want to be doing in a year.

Does {ev_weekday} afternoon work? Happy to do it over a walk if you'd rather.

{mfirst}""",
)

# 10b. Research, media and "interview" in the sense of a conversation about the user's work.

fam(
    "any",
    "User Interviews <studies@userinterviews.com>",
    [
        "You've been selected! Schedule your session",
        "You qualified for a study: Remote work tools ({gift})",
    ],
    """\
Good news, {first}!

The researcher has reviewed your screener and selected you for:

Remote work tools - 45 min video interview
Incentive: {gift} (paid via Tremendous within 3 business days of your session)

Next step: choose a session time. Slots fill up quickly, so book within 48 hours to keep your spot.
Schedule now: https://www.userinterviews.com/s/{tok16}

Reminder: you'll need a laptop with a webcam and a quiet space. This is a research session, not a sales call.

Happy researching,
The User Interviews team

Manage notification preferences: https://www.userinterviews.com/settings""",
    headers=bulk("<https://www.userinterviews.com/unsubscribe/{tok16}>", precedence=False),
    tz="America/Los_Angeles",
)

fam(
    "any",
    "Respondent <projects@respondent.io>",
    ["New paid project matches your profile", "Invitation: 60-min interview with data professionals"],
    """\
Hi {first},

A new project on Respondent matches your profile:

"Analytics teams and their reporting stack"
Type: 1:1 remote interview · 60 minutes
Reward: {gift} Amazon gift card
Who they're looking for: people who build dashboards at work at least weekly

Apply here - it only takes a couple of minutes to answer the screener: https://app.respondent.io/p/{tok6}

Researchers choose participants from applicants, so applying doesn't guarantee a spot.

Respondent.io · Austin, TX""",
    headers=bulk("<https://app.respondent.io/unsubscribe?t={tok16}>"),
)

fam(
    "any",
    "{bank} <research@{bank_domain}>",
    ["Help us improve the {bank} app", "We'd like to hear from you"],
    """\
Dear {first},

We're redesigning the way customers set up savings goals and we'd like to speak to a few customers about how they manage money day to day.

Sessions are 45 minutes on video with one of our researchers. We won't ask for any account details and we won't try to sell you anything. You'll get {gift} as a thank you.

Interested? Choose a time here: https://{bank_domain}/research/{tok6}

Thank you,
Customer Research Team, {bank}

{bank} will never ask for your PIN or password by email.""",
    headers={"Precedence": "bulk"},
)

fam(
    "any",
    "{contact} <{podcast_email}>",
    ["You're booked on {podcast} 🎙️", "Recording details for {podcast}", "Confirmed: {podcast} recording"],
    """\
Hi {first},

So glad this worked out! You're locked in for {ev_weekday} {ev_date_short} at {ev_time} {ev_tz}.

Recording link (Riverside): https://riverside.fm/studio/{podcast_email}-{tok6}

A few things:
* Wired headphones if you have them, Bluetooth ones cut out
* Chrome works best, and close Slack
* We'll chat for 10 min first, then record about 40 min. I'll send the rough topics the day before

The episode usually goes out 3-4 weeks later and I'll send you the link + some clips for socials.

Talk soon,
{cfirst}""",
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{podcast} recording",
        "location": "Riverside",
        "url": "https://riverside.fm/studio/{tok6}",
    },
)

fam(
    "any",
    "{contact} <{press_email}>",
    ["Fact check - quotes for Thursday's piece", "Checking a couple of quotes", "Re: our chat about hiring"],
    """\
Hi {first},

Thanks again for speaking with me last week. The piece is scheduled for Thursday and I want to make sure I've got you right. Could you confirm the two quotes below are accurate?

1. "I sent about two hundred applications before I got a single call back."
2. "Nobody tells you that the silence is the hardest part."

I'll describe you as "a {role} based in {city}". Let me know by end of day tomorrow if anything needs changing.

Best,
{contact}
{publication}""",
)

fam(
    "any",
    "{uni} Alumni Relations <alumni@{uni_domain}>",
    ["Alumni spotlight: a few questions for you", "Would you feature in our alumni newsletter?"],
    """\
Dear {first},

Your classmate {friend} nominated you for our Alumni Spotlight, where we interview graduates about life after {uni}!

It's an email interview - no call needed. Just answer whichever of these you like, in a few sentences each:

- What are you working on right now?
- What's one thing you wish you'd known in your final year?
- What advice would you give current students about the job market?

We'd also love a photo. Reply by the end of the month if you can.

Warm regards,
{contact}
Alumni Relations Office""",
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["careers project - can {kid} interview you?", "favour for {kid}'s homework"],
    """\
Hiya {first},

Random favour! {kid} has a school project where they have to interview a grown-up about their job ("what do you do all day, what did you study, do you like it"). I said you'd be way more interesting than me.

Would you be up for a 15 min video call one evening this week? They'll have questions written out and will probably be very serious about it 😂

x {ffirst}""",
)

fam(
    "any",
    "{contact} <organisers@{meetup_slug}.org>",
    ["Fireside chat on {ev_weekday} - run of show", "Speaker info for {meetup}"],
    """\
Hi {first},

Really looking forward to having you at {meetup} on {ev_weekday}!

Run of show:
18:00  doors, pizza
18:30  welcome + sponsor slot
18:40  fireside chat: you + {colleague} (moderator), ~30 min
19:10  audience Q&A
19:30  networking

{colfirst} will interview you about your move from consulting into data. No slides needed. There'll be two handheld mics; we record audio only.

Venue is the {company} office, {city_centre}. Ask for me at reception and I'll bring you up.

Thanks,
{contact}
Organiser, {meetup}""",
)

# 10c. Friends, family, landlords, banks, clinics and other appointments.

fam(
    "any",
    "{friend} <{friend_email}>",
    ["coffee thurs?", "coffee?", "u around this week"],
    """\
coffee thurs? I'm near {city_centre} all day, anytime after 2 works. that new place by the station?

{ffirst}""",
)

fam(
    "any",
    "Doodle <mailer@doodle.com>",
    ["{friend} invited you to vote: Uni reunion dinner", "Reminder: vote on dates for Uni reunion dinner"],
    """\
{friend} has invited you to a group poll.

Uni reunion dinner 🍝
"Ten years!!! Pick every date you could do, I'll book somewhere in {city_centre} once we know numbers."

Vote now: https://doodle.com/meeting/participate/id/{tok6}

The poll closes on {ev_date_short}.

Doodle AG, Werdstrasse 21, 8004 Zürich, Switzerland
You received this email because {friend_email} invited you to a Doodle poll.""",
    headers=bulk("<https://doodle.com/unsubscribe?t={tok16}>", precedence=False),
    tz="Europe/Zurich",
)

fam(
    "any",
    "{colleague} <{col_handle}@{host_personal}>",
    ["long time!", "lunch soon?"],
    """\
{first}!! It's been ages. I still think about that disastrous offsite in {city2}.

I'm back in {city} for a couple of weeks from {ev_weekday}. Lunch one day? My treat, I owe you for covering my on-call that time. Tell me what's good for you.

{colfirst}""",
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["mum's 60th", "Re: mum's 60th - call?"],
    """\
Hey,

We need to sort mum's 60th. Can we schedule a call this week, you me and {ffirst2}? I'm free {ev_weekday} evening or anytime on the weekend.

Ideas so far: dinner at that Italian place, or hire the room above the pub. She's said "no fuss" three times which means she wants a fuss.

{ffirst}""",
)

fam(
    "uk",
    "{dental} <noreply@{dental_domain}>",
    ["Appointment reminder", "Reminder: your appointment on {ev_date_short}"],
    """\
Dear {first},

This is a reminder of your appointment at {dental}:

{ev_date_long} at {ev_time} with {hyg} (Hygienist)

Please reply Y to confirm or N to cancel. Appointments cancelled with less than 24 hours notice may be charged.

If you are paying NHS charges, please bring your exemption certificate.

{dental}
Please do not reply to this email with clinical questions.""",
    headers=AUTO,
)

fam(
    "uk",
    "{gp} via accuRx <noreply@accurx.com>",
    ["Please book your annual review", "Message from {gp}"],
    """\
Dear {first} {last},

You are due your annual review. Please book an appointment using the link below. Choose a time that suits you - the appointment is by telephone with the practice nurse.

https://accurx.thirdparty.nhs.uk/r/{tok6}

This link expires in 14 days.

{gp}

This message was sent from your GP practice. Replies to this message are not monitored.""",
    headers=AUTO,
)

fam(
    "us",
    "MyChart <noreply@mychart.org>",
    ["eCheck-In is now available for your upcoming visit", "You have an upcoming appointment"],
    """\
You have an upcoming appointment:

{ev_weekday}, {ev_date_short} at {ev_time}
Annual Physical with {doctor_full}, MD
{gp}

Save time by completing eCheck-In before you arrive: update your insurance, medications and allergies, and pay your copay.

Log in to MyChart: https://mychart.org/MyChart/Visits

Please arrive 15 minutes early. To cancel or reschedule, call the clinic or use MyChart at least 24 hours in advance.

This is an automated message. Do not reply.""",
    headers=AUTO,
)

fam(
    "any",
    "{vet} <bookings@{vet_domain}>",
    ["{pet}'s vaccination is due", "Booking confirmed for {pet}"],
    """\
Hi {first},

{pet}'s booster is booked in for {ev_weekday} {ev_date_short} at {ev_time} with Dr {doctor}.

Please bring {pet} on a lead or in a carrier, and let us know if there have been any changes in appetite or behaviour since the last visit.

Need to change it? Reply to this email or call us.

The team at {vet}""",
    headers=AUTO,
)

fam(
    "any",
    "{realtor} <{realtor_email}>",
    ["Viewing confirmed: {street}", "Your viewing on {ev_weekday}", "Re: viewing request"],
    """\
Hi {first},

Thanks for your enquiry. I can confirm your viewing:

Property: {street}, {city}
Date: {ev_date_long}
Time: {ev_time}

I'll meet you outside. If you're running late please call me on {contact_phone}. There are two other viewings straight after, so we can't be flexible on the day I'm afraid.

Please bring photo ID.

Kind regards,
{realtor}
{letting}""",
)

fam(
    "au",
    "{letting} <pm@{letting_domain}>",
    ["Routine inspection notice - {street}", "Notice of entry: routine inspection"],
    """\
Dear {first},

RE: {street}, {city}

This notice is to advise that a routine inspection of the property will be carried out on {ev_date_long} between 9:00am and 1:00pm.

You do not need to be home. We will use the office keys if no one answers.

Please ensure the property is clean and tidy, smoke alarms are accessible, and any pets are secured.

If you have any maintenance items, reply to this email with photos and we'll note them during the inspection.

Regards,
{realtor}
Property Manager | {letting}""",
    ev_days=8,
)

fam(
    "any",
    "{bank} <appointments@{bank_domain}>",
    ["Your mortgage appointment is booked", "Appointment confirmation - mortgage adviser"],
    """\
Dear {first},

Thank you for booking an appointment with one of our mortgage advisers.

Date: {ev_date_long}
Time: {ev_time}
Type: Video call - we'll send the link an hour before

To get the most from your appointment, please have ready:
• your last three payslips
• three months of bank statements
• details of any loans or credit cards
• an idea of the property price (e.g. {house_price})

If you need to rearrange, call us or use online banking.

{bank} Mortgages""",
    headers=AUTO,
)

fam(
    "any",
    "{insurer} Claims <claims@{insurer_domain}>",
    ["Your claim {ref}: next steps", "Update on claim {ref}"],
    """\
Dear {first},

Thank you for reporting your claim (reference {ref}). We're sorry to hear about the water damage at your home.

What happens next
1. A loss assessor will contact you within 2 working days to schedule a call and, if needed, a visit.
2. Please keep any damaged items and take photos before anything is thrown away.
3. If you need emergency repairs, keep the receipts.

You can track your claim online at any time.

Kind regards,
{contact}
Claims Handler, {insurer}""",
    headers=AUTO,
)

fam(
    "any",
    "{contact} <{contact_first_lower}@{other_firm_domain}>",
    ["Annual review - time for a catch-up?", "Your annual review"],
    """\
Dear {first},

It's that time of year again. I'd like to schedule a call to go through your annual review: how the portfolio has performed, whether your pension contributions still make sense, and anything that has changed for you this year.

Could you let me know a couple of times over the next fortnight that suit? Calls usually take about 45 minutes.

Kind regards,
{contact}
Chartered Financial Planner""",
)

fam(
    "any",
    "{contact} <{contact_first_lower}@{other_firm_domain}>",
    ["Tax return - documents needed", "Re: your tax return"],
    """\
Hi {first},

We're starting on your return. Before we schedule a call to go through it, could you upload the following to the portal:

- Your annual income statement from {company2}
- Any freelance invoices
- Pension contribution statements
- Charity donations, if any

Portal: https://portal.{other_firm_domain}/upload/{tok6}

Once we have those, a 30 minute call should be enough.

Thanks,
{contact}""",
)

fam(
    "any",
    "{primary} <office@{primary_domain}>",
    ["Parents' evening booking is open", "Book your parent-teacher conference"],
    """\
Dear Parent/Carer,

Parents' evening for {kid}'s class takes place on {ev_weekday} {ev_date_short}, 3:30pm-7:00pm.

Appointments are 10 minutes with the class teacher. Please book your slot via the school booking system by Friday:
https://{primary_domain}/parents-evening?c={tok6}

If none of the times suit, please contact the school office and we'll arrange a phone call instead.

Many thanks,
School Office""",
    headers={"Precedence": "bulk"},
    ev_days=7,
)

fam(
    "any",
    "Fresha <no-reply@fresha.com>",
    ["Appointment confirmed", "Your appointment at Cut & Co is confirmed"],
    """\
See you soon, {first}!

Cut & Co, {city_centre}
{ev_weekday}, {ev_date_short} at {ev_time}

Men's cut + beard trim · 45 min · {haircut_price}

Need to make changes? Cancel or reschedule up to 12 hours before your appointment.
Manage appointment: https://www.fresha.com/a/{tok6}

Fresha.com · Booking terms · Privacy""",
    headers=AUTO,
)

fam(
    "any",
    "{dealer} Service <service@{dealer_domain}>",
    ["Your service booking is confirmed", "Service booking: {ev_date_short}"],
    """\
Hi {first},

Your {car} is booked in for a logbook service on {ev_date_long}. Please drop the car off between 7:30 and 8:30am; we'll call you when it's ready, usually mid-afternoon.

Estimated cost: {service_cost} (we'll call before doing any extra work).

Courtesy car: not requested.

Thanks,
Service Team, {dealer}""",
    headers=AUTO,
)

# 10d. Job-site status mail that is neither an acknowledgement nor a decision.

fam(
    "any",
    "LinkedIn <jobs-noreply@linkedin.com>",
    ["A job you saved is closing soon", "{first}, 2 of your saved jobs are no longer accepting applications"],
    """\
Saved jobs update

{job1_role} · {job1_company}
No longer accepting applications

{role} · {company}
Closing soon · {n_apps} days left to apply

You haven't applied to these jobs yet. See similar jobs: https://www.linkedin.com/jobs/collections/similar-jobs/?ref={tok16}

This email was intended for {cand}. You are receiving Saved Job notifications.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "any",
    "Indeed <donotreply@indeed.com>",
    ["Did you hear back from {company}?", "Update your job status: {role}"],
    """\
Hi {first},

Keep track of your job search in My Jobs. It's been two weeks since you applied to:

{role}
{company} - {city}

Have you heard back? Let us know so we can show you more relevant jobs:
[ I got an interview ]   [ I got an offer ]   [ I haven't heard back ]   [ Not interested anymore ]

Updating your status is private; employers can't see it.

Indeed · 6433 Champion Grandview Way · Austin, TX 78750
Unsubscribe from application status reminders: https://www.indeed.com/prefs?t={tok16}""",
    headers=bulk("<https://www.indeed.com/prefs/unsubscribe?t={tok16}>"),
)

fam(
    "any",
    "LinkedIn Premium <premium-noreply@linkedin.com>",
    ["You're a top applicant for {n_apps} jobs", "{first}, stand out as a top applicant"],
    """\
Jobs where you'd be a top applicant

Based on your profile, you're among the top 10% of applicants for these jobs:

{jobs_bul}

Top applicant jobs are where your skills, experience and seniority match what the hiring team is looking for.

See all: https://www.linkedin.com/jobs/collections/top-applicant/

You're receiving this email as a Premium Career member.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
)

fam(
    "au",
    "SEEK <noreply@s.seek.com.au>",
    ["Finish your application for {role}", "You didn't finish applying"],
    """\
You started an application but didn't submit it

{role}
{company}
{city}

Your answers have been saved, so it'll only take a minute to finish. Job ads can close without notice.

Continue application: https://www.seek.com.au/job/{code}{tok6_short}/apply

SEEK, 60 Cremorne Street, Cremorne VIC 3121
Manage email preferences · Privacy""",
    headers=bulk("<https://www.seek.com.au/unsubscribe?t={tok16}>"),
)

fam(
    "any",
    "{company} Careers <{company_slug}@myworkday.com>",
    ["Application withdrawn: {role}", "You withdrew your application"],
    """\
Hello {first},

This confirms that you have withdrawn your application for {role} (R-{code}). No further action is required.

If you withdrew by mistake, you can apply again while the posting remains open.

You can view your candidate home at any time: https://{company_slug}.wd3.myworkdayjobs.com/careers/userHome

Regards,
{company} Talent Acquisition

This is a system-generated email. Please do not reply.""",
    headers=AUTO,
)

fam(
    "eu",
    "StepStone <service@stepstone.de>",
    ["Your CV is 11 months old", "Update your CV and get found by recruiters"],
    """\
Hello {first},

Recruiters search the StepStone CV database every day, but profiles that haven't been updated for a while appear lower in their results.

Your CV was last updated 11 months ago.

Update now - it takes 2 minutes: https://www.stepstone.de/candidate/profile?{tok6}

Tip: add your current salary expectation and notice period so recruiters know if it's a match.

Your StepStone team

StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf""",
    headers=bulk("<https://www.stepstone.de/unsubscribe/{tok16}>"),
)

fam(
    "any",
    "LinkedIn <notifications-noreply@linkedin.com>",
    ["Your #OpenToWork visibility ends in 7 days", "Still looking? Keep recruiters in the loop"],
    """\
{first}, your Open to Work preferences will be turned off on {ev_date_short}

You told recruiters you're open to: {role} · {city} · Full-time
Since you turned it on, recruiters have viewed your profile {n_search} times.

Keep it on: https://www.linkedin.com/jobs/opentowork/edit/?ref={tok6}

If you've found a new role, congratulations! You can let your network know by sharing an update.

This email was intended for {cand}.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}""",
    headers=bulk(
        "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tok16}>", precedence=False
    ),
    tz="UTC",
    ev_days=7,
)

fam(
    "in",
    "Naukri <info@naukri.com>",
    ["Your profile is only 60% complete", "Recruiters are skipping incomplete profiles"],
    """\
Dear {first},

Your Naukri profile is 60% complete. Profiles with complete details get up to 3X more recruiter calls.

Missing:
✗ Key skills
✗ Current CTC / expected CTC
✗ Notice period

Complete profile now: https://www.naukri.com/mnjuser/profile?id={tok6}

Want to be noticed first? Try Naukri FastForward - your CV highlighted to recruiters for 3 months.

Regards,
Team Naukri.com

You are receiving this mail as a registered member of Naukri.com. To unsubscribe, click here.""",
    headers=bulk("<https://www.naukri.com/unsubscribe?e={tok16}>"),
)

fam(
    "us",
    "Handshake <no-reply@joinhandshake.com>",
    ["Spring career fair: {n_big} employers attending", "Register for the virtual career fair"],
    """\
Hey {first},

The {uni} virtual career fair is on {ev_date_short}. {n_big} employers are attending, including {company} and {company2}.

How it works:
1. Register and pick up to 6 group sessions
2. Book 1:1 slots with recruiters (10 minutes each) - they go fast
3. Have your resume uploaded so employers can review it in advance

Register: https://app.joinhandshake.com/career_fairs/{code}

See you there,
Handshake

You're receiving this because you're a student at {uni}.""",
    headers=bulk("<https://app.joinhandshake.com/notifications/unsubscribe?t={tok16}>"),
    ev_days=12,
)

# 10e. Recruiters and cold outreach that propose a call (no reply the product should draft).

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Quick question about your next move", "{role} @ {company}?", "Open to hearing more?"],
    """\
Hi {first},

I lead recruiting at {company}. We're a 60-person team building the data platform for {sector} companies and just closed our Series B.

Your background at {company2} jumped out at me, particularly the migration work. We're hiring a {role} and I think it could be a real step up.

Would you be open to a 15-minute call this week? No prep, just an intro. Grab any time here: https://calendly.com/{contact_first_lower}-{company_slug}/intro

Not the right time? Totally fine, just let me know and I won't follow up.

{contact}
{contact_title}, {company}""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Re: {role} @ {company}", "Re: quick question", "bumping this"],
    """\
Hi {first} - bumping this to the top of your inbox in case it got buried. Still keen to tell you more about the {role} role if you're curious.

{cfirst}""",
)

fam(
    "in",
    "{contact} <{agency_email}>",
    ["Urgent Requirement || {role} || {city} || Immediate Joiners", "Requirement for {role} - {city} (WFO)"],
    """\
Dear Candidate,

Greetings from {agency}!!

We have an urgent opening for {role} with our MNC client in {city}.

Exp: 3-8 yrs
Location: {city} (Work from office, 5 days)
Notice: Immediate to 30 days only

If interested, kindly share below details along with updated CV:
Total Exp:
Relevant Exp:
Current CTC:
Expected CTC:
Notice Period:
Current Location:

Please ignore if not interested.

Thanks & Regards,
{contact}
Sr. Talent Acquisition Executive
{agency} | Mob: {contact_phone}""",
)

fam(
    "au",
    "{contact} <{agency_email}>",
    ["Keen for a chat?", "{role} role - {city}"],
    """\
G'day {first},

Hope the week's treating you well. I'm working on a {role} gig with one of my clients in {city} - permanent, hybrid (3 days in), {salary}.

Reckon your background would stack up nicely. Any chance you'd be keen for a quick chat tomorrow or Thursday arvo? I can give you the full rundown and you can tell me to rack off if it's not for you.

Cheers,
{cfirst}
{agency}
{contact_phone}""",
)

fam(
    "eu",
    "{contact} <{agency_email}>",
    ["Career opportunity - may I call you?", "Confidential: {role} position in {city}"],
    """\
Dear {first} {last},

I am contacting you on behalf of a well-known client in the {sector} sector in {city}, who is looking for an experienced {role}.

Your profile on LinkedIn fits the requirements very well. May I call you for a short and confidential exchange? Please tell me a suitable date and a telephone number.

Of course I treat your data strictly confidential in accordance with the GDPR.

With kind regards

{contact}
Senior Consultant
{agency}""",
)

fam(
    "any",
    "{contact} <{agency_email}>",
    ["Sorry I missed you", "Tried calling - {role}", "Missed call"],
    """\
Hi {first},

Tried you on your mobile earlier but no joy, so dropping you a line instead. I've got a {role} role with a client who are moving quickly - two stages, could all be done in a fortnight.

When's good for a 10 minute call? I'm around until 6 most days.

Thanks
{contact}
{agency}
M: {contact_phone}""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["{first} x {company}", "Engineers at {company}"],
    """\
Hi {first},

I'll keep this short. {company} is hiring across {dept} and the team asked me to reach out to people whose work they admire. Your write-up on {skill} came up in our channel more than once.

If you'd like, I can set up a no-pressure conversation with {colleague}, who leads the team. Reply with "yes" and a couple of times that work.

If you're not looking, just reply "not now" and I'll take you off my list.

{contact}
Talent, {company}

Sent with Gem. Don't want to hear from me again? Unsubscribe: https://gem.com/u/{tok16}""",
    headers={"List-Unsubscribe": "<https://gem.com/u/{tok16}>"},
)

# 10f. The candidate's own mail: From is the user, so there is nothing to reply to.

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Interview availability", "Re: {role} - next steps", "Re: Scheduling a conversation"],
    """\
Hi {cfirst},

{ev_weekday} at {ev_time} works perfectly for me, thank you. I'll use the Teams link from the invite.

Looking forward to speaking with {colleague}.

Best regards,
{cand}
{cand_phone}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Offer of employment - {role}", "Re: Your offer from {company}"],
    """\
Dear {cfirst},

Thank you so much for the offer and for the time everyone at {company} spent with me over the last few weeks. It was a genuinely hard decision, but after a lot of thought I've decided to decline, as I've accepted another role that is closer to the kind of work I want to do next.

I really enjoyed meeting the team and I hope our paths cross again.

With best wishes,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Withdrawing my application - {role}", "Application for {role} - withdrawal"],
    """\
Hello {cfirst},

I'm writing to let you know that I'd like to withdraw my application for the {role} position. My circumstances have changed and I'm no longer able to relocate to {city2}.

Thank you for your time and consideration, and apologies for any inconvenience.

Kind regards,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Fwd: Interview invitation - {role}", "Fwd: Your interview with {company}"],
    """\
sending to my personal address so I have it on my phone. {ev_weekday} {ev_time}!!""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["well that's that", "{company} update", "ugh"],
    """\
{ffirst},

Heard back from {company}. "Unfortunately we have decided to proceed with other candidates" etc etc. After FOUR rounds. Not even a phone call.

I'm fine. Mostly. Pub on Friday? I need to moan at someone in person

{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Question about the {role} salary band", "Quick question before I apply - {role}"],
    """\
Hi {cfirst},

I came across the {role} opening on your careers page and I'm keen to apply. Before I do, would you be able to share the salary range for the role, and whether it's open to candidates outside {city}?

Thanks very much,
{cand}
linkedin.com/in/{cand_slug}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Re: Your application for {role}", "Re: Update on your application"],
    """\
Hi {cfirst},

Thanks for letting me know, and for the quick turnaround - I appreciated hearing back either way.

If you're able to share any feedback from the panel I'd be grateful, but I understand if not. I'd love to be considered for future {dept} roles at {company}.

All the best,
{first}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["Documents for background check", "Re: Pre-employment checks - documents attached"],
    """\
Hi {cfirst},

Please find attached:
1. Passport (scan, both pages)
2. Degree certificate from {uni}
3. Relieving letter from {company2}
4. Last three payslips

The reference from my previous manager should come directly from {manager}. Let me know if anything else is needed before my start date.

Thanks,
{cand}""",
)

fam(
    "any",
    "{cand} <{cand_email}>",
    ["notes: {company} final round", "prep - {company}"],
    """\
note to self

- why {company}: the {sector} angle + the team's blog post on dbt
- STAR stories: migration, the angry stakeholder, the failed launch
- questions for them: on-call?, how is success measured in 6 months, why is the role open
- {ev_weekday} {ev_time}, leave by 8:15 if it's in person

DON'T ramble about the old job""",
)

# 10g. "Application", "offer", "unfortunately", "we regret", "interview" outside the job search.

fam(
    "au",
    "2Apply <noreply@2apply.com.au>",
    ["Application outcome: {street}", "Your rental application for {street}"],
    """\
Hi {first},

Thank you for applying for {street}, {city}.

We regret to advise that your application on this occasion has been unsuccessful. The owner has approved another applicant.

Your 2Apply profile has been saved, so you can apply for other properties in seconds.

Kind regards,
{realtor}
{letting}

This email was sent via 2Apply on behalf of {letting}. Please do not reply to this address.""",
    headers=AUTO,
)

fam(
    "any",
    "{grant_body} <grants@{grant_domain}>",
    ["Your application to {grant}", "Outcome of your grant application ({ref})"],
    """\
Dear {first} {last},

Thank you for applying to {grant} (reference {ref}).

This round we received {n_big} eligible applications for {n_small}0 awards, and the panel had to make some very difficult choices. I'm sorry to tell you that your application was not successful on this occasion.

Panel feedback on individual applications will be available on request until the end of the month. The next round opens in the autumn and we would encourage you to apply again.

Yours sincerely,
Grants Team""",
    headers=AUTO,
)

fam(
    "uk",
    "UK Visas and Immigration <no-reply@homeoffice.gov.uk>",
    ["A decision has been made on your application", "Your visa application: decision ({ref})"],
    """\
Dear {first} {last},

Application reference: {ref}

A decision has been made on your application. Your decision letter is available to view in your UKVI account. Please sign in to read it:

https://visas-immigration.service.gov.uk/account

If your passport is being returned, it will be sent to the address you gave us or will be available for collection from the visa application centre.

Do not reply to this email. This mailbox is not monitored.

UK Visas and Immigration""",
    headers=AUTO,
)

fam(
    "in",
    "US Visa Appointment Service <donotreply@usvisascheduling.com>",
    ["Appointment confirmation - visa interview", "Your consular interview appointment"],
    """\
Dear {first_upper} {last_upper},

Your appointment has been scheduled.

OFC (biometrics) appointment
VAC {consulate}
Date: {ev_date_long}
Time: {ev_time}

Consular Section Interview
U.S. Consulate General, {consulate}
Date: {ev2_date_short}
Time: {ev2_time} (local time)

Please bring your appointment confirmation page, DS-160 confirmation, passport and supporting documents. Electronic devices are not permitted inside the consulate.

This is a system generated email. Please do not respond.""",
    headers=AUTO,
    ev_days=14,
)

fam(
    "any",
    "{uni} Admissions <admissions@{uni_domain}>",
    ["Congratulations! Your offer from {uni}", "Offer of admission - MSc Data Science"],
    """\
Dear {first},

Congratulations! I am delighted to offer you a place on the MSc Data Science programme at {uni}, starting in September.

Your offer is conditional on:
- completing your current degree with at least upper second-class honours (or equivalent)
- an English language test, if you have not already provided one

Next steps: log in to the applicant portal to accept your offer within 28 days and pay the tuition fee deposit.

https://apply.{uni_domain}/portal

We look forward to welcoming you.

Yours sincerely,
Admissions Office
{uni}""",
    headers=AUTO,
)

fam(
    "any",
    "Graduate Admissions <gradadmissions@{uni_domain}>",
    ["Decision on your application", "Your application to {uni}: decision available"],
    """\
Dear {first} {last},

Thank you for your interest in graduate study at {uni}.

After careful review, the admissions committee is unable to offer you admission to the Master of Business Analytics programme for the coming year. We received many more applications from highly qualified candidates than we have places.

We appreciate the time you put into your application and wish you every success in your studies and career.

Sincerely,
Office of Graduate Admissions""",
    headers=AUTO,
)

fam(
    "any",
    "{uni} Business School <mba.admissions@{uni_domain}>",
    ["MBA admissions interview - please book a slot", "Invitation to interview: MBA Round 2"],
    """\
Dear {first},

Thank you for applying to the {uni} MBA. The admissions committee has reviewed your application and would like to invite you to an admissions interview, the next stage of our process.

Interviews are held online with a member of the admissions team or an alumnus and last about 30 minutes. Please book your slot in the applicant portal within 7 days.

Decisions for Round 2 will be released in the portal on the published date.

Best wishes,
MBA Admissions Team
{uni}""",
    headers=AUTO,
)

fam(
    "any",
    "{bank} <noreply@{bank_domain}>",
    ["Update on your personal loan application", "Your loan application ({ref})"],
    """\
Dear {first},

Thank you for your recent application for a personal loan of {house_price_small}.

Unfortunately, we're unable to approve your application at this time. This decision was based on information from your credit file and our own lending criteria.

You can request a free copy of your credit report from the credit reference agencies. This decision doesn't stop you applying again in future.

If you'd like to talk about it, you can call us or visit a branch.

{bank}""",
    headers=AUTO,
)

fam(
    "any",
    "{conf} Program Committee <cfp@{conf_domain}>",
    ["{conf} {year}: your proposal", "Your talk proposal for {conf}"],
    """\
Hi {first},

Thank you for submitting "What we learned migrating {n_small}00 dashboards" to {conf} {year}.

This year we received over {n_big} proposals for {n_small}0 slots, and unfortunately we weren't able to include yours in the programme. This is not a reflection of the quality of your proposal - many strong talks didn't make it.

We'd love to see you there anyway: speakers who submitted get a 20% discount code, CFP{tok6_short}.

The {conf} Program Committee""",
    headers=AUTO,
)

fam(
    "any",
    "{conf} <speakers@{conf_domain}>",
    ["🎉 Your talk has been accepted!", "{conf} {year}: you're speaking!"],
    """\
Hi {first},

Congratulations! We're thrilled to let you know that your talk has been accepted for {conf} {year}.

Next steps:
1. Confirm your slot by replying to this email within 5 days
2. Fill in the speaker form (bio, headshot, travel needs): https://{conf_domain}/speakers/form/{tok6}
3. Join the speaker Slack for updates

We'll schedule a short call with each speaker in the coming weeks to check your slides and AV needs.

See you on stage!
The {conf} team""",
)

fam(
    "any",
    "{contact} <notifications@github.com>",
    [
        "Re: [{org}/{repo}] Add retry to export job (PR #{pr_no})",
        "[{org}/{repo}] Pull request closed (#{pr_no})",
    ],
    """\
Thanks for putting this together @{cand_slug}, and sorry it sat for so long.

We've discussed this in the maintainers' sync and we're not moving forward with this change. Retries belong in the scheduler rather than the export job itself, and we're planning to rework that area next quarter. I'm going to close this for now, but the test cases would be really useful there - would you be up for opening an issue so we don't lose them?

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you authored the thread.""",
    headers={
        "List-Id": "{org}/{repo} <{repo}.{org}.github.com>",
        "List-Unsubscribe": "<mailto:unsub+{tok16}@reply.github.com>",
        "Precedence": "list",
    },
)

fam(
    "any",
    "{insurer} <offers@{insurer_domain}>",
    ["An offer for you, {first}: save on home insurance", "Your renewal - plus a special offer"],
    """\
Hi {first},

Your car insurance renews soon, and because you're a loyal customer we've got an offer for you: add home insurance before {ev_date_short} and get 15% off both policies.

Get a quote in 3 minutes: https://{insurer_domain}/quote?c={tok6}

Offer available to existing customers only. Terms apply.

{insurer}

Unsubscribe from marketing emails: https://{insurer_domain}/preferences""",
    headers=bulk("<https://{insurer_domain}/unsubscribe/{tok16}>"),
    ev_days=14,
)

fam(
    "any",
    "Facebook Marketplace <notification@facebookmail.com>",
    ["{friend} made an offer on your {item}", "New offer: {offer_price} for {item}"],
    """\
{friend} sent you an offer

{item} · listed at {item_price}
Offer: {offer_price}

"hi is this still available? could pick up {ev_weekday} evening, cash"

Reply to {ffirst}: https://www.facebook.com/marketplace/inbox/{code}

Facebook, Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
    headers=bulk("<https://www.facebook.com/o.php?k={tok16}>", precedence=False),
)

fam(
    "any",
    "Hinge <hello@hinge.co>",
    ["{ffirst} sent you a message", "You have a new match"],
    """\
You and {ffirst} liked each other!

{ffirst}: "ok your prompt about {trail} walks got me. are you free for a coffee this weekend? 🙂"

Reply on Hinge: https://hinge.co/app/m/{tok6}

Hinge · designed to be deleted
You're receiving this because you turned on match notifications. Manage preferences in the app.""",
    headers=bulk("<https://hinge.co/unsubscribe?t={tok16}>", precedence=False),
)

fam(
    "uk",
    "{council} School Admissions <admissions@{council_domain}>",
    ["National Offer Day: your school place offer", "Primary school allocation for {kid}"],
    """\
Dear Parent/Carer,

Application for: {kid} {last}
Application reference: {ref}

We are pleased to confirm that {kid} has been offered a place at {primary} for September.

Please accept or decline this offer online by the deadline shown in your account. If you do not respond, the offer will be accepted on your behalf.

If you were not offered your first preference school, you have the right to appeal, and {kid} will be placed on the waiting list for any higher preference schools.

School Admissions Team
{council}""",
    headers=AUTO,
)

fam(
    "any",
    "Editorial Office <onbehalfof@manuscriptcentral.com>",
    [
        "Decision on Manuscript ID JDS-{year}-{tok6_short}",
        "Journal of Data Science - decision on your manuscript",
    ],
    """\
Dear Dr. {last},

Manuscript ID JDS-{year}-{tok6_short}, entitled "Measuring dashboard adoption in mid-sized organisations"

I regret to inform you that, following review, we are unable to accept your manuscript for publication in the Journal of Data Science. The reviewers' comments are included at the bottom of this letter; I hope you find them useful in preparing the work for another venue.

Thank you for considering the journal for the publication of your research.

Sincerely,
Prof. {contact}
Associate Editor""",
    headers=AUTO,
)

fam(
    "any",
    "{city1} Marathon <ballot@{marathon_domain}>",
    ["Ballot result: {city1} Marathon {year}", "Your ballot entry"],
    """\
Dear {first},

Thank you for entering the ballot for the {city1} Marathon.

We're really sorry, but you haven't been successful this time. We had a record {n_ballot} applications for this year's race.

You can still run by joining a charity team - hundreds of charity places are available. Or keep training: next year's ballot opens in the spring.

Keep running,
The {city1} Marathon team""",
    headers=bulk("<https://{marathon_domain}/unsubscribe?t={tok16}>"),
)

fam(
    "any",
    "Airbnb <automated@airbnb.com>",
    ["Your reservation request was declined", "Request declined: {city2}"],
    """\
Hi {first},

Unfortunately your host wasn't able to accept your request for {ev_date_short} - {ev2_date_short} in {city2}. You haven't been charged.

Here are some similar places that are available for your dates: https://www.airbnb.com/s/homes?ref={tok6}

Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103""",
    headers=AUTO,
)

fam(
    "any",
    "{shelter} <adopt@{shelter_domain}>",
    ["Your application to adopt {pet}", "Good news about {pet}! 🐾"],
    """\
Hi {first},

Thank you for your application to adopt {pet}! We've reviewed it and completed the home check call, and we'd love to move to the next step: a meet and greet.

Could you come to the centre on {ev_weekday} at {ev_time}? Please bring everyone who lives in the house (and any dogs) so we can see how {pet} gets on.

If that doesn't work, reply with a couple of times that do.

Paws crossed,
{contact}
Adoption Coordinator""",
)

fam(
    "any",
    "App Store Connect <no_reply@email.apple.com>",
    ["Submission rejected: Tally Budget 1.4", "Your submission was rejected"],
    """\
Dear {first} {last},

We have reviewed your app submission and were unable to complete the review because the app does not comply with the App Review Guidelines.

App Name: Tally Budget
Version: 1.4 ({tok6_short})
Guideline 2.1 - Performance - App Completeness

We found that your app crashed on launch on iPad running iPadOS 18. Please resolve the issue and resubmit.

To view the full message and respond, sign in to App Store Connect.

Best regards,
App Review""",
    headers=AUTO,
)

fam(
    "uk",
    "HM Passport Office <noreply@passport.service.gov.uk>",
    ["We've received your passport application", "Passport application {ref}: received"],
    """\
Dear {first} {last},

We've received your application and supporting documents.

Application reference: {ref}

We'll let you know if we need anything else. You can track your application online: https://www.passport.service.gov.uk/track

It usually takes up to 3 weeks to get a passport. Do not book travel until you have a valid passport.

HM Passport Office""",
    headers=AUTO,
)

fam(
    "any",
    "{bank} Credit Cards <cards@{bank_domain}>",
    ["We need more information about your application", "Action needed: your credit card application"],
    """\
Hi {first},

Thanks for applying for the {bank} Rewards card. Before we can make a decision, we need to verify a couple of things.

Please upload:
- proof of address dated in the last 3 months
- your most recent payslip

Upload securely: https://{bank_domain}/apply/docs/{tok6}

If we don't hear from you within 30 days your application will be closed.

{bank}""",
    headers=AUTO,
)

fam(
    "any",
    "{contact} <{contact_first_lower}@{photo_domain}>",
    ["{year} Open Photography Award - results", "Your entry: shortlist announced"],
    """\
Dear {first},

Thank you for entering the {year} Open Photography Award with "Morning, {city1}". We had {n_big} entries this year and the standard was remarkably high.

We regret to let you know that your entry was not shortlisted. The shortlist is now live on our website.

We hope you'll enter again next year.

Best regards,
{contact}
Awards Manager""",
    headers={"Precedence": "bulk"},
)

fam(
    "any",
    "{airline} <noreply@{airline_domain}>",
    ["Important: your flight has been cancelled", "Flight cancellation - booking {pnr}"],
    """\
Dear {first} {last},

We regret to inform you that your flight on {ev_date_short} from {city} has been cancelled due to operational reasons. We apologise for the inconvenience.

Booking reference: {pnr}

Your options:
• Accept the alternative flight we have booked for you on {ev2_date_short} at {ev2_time}
• Change to another flight at no extra cost
• Request a full refund

Manage your booking: https://www.{airline_domain}/manage?pnr={pnr}

{airline}""",
    headers=AUTO,
)

fam(
    "us",
    "{realtor} <{realtor_email}>",
    ["Co-op board interview scheduled", "Board interview - {street}"],
    """\
Hi {first} and {partner},

Great news - the board reviewed your package and would like to meet you both. The board interview is {ev_weekday}, {ev_date_short} at 7:00 PM in the building's community room.

Tips: dress business casual, keep answers short, don't bring up renovations, and don't ask about the sublet policy. It's usually 20-30 minutes and they'll let us know within a few days.

Call me if you want to do a quick prep session beforehand.

Best,
{realtor}
Licensed Real Estate Salesperson""",
)

fam(
    "us",
    "Jury Administrator <jury@courts.gov>",
    ["Jury Summons - Response Required", "You have been summoned for jury service"],
    """\
{first_upper} {last_upper}
Juror Participant Number: {code}

You have been summoned for jury service beginning {ev_date_long}.

You must complete the online juror questionnaire within 10 days: https://jury.courts.gov/eResponse

If you qualify for a postponement or excuse, you may request it in the questionnaire. Failure to respond may result in a further summons.

Jury Services Office""",
    headers=AUTO,
    ev_days=30,
)

fam(
    "any",
    "{uni} Careers Service <careers@{uni_domain}>",
    ["Booking confirmed: mock interview", "Your careers appointment is confirmed"],
    """\
Hi {first},

Your appointment has been booked.

Type: Practice interview (30 mins) with a Careers Consultant
Date: {ev_date_long}
Time: {ev_time}
Location: Online (link in your CareerHub calendar)

Please upload the job description you're preparing for at least 24 hours before. If you can't attend, cancel in CareerHub so another student can use the slot; two no-shows will restrict your bookings.

{uni} Careers Service""",
    headers=AUTO,
)

fam(
    "any",
    "{contact} <{contact_first_lower}@{other_firm_domain}>",
    ["Re: informational interview", "Re: coffee chat request", "Re: advice on getting into {dept}"],
    """\
Hi {first},

Thanks for the kind note - always happy to help someone making the switch. I should say upfront that we're not hiring on my team, but I'm glad to tell you how I got into {dept} and what I'd do differently.

I'm usually free for coffee on Friday mornings near {city_centre}, or a call if that's easier.

Best,
{cfirst}""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Re: partnership proposal", "Re: {saas} x {company}"],
    """\
Hi {first},

Thanks for the proposal and for walking us through the demo. We've discussed it internally and we've decided not to move forward at this time. Our budget for new tooling is committed until the next financial year.

I'd be happy to revisit in Q3 if you'd like to check back then.

Regards,
{contact}
Head of Operations, {company}""",
)


fam(
    "any",
    "{mum} <{mum_email}>",
    ["any news??", "how did it go", "Re: news"],
    """\
Any news from the interview love? Dad says no news is good news. {ffirst2} next door keeps asking and I said I'd let them know. Didnt want to ring in case you were busy

Call me when your free xx
Mum""",
)

fam(
    "any",
    "{colleague} <{col_email}>",
    ["can u cover {ev_time}?", "cover my interview slot?"],
    """\
{first} huge favour - can u take my {ev_time} interview slot for the {role} loop today? dentist running over, wont make it back. kit is in greenhouse, its the culture/values one. owe u a coffee

sent from phone""",
    ev_days=0,
)

fam(
    "any",
    "{landlord} <{landlord_email}>",
    ["Lease renewal - next steps", "Re: renewing the lease"],
    """\
Hi {first},

Hope all is well. Your lease is up at the end of {month_next} and I'd like to offer you a renewal for another 12 months. The rent would go up by about 4%, which is still below market for the area.

Next steps: let me know if you're happy to continue and I'll send the new agreement through DocuSign. If you have any questions, we could schedule a call one evening this week.

Best,
{landlord}""",
)


# ---- 11. Near-job mail that needs no job-search reply: calls, interviews and "no"s from other walks of life --

fam(
    "any",
    "{contact} <{agency_email}>",
    ["quick question", "{role} - open to a chat?", "15 mins this week?"],
    """\
Hey {first},

I'm {cfirst}, I look after {dept} hiring across a handful of scale-ups at {agency}. Your profile came up while I was mapping people in {city} and I'd love to pick your brain - not pitching a specific job yet, more keen to understand what you'd want from a next move so I can keep you in mind.

Do you have 15 minutes this week? {ev_weekday} or Friday afternoon both work my side.

No stress if the timing's off, I know everyone's inbox is brutal.

{cfirst}
{agency} | {contact_phone}

If you'd prefer not to hear from me again just reply STOP and I'll remove your details.""",
)

fam(
    "any",
    "{contact} <{contact_first_lower}@{other_firm_domain}>",
    ["great meeting you at {meetup}", "following up from {meetup}"],
    """\
{first} -

Really enjoyed our chat after the talks on {weekday}. You mentioned you're wrestling with the same dbt-vs-notebooks question we had last year; happy to show you how we ended up structuring things.

Want to grab a call sometime next week? I'm pretty flexible apart from Tuesday. Or if you're back at {meetup} next month we can just continue over pizza.

Cheers,
{cfirst}""",
)

fam(
    "any",
    "{conf} Speaker Team <speakers@{conf_domain}>",
    ["Speaker prep call - pick a slot", "Tech check + run-through for your {conf} session"],
    """\
Hello {first},

We're {n_small} weeks out! To make sure everything goes smoothly on the day, every speaker does a 20-minute prep call with one of our session chairs. We'll:

  - check your slides render on the venue projector (16:9, please)
  - confirm your mic preference (lapel or handheld)
  - run the first two minutes of your talk so the chair can introduce you properly

Please pick a slot here: https://{conf_domain}/speaker-prep?s={tok6}

Slots fill up fast in the last week, so sooner is better. If none of the times work, reply and we'll sort something out.

Thanks,
{contact}
Speaker Operations, {conf} {year}""",
    headers=AUTO,
)

fam(
    "any",
    "{saas} <meetings@{saas_domain}>",
    ["Confirmed: {saas} demo with {contact}", "Your {saas} product demo is booked"],
    """\
Hi {first},

Thanks for booking a demo of {saas}! Here are the details:

What: {saas} walkthrough for {company2}
When: {ev_weekday}, {ev_date_short} · {ev_time} - {ev_time_end} ({ev_tz})
Who: {contact}, Solutions Engineer
Where: https://{saas_domain}/meet/{tok6}

To help {cfirst} tailor the session, tell us a bit about your team size and current tools: https://{saas_domain}/demo-survey?id={tok16}

Need to reschedule? Use the link in your calendar invite.

The {saas} Team
You're receiving this because you requested a demo on {saas_domain}.""",
    headers=AUTO,
    ics={
        "start": "{ev_iso}",
        "end": "{ev_end_iso}",
        "summary": "{saas} demo - {company2}",
        "location": "https://{saas_domain}/meet/{tok6}",
        "url": "https://{saas_domain}/meet/{tok6}",
    },
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["Meeting request - renewal and the Q{n_small} invoices", "can we meet re: our account?"],
    """\
Hi {first},

We've been a {company2} customer for a while now and overall the team is happy, but there are a couple of things I'd like to go through in person before our renewal comes up:

1. the duplicated invoices from last quarter (ticket {ticket})
2. whether the usage tier still makes sense for us
3. the roadmap for the reporting module

Could you or someone from your side meet with us for an hour? We're at the {city} office most days; {ev_weekday} or {ev2_weekday} would be ideal.

Kind regards,
{contact}
{contact_title}, {company}""",
)

fam(
    "any",
    "{uni} Graduate Admissions <admissions@{uni_domain}>",
    ["MSc Admissions: interview invitation", "Your application to {uni} - interview stage"],
    """\
Dear {first} {last},

Application ID: {ref}
Programme: MSc Business Analytics (full-time)

Thank you for your application. The admissions committee has reviewed your file and would like to invite you to an admissions interview, which forms part of the selection process for this programme.

Interviews last approximately 25 minutes and are conducted online by a member of academic staff. You will be asked about your motivation for the programme and may be given a short quantitative problem to discuss.

Please choose a slot in the applicant portal by {ev_date_long}. Interview outcomes are normally communicated within three weeks.

With best wishes,
Graduate Admissions Office
{uni}""",
    headers=AUTO,
)

fam(
    "any",
    "{grant_body} Scholarships <scholarships@{grant_domain}>",
    ["Shortlisted: {year} Future Leaders Scholarship", "Scholarship panel interview"],
    """\
Dear {first},

Congratulations - from over {n_big} applications, you have been shortlisted for the final round of the {year} Future Leaders Scholarship.

The final round is a panel conversation with three of our trustees. There are no trick questions; we want to hear about the community project you described and what you hope to do with your studies.

Date: {ev_date_long}
Time: {ev_time} ({ev_tz})
Format: video call (a link will follow 48 hours before)

If you cannot attend at this time please let us know as soon as possible, as we are unable to reschedule the panel once it has been set.

Warm regards,
Scholarships Team
{grant_body}""",
)

fam(
    "any",
    "{contact} <volunteers@{volunteer_domain}>",
    ["Thanks for signing up to volunteer!", "Volunteer coordinator role - informal chat"],
    """\
Hi {first}!!

Thank you SO much for putting your name down for the weekend volunteer coordinator role at {volunteer}. We had a lovely response this time.

Before anyone starts we like to have a relaxed chat - honestly just a cuppa and a wander round so you can see the warehouse, meet a couple of the regulars and ask whatever you like. Nothing formal and definitely not a test!

Would {ev_weekday} around {ev_time} work? If not, just tell me what suits and I'll fit around you.

Speak soon,
{cfirst}
Volunteer Coordinator
{volunteer} (registered charity)""",
)

fam(
    "any",
    "ADPList <hello@adplist.org>",
    ["Session booked with {contact} 🎉", "Your mentoring session is confirmed"],
    """\
Your session is confirmed!

Mentor: {contact}
Topic: Career growth / {dept}
When: {ev_weekday}, {ev_date_short} at {ev_time} {ev_tz}
Duration: 30 min

Prepare for your session
• Share your goals with {cfirst} in advance so you get the most out of your time
• Be on time - mentors volunteer their time for free
• Leave a review afterwards to help the community

Join session: https://adplist.org/sessions/{tok16}

Can't make it? Cancel at least 24 hours in advance from your dashboard.

ADPList · Unsubscribe · Notification settings""",
    headers=bulk("<https://adplist.org/unsubscribe?u={tok16}>", precedence=False),
    tz="UTC",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["website project", "Re: quote for the rebuild", "project - quick call?"],
    """\
hi {first}

had a look at the mockups you sent over, love the direction tbh. couple of things I want to talk through before you start on the booking page, mostly around how the payments bit will work with our existing stripe account and whether we need the blog at launch or can push it later

can we jump on a call about the project sometime {ev_weekday}? even 20 min would do. my mobile is {contact_phone} or just send me a meet link

thanks!!
{cfirst}
{company}""",
)

fam(
    "any",
    "{realtor} <{realtor_email}>",
    ["{street} - application update", "Re: flat at {street}"],
    """\
Dear {first},

Thank you for viewing the property at {street} and for submitting your application and references so promptly.

The landlord received several applications for this home and has chosen another tenant whose move-in date better matched their requirements. I'm sorry it wasn't better news.

We have a couple of similar properties coming to market in {city} over the next few weeks. If you would like me to keep your details on file and let you know before they go online, just reply to this email.

Kind regards,
{realtor}
Lettings Negotiator
{letting}""",
)

fam(
    "any",
    "{contact} <{contact_email}>",
    ["RFQ {ref} - outcome", "Your quotation for {company} (ref {ref})"],
    """\
Dear {first},

Thank you for your quotation dated {msg_date_short} in response to our request for quotation {ref} (supply and installation of office AV equipment).

After comparing all submissions against price, lead time and after-sales support, we will not be moving forward with your quote on this occasion. The contract has been awarded to another supplier.

We appreciated the detail in your proposal and will keep {company2} on our approved supplier list for future requirements.

Regards,
{contact}
Procurement, {company}""",
)

fam(
    "any",
    "{club} Membership <membership@{club_domain}>",
    ["Your membership application", "{club}: membership for the {year} season"],
    """\
Dear {first},

Thank you for applying to join {club}. The committee met on {weekday} to review new applications for the {year} season.

Regrettably we are not able to accept your application at present: our senior section is at capacity and the committee has to give priority to returning members and juniors moving up.

We have added you to the waiting list (position {n_small}). Places usually open up by mid-season and we'll contact you in list order. In the meantime you are very welcome at our open sessions on Sunday mornings.

Yours sincerely,
{contact}
Membership Secretary""",
)

fam(
    "any",
    "People Team <people@{domain2}>",
    [
        "Internal mobility: the transfer window is open",
        "Thinking about a move? Internal transfers open {ev_date_short}",
    ],
    """\
Hi all,

Our next internal transfer window opens on {ev_date_long} and runs for two weeks. A reminder of how it works:

• You need to have been in your current role for at least 12 months.
• Have a conversation with your line manager before you express interest - no surprises.
• Browse open internal roles on the intranet under Careers > Internal. They are visible to staff five working days before external advertising.
• The receiving team may invite you for an informal conversation; this is not a formal interview and you don't need to prepare a presentation.

Questions? Drop into our office hours on Thursdays or message #ask-people.

People Team
{company2}

This message was sent to all permanent staff.""",
    headers={"Precedence": "list", "List-Id": "<all-staff.{domain2}>"},
)

fam(
    "any",
    "{company} Insider <newsletter@{domain}>",
    ["Inside {company}: an interview with our CEO", "“We hire for curiosity” - our CEO in conversation"],
    """\
The {company} Insider · Issue {week}

IN CONVERSATION
Our CEO {contact} sat down with us to talk about the year ahead, why we opened a second office in {city2}, and what they look for when interviewing senior hires.

“Honestly, the best candidates I've interviewed asked better questions than I did.”

Read the full interview →

ALSO IN THIS ISSUE
- Customer story: how {company2} cut onboarding time in half
- We're hiring! {n_small} new roles in {dept}
- Office dog of the month: {pet}

You are receiving this email because you subscribed at {domain}.
Unsubscribe · Update preferences · View in browser""",
    headers=bulk("<https://{domain}/newsletter/unsubscribe?id={tok16}>", list_id="<insider.{domain}>"),
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["{role} loop - next week's candidates", "Interview panel for {role}: please block time"],
    """\
Team,

We've got {n_small} candidates coming through for the {role} role next week. Recruiting will send the calendar holds today; please accept them even if the time is tentative.

Split as before:
- {colfirst}: technical deep dive
- {first}: system design / case study
- me: hiring manager + values

Scorecards in Greenhouse within 24h of your session please, and don't discuss candidates with each other before the debrief on Friday - it biases the panel.

Thanks all,
{mfirst}""",
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["debrief outcome - {role}", "{role} candidate: decision"],
    """\
Hi both,

Thanks for the thorough feedback yesterday. After talking it through with {colfirst} we've decided not to move forward with the candidate for {role} - strong on the fundamentals but the stakeholder piece came up short in every session.

Recruiting will handle the note to the candidate, so please don't reach out directly. We're reopening sourcing this week; if you know anyone good, send them my way.

{mfirst}""",
)

fam(
    "any",
    "Tenders - {council} <procurement@{council_domain}>",
    ["Tender outcome notification - {ref}", "Contract award notice {ref}"],
    """\
NOTICE OF TENDER OUTCOME

Tender reference: {ref}
Description: Provision of website accessibility audit services
Bidder: {company2}

Dear Sir/Madam,

We write to inform you that your tender has been evaluated in accordance with the published criteria. Your submission was not the most economically advantageous tender and has not been successful.

Your scores: Quality {score}/60, Price {price_score}/40.

A standstill period of 10 calendar days now applies before the contract is entered into. Requests for a further debrief must be made in writing within this period.

Procurement Services
{council}

This is an automatically generated message. Please do not reply to this address.""",
    headers=AUTO,
)

fam(
    "any",
    "{friend} <{friend_email}>",
    ["the room", "Re: room in our flat"],
    """\
Hey {first},

Thanks so much for coming round on {weekday}, it was really nice meeting you and {pet} (the cat, obviously) seemed to approve haha.

We've had a proper think and we've decided to go with someone else for the room - honestly it was really close, it's more that the other person is doing nights like {ffirst2} so the house schedule works out easier.

Sorry to not have better news. Good luck with the search, {city} is a nightmare for rooms right now!

{ffirst}""",
)

fam(
    "any",
    "{club} <coach@{club_domain}>",
    ["Squad selection {year}", "Trials - thank you"],
    """\
Hi {first},

Thanks for coming down to trials over the last two weekends, the standard this year was the highest we've had.

Unfortunately you haven't been selected for the first-team squad this season. That said, we'd really like you to join the development group, which trains Tuesdays and Thursdays and plays in the reserve league. Plenty of players have moved up mid-season.

Let me know by Friday if you're in.

Coach {cfirst}
{club}""",
)

fam(
    "any",
    "{city1} Community Orchestra <auditions@{orch_domain}>",
    ["Audition time - violin section", "Your audition slot"],
    """\
Dear {first},

Thank you for your interest in joining the {city1} Community Orchestra.

We've scheduled your audition for {ev_weekday} {ev_date_short} at {ev_time}, in the music room at the back of St Mary's Hall.

Please prepare:
  - one piece of your choice, no more than 4 minutes
  - the excerpt attached (bars 1-32)
  - a little sight-reading (nothing scary!)

There's a warm-up room available from 15 minutes before. If this time doesn't suit, let me know and I'll try to swap you with someone.

Best wishes,
{contact}
Orchestra Manager""",
)

fam(
    "any",
    "{contact} <{contact_first_lower}@{other_firm_domain}>",
    ["Re: Submission: {item_title} - query", "Re: query - {item_title}"],
    """\
Dear {first},

Many thanks for sending me the opening chapters of {item_title}, and for your patience while I read them.

There's a lot to admire here, particularly the voice in the second chapter, but I'm afraid I didn't fall for it quite enough to offer representation. This is a subjective business and another agent may feel very differently, so please do keep submitting.

With all best wishes for your writing,
{contact}
Literary Agent""",
)

fam(
    "any",
    "{accel} <apply@{accel_domain}>",
    ["Cohort {n_small} application decision", "Your application to {accel}"],
    """\
Hi {first},

We had over {n_big} founders apply for Cohort {n_small}, and we've now made our final selections. We're sorry to tell you that {company2} wasn't selected for this cohort.

This isn't a judgement on you or your idea. We're a small programme and we're looking for a particular stage and sector mix each round.

Some things that might help:
- Our office hours for non-selected applicants ({ev_weekday} {ev_date_short})
- Applications for the next cohort open in {month_next}

Keep building,
The {accel} team""",
    headers=AUTO,
)

fam(
    "any",
    "{manager} <{manager_email}>",
    ["mid-year review", "Time for your mid-year check-in"],
    """\
Hi {first},

It's that time again - let's find 30 minutes for your mid-year review. I've put a placeholder in for {ev_weekday} at {ev_time}; move it if it clashes with anything.

Before then could you fill in the self-assessment in Lattice? Keep it short, bullet points are fine. I'm mostly interested in what you're proud of since January and where you'd like more support.

Cheers,
{mfirst}""",
)

fam(
    "any",
    "HR Services <hr-noreply@{domain2}>",
    ["Your exit interview", "Leaving {company2}: exit interview and final steps"],
    """\
Dear {first},

We've received notice of your resignation and your last working day has been recorded as {ev_date_long}.

As part of our leaving process, we invite all departing employees to an optional exit interview with an HR Business Partner. It takes around 30 minutes and your feedback is treated confidentially.

You can book a time here: https://hr.{domain2}/exit/{tok6}

Your leaver checklist:
[ ] Return laptop and access card to IT
[ ] Submit final expense claims by {ev_date_short}
[ ] Book remaining annual leave with your manager

HR Services, {company2}
This is an automated message; replies are not monitored.""",
    headers=AUTO,
)

fam(
    "any",
    "{primary} <office@{primary_domain}>",
    ["Parent-teacher interviews - bookings now open", "Book your parent/teacher interview"],
    """\
Dear Parents and Carers,

Parent-teacher interviews for this term will be held on {ev_weekday} {ev_date_short} from 3:30pm and the following evening.

Each interview is 10 minutes. Bookings are made through the school app (Compass > Conferences) and close at midnight on {ev2_weekday}. Please book one slot per teacher; if you have more than one child at the school, leave 5 minutes between bookings.

Interpreters can be arranged on request - please contact the office.

Kind regards,
Front Office
{primary}""",
    headers={"Precedence": "bulk", "List-Id": "<parents.{primary_domain}>"},
)

fam(
    "any",
    "Airbnb <automated@airbnb.com>",
    ["Reservation request declined", "Your request to book was declined"],
    """\
Your request to book wasn't accepted

Hi {first},

Unfortunately, {cfirst} wasn't able to accept your request for {ev_date_short}, {n_small} nights in {city1}. You haven't been charged.

Hosts decline requests for many reasons, like calendar changes. Here are some similar places that are available for your dates:

Explore stays in {city1} →

Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103
Update your email preferences""",
    headers=AUTO,
    tz="UTC",
)

fam(
    "any",
    "{shop} Customer Care <support@{shop_domain}>",
    ["Update on your claim #{code}", "Your warranty claim #{code}"],
    """\
Hello {first},

We've now completed the review of your warranty claim #{code}.

After inspection, our technician found that the damage was caused by accidental impact, which is not covered under the manufacturer's warranty. For this reason we're unable to approve a free repair or replacement.

You can still choose a paid repair at a quoted cost of {service_cost}, or we can return the item to you at no charge. Please choose an option in your account within 14 days.

Thank you for your patience.
{shop} Customer Care""",
    headers=AUTO,
)

fam(
    "any",
    "{contact} <{press_email}>",
    ["Interview request: {sector} feature", "Could we interview you for a piece on {sector}?"],
    """\
Hi {first},

I'm a reporter at {publication} putting together a feature on how {sector} teams are actually using AI day-to-day, beyond the hype. A colleague pointed me to the post you wrote on LinkedIn last month.

Would you be up for a short interview, 20-30 minutes by phone, sometime before {ev_weekday}? Happy to keep you anonymous or quote you by name - your call. I'd just need your employer's comms team to be fine with it if you're named.

Thanks,
{contact}
{publication}""",
)


# --------------------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------------------

FIRST_ONLY = [
    "Ravi",
    "Kate",
    "Ahmed",
    "Lucy",
    "Diego",
    "Mei",
    "Tariq",
    "Sophie",
    "Ben",
    "Anjali",
    "Noah",
    "Freya",
]
MUMS = ["Linda", "Sue", "Meena", "Karen", "Jo", "Patricia", "Lakshmi", "Helen"]
TITLES = [
    "Talent Acquisition Partner",
    "Senior Recruiter",
    "Recruiting Coordinator",
    "Technical Recruiter",
    "Head of People",
    "Engineering Manager",
    "Talent Sourcer",
]
SKILLS = ["Microsoft Excel", "SQL", "Python (Programming Language)", "Tableau", "Power BI", "JavaScript"]
SECTORS = ["fintech", "healthcare", "retail", "public", "logistics", "insurance", "media"]
DEPTS = ["Data", "Engineering", "Product", "Marketing", "Finance", "Operations"]
SCHOOLS = [
    ("University of Leeds", "leeds.ac.uk"),
    ("Arizona State University", "asu.edu"),
    ("IIT Madras", "iitm.ac.in"),
    ("Monash University", "monash.edu"),
    ("TU Delft", "tudelft.nl"),
    ("St Mary's Primary School", "stmarys-primary.org.uk"),
    ("Greenfield Elementary", "greenfieldschools.org"),
]
SAAS = [
    ("Figma", "figma.com"),
    ("Notion", "notion.so"),
    ("Canva", "canva.com"),
    ("Monarch Money", "monarchmoney.com"),
    ("Duolingo", "duolingo.com"),
    ("Dropbox", "dropbox.com"),
    ("Pramp", "pramp.com"),
    ("Exponent", "tryexponent.com"),
    ("Codecademy", "codecademy.com"),
    ("Airtable", "airtable.com"),
]
BANKS = {
    "us": [("Chase", "chase.com"), ("Capital One", "capitalone.com")],
    "uk": [("Monzo", "monzo.com"), ("Nationwide", "nationwide.co.uk")],
    "in": [("HDFC Bank", "hdfcbank.net"), ("ICICI Bank", "icicibank.com")],
    "au": [("CommBank", "cba.com.au"), ("ING Australia", "ing.com.au")],
    "eu": [("N26", "n26.com"), ("ING", "ing.nl")],
    "sg": [("DBS", "dbs.com"), ("OCBC", "ocbc.com")],
}
SHOPS = {
    "us": [("Target", "target.com"), ("REI", "rei.com"), ("Etsy", "etsy.com")],
    "uk": [("ASOS", "asos.com"), ("John Lewis", "johnlewis.co.uk"), ("Argos", "argos.co.uk")],
    "in": [("Myntra", "myntra.com"), ("Nykaa", "nykaa.com")],
    "au": [("THE ICONIC", "theiconic.com.au"), ("JB Hi-Fi", "jbhifi.com.au")],
    "eu": [("Zalando", "zalando.de"), ("Decathlon", "decathlon.fr")],
    "sg": [("Shopee", "shopee.sg"), ("Lazada", "lazada.sg")],
}
AIRLINES = {
    "us": [("Delta Air Lines", "delta.com"), ("United", "united.com")],
    "uk": [("easyJet", "easyjet.com"), ("British Airways", "ba.com")],
    "in": [("IndiGo", "goindigo.in"), ("Air India", "airindia.com")],
    "au": [("Qantas", "qantas.com"), ("Virgin Australia", "virginaustralia.com")],
    "eu": [("KLM", "klm.com"), ("Lufthansa", "lufthansa.com")],
    "sg": [("Singapore Airlines", "singaporeair.com"), ("Scoot", "flyscoot.com")],
}
STREETS = {
    "us": ["415 Elm Street, Apt 3B", "1200 Congress Ave", "88 Harbor Way", "27 Maple Ct"],
    "uk": ["14 Larch Road", "Flat 2, 31 Victoria Street", "9 Mill Lane", "22 Queen's Terrace"],
    "in": ["No. 12, 4th Cross, Indiranagar", "Flat 602, Lotus Residency", "B-14 Sector 45"],
    "au": ["7/33 Beach Road", "12 Wattle Street", "5 Banksia Crescent"],
    "eu": ["Torstraße 118", "Prinsengracht 402", "Carrer de Mallorca 210"],
    "sg": ["Blk 221 Toa Payoh Lor 8", "10 Anson Road #12-05"],
}
CENTRES = {
    "us": ["downtown", "the Loop", "SoHo"],
    "uk": ["town", "Shoreditch", "the Northern Quarter"],
    "in": ["Koramangala", "Indiranagar", "Bandra"],
    "au": ["the CBD", "Fitzroy", "Surry Hills"],
    "eu": ["Mitte", "De Pijp", "the old town"],
    "sg": ["Tanjong Pagar", "Raffles Place"],
}
HOUSE = {
    "us": "$485,000",
    "uk": "£312,500",
    "in": "₹1.2 Cr",
    "au": "$910,000",
    "eu": "€395.000",
    "sg": "S$1.15m",
}
PHONE = {
    "us": "+1 512 555 0{n}",
    "uk": "07700 900{n}",
    "in": "+91 98450 1{n}",
    "au": "0412 555 {n}",
    "eu": "+49 151 5555 {n}",
    "sg": "+65 9123 {n}",
}
MISC = {
    "trail": ["Snowdon", "coastal", "ridge", "Lantau", "Blue Mountains", "canal"],
    "podcast": [
        "Data Over Coffee",
        "The Analytics Hour Lite",
        "Shipping It",
        "Career Pivot Pod",
        "Margins & Metrics",
    ],
    "publication": [
        "The Guardian",
        "Business Insider",
        "The Economic Times",
        "The Sydney Morning Herald",
        "Sifted",
        "Protocol Weekly",
    ],
    "building": ["Riverside Court", "The Foundry Apartments", "Parkview Towers", "Canal Wharf"],
    "hack": ["HackTheNorth", "HackLondon", "Smart India Hackathon", "UniHack", "junction"],
    "club": ["Northside Cricket Club", "Riverside Running Club", "Eastbay Hockey", "City Chess Club"],
    "volunteer": ["City Food Bank", "Second Chance Animal Rescue", "Green Streets Trust"],
    "letting": ["Hamilton & Reed Lettings", "Urban Nest Property", "Parkside Estates", "Harbour Realty"],
    "clinic": ["Riverside Medical Practice", "Smile Dental Studio", "Apollo Clinic", "Northgate Physio"],
    "meetup": ["PyData {city1}", "Women in Data {city1}", "{city1} JS", "Product Tank {city1}"],
    "ws": ["acme-data", "Northwind", "growth-team", "ops-hq"],
    "meeting_name": ["Weekly team sync", "Sprint retro", "Data guild show & tell", "Design crit"],
}


# Pools for the families of section 10. They are drawn from their own generator (seeded from a token the
# main generator already drew) so that adding them leaves every earlier record byte-identical.
UNIS = {
    "us": [("University of Michigan", "umich.edu"), ("Northeastern University", "northeastern.edu")],
    "uk": [("University of Edinburgh", "ed.ac.uk"), ("King's College London", "kcl.ac.uk")],
    "in": [("Ashoka University", "ashoka.edu.in"), ("IIIT Hyderabad", "iiit.ac.in")],
    "au": [("UNSW Sydney", "unsw.edu.au"), ("University of Queensland", "uq.edu.au")],
    "eu": [("Universiteit van Amsterdam", "uva.nl"), ("TU München", "tum.de")],
    "sg": [
        ("National University of Singapore", "nus.edu.sg"),
        ("Singapore Management University", "smu.edu.sg"),
    ],
}
CONFS = [
    ("PyCon Lite", "pyconlite.org"),
    ("DataEngConf", "dataengconf.com"),
    ("DevOpsDays", "devopsdays.org"),
    ("Lead Dev", "leaddev.com"),
    ("JSWorld", "jsworldconference.com"),
    ("NDC", "ndcconferences.com"),
    ("Analytics Unconf", "analyticsunconf.io"),
]
GRANTS = [
    ("the Community Arts Fund", "Northbank Arts Trust", "northbankarts.org"),
    ("the Open Tools Fund", "Open Tools Foundation", "opentools.foundation"),
    ("the Early Career Research Fellowship", "The Hollis Foundation", "hollisfoundation.org"),
    ("the Digital Skills Innovation Grant", "Digital Futures Trust", "digitalfutures.org"),
    ("the Small Projects Fund", "Civic Software Fund", "civicsoftware.fund"),
]
PRIMARIES = {
    "us": [
        ("Lincoln Elementary School", "lincoln-elementary.org"),
        ("Oak Grove Elementary", "oakgrove.k12.us"),
    ],
    "uk": [
        ("St Anne's C of E Primary", "stannes-primary.org.uk"),
        ("Woodlands Primary School", "woodlands.sch.uk"),
    ],
    "in": [("Delhi Public School", "dps-school.in"), ("Vidya Niketan School", "vidyaniketan.edu.in")],
    "au": [
        ("Bayside Public School", "bayside-p.schools.nsw.gov.au"),
        ("Glenview Primary", "glenviewps.vic.edu.au"),
    ],
    "eu": [("International School of Amsterdam", "isa.nl"), ("Europaschule Mitte", "europaschule-mitte.de")],
    "sg": [
        ("Rosyth Primary School", "rosythpri.moe.edu.sg"),
        ("Nanyang Primary School", "nanyangpri.moe.edu.sg"),
    ],
}
FIRMS = ["brightpathwealth", "mcallisterpartners", "ledgerandco", "clearviewplanning", "summitaccountants"]
DEALERS = ["Westside Motors", "Parkway Auto Group", "City Car Care", "Ridgeline Motors"]
INSURERS = {
    "us": [("GEICO", "geico.com"), ("Lemonade", "lemonade.com")],
    "uk": [("Aviva", "aviva.co.uk"), ("Direct Line", "directline.com")],
    "in": [("ICICI Lombard", "icicilombard.com"), ("HDFC ERGO", "hdfcergo.com")],
    "au": [("NRMA Insurance", "nrma.com.au"), ("AAMI", "aami.com.au")],
    "eu": [("Allianz", "allianz.de"), ("AXA", "axa.fr")],
    "sg": [("Income Insurance", "income.com.sg"), ("AIA Singapore", "aia.com.sg")],
}
ITEMS = [
    ("road bike", 420),
    ("standing desk", 180),
    ("IKEA Kallax shelf", 45),
    ("Nintendo Switch", 190),
    ("sofa", 250),
    ("Kindle Paperwhite", 70),
    ("pram", 130),
]
KIDS = ["Aarav", "Isla", "Leo", "Zara", "Oscar", "Maya", "Noor", "Finn"]
PETS = ["Biscuit", "Luna", "Pepper", "Milo", "Mochi", "Bruno"]
CARS = ["Corolla", "Golf", "i20", "Civic", "Model 3", "Fiesta"]
DENTAL = ["Smile Dental Studio", "Bridge Street Dental", "Brightsmile Dental Care"]
GPS = ["Riverside Medical Practice", "Northgate Family Medicine", "Parkside Health Centre"]
VETS = ["Greenacres Vets", "Paws & Claws Veterinary Clinic", "Harbour Vet Hospital"]
SHELTERS = ["Second Chance Animal Rescue", "Happy Tails Rescue", "Northside Animal Shelter"]
HYGIENISTS = ["Sarah", "Aisling", "Neha", "Claire", "Joanna"]
CONSULATES = ["Mumbai", "Chennai", "Hyderabad", "New Delhi", "Kolkata"]


def extra_slots(region: str, ev: datetime, s: dict[str, str]) -> dict[str, str]:
    """Slots only section 10 uses; its own generator keeps the main sequence (and older records) unchanged."""
    xr = random.Random(f"{SEED}:{s['tok32']}")
    uni, uni_domain = xr.choice(UNIS[region])
    primary, primary_domain = xr.choice(PRIMARIES[region])
    grant, grant_body, grant_domain = xr.choice(GRANTS)
    dealer = xr.choice(DEALERS)
    dental, gp, vet, shelter = xr.choice(DENTAL), xr.choice(GPS), xr.choice(VETS), xr.choice(SHELTERS)
    city1 = re.sub(r" \(.*\)| (NSW|VIC|QLD|WA)$", "", s["city"].split(",")[0])
    council = {"us": f"City of {city1}", "sg": "Ministry of Education"}.get(region, f"{city1} City Council")
    conf, conf_domain = xr.choice(CONFS)
    insurer, insurer_domain = xr.choice(INSURERS[region])
    item, base = xr.choice(ITEMS)
    cur = CUR[region]
    scale = 80 if region == "in" else 1
    ask = base * scale
    ev2 = ev + timedelta(days=xr.choice([1, 2, 3]))
    while ev2.weekday() >= 5:
        ev2 += timedelta(days=1)
    ev2 = ev2.replace(hour=xr.choice([9, 10, 11, 14, 15, 16]), minute=xr.choice([0, 0, 30]))
    return {
        "uni": uni,
        "uni_domain": uni_domain,
        "conf": conf,
        "conf_domain": conf_domain,
        "grant": grant,
        "grant_body": grant_body,
        "grant_domain": grant_domain,
        "primary": primary,
        "primary_domain": primary_domain,
        "dealer": dealer,
        "dealer_domain": slug(dealer) + TLD[region],
        "service_cost": f"{cur}{xr.randrange(180, 520) * scale:,}",
        "house_price_small": f"₹{xr.choice([3, 5, 8])} lakh"
        if region == "in"
        else f"{cur}{xr.choice([8, 12, 15, 20])},000",
        "city1": city1,
        "council": council,
        "council_domain": slug(city1) + {"uk": ".gov.uk", "us": ".gov"}.get(region, TLD[region]),
        "marathon_domain": slug(city1) + "marathon" + TLD[region],
        "photo_domain": "openphotoaward.org",
        "other_firm_domain": xr.choice(FIRMS) + TLD[region],
        "contact_first_lower": slug(s["cfirst"]),
        "host_personal": xr.choice(MAILHOSTS),
        "dental": dental,
        "dental_domain": slug(dental) + TLD[region],
        "gp": gp,
        "vet": vet,
        "vet_domain": slug(vet) + TLD[region],
        "shelter": shelter,
        "shelter_domain": slug(shelter) + ".org",
        "hyg": xr.choice(HYGIENISTS),
        "doctor_full": xr.choice(NAMES[region] + NAMES["any"]),
        "consulate": xr.choice(CONSULATES),
        "haircut_price": f"{cur}{xr.choice([18, 22, 25, 30, 35, 40]) * (15 if region == 'in' else 1)}",
        "month_next": (ev.replace(day=28) + timedelta(days=10)).strftime("%B"),
        "n_ballot": f"{xr.randrange(18, 95)},{xr.randrange(100, 999)}",
        "insurer": insurer,
        "insurer_domain": insurer_domain,
        "item": item,
        "item_price": f"{cur}{ask:,}",
        "offer_price": f"{cur}{int(ask * xr.choice([0.7, 0.75, 0.8])):,}",
        "kid": xr.choice(KIDS),
        "pet": xr.choice(PETS),
        "car": xr.choice(CARS),
        "ev2_weekday": ev2.strftime("%A"),
        "ev2_time": fmt_time(ev2, region),
        "ev2_date_short": fmt_date_short(ev2, region),
        "ref": "".join(xr.choice(string.ascii_uppercase) for _ in range(3))
        + "".join(xr.choice(string.digits) for _ in range(7)),
        "n_small": str(xr.randrange(2, 9)),
        "n_big": str(xr.randrange(140, 900)),
    }


# Pools for section 11, drawn from a third generator for the same reason as extra_slots.
ACCELS = [
    ("Launchpad Ventures Accelerator", "launchpadventures.vc"),
    ("Foundry Ten", "foundryten.co"),
    ("Northbridge Startup Programme", "northbridge.org"),
    ("Seedling Labs", "seedlinglabs.io"),
]
BOOK_TITLES = [
    "The Salt Year",
    "What the River Keeps",
    "Small Hours",
    "A Map of Quiet Places",
    "Monsoon Letters",
]


def more_slots(s: dict[str, str]) -> dict[str, str]:
    """Slots only section 11 uses; a separate generator keeps every earlier record byte-identical."""
    xr = random.Random(f"{SEED}:s11:{s['tok32']}")
    accel, accel_domain = xr.choice(ACCELS)
    return {
        "accel": accel,
        "accel_domain": accel_domain,
        "item_title": xr.choice(BOOK_TITLES),
        "price_score": str(xr.randrange(18, 37)),
        "orch_domain": slug(s["city1"]) + "orchestra.org",
    }


def pick_name(rng: random.Random, region: str, exclude: set[str]) -> str:
    pool = NAMES.get(region, []) if rng.random() < 0.7 else NAMES["any"]
    pool = pool or NAMES["any"]
    choices = [n for n in pool if n not in exclude] or [n for n in NAMES["any"] if n not in exclude]
    name = rng.choice(choices)
    exclude.add(name)
    return name


def rand_dt(rng: random.Random, zone: ZoneInfo, hour_lo: int = 6, hour_hi: int = 22) -> datetime:
    day = datetime(2026, 1, 5) + timedelta(days=rng.randrange(0, 110))
    return datetime(
        day.year,
        day.month,
        day.day,
        rng.randrange(hour_lo, hour_hi),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=zone,
    )


def event_times(rng: random.Random, msg: datetime, ev_days: int | None) -> tuple[datetime, datetime]:
    """An event on a weekday after the message, in the message's local zone."""
    if ev_days == 0:
        start = (msg + timedelta(minutes=75)).replace(minute=0, second=0, microsecond=0)
    else:
        start = msg + timedelta(days=ev_days if ev_days is not None else rng.randrange(2, 7))
        while start.weekday() >= 5:
            start += timedelta(days=1)
        hh, mm = rng.choice(
            [(9, 0), (9, 30), (10, 0), (11, 0), (11, 30), (13, 30), (14, 0), (15, 0), (16, 0)]
        )
        start = start.replace(hour=hh, minute=mm, second=0, microsecond=0)
    return start, start + timedelta(minutes=rng.choice([30, 45, 60]))


def make_msg_date(rng: random.Random, zone: ZoneInfo, ev_days: int | None) -> datetime:
    while True:
        msg = rand_dt(rng, zone, 8, 18) if ev_days == 0 else rand_dt(rng, zone)
        if ev_days in (None, 0) and msg.weekday() >= 5:
            continue
        if ev_days and (msg + timedelta(days=ev_days)).weekday() >= 5:
            continue
        return msg


def build_slots(rng: random.Random, fam_: Family) -> tuple[dict[str, str], datetime]:
    r = fam_.region if fam_.region != "any" else rng.choice(REGIONS)
    zone = ZoneInfo(rng.choice(TZS[r]))
    msg = make_msg_date(rng, zone, fam_.ev_days)
    ev, ev_end = event_times(rng, msg, fam_.ev_days)
    if fam_.tz:
        msg = msg.astimezone(ZoneInfo(fam_.tz))

    used: set[str] = set()
    cand = pick_name(rng, r, used)
    first, last = split_name(cand)
    contact, friend, colleague, manager, other, landlord, realtor = (
        pick_name(rng, r, used) for _ in range(7)
    )
    cfirst, ffirst, colfirst, mfirst = (split_name(n)[0] for n in (contact, friend, colleague, manager))
    comps = rng.sample(COMPANIES[r], 2)
    company, company2 = comps
    role, role2 = rng.sample(ROLES, 2)
    city, city2 = rng.sample(CITIES[r], 2)
    domain = slug(company) + TLD[r]
    domain2 = slug(company2) + TLD[r]
    agency = rng.choice(AGENCIES)
    agency_domain = slug(agency) + TLD[r]
    host = rng.choice(MAILHOSTS)
    cand_local = email_local(cand, rng) + rng.choice(["", "", str(rng.randrange(1, 99)), ".work"])
    jobs = make_jobs(rng, r, role, rng.randrange(3, 6))
    school, school_domain = rng.choice(SCHOOLS)
    saas, saas_domain = rng.choice(SAAS)
    bank, bank_domain = rng.choice(BANKS[r])
    shop, shop_domain = rng.choice(SHOPS[r])
    airline, airline_domain = rng.choice(AIRLINES[r])
    partner = rng.choice([n for n in FIRST_ONLY if n != ffirst])
    cur = CUR[r]
    misc = {k: rng.choice(v) for k, v in MISC.items()}
    city1 = (
        city.split(",")[0]
        .split(" (")[0]
        .replace(" NSW", "")
        .replace(" VIC", "")
        .replace(" QLD", "")
        .replace(" WA", "")
    )
    misc["meetup"] = misc["meetup"].replace("{city1}", city1)
    skill = rng.choice(SKILLS)
    dept = rng.choice(DEPTS)
    repo = rng.choice(["analytics-api", "careers-site", "data-pipeline", "hiring-portal", "dashboards"])
    tok = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    month_prev = (msg.replace(day=1) - timedelta(days=1)).strftime("%B")

    s: dict[str, str] = {
        "first": first,
        "last": last,
        "cand": cand,
        "cand_email": f"{cand_local}@{host}",
        "cand_slug": slug(cand) + rng.choice(["", "-" + digits(2)]),
        "cand_phone": PHONE[r].format(n=digits(3)),
        "first_upper": first.upper(),
        "last_upper": last.upper(),
        "headline": rng.choice(
            [f"{role} at {company2}", f"Open to work | {role}", f"{role} · SQL · Python", f"Aspiring {role}"]
        ),
        "company": company,
        "company2": company2,
        "company_slug": slug(company),
        "domain": domain,
        "domain2": domain2,
        "role": role,
        "role2": role2,
        "role_q": role.replace(" ", "%20") if rng.random() < 0.5 else role.lower().replace(" ", "-"),
        "contact": contact,
        "cfirst": cfirst,
        "contact_email": f"{email_local(contact, rng)}@{domain}",
        "contact_title": rng.choice(TITLES),
        "contact_phone": PHONE[r].format(n=digits(3)),
        "agency": agency,
        "agency_domain": agency_domain,
        "agency_email": f"{email_local(contact, rng)}@{agency_domain}",
        "friend": friend,
        "ffirst": ffirst,
        "ffirst_lower": slug(ffirst),
        "ffirst2": rng.choice(FIRST_ONLY),
        "friend_first_only": rng.choice(FIRST_ONLY),
        "friend_email": f"{email_local(friend, rng)}{rng.choice(['', digits(2)])}@{rng.choice(MAILHOSTS)}",
        "partner": partner,
        "partner_lower": slug(partner),
        "colleague": colleague,
        "colfirst": colfirst,
        "col_email": f"{email_local(colleague, rng)}@{domain2}",
        "col_handle": slug(colfirst) + digits(2),
        "manager": manager,
        "mfirst": mfirst,
        "manager_first_only": mfirst,
        "manager_email": f"{email_local(manager, rng)}@{domain2}",
        "other": other,
        "mum": f"{rng.choice(MUMS)} {last}",
        "mum_email": f"{slug(rng.choice(MUMS))}{digits(2)}@{rng.choice(MAILHOSTS)}",
        "landlord": landlord,
        "landlord_email": f"{email_local(landlord, rng)}@{rng.choice(MAILHOSTS)}",
        "realtor": realtor,
        "realtor_email": f"{email_local(realtor, rng)}@{slug(misc['letting'])}{TLD[r]}",
        "letting_domain": slug(misc["letting"]) + TLD[r],
        "house_price": HOUSE[r],
        "street": rng.choice(STREETS[r]),
        "city": city,
        "city2": city2,
        "city_q": city1.lower().replace(" ", "-"),
        "city_centre": rng.choice(CENTRES[r]),
        "weekday": msg.strftime("%A"),
        **corpuslib.event_slots(ev, ev_end, r, fmt_time),
        "msg_date_short": fmt_date_short(msg, r),
        "year": str(msg.year),
        "month": month_prev,
        "week": str(msg.isocalendar().week),
        "posted_short": rng.choice(["2 hours ago", "yesterday", "this morning", "3 days ago"]),
        "n_new": str(rng.randrange(3, 26)),
        "n_more": str(rng.randrange(26, 180)),
        "n_views": str(rng.randrange(2, 15)),
        "n_search": str(rng.randrange(5, 61)),
        "n_apps": str(rng.randrange(2, 13)),
        "score": str(rng.randrange(31, 59)),
        "code": digits(6),
        "tok6": hexs(6),
        "tok6_short": digits(3),
        "tok16": tok(16),
        "tok32": tok(32),
        "temp_pw": tok(10),
        "meet": "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3)),
        "zoom": digits(rng.choice([10, 11])),
        "order_no": f"{digits(3)}-{digits(7)}-{digits(7)}",
        "tracking": rng.choice([f"1Z{tok(16).upper()}", f"{tok(2).upper()}{digits(9)}GB", digits(14)]),
        "pnr": tok(6).upper(),
        "amount": f"{cur}{rng.randrange(8, 60)}.{digits(2)}",
        "amount2": rng.choice(["$145,000", "$132,000", "$160k", "$118,000"]),
        "cur": cur,
        "gift": f"{cur}{rng.choice([25, 30, 40, 50])}" if r != "in" else f"₹{rng.choice([1000, 1500, 2000])}",
        "bonus": f"{cur}{rng.choice([2, 3, 4])},000" if r != "in" else f"₹{rng.choice([50, 75])},000",
        "last4": digits(4),
        "util_e": f"{rng.randrange(40, 140)}.{digits(2)}",
        "util_g": f"{rng.randrange(30, 120)}.{digits(2)}",
        "ticket": f"{rng.choice(['DATA', 'HIRE', 'PLAT', 'CP'])}-{rng.randrange(100, 4000)}",
        "org": slug(company2)[:12],
        "repo": repo,
        "pr_no": str(rng.randrange(40, 2400)),
        "jobs_li": render_jobs(jobs, "li"),
        "jobs_in": render_jobs(jobs, "in"),
        "jobs_gd": render_jobs(jobs, "gd"),
        "jobs_nk": render_jobs(jobs, "nk"),
        "jobs_seek": render_jobs(jobs, "seek"),
        "jobs_bul": render_jobs(jobs, "bul"),
        "job1_role": jobs[0].role,
        "job1_company": jobs[0].company,
        "salary": salary(rng, r),
        "skill": skill,
        "skill_q": slug(skill),
        "sector": rng.choice(SECTORS),
        "dept": dept,
        "dept_slug": dept.lower(),
        "school": school,
        "school_domain": school_domain,
        "saas": saas,
        "saas_domain": saas_domain,
        "bank": bank,
        "bank_domain": bank_domain,
        "shop": shop,
        "shop_domain": shop_domain,
        "airline": airline,
        "airline_domain": airline_domain,
        "doctor": split_name(pick_name(rng, r, used))[1],
        "clinic_domain": slug(misc["clinic"]) + TLD[r],
        "podcast_email": f"{slug(cfirst)}@{slug(misc['podcast'])}.fm",
        "press_email": f"{email_local(contact, rng)}@{slug(misc['publication'])}.com",
        "building_domain": slug(misc["building"]) + TLD[r],
        "hack_domain": slug(misc["hack"]) + rng.choice([".com", ".io", ".org"]),
        "club_domain": slug(misc["club"]) + TLD[r],
        "volunteer_domain": slug(misc["volunteer"]) + ".org",
        "meetup_slug": slug(misc["meetup"]),
        "ws_slug": slug(misc["ws"]),
    }
    s.update(misc)
    s.update(extra_slots(r, ev, s))
    s.update(more_slots(s))
    return s, msg


def expand(f: Family, rng: random.Random) -> list[corpuslib.Record]:
    # Slots are redrawn when a short family lands on the same names twice: identical bodies teach nothing.
    return corpuslib.expand_other(f, rng, lambda: build_slots(rng, f), LABEL, [2, 2, 3, 3, 3])


def validate(rows: list[corpuslib.Record]) -> Counter[str]:
    """Fail loudly on anything the training/eval code would choke on or learn wrong."""
    return corpuslib.validate_records(
        rows,
        {PREFIX: LABEL},
        min_families={LABEL: 270},
        min_messages={LABEL: 680},
    )


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows, _ = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_summary(rows, OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
