"""The exact message of every rule for the finding its case in ``rule_cases.CASES`` makes.

Written by hand, in Finnish, Swedish and English, values filled in: a reworded
message or a wrong value in it shows up as a difference here. Seven rules being
reworded elsewhere are left out for now (``REWORDED``): HN-D001, HN-R002,
HN-R006, HN-R008, HN-P004, HN-P009 and HN-A016; and the rules added or
reworded after the table was written (``NOT_YET``).
"""

from __future__ import annotations

__all__ = ["MESSAGES", "NOT_YET", "REWORDED"]

#: Rules whose messages are being reworded; their rows are to be added with the new wording.
REWORDED = frozenset({"HN-D001", "HN-R002", "HN-R006", "HN-R008", "HN-P004", "HN-P009", "HN-A016"})

#: Rules added, or reworded, after the table was written; their rows are still to be written.
NOT_YET = frozenset(
    {
        *(f"HN-G{number:03d}" for number in range(1, 19)),
        *("HN-A040", "HN-A041", "HN-A042", "HN-A043"),
        *("HN-L020", "HN-L021", "HN-L022", "HN-L023", "HN-L024"),
        *("HN-P020", "HN-P021", "HN-P022"),
        *("HN-A005", "HN-A007", "HN-A011", "HN-A012", "HN-A014", "HN-L001", "HN-L003"),
        *("HN-L005", "HN-P002", "HN-R004", "HN-R005", "HN-S004", "HN-S005", "HN-S006"),
        "HN-S009",
        *(f"HN-O{number:03d}" for number in range(4, 14)),
    }
)

