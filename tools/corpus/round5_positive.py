#!/usr/bin/env python3
"""Round 5: positive families aimed at the wording cross-validation still misses.

Writes src/followup/classifiers/corpus/r5_positive.jsonl with interview invitations ("inx"),
assessments ("asx") and offers ("ofx"). Family-grouped cross-validation after round 4 showed the model
still trips over whole families it has never seen: referral coffee invites, public-sector shortlisting
notices, staffing-agency assignments, ALL-CAPS hourly invites, hiring events and assessment centres,
chasers, SMS and platform messages forwarded to email, calendar holds, nurse and academic recruiters,
live (two-way) video interviews, reschedules that propose a new time, executive search, non-native
English and invites written as a table. Offers and assessments get the same treatment: appointment
letters, conditional hospital offers, hourly "you got the job", equity breakdowns, portal notices,
re-sent letters, accepted counters; SHL / Aon / Criteria / TestGorilla, one-way video, writing samples.

Every family is one hand-written message with slots and expands into 2-3 variants with different
companies, people, roles and dates. Times are computed, so `interview_start` is exact and only set when
the text states one concrete time.

Run:  python tools/corpus/round5_positive.py      (standard library only, deterministic)
"""

from __future__ import annotations

import random
import re
import string
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
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

SEED = 5_2026_0502
OUT = (
    Path(__file__).resolve().parents[2] / "src" / "followup" / "classifiers" / "corpus" / "r5_positive.jsonl"
)

PREFIX = {"inx": "interview_invitation", "asx": "assessment", "ofx": "offer"}
TARGETS = {"interview_invitation": 60, "assessment": 12, "offer": 15}  # minimum families

# ---------------------------------------------------------------------------------------------------------
# Slot pools: companies (name, domain, zone, city, address) by sector, with the region whose people write
# ---------------------------------------------------------------------------------------------------------


NY, CHI, DEN, PHX, LA = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
)
LON, DUB, TOR, VAN = "Europe/London", "Europe/Dublin", "America/Toronto", "America/Vancouver"
SYD, MEL, PER, BNE = "Australia/Sydney", "Australia/Melbourne", "Australia/Perth", "Australia/Brisbane"
KOL, MNL, LOS, NBO, DXB = "Asia/Kolkata", "Asia/Manila", "Africa/Lagos", "Africa/Nairobi", "Asia/Dubai"
BER, MAD, ROM, IST, WAW = "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Istanbul", "Europe/Warsaw"
SGP, TYO, SHA, HCM, JNB = (
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Ho_Chi_Minh",
    "Africa/Johannesburg",
)
AMS, ZRH = "Europe/Amsterdam", "Europe/Zurich"

_ROWS: dict[str, tuple[str, list[tuple[str, str, str, str, str]]]] = {
    "us_tech": (
        "us",
        [
            (
                "Brightwater Data",
                "brightwaterdata.com",
                NY,
                "Boston",
                "100 Summer St, 9th Floor, Boston, MA 02110",
            ),
            (
                "Cobblestone Labs",
                "cobblestonelabs.io",
                LA,
                "Portland",
                "920 SW 6th Ave, Suite 400, Portland, OR 97204",
            ),
            (
                "Driftwood Software",
                "driftwood.dev",
                CHI,
                "Chicago",
                "222 W Merchandise Mart Plaza, Chicago, IL 60654",
            ),
            (
                "Meadowlark Systems",
                "meadowlarksys.com",
                DEN,
                "Salt Lake City",
                "175 S Main St, Salt Lake City, UT 84111",
            ),
            ("Sablewood Analytics", "sablewood.ai", NY, "Atlanta", "1100 Peachtree St NE, Atlanta, GA 30309"),
            (
                "Thornbury Networks",
                "thornburynet.com",
                LA,
                "San Diego",
                "600 B St, Suite 1400, San Diego, CA 92101",
            ),
            (
                "Kestrel Point Software",
                "kestrelpoint.com",
                CHI,
                "Dallas",
                "1900 N Akard St, Dallas, TX 75201",
            ),
            (
                "Granite Harbor Tech",
                "graniteharbor.tech",
                NY,
                "Raleigh",
                "421 Fayetteville St, Raleigh, NC 27601",
            ),
        ],
    ),
    "us_startup": (
        "us",
        [
            ("Tessellate", "tessellate.so", LA, "San Francisco", "665 3rd St, San Francisco, CA 94107"),
            ("Parcelwise", "parcelwise.com", NY, "New York", "37 W 26th St, New York, NY 10010"),
            ("Hearthstone AI", "hearthstone.ai", LA, "Los Angeles", "811 W 7th St, Los Angeles, CA 90017"),
            ("Quillon", "quillon.app", DEN, "Denver", "1550 Wewatta St, Denver, CO 80202"),
            ("Ledgerly", "ledgerly.io", CHI, "Chicago", "1 N Dearborn St, Chicago, IL 60602"),
            ("Fernweh Travel Tech", "fernweh.travel", NY, "Brooklyn", "68 Jay St, Brooklyn, NY 11201"),
        ],
    ),
    "us_hourly": (
        "us",
        [
            (
                "Hometown Pantry",
                "hometownpantry.com",
                CHI,
                "Springfield",
                "2701 S MacArthur Blvd, Springfield, IL 62704",
            ),
            (
                "Saguaro Smokehouse",
                "saguarosmokehouse.com",
                PHX,
                "Mesa",
                "1440 S Country Club Dr, Mesa, AZ 85210",
            ),
            (
                "Pine & Porter Outfitters",
                "pineandporter.com",
                DEN,
                "Fort Collins",
                "215 S College Ave, Fort Collins, CO 80524",
            ),
            (
                "Golden Crust Bakery",
                "goldencrustbakery.com",
                NY,
                "Allentown",
                "1902 W Tilghman St, Allentown, PA 18104",
            ),
            (
                "Sunbelt Pharmacy",
                "sunbeltpharmacy.com",
                NY,
                "Orlando",
                "3200 E Colonial Dr, Orlando, FL 32803",
            ),
            ("Riverside Diner", "riversidediner.net", CHI, "Tulsa", "1325 E 15th St, Tulsa, OK 74120"),
        ],
    ),
    "us_warehouse": (
        "us",
        [
            (
                "Keystone Distribution",
                "keystonedist.com",
                NY,
                "Harrisburg",
                "4500 Industrial Rd, Harrisburg, PA 17110",
            ),
            (
                "Prairie Line Logistics",
                "prairieline.com",
                CHI,
                "Indianapolis",
                "7301 E 86th St, Indianapolis, IN 46256",
            ),
            (
                "Desert Sun Freight",
                "desertsunfreight.com",
                PHX,
                "Goodyear",
                "16500 W Yuma Rd, Goodyear, AZ 85338",
            ),
            ("Big Bend Transport", "bigbendtransport.com", CHI, "Laredo", "8901 Mines Rd, Laredo, TX 78045"),
            (
                "Cumberland Carriers",
                "cumberlandcarriers.com",
                NY,
                "Knoxville",
                "2800 Sutherland Ave, Knoxville, TN 37919",
            ),
            (
                "Northstar Cold Storage",
                "northstarcold.com",
                CHI,
                "Green Bay",
                "1560 Lawrence Dr, De Pere, WI 54115",
            ),
        ],
    ),
    "us_hospital": (
        "us",
        [
            (
                "St. Agnes Regional Medical Center",
                "stagnesregional.org",
                CHI,
                "Peoria",
                "530 NE Glen Oak Ave, Peoria, IL 61637",
            ),
            (
                "Sonoran Valley Medical Center",
                "sonoranvalleymed.org",
                PHX,
                "Tucson",
                "5301 E Grant Rd, Tucson, AZ 85712",
            ),
            (
                "Blue Ridge Community Hospital",
                "blueridgech.org",
                NY,
                "Asheville",
                "509 Biltmore Ave, Asheville, NC 28801",
            ),
            (
                "Lakeland General Hospital",
                "lakelandgeneral.org",
                NY,
                "Lakeland",
                "1324 Lakeland Hills Blvd, Lakeland, FL 33805",
            ),
            (
                "Pacific Summit Health",
                "pacificsummithealth.org",
                LA,
                "Sacramento",
                "2801 K St, Sacramento, CA 95816",
            ),
        ],
    ),
    "us_school": (
        "us",
        [
            (
                "Cedar Falls Community School District",
                "cfcsd.org",
                CHI,
                "Cedar Falls",
                "1002 W 1st St, Cedar Falls, IA 50613",
            ),
            (
                "Willow Creek Unified School District",
                "wcusd.k12.ca.us",
                LA,
                "Modesto",
                "1100 H St, Modesto, CA 95354",
            ),
            (
                "Granite Ridge Public Schools",
                "graniteridgeps.org",
                DEN,
                "Boise",
                "8169 W Victory Rd, Boise, ID 83709",
            ),
        ],
    ),
    "us_bank": (
        "us",
        [
            (
                "Hollister Crane & Co.",
                "hollistercrane.com",
                NY,
                "New York",
                "200 Park Ave, New York, NY 10166",
            ),
            (
                "Ashgrove Capital Partners",
                "ashgrovecap.com",
                NY,
                "New York",
                "3 Bryant Park, New York, NY 10036",
            ),
            (
                "Whitlock Baird Securities",
                "whitlockbaird.com",
                CHI,
                "Chicago",
                "71 S Wacker Dr, Chicago, IL 60606",
            ),
        ],
    ),
    "us_univ": (
        "us",
        [
            (
                "University of Northern Vermont",
                "unv.edu",
                NY,
                "Burlington",
                "85 S Prospect St, Burlington, VT 05405",
            ),
            (
                "Bellmont State University",
                "bellmont.edu",
                CHI,
                "Columbia",
                "105 Jesse Hall, Columbia, MO 65211",
            ),
            (
                "Cascadia Institute of Technology",
                "cascadia-tech.edu",
                LA,
                "Seattle",
                "1410 NE Campus Pkwy, Seattle, WA 98195",
            ),
        ],
    ),
    "us_dental": (
        "us",
        [
            (
                "Maple Street Family Dental",
                "maplestreetdental.com",
                NY,
                "Columbus",
                "1480 W Lane Ave, Columbus, OH 43221",
            ),
            (
                "Bright Smiles Pediatric Dentistry",
                "brightsmilespeds.com",
                CHI,
                "Omaha",
                "12100 W Center Rd, Omaha, NE 68144",
            ),
            (
                "Canyon View Dental Group",
                "canyonviewdental.com",
                PHX,
                "Scottsdale",
                "7331 E Osborn Rd, Scottsdale, AZ 85251",
            ),
        ],
    ),
    "us_hotel": (
        "us",
        [
            (
                "The Harborline Hotel",
                "harborlinehotel.com",
                NY,
                "Baltimore",
                "700 Aliceanna St, Baltimore, MD 21202",
            ),
            (
                "Juniper Lodge & Spa",
                "juniperlodge.com",
                DEN,
                "Breckenridge",
                "600 S Park Ave, Breckenridge, CO 80424",
            ),
            (
                "Magnolia Grand Hotel",
                "magnoliagrand.com",
                CHI,
                "New Orleans",
                "333 Poydras St, New Orleans, LA 70130",
            ),
        ],
    ),
    "us_state": (
        "us",
        [
            (
                "Oregon Department of Human Services",
                "odhs.oregon.gov",
                LA,
                "Salem",
                "500 Summer St NE, Salem, OR 97301",
            ),
            (
                "Wisconsin Department of Natural Resources",
                "wisconsin.gov",
                CHI,
                "Madison",
                "101 S Webster St, Madison, WI 53703",
            ),
            ("County of Larimer", "larimer.gov", DEN, "Fort Collins", "200 W Oak St, Fort Collins, CO 80521"),
            (
                "City of Chattahoochee Hills",
                "chatthillsga.us",
                NY,
                "Chattahoochee Hills",
                "6505 Rico Rd, Chattahoochee Hills, GA 30268",
            ),
        ],
    ),
    "uk_nhs": (
        "uk",
        [
            (
                "Severn Vale NHS Foundation Trust",
                "svft.nhs.uk",
                LON,
                "Gloucester",
                "Gloucester Royal Hospital, Great Western Road, Gloucester GL1 3NN",
            ),
            (
                "Pennine Dales Healthcare NHS Trust",
                "pdh.nhs.uk",
                LON,
                "Halifax",
                "Calderdale Royal Hospital, Salterhebble, Halifax HX3 0PW",
            ),
            (
                "East Solent Community NHS Trust",
                "esct.nhs.uk",
                LON,
                "Portsmouth",
                "St Mary's Community Health Campus, Milton Road, Portsmouth PO3 6DW",
            ),
            (
                "Tamar Valley University Hospitals NHS Trust",
                "tvuh.nhs.uk",
                LON,
                "Plymouth",
                "Derriford Road, Crownhill, Plymouth PL6 8DH",
            ),
        ],
    ),
    "uk_public": (
        "uk",
        [
            (
                "Westmarsh District Council",
                "westmarsh.gov.uk",
                LON,
                "Westmarsh",
                "Civic Offices, Lark Lane, Westmarsh WM4 2PQ",
            ),
            (
                "Highland Coast Council",
                "highlandcoast.gov.uk",
                LON,
                "Inverness",
                "Glenurquhart Road, Inverness IV3 5NX",
            ),
            (
                "Cardiff Bay Housing Association",
                "cbha.org.uk",
                LON,
                "Cardiff",
                "Tŷ Glas, 4 Bute Crescent, Cardiff CF10 5AN",
            ),
            (
                "Mercia Fire and Rescue Service",
                "merciafire.gov.uk",
                LON,
                "Worcester",
                "Service Headquarters, Hindlip Park, Worcester WR3 8SP",
            ),
        ],
    ),
    "uk_firm": (
        "uk",
        [
            (
                "Hartley Moss Accountants",
                "hartleymoss.co.uk",
                LON,
                "Leeds",
                "4 Park Square East, Leeds LS1 2NE",
            ),
            ("Gannet & Lowe", "gannetlowe.co.uk", LON, "Bristol", "1 Temple Quay, Bristol BS1 6DZ"),
            ("Tillbrook Engineering", "tillbrook.co.uk", LON, "Derby", "Unit 7, Pride Park, Derby DE24 8HX"),
            (
                "Foxhollow Digital",
                "foxhollow.digital",
                LON,
                "Manchester",
                "3 Hardman Street, Manchester M3 3HF",
            ),
            (
                "Corrie & Finch Solicitors",
                "corriefinch.co.uk",
                LON,
                "Glasgow",
                "190 St Vincent Street, Glasgow G2 5SG",
            ),
        ],
    ),
    "uk_grad": (
        "uk",
        [
            ("Aldermere Consulting", "aldermere.com", LON, "London", "30 Finsbury Square, London EC2A 1AG"),
            (
                "Brackenfield Bank",
                "brackenfieldbank.co.uk",
                LON,
                "Edinburgh",
                "1 Lochrin Square, Edinburgh EH3 9QA",
            ),
            ("Northgate Power", "northgatepower.co.uk", LON, "Warwick", "Westwood Way, Coventry CV4 8LG"),
            ("Marlin Hale Engineering", "marlinhale.com", LON, "Birmingham", "2 Snowhill, Birmingham B4 6GA"),
        ],
    ),
    "uk_univ": (
        "uk",
        [
            ("University of Northumbria Vale", "nvale.ac.uk", LON, "Durham", "Stockton Road, Durham DH1 3LE"),
            (
                "Kingsbridge University",
                "kingsbridge.ac.uk",
                LON,
                "Bristol",
                "Senate House, Tyndall Avenue, Bristol BS8 1TH",
            ),
            (
                "University of Aberdour",
                "aberdour.ac.uk",
                LON,
                "St Andrews",
                "College Gate, North Street, St Andrews KY16 9AJ",
            ),
        ],
    ),
    "ie_org": (
        "ie",
        [
            ("Liffey Valley Hospital Group", "lvhg.ie", DUB, "Dublin", "James's Street, Dublin 8, D08 NHY1"),
            (
                "Corrib Medtech",
                "corribmedtech.ie",
                DUB,
                "Galway",
                "Parkmore West Business Park, Galway H91 P2DK",
            ),
        ],
    ),
    "in_it": (
        "in",
        [
            (
                "Sahyadri Infosoft Pvt. Ltd.",
                "sahyadriinfosoft.com",
                KOL,
                "Pune",
                "Plot 14, Rajiv Gandhi Infotech Park, Hinjewadi Phase 1, Pune 411057",
            ),
            (
                "Godavari Technologies",
                "godavaritech.in",
                KOL,
                "Hyderabad",
                "Block C, 4th Floor, Cyber Towers, HITEC City, Hyderabad 500081",
            ),
            (
                "Nilgiri Softech Solutions",
                "nilgirisoftech.com",
                KOL,
                "Chennai",
                "No. 42, Rajiv Gandhi Salai, Sholinganallur, Chennai 600119",
            ),
            (
                "Kaveripatnam Digital Services",
                "kpdigital.co.in",
                KOL,
                "Bengaluru",
                "3rd Floor, Embassy Tech Square, Outer Ring Road, Bengaluru 560103",
            ),
            ("Ujjayini Systems", "ujjayinisystems.com", KOL, "Noida", "Tower B, Sector 62, Noida 201309"),
        ],
    ),
    "ph_bpo": (
        "ph",
        [
            (
                "Bayanihan Contact Solutions",
                "bayanihancs.ph",
                MNL,
                "Pasig",
                "18F Robinsons Cyberscape Alpha, Sapphire Rd, Ortigas Center, Pasig City",
            ),
            (
                "PhilStar Outsourcing Inc.",
                "philstaroutsourcing.com",
                MNL,
                "Cebu",
                "Tower 2, eBloc, Cebu IT Park, Lahug, Cebu City",
            ),
        ],
    ),
    "ng_org": (
        "ng",
        [
            (
                "Zenora Microfinance Bank",
                "zenorabank.ng",
                LOS,
                "Lagos",
                "14 Adeola Odeku Street, Victoria Island, Lagos",
            ),
            (
                "Kuramo Energy Services",
                "kuramoenergy.com",
                LOS,
                "Port Harcourt",
                "27 Trans-Amadi Industrial Layout, Port Harcourt",
            ),
        ],
    ),
    "ke_org": (
        "ke",
        [
            ("Tana Basin Water Trust", "tanawater.or.ke", NBO, "Nairobi", "Upper Hill Road, Nairobi"),
            ("Savanna Agri Finance", "savannaagri.co.ke", NBO, "Nakuru", "Kenyatta Avenue, Nakuru"),
        ],
    ),
    "za_org": (
        "za",
        [
            (
                "Karoo Mutual Insurance",
                "karoomutual.co.za",
                JNB,
                "Johannesburg",
                "32 Fricker Road, Illovo, Johannesburg",
            ),
            (
                "Fynbos Logistics",
                "fynboslogistics.co.za",
                JNB,
                "Cape Town",
                "5 Marine Drive, Paarden Eiland, Cape Town",
            ),
        ],
    ),
    "ae_co": (
        "ae",
        [
            (
                "Al Noor Facilities Management",
                "alnoorfm.ae",
                DXB,
                "Dubai",
                "Office 1204, Jumeirah Business Centre 3, JLT, Dubai",
            ),
            (
                "Gulfstar Hospitality Group",
                "gulfstarhg.com",
                DXB,
                "Abu Dhabi",
                "Level 9, Al Maryah Tower, Al Maryah Island, Abu Dhabi",
            ),
        ],
    ),
    "au_co": (
        "au",
        [
            (
                "Wattle Creek Constructions",
                "wattlecreek.com.au",
                BNE,
                "Brisbane",
                "88 Creek St, Brisbane QLD 4000",
            ),
            (
                "Saltbush Software",
                "saltbush.com.au",
                MEL,
                "Melbourne",
                "Level 6, 120 Collins St, Melbourne VIC 3000",
            ),
            ("Coral Coast Tourism", "coralcoast.com.au", BNE, "Cairns", "51 The Esplanade, Cairns QLD 4870"),
            ("Swan River Health", "swanriverhealth.org.au", PER, "Perth", "24 Salvado Rd, Subiaco WA 6008"),
        ],
    ),
    "au_univ": (
        "au",
        [
            (
                "University of the Coral Sea",
                "ucs.edu.au",
                BNE,
                "Townsville",
                "1 University Dr, Douglas QLD 4811",
            ),
            (
                "Murray Darling University",
                "mdu.edu.au",
                MEL,
                "Albury",
                "Elizabeth Mitchell Dr, Thurgoona NSW 2640",
            ),
            (
                "University of the Western Plains",
                "uwp.edu.au",
                PER,
                "Perth",
                "35 Stirling Hwy, Crawley WA 6009",
            ),
        ],
    ),
    "au_gov": (
        "au",
        [
            (
                "Department of Regional Transport",
                "drt.gov.au",
                SYD,
                "Canberra",
                "62 Northbourne Ave, Canberra ACT 2601",
            ),
            (
                "NSW Environment Protection Office",
                "epo.nsw.gov.au",
                SYD,
                "Parramatta",
                "4 Parramatta Square, Parramatta NSW 2150",
            ),
        ],
    ),
    "ca_co": (
        "ca",
        [
            ("Northern Lights Credit Union", "nlcu.ca", TOR, "Ottawa", "150 Elgin St, Ottawa, ON K2P 1L4"),
            (
                "Cedar & Salt Studio",
                "cedarandsalt.ca",
                VAN,
                "Vancouver",
                "1055 W Hastings St, Vancouver, BC V6E 2E9",
            ),
            (
                "Whistler Peak Resorts",
                "whistlerpeakresorts.ca",
                VAN,
                "Whistler",
                "4545 Blackcomb Way, Whistler, BC V8E 0X9",
            ),
        ],
    ),
    "eu_tech": (
        "de",
        [
            (
                "Kranichfeld Software GmbH",
                "kranichfeld.de",
                BER,
                "Berlin",
                "Schlesische Str. 27, 10997 Berlin",
            ),
            ("Elbflut Analytics GmbH", "elbflut.de", BER, "Hamburg", "Großer Burstah 31, 20457 Hamburg"),
            ("Isarwerk Mobility", "isarwerk.io", BER, "Munich", "Rosenheimer Str. 145, 81671 München"),
        ],
    ),
    "es_co": (
        "es",
        [
            (
                "Tramuntana Tech SL",
                "tramuntana.tech",
                MAD,
                "Barcelona",
                "Carrer de Pallars 193, 08005 Barcelona",
            ),
            ("Alameda Digital", "alamedadigital.es", MAD, "Valencia", "Carrer de Colón 4, 46004 Valencia"),
        ],
    ),
    "it_co": (
        "it",
        [
            ("Lagunare Sistemi Srl", "lagunare.it", ROM, "Milan", "Via Tortona 33, 20144 Milano"),
            ("Vesuvio Robotics", "vesuviorobotics.it", ROM, "Turin", "Corso Castelfidardo 30, 10129 Torino"),
        ],
    ),
    "tr_co": (
        "tr",
        [
            (
                "Boğaziçi Yazılım A.Ş.",
                "bogaziciyazilim.com.tr",
                IST,
                "Istanbul",
                "Büyükdere Cad. No:185, Levent, İstanbul",
            ),
            ("Kapadokya Games", "kapadokyagames.com", IST, "Ankara", "ODTÜ Teknokent, Ankara"),
        ],
    ),
    "cn_co": (
        "cn",
        [
            (
                "Hangzhou Yunfan Technology",
                "yunfantech.cn",
                SHA,
                "Hangzhou",
                "Building 3, 998 Wenyi West Road, Hangzhou",
            ),
            (
                "Shenzhen Lanxin Electronics",
                "lanxin-elec.com",
                SHA,
                "Shenzhen",
                "18 Keji South Road, Nanshan District, Shenzhen",
            ),
        ],
    ),
    "vn_co": (
        "vn",
        [
            ("Song Han Software", "songhansoft.vn", HCM, "Da Nang", "15 Le Duan, Hai Chau, Da Nang"),
            (
                "Mekong Pay",
                "mekongpay.vn",
                HCM,
                "Ho Chi Minh City",
                "72 Le Thanh Ton, District 1, Ho Chi Minh City",
            ),
        ],
    ),
    "jp_co": (
        "jp",
        [
            ("Hoshikaze Inc.", "hoshikaze.co.jp", TYO, "Tokyo", "2-11-3 Meguro, Meguro-ku, Tokyo"),
            ("Sakuragi Data Co., Ltd.", "sakuragidata.jp", TYO, "Osaka", "3-6-1 Umeda, Kita-ku, Osaka"),
        ],
    ),
    "sg_co": (
        "sg",
        [
            (
                "Lumiere Capital Asia",
                "lumierecap.sg",
                SGP,
                "Singapore",
                "8 Marina View, #32-01, Singapore 018960",
            ),
            (
                "Changi Fresh Foods",
                "changifresh.com.sg",
                SGP,
                "Singapore",
                "21 Senoko Loop, Singapore 758171",
            ),
        ],
    ),
    "ch_co": (
        "ch",
        [
            ("Rheinbrücke Pharma AG", "rheinbruecke.ch", ZRH, "Basel", "Hochbergerstrasse 60, 4057 Basel"),
            ("Alpenglanz Versicherung", "alpenglanz.ch", ZRH, "Zurich", "Mythenquai 20, 8002 Zürich"),
        ],
    ),
    "airline": (
        "uk",
        [
            (
                "Skylark Airways",
                "skylarkair.co.uk",
                LON,
                "Manchester",
                "Skylark House, Manchester Airport, Ringway Road, Manchester M90 3NZ",
            ),
            (
                "Bluewing Air",
                "bluewingair.com",
                LON,
                "London Gatwick",
                "Crawley Business Quarter, Manor Royal, Crawley RH10 9AX",
            ),
            (
                "Atlantic Puffin Airlines",
                "puffinair.co.uk",
                LON,
                "Glasgow",
                "Abbotsinch Road, Paisley PA3 2RY",
            ),
        ],
    ),
    "au_hosp": (
        "au",
        [
            ("Coral Coast Tourism", "coralcoast.com.au", BNE, "Cairns", "51 The Esplanade, Cairns QLD 4870"),
            (
                "Noosa Sands Resort",
                "noosasands.com.au",
                BNE,
                "Noosa Heads",
                "16 Hastings St, Noosa Heads QLD 4567",
            ),
            (
                "Margaret River Cellars",
                "mrcellars.com.au",
                PER,
                "Margaret River",
                "4 Bussell Hwy, Margaret River WA 6285",
            ),
        ],
    ),
    "au_build": (
        "au",
        [
            (
                "Wattle Creek Constructions",
                "wattlecreek.com.au",
                BNE,
                "Brisbane",
                "88 Creek St, Brisbane QLD 4000",
            ),
            (
                "Ironstone Build Group",
                "ironstonebuild.com.au",
                SYD,
                "Sydney",
                "Level 3, 2 Market St, Sydney NSW 2000",
            ),
            ("Redgum Civil", "redgumcivil.com.au", MEL, "Geelong", "60 Moorabool St, Geelong VIC 3220"),
        ],
    ),
    "uk_shop": (
        "uk",
        [
            (
                "The Larder at Hebden",
                "thelarderhebden.co.uk",
                LON,
                "Hebden Bridge",
                "12 Market Street, Hebden Bridge HX7 6AA",
            ),
            (
                "Brambles Garden Centre",
                "bramblesgc.co.uk",
                LON,
                "Taunton",
                "Staplegrove Road, Taunton TA2 6AB",
            ),
            (
                "The Kings Head",
                "kingsheadlewes.co.uk",
                LON,
                "Lewes",
                "9 Southover High Street, Lewes BN7 1HS",
            ),
            ("Snip & Style", "snipandstyle.co.uk", LON, "Stockport", "44 Princes Street, Stockport SK1 1RY"),
        ],
    ),
    "us_food": (
        "us",
        [
            (
                "Saguaro Smokehouse",
                "saguarosmokehouse.com",
                PHX,
                "Mesa",
                "1440 S Country Club Dr, Mesa, AZ 85210",
            ),
            ("Riverside Diner", "riversidediner.net", CHI, "Tulsa", "1325 E 15th St, Tulsa, OK 74120"),
            (
                "Little Lisbon Kitchen",
                "littlelisbonkitchen.com",
                NY,
                "Providence",
                "245 Wickenden St, Providence, RI 02903",
            ),
            ("Cast Iron Social", "castironsocial.com", LA, "Boise", "1010 W Main St, Boise, ID 83702"),
        ],
    ),
    "us_small": (
        "us",
        [
            (
                "Hendricks Plumbing & Heating",
                "hendricksplumbing.com",
                CHI,
                "Rochester",
                "1820 2nd St SW, Rochester, MN 55902",
            ),
            (
                "Oakridge Family Law",
                "oakridgefamilylaw.com",
                NY,
                "Roanoke",
                "310 1st St SW, Roanoke, VA 24011",
            ),
            (
                "Bluebonnet Landscaping",
                "bluebonnetlandscaping.com",
                CHI,
                "Waco",
                "2115 Franklin Ave, Waco, TX 76701",
            ),
        ],
    ),
    "us_insur": (
        "us",
        [
            (
                "Heartland Mutual Insurance",
                "heartlandmutual.com",
                CHI,
                "Des Moines",
                "1 Heartland Way, West Des Moines, IA 50266",
            ),
            (
                "Clearpath Wireless",
                "clearpathwireless.com",
                DEN,
                "Albuquerque",
                "6000 Uptown Blvd NE, Albuquerque, NM 87110",
            ),
            (
                "Summit Federal Credit Union",
                "summitfcu.org",
                NY,
                "Rochester",
                "100 Marina Dr, Rochester, NY 14626",
            ),
        ],
    ),
    "eu_univ": (
        "de",
        [
            (
                "Universität Rheinau",
                "uni-rheinau.de",
                BER,
                "Heidelberg",
                "Im Neuenheimer Feld 205, 69120 Heidelberg",
            ),
            (
                "Technische Hochschule Weserland",
                "th-weserland.de",
                BER,
                "Bremen",
                "Bibliothekstraße 1, 28359 Bremen",
            ),
            ("Universität Alpenrand", "uni-alpenrand.ch", ZRH, "Bern", "Hochschulstrasse 6, 3012 Bern"),
        ],
    ),
    "ca_gov": (
        "ca",
        [
            (
                "Fisheries and Oceans Canada",
                "dfo-mpo.gc.ca",
                TOR,
                "Ottawa",
                "200 Kent Street, Ottawa, ON K1A 0E6",
            ),
            (
                "Natural Resources Canada",
                "nrcan-rncan.gc.ca",
                TOR,
                "Ottawa",
                "580 Booth Street, Ottawa, ON K1A 0E4",
            ),
            (
                "Statistics Canada",
                "statcan.gc.ca",
                TOR,
                "Ottawa",
                "150 Tunney's Pasture Driveway, Ottawa, ON K1A 0T6",
            ),
        ],
    ),
    "pl_co": (
        "pl",
        [
            ("Wisłok Software", "wislok.pl", WAW, "Kraków", "ul. Lubicz 17, 31-503 Kraków"),
            (
                "Bursztyn Logistics",
                "bursztynlogistics.pl",
                WAW,
                "Gdańsk",
                "al. Grunwaldzka 472, 80-309 Gdańsk",
            ),
        ],
    ),
    "nl_co": (
        "nl",
        [
            ("Grachtwerk BV", "grachtwerk.nl", AMS, "Amsterdam", "Keizersgracht 520, 1017 EK Amsterdam"),
            (
                "Dijkstra & Veen Logistiek",
                "dijkstraveen.nl",
                AMS,
                "Rotterdam",
                "Waalhaven Zuidzijde 21, 3089 JH Rotterdam",
            ),
        ],
    ),
}

