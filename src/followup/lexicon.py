"""Word lists about mail that several stages need: one list per fact, and nothing but data.

Every stage (header features, entity extraction, signature splitting, drafts, the store) reads these
lists from here; each builds its own matcher from them. Where two stages really need different lists,
both are here under names that say why (tests/test_lexicon.py checks that no other module in src/
defines such a list again). Changing a list changes what the model sees: run `followup eval` and
bench/bench_holdout.py before and after.
"""

from __future__ import annotations

# Where a known applicant-tracking or assessment system sends from; a feature, not a verdict. A sender
# at one of these (or a subdomain) writes for many employers, so its domain names none of them.
ATS_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com", "icims.com",
    "smartrecruiters.com", "ashbyhq.com", "taleo.net", "oracle.com", "bamboohr.com", "workablemail.com",
    "workable.com", "personio.de", "personio.com", "teamtailor.com", "teamtailor-mail.com", "jazzhr.com",
    "applytojob.com", "recruitee.com", "successfactors.com", "successfactors.eu", "sapsf.com", "jobvite.com",
    "breezy.hr", "pinpointhq.com", "rippling.com", "hackerrank.com", "codility.com", "codesignal.com",
    "testgorilla.com", "hirevue.com", "goodtime.io", "calendly.com", "hireez.com", "gem.com",
    "hackerrankforwork.com", "criteriacorp.com", "mettl.com", "shl.com", "pymetrics.ai", "harver.com",
    "talogy.com", "vervoe.com", "coderbyte.com", "testdome.com", "karat.io", "sparkhire.com", "willo.video",
    "linkedin.com", "indeed.com", "naukri.com", "seek.com.au", "glassdoor.com", "ziprecruiter.com",
)  # fmt: skip

# Public-sector job boards send for many employers: their domain names none of them. Not a header
# feature of the model (only entity extraction ignores them), so kept apart from ATS_DOMAINS.
JOB_BOARD_DOMAINS = (
    "trac.jobs", "jobs.nhs.uk", "csjobs.cabinetoffice.gov.uk", "civilservicejobs.service.gov.uk",
    "usajobs.gov", "governmentjobs.com", "neogov.com", "jobs.ac.uk", "jobs.gc.ca", "smartjobs.qld.gov.au",
)  # fmt: skip

# Brand names of hiring platforms, job boards and scheduling tools: a display name or domain label that
# is one of these names the platform, never the hiring company.
HIRING_PLATFORM_NAMES = frozenset({
    "greenhouse", "lever", "workday", "icims", "smartrecruiters", "ashby", "taleo", "bamboohr", "workable",
    "personio", "teamtailor", "jazzhr", "recruitee", "successfactors", "jobvite", "breezy", "hackerrank",
    "codility", "codesignal", "testgorilla", "hirevue", "goodtime", "calendly", "linkedin", "indeed",
    "glassdoor", "oracle", "sap", "rippling", "pinpoint", "gem", "naukri", "seek", "monster", "reed",
    "totaljobs", "stepstone", "ziprecruiter", "dice", "wellfound", "otta", "xing", "jobstreet", "shine",
})  # fmt: skip

# Personal mailbox providers: a company's hiring mail rarely comes from one, the candidate's own mail and
# friends' mail usually does. A feature the model weighs, not a verdict (small agencies use Gmail too).
FREEMAIL_DOMAINS = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.uk", "yahoo.co.in", "yahoo.fr", "ymail.com", "icloud.com", "me.com", "mac.com",
    "proton.me", "protonmail.com", "pm.me", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com",
    "yandex.com", "yandex.ru", "qq.com", "163.com", "rediffmail.com", "fastmail.com", "hey.com", "zoho.com",
    "libero.it", "orange.fr", "free.fr", "t-online.de", "bigpond.com", "btinternet.com", "sky.com",
)  # fmt: skip
# Providers whose name, as a domain label under any top-level domain, never names an employer. Narrower
# than the labels of FREEMAIL_DOMAINS on purpose: Orange, Sky or Free also hire, from their own domains.
FREEMAIL_PROVIDER_NAMES = frozenset({
    "gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "proton", "protonmail",
    "aol", "gmx", "web", "mail", "yandex", "zoho", "fastmail", "hey", "rediffmail", "qq",
})  # fmt: skip

# Mailboxes nobody reads. A hyphen stands for an optional "-", "_" or "." ("no_reply", "noreply").
# NO_REPLY_NAMES may appear anywhere in the local part; NO_REPLY_HEADS only as its first word.
NO_REPLY_NAMES = ("no-reply", "do-not-reply", "mailer-daemon", "postmaster")
NO_REPLY_HEADS = ("bounce", "bounces", "notification", "notifications", "notify")
# The shorter list the model's "noreply" header feature was trained with (a prefix of the local part);
# "notify@" senders in the corpus are product notices the model learnt without this flag.
NO_REPLY_FEATURE = ("no-reply", "do-not-reply", "mailer-daemon", "notification", "notifications")

# Subject prefixes mail clients put before a reply, in the languages they use ("Re:", "AW:", "SV:").
REPLY_PREFIXES = ("re", "aw", "sv", "vs", "antw", "ref", "réf", "rif", "odp", "res", "r")
# The older, shorter list the model's "reply" header feature was trained with; "Ref:" in particular
# starts many first messages ("Ref: 1234 application"), so the feature keeps this list.
REPLY_PREFIXES_FEATURE = ("re", "aw", "sv", "antw", "r")

