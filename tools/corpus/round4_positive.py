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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpuslib
import positive_common
from corpuslib import ALNUM, HEX, LOW, rand_chars
from positive_common import DOWX, HOURWORD, Co, meeting_links, pick_day
from positive_common import chain as _chain
from positive_common import split as _split

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

ROLES: dict[str, list[str]] = {
    "tech": [
        "Backend Engineer",
        "Senior Software Engineer",
        "Data Engineer",
        "Platform Engineer",
        "iOS Developer",
        "Machine Learning Engineer",
        "Site Reliability Engineer",
        "Full-Stack Engineer",
        "Security Engineer",
        "Data Scientist",
        "Engineering Manager",
        "QA Engineer",
        "Frontend Engineer",
        "Solutions Architect",
        "Analytics Engineer",
    ],
    "biz": [
        "Product Manager",
        "Account Executive",
        "Customer Success Manager",
        "Marketing Manager",
        "Operations Analyst",
        "Financial Analyst",
        "Business Analyst",
        "Product Designer",
        "Content Strategist",
        "Sales Development Representative",
        "Program Manager",
        "HR Business Partner",
        "Revenue Operations Analyst",
        "Growth Marketer",
    ],
    "startup": [
        "Founding Engineer",
        "Founding Designer",
        "Head of Growth",
        "Senior Backend Engineer",
        "Founding Account Executive",
        "Product Engineer",
        "Operations Lead",
    ],
    "in_it": [
        "Java Developer",
        "Python Developer",
        ".NET Developer",
        "SAP ABAP Consultant",
        "Test Engineer",
        "DevOps Engineer",
        "Salesforce Developer",
        "Data Analyst",
        "React JS Developer",
        "Business Analyst",
        "Power BI Developer",
        "Technical Support Engineer",
    ],
    "nurse_unit": [
        "Registered Nurse - Med/Surg|4 West Med-Surg",
        "RN - Labor & Delivery|the Birth Center",
        "ICU Registered Nurse|the Surgical ICU",
        "Charge Nurse - Oncology|5 North Oncology",
        "Pediatric RN|the Pediatric unit",
    ],
    "nurse": [
        "Registered Nurse - Med/Surg",
        "RN - Labor & Delivery",
        "ICU Registered Nurse",
        "Charge Nurse - Oncology",
        "Registered Nurse - Emergency Department",
        "Pediatric RN",
    ],
    "hourly": [
        "Cashier",
        "Stock Associate",
        "Line Cook",
        "Server",
        "Shift Supervisor",
        "Delivery Driver",
        "Customer Service Associate",
        "Barista",
        "Assistant Store Manager",
    ],
    "hosp": [
        "Front Office Agent",
        "Guest Relations Executive",
        "Commis Chef",
        "Housekeeping Supervisor",
        "F&B Supervisor",
        "Night Auditor",
        "Sous Chef",
    ],
    "ie_shop": [
        "Sales Assistant",
        "Weekend Sales Assistant",
        "Shop Assistant",
        "Retail Assistant (part-time)",
    ],
    "driver": [
        "CDL-A OTR Driver",
        "Regional Class A Driver",
        "Local CDL-B Delivery Driver",
        "Yard Jockey",
        "Diesel Technician",
    ],
    "defense": [
        "Systems Engineer III",
        "Cyber Security Analyst",
        "Embedded Software Engineer",
        "Program Analyst",
        "RF Engineer",
    ],
    "public_us": [
        "Management Analyst",
        "Research Analyst 3",
        "Program Specialist",
        "Administrative Services Coordinator",
        "Budget Analyst 2",
    ],
    "federal": [
        "Management and Program Analyst",
        "Hydrologist",
        "IT Specialist (INFOSEC)",
        "Budget Analyst",
        "Contract Specialist",
    ],
    "uk_nhs": [
        "Staff Nurse - Band 5",
        "Healthcare Assistant",
        "Band 6 Occupational Therapist",
        "Medical Secretary",
        "Ward Clerk",
        "Band 7 Clinical Nurse Specialist",
        "Pharmacy Technician",
    ],
    "uk_council": [
        "Planning Officer",
        "Housing Officer",
        "Environmental Health Officer",
        "Finance Business Partner",
        "Customer Services Advisor",
        "Waste Services Team Leader",
        "Licensing Officer",
    ],
    "uk_civil": [
        "Executive Officer",
        "Higher Executive Officer - Policy",
        "Senior Executive Officer - Data",
        "Administrative Officer",
        "Grade 7 Economist",
    ],
    "uk_uni": [
        "Lecturer in Computer Science",
        "Lecturer in Accounting",
        "Research Fellow in Epidemiology",
        "Senior Lecturer in Law",
        "Lecturer in Economics",
    ],
    "uk_school": [
        "Teacher of Mathematics",
        "Teacher of English",
        "Teacher of Science (Chemistry)",
        "Head of Geography",
        "Teacher of Computing",
    ],
    "legal": [
        "Trainee Solicitor",
        "Paralegal",
        "Legal Secretary",
        "Conveyancing Assistant",
        "Trainee Accountant",
    ],
    "uk_office": [
        "Finance Manager",
        "Data Analyst",
        "Office Manager",
        "Marketing Executive",
        "Management Accountant",
        "Software Developer",
        "Operations Coordinator",
        "Payroll Administrator",
    ],
    "acad": ["Postdoctoral Researcher", "Postdoctoral Fellow", "Research Associate", "Research Scientist"],
    "law_us": ["Summer Associate", "2027 Summer Associate"],
    "residency": [
        "Internal Medicine Residency",
        "Family Medicine Residency",
        "Pediatrics Residency",
        "Psychiatry Residency",
    ],
    "bpo": [
        "Customer Service Representative",
        "Technical Support Representative",
        "Healthcare Account Associate",
        "Team Leader - Collections",
        "Chat Support Associate",
    ],
    "intern": [
        "Software Engineering Intern",
        "Data Science Intern",
        "Product Management Intern",
        "Finance Intern",
        "Marketing Intern",
    ],
    "consulting": ["Associate Consultant", "Business Analyst", "Senior Associate"],
    "food": ["Line Cook", "Server", "Dishwasher", "Host", "Prep Cook", "Busser"],
    "warehouse": [
        "Forklift Operator",
        "Picker/Packer",
        "Machine Operator",
        "Warehouse Associate",
        "Shipping & Receiving Clerk",
    ],
    "design": [
        "Product Designer",
        "UX Designer",
        "Senior Brand Designer",
        "Content Designer",
        "Visual Designer",
    ],
    "ng": [
        "Relationship Officer",
        "Accountant",
        "Admin Officer",
        "Internal Auditor",
        "Sales Executive",
        "HR Officer",
    ],
    "sg": [
        "Logistics Executive",
        "Accounts Executive",
        "Software Engineer",
        "Admin Assistant",
        "Business Development Executive",
    ],
    "ngo": [
        "Programme Coordinator",
        "Volunteer Manager",
        "Fundraising Officer",
        "Community Outreach Worker",
        "Grants Manager",
    ],
    "grad": [
        "Technology Graduate Programme",
        "Finance Graduate Scheme",
        "Summer Internship Programme",
        "Risk Graduate Programme",
    ],
    "accounts": [
        "Accounts Assistant",
        "Purchase Ledger Clerk",
        "Credit Controller",
        "Payroll Administrator",
        "Accounts Payable Clerk",
    ],
    "clerical": [
        "Data Entry Clerk",
        "Medical Records Clerk",
        "Patient Access Representative",
        "Administrative Assistant",
        "Transcriptionist",
    ],
    "media": ["Sub-editor", "Digital Sub-editor", "Production Editor", "Copy Editor"],
    "prof": [
        "Assistant Professor of Computer Science",
        "Assistant Professor of Economics",
        "Assistant Professor of Chemistry",
        "Assistant Professor of Sociology",
    ],
}

CAND_FIRST = [
    "Farhan",
    "Inês",
    "Kofi",
    "Leilani",
    "Magdalena",
    "Rustam",
    "Chiamaka",
    "Björn",
    "Anh",
    "Tendai",
    "Malak",
    "Joaquín",
    "Yerlan",
    "Noor",
    "Ravi",
    "Camille",
    "Declan",
    "Aroha",
    "Eitan",
    "Svetlana",
    "Baraka",
    "Paulo",
    "Nadia",
    "Kenji",
    "Seo-yeon",
    "Marisol",
    "Graham",
    "Temitope",
    "Pooja",
    "Connor",
    "Lindiwe",
    "Valentina",
    "Haruto",
    "Mehmet",
    "Aoife",
    "Guadalupe",
    "Nkechi",
    "Rohan",
    "Sipho",
    "Ji-ho",
    "Chidi",
    "Ayşe",
    "Tariq",
    "Freya",
    "Bilal",
    "Rosa",
    "Dev",
    "Imani",
    "Kasia",
    "Oluwaseun",
]
CAND_LAST = [
    "Rahman",
    "Carvalho",
    "Mensah",
    "Kahale",
    "Nowak",
    "Karimov",
    "Obi",
    "Lindgren",
    "Nguyen",
    "Moyo",
    "Haddad",
    "Ibarra",
    "Seitkali",
    "Qureshi",
    "Menon",
    "Dubois",
    "Gallagher",
    "Ngata",
    "Levi",
    "Orlova",
    "Otieno",
    "Ferreira",
    "Aziz",
    "Watanabe",
    "Park",
    "Delgado",
    "McKenzie",
    "Adeyemi",
    "Sharma",
    "Byrne",
    "Dlamini",
    "Russo",
    "Sato",
    "Yıldız",
    "Kavanagh",
    "Torres",
    "Eze",
    "Kapoor",
    "Khumalo",
    "Cho",
]

