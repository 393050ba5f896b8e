"""Round 5: rejection and application-acknowledgement families the model has not seen yet.

Writes ``src/followup/classifiers/corpus/r5_rejections.jsonl``. Family ids: ``rjx-NNN`` (rejection)
and ``acx-NNN`` (application_received); each family is one hand-written message, expanded into 2-3
variants (``rjx-001-a`` ...) with other employers, people, roles and dates.

Family-grouped cross-validation showed whole styles the model still misses, so every family here is a
new sender, structure or vocabulary rather than a rewording of rounds 1-4:
  * rejections: field-only ATS notices, "you were not selected" with candidate references, one-liners,
    public-sector outcome letters with reference numbers, withdrawn posts and redeployment, referrers and
    C2C vendor chains relaying the news, trial shifts, campus visits, reference checks, "close second",
    SMS / voicemail transcripts, feedback bullet lists, cooling-off periods, non-native English (French,
    Spanish, German, Portuguese, Chinese, Japanese writers), schools, police, law firms, Superdays;
  * acknowledgements without the word "received", inside account-creation mail, agency registrations,
    "we can only contact shortlisted candidates", submitted-with-reference notices, "Under review" /
    "In review" status mail, possible interview dates mentioned as a future step, Indian HR "we will get
    back to you", small-business owners replying by hand.

Template syntax: ``{slot}`` is filled from the pools below; ``[[a|b|c]]`` picks one alternative per
variant (variant v takes a different one). Run: ``python tools/corpus/round5_rejections.py`` (standard
library only; deterministic output).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
from corpuslib import ACK, APP, AUTO, INT, MONTHS, REJ, WEEKDAYS, ascii_alnum, fmt_day, talent

SEED = 20260512
OUT = Path(__file__).resolve().parents[2] / "src/followup/classifiers/corpus/r5_rejections.jsonl"

# =============================================================================================
# Who writes: employers by kind and region (names new to the corpus), agencies, people, roles
# =============================================================================================

Pool = dict[str, list[tuple[str, str]]]

EMPLOYERS: dict[str, Pool] = {
    "corp": {
        "us": [
            ("Bellwether Analytics", "bellwetheranalytics.com"),
            ("Cobblestone Health Partners", "cobblestonehp.com"),
            ("Quarry Lane Software", "quarrylane.io"),
            ("Halyard Freight", "halyardfreight.com"),
            ("Juniper Row Insurance", "juniperrow.com"),
            ("Ostrander Labs", "ostranderlabs.com"),
            ("Pinebrook Credit Union", "pinebrookcu.org"),
        ],
        "uk": [
            ("Threlkeld Foods", "threlkeldfoods.co.uk"),
            ("Camberwell Lane Insurance", "camberwell-lane.co.uk"),
            ("Halewood Data", "halewooddata.co.uk"),
            ("Penhallow Energy", "penhallowenergy.co.uk"),
            ("Stagsden Logistics", "stagsden.co.uk"),
        ],
        "in": [
            ("Vistaar Softech", "vistaarsoftech.com"),
            ("Anvaya Technologies", "anvayatech.in"),
            ("Medhavi Consulting Services", "medhaviconsulting.com"),
            ("Sthir Infra Projects", "sthirinfra.com"),
        ],
        "au": [
            ("Mallacoota Analytics", "mallacoota.com.au"),
            ("Brolga Freight", "brolgafreight.com.au"),
            ("Spinifex Software", "spinifex.io"),
        ],
        "eu": [
            ("Hafenkran Systems GmbH", "hafenkran.de"),
            ("Lindeberg Medtech AB", "lindeberg.se"),
            ("Polder Payments B.V.", "polderpay.nl"),
            ("Castellani Logistica S.p.A.", "castellanilog.it"),
        ],
        "ca": [("Muskoka Ledger", "muskokaledger.ca"), ("Fundy Tide Energy", "fundytide.ca")],
        "ie": [("Burren Analytics", "burrenanalytics.ie"), ("Shannon Quay Insurance", "shannonquay.ie")],
        "sg": [("Tembusu Capital", "tembusucap.sg"), ("Kallang Data Pte Ltd", "kallangdata.sg")],
        "za": [("Highveld Mutual", "highveldmutual.co.za"), ("Umhlanga Logistics", "umhlangalog.co.za")],
        "nz": [("Rangitoto Freight", "rangitotofreight.co.nz"), ("Pōhutukawa Digital", "pohutukawa.co.nz")],
    },
    "startup": {
        "us": [
            ("Tinderbox AI", "tinderbox.ai"),
            ("Ledgerly", "ledgerly.app"),
            ("Murmur Health", "murmur.health"),
        ],
        "uk": [("Fettle", "fettle.io"), ("Oddbox Labs", "oddboxlabs.co")],
        "eu": [("Strandgut", "strandgut.io"), ("Vakantio", "vakantio.nl")],
        "in": [("Dhaaga", "dhaaga.in")],
        "au": [("Quokka Ops", "quokkaops.com")],
        "ca": [("Portage Robotics", "portagerobotics.ca")],
    },
    "french": {
        "eu": [
            ("Atelier Vauclair", "vauclair.fr"),
            ("Société Dufresne Ingénierie", "dufresne-ing.fr"),
            ("Groupe Marceline", "groupemarceline.be"),
        ]
    },
    "spanish": {
        "es": [
            ("Grupo Solaria Logística", "gruposolaria.es"),
            ("Vientos del Sur Energía", "vientosdelsur.es"),
        ],
        "mx": [("Tecnologías Alcázar", "alcazartec.mx"), ("Comercial Tlaloc", "comercialtlaloc.mx")],
    },
    "german": {
        "eu": [
            ("Brandauer Maschinenbau GmbH", "brandauer-mb.de"),
            ("Kesselring IT-Services GmbH", "kesselring-it.de"),
            ("Alpenglanz Versicherung AG", "alpenglanz.at"),
        ]
    },
    "brazil": {
        "br": [("Ipê Sistemas", "ipesistemas.com.br"), ("Jacarandá Varejo", "jacarandavarejo.com.br")]
    },
    "china": {
        "cn": [
            ("Hangzhou Yunxi Technology Co., Ltd.", "yunxitech.cn"),
            ("Shenzhen Lanhai Electronics Co., Ltd.", "lanhai-elec.com"),
            ("Suzhou Heyuan Trading Co., Ltd.", "heyuantrading.cn"),
        ]
    },
    "japan": {
        "jp": [
            ("Kinoshita Precision Co., Ltd.", "kinoshita-precision.co.jp"),
            ("Asahigawa Logistics K.K.", "asahigawa-log.co.jp"),
        ]
    },
    "korea": {"kr": [("Hanbit Mobility", "hanbitmobility.co.kr"), ("Saebyeok Games", "saebyeokgames.com")]},
    "gulf": {
        "ae": [
            ("Al Noor Facilities Management", "alnoorfm.ae"),
            ("Gulfstar Hospitality Group", "gulfstarhg.com"),
            ("Dune Crest Contracting LLC", "dunecrest.ae"),
        ]
    },
    "aupublic": {
        "au": [
            ("Department of Coastal Planning and Heritage", "dcph.nsw.gov.au"),
            ("Office of the Murray Basin Commissioner", "ombc.vic.gov.au"),
            ("Queensland Freight Corridors Authority", "qfca.qld.gov.au"),
        ],
        "nz": [("Te Awa Regional Council", "teawa.govt.nz")],
    },
    "qld": {
        "au": [
            ("Queensland Freight Corridors Authority", "qfca.qld.gov.au"),
            ("Department of Reef and Coastal Services", "drcs.qld.gov.au"),
        ]
    },
    "gc": {
        "ca": [
            ("Canadian Northern Infrastructure Agency", "cnia-aicn.gc.ca"),
            ("Marine Safety Canada", "msc-smc.gc.ca"),
        ]
    },
    "council": {
        "uk": [
            ("Harrowden District Council", "harrowden.gov.uk"),
            ("Wyvern Valley Council", "wyvernvalley.gov.uk"),
            ("Castleford Shire Council", "castlefordshire.gov.uk"),
        ],
        "nz": [("Kaipara Coast District Council", "kaiparacoast.govt.nz")],
        "ie": [("Slieve Bloom County Council", "slievebloomcoco.ie")],
    },
    "uspublic": {
        "us": [
            ("Calloway County", "callowaycounty.gov"),
            ("City of Marlow Springs", "marlowsprings.gov"),
            ("Ridgefield Township", "ridgefieldtwp.gov"),
            ("Otter Creek School District", "ottercreek.k12.or.us"),
        ]
    },
    "health": {
        "uk": [
            ("Wyvern Valley NHS Foundation Trust", "wyvernvalley.nhs.uk"),
            ("East Marches Healthcare NHS Trust", "eastmarches.nhs.uk"),
        ],
        "us": [
            ("St. Brendan Regional Medical Center", "stbrendanrmc.org"),
            ("Tallowood Health", "tallowood.org"),
        ],
        "au": [("Barwon Ridge Health", "barwonridge.org.au")],
    },
    "uni": {
        "us": [("Calloway State University", "calloway.edu"), ("Bramwell College", "bramwell.edu")],
        "uk": [("University of Wexcombe", "wexcombe.ac.uk"), ("Aldermoor University", "aldermoor.ac.uk")],
        "au": [("Southern Tablelands University", "stu.edu.au")],
        "ca": [("Fraserview University", "fraserview.ca")],
        "ie": [("Atlantic Technological College", "atc.ie")],
    },
    "school": {
        "uk": [
            ("St Aidan's CE Academy", "staidans.sch.uk"),
            ("Northfield Academy", "northfieldacademy.org.uk"),
            ("Castlegate High School", "castlegatehigh.org.uk"),
        ],
    },
    "police": {
        "uk": [
            ("Westmarch Police", "westmarch.police.uk"),
            ("Northmoor Constabulary", "northmoor.police.uk"),
        ]
    },
    "law": {
        "uk": [("Pemberton Hale LLP", "pembertonhale.com"), ("Ashby Corrigan LLP", "ashbycorrigan.co.uk")],
        "us": [("Whitcombe & Reyes LLP", "whitcombereyes.com")],
        "ie": [("Kilbride Moran Solicitors", "kilbridemoran.ie")],
    },
    "finance": {
        "us": [("Lexington Harbor Partners", "lexharbor.com"), ("Blackthorn Capital", "blackthorncap.com")],
        "uk": [("Aldgate Meridian", "aldgatemeridian.com")],
    },
    "consult": {
        "us": [
            ("Meridian Crest Consulting", "meridiancrest.com"),
            ("Halverson Strategy Group", "halverson.com"),
        ],
        "uk": [("Tamsin & Roe Advisory", "tamsinroe.co.uk")],
    },
    "kitchen": {
        "us": [("Pine & Pickle Deli", "pineandpickle.com"), ("Cask & Cleaver", "caskandcleaver.com")],
        "uk": [
            ("The Drowned Man", "thedrownedman.co.uk"),
            ("Honeycomb Bakehouse", "honeycombbakehouse.co.uk"),
        ],
        "au": [
            ("Wattlebird Cafe", "wattlebirdcafe.com.au"),
            ("Little Lonsdale Wine Bar", "littlelonsdale.com.au"),
        ],
        "nz": [("Kūmara Kitchen", "kumarakitchen.co.nz")],
        "ie": [("The Salt Pier", "thesaltpier.ie")],
        "ca": [("Rideau Roasters", "rideauroasters.ca")],
    },
    "shop": {
        "us": [
            ("Harbor Lights Outfitters", "harborlights.com"),
            ("Sagebrush Outdoor Co.", "sagebrushoutdoor.com"),
        ],
        "uk": [
            ("Penrose & Daughters Homewares", "penroseanddaughters.co.uk"),
            ("Bramble Books", "bramblebooks.co.uk"),
        ],
        "au": [("Coastal Threads", "coastalthreads.com.au")],
        "ca": [("Timber & Tide Goods", "timberandtide.ca")],
        "nz": [("Southern Cross Surf Co.", "southerncrosssurf.co.nz")],
        "ie": [("Ha'penny Homewares", "hapennyhome.ie")],
    },
    "trade": {
        "us": [
            ("Delgado Plumbing & Heating", "delgadoplumbing.com"),
            ("Greenfield Lawn Care", "greenfieldlawn.com"),
        ],
        "uk": [("Hartwell Joinery", "hartwelljoinery.co.uk")],
        "au": [("Coastline Electrical", "coastlineelectrical.com.au")],
        "ca": [("Bonhomme Renovations", "bonhommereno.ca")],
    },
    "indiait": {
        "in": [
            ("Vistaar Softech", "vistaarsoftech.com"),
            ("Sankhya Infosystems", "sankhyainfo.com"),
            ("Trayi Digital Solutions", "trayidigital.com"),
            ("Kaveesh Technologies", "kaveeshtech.in"),
        ]
    },
    "church": {
        "us": [
            ("Grace Fellowship Church", "gracefellowship.org"),
            ("St. Mark's Lutheran Church", "stmarkslutheran.org"),
            ("Cornerstone Community Church", "cornerstonecc.org"),
        ]
    },
    "nonprofit": {
        "us": [
            ("Riverbend Food Bank", "riverbendfoodbank.org"),
            ("Eastside Tenants Union", "eastsidetenants.org"),
        ],
        "uk": [
            ("Brightways Trust", "brightwaystrust.org.uk"),
            ("Fenmoor Wildlife Rescue", "fenmoorwildlife.org.uk"),
        ],
        "ca": [("Northshore Literacy Council", "northshoreliteracy.ca")],
    },
}

AGENCIES: Pool = {
    "us": [
        ("Infobridge Consulting LLC", "infobridgellc.com"),
        ("Ameri-Tek Staffing Inc", "ameritekstaffing.com"),
    ],
    "uk": [
        ("Ravenscroft Recruitment", "ravenscroftrec.co.uk"),
        ("Kingsley Hart Associates", "kingsleyhart.com"),
    ],
    "au": [("Coastline Personnel", "coastlinepersonnel.com.au")],
    "nz": [("Harbour Temp Staff", "harbourtemp.co.nz")],
    "sg": [("Peranakan Talent Pte Ltd", "peranakantalent.sg")],
    "in": [("Sanjeevani HR Solutions", "sanjeevanihr.com")],
    "ie": [("Liffeyside Recruitment", "liffeyside.ie")],
    "ca": [("Cedar & Pine Staffing", "cedarpinestaffing.ca")],
    "eu": [("Talentbrug B.V.", "talentbrug.nl")],
    "za": [("Jacaranda Recruitment", "jacarandarec.co.za")],
    "ae": [("Sandstone Executive Search", "sandstonesearch.ae")],
}

ZONES: dict[str, tuple[str, ...]] = {
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "uk": ("Europe/London",),
    "in": ("Asia/Kolkata",),
    "au": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"),
    "eu": ("Europe/Berlin", "Europe/Paris", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Vienna"),
    "ca": ("America/Toronto", "America/Vancouver", "America/Halifax"),
    "ie": ("Europe/Dublin",),
    "sg": ("Asia/Singapore",),
    "za": ("Africa/Johannesburg",),
    "nz": ("Pacific/Auckland",),
    "ae": ("Asia/Dubai",),
    "es": ("Europe/Madrid",),
    "mx": ("America/Mexico_City", "America/Monterrey"),
    "br": ("America/Sao_Paulo",),
    "cn": ("Asia/Shanghai",),
    "jp": ("Asia/Tokyo",),
    "kr": ("Asia/Seoul",),
}

CITIES: dict[str, tuple[str, ...]] = {
    "us": ("Raleigh", "Tampa", "Omaha", "Salt Lake City", "Boise", "Richmond", "Milwaukee", "Albuquerque"),
    "uk": ("Bristol", "Leeds", "Norwich", "Swansea", "Glasgow", "Derby", "Exeter", "Milton Keynes"),
    "in": ("Bengaluru", "Pune", "Hyderabad", "Chennai", "Gurugram", "Kolkata", "Indore"),
    "au": ("Brisbane", "Adelaide", "Wollongong", "Ballarat", "Cairns", "Launceston"),
    "eu": ("Hamburg", "Rotterdam", "Malmö", "Toulouse", "Turin", "Graz", "Leipzig"),
    "ca": ("Kitchener", "Winnipeg", "Victoria", "Québec City", "Saskatoon"),
    "ie": ("Dublin", "Sligo", "Waterford", "Athlone"),
    "sg": ("Singapore",),
    "za": ("Stellenbosch", "Gqeberha", "Sandton", "Bloemfontein"),
    "nz": ("Tauranga", "Dunedin", "Nelson", "Palmerston North"),
    "ae": ("Dubai", "Abu Dhabi", "Sharjah"),
    "es": ("Valencia", "Zaragoza", "Bilbao", "Sevilla"),
    "mx": ("Guadalajara", "Monterrey", "Querétaro", "Puebla"),
    "br": ("São Paulo", "Curitiba", "Belo Horizonte", "Recife"),
    "cn": ("Hangzhou", "Shenzhen", "Suzhou", "Chengdu"),
    "jp": ("Osaka", "Nagoya", "Fukuoka", "Yokohama"),
    "kr": ("Seoul", "Pangyo", "Busan"),
}

PEOPLE: dict[str, tuple[str, ...]] = {
    "us": (
        "Brittany Caldwell",
        "Jerome Whitaker",
        "Alyssa Romero",
        "Trevor Lindgren",
        "Monique Jefferson",
        "Dana Whitfield-Ortiz",
        "Kyle Abernathy",
        "Rosa Villanueva",
        "Ethan Park",
        "Shauna McKinney",
        "Victor Okonjo",
        "Lindsey Tran",
    ),
    "uk": (
        "Rosie Pemberton",
        "Callum Fraser",
        "Amrit Sandhu",
        "Jess Ollerenshaw",
        "Tom Ridley",
        "Bethan Llewellyn",
        "Yasmin Choudhury",
        "Fergus Mackie",
        "Grace Adebayo",
    ),
    "in": (
        "Pooja Sharma",
        "Ramesh Iyer",
        "Sneha Kulkarni",
        "Vikas Malhotra",
        "Anjali Bhatt",
        "Suresh Babu",
        "Meenakshi Sundaram",
        "Rohan Desai",
    ),
    "au": (
        "Tegan Walsh",
        "Lachlan Pike",
        "Mia Nguyen",
        "Corey Sutherland",
        "Jaime Fotheringham",
        "Rhiannon Kelly",
    ),
    "eu": ("Katrin Vogel", "Joris de Haan", "Linnea Åberg", "Matteo Conti", "Hanna Berger", "Sander Mulder"),
    "ca": ("Marie-Ève Gagnon", "Tyler Beaulieu", "Harjit Gill", "Shannon O'Neil"),
    "ie": ("Siobhán Nolan", "Eoin Gallagher", "Roisin Keane", "Padraig Duffy"),
    "sg": ("Melissa Ong", "Hafiz Ismail", "Kelvin Teo", "Priya Raman"),
    "za": ("Thabo Nkosi", "Annelie du Plessis", "Ayanda Zulu", "Ruan Venter"),
    "nz": ("Tama Hetaraka", "Ellie McKenzie", "Josh Fifita", "Kiri Parata"),
    "ae": ("Fatima Al Mansoori", "Rahul Menon", "Omar Haddad", "Grace Fernandes"),
    "es": ("Lucía Navarro", "Javier Ortega", "Marta Gil"),
    "mx": ("Mariana Cervantes", "Alejandro Ruiz", "Daniela Ochoa"),
    "br": ("Fernanda Lima", "Rafael Monteiro", "Juliana Castro"),
    "cn": ("Li Na", "Zhou Wei", "Chen Xiaoyu"),
    "jp": ("Yamada Haruka", "Sato Kenji", "Tanaka Mei"),
    "kr": ("Park Ji-yeon", "Kim Min-jun", "Lee Soo-ah"),
    "fr": ("Claire Dubois", "Étienne Garnier", "Sophie Lemaire", "Julien Marchand"),
    "de": ("Sabine Hoffmann", "Markus Brenner", "Julia Steiner", "Tobias Kern"),
}

CANDIDATES: tuple[tuple[str, str], ...] = (
    ("Adaeze", "Obi"),
    ("Mihai", "Popescu"),
    ("Sana", "Qureshi"),
    ("Tomasz", "Wiśniewski"),
    ("Keanu", "Makoa"),
    ("Elena", "Petrova"),
    ("Rahim", "Chowdhury"),
    ("Freya", "Lindahl"),
    ("Joaquín", "Herrera"),
    ("Min-seo", "Choi"),
    ("Ifeoma", "Nwosu"),
    ("Arnav", "Bhattacharya"),
    ("Zainab", "Abdullahi"),
    ("Pedro", "Almeida"),
    ("Hana", "Yoshida"),
    ("Declan", "Foley"),
    ("Yara", "Haddad"),
    ("Stefan", "Jovanović"),
    ("Meera", "Pillai"),
    ("Callum", "Reid"),
    ("Naomi", "Goldberg"),
    ("Thu", "Tran"),
    ("Kwabena", "Asante"),
    ("Alejandra", "Vargas"),
    ("Ravi", "Shankar"),
    ("Emma", "Lefèvre"),
    ("Tyrone", "Mitchell"),
    ("Aigerim", "Bekova"),
    ("Lior", "Ben-David"),
    ("Shreya", "Ghosh"),
    ("Owen", "Price"),
    ("Fatou", "Diallo"),
)

ROLES: dict[str, tuple[str, ...]] = {
    "mix": (
        "Business Intelligence Analyst",
        "Site Reliability Engineer",
        "Procurement Officer",
        "Technical Account Manager",
        "Senior Backend Engineer",
        "HR Business Partner",
        "Implementation Consultant",
        "Quality Engineer",
        "Accounts Payable Clerk",
        "Product Marketing Manager",
        "Data Engineer II",
        "Customer Onboarding Specialist",
        "Risk and Compliance Analyst",
        "Operations Coordinator",
    ),
    "tech": (
        "Senior Backend Engineer",
        "Machine Learning Engineer",
        "Platform Engineer",
        "iOS Engineer",
        "Staff Data Engineer",
        "Frontend Engineer (TypeScript)",
        "Security Engineer",
    ),
    "startup": ("Founding Backend Engineer", "Head of Growth", "Customer Success Lead", "Product Designer"),
    "public": (
        "Senior Policy Officer",
        "Project Officer - Coastal Resilience",
        "Environmental Health Officer",
        "Business Support Officer",
        "Senior Planner",
        "Graduate Transport Planner",
    ),
    "uspublic": (
        "Accountant II",
        "Payroll Technician",
        "Human Resources Assistant",
        "Administrative Specialist I",
        "IT Systems Analyst",
    ),
    "health": (
        "Band 6 Occupational Therapist",
        "Band 3 Healthcare Assistant",
        "Band 5 Clinical Coder",
        "Band 4 Medical Secretary",
        "Band 7 Sonographer",
    ),
    "uni": (
        "Assistant Professor of Sociology",
        "Tenure-Track Assistant Professor in Computer Science",
        "Lecturer in Economics",
        "Postdoctoral Research Associate",
        "Research Assistant",
    ),
    "faculty": (
        "Assistant Professor of Sociology",
        "Tenure-Track Assistant Professor in Computer Science",
        "Assistant Professor of Economics",
        "Assistant Professor of Public Health",
    ),
    "fresher": ("Graduate Engineer Trainee", "Associate Software Engineer - Fresher", "Trainee Analyst"),
    "research": ("Postdoctoral Research Associate", "Research Assistant", "Research Fellow"),
    "school": (
        "Teacher of Mathematics",
        "Teacher of Geography",
        "Teaching Assistant (SEN)",
        "Head of Science",
        "Teacher of English",
    ),
    "police": (
        "Police Constable",
        "Police Community Support Officer",
        "Police Staff Investigator",
        "999 Call Handler",
    ),
    "law": (
        "Summer Vacation Scheme",
        "Spring Vacation Scheme",
        "Training Contract 2028",
        "Summer Associate Program",
    ),
    "finance": (
        "Summer Analyst - Investment Banking",
        "Summer Analyst - Markets",
        "Analyst - Equity Research",
    ),
    "consult": ("Associate", "Business Analyst", "Senior Consultant"),
    "intern": ("Software Engineering Intern", "Marketing Intern", "Data Science Intern", "Finance Intern"),
    "kitchen": ("Line Cook", "Chef de Partie", "Barista", "Front of House", "Bartender", "Kitchen Porter"),
    "cook": ("Line Cook", "Chef de Partie", "Commis Chef", "Prep Cook"),
    "shop": (
        "Retail Assistant",
        "Sales Associate",
        "Stockroom Associate",
        "Key Holder",
        "Visual Merchandiser",
    ),
    "trade": (
        "Apprentice Plumber",
        "Landscaping Crew Member",
        "Carpenter's Labourer",
        "Electrical Apprentice",
    ),
    "contract": (
        "Java Microservices Developer",
        "Data Engineer (Snowflake)",
        "ServiceNow ITSM Developer",
        "Salesforce CPQ Consultant",
        "DevOps Engineer (EKS)",
    ),
    "indiait": (
        "Software Engineer - Java",
        "Associate Consultant - SAP MM",
        "Senior QA Engineer",
        "React JS Developer",
        "Network Engineer L2",
        "Data Analyst",
    ),
    "gulf": ("Facilities Coordinator", "Guest Relations Executive", "Quantity Surveyor", "HSE Officer"),
    "nonprofit": ("Volunteer Coordinator", "Fundraising Officer", "Development Associate", "Program Manager"),
    "church": ("Youth Pastor", "Worship Director", "Children's Ministry Coordinator", "Office Administrator"),
    "manager": ("Programme Manager", "Service Delivery Manager", "Finance Manager", "Operations Manager"),
    "senior": ("Director of Finance", "Head of Data", "VP Operations", "Engineering Manager"),
}

# Each employer kind writes for these roles unless a family says otherwise.
KIND_ROLES = {
    "corp": "mix",
    "startup": "startup",
    "french": "mix",
    "spanish": "mix",
    "german": "mix",
    "brazil": "mix",
    "china": "mix",
    "japan": "mix",
    "korea": "tech",
    "gulf": "gulf",
    "aupublic": "public",
    "qld": "public",
    "gc": "public",
    "council": "public",
    "uspublic": "uspublic",
    "health": "health",
    "uni": "uni",
    "school": "school",
    "police": "police",
    "law": "law",
    "finance": "finance",
    "consult": "consult",
    "kitchen": "kitchen",
    "shop": "shop",
    "church": "church",
    "trade": "trade",
    "indiait": "indiait",
    "nonprofit": "nonprofit",
}

# Employers whose jobs are narrower than their kind's: a plumber does not hire line cooks.
COMPANY_ROLES: dict[str, tuple[str, ...]] = {
    "Delgado Plumbing & Heating": ("Apprentice Plumber", "Service Plumber", "HVAC Helper"),
    "Greenfield Lawn Care": ("Landscaping Crew Member", "Crew Leader", "Irrigation Technician"),
    "Hartwell Joinery": ("Apprentice Joiner", "Bench Joiner"),
    "Coastline Electrical": ("Electrical Apprentice", "Trade Assistant"),
    "Bonhomme Renovations": ("Carpenter Helper", "Renovation Labourer"),
    "Honeycomb Bakehouse": ("Baker", "Barista", "Counter Assistant"),
    "Wattlebird Cafe": ("Barista", "Cook", "Front of House"),
    "Rideau Roasters": ("Barista", "Shift Lead"),
    "Little Lonsdale Wine Bar": ("Bartender", "Floor Staff", "Chef de Partie"),
    "Pine & Pickle Deli": ("Line Cook", "Deli Counter Associate", "Prep Cook"),
    "Pemberton Hale LLP": ("Summer Vacation Scheme", "Spring Vacation Scheme", "Training Contract 2028"),
    "Ashby Corrigan LLP": ("Summer Vacation Scheme", "Training Contract 2028"),
    "Whitcombe & Reyes LLP": ("Summer Associate Program", "1L Summer Associate Program"),
    "Kilbride Moran Solicitors": ("Summer Internship Programme", "Trainee Solicitor Programme 2027"),
    "St. Brendan Regional Medical Center": (
        "Registered Nurse - ICU",
        "Patient Access Representative",
        "Sonographer",
    ),
    "Tallowood Health": ("Registered Nurse - ICU", "Medical Coder", "Surgical Technologist"),
    "Barwon Ridge Health": ("Registered Nurse - ICU", "Sonographer", "Clinical Coder"),
    "Gulfstar Hospitality Group": ("Guest Relations Executive", "Front Office Supervisor", "F&B Captain"),
    "Al Noor Facilities Management": ("Facilities Coordinator", "HSE Officer", "MEP Technician"),
    "Dune Crest Contracting LLC": ("Quantity Surveyor", "HSE Officer", "Site Engineer"),
}

# Names of people in these regions come from another list (the writers' own language).
PEOPLE_OF = {"french": "fr", "german": "de"}

PHONE_SHAPES: dict[str, tuple[str, str]] = {
    "us": ("(N##) N##-####", "(N##) N##-####"),
    "ca": ("(N##) N##-####", "(N##) N##-####"),
    "uk": ("01### ######", "07### ######"),
    "ie": ("+353 1 ### ####", "+353 8# ### ####"),
    "au": ("(0N) #### ####", "04## ### ###"),
    "nz": ("+64 N ### ####", "021 ### ####"),
    "in": ("+91 N# #### ####", "+91 9#### #####"),
    "sg": ("+65 6### ####", "+65 9### ####"),
    "za": ("+27 (0)1# ### ####", "+27 (0)8# ### ####"),
    "ae": ("+971 4 ### ####", "+971 5# ### ####"),
}


LEGAL_FORM = re.compile(r",? (Pte Ltd|Co\., Ltd\.|K\.K\.|GmbH|AG|AB|B\.V\.|S\.p\.A\.|LLC|LLP|Inc)$")


def phone_number(shape: str, rng: random.Random) -> str:
    """A number of the given shape: ``#`` any digit, ``N`` a digit from 2 to 9."""
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else str(rng.randint(2, 9)) if ch == "N" else ch for ch in shape
    )


