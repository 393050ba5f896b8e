#!/usr/bin/env python3
"""Round 4: positive families written in styles the classifier has not seen yet.

Writes src/followup/classifiers/corpus/r4_positive.jsonl with interview invitations ("inw"),
assessments ("asw") and offers ("ofw"). The earlier slice (positive_invites.py) is strong on polished
ATS and recruiter templates; this one goes after the long tail real inboxes have: text-speak one-liners,
replies deep in a thread, formal public-sector letters, Indian HR, staffing agencies, scheduling tools,
invitations that never use the word "interview", times written in every way people write them, long
mails with the invite buried between a benefits blurb and a legal footer, non-native English, and
invitations that also say "unfortunately".

Every family is one hand-written message with slots; each is expanded into 2-3 variants with different
companies, people, roles and dates. Dates and times are computed, not typed, so `interview_start` is
exact: it is only annotated when the text states one concrete time.

Run:  python tools/corpus/round4_positive.py      (standard library only, deterministic)
"""

from __future__ import annotations

import random
import re
import string
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
import positive_common
from corpuslib import ALNUM, HEX, LOW, rand_chars
from positive_common import DOWX, HOURWORD, Co, meeting_links, pick_day
from positive_common import chain as _chain
from positive_common import split as _split

# Slot helpers the family data calls by name (``extra = {py = "_split(...)"}``).
FAMILY_HELPERS = (_chain, _split)

SEED = 4_2026_0417
OUT = (
    Path(__file__).resolve().parents[2] / "src" / "followup" / "classifiers" / "corpus" / "r4_positive.jsonl"
)

PREFIX = {"inw": "interview_invitation", "asw": "assessment", "ofw": "offer"}
TARGETS = {"interview_invitation": 55, "assessment": 12, "offer": 10}  # minimum families

# ---------------------------------------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------------------------------------


def _pool(region: str, rows: Sequence[tuple[str, str, str, str, str]]) -> list[Co]:
    return [Co(n, d, tz, c, a, region) for n, d, tz, c, a in rows]


NY, CHI, DEN, PHX, LA = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
)
LON, DUB = "Europe/London", "Europe/Dublin"

