"""Mail in a language the model does not read is `other`: no English draft to a German rejection."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from itertools import pairwise

import pytest
from spacy.language import Language

from followup import config, mail
from followup.classifiers import Classifier, classification_to_json
from followup.classifiers.components import LABELS, evidence_totals, make_email_doc
from followup.classifiers.cues_foreign import foreign_cues, foreign_phrases
from followup.classifiers.language import identify
from followup.classifiers.pipeline import MODEL_DIR, SIGNALS, _load_nlp
from followup.models import ActionKind, Email, Label
from followup.pipeline import Pipeline

NOW = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)

GERMAN_REJECTION = (
    "Sehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung als Lagerleiterin und das Vertrauen, das "
    "Sie uns damit entgegenbringen. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
    "Bewerberin entschieden haben. Ihre Unterlagen löschen wir gemäß den Datenschutzbestimmungen.\n\n"
    "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\nIhr Personalteam"
)
ENGLISH_REJECTION = (
    "Dear Ms Berg,\n\nThank you for applying for the Warehouse Lead position. Unfortunately, we have "
    "decided to move forward with another candidate whose experience more closely matches our needs.\n\n"
    "We wish you all the best in your search.\n\nKind regards,\nThe People Team"
)
FOREIGN = {
    "de": GERMAN_REJECTION,
    "fr": "Madame,\n\nNous avons bien reçu votre candidature pour le poste de comptable et nous vous en "
    "remercions. Notre équipe l'étudie avec attention et reviendra vers vous dans les prochaines semaines.",
    "es": "Estimada Ana:\n\nGracias por tu interés en el puesto de diseñadora. Nos gustaría invitarte a una "
    "entrevista por videollamada el próximo martes a las diez. Por favor, confirma tu disponibilidad.",
    "nl": "Beste Jan,\n\nBedankt voor je sollicitatie naar de functie van monteur. Helaas moeten we je "
    "laten weten dat we hebben gekozen voor een andere kandidaat. We wensen je veel succes.",
}


def message(body: str, subject: str = "Ihre Bewerbung") -> Email:
    msg = EmailMessage()
    msg["From"] = "Kranich Logistik <jobs@kranich-logistik.de>"
    msg["To"] = "Lena Berg <lena.berg@example.org>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Mar 2026 09:30:00 +0100"
    msg["Message-ID"] = f"<{abs(hash(body))}@kranich-logistik.de>"
    msg.set_content(body)
    return mail.parse(bytes(msg))


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_mail_in_another_language_is_not_read_by_the_model(code: str) -> None:
    guess = identify(message(FOREIGN[code]))
    assert (guess.code, guess.readable) == (code, False)


def test_english_mail_and_bilingual_mail_are_read_by_the_model() -> None:
    assert identify(message(ENGLISH_REJECTION, "Your application")).readable
    bilingual = identify(message(GERMAN_REJECTION + "\n\n---- English version ----\n\n" + ENGLISH_REJECTION))
    assert bilingual.code == "de" and bilingual.readable


IMPRESSUM = (
    "Kranich Logistik GmbH, Hafenstraße 12, 20457 Hamburg. Sitz der Gesellschaft: Hamburg, Registergericht "
    "Amtsgericht Hamburg, HRB 123456. Geschäftsführer: Jens Kranich, Birte Olsen. Diese E-Mail enthält "
    "vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den "
    "Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
    "Mail ist nicht gestattet."
)


def test_bilingual_mail_is_read_by_its_english_block_however_long_the_rest() -> None:
    """The English version makes bilingual mail readable, not the share of the text: behind a German legal
    footer it is a third of the text, and English names in a French mail are more than that."""
    with_footer = identify(message(GERMAN_REJECTION + "\n\n" + ENGLISH_REJECTION + "\n\n" + IMPRESSUM))
    assert with_footer.code == "de" and with_footer.readable
    names_only = identify(  # CLD2: 51% French, 48% English, but no block of English text
        message(
            "Bonjour Paul,\n\nJe vous rappelle notre entretien de demain à 9h30 pour le poste de chargé de "
            "clientèle. Merci de vous présenter à l'accueil dix minutes avant. Lieu : Northwind Cloud Services, "
            "Riverside Business Park, Building C, Second Floor.\n\nÀ demain,\nClaire"
        )
    )
    assert names_only.code == "fr" and not names_only.readable, names_only


def test_the_subject_speaks_when_the_body_is_empty_and_odd_input_never_raises() -> None:
    assert (
        identify(message("", "Einladung zum Vorstellungsgespräch für die Stelle als Lagerleiterin")).code
        == "de"
    )
    odd = Email(message_id="x", subject="", sender=None, text="\x00\x01 \ud800 1234 5678 ---")
    assert identify(odd).readable  # nothing to tell: the model decides


def test_a_german_rejection_is_other_and_classify_says_why(shared_classifier: Classifier) -> None:
    result = shared_classifier.classify(message(GERMAN_REJECTION))
    assert result.label is Label.OTHER and result.stage is None
    assert result.language == "de"
    assert "German" in result.reason and "no draft" in result.reason
    assert any(e.source == "language" and "German" in e.text for e in result.evidence)
    record = classification_to_json("x.eml", result)
    assert {"file", "label", "confidence", "scores", "entities", "evidence"} <= set(record)
    assert record["language"] == "de" and "German" in record["decision"]


def test_an_english_rejection_is_still_read_by_the_model(shared_classifier: Classifier) -> None:
    result = shared_classifier.classify(message(ENGLISH_REJECTION, "Your application"))
    assert result.label is Label.REJECTION and result.language == "en" and result.reason == ""


def _drafts(pipeline: Pipeline, email: Email) -> list[str]:
    classification = pipeline.classify(email)
    actions = pipeline.decide(pipeline.facts(email, classification), now=NOW)
    return [a.name for a in actions if a.kind is ActionKind.DRAFT]


# Job mail in other languages that the model alone, reading English cues, takes for job mail of some
# kind (a French rejection read as an acknowledgement is the case that once got an English check-in).
FOREIGN_JOB_MAIL = [
    ("Votre candidature", "Bonjour Lena,\n\nNous vous remercions pour votre candidature au poste de Data "
     "Analyst. Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne "
     "pouvons pas donner une suite favorable à votre candidature.\n\nCordialement,\nL'équipe Recrutement"),
    ("Coding Challenge", "Hallo Lena,\n\nals nächsten Schritt senden wir Ihnen eine Coding Challenge auf "
     "HackerRank: https://hackerrank.com/test/abc. Bitte bearbeiten Sie diese innerhalb von 5 Tagen.\n\n"
     "Viele Grüße\nRecruiting"),
    ("Job Offer - Data Analyst", "Hallo Lena,\n\nwir freuen uns, Ihnen die Stelle als Data Analyst anbieten "
     "zu können! Im Anhang finden Sie Ihr Angebot (Offer Letter). Bitte unterschreiben Sie es bis Freitag."
     "\n\nViele Grüße\nAnna"),
]  # fmt: skip


def test_no_english_draft_to_a_german_rejection(pipeline_for: Callable[[config.Settings], Pipeline]) -> None:
    settings = config.parse(
        '[profile]\nname = "Lena Berg"\nemail = "lena.berg@example.org"\ntimezone = "Europe/Berlin"\n'
    )
    pipeline = pipeline_for(settings)
    assert _drafts(pipeline, message(GERMAN_REJECTION)) == []
    foreign = [message(body, subject) for subject, body in FOREIGN_JOB_MAIL]
    assert [_drafts(pipeline, email) for email in foreign] == [[], [], []]
    # what keeps them back is the language: the model's own verdicts are job mail, and the same rules
    # do draft a reply to the English rejection
    nlp = pipeline.classifier.nlp
    verdicts = [nlp(make_email_doc(nlp, email))._.decision.label for email in foreign]
    assert any(label is not Label.OTHER for label in verdicts)
    assert _drafts(pipeline, message(ENGLISH_REJECTION, "Your application")) != []


@pytest.fixture(scope="module")
def reading_foreign() -> Language:
    """The shipped pipeline as a personal model that decides a taught language loads it: with the phrases."""
    nlp = _load_nlp(MODEL_DIR)
    nlp.get_pipe(SIGNALS).read_foreign()
    return nlp


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("de", "rejection"),
        ("fr", "application_received"),
        ("es", "interview_invitation"),
        ("nl", "rejection"),
    ],
)
def test_the_phrases_of_each_language_say_what_its_mail_is(
    reading_foreign: Language, shared_classifier: Classifier, code: str, label: str
) -> None:
    """A personal model reads a language the user taught by these phrases (cues_foreign.py), accents or not."""
    for text in (FOREIGN[code], _unaccented(FOREIGN[code])):
        totals = evidence_totals(reading_foreign(make_email_doc(reading_foreign, message(text))))
        job = {lb: totals.get(lb, 0.0) for lb in LABELS if lb != Label.OTHER.value}
        assert max(job, key=lambda lb: job[lb]) == label and job[label] >= 1.0, (code, totals)
    # The shipped model does not read them: no evidence, and the mail is `other`.
    shipped = shared_classifier.classify(message(FOREIGN[code]))
    assert shipped.label is Label.OTHER and {e.source for e in shipped.evidence} <= {"language", "header"}


# What the phrases must make of sentences as mail writes them: negated and hypothetical invitations, German
# without umlauts, French with typographic apostrophes. "" = no job label has a phrase.
PHRASE_CASES = [
    ("Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.", "rejection"),
    ("Sollten Sie in die engere Auswahl kommen, werden wir Sie zu einem Vorstellungsgespräch einladen.", ""),
    ("Leider muessen wir Ihnen mitteilen, dass wir uns fuer einen anderen Bewerber entschieden haben.", "rejection"),
    ("Wir laden Sie herzlich zu einem Vorstellungsgespräch ein.", "interview_invitation"),
    ("Wir freuen uns, Ihnen die Stelle anbieten zu können.", "offer"),
    ("Nous avons le regret de vous informer que votre candidature n’a pas été retenue.", "rejection"),
    ("Nous ne sommes pas en mesure de vous proposer le poste.", ""),
    ("Nous souhaitons vous inviter à un entretien. Merci de nous communiquer vos disponibilités.",
     "interview_invitation"),
    ("Hemos recibido tu candidatura. Si no recibes noticias en 30 días, no has sido seleccionado.",
     "application_received"),
    ("Hemos decidido seguir adelante con otros candidatos.", "rejection"),
    ("We willen je niet uitnodigen voor een sollicitatiegesprek.", ""),
    ("Graag nodigen we je uit voor een kennismakingsgesprek.", "interview_invitation"),
    ("Nous aimerions vous rencontrer. N’hésitez pas à nous communiquer vos disponibilités.", "interview_invitation"),
    ("Zögern Sie nicht, uns Ihre Terminvorschläge für das Gespräch zu senden.", "interview_invitation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), PHRASE_CASES)
def test_the_phrases_read_negations_conditions_and_spellings(
    reading_foreign: Language, text: str, label: str
) -> None:
    totals = evidence_totals(reading_foreign(make_email_doc(reading_foreign, message(text))))
    job = {lb: totals.get(lb, 0.0) for lb in LABELS if lb != Label.OTHER.value and totals.get(lb, 0.0) > 0}
    assert (max(job, key=lambda lb: job[lb]) if job else "") == label, totals


def test_no_foreign_phrase_glues_two_alternatives_together() -> None:
    """A multi-word alternative needs `_` (cues.py's mini-language), or the slot before it is said twice."""
    for _key, _group, pattern, _weight in foreign_cues():
        for phrase in foreign_phrases(pattern):
            words = phrase.split()
            assert all(a != b for a, b in pairwise(words)), (pattern, phrase)


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