def day_numeric(d: datetime, region: str) -> str:
    """03/14/2026 (US, Canada), 2026-03-14 (China, Japan, Korea), else 14/03/2026."""
    return corpuslib.numeric_day(d, region, iso=("cn", "jp", "kr"))


def weekday_shift(d: datetime, days: int) -> datetime:
    """``d`` moved by ``days`` and then on (or back, for negative ``days``) to a working day."""
    step = 1 if days >= 0 else -1
    c = d + timedelta(days=days)
    while c.weekday() >= 5:
        c += timedelta(days=step)
    return c


Extra = corpuslib.SlotExtra


@dataclass
class Family(corpuslib.SlotFamily):
    kind: str = "corp"  # key of EMPLOYERS
    region: tuple[str, ...] = ()  # restrict the regions of the kind; empty: any of them
    roles: str = ""  # key of ROLES; empty: the kind's own


FAMILIES: list[Family] = []


def rej(stage: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    corpuslib.add_family(FAMILIES, Family("", REJ, stage, sender, subject, text.lstrip("\n"), **kw), "rjx")


def ack(sender: str, subject: str, text: str, **kw: Any) -> None:
    corpuslib.add_family(FAMILIES, Family("", ACK, None, sender, subject, text.lstrip("\n"), **kw), "acx")


def make_slots(f: Family, rng: random.Random) -> dict[str, str]:
    """Fresh, mutually consistent slot values for one variant of ``f``."""
    pool = EMPLOYERS[f.kind]
    region = rng.choice([r for r in (f.region or tuple(pool)) if r in pool])
    company, domain = rng.choice(pool[region])
    first, last = rng.choice(CANDIDATES)
    people = PEOPLE[PEOPLE_OF.get(f.kind, region)]
    contact, hm, other = rng.sample(people, 3)
    agency, agency_domain = rng.choice(AGENCIES.get(region, AGENCIES["us"]))
    zone = ZoneInfo(rng.choice(ZONES[region]))
    day = datetime(2025, 9, 8, tzinfo=zone) + timedelta(days=rng.randint(0, 235))
    if day.weekday() >= 5 and (not f.headers or rng.random() < 0.7):
        day = weekday_shift(day, 2)
    hours = (8, 9, 9, 10, 11, 11, 12, 13, 14, 15, 15, 16, 17, 18, 20)
    hour = rng.choice((*hours, 1, 4, 6, 23) if f.headers else hours)
    date = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    iv = weekday_shift(date, -rng.randint(1, 8))
    applied = weekday_shift(date, -rng.randint(5, 40))
    closed = weekday_shift(date, -rng.randint(2, 12))
    closing = weekday_shift(date, rng.randint(6, 21))
    int1 = weekday_shift(closing, rng.randint(9, 16))
    int2 = weekday_shift(int1, rng.randint(1, 3))
    later = weekday_shift(date, rng.randint(4, 12))
    reapply = date + timedelta(days=183)
    prev = weekday_shift(date, -rng.randint(1, 3))
    role = rng.choice(ROLES[f.roles] if f.roles else COMPANY_ROLES.get(company, ROLES[KIND_ROLES[f.kind]]))
    role2 = rng.choice([r for r in ROLES["mix"] if r != role])
    phone_shape, mobile_shape = PHONE_SHAPES.get(region, PHONE_SHAPES["us"])
    phone = phone_number(phone_shape, rng)
    cparts = [ascii_alnum(p) for p in contact.split()]
    req = rng.choice(
        (
            f"R-{rng.randint(100000, 299999)}",
            f"REQ{rng.randint(10000, 99999)}",
            f"{date.year}-{rng.randint(100, 999)}",
            f"JOB-{rng.randint(1000, 9999)}",
        )
    )
    slots = {
        "region": region,
        "company": company,
        "domain": domain,
        "slug": ascii_alnum(LEGAL_FORM.sub("", company))[:18],
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "fuser": f"{ascii_alnum(first)}.{ascii_alnum(last)}",
        "contact": contact,
        "cfirst": contact.split()[0],
        "clast": contact.split()[-1],
        "cuser": corpuslib.email_local(cparts, rng),
        "hm": hm,
        "hmfirst": hm.split()[0],
        "other": other,
        "ofirst": other.split()[0],
        "agency": agency,
        "agency_domain": agency_domain,
        "role": role,
        "role2": role2,
        "city": rng.choice(CITIES[region]),
        "req": req,
        "phone": phone,
        "phone_digits": "".join(ch for ch in phone if ch.isdigit()),
        "mobile": phone_number(mobile_shape, rng),
        "n3": str(rng.randint(100, 999)),
        "n4": str(rng.randint(1000, 9999)),
        "n5": str(rng.randint(10000, 99999)),
        "n6": str(rng.randint(100000, 999999)),
        "n7": str(rng.randint(1000000, 9999999)),
        "iv_date": fmt_day(iv, region),
        "iv_wd": WEEKDAYS[iv.weekday()],
        "iv_long": fmt_day(iv, region, weekday=True, year=True),
        "applied": fmt_day(applied, region),
        "closed": fmt_day(closed, region, year=True),
        "closing": fmt_day(closing, region, year=True),
        "closing_num": day_numeric(closing, region),
        "int_d1": fmt_day(int1, region, weekday=True),
        "int_d2": fmt_day(int2, region, weekday=True),
        "later": fmt_day(later, region, weekday=True),
        "reapply": fmt_day(reapply, region, year=True),
        "reapply_month": f"{MONTHS[reapply.month - 1]} {reapply.year}",
        "prev_wd": WEEKDAYS[prev.weekday()],
        "today": fmt_day(date, region, year=True),
        "today_num": day_numeric(date, region),
        "year": str(date.year),
        "next_year": str(date.year + 1),
        "_date": date.isoformat(timespec="seconds"),
    }
    return corpuslib.fill_extra(slots, f.extra, rng)


def main() -> int:
    """Variant v takes alternative v (rotated) of the first 80 ``[[a|b]]``; a malformed row fails loudly so a
    broken corpus never reaches training."""
    return corpuslib.run_slot_families(
        FAMILIES,
        make_slots,
        alternatives=80,
        prefixes={"rjx": REJ, "acx": ACK},
        min_families={REJ: 55, ACK: 35},
        own_prefix={REJ: "rjx"},
        seed=SEED,
        out=OUT,
    )


# What a client asks a contractor about, by contract role (vendor-chain feedback).
SKILLS: dict[str, tuple[str, str]] = {
    "Java Microservices Developer": ("Kafka consumer groups and error handling", "Spring Boot on AWS EKS"),
    "Data Engineer (Snowflake)": ("Snowflake clustering and cost optimisation", "dbt and Airflow"),
    "ServiceNow ITSM Developer": (
        "Flow Designer and scoped apps",
        "ServiceNow integrations (REST, MID Server)",
    ),
    "Salesforce CPQ Consultant": ("CPQ price rules and product bundles", "Salesforce Billing"),
    "DevOps Engineer (EKS)": ("Helm chart structure and EKS upgrades", "Terraform modules"),
}


def season(slots: Mapping[str, str]) -> str:
    """The summer an internship recruited for on the message date is in: this year until May, else next."""
    return slots["year"] if datetime.fromisoformat(slots["_date"]).month <= 5 else slots["next_year"]


def pick(*options: str) -> Extra:
    """An extra slot that takes one of ``options`` (formatted with the other slots) per variant."""
    return lambda s, r: r.choice(options).format(**s)


# =============================================================================================
# REJECTIONS AFTER APPLICATION
# =============================================================================================

# iCIMS disposition notice that is nothing but fields.
rej(
    APP,
    "{company} Talent Acquisition <{slug}@talent.icims.com>",
    "[[Candidate Update|Candidate Disposition|Application Update]] - {req}",
    """
Candidate: {full}
Job: {role} ({req})
Location: {city}
Status: Not Selected
Updated: {today_num}

[[This is an automated message. Replies to this address are not monitored.|Do not reply to this message.|Automated notification - please do not respond.]]
""",
    headers=AUTO,
)

# Oracle-style notice: a candidate reference first, then "you were not selected for the position of".
rej(
    APP,
    "{company} Careers <noreply-careers@{domain}>",
    "[[Job Application Update|Your job application|Application update]]: {role}",
    """
Candidate Reference: {cref}

Dear {first} {last},

You were not selected for the position of {role} (Job ID {req}).

We received a large number of applications, and the hiring team has chosen to progress candidates whose experience more closely reflects the requirements of this job. Your candidate profile stays active and you can apply for other positions at any time at careers.{domain}.

{company} Talent Acquisition
""",
    region=("us", "uk", "au", "sg", "za", "ca"),
    headers=AUTO,
    extra={"cref": lambda s, r: f"C{r.randint(1000000, 9999999)}"},
)

# Workable one-liner.
rej(
    APP,
    "{company} <noreply@candidates.workablemail.com>",
    "Your application for {role}",
    """
[[Hi|Hello|Dear]] {first},

[[We've gone through your application for {role} and won't be taking it further at this stage.|Thanks for applying for {role}. We had a look and have decided not to go ahead with your application.|We've looked at your application for {role} and we're not going to continue with it this time round.]]

Thanks for your interest,
{company}

Powered by Workable
""",
    kind="startup",
    headers=AUTO,
)

# Greenhouse one-liner sent in a recruiter's first name.
rej(
    APP,
    "{cfirst} at {company} <no-reply@us.greenhouse-mail.io>",
    "{company} // {role}",
    """
Hi {first},

Thanks for your interest in {company}. We've reviewed your application for {role} and decided not to proceed at this stage.

{cfirst}
""",
    region=("us", "ca", "uk"),
    contact="cfirst",
    headers=AUTO,
)

# Australian state agency: formal notification of outcome with reference and candidate numbers.
rej(
    APP,
    "{company} Recruitment <recruitment@{domain}>",
    "Notification of Outcome - {role} - Job Ref {jobref}",
    """
Our reference: {jobref}
Candidate number: {n6}

Dear {first} {last}

NOTIFICATION OF OUTCOME
Position: {role}, {grade}
Location: {city}

Thank you for your interest in the above position.

I wish to advise that the selection panel has completed its assessment of applications and you have not been short-listed for further assessment in this process.

Should you wish to discuss the outcome, please contact the panel chair, {hm}, on {phone} within 14 days of the date of this letter.

Thank you for your interest in employment with {company}.

Yours sincerely

{contact}
Recruitment Services
""",
    kind="aupublic",
    contact="contact",
    extra={
        "jobref": lambda s, r: (
            f"{r.choice(['DCP', 'OMB', 'QFC', 'TAR'])}/{s['year'][2:]}/{r.randint(1000, 9999)}"
        ),
        "grade": pick("Clerk Grade 9/10", "VPS Grade 4", "AO6", "Band 3"),
    },
)

# UK council: the post itself has been withdrawn after a staffing review.
rej(
    APP,
    "HR Recruitment Team <hr.recruitment@{domain}>",
    "Post Ref {postref} - {role}",
    """
Dear {first},

Post: {role}
Post Reference: {postref}

I am writing with regard to your application for the above post.

Following a review of staffing within the service, the Council has decided not to fill the post at this time and the vacancy has been withdrawn. This means that none of the applications received, including yours, will be taken forward.

We apologise for any inconvenience and thank you for the interest you have shown in working for {company}. [[Current vacancies are listed on our website and you are welcome to apply for any that interest you.|You are welcome to apply for any of our other current vacancies.]]

Yours sincerely,

{contact}
HR Advisor (Resourcing)
{company}
""",
    kind="council",
    contact="contact",
    extra={"postref": lambda s, r: f"{r.choice(['ENV', 'PLN', 'CSD', 'FIN'])}{r.randint(1000, 9999)}"},
)

# A friend who referred the candidate passes on what the recruiter said.
rej(
    APP,
    "{contact} <{fuser_ref}@gmail.com>",
    "re: that {role} role",
    """
hey {first}!

ok so bad news, sorry 😕 i pinged {ofirst} in recruiting since it had been a couple weeks. apparently they're [[going with people who have more payments background|prioritising folks who've already done this in a regulated industry|only moving forward with people who've managed a team before]] for this one so your app isn't going anywhere.

honestly their loss. if you want i can put you in for the {role2} opening when it goes live, sounds like that one's less picky.

lmk!
{cfirst}
""",
    region=("us", "ca", "uk", "au"),
    contact="contact",
    extra={"fuser_ref": lambda s, r: ascii_alnum(s["contact"].replace(" ", ""))[:12] + str(r.randint(1, 99))},
)

# NHS trust: a redeployee matched to the post, so external recruitment stops.
rej(
    APP,
    "{company} Recruitment <recruitment@{domain}>",
    "Application for {role} ({postref}) - update",
    """
Dear {first},

Thank you for applying for the post of {role} (ref {postref}).

I am sorry to let you know that, under the Trust's Organisational Change Policy, a member of staff at risk of redundancy has been matched to this post as suitable alternative employment. Redeployment candidates have priority, so the post has now been filled and the external recruitment process has stopped.

This is no reflection on your application, which was not assessed. We would encourage you to keep an eye on NHS Jobs for future opportunities with us.

Kind regards

{contact}
Recruitment Team
{company}
""",
    kind="health",
    region=("uk",),
    contact="contact",
    extra={
        "postref": lambda s, r: (
            f"{r.randint(100, 399)}-{r.choice(['MED', 'COR', 'AHP', 'NUR'])}-{r.randint(1000, 9999)}"
        )
    },
)

# Text-message platform for hourly hiring, delivered as mail.
rej(
    APP,
    "{company} Hiring <noreply@{slug}.fountain.com>",
    "[[Message from {company}|{company} - update|A message about your application]]",
    """
{company}: [[Hi|Hey|Hello]] {first}, the {role} position in {city} has been filled. Thanks for applying & good luck with your search! Reply STOP to opt out.
""",
    kind="kitchen",
    region=("us", "ca", "au"),
    headers=AUTO,
)

# Sift feedback against the person specification, as bullet points.
rej(
    APP,
    "{contact} <{cuser}@{domain}>",
    "Feedback on your application - {role}",
    """
Dear {first},

Thank you for applying for the {role} role. I'm sorry to say that you haven't been shortlisted for interview. As promised in the advert, here is brief feedback from the panel, scored against the person specification:

• Stakeholder management - met
• Experience of managing budgets over {money} - not evidenced
• Project delivery in a regulated environment - partly evidenced (the examples said what the team did rather than what you did)
• Line management - met

The panel shortlisted candidates who met all four essential criteria. If you apply for a similar role in future, I'd suggest taking each criterion in turn, with one specific example and a figure where you can.

Thanks again, and good luck.

{contact}
{title}
{company}
""",
    region=("uk", "au", "nz", "ie"),
    roles="manager",
    contact="contact",
    extra={
        "money": lambda s, r: {"uk": "£500k", "ie": "€500k"}.get(s["region"], "$750k"),
        "title": pick("Director of Corporate Services", "Chief Operating Officer", "Resourcing Lead"),
    },
)

# Big-tech reapplication rule: wait six months for the same team.
rej(
    APP,
    "{company} Recruiting <recruiting-noreply@{domain}>",
    "Your {company} application",
    """
Hi {first},

Thank you for your interest in the {role} position at {company}. Our team has carefully reviewed your background and we won't be moving forward with your application at this time.

This decision is specific to this role. You're welcome to apply again: we ask candidates to wait six months (until {reapply}) before reapplying to the same team, but you can apply to other roles at any time.

[[Best of luck in your search,|All the best,|Thanks again,]]
{company} Recruiting
""",
    region=("us", "ca", "ie", "sg"),
    roles="tech",
    headers=AUTO,
)

# French writer, translated turn of phrase: "give a favourable follow-up".
rej(
    APP,
    "{contact} <{cuser}@{domain}>",
    "Your candidature - {role}",
    """
Dear Mr/Mrs {last},

We thank you for your candidature to the post of {role} and for the interest you bring to our society.

After an attentive study of your file, we regret to inform you that we cannot give a favourable follow-up to your application. The profiles retained correspond more exactly to the needs of the service.

We keep your CV in our base of data and will not fail to recontact you if a post corresponding to your profile becomes free.

We wish you full success in your research and pray you to accept, Mr/Mrs, our distinguished salutations.

{contact}
Responsable Ressources Humaines
{company}
""",
    kind="french",
    contact="contact",
)

# Spanish / Mexican talent team in non-native English.
rej(
    APP,
    "Talento {company} <talento@{domain}>",
    "[[Process of selection|Your postulation|Selection process]] - {role}",
    """
Hello {first},

We thank you for the interest shown in the vacancy of {role} and for the time dedicated to our selection process.

We inform you that in this occasion your profile has not been selected to continue in the process. We had a high number of candidatures and the decision has been difficult.

Your data will remain in our database for future vacancies that adjust to your profile.

Receive a cordial greeting,

Equipo de Talento | {company}
{city}
""",
    kind="spanish",
)

# Indian HR: expected CTC and notice period from the form rule the profile out.
rej(
    APP,
    "{contact} <{cuser}.hr@{domain}>",
    "RE: Profile for {role} - {full}",
    """
Hi {first},

Greetings!!

Thanks for your interest in {company}. As per the details filled by you in the application form, your expected CTC ({ectc} LPA) is beyond the budget approved for this requirement and your notice period is 90 days, whereas we are looking for immediate to 15 days joiners. Hence we are unable to process your profile further for this position.

We will keep your profile in our database and reach out if any suitable opening comes in future.

Thanks & Regards
{contact}
Talent Acquisition | {company}
{mobile}
""",
    kind="indiait",
    contact="contact",
    extra={"ectc": lambda s, r: str(r.choice([14, 18, 22, 26, 32]))},
)

# Agency job-board automation: the consultant won't put the CV to the client.
rej(
    APP,
    "{agency} <jobs-noreply@{agency_domain}>",
    "Update: {role} - {city}",
    """
Hi {first},

Thanks for your recent application for {role} in {city} (Job ref: {n7}).

The consultant managing this vacancy has reviewed your CV and on this occasion won't be putting you forward to the client.

This can be for a number of reasons - the client may have asked for a very specific background, or the role may already be at offer stage.

Your CV is saved to your {agency} account, so we can match you to other vacancies as they come in.

{agency}
""",
    region=("uk", "au", "nz", "ie", "za"),
    headers=AUTO,
    no_company=True,
)

# Ashby: "archived", not "rejected".
rej(
    APP,
    "{company} <no-reply@ashbyhq.com>",
    "{company} - application update",
    """
Hi {first},

A quick note to let you know we've archived your application for {role}.

We read it properly - this isn't an auto-filter - but we're focusing on people with more [[production ML experience|experience selling into enterprise|hands-on infrastructure experience]] for this one.

If another role on our careers page looks like a fit, please do apply again. Archived candidates aren't flagged against.

The {company} team
""",
    kind="startup",
    headers=AUTO,
)

# PI: the grant did not come through, so the advertised post will not be filled.
rej(
    APP,
    "{contact} <{cuser}@{domain}>",
    "{role} in my group",
    """
Dear {first},

Thank you for your application for the {role} position in my group.

I am writing to everyone who applied to let you know that the grant that would have funded this post was not renewed in the latest funding round, and I am therefore no longer able to make an appointment. The advert has been withdrawn.

I am sorry to bring the process to an end in this way, particularly as several of you put a great deal of work into your research statements. If new funding comes through next year I will advertise again, and I would be glad to hear from you then.

Best wishes,
{contact}
Professor of {field}
{company}
""",
    kind="uni",
    region=("uk", "au", "ie", "ca"),
    roles="research",
    contact="contact",
    extra={"field": pick("Computational Biology", "Environmental Chemistry", "Applied Statistics")},
)

# The advert stayed online after the post had been filled.
rej(
    APP,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} application",
    """
Hello {first},

Thank you for your email and application. I have to apologise - the {role} advert should have been taken down [[two weeks ago|at the end of last month|last week]]. We had already made an appointment before your application came in, so we were not able to consider it.

Sorry for the mix-up, and thank you for thinking of us.

Regards,
{contact}
HR Manager, {company}
""",
    region=("uk", "za", "ie", "nz", "au"),
    contact="contact",
)

