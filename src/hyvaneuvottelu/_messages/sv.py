"""The Swedish catalogue: message id -> template."""

from __future__ import annotations

from typing import Final

__all__ = ["MESSAGES"]

MESSAGES: Final[dict[str, str]] = {
    "problem": "{where}: väntade {expected}, hittade {found}",
    "problems.summary.one": "{n} problem i dokumentet",
    "problems.summary.other": "{n} problem i dokumentet",
    "problems.stopped": ", och fler: läsaren slutade leta",
    "problems.listed": "högst {n} listade problem",
    "problems.unlisted.one": "{n} problem till härifrån, inte listat",
    "problems.unlisted.other": "{n} problem till härifrån, inte listade",
    "problems.unlisted.stopped": "fler problem härifrån (läsaren slutade leta efter {n})",
    "location.line": "rad {n}",
    "location.column": "kolumn {n}",
    "location.byte": "byte {n}",
    "location.before_root": "före rotelementet",
    "expected.required": "ett värde (fältet är obligatoriskt)",
    "expected.valid": "ett giltigt värde",
    "expected.only_fields": "endast fälten {fields}",
    "expected.string": "en sträng",
    "expected.integer": "ett heltal",
    "expected.integer_digits": "ett heltal med högst {n} siffror",
    "expected.boolean": "true eller false",
    "expected.existing_date": "ett datum som finns",
    "expected.existing_date_format": "ett datum som finns, som ÅÅÅÅ-MM-DD",
    "expected.date": "ett datum som ÅÅÅÅ-MM-DD",
    "expected.date_ymd": "ett datum (år, månad och dag)",
    "expected.time": "ett klockslag som tt:mm eller tt:mm:ss",
    "expected.time_seconds": "ett klockslag som tt:mm:ss",
    "expected.time_whole": "ett klockslag som tt:mm:ss (hela sekunder, ingen UTC-förskjutning)",
    "expected.time_model": "ett klockslag i hela sekunder, utan UTC-förskjutning",
    "expected.datetime_offset_example": (
        "en tidpunkt med UTC-förskjutning, till exempel 2025-02-03T10:00:00+02:00"
    ),
    "expected.existing_datetime": "en tidpunkt som finns",
    "expected.existing_datetime_offset": "en tidpunkt som finns, med UTC-förskjutning",
    "expected.datetime": "en tidpunkt som ÅÅÅÅ-MM-DDTtt:mm:ss med UTC-förskjutning",
    "expected.datetime_range": (
        "en tidpunkt som ÅÅÅÅ-MM-DDTtt:mm:ss med UTC-förskjutning högst ±14:00"
    ),
    "expected.datetime_minutes": ("en tidpunkt med UTC-förskjutning i hela minuter, högst ±14:00"),
    "expected.one_of": "ett av värdena {codes}",
    "expected.array": "en lista",
    "expected.object": "ett objekt",
    "expected.texts": "ett objekt med texter på fi, sv, en",
    "expected.known_fields": "kända fält",
    "expected.json": "JSON-text",
    "expected.json_object": "ett JSON-objekt (en förhandling)",
    "expected.json_value": "ett JSON-värde (NaN och Infinity är inga JSON-tal)",
    "expected.float": "ett tal inom gränserna för ett 64-bitars flyttal",
    "expected.unique_keys": "varje nyckel högst en gång i ett objekt",
    "expected.unicode_keys": "nycklar av Unicode-tecken",
    "expected.unicode_text": "text av Unicode-tecken",
    "expected.json_depth": "listor och objekt kapslade högst {n} nivåer djupt",
    "expected.document_size": "ett dokument på högst {n} byte",
    "expected.text_length": "en text på högst {n} tecken",
    "expected.name_length": "ett namn på högst {n} tecken",
    "expected.utf8": "UTF-8-text",
    "expected.utf8_only": "UTF-8-text (formatet tillåter bara UTF-8)",
    "expected.utf8_encoding": 'teckenkodningen "UTF-8" (formatet tillåter bara UTF-8)',
    "expected.xml": "ett XML-dokument",
    "expected.well_formed": "välformad XML",
    "expected.no_doctype": "ingen dokumenttypsdeklaration (DTD:er och entiteter avvisas)",
    "expected.xml_depth": "element kapslade högst {n} nivåer djupt",
    "expected.no_xsi": "inga xsi:-attribut (dokument valideras bara mot formatets egen XSD)",
    "expected.root": "elementet {element} i namnrymden {namespace}",
    "expected.schema_version": "en schemaVersion som den här versionen läser ({low}–{high})",
    "expected.schema_version_number": "en schemaversion som den här versionen läser ({low}–{high})",
    "expected.schema_version_such_as": "en schemaversion, till exempel 1.0",
    "expected.element": "elementet {element}",
    "expected.elements": "ett av elementen {elements}",
    "expected.defined_elements": "bara de element som formatet definierar här",
    "expected.matching": "ett värde enligt mönstret {pattern}",
    "expected.of_type": "ett värde av typen {type}",
    "expected.only_children": "bara underelement i {element}",
    "expected.only_text": "bara text i {element}",
    "expected.no_attribute": "inget attribut {name}",
    "expected.attribute": "attributet {name}",
    "expected.language_once": "varje språk högst en gång",
    "expected.xsd": "det som formatets XSD tillåter",
    "expected.language_code": "en språkkod, till exempel fi",
    "expected.iso_language": "en språkkod enligt ISO 639, till exempel 'fi'",
    "expected.text_in_a_language": "text på minst ett av språken fi, sv, en",
    "expected.statistics_code": "en kod från Statistikcentralen med 2 eller 3 siffror",
    "expected.business_id": "ett FO-nummer i formen 1234567-8",
    "expected.council_term": "en fullmäktigeperiod, till exempel '2025-2029'",
    "expected.section_number": "ett punktnummer, till exempel '4' eller '4.2'",
    "expected.statute_section": "ett paragrafnummer, till exempel '14' eller '14 a'",
    "expected.chapter": "ett kapitelnummer, till exempel '3' eller '3 a'",
    "expected.function_code": "en uppgiftsklasskod, till exempel '00 01 02'",
    "expected.year": "ett år från 1734 till 2999",
    "expected.identifier": (
        "en identifierare (en bokstav eller '_', sedan bokstäver, siffror, '_', '.', '-')"
    ),
    "expected.positive_integer": "ett positivt heltal",
    "expected.readable_memo": "en läsbar promemoria",
    "found.nothing": "ingenting",
    "found.nothing_required": "ingenting (ett obligatoriskt element saknas)",
    "found.unknown_field": "det okända fältet {name}",
    "found.string": "strängen {text}",
    "found.number": "talet {text}",
    "found.long_number": "ett tal med fler än {n} siffror",
    "found.digits": "ett tal med {n} siffror",
    "found.array": "en lista",
    "found.object": "ett objekt",
    "found.unknown_fields": "okända fält",
    "found.no_offset": "{what} (utan UTC-förskjutning)",
    "found.newer_version": "{what} (en nyare version: uppdatera hyvaneuvottelu)",
    "found.newer_major": "{what} (en nyare huvudversion: uppdatera hyvaneuvottelu)",
    "found.none_of_them": "inget av dem",
    "found.key_twice": "nyckeln {name} flera gånger",
    "found.surrogate_key": "en nyckel med det ensamma surrogattecknet {code}",
    "found.surrogate": "det ensamma surrogattecknet {code}",
    "found.characters": "{n} tecken",
    "found.bytes": "{n} byte",
    "found.more_bytes": "mer än {n} byte",
    "found.array_depth": "en lista på nivå {n}",
    "found.object_depth": "ett objekt på nivå {n}",
    "found.element_depth": "{element} på nivå {n}",
    "found.parser_depth": "kapsling djupare än parserns gräns på {n} nivåer",
    "found.parser_depth_unknown": "kapsling djupare än parsern kan följa",
    "found.parser_text": "en text längre än parserns gräns",
    "found.parser_name": "ett namn längre än parserns gräns",
    "found.gzip": "gzip-komprimerade data (packa upp dem först)",
    "found.bom": "en byteordningsmarkering för UTF-16 eller UTF-32",
    "found.nul": "en NUL-byte (är texten UTF-16 eller UTF-32?)",
    "found.byte": "byten {byte}, som inte hör till UTF-8",
    "found.encoding": "den angivna teckenkodningen {name}",
    "found.root_in": "elementet {element} i namnrymden {namespace}",
    "found.root_no_namespace": "elementet {element} utan namnrymd",
    "found.element": "elementet {element}",
    "found.text": "text",
    "found.children": "underelement",
    "found.attribute": "attributet {name}",
    "found.language_again": "xml:lang={text} igen",
    "found.json_value": "något annat där ett värde skulle stå",
    "found.json_delimiter": "något annat där avgränsaren {char} skulle stå",
    "found.json_property": "något annat än ett namn inom citattecken där en nyckel skulle stå",
    "found.json_extra": "överflödig text efter värdet",
    "found.json_unterminated": "en sträng vars citattecken aldrig stängs",
    "found.json_control": "ett styrtecken inuti en sträng",
    "found.json_escape": "en ogiltig \\-escape",
    "found.json_unicode_escape": "en ogiltig \\uXXXX-escape",
    "found.json_trailing_object": "ett kommatecken efter objektets sista medlem",
    "found.json_trailing_array": "ett kommatecken efter listans sista element",
    "found.json_control_char": "styrtecknet {char} inuti en sträng",
    "found.json_escape_char": "en ogiltig \\-escape {char}",
    "found.json_empty": "ett tomt dokument",
    "cli.exists": "{name}: finns redan; skrevs inte över (ersätt den med --force)",
    "cli.is_folder": "{name}: är en mapp, ingen fil",
    "cli.is_folder_short": "{name}: är en mapp",
    "cli.no_folder": "{name}: mappen {folder} finns inte",
    "cli.appeared": "{name}: dök upp medan den skrevs; skrevs inte över",
    "cli.not_regular": "{name}: inte en vanlig fil utan {what}",
    "cli.cannot_read_special": "{name}: kan inte läsas: inte en vanlig fil utan {what}",
    "cli.kind.fifo": "en namngiven pipe (FIFO)",
    "cli.kind.socket": "en socket",
    "cli.kind.character_device": "en teckenenhet",
    "cli.kind.block_device": "en blockenhet",
    "cli.kind.special": "en specialfil",
    "cli.no_file": "{name}: filen finns inte",
    "cli.permission": "{name}: åtkomst nekad",
    "cli.cannot_read": "{name}: kan inte läsas: {reason}",
    "cli.cannot_write": "{name}: kan inte skrivas: {reason}",
    "cli.too_large": "{name}: större än {n} MiB; avvisad",
    "cli.extension_mismatch": (
        "{name}: filändelsen anger {named}, men --to begär {to}; inget skrevs (ge ett "
        "filnamn som slutar på .{to}, eller utelämna --to)"
    ),
    "cli.unknown_extension": "{name}: formatet framgår inte av filändelsen; använd --to {formats}",
    "cli.jobs": "--jobs: väntade ett positivt antal processer",
    "cli.no_memos": "{name}: mappen innehåller inga promemorior (*.json, *.xml)",
    "cli.settings_files": "promemoriorna har olika inställningsfiler ({files}); använd --settings",
    "cli.created": (
        "--created: väntade en tidpunkt enligt ISO 8601 med UTC-förskjutning, till "
        "exempel 2025-02-04T12:00:00+02:00, hittade {text}"
    ),
    "cli.interrupted": "avbrutet",
    "cli.internal": (
        "internt fel ({error}); rapportera det gärna till utvecklarna, med indata som orsakade det"
    ),
    "cli.warning": "varning: {text}",
    "cli.note": "anmärkning: {text}",
    "archive.package_skipped": "överhoppad: ett överföringspaket, inte en promemoria",
    "settings.missing": (
        "överföringsinställningen {key} saknas (ange {option} eller ställ in den i {file})"
    ),
    "settings.no_file": "{name}: inställningsfilen finns inte",
    "settings.not_json": "{name}: inget JSON-dokument: {reason}",
    "json.at": "{location}: {found}",
    "settings.not_object": "{name}: väntade ett JSON-objekt med inställningar",
    "settings.unknown": "{name}: okänd inställning {key} (kända: {known})",
    "settings.type": "{name}: inställningen {key}: väntade {what}, hittade {value}",
    "settings.a_string": "en sträng",
    "settings.an_integer": "ett heltal",
    "settings.an_object": "ett objekt",
    "settings.version": (
        'inställningen \'sahke2Version\': väntade "2019" eller "2011", hittade {value}'
    ),
    "settings.title": (
        "inställningen 'functionTitles': väntade en rubrik som sträng för {code}, hittade {value}"
    ),
    "summary.not_verified.one": "{path}: INTE verifierat: {n} problem",
    "summary.not_verified.other": "{path}: INTE verifierat: {n} problem",
    "summary.archived": "{path}: SÄHKE2 {version}-paket skrivet: {memos}, {files}",
    "summary.verified": "{path}: verifierat: {files}, SÄHKE2 {version}",
    "import.summary": "{files}: {whole}, {partial}, {failed}",
    "verify.more.one": "och {n} problem till",
    "verify.more.other": "och {n} problem till",
    "verify.stopped": "{what}; kontrollen avbröts där, så det kan finnas fler",
    "archive.cannot_read": "kan inte läsas: {summary}",
    "import.imported": "importerad",
    "import.partly": "delvis importerad",
    "import.failed": "inte importerad: {reason}",
    "import.kind.unread": "oläst",
    "import.kind.confirm": "att bekräfta",
    "import.kind.absent": "saknas",
    "import.kind.removed": "borttaget",
    "archive.untitled": (
        "uppgiftsklassen {code} har ingen rubrik i överföringsinställningarna "
        "(functionTitles); koden står i stället för rubriken"
    ),
    "verify.no_sahke2": "saknas: paketet har inga SÄHKE2-metadata",
    "verify.sahke2_size": (
        "{n} byte; ett pakets SÄHKE2-metadata får vara högst {limit} byte; kontrollerades inte"
    ),
    "verify.no_manifest": "saknas: paketet har ingen filförteckning",
    "verify.manifest_size": "{n} byte; en filförteckning får vara högst {limit} byte",
    "manifest.not_json": "inget JSON-dokument: {reason}",
    "manifest.too_deep": (
        "väntade JSON i tre nivåer (en filförteckning), hittade djupare nivåer än läsaren följer"
    ),
    "manifest.format": 'ingen filförteckning av formatet "{format}" version {version}',
    "manifest.algorithm": 'väntade hashalgoritmen "{algorithm}"',
    "manifest.not_canonical": "inte i den standardform som denna version skriver (ändrad?)",
    "manifest.created": ('"created": väntade en UTC-tid som 2025-03-01T12:00:00Z, hittade {found}'),
    "manifest.integer": (
        "väntade ett heltal med högst {limit} siffror, hittade ett med {digits} siffror"
    ),
    "manifest.whole": "väntade endast heltal, hittade {found}",
    "manifest.field": 'väntade fältet "{name}" ({kind})',
    "manifest.a_string": "en sträng",
    "manifest.an_integer": "ett heltal",
    "manifest.a_list": "en lista",
    "manifest.sha256": ('"{path}": väntade en SHA-256-hash med 64 hexadecimala siffror i gemener'),
    "manifest.size": '"{path}": väntade en storlek på 0 byte eller mer, hittade {size}',
    "verify.memo_size": (
        "ingen giltig promemoria: {n} byte; en promemorias XML får vara högst {limit} byte"
    ),
    "verify.listed_twice": "förtecknar {path} flera gånger",
    "verify.missing_file": "finns i förteckningen men saknas i paketet",
    "verify.size": "{n} byte; enligt förteckningen {expected} byte",
    "verify.altered": "SHA-256 {found}; enligt förteckningen {expected} (ändrad)",
    "verify.unlisted": "i paketet men saknas i förteckningen",
    "verify.document_missing": "{where}: Document anger {path}, som saknas i paketet",
    "verify.altered_sahke2": "SHA-256 {found}; enligt {file} {expected} (ändrad)",
    "verify.undescribed": "beskrivs inte av något Document i {file}",
    "cli.refused": "inte arkiverat: promemoriorna är inte klara för arkivet; inget skrevs",
    "cli.target_is": "{name}: målet är indata {input}; välj ett mål utanför indata; inget skrevs",
    "cli.target_holds": (
        "{name}: målet innehåller indata {input}; välj ett mål utanför indata; inget skrevs"
    ),
    "cli.target_inside": (
        "{name}: målet ligger i indatamappen {input}; välj ett mål utanför indata; inget skrevs"
    ),
    "verify.not_a_memo": "ingen giltig promemoria: {problem}",
    "found.temporal_date": "datumet {text}",
    "found.temporal_datetime": "tidpunkten {text}",
    "found.temporal_time": "klockslaget {text}",
    "expected.paragraph_number": "ett paragrafnummer, till exempel '123'",
    "expected.partial_date": "ett år eller en månad, till exempel '2025' eller '2025-03'",
    # verify: reading a package's folder or zip file.
    "verify.cannot_read_folder": "kan inte läsas från mappen: {what_or_system}",
    "verify.cannot_read_zip": "kan inte läsas från zip-filen: {what_or_system}",
    "verify.cannot_verify": "kan inte verifieras: {what}",
    "verify.not_ready": "inte klar för arkivet: {rule}",
    "verify.not_html": "ingen text/html 5-återgivning: {what}",
    "verify.html_doctype": "väntade HTML som börjar med <!DOCTYPE html>, hittade {found}",
    "verify.html_utf8": "väntade HTML i UTF-8, hittade en byte som inte är UTF-8 nära byte {n}",
    "verify.zip.not_zip": "ingen zip-fil (posten för den centrala katalogens slut saknas)",
    "verify.zip.directory_before_start": "dess centrala katalog ligger före filens början",
    "verify.zip.end_record_damaged": "dess slutpost är skadad (kommentaren går förbi filens slut)",
    "verify.zip.zip64_missing": "dess slutpost kräver en ZIP64-post, som saknas",
    "verify.zip.disks": "den är uppdelad på flera diskar, vilket verifieringen inte läser",
    "verify.zip.entries": "den innehåller {n} poster; ett paket får innehålla högst {limit}",
    "verify.zip.more_entries": (
        "den innehåller fler än {limit} poster; ett paket får innehålla högst {limit}"
    ),
    "verify.zip.locator_damaged": "dess ZIP64-slutlokaliserare är skadad",
    "verify.zip.zip64_damaged": "dess ZIP64-slutpost saknas eller är skadad",
    "verify.zip.after_end": "{n} byte efter dess slutpost, i ingen fil",
    "verify.zip.between_zip64": "{n} byte mellan dess ZIP64-slutpost och lokaliserare, i ingen fil",
    "verify.zip.comment": "en zip-kommentar på {n} byte, som ingen hashsumma täcker",
    "verify.zip.entry_comment": "en postkommentar på {n} byte, som ingen hashsumma täcker",
    "verify.zip.directory_damaged": "dess centrala katalog är skadad vid byte {n}",
    "verify.zip.directory_overrun": "dess centrala katalog är längre än sin angivna storlek",
    "verify.zip.count": "enligt dess slutpost finns {n} poster; dess centrala katalog har {found}",
    "verify.zip.between": "{n} byte mellan {previous} och {name}, i ingen fil",
    "verify.zip.before_first": "{n} byte före dess första post {name}, i ingen fil",
    "verify.zip.before_directory": (
        "{n} byte mellan dess sista post och dess centrala katalog, i ingen fil"
    ),
    "verify.zip.stray_extra": "{n} lösa byte i dess extrafält ({what_where})",
    "verify.zip.extra_overrun": "dess extrafält {kind} ({what_where}) går förbi sitt slut",
    "verify.zip.extra": (
        "ett extrafält {kind} på {n} byte ({what_where}), som ingen hashsumma täcker"
    ),
    "verify.zip.folder_entry": "en mappost som innehåller {n} byte, som ingen hashsumma täcker",
    "verify.zip.encrypted": "krypterad; verifieringen läser inga krypterade poster",
    "verify.zip.method": (
        "komprimerad med metod {n} ({name}); verifieringen läser bara okomprimerade (0) och"
        " deflate-komprimerade (8) poster"
    ),
    "verify.zip.flags": "allmänna flaggor {flags}, som verifieringen inte läser",
    "verify.zip.stored_size": "okomprimerad, men {n} byte innehåller en fil på {size} byte",
    "verify.zip.method_unknown": (
        "komprimerad med en okänd metod {n}; verifieringen läser bara okomprimerade (0) och "
        "deflate-komprimerade (8) poster"
    ),
    "verify.zip.local.name": (
        "enligt dess lokala huvud är namnet {value}; enligt den centrala katalogen {expected}"
    ),
    "verify.zip.local.flags": (
        "enligt dess lokala huvud är flaggorna {value}; enligt den centrala katalogen {expected}"
    ),
    "verify.zip.local.method": (
        "enligt dess lokala huvud är komprimeringsmetoden {value}; enligt den centrala katalogen "
        "{expected}"
    ),
    "verify.zip.local.crc": (
        "enligt dess lokala huvud är CRC-32-summan {value}; enligt den centrala katalogen "
        "{expected}"
    ),
    "verify.zip.local.compressed": (
        "enligt dess lokala huvud är den komprimerade storleken {value}; enligt den centrala "
        "katalogen {expected}"
    ),
    "verify.zip.local.size": (
        "enligt dess lokala huvud är storleken {value}; enligt den centrala katalogen {expected}"
    ),
    "verify.zip.local_missing": "dess lokala huvud saknas eller är skadat",
    "verify.zip.overlap": "dess data överlappar en annan posts data",
    "verify.zip.into_directory": "dess data når in i den centrala katalogen",
    "verify.zip.descriptor_missing": "dess databeskrivning (data descriptor) saknas",
    "verify.zip.descriptor_differs": (
        "dess databeskrivning (data descriptor) stämmer inte med den centrala katalogen"
    ),
    "verify.zip.no_data": "dess data kan inte hittas",
    "verify.zip.longer": "innehåller mer än de {n} byte som dess post anger",
    "verify.zip.length": "innehåller {n} byte; enligt dess post {expected}",
    "verify.zip.crc": "CRC-32 {found}; enligt dess post {expected} (skadad)",
    "verify.zip.truncated": "zip-filen slutar mitt i dess data (avkortad)",
    "verify.zip.deflate_short": "dess komprimerade data slutar före dess deflate-ström",
    "verify.zip.deflate_damaged": "dess komprimerade data är skadade ({detail})",
    "verify.zip.after_deflate": (
        "komprimerade byte efter slutet på dess deflate-ström, som ingen hashsumma täcker ({n}+)"
    ),
    "verify.zip.repeated": "förekommer {n} gånger i zip-filen; lästes inte",
    "verify.zip.unsafe": (
        "ett osäkert postnamn (tomt, absolut, med '..', ett omvänt snedstreck eller NUL); lästes"
        " inte"
    ),
    "verify.zip.closed": "zip-filen är stängd",
    "verify.read.file_size": (
        "{n} byte; en fil i ett paket får vara högst {limit} byte; lästes inte"
    ),
    "verify.read.total_size": (
        "dess filer innehåller {n} byte; ett paket får innehålla högst {limit} byte; inget lästes"
    ),
    "verify.read.grew_to": "växte till {n} byte medan paketet lästes",
    "verify.read.grew": "växte medan den lästes (från {n} byte)",
    "verify.read.shrank": "krympte medan den lästes (från {n} byte)",
    "verify.read.folder": "en mapp som inte kan läsas: {reason}",
    "verify.read.not_a_file": "{what}, ingen fil; lästes inte",
    "verify.read.no_longer_file": "är inte längre en vanlig fil ({what}); lästes inte",
    "verify.kind.fifo": "en namngiven pipe (FIFO)",
    "verify.kind.socket": "en socket",
    "verify.kind.device": "en enhetsfil",
    "verify.kind.link": "en symbolisk länk",
    "verify.kind.special": "en specialfil",
    "verify.where.local": "lokalt huvud",
    "verify.where.central": "central katalog",
    "verify.zip.shifted": (
        "dess centrala katalog börjar vid byte {n}, inte vid byte {expected} som dess slutpost "
        "anger: byte har lagts till före dess poster"
    ),
    # The notes of an import, what they name, and where in the source they point.
    "import.note.dropped_label": 'dokumenttypsbeteckningen ovanför rubriken togs bort: "{text}"',
    "import.note.preamble": 'text utanför de numrerade punkterna finns inte i utkastet: "{text}"',
    "import.note.no_sections": (
        "inga numrerade punkter hittades (rubriker som '1. Avaus', '1) Avaus' eller '§ 1 "
        "Avaus'); utkastet har inga punkter"
    ),
    "import.note.hyphen": (
        'ett bindestreck i slutet av en rad behölls i "{word}": kontrollera om ordet skrivs med '
        "bindestreck eller avstavades"
    ),
    "import.note.no_county": (
        "varken ett välfärdsområde eller en kommun i ett välfärdsområde kändes igen; "
        'välfärdsområdet "{name}" är en platshållare som ska ersättas'
    ),
    "import.note.inferred_county": (
        'promemorian nämner inte välfärdsområdet: "{name}" är välfärdsområdet för den kommun som '
        "nämns"
    ),
    "import.note.no_municipality": "ingen kommun kändes igen i texten",
    "import.note.judged_kind": (
        'typen av punkt {number} ("{kind}") har bedömts utifrån innehållet, inte rubriken'
    ),
    "import.note.theme": "temat är hämtat ur meningen som anger det",
    "import.note.objectives": "målen ({n}) är uppdelade ur meningen som anger dem",
    "import.note.topics": "ämnena föreslås utifrån textens ord",
    "import.note.no_statute": (
        'promemorian hänvisar inte till någon bestämmelse om förhandlingen; typen "{kind}" har '
        "antagits"
    ),
    "import.note.outcome": (
        '{tag} "{title}" ({status}) är importens förslag: bekräfta eller ta bort det'
    ),
    "import.note.no_title": 'promemorian har ingen rubrikrad; i utkastet står "{title}"',
    "import.note.no_date": "promemorian anger inget datum",
    "import.note.no_place": "promemorian anger ingen plats",
    "import.note.no_attendees": "promemorian förtecknar inga närvarande",
    "import.note.unnamed": "promemorian anger inte namnet på denna deltagare",
    "import.note.no_record": (
        "arkivmetadata (identifierare, ärendenummer, upprättare, godkännande, offentlighet, "
        "personuppgifter, bevarandetid, uppgiftsklass, språk, dokumenttyp, tidpunkt för "
        "upprättande) finns inte i texten; arkivet behöver dem"
    ),
    "import.note.furniture": 'sidhuvud eller sidfot togs bort: "{text}"',
    "import.note.furniture_repeated": 'sidhuvud eller sidfot togs bort ({n} gånger): "{text}"',
    "import.note.invisible.one": "{n} styrtecken eller osynligt tecken togs bort",
    "import.note.invisible.other": "{n} styrtecken eller osynliga tecken togs bort",
    "import.note.cp1252": (
        "filen är inte i UTF-8; den lästes som Windows-1252: kontrollera bokstäverna"
    ),
    "import.note.unnumbered_headings": (
        "Word-filens rubriker saknar nummer: punkterna numreras i ordning"
    ),
    "import.note.column_headings": 'kolumnrubrikerna i en tabell togs bort: "{text}"',
    "import.note.word_header": 'sidhuvud eller sidfot i Word-filen lästes inte: "{text}"',
    "import.note.not_a_date": '"{text}" är inte ett datum',
    "import.note.no_date_in": 'inget datum hittades i "{text}"',
    "import.note.not_a_time": '"{text}" är inte ett klockslag',
    "import.note.time_rest": 'inte läst ur tiden: "{text}"',
    "import.note.partial_time": 'tiden i "{text}" finns inte i utkastet (närvaro: delvis)',
    "import.note.not_a_person": 'kändes inte igen som en person: "{text}"',
    "import.outcome.cooperationStructure": "samarbetsstruktur",
    "import.outcome.operatingModel": "verksamhetsmodell",
    "import.outcome.informationFlow": "informationsflöde",
    "import.outcome.agreement": "överenskommelse",
    "import.outcome.challenge": "utmaning",
    "import.outcome.matterToAgree": "ärende att komma överens om",
    "import.outcome.followUpAction": "uppföljande åtgärd",
    "import.outcome.decision": "beslut",
    "import.outcome.interfacePlan": "gränsytsplan",
    "import.outcome.strategyItem": "strategipunkt",
    "import.where.line": "rad {n}",
    "import.where.paragraph": "stycke {n}",
    "import.where.page": "sida {n}",
    "import.where.table": "tabell {n}",
    "import.where.row": "rad {n}",
    # Counts, each with its noun in the right number.
    "count.files.one": "{n} fil",
    "count.files.other": "{n} filer",
    "count.memos.one": "{n} promemoria",
    "count.memos.other": "{n} promemorior",
    "problems.more.one": ", och {n} till",
    "problems.more.other": ", och {n} till",
    "import.count.whole.one": "{n} importerad",
    "import.count.whole.other": "{n} importerade",
    "import.count.partial.one": "{n} delvis importerad",
    "import.count.partial.other": "{n} delvis importerade",
    "import.count.failed.one": "{n} inte importerad",
    "import.count.failed.other": "{n} inte importerade",
    "import.count.unread.one": "{n} oläst",
    "import.count.unread.other": "{n} olästa",
    "import.count.confirm.one": "{n} att bekräfta",
    "import.count.confirm.other": "{n} att bekräfta",
    "import.count.absent.one": "{n} saknas",
    "import.count.absent.other": "{n} saknas",
    "import.count.removed.one": "{n} borttagen",
    "import.count.removed.other": "{n} borttagna",
    # A system's own text: an operating system's error, or another library's message.
    "os.ENOENT": "filen eller mappen finns inte",
    "os.EACCES": "åtkomst nekad",
    "os.EPERM": "åtgärden är inte tillåten",
    "os.EISDIR": "det är en mapp",
    "os.ENOTDIR": "en del av sökvägen är ingen mapp",
    "os.ENOSPC": "diskutrymmet är slut",
    "os.EROFS": "filsystemet är skrivskyddat",
    "os.ELOOP": "för många symboliska länkar i rad",
    "os.ENAMETOOLONG": "namnet är för långt",
    "system.text": "systemets felmeddelande: {text}",
    "system.parser": "ett fel som tolken rapporterar så här: {text}",
    # The option parser's own complaints (argparse's), and the options' own.
    "usage.prefix": "användning: ",
    "usage.error": "{prog}: fel: {what}",
    "usage.parser": "kommandoradstolkens meddelande: {text}",
    "usage.argument": "argumentet {name}: {what_or_system}",
    "usage.required": "följande argument krävs: {names}",
    "usage.one_of": "ett av argumenten {names} krävs",
    "usage.unrecognized": "okända argument: {arguments}",
    "usage.invalid_choice": "ogiltigt val {value} (välj bland {choices})",
    "usage.invalid_choice_closest": (
        "ogiltigt val {value}, menade du {closest}? (välj bland {choices})"
    ),
    "usage.invalid_int": "väntade ett heltal, hittade {value}",
    "usage.expected_one": "väntade ett värde",
    "usage.expected_at_most_one": "väntade högst ett värde",
    "usage.expected_at_least_one": "väntade minst ett värde",
    "usage.expected.one": "väntade {n} värde",
    "usage.expected.other": "väntade {n} värden",
    "usage.ambiguous": "tvetydig flagga: {option} kan avse {matches}",
    "usage.not_allowed": "inte tillåtet tillsammans med argumentet {name}",
    "usage.ignored": "det angivna värdet {value} ignorerades",
    "usage.indent": "väntade ett antal mellanslag från 0 till {n}, hittade {found}",
    "usage.year": "väntade ett år i formen ÅÅÅÅ, hittade {found}",
    "usage.date": "väntade ett datum i formen ÅÅÅÅ-MM-DD, hittade {found}",
    # verify: the package itself, before anything in it is read.
    "cli.no_package": "{name}: paketet finns inte (en mapp eller en zip-fil)",
    "cli.package_unreadable": "{name}: kan inte läsas: {reason}",
    "cli.not_a_package": "{name}: varken en paketmapp eller en zip-fil utan {what}; lästes inte",
    "cli.package_changed": "{name}: är inte längre en vanlig fil utan {what}; lästes inte",
    "cli.settings_profile": (
        "--settings: överföringsinställningar kontrolleras bara med --profile archive"
    ),
    "verify.note.no_schema": (
        "{file}: validering mot SÄHKE2-schemat var inte möjlig ({schema} hittades inte; ange "
        "--sahke2-schema MAPP); dess struktur kontrollerades i stället"
    ),
    # verify: what sahke2.xml says, and how it compares with the memos.
    "verify.sahke2.root": (
        "väntade ett SÄHKE2-element Metadata (namnrymden 2019/08/29 eller 2011/12/20), "
        "hittade {element}"
    ),
    "verify.sahke2.cases": (
        "{n} CaseFile-element; ett paket får innehålla högst {limit} promemorior; dess ärenden "
        "kontrollerades inte"
    ),
    "verify.sahke2.schema": "inte giltig enligt SÄHKE2 {version}-schemat: {where}: {system}",
    "verify.sahke2.schema_text": "inte giltig enligt SÄHKE2 {version}-schemat: {system}",
    "verify.sahke2.no_element": "{where} saknar elementet {name}",
    "verify.sahke2.action": (
        "{where}: väntade en Action med en Record (mötet och dess promemoria), hittade "
        "{actions} Action- och {records} Record-element"
    ),
    "verify.sahke2.memos": (
        "{where}: väntade exakt en promemoria (ett Document med Format {format}), hittade {n}"
    ),
    "verify.sahke2.no_file": "{where}: ett Document anger ingen användbar fil ({path})",
    "verify.sahke2.use_type": "{where}: {path}: UseType {found}, väntade {expected}",
    "verify.sahke2.format": (
        "{where}: {path}: Format {format}; ett pakets filer har Format {xml} eller {html}"
    ),
    "verify.sahke2.no_format": (
        "{where}: {path}: Format saknas; ett pakets filer har Format {xml} eller {html}"
    ),
    "verify.sahke2.hash": "{where}: {path}: HashAlgorithm {found}, väntade {expected}",
    "verify.sahke2.twice": (
        "{path} beskrivs av {n} Document ({where}); varje fil i ett paket beskrivs en gång"
    ),
    "verify.sahke2.differs": "{where}/{path} är {found}; enligt promemorian {memo} {expected}",
    "verify.sahke2.differs_missing": (
        "{where}/{path} saknas; enligt promemorian {memo} {expected}"
    ),
    "verify.sahke2.differs_none": (
        "{where}/{path} är {found}; promemorian {memo} har inget sådant värde"
    ),
    "verify.sahke2.no_attachment": (
        "{where}: inget Document för {path}; promemorian {memo} har den som en del av "
        "handlingen (bilaga {n})"
    ),
    "verify.sahke2.attachment_altered": (
        "SHA-256 {found} i {file}; enligt promemorian {memo} {expected} (ändrad)"
    ),
    "verify.sahke2.attachment_format": (
        "{where}: {path}: Format {format}; enligt promemorian {memo} {media}"
    ),
    "verify.sahke2.attachment_no_format": (
        "{where}: {path}: Format saknas; enligt promemorian {memo} {media}"
    ),
    "verify.sahke2.not_attachment": "{where}: {path} är ingen bilaga till promemorian {memo}",
    "verify.sahke2.nodes": (
        "{where}: högst {limit} element, attribut och namnrymdsdeklarationer förväntades "
        "i ett pakets SÄHKE2-metadata, fler hittades; kontrollerades inte"
    ),
}