PEOPLE: dict[str, tuple[list[str], list[str]]] = {
    "us": (
        [
            "Brianna",
            "Tyler",
            "Marisa",
            "Derek",
            "Kayla",
            "Jamal",
            "Whitney",
            "Cody",
            "Lauren",
            "Hector",
            "Courtney",
            "Trevor",
            "Shanice",
            "Grant",
            "Melissa",
            "Evan",
            "Dana",
            "Raul",
            "Kristen",
            "Darnell",
        ],
        [
            "Hollis",
            "Brennan",
            "Okafor",
            "Castillo",
            "Whitaker",
            "Yoon",
            "Fischer",
            "Dawson",
            "Pham",
            "Greer",
            "Lindqvist",
            "Alvarez",
            "Sutton",
            "Novak",
            "Bishop",
            "Reyes",
            "Carmichael",
            "Abbott",
            "Trinh",
            "Moreau",
        ],
    ),
    "uk": (
        [
            "Gemma",
            "Rhys",
            "Harriet",
            "Callum",
            "Priya",
            "Ewan",
            "Sinead",
            "Oliver",
            "Nadia",
            "Gareth",
            "Fiona",
            "Marcus",
            "Zara",
            "Alistair",
            "Bethan",
            "Tom",
            "Ayesha",
            "Hamish",
        ],
        [
            "Pritchard",
            "Oduya",
            "Fairweather",
            "Mistry",
            "Heald",
            "Ross",
            "Gill",
            "Ashworth",
            "Blackwood",
            "Cartwright",
            "Lamb",
            "Chaudhry",
            "Rowntree",
            "Bevan",
            "Doyle",
            "Whitlock",
            "McAllister",
        ],
    ),
    "ie": (
        ["Siobhán", "Ciarán", "Niamh", "Pádraig", "Orla", "Eoin", "Gráinne", "Colm"],
        ["Ó Briain", "Kennedy", "Fitzgerald", "Moran", "Hegarty", "Keane", "Daly", "Cullen"],
    ),
    "in": (
        [
            "Swati",
            "Karthik",
            "Deepika",
            "Manoj",
            "Sneha",
            "Venkatesh",
            "Shalini",
            "Rajesh",
            "Pallavi",
            "Arvind",
            "Harini",
            "Sandeep",
            "Divya",
            "Prakash",
            "Meghana",
            "Nitin",
        ],
        [
            "Kulkarni",
            "Reddy",
            "Iyer",
            "Srinivasan",
            "Deshmukh",
            "Nair",
            "Banerjee",
            "Chauhan",
            "Rao",
            "Joshi",
            "Pillai",
            "Agarwal",
            "Menon",
            "Bhatt",
            "Krishnan",
            "Gupta",
        ],
    ),
    "de": (
        ["Katrin", "Matthias", "Jana", "Florian", "Anke", "Tobias"],
        ["Brandt", "Wagner", "Köhler", "Hartmann", "Vogel", "Schulte"],
    ),
    "es": (
        ["Lucía", "Javier", "Marta", "Álvaro", "Nuria", "Sergio"],
        ["Navarro", "Romero", "Gil", "Serrano", "Ortega", "Castaño"],
    ),
    "pl": (
        ["Agnieszka", "Paweł", "Marta", "Krzysztof", "Joanna", "Tomasz"],
        ["Wiśniewska", "Kowalczyk", "Zielińska", "Lewandowski", "Mazur", "Wójcik"],
    ),
    "br": (
        ["Juliana", "Rafael", "Camila", "Thiago", "Larissa", "Bruno"],
        ["Souza", "Oliveira", "Lima", "Barbosa", "Ribeiro", "Almeida"],
    ),
    "jp": (
        ["Yuka", "Takeshi", "Aiko", "Daisuke", "Mariko", "Kenta"],
        ["Tanaka", "Suzuki", "Yamamoto", "Kobayashi", "Nakamura", "Ito"],
    ),
    "cn": (["Li Na", "Wang Hao", "Chen Jing", "Zhang Wei", "Liu Yang", "Zhao Min"], ["", "", "", "", "", ""]),
    "sg": (
        ["Siti", "Jun Wei", "Priscilla", "Darren", "Hui Min", "Ravi"],
        ["Tan", "Lim", "Ong", "Abdullah", "Chua", "Pillai"],
    ),
    "ph": (
        ["Maricel", "Jerome", "Kristine", "Angelo", "Rowena", "Paolo"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Garcia"],
    ),
    "ng": (
        ["Adaeze", "Babatunde", "Ngozi", "Emeka", "Funmilayo", "Ibrahim"],
        ["Okonkwo", "Adebayo", "Nwosu", "Bello", "Ogunleye", "Musa"],
    ),
    "ae": (
        ["Rania", "Faisal", "Maria", "Anil", "Leila", "Omar"],
        ["Haddad", "Al Mansoori", "Fernandes", "Menon", "Saleh", "Khoury"],
    ),
    "au": (
        ["Bronwyn", "Lachlan", "Tahnee", "Mitch", "Kirra", "Hamish"],
        ["Nguyen", "O'Brien", "Kowalski", "Fraser", "Papadopoulos", "Walsh"],
    ),
    "vn": (
        ["Linh", "Minh", "Thao", "Quang", "Huong", "Tuan"],
        ["Nguyen", "Tran", "Le", "Pham", "Vo", "Dang"],
    ),
}
REGION_PEOPLE = {"ie": "ie"}

TZ_GENERIC = {NY: "ET", CHI: "CT", DEN: "MT", PHX: "Arizona time", LA: "PT"}
TZ_ABBR = {
    "Asia/Dubai": "GST",
    "Asia/Singapore": "SGT",
    "Asia/Manila": "PHT",
    "Asia/Kolkata": "IST",
    "Africa/Lagos": "WAT",
    "Asia/Shanghai": "CST",
    "Asia/Tokyo": "JST",
    "America/Sao_Paulo": "BRT",
    "Asia/Ho_Chi_Minh": "ICT",
}

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

TZ_LONG = {
    NY: "Eastern Time - US & Canada",
    CHI: "Central Time - US & Canada",
    DEN: "Mountain Time - US & Canada",
    PHX: "Mountain Time - Arizona",
    LA: "Pacific Time - US & Canada",
    LON: "United Kingdom Time",
    DUB: "Ireland Time",
    "Asia/Kolkata": "India Standard Time",
    "Europe/Berlin": "Central European Time",
    "Australia/Sydney": "Australian Eastern Time",
}
ZOOM_TZ = {
    NY: "Eastern Time (US and Canada)",
    CHI: "Central Time (US and Canada)",
    DEN: "Mountain Time (US and Canada)",
    PHX: "Arizona",
    LA: "Pacific Time (US and Canada)",
}

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

# text-speak, startup recruiter, no concrete time
F(
    "inw-001",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "hey!",
    """
hey {first}! got 15 mins {dow3}? saw ur application for the {role} role come thru and wanna pick ur brain a bit 🙂 anytime after 11 my time ({tzg}) works. lmk!

{cfirst}
{company}
""",
    when="dow",
)

# SMS forwarded to email by Google Voice, "today at 4:30"
F(
    "inw-002",
    "us_hourly",
    "hourly",
    '"{phone}" <1{smsdigits}.{tokl}@txt.voice.google.com>',
    "New text message from {phone}",
    """
{phone}
Hi {first} this is {cfirst} w/ {company} hiring. We got ur application for {role}. Can u do a quick phone interview today at {t12}? If not reply w a better time. Thx!

YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
To respond to this text message, reply to this email or visit Google Voice.
You received this message because you're a Google Voice user. If you don't want to receive messages to this address, change your notification settings.
Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
""",
    ents="company role",
    when="today",
    start=True,
    hours=((16, 30), (15, 0), (13, 30), (14, 15)),
    extra=lambda rng, s: {
        "smsdigits": re.sub(r"\D", "", s["phone"]) + str(rng.randrange(1000000000, 9999999999))
    },
)

# founder one-liner replying to the application mail
F(
    "inw-003",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "Re: {role} @ {company}",
    """
Loved the bit in your note about {hook}. Free for 20 min {dow}?

— {cfirst}

Sent from my iPhone
""",
    when="dow",
    pools={
        "hook": [
            "rebuilding the billing pipeline at your last job",
            "shipping the offline mode on your own",
            "running support yourself for a year",
            "why you left consulting",
            "the side project with the receipt scanner",
        ]
    },
)

# hiring manager one-liner, tomorrow 9:15
F(
    "inw-004",
    "uk_firm",
    "uk_office",
    "{hm} <{hmemail}>",
    "{role}",
    """
{first} - can you talk at {h12} tomorrow? I'll call you on the number on your CV.

{hmfirst}

Sent from my iPhone
""",
    ents="role contact=hm",
    when="tomorrow",
    start=True,
    hours=((9, 15), (8, 45), (10, 30), (11, 15)),
)

# thread reply: "Thanks for sending this over - can we talk Friday?"
F(
    "inw-005",
    "us_tech",
    "design",
    "{cfull} <{cemail}>",
    "Re: Application - {role} ({first} {last})",
    """
Hi {first},

Thanks for sending this over - the work samples are exactly what I was hoping to see.

Can we talk {dow}? I'm free 10-12 and again after 3 ({tzg}). Whatever's easiest for you, just tell me a time and I'll send an invite.

Best,
{cfirst}

--
{cfull} | Head of Design | {company}
""",
    when="dow",
)

# UK small firm, slow reply, "the 21st at half past two"
F(
    "inw-006",
    "uk_firm",
    "uk_office",
    "{cfull} <{cemail}>",
    "RE: Application - {role}",
    """
Dear {first},

Apologies for the slow reply - your CV ended up in our shared inbox and I've only just found it. The short answer is yes, we'd very much like to talk to you about the {role} job.

Are you around on {dow} the {dord} at {twords}? It would be at our office in {city} and would take about an hour - myself and {hmfirst}, who runs the accounts side. Tea and biscuits provided, nothing fancy.

If that day is no good, let me know what is.

Kind regards,

{cfull}
Director
{company}
{addr}
Tel: {phone}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((14, 30), (10, 30), (15, 15), (11, 0)),
)

# NHS Jobs system notice: shortlisted, book a slot
F(
    "inw-007",
    "uk_nhs",
    "uk_nhs",
    "NHS Jobs <no-reply@jobs.nhs.uk>",
    "Shortlisting outcome for {role} - {nhsref}",
    """
Dear {first} {last}

Job reference: {nhsref}
Job title: {role}
Employer: {company}

Congratulations, you have been shortlisted for interview for this job.

Interviews for this post will be held on {uky}. Please sign in to your NHS Jobs account to view the available interview slots and book the one that suits you. Slots are allocated on a first come, first served basis so please book as soon as you can.

If none of the slots are suitable, or you need any reasonable adjustments for the interview, contact the recruiting manager:
{hm}
{hmemail}

Please do not reply to this email, as this mailbox is not monitored.

NHS Jobs
""",
    ents="company role contact=hm",
    when="date",
    headers={"Auto-Submitted": "auto-generated"},
    extra=lambda rng, s: {
        "nhsref": f"{rng.randrange(100, 999)}-{s['cslug'][:3].upper()}-{rng.randrange(1000, 9999)}-{rng.choice('ABC')}"
    },
)

# council letter: "I should be grateful if you would attend for interview on ... at ..."
F(
    "inw-008",
    "uk_council",
    "uk_council",
    "{company} Recruitment <recruitment@{dom}>",
    "Interview - {role} - Post ref {coref}",
    """
Dear {first} {last}

Post: {role}
Ref: {coref}

Thank you for your application for the above post. I am pleased to inform you that you have been shortlisted, and I should be grateful if you would attend for interview on {ukord} at {t12dotc} at {addr}. Please report to main reception, where you will be met.

The interview panel will consist of:
  {hm}, Service Manager
  {p3}, Team Leader
  A representative from Human Resources

The selection process will include a short written exercise (30 minutes) followed by a panel interview of approximately 45 minutes.

Please bring with you original documents proving your right to work in the UK (e.g. passport, or birth certificate together with your National Insurance number), as well as proof of any qualifications listed as essential in the person specification. We are unable to proceed with your application without these.

Please confirm by reply to this email whether or not you will be attending. If you require any reasonable adjustments to enable you to attend, please let us know in advance.

Yours sincerely

{cfull}
HR Advisor (Recruitment)
{company}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 30), (10, 45), (13, 15), (14, 0)),
    extra=lambda rng, s: {"coref": f"{s['cslug'][:2].upper()}{rng.randrange(1000, 9999)}"},
)

# Civil Service sift result, w/c date, book via account
F(
    "inw-009",
    "uk_civil",
    "uk_civil",
    "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
    "{company} - {role} - Sift result - {ref}",
    """
Dear {first} {last},

Vacancy: {ref} - {role}
Department: {company}

Thank you for your application. We are pleased to tell you that you have been successful at the sift stage and we would like to invite you to the next stage of the process.

The interview will assess the following Success Profiles elements:
  Behaviours: Delivering at Pace, Working Together, Making Effective Decisions
  Strengths: these will not be shared in advance

Interviews are expected to take place during the w/c {d} {mon} and will be held by video (Microsoft Teams). You will also be asked to give a 5 minute presentation; the topic will be sent to you 48 hours before your interview.

To book your interview slot, please sign in to your Civil Service Jobs account and select "Book interview" from the vacancy page. Please do this by {rb_dow} {rb_d} {rb_mon}.

If you require a reasonable adjustment for the interview, please contact the vacancy holder.

Kind regards,
{company} Recruitment Team

This is an automated email, please do not reply.
""",
    ents="company role",
    when="date",
    days=(0,),
    headers={"Auto-Submitted": "auto-generated"},
)

# UK university selection day, timetable to follow
F(
    "inw-010",
    "uk_uni",
    "uk_uni",
    "{cfull} <{cslugname}@{dom}>",
    "{role} - ref {ref} - next steps",
    """
Dear Dr {last},

I am writing on behalf of the appointing committee for the post of {role} to let you know that you have been shortlisted, and to invite you to the selection day on {uky}.

The day will include:
 - a 20-minute presentation to members of the School on "{topic}", followed by 10 minutes of questions;
 - a meeting with current students;
 - a formal interview with the appointing committee, chaired by {hm} (Head of School).

A detailed timetable will be sent to you nearer the time. The presentation and interview will be held on campus; reasonable travel and, if needed, overnight accommodation expenses will be reimbursed in line with University policy.

Could you please confirm by {rb_dow} {rb_d} {rb_mon} whether you are able to attend, and let me know of any access requirements or adjustments we can make.

With best wishes,

{cfull}
Recruitment Officer, Human Resources
{company}
""",
    when="date",
    pools={
        "topic": [
            "Your research plans for the next five years",
            "How you would design a first-year module in your subject",
            "Bringing research into the undergraduate classroom",
        ]
    },
)

# US state agency: reply within 48 business hours with availability
F(
    "inw-011",
    "us_state",
    "public_us",
    "{cfull} <{cslugname}@{dom}>",
    "Interview Request - {role} - Recruitment #{req}-{num4}",
    """
Hello {first},

Thank you for your interest in the {role} position with the {company}. After review of the application materials, you have been selected to move forward to the interview stage.

Interviews will be conducted via Microsoft Teams on {us} and {b_us}. Please respond to this email within 48 business hours with your availability on those dates so that we can schedule a 60-minute interview with the panel.

Please note:
- If you need a reasonable accommodation for the interview process, please let me know.
- Veterans who have not already done so may submit a DD-214 to receive veterans' preference.
- Candidates selected for hire must pass a background check.

Thank you,

{cfull}
Recruitment Consultant | Human Resources
{company}
{phone}
""",
    when="date",
)

# Indian virtual walk-in drive with the CTC/ECTC details block
F(
    "inw-012",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Virtual Walk-in Drive | {role} | {dow} {dord} {mon} | {company}",
    """
Dear Candidate,

Greetings from {company}!!

We are glad to inform that your profile is shortlisted for our Virtual Walk-in Drive for the position of {role}.

Drive details:
Date : {dord} {mon} {y} ({dow})
Time : 10:00 AM to 3:00 PM
Mode : Virtual (MS Teams link will be shared after confirmation)
Experience : {exp}
Notice period : Immediate to 30 days only

Kindly revert back with the below details along with your updated resume to confirm your slot:

Full Name :
Contact Number :
Total Experience :
Relevant Experience in {role} :
Current CTC :
Expected CTC :
Notice Period (if serving, LWD) :
Current Location :
Preferred Location :
Available for F2F if required (Y/N) :

Note: Candidates who have attended interview with {company} in last 6 months need not apply.

Thanks & Regards,
{cfull}
Talent Acquisition Team
{company}
{phone}
""",
    when="date",
    days=(5,),
    pools={"exp": ["3 - 6 years", "2 - 5 yrs", "5+ yrs", "4 to 8 years"]},
)

