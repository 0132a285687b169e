"""The Finnish catalogue: message id -> template.

An expected value follows "odotettiin" and is in the partitive
("odotettiin merkkijonoa"); a found one follows "löytyi", in the nominative.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MESSAGES"]

MESSAGES: Final[dict[str, str]] = {
    "problem": "{where}: odotettiin {expected}, löytyi {found}",
    "problems.summary.one": "{n} ongelma asiakirjassa",
    "problems.summary.other": "{n} ongelmaa asiakirjassa",
    "problems.stopped": ", ja muitakin: lukija lopetti etsimisen",
    "problems.listed": "enintään {n} lueteltua ongelmaa",
    "problems.unlisted.one": "tästä eteenpäin vielä {n} ongelma, jota ei luetella",
    "problems.unlisted.other": "tästä eteenpäin vielä {n} ongelmaa, joita ei luetella",
    "problems.unlisted.stopped": (
        "lisää ongelmia tästä eteenpäin (lukija lopetti etsimisen {n} ongelman jälkeen)"
    ),
    "location.line": "rivi {n}",
    "location.column": "sarake {n}",
    "location.byte": "tavu {n}",
    "location.before_root": "ennen juurielementtiä",
    "expected.required": "arvoa (kenttä on pakollinen)",
    "expected.valid": "kelvollista arvoa",
    "expected.only_fields": "vain kenttiä {fields}",
    "expected.string": "merkkijonoa",
    "expected.integer": "kokonaislukua",
    "expected.integer_digits": "enintään {n}-numeroista kokonaislukua",
    "expected.boolean": "arvoa true tai false",
    "expected.existing_date": "olemassa olevaa kalenteripäivää",
    "expected.existing_date_format": "olemassa olevaa kalenteripäivää muodossa VVVV-KK-PP",
    "expected.date": "päivämäärää muodossa VVVV-KK-PP",
    "expected.date_ymd": "päivämäärää (vuosi, kuukausi ja päivä)",
    "expected.time": "kellonaikaa muodossa tt:mm tai tt:mm:ss",
    "expected.time_seconds": "kellonaikaa muodossa tt:mm:ss",
    "expected.time_whole": "kellonaikaa muodossa tt:mm:ss (kokonaiset sekunnit, ei UTC-poikkeamaa)",
    "expected.time_model": "kellonaikaa kokonaisin sekunnein ilman UTC-poikkeamaa",
    "expected.datetime_offset_example": (
        "ajankohtaa UTC-poikkeamineen, esimerkiksi 2025-02-03T10:00:00+02:00"
    ),
    "expected.existing_datetime": "olemassa olevaa ajankohtaa",
    "expected.existing_datetime_offset": "olemassa olevaa ajankohtaa UTC-poikkeamineen",
    "expected.datetime": "ajankohtaa muodossa VVVV-KK-PPTtt:mm:ss UTC-poikkeamineen",
    "expected.datetime_range": (
        "ajankohtaa muodossa VVVV-KK-PPTtt:mm:ss, UTC-poikkeama enintään ±14:00"
    ),
    "expected.datetime_minutes": (
        "ajankohtaa, jonka UTC-poikkeama on kokonaisia minuutteja ja enintään ±14:00"
    ),
    "expected.one_of": "jotakin arvoista {codes}",
    "expected.array": "taulukkoa",
    "expected.object": "objektia",
    "expected.texts": "objektia, jossa on tekstit kielillä fi, sv, en",
    "expected.known_fields": "tunnettuja kenttiä",
    "expected.json": "JSON-muotoista tekstiä",
    "expected.json_object": "JSON-objektia (neuvottelua)",
    "expected.json_value": "JSON-arvoa (NaN ja Infinity eivät ole JSON-lukuja)",
    "expected.float": "lukua 64-bittisen liukuluvun rajoissa",
    "expected.unique_keys": "kutakin avainta objektissa vain kerran",
    "expected.unicode_keys": "Unicode-merkeistä koostuvia avaimia",
    "expected.unicode_text": "Unicode-merkeistä koostuvaa tekstiä",
    "expected.json_depth": "taulukoita ja objekteja sisäkkäin enintään {n} tasoa",
    "expected.document_size": "enintään {n} tavun asiakirjaa",
    "expected.text_length": "enintään {n} merkin tekstiä",
    "expected.name_length": "enintään {n} merkin nimeä",
    "expected.utf8": "UTF-8-tekstiä",
    "expected.utf8_only": "UTF-8-tekstiä (muoto sallii vain UTF-8:n)",
    "expected.utf8_encoding": 'merkistöä "UTF-8" (muoto sallii vain UTF-8:n)',
    "expected.xml": "XML-asiakirjaa",
    "expected.well_formed": "hyvin muodostettua XML:ää",
    "expected.no_doctype": "ei dokumenttityypin määrittelyä (DTD:t ja entiteetit hylätään)",
    "expected.xml_depth": "elementtejä sisäkkäin enintään {n} tasoa",
    "expected.no_xsi": (
        "ei xsi:-attribuutteja (asiakirjat tarkistetaan vain muodon omaa XSD:tä vasten)"
    ),
    "expected.root": "elementtiä {element} nimiavaruudessa {namespace}",
    "expected.schema_version": "schemaVersion-arvoa, jonka tämä versio lukee ({low}–{high})",
    "expected.schema_version_number": "skeemaversiota, jonka tämä versio lukee ({low}–{high})",
    "expected.schema_version_such_as": "skeemaversiota, esimerkiksi 1.0",
    "expected.element": "elementtiä {element}",
    "expected.elements": "jotakin elementeistä {elements}",
    "expected.defined_elements": "vain muodon tähän määrittelemiä elementtejä",
    "expected.matching": "lausekkeen {pattern} mukaista arvoa",
    "expected.of_type": "tyypin {type} arvoa",
    "expected.only_children": "elementtiin {element} vain alielementtejä",
    "expected.only_text": "elementtiin {element} vain tekstiä",
    "expected.no_attribute": "ei attribuuttia {name}",
    "expected.attribute": "attribuuttia {name}",
    "expected.language_once": "kutakin kieltä enintään kerran",
    "expected.xsd": "muodon XSD:n sallimaa sisältöä",
    "expected.language_code": "kielikoodia, esimerkiksi fi",
    "expected.iso_language": "ISO 639 -kielikoodia, esimerkiksi 'fi'",
    "expected.text_in_a_language": "tekstiä ainakin yhdellä kielistä fi, sv, en",
    "expected.statistics_code": "Tilastokeskuksen 2- tai 3-numeroista koodia",
    "expected.business_id": "Y-tunnusta muodossa 1234567-8",
    "expected.council_term": "valtuustokautta, esimerkiksi '2025-2029'",
    "expected.section_number": "kohdan numeroa, esimerkiksi '4' tai '4.2'",
    "expected.statute_section": "pykälän numeroa, esimerkiksi '14' tai '14 a'",
    "expected.chapter": "luvun numeroa, esimerkiksi '3' tai '3 a'",
    "expected.function_code": "tehtäväluokan koodia, esimerkiksi '00 01 02'",
    "expected.year": "vuotta väliltä 1734–2999",
    "expected.identifier": (
        "tunnistetta (kirjain tai '_', sitten kirjaimia, numeroita, '_', '.', '-')"
    ),
    "expected.positive_integer": "positiivista kokonaislukua",
    "expected.readable_memo": "luettavaa muistiota",
    "found.nothing": "ei mitään",
    "found.nothing_required": "ei mitään (pakollinen elementti puuttuu)",
    "found.unknown_field": "tuntematon kenttä {name}",
    "found.string": "merkkijono {text}",
    "found.number": "luku {text}",
    "found.long_number": "yli {n}-numeroinen luku",
    "found.digits": "{n}-numeroinen luku",
    "found.array": "taulukko",
    "found.object": "objekti",
    "found.unknown_fields": "tuntemattomia kenttiä",
    "found.no_offset": "{what} (ilman UTC-poikkeamaa)",
    "found.newer_version": "{what} (uudempi versio: päivitä hyvaneuvottelu)",
    "found.newer_major": "{what} (uudempi pääversio: päivitä hyvaneuvottelu)",
    "found.none_of_them": "ei yhtäkään niistä",
    "found.key_twice": "avain {name} useammin kuin kerran",
    "found.surrogate_key": "avain, jossa on pariton UTF-16-korvausmerkki {code}",
    "found.surrogate": "pariton UTF-16-korvausmerkki {code}",
    "found.characters": "{n} merkkiä",
    "found.bytes": "{n} tavua",
    "found.more_bytes": "yli {n} tavua",
    "found.array_depth": "taulukko tasolla {n}",
    "found.object_depth": "objekti tasolla {n}",
    "found.element_depth": "{element} tasolla {n}",
    "found.parser_depth": "sisäkkäisyys yli jäsentimen {n} tason rajan",
    "found.parser_depth_unknown": "syvempi sisäkkäisyys kuin jäsennin pystyy seuraamaan",
    "found.parser_text": "jäsentimen rajaa pidempi teksti",
    "found.parser_name": "jäsentimen rajaa pidempi nimi",
    "found.gzip": "gzip-pakattua dataa (pura se ensin)",
    "found.bom": "UTF-16- tai UTF-32-tavujärjestysmerkki",
    "found.nul": "NUL-tavu (onko teksti UTF-16- tai UTF-32-muodossa?)",
    "found.byte": "tavu {byte}, joka ei kuulu UTF-8:aan",
    "found.encoding": "ilmoitettu merkistö {name}",
    "found.root_in": "elementti {element} nimiavaruudessa {namespace}",
    "found.root_no_namespace": "elementti {element} ilman nimiavaruutta",
    "found.element": "elementti {element}",
    "found.text": "tekstiä",
    "found.children": "alielementtejä",
    "found.attribute": "attribuutti {name}",
    "found.language_again": "xml:lang={text} uudelleen",
    "found.json_value": "arvon paikalla jotain muuta",
    "found.json_delimiter": "erottimen {char} paikalla jotain muuta",
    "found.json_property": "avaimen paikalla jotain muuta kuin lainausmerkeissä oleva nimi",
    "found.json_extra": "ylimääräistä tekstiä arvon jälkeen",
    "found.json_unterminated": "merkkijono, jonka lainausmerkkejä ei suljeta",
    "found.json_control": "ohjausmerkki merkkijonon sisällä",
    "found.json_escape": "virheellinen \\-koodinvaihto",
    "found.json_unicode_escape": "virheellinen \\uXXXX-koodinvaihto",
    "found.json_trailing_object": "pilkku objektin viimeisen jäsenen jälkeen",
    "found.json_trailing_array": "pilkku taulukon viimeisen alkion jälkeen",
    "found.json_control_char": "ohjausmerkki {char} merkkijonon sisällä",
    "found.json_escape_char": "virheellinen \\-koodinvaihto {char}",
    "found.json_empty": "tyhjä asiakirja",
    "cli.exists": "{name}: on jo olemassa; ei korvattu (korvaa se valitsimella --force)",
    "cli.is_folder": "{name}: on kansio eikä tiedosto",
    "cli.is_folder_short": "{name}: on kansio",
    "cli.no_folder": "{name}: kansiota {folder} ei ole",
    "cli.appeared": "{name}: ilmestyi kirjoittamisen aikana; ei korvattu",
    "cli.not_regular": "{name}: ei tavallinen tiedosto vaan {what}",
    "cli.cannot_read_special": "{name}: lukeminen ei onnistu: ei tavallinen tiedosto vaan {what}",
    "cli.kind.fifo": "nimetty putki (FIFO)",
    "cli.kind.socket": "pistoke (socket)",
    "cli.kind.character_device": "merkkilaite",
    "cli.kind.block_device": "lohkolaite",
    "cli.kind.special": "erikoistiedosto",
    "cli.no_file": "{name}: tiedostoa ei ole",
    "cli.permission": "{name}: ei käyttöoikeutta",
    "cli.cannot_read": "{name}: lukeminen ei onnistu: {reason}",
    "cli.cannot_write": "{name}: kirjoittaminen ei onnistu: {reason}",
    "cli.too_large": "{name}: suurempi kuin {n} MiB; hylätty",
    "cli.extension_mismatch": (
        "{name}: tiedostopääte viittaa muotoon {named}, mutta --to pyytää muotoa {to}; "
        "mitään ei kirjoitettu (anna nimi, jonka pääte on .{to}, tai jätä --to pois)"
    ),
    "cli.unknown_extension": (
        "{name}: muotoa ei voi päätellä tiedostopäätteestä; käytä valitsinta --to {formats}"
    ),
    "cli.jobs": "--jobs: odotettiin prosessien määrää, joka on positiivinen",
    "cli.no_memos": "{name}: kansiossa ei ole muistioita (*.json, *.xml)",
    "cli.settings_files": (
        "muistioilla on eri asetustiedostot ({files}); käytä valitsinta --settings"
    ),
    "cli.created": (
        "--created: odotettiin ISO 8601 -ajankohtaa UTC-poikkeamineen, esimerkiksi "
        "2025-02-04T12:00:00+02:00, löytyi {text}"
    ),
    "cli.interrupted": "keskeytetty",
    "cli.internal": (
        "sisäinen virhe ({error}); ilmoitathan siitä kehittäjille ja liität mukaan "
        "syötteen, joka sen aiheutti"
    ),
    "cli.warning": "varoitus: {text}",
    "cli.note": "huomautus: {text}",
    "archive.package_skipped": "ohitettu: siirtopaketti, ei muistio",
    "settings.missing": (
        "siirron asetus {key} puuttuu (anna {option} tai aseta se tiedostoon {file})"
    ),
    "settings.no_file": "{name}: asetustiedostoa ei ole",
    "settings.not_json": "{name}: ei JSON-asiakirja: {reason}",
    "json.at": "{location}: {found}",
    "settings.not_object": "{name}: odotettiin asetusten JSON-objektia",
    "settings.unknown": "{name}: tuntematon asetus {key} (tunnetut: {known})",
    "settings.type": "{name}: asetus {key}: odotettiin {what}, löytyi {value}",
    "settings.a_string": "merkkijonoa",
    "settings.an_integer": "kokonaislukua",
    "settings.an_object": "objektia",
    "settings.version": (
        'asetus \'sahke2Version\': odotettiin arvoa "2019" tai "2011", löytyi {value}'
    ),
    "settings.title": (
        "asetus 'functionTitles': odotettiin merkkijonona annettua otsikkoa koodille "
        "{code}, löytyi {value}"
    ),
    "summary.not_verified.one": "{path}: EI eheä: {n} ongelma",
    "summary.not_verified.other": "{path}: EI eheä: {n} ongelmaa",
    "summary.archived": "{path}: SÄHKE2 {version} -siirtopaketti kirjoitettu: {memos}, {files}",
    "summary.verified": "{path}: tarkistettu ja eheä: {files}, SÄHKE2 {version}",
    "import.summary": "{files}: {whole}, {partial}, {failed}",
    "verify.more.one": "ja vielä {n} ongelma",
    "verify.more.other": "ja vielä {n} ongelmaa",
    "verify.stopped": "{what}; tarkistus pysähtyi siihen, joten ongelmia voi olla enemmänkin",
    "archive.cannot_read": "ei voi lukea: {summary}",
    "import.imported": "tuotu",
    "import.partly": "osittain tuotu",
    "import.failed": "jäi tuomatta: {reason}",
    "import.kind.unread": "lukematta",
    "import.kind.confirm": "vahvistettava",
    "import.kind.absent": "puuttuu",
    "import.kind.removed": "poistettu",
    "archive.untitled": (
        "tehtäväluokalle {code} ei ole nimeä siirron asetuksissa (functionTitles); nimen "
        "paikalle on kirjoitettu luokan koodi"
    ),
    "verify.no_sahke2": "puuttuu: paketissa ei ole SÄHKE2-metatietoja",
    "verify.sahke2_size": (
        "{n} tavua; paketin SÄHKE2-metatiedoissa saa olla enintään {limit} tavua; jätetty"
        " tarkistamatta"
    ),
    "verify.no_manifest": "puuttuu: paketissa ei ole tiedostoluetteloa",
    "verify.manifest_size": "{n} tavua; tiedostoluettelossa saa olla enintään {limit} tavua",
    "manifest.not_json": "ei JSON-asiakirja: {reason}",
    "manifest.too_deep": (
        "odotettiin kolmen tason syvyistä JSONia (tiedostoluettelo), löytyi syvempää kuin "
        "lukija seuraa"
    ),
    "manifest.format": 'ei tiedostoluettelo, jonka muoto on "{format}" ja versio {version}',
    "manifest.algorithm": 'odotettiin tiivistealgoritmia "{algorithm}"',
    "manifest.not_canonical": ("ei siinä vakiomuodossa, jonka tämä versio kirjoittaa (muutettu?)"),
    "manifest.created": (
        '"created": odotettiin UTC-aikaa, kuten 2025-03-01T12:00:00Z, löytyi {found}'
    ),
    "manifest.integer": (
        "odotettiin enintään {limit}-numeroista kokonaislukua, löytyi {digits}-numeroinen"
    ),
    "manifest.whole": "odotettiin vain kokonaislukuja, löytyi {found}",
    "manifest.field": 'odotettiin kenttää "{name}" ({kind})',
    "manifest.a_string": "merkkijono",
    "manifest.an_integer": "kokonaisluku",
    "manifest.a_list": "luettelo",
    "manifest.sha256": (
        '"{path}": odotettiin SHA-256-tiivistettä, 64 heksadesimaalinumeroa pienin kirjaimin'
    ),
    "manifest.size": '"{path}": odotettiin kokoa 0 tavua tai enemmän, löytyi {size}',
    "verify.memo_size": (
        "muistio ei kelpaa: {n} tavua; muistion XML:ssä saa olla enintään {limit} tavua"
    ),
    "verify.listed_twice": "luettelee tiedoston {path} useammin kuin kerran",
    "verify.missing_file": "on luettelossa mutta puuttuu paketista",
    "verify.size": "{n} tavua; luettelon mukaan {expected} tavua",
    "verify.altered": "SHA-256 {found}; luettelon mukaan {expected} (muuttunut)",
    "verify.unlisted": "on paketissa mutta puuttuu luettelosta",
    "verify.document_missing": "{where}: Document nimeää tiedoston {path}, jota paketissa ei ole",
    "verify.altered_sahke2": "SHA-256 {found}; tiedoston {file} mukaan {expected} (muuttunut)",
    "verify.undescribed": "mikään tiedoston {file} Document ei kuvaa tätä tiedostoa",
    "cli.refused": "ei arkistoitu: muistiot eivät ole valmiita arkistoon; mitään ei kirjoitettu",
    "cli.target_is": (
        "{name}: kohde on syöte {input}; valitse kohde syötteiden ulkopuolelta; mitään ei"
        " kirjoitettu"
    ),
    "cli.target_holds": (
        "{name}: kohde sisältää syötteen {input}; valitse kohde syötteiden ulkopuolelta; "
        "mitään ei kirjoitettu"
    ),
    "cli.target_inside": (
        "{name}: kohde on syötekansion {input} sisällä; valitse kohde syötteiden "
        "ulkopuolelta; mitään ei kirjoitettu"
    ),
    "verify.not_a_memo": "muistio ei kelpaa: {problem}",
    "found.temporal_date": "päivämäärä {text}",
    "found.temporal_datetime": "ajankohta {text}",
    "found.temporal_time": "kellonaika {text}",
    "expected.paragraph_number": "pykälän numeroa, esimerkiksi '123'",
    "expected.partial_date": "vuotta tai kuukautta, esimerkiksi '2025' tai '2025-03'",
    # verify: reading a package's folder or zip file.
    "verify.cannot_read_folder": "ei voi lukea kansiosta: {what_or_system}",
    "verify.cannot_read_zip": "ei voi lukea zip-tiedostosta: {what_or_system}",
    "verify.cannot_verify": "ei voi tarkistaa: {what}",
    "verify.not_ready": "ei valmis arkistoon: {rule}",
    "verify.not_html": "ei kelpaa text/html 5 -esitysmuodoksi: {what}",
    "verify.html_doctype": "odotettiin HTML:ää, joka alkaa <!DOCTYPE html>, löytyi {found}",
    "verify.html_utf8": (
        "odotettiin UTF-8-muotoista HTML:ää, löytyi UTF-8:aan kuulumaton tavu tavun {n} kohdalla"
    ),
    "verify.zip.not_zip": "ei zip-tiedosto (keskushakemiston loppumerkintä puuttuu)",
    "verify.zip.directory_before_start": "sen keskushakemisto sijaitsee ennen tiedoston alkua",
    "verify.zip.end_record_damaged": (
        "sen loppumerkintä on vioittunut (kommentti jatkuu tiedoston loppua pidemmälle)"
    ),
    "verify.zip.zip64_missing": "sen loppumerkintä edellyttää ZIP64-merkintää, jota ei löydy",
    "verify.zip.disks": "se on jaettu usealle levylle, eikä tarkistus lue sellaista",
    "verify.zip.entries": "siinä on {n} merkintää; paketissa saa olla enintään {limit}",
    "verify.zip.more_entries": (
        "siinä on yli {limit} merkintää; paketissa saa olla enintään {limit}"
    ),
    "verify.zip.locator_damaged": "sen ZIP64-loppuosoitin on vioittunut",
    "verify.zip.zip64_damaged": "sen ZIP64-loppumerkintä puuttuu tai on vioittunut",
    "verify.zip.after_end": "{n} tavua loppumerkinnän jälkeen, mihinkään tiedostoon kuulumatta",
    "verify.zip.between_zip64": (
        "{n} tavua ZIP64-loppumerkinnän ja -osoittimen välissä, mihinkään tiedostoon kuulumatta"
    ),
    "verify.zip.comment": "{n} tavun zip-kommentti, jota mikään tiiviste ei kata",
    "verify.zip.entry_comment": "{n} tavun merkintäkommentti, jota mikään tiiviste ei kata",
    "verify.zip.directory_damaged": "sen keskushakemisto on vioittunut tavun {n} kohdalla",
    "verify.zip.directory_overrun": "sen keskushakemisto on merkittyä kokoaan pidempi",
    "verify.zip.count": (
        "sen loppumerkinnän mukaan merkintöjä on {n}; keskushakemistossa niitä on {found}"
    ),
    "verify.zip.between": (
        "{n} tavua merkintöjen {previous} ja {name} välissä, mihinkään tiedostoon kuulumatta"
    ),
    "verify.zip.before_first": (
        "{n} tavua ennen ensimmäistä merkintää {name}, mihinkään tiedostoon kuulumatta"
    ),
    "verify.zip.before_directory": (
        "{n} tavua viimeisen merkinnän ja keskushakemiston välissä, mihinkään tiedostoon kuulumatta"
    ),
    "verify.zip.stray_extra": "{n} ylimääräistä tavua lisäkentässä ({what_where})",
    "verify.zip.extra_overrun": "lisäkenttä {kind} ({what_where}) jatkuu loppunsa yli",
    "verify.zip.extra": "{n} tavun lisäkenttä {kind} ({what_where}), jota mikään tiiviste ei kata",
    "verify.zip.folder_entry": "kansiomerkintä, jossa on {n} tavua, joita mikään tiiviste ei kata",
    "verify.zip.encrypted": "salattu; tarkistus ei lue salattuja merkintöjä",
    "verify.zip.method": (
        "pakattu menetelmällä {n} ({name}); tarkistus lukee vain pakkaamattomia (0) ja"
        " deflate-pakattuja (8) merkintöjä"
    ),
    "verify.zip.flags": "yleiskäyttöiset liput {flags}, joita tarkistus ei osaa lukea",
    "verify.zip.stored_size": "pakkaamaton, mutta {n} tavussa on {size} tavun tiedosto",
    "verify.zip.method_unknown": (
        "pakattu tuntemattomalla menetelmällä {n}; tarkistus lukee vain pakkaamattomia (0) ja "
        "deflate-pakattuja (8) merkintöjä"
    ),
    "verify.zip.local.name": (
        "sen paikallisen otsakkeen mukaan nimi on {value}; keskushakemiston mukaan {expected}"
    ),
    "verify.zip.local.flags": (
        "sen paikallisen otsakkeen mukaan liput ovat {value}; keskushakemiston mukaan {expected}"
    ),
    "verify.zip.local.method": (
        "sen paikallisen otsakkeen mukaan pakkausmenetelmä on {value}; keskushakemiston mukaan "
        "{expected}"
    ),
    "verify.zip.local.crc": (
        "sen paikallisen otsakkeen mukaan CRC-32-tarkiste on {value}; keskushakemiston mukaan "
        "{expected}"
    ),
    "verify.zip.local.compressed": (
        "sen paikallisen otsakkeen mukaan pakattu koko on {value}; keskushakemiston mukaan "
        "{expected}"
    ),
    "verify.zip.local.size": (
        "sen paikallisen otsakkeen mukaan koko on {value}; keskushakemiston mukaan {expected}"
    ),
    "verify.zip.local_missing": "sen paikallinen otsake puuttuu tai on vioittunut",
    "verify.zip.overlap": "sen tiedot ovat osittain samoissa tavuissa kuin toisen merkinnän tiedot",
    "verify.zip.into_directory": "sen tiedot ulottuvat keskushakemiston päälle",
    "verify.zip.descriptor_missing": "sen datakuvaaja (data descriptor) puuttuu",
    "verify.zip.descriptor_differs": (
        "sen datakuvaaja (data descriptor) on ristiriidassa keskushakemiston kanssa"
    ),
    "verify.zip.no_data": "sen tietoja ei löydy",
    "verify.zip.longer": "siinä on enemmän kuin merkinnän ilmoittamat {n} tavua",
    "verify.zip.length": "siinä on {n} tavua; merkinnän mukaan {expected}",
    "verify.zip.crc": "CRC-32 {found}; merkinnän mukaan {expected} (vioittunut)",
    "verify.zip.truncated": "zip-tiedosto päättyy kesken merkinnän tietoja (katkennut)",
    "verify.zip.deflate_short": "sen pakatut tiedot päättyvät ennen deflate-virran loppua",
    "verify.zip.deflate_damaged": "sen pakatut tiedot ovat vioittuneet ({detail})",
    "verify.zip.after_deflate": (
        "pakattuja tavuja deflate-virran lopun jälkeen, joita mikään tiiviste ei kata ({n}+)"
    ),
    "verify.zip.repeated": "esiintyy zip-tiedostossa {n} kertaa; jätetty lukematta",
    "verify.zip.unsafe": (
        "vaarallinen merkinnän nimi (tyhjä, absoluuttinen, sisältää '..', kenoviivan tai"
        " NUL-merkin); jätetty lukematta"
    ),
    "verify.zip.closed": "zip-tiedosto on suljettu",
    "verify.read.file_size": (
        "{n} tavua; paketin tiedostossa saa olla enintään {limit} tavua; jätetty lukematta"
    ),
    "verify.read.total_size": (
        "sen tiedostoissa on {n} tavua; paketissa saa olla enintään {limit} tavua; mitään ei luettu"
    ),
    "verify.read.grew_to": "kasvoi {n} tavuun paketin lukemisen aikana",
    "verify.read.grew": "kasvoi lukemisen aikana ({n} tavusta)",
    "verify.read.shrank": "pieneni lukemisen aikana ({n} tavusta)",
    "verify.read.folder": "kansio, jota ei voi lukea: {reason}",
    "verify.read.not_a_file": "{what}, ei tiedosto; jätetty lukematta",
    "verify.read.no_longer_file": "ei ole enää tavallinen tiedosto ({what}); jätetty lukematta",
    "verify.kind.fifo": "nimetty putki (FIFO)",
    "verify.kind.socket": "pistoke",
    "verify.kind.device": "laitetiedosto",
    "verify.kind.link": "symbolinen linkki",
    "verify.kind.special": "erikoistiedosto",
    "verify.where.local": "paikallinen otsake",
    "verify.where.central": "keskushakemisto",
    "verify.zip.shifted": (
        "sen keskushakemisto alkaa tavusta {n} eikä loppumerkinnän mukaisesta tavusta {expected}: "
        "merkintöjen eteen on lisätty tavuja"
    ),
    # The notes of an import, what they name, and where in the source they point.
    "import.note.dropped_label": (
        'otsikon yläpuolella ollut asiakirjatyypin merkintä poistettu: "{text}"'
    ),
    "import.note.preamble": (
        'numeroitujen kohtien ulkopuolinen teksti puuttuu luonnoksesta: "{text}"'
    ),
    "import.note.no_sections": (
        "numeroituja kohtia ei löytynyt (otsikoita kuten '1. Avaus', '1) Avaus' tai '§ 1 "
        "Avaus'); luonnoksessa ei ole kohtia"
    ),
    "import.note.hyphen": (
        'rivin lopun tavuviiva säilytettiin sanassa "{word}": tarkista, kirjoitetaanko sana '
        "yhdysmerkillä vai onko se tavutettu"
    ),
    "import.note.no_county": (
        'hyvinvointialuetta tai sen kuntaa ei tunnistettu; hyvinvointialue "{name}" on '
        "paikanpitäjä, joka on korvattava"
    ),
    "import.note.inferred_county": (
        'muistiossa ei mainita hyvinvointialuetta: "{name}" on muistiossa mainitun kunnan '
        "hyvinvointialue"
    ),
    "import.note.no_municipality": "tekstistä ei tunnistettu yhtään kuntaa",
    "import.note.judged_kind": (
        'kohdan {number} laji ("{kind}") on päätelty sen sisällöstä, ei otsikosta'
    ),
    "import.note.theme": "teema on poimittu virkkeestä, jossa se todetaan",
    "import.note.objectives": "tavoitteet ({n}) on eroteltu virkkeestä, jossa ne todetaan",
    "import.note.topics": "aiheet on ehdotettu tekstin sanojen perusteella",
    "import.note.no_statute": (
        "muistiossa ei viitata neuvottelua koskevaan säännökseen; neuvottelun lajiksi on "
        'oletettu "{kind}"'
    ),
    "import.note.outcome": '{tag} "{title}" ({status}) on tuonnin ehdotus: vahvista tai poista se',
    "import.note.no_title": 'muistiossa ei ole otsikkoriviä; luonnoksen otsikko on "{title}"',
    "import.note.no_date": "muistiossa ei mainita päivämäärää",
    "import.note.no_place": "muistiossa ei mainita paikkaa",
    "import.note.no_attendees": "muistiossa ei luetella läsnäolijoita",
    "import.note.unnamed": "muistiossa ei mainita tämän osallistujan nimeä",
    "import.note.no_record": (
        "arkistoinnin metatiedot (tunniste, asiatunnus, laatija, hyväksyntä, julkisuus, "
        "henkilötiedot, säilytysaika, tehtäväluokka, kieli, asiakirjatyyppi, laatimisaika) "
        "puuttuvat tekstistä; arkistointi edellyttää niitä"
    ),
    "import.note.furniture": 'sivujen ylä- tai alatunniste poistettu: "{text}"',
    "import.note.furniture_repeated": (
        'sivujen ylä- tai alatunniste poistettu ({n} kertaa): "{text}"'
    ),
    "import.note.invisible.one": "{n} ohjausmerkki tai näkymätön merkki poistettu",
    "import.note.invisible.other": "{n} ohjausmerkkiä tai näkymätöntä merkkiä poistettu",
    "import.note.cp1252": (
        "tiedoston merkistö ei ole UTF-8; se luettiin Windows-1252-merkistönä: tarkista sen "
        "kirjaimet"
    ),
    "import.note.unnumbered_headings": (
        "Word-tiedoston otsikoissa ei ole numeroita: kohdat on numeroitu järjestyksessä"
    ),
    "import.note.column_headings": 'taulukon sarakeotsikot poistettu: "{text}"',
    "import.note.word_header": 'Word-tiedoston ylä- tai alatunnistetta ei luettu: "{text}"',
    "import.note.not_a_date": '"{text}" ei ole päivämäärä',
    "import.note.no_date_in": 'päivämäärää ei löytynyt tekstistä "{text}"',
    "import.note.not_a_time": '"{text}" ei ole kellonaika',
    "import.note.time_rest": 'ajasta jäi lukematta: "{text}"',
    "import.note.partial_time": (
        'merkinnän "{text}" kellonaika puuttuu luonnoksesta (läsnä: osittain)'
    ),
    "import.note.not_a_person": 'ei tunnistettu henkilöksi: "{text}"',
    "import.outcome.cooperationStructure": "yhteistyörakenne",
    "import.outcome.operatingModel": "toimintamalli",
    "import.outcome.informationFlow": "tiedonkulku",
    "import.outcome.agreement": "sopimus",
    "import.outcome.challenge": "haaste",
    "import.outcome.matterToAgree": "sovittava asia",
    "import.outcome.followUpAction": "jatkotoimi",
    "import.outcome.decision": "päätös",
    "import.outcome.interfacePlan": "yhdyspintasuunnitelma",
    "import.outcome.strategyItem": "strategian kohta",
    "import.where.line": "rivi {n}",
    "import.where.paragraph": "kappale {n}",
    "import.where.page": "sivu {n}",
    "import.where.table": "taulukko {n}",
    "import.where.row": "rivi {n}",
    # Counts, each with its noun in the right number.
    "count.files.one": "{n} tiedosto",
    "count.files.other": "{n} tiedostoa",
    "count.memos.one": "{n} muistio",
    "count.memos.other": "{n} muistiota",
    "problems.more.one": ", ja {n} muu",
    "problems.more.other": ", ja {n} muuta",
    "import.count.whole.one": "{n} tuotu",
    "import.count.whole.other": "{n} tuotu",
    "import.count.partial.one": "{n} osittain tuotu",
    "import.count.partial.other": "{n} osittain tuotu",
    "import.count.failed.one": "{n} jäi tuomatta",
    "import.count.failed.other": "{n} jäi tuomatta",
    "import.count.unread.one": "{n} lukematta",
    "import.count.unread.other": "{n} lukematta",
    "import.count.confirm.one": "{n} vahvistettava",
    "import.count.confirm.other": "{n} vahvistettavaa",
    "import.count.absent.one": "{n} puuttuu",
    "import.count.absent.other": "{n} puuttuu",
    "import.count.removed.one": "{n} poistettu",
    "import.count.removed.other": "{n} poistettu",
    # A system's own text: an operating system's error, or another library's message.
    "os.ENOENT": "tiedostoa tai kansiota ei ole",
    "os.EACCES": "ei käyttöoikeutta",
    "os.EPERM": "toiminto ei ole sallittu",
    "os.EISDIR": "se on kansio",
    "os.ENOTDIR": "polun osa ei ole kansio",
    "os.ENOSPC": "levytila on lopussa",
    "os.EROFS": "tiedostojärjestelmään voi vain lukea",
    "os.ELOOP": "liian monta symbolista linkkiä peräkkäin",
    "os.ENAMETOOLONG": "nimi on liian pitkä",
    "system.text": "järjestelmän virheilmoitus: {text}",
    "system.parser": "jäsentimen ilmoittama virhe: {text}",
    # The option parser's own complaints (argparse's), and the options' own.
    "usage.prefix": "käyttö: ",
    "usage.error": "{prog}: virhe: {what}",
    "usage.parser": "komentorivin jäsentimen ilmoitus: {text}",
    "usage.argument": "argumentti {name}: {what_or_system}",
    "usage.required": "nämä argumentit puuttuvat: {names}",
    "usage.one_of": "jokin argumenteista {names} vaaditaan",
    "usage.unrecognized": "tuntemattomat argumentit: {arguments}",
    "usage.invalid_choice": "virheellinen valinta {value} (vaihtoehdot: {choices})",
    "usage.invalid_choice_closest": (
        "virheellinen valinta {value}, tarkoititko {closest}? (vaihtoehdot: {choices})"
    ),
    "usage.invalid_int": "odotettiin kokonaislukua, löytyi {value}",
    "usage.expected_one": "odotettiin yhtä arvoa",
    "usage.expected_at_most_one": "odotettiin enintään yhtä arvoa",
    "usage.expected_at_least_one": "odotettiin vähintään yhtä arvoa",
    "usage.expected.one": "odotettiin {n} arvoa",
    "usage.expected.other": "odotettiin {n} arvoa",
    "usage.ambiguous": "monitulkintainen valitsin: {option} voi tarkoittaa valitsimia {matches}",
    "usage.not_allowed": "ei sallittu yhdessä argumentin {name} kanssa",
    "usage.ignored": "annettu arvo {value} jätettiin huomiotta",
    "usage.indent": "odotettiin välilyöntien määrää kokonaislukuna 0–{n}, löytyi {found}",
    "usage.year": "odotettiin vuotta muodossa VVVV, löytyi {found}",
    "usage.date": "odotettiin päivämäärää muodossa VVVV-KK-PP, löytyi {found}",
    # verify: the package itself, before anything in it is read.
    "cli.no_package": "{name}: siirtopakettia ei ole (kansio tai zip-tiedosto)",
    "cli.package_unreadable": "{name}: ei voi lukea: {reason}",
    "cli.not_a_package": (
        "{name}: ei siirtopaketin kansio eikä zip-tiedosto vaan {what}; jätetty lukematta"
    ),
    "cli.package_changed": (
        "{name}: ei ole enää tavallinen tiedosto vaan {what}; jätetty lukematta"
    ),
    "cli.settings_profile": (
        "--settings: siirron asetukset tarkistetaan vain valitsimen --profile archive kanssa"
    ),
    "verify.note.no_schema": (
        "{file}: SÄHKE2-skeeman mukainen tarkistus ei ollut mahdollinen ({schema} puuttuu; "
        "anna --sahke2-schema KANSIO); sen sijaan tarkistettiin rakenne"
    ),
    # verify: what sahke2.xml says, and how it compares with the memos.
    "verify.sahke2.root": (
        "odotettiin SÄHKE2:n Metadata-elementtiä (nimiavaruus 2019/08/29 tai 2011/12/20), "
        "löytyi {element}"
    ),
    "verify.sahke2.cases": (
        "{n} CaseFile-elementtiä; paketissa saa olla enintään {limit} muistiota; "
        "asiakokonaisuuksia ei tarkistettu"
    ),
    "verify.sahke2.schema": "ei kelpaa SÄHKE2 {version} -skeeman mukaan: {where}: {system}",
    "verify.sahke2.schema_text": "ei kelpaa SÄHKE2 {version} -skeeman mukaan: {system}",
    "verify.sahke2.no_element": "elementistä {where} puuttuu elementti {name}",
    "verify.sahke2.action": (
        "{where}: odotettiin yhtä Action-elementtiä, jossa on yksi Record (kokous ja sen "
        "muistio), löytyi Action-elementtejä {actions} ja Record-elementtejä {records}"
    ),
    "verify.sahke2.memos": (
        "{where}: odotettiin täsmälleen yhtä muistiota (Document, jonka Format on {format}), "
        "löytyi {n}"
    ),
    "verify.sahke2.no_file": "{where}: Document ei nimeä käyttökelpoista tiedostoa ({path})",
    "verify.sahke2.use_type": "{where}: {path}: UseType {found}, odotettiin {expected}",
    "verify.sahke2.format": (
        "{where}: {path}: Format {format}; paketin tiedostojen Format on {xml} tai {html}"
    ),
    "verify.sahke2.no_format": (
        "{where}: {path}: Format puuttuu; paketin tiedostojen Format on {xml} tai {html}"
    ),
    "verify.sahke2.hash": "{where}: {path}: HashAlgorithm {found}, odotettiin {expected}",
    "verify.sahke2.twice": (
        "{path} kuvataan {n} Document-elementissä ({where}); paketin kukin tiedosto kuvataan "
        "vain kerran"
    ),
    "verify.sahke2.differs": "{where}/{path} on {found}; muistion {memo} mukaan {expected}",
    "verify.sahke2.differs_missing": "{where}/{path} puuttuu; muistion {memo} mukaan {expected}",
    "verify.sahke2.differs_none": (
        "{where}/{path} on {found}; muistiossa {memo} tätä tietoa ei ole"
    ),
    "verify.sahke2.no_attachment": (
        "{where}: tiedostolle {path} ei ole Document-elementtiä; muistiossa {memo} se on osa "
        "asiakirjaa (liite {n})"
    ),
    "verify.sahke2.attachment_altered": (
        "SHA-256 {found} tiedostossa {file}; muistion {memo} mukaan {expected} (muuttunut)"
    ),
    "verify.sahke2.attachment_format": (
        "{where}: {path}: Format {format}; muistion {memo} mukaan {media}"
    ),
    "verify.sahke2.attachment_no_format": (
        "{where}: {path}: Format puuttuu; muistion {memo} mukaan {media}"
    ),
    "verify.sahke2.not_attachment": "{where}: {path} ei ole muistion {memo} liite",
    "verify.sahke2.nodes": (
        "{where}: odotettiin paketin SÄHKE2-metatietoihin enintään {limit} elementtiä, "
        "attribuuttia ja nimiavaruuden määrittelyä, löytyi enemmän; jätetty tarkistamatta"
    ),
}