# Pub landlord: fully staffed for the season, no role named.
rej(
    APP,
    "{contact} <{cuser}@{domain}>",
    "Re: CV",
    """
Hi {first}, thanks for dropping your CV in [[the other day|on Saturday|last week]]. We're actually fully staffed for the summer now so nothing going at the moment, sorry! Pop back in September if you're still around.

Cheers,
{cfirst}
{company}
""",
    kind="kitchen",
    region=("uk", "ie", "au", "nz"),
    contact="contact",
)

# School shortlisting letter.
rej(
    APP,
    "{company} <recruitment@{domain}>",
    "{role} - shortlisting",
    """
Dear {first},

Thank you for applying for the post of {role} at {company}.

The Headteacher and governors met on {prev_wd} to shortlist, and I am sorry to tell you that you have not been invited to interview on this occasion. We had a strong field of applicants for this post.

We are grateful for the time you took over your application and wish you every success in your career.

Yours sincerely

{contact}
School Business Manager
""",
    kind="school",
    contact="contact",
)

# Police / fire service: application form did not meet the standard; six-month bar.
rej(
    APP,
    "{company} Recruitment <recruitment@{domain}>",
    "Your application - {role} - Ref {n6}",
    """
Dear {full},

Application reference: {n6}

Thank you for applying to join {company} as a {role}.

Your application form has now been assessed against the competencies and values required for the role. Unfortunately, your application did not meet the required standard at this stage and we are unable to progress it further.

You may reapply six months from the date of this email. When you do, we recommend reading the guidance notes carefully and giving examples from your own experience for each question.

Recruitment Team
{company}
""",
    kind="police",
    headers=AUTO,
)

