"""Cue patterns in German, French, Spanish and Dutch: the common wording of job mail in each language.

The shipped model reads English only; mail in another language is `other` (language.py). Once a user
corrects mail in one of these languages, their personal model decides it (learning/personal.py), and a
handful of corrections cannot teach a text classifier a language. These phrases give that model the
same evidence the English cues give: the decision step weighs an acknowledgement cue in French as it
weighs one in English. Written for this project from general knowledge of each language's business
mail; the phrasing of the real-mail dev set was never a source.

Same mini-language and weights as cues.py. Each phrase also matches without its accents (templates
often drop them). No phrase is English: on the corpus, the hand-written sets, the English dev mail and
3,000 mailgen messages they change no label (they match only the foreign half of bilingual mail).
"""

from __future__ import annotations

import unicodedata

from followup.classifiers.cues import STRONG, WEAK, Cue, expand_pattern
from followup.models import Label

INVITATION = Label.INTERVIEW_INVITATION.value
REJECTION = Label.REJECTION.value
OFFER = Label.OFFER.value
RECEIVED = Label.APPLICATION_RECEIVED.value
ASSESSMENT = Label.ASSESSMENT.value
OTHER = Label.OTHER.value

_DE_TALK = (
    "vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|telefoninterview|videointerview|"
    "interview|gespräch|erstgespräch|telefongespräch|auswahlgespräch|persönlichen_gespräch"
)
_FR_TALK = "entretien|échange|rendez-vous|entretien_téléphonique|entretien_individuel|entretien_vidéo|entretien_d'embauche"
_ES_TALK = "entrevista|entrevista_telefónica|entrevista_personal|videollamada|llamada|reunión"
_NL_TALK = "sollicitatiegesprek|kennismakingsgesprek|gesprek|interview|telefonisch_gesprek|videogesprek|eerste_gesprek"