# third companies for the small regional pools (so the three variants of a family differ), and two
# sector pools added later
_MORE: dict[str, list[tuple[str, str, str, str, str]]] = {
    "au_gov": [
        (
            "Queensland Office of Water Security",
            "qows.qld.gov.au",
            BNE,
            "Brisbane",
            "1 William St, Brisbane QLD 4000",
        )
    ],
    "ph_bpo": [
        (
            "Luzon Gateway CX",
            "luzongatewaycx.com",
            MNL,
            "Quezon City",
            "5F Eton Centris, EDSA cor. Quezon Ave, Quezon City",
        )
    ],
    "ng_org": [
        (
            "Olumo Insurance Brokers",
            "olumoinsurance.ng",
            LOS,
            "Abuja",
            "Plot 1102, Ahmadu Bello Way, Garki, Abuja",
        )
    ],
    "ke_org": [("Rift Valley Health Alliance", "rvhealth.or.ke", NBO, "Eldoret", "Uganda Road, Eldoret")],
    "ae_co": [
        (
            "Sahara Crest Contracting LLC",
            "saharacrest.ae",
            DXB,
            "Sharjah",
            "Warehouse 14, Industrial Area 6, Sharjah",
        )
    ],
    "cn_co": [
        (
            "Suzhou Hengyu Automation",
            "hengyu-auto.cn",
            SHA,
            "Suzhou",
            "88 Xinghu Street, Suzhou Industrial Park",
        )
    ],
    "vn_co": [("Hoan Kiem Digital", "hoankiemdigital.vn", HCM, "Hanoi", "28 Trang Tien, Hoan Kiem, Hanoi")],
    "jp_co": [("Kumo Logistics K.K.", "kumologi.jp", TYO, "Fukuoka", "1-4-2 Tenjin, Chuo-ku, Fukuoka")],
    "sg_co": [
        (
            "Tanjong Rhu Medical Group",
            "trmg.com.sg",
            SGP,
            "Singapore",
            "3 Mount Elizabeth, #10-01, Singapore 228510",
        )
    ],
    "ch_co": [
        ("Seeblick Medtech AG", "seeblick-medtech.ch", ZRH, "Lucerne", "Landenbergstrasse 34, 6005 Luzern")
    ],
    "nl_co": [("Zilvermeeuw Energie", "zilvermeeuw.nl", AMS, "Utrecht", "Croeselaan 18, 3521 CB Utrecht")],
    "es_co": [
        ("Guadalquivir Data SL", "guadalquivirdata.es", MAD, "Seville", "Calle Torneo 76, 41002 Sevilla")
    ],
    "it_co": [
        ("Adriatica Software SpA", "adriaticasw.it", ROM, "Bologna", "Via dei Mille 12, 40121 Bologna")
    ],
    "pl_co": [("Odra Fintech", "odrafintech.pl", WAW, "Wrocław", "ul. Legnicka 48, 54-202 Wrocław")],
    "ie_org": [
        (
            "Shannon Regional Hospital",
            "shannonregional.ie",
            DUB,
            "Limerick",
            "St Nessan's Road, Dooradoyle, Limerick V94 F858",
        ),
        ("South Munster University Hospital", "smuh.ie", DUB, "Cork", "Wilton, Cork T12 DC4A"),
    ],
}
for _key, _rows in _MORE.items():
    _ROWS[_key][1].extend(_rows)
_ROWS["ie_org"][1][:] = [r for r in _ROWS["ie_org"][1] if r[0] != "Corrib Medtech"]
_ROWS["us_retail"] = (
    "us",
    [
        (
            "Hometown Pantry",
            "hometownpantry.com",
            CHI,
            "Springfield",
            "2701 S MacArthur Blvd, Springfield, IL 62704",
        ),
        (
            "Pine & Porter Outfitters",
            "pineandporter.com",
            DEN,
            "Fort Collins",
            "215 S College Ave, Fort Collins, CO 80524",
        ),
        ("Sunbelt Pharmacy", "sunbeltpharmacy.com", NY, "Orlando", "3200 E Colonial Dr, Orlando, FL 32803"),
        ("Valley Hardware & Supply", "valleyhardware.com", LA, "Yakima", "1602 S 1st St, Yakima, WA 98901"),
        (
            "Bayou Books & Gifts",
            "bayoubooks.com",
            CHI,
            "Baton Rouge",
            "7600 Jefferson Hwy, Baton Rouge, LA 70809",
        ),
    ],
)
_ROWS["ca_studio"] = (
    "ca",
    [
        (
            "Cedar & Salt Studio",
            "cedarandsalt.ca",
            VAN,
            "Vancouver",
            "1055 W Hastings St, Vancouver, BC V6E 2E9",
        ),
        ("Fieldnote Creative", "fieldnotecreative.ca", TOR, "Toronto", "99 Spadina Ave, Toronto, ON M5V 3P8"),
        (
            "Tidewater Brand Co.",
            "tidewaterbrand.ca",
            "America/Halifax",
            "Halifax",
            "1496 Lower Water St, Halifax, NS B3J 1R9",
        ),
    ],
)

COS: dict[str, list[Co]] = {k: [Co(*row, region) for row in rows] for k, (region, rows) in _ROWS.items()}

AGENCIES = {
    "us": ["Vantage Staffing", "BlueLine Workforce", "Crossroads Temps", "Prime Labor Partners"],
    "uk": ["Kingfisher Recruitment", "Harper Lane Appointments", "Quayside Talent", "Redbrick Recruitment"],
    "nurse": [
        "Wanderwell Nurse Staffing",
        "Compass Travel Nursing",
        "Trueheart Medical Staffing",
        "Open Road Healthcare",
    ],
    "exec_uk": ["Albemarle Search", "Hatherley Partners", "Sterling Ross Executive"],
    "exec_us": ["Whitford Search Partners", "Beacon Hill Executive", "Crane & Ashby Search"],
    "au": ["Bondi Talent", "Yarra Recruitment", "Southern Cross Labour Hire"],
}

ROLES: dict[str, list[str]] = {
    "tech": [
        "Backend Engineer",
        "Data Engineer",
        "Site Reliability Engineer",
        "Product Analyst",
        "QA Engineer",
        "Machine Learning Engineer",
        "Frontend Developer",
        "Solutions Architect",
    ],
    "startup": [
        "Founding Engineer",
        "Growth Marketer",
        "Product Designer",
        "Full-Stack Engineer",
        "Operations Lead",
    ],
    "office": [
        "Operations Analyst",
        "Project Coordinator",
        "Financial Analyst",
        "Customer Success Manager",
        "Account Manager",
        "Marketing Specialist",
    ],
    "uk_office": [
        "Finance Assistant",
        "Marketing Executive",
        "Office Manager",
        "Credit Controller",
        "Business Analyst",
        "HR Advisor",
        "Payroll Officer",
    ],
    "nhs": [
        "Band 5 Staff Nurse - Respiratory Ward",
        "Band 6 Physiotherapist",
        "Band 4 Medical Secretary",
        "Band 7 Advanced Clinical Practitioner",
        "Band 3 Healthcare Support Worker",
        "Band 5 Pharmacy Technician",
    ],
    "council": [
        "Planning Officer",
        "Revenues Officer",
        "Housing Officer",
        "Waste Services Supervisor",
        "Democratic Services Officer",
        "Building Control Surveyor",
    ],
    "hourly": [
        "Cashier",
        "Stocker",
        "Shift Lead",
        "Line Cook",
        "Server",
        "Barista",
        "Sales Associate",
        "Host",
    ],
    "warehouse": [
        "Warehouse Associate",
        "Forklift Operator",
        "Picker/Packer",
        "Material Handler",
        "Shipping Clerk",
    ],
    "cdl": ["CDL-A Regional Driver", "Class A OTR Driver", "Local Delivery Driver (CDL-B)", "Yard Jockey"],
    "nurse": [
        "Travel RN - Med/Surg",
        "Travel RN - ICU",
        "Travel RN - Labor & Delivery",
        "Travel RN - Telemetry",
        "Travel RN - Operating Room",
    ],
    "postdoc": [
        "Postdoctoral Research Associate",
        "Postdoctoral Fellow",
        "Research Fellow",
        "Postdoctoral Researcher",
    ],
    "bank": [
        "Investment Banking Summer Analyst",
        "Sales & Trading Summer Analyst",
        "Global Markets Analyst",
        "Equity Research Summer Associate",
    ],
    "grad": [
        "Graduate Consulting Programme",
        "Graduate Engineering Scheme",
        "Finance Graduate Scheme",
        "Technology Graduate Programme",
        "Graduate Project Management Scheme",
    ],
    "exec": [
        "Chief Financial Officer",
        "Chief Operating Officer",
        "Managing Director",
        "Director of Finance",
        "Chief People Officer",
    ],
    "in_it": [
        "Java Developer",
        ".NET Developer",
        "SAP FICO Consultant",
        "Test Engineer",
        "Salesforce Developer",
        "DevOps Engineer",
    ],
    "bpo": ["Customer Service Representative", "Technical Support Associate", "Chat Support Specialist"],
    "campus": [
        "Software Engineering Intern",
        "Data Science Intern",
        "Finance Intern",
        "Marketing Intern",
        "Product Management Intern",
    ],
    "teacher": [
        "3rd Grade Teacher",
        "High School Math Teacher",
        "Special Education Teacher",
        "Middle School Science Teacher",
    ],
    "dental": ["Dental Assistant", "Dental Hygienist", "Front Desk Coordinator"],
    "hotel": ["Front Desk Agent", "Housekeeping Attendant", "Banquet Server", "Night Auditor"],
    "cabin": ["Cabin Crew", "Flight Attendant", "Cabin Crew (Seasonal)"],
    "univ": ["Research Administrator", "Student Services Officer", "Lab Manager", "Library Assistant"],
    "trades": ["Carpenter", "Apprentice Electrician", "Site Supervisor", "Concreter"],
    "health": ["Registered Nurse - Emergency", "Medical Laboratory Scientist", "Respiratory Therapist"],
    "gov": ["Policy Officer", "Program Analyst", "Environmental Scientist", "Grants Coordinator"],
    "lecturer": ["Lecturer in Marketing", "Lecturer in Computer Science", "Senior Lecturer in Nursing"],
    "sales": ["Account Executive", "Sales Development Representative", "Business Development Manager"],
    "design": ["Product Designer", "Brand Designer", "UX Designer"],
    "kitchen": ["Line Cook", "Prep Cook", "Dishwasher", "Sous Chef", "Grill Cook"],
    "foh": ["Server", "Host", "Busser", "Bartender"],
    "retail": ["Cashier", "Stocker", "Sales Associate", "Shift Lead", "Customer Service Associate"],
    "in_dev": [
        "Java Developer",
        ".NET Developer",
        "Salesforce Developer",
        "DevOps Engineer",
        "Python Developer",
    ],
    "cdl_otr": ["CDL-A Regional Driver", "Class A OTR Driver", "CDL-A Dedicated Driver"],
    "teacher_el": [
        "3rd Grade Teacher",
        "Kindergarten Teacher",
        "5th Grade Teacher",
        "Special Education Teacher",
    ],
    "uk_hourly": [
        "Sales Assistant",
        "Saturday Assistant",
        "Front of House Assistant",
        "Weekend Team Member",
        "Part-time Assistant",
    ],
    "ae": ["HSE Officer", "Facilities Coordinator", "Procurement Executive", "MEP Supervisor"],
    "small_office": ["Bookkeeper", "Office Assistant", "Receptionist", "Admin Assistant"],
    "cagov": [
        "Policy Analyst (EC-04)",
        "Biologist (BI-03)",
        "Program Officer (PM-04)",
        "Data Scientist (EC-05)",
    ],
    "writer": ["Content Writer", "Policy Researcher", "Communications Officer", "Copywriter"],
}