# Law firm vacation scheme.
rej(
    APP,
    "{company} Graduate Recruitment <graduates@{domain}>",
    "{company}: your {role} application",
    """
Dear {first},

Thank you for your application for our {role}.

We received over {napps} applications this year and the standard was very high. Having considered your application carefully, we regret that we are unable to offer you a place on this occasion.

We appreciate this will be disappointing. Our Graduate Recruitment team cannot give individual feedback at the application stage, but our website has guidance on what our assessors look for. Applications for our other programmes open in the autumn and you would be welcome to apply.

Yours sincerely

Graduate Recruitment
{company}
""",
    kind="law",
    headers=AUTO,
    extra={"napps": pick("1,800", "2,400", "3,100")},
)

# Handshake relays a university recruiter: the intern class is full.
rej(
    APP,
    "Handshake <messages@mail.joinhandshake.com>",
    "New message from {company}",
    """
{company}
{contact}, University Recruiter

Hi {first},

Thank you for applying to our {role} role through Handshake. Our summer {season} intern class is now full, and we won't be moving forward with additional candidates this cycle.

We hope you'll keep us in mind for full-time roles after graduation. Good luck with the rest of the semester!

Reply on Handshake
""",
    region=("us",),
    roles="intern",
    contact="contact",
    headers=AUTO,
    extra={"season": lambda s, r: season(s)},
)