GERMAN: dict[str, list[tuple[str, float]]] = {
    RECEIVED: [
        ("ihre|deine bewerbung ist|sind bei_uns? eingegangen", STRONG),
        ("eingang ihrer|deiner bewerbung|unterlagen", STRONG),
        ("eingangsbestätigung", STRONG),
        ("bewerbung|unterlagen erhalten|empfangen", STRONG),
        ("wir prüfen|sichten ihre|deine bewerbung|unterlagen", STRONG),
        ("ihre|deine unterlagen|bewerbung werden|wird geprüft|gesichtet|bearbeitet", STRONG),
        ("sobald wir ihre|deine unterlagen|bewerbung gesichtet|geprüft", STRONG),
        ("vielen|herzlichen dank für ihre|deine bewerbung", WEAK),
        ("wir melden uns|werden_uns bei ihnen|dir", WEAK),
        ("melden uns so bald|schnell wie möglich", WEAK),
        ("bei ihnen|dir melden", WEAK),
        ("sie hören|du_hörst von uns", WEAK),
        ("wir bedanken uns für ihre|deine bewerbung", WEAK),
        ("freuen uns über ihre|deine bewerbung", WEAK),
    ],
    REJECTION: [
        ("ihnen|dir leider mitteilen|absagen", STRONG),
        ("leider müssen|möchten|können wir ihnen|dir mitteilen|absagen", STRONG),
        ("nicht weiter|mehr berücksichtigen|berücksichtigt", STRONG),
        ("nicht berücksichtigen|berücksichtigt|weiterverfolgen|weiter_verfolgen", STRONG),
        ("leider keine|kein zusage|positive_rückmeldung|positiven_bescheid", STRONG),
        (
            "für einen|eine anderen|andere kandidaten|kandidatin|bewerber|bewerberin|bewerbenden|person entschieden",
            STRONG,
        ),
        ("uns gegen ihre|deine bewerbung|kandidatur entschieden", STRONG),
        ("nicht in die engere auswahl", STRONG),
        ("anderweitig besetzt|vergeben", STRONG),
        ("zu unserem bedauern", STRONG),
        ("bedauern ihnen|dir mitteilen", STRONG),
        ("absage", WEAK),
        ("leider", WEAK),
        (
            "viel erfolg für|bei ihre|deine|die weitere|berufliche|zukünftige? zukunft|stellensuche|jobsuche|laufbahn",
            WEAK,
        ),
        (
            "alles gute für ihre|deine|die weitere|berufliche|zukünftige? zukunft|stellensuche|jobsuche|laufbahn|weg",
            WEAK,
        ),
    ],
    INVITATION: [
        ("zu einem " + _DE_TALK + " einladen|einzuladen|eingeladen", STRONG),
        ("laden sie|dich|euch herzlich|gerne? zu einem " + _DE_TALK + " ein", STRONG),
        ("einladung zum|zu_einem " + _DE_TALK, STRONG),
        ("persönlich kennenlernen|kennen_lernen", STRONG),
        ("terminvorschlag|terminvorschläge|wunschtermin", WEAK),
        ("wann haben sie|hast_du zeit", WEAK),
    ],
    ASSESSMENT: [
        (
            "online-test|onlinetest|eignungstest|einstufungstest|persönlichkeitstest|fallstudie|testaufgabe|"
            "programmieraufgabe|online-assessment",
            STRONG,
        ),
        ("den|einen online_test|fragebogen bis", WEAK),
    ],
    OFFER: [
        (
            "ihnen|dir ein|einen vertragsangebot|arbeitsvertrag|angebot machen|unterbreiten|zukommen_lassen",
            STRONG,
        ),
        ("ihnen|dir die stelle|position anbieten|anzubieten", STRONG),
        ("uns für sie|dich entschieden", STRONG),
        ("vertragsangebot|arbeitsvertrag", WEAK),
    ],
    OTHER: [
        ("neue stellenangebote|jobs|stellen für sie|dich", STRONG),
        ("ihr|dein jobalert|suchauftrag|stellenalarm", STRONG),
    ],
    Cue.BOOKED: [
        ("ihr|dein|der termin ist|wurde bestätigt", STRONG),
        ("erinnerung an ihr|dein|das " + _DE_TALK, STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("nach unserem|dem " + _DE_TALK, STRONG),
        ("für das " + _DE_TALK, STRONG),
    ],
    Cue.HEDGE: [
        ("sollten sie|du", STRONG),
        ("falls sie|du|wir|ihre|deine", STRONG),
        ("sofern", STRONG),
    ],
}

FRENCH: dict[str, list[tuple[str, float]]] = {
    RECEIVED: [
        ("nous avons bien reçu votre|ta candidature", STRONG),
        ("accusons|accuser réception de votre|ta candidature", STRONG),
        ("votre|ta candidature a bien été reçue|enregistrée|transmise", STRONG),
        ("votre|ta candidature sera|va_être étudiée|examinée|analysée|traitée", STRONG),
        ("nous étudions|examinons|analysons votre|ta candidature|dossier|profil", STRONG),
        ("merci pour|de votre|ta candidature", WEAK),
        ("nous reviendrons|revenons vers vous|toi", WEAK),
        ("nous ne manquerons pas de revenir|vous_recontacter", WEAK),
    ],
    REJECTION: [
        ("nous sommes au regret", STRONG),
        ("nous avons le regret", STRONG),
        ("pas donner suite|suite_favorable|une_suite_favorable", STRONG),
        ("nous ne donnerons|pouvons pas suite", STRONG),
        ("ne donnerons pas suite", STRONG),
        ("n'a pas été retenue|retenu|sélectionnée|sélectionné", STRONG),
        ("n'avons pas retenu|sélectionné votre|ta candidature", STRONG),
        ("malheureusement", WEAK),
        ("d'autres candidatures|candidats|profils", WEAK),
        ("bonne chance|continuation pour|dans vos|votre|ta|tes recherches|recherche|démarches", WEAK),
        ("pleine réussite|plein_succès pour|dans vos|votre|ta|tes recherches|recherche|démarches", WEAK),
    ],
    INVITATION: [
        ("vous|te inviter|convier|convoquer à|pour un " + _FR_TALK, STRONG),
        ("convocation à|pour un " + _FR_TALK, STRONG),
        ("convocation à|pour l'entretien|l'échange", STRONG),
        ("fixer|planifier|organiser|programmer un " + _FR_TALK, STRONG),
        ("communiquer|indiquer|transmettre|envoyer vos|tes disponibilités", STRONG),
        ("vos|tes disponibilités", WEAK),
        ("vous|te rencontrer", WEAK),
    ],
    ASSESSMENT: [
        ("test|questionnaire|évaluation en ligne", STRONG),
        ("test|exercice technique", STRONG),
        ("test de personnalité|logique", STRONG),
        ("test d'aptitude|d'aptitudes", STRONG),
        ("étude de cas", WEAK),
    ],
    OFFER: [
        ("promesse|proposition d'embauche", STRONG),
        ("vous|te proposer le poste", STRONG),
        ("vous|te proposer un contrat", STRONG),
        ("contrat de travail", WEAK),
    ],
    OTHER: [
        ("nouvelles offres", STRONG),
        ("alerte emploi|e-mail", STRONG),
    ],
    Cue.BOOKED: [
        ("votre|ton entretien|rendez-vous est confirmé", STRONG),
        ("rappel de votre|ton entretien|rendez-vous", STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("suite à|après notre|votre " + _FR_TALK, STRONG),
        ("suite à|après l'entretien|l'échange", STRONG),
    ],
    Cue.HEDGE: [
        ("si vous|tu n'avez|n'as|n'êtes|n'es|ne|n’avez|n’as|n’êtes|n’es", STRONG),
        ("si votre|ta candidature|profil est|était retenue|retenu|sélectionnée|sélectionné", STRONG),
        ("au|dans_le cas où", STRONG),
        ("sans réponse|nouvelles de notre|nos part|services", STRONG),
    ],
}

SPANISH: dict[str, list[tuple[str, float]]] = {
    RECEIVED: [
        ("hemos recibido tu|su candidatura|solicitud|cv|currículum", STRONG),
        ("tu|su candidatura|solicitud ha sido recibida|registrada", STRONG),
        ("tu|su candidatura|solicitud se_ha_enviado|ha_sido_enviada correctamente", STRONG),
        ("estamos revisando|valorando|analizando tu|su candidatura|perfil|solicitud", STRONG),
        ("gracias por tu|su candidatura|solicitud|interés", WEAK),
        ("nos pondremos en contacto contigo|con_usted", WEAK),
    ],
    REJECTION: [
        ("lamentamos informarte|informarle|comunicarte|comunicarle", STRONG),
        ("no has|ha sido seleccionada|seleccionado", STRONG),
        ("continuar|seguir|avanzar|seguir_adelante con otros|otras candidatos|candidatas|perfiles", STRONG),
        ("no continuar|seguir|avanzar con tu|su candidatura", STRONG),
        ("en esta ocasión", WEAK),
        ("te|le deseamos mucha|mucho suerte|éxito", WEAK),
    ],
    INVITATION: [
        ("invitarte|invitarle a una|la " + _ES_TALK, STRONG),
        ("concertar|agendar|programar|coordinar|fijar una " + _ES_TALK, STRONG),
        ("nos gustaría conocerte|conocerle", STRONG),
        ("tu|su disponibilidad", WEAK),
    ],
    ASSESSMENT: [
        ("prueba técnica|online|en_línea|de_evaluación", STRONG),
        ("test de personalidad|aptitudes|competencias", STRONG),
        ("cuestionario en línea", STRONG),
    ],
    OFFER: [
        ("nos complace|alegra ofrecerte|ofrecerle el|un puesto|contrato", STRONG),
        ("carta oferta", STRONG),
        ("carta de oferta", STRONG),
        ("oferta formal|económica", WEAK),
    ],
    OTHER: [
        ("nuevas ofertas|vacantes de empleo|trabajo", STRONG),
        ("alerta de empleo", STRONG),
    ],
    Cue.BOOKED: [
        ("tu|su entrevista está|ha_sido confirmada", STRONG),
        ("recordatorio de tu|su entrevista|cita", STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("tras|después_de la|nuestra entrevista|conversación|reunión", STRONG),
    ],
    Cue.HEDGE: [
        ("si no|pasado|pasados|transcurrido|transcurridos", STRONG),
        ("si tu|su candidatura|perfil", STRONG),
        ("en caso de que", STRONG),
    ],
}

DUTCH: dict[str, list[tuple[str, float]]] = {
    RECEIVED: [
        ("je|jouw|uw sollicitatie ontvangen|in_goede_orde_ontvangen", STRONG),
        ("je|jouw|uw sollicitatie is|werd in_goede_orde? ontvangen|binnengekomen", STRONG),
        ("ontvangstbevestiging", STRONG),
        ("we|wij gaan|zullen je|jouw|uw sollicitatie|cv bekijken|beoordelen", STRONG),
        ("bedankt|dank voor je|jouw|uw sollicitatie", WEAK),
        ("contact met je|jou|u opnemen", WEAK),
    ],
    REJECTION: [
        ("niet verder|door te gaan met je|jouw|uw sollicitatie|kandidatuur", STRONG),
        ("gekozen voor een andere kandidaat", STRONG),
        ("gekozen voor andere kandidaten", STRONG),
        ("helaas moeten|kunnen we|wij je|jou|u laten_weten|mededelen|teleurstellen|niet", STRONG),
        ("afwijzing", STRONG),
        ("helaas", WEAK),
        ("veel succes met|bij je|jouw|uw zoektocht|verdere_loopbaan|verdere_carrière", WEAK),
    ],
    INVITATION: [
        ("uitnodigen voor een " + _NL_TALK, STRONG),
        ("uitnodiging voor een " + _NL_TALK, STRONG),
        ("nodigen we|wij je|jou|u graag? uit", STRONG),
        ("graag kennismaken|leren_kennen", STRONG),
        ("een afspraak|gesprek inplannen|plannen", STRONG),
        ("je|uw beschikbaarheid", WEAK),
    ],
    ASSESSMENT: [
        (
            "capaciteitentest|persoonlijkheidsvragenlijst|persoonlijkheidstest|online_toets|case-opdracht",
            STRONG,
        ),
    ],
    OFFER: [
        ("arbeidsovereenkomst|contractvoorstel|arbeidsvoorwaardenvoorstel", STRONG),
        ("je|jou|u een aanbod doen", STRONG),
    ],
    OTHER: [
        ("nieuwe vacatures", STRONG),
        ("vacature-alert|vacaturealert", STRONG),
    ],
    Cue.BOOKED: [
        ("je|jouw|uw afspraak|gesprek is bevestigd", STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("na|naar_aanleiding_van ons|het " + _NL_TALK, STRONG),
    ],
    Cue.HEDGE: [
        ("indien", STRONG),
        ("mocht|mochten je|jij|u|we|wij", STRONG),
        ("als je|jij|u niets|geen", STRONG),
    ],
}

# Negations that make an invitation, offer or test cue a rejection's wording ("wir werden Sie nicht zu einem
# Gespräch einladen"), beside the English ones (components.py); "n'..." counts too ("n'envisageons").
FOREIGN_NEGATORS = frozenset({
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "pas", "jamais", "aucun", "aucune", "nunca",
    "niet", "geen", "nooit",
})  # fmt: skip
# "N'hésitez pas à nous communiquer vos disponibilités", "Zögern Sie nicht, ...", "Aarzel niet om ...", "no dudes
# en ...": a negated hesitation is an encouragement, not a negation of what follows.
FOREIGN_NOT_A_NEGATION = frozenset({
    "n'hésitez", "n’hésitez", "hésitez", "hésite", "hésiter", "n'oubliez", "n’oubliez", "oubliez", "manquez",
    "zögern", "zögert", "zoegern", "zoegert", "vergessen", "aarzel", "aarzelen", "vergeet", "dudes", "dude",
    "olvides", "olvide",
})  # fmt: skip

FOREIGN_PATTERNS: dict[str, dict[str, list[tuple[str, float]]]] = {
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "nl": DUTCH,
}


_GERMAN_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def foreign_phrases(pattern: str) -> list[str]:
    """A foreign pattern's phrases as mail writes them: with and without accents, German umlauts also as
    ae/oe/ue/ss, and elisions with a straight or a typographic apostrophe (l'entretien, l’entretien)."""
    phrases = set(expand_pattern(pattern))
    phrases |= {_unaccented(p) for p in phrases} | {p.translate(_GERMAN_ASCII) for p in phrases}
    return sorted(phrases | {p.replace("'", "\u2019") for p in phrases})


def foreign_cues() -> list[tuple[str, str, str, float]]:
    """(key, group, pattern, weight) of every foreign cue; keys differ from cues.py's `label#i`."""
    return [
        (f"{group}#{language}{i}", group, pattern, weight)
        for language, groups in FOREIGN_PATTERNS.items()
        for group, patterns in groups.items()
        for i, (pattern, weight) in enumerate(patterns)
    ]