CAND_FIRST = [
    "Amara",
    "Bogdan",
    "Catalina",
    "Dariusz",
    "Efua",
    "Fionn",
    "Gulnara",
    "Hamza",
    "Ines",
    "Jovan",
    "Keala",
    "Lucía",
    "Mthunzi",
    "Nasrin",
    "Oisín",
    "Priyanka",
    "Quentin",
    "Rania",
    "Sanjay",
    "Thandiwe",
    "Ulrich",
    "Valeria",
    "Wanjiru",
    "Xiadani",
    "Yusuf",
    "Zofia",
    "Adebola",
    "Bao",
    "Cormac",
    "Dilnoza",
    "Emeka",
    "Freddie",
    "Gabriela",
    "Hyun-woo",
    "Ivana",
    "Jomo",
    "Kirra",
    "Luis",
    "Mirela",
    "Nikolai",
    "Olga",
    "Parisa",
    "Reuben",
    "Saoirse",
    "Tomás",
    "Uzma",
    "Vikram",
    "Wren",
    "Yasmin",
    "Zainab",
]
CAND_LAST = [
    "Abara",
    "Bergström",
    "Castellanos",
    "Dąbrowski",
    "Eriksen",
    "Fofana",
    "Gonzaga",
    "Hosseini",
    "Ilunga",
    "Jovanović",
    "Kealoha",
    "Lozano",
    "Mahlangu",
    "Nazari",
    "O'Neill",
    "Patil",
    "Quinlan",
    "Rostami",
    "Subramaniam",
    "Tshabalala",
    "Ulloa",
    "Vasquez",
    "Wambui",
    "Yilmaz",
    "Zielinski",
    "Adeyinka",
    "Bui",
    "Chowdhury",
    "Duarte",
    "Ekwueme",
]

PEOPLE: dict[str, tuple[list[str], list[str]]] = {
    "us": (
        [
            "Ashley",
            "Brandon",
            "Carla",
            "Dustin",
            "Erica",
            "Felipe",
            "Gina",
            "Heather",
            "Isaac",
            "Jenna",
            "Kyle",
            "LaToya",
            "Marcus",
            "Nicole",
            "Owen",
            "Paige",
            "Renee",
            "Shawn",
            "Tiffany",
            "Victor",
        ],
        [
            "Albright",
            "Benson",
            "Cruz",
            "Dominguez",
            "Ellison",
            "Farrell",
            "Gutierrez",
            "Hargrove",
            "Ingram",
            "Jacobs",
            "Kowalski",
            "Lam",
            "McBride",
            "Nash",
            "Ortega",
            "Pruitt",
            "Quintero",
            "Rasmussen",
            "Stone",
            "Tran",
        ],
    ),
    "uk": (
        [
            "Abigail",
            "Ben",
            "Chloe",
            "Dominic",
            "Eleanor",
            "Fraser",
            "Georgia",
            "Harvey",
            "Isla",
            "Jack",
            "Kirsty",
            "Liam",
            "Megan",
            "Nathan",
            "Rebecca",
            "Sanjeev",
            "Tasha",
            "Yusuf",
        ],
        [
            "Appleby",
            "Bamford",
            "Chadwick",
            "Dunmore",
            "Egerton",
            "Forsyth",
            "Griffiths",
            "Hussain",
            "Ingham",
            "Jarvis",
            "Kerr",
            "Lowther",
            "Mahmood",
            "Needham",
            "Pickering",
            "Rowley",
            "Sinclair",
            "Thorne",
        ],
    ),
    "ie": (
        ["Aisling", "Brendan", "Caoimhe", "Dónal", "Éabha", "Fergal", "Méabh", "Seán"],
        ["Ní Bhriain", "Brennan", "Corcoran", "Dunne", "Flanagan", "Geraghty", "Lynch", "Mac Giolla"],
    ),
    "in": (
        [
            "Anjali",
            "Bhavesh",
            "Chitra",
            "Dinesh",
            "Gayathri",
            "Hemant",
            "Jyoti",
            "Kiran",
            "Lavanya",
            "Mohit",
            "Nandini",
            "Pradeep",
            "Ritu",
            "Sachin",
            "Tanvi",
            "Umesh",
        ],
        [
            "Acharya",
            "Bhosale",
            "Chatterjee",
            "Dubey",
            "Gowda",
            "Hegde",
            "Jain",
            "Kamath",
            "Luthra",
            "Mishra",
            "Naidu",
            "Pandey",
            "Raghavan",
            "Saxena",
            "Trivedi",
            "Varma",
        ],
    ),
    "ph": (
        ["Jennylyn", "Mark Anthony", "Rhea", "Jomar", "Kristel", "Ramil"],
        ["Aquino", "Macaraeg", "Soriano", "Mendoza", "Pascual", "Tolentino"],
    ),
    "ng": (
        ["Chiamaka", "Oluwatobi", "Ifeanyi", "Halima", "Segun", "Blessing"],
        ["Okafor", "Adeleke", "Eze", "Danjuma", "Ogundipe", "Nwachukwu"],
    ),
    "ke": (
        ["Wairimu", "Otieno", "Njeri", "Kipchoge", "Akinyi", "Mwangi"],
        ["Kamau", "Odhiambo", "Chebet", "Mutua", "Wekesa", "Njoroge"],
    ),
    "za": (
        ["Lerato", "Pieter", "Nomvula", "Thabang", "Annelie", "Sizwe"],
        ["Mokoena", "van der Merwe", "Dlamini", "Naidoo", "Botha", "Khumalo"],
    ),
    "ae": (
        ["Rashid", "Maryam", "Joseph", "Hessa", "Arjun", "Noura"],
        ["Al Hammadi", "Qasim", "D'Souza", "Al Suwaidi", "Nambiar", "Haddad"],
    ),
    "au": (
        ["Brooke", "Jarrah", "Maddison", "Callum", "Tegan", "Lachie"],
        ["Sullivan", "Nguyen", "Hartigan", "Papadakis", "McGrath", "Tan"],
    ),
    "ca": (
        ["Geneviève", "Marc-André", "Priya", "Connor", "Mei", "Simone"],
        ["Tremblay", "Gagnon", "Sandhu", "MacLeod", "Wong", "Bouchard"],
    ),
    "de": (
        ["Sabine", "Jörg", "Lena", "Henrik", "Birgit", "Stefan"],
        ["Krüger", "Neumann", "Fischer", "Lorenz", "Schäfer", "Weiß"],
    ),
    "es": (
        ["Montserrat", "Jordi", "Ainhoa", "Iker", "Rocío", "Pau"],
        ["Puig", "Etxeberria", "Vidal", "Moreno", "Sánchez", "Ferrer"],
    ),
    "it": (
        ["Chiara", "Davide", "Giulia", "Matteo", "Francesca", "Lorenzo"],
        ["Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco"],
    ),
    "tr": (
        ["Elif", "Burak", "Zeynep", "Emre", "Selin", "Kaan"],
        ["Demir", "Şahin", "Kaya", "Aydın", "Öztürk", "Çelik"],
    ),
    "cn": (["Liu Fang", "Zhou Lei", "Sun Yue", "Huang Jie", "Xu Ming", "Gao Ling"], ["", "", "", "", "", ""]),
    "vn": (
        ["Hanh", "Duc", "Phuong", "Khoa", "Ngoc", "Bao"],
        ["Nguyen", "Tran", "Hoang", "Phan", "Vu", "Do"],
    ),
    "jp": (
        ["Haruka", "Shota", "Misaki", "Ryo", "Naomi", "Kazuki"],
        ["Takahashi", "Watanabe", "Kimura", "Hayashi", "Shimizu", "Mori"],
    ),
    "sg": (
        ["Wei Ling", "Kelvin", "Nur Aisyah", "Marcus", "Shu Fen", "Arvind"],
        ["Teo", "Goh", "Rahman", "Lee", "Koh", "Pillai"],
    ),
    "ch": (
        ["Corinne", "Reto", "Nadine", "Urs", "Livia", "Beat"],
        ["Meier", "Brunner", "Baumann", "Gerber", "Keller", "Zürcher"],
    ),
    "pl": (
        ["Magdalena", "Piotr", "Katarzyna", "Michał", "Ewa", "Łukasz"],
        ["Nowak", "Kaczmarek", "Wróbel", "Zając", "Pawlak", "Mazur"],
    ),
    "nl": (
        ["Femke", "Joost", "Sanne", "Bram", "Lotte", "Ruben"],
        ["de Boer", "Visser", "Bakker", "Smit", "Mulder", "van Leeuwen"],
    ),
}