# Indian staffing firm: client round scheduled, kindly acknowledge
F(
    "inw-013",
    "in_staffing",
    "in_it",
    "{cfull} <{cemail}>",
    "Client Interview - {client} - {role} - {first} {last}",
    """
Hi {first},

As discussed telephonically, your profile has been shortlisted by our client {client} and your L2 round (client round) is scheduled as below:

Date: {dmy} ({dow})
Time: {t12c} IST
Mode: MS Teams (link below)
Interviewer: {hm} (Delivery Manager)

{link_teams}

Kindly take note of below points:
1. Join 10 mins prior and keep your camera ON throughout.
2. Be in a quiet place with good internet connectivity.
3. Dress code: Formals.
4. Keep your Aadhaar/PAN handy for identity verification.

Kindly acknowledge this mail at the earliest. For any issue reach me on {phone}.

Thanks & Regards
{cfull}
Sr. Recruiter | {company}
""",
    ents="company=client role contact link=link_teams",
    when="dow",
    start=True,
    hours=((11, 0), (15, 30), (12, 30), (16, 0)),
    pools={
        "client": [
            "Tejas Infosystems",
            "Pragati Digital Services",
            "Nirmaan Fintech Ltd",
            "Aarohan Analytics",
        ]
    },
)

# industrial staffing agency: interview + site tour, text me back
F(
    "inw-014",
    "us_warehouse",
    "warehouse",
    "{cfull} <{aemail}>",
    "{company} interview + site tour",
    """
Hi {first}, it's {cfirst} at {agency}.

Good news - {company} want to see you for the {role} assignment! Can you go in for a quick interview and site tour on {dow} at {t12}? Ask for {hmfirst} at the gatehouse, they'll walk you round.

- Address: {addr}
- Wear closed toe shoes (steel toes not needed for the tour)
- Bring your ID and your SS card or passport for the I-9 in case they offer on the spot
- Pay is ${pay}/hr, {shift}

Text me back at {phone} to confirm or if you need a different time. Don't be late, they're strict on that!

{cfirst}
{agency} | {city} branch
""",
    ents="company role contact location",
    when="dow",
    start=True,
    hours=((10, 0), (9, 0), (13, 30), (14, 0)),
    pools={
        "agency": ["Randstad", "Express Employment Professionals", "PeopleReady", "Staffmark"],
        "pay": ["18.50", "19.25", "21.00", "17.75"],
        "shift": ["2nd shift 3pm-11:30pm", "days Mon-Fri 6am-2:30pm", "4x10s, Sun-Wed"],
    },
    extra=_agency("com"),
)

# agency, terse: "They liked it. 2nd stage Friday 11am w/ CFO"
F(
    "inw-015",
    "uk_firm",
    "accounts",
    "{cfull} <{aemail}>",
    "RE: Your CV - {role}",
    """
They liked it. 2nd stage {dow} {t12} w/ {hmfirst} (CFO) + {p3first} from the team, in person at {addr}. 45 mins, competency based, no presentation.

OK to confirm? I'll send a prep pack tonight.

{cfirst}

{cfull} | Senior Consultant, Finance & Accounting
{agency}
M: {phone}
""",
    ents="role contact location",
    when="dow",
    start=True,
    hours=((11, 0), (9, 30), (14, 0), (16, 30)),
    pools={
        "agency": [
            "Saffron Search",
            "Harlow Kemp Recruitment",
            "Marlowe Finance Partners",
            "Brightwater Search",
        ]
    },
    extra=_agency("co.uk"),
)

# GoodTime availability request
F(
    "inw-016",
    "us_tech",
    "tech",
    "{cfull} via GoodTime <notifications@goodtime.io>",
    "{company}: please share your availability",
    """
Hi {first},

{company} would like to schedule your upcoming interview and needs your availability.

Interview: {stagename} - {role}
Duration: {durtxt}
Format: {fmt}

Please share all the times you are available between {us3} and {b_us3}. The more availability you share, the faster we can confirm your schedule - we recommend at least {minh} hours across a few days.

[ Submit Availability ]
https://app.goodtime.io/availability/{tok}

Times are shown in your local time zone, which we detected as {tzl}. You can change it on the availability page.

Questions? Reply to this email to reach {cfull}.

Powered by GoodTime
""",
    when="date",
    pools={
        "stagename": [
            "Virtual Onsite",
            "Final Round Loop",
            "Technical Interviews (Round 2)",
            "Team Interviews",
        ],
        "durtxt": ["4 hours (with breaks)", "3 x 45 minutes", "2 hours 30 minutes"],
        "fmt": ["Video (Zoom)", "Video (Google Meet)", "On-site"],
        "minh": ["6", "8", "10"],
    },
)

# ModernLoop: one proposed time with Accept / Request a different time
F(
    "inw-017",
    "us_tech",
    "tech",
    "{company} Recruiting <noreply@modernloop.io>",
    "Interview request: {stage} with {company}",
    """
Hi {first},

{company} would like to schedule the following interview for the {role} position:

{stage}
{us3} · {t12c} – {e_t12c} {tz}
with {hm}, {hmtitle}
Google Meet (link will be added once you accept)

[ Accept ]   [ Request a different time ]
https://candidate.modernloop.io/r/{tok}

If this time doesn't work, choose "Request a different time" and share a few alternatives - {cfull} from our recruiting team will follow up.

Sent by ModernLoop on behalf of {company}
""",
    when="dow",
    start=True,
    hours=((10, 0), (13, 30), (15, 0), (11, 15)),
    pools={
        "stage": ["Hiring Manager Screen", "Technical Screen", "Team Lead Conversation"],
        "hmtitle": ["Engineering Manager", "Director of Engineering", "Head of Data"],
    },
)

# Paradox-style chatbot: tap to pick a time or text SCHEDULE
F(
    "inw-018",
    "us_hourly",
    "hourly",
    "{bot} from {company} <{bot_l}@paradox.ai>",
    "Next steps for your {company} application",
    """
Hi {first}! 👋

It's {bot}, the hiring assistant for {company}. Great news - the team at our {city} store reviewed your application for {role} and wants to meet you! 🎉

Tap below to pick an interview time that works for you:
https://{cslug}.paradox.ai/co/{tok}

Prefer texting? Text SCHEDULE to {shortcode} and I'll send you the open times.

Interviews take about 20 minutes and happen in person at the store. Please bring a photo ID.

Talk soon!
{bot}

Msg & data rates may apply. Reply STOP to unsubscribe.
""",
    ents="company role",
    headers={"List-Unsubscribe": "<https://paradox.ai/unsubscribe/{tokl}>"},
    pools={"bot": ["Olivia", "Mia", "Zoe"], "shortcode": ["(833) 555-0142", "72466", "(888) 555-0117"]},
    extra=lambda rng, s: {"bot_l": s["bot"].lower()},
)

# Ashby availability request with a note from the recruiter on top
F(
    "inw-019",
    "us_tech",
    "tech",
    "{cfull} <no-reply@ashbyhq.com>",
    "Share your availability: {company} - {role}",
    """
Message from {cfull}:
"Hey {first} - excited for this one! The loop is 4 conversations (~3.5 hrs total). Mornings Pacific are easiest for the team, but we'll make anything work. Shout if you have questions."

{company} is requesting your availability for {stage}.

Please select all times you're available over the next two weeks, in blocks of at least 30 minutes.

Submit availability → https://app.ashbyhq.com/candidate-availability/{hex}

Your time zone: {tzl}

—
Sent via Ashby on behalf of {company}. Reply to this email to contact {cfirst} directly.
""",
    pools={"stage": ["Virtual Onsite", "Final Interviews", "Onsite Loop"]},
)

# never says "interview": "the team would love to continue the conversation"
F(
    "inw-020",
    "us_tech",
    "biz",
    "{cfull} <{cemail}>",
    "Following up from yesterday",
    """
Hi {first},

Thanks again for making time yesterday - I really enjoyed hearing about {hook}.

I shared my notes with {hmfirst}, who's leading the {role} hire, and the team would love to continue the conversation. Would you have an hour on {dow} or {b_dow} to meet {hmfirst} and {p3first}? They'd like to dig into how you approach {topic}, and of course answer anything you want to ask them.

Send me whatever works and I'll get it on everyone's calendar.

Warmly,
{cfirst}

{cfull}
Talent Partner, {company}
""",
    when="dow",
    pools={
        "hook": [
            "the pricing overhaul you led",
            "how you rebuilt onboarding from scratch",
            "your time running the Denver launch",
        ],
        "topic": [
            "messy, ambiguous projects",
            "working with engineering on tradeoffs",
            "building a plan from a blank page",
        ],
    },
)

# "next step is a conversation with X, our VP" - in Lisbon, two time zones
F(
    "inw-021",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "next step",
    """
Hi {first},

Quick update: everyone who's met you so far is a yes, so the next step is a conversation with {hm}, our VP of {dept}. It's the last one before we talk specifics.

{hmfirst} is in Lisbon this week, so I'm thinking {dow} at {x_t12} Lisbon time / {t12} yours ({tzg}). Does that work? It's 45 minutes on Zoom; {hmfirst} will mostly want to hear how you'd approach your first 90 days as our {role}.

If that's tough, let me know and I'll find another slot.

{cfirst}
""",
    ents="role contact",
    when="dow",
    start=True,
    xtz="Europe/Lisbon",
    hours=((9, 0), (10, 0), (8, 30), (11, 0)),
    pools={"dept": ["Engineering", "Product", "Customer Success", "Marketing"]},
    people="us",
)

# "pick a slot here" one-liner
F(
    "inw-022",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "{role}",
    """
Hi {first} - next step is a chat with {hm} (our CTO). Pick a slot here: https://cal.com/{hmslug}/30min

Thanks!
{cfirst}
""",
    ents="role contact",
)