# US public employer: required documents were missing by the closing date.
rej(
    APP,
    "{company} Human Resources <hr-jobs@{domain}>",
    "{role} (Recruitment #{n5}) - Application Incomplete",
    """
Dear {first} {last}:

Thank you for your interest in the {role} position (Recruitment #{n5}).

The posting required applicants to attach unofficial transcripts and a list of three professional references. Our records show these documents were not attached by the closing date of {closed}. Incomplete applications cannot be forwarded to the hiring department, and your application has therefore been removed from consideration for this recruitment.

We encourage you to review current openings and apply for positions of interest, making sure all required materials are included.

Sincerely,
Office of Human Resources
{company}
""",
    kind="uspublic",
    headers=AUTO,
)

# NEOGOV-style minimum-qualifications screen.
rej(
    APP,
    "{company} <noreply@governmentjobs.com>",
    "Application Status Update: {role}",
    """
Dear {first},

Thank you for your interest in the {role} position with {company}. Human Resources has reviewed your application against the minimum qualifications listed in the job announcement.

Status: Not Eligible
Reason: Does not meet minimum qualifications - the application does not show two (2) years of full-time experience in the duties described.

Work history must be listed in the Work Experience section of the application; a resume alone is not reviewed. If you have questions regarding this notice, please contact the HR Analyst listed on the job posting within five (5) business days.

Please do not reply to this email.
""",
    kind="uspublic",
    headers=AUTO,
)

# Startup founder to a cold applicant: "not the right fit for either of us".
rej(
    APP,
    "{contact} <{cfirst_l}@{domain}>",
    "Re: {role}",
    """
Hi {first},

Thanks for the thoughtful note. I'll be straight with you because I'd want the same: reading your background, I don't think this is the right fit for either of us. You're clearly after a senior IC role with room to go deep on architecture, and what we need right now is someone who'll spend half the week on customer calls and support tickets. You'd be bored by month two.

If that changes as we grow (probably a year out), I'd genuinely like to talk.

{cfirst}
""",
    kind="startup",
    contact="contact",
    extra={"cfirst_l": lambda s, r: ascii_alnum(s["cfirst"])},
)

# Chinese HR writing in English.
rej(
    APP,
    "HR Department <hr@{domain}>",
    "Result of resume screening - {role}",
    """
Dear {first},

Thank you for your interest to {company} and apply the position of {role}.

We are sorry to inform you that after the careful screening by our HR team and the department manager, your resume is not pass the first round. The main reason is this position need candidate with experience in cross-border e-commerce, and Mandarin is required for daily work.

We will put your resume into our talent pool, when there is suitable position we will contact you at first time.

Wish you all the best!

HR Department
{company}
""",
    kind="china",
)

# Talent-community invitation wrapped around the no.
rej(
    APP,
    "{company} Careers <careers@{domain}>",
    "Not this time - but let's stay in touch",
    """
Hi {first},

Thanks for applying for {role}. We've now completed our first review, and we won't be able to offer you an interview for this position.

We'd still like to stay in touch. Join our Talent Community and we'll let you know when roles that match your skills open up:
{talent_link}

Take care,
The {company} Talent Team
""",
    region=("us", "uk", "ca", "au", "ie"),
    headers=AUTO,
    extra=talent("https://careers.{domain}/talent-community"),
)

# Indeed status update.
rej(
    APP,
    "Indeed <alert@indeed.com>",
    "An update on your application to {company}",
    """
Application update

{role}
{company} - {city}

Not selected by employer

{company} reviewed your application and decided not to move forward. This happens to every job seeker - keep going!

Jobs you may be interested in
See similar jobs

You are receiving this email because you applied to a job on Indeed.
""",
    region=("us", "ca", "uk", "au", "in"),
    headers=corpuslib.bulk("<https://www.indeed.com/unsubscribe>", "<applystatus.indeed.com>"),
)

# =============================================================================================
# REJECTIONS AFTER INTERVIEW
# =============================================================================================

# US search committee chair after a campus visit; travel reimbursement still to sort out.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} search",
    """
Dear Dr. {last},

Thank you again for visiting {company} on {iv_date} and for your job talk, which drew one of the biggest audiences of the season. Several of my colleagues have mentioned your teaching demonstration since.

I am writing to let you know that, after a long discussion, the department voted to extend an offer to another candidate, and that candidate has now accepted. I know this is hard news at the end of a long and demanding search, and I am sorry to be the one to deliver it.

If you have not already submitted your travel receipts, please send them to {other} in the department office by the end of the month so that we can reimburse you.

With my best wishes for your work,

{contact}
Professor and Chair, Search Committee
""",
    kind="uni",
    region=("us", "ca"),
    roles="faculty",
    contact="contact",
)

# An inside referrer tells the candidate before the official email after the onsite.
rej(
    INT,
    "{contact} <{fuser_ref}@gmail.com>",
    "your onsite",
    """
Hey {first} - I'm not really supposed to be the one telling you this, and you'll get the official email from recruiting in a day or two, but I didn't want you refreshing your inbox all week.

Debrief for the {role} loop was yesterday and they're going with someone who had more payments background. [[For what it's worth the feedback I heard on you was good|The system design feedback on you was actually strong from what I heard|Nobody had anything bad to say, it was an experience thing]], so don't read too much into it.

Drinks on me this week?
{cfirst}
""",
    region=("us", "ca", "uk"),
    roles="tech",
    contact="contact",
    extra={
        "fuser_ref": lambda s, r: (
            ascii_alnum(s["contact"].split()[0]) + ascii_alnum(s["clast"])[:1] + str(r.randint(80, 99))
        )
    },
)

# C2C vendor chain: implementation partner's feedback on the client round.
rej(
    INT,
    "{contact} <{cuser}@{agency_domain}>",
    "RE: {role} || {city} (Hybrid) || {company} || Client Interview Feedback",
    """
Hi {first},

Hope you are doing well.

Just now I received the feedback from the implementation partner for the client round you attended on {iv_date}. Client has rejected the profile for this position.

Feedback shared by client:
- Good communication and overall experience
- Not able to explain {skill1} in detail when asked about a production scenario
- Client is expecting more hands on with {skill2}

The position is closed for you on this requirement. I am working on a few other requirements with direct clients and will share the JD once I receive. Please be available on call.

Thanks & Regards,
{contact}
Technical Recruiter | {agency}
Ph: {phone} Ext {n3}
""",
    region=("us",),
    roles="contract",
    contact="contact",
    extra={
        "skill1": lambda s, r: SKILLS[s["role"]][0],
        "skill2": lambda s, r: SKILLS[s["role"]][1],
    },
)

# Chef after a stage (trial shift) in the kitchen.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "[[Saturday|Thanks for Saturday|Your stage]]",
    """
Hi {first}, thanks for coming in to stage with us. You kept up well on the pass and the brigade liked you. We've decided to give the {role} spot to a cook who can start straight away though, so we won't be taking it further this time.

Keep in touch - we usually hire again before summer.

Chef {cfirst}
{company}
""",
    kind="kitchen",
    roles="cook",
    contact="contact",
)

