"""The exact message of every rule for the finding its case in ``rule_cases.CASES`` makes.

Written by hand, in Finnish, Swedish and English, values filled in: a reworded
message or a wrong value in it shows up as a difference here. Rules whose
messages are being reworded elsewhere wait in ``REWORDED``; rules whose row is
held back, because the message their case renders is wrong or changes from day
to day, wait in ``NOT_YET``.
"""

from __future__ import annotations

__all__ = ["MESSAGES", "NOT_YET", "REWORDED"]

#: Rules whose messages are being reworded; their rows are to be added with the new wording.
REWORDED: frozenset[str] = frozenset()

#: Rules whose row is held back: the message the case renders is wrong, or depends on the day.
NOT_YET: frozenset[str] = frozenset()

#: code -> (fi, sv, en), the message of the finding of this code at the path of the rule's case.
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
    "HN-D001": (
        "Muistio ei ole kelvollinen: odotettiin JSON-muotoista tekstiä, löytyi arvon paikalla "
        "jotain muuta",
        "Promemorian är inte giltig: förväntat JSON-text, hittat något annat där ett värde "
        "skulle stå",
        "The memo is not valid: expected JSON, found something else where a value should be",
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
    "HN-T004": (
        'Pohjan täyttöohje on jäänyt paikalleen: "TÄYTÄ: neuvottelun paikka"',
        'Mallens ifyllnadsanvisning står kvar: "TÄYTÄ: neuvottelun paikka"',
        'A placeholder of the template is still in place: "TÄYTÄ: neuvottelun paikka"',
    ),
    "HN-G001": (
        'Kokouskutsussa on merkitty läsnäolo ("paikalla"), vaikka kokousta ei ole pidetty',
        'Kallelsen anger närvaro ("närvarande") fast mötet inte har hållits',
        'A notice records attendance ("present") of a meeting not yet held',
    ),
    "HN-G015": (
        'Lisäperuste "valtuustokausittainen neuvottelu" toistaa neuvottelun lajin',
        'Den ytterligare grunden "förhandling per fullmäktigeperiod" upprepar förhandlingens typ',
        'The additional kind "council-term negotiation" repeats a kind of the negotiation',
    ),
    "HN-G017": (
        "Neuvottelu on myös hyvinvoinnin ja terveyden edistämisen neuvottelu, mutta oikeusperusta "
        "ei mainitse säännöstä Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 6 § "
        "tai Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
        "Förhandlingen är också en förhandling om främjande av välfärd och hälsa, men den "
        "rättsliga grunden nämner inte Lag om ordnandet av social- och hälsovård (612/2021) 6 § "
        "eller Lag om ordnandet av social- och hälsovård (612/2021) 7 §",
        "The negotiation is also a wellbeing and health promotion negotiation, but its legal "
        "basis does not cite Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 6 § "
        "or Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
    ),
    "HN-O004": (
        'Tuloksen "tapaaminen" tila "olemassa" ei sovi tuloksen lajiin (jatkotoimenpide)',
        'Statusen "befintlig" för resultatet "tapaaminen" passar inte resultatets typ '
        "(fortsatt åtgärd)",
        'The status "existing" of outcome "tapaaminen" does not fit its type (follow-up action)',
    ),
    "HN-G002": (
        'Kokouskutsussa on neuvottelun tulos "tapaaminen", vaikka kokousta ei ole pidetty',
        'Kallelsen har förhandlingsresultatet "tapaaminen" fast mötet inte har hållits',
        'A notice records the outcome "tapaaminen" of a meeting not yet held',
    ),
    "HN-G003": (
        "Kutsu on päivätty 2025-10-02, neuvottelupäivän 2025-10-01 jälkeen",
        "Kallelsen är daterad 2025-10-02, efter förhandlingsdagen 2025-10-01",
        "The invitation is dated 2025-10-02, after the negotiation on 2025-10-01",
    ),
    "HN-G004": (
        "Kokouskutsusta puuttuu kutsuja",
        "Kallelsen anger inte vem som sammankallar",
        "The notice does not say who convenes the meeting",
    ),
    "HN-G005": (
        "Päätöspykälästä puuttuvat toimielin ja pykälän tiedot",
        "Beslutsparagrafen anger inte organet eller paragrafen",
        "The decision item does not name its body and item",
    ),
    "HN-G006": (
        'Viitattua tunnistetta "ghost" ei ole ilmoitettu',
        'Identifieraren "ghost" som det hänvisas till har inte angetts',
        'The id "ghost" referred to is not declared',
    ),
    "HN-G007": (
        'Osallistujaryhmä "johtajat" on sidottu sekä organisaatioon että organisaatiolajiin',
        'Deltagargruppen "johtajat" är knuten både till en organisation och till en '
        "organisationstyp",
        'The attendance group "johtajat" is tied both to an organisation and to a kind',
    ),
    "HN-G008": (
        'Organisaatio "Vihti" on vain mainittu, mutta sen puolesta on osallistuja',
        'Organisationen "Vihti" är endast nämnd, men någon deltar för den',
        'The organisation "Vihti" is only mentioned, yet someone attends for it',
    ),
    "HN-G009": (
        "Neuvottelupäivä 2025-10-01 ei osu ajanjaksoon 2025-09",
        "Förhandlingsdagen 2025-10-01 ligger inte inom 2025-09",
        "The negotiation date 2025-10-01 is not within 2025-09",
    ),
    "HN-G010": (
        "Neuvottelupäivä puuttuu: lähde kertoo vain ajanjakson 2025-10",
        "Förhandlingsdagen saknas: källan anger endast 2025-10",
        "The day of the negotiation is missing: the source gives only 2025-10",
    ),
    "HN-G011": (
        "Neuvottelu on kierroksen osa 3, mutta kierroksessa on vain 2 osaa",
        "Förhandlingen är del 3 av rundan, men rundan har bara 2 delar",
        "The negotiation is part 3 of a round of only 2 parts",
    ),
    "HN-G012": (
        'Kierroksen edellisen tai seuraavan kokouksen asiakirja "LU-2025-123" on tämä muistio',
        'Rundans föregående eller följande mötes handling "LU-2025-123" är denna promemoria',
        'The round\'s previous or next meeting record "LU-2025-123" is this memo itself',
    ),
    "HN-G013": (
        'Organisaatiolla "lohja" on useampi kuin yksi kirjaus',
        'Organisationen "lohja" har mer än en registrering',
        'The organisation "lohja" has more than one registration',
    ),
    "HN-G014": (
        'Laatijan organisaation kirjauksessa caseId on "1/00.00/2025", asiakirjassa '
        '"5146/01.04.00/2025"',
        'Upprättarens organisations registrering har caseId "1/00.00/2025", handlingen '
        '"5146/01.04.00/2025"',
        'The author organisation\'s registration has caseId "1/00.00/2025", the record '
        '"5146/01.04.00/2025"',
    ),
    "HN-G016": (
        'Ryhmän tunniste "g" on käytössä useammin kuin kerran',
        'Gruppens identifierare "g" används mer än en gång',
        'The group id "g" is used more than once',
    ),
    "HN-G018": (
        "Raportti neuvottelukierroksesta ei nimeä kierrosta",
        "Rapporten om förhandlingsrundan anger inte rundan",
        "The round report does not name its round",
    ),
    "HN-O005": (
        'Tuloksen "sopimus" voimassaolo päättyy (2025-12-31) ennen kuin se alkaa (2026-01-01)',
        'Giltigheten för resultatet "sopimus" upphör (2025-12-31) innan den börjar (2026-01-01)',
        'The validity of outcome "sopimus" ends (2025-12-31) before it starts (2026-01-01)',
    ),
    "HN-O006": (
        'Tuloksen "sopimus" hyväksynyttä organisaatiota "vihti" ei ole ilmoitettu',
        'Organisationen "vihti", som godkände resultatet "sopimus", har inte angetts',
        'The organisation "vihti" approving outcome "sopimus" is not declared',
    ),
    "HN-O007": (
        'Henkilön tai liitteen tunniste "liite-1" on jo käytössä',
        'Identifieraren "liite-1" för en person eller bilaga används redan',
        'The id "liite-1" of a person or attachment is already in use',
    ),
    "HN-O008": (
        'Henkilön "virtanen" organisaatiota "kela" ei ole ilmoitettu',
        'Organisationen "kela" för personen "virtanen" har inte angetts',
        'The organisation "kela" of person "virtanen" is not declared',
    ),
    "HN-O009": (
        'Tuloksen "tapaaminen" lähteenä mainittua virkettä 2 ei ole kohdassa "p1"',
        'Meningen 2, som anges som källa för resultatet "tapaaminen", finns inte i punkten "p1"',
        'Sentence 2, the source of outcome "tapaaminen", is not in point "p1"',
    ),
    "HN-O010": (
        'Tuloksen "paatos" päättäjää tai vastuutahoa "vihti" ei ole ilmoitettu',
        'Beslutsfattaren eller den ansvariga parten "vihti" för resultatet "paatos" har inte '
        "angetts",
        'The decision maker or responsible party "vihti" of outcome "paatos" is not declared',
    ),
    "HN-O011": (
        'Strategian kohdan "tavoite" yläkohta "tapaaminen" ei ole laajempi kohta, suunnitelma '
        "tai sopimus",
        'Den överordnade punkten "tapaaminen" för strategipunkten "tavoite" är inte en bredare '
        "punkt, en plan eller ett avtal",
        'The parent "tapaaminen" of strategy item "tavoite" is not a broader item, a plan or an '
        "agreement",
    ),
    "HN-O012": (
        'Asiakirjaan kuuluvalta liitteeltä "liite-1" puuttuu tiedostonimi',
        'Bilagan "liite-1", som hör till handlingen, saknar filnamn',
        'The attachment "liite-1", part of the record, has no file name',
    ),
    "HN-O013": (
        'Tulos "tapaaminen" seuraa tulosta "tapaaminen" tästä samasta muistiosta "LU-2025-123"',
        'Resultatet "tapaaminen" följer upp resultatet "tapaaminen" i samma promemoria '
        '"LU-2025-123"',
        'The outcome "tapaaminen" follows up "tapaaminen" of this same memo "LU-2025-123"',
    ),
    "HN-L020": (
        "Neuvottelupäivä 2099-01-15 on vasta tulossa (tarkistuspäivä 2026-01-01), mutta "
        "muistion mukaan neuvottelu on jo pidetty",
        "Förhandlingsdagen 2099-01-15 har inte kommit ännu (kontrolldag 2026-01-01), men "
        "enligt promemorian har förhandlingen redan hållits",
        "The negotiation date 2099-01-15 is still to come (checked on 2026-01-01), but the memo "
        "records the meeting as held",
    ),
    "HN-L021": (
        "Muistio on merkitty laadituksi 2025-09-30, ennen neuvottelua (2025-10-01)",
        "Promemorian har angetts vara upprättad 2025-09-30, före förhandlingen (2025-10-01)",
        "The memo is recorded as created on 2025-09-30, before the negotiation (2025-10-01)",
    ),
    "HN-L022": (
        "Muistio on merkitty hyväksytyksi 2025-10-20, ennen kuin se on laadittu (2025-10-21)",
        "Promemorian har angetts vara godkänd 2025-10-20, innan den upprättades (2025-10-21)",
        "The memo is recorded as approved on 2025-10-20, before it was created (2025-10-21)",
    ),
    "HN-L023": (
        "HYTE-neuvottelu on päivätty 2022-09-01, mutta hyvinvointialueet vastaavat hyvinvoinnin "
        "ja terveyden edistämisestä vasta 1.1.2023 alkaen",
        "HFV-förhandlingen är daterad 2022-09-01, men välfärdsområdena ansvarar för främjandet "
        "av välfärd och hälsa först från och med 1.1.2023",
        "The wellbeing promotion negotiation is dated 2022-09-01, but the counties are "
        "responsible for wellbeing and health promotion only from 1 January 2023",
    ),
    "HN-L024": (
        'Lainauksen otsikossa mainitaan "Laki sosiaali- ja terveydenhuollon järjestämisestä", '
        "mutta sen säädösviittaus on 611/2021 14 §",
        'Citatets rubrik nämner "Laki sosiaali- ja terveydenhuollon järjestämisestä", men dess '
        "författningshänvisning är 611/2021 14 §",
        'The quotation\'s heading names "Laki sosiaali- ja terveydenhuollon järjestämisestä" '
        "but its legal reference is 611/2021 14 §",
    ),
    "HN-P020": (
        'Myös "Jussi Patinen" on merkitty puheenjohtajaksi; puheenjohtajana on jo "Mia Laiho"',
        'Även "Jussi Patinen" har angetts som ordförande; ordförande är redan "Mia Laiho"',
        '"Jussi Patinen" is also marked as chair; "Mia Laiho" already is',
    ),
    "HN-P021": (
        'Henkilö "Jussi Patinen" on merkitty osallistujiin kahdesti',
        'Personen "Jussi Patinen" har angetts två gånger bland deltagarna',
        'The person "Jussi Patinen" is listed among the participants twice',
    ),
    "HN-P022": (
        'Osallistujan "Jussi Patinen" tehtävänimike "Kaupunginjohtaja" on viranhaltijan '
        "nimike, mutta hänet on merkitty luottamushenkilöksi",
        'Deltagaren "Jussi Patinen" har titeln "Kaupunginjohtaja", som är en '
        "tjänsteinnehavares titel, men har angetts som förtroendevald",
        'The participant "Jussi Patinen" has the title "Kaupunginjohtaja", a civil servant\'s '
        "title, but is marked as an elected official",
    ),
    "HN-A040": (
        'Puheenvuoron tekstissä näyttää olevan henkilön nimi "Jussi Patinen", vaikka muistion '
        "mukaan siinä ei ole henkilötietoja",
        'Anförandets text verkar innehålla en persons namn, "Jussi Patinen", fast promemorian '
        "uppges inte innehålla personuppgifter",
        'The statement\'s text seems to name a person, "Jussi Patinen", but the memo claims no '
        "personal data",
    ),
    "HN-A041": (
        'Kielikoodi "fin" ei ole kaksikirjaiminen; SÄHKE2 hyväksyy vain koodit kuten "fi"',
        'Språkkoden "fin" har inte två bokstäver; SÄHKE2 godtar bara koder som "sv"',
        'The language code "fin" is not two letters; SÄHKE2 takes only codes such as "en"',
    ),
    "HN-A042": (
        'Tehtäväluokka "00 01" on liian yleinen: SÄHKE2 vaatii vähintään kolme tasoa, '
        'esimerkiksi "00 01 02"',
        'Uppgiftsklassen "00 01" är för allmän: SÄHKE2 kräver minst tre nivåer, till exempel '
        '"00 01 02"',
        'The function code "00 01" is too general: SÄHKE2 needs at least three levels, such as '
        '"00 01 02"',
    ),
    "HN-A043": (
        'SÄHKE2:n vuoden 2011 skeemassa ei ole henkilötietoluokkaa "sisältää rikostuomioihin ja '
        'rikkomuksiin liittyviä henkilötietoja"; siirrä muistio vuoden 2019 skeeman mukaisena',
        'SÄHKE2-schemat från 2011 saknar personuppgiftsklassen "innehåller personuppgifter om '
        'fällande domar och lagöverträdelser"; överför promemorian enligt schemat från 2019',
        'The SÄHKE2 schema of 2011 has no personal data class "personal data on criminal '
        'convictions and offences"; transfer the memo with the schema of 2019',
    ),
    "HN-A005": (
        'Otsikossa "Neuvottelu" ei mainita yhtäkään osapuolta',
        'Rubriken "Neuvottelu" nämner ingen av parterna',
        'The title "Neuvottelu" names neither party',
    ),
    "HN-A007": (
        "Muistiota ei ole merkitty hyväksytyksi (tila: luonnos)",
        "Promemorian har inte markerats som godkänd (status: utkast)",
        "The memo is not marked approved (status: draft)",
    ),
    "HN-A011": (
        'Julkisuusluokka on "salassa pidettävä", mutta salassapitoperuste puuttuu',
        'Offentlighetsklassen är "sekretessbelagd", men sekretessgrunden saknas',
        'The publicity class is "confidential" but the legal ground for secrecy is missing',
    ),
    "HN-A012": (
        'Julkisuusluokka on "salassa pidettävä", mutta salassapitoaika puuttuu',
        'Offentlighetsklassen är "sekretessbelagd", men sekretesstiden saknas',
        'The publicity class is "confidential" but the secrecy period is missing',
    ),
    "HN-A014": (
        "Muistion mukaan siinä ei ole henkilötietoja, mutta siinä nimetään henkilöitä (2)",
        "Enligt promemorian innehåller den inga personuppgifter, men personer nämns vid namn (2)",
        "The memo claims no personal data but names people (2)",
    ),
    "HN-A016": (
        "Säilytysaikaa ei ole merkitty pysyväksi eikä vuosina",
        "Förvaringstiden har varken angetts som varaktig eller i år",
        "The retention period is given neither as permanent nor in years",
    ),
    "HN-L001": (
        "Oikeusperusta ei sovi neuvottelun lajiin (hyvinvoinnin ja terveyden edistämisen "
        "neuvottelu): sen pitäisi olla Laki sosiaali- ja terveydenhuollon järjestämisestä "
        "(612/2021) 6 § tai Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
        "Den rättsliga grunden passar inte förhandlingens typ (förhandling om främjande av "
        "välfärd och hälsa): den borde vara Lag om ordnandet av social- och hälsovård "
        "(612/2021) 6 § eller Lag om ordnandet av social- och hälsovård (612/2021) 7 §",
        "The legal basis does not fit the kind of negotiation (wellbeing and health promotion "
        "negotiation): expected Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) "
        "6 § or Laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 7 §",
    ),
    "HN-L003": (
        "Päivämäärä 2022-01-15 on ennen aluevaltuustojen ensimmäistä valtuustokautta "
        "(1.3.2022 alkaen)",
        "Datumet 2022-01-15 infaller före välfärdsområdesfullmäktiges första "
        "fullmäktigeperiod (från 1.3.2022)",
        "The date 2022-01-15 is before the first term of the regional councils (from 1 March 2022)",
    ),
    "HN-L005": (
        "Valtuustokausi 2021-2025 ei ole voimassa päivänä 2025-10-01 eikä ala sen jälkeen "
        "seuraavana (voimassa: 2025-2029)",
        "Fullmäktigeperioden 2021-2025 pågår inte den 2025-10-01 och är inte heller den "
        "period som följer (pågående: 2025-2029)",
        "The council term 2021-2025 is neither in force on 2025-10-01 nor the next one "
        "(in force: 2025-2029)",
    ),
    "HN-P002": (
        'Osapuolen "Länsi-Uudenmaan hyvinvointialue" lajiksi on merkitty kunta, vaikka sen '
        "pitäisi olla hyvinvointialue",
        'Parten "Västra Nylands välfärdsområde" har angetts som kommun, men borde vara '
        "välfärdsområde",
        'The party "Länsi-Uudenmaan hyvinvointialue" is marked as municipality, but should be '
        "a wellbeing services county",
    ),
    "HN-P004": (
        'Kunta "Tampere" kuuluu Pirkanmaan hyvinvointialueeseen, ei Länsi-Uudenmaan '
        "hyvinvointialueeseen",
        'Kommunen "Tampere" hör till Birkalands välfärdsområde, inte till Västra Nylands '
        "välfärdsområde",
        'The municipality "Tampere" belongs to Pirkanmaan hyvinvointialue, not to '
        "Länsi-Uudenmaan hyvinvointialue",
    ),
    "HN-P009": (
        'Osallistujan "Jussi Patinen" organisaatiota ei ole merkitty',
        'Ingen organisation har angetts för deltagaren "Jussi Patinen"',
        'The participant "Jussi Patinen" has no organisation',
    ),
    "HN-R002": (
        'Organisaatiota "ghost", jonka puolesta puhuttiin, ei ole merkitty muistion '
        "organisaatioihin",
        'Organisationen "ghost", på vars vägnar anförandet hölls, finns inte bland '
        "promemorians organisationer",
        'The organisation "ghost" spoken for is not among the memo\'s organisations',
    ),
    "HN-R004": (
        'Tuloksen "tapaaminen" osapuolta "ghost" ei ole merkitty muistion organisaatioihin',
        'Parten "ghost" i resultatet "tapaaminen" finns inte bland promemorians organisationer',
        'The party "ghost" of outcome "tapaaminen" is not among the memo\'s organisations',
    ),
    "HN-R005": (
        'Jatkotoimenpiteen "tapaaminen" ehdottajaa tai vastuutahoa "ghost" ei ole merkitty '
        "muistion organisaatioihin eikä osallistujiin",
        'Förslagsställaren eller den ansvariga parten "ghost" för den fortsatta åtgärden '
        '"tapaaminen" finns inte bland promemorians organisationer eller deltagare',
        'The proposer or responsible party "ghost" of follow-up "tapaaminen" is not among the '
        "memo's organisations or participants",
    ),
    "HN-R006": (
        'Laatijan organisaatiota "ghost" ei ole merkitty muistion organisaatioihin',
        'Upprättarens organisation "ghost" finns inte bland promemorians organisationer',
        "The author's organisation \"ghost\" is not among the memo's organisations",
    ),
    "HN-R008": (
        'Puhuja "Jussi Patinen" puhui organisaation "Länsi-Uudenmaan hyvinvointialue" '
        "puolesta, mutta hänet on merkitty toisen organisaation edustajaksi",
        'Talaren "Jussi Patinen" talade på vägnar av "Västra Nylands välfärdsområde", men har '
        "angetts som företrädare för en annan organisation",
        'The speaker "Jussi Patinen" spoke for "Länsi-Uudenmaan hyvinvointialue" but is marked '
        "as representing another organisation",
    ),
    "HN-S004": (
        'Osallistujan "Jussi Patinen" puheenvuorosta ei ole kirjattu yhtään kohtaa',
        'Ingen punkt har antecknats ur anförandet av "Jussi Patinen"',
        'The statement by "Jussi Patinen" records no point',
    ),
    "HN-S005": (
        "Muistiossa ei ole avauskohtaa",
        "Promemorian saknar en punkt om öppnandet",
        "The memo has no opening section",
    ),
    "HN-S006": (
        "Muistiossa ei ole päätöskohtaa",
        "Promemorian saknar en punkt om avslutandet",
        "The memo has no closing section",
    ),
    "HN-S009": (
        "Asiakohdan 1 kohtaluettelo on tyhjä",
        "Punkt 1 har en punktlista utan innehåll",
        "Section 1 has an empty point list",
    ),
}