def _loop_table(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    t0: datetime = s["_istart"]
    marks = [0, 60, 60, 120, 120, 135, 135, 180, 180, 210]
    return {f"lt{i}": (t0 + timedelta(minutes=m)).strftime("%H:%M") for i, m in enumerate(marks)}


# final round table, 24-hour times, German company
F(
    "inw-023",
    "de",
    "tech",
    "{cfull} <{cemail}>",
    "Final round on {ddot} - schedule",
    """
Hi {first},

as promised, here is the plan for your final round for the {role} position on {dow}, {ddot}. Everything happens in one Google Meet room, you can stay in the call between the sessions: {link_meet}

Time ({tz})     | Session                              | With
{lt0} - {lt1}   | System design                        | {hm}
{lt2} - {lt3}   | Coding (pair programming, Python/Go) | {p3}
{lt4} - {lt5}   | Break                                | -
{lt6} - {lt7}   | Team & values                        | {cfull} + 1 team member
{lt8} - {lt9}   | Your questions to our CTO            | {cto}

Please confirm that the slot still works for you. If you need a longer break in between, just tell me, this is no problem.

Best regards
{cfirst}

{cfull}
Talent Acquisition | {company}
{addr}
""",
    ents="company role contact link=link_meet",
    when="date",
    start=True,
    hours=((9, 30), (10, 0), (13, 0), (9, 0)),
    pools={"cto": ["Dr. Henrik Lange", "Sabine Krüger", "Jörg Baumann"]},
    extra=_loop_table,
)


def _teams_ids(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    mid = " ".join(str(rng.randrange(100, 999)) for _ in range(4))
    return {
        "mid": mid,
        "pc": rand_chars(rng, ALNUM, 6),
        "pin": str(rng.randrange(100_000_000, 999_999_999)),
        "num3": str(rng.randrange(100, 999)),
    }


# Outlook/Teams calendar invite carrying a proposed time (.ics)
F(
    "inw-024",
    "us_tech",
    "biz",
    "{cfull} <{cemail}>",
    "{company} | {role} | Interview - {first} {last}",
    """
Hi {first},

Sending over a placeholder for {dow} at {t12} {tzg} - {hm} will join from the {city} office. If the time doesn't work, just decline and propose a new one and I'll move it.

Thanks,
{cfirst}

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{link_teams}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 872-555-0{num3},,{pin}#   United States, Chicago
Phone Conference ID: {pin}#
Find a local number<https://dialin.teams.microsoft.com/> | Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
""",
    ents="company role contact link=link_teams",
    when="dow",
    start=True,
    dur=45,
    hours=((10, 0), (14, 30), (11, 0), (16, 0)),
    ics={
        "summary": "{company} | {role} | Interview - {first} {last}",
        "location": "Microsoft Teams Meeting",
        "url": "{link_teams}",
    },
    extra=_teams_ids,
)


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


# Zoom "is inviting you to a scheduled Zoom meeting" text, with .ics
F(
    "inw-025",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "{first} <> {company} | {role} | Hiring Manager",
    """
{cfull} is inviting you to a scheduled Zoom meeting.

Topic: {first} <> {company} | {role} | Hiring Manager
Time: {mon3} {d}, {y} {tzoom} {zoomtz}

Join Zoom Meeting
{link_zoom}

Meeting ID: {zid}
Passcode: {pc}

---

One tap mobile
+16694449171,,{zidraw}#,,,,*{pcnum}# US
+16469313860,,{zidraw}#,,,,*{pcnum}# US

Hi {first} - above is the link for your conversation with {hmfirst}. If the time is a problem just let me know and we'll move it. Talk soon!
""",
    ents="company role contact link=link_zoom",
    when="date",
    start=True,
    dur=30,
    hours=((15, 0), (9, 30), (12, 0), (13, 45)),
    ics={
        "summary": "{first} <> {company} | {role} | Hiring Manager",
        "location": "{link_zoom}",
        "url": "{link_zoom}",
    },
    extra=_zoom_ids,
)

# Brazilian recruiter, Portuguese greeting, "14h00 (Brasília time)"
F(
    "inw-026",
    "br",
    "tech",
    "{cfull} <{cemail}>",
    "Processo seletivo {company} - {role}",
    """
Olá {first}, tudo bem?

Sorry, switching to English since you mentioned you're more comfortable with it :)

Thank you for applying to the {role} position at {company}! Your profile called our attention and we would like to schedule a conversation with {hmfirst}, our tech lead, and me. It is about 40 minutes, by Google Meet.

Could it be on {dow}, {dm}, at {t24h} (Brasília time)? If not, please send me 2 or 3 options of days and hours that are good for you.

Abraços,
{cfull}
Tech Recruiter | {company}
{phone}
""",
    when="dow",
    start=True,
    hours=((14, 0), (10, 0), (16, 30), (11, 0)),
)

# "Tues 4/14, 3-3:45pm PT"
F(
    "inw-027",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "{role} - HM chat",
    """
Hey {first},

{hmfirst} can do {dowx} {md}, {h12}-{e_t12} {tzg} for the hiring manager chat. {hmfirst} is the EM for the {team} team and would be your manager.

Work for you? If so I'll send the invite with a Zoom link.

- {cfirst}
""",
    ents="role contact",
    when="dow",
    start=True,
    hours=((15, 0), (10, 0), (13, 30), (11, 0)),
    pools={"team": ["Payments", "Ingestion", "Identity", "Search", "Developer Platform"]},
)

# Irish shop: "Saturday morning, quarter to ten"
F(
    "inw-028",
    "ie_shop",
    "ie_shop",
    "{cfull} <{cfirst_l}@{dom}>",
    "Your CV",
    """
Hi {first},

Thanks for dropping in your CV for the {role} job, sorry it took me a while to get back to you, it's been mad busy.

Would you be able to call in to the shop on {dow} morning, {twords}, before we open? It'd just be a chat with myself and {hmfirst} for 15-20 minutes, nothing formal. We're at {addr}, come to the side door.

If that doesn't suit give me a ring on {phone}.

Thanks a million,
{cfirst}
{company}
""",
    ents="company role contact location",
    when="dow",
    start=True,
    days=(5,),
    hours=((9, 45), (9, 15), (9, 30)),
)

# invite buried in benefits blurb and legal footer
F(
    "inw-029",
    "us_tech",
    "biz",
    "{cfull} <{cemail}>",
    "{company} - {role} - Next Steps",
    """
Hello {first},

Thank you for applying for the {role} position (Req #{req}) at {company}. I'm a member of the Talent Acquisition team supporting this requisition, and after reviewing your background I'd like to invite you to a 30-minute phone conversation to discuss your experience, your interest in the role, and the next steps in our process.

Please reply with three dates and times over the next week that work for you, including your time zone, and I will send a calendar invitation.

In the meantime, here is a little more about what it's like to work at {company}:

WHY {company_UP}?
• Medical, dental and vision coverage starting on day one
• 401(k) with 100% match on the first 6% of pay, vested immediately
• 20 days PTO plus 11 paid holidays and your birthday off
• 16 weeks paid parental leave for all parents
• $1,500 annual learning & development stipend
• Hybrid schedule: 3 days in office, 2 days remote

Learn more about our culture: https://careers.{dom}/life

Best regards,

{cfull}
Senior Talent Acquisition Partner
{company}
{phone}

{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. If you need a reasonable accommodation during the application process, please contact accommodations@{dom}.

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
)

# Japanese company, non-native English, "April 14 (Tue) 10:00-11:00 JST"
F(
    "inw-030",
    "jp",
    "tech",
    "{cfull} <{cemail}>",
    "[{company}] Result of document screening and 1st interview",
    """
Dear {first} {last}-san,

Thank you very much for your application to {company} and for your interest in our company.

We are happy to inform you that you have passed the document screening for {role} position. We would like to invite you for 1st interview as below.

Date: {mon} {d} ({dow3}) {t24}-{e_t24} JST
Style: Online (Zoom). URL will be sent to you one day before.
Interviewer: {hm} (Manager, Development Department), {cfull} (HR)
Language: English and some Japanese

Could you please reply whether this date is convenient for you by {rb_mon} {rb_d}? If it is difficult, please tell us some possible dates.

We are looking forward to talking with you.

Best regards,

{cfull}
Human Resources Department
{company}
""",
    when="date",
    start=True,
    dur=60,
    hours=((10, 0), (16, 0), (11, 0), (14, 0)),
)

# Chinese company, non-native, "Wednesday 9pm Beijing time (9am your time)"
F(
    "inw-031",
    "cn",
    "tech",
    "{cfull} <{cemail}>",
    "Interview arrangement for {role}",
    """
Dear {first},

Thanks for your interested in our {role} position. After review your resume, our team leader {hm} want to talk with you about the details.

Are you convenient for a video call on {x_dow} {x_t12} Beijing time? It should be {dow} {t12} in your time ({tz}) if I calculate correct. The call is about 1 hour by Zoom, we will send link after your confirm.

Please reply me as soon as possible. If this time not ok for you, please tell me which time you are available.

Best wishes,
{cfull}
HR Department
{company}
""",
    when="dow",
    start=True,
    itz=NY,
    xtz="Asia/Shanghai",
    hours=((8, 30), (9, 0), (9, 30)),
)

# "unfortunately Monday is full, could you do Wednesday?"
F(
    "inw-032",
    "uk_firm",
    "uk_office",
    "{cfull} <{cemail}>",
    "RE: Interview availability - {role}",
    """
Hi {first},

Thanks for sending your availability through so quickly.

Unfortunately {hmfirst}'s Monday has filled up since we last spoke (one of those weeks!) - could you do {dow} at {t12} instead? Same format as we discussed: 45 minutes on Teams with {hmfirst} and {p3first}, mostly competency questions plus a bit about your current projects.

If {dow} doesn't work either, I'll go back to {hmfirst} for more options.

Many thanks,
{cfull}
Talent Acquisition Coordinator
{company}
""",
    when="dow",
    start=True,
    send_days=(3, 4),
    days=(1, 2, 3),
    hours=((11, 0), (14, 0), (9, 30), (15, 30)),
)

# mentions an earlier rejection for another role, invites for this one
F(
    "inw-033",
    "us_tech",
    "biz",
    "{cfull} <{cemail}>",
    "A different role - would love to talk",
    """
Hi {first},

You may remember we spoke last spring about the {oldrole} opening. Unfortunately we went with an internal candidate in the end, and I know that was disappointing - for what it's worth, it was a really close call.

I'm writing because your application for our {role} role landed on my desk this week, and honestly I think it's an even better fit. {hmfirst}, who'd be your manager, read your resume and asked me to set up time.

Would you be open to a 30-minute call with {hmfirst} sometime next week? Send over a few windows that work and I'll take care of the rest.

Best,
{cfull}
Recruiting | {company}
""",
    pools={
        "oldrole": [
            "Senior Program Manager",
            "Marketing Lead",
            "Business Operations Manager",
            "Strategy Associate",
        ]
    },
)

# "we won't be moving forward with ... that said ... would Friday at 1pm ET work?"
F(
    "inw-034",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Your application - {company}",
    """
Hi {first},

Thank you for your patience while we reviewed applications for the {oldrole} position. After a lot of discussion we won't be moving forward with your application for that role - the team is looking for someone with more experience leading {area} projects at scale.

That said, {hmfirst} was genuinely impressed by your background and thinks you'd be a strong fit for our {role} opening, which sits on the same team. If you're interested, we'd love to set up a 30-minute call to talk about it. Would {dow} at {t12} {tzg} work?

No need to reapply - I can move your application over if you'd like to be considered.

Best regards,
{cfull}
Talent Acquisition | {company}
""",
    when="dow",
    start=True,
    hours=((13, 0), (11, 0), (15, 30), (10, 0)),
    pools={
        "pair": [
            "Staff Data Engineer|Senior Data Engineer|data platform",
            "Principal Engineer|Senior Software Engineer|distributed systems",
            "Engineering Manager|Senior Backend Engineer|cross-team",
            "Lead Security Engineer|Security Engineer|security",
        ]
    },
    extra=_split("pair", "oldrole", "role", "area"),
)

# US hospital nurse recruiter, "0730"
F(
    "inw-035",
    "us_hospital",
    "nurse_unit",
    "{cfull} <{cemail}>",
    "{role} interview",
    """
Hi {first},

I'm the nurse recruiter for {company}. Thanks for applying to the {role} position! {hm}, the nurse manager on {unit}, reviewed your application and would like to interview you.

Are you available {dowx} {md} at {tmil}? {hmfirst} likes to do interviews around shift change, so it would be a 30-minute in-person interview on the unit followed by a quick shadow with one of our charge nurses. Park in the visitor garage and I'll meet you in the main lobby.

If that doesn't work with your current schedule, just let me know what days you're off and we'll work around it.

Thank you,
{cfull}, BSN, RN
Nurse Recruiter, Talent Acquisition
{company}
{phone}
""",
    when="date",
    start=True,
    hours=((7, 30), (7, 0), (14, 0), (13, 30)),
    extra=_split("role", "role", "unit"),
)

# defense contractor, "1400 EST", NLT COB
F(
    "inw-036",
    "us_defense",
    "defense",
    "{cfull} <{cemail}>",
    "Interview Request - {role} - Req {req} (TS/SCI)",
    """
{first},

Thank you for your interest. The hiring manager for {role} (Req {req}) has reviewed your resume and would like to conduct a technical interview.

Proposed: {d} {mon3} {y}, {tmil} {tz} via MS Teams (60 min)
Panel: {hm} (Program Manager), {p3} (Chief Engineer)

Please confirm via reply NLT COB {rb_dow}. Note that this position requires an active TS/SCI with CI poly; we will verify clearance status through DISS prior to the interview, so please confirm your clearance level and investigation date in your response.

V/r,
{cfull}
Senior Technical Recruiter
{company}
{phone}
""",
    when="date",
    start=True,
    hours=((14, 0), (9, 30), (10, 0), (13, 0)),
)

# diner owner's helper, lowercase, "thurs at 5"
F(
    "inw-037",
    "us_food",
    "food",
    "{cfull} <{cfirst_l}.{cslug}@gmail.com>",
    "re: {role} job",
    """
hiya {first}! thanks for dropping ur resume off. can u come in {dowx} at {h12} for a chat w/ {hmfirst} (owner) about the {role} job? shouldnt take more than 20 min. wear whatever, just come to the back door by the kitchen

{cfirst}
{company}
""",
    when="dow",
    start=True,
    hours=((15, 0), (16, 0), (17, 0), (14, 30)),
)

# seaside hotel, "pop in around 10ish" (approximate: no start)
F(
    "inw-038",
    "uk_hotel",
    "hosp",
    "{cfull} <{cfirst_l}@{dom}>",
    "Re: {role} - from Indeed",
    """
Hi {first}

Thanks for getting back to me. Are you about tomorrow? If so pop in around 10ish and ask at reception for me or {hmfirst}, our head of housekeeping. It'll only be a quick chat and a look round, bring your CV if you've got a printed one.

If tomorrow's no good then {b_dow} is fine too, any time after 2.

Cheers
{cfirst}
Ops Manager
{company}
""",
    when="tomorrow",
    n=2,
)

# startup founder: next round in person, lunch after
F(
    "inw-039",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "next one in person?",
    """
Hey {first} —

{p3first} and I compared notes after your call about the {role} role and we're both excited. We'd love to do the next round in person if you can swing it: come by the office {dow}, meet the rest of the crew (all {crew} of us), and we'll grab lunch after. No whiteboard hazing, promise - just a real problem we're stuck on that we'd like to talk through with you.

We're at {addr}. Does {dow} work? Any time after 11.

{cfirst}
Co-founder & CEO, {company}
""",
    ents="company role contact location",
    when="dow",
    pools={"crew": ["six", "nine", "eleven"]},
)

# Indeed interview request with a concrete time and accept buttons
F(
    "inw-040",
    "us_hourly",
    "hourly",
    "Indeed <invitationstointerview@indeed.com>",
    "Respond to {company}'s interview request",
    """
{company} would like to interview you for {role}

Hi {first},

{company} has requested an interview with you.

Interview details
Format: Phone call
Date: {us3}, {y}
Time: {t12c} {tz} (15 min)
With: {cfull}

{cfull} will call you at the phone number on your Indeed profile.

[Accept]  [Suggest a new time]  [Decline]
https://www.indeed.com/interviews/respond?id={hex}

Message from the employer:
"Hi {first}, thanks for applying! Looking forward to chatting about the role."

You're receiving this email because you applied to a job on Indeed.
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
""",
    when="dow",
    start=True,
    hours=((10, 0), (11, 30), (14, 0), (15, 45)),
    headers={"List-Unsubscribe": "<https://www.indeed.com/unsubscribe?t={tokl}>"},
)

# hiring manager after a double-opt-in intro: "moving you to bcc"
F(
    "inw-041",
    "us_tech",
    "tech",
    "{hm} <{hmemail}>",
    "Re: Intro: {first} {last} <> {hmfirst} ({company})",
    """
Thanks {cfirst} (moving you to bcc to spare your inbox).

{first} - great to e-meet. I read through your resume and the writeup you did on {hook}, and I'd love to find 30 minutes to talk about the {role} role and what my team is working on.

How's {dowx} {md} at {t12a} {tzg}? If that's no good, send a couple of alternatives and we'll make it work.

Best,
{hmfirst}

{hm}
Director, {dept} | {company}
""",
    ents="company role contact=hm",
    when="date",
    start=True,
    hours=((10, 30), (13, 0), (16, 0), (9, 0)),
    pools={
        "hook": [
            "migrating off Kafka",
            "your on-call rotation redesign",
            "the feature store you open-sourced",
        ],
        "dept": ["Platform Engineering", "Data Infrastructure", "Applied ML"],
    },
)

# old-fashioned partner's letter: "come and see me at these offices ... at eleven o'clock"
F(
    "inw-042",
    "uk_solicitor",
    "legal",
    "{cfull} <{cemail}>",
    "Your letter of application",
    """
Dear {first} {last}

Thank you for your recent letter and CV, which I have read with interest.

I should be glad if you would come and see me at these offices on {dow} {dord} {mon} at {twords}, when we can discuss the position of {role} and your application more generally. I expect the meeting to last about an hour and you will also have the opportunity to meet one or two of my colleagues.

Please let my secretary, {cfull}, know on {phone} or by reply to this email if that time is inconvenient.

Yours sincerely

{hm}
Partner
{company}
{addr}

Sent on behalf of {hm} by {cfull}, Secretary to the Partners
""",
    ents="company role contact=hm location",
    when="date",
    start=True,
    hours=((11, 0), (10, 0), (14, 30), (15, 0)),
)

# PI looking for a postdoc: "Could we have a Zoom chat?"
F(
    "inw-043",
    "us_uni",
    "acad",
    "{hm} <{hmslug_u}@{dom}>",
    "Re: {role} position - {hmlast} lab",
    """
Dear {first},

Thank you for your interest in the postdoc position in my lab, and sorry for the slow reply - grant season.

I read your research statement with interest; your work on {topic} is very relevant to what we are starting next year. Could we have a Zoom chat so I can tell you more about the project and hear about your plans? I'm free most afternoons next week, so suggest a couple of times that suit you (I'm on {tzg}).

Best wishes,
{hm}

--
{hm}, PhD
Associate Professor, Department of {dept}
{company}
""",
    ents="company role contact=hm",
    pools={
        "topic": [
            "single-cell chromatin accessibility",
            "causal inference with missing data",
            "battery degradation modelling",
            "coral reef microbiomes",
        ],
        "dept": ["Biology", "Statistics", "Chemical Engineering", "Earth Sciences"],
    },
    extra=lambda rng, s: {"hmslug_u": _ascii(s["hmlast"])},
)

# UK school: "The day will begin at 8.30am"
F(
    "inw-044",
    "uk_school",
    "uk_school",
    "{cfull} <{cslugname}@{dom}>",
    "Interview - {role} - {uk}",
    """
Dear {first}

Thank you for your application for the post of {role} at {company}. I am delighted to invite you to interview on {uky}.

The day will begin at {t12dotc} with a welcome from the Headteacher, {hm}, followed by a tour of the school led by students. You will then be asked to teach a 30-minute lesson to a Year {yr} class; details of the class and topic are attached. There will also be a student panel, and the day will end with a formal interview. We expect the day to finish by approximately 3.30pm.

Please bring with you your passport or birth certificate, your original degree and teaching qualification certificates, and proof of address, for our safer recruitment checks.

I would be grateful if you could confirm your attendance by return, and let us know if you will need a projector or any particular resources for the lesson.

Kind regards

{cfull}
PA to the Headteacher
{company}
{addr}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((8, 30), (8, 45), (9, 0)),
    pools={"yr": ["8", "9", "10", "12"]},
)

# Workstream-style text-first invite: reply C to confirm
F(
    "inw-045",
    "us_hourly",
    "hourly",
    "{company} Hiring <notifications@workstream.us>",
    "{company}: you're invited to interview",
    """
Hi {first}! {hmfirst} at {company} ({city}) would like to interview you for {role} 🙌

📅 {us3} at {t12c}
📍 {addr}
⏱ About 20 minutes, in person. Ask for {hmfirst} at the front register.

Reply C to confirm, R to reschedule, or N if you're no longer interested.

- Sent via Workstream. Reply STOP to opt out.
""",
    ents="company role location",
    when="dow",
    start=True,
    hours=((11, 0), (15, 30), (10, 0), (14, 0)),
)

# small charity, Doodle poll with trustees
F(
    "inw-046",
    "ngo",
    "ngo",
    "{cfull} <{cfirst_l}@{dom}>",
    "Your application to {company}",
    """
Dear {first},

Thank you so much for applying to be our {role}. We had over 80 applications for this post, which is humbling for a small charity like ours, and we really appreciated the care you put into yours - particularly what you wrote about {hook}.

We'd love to invite you to the next stage: a conversation with two of our trustees and me. It will be relaxed and last about 45 minutes, and we'll share the questions 15 minutes beforehand so you have time to think.

As our trustees are all volunteers with day jobs, we're using a Doodle poll to find times. Could you tick every slot you could make here: https://doodle.com/meeting/participate/id/{tokl}

If none of them work, please don't worry - just reply and tell us.

With warm wishes,
{cfull}
Director
{company}
""",
    pools={
        "hook": [
            "running the tenants' association",
            "your year volunteering at the food bank",
            "working with people who don't trust institutions",
        ]
    },
)

# recruiter forwards the hiring manager's "yes let's meet" with a proposed time
F(
    "inw-047",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "FW: {first} {last} - {role}",
    """
Hi {first} - see below, {hmfirst} would like to meet you! Can you do {dow} at {t12}? It'd be 45 min on Zoom. I'll send the invite as soon as you confirm.

{cfirst}
{cfull} | Recruiting Coordinator | {company}

-----Original Message-----
From: {hm} <{hmemail}>
Sent: {s_dow}, {s_mon} {s_d}, {s_y}
To: {cfull} <{cemail}>
Subject: RE: {first} {last} - {role}

Yes - strong profile, the {hook} stuff is exactly what we need. Let's get {first} in this week or next. I'm flexible {dow} afternoon.

{hmfirst}
""",
    when="dow",
    start=True,
    hours=((13, 0), (14, 30), (15, 0), (16, 0)),
    pools={"hook": ["observability", "Terraform", "streaming", "mobile release"]},
)

# Spanish company, non-native, "Is possible on Tuesday at 17:00 (Madrid time)?"
F(
    "inw-048",
    "es",
    "tech",
    "{cfull} <{cemail}>",
    "Segunda entrevista / Second interview - {role}",
    """
Hola {first},

Thank you for the interview of last week, we were very happy with the conversation. We want to continue with you in the process for {role}.

The next step is a second interview with our CTO {hm} and one person of the team. Is possible on {dow} at {t24} (Madrid time)? It will be in our office in {addr}, we prefer in person because it is the last step, but if you are not in Spain we can do it by video.

Please confirm me and I will send you the invitation.

Un saludo,
{cfull}
People & Culture
{company}
""",
    when="dow",
    start=True,
    hours=((17, 0), (10, 30), (12, 0), (16, 0)),
)

# hiring manager's two-word reply from a phone
F(
    "inw-049",
    "us_tech",
    "biz",
    "{hm} <{hmemail}>",
    "Re: Re: {role} - {first} {last}",
    """
Yes. {dowx} {h12}? I'll send an invite.

{hmfirst}

Sent from my iPhone
""",
    ents="role contact=hm",
    when="dow",
    start=True,
    hours=((11, 0), (10, 0), (9, 30)),
)

# Sydney recruiter, US candidate: "Unfortunately ... would 7:30am Thursday (your time, ET) be doable?"
F(
    "inw-050",
    "au",
    "tech",
    "{cfull} <{cemail}>",
    "Interview with {hmfirst} - timing",
    """
Hi {first},

Great news - {hmfirst} would like to interview you for the {role} role.

Unfortunately {hmfirst} is based here in Sydney, so the only real overlap with the US east coast is early morning for you / evening for us. Would {t12a} on {dow} (your time, {tzg}) be doable? That's {x_t12a} {x_dow} our time. It's a 45-minute video call on Teams.

If that's too early, let me know and I'll see what else {hmfirst} can move.

Cheers,
{cfull}
Talent Acquisition | {company}
""",
    when="dow",
    start=True,
    itz=NY,
    xtz="Australia/Sydney",
    hours=((7, 30), (8, 0), (6, 30)),
)

# ALL CAPS trucking company
F(
    "inw-051",
    "us_trucking",
    "driver",
    "{company} Driver Recruiting <recruiting@{dom}>",
    "INTERVIEW - {role_UP} - {company_UP}",
    """
{first_UP},

THANK YOU FOR APPLYING WITH {company_UP}. WE WOULD LIKE YOU TO COME IN FOR AN INTERVIEW AND ROAD TEST ON {dow_UP} {md} AT {t12c}.

PLEASE BRING:
- CDL AND DOT MEDICAL CARD
- LAST 3 YEARS EMPLOYMENT HISTORY
- SOCIAL SECURITY CARD

LOCATION: {addr_UP}. PARK IN THE GRAVEL LOT AND COME TO THE DISPATCH WINDOW.

PLEASE CALL OR TEXT {phone} TO CONFIRM. IF YOU CANNOT MAKE IT LET US KNOW.

{cfull_UP}
DRIVER RECRUITING
{company_UP}
""",
    ents="company role=role_UP contact=cfull_UP location=addr_UP",
    when="dow",
    start=True,
    hours=((10, 0), (8, 0), (13, 0), (9, 30)),
)

# Gulf hotel: "14:00 hrs (GST, UAE time)", Sunday-Thursday week
F(
    "inw-052",
    "ae",
    "hosp",
    "{company} Talent Acquisition <careers@{dom}>",
    "Interview Schedule: {role} | {company}",
    """
Dear {first},

Greetings from {company}!

With reference to your application for the position of {role}, we are pleased to invite you for an online interview with our {hmtitle}, {hm}, as per the below details:

Date: {dow}, {d} {mon} {y}
Time: {t24} hrs (GST, UAE time)
Platform: Zoom - {link_zoom}
Duration: approx. 30 minutes

Kindly ensure that you join from a quiet place with a stable internet connection, and keep a copy of your passport and updated CV ready. Grooming standards apply for video interviews as well.

Please confirm your availability by replying to this email at the earliest.

Warm regards,

{cfull}
Talent Acquisition Executive
{company}
{addr}
T: {phone}
""",
    ents="company role contact link=link_zoom",
    when="date",
    start=True,
    days=(6, 0, 1, 2, 3),
    send_days=(6, 0, 1, 2, 3),
    hours=((14, 0), (11, 0), (16, 30), (10, 0)),
    pools={"hmtitle": ["Director of Rooms", "Executive Chef", "Front Office Manager", "Director of F&B"]},
)

# Philippine BPO final interview, "Thank you and God bless!"
F(
    "inw-053",
    "ph",
    "bpo",
    "{company} Recruitment <recruitment@{dom}>",
    "Final Interview - {role} | {company}",
    """
Good day, {first}!

Congratulations! You have passed the initial assessment and interview for the {role} position ({acct} account).

You are now invited for your FINAL INTERVIEW with our Operations Manager:

Date: {mon} {d}, {y} ({dow})
Time: {t12c} (Philippine time)
Platform: Zoom
Meeting link: {link_zoom}

Reminders:
* Please log in 10 minutes before your schedule.
* Wear business casual attire and make sure your camera is ON.
* Use a laptop or desktop with headset if possible.
* Prepare 2 valid IDs.

Kindly reply CONFIRM to this email to secure your slot. Failure to confirm within 24 hours may forfeit your schedule.

Thank you and God bless!

{cfull}
Recruitment Specialist
{company}
""",
    ents="company role contact link=link_zoom",
    when="dow",
    start=True,
    hours=((10, 0), (14, 0), (9, 0), (15, 30)),
    pools={"acct": ["Healthcare", "Telco", "Financial Services", "E-commerce"]},
)

# Nigerian formal: "Sequel to your application ... 10:00 AM prompt"
F(
    "inw-054",
    "ng",
    "ng",
    "{cfull} <{cemail}>",
    "Re: Application for the post of {role}",
    """
Dear {first} {last},

Sequel to your application for the position of {role}, we are pleased to inform you that you have been shortlisted for an oral interview.

You are hereby invited for the interview scheduled as follows:

Date: {dow}, {dord} {mon}, {y}
Time: {t12c} prompt
Venue: {addr}

Please come along with the originals and photocopies of your credentials, a valid means of identification and two recent passport photographs. Candidates are advised to be punctual as latecomers will not be attended to.

Kindly acknowledge receipt of this mail and confirm your attendance.

Yours faithfully,
For: {company}

{cfull}
Head, Human Resources
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((10, 0), (9, 0), (11, 0), (12, 0)),
)

# head of design: "Rather than a formal interview, let's walk through your portfolio"
F(
    "inw-055",
    "uk_firm",
    "design",
    "{hm} <{hmemail}>",
    "your portfolio",
    """
Hi {first},

Got your application for the {role} role through our careers page - I'm the head of design at {company}, so it came straight to me.

Rather than a formal interview, I'd like to start by walking through a couple of your portfolio projects together - the {proj} one especially. Just you, me and maybe {p3first} from the team, 45 minutes or so.

Would {dow} afternoon suit? Send me a time and I'll fire over a Meet link.

{hmfirst}
""",
    ents="company role contact=hm",
    when="dow",
    pools={"proj": ["banking app onboarding", "council website redesign", "festival wayfinding", "checkout"]},
)


def _three_options(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    b: datetime = s["_b"]
    c = _next_workday(b).replace(hour=rng.choice([9, 11, 14, 16]), minute=rng.choice([0, 30]))
    out = _date_slots("c_", c)
    out["b_e_t12"] = _t12(b + timedelta(minutes=45))
    out["c_e_t12"] = _t12(c + timedelta(minutes=45))
    return out


# lettered options A/B/C (several times: no start)
F(
    "inw-056",
    "us_tech",
    "biz",
    "{cfull} <{cemail}>",
    "{role}: time options for round 2",
    """
Hi {first},

Thanks for your patience! Here are the options the panel can do for round 2 (all times {tzg}):

  A) {dowx} {md}, {t12}-{e_t12}
  B) {b_dowx} {b_md}, {b_t12}-{b_e_t12}
  C) {c_dowx} {c_md}, {c_t12}-{c_e_t12}