COS: dict[str, list[Co]] = {
    "us_tech": _pool(
        "us",
        [
            ("Corvid Labs", "corvidlabs.io", LA, "Seattle", "1201 2nd Ave, Floor 14, Seattle, WA 98101"),
            (
                "Saltmarsh Software",
                "saltmarsh.dev",
                NY,
                "Charleston",
                "170 Meeting St, Suite 300, Charleston, SC 29401",
            ),
            (
                "Redcedar Systems",
                "redcedarsys.com",
                DEN,
                "Boulder",
                "1881 9th St, Suite 200, Boulder, CO 80302",
            ),
            (
                "Halyard Payments",
                "halyardpay.com",
                NY,
                "New York",
                "85 Broad St, 17th Floor, New York, NY 10004",
            ),
            (
                "Sundial Robotics",
                "sundialrobotics.com",
                LA,
                "Oakland",
                "1999 Harrison St, Suite 1100, Oakland, CA 94612",
            ),
            (
                "Bluestem Analytics",
                "bluestem.ai",
                CHI,
                "Minneapolis",
                "250 Marquette Ave, Suite 520, Minneapolis, MN 55401",
            ),
            ("Oxbow Security", "oxbowsec.com", CHI, "Austin", "500 W 2nd St, Suite 1900, Austin, TX 78701"),
            (
                "Quarry Hill Bio",
                "quarryhillbio.com",
                NY,
                "Cambridge",
                "245 First St, 4th Floor, Cambridge, MA 02142",
            ),
            (
                "Lantern Works",
                "lanternworks.co",
                PHX,
                "Phoenix",
                "2 N Central Ave, Suite 1800, Phoenix, AZ 85004",
            ),
            (
                "Marigold Mobility",
                "marigoldmobility.com",
                LA,
                "Santa Monica",
                "3401 Exposition Blvd, Santa Monica, CA 90404",
            ),
            (
                "Tallgrass Data",
                "tallgrassdata.com",
                CHI,
                "Kansas City",
                "1100 Walnut St, Suite 900, Kansas City, MO 64106",
            ),
            (
                "Petrichor Health",
                "petrichorhealth.com",
                NY,
                "Philadelphia",
                "1735 Market St, 22nd Floor, Philadelphia, PA 19103",
            ),
        ],
    ),
    "us_startup": _pool(
        "us",
        [
            ("Kiln", "kiln.so", LA, "San Francisco", "2130 Mission St, San Francisco, CA 94110"),
            ("Fathom Ledger", "fathomledger.com", NY, "Brooklyn", "55 Prospect St, Brooklyn, NY 11201"),
            ("Ferrous", "ferrous.dev", DEN, "Denver", "3002 Brighton Blvd, Denver, CO 80216"),
            ("Loam", "getloam.com", CHI, "Chicago", "1016 W Jackson Blvd, Chicago, IL 60607"),
            ("Pellucid AI", "pellucid.ai", LA, "Palo Alto", "470 Ramona St, Palo Alto, CA 94301"),
            (
                "Tinderbox Commerce",
                "tinderbox.shop",
                NY,
                "New York",
                "45 W 21st St, 5th Floor, New York, NY 10010",
            ),
            ("Cartwheel", "cartwheel.app", LA, "Los Angeles", "1320 E 7th St, Los Angeles, CA 90021"),
        ],
    ),
    "us_food": _pool(
        "us",
        [
            (
                "Copper Kettle Diner",
                "copperkettlediner.com",
                NY,
                "Pittsburgh",
                "2218 Murray Ave, Pittsburgh, PA 15217",
            ),
            ("Lupita's Taqueria", "lupitastaqueria.com", PHX, "Tempe", "414 S Mill Ave, Tempe, AZ 85281"),
            ("Blue Plate Bistro", "blueplatebistro.com", CHI, "Omaha", "1105 Howard St, Omaha, NE 68102"),
            ("Rosemary & Rye Cafe", "rosemaryandrye.com", LA, "Tacoma", "2701 6th Ave, Tacoma, WA 98406"),
        ],
    ),
    "us_hospital": _pool(
        "us",
        [
            (
                "St. Brendan Medical Center",
                "stbrendanmed.org",
                CHI,
                "Milwaukee",
                "2900 W Oklahoma Ave, Milwaukee, WI 53215",
            ),
            (
                "Valley Oaks Regional Hospital",
                "valleyoaksregional.org",
                LA,
                "Fresno",
                "7300 N Fresno St, Fresno, CA 93720",
            ),
            (
                "Hartwell Memorial Health",
                "hartwellhealth.org",
                NY,
                "Richmond",
                "1602 Skipwith Rd, Richmond, VA 23229",
            ),
            (
                "Cedar Bluff Children's Hospital",
                "cedarbluffkids.org",
                CHI,
                "Omaha",
                "8200 Dodge St, Omaha, NE 68114",
            ),
            (
                "Mesa Verde Health System",
                "mesaverdehealth.org",
                DEN,
                "Albuquerque",
                "1100 Central Ave SE, Albuquerque, NM 87106",
            ),
        ],
    ),
    "us_hourly": _pool(
        "us",
        [
            (
                "FreshWay Grocers",
                "freshwaygrocers.com",
                CHI,
                "Des Moines",
                "4100 University Ave, Des Moines, IA 50311",
            ),
            (
                "Copper Kettle Diner",
                "copperkettlediner.com",
                NY,
                "Pittsburgh",
                "2218 Murray Ave, Pittsburgh, PA 15217",
            ),
            (
                "Lakeside Outfitters",
                "lakesideoutfitters.com",
                CHI,
                "Madison",
                "615 State St, Madison, WI 53703",
            ),
            (
                "Sprout & Spindle Market",
                "sproutandspindle.com",
                LA,
                "Portland",
                "2330 NW Thurman St, Portland, OR 97210",
            ),
            ("Big Sky Hardware", "bigskyhardware.com", DEN, "Billings", "1420 24th St W, Billings, MT 59102"),
            ("Palmetto Pet Supply", "palmettopet.com", NY, "Columbia", "3311 Devine St, Columbia, SC 29205"),
        ],
    ),
    "us_trucking": _pool(
        "us",
        [
            (
                "Tri-State Carriers",
                "tristatecarriers.com",
                CHI,
                "Joliet",
                "2201 W Jefferson St, Joliet, IL 60435",
            ),
            (
                "Red Mesa Freight",
                "redmesafreight.com",
                PHX,
                "Tolleson",
                "9150 W Buckeye Rd, Tolleson, AZ 85353",
            ),
            (
                "Blue Ox Transport",
                "blueoxtransport.com",
                CHI,
                "St. Cloud",
                "3700 Roosevelt Rd, St. Cloud, MN 56301",
            ),
            (
                "Lowcountry Haulers",
                "lowcountryhaulers.com",
                NY,
                "Savannah",
                "22 Gateway Blvd, Savannah, GA 31408",
            ),
        ],
    ),
    "us_defense": _pool(
        "us",
        [
            (
                "Ironclad Federal Solutions",
                "ironcladfed.com",
                NY,
                "Chantilly",
                "14900 Conference Center Dr, Chantilly, VA 20151",
            ),
            (
                "Meridian Arc Systems",
                "meridianarc.com",
                CHI,
                "Huntsville",
                "4950 Research Dr NW, Huntsville, AL 35805",
            ),
            (
                "Sentinel Peak Technologies",
                "sentinelpeak.tech",
                DEN,
                "Colorado Springs",
                "1250 Academy Park Loop, Colorado Springs, CO 80910",
            ),
        ],
    ),
    "us_state": _pool(
        "us",
        [
            (
                "Washington State Department of Ecology",
                "ecy.wa.gov",
                LA,
                "Lacey",
                "300 Desmond Dr SE, Lacey, WA 98503",
            ),
            (
                "Minnesota Department of Revenue",
                "state.mn.us",
                CHI,
                "St. Paul",
                "600 N Robert St, St. Paul, MN 55146",
            ),
            (
                "Arizona Department of Transportation",
                "azdot.gov",
                PHX,
                "Phoenix",
                "206 S 17th Ave, Phoenix, AZ 85007",
            ),
            (
                "Colorado Department of Labor and Employment",
                "state.co.us",
                DEN,
                "Denver",
                "633 17th St, Suite 1200, Denver, CO 80202",
            ),
        ],
    ),
    "us_federal": _pool(
        "us",
        [
            (
                "U.S. Geological Survey",
                "usgs.gov",
                DEN,
                "Lakewood",
                "Denver Federal Center, Building 53, Lakewood, CO 80225",
            ),
            (
                "Department of Veterans Affairs",
                "va.gov",
                NY,
                "Washington",
                "810 Vermont Ave NW, Washington, DC 20420",
            ),
            (
                "Federal Aviation Administration",
                "faa.gov",
                CHI,
                "Oklahoma City",
                "6500 S MacArthur Blvd, Oklahoma City, OK 73169",
            ),
        ],
    ),
    "us_law": _pool(
        "us",
        [
            (
                "Whitcombe & Lorne LLP",
                "whitcombelorne.com",
                CHI,
                "Chicago",
                "353 N Clark St, 30th Floor, Chicago, IL 60654",
            ),
            (
                "Abernathy Strauss LLP",
                "abernathystrauss.com",
                NY,
                "New York",
                "1 Vanderbilt Ave, 41st Floor, New York, NY 10017",
            ),
            (
                "Kessler Dunmore LLP",
                "kesslerdunmore.com",
                LA,
                "San Francisco",
                "101 California St, 38th Floor, San Francisco, CA 94111",
            ),
        ],
    ),
    "us_res": _pool(
        "us",
        [
            (
                "Lakeview University Medical Center",
                "lakeviewumc.org",
                CHI,
                "Cleveland",
                "11100 Euclid Ave, Cleveland, OH 44106",
            ),
            (
                "Sierra Pines University Hospital",
                "sierrapinesuh.org",
                LA,
                "Sacramento",
                "2315 Stockton Blvd, Sacramento, CA 95817",
            ),
            (
                "Hudson Valley Medical College",
                "hvmc.edu",
                NY,
                "Albany",
                "43 New Scotland Ave, Albany, NY 12208",
            ),
        ],
    ),
    "us_uni": _pool(
        "us",
        [
            ("Lakemont University", "lakemont.edu", CHI, "Evanston", "Lakemont University"),
            ("University of the Piedmont", "piedmont.edu", NY, "Durham", "University of the Piedmont"),
            ("Cascade State University", "cascadestate.edu", LA, "Eugene", "Cascade State University"),
        ],
    ),
    "uk_firm": _pool(
        "uk",
        [
            ("Tamsin Grey Interiors", "tamsingrey.co.uk", LON, "Bath", "4 Milsom Place, Bath BA1 1BZ"),
            (
                "Northgate Analytics",
                "northgateanalytics.co.uk",
                LON,
                "Leeds",
                "2 Wellington Place, Leeds LS1 4AP",
            ),
            ("Bramwell Shaw", "bramwellshaw.com", LON, "London", "30 Crown Place, London EC2A 4ES"),
            ("Kestle & Brook", "kestlebrook.co.uk", LON, "Bristol", "1 Redcliff Street, Bristol BS1 6NP"),
            (
                "Thornbury Fintech",
                "thornbury.io",
                LON,
                "London",
                "Floor 6, 1 Finsbury Avenue, London EC2M 2PF",
            ),
            (
                "Harrow Lane Foods",
                "harrowlanefoods.co.uk",
                LON,
                "Manchester",
                "Unit 12, Trafford Park Road, Manchester M17 1HS",
            ),
            (
                "Oakmere Digital",
                "oakmeredigital.com",
                LON,
                "Glasgow",
                "110 St Vincent Street, Glasgow G2 5ER",
            ),
        ],
    ),
    "uk_solicitor": _pool(
        "uk",
        [
            (
                "Pryce, Hollis & Webb",
                "prycehollis.co.uk",
                LON,
                "Shrewsbury",
                "14 Castle Street, Shrewsbury SY1 2BQ",
            ),
            (
                "Tolland Armitage",
                "tollandarmitage.co.uk",
                LON,
                "Harrogate",
                "9 Victoria Avenue, Harrogate HG1 1DY",
            ),
            ("Hargreave & Dunn", "hargreavedunn.co.uk", LON, "Norwich", "21 Tombland, Norwich NR3 1RE"),
        ],
    ),
    "uk_nhs": _pool(
        "uk",
        [
            (
                "North Weald Hospitals NHS Foundation Trust",
                "nwh.nhs.uk",
                LON,
                "Harlow",
                "Princess Alexandra Wing, Hamstel Road, Harlow CM20 1QX",
            ),
            (
                "Severnside University Hospitals NHS Trust",
                "severnside.nhs.uk",
                LON,
                "Gloucester",
                "Great Western Road, Gloucester GL1 3NN",
            ),
            (
                "East Fenland Community Health NHS Trust",
                "efch.nhs.uk",
                LON,
                "Wisbech",
                "Trafford Road, Wisbech PE13 2ES",
            ),
            (
                "Pennine Moor Mental Health NHS Trust",
                "pmmh.nhs.uk",
                LON,
                "Halifax",
                "Dryclough Lane, Halifax HX3 0PW",
            ),
        ],
    ),
    "uk_council": _pool(
        "uk",
        [
            (
                "Ashcombe Borough Council",
                "ashcombe.gov.uk",
                LON,
                "Ashcombe",
                "Civic Centre, Station Road, Ashcombe AB1 2CD",
            ),
            (
                "Tamworth Vale District Council",
                "tamworthvale.gov.uk",
                LON,
                "Tamworth",
                "Marmion House, Lichfield Street, Tamworth B79 7BZ",
            ),
            (
                "Hollinsworth City Council",
                "hollinsworth.gov.uk",
                LON,
                "Hollinsworth",
                "Town Hall, Victoria Square, Hollinsworth HW1 1AA",
            ),
            (
                "West Dunmore County Council",
                "westdunmore.gov.uk",
                LON,
                "Dunmore",
                "County Hall, Glebe Road, Dunmore DN4 8QT",
            ),
        ],
    ),
    "uk_civil": _pool(
        "uk",
        [
            (
                "HM Revenue & Customs",
                "hmrc.gov.uk",
                LON,
                "Newcastle",
                "Benton Park View, Newcastle upon Tyne NE98 1ZZ",
            ),
            (
                "Department for Education",
                "education.gov.uk",
                LON,
                "Sheffield",
                "Piccadilly Gate, Store Street, Manchester M1 2WD",
            ),
            ("Ministry of Justice", "justice.gov.uk", LON, "London", "102 Petty France, London SW1H 9AJ"),
            (
                "Office for National Statistics",
                "ons.gov.uk",
                LON,
                "Newport",
                "Government Buildings, Cardiff Road, Newport NP10 8XG",
            ),
        ],
    ),
    "uk_uni": _pool(
        "uk",
        [
            ("University of Eastbridge", "eastbridge.ac.uk", LON, "Eastbridge", "University of Eastbridge"),
            ("Kingsmere University", "kingsmere.ac.uk", LON, "Kingsmere", "Kingsmere University"),
            ("Harrowgate University", "harrowgate.ac.uk", LON, "Harrowgate", "Harrowgate University"),
        ],
    ),
    "uk_school": _pool(
        "uk",
        [
            (
                "St Aldhelm's Academy",
                "staldhelms.org.uk",
                LON,
                "Sherborne",
                "Gryphon Road, Sherborne DT9 4EQ",
            ),
            (
                "Oakfield Park School",
                "oakfieldpark.sch.uk",
                LON,
                "Wakefield",
                "Barnsley Road, Wakefield WF1 5NX",
            ),
            ("Castlebrook High School", "castlebrook.bury.sch.uk", LON, "Bury", "Parr Lane, Bury BL9 8LP"),
        ],
    ),
    "ie_shop": _pool(
        "ie",
        [
            ("Mulligan's Hardware", "mulliganshardware.ie", DUB, "Galway", "12 Shop Street, Galway"),
            ("Kilbride Pharmacy", "kilbridepharmacy.ie", DUB, "Naas", "3 Main Street, Naas, Co. Kildare"),
            ("O'Driscoll's Books", "odriscollsbooks.ie", DUB, "Cork", "8 Oliver Plunkett Street, Cork"),
        ],
    ),
    "ie_tech": _pool(
        "ie",
        [
            ("Tinteán Software", "tintean.io", DUB, "Dublin", "Block 4, Harcourt Centre, Dublin 2"),
            (
                "Shannonside Data",
                "shannonsidedata.ie",
                DUB,
                "Limerick",
                "Plassey Technological Park, Limerick",
            ),
        ],
    ),
    "in_it": _pool(
        "in",
        [
            (
                "Tejas Infosystems",
                "tejasinfo.com",
                "Asia/Kolkata",
                "Bengaluru",
                "3rd Floor, Prestige Tech Park, Marathahalli, Bengaluru 560103",
            ),
            (
                "Vardhaman Softech Pvt. Ltd.",
                "vardhamansoftech.in",
                "Asia/Kolkata",
                "Pune",
                "Tower B, 5th Floor, Cybercity, Magarpatta, Pune 411013",
            ),
            (
                "Pragati Digital Services",
                "pragatidigital.co.in",
                "Asia/Kolkata",
                "Noida",
                "Plot 17, Sector 62, Noida 201309",
            ),
            (
                "Shreeram Global Technologies",
                "shreeramglobal.com",
                "Asia/Kolkata",
                "Chennai",
                "Block C, Ascendas IT Park, Taramani, Chennai 600113",
            ),
            (
                "Nirmaan Fintech Ltd",
                "nirmaanfintech.in",
                "Asia/Kolkata",
                "Hyderabad",
                "9th Floor, Mindspace, Madhapur, Hyderabad 500081",
            ),
            (
                "Aarohan Analytics",
                "aarohananalytics.com",
                "Asia/Kolkata",
                "Gurugram",
                "Unit 702, DLF Cyber Park, Sector 20, Gurugram 122008",
            ),
        ],
    ),
    "in_staffing": _pool(
        "in",
        [
            (
                "Xpertise Manpower Solutions",
                "xpertisemanpower.in",
                "Asia/Kolkata",
                "Bengaluru",
                "2nd Floor, HSR Layout, Sector 2, Bengaluru 560102",
            ),
            (
                "TalentBridge HR Services",
                "talentbridgehr.co.in",
                "Asia/Kolkata",
                "Hyderabad",
                "Road No. 36, Jubilee Hills, Hyderabad 500033",
            ),
            (
                "Mavericks Staffing Pvt Ltd",
                "mavericksstaffing.com",
                "Asia/Kolkata",
                "Pune",
                "Office 11, Baner Road, Pune 411045",
            ),
        ],
    ),
    "de": _pool(
        "de",
        [
            (
                "Nordlicht Software GmbH",
                "nordlicht-software.de",
                "Europe/Berlin",
                "Berlin",
                "Schlesische Str. 26, 10997 Berlin",
            ),
            (
                "Feldberg Logistik GmbH",
                "feldberg-logistik.de",
                "Europe/Berlin",
                "Hamburg",
                "Großer Burstah 31, 20457 Hamburg",
            ),
            (
                "Alpenrot Systems AG",
                "alpenrot.de",
                "Europe/Berlin",
                "Munich",
                "Leopoldstraße 180, 80804 München",
            ),
        ],
    ),
    "es": _pool(
        "es",
        [
            (
                "Brisa Labs",
                "brisalabs.es",
                "Europe/Madrid",
                "Barcelona",
                "Carrer de Pallars 99, 08018 Barcelona",
            ),
            (
                "Mirador Fintech",
                "miradorfintech.com",
                "Europe/Madrid",
                "Madrid",
                "Paseo de la Castellana 79, 28046 Madrid",
            ),
            (
                "Olivar Software",
                "olivarsoftware.es",
                "Europe/Madrid",
                "Valencia",
                "Carrer de Colón 60, 46004 Valencia",
            ),
        ],
    ),
    "pl": _pool(
        "pl",
        [
            ("Bursztyn Software", "bursztyn.pl", "Europe/Warsaw", "Kraków", "ul. Lubicz 23, 31-503 Kraków"),
            (
                "Kopernik Data",
                "kopernikdata.com",
                "Europe/Warsaw",
                "Warsaw",
                "ul. Prosta 51, 00-838 Warszawa",
            ),
            (
                "Tatra Systems",
                "tatrasystems.pl",
                "Europe/Warsaw",
                "Wrocław",
                "ul. Strzegomska 36, 53-611 Wrocław",
            ),
        ],
    ),
    "br": _pool(
        "br",
        [
            (
                "Ipê Tecnologia",
                "ipetec.com.br",
                "America/Sao_Paulo",
                "São Paulo",
                "Av. Brigadeiro Faria Lima, 3477, São Paulo - SP",
            ),
            (
                "Jabuticaba Pay",
                "jabuticabapay.com",
                "America/Sao_Paulo",
                "São Paulo",
                "Rua Fidêncio Ramos, 308, São Paulo - SP",
            ),
            (
                "Maré Digital",
                "maredigital.com.br",
                "America/Sao_Paulo",
                "Rio de Janeiro",
                "Rua da Assembleia, 10, Rio de Janeiro - RJ",
            ),
        ],
    ),
    "jp": _pool(
        "jp",
        [
            (
                "Kitsune Mobility K.K.",
                "kitsune-mobility.jp",
                "Asia/Tokyo",
                "Tokyo",
                "2-11-3 Meguro, Meguro-ku, Tokyo 153-0063",
            ),
            (
                "Hoshizora Commerce Inc.",
                "hoshizora.co.jp",
                "Asia/Tokyo",
                "Tokyo",
                "1-4-1 Nihonbashi, Chuo-ku, Tokyo 103-0027",
            ),
            (
                "Sakuragawa Electronics Co., Ltd.",
                "sakuragawa-el.co.jp",
                "Asia/Tokyo",
                "Osaka",
                "3-6-1 Umeda, Kita-ku, Osaka 530-0001",
            ),
        ],
    ),
    "cn": _pool(
        "cn",
        [
            (
                "Qingyun Technology",
                "qingyuntech.cn",
                "Asia/Shanghai",
                "Shenzhen",
                "Nanshan District, Shenzhen",
            ),
            ("Lanting Software", "lantingsoft.com", "Asia/Shanghai", "Hangzhou", "Xihu District, Hangzhou"),
            (
                "Jinhe Robotics",
                "jinherobotics.com",
                "Asia/Shanghai",
                "Suzhou",
                "Suzhou Industrial Park, Suzhou",
            ),
        ],
    ),
    "sg": _pool(
        "sg",
        [
            (
                "Merbau Logistics Pte Ltd",
                "merbau.com.sg",
                "Asia/Singapore",
                "Singapore",
                "8 Jurong Town Hall Road, #24-05, Singapore 609434",
            ),
            (
                "Tanjong Digital",
                "tanjongdigital.sg",
                "Asia/Singapore",
                "Singapore",
                "71 Robinson Road, #14-01, Singapore 068895",
            ),
            (
                "Lion Gate Fintech",
                "liongatefin.com",
                "Asia/Singapore",
                "Singapore",
                "1 George Street, #10-01, Singapore 049145",
            ),
        ],
    ),
    "ph": _pool(
        "ph",
        [
            (
                "ClearPath Contact Solutions",
                "clearpathcx.ph",
                "Asia/Manila",
                "Makati",
                "6th Floor, Ayala Tower One, Makati City",
            ),
            (
                "Bayanihan CX Inc.",
                "bayanihancx.com",
                "Asia/Manila",
                "Pasig",
                "15F Robinsons Equitable Tower, Ortigas Center, Pasig City",
            ),
            (
                "Pacific Summit Outsourcing",
                "pacificsummit.com.ph",
                "Asia/Manila",
                "Cebu",
                "Tower 2, Cebu IT Park, Lahug, Cebu City",
            ),
        ],
    ),
    "ng": _pool(
        "ng",
        [
            (
                "Oakline Energy Nigeria Ltd",
                "oaklineenergy.ng",
                "Africa/Lagos",
                "Lagos",
                "14B Adeola Odeku Street, Victoria Island, Lagos",
            ),
            (
                "Crestfield Microfinance Bank",
                "crestfieldmfb.com",
                "Africa/Lagos",
                "Abuja",
                "Plot 1103, Ahmadu Bello Way, Garki, Abuja",
            ),
            (
                "Sunhill Agro-Allied Ltd",
                "sunhillagro.com",
                "Africa/Lagos",
                "Ibadan",
                "7 Ring Road, Challenge, Ibadan, Oyo State",
            ),
        ],
    ),
    "ae": _pool(
        "ae",
        [
            ("Al Noor Grand Hotel", "alnoorgrand.ae", "Asia/Dubai", "Dubai", "Sheikh Zayed Road, Dubai"),
            (
                "The Saffron Palm Resort",
                "saffronpalm.com",
                "Asia/Dubai",
                "Ras Al Khaimah",
                "Al Marjan Island, Ras Al Khaimah",
            ),
            (
                "Marsa Bay Hotel & Residences",
                "marsabay.ae",
                "Asia/Dubai",
                "Abu Dhabi",
                "Corniche Road West, Abu Dhabi",
            ),
        ],
    ),
    "au": _pool(
        "au",
        [
            (
                "Wattlebird Health",
                "wattlebird.com.au",
                "Australia/Sydney",
                "Sydney",
                "Level 9, 60 Martin Place, Sydney NSW 2000",
            ),
            (
                "Coastline Credit",
                "coastlinecredit.com.au",
                "Australia/Sydney",
                "Sydney",
                "Level 3, 15 Blue Street, North Sydney NSW 2060",
            ),
            (
                "Gumleaf Analytics",
                "gumleaf.io",
                "Australia/Sydney",
                "Sydney",
                "Level 2, 1 Bligh Street, Sydney NSW 2000",
            ),
        ],
    ),
    "us_warehouse": _pool(
        "us",
        [
            (
                "Midwest Corrugated",
                "midwestcorrugated.com",
                CHI,
                "Elk Grove Village",
                "1850 Busse Rd, Elk Grove Village, IL 60007",
            ),
            (
                "Hollister Foods",
                "hollisterfoods.com",
                NY,
                "Allentown",
                "7470 Industrial Blvd, Allentown, PA 18106",
            ),
            (
                "Keystone Plastics",
                "keystoneplastics.com",
                NY,
                "Harrisburg",
                "4400 Industrial Park Rd, Harrisburg, PA 17110",
            ),
            (
                "Sagebrush Fulfillment",
                "sagebrushfulfillment.com",
                PHX,
                "Goodyear",
                "16701 W Commerce Dr, Goodyear, AZ 85338",
            ),
        ],
    ),
    "uk_hotel": _pool(
        "uk",
        [
            ("The Anchorage Hotel", "anchoragehotel.co.uk", LON, "Whitby", "West Cliff, Whitby YO21 3EN"),
            ("Pendower Bay Hotel", "pendowerbay.co.uk", LON, "Truro", "Ruan High Lanes, Truro TR2 5LW"),
            ("The Stag & Heron", "stagandheron.co.uk", LON, "Keswick", "Lake Road, Keswick CA12 5BZ"),
        ],
    ),
    "ngo": [
        Co(
            "Riverbank Community Trust",
            "riverbanktrust.org.uk",
            LON,
            "Sheffield",
            "The Old Mill, Neepsend Lane, Sheffield S3 8AU",
            "uk",
        ),
        Co(
            "Open Doors Refugee Network",
            "opendoorsnetwork.org",
            NY,
            "Baltimore",
            "1 N Charles St, Suite 400, Baltimore, MD 21201",
            "us",
        ),
        Co(
            "Greenway Food Alliance",
            "greenwayfood.org",
            CHI,
            "Detroit",
            "2727 Second Ave, Detroit, MI 48201",
            "us",
        ),
        Co(
            "Harbourside Youth Foundation",
            "harbourside.org.au",
            "Australia/Sydney",
            "Newcastle",
            "12 Hunter Street, Newcastle NSW 2300",
            "au",
        ),
    ],
    "consulting": [
        Co(
            "Larkspur & Vane",
            "larkspurvane.com",
            NY,
            "Boston",
            "200 Clarendon St, 45th Floor, Boston, MA 02116",
            "us",
        ),
        Co(
            "Meridian Hale Partners",
            "meridianhale.com",
            CHI,
            "Chicago",
            "71 S Wacker Dr, Suite 3200, Chicago, IL 60606",
            "us",
        ),
        Co(
            "Tollgate Strategy",
            "tollgatestrategy.com",
            LON,
            "London",
            "25 Old Broad Street, London EC2N 1HN",
            "uk",
        ),
    ],
    "media": _pool(
        "uk",
        [
            (
                "The Northern Courier",
                "northerncourier.co.uk",
                LON,
                "Newcastle",
                "Quayside House, Newcastle upon Tyne NE1 3DX",
            ),
            (
                "Wessex Daily Press",
                "wessexdaily.co.uk",
                LON,
                "Southampton",
                "45 Above Bar Street, Southampton SO14 7DZ",
            ),
            ("Harbourline Magazines", "harbourline.co.uk", LON, "London", "3 Shortlands, London W6 8PP"),
        ],
    ),
    "vn": _pool(
        "vn",
        [
            (
                "Sen Vang Software",
                "senvang.vn",
                "Asia/Ho_Chi_Minh",
                "Ho Chi Minh City",
                "Floor 8, 72 Le Thanh Ton, District 1, Ho Chi Minh City",
            ),
            (
                "Hoa Sen Digital",
                "hoasendigital.com",
                "Asia/Ho_Chi_Minh",
                "Hanoi",
                "Floor 12, 54 Lieu Giai, Ba Dinh, Hanoi",
            ),
        ],
    ),
}

