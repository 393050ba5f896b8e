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
    "interview|gespräch|erstgespräch|telefongespräch|auswahlgespräch"
)
_FR_TALK = "entretien|échange|rendez-vous|entretien_téléphonique|entretien_individuel|entretien_vidéo"
_ES_TALK = "entrevista|entrevista_telefónica|entrevista_personal|videollamada|llamada|reunión"
_NL_TALK = "sollicitatiegesprek|kennismakingsgesprek|gesprek|interview|telefonisch_gesprek|videogesprek"

GERMAN: dict[str, list[tuple[str, float]]] = {
    RECEIVED: [
        ("ihre|deine bewerbung ist|sind bei_uns? eingegangen", STRONG),
        ("eingang ihrer|deiner bewerbung|unterlagen", STRONG),
        ("eingangsbestätigung", STRONG),
        ("bewerbung|unterlagen erhalten|empfangen", STRONG),
        ("wir prüfen|sichten ihre|deine bewerbung|unterlagen", STRONG),
        ("ihre|deine unterlagen|bewerbung werden|wird geprüft|gesichtet|bearbeitet", STRONG),
        ("vielen|herzlichen dank für ihre|deine bewerbung", WEAK),
        ("wir melden uns|werden_uns bei ihnen|dir", WEAK),
        ("melden uns so bald|schnell wie möglich", WEAK),
        ("bei ihnen|dir melden", WEAK),
        ("sie|du hören|hörst von uns", WEAK),
        ("wir bedanken uns für ihre|deine bewerbung", WEAK),
        ("freuen uns über ihre|deine bewerbung", WEAK),
        ("sobald wir ihre|deine unterlagen|bewerbung gesichtet|geprüft", STRONG),
    ],
    REJECTION: [
        ("ihnen|dir leider mitteilen|absagen", STRONG),
        ("leider müssen|möchten|können wir ihnen|dir mitteilen|absagen", STRONG),
        ("nicht weiter|mehr berücksichtigen|berücksichtigt", STRONG),
        ("leider keine|kein zusage|positive_rückmeldung|positiven_bescheid", STRONG),
        ("nicht berücksichtigen|berücksichtigt|weiterverfolgen|weiter_verfolgen", STRONG),
        (
            "für einen|eine anderen|andere kandidaten|kandidatin|bewerber|bewerberin|bewerbenden entschieden",
            STRONG,
        ),
        ("uns gegen ihre|deine bewerbung|kandidatur entschieden", STRONG),
        ("nicht in die engere auswahl", STRONG),
        ("zu unserem bedauern", STRONG),
        ("bedauern ihnen|dir mitteilen", STRONG),
        ("absage", WEAK),
        (
            "viel erfolg|alles gute für ihre|deine|die weitere|berufliche|zukünftige? zukunft|stellensuche|jobsuche|laufbahn",
            WEAK,
        ),
    ],
    INVITATION: [
        ("zu einem|einem_persönlichen? " + _DE_TALK + " einladen|einzuladen|eingeladen", STRONG),
        ("laden sie|dich|euch gerne? zu einem " + _DE_TALK + " ein", STRONG),
        ("einladung zum|zu_einem " + _DE_TALK, STRONG),
        ("persönlich kennenlernen|kennen_lernen", STRONG),
        ("terminvorschlag|terminvorschläge|wunschtermin", WEAK),
        ("wann haben sie|du zeit", WEAK),
    ],
    ASSESSMENT: [
        (
            "online-test|onlinetest|eignungstest|einstufungstest|persönlichkeitstest|fallstudie|testaufgabe|programmieraufgabe",
            STRONG,
        ),
        ("online test|fragebogen bis", WEAK),
    ],
    OFFER: [
        (
            "ihnen|dir ein|einen vertragsangebot|arbeitsvertrag|angebot machen|unterbreiten|zukommen_lassen",
            STRONG,
        ),
        ("uns für sie|dich entschieden", STRONG),
        ("vertragsangebot|arbeitsvertrag", WEAK),
    ],
    OTHER: [
        ("neue stellenangebote|jobs|stellen für sie|dich", STRONG),
        ("ihr|dein job-alert|jobalert|suchauftrag", STRONG),
    ],
    Cue.BOOKED: [
        ("ihr|dein|der termin ist|wurde bestätigt", STRONG),
        ("erinnerung an ihr|dein|das " + _DE_TALK, STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("nach|für unserem|unser|dem|das " + _DE_TALK, STRONG),
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
        ("nous sommes au regret|avons_le_regret", STRONG),
        ("pas donner une? suite|suite_favorable", STRONG),
        ("n'a pas été retenue|retenu|sélectionnée|sélectionné", STRONG),
        ("n'avons pas retenu|sélectionné votre|ta candidature", STRONG),
        ("malheureusement", WEAK),
        ("d'autres candidatures|candidats|profils", WEAK),
        (
            "bonne chance|pleine_réussite|bonne_continuation|plein_succès dans|pour vos|ta|votre recherches|recherche|démarches",
            WEAK,
        ),
    ],
    INVITATION: [
        ("vous|te inviter|convier|convoquer à un|pour_un " + _FR_TALK, STRONG),
        ("convocation à|pour un|l'entretien " + _FR_TALK + "?", STRONG),
        ("fixer|planifier|organiser|programmer un " + _FR_TALK, STRONG),
        ("vos|tes disponibilités", STRONG),
        ("vous|te rencontrer", WEAK),
    ],
    ASSESSMENT: [
        ("test|questionnaire|évaluation en ligne", STRONG),
        ("test|exercice technique|de_personnalité|d'aptitude", STRONG),
        ("étude de cas", WEAK),
    ],
    OFFER: [
        ("promesse|proposition d'embauche", STRONG),
        ("vous|te proposer le poste|un_contrat", STRONG),
        ("contrat de travail", WEAK),
    ],
    OTHER: [
        ("nouvelles offres d'emploi?", STRONG),
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
}

SPANISH: dict[str, list[tuple[str, float]]] = {
    RECEIVED: [
        ("hemos recibido tu|su candidatura|solicitud|cv|currículum", STRONG),
        ("tu|su candidatura|solicitud ha sido recibida|registrada|enviada_correctamente", STRONG),
        ("estamos revisando|valorando|analizando tu|su candidatura|perfil|solicitud", STRONG),
        ("gracias por tu|su candidatura|solicitud|interés", WEAK),
        ("nos pondremos en contacto contigo|con_usted", WEAK),
    ],
    REJECTION: [
        ("lamentamos informarte|informarle|comunicarte|comunicarle", STRONG),
        ("no has|ha sido seleccionada|seleccionado", STRONG),
        ("continuar|seguir|avanzar con otros|otras candidatos|candidatas|perfiles", STRONG),
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
        ("carta oferta|de_oferta", STRONG),
        ("oferta formal|económica", WEAK),
    ],
    OTHER: [
        ("nuevas ofertas|vacantes de empleo|trabajo?", STRONG),
        ("alerta de empleo", STRONG),
    ],
    Cue.BOOKED: [
        ("tu|su entrevista está|ha_sido confirmada", STRONG),
        ("recordatorio de tu|su entrevista|cita", STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("tras|después_de la|nuestra entrevista|conversación|reunión", STRONG),
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
        ("gekozen voor een|andere andere? kandidaat|kandidaten", STRONG),
        ("helaas moeten|kunnen we|wij je|jou|u", STRONG),
        ("afwijzing", STRONG),
        ("helaas", WEAK),
        ("veel succes met|bij je|jouw|uw zoektocht|verdere_loopbaan|verdere_carrière", WEAK),
    ],
    INVITATION: [
        ("uitnodigen voor een " + _NL_TALK, STRONG),
        ("uitnodiging voor een " + _NL_TALK, STRONG),
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
        ("vacature-alert|vacaturealert|job-alert", STRONG),
    ],
    Cue.BOOKED: [
        ("je|jouw|uw afspraak|gesprek is bevestigd", STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("na|naar_aanleiding_van ons|het " + _NL_TALK, STRONG),
    ],
}

FOREIGN_PATTERNS: dict[str, dict[str, list[tuple[str, float]]]] = {
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "nl": DUTCH,
}


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def foreign_phrases(pattern: str) -> list[str]:
    """A foreign pattern's phrases, each also without its accents."""
    phrases = expand_pattern(pattern)
    return sorted({*phrases, *(_unaccented(p) for p in phrases)})


def foreign_cues() -> list[tuple[str, str, str, float]]:
    """(key, group, pattern, weight) of every foreign cue; keys differ from cues.py's `label#i`."""
    return [
        (f"{group}#{language}{i}", group, pattern, weight)
        for language, groups in FOREIGN_PATTERNS.items()
        for group, patterns in groups.items()
        for i, (pattern, weight) in enumerate(patterns)
    ]