#: code -> (fi, sv, en), the message of the one finding of this code in the rule's case.
MESSAGES: dict[str, tuple[str, str, str]] = {
    "HN-A001": (
        "Neuvottelun päivämäärä puuttuu",
        "Förhandlingens datum saknas",
        "The date of the negotiation is missing",
    ),
    "HN-A002": (
        "Neuvottelun paikka puuttuu",
        "Förhandlingens plats saknas",
        "The place of the negotiation is missing",
    ),
    "HN-A003": (
        "Asiakirjan tunniste puuttuu",
        "Handlingens identifierare saknas",
        "The record's identifier is missing",
    ),
    "HN-A004": (
        "Asianumero (diaarinumero) puuttuu",
        "Ärendenumret (diarienumret) saknas",
        "The case identifier (asianumero) is missing",
    ),
    "HN-A006": (
        "Muistion laatija puuttuu",
        "Promemorians upprättare saknas",
        "The memo's author is missing",
    ),
    "HN-A008": (
        "Muistion hyväksymispäivä puuttuu",
        "Promemorians godkännandedatum saknas",
        "The memo's approval date is missing",
    ),
    "HN-A009": (
        "Muistion hyväksyjä puuttuu",
        "Uppgift om vem som godkänt promemorian saknas",
        "Who approved the memo is missing",
    ),
    "HN-A010": (
        "Julkisuusluokka puuttuu",
        "Offentlighetsklassen saknas",
        "The publicity class is missing",
    ),
    "HN-A013": (
        "Henkilötietoluokka puuttuu",
        "Personuppgiftsklassen saknas",
        "The personal data class is missing",
    ),
    "HN-A015": (
        "Säilytysaika puuttuu",
        "Förvaringstiden saknas",
        "The retention period is missing",
    ),
    "HN-A017": (
        "Säilytysaika on sekä pysyvä että 10 vuotta",
        "Förvaringstiden är både varaktig och 10 år",
        "The retention is both permanent and 10 years",
    ),
    "HN-A018": (
        "Säilytysajan peruste puuttuu",
        "Grunden för förvaringstiden saknas",
        "The reason for the retention period is missing",
    ),
    "HN-A019": (
        "Tehtäväluokka puuttuu",
        "Uppgiftsklassen saknas",
        "The function classification code is missing",
    ),
    "HN-A020": (
        "Asiakirjan kieli puuttuu",
        "Handlingens språk saknas",
        "The record's language is missing",
    ),
    "HN-A021": (
        "Kieleksi on merkitty sv, mutta otsikkoa ei ole sillä kielellä",
        "Som språk har angetts sv, men rubriken finns inte på det språket",
        "The record's language includes sv but the title is not in it",
    ),
    "HN-A022": (
        "Asiakirjatyyppi puuttuu",
        "Handlingstypen saknas",
        "The document type is missing",
    ),
    "HN-A023": (
        "Asiakirjan laatimisaika puuttuu",
        "Tidpunkten då handlingen upprättades saknas",
        "When the record was created is missing",
    ),
    "HN-A024": (
        "Puheenjohtajan nimi puuttuu",
        "Ordförandens namn saknas",
        "The chair's name is missing",
    ),
    "HN-A025": (
        "Läsnäoloa ei ole kirjattu: kenenkään osallistujan läsnäoloa ei ole merkitty",
        "Närvaron har inte antecknats: ingen deltagares närvaro har angetts",
        "Attendance is not recorded: no participant's presence is stated",
    ),
    "HN-A026": (
        "Muistiota ei voisi lukea arkistosta takaisin: tekstissä on 1000001 merkkiä, "
        "enintään 1000000",
        "Promemorian skulle inte kunna läsas tillbaka ur arkivet: texten har 1000001 tecken, "
        "högst 1000000",
        "The memo could not be read back from the archive: the text has 1000001 characters, "
        "at most 1000000",
    ),
    "HN-D002": (
        "Tiedostoa ei voi lukea: tiedostoa ei ole",
        "Filen kan inte läsas: filen finns inte",
        "The file cannot be read: no such file",
    ),
    "HN-L002": (
        "Neuvottelun oikeusperustaa ei ole merkitty",
        "Förhandlingens rättsliga grund har inte angetts",
        "The negotiation's legal basis is not stated",
    ),
    "HN-L004": (
        '"2023-2027" ei ole valtuustokausi',
        '"2023-2027" är ingen fullmäktigeperiod',
        '"2023-2027" is not a council term',
    ),
    "HN-L006": (
        "Päättymisaika 09:00 on ennen alkamisaikaa 10:00",
        "Sluttiden 09:00 är tidigare än starttiden 10:00",
        "The end time 09:00 is before the start time 10:00",
    ),
    "HN-L007": (
        "Jatkotoimenpiteen tapaaminen määräpäivä 2025-09-01 on ennen neuvottelua (2025-10-01)",
        "Tidsfristen 2025-09-01 för den fortsatta åtgärden tapaaminen infaller före "
        "förhandlingen (2025-10-01)",
        "The due date 2025-09-01 of follow-up tapaaminen is before the negotiation (2025-10-01)",
    ),
    "HN-L008": (
        "Muistion hyväksymispäivä 2025-09-01 on ennen neuvottelua (2025-10-01)",
        "Promemorians godkännandedatum 2025-09-01 infaller före förhandlingen (2025-10-01)",
        "The memo's approval date 2025-09-01 is before the negotiation (2025-10-01)",
    ),
    "HN-O001": (
        'Tuloksen "tapaaminen" lähteenä mainittua asiakohtaa 9 ei ole',
        'Punkt 9, som anges som källa för resultatet "tapaaminen", finns inte',
        'Section 9, the source of outcome "tapaaminen", does not exist',
    ),
    "HN-O002": (
        'Tuloksen "tapaaminen" lähteenä mainittua kohtaa "p9" ei ole asiakohdassa 2',
        'Punkten "p9", som anges som källa för resultatet "tapaaminen", finns inte i punkt 2',
        'Point "p9", the source of outcome "tapaaminen", is not in section 2',
    ),
    "HN-O003": (
        'Tuloksen "tapaaminen" lähdettä muistiossa ei ole merkitty',
        'Det har inte angetts var i promemorian resultatet "tapaaminen" har antecknats',
        'The outcome "tapaaminen" does not say where in the memo it is recorded',
    ),
    "HN-P001": (
        '"Länsi-Uudenmaan hyvinvointialue" (90) ei ole mikään 21 hyvinvointialueesta',
        '"Västra Nylands välfärdsområde" (90) är inte ett av de 21 välfärdsområdena',
        '"Länsi-Uudenmaan hyvinvointialue" (90) is not one of the 21 wellbeing services counties',
    ),
    "HN-P003": (
        'Kuntaa "Lohja" (999) ei ole Tilastokeskuksen kuntaluokituksessa',
        'Kommunen "Lojo" (999) finns inte i Statistikcentralens kommunindelning',
        'The municipality "Lohja" (999) is not in the Statistics Finland classification',
    ),
    "HN-P005": (
        'Nimi "Vihti" ei vastaa Tilastokeskuksen koodia 444 (Lohja)',
        'Namnet "Vihti" motsvarar inte Statistikcentralens kod 444 (Lojo)',
        'The name "Vihti" does not match Statistics Finland code 444 (Lohja)',
    ),
    "HN-P006": (
        'Y-tunnuksen "3221347-4" tarkistusnumero on väärä',
        'FO-numret "3221347-4" har fel kontrollsiffra',
        'The business ID "3221347-4" has a wrong check digit',
    ),
    "HN-P007": (
        'Kunta "Lohja" on mainittu osapuolena kahdesti',
        'Kommunen "Lojo" har angetts som part två gånger',
        'The municipality "Lohja" is listed as a party twice',
    ),
    "HN-P008": (
        'Osapuolta "Vihti" ei edusta kukaan osallistujista',
        'Ingen av deltagarna företräder parten "Vihti"',
        'No participant represents the party "Vihti"',
    ),
    "HN-P010": (
        "Puheenjohtajaa ei ole merkitty osallistujiin",
        "Ingen av deltagarna har angetts som ordförande",
        "No participant has the role of chair",
    ),
    "HN-P011": (
        "Neuvottelussa ei ole yhtään kuntaa",
        "Ingen kommun deltar i förhandlingen",
        "The negotiation has no municipality",
    ),
    "HN-R001": (
        'Puhujaa "ghost" ei ole osallistujissa',
        'Talaren "ghost" finns inte bland deltagarna',
        'The speaker "ghost" is not a declared participant',
    ),
    "HN-R003": (
        'Osallistujan "Jussi Patinen" organisaatio "ghost" ei osallistu neuvotteluun',
        'Organisationen "ghost", som deltagaren "Jussi Patinen" hör till, deltar inte i '
        "förhandlingen",
        'The organisation "ghost" of participant "Jussi Patinen" is not taking part',
    ),
    "HN-R007": (
        'Tunniste "lohja" on käytössä useammin kuin kerran',
        'Identifieraren "lohja" används mer än en gång',
        'The id "lohja" is used more than once',
    ),
    "HN-S001": (
        "Asiakohdan numero 2 toistuu",
        "Punktnumret 2 förekommer flera gånger",
        "The section number 2 is repeated",
    ),
    "HN-S002": (
        "Asiakohta 0 on kohdan 2 jälkeen: numerot eivät ole järjestyksessä",
        "Punkt 0 kommer efter punkt 2: numren är inte i ordning",
        "Section 0 comes after section 2: the numbers are out of order",
    ),
    "HN-S003": (
        "Alakohdan numero 3.1 ei ala pääkohdan numerolla 2",
        "Underpunktens nummer 3.1 börjar inte med huvudpunktens nummer 2",
        "The subsection number 3.1 does not extend its section's number 2",
    ),
    "HN-S007": (
        "Muistiossa ei ole yhtään asiakohtaa",
        "Promemorian har inga punkter",
        "The memo has no sections",
    ),
    "HN-S008": (
        "Asiakohta 3 on tyhjä",
        "Punkt 3 är tom",
        "Section 3 is empty",
    ),
    "HN-T001": (
        "Teksti on tyhjä",
        "Texten är tom",
        "The text is empty",
    ),
    "HN-T002": (
        "Tekstissä on merkki U+000B, jota XML 1.0 ei voi esittää",
        "Texten innehåller tecknet U+000B, som XML 1.0 inte kan återge",
        "The text contains U+000B, which XML 1.0 cannot carry",
    ),
    "HN-T003": (
        "Teksti ei ole Unicode-normalisoitu (NFC)",
        "Texten är inte Unicode-normaliserad (NFC)",
        "The text is not in Unicode normal form C (NFC)",
    ),
}