PHONE: dict[str, Callable[[random.Random], str]] = {
    "us": lambda r: (
        f"({r.choice(['317', '614', '402', '480', '919', '813', '503', '720'])}) 555-01{r.randrange(10, 100)}"
    ),
    "uk": lambda r: (
        f"0{r.choice(['113 496', '117 496', '121 496', '161 496', '20 7946'])} {r.randrange(1000, 10000)}"
    ),
    "ie": lambda r: f"0{r.choice(['1', '91', '21'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "in": lambda r: (
        f"+91 {r.choice(['98', '96', '88', '73'])}{r.randrange(100, 1000)} {r.randrange(10000, 100000)}"
    ),
    "ph": lambda r: f"0917 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ng": lambda r: f"0803 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ke": lambda r: f"+254 7{r.randrange(10, 100)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "za": lambda r: f"+27 {r.choice(['11', '21'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ae": lambda r: f"+971 4 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "au": lambda r: f"04{r.randrange(10, 100)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "ca": lambda r: f"({r.choice(['613', '604', '416'])}) 555-01{r.randrange(10, 100)}",
    "de": lambda r: f"+49 {r.choice(['30', '40', '89'])} {r.randrange(1000000, 9999999)}",
    "es": lambda r: (
        f"+34 {r.choice(['93', '96'])} {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
    ),
    "it": lambda r: f"+39 02 {r.randrange(1000, 10000)} {r.randrange(1000, 10000)}",
    "tr": lambda r: f"+90 212 {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}",
    "cn": lambda r: f"+86 {r.randrange(130, 190)} {r.randrange(1000, 10000)} {r.randrange(1000, 10000)}",
    "vn": lambda r: f"+84 {r.randrange(90, 99)} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "jp": lambda r: f"+81 3-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
    "sg": lambda r: f"+65 {r.choice(['6', '8', '9'])}{r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ch": lambda r: (
        f"+41 {r.choice(['61', '44'])} {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
    ),
    "pl": lambda r: f"+48 {r.randrange(500, 800)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "nl": lambda r: f"+31 {r.choice(['20', '10'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
}

TZ_GENERIC = {NY: "ET", CHI: "CT", DEN: "MT", PHX: "AZ time", LA: "PT", TOR: "ET", VAN: "PT"}
TZ_ABBR = {
    DXB: "GST",
    SGP: "SGT",
    MNL: "PHT",
    KOL: "IST",
    LOS: "WAT",
    NBO: "EAT",
    SHA: "CST",
    TYO: "JST",
    HCM: "ICT",
    JNB: "SAST",
    IST: "TRT",
}

TZ_LONG = {
    NY: "Eastern Time - New York",
    CHI: "Central Time - Chicago",
    DEN: "Mountain Time - Denver",
    PHX: "Mountain Time - Arizona",
    LA: "Pacific Time - Los Angeles",
    TOR: "Eastern Time - Toronto",
    VAN: "Pacific Time - Vancouver",
    LON: "United Kingdom Time",
    DUB: "Ireland Time",
    KOL: "India Standard Time",
    BER: "Central European Time - Berlin",
    AMS: "Central European Time - Amsterdam",
    SYD: "Australian Eastern Time - Sydney",
}
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------


Fam = positive_common.Fam
FAMILIES: list[Fam] = []
F = positive_common.family_adder(FAMILIES, PREFIX, Fam)


# ---------------------------------------------------------------------------------------------------------
# Slot computation
# ---------------------------------------------------------------------------------------------------------

START = date(2026, 1, 12)
_ascii = positive_common.ascii_name


def _tzabbr(dt: datetime) -> str:
    return positive_common.tz_abbr(dt, TZ_ABBR)


def _date_slots(p: str, dt: datetime) -> dict[str, str]:
    """The ways people write a date and a time; families pick the local habit."""
    s = positive_common.date_slots(p, dt, _tzabbr(dt), TZ_GENERIC.get(str(dt.tzinfo), _tzabbr(dt)))
    s.update(
        {
            f"{p}mdy": f"{dt.month:02d}/{dt.day:02d}/{dt.year}",
            f"{p}dmony": f"{dt.day} {dt.strftime('%B')} {dt.year}",
            f"{p}t24h": f"{dt.hour}h{dt.minute:02d}",
        }
    )
    return s


def _variant(rng: random.Random, fam: Fam, used: dict[str, set[str]]) -> dict[str, Any]:
    def fresh(key: str, options: Sequence[Any]) -> Any:
        seen = used.setdefault(key, set())
        left = [o for o in options if str(o) not in seen] or list(options)
        value = rng.choice(left)
        seen.add(str(value))
        return value

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
    if region == "cn":  # Chinese names are written family name first; there is no separate surname slot
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
        if any(abs(sd.toordinal() - int(x)) < 10 for x in used.get("sd", ())):
            continue  # keep the variants of a family apart in time
        iday = pick_day(rng, fam.when, fam.days, sd) if fam.when else sd + timedelta(days=rng.randint(5, 14))
        if iday is not None:
            break
    else:  # pragma: no cover - a family whose day rules cannot be met
        raise SystemExit(f"{fam.fid}: no send/interview day fits")
    used.setdefault("sd", set()).add(str(sd.toordinal()))
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
    if fam.when in ("today", "tomorrow"):
        expected = iday - timedelta(days=1 if fam.when == "tomorrow" else 0)
        if send.astimezone(itz).date() != expected:
            raise SystemExit(f"{fam.fid}: '{fam.when}' across zones")
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
    # a third option, after the second
    d3 = d2 + timedelta(days=1)
    while d3.weekday() not in fam.days:
        d3 += timedelta(days=1)
    h3, m3 = rng.choice(list(fam.hours))
    i3 = datetime(d3.year, d3.month, d3.day, h3, m3, tzinfo=itz)
    # the earlier (original) slot of a rescheduled interview: a weekday between the mail and the new time
    between = [sd + timedelta(days=k) for k in range(1, (iday - sd).days)]
    between = [d for d in between if d.weekday() < 5] or [iday - timedelta(days=1)]
    od = rng.choice(between)
    ho, mo = rng.choice([x for x in fam.hours if x != (h, m)] or list(fam.hours))
    orig = datetime(od.year, od.month, od.day, ho, mo, tzinfo=itz)
    # a working day a few days before the mail (an earlier message in the thread)
    pd = sd - timedelta(days=rng.randint(2, 5))
    while pd.weekday() > 4:
        pd -= timedelta(days=1)
    prev = datetime(pd.year, pd.month, pd.day, 10, 0, tzinfo=stz)
    monday = iday - timedelta(days=iday.weekday())

    cslug = co.domain.split(".")[0]
    rslug = f"{_ascii(cfirst)}.{_ascii(lasts[cl] or 'hr')}"
    links = meeting_links(rng, cslug, rslug)
    phone = PHONE.get(region, PHONE["us"])(rng)
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
        "candmail": f"{_ascii(first)}.{_ascii(last)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}",
        "cfirst": cfirst,
        "cfull": cfull,
        "clast": lasts[cl],
        "cemail": f"{rslug}@{co.domain}",
        "cslugname": rslug,
        "cfirst_l": _ascii(cfirst),
        "hmfirst": hmfirst,
        "hmlast": lasts[hl],
        "hm": hm,
        "hmemail": f"{_ascii(hmfirst)}.{_ascii(lasts[hl] or 'x')}@{co.domain}",
        "p3first": p3first,
        "p3": p3,
        "phone": phone,
        "phone2": PHONE.get(region, PHONE["us"])(rng),
        "ref": str(rng.randrange(100000, 999999)),
        "req": f"{rng.randrange(1000, 9999)}",
        "tok": rand_chars(rng, ALNUM, 20),
        "tokl": rand_chars(rng, LOW + string.digits, 16),
        "hex": rand_chars(rng, HEX, 24),
        "num4": str(rng.randrange(1000, 9999)),
        "num6": str(rng.randrange(100000, 999999)),
        "dur": str(fam.dur),
        "_send": send,
        "_istart": istart,
        "_iend": iend,
        "_region": region,
    }
    s.update({f"link_{k}": v for k, v in links.items()})
    s.update(_date_slots("", istart))
    s.update({f"e_{k}": v for k, v in _date_slots("", iend).items()})
    s.update(_date_slots("b_", i2))
    s.update(_date_slots("dl_", dl))
    s.update(_date_slots("st_", stdt))
    s.update(_date_slots("rb_", rb))
    s.update(_date_slots("s_", send))
    s.update(_date_slots("o_", orig))
    s.update(_date_slots("c_", i3))
    s.update(_date_slots("pv_", prev))
    s["week_of"] = (
        f"{monday.strftime('%B')} {monday.day}"
        if region in ("us", "ca")
        else f"{monday.day} {monday.strftime('%B')}"
    )
    s["tzl"] = TZ_LONG.get(str(itz), str(itz))
    s["mnum"] = str(istart.month)
    s["mon_fr"] = MONTHS_FR[istart.month - 1]
    s["candphone"] = PHONE.get(region, PHONE["us"])(rng)
    s["street"] = co.addr.split(",")[0]
    s["p3email"] = f"{_ascii(p3first)}.{_ascii(lasts[pl] or 'x')}@{co.domain}"
    s["p3first_l"] = _ascii(p3first)
    for key, options in fam.pools.items():
        s[key] = fresh(f"pool:{key}", options)
    if fam.extra:
        s.update(fam.extra(rng, s))
    return s


ENT_NAMES = {
    "start": "interview_start",
    "link": "meeting_link",
    "location": "location",
    "tn": "talent_network_link",
}
ENT_DEFAULT = {"company": "company", "role": "role", "contact": "cfull", "location": "addr"}


def expand(fam: Fam, rng: random.Random) -> list[corpuslib.Record]:
    return positive_common.expand(fam, rng, _variant, PREFIX, ENT_NAMES, ENT_DEFAULT)


# ---------------------------------------------------------------------------------------------------------
# Helpers for family-specific slots
# ---------------------------------------------------------------------------------------------------------


def _agency(kind: str, tld: str) -> Callable[[random.Random, dict[str, Any]], dict[str, Any]]:
    """Agency families draw an agency name; its domain and the recruiter's address follow from it."""

    def extra(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
        agency = rng.choice(AGENCIES[kind])
        adom = f"{_ascii(agency)}.{tld}"
        return {"agency": agency, "adom": adom, "aemail": f"{s['cslugname']}@{adom}"}

    return extra


def _inr(n: int) -> str:
    """Indian digit grouping: 1200000 -> 12,00,000."""
    head, tail = str(n)[:-3], str(n)[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) if groups else tail


def _money(rng: random.Random, lo: int, hi: int, step: int = 1000) -> int:
    return rng.randrange(lo // step, hi // step + 1) * step


# ---------------------------------------------------------------------------------------------------------
# Interview invitations
# ---------------------------------------------------------------------------------------------------------

# referral from an employee; the hiring manager offers coffee at one stated time
F(
    "inx-001",
    "us_tech",
    "tech",
    "{hm} <{hmemail}>",
    "coffee?",
    """
Hi {first},

{p3} forwarded me your resume last week and told me I'd be crazy not to talk to you. I run the {team} team here at {company}, and we're hiring a {role} - from what {p3first} says, it's right up your street.

Any chance I could buy you a coffee? I'm usually at {cafe} around the corner from our office. Would {dow} at {t12} work? If not, throw me a couple of times that do and I'll make one of them happen.

{hmfirst}

{hm}
{hmtitle}, {company}
{phone}
""",
    ents="company role contact=hm",
    when="dow",
    start=True,
    hours=((8, 30), (9, 0), (16, 0), (15, 30)),
    pools={
        "team": ["platform", "data infrastructure", "payments", "search", "developer experience"],
        "cafe": ["Blue Door Coffee", "the Daily Grind", "Two Birds Café", "Common Ground"],
        "hmtitle": ["Engineering Manager", "Director of Engineering", "Head of Data"],
    },
)

# staff referral scheme; hiring manager suggests an informal coffee, no time yet
F(
    "inx-002",
    "uk_firm",
    "uk_office",
    "{hm} <{hmemail}>",
    "Your referral from {p3first} - {role}",
    """
Hello {first},

Short one. {p3} put your name through our staff referral scheme for the {role} vacancy and I've just had a read of your CV. I'm the hiring manager.

Rather than go straight into anything formal, would you be up for a coffee and a chat? Nothing to prepare - I'd like to tell you what the job actually involves day to day and hear what you're after. I'm in the {city} office most days, or we can do it over Teams if that's easier for you.

Let me know a couple of mornings next week that suit and I'll make it work.

Cheers,
{hm}
{hmtitle}
{company}
""",
    ents="company role contact=hm",
    pools={"hmtitle": ["Finance Manager", "Head of Operations", "Practice Manager", "Head of Marketing"]},
)

# founder, referred candidate, two loose options
F(
    "inx-003",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "intro via {p3first}",
    """
{first} - {p3first} says you're the person we need. I'm one of the founders at {company} ({blurb}). We're hiring our first {role} and I'd love to grab a coffee in the next few days if you're up for it.

I'm around {dow} morning, or any time {b_dow} after 2. You pick, I'll come to you.

{cfirst}
""",
    when="dow",
    pools={
        "blurb": [
            "we help independent pharmacies manage inventory",
            "payroll for restaurant groups",
            "we make scheduling software for home-care agencies",
            "freight quoting for small shippers",
        ]
    },
)

# NHS Trac: shortlisting outcome with the interview slot already allocated
F(
    "inx-004",
    "uk_nhs",
    "nhs",
    "{company} Recruitment <donotreply@trac.jobs>",
    "Shortlisting outcome - {vref} {role}",
    """
Dear {first}

Vacancy reference: {vref}
Job title: {role}
Department: {dept}
Shortlisting outcome: Congratulations, you have been shortlisted

I am pleased to let you know that you have been shortlisted for the above position. Your interview details are:

Interview date: {uky}
Interview time: {t24}
Interview location: {venue}
Panel: {hm} ({hmtitle}) and {p3}

Please log in to your Trac account to confirm whether you are able to attend. If you cannot attend, please tell us as soon as possible so the slot can be offered to another applicant.

Please bring with you:
- Photographic ID (passport or photocard driving licence)
- Proof of your right to work in the UK
- Original certificates for the qualifications listed on your application

If you need any reasonable adjustments for the interview, contact {cfull} in the Recruitment Team on {phone}.

Kind regards

Recruitment Team
{company}
""",
    ents="company role location=venue",
    when="date",
    start=True,
    hours=((9, 30), (10, 15), (11, 0), (13, 45), (14, 30)),
    headers={"Auto-Submitted": "auto-generated"},
    pools={
        "nhspair": [
            "Band 5 Staff Nurse - Respiratory Ward|Respiratory Medicine",
            "Band 6 Physiotherapist|Therapies",
            "Band 4 Medical Secretary|Outpatients",
            "Band 7 Advanced Clinical Practitioner|Acute Medical Unit",
            "Band 3 Healthcare Support Worker|Acute Medical Unit",
            "Band 5 Pharmacy Technician|Pharmacy",
        ],
        "venue": [
            "Seminar Room 2, Education Centre, {addr}",
            "Meeting Room 4, Trust Headquarters, {addr}",
            "Ward 12 Seminar Room, {addr}",
        ],
        "hmtitle": ["Ward Manager", "Clinical Lead", "Service Manager", "Matron"],
    },
    extra=lambda rng, s: (
        _split("nhspair", "role", "dept")(rng, s)
        | {"vref": f"{rng.choice(['C', 'M', 'N'])}{rng.randrange(1000, 9999)}-26-{rng.randrange(1000, 9999)}"}
    ),
)

# council HR: key/value block, reply to confirm
F(
    "inx-005",
    "uk_public",
    "council",
    "{cfull} <{cemail}>",
    "{role} - Ref {cref} - Invitation to Interview",
    """
Dear {first} {last},

I refer to your recent application and am delighted to tell you that the shortlisting panel would like to meet you.

  Post:          {role}
  Reference:     {cref}
  Date:          {uky}
  Time:          {t12dot}
  Venue:         {addr}
  Report to:     Main Reception - ask for {hm}
  Format:        Competency-based interview (approx. 45 minutes) followed by a short written exercise (30 minutes)

Please reply to this email by {rb_uk} to confirm your attendance. If the time allocated is not suitable, please telephone me on {phone} and I will try to offer you an alternative.

Please note that travel expenses are not reimbursed for first interviews.

Yours sincerely

{cfull}
HR Assistant (Resourcing)
{company}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 30), (10, 45), (13, 30), (14, 15)),
    extra=lambda rng, s: {"cref": f"{s['cslug'][:3].upper()}{rng.randrange(10000, 99999)}"},
)

# Australian public service: details in a text table
F(
    "inx-006",
    "au_gov",
    "gov",
    "{cfull} <{cemail}>",
    "Interview invitation | {role} | {cref}",
    """
Hi {first},

Thank you for applying for the {role} ({grade}) role, job reference {cref}. I'm pleased to let you know you've been shortlisted to progress to the next stage of the recruitment process.

Interview details
---------------------------------------------
Date       | {dow} {d} {mon}
Time       | {t12a} ({tz})
Duration   | 45 minutes
Format     | Microsoft Teams (video)
Panel      | {hm} (Chair), {p3} and an independent member
---------------------------------------------

The panel will ask behavioural questions aligned to the capabilities in the role description. You will be given 10 minutes before the interview to read a short scenario.

Please confirm your availability by replying to this email by COB {rb_dow}. If you need any adjustments to participate fully in the process, let me know.

Kind regards,
{cfull}
Talent Acquisition Advisor | {company}
P {phone}
""",
    when="date",
    start=True,
    hours=((9, 0), (10, 30), (13, 0), (14, 30)),
    pools={"grade": ["APS Level 5", "APS Level 6", "Grade 7/8", "Grade 9/10"]},
    extra=lambda rng, s: {"cref": f"REQ{rng.randrange(100000, 999999)}"},
)

# staffing agency: client wants to see the worker for the assignment
F(
    "inx-007",
    "us_warehouse",
    "warehouse",
    "{cfull} <{aemail}>",
    "{company} assignment - can you go in {dow}?",
    """
Hey {first}!

Good news - {company} wants to see you for the {role} assignment on 2nd shift. Can you go in {dow} at {t12} to meet {hmfirst}, the shift supervisor? It's a quick sit-down plus a walk of the floor, maybe 30-40 min.

Address: {addr}
Go to the guard shack, tell them you're with {agency} and you're there to see {hmfirst}.

Wear closed-toe shoes (steel toe if you have them), no shorts. Bring your ID.

Text or call me back at {phone} to confirm so I can lock it in with them.

Thanks!
{cfull}
Staffing Specialist | {agency}
""",
    ents="company role contact location",
    when="dow",
    start=True,
    hours=((9, 0), (13, 30), (10, 30), (14, 0)),
    extra=_agency("us", "com"),
)

# agency app notification: consultant has arranged a client interview
F(
    "inx-008",
    "uk_firm",
    "uk_office",
    "{agency} <noreply@{adom}>",
    "Interview request from your consultant",
    """
Hi {first},

{cfirst} from our {city} branch has set up a client interview for you:

Client: {company}
Assignment: {role} (temp to perm, {pay})
When: {dow3} {d} {mon3} at {t12dot}
Where: {addr}
Ask for: {hm}
Dress code: smart casual

Please tap Accept in the app or reply to this email so we can confirm with the client. If the time doesn't work, tap Suggest another time.

Good luck!
The {agency} team
""",
    ents="company role location",
    when="date",
    start=True,
    hours=((10, 0), (11, 30), (14, 0), (15, 30)),
    pools={"pay": ["£13.50/hr", "£14.25/hr", "£15.00/hr", "£16.40/hr"]},
    extra=_agency("uk", "co.uk"),
)

# ALL CAPS driver recruiter: phone interview with the driver manager
F(
    "inx-009",
    "us_warehouse",
    "cdl",
    "{cfull_UP} <{cfirst_l}@{dom}>",
    "RE: YOUR APPLICATION - {company_UP} - {role_UP}",
    """
{first_UP} - GOOD NEWS YOUR APP WAS PRE-APPROVED BY SAFETY. NEXT STEP IS A PHONE INTERVIEW WITH OUR DRIVER MANAGER {hmfirst_UP}. CAN YOU DO {dow_UP} AT {t12_UP} {tzg}? {hmfirst_UP} WILL CALL YOU FROM {phone}.

HOME TIME: {hometime}
PAY: {pay}

IF THAT TIME DONT WORK CALL ME BACK AND WE WILL FIND ANOTHER ONE.

{cfull_UP}
DRIVER RECRUITER
{company_UP}
{phone2}
""",
    ents="company=company_UP role=role_UP contact=cfull_UP",
    when="dow",
    start=True,
    hours=((10, 0), (13, 0), (15, 30), (9, 30)),
    pools={
        "hometime": ["WEEKLY - OUT 5-6 DAYS", "EVERY WEEKEND", "HOME DAILY"],
        "pay": ["$0.62 CPM ALL MILES", "$1,450 - $1,700/WK", "$28/HR + OT"],
    },
)

# ALL CAPS hiring event at the warehouse, walk-in window
F(
    "inx-010",
    "us_warehouse",
    "warehouse",
    "{company} Hiring <jobs@{dom}>",
    "YOU'RE INVITED - ON-SITE HIRING EVENT - {dow_UP} {md}",
    """
HELLO {first_UP},

THANK YOU FOR APPLYING TO {company_UP} FOR THE {role_UP} POSITION. WE ARE HOLDING AN ON-SITE HIRING EVENT AND WOULD LIKE YOU TO ATTEND.

DATE: {dow_UP} {md}
TIME: 9 AM - 2 PM (WALK IN ANYTIME)
PLACE: {addr_UP} - TRAILER #2 BY THE NORTH GATE

INTERVIEWS ARE DONE THE SAME DAY.
BRING 2 FORMS OF ID FOR YOUR I-9 AND WEAR CLOSED TOE SHOES.

REPLY YES TO THIS EMAIL SO WE KNOW TO EXPECT YOU.

{company_UP} HR
""",
    ents="company=company_UP role=role_UP location=addr_UP",
    when="date",
    days=(1, 2, 3, 5),
)

# ALL CAPS store manager
F(
    "inx-011",
    "us_retail",
    "retail",
    "Store {num4} <store{num4}@{dom}>",
    "INTERVIEW",
    """
HI {first_UP} THIS IS {cfirst_UP} THE STORE MANAGER AT {company_UP} ON {street_UP}. I GOT YOUR APPLICATION FOR {role_UP}. ARE YOU ABLE TO COME IN {dow_UP} AT {h12} FOR AN INTERVIEW? SHOULD TAKE ABOUT 20 MIN. JUST ASK FOR ME AT THE REGISTER.

THANKS
{cfull_UP}
STORE MGR #{num4}
""",
    ents="company=company_UP role=role_UP contact=cfull_UP",
    when="dow",
    start=True,
    hours=((15, 0), (10, 0), (11, 0), (16, 0)),
)

# bank Superday
F(
    "inx-012",
    "us_bank",
    "bank",
    "{company} Campus Recruiting <campus.recruiting@{dom}>",
    "{company} Superday Invitation - {role}",
    """
Dear {first},

Congratulations! On behalf of {company}, we are delighted to invite you to our final round Superday for the {y} {role} position.

Your Superday will take place in person at our {city} office:

  Date:       {usy}
  Check-in:   {t12c} at the 2nd floor reception, {addr}
  Format:     Three 30-minute interviews with members of the {div} team, followed by a networking lunch
  Attire:     Business formal

We will reimburse reasonable travel expenses within the attached guidelines. Please complete the RSVP form by {rb_us} so we can finalize your schedule and arrange travel: https://{cslug}.campusrsvp.com/superday/{tokl}

If you have a conflict with this date, let us know right away, as we are unable to guarantee an alternative.

Best regards,

{cfull}
Campus Recruiting | {company}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((8, 15), (8, 30), (9, 0), (12, 30)),
    pools={
        "div": ["Technology, Media & Telecom", "Healthcare", "Leveraged Finance", "Equities", "Industrials"]
    },
)

# graduate assessment centre: book one of three dates
F(
    "inx-013",
    "uk_grad",
    "grad",
    "{company} Early Careers <earlycareers@{dom}>",
    "Action needed: book your Assessment Centre - {role}",
    """
Hi {first},

Great news - you've made it through the video interview stage and we'd like to invite you to a virtual Assessment Centre for our {role}.

What's involved
• A group exercise with 5-6 other candidates (45 mins)
• A written case study, with time to prepare (60 mins)
• A final interview with a senior manager (30 mins)

The day runs from roughly 9am to 1pm. We're running sessions on {uk}, {b_uk} and {c_uk}. Places are limited, so please book your preferred date through your candidate portal within the next 5 days: https://{cslug}.earlycareers.io/portal/{tokl}

You don't need to prepare anything for the case study - everything you need will be provided on the day. If you need any adjustments, just reply to this email and tell us.

Good luck!
{company} Early Careers Team
""",
    ents="company role",
    when="date",
)

# airline cabin crew assessment day
F(
    "inx-014",
    "airline",
    "cabin",
    "{company} Cabin Crew Recruitment <cabincrew@{dom}>",
    "Congratulations - invitation to our Cabin Crew Assessment Day",
    """
Dear {first},

Thank you for your application to join us as {role}. We loved your online application and video, and would like to invite you to an Assessment Day.

Date: {uky}
Registration: {t24} sharp (doors close 15 minutes after)
Venue: {addr}

On the day you will:
- take part in group activities with other candidates
- complete a short English and numeracy check
- have a reach test (you need to reach 212cm on tiptoes)
- have a one-to-one interview if you progress through the morning

Please bring your passport, a pen and a printed copy of this email. Dress as you would for a professional interview.

Please confirm that you will attend here: https://careers.{dom}/assessment-day/{tokl}/confirm

We look forward to meeting you,
{cfull}
Cabin Crew Recruitment Team
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((8, 30), (9, 0), (12, 30)),
)

# hotel group interview for seasonal hiring
F(
    "inx-015",
    "us_hotel",
    "hotel",
    "{cfull} <{cemail}>",
    "Group interview {dow} - {company}",
    """
Hi {first},

Thanks for applying for {role} with us at {company}! We're hiring for the summer season and we run our first round as a group interview - about 8 people, an hour, very relaxed. You'll meet a few of our managers, hear about the roles and do a couple of short team activities. Wear something comfortable; no need to bring a resume.

We have a spot for you on {dow}, {mon} {d} at {t12}. The group meets in the {room}, just off the main lobby ({addr}).

Could you let me know by reply if you can make it? If you can't, we have another session the following week.

Thanks so much,
{cfull}
Talent Coordinator, {company}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((10, 0), (14, 0), (16, 0)),
    dur=60,
    pools={"room": ["Harbor Room", "Aspen Ballroom", "Garden Salon", "Magnolia Room"]},
)

# school district open house interviews, drop-in window
F(
    "inx-016",
    "us_school",
    "teacher",
    "{company} Human Resources <hr@{dom}>",
    "Open House Interviews - you're invited",
    """
Dear {first} {last},

Thank you for submitting an application for {role} with {company}. We are holding Open House Interviews and would like to invite you to attend.

When: {us}, 3:30 - 6:30 p.m. (come any time - interviews are first come, first served)
Where: {addr}, Board Room (enter through the north doors)

Principals from several of our buildings will be interviewing on the spot. Please bring a copy of your license or proof of eligibility and two copies of your resume. If you are unable to attend, reply to this email and we will do our best to arrange a separate interview.

Sincerely,

{cfull}
Human Resources Generalist
{company}
{phone}
""",
    ents="company role contact location",
    when="date",
)

# Australian hospitality recruitment day, three sessions to pick from
F(
    "inx-017",
    "au_hosp",
    "hotel",
    "{company} People & Culture <careers@{dom}>",
    "See you at our Recruitment Day? 🌴",
    """
Hi {first},

Thanks for applying for {role} at {company}! We're filling a heap of roles before the season kicks off, so instead of phone screens we're running a Recruitment Day and we'd love you to come along.

📍 {addr}
📅 {dow} {d} {mon}
🕘 Sessions start at 9:00am, 11:00am and 1:30pm - pick one

Each session is about 90 mins: a quick tour, a chat about the roles, then short one-on-one interviews with our department heads. Bring your RSA if you've got one and your availability for the next few months.

Reply to this email with the session you'd like (or just tell us if none of them work).

Cheers,
{cfull}
People & Culture Coordinator
""",
    ents="company role contact location",
    when="date",
)

# follow-up nudge: recruiter circles back with two times
F(
    "inx-018",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Re: {role} - next steps",
    """
Hi {first},

Circling back on my note from {pv_dow} - I know inboxes get buried. {hm} is still really keen to talk with you about the {role} role, and I don't want you to miss the window before we start final rounds.

Would either of these work for a 30 minute video call?
- {us3}, {t12} {tzg}
- {b_us3}, {b_t12} {tzg}

If neither does, send me a couple of times that do and I'll work around you.

Thanks,
{cfull}
Senior Technical Recruiter | {company}
""",
    when="dow",
)

# UK agency chaser: tried calling, client offered two times
F(
    "inx-019",
    "uk_firm",
    "uk_office",
    "{cfull} <{aemail}>",
    "Sorry to chase - {company} interview",
    """
Hi {first},

Sorry to chase! I've tried you a couple of times on the phone today but keep going to voicemail.

{company} have come back asking if you can do a first interview for the {role} role on {uk} - they've offered {t12dot} or {later}. It'd be at their office ({addr}) with {hm}.

They're seeing a couple of other people, so I'd love to get back to them today if I can. Can you drop me a text or an email to let me know which you'd prefer?

Thanks,
{cfirst}

{cfull} | Senior Consultant | {agency}
M: {phone}
""",
    ents="company role contact location",
    when="dow",
    hours=((10, 0), (11, 0), (9, 30)),
    extra=_chain(
        _agency("uk", "co.uk"),
        lambda rng, s: {
            "later": _date_slots("", s["_istart"] + timedelta(hours=rng.choice([4, 5])))["t12dot"]
        },
    ),
)

# Indian HR: gentle reminder to share availability
F(
    "inx-020",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Gentle Reminder: Interview availability - {role}",
    """
Dear {first},

Greetings from {company}!

This is a gentle reminder regarding our mail dated {pv_dmy}. We have not received your confirmation for the Technical Interview (L1) for the {role} position.

Kindly revert with your availability for {dow} ({dmy}) between 11:00 AM to 5:00 PM IST, so that we can block the panel's calendar. Interview will be conducted on Microsoft Teams and will be for approx. 45 mins.

In case you are no longer interested in this opportunity, please let us know the same.

Thanks & Regards,
{cfull}
Talent Acquisition Team
{company}
Mob: {phone}
""",
    when="dow",
)

# RingCentral SMS notification: restaurant/retail texting the candidate
F(
    "inx-021",
    "us_food",
    "foh",
    "RingCentral <service@ringcentral.com>",
    "New Text Message from {phone}",
    """
You have a new text message.

From: {phone}
To: {candphone}
Received: {s_us3}, {s_t12c}

Message:
Hi {first}, it's {cfirst} from {company}. Thanks for applying for the {role} spot! Our GM {hmfirst} would like to meet you. Are you free {dow} at {t12}? Reply YES to confirm or let me know a better day. Thanks!

To reply, open the RingCentral app.
Manage notifications: https://service.ringcentral.com/application/settings/notifications
© 1999-2026 RingCentral, Inc. All rights reserved.
""",
    ents="company role",
    when="dow",
    start=True,
    hours=((14, 0), (10, 30), (15, 0), (11, 0)),
    headers={"Auto-Submitted": "auto-generated"},
)

# Dialpad SMS notification: agency recruiter texting, tomorrow
F(
    "inx-022",
    "us_warehouse",
    "warehouse",
    "Dialpad <notifications@dialpad.com>",
    "New SMS from {phone}",
    """
{phone} → you
{s_t12c}

"hey {first} its {cfull} w {agency}. {company} wants to interview u for the {role} job tmrw at {t12}, its in person at {addr}. can u make it?? need to let them know asap"

Reply in Dialpad: https://dialpad.com/app/sms/{tokl}
You're receiving this because SMS notifications are turned on for your number. Manage notification settings.
""",
    ents="company role contact location",
    when="tomorrow",
    start=True,
    hours=((9, 0), (10, 0), (13, 0), (14, 30)),
    extra=_agency("us", "com"),
)

# Google Voice text from a named contact
F(
    "inx-023",
    "us_food",
    "kitchen",
    '"{cfull} (SMS)" <1{smsdigits}.{tokl}@txt.voice.google.com>',
    "New text message from {cfull}",
    """
{cfull}:
Morning {first}! {company} here - we'd love to have you in for an interview for {role}. Does {dow} {t12} work? Address is {addr}. Just text back 👍

To respond to this text message, reply to this email or visit Google Voice.
YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> HELP FORUM <https://productforums.google.com/forum/#!forum/voice>
You received this message because you're a Google Voice user. If you don't want to receive messages to this address, change your notification settings.
Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
""",
    ents="company role contact location",
    when="dow",
    start=True,
    hours=((14, 0), (15, 0), (10, 0), (16, 30)),
    extra=lambda rng, s: {
        "smsdigits": re.sub(r"\D", "", s["phone"]) + str(rng.randrange(1000000000, 9999999999))
    },
)

# a diary hold the candidate may decline
F(
    "inx-024",
    "uk_firm",
    "uk_office",
    "{cfull} <{cemail}>",
    "HOLD: {cand} / {company} - first interview",
    """
Hi {first},

I've popped a hold in your diary for {dow} at {t24} so we don't lose the slot - {hm} and I would like to meet you for a first interview for the {role} role, here at {addr}. We'll need about an hour.

It's only a placeholder, so if it doesn't suit just hit decline and suggest another time, no problem at all. If it does, accept and I'll send joining instructions nearer the day.

Best wishes,
{cfirst}

{cfull}
Talent Partner | {company}
""",
    ents="company role contact location",
    when="dow",
    start=True,
    hours=((11, 0), (9, 30), (14, 0), (15, 30)),
    dur=60,
    ics={"summary": "HOLD: {cand} / {company} - first interview", "location": "{addr}"},
)

# Google Calendar invitation carrying a recruiter's note: a placeholder
F(
    "inx-025",
    "us_tech",
    "tech",
    "{cfull} (Google Calendar) <calendar-notification@google.com>",
    "Invitation: Placeholder - {company} interview ({first} {last}) @ {dow3} {mon3} {d}, {y} {t12} - {e_t12} ({tzg})",
    """
{cfull} has invited you to this event with a note:
"Hi {first}! Sending a placeholder for your {role} conversation with {hm}. If the time doesn't work, decline and I'll find another one."

Placeholder - {company} interview ({first} {last})
{dow}, {mon} {d}, {y} ⋅ {t12} – {e_t12} ({tzl})

Join with Google Meet
{link_meet}

Guests
{cfull} - organizer
{hm}
{candmail}

Reply for {candmail}
Yes   No   Maybe   More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. Forwarding this invitation could allow any recipient to send a response to the organizer.
""",
    ents="company role contact link=link_meet",
    when="dow",
    start=True,
    hours=((16, 0), (11, 0), (13, 30), (10, 0)),
    ics={
        "summary": "Placeholder - {company} interview ({first} {last})",
        "location": "",
        "url": "{link_meet}",
    },
    headers={"Reply-To": "{cemail}"},
)

# "pop in tomorrow" from a small UK business, no fixed time
F(
    "inx-026",
    "uk_shop",
    "uk_hourly",
    "{cfull} <{cfirst_l}@{dom}>",
    "Re: {role} job",
    """
Hiya {first},

Thanks for your message and CV about the {role} job. We're still looking, yes!

Easiest thing is if you pop in {when_phrase} and we can have a proper chat - it'll only take 15 minutes or so. Ask for me or {hmfirst} at the counter.

{company}, {addr}

{cfirst}
""",
    ents="company role contact location",
    when="tomorrow",
    pools={
        "when_phrase": [
            "tomorrow around 10ish",
            "tomorrow morning, any time after half nine",
            "tomorrow after the lunch rush, 2-ish",
        ]
    },
)

# restaurant: paid trial shift (an in-person invitation, not an assessment)
F(
    "inx-027",
    "us_food",
    "kitchen",
    "{cfull} <{cemail}>",
    "Trial shift?",
    """
Hey {first},

Thanks for coming in to drop off your resume for the {role} job, {hmfirst} said you were great. Before we decide, we like to have people do a short paid trial shift so you can see how the kitchen runs and we can see you in action.

Could you do {dow} from {t12} to {e_t12}? Wear black pants and non-slip shoes, and bring a hat or hair tie. We'll feed you 🙂

Let me know either way!
{cfirst}
Kitchen Manager, {company}
""",
    when="dow",
    start=True,
    hours=((16, 0), (11, 0), (17, 0)),
    dur=180,
)

# travel nurse recruiter: the manager will call in a window
F(
    "inx-028",
    "us_hospital",
    "nurse",
    "{cfull} <{aemail}>",
    "{city} - manager wants to talk to you!",
    """
Hey {first}!!

You're getting a call 📞 The nurse manager at {company} in {city} reviewed your profile for the {role} contract ({weeks}, {shift}) and wants to do a phone interview.

{hmfirst} is going to call you {dow} between {t12} and {win_end} {tzg}. It'll come up as an unknown or blocked number so PLEASE pick up 🙏 Interviews are usually 10-15 min: unit questions, floating, your experience with {focus}.

Can you reply and confirm you'll be available? If that window is bad let me know ASAP and I'll ask for another.

{cfirst}
{cfull}
Travel Nurse Recruiter | {agency}
C: {phone}
""",
    when="dow",
    hours=((9, 0), (12, 0), (13, 0)),
    pools={
        "weeks": ["13 weeks", "13 weeks, possible extension", "8 weeks"],
        "shift": ["nights, 3x12", "days, 3x12", "rotating, 3x12"],
        "focus": ["Epic charting", "high-acuity patients", "5-patient assignments"],
    },
    extra=_chain(
        _agency("nurse", "com"),
        lambda rng, s: {"win_end": _date_slots("", s["_istart"] + timedelta(hours=2))["t12"]},
    ),
)

# travel nurse recruiter: Teams interview at one time
F(
    "inx-029",
    "us_hospital",
    "nurse",
    "{cfull} <{aemail}>",
    "Interview request - {company} {role}",
    """
Hi {first},

Quick one - I submitted you to {company} this morning and the unit manager, {hm}, already came back asking to interview you. {hmfirst} offered {dow} at {t12} {tz} for a Teams interview (link below).

{link_teams}

Does that work? Reply yes and I'll confirm. This one is moving fast - they have 3 openings and want people starting {st_md}.

Thanks!
{cfull}
{agency} | {phone}
""",
    ents="company role contact link=link_teams",
    when="dow",
    start=True,
    hours=((10, 30), (13, 0), (14, 30), (9, 0)),
    dur=20,
    extra=_agency("nurse", "com"),
)

# European PI: informal Zoom chat, candidate proposes times
F(
    "inx-030",
    "eu_univ",
    "postdoc",
    "{hm} <{hmemail}>",
    "Re: {role} position in {topic}",
    """
Dear {first},

Many thanks for your application for the {role} position in my group, and for the very clear research statement. Your work on {their_work} is close to what we are starting with {topic}, and I would like to talk with you.

Could we have a Zoom chat some time next week? Please propose two or three times that suit you; I am in Central European Time and fairly flexible on Tuesday and Thursday afternoons. The call would be informal, around 45 minutes: I will tell you more about the project and the funding, and I would like to hear what you want to do next. Feel free to bring any questions about the group.

Best regards,
{hm}

--
Prof. Dr. {hm}
{dept}
{company}
""",
    ents="company role contact=hm",
    pools={
        "labpair": [
            "single-cell proteomics|mass-spec sample prep|Institute of Biochemistry",
            "glacier hydrology|remote sensing of meltwater|Department of Geosciences",
            "causal inference for epidemiology|target trial emulation|Institute of Medical Statistics",
            "soft robotics|elastomer actuators|Faculty of Mechanical Engineering",
        ]
    },
    extra=_split("labpair", "topic", "their_work", "dept"),
)

# UK PI: Zoom interview with a short talk, one time
F(
    "inx-031",
    "uk_univ",
    "postdoc",
    "{hm} <{hmemail}>",
    "Zoom interview - {role} ({grant})",
    """
Dear Dr {last},

Thank you for your interest in the {role} position funded by {grant}. {p3} and I would like to invite you to a Zoom interview on {uk} at {t24} ({tz}).

We would ask you to give a 15-minute presentation on your PhD research and how you see it connecting to the project, followed by about 30 minutes of questions.

Zoom: {link_zoom}

Could you please confirm by return whether this time suits you? If not, we can try to find another slot in the same week.

With best wishes,
{hm}
Professor of {field}
{company}
""",
    ents="company role contact=hm link=link_zoom",
    when="date",
    start=True,
    hours=((10, 0), (14, 0), (15, 30), (11, 0)),
    pools={
        "grant": [
            "the ERC project SEASALT",
            "a Wellcome Discovery Award",
            "the EPSRC grant EP/Y0213/1",
            "the Leverhulme Trust",
        ],
        "field": ["Marine Biology", "Computational Linguistics", "Materials Chemistry", "Political Economy"],
    },
)

# Lever: application selected to move forward to technical phone interviews
F(
    "inx-032",
    "us_tech",
    "tech",
    "{company} Recruiting <no-reply@hire.lever.co>",
    "{company}: next step for {role}",
    """
Hi {first},

Good news! Your application for {role} has been selected to move forward to technical phone interviews.

The technical phone interview is a 60-minute conversation with one of our engineers on CoderPad. You'll work through one or two practical problems in the language of your choice - we care more about how you reason and communicate than about a perfect answer.

Please use the link below to choose a time in the next week:
https://{cslug}.goodtime.io/s/{tokl}

If none of the times work, reply to this email and our coordinator will help.

Best,
{cfull}
Recruiting Coordinator, {company}
""",
    headers={"Reply-To": "{cemail}"},
)

# Handshake message: selected for first round interviews on campus
F(
    "inx-033",
    "us_tech",
    "campus",
    "Handshake <messages@joinhandshake.com>",
    "New message from {cfull} ({company})",
    """
{cfull} from {company} sent you a message

"Hi {first}! Thanks for applying to our {role} position through {school}'s career center. Your application has been selected to move forward to first round interviews, which we'll hold virtually the week of {week_of}. Please sign up for a 30-minute slot using the link below by the end of this week - spots go quickly!

https://app.joinhandshake.com/interviews/schedules/{num6}

Looking forward to meeting you,
{cfirst}"

Reply on Handshake: https://app.joinhandshake.com/messages/{num6}

You're receiving this email because you have a Handshake account. Manage notification settings.
""",
    when="week",
    headers={"List-Unsubscribe": "<https://app.joinhandshake.com/notifications/unsubscribe/{tokl}>"},
    pools={"school": ["Purdue", "UC Davis", "Georgia Tech", "the University of Iowa", "Rutgers"]},
)

# LinkedIn message from the recruiter about an application made through LinkedIn
F(
    "inx-034",
    "us_startup",
    "startup",
    "{cfull} via LinkedIn <messages-noreply@linkedin.com>",
    "{cfirst} just messaged you",
    """
{cfull}
{ctitle} at {company}

Hi {first}, thanks for applying to the {role} role through LinkedIn - I'm the recruiter on it. Your background in {bg} caught my eye and I'd like to learn a bit more. Would you be open to a quick call this week? Let me know what days and times work best and I'll send an invite.

View message: https://www.linkedin.com/messaging/thread/2-{tok}/

This email was intended for {first} {last}. Learn why we included this.
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e={tokl}&a=unsubscribe>"},
    pools={
        "ctitle": ["Talent Partner", "Technical Recruiter", "Head of Talent"],
        "bg": ["marketplace growth", "early-stage product work", "B2B onboarding", "logistics software"],
    },
)

# Indeed relay message from the employer, in person at one time
F(
    "inx-035",
    "us_retail",
    "retail",
    "{cfull} <{tokl}-reply@indeedemail.com>",
    "New message from {company} about {role}",
    """
{cfull} from {company} sent you a message about {role}:

Hello {first}, thank you for applying. We would like to interview you in person on {dow} {md} at {t12}. Our address is {addr}. Please reply to this message to confirm. Thank you!

Reply to this message on Indeed, or reply directly to this email.

Indeed never asks for payment to apply. Learn how to stay safe in your job search.
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((10, 0), (13, 0), (15, 30), (11, 30)),
)

# Wellfound: founder replies to an application with a booking link
F(
    "inx-036",
    "us_startup",
    "startup",
    "{cfull} via Wellfound <notifications@wellfound.com>",
    "{cfirst} from {company} replied to your application",
    """
{cfirst} from {company} replied to your application for {role}

"Hey {first} - thanks for applying! I'm {cfirst}, {ctitle} at {company}. We're {size} people, {stage}. Loved your {hook}. Want to grab 25 min on a video call so I can tell you what we're building and hear what you're looking for? Here's my calendar: https://cal.com/{cfirst_l}-{cslug}/25min"

Reply on Wellfound: https://wellfound.com/jobs/messages/{num6}

Don't want these emails? Unsubscribe.
""",
    headers={"List-Unsubscribe": "<https://wellfound.com/unsubscribe/{tokl}>"},
    pools={
        "ctitle": ["co-founder & CEO", "CTO", "co-founder"],
        "size": ["6", "11", "14"],
        "stage": ["seed-funded", "just closed our Series A", "profitable and growing slowly on purpose"],
        "hook": ["side project", "write-up on onboarding flows", "open-source contributions", "portfolio"],
    },
)

# Spark Hire live (two-way) interview at a set time, accept or ask for another
F(
    "inx-037",
    "us_insur",
    "office",
    "Spark Hire <no-reply@sparkhire.com>",
    "{company} has scheduled a live interview with you",
    """
Hi {first},

{company} has invited you to a Live Interview for the {role} position.

Interviewer: {hm}
Date: {us}
Time: {t12c} {tz}
Length: 30 minutes

This is a real-time, face-to-face video conversation - you will be speaking with {hmfirst} directly, not recording answers.

Accept this interview to add it to your calendar, or request a new time if you can't make it:
https://app.sparkhire.com/live/{tokl}

Tips: join a couple of minutes early from a laptop with a webcam, and check your connection at https://app.sparkhire.com/test.

Good luck!
The Spark Hire Team, on behalf of {company}
""",
    ents="company role",
    when="date",
    start=True,
    hours=((9, 0), (11, 30), (14, 0), (15, 30)),
    dur=30,
)

# VidCruiter live video interview: attend or decline
F(
    "inx-038",
    "ca_co",
    "office",
    "{company} <noreply@vidcruiter.com>",
    "Live Video Interview Invitation - {role}",
    """
Hello {first} {last},

Thank you for your interest in the {role} position at {company}. You are invited to a Live Video Interview with our hiring panel.

Interview date: {usy}
Start time: {t12c} {tz}
Expected duration: 45 minutes
Panel: {hm}, {p3}

Please click one of the options below to let us know whether you can attend:

ATTEND: https://{cslug}.vidcruiter.com/live/{tokl}/attend
DECLINE / REQUEST ANOTHER TIME: https://{cslug}.vidcruiter.com/live/{tokl}/decline

Your interview link will become active 10 minutes before the start time. No software download is required; we recommend Chrome or Firefox.

Regards,
{cfull}
Human Resources Advisor
{company}
""",
    when="date",
    start=True,
    hours=((10, 0), (13, 30), (15, 0)),
)

# reschedule: interviewer pulled away, new time proposed
F(
    "inx-039",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Need to move {o_dow}'s {role} interview - does {dow} work?",
    """
Hi {first},

I'm really sorry to do this - {hmfirst} has been pulled into a customer escalation and can't make {o_dow} at {o_t12} anymore.

Could we move your interview to {dow}, {mon} {d} at {t12} {tzg}? Same format (45 min on Zoom with {hm}), and I'll send a fresh invite as soon as you confirm.

If {dow} is tough, let me know a few other times and we'll make it work. Again, apologies for the shuffle.

Best,
{cfull}
Recruiting Coordinator | {company}
""",
    when="week",
    start=True,
    hours=((10, 0), (13, 0), (15, 30), (11, 30)),
)

# reschedule (UK council): interviewer unwell, alternative offered
F(
    "inx-040",
    "uk_public",
    "council",
    "{cfull} <{cemail}>",
    "Change to your interview - {role}",
    """
Dear {first},

I'm afraid {hm} is unwell and we need to postpone your interview on {o_uk}. I'm sorry for the short notice.

We can offer you {uk} at {t12dot} instead, at the same location ({addr}). Could you let me know whether this is convenient? If not, please give me two or three alternatives over the next fortnight.

Kind regards,
{cfull}
HR Officer
{company}
""",
    ents="company role contact location",
    when="week",
    start=True,
    hours=((10, 0), (11, 30), (14, 0)),
)

# reschedule (Indian IT): new schedule, kindly confirm
F(
    "inx-041",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Interview Rescheduled || {role} || {company}",
    """
Dear {first},

Greetings of the day!

Due to some unavoidable circumstances at the panel end, your Technical Interview scheduled on {o_dmy} has been rescheduled. Please find the new schedule below:

Date: {dmy} ({dow})
Time: {t12c} IST
Mode: Virtual (MS Teams)
Panel: {hm}

Meeting link: {link_teams}

Kindly confirm your availability for the above slot at the earliest by replying to this mail. Request you to join 5 mins prior.

Regrets for the inconvenience caused.

Regards,
{cfull}
HR - Talent Acquisition
{company}
""",
    ents="company role contact link=link_teams",
    when="week",
    start=True,
    hours=((11, 0), (12, 30), (15, 0), (16, 30)),
)

# executive search (UK): exploratory conversation after an application
F(
    "inx-042",
    "uk_public",
    "exec",
    "{cfull} <{aemail}>",
    "{company} - {role} - exploratory conversation",
    """
Dear {first},

Thank you for submitting your application for the role of {role} at {company}, and for the thoughtful covering letter.

As you may know, {agency} has been retained by {company} to lead this appointment. Before longlisting, we hold a short exploratory conversation with each candidate whose experience closely matches the brief. It is a chance for me to share more about the organisation, the Board's priorities and the remuneration, and for you to ask questions candidly. It is not an assessment.

Would you be available for a 45-minute call with me on {uk} at {t12dot}? If that is not convenient, my colleague {p3} ({phone}) will be happy to find an alternative.

With kind regards,

{cfull}
Partner
{agency}
""",
    when="date",
    start=True,
    hours=((9, 30), (12, 0), (16, 0), (17, 30)),
    extra=_agency("exec_uk", "com"),
)

# executive search (US): candidate replied with CV; exploratory conversation with the CEO
F(
    "inx-043",
    "us_hospital",
    "exec",
    "{cfull} <{aemail}>",
    "Re: {company} {role} search",
    """
{first},

Thank you for getting back to me, and for sending through your CV - very helpful. Based on what you've shared, I'd like to move to an exploratory conversation with {hm}, {company}'s President and CEO, who is leading this search personally.

This would be a confidential, informal discussion (about an hour, in person in {city} or over video) - no presentation, just a mutual get-to-know. {hmfirst} has availability the week of {week_of} and the following week. My colleague {p3} will reach out to coordinate; feel free to send a few windows directly to {p3first_l}@{adom}.

Best regards,
{cfull}
Managing Director | {agency}
{phone}
""",
    when="week",
    extra=_agency("exec_us", "com"),
)

# non-native English (German): first talk via Teams
F(
    "inx-044",
    "eu_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Invitation for a first talk - {role}",
    """
Dear {first},

thank you very much for your application and your interest in {company}. We have looked at your documents with great interest and would like to get to know you personally.

We would be happy to invite you to a first talk via Teams on {dow}, {ddot} at {t24} o'clock ({tz}, Berlin time). In the talk we will present our company and the team, and afterwards we are looking forward to hear about your experiences. It will take approximately 45 minutes. From our side {hm} (Head of {dept}) and me will participate.

Please give us a short feedback if the appointment is fitting for you. Otherwise we find gladly another date.

Many greetings from {city}
{cfull}
People & Culture
{company}
""",
    when="date",
    start=True,
    hours=((10, 0), (11, 0), (14, 0), (15, 30)),
    pools={"dept": ["Engineering", "Data", "Platform", "Quality"]},
)

# non-native English (Chinese): Tencent Meeting video interview
F(
    "inx-045",
    "cn_co",
    "tech",
    "{cfull} <{cemail}>",
    "Interview notice - {role}",
    """
Dear {first},

Hello! This is {cfull} from HR department of {company}. We have received your resume for {role} position and our department manager is very interesting in your background.

We want to arrange you a video interview, the time is {mon} {d} ({dow}) {t24} Beijing time. We will use Tencent Meeting (VooV), meeting ID: {mtg}. If you are not convenient in this time please tell me other time, we can adjust.

The interview have two parts: 1) self introduction and project experience 2) technical questions from our manager {hm}.

Looking forward your reply!

Best regards
{cfull}
HR Department | {company}
Tel: {phone}
""",
    when="date",
    start=True,
    hours=((10, 0), (14, 0), (16, 0), (19, 30)),
    extra=lambda rng, s: {
        "mtg": f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    },
)

# non-native English (Italian): in-person "cognitive interview"
F(
    "inx-046",
    "it_co",
    "tech",
    "{cfull} <{cemail}>",
    "Colloquio / Interview - {role}",
    """
Good morning {first},

I write you about your candidature to the position of {role} in {company}. We have evaluated your CV and we are glad to invite you to a cognitive interview (colloquio conoscitivo) with me and with the responsible of the team, {hm}.

The interview will be in presence at our office in {addr}, on {dow} {d} {mon} at {t24}. When you arrive please ask at the reception of the 3rd floor.

I kindly ask you to confirm me the presence answering to this email. In case the date is not good for you, we can find together another moment.

Best regards
{cfull}
HR Recruiter
{company}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 30), (11, 0), (14, 30), (16, 0)),
)

# non-native English (Vietnamese): round 1 via Google Meet
F(
    "inx-047",
    "vn_co",
    "tech",
    "{cfull} <{cemail}>",
    "[{company}] Invitation to interview round 1 - {role}",
    """
Dear {first},

Thank you for your interest in {company}. We have reviewed your CV and we are happy to inform you passed the CV screening round for position {role}.

We would like to invite you join the interview round 1 with our Team Leader as below:
- Time: {t24}, {dow}, {dmy} (Vietnam time, GMT+7)
- Type: online via Google Meet
- Link: {link_meet}
- Interviewer: {hm}

Please kindly reply this email to confirm you can join before {rb_dmy}. If you have any problem with the time, feel free to tell us.

Thanks and best regards,
{cfull}
HR Executive
""",
    ents="company role contact link=link_meet",
    when="date",
    start=True,
    hours=((9, 0), (10, 30), (14, 0), (15, 30)),
)

# details in a markdown-ish table
F(
    "inx-048",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "{role} interview - details inside",
    """
Hi {first},

Thanks for your patience! The team would like to invite you to the technical interview for the {role} role. Here's everything in one place:

| Item         | Details                                    |
|--------------|--------------------------------------------|
| Date         | {usy}                                      |
| Time         | {t12c} - {e_t12c} {tz}                     |
| Format       | Video (Zoom), pairing on a small problem   |
| Interviewers | {hm}, {p3}                                 |
| Link         | {link_zoom}                                |

Could you reply to confirm this works for you? If not, send me 2-3 alternatives and I'll rework it.

Thank you,
{cfull}
Talent Acquisition | {company}
""",
    ents="company role contact link=link_zoom",
    when="date",
    start=True,
    hours=((10, 0), (13, 0), (15, 0), (11, 30)),
    dur=60,
)

# Japanese "casual meeting" with a key/value block
F(
    "inx-049",
    "jp_co",
    "tech",
    "{cfull} <{cemail}>",
    "【{company}】カジュアル面談のご案内 / Casual interview invitation",
    """
{last} {first} 様

Thank you very much for applying to {company} for the {role} position.
We would like to invite you to a "casual meeting" (カジュアル面談) with our engineering team. It is not a strict selection interview, so please come relaxed.

■ Date and time: {y}/{mnum}/{d} ({dow3}) {t24}-{e_t24} JST
■ Place: Online (Google Meet) {link_meet}
■ Participants: {hm} (Engineering Manager), {cfull} (HR)
■ Dress code: casual

If the above schedule is difficult, please tell us 2-3 dates when you are available.

Best regards,
{cfull}
Human Resources, {company}
""",
    ents="company role contact link=link_meet",
    when="date",
    start=True,
    hours=((11, 0), (16, 0), (17, 30), (10, 0)),
)

# Nigerian employer: formal invitation with list of documents
F(
    "inx-050",
    "ng_org",
    "office",
    "{company} HR <hr@{dom}>",
    "INVITATION FOR INTERVIEW: {role_UP}",
    """
Dear {first} {last},

INVITATION FOR INTERVIEW

Sequel to your application for the position of {role}, we are pleased to invite you for an oral interview as follows:

Date: {dow}, {dord} {mon}, {y}
Time: {t12dotc} prompt
Venue: {addr}
Dress code: Corporate

You are required to come along with the originals and photocopies of your credentials (First Degree/HND certificate, NYSC discharge certificate, WAEC/NECO result), a valid means of identification and two recent passport photographs.

Kindly acknowledge receipt of this mail and confirm your availability.

Yours faithfully,
For: {company}

{cfull}
Human Resources
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 0), (10, 0), (11, 30)),
)

# Kenyan NGO: shortlisted, bring certificates
F(
    "inx-051",
    "ke_org",
    "office",
    "{cfull} <{cemail}>",
    "Shortlisted - {role} Interview",
    """
Dear {first},

RE: INTERVIEW FOR THE POSITION OF {role_UP}

Following your application for the above position, we are glad to inform you that you have been shortlisted for an interview scheduled for {dow} {dord} {mon} {y} at {t12dot} East Africa Time at our offices on {addr}.

The interview will take approximately one hour and will include a short practical exercise. Please bring original and copies of your academic and professional certificates, your national ID and a copy of your CV.

Kindly confirm your attendance by replying to this email not later than {rb_dow}, {rb_dord} {rb_mon}.

Regards,
{cfull}
Human Resource & Administration Officer
{company}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 0), (10, 30), (14, 0)),
)

# Philippine BPO: initial interview details with emoji list
F(
    "inx-052",
    "ph_bpo",
    "bpo",
    "{cfull} <{cemail}>",
    "Initial Interview Schedule - {company}",
    """
Hi {first}!

Good day! 😊

Thank you for your interest in joining {company}. We are pleased to inform you that you passed the initial screening for {role} (Account: {acct}).

Here are the details of your Initial Interview:
📅 Date: {mon} {d}, {y} ({dow})
⏰ Time: {t12c} (Philippine Time)
💻 Via: Zoom - {link_zoom}

Reminders:
✅ Please be online 10 minutes before your schedule
✅ Make sure you have a stable internet connection and a working headset
✅ Wear business casual attire

Kindly reply "CONFIRMED" to this email to secure your slot.

Thank you and good luck!

{cfull}
Talent Acquisition Specialist
""",
    ents="company role contact link=link_zoom",
    when="date",
    start=True,
    hours=((9, 0), (10, 30), (13, 0), (15, 0)),
    pools={"acct": ["US Telco", "Healthcare", "E-commerce Chat", "Travel"]},
)

# Gulf employer: WhatsApp video call tomorrow
F(
    "inx-053",
    "ae_co",
    "ae",
    "{cfull} <{cemail}>",
    "Interview - {role} - WhatsApp video call",
    """
Dear {first},

Good day.

With reference to your application for {role} (UAE based), our Operations Manager {hm} would like to have a short interview with you over WhatsApp video call tomorrow, {dow} at {t12} UAE time.

Kindly share the WhatsApp number you will be using and confirm your availability. Please keep your passport copy, visa status and notice period details ready for the discussion.

Thanks & regards,
{cfull}
HR Executive
{company}
Tel: {phone}
""",
    when="tomorrow",
    start=True,
    hours=((11, 0), (14, 0), (16, 30), (12, 0)),
)

# Government of Canada: bilingual invitation with selection process number
F(
    "inx-054",
    "ca_gov",
    "cagov",
    "{company} Staffing <staffing-dotation@{dom}>",
    "Selection process {proc} - Invitation to interview / Invitation à une entrevue",
    """
*** Le français suit l'anglais ***

Hello {first} {last},

Selection process number: {proc}
Position: {role}

Congratulations! You have been successful in the previous stage of this selection process and are invited to an interview.

Date: {usy}
Time: {t24} ({tz})
Location: MS Teams - the link will be sent once you confirm

The interview will assess the following qualifications: oral communication, analytical thinking and judgement. You will receive the questions 20 minutes before the interview.

Please confirm your attendance and your preferred official language for the interview by replying to this email by {rb_us}.

If you require accommodation measures, please let us know as soon as possible.

---

Bonjour {first} {last},

Numéro du processus de sélection : {proc}

Félicitations! Vous êtes convoqué(e) à une entrevue le {d} {mon_fr} {y} à {t24h} ({tz}), sur MS Teams. Veuillez confirmer votre présence et votre langue officielle de préférence en répondant à ce courriel.

{cfull}
Staffing Advisor / Conseiller(ère) en dotation
{company}
""",
    when="date",
    start=True,
    hours=((9, 30), (13, 0), (14, 30)),
    extra=lambda rng, s: {"proc": f"26-{s['cslug'][:3].upper()}-NCR-EA-{rng.randrange(100000, 999999)}"},
)

# principal inviting a teacher candidate after school
F(
    "inx-055",
    "us_school",
    "teacher_el",
    "{hm} <{hmemail}>",
    "Interview - {role} at {school}",
    """
Good afternoon {first},

I'm the principal at {school} and I received your application for our {role} opening through the district's applicant system. I would love to set up an interview with our hiring committee (myself, our instructional coach and a grade-level teacher).

Would {dow} after school work, at {t12}? We'd meet in the library at {school}, {schooladdr}. Please plan for about 45 minutes, and if you have a short lesson plan or portfolio you're proud of, feel free to bring it.

Let me know if that time works or if another afternoon would be better.

Thank you,
{hm}
Principal, {school}
{company}
""",
    ents="company role contact=hm location=schooladdr",
    when="dow",
    start=True,
    hours=((15, 45), (15, 30), (16, 0)),
    pools={
        "schoolpair": [
            "Lincoln Elementary|2104 Walnut St",
            "Prairie View Elementary|900 Prairie View Dr",
            "Riverbend K-8 School|4400 River Rd",
            "Oak Hollow Elementary|615 Hollow Ln",
        ]
    },
    extra=_split("schoolpair", "school", "schooladdr"),
)

# dental office: paid working interview
F(
    "inx-056",
    "us_dental",
    "dental",
    "{cfull} <{cemail}>",
    "Working interview?",
    """
Hi {first},

Dr. {hmlast} and I really enjoyed meeting you yesterday! We'd like to invite you back for a working interview for the {role} position so you can get a feel for the office and the team can see you in action.

Would {dow} from {t12} until about {e_t12} work? You'll shadow {p3first}, who has been with us for eleven years, and you'll be paid for your time. Please wear navy or black scrubs and bring your license/certifications.

Let me know and I'll put you on the schedule!

{cfirst}
Office Manager
{company}
{phone}
""",
    when="dow",
    start=True,
    hours=((8, 0), (9, 0), (13, 0)),
    dur=240,
)

# Australian builder: meet on site
F(
    "inx-057",
    "au_build",
    "trades",
    "{cfull} <{cemail}>",
    "Re: {role} - come see us on site",
    """
G'day {first},

Thanks for sending your resume through. We're flat out on the {project} job and need another {role}.

Can you come meet me on site {dow} at {t12}? {siteaddr}. Bring your White Card, licence and any tickets you've got (EWP, forklift etc). Steel caps and hi-vis, it's a live site. Shouldn't take more than half an hour - we'll have a chat and a walk round.

Give me a bell on {phone} if you can't make it.

Cheers
{cfull}
Site Manager | {company}
""",
    ents="company role contact location=siteaddr",
    when="dow",
    start=True,
    hours=((7, 0), (6, 30), (7, 30), (12, 30)),
    pools={
        "sitepair": [
            "Kedron Park apartments|Site office, 12 Park Rd, Kedron",
            "school hall|Gate 3, 45 Station St, Coorparoo",
            "Ashgrove townhouses|Site shed, 230 Waterworks Rd, Ashgrove",
            "childcare centre|Corner of Hill St and Fenton Rd, Wynnum",
        ]
    },
    extra=_split("sitepair", "project", "siteaddr"),
)

# contact centre: phone interview at a stated time, call-back policy
F(
    "inx-058",
    "us_insur",
    "bpo",
    "{company} Talent Acquisition <talent@{dom}>",
    "Your phone interview for {role}",
    """
Hi {first},

Thank you for applying to be a {role} at {company}! You've been selected for a phone interview.

We'll call you at the number on your application on {us} at {t12c} {tz}. The call takes about 20 minutes. If we can't reach you, we'll try once more 5 minutes later and then leave a voicemail.

Please reply to confirm, or use this link to pick a different time: https://careers-{cslug}.icims.com/jobs/{num4}/candidate/schedule?token={tok}

The number we have on file ends in {last4}. If that's wrong, reply with the right one.

Thanks,
{company} Talent Acquisition
""",
    ents="company role",
    when="date",
    start=True,
    hours=((9, 30), (11, 0), (14, 0), (16, 30)),
    extra=lambda rng, s: {"last4": str(rng.randrange(1000, 9999))},
)

# executive assistant schedules with the CEO, three windows
F(
    "inx-059",
    "us_startup",
    "exec",
    "{p3} <{p3email}>",
    "Scheduling: {hm} / {first} {last}",
    """
Hi {first},

I'm {p3first}, Executive Assistant to {hm}, our CEO. {hmfirst} would like to meet with you as part of the {role} process - around 45 minutes, in person at our {city} office.

{hmfirst} currently has the following open:
  • {us3} - {t12} {tzg}
  • {b_us3} - {b_t12} {tzg}
  • {c_us3} - {c_t12} {tzg}

Please let me know which works best and I'll send a calendar invitation with directions and parking details.

Kind regards,
{p3}
Executive Assistant to the CEO
{company}
""",
    ents="company role contact=p3",
    when="date",
)

# Webex invitation with a short personal note
F(
    "inx-060",
    "nl_co",
    "tech",
    "{hm} <{hmemail}>",
    "Webex meeting invitation: {role} - {first} {last}",
    """
Hi {first}, as discussed with {cfirst} I'm sending the invite for our conversation about the {role} role. Let me know if this time does not work for you and we'll find another.

{hm} | {company}

{hm} invites you to join this Webex meeting.

{role} - {first} {last}
{dow}, {mon} {d}, {y}
{t24} | (UTC+{utcoff}) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna | 45 min

Join meeting: {wx}

Meeting number (access code): {mnum1}
Meeting password: {mpw}

Join by phone
+31-20-721-{num4} Netherlands Toll
Access code: {mnum1}
""",
    ents="company role contact=hm link=wx",
    when="date",
    start=True,
    hours=((10, 0), (13, 30), (15, 0), (16, 0)),
    ics={"summary": "{role} - {first} {last}", "location": "Webex", "url": "{wx}"},
    extra=lambda rng, s: {
        "mnum1": f"{rng.randrange(2300, 2799)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
        "mpw": rand_chars(rng, ALNUM, 11),
        "wx": f"https://{s['cslug']}.webex.com/meet/{_ascii(s['hmfirst'])}.{_ascii(s['hmlast'])}",
        "utcoff": "0" + str(int(s["_istart"].utcoffset().total_seconds() // 3600)) + ":00",
    },
)

# Teamtailor: book a first video call
F(
    "inx-061",
    "nl_co",
    "office",
    "{company} <noreply@teamtailor-mail.com>",
    "Book a time to meet us, {first}",
    """
Hi {first}!

Thanks for applying for {role} at {company} - we really enjoyed reading your application 🙌

We'd like to get to know you in a first video call (30 min) with {hm}, {hmtitle}. Please book a time that suits you here:

https://app.teamtailor.com/meetings/{tokl}

The slots are shown in your own time zone. Can't find a time that works? Just reply to this message.

Talk soon!
{cfirst} at {company}
""",
    ents="company role",
    headers={"Reply-To": "{cemail}"},
    pools={"hmtitle": ["Team Lead Operations", "Head of Finance", "Customer Success Lead"]},
)

# Workable: pick one of three interview slots
F(
    "inx-062",
    "ca_co",
    "office",
    "{company} <noreply@workablemail.com>",
    "{company}: Please pick an interview slot for {role}",
    """
Hi {first},

{hm} from {company} has invited you to an interview for the {role} role.

Interview type: Phone call
Duration: 30 minutes
Interviewers: {hm}, {p3}

Please select one of the available time slots below. Times are shown in {tzl}.

{us3} · {t12c}
{b_us3} · {b_t12c}
{c_us3} · {c_t12c}

Select a time slot: https://apply.workable.com/{cslug}/i/{tokl}

If none of the time slots suit you, reply to this email and suggest alternatives.

Powered by Workable
""",
    ents="company role",
    when="date",
)

# Breezy HR: in-person interview with accept/decline and a note
F(
    "inx-063",
    "us_small",
    "small_office",
    "{cfull} via Breezy <{cfirst_l}.{tokl}@mail.breezy.hr>",
    "Interview invitation: {role} at {company}",
    """
Hello {first},

You're invited to an interview with {company} for {role}!

📅 {dow}, {mon3} {d} · {t12c} - {e_t12c} {tz}
📍 In person: {addr}
👥 With: {hm}, {p3}

Accept  |  Decline  |  Propose new time

A note from {cfirst}:
"Looking forward to meeting you! Park in the visitor spots out front and text me at {phone} when you get here."

Manage your interview: https://app.breezy.hr/candidate/{tokl}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 0), (10, 30), (13, 30), (15, 0)),
)

# invite buried in a process overview
F(
    "inx-064",
    "us_startup",
    "startup",
    "{cfull} <{cemail}>",
    "How our process works (and step 1)",
    """
Hi {first},

Thanks for applying for the {role} role at {company}! Before we go further, here's a quick overview of how our hiring process works, so there are no surprises:

1. Intro call with me (30 min)  <- we'd like to schedule this now
2. Technical conversation with someone from the team (60 min)
3. Take-home or pairing session, your choice
4. Final conversations with the founders (2-3 hrs, virtual)

Most people get from step 1 to a decision in about three weeks, and we share feedback at each stage whether it's a yes or a no.

For step 1, grab whatever time suits you: https://calendly.com/{cslug}-recruiting/intro-{cfirst_l}

If you have questions about salary, remote work or visa sponsorship, ask away - I'd rather you know early than find out at step 4.

Cheers,
{cfull}
{ctitle}, {company}
""",
    pools={"ctitle": ["Talent Lead", "Head of People", "Recruiter"]},
)

# second round, informal UK
F(
    "inx-065",
    "uk_firm",
    "uk_office",
    "{cfull} <{cemail}>",
    "Round 2 🙂",
    """
Hi {first},

We've had a chat internally and we'd love to get you back in for a second round for the {role} role - {hmfirst} was really taken with the way you talked through the {topic} stuff.

This one's with {hm} and {p3} and is a bit more in-depth: about an hour, in the office, and we'll ask you to walk us through {task}. No slides needed, just talk us through it.

Would {dow} at {t12dot} work? If not, let me know what does and I'll shuffle things.

Thanks!
{cfirst}

{cfull} | People Partner | {company}
""",
    when="dow",
    start=True,
    hours=((10, 0), (14, 0), (15, 30), (11, 30)),
    pools={
        "topic": ["month-end", "supplier", "reporting", "onboarding"],
        "task": [
            "a process you improved",
            "a tricky stakeholder situation",
            "how you'd plan your first 90 days",
        ],
    },
)

# word-of-mouth referral to a small business, loose time
F(
    "inx-066",
    "us_small",
    "small_office",
    "{cfull} <{cfirst_l}@{dom}>",
    "{p3first} gave me your email",
    """
Hi {first},

{p3first} gave me your email - said you're looking for {role} work and that you're good with {skill}. We could really use someone a couple of days a week.

Want to come by the office {dow} around lunchtime and we can talk? We're at {addr}. If {dow} doesn't work just tell me what does.

Thanks,
{cfull}
{company}
{phone}
""",
    ents="company role contact location",
    when="dow",
    pools={"skill": ["QuickBooks", "people on the phone", "keeping things organized", "spreadsheets"]},
)

# Karat: live technical interview with an interview engineer
F(
    "inx-067",
    "us_tech",
    "tech",
    "Karat <noreply@karat.io>",
    "Schedule your technical interview for {company}",
    """
Hi {first},

{company} has partnered with Karat to conduct the technical interview for the {role} role. Your interview will be a live, 60-minute video conversation with a professional Interview Engineer, who will ask a mix of technical discussion questions and a coding exercise in your preferred language.

Please schedule your interview within the next 5 days: https://karat.io/schedule/{tokl}

Interviews are available 7 days a week, including evenings. If you need more time or an accommodation, reply to this email.

Good luck!
The Karat Team, on behalf of {company}
""",
    ents="company role",
)

# NEOGOV (public sector): selected for an interview, schedule in the account
F(
    "inx-068",
    "us_state",
    "gov",
    "{company} <noreply@governmentjobs.com>",
    "Interview Scheduling: {role} - Recruitment #{recno}",
    """
Dear {first} {last},

Thank you for your interest in the {role} position (Recruitment #{recno}) with {company}.

You have been selected for an interview. Interviews will be conducted via Microsoft Teams between {us} and {b_us}.

To select your interview time, please log in to your account at www.governmentjobs.com, click on "Applications", select this job and click "Schedule Interview". Time slots are available on a first-come, first-served basis. Please schedule your interview by {dl_us} at 5:00 p.m.

If you have questions, contact {cfull}, Human Resources Analyst, at {phone}.

Sincerely,
Human Resources
{company}
""",
    when="date",
    headers={"Auto-Submitted": "auto-generated"},
    extra=lambda rng, s: {"recno": f"2026-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}"},
)

# Fountain (hourly ATS): book your interview slot
F(
    "inx-069",
    "us_retail",
    "retail",
    "{company} Hiring Team <hiring@{cslug}.fountain.com>",
    "Next step: book your interview at {company}",
    """
Hi {first},

Great news! Your application for {role} at our {city} location passed our first review 🎉

The next step is a 15-minute interview with a member of our store leadership team. Pick a time that works for you:

👉 https://{cslug}.fountain.com/apply/book/{tokl}

Interviews are held in store at {addr}. If you have any trouble booking, text us at {phone}.

See you soon!
{company} Hiring Team
""",
    ents="company role location",
)

# non-native English (Spanish): first conversation, one time
F(
    "inx-070",
    "es_co",
    "tech",
    "{cfull} <{cemail}>",
    "First conversation - {role}",
    """
Hello {first},

I am {cfirst} from the people team of {company}. First of all thank you for your interest and for your patience, we have had a lot of candidatures.

We would like to have with you a first conversation for the {role} position, of around 30 minutes, to know you better and to explain you the project. Would it be possible the next {dow} {d} at {t24} (Spain time)? The call would be by Google Meet: {link_meet}

If this day is not possible for you, tell me please some options and we look for another moment.

A greeting,
{cfull}
People Team | {company}
""",
    ents="company role contact link=link_meet",
    when="dow",
    start=True,
    hours=((10, 0), (12, 0), (16, 0), (17, 30)),
)

# Polish recruiter: "I invite you for the recruitment meeting", candidate proposes time
F(
    "inx-071",
    "pl_co",
    "tech",
    "{cfull} <{cemail}>",
    "Recruitment meeting - {role}",
    """
Hello {first},

Thank you for sending your application for the {role} position in {company}. I am happy to inform that your CV was positively verified by our technical team and I invite you for the recruitment meeting.

The meeting will be online (MS Teams), will take about 1 hour and will consist of two parts: a conversation with me about your experience and expectations, and a technical part with {hm}.

Please write me which days and hours next week are comfortable for you, and I will send the invitation.

Best regards / Pozdrawiam
{cfull}
IT Recruiter
{company}
tel. {phone}
""",
)


# recruiter forwards the hiring manager's note and proposes a time
F(
    "inx-072",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "FW: {first} {last} - {role}",
    """
Hi {first} - good news, see below from {hmfirst}! Would {dow} at {t12} {tzg} work for a 45 min video chat with {hmfirst}? If so I'll send the invite.

{cfirst}
{cfull} | Talent Acquisition | {company}

---------- Forwarded message ---------
From: {hm} <{hmemail}>
Date: {s_us3}, {s_y} at {fwd_time}
Subject: RE: {first} {last} - {role}
To: {cfull} <{cemail}>

Read through {first}'s resume and the project write-up - really like the {hook}. Yes please, let's get something in the calendar. I can do {dow} afternoon or anything {b_dow} morning.

{hmfirst}
""",
    when="dow",
    start=True,
    hours=((13, 0), (14, 30), (15, 0), (16, 0)),
    pools={"hook": ["migration story", "on-call tooling work", "focus on testing", "cost-reduction project"]},
    extra=lambda rng, s: {
        "fwd_time": _date_slots("", s["_send"] - timedelta(minutes=rng.randint(20, 90)))["t12c"]
    },
)

# Microsoft Bookings page to choose an interview slot
F(
    "inx-073",
    "uk_univ",
    "univ",
    "{cfull} <{cemail}>",
    "Interview - {role} ({vref}) - please book a slot",
    """
Dear {first},

Thank you for your application for the post of {role} (vacancy ref. {vref}). I am pleased to tell you that the panel would like to invite you to interview.

Interviews will take place on {uky} and will last around 40 minutes, on Microsoft Teams. Please book a time that suits you using our Microsoft Bookings page:

https://outlook.office365.com/book/{cslug}Recruitment@{dom}/s/{tok}

Once you have booked, you will receive a confirmation with the Teams link. The panel will be {hm} ({hmtitle}) and {p3}.

If none of the times are suitable, or if you need any adjustments, please reply to this email.

Best wishes,
{cfull}
Recruitment Administrator, Human Resources
{company}
""",
    when="date",
    pools={"hmtitle": ["Faculty Operations Manager", "Head of Student Services", "Library Services Manager"]},
    extra=lambda rng, s: {"vref": f"{rng.choice(['AC', 'PS', 'RS'])}{rng.randrange(10000, 99999)}"},
)

# Singapore: interview session with key/value block and dress code
F(
    "inx-074",
    "sg_co",
    "office",
    "{cfull} <{cemail}>",
    "Interview Invitation - {role} - {company}",
    """
Dear {first},

Thank you for your interest in the position of {role} with {company}.

We are pleased to invite you for a face-to-face interview. Details as follows:

Date       : {dmy} ({dow})
Time       : {t12c}
Venue      : {addr}
Interviewer: {hm}, {hmtitle}
Attire     : Business attire

Kindly bring along your NRIC / passport, your latest CV and copies of your academic certificates. Please register at the lobby with your NRIC and proceed to the reception.

Please confirm your attendance by replying to this email by {rb_dmy}.

Thank you.

Best regards,
{cfull}
Human Resource Executive
{company}
DID: {phone}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((10, 0), (11, 30), (14, 30), (16, 0)),
    pools={"hmtitle": ["Finance Director", "Head of Operations", "Senior Manager, Client Services"]},
)

# South Africa: interview plus competency assessment on the same day
F(
    "inx-075",
    "za_org",
    "office",
    "{cfull} <{cemail}>",
    "Invitation to interview: {role}",
    """
Good day {first}

Thank you for your application for the {role} vacancy at {company}.

We are pleased to inform you that you have been shortlisted and invite you to attend an interview on {dow}, {d} {mon} {y} at {t24} at our offices: {addr}. The interview will be followed by a short competency assessment on the same day, so please set aside about two and a half hours.

Please bring your ID document, certified copies of your qualifications and proof of your current salary.

Kindly confirm your availability by return email. Should you be unable to attend, please let us know as soon as possible so that we can consider an alternative arrangement.

Kind regards

{cfull}
Talent Acquisition Specialist
{company}
Tel: {phone}
""",
    ents="company role contact location",
    when="date",
    start=True,
    hours=((9, 0), (10, 0), (13, 30)),
)

# non-native English (Turkish): video interview, one time
F(
    "inx-076",
    "tr_co",
    "tech",
    "{cfull} <{cemail}>",
    "Interview Invitation for {role} Position",
    """
Dear {first},

I hope this mail finds you well. I am {cfull} from {company} Human Resources team.

We evaluated your application for {role} position and we would like to meet with you online. Our Engineering Manager {hm} and me will join to the interview. Interview will take approximately 45 minutes and will be in English.

Proposed date: {ddot} {dow}, {t24} (Istanbul time, GMT+3)
Platform: Google Meet - {link_meet}

Could you please confirm if this date and time is suitable for you? If not, you can share your available times for this week and next week.

Have a nice day,
{cfull}
Talent Acquisition Specialist | {company}
""",
    ents="company role contact link=link_meet",
    when="date",
    start=True,
    hours=((10, 0), (11, 0), (14, 0), (16, 30)),
)


# ---------------------------------------------------------------------------------------------------------
# Assessments
# ---------------------------------------------------------------------------------------------------------

# hiring manager's take-home on a shared sheet
F(
    "asx-001",
    "us_startup",
    "office",
    "{hm} <{hmemail}>",
    "small exercise before we meet again",
    """
Hi {first},

Thanks again for {pv_dow}'s chat about the {role} role. Rather than another round of talking, I'd like to see how you dig into a real-ish problem.

Here's a sheet with three months of (scrubbed) order data from one of our regions: https://docs.google.com/spreadsheets/d/{tok}/edit
The question: our repeat-purchase rate dropped over the last 6 weeks. What would you look at first, and what do you think is going on?

Please don't spend more than about 2 hours on it. A short doc, a few slides or a 5-minute Loom are all fine - whatever's most natural to you. Send it back by {rb_dow} if you can; if that's a bad week, just tell me.

{hmfirst}

{hm}
{hmtitle}, {company}
""",
    ents="company role contact=hm",
    pools={"hmtitle": ["Head of Operations", "VP Growth", "Director of Analytics"]},
)

# SHL Verify invitation on behalf of an employer
F(
    "asx-002",
    "uk_grad",
    "grad",
    "SHL on behalf of {company} <noreply@shl.com>",
    "{company} - please complete your online assessments",
    """
Dear {first} {last},

As part of your application for the {role} at {company}, you are invited to complete the following online assessments:

- Verify Interactive - Numerical Reasoning (approx. 18 minutes)
- Verify Interactive - Deductive Reasoning (approx. 18 minutes)
- Occupational Personality Questionnaire (OPQ32r) (approx. 25 minutes, untimed)

Please complete all assessments by {dl_uky}, 23:59 UK time.

Start here: https://{cslug}.shl.com/candidate/{tokl}
Your login: {candmail}

Before you start, make sure you have a quiet place, a stable internet connection and a calculator for the numerical test. You can take practice tests at shl.com/practice.

If you require any adjustments, contact the {company} recruitment team before you begin.

Good luck,
SHL Talent Assessment Team
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
)

# Aon smartPredict games + ADEPT-15
F(
    "asx-003",
    "eu_tech",
    "tech",
    "Aon Assessment Solutions <noreply@assessment.aon.com>",
    "Your assessment for {company}",
    """
Hello {first},

{company} invites you to take part in an online assessment for the position {role}.

The assessment consists of:
• gridChallenge (working memory, approx. 8 min)
• switchChallenge (mental flexibility, approx. 6 min)
• ADEPT-15 personality questionnaire (approx. 15 min)

Please complete the assessment by {dl_ddot}. You can pause between the modules but not during a module.

Start the assessment: https://assessment.aon.com/portal/{tokl}?lang=en

Technical requirements: a current browser (Chrome, Edge, Firefox), JavaScript enabled, no VPN. The games work best on a laptop or desktop.

Kind regards
Aon Assessment Solutions on behalf of {company}
""",
    ents="company role",
)

# Criteria: CCAT
F(
    "asx-004",
    "us_tech",
    "office",
    "{company} via Criteria <notification@criteriacorp.com>",
    "{company} has invited you to take the CCAT",
    """
Hi {first},

{company} would like you to complete the Criteria Cognitive Aptitude Test (CCAT) as part of your application for {role}.

The CCAT has 50 questions and a 15-minute time limit. Most people don't finish - that's expected. You'll need a quiet place, a computer with a reliable connection, and scratch paper and a pencil. Calculators aren't allowed.

Your test link (valid until {dl_us}): https://www.ondemandassessment.com/link/index/{tokl}

Once you start, the timer can't be paused, so make sure you have 20 uninterrupted minutes.

Thanks,
{cfull}
{company} Recruiting
""",
)

# TestGorilla
F(
    "asx-005",
    "nl_co",
    "office",
    "{company} <no-reply@testgorilla.com>",
    "{first}, you've been invited to an assessment by {company}",
    """
Hi {first},

{company} has invited you to complete an assessment for the {role} role. It's a chance to show your skills beyond your CV.

What's in it:
- Attention to Detail (textual) - 10 min
- Microsoft Excel (intermediate) - 10 min
- English (B2) - 10 min
- 2 custom questions from {company} - about 10 min

Total time: about 40 minutes. Please complete it before {dl_mon} {dl_d}.

Start assessment: https://app.testgorilla.com/s/{tokl}

Tip: make sure you have a working webcam; {company} has switched on snapshot proctoring for this assessment.

Good luck!
The TestGorilla team, on behalf of {company}
""",
    ents="company role",
)

# one-way recorded video via Hireflix
F(
    "asx-006",
    "uk_firm",
    "uk_office",
    "{company} via Hireflix <no-reply@hireflix.com>",
    "Record your video interview for {company}",
    """
Hi {first},

{company} has invited you to a one-way video interview for the {role} position.

There are 4 questions. For each, you'll have 30 seconds to read the question and up to 2 minutes to record your answer. You'll get one practice question first that isn't sent to the company.

Record your answers here (valid for 5 days): https://app.hireflix.com/{tokl}

You can complete it on a phone or a laptop, any time that suits you - there's no one on the other end, so take a breath between questions.

Message from {cfirst}:
"Hi {first} - this just helps us get a feel for you before we arrange interviews. Don't overthink it!"

Powered by Hireflix
""",
    ents="company role",
)

# one-way video via myInterview, Indian IT HR wording
F(
    "asx-007",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Video Screening Round - {role} - {company}",
    """
Dear {first},

Greetings from {company}!

As discussed telephonically, your profile has been shortlisted for the next round for the {role} position. This round is a recorded video screening, where you will answer 5 questions on camera at your convenience.

Link: https://app.myinterview.com/{tokl}
Time per question: up to 90 seconds
Deadline: {dl_dmy}, 11:59 PM IST

Kindly ensure proper lighting, a quiet place and a formal dress. Please do not refresh the page while recording.

Revert on this mail once completed.

Thanks & Regards,
{cfull}
HR Recruiter | {company}
{phone}
""",
)

# writing sample request (think tank / comms)
F(
    "asx-008",
    "us_state",
    "writer",
    "{hm} <{hmemail}>",
    "{role} - writing sample",
    """
Dear {first},

Thank you for your application for the {role} position. The panel enjoyed reading it, and we'd like to ask you for a short writing exercise before we make interview decisions.

The task: in no more than 600 words, write a plain-language summary of the attached {doc} for a general audience (think of a resident who has never read a policy document). Please include a headline and a one-sentence summary at the top.

Please send it back as a Word document or PDF to this address by {dl_us} at noon. We are looking at clarity and structure rather than polish, so please don't spend more than two hours on it.

Best regards,
{hm}
{hmtitle}
{company}
""",
    ents="company role contact=hm",
    pools={
        "doc": ["wildfire smoke advisory", "draft water-rate proposal", "child-care subsidy rule change"],
        "hmtitle": ["Communications Director", "Deputy Director, Public Affairs", "Program Manager"],
    },
)

# portfolio-style design task from an agency
F(
    "asx-009",
    "ca_studio",
    "design",
    "{cfull} <{cemail}>",
    "Design task - {role}",
    """
Hey {first},

Thanks for sharing your portfolio - the team really liked the packaging work.

Next step is a short design task. Brief is attached, but the gist: one of our clients is a small coffee roaster relaunching its subscription, and we'd like you to design three social posts and a simple landing-page hero for the launch, using the brand kit in the folder.

Folder: https://drive.google.com/drive/folders/{tok}

Please keep it to about 4 hours - we'd rather see your thinking than perfect pixels - and send a PDF or Figma link by {dl_dow} end of day. We'll pay a flat $150 for your time. If the timing is bad, just tell me and we'll work something out.

Thanks!
{cfull}
Studio Manager, {company}
""",
)

# Harver situational judgement for customer service
F(
    "asx-010",
    "us_insur",
    "bpo",
    "{company} Careers <careers@{dom}>",
    "Next step for your {role} application",
    """
Hi {first},

Thanks for applying to {company}! The next step is a short online experience that shows you what the {role} job is really like and lets you show how you'd handle it.

You'll:
- answer a few questions about your availability
- try a typing and multitasking exercise
- respond to realistic customer situations (chat and phone)

It takes about 35 minutes and works best on a computer. Complete it by {dl_us} to keep your application moving:
https://{cslug}.harver.com/app/{tokl}

Questions? Reply to this email.

{company} Recruiting
""",
    ents="company role",
)

# pre-screening questionnaire
F(
    "asx-011",
    "uk_public",
    "council",
    "{cfull} <{cemail}>",
    "{role} - supplementary questions",
    """
Dear {first},

Thank you for your application for the post of {role}.

Before the shortlisting panel meets, we ask all applicants to answer five supplementary questions about the role. Please complete the form at the link below; each answer should be no more than 250 words.

https://forms.office.com/e/{tokl}

The questions cover: your experience of {area}, working with elected members, managing competing deadlines, a time you used data to change a decision, and your approach to customer complaints.

The form closes at 12 noon on {dl_uk}. Late submissions cannot be considered.

Kind regards
{cfull}
Resourcing Officer
{company}
""",
    pools={"area": ["statutory casework", "enforcement", "income collection", "tenancy management"]},
)

# Indian HR assignment to revert by EOD
F(
    "asx-012",
    "in_it",
    "in_dev",
    "{cfull} <{cemail}>",
    "Assignment - {role} - Kindly submit by {dl_d} {dl_mon3}",
    """
Hi {first},

Thanks for your time on call today.

As discussed, PFA the assignment for {role} position. Kindly go through the problem statement and share your solution (GitHub link or zip) on this mail thread by {dl_dmy} EOD.

Points to note:
1. Code should be your own, plagiarism will lead to disqualification.
2. Add a README with steps to run.
3. Unit tests will be added advantage.

Post evaluation of the assignment, our team will get back to you with next steps.

Regards,
{cfull}
Talent Acquisition | {company}
""",
)

# Arctic Shores game-based assessment (graduate)
F(
    "asx-013",
    "uk_grad",
    "grad",
    "{company} Graduate Recruitment <graduates@{dom}>",
    "Your next step: task-based assessment",
    """
Hi {first},

Thanks for applying to the {company} {role}. We'd like to invite you to the next stage: a task-based assessment, powered by Arctic Shores.

It's not a test of knowledge and there are no right or wrong answers. You'll complete a series of short, game-like tasks that help us understand how you approach things like risk, learning and problem-solving. It takes about 30 minutes and works on a phone, tablet or computer.

Please complete it by {dl_uk}: https://app.arcticshores.com/invite/{tokl}

Everyone who completes it receives a personalised insights report afterwards.

Best wishes,
{company} Graduate Recruitment
""",
    ents="company role",
)

# Versant/Emmersion spoken English test for a contact centre
F(
    "asx-014",
    "ph_bpo",
    "bpo",
    "{cfull} <{cemail}>",
    "Language Assessment - {role}",
    """
Hi {first},

Congratulations on passing the initial interview for {role}! 🎉

Your next step is the Versant English Placement Test. Please take it within 24 hours of receiving this email.

Test link: https://www.versantenglish.com/test/{tokl}
Test ID: {num6}{num4}
Duration: about 50 minutes (speaking, listening, reading and writing)

Use a headset with a microphone and take the test in a quiet room. The minimum passing score for this account is 55.

Reply to this email once you're done so we can process your result.

Thank you!
{cfull}
Recruitment Officer | {company}
""",
)

# code review exercise on GitHub
F(
    "asx-015",
    "eu_tech",
    "tech",
    "{hm} <{hmemail}>",
    "code review exercise",
    """
Hi {first},

Thanks for the good conversation last week about the {role} position. As the next step we would like you to do our code review exercise instead of a classic coding test.

I have invited you to a private repository: https://github.com/{cslug}/review-exercise-{tokl}
There is one open pull request. Please review it as you would review a colleague's PR - leave comments directly on GitHub, and a short summary at the end with your recommendation (merge / change / reject).

It should take around 90 minutes. Please finish it until {dl_dow}, {dl_ddot}. We will discuss your comments together in the next interview.

Best regards,
{hm}
Engineering Lead, {company}
""",
    ents="company role contact=hm",
)


# ---------------------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------------------

# UK university: offer of appointment with grade and spine point
F(
    "ofx-001",
    "uk_univ",
    "lecturer",
    "{company} HR Services <hr-recruitment@{dom}>",
    "Offer of Appointment - {role} - Ref {vref}",
    """
Dear {first} {last}

OFFER OF APPOINTMENT
Post: {role}
Department: {dept}
Reference: {vref}

Following your recent interview, I am pleased to offer you appointment to the above post on the following terms:

Grade: {grade}, spine point {sp} (£{sal} per annum)
Contract: open-ended, full-time (1.0 FTE)
Start date: {st_dmony}, or another date to be agreed with the Head of Department
Probation: 12 months
Pension: Universities Superannuation Scheme (USS)

This offer is subject to satisfactory references, evidence of your right to work in the UK and, where applicable, confirmation of your highest qualification.

Please confirm your acceptance within 10 working days by signing the Acceptance Form through the link below. The full contract of employment will follow once pre-employment checks are complete.

https://jobs.{dom}/offers/{tokl}

On behalf of the University, may I congratulate you and welcome you to {company}.

Yours sincerely

{cfull}
HR Adviser (Recruitment)
""",
    ents="company role contact",
    pools={
        "dept": ["School of Business", "School of Computing", "School of Health Sciences"],
        "gradepair": ["Grade 7|31|39,355", "Grade 8|38|46,485", "Grade 8|40|49,320", "Grade 7|34|41,732"],
    },
    extra=_chain(
        _split("gradepair", "grade", "sp", "sal"),
        lambda rng, s: {"vref": f"{rng.randrange(100000, 999999)}"},
    ),
)

# Australian university: offer of employment, Level B fixed-term
F(
    "ofx-002",
    "au_univ",
    "postdoc",
    "{cfull} <{cemail}>",
    "Offer of employment - {role} (Level B)",
    """
Dear {first},

On behalf of {company}, I'm delighted to offer you the position of {role} (Academic Level B), working with {hm}'s group.

The key terms are:
- Appointment: fixed-term, full-time, {yrs} years
- Salary: ${sal} per annum plus 17% employer superannuation
- Commencement: {st_dmony} (negotiable)
- Location: {city}

Your formal letter of offer and contract have been released to you in the careers portal. Please review them and accept online within 7 days. If you have any questions about the terms or relocation assistance, I'm very happy to talk them through.

Congratulations - the panel was unanimous.

Warm regards,
{cfull}
Senior HR Consultant, Research Recruitment
""",
    pools={"yrs": ["2", "3"]},
    extra=lambda rng, s: {"sal": f"{_money(rng, 110000, 128000, 500):,}"},
)

# Irish hospital: conditional offer subject to clearance
F(
    "ofx-003",
    "ie_org",
    "health",
    "{company} Recruitment <recruitment@{dom}>",
    "Conditional offer - {role} - Campaign {camp}",
    """
Dear {first},

Campaign: {camp} - {role}

I am pleased to inform you that, following the recent interview, you have been placed on the panel and we are now in a position to offer you the post of {role} at {company}, subject to clearance.

This offer is conditional on the following:
• Satisfactory references (two, including your current or most recent line manager)
• Garda vetting
• Occupational health clearance
• Registration with CORU / NMBI as applicable
• Verification of qualifications

Salary will be on point {pt} of the relevant scale (€{sal}), in line with Department of Health consolidated pay scales.

Please reply to this email within 5 working days to confirm that you accept this offer, and complete the clearance forms in the attached pack. Please do not resign from any current position until clearance is complete and a start date has been confirmed.

Kind regards,

{cfull}
Recruitment Officer
{company}
""",
    pools={"pt": ["3", "4", "5"]},
    extra=lambda rng, s: {
        "camp": f"LV{rng.randrange(100, 999)}-26",
        "sal": f"{_money(rng, 42000, 56000, 250):,}",
    },
)

# US hospital recruiter: conditional offer in a friendly email
F(
    "ofx-004",
    "us_hospital",
    "health",
    "{cfull} <{cemail}>",
    "Great news from {company}!",
    """
Hi {first},

I have great news - {hm} and the team would love to have you join {company} as a {role} in the {unit}! 🎉

Here's a summary of the offer:
• Status: full-time, {shift}
• Base rate: ${rate}/hour, plus ${diff}/hour night/weekend differential
• Sign-on bonus: ${bonus} (paid in two installments, with a 1-year commitment)
• Start date: new-hire orientation on {st_us}

This offer is contingent on successful completion of a background check, drug screen, employee health assessment and verification of your license and certifications.

The formal offer letter is in your candidate portal; please accept it there by {rb_us}. Once you accept, our onboarding team will reach out to schedule your pre-employment appointments.

Let me know if you have any questions - congratulations!

{cfull}
Clinical Talent Acquisition Partner
{company}
{phone}
""",
    pools={
        "unitpair": [
            "Registered Nurse - Emergency|Emergency Department",
            "Medical Laboratory Scientist|Core Lab",
            "Respiratory Therapist|Cardiopulmonary department",
        ],
        "shift": ["nights (3x12)", "days (3x12)", "evenings (4x10)"],
    },
    extra=lambda rng, s: (
        _split("unitpair", "role", "unit")(rng, s)
        | {
            "rate": f"{rng.randrange(36, 52)}.{rng.choice(['00', '25', '50', '75'])}",
            "diff": rng.choice(["3.50", "4.00", "5.25"]),
            "bonus": f"{_money(rng, 5000, 15000, 2500):,}",
        }
    ),
)

# retail/restaurant: you got the job, can you start Monday
F(
    "ofx-005",
    "us_retail",
    "retail",
    "{cfull} <{cemail}>",
    "you're in!",
    """
Hey {first}!

Great meeting you {pv_dow}. We'd love to have you on the team as a {role} 😊 Starting pay is ${pay}/hr, around {hrs} hours a week to start.

Can you start {st_dow}? First shift would be {t1} - I'll do your training myself. Just bring your ID and social security card (or passport) for paperwork, and wear comfy shoes.

Let me know if {st_dow} works!

{cfirst}
{company}
""",
    pools={"hrs": ["20-25", "25-30", "30-35"], "t1": ["9 to 3", "10 to 4", "noon to 6"]},
    extra=lambda rng, s: {"pay": f"{rng.randrange(14, 19)}.{rng.choice(['00', '50', '25'])}"},
)

# hotel: welcome aboard with offer details and first day
F(
    "ofx-006",
    "us_hotel",
    "hotel",
    "{cfull} <{cemail}>",
    "Welcome to {company}! Your offer details",
    """
Dear {first},

It is my pleasure to offer you the position of {role} at {company}! Everyone you met during your interview was impressed, and we're excited to welcome you to the team.

Position: {role}
Department: {dept}
Status: seasonal, full-time
Pay rate: ${pay} per hour
Reporting to: {hm}
Start date: {st_us}

Perks include free employee meals on shift, discounted stays across our properties and a season-end bonus for team members who complete their contract.

Please reply to this email by {rb_us} to let me know if you accept. Once you do, I'll send over your new-hire paperwork and the details for your first day.

Welcome aboard!

{cfull}
Human Resources Manager
{company}
""",
    pools={
        "hotelpair": [
            "Front Desk Agent|Rooms Division",
            "Housekeeping Attendant|Housekeeping",
            "Banquet Server|Food & Beverage",
            "Night Auditor|Rooms Division",
        ]
    },
    extra=lambda rng, s: (
        _split("hotelpair", "role", "dept")(rng, s)
        | {"pay": f"{rng.randrange(17, 23)}.{rng.choice(['00', '50'])}"}
    ),
)

# internship offer
F(
    "ofx-007",
    "us_tech",
    "campus",
    "{cfull} <{cemail}>",
    "{company} Summer {y} Internship Offer",
    """
Hi {first},

Congratulations! I'm thrilled to offer you a position as a {role} at {company} for Summer {y}. The team really enjoyed your interviews, especially {hook}.

Here are the details:
- Dates: 12 weeks, starting {st_us}
- Location: {city} (hybrid, 3 days a week in office)
- Pay: ${rate}/hour
- Housing stipend: ${stip} (one-time, paid with your first paycheck)
- Team: {team}, with {hm} as your manager

Your official offer letter is attached. Please sign and return it by {rb_us}. If you need more time because you're waiting on other offers, let me know - I'd rather have an honest conversation than lose you to a deadline.

Welcome (hopefully) to {company}!

{cfull}
University Recruiting, {company}
""",
    pools={
        "hook": [
            "your project on route optimisation",
            "how you talked through the caching question",
            "your hackathon app",
        ],
        "team": ["Payments Platform", "Search Quality", "Data Infrastructure"],
    },
    extra=lambda rng, s: {"rate": str(rng.randrange(38, 56)), "stip": f"{_money(rng, 3000, 9000, 500):,}"},
)

# UK agency: verbal offer confirmed in writing
F(
    "ofx-008",
    "uk_firm",
    "uk_office",
    "{cfull} <{aemail}>",
    "Confirming what we discussed - {company} offer",
    """
Hi {first},

As promised, here it is in writing - congratulations again! {company} have offered you the {role} role on the following:

Salary: £{sal}
Hours: Mon-Fri, 37.5 hrs, hybrid (2 days in the {city} office)
Holiday: 25 days + bank holidays
Pension: 5% employer contribution
Start: to be agreed once you've handed in your notice ({notice})

You told me on the phone you're happy to accept, so I've let {hm} know. Their HR team will send the formal offer letter and contract directly to you in the next couple of days - give it a read and shout if anything doesn't match the above.

Please don't hand your notice in until you've got the written contract from them.

Speak soon,
{cfirst}

{cfull} | Principal Consultant | {agency}
""",
    pools={"notice": ["one month", "four weeks", "two months"]},
    extra=_chain(_agency("uk", "co.uk"), lambda rng, s: {"sal": f"{_money(rng, 28000, 46000, 500):,}"}),
)

# startup offer with equity breakdown
F(
    "ofx-009",
    "us_startup",
    "startup",
    "{cfull} <{cfirst_l}@{dom}>",
    "Offer: {role} at {company}",
    """
Hi {first},

We'd love for you to join {company} as our {role}. Here's the full offer, with the equity spelled out so there's nothing hidden:

Cash
  Base salary: ${base}/year
  Annual bonus: none (we're not there yet)

Equity
  Stock options: {opts} ISOs
  That's ~{pct}% of the company on a fully diluted basis ({fd} shares outstanding)
  Strike price: ${strike} per share (latest 409A)
  Vesting: 4 years, 1-year cliff, monthly after that
  Exercise window: 5 years after you leave (not the usual 90 days)

Benefits
  Medical/dental/vision at 100% for you, 75% for dependents
  $1,500/year learning budget, home office setup

The formal letter will come through DocuSign today. I'm happy to jump on a call to walk through the equity math or how we think about the next raise - just say when.

{cfirst}
CEO, {company}
""",
    extra=lambda rng, s: (
        lambda base, opts, fd: {
            "base": f"{base:,}",
            "opts": f"{opts:,}",
            "fd": f"{fd:,}",
            "pct": f"{opts / fd * 100:.2f}",
            "strike": f"0.{rng.randrange(18, 95):02d}",
        }
    )(
        _money(rng, 140000, 185000, 5000),
        _money(rng, 40000, 120000, 5000),
        _money(rng, 12000000, 20000000, 500000),
    ),
)

# Workday inbox task: offer letter ready for review
F(
    "ofx-010",
    "us_insur",
    "office",
    "{company} <{cslug}@myworkday.com>",
    "Action Required: Review Documents - Offer Letter",
    """
You have a new task in your {company} Careers inbox.

Task: Review Documents - Offer Letter
Job: {req} {role}
Due: {rb_mdy}

Hello {first},

Congratulations! We are pleased to extend an offer of employment for the {role} position. Your offer letter is ready for your review.

To review and sign your offer:
1. Sign in to your candidate home account: https://wd5.myworkdaysite.com/recruiting/{cslug}/External/userHome
2. Open My Tasks and select "Review Documents - Offer Letter"
3. Review the letter, then sign and submit

If you have questions about your offer, please contact your recruiter, {cfull}, at {cemail}.

This is a system-generated message. Please do not reply.
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
    extra=lambda rng, s: {"req": f"R-{rng.randrange(10000, 99999)}"},
)

# SuccessFactors / portal: an offer has been extended
F(
    "ofx-011",
    "ch_co",
    "office",
    "{company} Careers <noreply@successfactors.eu>",
    "Your job offer from {company}",
    """
Dear {first} {last},

We are pleased to inform you that {company} has extended an offer to you for the position {role} (Requisition {req}).

Please log in to your candidate profile to view the offer details and the employment contract, and to accept or decline the offer online:

https://career5.successfactors.eu/career?company={cslug}&career_ns=offer&token={tok}

The offer is valid until {rb_ddot}.

Should you have any questions, please contact {cfull}, Talent Acquisition, at {phone}.

Kind regards
Talent Acquisition
{company}
""",
    ents="company role",
    headers={"Auto-Submitted": "auto-generated"},
    extra=lambda rng, s: {"req": str(rng.randrange(10000, 99999))},
)

# corrected and re-sent offer letter
F(
    "ofx-012",
    "sg_co",
    "office",
    "{cfull} <{cemail}>",
    "RE: Letter of Offer - {role} (revised)",
    """
Hi {first},

Apologies - the letter of offer I sent yesterday had the wrong start date and left out the transport allowance we agreed. Please disregard that version.

Attached is the corrected Letter of Offer for the {role} position. The changes are:
- Commencement date: {st_dmony} (not {wrong})
- Transport allowance: S${allow} per month, added under clause 4

Everything else is unchanged (monthly basic salary of S${sal}, 13th-month AWS, 18 days' annual leave).

Please sign the revised letter and return it by {rb_d} {rb_mon}. Sorry again for the mix-up!

Best regards,
{cfull}
HR Business Partner
{company}
""",
    extra=lambda rng, s: {
        "wrong": (lambda d: f"{d.day} {d.strftime('%B %Y')}")(
            s["_send"] + timedelta(days=rng.randint(10, 16))
        ),
        "allow": str(rng.choice([150, 200, 250])),
        "sal": f"{_money(rng, 5200, 8800, 100):,}",
    },
)

# counter-offer accepted by the company
F(
    "ofx-013",
    "us_tech",
    "tech",
    "{cfull} <{cemail}>",
    "Re: {role} offer - good news",
    """
Hi {first},

I took your counter to {hm} and our VP of Finance this morning and I'm happy to say they said yes across the board:

- Base salary: ${new} (up from ${old})
- Sign-on bonus: ${sob}, paid in your first paycheck
- Start date: {st_us}, as you asked, so you can finish your notice period

Everything else in the original offer stays the same. I'll have the updated offer letter to you through DocuSign by end of day. Once you sign, I'll get your onboarding started.

Really glad we could make this work - the team is excited.

{cfull}
Senior Recruiter | {company}
""",
    extra=lambda rng, s: (
        lambda old: {
            "old": f"{old:,}",
            "new": f"{old + _money(rng, 8000, 15000, 1000):,}",
            "sob": f"{_money(rng, 10000, 25000, 5000):,}",
        }
    )(_money(rng, 135000, 180000, 5000)),
)

# Indian IT: offer cum appointment letter, CTC breakdown
F(
    "ofx-014",
    "in_it",
    "in_it",
    "{cfull} <{cemail}>",
    "Offer cum Appointment Letter - {role} - {company}",
    """
Dear {first},

Greetings from {company}!!

With reference to your application and the subsequent discussions you had with us, we are pleased to offer you the position of {role} with our organisation. Please find attached the Offer cum Appointment Letter.

Designation: {role}
Location: {city}
Annual CTC: INR {ctc} (Rupees {ctcw} Lakhs Only)
  - Fixed: INR {fixed}
  - Variable pay: INR {var}
Date of Joining: on or before {st_dmy}
Notice period: 60 days post confirmation

Kindly revert with your acceptance by signing the offer letter and sharing a scanned copy within 2 working days. Please also share the documents listed in Annexure II for onboarding.

Looking forward to have you on board.

Regards,
{cfull}
HR Team | {company}
""",
    pools={"lakhs": ["9", "12", "14", "16", "18"]},
    extra=lambda rng, s: {
        "ctcw": {"9": "Nine", "12": "Twelve", "14": "Fourteen", "16": "Sixteen", "18": "Eighteen"}[
            s["lakhs"]
        ],
        "ctc": _inr(int(s["lakhs"]) * 100000),
        "fixed": _inr(int(s["lakhs"]) * 90000),
        "var": _inr(int(s["lakhs"]) * 10000),
    },
)

# travel nurse contract offer from the agency
F(
    "ofx-015",
    "us_hospital",
    "nurse",
    "{cfull} <{aemail}>",
    "YOU GOT IT!! {city} offer 🎉",
    """
{first}!!!

{company} just offered you the {role} contract!! Here's the package we talked about:

📍 {company}, {city}
🗓 Start {st_md}, 13 weeks
🕖 {shift}
💵 ${weekly}/week gross (${taxable}/hr taxable + ${stipend}/wk housing & meals stipends)
✈️ ${travel} travel reimbursement
🛡 Guaranteed 36 hrs/week

They need an answer by {rb_dow} at noon. Can you call or text me to accept? Once you say yes I'll send the contract through DocuSign and get compliance started (physical, drug screen, skills checklists).

SO happy for you!!
{cfull}
Senior Recruiter, {agency}
{phone}
""",
    pools={"shift": ["Nights, 3x12s", "Days, 3x12s", "Nights, 4x10s"]},
    extra=_chain(
        _agency("nurse", "com"),
        lambda rng, s: {
            "weekly": f"{_money(rng, 2100, 3200, 25):,}",
            "taxable": str(rng.randrange(22, 30)),
            "stipend": f"{_money(rng, 1200, 1900, 25):,}",
            "travel": str(rng.choice([500, 750, 1000])),
        },
    ),
)

# ALL CAPS trucking: approved for hire, orientation
F(
    "ofx-016",
    "us_warehouse",
    "cdl_otr",
    "{cfull_UP} <{cfirst_l}@{dom}>",
    "APPROVED FOR HIRE - {role_UP} - ORIENTATION {st_dow_UP}",
    """
{first_UP},

CONGRATS YOU ARE APPROVED FOR HIRE WITH {company_UP} FOR THE {role_UP} POSITION. WE ARE OFFERING YOU THE JOB AT {pay}.

ORIENTATION STARTS {st_dow_UP} {st_md} AT 7:00 AM AT {addr_UP}. IT IS 2 DAYS, PAID. HOTEL IS COVERED IF YOU LIVE MORE THAN 60 MILES OUT.

BRING:
- CDL + MED CARD
- SOCIAL SECURITY CARD
- VOIDED CHECK FOR DIRECT DEPOSIT

CALL ME TO CONFIRM YOU ACCEPT AND WILL BE THERE.

{cfull_UP}
DRIVER RECRUITING
{phone}
""",
    ents="company=company_UP role=role_UP contact=cfull_UP",
    pools={"pay": ["$0.64 CPM + $1,500 SIGN ON", "$1,600/WK AVG", "$27/HR + BENEFITS DAY 1"]},
)

# PI offers a postdoc position informally, HR letter to follow
F(
    "ofx-017",
    "us_univ",
    "postdoc",
    "{hm} <{hmemail}>",
    "Postdoc offer",
    """
Dear {first},

I really enjoyed your visit and your talk - the whole lab did. I'm delighted to offer you the {role} position in my group at {company}.

The position is funded for two years (renewable to three, subject to progress), starting any time between {st_mon} and September. The salary would be ${sal} per year, which is above the NIH NRSA scale for your experience level, with full university benefits. I'll also cover a trip to {conf} in your first year.

Our department HR office will send the formal offer letter once you tell me you'd like to accept - it usually takes about a week. Take some time to think about it, and please call me if you want to talk anything through, including your own fellowship plans.

Best wishes,
{hm}
Associate Professor, {dept}
{company}
""",
    ents="company role contact=hm",
    pools={
        "deptpair": [
            "Department of Biology|the Gordon conference on cell biology",
            "Department of Computer Science|NeurIPS",
            "School of Earth Sciences|the AGU Fall Meeting",
            "Department of Chemistry|the ACS Fall meeting",
        ]
    },
    extra=lambda rng, s: (
        _split("deptpair", "dept", "conf")(rng, s) | {"sal": f"{_money(rng, 62000, 72000, 500):,}"}
    ),
)

# non-native (Swiss German): offer, contract by post
F(
    "ofx-018",
    "ch_co",
    "tech",
    "{cfull} <{cemail}>",
    "Offer for the position {role}",
    """
Dear {first},

we would like to thank you again for the interesting interviews and your time. We are very happy to tell you that we decided for you and we would like to offer you the position as {role} at {company}.

The main conditions are as following:
- Annual gross salary: CHF {sal} (paid in 13 monthly salaries)
- Workload: 100%, with possibility of 2 days home office per week
- Holidays: 25 days
- Start: {st_dmony} or by agreement

The employment contract we will send you by post in two copies in the next days. Please sign both and send one back to us. If you have questions before, please don't hesitate to contact me.

We are looking forward to your positive answer until {rb_ddot}.

Kind regards
{cfull}
HR Business Partner
{company}
""",
    extra=lambda rng, s: {"sal": f"{_money(rng, 98000, 135000, 1000):,}".replace(",", "'")},
)

# Japan: informal offer (naitei) notice
F(
    "ofx-019",
    "jp_co",
    "tech",
    "{cfull} <{cemail}>",
    "【{company}】内定のご連絡 / Notice of job offer",
    """
{last} {first} 様

Thank you very much for taking part in our selection process for the {role} position.

After careful consideration, we are very pleased to inform you that we have decided to offer you employment (内定). Congratulations!

The offer letter (労働条件通知書) with salary, working conditions and start date is attached as a PDF. Your annual salary will be JPY {sal}, and the planned joining date is {st_y}/{st_mnum}/{st_d}.

Please let us know your decision by {rb_y}/{rb_mnum}/{rb_d} by replying to this email. If you would like an offer meeting (オファー面談) to ask questions about the conditions, we are happy to arrange it.

We are looking forward to working with you.

{cfull}
Human Resources, {company}
""",
    extra=lambda rng, s: {
        "sal": f"{_money(rng, 6500000, 11000000, 100000):,}",
        "st_mnum": str(datetime.fromisoformat(s["st_iso"]).month),
        "rb_mnum": str(datetime.fromisoformat(s["rb_iso"]).month),
    },
)


# South Africa: letter of appointment attached, accept by signing
F(
    "ofx-020",
    "za_org",
    "office",
    "{cfull} <{cemail}>",
    "Offer of Employment - {role}",
    """
Dear {first}

Following your recent interviews, it gives me great pleasure to offer you the position of {role} at {company}, reporting to {hm}.

Please find attached your Letter of Appointment setting out the terms and conditions of employment. In summary:

Total guaranteed package: R{pkg} per annum (cost to company), inclusive of employer contributions to the provident fund and medical aid
Performance bonus: up to {bon}% of annual package, at the discretion of the company
Leave: 20 working days per annum
Start date: {st_d} {st_mon} {st_y}, or as agreed

This offer is subject to satisfactory reference, credit and criminal checks and verification of your qualifications.

Kindly sign and initial every page of the letter and return a scanned copy to me by {rb_dow}, {rb_d} {rb_mon}. Should you have any questions, please feel free to call me.

Congratulations, and welcome to {company}.

Kind regards

{cfull}
HR Business Partner
{company}
""",
    extra=lambda rng, s: {
        "pkg": f"{_money(rng, 420000, 780000, 5000):,}".replace(",", " "),
        "bon": str(rng.choice([10, 15, 20])),
    },
)

# Dropbox Sign / Greenhouse e-sign offer notice with a personal note
F(
    "ofx-021",
    "us_startup",
    "startup",
    "{cfull} via Dropbox Sign <noreply@mail.hellosign.com>",
    "{cfull} has requested your signature on {role} Offer - {first} {last}",
    """
{cfull} ({cfirst_l}@{dom}) has requested your signature on "{role} Offer - {first} {last}".

Message from {cfirst}:
"{first} - so excited to send this over! This is the offer we talked through on the phone for the {role} role at {company}. Take your time reading it, and please reach out with any questions before you sign. The offer is open until {rb_us}."

Review & sign: https://app.hellosign.com/sign/{hex}

This document was sent using Dropbox Sign. Do not share this email; the link is unique to you.
""",
    headers={"Reply-To": "{cfirst_l}@{dom}"},
)


# ---------------------------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------------------------

DAYWORDS = ("today", "tomorrow", "tmrw", "tmr")


def _mentions_time(start: datetime, hay: str) -> bool:
    """Independent check that the annotated start is written in the message: its day and its hour."""
    low = hay.lower()
    day_ok = (
        any(w in low for w in DAYWORDS)
        or any(
            re.search(rf"\b{re.escape(x)}\b", hay, re.I)
            for x in (start.strftime("%A"), start.strftime("%a"), DOWX[start.weekday()])
        )
        or re.search(rf"\b{start.day}(st|nd|rd|th)?\b", hay) is not None
    )
    h12 = start.hour % 12 or 12
    hour_forms = [
        rf"\b{h12}(:\d\d|\.\d\d)?\s?(am|pm|a\.m\.|p\.m\.)",
        rf"\b{start.hour:02d}[:h.]?{start.minute:02d}\b",
        rf"\b{start.hour}[:h.]{start.minute:02d}\b",
        rf"\b{HOURWORD[h12 % 12]}\b",
        r"\bnoon\b",
        rf"\bat {h12}(:{start.minute:02d})?\b",
    ]
    hour_ok = any(re.search(f, hay, re.I) for f in hour_forms)
    return day_ok and hour_ok


def _check(r: Mapping[str, Any]) -> list[str]:
    """What only this slice asks of a record, on top of corpuslib.validate_records."""
    rid = r["id"]
    problems: list[str] = []
    if not r["entities"]:
        problems.append(f"{rid}: no entities on a positive record")
    value = r["entities"].get("interview_start")
    if value is None:
        return problems
    hay = f"{r['subject']}\n{r['text']}"
    start, sent = datetime.fromisoformat(value), datetime.fromisoformat(r["date"])
    if not (sent < start <= sent + timedelta(days=30)):
        problems.append(f"{rid}: interview_start {value} not 0-30 days after {sent}")
    if not _mentions_time(start, hay):
        problems.append(f"{rid}: interview_start {value} is not visibly stated in the text")
    # a weekday written next to a date must be that date's weekday
    for m in re.finditer(
        r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (January|February|March|"
        r"April|May|June|July|August|September|October|November|December)\b",
        hay,
    ):
        for year in (start.year,):
            d = datetime.strptime(f"{m.group(2)} {m.group(3)} {year}", "%d %B %Y")
            if d.strftime("%A") != m.group(1):
                problems.append(f"{rid}: {m.group(0)!r} names the wrong weekday")
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