Just reply with A, B or C. If none of these work, send me a couple of windows and I'll go back to the team.

Thanks!
{cfirst}
Recruiting Coordinator, {company}
""",
    when="date",
    hours=((10, 0), (13, 0), (15, 30), (11, 30)),
    extra=_three_options,
)

# salary question answered, then "are you free at noon on Friday?"
F(
    "inw-057",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Re: Quick question about the {role} role",
    """
Hi {first},

Good question, and I'd rather be upfront: the base range for this role is {range}, plus equity and our standard benefits. Where you land depends on level, which we figure out through the interviews.

If that works for you, let's get you in front of {hmfirst}, our {hmtitle}. Are you free at {tnoon} on {dow}? It'd be 30 minutes on Google Meet, pretty conversational.

Best,
{cfull}
{company}
""",
    when="dow",
    start=True,
    hours=((12, 0), (12, 0), (11, 30), (16, 0)),
    pools={
        "range": ["$150k-$175k", "$135,000 - $160,000", "$170-195K"],
        "hmtitle": ["VP of Engineering", "Head of Platform", "Engineering Director"],
    },
)

# voicemail transcription emailed to the candidate
F(
    "inw-058",
    "us_tech",
    "biz",
    "YouMail <voicemail@youmail.com>",
    "New voicemail from {phone}",
    """