# Retail store manager after a paid trial day; trial hours will be paid.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Trial day on {iv_date}",
    """
Dear {first},

Thank you for completing a trial day at our {city} store on {iv_date}.

After discussing it with the team, we will not be offering you a permanent contract as {role} at this time. You will be paid for the hours worked during the trial in the next payroll run, and your payslip will be emailed to you.

Thank you for your effort on the day, and we wish you well.

Kind regards,
{contact}
Store Manager
{company}
""",
    kind="shop",
    contact="contact",
)

# "Between you and one other person" from a VP.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} - our decision",
    """
{first},

I said I'd call but I'm stuck in back-to-backs today and didn't want to leave you waiting any longer.

In the end it was between you and one other person, and we've gone with them. Honestly, it could have gone either way. What tipped it was that they'd already [[run a team through a system migration|owned a P&L of this size|done this job in our industry]], which matters a lot for us in the first six months.

I'd like to stay in touch. If you're open to it, I'll reach out when we open the next senior role on the team later this year.

Thanks for everything you put into the interviews.

{contact}
VP, {company}
""",
    region=("us", "uk", "ca", "au", "eu"),
    roles="senior",
    contact="contact",
)

# Founder after a call: "we wouldn't be setting each other up for success".
rej(
    INT,
    "{contact} <{cfirst_l}@{domain}>",
    "after our call",
    """
Hi {first},

Thanks for the call [[yesterday|on {iv_wd}|earlier this week]]. I've slept on it, and I don't think we'd be setting each other up for success here. You told me you want a team of 30+ engineers around you and a clear career ladder - both completely fair - and we're six people with a roadmap that changes every fortnight. I'd rather say that now than six months in.

So we won't be moving forward for the {role} role. If you ever want someone to think out loud with about your next step, I'm happy to.

{cfirst}
""",
    kind="startup",
    contact="contact",
    extra={"cfirst_l": lambda s, r: ascii_alnum(s["cfirst"])},
)

# Text message forwarded from a Google Voice number.
rej(
    INT,
    '"{phone}" <1{phone_digits}.{n7}@txt.voice.google.com>',
    "New text message from {phone}",
    """
Hi {first} its {cfirst} from {company}. Thanks for coming in [[yesterday|on {iv_wd}|for the interview]]. We've decided to go with someone else for the {role} job but really appreciate your time. All the best!

To respond to this text message, reply to this email or visit Google Voice.
""",
    kind="trade",
    region=("us",),
    contact="cfirst",
)

# Voicemail transcription from the recruiter.
rej(
    INT,
    "Voicemail <voicemail-noreply@ringcentral.com>",
    "New Voicemail from {phone} (0:{secs})",
    """
You have a new voice message.

From: {phone}
Duration: 0:{secs}

Transcription (preview):
"Hi {first}, this is {contact} from {company}, um, just following up on your interview on {iv_wd} for the {role} position. So unfortunately we've decided to go in a different direction with another candidate. I really did enjoy talking with you and, uh, if you want any feedback just give me a call back at this number. Okay, take care, bye."

Listen to the full message in the RingCentral app.
""",
    region=("us", "ca"),
    contact="contact",
    headers=AUTO,
    extra={"secs": lambda s, r: str(r.randint(31, 58))},
)

# Post-interview feedback as strengths and development areas.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview feedback - {role}",
    """
Hi {first},

Thanks for your patience since the panel interview. I'm afraid we won't be offering you the role, but as you asked for feedback, here is a summary of the panel's notes:

Strengths
- Clear, well-structured answers on stakeholder management
- Good preparation: you'd clearly read our annual report
- Strong rapport with the panel

Areas to develop
- Your technical examples were mostly from 3-4 years ago; we wanted more recent hands-on work
- The presentation ran over time and didn't reach the recommendations

Overall you scored 61/80, and the appointed candidate scored 68. I hope that's useful. Happy to talk it through on a call if you'd like.

Best wishes,
{contact}
""",
    region=("uk", "au", "ie", "nz", "za"),
    roles="manager",
    contact="contact",
)

# Big-tech loop outcome: interview results kept for a year, reapply after six months.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your interviews for {role}",
    """
Hi {first},

Thank you for the time you spent interviewing with us for the {role} position. I know a full loop is a big ask.

The hiring committee has reviewed the feedback from all of your interviews and decided not to move forward with an offer. I'm sorry this isn't the news you were hoping for.

Many people who are not successful the first time join us later. Your interview results stay on file for 12 months, and you're eligible to interview with us again after {reapply}. I'd encourage you to do so.

Best,
{contact}
Technical Recruiter, {company}
""",
    region=("us", "ie", "sg", "ca"),
    roles="tech",
    contact="contact",
)

# German HR manager: "we must give you a cancellation" (Absage).
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Your application as {role} - our feedback",
    """
Dear {first} {last},

thank you once more for the interesting interview with Mr. {hmlast} and me and for your patience.

Unfortunately we must give you a cancellation. We had many good candidates in the second round and our decision has fallen on a candidate who brings more experience with SAP S/4HANA, which is very important for the project start.

Please do not see this as a judgement about your qualification. We wish you for your further professional way all the best and much success.

With friendly greetings

{contact}
Human Resources
{company}
""",
    kind="german",
    contact="contact",
    extra={"hmlast": lambda s, r: s["hm"].split()[-1]},
)

# Brazilian recruiter: "you were not approved in this phase".
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Feedback - process {role}",
    """
Hi {first}, how are you?

First I want to thank you for participating of the interview with our manager and for the availability.

I come to communicate that in this moment you were not approved to follow in the process for the vacancy of {role}. It was a difficult decision, because we had very good candidates.

Your curriculum will stay in our bank of talents and, as soon as a vacancy appears with your profile, we will enter in contact.

Big hug and success!
{contact}
Talent Acquisition | {company}
""",
    kind="brazil",
    contact="contact",
)

# Chinese hiring manager after a video interview.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview result",
    """
Hi {first},

Thank you for your time for interview with us last week for {role} position.

After discuss with our team and the HR, we feel your experience is not very match with what this position need at current stage, so we decide not to continue the next round. Sorry for this result.

Your English and communication is very good, hope we can have chance to cooperate in future.

Best regards,
{contact}
{company}
""",
    kind="china",
    contact="contact",
)

# Japanese recruiter, formal translated style.
rej(
    INT,
    "{company} Recruitment <saiyo@{domain}>",
    "Result of selection ({role})",
    """
{last} {first} sama

Thank you very much for taking the time to attend the interview for the position of {role} at {company} the other day.

We have carefully considered the result, and regret to inform you that we are unable to meet your expectations this time.

We apologize that we cannot give detailed reasons for this decision. We sincerely thank you for your interest in our company and pray for your further success.

{company}
Human Resources Department, Recruitment Section
""",
    kind="japan",
)

# Australian public service: interviewed and assessed as not suitable, with a job ref.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Notification of outcome - Job Ref {jobref}",
    """
Dear {first}

Re: {role} - Job Reference {jobref}

Thank you for attending interview on {iv_date} and for the work-sample test you completed on the day.

The selection panel has now completed its assessment and I regret to advise that you have not been recommended for appointment on this occasion. The panel's assessment was based on your application, your performance at interview, the work-sample test and referee reports where these were obtained.

Feedback is available from the convenor of the panel, {hm}, who can be contacted on {phone}.

Thank you for your interest in working with {company}.

Regards

{contact}
Talent Acquisition
""",
    kind="aupublic",
    contact="contact",
    extra={"jobref": lambda s, r: f"{r.choice(['CP', 'MB', 'QF', 'TA'])}{r.randint(100000, 999999)}"},
)

# UK/NZ council after interviews: no appointment made, the post will be re-advertised.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} - outcome of interviews",
    """
Dear {first},

Thank you for attending interview for the post of {role} on {iv_date}.

After careful consideration the panel has decided not to make an appointment from this round of interviews. The post will be re-advertised in the coming weeks with a revised job description. We will not be taking forward any of the candidates interviewed on this occasion, but you are welcome to apply again when the post is re-advertised.

Thank you for the time and effort you put into your application and interview.

Yours sincerely

{contact}
Service Manager
{company}
""",
    kind="council",
    contact="contact",
)

# Field-only ATS notice after an interview stage.
rej(
    INT,
    "{company} <{slug}@myworkdayjobs.com>",
    "Application Status - {req}",
    """
Candidate: {full}
Requisition: {req} - {role}
Stage: [[Hiring Manager Interview|Panel Interview|Final Interview]]
Disposition: Not Selected - Post Interview
Date: {today_num}

Sign in to Candidate Home to view your applications.
""",
    headers=AUTO,
)

# Greenhouse one-liner after a recruiter phone screen.
rej(
    INT,
    "{company} <no-reply@us.greenhouse-mail.io>",
    "Following up - {role}",
    """
Hi {first},

Thanks for speaking with us about {role}. We've decided not to proceed at this stage.

Best,
{company} Recruiting
""",
    kind="startup",
    region=("us", "uk", "eu", "ca"),
    headers=AUTO,
)

# Indian IT: not cleared the technical round, six-month cooling period.
rej(
    INT,
    "{company} Talent Acquisition <ta@{domain}>",
    "Interview Status - {role} - {full}",
    """
Dear {first},

Thank you for attending the interview process with {company} for the position of {role}.

We regret to inform you that you have not cleared the technical round. As per our company policy, there is a cooling period of 6 months from the date of interview, and you will be eligible to apply again with us after {reapply}.

We appreciate the time and effort you have invested and wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
{company}

Note: This is a system generated mail. Please do not reply.
""",
    kind="indiait",
    headers=AUTO,
)

# US county/state HR: another candidate selected, name stays on the eligible list.
rej(
    INT,
    "{company} Human Resources <hr@{domain}>",
    "Interview Results - {role}",
    """
Dear {first} {last},

Thank you for participating in the interview process for the position of {role}. The hiring authority has reviewed the results of the panel interviews and has selected another candidate for the position.

Your name will remain on the eligible list for this classification until {reapply}. You do not need to reapply to be considered if another vacancy in this classification is filled from the list.

We appreciate your interest in public service with {company}.

Sincerely,
Human Resources Department
""",
    kind="uspublic",
    headers=AUTO,
)

# Consulting final round: no offer, reapply in 12-18 months.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "{company} - final round",
    """
Dear {first},

Thank you for joining us in {city} for the final round of interviews. We know the case interviews ask a lot of candidates, and everyone you met spoke highly of how you handled the market-sizing case.

After a full discussion of all candidates, we will not be extending you an offer for the {role} position. This was a difficult decision in a very strong group.

We do hire experienced candidates, and many of our colleagues first interviewed with us earlier in their careers. We'd encourage you to apply again in 12 to 18 months. If you would like feedback, I can set up a short call with one of your interviewers.

Kind regards,
{contact}
Recruiting Manager
{company}
""",
    kind="consult",
    contact="contact",
)

# After references were taken.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "{role} - references",
    """
Hi {first},

Thank you for sending through your referees so promptly, and please pass on our thanks to them too.

Having completed reference checks for both of our final candidates, we have decided to offer the {role} position to the other candidate. I know getting to the reference stage makes this harder to hear, and I'm sorry.

The panel were genuinely impressed by your interview. I'd be glad to keep your details on file for the next role of this kind.

Warm regards,
{contact}
People & Culture, {company}
""",
    region=("au", "nz", "uk", "ca", "za"),
    contact="contact",
)

# Filled internally after the external interviews.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Update on {role}",
    """
Hi {first},

I wanted to update you following your interview with {hm} and me.

After the interviews closed, a member of {hmfirst}'s current team put themselves forward for the role, and we've decided to fill the role internally by promoting them. That means we won't be progressing any of the external candidates, including you.

I'm sorry - I know you gave up time for this, and it's not the outcome either of us expected when we spoke. I'll keep your CV on file and would be glad to talk about future openings.

Best regards,
{contact}
""",
    region=("us", "uk", "eu", "sg", "in"),
    contact="contact",
)