# A line that closes a message: where the signature begins (mail parsing). SIGN_OFF_QUALIFIERS may
# stand before SIGN_OFF_NOUNS ("kind regards", "many thanks"); SIGN_OFFS are whole closings.
SIGN_OFF_QUALIFIERS = ("best", "kind", "warm", "warmest", "many", "with", "all the best", "my best")
SIGN_OFF_NOUNS = ("regards", "wishes", "thanks", "greetings")
SIGN_OFFS = (
    "best", "cheers", "thanks", "thank you", "thanks again", "thank you again", "many thanks", "sincerely",
    "yours", "yours sincerely", "yours truly", "respectfully", "talk soon", "take care", "all the best",
    "speak soon", "best of luck", "mit freundlichen grüßen", "viele grüße", "beste grüße", "liebe grüße",
    "grüße", "lg", "mfg", "cordialement", "bien à vous", "bien cordialement", "salutations", "saludos",
    "un saludo", "atentamente", "met vriendelijke groet", "groeten", "cordiali saluti",
    # Swiss spellings (ss for ß) and more closings in other languages
    "freundliche grüße", "freundliche grüsse", "mit freundlichen grüssen", "viele grüsse", "beste grüsse",
    "liebe grüsse", "grüsse", "herzliche grüße", "herzliche grüsse",
    "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten", "saludos cordiales",
    "un cordial saludo", "distinti saluti", "meilleures salutations", "med vänliga hälsningar",
)  # fmt: skip
# The closings entity extraction looks for before the signer's name ("Best, Anna"). In this order:
# the first that matches wins, and what follows it is read as the name.
SIGN_OFFS_BEFORE_NAME = (
    "best", "regards", "kind regards", "warm regards", "best regards", "warmest regards", "many thanks",
    "thanks", "thank you", "thanks again", "cheers", "sincerely", "yours sincerely", "yours faithfully",
    "yours truly", "all the best", "best wishes", "warmly", "warm wishes", "take care", "talk soon",
    "speak soon", "with thanks", "respectfully", "thanks so much", "thank you again", "br", "ta", "thx",
    "thanks heaps", "many thanks again", "saludos", "viele grüße", "groete", "cordialement",
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
    "viele grüsse", "beste grüße", "beste grüsse", "liebe grüße", "liebe grüsse", "herzliche grüße",
    "herzliche grüsse", "bien cordialement", "met vriendelijke groet", "met vriendelijke groeten",
    "saludos cordiales", "un saludo", "un cordial saludo", "atentamente", "cordiali saluti", "distinti saluti",
)  # fmt: skip

# Legal-form suffixes of company names. A dot stands for an optional dot ("S.A" matches "SA", "S.A.").
LEGAL_SUFFIXES = (
    "Inc", "Ltd", "LLC", "LLP", "GmbH", "plc", "Pvt", "Co", "Corp", "S.A", "AG", "B.V", "Pty", "Limited",
    "SE", "NV", "Oy", "AB", "AS",
)  # fmt: skip
# The legal suffixes that are abbreviations and keep their period ("Acme Inc."); after any other
# ("Kraftwerk Data GmbH.") a period ends the sentence and is not part of the name.
LEGAL_SUFFIXES_WITH_PERIOD = ("Inc", "Ltd", "Co", "Corp", "Pvt", "Pty", "S.A", "B.V")
# The suffixes the store folds away when it keys an application by company ("ACME Inc." = "Acme"). A
# subset of LEGAL_SUFFIXES: widening it would re-key applications already stored.
COMPANY_KEY_SUFFIXES = ("inc", "ltd", "llc", "gmbh", "ag", "plc", "corp", "co", "limited", "bv", "sa", "pvt")


# Well-known mail providers: (their address domains, IMAP host, what a newcomer must know to log in).
# `followup init` suggests the host from the address's domain.
_APP_PASSWORD = "{name} needs an app password (2-step verification on, then create one for 'Mail')"
IMAP_PROVIDERS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("gmail.com", "googlemail.com"), "imap.gmail.com", _APP_PASSWORD.format(name="Gmail") + ", or auth = xoauth2"),
    (("outlook.com", "hotmail.com", "live.com", "msn.com"), "outlook.office365.com",
     "Microsoft accounts need OAuth2: auth = xoauth2 with pizauth or oama"),
    (("yahoo.com", "ymail.com"), "imap.mail.yahoo.com", _APP_PASSWORD.format(name="Yahoo")),
    (("icloud.com", "me.com", "mac.com"), "imap.mail.me.com", _APP_PASSWORD.format(name="iCloud")),
    (("aol.com",), "imap.aol.com", _APP_PASSWORD.format(name="AOL")),
    (("fastmail.com", "fastmail.fm"), "imap.fastmail.com", _APP_PASSWORD.format(name="Fastmail")),
    (("gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch"), "imap.gmx.net", "enable IMAP in GMX's settings first"),
    (("web.de",), "imap.web.de", "enable IMAP in WEB.DE's settings first"),
    (("posteo.de", "posteo.net"), "posteo.de", ""),
    (("mailbox.org",), "imap.mailbox.org", ""),
    (("t-online.de",), "secureimap.t-online.de", "use the separate e-mail password from T-Online's settings"),
    (("zoho.com", "zohomail.com"), "imap.zoho.com", ""),
    (("yandex.com", "yandex.ru"), "imap.yandex.com", _APP_PASSWORD.format(name="Yandex")),
    (("proton.me", "protonmail.com", "pm.me"), "127.0.0.1",
     "Proton works through Proton Mail Bridge (port 1143, starttls) on this machine"),
)  # fmt: skip