You have a new voicemail from {phone} (Unknown caller)
Length: 0:{secs}
Received: {s_us3} at {s_t12c}

Transcription:
"Hi, this message is for {first}. {first}, this is {cfirst} calling from {company}, um, about the {role} position you applied for. We'd love to, uh, set up an interview with you with our hiring manager. If you could give me a call back at {phone} whenever you get a chance, or just reply to the email I sent, uh, we'll get something on the calendar. Thanks so much, bye."

Play message: https://www.youmail.com/vm/{tok}

Transcription accuracy may vary. Manage your settings at youmail.com.
""",
    ents="company role",
    pools={"secs": ["38", "41", "52", "47"]},
)

# long context mail; the invite is one paragraph in the middle with a Calendly link
F(
    "inw-059",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "{role} at {company} - some context before we talk",
    """
Hi {first},

Thanks for applying! Before anything else I wanted to give you the real picture of this role, since job descriptions never quite do.

The team
Eight engineers, one EM ({hm}) and a PM. Split between {city} and remote (US time zones only). The team owns everything from the ingestion API to the customer-facing dashboards, so you'd touch a bit of everything.

The work
Most of the next year is about moving our batch jobs to streaming and cutting our p95 latency in half. There's some legacy Python 2 left that nobody is proud of.

Comp
The range for this level is {range} base plus equity. We're remote-friendly but ask people near {city} to come in on Tuesdays.

Process
1. A 30-minute call with me
2. Technical conversation with {hmfirst} (no leetcode)
3. Virtual onsite: system design, pairing, and a values chat
4. References and offer

Next step: a 30-min call with me to talk all of this through and answer your questions. I've got openings {dow} and {b_dow} - reply with what works, or grab a time directly here: https://calendly.com/{cslugname}-{cslug}/30min

Looking forward to it,
{cfull}
Technical Recruiter, {company}
""",
    when="dow",
    pools={"range": ["$155k-$185k", "$140k-$170k", "$165k-$200k"]},
)


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


# federal HR: referred to the selecting official, send three 45-minute slots
F(
    "inw-060",
    "us_federal",
    "federal",
    "{cfull} <{cemail}>",
    "Interview Request - Vacancy Announcement {van}",
    """
Good morning {first},

You have been referred to the selecting official for the position of {role}, {grade}, under Vacancy Announcement {van}, and the selecting official would like to interview you.

Interviews will be conducted by telephone with a panel of three between {us} and {b_us}. Each interview will last approximately 45 minutes and will consist of structured questions based on the competencies listed in the announcement.

Please reply to this email by {rb_t12c} {rb_tzg} on {rb_us} with three 45-minute time slots during that window when you are available, and the best phone number to reach you.

Please note that an interview does not guarantee selection. If you are no longer interested in the position, please let me know so we can update your status in USA Staffing.

Respectfully,

{cfull}
Human Resources Specialist (Recruitment & Placement)
{company}
{phone}
""",
    when="date",
    extra=_federal,
)

# "any chance you could jump on a call in the next 30 mins?"
F(
    "inw-061",
    "uk_firm",
    "uk_office",
    "{cfull} <{cemail}>",
    "Now-ish?",
    """
Hi {first},

Bit of a random one - {hmfirst} has just had a cancellation and has a free half hour. Any chance you could jump on a call about the {role} role in the next 30 mins or so? Totally fine if not, we'll find another time this week - just reply here or ring me on {phone}.

{cfirst}
{company} Talent
""",
)

# reply to the candidate's thank-you note: "we'd like to bring you back for round two"
F(
    "inw-062",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Re: Thank you!",
    """
Hi {first},

Thanks for the lovely note - the team enjoyed it too, and {hmfirst} has already been singing your praises.

Good timing actually: we'd like to bring you back for round two. It'll be a 90-minute session with {p3first} and two engineers from the {team} team. I'm collecting their availability now and will send you some options by end of day tomorrow.

Talk soon,
{cfirst}

{cfull} | {company}
""",
    ents="company contact",
    pools={"team": ["Payments", "Core API", "Mobile", "Data Platform"]},
)

# after the career fair: sign up for a slot on Handshake
F(
    "inw-063",
    "us_tech",
    "intern",
    "{cfull} <{cemail}>",
    "Great meeting you at the {school} career fair!",
    """
Hi {first},

It was great meeting you at the {school} {fair} last week! Thanks for stopping by the {company} booth and telling me about {hook}.

Based on our conversation, we'd like to invite you to a first-round interview for our Summer {y} {role} program. First-round interviews are 30 minutes over Zoom and are mostly behavioral, with one short technical question.

Please sign up for a slot through Handshake by {rb_dow} ({rb_md}): https://app.joinhandshake.com/stu/interview_schedules/{num6}

Slots are first come, first served, so don't wait too long!

Go {mascot}!
{cfull}
University Recruiting | {company}
""",
    pools={
        "school": [
            "University of Minnesota|Gophers",
            "Purdue|Boilers",
            "Georgia Tech|Jackets",
            "UT Austin|Horns",
        ],
        "fair": ["Engineering Career Fair", "STEM Fall Expo", "Spring Career Fair"],
        "hook": ["your robotics team", "the hackathon project you built", "your research on traffic data"],
    },
    extra=_split("school", "school", "mascot"),
)

# big-company recruiter: fill in a form (availability + language) before the technical phone interview
F(
    "inw-064",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Next steps for your {company} application",
    """
Hi {first},

I'm reaching out because your application for the {role} position has been selected to move forward to technical phone interviews. Congratulations!

Before we schedule, please take 5 minutes to fill out this short form: https://forms.gle/{tok}

It asks for:
1. Your availability over the next two weeks (please give at least 5 windows)
2. Your preferred programming language for the interview (Python, Java, C++, Go or JavaScript)
3. Whether you need any accommodations
4. Your current visa status, if applicable

The technical phone interview is 45 minutes long, conducted on Google Meet with a shared coding doc. You'll be asked to solve one or two coding problems and talk through your approach - there's no compiler, so don't worry about perfect syntax.

I've attached a prep guide with sample questions. Let me know if you have any questions in the meantime.

Best,
{cfull}
Technical Recruiter, {company}
""",
)

# travel nurse agency: the manager will call between 2-4pm today (a window: no start)
F(
    "inw-065",
    "us_hospital",
    "nurse",
    "{cfull} <{aemail}>",
    "{city} interview today!!",
    """
{first}!!

{company} in {city} wants to do a phone interview for the 13-week {role} contract ({shift})! The manager, {hmfirst}, said they'll call between {h12}-{e_t12} {tzg} today, so keep your phone on and pick up unknown numbers 📞

Quick refresher on the package: ${pay}/wk gross, guaranteed 36 hrs, start date {st_md}. If they offer on the call you can accept verbally - just text me right after so I can lock it in.

Good luck, you've got this!
{cfirst}
{agency}
{phone}
""",
    when="today",
    dur=120,
    hours=((14, 0), (13, 0), (15, 0)),
    pools={
        "agency": ["Compass Rose Travel Nursing", "BlueHarbor Medical Staffing", "Northstar Clinical Travel"],
        "shift": ["nights, 3x12", "days, 3x12", "rotating"],
        "pay": ["2,340", "2,615", "2,980"],
    },
    extra=_agency("com"),
)

# US law firm callback after on-campus interviews
F(
    "inw-066",
    "us_law",
    "law_us",
    "{cfull} <{cemail}>",
    "{company}: Callback Interview",
    """
Dear {first},

Thank you for meeting with {hm} during On-Campus Interviews at {school}. We enjoyed learning more about you, and on behalf of the firm I am pleased to invite you to a callback interview at our {city} office for our {role} Program.

Callback interviews typically last half a day and include meetings with four to five attorneys, followed by lunch with two of our junior associates. We will work with you to find a date that fits your schedule; we are currently holding callbacks on weekdays through {mon} {d}.

To schedule, please reply with several dates that work for you, or contact me directly at {phone}. The firm will cover reasonable travel expenses; please let me know if you would like us to book a flight or hotel.

We look forward to seeing you again.

Sincerely,
{cfull}
Manager of Legal Recruiting
{company}
""",
    when="date",
    pools={"school": ["Northwestern Law", "Michigan Law", "Georgetown Law", "UCLA Law"]},
)

# medical residency interview invite via Thalamus
F(
    "inw-067",
    "us_res",
    "residency",
    "Thalamus <noreply@thalamusgme.com>",
    "{company} {role} Program - You're invited!",
    """
Dear {first} {last},

Thank you for applying to the {role} Program at {company}. We were impressed by your application and are pleased to invite you to interview with our program for the {y}-{y1} recruitment season.

All interviews will be conducted virtually. Each interview day begins with a welcome from our Program Director, {hm}, MD, followed by faculty interviews, a program overview and a virtual social with current residents.

Please log in to Thalamus to schedule your interview date. Available dates are offered on a first-come, first-served basis, and this invitation will expire 72 hours after this email was sent.

Schedule your interview: https://thalamusgme.com/applicant/invitations/{num6}

If you have questions, please contact our Program Coordinator, {cfull}, at {cemail}.

Sincerely,
The {company} {role} Program

This email was sent via Thalamus.
""",
    headers={"Auto-Submitted": "auto-generated"},
)

# SuccessFactors-style status update that is in fact an invitation
F(
    "inw-068",
    "uk_firm",
    "uk_office",
    "{company} Careers <careers@{dom}>",
    "Application Status Update - {role} ({req})",
    """
Dear {first},

Thank you for your interest in the {role} position (Requisition ID {req}) at {company}.

Your application has progressed to the interview stage. We would like to invite you to interview for the position, and a member of our Talent Acquisition team will contact you shortly to arrange a suitable date and time.

In the meantime, you can view the status of your application at any time by logging in to our careers site:
https://career{num4}.successfactors.eu/career?company={cslug}

Kind regards,
Talent Acquisition
{company}

This is an automatically generated email. Please do not reply.
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
)

# HireVue LIVE (two-way) interview, explicitly not a recording
F(
    "inw-069",
    "us_tech",
    "biz",
    "{company} via HireVue <noreply@hirevue.com>",
    "{company} Live Interview - please confirm",
    """
Dear {first},

{company} has invited you to a live video interview for the {role} position.

Date: {us}, {y}
Time: {t12c} {tz}
Interviewer: {hm}
Duration: 45 minutes

This is a live, two-way conversation with a member of the hiring team - not a recorded interview. Please confirm you can attend, or request a different time, using the link below:

https://app.hirevue.com/scheduling/{tok}

Before your interview:
- Test your camera, microphone and browser at https://www.hirevue.com/candidates/tech-check
- Join from a quiet, well-lit location
- Use Chrome or Edge; mobile devices are supported through the HireVue app

If you have trouble joining, contact {cfull} at {cemail}.

Thank you,
{company} Talent Acquisition
""",
    when="date",
    start=True,
    hours=((10, 0), (13, 30), (16, 0), (9, 15)),
)

# big-tech loop: "beginning at 9:00 AM PT", 4 x 55 minutes on Chime
F(
    "inw-070",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "{company} | Interview Loop Confirmation Request - {role}",
    """
Hello {first},

Congratulations on moving forward to the final interview stage ("loop") for the {role} role!

Your loop has been tentatively scheduled for {us}, beginning at {t12c} {tzg}. It consists of four 55-minute interviews with 5-minute breaks in between, so please block roughly 4 hours. Interviews will take place over Chime: {link_chime}

Each interviewer will focus on one or two of our leadership principles, and at least two interviews include a coding or system design portion. We strongly recommend preparing examples using the STAR method (Situation, Task, Action, Result).

Please reply within 24 hours to confirm this date works for you. If it doesn't, let me know two alternative dates within the next two weeks.

Thanks and good luck!
{cfull}
Recruiting Coordinator, {company}
""",
    ents="company role contact link=link_chime",
    when="date",
    start=True,
    hours=((9, 0), (10, 0), (8, 30)),
)