# School: lesson observation and interview; the governors appointed someone else.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Interview for {role}",
    """
Dear {first},

Thank you for coming to {company} on {iv_wd} and for the lesson you taught to our Year 8 group - the students enjoyed it.

The panel has now made its decision and I'm sorry to tell you that on this occasion the governors have appointed another candidate. If you would like feedback on your lesson or interview, please reply to this email and I will arrange a call with the Headteacher.

With best wishes for your career,

{contact}
PA to the Headteacher
""",
    kind="school",
    contact="contact",
)

# Investment bank after a Superday.
rej(
    INT,
    "{company} Campus Recruiting <campus.recruiting@{domain}>",
    "{company} - Superday outcome",
    """
Dear {first},

Thank you for attending our Superday for the {role} program. We appreciate the time you spent with our team.

After careful consideration we are unable to offer you a position in our {season} class. Competition was particularly strong this year.

We thank you for your interest in {company} and encourage you to apply for our full-time analyst program next year.

Sincerely,
{company} Campus Recruiting
""",
    kind="finance",
    headers=AUTO,
    extra={"season": lambda s, r: season(s)},
)

# Retail group interview for the seasonal team.
rej(
    INT,
    "{company} <jobs@{domain}>",
    "Our seasonal team",
    """
Hi {first},

Thanks for coming along to our group interview on {iv_wd}! It was a busy session and we loved the energy in the room.

We've now picked our seasonal team for this year and we're sorry to say you're not in it this time. We had a lot more people than places.

We'll be hiring again in the spring, so keep an eye on our careers page.

Cheers,
The team at {company}
""",
    kind="shop",
    region=("us", "uk", "au", "ca"),
)

# Reply in a thread where the candidate chased.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: Any update?",
    """
Hi {first}, sorry - I should have emailed you last week. The panel went with another applicant for the {role} job in the end. Thanks for your patience and for coming in.

{cfirst}

Sent from Outlook for Android
""",
    region=("uk", "au", "ie", "nz", "za", "us"),
    contact="contact",
)

# Agency: the client chose someone with a shorter notice period.
rej(
    INT,
    "{contact} <{cuser}@{agency_domain}>",
    "{company} - feedback from {iv_wd}",
    """
Hi {first},

Hope you're well. I've just come off the phone with the hiring manager at {company} about your second interview for the {role} role.

It's not the news we wanted, I'm afraid. They really liked you - they actually said you were the strongest on the technical side - but they've gone with a candidate who can start in two weeks. With your three-month notice they felt they couldn't hold the project back that long.

Frustrating, I know. Let's catch up tomorrow; I've got two other briefs I want to run past you.

Cheers,
{contact}
Senior Consultant | {agency}
{mobile}
""",
    region=("uk", "au", "nz", "ie", "za"),
    contact="contact",
)

# A very close second, kept as reserve candidate.
rej(
    INT,
    "{contact} <{cuser}@{domain}>",
    "Re: {role} - decision",
    """
Dear {first},

Thank you for your patience while we concluded the process, and for the time you gave us at both interviews.

You were a very close second, and I won't pretend otherwise - the panel spent a long time on it. We've offered the {role} position to another candidate, who has accepted.

With your permission, we would like to keep you as our reserve candidate for the next six months. If the position, or a similar one, becomes available in that time, we would like to come back to you before advertising again. There is no commitment on your side.

Kind regards,
{contact}
Head of People, {company}
""",
    region=("uk", "eu", "ie", "sg", "za"),
    contact="contact",
)

# =============================================================================================
# APPLICATION ACKNOWLEDGEMENTS
# =============================================================================================

# No "received": "we've got your details".
ack(
    "{contact} <{cuser}@{domain}>",
    "Re: {role}",
    """
Thanks {first}, we've got your details. Someone from the team will look at them this week and we'll be in touch either way.

{cfirst}
""",
    region=("uk", "au", "nz", "ie", "us"),
    contact="contact",
)

# SuccessFactors: the account-activation mail that also carries the application.
ack(
    "{company} Careers <careers-noreply@{domain}>",
    "Welcome to {company} Careers - please activate your account",
    """
Dear {first},

Thank you for creating a candidate profile with {company}.

To activate your account, please click the link below within 72 hours:
https://career{n2}.successfactors.eu/career?company={slug}&activate={token}

Your user name: {fuser}

Your application for {role} ({req}) has been transferred to our recruiting team together with your profile. You can log in at any time to check its status or update your documents.

Kind regards
{company} Talent Acquisition

This e-mail was generated automatically. Please do not reply.
""",
    region=("eu", "uk", "sg", "za", "in"),
    headers=AUTO,
    extra={
        "n2": pick("2", "4", "5", "10"),
        "token": lambda s, r: corpuslib.rand_chars(r, corpuslib.ALNUM, 24),
    },
)

# Temp agency registration: the profile is now with a branch.
ack(
    "{agency} <no-reply@{agency_domain}>",
    "You're registered with {agency}",
    """
Kia ora / Hi {first},

Welcome aboard! Your profile is now live with our {city} branch and one of the team will go through it in the next couple of working days.

To speed things up, make sure you've uploaded:
  - photo ID and proof of your right to work
  - two referees we can contact
  - any tickets or licences (forklift, first aid, site safe)

Once we've checked these, we can start matching you to assignments in your area.

Ngā mihi / Regards,
The {agency} team
""",
    region=("nz", "au"),
    headers=AUTO,
    no_company=True,
)

# Gulf employer: only shortlisted candidates will be contacted because of volume.
ack(
    "{company} Careers <careers@{domain}>",
    "Thank you for applying - {role}",
    """
Dear Applicant,

Thank you for applying for the position of {role} with {company}.

Your CV has been added to our recruitment system and will be assessed against the requirements of the role. Unfortunately, due to the volume of applications we receive, we can only contact shortlisted candidates.

Kindly note that {company} does not charge any fee at any stage of the recruitment process.

Best regards,
Talent Acquisition
{company}
""",
    kind="gulf",
    headers=AUTO,
)

# UK charity: personal reply that sets a date after which to assume no.
ack(
    "{contact} <{cuser}@{domain}>",
    "Your application - {role}",
    """
Dear {first},

Thank you for applying to {company}. We're a small team, so I wanted to let you know personally that your application for {role} is with us.

Shortlisting happens after the closing date on {closing}. We'll then contact the people we'd like to invite to interview. I'm really sorry that, with the volume of applications we get, we aren't able to reply individually to everyone who isn't shortlisted.

Thank you for your interest in our work.

Warm wishes,
{contact}
Office & HR Coordinator
""",
    kind="nonprofit",
    region=("uk",),
    contact="contact",
)

# Canada GC Jobs style: submitted, with selection process number and closing date.
ack(
    "GC Jobs <noreply-nepasrepondre@psc-cfp.gc.ca>",
    "Your application has been submitted / Votre candidature a été soumise",
    """
(Le français suit l'anglais)

Dear {first} {last},

Your application has been submitted.

Position: {role}
Organization: {company}
Selection process number: {procno}
Closing date: {closing} - 23:59, Pacific Time

You can modify or withdraw your application until the closing date by signing in to your account. Communication about this process will be sent by email; please check your inbox, including your junk folder, regularly.

Votre candidature a été soumise. Vous pouvez la modifier ou la retirer jusqu'à la date de clôture.
""",
    kind="gc",
    headers=AUTO,
    extra={
        "procno": lambda s, r: (
            f"{s['year'][2:]}-{r.choice(['FIN', 'ESD', 'TBS', 'DFO'])}-NCR-EA-{r.randint(100000, 999999)}"
        )
    },
)

# Australian public-sector portal: application submitted with reference and closing date.
ack(
    "Smart Jobs <noreply@smartjobs.qld.gov.au>",
    "Application submitted - {jobref}",
    """
Hello {first},

Your application for the following job has been submitted:

{role}
{company}
Reference: {jobref}
Closing date: {closing}

Please keep this email for your records. Applicants will be advised of the outcome of the selection process once it is finalised. If you need to contact us about this job, quote the reference number above.
""",
    kind="qld",
    headers=AUTO,
    extra={"jobref": lambda s, r: f"QLD/{r.choice(['FCA', 'DCP', 'TMR'])}{r.randint(100000, 999999)}"},
)

# Taleo status line: Under Review.
ack(
    "{company} <{slug}@taleo.net>",
    "Application status - {role} ({req})",
    """
Dear {first},

This message is to inform you that the status of your application has been updated.

Job Title: {role}
Job Number: {req}
Current Status: Under Review

No action is required on your part. To view the details of your submission, access the Careers section of our website and select "My Jobpage".

Sincerely,
{company} Talent Acquisition
""",
    region=("us", "ca", "uk", "in"),
    headers=AUTO,
)

# Jobvite: moved to "In Review".
ack(
    "{company} Recruiting <notifications@jobvite.com>",
    "Your application is In Review",
    """
Hi {first},

Good news - your application for {role} has moved to In Review. The hiring team is looking at it now.

What this means:
  • A recruiter or hiring manager is reviewing your experience
  • No action is needed from you
  • We'll reach out by email if the team would like to take the next step

Thanks for your patience,
{company}
""",
    region=("us", "ca", "au"),
    headers=AUTO,
)

# UK public sector ack that names the expected interview dates (no invitation yet).
ack(
    "{company} Recruitment <recruitment@{domain}>",
    "Acknowledgement of application - {role}",
    """
Dear {first},

Thank you for your application for the post of {role}.

The closing date for this vacancy is {closing}. Shortlisting will take place the following week, and interviews are expected to be held on {int_d1} or {int_d2}. If you are shortlisted, we will contact you by email with the details; please check your junk folder.

If you are not shortlisted, we will let you know by email once shortlisting has been completed.

Yours sincerely,
Recruitment Team
{company}
""",
    kind="council",
    region=("uk", "ie"),
    headers=AUTO,
)

# Academic: Interfolio-style file-status notice (incomplete until letters arrive).
ack(
    "{company} Faculty Search <facultysearch@{domain}>",
    "Application materials - {role}",
    """
Dear {first} {last},

Thank you for applying for the position of {role} at {company}.

We have your CV, cover letter, research statement and teaching statement. Your file will be complete once we have three confidential letters of reference; your referees will receive an automated request with upload instructions.

The committee will begin reviewing complete files on {closing}. First-round interviews with a longlist are expected to take place by video in the weeks after that, and campus visits early next year. We will be in touch with you as the search progresses.

Sincerely,
Faculty Search Committee
{company}
""",
    kind="uni",
    region=("us", "ca"),
    roles="faculty",
    headers=AUTO,
)

# Indian HR: "we will get back to you".
ack(
    "{contact} <{cuser}@{domain}>",
    "RE: Application for {role}",
    """
Dear {first},

Noted with thanks. Your profile has been forwarded to the technical panel for review. We will get back to you at the earliest.

Regards,
{contact}
HR Executive
{company}
""",
    kind="indiait",
    contact="contact",
)

# Indian off-campus drive registration: shortlisted students will get the schedule later.
ack(
    "{company} Campus Hiring <campushiring@{domain}>",
    "Registration Successful - {company} Off-Campus Drive {year}",
    """
Dear {first},

Greetings from {company}!

Thank you for registering for the {company} Off-Campus Hiring Drive {year} for the role of {role}.

Registration ID: {regid}

Your details will be screened against the eligibility criteria (60% throughout academics, no active backlogs, {year} pass-outs only). Shortlisted candidates will receive communication regarding the further selection process on their registered email ID. Kindly keep checking your inbox and spam folder.

All the best!
Team Campus Hiring
{company}
""",
    kind="indiait",
    roles="fresher",
    headers=AUTO,
    extra={
        "regid": lambda s, r: (
            f"{ascii_alnum(s['company'])[:3].upper()}{s['year'][2:]}{r.randint(100000, 999999)}"
        )
    },
)

# Small-business owner replying by hand.
ack(
    "{contact} <{cuser}@{domain}>",
    "Re: {role} job",
    """
Cheers for the CV {first}, I'll have a proper look tonight and give you a bell [[later in the week|Thursday or Friday|early next week]].

{cfirst}
{company}
{mobile}
""",
    kind="trade",
    region=("uk", "au"),
    contact="contact",
)