ROLES: dict[str, list[str]] = corpuslib.lexicon("roles", "positive_long_tail", "ROLES")

CAND_FIRST = corpuslib.lexicon("people", "positive_long_tail", "CAND_FIRST")
CAND_LAST = corpuslib.lexicon("people", "positive_long_tail", "CAND_LAST")

PEOPLE: dict[str, tuple[list[str], list[str]]] = corpuslib.lexicon("people", "positive_long_tail", "PEOPLE")
REGION_PEOPLE = {"ie": "ie"}

TZ_GENERIC = {NY: "ET", CHI: "CT", DEN: "MT", PHX: "Arizona time", LA: "PT"}
TZ_ABBR = corpuslib.lexicon("places", "positive_long_tail", "TZ_ABBR")

PHONE_FMT = {
    "us": lambda r: (
        f"({r.choice(['312', '206', '512', '617', '303', '480', '415', '704'])}) 555-01{r.randrange(10, 100)}"
    ),
    "uk": lambda r: f"0{r.choice(['20 7946', '113 496', '117 496', '161 496'])} {r.randrange(1000, 10000)}",
    "ie": lambda r: (
        f"0{r.choice(['1', '91', '21', '45'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}"
    ),
    "in": lambda r: (
        f"+91 {r.choice(['98', '97', '99', '80', '70'])}{r.randrange(100, 1000)} {r.randrange(10000, 100000)}"
    ),
    "ph": lambda r: f"0917 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ng": lambda r: f"0803 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ae": lambda r: f"+971 4 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "sg": lambda r: f"+65 {r.choice(['6', '8', '9'])}{r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "au": lambda r: f"04{r.randrange(10, 100)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "br": lambda r: f"+55 11 9{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
    "de": lambda r: f"+49 {r.choice(['30', '40', '89'])} {r.randrange(1000000, 9999999)}",
    "es": lambda r: (
        f"+34 {r.choice(['91', '93', '96'])} {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
    ),
    "pl": lambda r: f"+48 {r.randrange(500, 800)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "jp": lambda r: f"+81 3-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
    "cn": lambda r: f"+86 {r.randrange(130, 190)} {r.randrange(1000, 10000)} {r.randrange(1000, 10000)}",
    "vn": lambda r: f"+84 {r.randrange(90, 99)} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
}

TZ_LONG = corpuslib.lexicon("places", "positive_long_tail", "TZ_LONG")
ZOOM_TZ = corpuslib.lexicon("places", "positive_long_tail", "ZOOM_TZ")

# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Fam(positive_common.Fam):
    xtz: str | tuple[str, ...] | None = None  # an extra zone the text converts the time to (x_ slots)
    link: str | None = None


FAMILIES: list[Fam] = []
F = positive_common.family_adder(FAMILIES, PREFIX, Fam)


# ---------------------------------------------------------------------------------------------------------
# Slot computation
# ---------------------------------------------------------------------------------------------------------

START = date(2026, 1, 12)


_ascii = positive_common.ascii_name


def _tzabbr(dt: datetime) -> str:
    return positive_common.tz_abbr(dt, TZ_ABBR)


def _words(dt: datetime) -> str:
    h, m = dt.hour, dt.minute
    if m == 0:
        return f"{HOURWORD[h % 12]} o'clock"
    if m == 15:
        return f"quarter past {HOURWORD[h % 12]}"
    if m == 30:
        return f"half past {HOURWORD[h % 12]}"
    if m == 45:
        return f"quarter to {HOURWORD[(h + 1) % 12]}"
    return "<no words>"


def _date_slots(p: str, dt: datetime) -> dict[str, str]:
    """Every way people write a date and a time; families pick the local habit."""
    h12 = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    mm = f":{dt.minute:02d}" if dt.minute else ""
    s = positive_common.date_slots(p, dt, _tzabbr(dt), TZ_GENERIC.get(str(dt.tzinfo), _tzabbr(dt)))
    s.update(
        {
            f"{p}tnoon": "noon" if (dt.hour, dt.minute) == (12, 0) else f"{h12}{mm}{ap}",
            f"{p}t24h": f"{dt.hour:02d}h{dt.minute:02d}",
            f"{p}twords": _words(dt),
        }
    )
    return s


def _variant(rng: random.Random, fam: Fam, used: dict[str, set[str]]) -> dict[str, Any]:
    def fresh(key: str, options: Sequence[Any]) -> Any:
        seen = used.setdefault(key, set())
        choices = [o for o in options if str(o) not in seen] or list(options)
        val = rng.choice(choices)
        seen.add(str(val))
        return val

    co: Co = fresh("co", COS[fam.pool])
    region = fam.people or co.region
    firsts, lasts = PEOPLE[region]
    idx = list(range(len(firsts)))
    ci = fresh("ci", idx)
    hi = fresh("hi", [i for i in idx if i != ci])
    pi = fresh("pi", [i for i in idx if i not in (ci, hi)])
    li = list(range(len(lasts)))
    cl = fresh("cl", li)
    hl = fresh("hl", [i for i in li if i != cl])
    pl = fresh("pl", [i for i in li if i not in (cl, hl)])

    def full(i: int, j: int) -> str:
        return f"{firsts[i]} {lasts[j]}".strip()

    cfirst, hmfirst, p3first = firsts[ci], firsts[hi], firsts[pi]
    cfull, hm, p3 = full(ci, cl), full(hi, hl), full(pi, pl)
    if region == "cn":  # Chinese names are written family name first and have no separate surname slot
        cfirst, hmfirst, p3first = cfull, hm, p3
    first = fresh("first", CAND_FIRST)
    last = fresh("last", CAND_LAST)
    role = fresh("role", ROLES[fam.role])

    stz = ZoneInfo(fam.stz or co.tz)
    itz = ZoneInfo(fam.itz or co.tz)
    for _ in range(1000):
        sd = START + timedelta(days=rng.randrange(0, 150))
        if sd.weekday() not in fam.send_days:
            continue
        iday = pick_day(rng, fam.when, fam.days, sd) if fam.when else sd + timedelta(days=rng.randint(5, 14))
        if iday is not None:
            break
    else:  # pragma: no cover - a family whose day rules cannot be met
        raise SystemExit(f"{fam.fid}: no send/interview day fits")
    h, m = rng.choice(fam.hours)
    istart = datetime(iday.year, iday.month, iday.day, h, m, tzinfo=itz)
    if fam.when == "today":
        latest = max(7, min(h - 2, 11))
        send = datetime(
            sd.year,
            sd.month,
            sd.day,
            rng.randint(7, latest),
            rng.randrange(60),
            rng.randrange(60),
            tzinfo=stz,
        )
    else:
        send = datetime(
            sd.year, sd.month, sd.day, rng.randint(7, 18), rng.randrange(60), rng.randrange(60), tzinfo=stz
        )
    if fam.when == "tomorrow" and send.astimezone(itz).date() != iday - timedelta(days=1):
        raise SystemExit(f"{fam.fid}: 'tomorrow' across zones")
    iend = istart + timedelta(minutes=fam.dur)
    # a second option, a deadline, a start date and a reply-by date, for families that mention them
    d2 = iday + timedelta(days=1)
    while d2.weekday() not in fam.days:
        d2 += timedelta(days=1)
    h2, m2 = rng.choice([x for x in fam.hours if x != (h, m)] or list(fam.hours))
    i2 = datetime(d2.year, d2.month, d2.day, h2, m2, tzinfo=itz)
    dl_day = sd + timedelta(days=rng.choice([3, 4, 5, 7]))
    dl = datetime(dl_day.year, dl_day.month, dl_day.day, 23, 59, tzinfo=stz)
    st_day = sd + timedelta(days=rng.randint(18, 45))
    while st_day.weekday() != 0:
        st_day += timedelta(days=1)
    stdt = datetime(st_day.year, st_day.month, st_day.day, 9, 0, tzinfo=stz)
    rb_day = sd + timedelta(days=rng.randint(2, 5))
    while rb_day.weekday() > 4:
        rb_day += timedelta(days=1)
    rb = datetime(rb_day.year, rb_day.month, rb_day.day, 17, 0, tzinfo=stz)

    cslug = co.domain.split(".")[0]
    rslug = f"{_ascii(cfirst)}.{_ascii(lasts[cl] or 'hr')}"
    links = meeting_links(rng, cslug, rslug, chime=True)
    phone = PHONE_FMT.get(region, PHONE_FMT["us"])(rng)
    s: dict[str, Any] = {
        "company": co.name,
        "dom": co.domain,
        "cslug": cslug,
        "city": co.city,
        "addr": co.addr,
        "role": role,
        "first": first,
        "last": last,
        "cand": f"{first} {last}",
        "candmail": f"{_ascii(first)}.{_ascii(last)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])}",
        "cfirst": cfirst,
        "cfull": cfull,
        "cemail": f"{rslug}@{co.domain}",
        "cslugname": rslug,
        "hmfirst": hmfirst,
        "hmlast": lasts[hl],
        "hm": hm,
        "hmslug": f"{_ascii(hmfirst)}-{cslug}",
        "cfirst_l": _ascii(cfirst),
        "hmemail": f"{_ascii(hmfirst)}.{_ascii(lasts[hl] or 'x')}@{co.domain}",
        "p3first": p3first,
        "p3": p3,
        "phone": phone,
        "ref": str(rng.randrange(100000, 999999)),
        "req": f"{rng.randrange(1000, 9999)}",
        "tok": rand_chars(rng, ALNUM, 20),
        "hex": rand_chars(rng, HEX, 24),
        "num4": str(rng.randrange(1000, 9999)),
        "num6": str(rng.randrange(100000, 999999)),
        "tokl": rand_chars(rng, LOW + string.digits, 16),
        "y1": str(istart.year + 1),
        "tzl": TZ_LONG.get(str(itz), str(itz)),
        "_b": i2,
        "_send": send,
        "_istart": istart,
        "_iend": iend,
        "_region": region,
        "_rng": rng,
    }
    s.update({f"link_{k}": v for k, v in links.items()})
    s.update(_date_slots("", istart))
    s.update({f"e_{k}": v for k, v in _date_slots("", iend).items()})
    s.update(_date_slots("b_", i2))
    s.update(_date_slots("dl_", dl))
    s.update(_date_slots("st_", stdt))
    s.update(_date_slots("rb_", rb))
    s.update(_date_slots("s_", send))
    if fam.xtz:
        zones = (fam.xtz,) if isinstance(fam.xtz, str) else fam.xtz
        xz = fresh("xtz", zones)
        s.update(_date_slots("x_", istart.astimezone(ZoneInfo(xz))))
        s["_xtz"] = xz
    for key, options in fam.pools.items():
        s[key] = fresh(f"pool:{key}", options)
    if fam.extra:
        s.update(fam.extra(rng, s))
    return s


ENT_NAMES = {"start": "interview_start", "link": "meeting_link", "location": "location"}
ENT_DEFAULT = {"company": "company", "role": "role", "contact": "cfull", "link": "link", "location": "addr"}


def expand(fam: Fam, rng: random.Random) -> list[corpuslib.Record]:
    return positive_common.expand(fam, rng, _variant, PREFIX, ENT_NAMES, ENT_DEFAULT)


# ---------------------------------------------------------------------------------------------------------
# Helpers for family-specific slots
# ---------------------------------------------------------------------------------------------------------


def _t12(dt: datetime) -> str:
    return _date_slots("", dt)["t12"]


def _agency(tld: str) -> Callable[[random.Random, dict[str, Any]], dict[str, Any]]:
    """Agency families pool the agency name; its domain and the recruiter's address follow from it."""

    def extra(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
        adom = f"{_ascii(s['agency'])}.{tld}"
        return {"adom": adom, "aemail": f"{s['cslugname']}@{adom}"}

    return extra


def _next_workday(d: datetime, n: int = 1) -> datetime:
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# ---------------------------------------------------------------------------------------------------------
# Interview invitations
# ---------------------------------------------------------------------------------------------------------


def _loop_table(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    t0: datetime = s["_istart"]
    marks = [0, 60, 60, 120, 120, 135, 135, 180, 180, 210]
    return {f"lt{i}": (t0 + timedelta(minutes=m)).strftime("%H:%M") for i, m in enumerate(marks)}


def _teams_ids(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    mid = " ".join(str(rng.randrange(100, 999)) for _ in range(4))
    return {
        "mid": mid,
        "pc": rand_chars(rng, ALNUM, 6),
        "pin": str(rng.randrange(100_000_000, 999_999_999)),
        "num3": str(rng.randrange(100, 999)),
    }


def _zoom_ids(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    zid = str(rng.randrange(81_000_000_000, 99_999_999_999))
    pcnum = str(rng.randrange(100000, 999999))
    t: datetime = s["_istart"]
    h12 = t.hour % 12 or 12
    return {
        "zid": f"{zid[:3]} {zid[3:7]} {zid[7:]}",
        "zidraw": zid,
        "pcnum": pcnum,
        "pc": rand_chars(rng, ALNUM, 6),
        "link_zoom": f"https://us06web.zoom.us/j/{zid}?pwd={rand_chars(rng, ALNUM, 32)}.1",
        "tzoom": f"{h12:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",
        "zoomtz": ZOOM_TZ.get(str(t.tzinfo), str(t.tzinfo)),
    }


def _three_options(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    b: datetime = s["_b"]
    c = _next_workday(b).replace(hour=rng.choice([9, 11, 14, 16]), minute=rng.choice([0, 30]))
    out = _date_slots("c_", c)
    out["b_e_t12"] = _t12(b + timedelta(minutes=45))
    out["c_e_t12"] = _t12(c + timedelta(minutes=45))
    return out


def _federal(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    grades = {
        "Management and Program Analyst": "GS-0343-12",
        "Hydrologist": "GS-1315-11",
        "IT Specialist (INFOSEC)": "GS-2210-13",
        "Budget Analyst": "GS-0560-11",
        "Contract Specialist": "GS-1102-12",
    }
    van = f"{rng.choice(['DE', 'MP', 'ST'])}-26-{rng.choice(['VA', 'GS', 'FA'])}-{rng.randrange(10000000, 99999999)}"
    return {"grade": grades[s["role"]], "van": van}


# ---------------------------------------------------------------------------------------------------------
# Assessments
# ---------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------------------


def _fed_offer(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    out = _federal(rng, s)
    out["sal"] = f"{rng.randrange(78, 132)},{rng.randrange(100, 999)}"
    return out


def _next_monday(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    d: datetime = s["_send"] + timedelta(days=1)
    while d.weekday() != 0:
        d += timedelta(days=1)
    return _date_slots("nm_", d)


def _inr(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    return {
        "ctc": f"{rng.randrange(6, 28)}.{rng.choice([0, 5])}",
        "jb": f"{rng.choice([50, 75, 100, 150])},000",
    }


def _prof(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    return {
        "sal": f"{rng.randrange(92, 148)},000",
        "startup": f"{rng.choice([250, 400, 650, 900])},000",
        "load": rng.choice(["three", "four"]),
    }


# ---------------------------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------------------------

DAYWORDS = ("today", "tomorrow", "tmrw")


def _mentions_time(start: datetime, hay: str) -> bool:
    """Independent check that the annotated start is written in the message: its day and its hour."""
    low = hay.lower()
    day_ok = (
        any(w in low for w in DAYWORDS)
        or any(
            re.search(rf"\b{re.escape(x)}\b", hay)
            for x in (start.strftime("%A"), start.strftime("%a"), DOWX[start.weekday()])
        )
        or re.search(rf"\b{start.day}(st|nd|rd|th)?\b", hay) is not None
    )
    h12 = start.hour % 12 or 12
    hour_forms = [
        rf"\b{h12}(:\d\d|\.\d\d)?\s?(am|pm|a\.m\.|p\.m\.|AM|PM)",
        rf"\b{start.hour:02d}[:h]?{start.minute:02d}\b",
        rf"\b{start.hour}:{start.minute:02d}\b",
        rf"\b{HOURWORD[h12 % 12]}\b",
        r"\bnoon\b",
        rf"\b{h12:02d}:{start.minute:02d} (AM|PM)",
        rf"quarter to {HOURWORD[(start.hour + 1) % 12]}\b",
        rf"\b{h12}(:{start.minute:02d})?\?",
        rf"\bat {h12}(:{start.minute:02d})?\b",
        rf"\b{h12}(:\d\d)?-",
    ]
    hour_ok = any(re.search(f, hay) for f in hour_forms)
    return day_ok and hour_ok


def _check(r: Mapping[str, Any]) -> list[str]:
    """What only this slice asks of a record, on top of corpuslib.validate_records."""
    rid = r["id"]
    hay = f"{r['sender']}\n{r['subject']}\n{r['text']}"
    problems: list[str] = []
    if "<no words>" in hay:
        problems.append(f"{rid}: unfilled slot")
    if not r["entities"]:
        problems.append(f"{rid}: no entities on a positive record")
    value = r["entities"].get("interview_start")
    if value is None:
        return problems
    try:
        start, sent = datetime.fromisoformat(value), datetime.fromisoformat(r["date"])
    except ValueError:
        return [*problems, f"{rid}: interview_start {value!r} or date does not parse"]
    if start.tzinfo is None or sent.tzinfo is None or not (sent < start <= sent + timedelta(days=30)):
        problems.append(f"{rid}: interview_start {value} not aware or not 0-30 days after {sent}")
    if not _mentions_time(start, hay):
        problems.append(f"{rid}: interview_start {value} is not visibly stated in the text")
    return problems


def validate(records: list[corpuslib.Record]) -> Counter[str]:
    return corpuslib.validate_records(records, PREFIX, min_families=TARGETS, check=_check)


def main() -> int:
    records, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_label_table(counts, TARGETS)
    positive_common.print_total(records, len(FAMILIES), OUT)
    return 0