# strategy consultancy first round, schedule sent 48h before
F(
    "inw-071",
    "consulting",
    "consulting",
    "{cfull} <{cemail}>",
    "{company} - First Round Interviews",
    """
Dear {first},

Thank you for your application to {company}. We are pleased to invite you to first round interviews for the {role} position, which will take place virtually on {us}.

First round consists of two 45-minute interviews, each with a case and a discussion of your experience. Your exact schedule and interviewer names will be sent 48 hours in advance; please hold the full morning.

Please confirm your attendance by {rb_us} using the link below, where you will also find case preparation materials:
https://{cslug}.avature.net/rounds/{num6}

We look forward to meeting you.

Best regards,
{cfull}
Recruiting Team, {company}
""",
    when="date",
)

# Singapore SME: "Can let me know your availability?"
F(
    "inw-072",
    "sg",
    "sg",
    "{cfull} <{cemail}>",
    "{role} - interview",
    """
Hi {first},

Thanks for your application for the {role} role. Our manager would like to meet you this week or early next week at our office for F2F interview, around 30-45 mins.

Can let me know your availability? We are free most afternoons except Friday. Do bring along your NRIC/passport and latest payslip.

Thank you!

Regards,
{cfull}
HR Executive
{company}
{addr}
Tel: {phone}
""",
    ents="company role contact location",
)

# Indian HR: cleared screening, F2F round, kindly confirm availability
F(
    "inw-073",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "F2F round - {role} - {company} - {dord} {mon}",
    """
Hi {first},

Greetings from {company}!

Thank you for your time for the telephonic discussion. We are happy to inform that you have cleared the technical screening and next round will be F2F (face to face) with our Project Manager at our {city} office.

Kindly confirm your availability for {dow}, {dord} {mon} at {t12c}. Reporting time is 15 mins before. Please carry 1 copy of updated resume, one govt photo ID proof and last 3 months payslips.

Address: {addr}
Contact person: {hm} ({phone})

Kindly revert at the earliest.

Regards,
{cfull}
HR - Talent Acquisition
{company}
""",
    ents="company role contact location",
    when="dow",
    start=True,
    hours=((11, 0), (14, 30), (10, 30), (16, 0)),
)


# ---------------------------------------------------------------------------------------------------------
# Assessments
# ---------------------------------------------------------------------------------------------------------

# startup recruiter, text-speak: "sending u a hackerrank"
F(
    "asw-001",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "hackerrank incoming",
    """
hey {first} - sending u a hackerrank in a sec for the {role} role. 3 q's (2 easy, 1 medium), 75 min timer starts when u open it. no rush but ideally before {dl_dow} so we can keep things moving 🙏 python/js/go all fine

{cfirst}
""",
    ents="role contact",
)

# Polish recruiter, non-native: Codility, "please solve it until Sunday 23:59"
F(
    "asw-002",
    "pl",
    "tech",
    "{cfull} <{cemail}>",
    "Zadanie / Test task - {role}",
    """
Hi {first},

thank you for the first call with us. Like I told, next step in our recruitment is the online test on Codility platform. You will get the invitation from Codility in separate mail (please check also spam).

Some info:
- there are 3 tasks, you have 120 min in total, the time starts when you click "Start"
- you can choose language: Java, Kotlin or Python
- it is important that you do it alone, without help of other people or AI tools
- please solve it until {dl_dow} {dl_t24} {dl_tz}

After we will get the results, I will contact you in few days about next step.

Best regards / Pozdrawiam
{cfull}
IT Recruiter | {company}
""",
)

# TestGorilla battery
F(
    "asw-003",
    "us_tech",
    "biz",
    "TestGorilla <no-reply@testgorilla.com>",
    "{company} has invited you to an assessment",
    """
Hi {first},

{company} would like you to complete an assessment as part of your application for {role}.

Your assessment contains:
• Attention to Detail (Textual) - 10 min
• {test2} - 10 min
• English (B2/upper-intermediate) - 10 min
• Culture Add - 10 min
• 2 custom questions from {company}

Total time: about 45 minutes. You can take a break between tests, but not during a test.

Start assessment: https://app.testgorilla.com/s/{tokl}

Please complete it before {dl_mon} {dl_d}, {dl_y} {dl_t12c} {dl_tz}.

For anti-cheating purposes, this assessment takes snapshots through your webcam and monitors whether full-screen mode is exited. Good luck!

The TestGorilla team, on behalf of {company}
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
    pools={
        "test2": ["Customer Service", "Time Management", "Microsoft Excel (Intermediate)", "Problem Solving"]
    },
)

# Indian HR: remote-proctored aptitude test on SHL/AMCAT
F(
    "asw-004",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Online Aptitude Assessment | {company} | {role} | {dord} {mon}",
    """
Dear Candidate,

Greetings from {company}!

Congratulations! Based on your profile, you have been shortlisted for the Online Aptitude Assessment for the {role} role, to be conducted through the SHL (AMCAT) platform.

Assessment window: {dow}, {dord} {mon} {y}, 10:00 AM to 6:00 PM IST
Duration: 90 minutes (Quantitative, Logical, English, Domain)
Mode: Remote proctored - webcam and microphone are mandatory

The login credentials will be shared to your registered mail ID 1 hour before the window opens. Please ensure:
1. Laptop/desktop with Chrome browser (mobile not allowed)
2. Stable internet of minimum 2 Mbps
3. Valid photo ID (Aadhaar / PAN / Passport) for verification
4. No switching of tabs - the test will be auto-submitted

Candidates who clear the assessment will be intimated for technical interview.

Kindly reply "Confirmed" to this mail.

Thanks & Regards,
{cfull}
Campus & Lateral Hiring
{company}
""",
    when="date",
    days=(5, 6),
)

# recruiter's heads-up about pymetrics games, with tips
F(
    "asw-005",
    "uk_firm",
    "grad",
    "{cfull} <{cemail}>",
    "Next step - the games",
    """
Hi {first},

Good news - your application for the {role} has moved forward! The next step is a set of short online games through pymetrics. You'll get an email from them in the next day or so.

A few tips, since people always ask:
- The games look a bit odd (balloons, pressing the spacebar, that kind of thing) but there are no right or wrong answers - they measure how you work, not how clever you are.
- It takes about 25 minutes. Do it in one sitting, somewhere quiet, on a laptop rather than your phone.
- Please complete it by {dl_dow} {dl_d} {dl_mon}.

Once it's done, we'll be in touch about interviews.

Best,
{cfull}
Early Careers Recruiting | {company}
""",
)

# HireVue one-way "digital interview" that says interview everywhere
F(
    "asw-006",
    "uk_firm",
    "grad",
    "{company} Graduate Recruitment <graduates@{dom}>",
    "Invitation to your digital interview - {role}",
    """
Dear {first},

Thank you for your application to the {company} {role}. We're delighted to let you know you've been successful at the application stage and we'd like to invite you to complete a digital interview.

What is a digital interview?
It's a pre-recorded video interview on the HireVue platform. This is not a live interview - you will be shown {nq} questions on screen and record your answers in your own time. For each question you'll have 30 seconds to prepare and up to 3 minutes to respond. You can't re-record your answers, but there is a practice question you can try as many times as you like.

Please complete your digital interview by 23:59 (UK time) on {dl_uky}:
https://app.hirevue.com/interviews/{tok}

We recommend using a laptop with a webcam, in a quiet space with good lighting. If you require any reasonable adjustments, please contact us before starting.

Good luck!
Graduate Recruitment Team
{company}
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
    pools={"nq": ["five", "six", "four"]},
)

# hiring manager's own take-home: "a problem we actually had"
F(
    "asw-007",
    "us_startup",
    "tech",
    "{hm} <{hmfirst_l}@{dom}>",
    "a problem we actually had",
    """
Hi {first},

Thanks for the chat earlier this week about the {role} role.

Rather than a whiteboard round, I'd rather see how you think when you have time and a real problem. So here's one we actually hit last quarter, lightly sanitized:

  We ingest ~{rate} webhook events a minute from partners. Some partners retry aggressively, so we get duplicates - sometimes minutes apart, sometimes out of order. Downstream billing must never double-count.

What I'd like: a short design doc (1-2 pages, bullets are fine) on how you'd solve it, plus a small prototype of the dedup piece in whatever language you like. Don't spend more than 3-4 hours; I'd rather see clear tradeoffs than polish.

Send it back whenever works over the next week - a GitHub link or a zip is fine. We'll then spend an hour going through it together.

Thanks,
{hmfirst}
""",
    ents="role contact=hm",
    pools={"rate": ["40k", "120k", "15k"]},
    extra=lambda rng, s: {"hmfirst_l": _ascii(s["hmfirst"])},
)

# case study to present at the start of an already-arranged panel interview
F(
    "asw-008",
    "uk_firm",
    "biz",
    "{cfull} <{cemail}>",
    "Case study for your interview on {uk}",
    """
Dear {first},

Ahead of your panel interview for the {role} position on {uk}, please find attached the case study brief.

The case describes a mid-sized client whose customer churn has doubled over the last two quarters. Using the data pack provided (Excel, three tabs), we'd like you to prepare:

1. Your analysis of the main drivers of churn
2. Two or three recommendations, with rough costs and expected impact
3. What further information you would ask the client for

You will present your findings to the panel for 15 minutes at the start of the interview, followed by 10 minutes of questions. Please send your slides (max. 8) to me by 9am on the day so we can have them ready on the screen.

The case is designed to take around 3 hours to prepare. We're interested in your reasoning rather than a polished deck.

Best wishes,
{cfull}
Talent Acquisition Partner
{company}
""",
    when="date",
)

# accountancy agency: Kenexa Prove It! Excel and Sage tests before putting you forward
F(
    "asw-009",
    "uk_firm",
    "accounts",
    "{cfull} <{aemail}>",
    "Skills tests before I put you forward",
    """
Hi {first},

Lovely to chat this morning. As mentioned, before I can put you forward to my client for the {role} temp-to-perm role, I need you to complete a couple of quick skills tests. It's standard for all our candidates and the client has asked for it specifically.

You'll receive two emails from Kenexa Prove It! in the next hour:
 - Microsoft Excel 365 (Intermediate) - approx. 30 mins
 - Sage 50 Accounts - approx. 20 mins

Please do them on a laptop/PC (they don't work on a phone) and try to finish by tomorrow lunchtime, as the client wants CVs by end of day. Scores come straight back to me and I'll let you know how you did.

Any problems, give me a call.

Thanks,
{cfull}
Senior Consultant - Accountancy & Finance
{agency}
{phone}
""",
    ents="role contact",
    send_days=(0, 1, 2, 3),
    pools={"agency": ["Pennant Recruitment", "Clearwater Finance Recruitment", "Ashdown Appointments"]},
    extra=_agency("co.uk"),
)

# typing test with a screenshot of the result
F(
    "asw-010",
    "us_hospital",
    "clerical",
    "{cfull} <{cemail}>",
    "{role} - typing test required",
    """
Hello {first},

Thank you for your interest in the {role} position with {company}. Before we can schedule interviews, all applicants must complete a typing test.

Please go to https://www.typingtest.com, select the "3 minute" test using the "Aesop's Fables" text, and complete it once. The minimum requirement for this position is {wpm} net WPM with at least 95% accuracy.

When you're done, take a screenshot of your results page (it must show your name, WPM and accuracy - enter your name in the certificate box) and reply to this email with the screenshot attached by {dl_us}.

Applicants who do not submit a typing test result by the deadline will not be considered.

Thank you,
{cfull}
Human Resources Assistant
{company}
{phone}
""",
    pools={"wpm": ["40", "45", "50"]},
)

# Thomas PPA personality questionnaire
F(
    "asw-011",
    "au",
    "biz",
    "{cfull} <{cemail}>",
    "Quick questionnaire - {role}",
    """
Hi {first},

Thanks again for your time on the phone yesterday - it was a great conversation.

As the next step, we ask everyone we're seriously considering for the {role} role to complete a short behavioural questionnaire called the Thomas PPA (Personal Profile Analysis). It takes about 8 minutes: you'll see 24 blocks of four words and pick the one most like you and the one least like you. There are no right or wrong answers and it isn't a test you can pass or fail - it helps us understand how you like to work and gives us something to talk about at interview.

You'll receive the link from Thomas International shortly. Please complete it by {dl_dow} if you can.

Best,
{cfull}
People Partner | {company}
""",
)

# Criteria CCAT + EPP
F(
    "asw-012",
    "us_tech",
    "biz",
    "Criteria <noreply@criteriacorp.com>",
    "Complete your assessment for {company}",
    """
Hello {first},

{company} has invited you to complete an assessment as part of the application process for the {role} position.

Assessment: CCAT (Criteria Cognitive Aptitude Test) + EPP (Employee Personality Profile)
Estimated time: 15 minutes + 10 minutes

About the CCAT: 50 questions in 15 minutes, covering math, verbal and spatial reasoning. Most people don't finish - that's expected. You may use scratch paper and a basic calculator, but no other help.

Begin your assessment: https://www.ondemandassessment.com/link/index/{tok}?u={num6}

This link is unique to you. Please complete the assessment by {dl_us}.

Need help? Visit https://www.criteriacorp.com/candidates

Thank you,
{company} Hiring Team
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
)

# Civil Service Judgement Test
F(
    "asw-013",
    "uk_civil",
    "uk_civil",
    "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
    "{company} - {role} - Online test required",
    """
Dear {first} {last},

Vacancy: {ref} - {role}

Thank you for your application to {company}. The next stage of the selection process for this vacancy is an online test.

Test: Civil Service Judgement Test
Approximate duration: 20 minutes (untimed)
Deadline: 23:55 on {dl_uky}

The Civil Service Judgement Test assesses how you would respond to work-based situations. You will be presented with scenarios and asked to rate how effective different responses are. You can find practice tests and guidance on GOV.UK.

To take the test, please sign in to your Civil Service Jobs account and go to "Tests and questionnaires". Please make sure you complete the test in one sitting, as you cannot return to it once you have started.

If you require reasonable adjustments to complete the test, contact the vacancy holder before the deadline.

Kind regards,
{company} Resourcing Team

Please do not reply to this email as this mailbox is not monitored.
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
)