# US trades business owner, by reply, busy season.
ack(
    "{contact} <{cuser}@{domain}>",
    "Re: {role}",
    """
Got your resume, thanks. We're in the middle of the busy season so give me a few days to go through everybody. If it looks like a fit I'll call you.

{cfirst}
Owner, {company}
""",
    kind="trade",
    region=("us", "ca"),
    contact="contact",
)

# NHS Trac-style acknowledgement.
ack(
    "{company} <no-reply@trac.jobs>",
    "{role} - application submitted",
    """
Dear {first} {last},

Thank you for submitting your application for the post of {role} with {company}. Your application reference is {appref}.

Your application will be reviewed by the recruiting manager after the closing date ({closing}). We will notify you of the outcome of shortlisting by email, so please check your email regularly, including your spam folder.

Please note that the closing date may be brought forward if we receive a high number of applications.

{company} Recruitment Team
""",
    kind="health",
    region=("uk",),
    headers=AUTO,
    extra={"appref": lambda s, r: f"{r.choice(['C9', 'B3', 'A1'])}-{r.randint(1000000, 9999999)}"},
)

# Lever: "your application is in" and a human will look.
ack(
    "{company} <no-reply@hire.lever.co>",
    "Your application is in!",
    """
Hi {first},

Thanks for applying to {company}! Your application for {role} is in, and a real human (not a keyword filter) will look at it.

We try to respond to everyone within two weeks. Sometimes it takes longer when a role gets a lot of interest - if so, hang tight.

Cheers,
The {company} team
""",
    kind="startup",
    headers=AUTO,
)

# Workable status: being reviewed by the hiring team.
ack(
    "{company} <noreply@candidates.workablemail.com>",
    "{role} - your application is being reviewed",
    """
Hi {first},

Just letting you know that the hiring team at {company} has started reviewing applications for {role}, including yours.

You don't need to do anything right now. We'll email you as soon as there's an update.

{company}

Powered by Workable
""",
    region=("eu", "uk", "us", "za", "ie"),
    headers=AUTO,
)

# Reply in the thread: "it's with the panel".
ack(
    "{contact} <{cuser}@{domain}>",
    "RE: {role} - application",
    """
Hi {first},

Yes, it's come through fine - it's with the panel now. We'll be shortlisting after the closing date on {closing} and will let everyone know where they stand the week after.

Thanks,
{cfirst}
""",
    region=("uk", "au", "ie", "nz", "za"),
    contact="contact",
)

# Japanese company: entry accepted, document screening result in two weeks.
ack(
    "{company} Recruitment <saiyo@{domain}>",
    "[{company}] Confirmation of your entry",
    """
{last} {first} sama

Thank you very much for your interest in {company} and for your entry.

We have accepted your entry for the following position.
Position: {role}
Entry No.: {n6}

We will inform you of the result of document screening by email within about two weeks. Please wait for a while.

*This email is sent automatically from the system.

{company}
Human Resources Department
""",
    kind="japan",
    headers=AUTO,
)

# Korean company: bilingual status notice.
ack(
    "{company} 채용팀 <recruit@{domain}>",
    "[{company}] 지원 완료 안내 / Application completed",
    """
안녕하세요, {first}님.
{company} {role} 포지션에 지원해 주셔서 감사합니다.

Hello {first},

Thank you for applying for the {role} position at {company}. Your application is complete.

Document screening will take about 2-3 weeks, and the results will be announced individually to each applicant by email. You can check your status on the recruitment site at any time.

{company} Recruiting Team
""",
    kind="korea",
    headers=AUTO,
)

# Career fair: applied at the booth by QR code.
ack(
    "{contact} <{cuser}@{domain}>",
    "Great meeting you at the career fair!",
    """
Hi {first},

Thanks for stopping by the {company} booth at the career fair yesterday - it was great to chat.

Just confirming that the application you submitted via the QR code for {role} has come through to our system. Our team is reviewing everyone from the fair over the next two weeks, and we'll reach out about next steps after that.

Go Tigers!
{contact}
Campus Recruiter, {company}
""",
    region=("us",),
    roles="intern",
    contact="contact",
)

# Church / nonprofit hiring committee that meets monthly.
ack(
    "{contact} <{cuser}@{domain}>",
    "Re: {role} position",
    """
Dear {first},

Thank you for your interest in the {role} position and for sending your resume and cover letter. I've shared them with the hiring committee.

The committee meets on the second Tuesday of each month, so they'll be reviewing applications at the next meeting. I'll write to you after that to let you know the next steps.

Blessings,
{contact}
Church Administrator
{company}
""",
    kind="church",
    contact="contact",
)

# Mexican company: bilingual Spanish/English acknowledgement.
ack(
    "{company} Reclutamiento <reclutamiento@{domain}>",
    "¡Gracias por postularte! / Thanks for applying - {role}",
    """
Hola {first},

¡Gracias por postularte a la vacante de {role} en {company}! Nuestro equipo de reclutamiento revisará tu perfil y, si cumple con lo que buscamos, nos pondremos en contacto contigo.

Hi {first},

Thanks for applying for the {role} vacancy at {company}! Our recruiting team will review your profile and, if it matches what we are looking for, we will contact you.

Saludos / Regards,
Equipo de Reclutamiento
""",
    kind="spanish",
    region=("mx",),
    headers=AUTO,
)

# Zoho Recruit: application ID.
ack(
    "{company} <notification@zohorecruitmail.com>",
    "Application submitted successfully - {role}",
    """
Dear {full},

Your application for the position of {role} at {company} has been submitted successfully.

Application ID: ZR_{n5}_CAND

Our team will go through your profile, and you will hear from us if your profile is shortlisted.

Thanks,
HR Team
{company}
""",
    kind="indiait",
    headers=AUTO,
)

# Breezy: "We've got it!"
ack(
    "{company} <no-reply@breezy-mail.com>",
    "We've got it! ({role})",
    """
Hi {first},

This is a quick note to let you know your application for {role} made it to us safely. Nice work!

The team reviews new candidates every Friday. If your experience lines up with what we need, someone will reach out to set up a conversation.

Talk soon,
{company}
""",
    kind="startup",
    headers=AUTO,
)

# CV-Library / Reed: the recruiter has viewed the application.
ack(
    "CV-Library <noreply@cv-library.co.uk>",
    "Your application has been viewed",
    """
Hi {first},

Good news! Your application for {role} has been viewed by the recruiter.

{role}
{company} - {city}
Applied: {applied}

Recruiters usually get in touch within a few days if they'd like to take your application further.

Good luck!
The CV-Library Team

You are receiving this email because you applied for a job on CV-Library. Manage email preferences.
""",
    region=("uk",),
    headers=corpuslib.bulk("<https://www.cv-library.co.uk/unsubscribe>"),
)

# US hospital: status update, forwarded to hiring manager.
ack(
    "{company} Careers <donotreply@{domain}>",
    "Your application status has been updated",
    """
Dear {first} {last},

The status of your application for {role} (Job ID {req}) has been updated to:

Application Reviewed - Forwarded to Hiring Manager

The hiring manager will review your application and determine whether to schedule an interview. Due to the number of applications we receive, this may take up to two weeks.

Thank you for choosing {company}.
""",
    kind="health",
    region=("us",),
    headers=AUTO,
)

# Recruiter replying to a chaser: no news yet, still in the mix.
ack(
    "{contact} <{cuser}@{domain}>",
    "Re: Checking in - {role}",
    """
Hey {first},

Thanks for checking in! No news yet, I'm afraid - {hmfirst}, the hiring manager, has been out this week and hasn't gone through the shortlist. Your application is still in the mix and nothing has been decided.

I'll nudge {hmfirst} on Monday and let you know as soon as I hear something.

{contact}
Recruiter, {company}
""",
    region=("us", "ca", "uk", "au"),
    contact="contact",
)

# Freshteam: candidate portal link.
ack(
    "{company} Hiring Team <jobs@{slug}.freshteam.com>",
    "Thanks for your interest in {company}",
    """
Hi {first},

Thank you for your interest in the {role} opening at {company}. Our team is reviewing your profile and we will get in touch if there's a match.

You can follow your application here:
https://{slug}.freshteam.com/candidate-portal/{token}

Regards,
{company} Hiring Team
""",
    region=("in", "sg", "us", "au", "ae"),
    kind="corp",
    headers=AUTO,
    extra={"token": lambda s, r: corpuslib.rand_chars(r, corpuslib.HEX, 20)},
)

# Taleo-style account creation notice that also confirms the submission.
ack(
    "{company} Careers <careers-noreply@{domain}>",
    "Your {company} career account",
    """
Hello {first},

Your career account has been created.

User Name: {fuser}

You have also completed the application for job {req} - {role}. You can check the status of this application or apply for other jobs by signing in with the user name above.

For security reasons your password is not included in this message. If you did not create this account, please contact careers@{domain}.

{company}
""",
    region=("us", "ca", "uk", "za", "sg"),
    headers=AUTO,
)

# Singapore agency with EA licence numbers.
ack(
    "{agency} <resumes@{agency_domain}>",
    "Resume registered - {role}",
    """
Dear {first},

Thank you for your interest in the {role} position advertised by {agency} (EA Licence No. {ea}).

Your resume has been registered in our database under Ref {n6}. Our consultant will review it against our client's requirements. Due to the high volume of responses, only shortlisted candidates will be notified.

By submitting your resume, you consent to the collection, use and disclosure of your personal data for recruitment purposes in accordance with the PDPA.

{agency}
EA Personnel: {contact} (Reg. No. {rno})
""",
    region=("sg",),
    headers=AUTO,
    no_company=True,
    extra={
        "ea": lambda s, r: f"{r.randint(10, 24)}C{r.randint(1000, 9999)}",
        "rno": lambda s, r: f"R{r.randint(1000000, 2599999)}",
    },
)

# Police / fire: passed eligibility, now with the sift team.
ack(
    "{company} Recruitment <recruitment@{domain}>",
    "Application update - {role}",
    """
Dear {first},

Thank you for your application to become a {role} with {company}.

Your application has passed our initial eligibility checks (age, nationality and residency) and has now been passed to the sift team for assessment. Sifting usually takes up to four weeks.

We'll contact you by email to let you know the outcome. Please do not submit another application in the meantime.

Recruitment Team
{company}
""",
    kind="police",
    headers=AUTO,
)

# Ack that warns about recruitment scams.
ack(
    "{company} Recruitment <no-reply@{domain}>",
    "Thanks for applying - {role}",
    """
Hi {first},

Thanks for your application for {role} - it's now with our recruitment team, who review applications in the order they arrive.

A quick word of caution: {company} will never ask you for money, bank details or to buy equipment during the hiring process, and we only contact candidates from @{domain} addresses. If you receive anything suspicious claiming to be from us, please forward it to security@{domain}.

Best,
{company} Recruitment
""",
    region=("us", "uk", "in", "za", "sg"),
    headers=AUTO,
)

# Graduate programme: application now being assessed; tests might come later.
ack(
    "{company} Early Careers <earlycareers@{domain}>",
    "{company} {next_year} Graduate Programme - what happens next",
    """
Dear {first},

Thank you for applying to the {company} {next_year} Graduate Programme.

Your application is now being assessed. If it is successful, you'll be invited to complete our online tests, followed by a video interview and an assessment centre. Not everyone is invited to every stage, and we will email you whatever the outcome.

We usually complete this first review within three weeks.

Best wishes,
{company} Early Careers Team
""",
    region=("uk", "ie", "au", "za"),
    headers=AUTO,
)

# Gulf hotel group: WhatsApp may be used; CV in the talent pool.
ack(
    "{company} Talent <talent@{domain}>",
    "We have your CV - {role}",
    """
Dear {first},

Thank you for your interest in joining {company} as {role}.

Your CV is now with our Talent team. If your profile is shortlisted, a member of the team will contact you by phone or WhatsApp from an official {company} number to discuss the next steps. Please keep your mobile number updated in your profile.

Warm regards,
Talent Team
{company}
""",
    kind="gulf",
    headers=AUTO,
)

if __name__ == "__main__":
    sys.exit(main())