# newspaper subs test, honesty-system timing
F(
    "asw-014",
    "media",
    "media",
    "{hm} <{hmemail}>",
    "Subs test",
    """
Hi {first},

Thanks for applying for the {role} job. Before we invite people in, we ask everyone to do our subs test - attached.

There are three pieces of raw copy. For each one, please:
  - cut to the word count marked at the top
  - correct errors of fact, grammar and house style (style guide attached - pay attention to numbers and titles)
  - write a headline, a standfirst and two captions

Please give yourself 90 minutes from when you open it and email it back to me with the time you started and finished. Honesty system - we'll be able to tell!

Deadline is {dl_dow} at 5pm.

Cheers,
{hmfirst}
Chief Sub-editor, {company}
""",
    ents="company role contact=hm",
)


# ---------------------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------------------

# agency recruiter, text-speak: "you got it!!"
F(
    "ofw-001",
    "us_tech",
    "biz",
    "{cfull} <{aemail}>",
    "call me!!",
    """
{first} just tried calling u - you got it!! 🎉🎉 {company} wants you as their {role}. call me back when u can, want to walk thru the numbers before the written offer goes out tmrw

{cfirst}
sent from my phone, pls excuse typos
""",
    pools={"agency": ["Vector Talent Partners", "Summit Line Search", "Bridgewell Recruiting"]},
    extra=_agency("com"),
)


def _fed_offer(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    out = _federal(rng, s)
    out["sal"] = f"{rng.randrange(78, 132)},{rng.randrange(100, 999)}"
    return out


# federal tentative job offer
F(
    "ofw-002",
    "us_federal",
    "federal",
    "{cfull} <{cemail}>",
    "Tentative Job Offer - {role}, {grade} - {van}",
    """
Dear {first} {last},

Congratulations! I am pleased to extend to you a tentative offer of employment for the position of {role}, {grade}, Step 1, with the {company} in {city}. This offer is tentative pending the successful completion of the following pre-employment requirements:

- Favorable adjudication of a background investigation (Tier 2)
- Verification of education and eligibility (you must be a U.S. citizen)
- Completion of the OF-306, Declaration for Federal Employment
- Selective Service registration verification, if applicable

Salary: ${sal} per annum (includes locality pay)
This position is full-time and permanent.

Please reply to this email within two (2) business days to indicate whether you ACCEPT or DECLINE this tentative offer. Do not resign from your current position until you have received a firm job offer with an official start date.

Respectfully,
{cfull}
Human Resources Specialist
{company}
""",
    extra=_fed_offer,
)

# contingent hourly offer pending background check and drug screen
F(
    "ofw-003",
    "us_warehouse",
    "warehouse",
    "{company} Hiring <noreply@hiring.{dom}>",
    "Your contingent job offer from {company} 🎉",
    """
Congratulations, {first}!

You've received a contingent job offer for {role} at our {city} site.

Shift: {shift}
Pay: ${pay}/hr (+$1.50/hr shift differential)
Start date: {st_us} (tentative)

Your offer is contingent on:
✔ a background check (you'll get an email from Sterling within 48 hours to authorize it)
✔ a drug screen at a local clinic
✔ confirming your identity and work authorization (I-9) at your New Hire Event

Next step: accept your offer and pick your New Hire Event time in your candidate dashboard:
https://hiring.{dom}/app/offer/{tok}

You have 5 days to accept before the offer expires.

Questions? Text us at {phone}.
The {company} Hiring Team
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
    pools={
        "shift": [
            "Night Shift (Sun-Wed, 6:30pm-5:00am)",
            "Day Shift (Mon-Thu, 6:00am-4:30pm)",
            "Weekend Shift (Fri-Sun, 7:00am-7:30pm)",
        ],
        "pay": ["19.25", "20.50", "18.75"],
    },
)

# founder: "we want you on the team 🙌 can I call you tonight?"
F(
    "ofw-004",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "so...",
    """
{first} - {p3first} and I just got off our debrief. we want you on the team as our {role} 🙌

can I call you tonight to walk you through the offer? thinking {range} + equity, but I'd rather talk it through live than put numbers in an email. anytime after 7 works.

{cfirst}
""",
    ents="role contact",
    pools={"range": ["$165k", "high 150s", "$140-150k"]},
)

# PandaDoc offer to sign
F(
    "ofw-005",
    "us_tech",
    "biz",
    "{cfull} via PandaDoc <docs@pandadoc.net>",
    '{cfull} sent you "Employment Offer - {first} {last}"',
    """
{cfull} from {company} has sent you a document to review and sign.

Employment Offer - {first} {last}

"Hi {first} - here's your formal offer for the {role} position. Let me know if you have any questions before signing. We're so excited!"

Open the document: https://app.pandadoc.com/document/v2?token={hex}

This link expires on {dl_us3}.

Powered by PandaDoc
Sign, send and track documents online.
""",
)

# university co-op portal: an offer to accept or decline by the deadline
F(
    "ofw-006",
    "us_tech",
    "intern",
    "{uni} Co-op <coop-noreply@{unidom}>",
    "Co-op Offer Received - Action Required",
    """
Dear {first},

Congratulations! You have received an offer of employment for your {term} {y} co-op work term.

Employer: {company}
Position: {role}
Location: {city}
Work term: {term} {y} (4 months)

You must accept or decline this offer in the co-op portal by 11:59 PM {dl_tzg} on {dl_us}. If you do not respond by the deadline, the offer will be automatically declined on your behalf.

Log in to review your offer: https://coop.{unidom}/student/offers/{num6}

Reminder: once you accept an offer, you are committed to that employer for the work term and must withdraw from all other applications.

Co-operative Education & Career Services
{uni}
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
    pools={
        "uni": [
            "Lakemont University|lakemont.edu",
            "Cascade State University|cascadestate.edu",
            "University of the Piedmont|piedmont.edu",
        ],
        "term": ["Fall", "Summer", "Winter"],
    },
    extra=_split("uni", "uni", "unidom"),
)


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


# Indian offer letter: CTC in LPA, joining bonus, notice buyout, BGV
F(
    "ofw-007",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Offer Letter - {role} - {company} - Kindly Accept",
    """
Dear {first},

Greetings from {company}!!

Congratulations on your selection for the position of {role}. Please find attached your Offer Letter with the detailed CTC break-up.

Designation: {role}
Annual CTC: INR {ctc} LPA (Fixed) + Joining Bonus INR {jb}
Notice period buyout: up to 30 days will be reimbursed on submission of relieving letter
Date of Joining: {st_dord} {st_mon} {st_y}
Work location: {city} (Hybrid - 3 days WFO)

Kindly go through the offer letter and revert with your acceptance by replying "I accept the offer" on this mail within 2 working days, along with the signed copy of the offer letter.

Please note the offer is subject to successful Background Verification (BGV). Our BGV partner will reach out to you for documents (education certificates, last 3 months payslips, relieving letters of previous employers).

Welcome to the {company} family!

Thanks & Regards,
{cfull}
HR Operations
{company}
{phone}
""",
    extra=_inr,
)


def _prof(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    return {
        "sal": f"{rng.randrange(92, 148)},000",
        "startup": f"{rng.choice([250, 400, 650, 900])},000",
        "load": rng.choice(["three", "four"]),
    }


# tenure-track offer from the dean
F(
    "ofw-008",
    "us_uni",
    "prof",
    "{hm} <{hmemail}>",
    "Offer of appointment",
    """
Dear Dr. {last},

On behalf of the College, I am delighted to offer you an appointment as {role} (tenure-track) at {company}, beginning August {y}. This offer follows the unanimous recommendation of the department faculty and has been approved by the Provost.

The principal terms are:
 - Nine-month academic-year salary of ${sal}, with eligibility for summer salary from external grants
 - Start-up package of ${startup} over three years, to support equipment, students and travel
 - Teaching load of {load} courses per academic year, with a one-course reduction in your first year
 - Moving expenses reimbursed up to $7,500

The formal letter, with the conditions of appointment and the tenure timeline, is attached. Please let me know your decision by {rb_us}; I know you may have questions, and the department chair and I would be glad to talk at any time.

We very much hope you will join us.

With warm regards,
{hm}
Dean, College of Arts and Sciences
{company}
""",
    ents="company role contact=hm",
    extra=_prof,
)

# NHS conditional offer via TRAC
F(
    "ofw-009",
    "uk_nhs",
    "uk_nhs",
    "{company} Recruitment <noreply@trac.jobs>",
    "Conditional offer of employment - {role} - {ref}",
    """
Dear {first} {last}

Job reference: {ref}
Post: {role}
Department: {dept}

Following your recent interview, I am pleased to make you a conditional offer of employment for the above post.

This offer is conditional upon the satisfactory completion of the following pre-employment checks:
 • Two satisfactory references covering the last three years of employment or training
 • Proof of identity and right to work in the UK
 • Enhanced DBS (Disclosure and Barring Service) check
 • Occupational Health clearance
 • Verification of professional registration, where applicable

Please log in to your TRAC account to accept this offer and complete the pre-employment check forms. Once all checks have been cleared, you will receive an unconditional offer and we will agree a start date with you.

Please do not resign from your current post until you have received an unconditional offer.

Yours sincerely

{cfull}
Recruitment Team
{company}
""",
    headers={"Auto-Submitted": "auto-generated"},
    pools={"dept": ["Acute Medicine", "Outpatients", "Elderly Care", "Community Therapies"]},
)

# Vietnamese company, non-native
F(
    "ofw-010",
    "vn",
    "tech",
    "{cfull} <{cemail}>",
    "[{company}] Offer letter - {role}",
    """
Dear {first},

Thank you for spending time with us in the interview rounds. We are very glad to inform that you passed all interview rounds and {company} want to offer you the position {role}.

Offer details:
- Gross salary: {vnd} VND/month (13th month salary + performance bonus)
- Probation: 2 months with 100% salary
- Working time: Monday to Friday, 8:30 - 17:30, hybrid 2 days WFH
- Start date: {st_dmy} (can discuss)

Please check the offer letter in attachment and reply us your confirmation before {rb_dmy}. If you have any question, don't hesitate to contact me.

Hope to welcome you in our team soon!

Best regards,
{cfull}
HR Business Partner - {company}
""",
    extra=lambda rng, s: {"vnd": f"{rng.randrange(25, 70)}.000.000"},
)

# temp agency: "they'd like to offer you the assignment", start Monday
F(
    "ofw-011",
    "uk_firm",
    "accounts",
    "{cfull} <{aemail}>",
    "You've got it!",
    """
Hi {first},

Great news - {company} would like to offer you the {role} assignment! They really liked you at the interview.

Details:
Start: {nm_dow} {nm_d} {nm_mon}, 8.30am (ask for {hmfirst} at reception)
Location: {addr}
Rate: £{rate} per hour PAYE (plus holiday pay)
Hours: 37.5 per week, Mon-Fri
Duration: initially 3 months, with a view to perm

Can you reply to confirm you're happy to accept? I'll then send over your assignment details form and timesheet login.

Thanks and well done!
{cfull}
{agency}
{phone}
""",
    pools={
        "agency": ["Pennant Recruitment", "Brightwater Search", "Marlowe Finance Partners"],
        "rate": ["14.50", "16.20", "17.85"],
    },
    send_days=(1, 2, 3, 4),
    extra=_chain(_agency("co.uk"), _next_monday),
)

# counter-offer that opens with "Unfortunately"
F(
    "ofw-012",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Re: Offer - {role}",
    """
Hi {first},

Thanks for your patience while I went back to the comp team.

Unfortunately we weren't able to get the base to {ask} - we're already at the top of the band for this level. What we can do is offer you the {role} role at a base of {base}, and increase the sign-on bonus to {signon} to make up the difference in year one. Equity and everything else in the original offer stays the same.

I've attached the updated offer letter. I really hope this works for you - the team is excited to have you.

Best,
{cfull}
Senior Recruiter, {company}
""",
    pools={"money": ["$190,000|$182,000|$25,000", "$165k|$158k|$15k", "$210,000|$199,500|$30,000"]},
    extra=_split("money", "ask", "base", "signon"),
)

# Adobe Acrobat Sign offer letter
F(
    "ofw-013",
    "au",
    "biz",
    "{cfull} via Adobe Acrobat Sign <adobesign@adobesign.com>",
    'Signature requested on "Letter of Offer - {first} {last}"',
    """
{cfull} ({cemail}) has requested your signature on Letter of Offer - {first} {last}.

Please review and sign this document.

Review and sign
https://secure.au1.adobesign.com/public/esignWidget?wid={hex}*

Message from {cfirst}:
Hi {first}, as promised on the phone, here is your letter of offer for the {role} position with {company}. Please have a read, and sign by {rb_dow} if you're happy. Any questions, just call me. Welcome aboard!

After you sign, all parties will receive a final PDF copy by email.

Don't forward this email: if you don't want to sign, you can delegate to someone else.

Powered by Adobe Acrobat Sign
""",
)


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


if __name__ == "__main__":
    sys.exit(main())
