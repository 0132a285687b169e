"""The English catalogue: message id -> template.

The English texts are those the library has always shown: ``Problem.message``
and ``str()`` of its errors are built from them, and tests assert them.
:data:`FOREIGN` holds texts of other software that stand for a message: they
are recognised as that message, which says the same in plain words.
"""

from __future__ import annotations

from typing import Final

__all__ = ["FOREIGN", "MESSAGES"]

MESSAGES: Final[dict[str, str]] = {
    # A reader's problem, and the list it ends.
    "problem": "{where}: expected {expected}, found {found}",
    "problems.summary.one": "{n} problem in the document",
    "problems.summary.other": "{n} problems in the document",
    "problems.stopped": ", and more: the reader stopped looking",
    "problems.listed": "at most {n} problems listed",
    "problems.unlisted.one": "{n} more problem from here on, not listed",
    "problems.unlisted.other": "{n} more problems from here on, not listed",
    "problems.unlisted.stopped": (
        "more problems from here on (the reader stopped looking after {n})"
    ),
    # Locations.
    "location.line": "line {n}",
    "location.column": "column {n}",
    "location.byte": "byte {n}",
    "location.before_root": "before the root element",
    # What a reader expected.
    "expected.required": "a value (the field is required)",
    "expected.valid": "a valid value",
    "expected.only_fields": "only the fields {fields}",
    "expected.string": "a string",
    "expected.integer": "an integer",
    "expected.integer_digits": "an integer of at most {n} digits",
    "expected.boolean": "true or false",
    "expected.existing_date": "a calendar date that exists",
    "expected.existing_date_format": "a calendar date that exists, as YYYY-MM-DD",
    "expected.date": "a date as YYYY-MM-DD",
    "expected.date_ymd": "a date (year, month and day)",
    "expected.time": "a time of day as HH:MM or HH:MM:SS",
    "expected.time_seconds": "a time of day as HH:MM:SS",
    "expected.time_whole": "a time of day as HH:MM:SS (whole seconds, no UTC offset)",
    "expected.time_model": "a time of day in whole seconds, without a UTC offset",
    "expected.datetime_offset_example": (
        "a date-time with a UTC offset, such as 2025-02-03T10:00:00+02:00"
    ),
    "expected.existing_datetime": "a date-time that exists",
    "expected.existing_datetime_offset": "a date-time that exists, with a UTC offset",
    "expected.datetime": "a date-time as YYYY-MM-DDTHH:MM:SS with a UTC offset",
    "expected.datetime_range": (
        "a date-time as YYYY-MM-DDTHH:MM:SS with a UTC offset within ±14:00"
    ),
    "expected.datetime_minutes": "a date-time with a UTC offset of whole minutes within ±14:00",
    "expected.one_of": "one of {codes}",
    "expected.array": "an array",
    "expected.object": "an object",
    "expected.texts": "an object of texts in fi, sv, en",
    "expected.known_fields": "known fields",
    "expected.json": "JSON",
    "expected.json_object": "a JSON object (a negotiation)",
    "expected.json_value": "a JSON value (NaN and Infinity are not JSON numbers)",
    "expected.float": "a number within the range of a 64-bit float",
    "expected.unique_keys": "each key once in an object",
    "expected.unicode_keys": "keys of Unicode characters",
    "expected.unicode_text": "text of Unicode characters",
    "expected.json_depth": "arrays and objects nested at most {n} deep",
    "expected.document_size": "a document of at most {n} bytes",
    "expected.text_length": "a text of at most {n} characters",
    "expected.name_length": "a name of at most {n} characters",
    "expected.utf8": "UTF-8 text",
    "expected.utf8_only": "UTF-8 text (the format is UTF-8 only)",
    "expected.utf8_encoding": 'the encoding "UTF-8" (the format is UTF-8 only)',
    "expected.xml": "an XML document",
    "expected.well_formed": "well-formed XML",
    "expected.no_doctype": "no document type declaration (DTDs and entities are refused)",
    "expected.xml_depth": "elements nested at most {n} deep",
    "expected.no_xsi": (
        "no xsi: attributes (documents are validated against the format's own XSD only)"
    ),
    "expected.root": "the element {element} in the namespace {namespace}",
    "expected.schema_version": "a schemaVersion this release reads ({low} to {high})",
    "expected.schema_version_number": "a schema version this release reads ({low} to {high})",
    "expected.schema_version_such_as": "a schema version such as 1.0",
    "expected.element": "the element {element}",
    "expected.elements": "one of the elements {elements}",
    "expected.defined_elements": "only the elements the format defines here",
    "expected.matching": "a value matching {pattern}",
    "expected.of_type": "a value of type {type}",
    "expected.only_children": "only child elements in {element}",
    "expected.only_text": "only text in {element}",
    "expected.no_attribute": "no attribute {name}",
    "expected.attribute": "the attribute {name}",
    "expected.language_once": "each language at most once",
    "expected.xsd": "what the format's XSD allows",
    "expected.language_code": "a language code such as fi",
    "expected.iso_language": "an ISO 639 language code such as 'fi'",
    "expected.text_in_a_language": "text in at least one of fi, sv, en",
    "expected.statistics_code": "a Statistics Finland code of 2 or 3 digits",
    "expected.business_id": "a business ID of the form 1234567-8",
    "expected.council_term": "a council term such as '2025-2029'",
    "expected.section_number": "a section number such as '4' or '4.2'",
    "expected.statute_section": "a section number such as '14' or '14 a'",
    "expected.chapter": "a chapter number such as '3' or '3 a'",
    "expected.function_code": "a function code such as '00 01 02'",
    "expected.year": "a year from 1734 to 2999",
    "expected.identifier": "an identifier (a letter or '_', then letters, digits, '_', '.', '-')",
    "expected.positive_integer": "a positive integer",
    "expected.readable_memo": "a readable memo",
    # What a reader found.
    "found.nothing": "nothing",
    "found.nothing_required": "nothing (a required element is missing)",
    "found.unknown_field": "the unknown field {name}",
    "found.string": "the string {text}",
    "found.number": "the number {text}",
    "found.long_number": "a number of more than {n} digits",
    "found.digits": "a number of {n} digits",
    "found.array": "an array",
    "found.object": "an object",
    "found.unknown_fields": "unknown fields",
    "found.no_offset": "{what} (no offset)",
    "found.newer_version": "{what} (a newer version: upgrade hyvaneuvottelu)",
    "found.newer_major": "{what} (a newer major version: upgrade hyvaneuvottelu)",
    "found.none_of_them": "none of them",
    "found.key_twice": "the key {name} more than once",
    "found.surrogate_key": "a key holding the lone surrogate {code}",
    "found.surrogate": "the lone surrogate {code}",
    "found.characters": "{n} characters",
    "found.bytes": "{n} bytes",
    "found.more_bytes": "more than {n} bytes",
    "found.array_depth": "an array at depth {n}",
    "found.object_depth": "an object at depth {n}",
    "found.element_depth": "{element} at depth {n}",
    "found.parser_depth": "nesting deeper than the parser's limit of {n} levels",
    "found.parser_depth_unknown": "nesting deeper than the parser can follow",
    "found.parser_text": "a text longer than the parser's limit",
    "found.parser_name": "a name longer than the parser's limit",
    "found.gzip": "gzip-compressed data (decompress it first)",
    "found.bom": "a UTF-16 or UTF-32 byte order mark",
    "found.nul": "a NUL byte (is it UTF-16 or UTF-32?)",
    "found.byte": "the byte {byte}, which is not UTF-8",
    "found.encoding": "the declared encoding {name}",
    "found.root_in": "the element {element} in the namespace {namespace}",
    "found.root_no_namespace": "the element {element} in no namespace",
    "found.element": "the element {element}",
    "found.text": "text",
    "found.children": "child elements",
    "found.attribute": "the attribute {name}",
    "found.language_again": "xml:lang={text} again",
    "found.json_value": "something else where a value should be",
    "found.json_delimiter": "something else where the delimiter {char} should be",
    "found.json_property": "something other than a name in double quotes where a key should be",
    "found.json_extra": "more text after the value",
    "found.json_unterminated": "a string whose quotation marks are never closed",
    "found.json_control": "a control character inside a string",
    "found.json_escape": "an invalid \\ escape",
    "found.json_unicode_escape": "an invalid \\uXXXX escape",
    "found.json_trailing_object": "a comma after the last member of an object",
    "found.json_trailing_array": "a comma after the last item of an array",
    "found.json_control_char": "the control character {char} inside a string",
    "found.json_escape_char": "an invalid \\ escape {char}",
    "found.json_empty": "the document is empty",
    "cli.exists": "{name}: already exists; not overwritten (use --force to replace it)",
    "cli.is_folder": "{name}: is a folder, not a file",
    "cli.is_folder_short": "{name}: is a folder",
    "cli.no_folder": "{name}: the folder {folder} does not exist",
    "cli.appeared": "{name}: appeared while writing; not overwritten",
    "cli.not_regular": "{name}: not a regular file but {what}",
    "cli.cannot_read_special": "{name}: cannot read: not a regular file but {what}",
    "cli.kind.fifo": "a named pipe (FIFO)",
    "cli.kind.socket": "a socket",
    "cli.kind.character_device": "a character device",
    "cli.kind.block_device": "a block device",
    "cli.kind.special": "a special file",
    "cli.no_file": "{name}: no such file",
    "cli.permission": "{name}: permission denied",
    "cli.cannot_read": "{name}: cannot read: {reason}",
    "cli.cannot_write": "{name}: cannot write: {reason}",
    "cli.too_large": "{name}: larger than {n} MiB; refused",
    "cli.extension_mismatch": (
        "{name}: the extension names {named}, but --to asks for {to}; nothing written "
        "(give a file name ending in .{to}, or leave out --to)"
    ),
    "cli.unknown_extension": (
        "{name}: cannot tell the format from the extension; use --to {formats}"
    ),
    "cli.jobs": "--jobs: expected a positive number of processes",
    "cli.no_memos": "{name}: the folder holds no memo (*.json, *.xml)",
    "cli.settings_files": "the memos have different settings files ({files}); use --settings",
    "cli.created": (
        "--created: expected an ISO 8601 date-time with a UTC offset such as "
        "2025-02-04T12:00:00+02:00, found {text}"
    ),
    "cli.interrupted": "interrupted",
    "cli.internal": (
        "internal error ({error}); please report it to the developers, with the input "
        "that caused it"
    ),
    "cli.warning": "warning: {text}",
    "cli.note": "note: {text}",
    "archive.package_skipped": "skipped: an archive package, not a memo",
    "settings.missing": "missing transfer setting {key} (give {option} or set it in {file})",
    "settings.no_file": "{name}: no such settings file",
    "settings.not_json": "{name}: not a JSON document: {reason}",
    "json.at": "{location}: {found}",
    "settings.not_object": "{name}: expected a JSON object of settings",
    "settings.unknown": "{name}: unknown setting {key} (known: {known})",
    "settings.type": "{name}: setting {key}: expected {what}, found {value}",
    "settings.a_string": "a string",
    "settings.an_integer": "an integer",
    "settings.an_object": "an object",
    "settings.version": 'setting \'sahke2Version\': expected "2019" or "2011", found {value}',
    "settings.title": "setting 'functionTitles': expected a string title for {code}, found {value}",
    "summary.not_verified.one": "{path}: NOT verified: {n} problem",
    "summary.not_verified.other": "{path}: NOT verified: {n} problems",
    "summary.archived": "{path}: SÄHKE2 {version} package written: {memos}, {files}",
    "summary.verified": "{path}: verified: {files}, SÄHKE2 {version}",
    "import.summary": "{files}: {whole}, {partial}, {failed}",
    "verify.more.one": "and {n} more problem",
    "verify.more.other": "and {n} more problems",
    "verify.stopped": "{what}; its checks stopped there, so there may be more",
    "archive.cannot_read": "cannot be read: {summary}",
    "import.imported": "imported",
    "import.partly": "partly imported",
    "import.failed": "not imported: {reason}",
    "import.kind.unread": "unread",
    "import.kind.confirm": "confirm",
    "import.kind.absent": "absent",
    "import.kind.removed": "removed",
    "archive.untitled": (
        "the function class {code} has no title in the transfer settings "
        "(functionTitles); its code stands in for the title"
    ),
    "verify.no_sahke2": "missing: the package has no SÄHKE2 metadata",
    "verify.sahke2_size": (
        "{n} bytes; the SÄHKE2 metadata of a package hold at most {limit} bytes; not checked"
    ),
    "verify.no_manifest": "missing: the package has no manifest",
    "verify.manifest_size": "{n} bytes; a manifest holds at most {limit} bytes",
    "manifest.not_json": "not a JSON document: {reason}",
    "manifest.too_deep": (
        "expected JSON nested 3 deep (a manifest), found JSON nested deeper than the reader follows"
    ),
    "manifest.format": 'not a manifest of format "{format}" version {version}',
    "manifest.algorithm": 'expected algorithm "{algorithm}"',
    "manifest.not_canonical": "not in the canonical form this release writes (altered?)",
    "manifest.created": (
        '"created": expected a UTC time such as 2025-03-01T12:00:00Z, found {found}'
    ),
    "manifest.integer": (
        "expected an integer of at most {limit} digits, found one of {digits} digits"
    ),
    "manifest.whole": "expected whole numbers only, found {found}",
    "manifest.field": 'expected "{name}" ({kind})',
    "manifest.a_string": "a string",
    "manifest.an_integer": "an integer",
    "manifest.a_list": "a list",
    "manifest.sha256": '"{path}": expected a SHA-256 of 64 lower-case hex digits',
    "manifest.size": '"{path}": expected a size of 0 bytes or more, found {size}',
    "verify.memo_size": "not a valid memo: {n} bytes; a memo's XML holds at most {limit} bytes",
    "verify.listed_twice": "lists {path} more than once",
    "verify.missing_file": "listed in the manifest but missing from the package",
    "verify.size": "{n} bytes; the manifest says {expected} bytes",
    "verify.altered": "SHA-256 {found}; the manifest says {expected} (altered)",
    "verify.unlisted": "in the package but not listed in the manifest",
    "verify.document_missing": "{where}: Document names {path}, which is not in the package",
    "verify.altered_sahke2": "SHA-256 {found}; {file} says {expected} (altered)",
    "verify.undescribed": "not described by any Document in {file}",
    "cli.refused": "not archived: the memos are not ready for the archive; nothing was written",
    "cli.target_is": (
        "{name}: the target is the input {input}; choose a target outside the inputs; "
        "nothing was written"
    ),
    "cli.target_holds": (
        "{name}: the target holds the input {input}; choose a target outside the inputs; "
        "nothing was written"
    ),
    "cli.target_inside": (
        "{name}: the target lies inside the input folder {input}; choose a target outside"
        " the inputs; nothing was written"
    ),
    "verify.not_a_memo": "not a valid memo: {problem}",
    "found.temporal_date": "a date {text}",
    "found.temporal_datetime": "a date-time {text}",
    "found.temporal_time": "a time of day {text}",
    "expected.paragraph_number": "a § number such as '123'",
    "expected.partial_date": "a year or a month such as '2025' or '2025-03'",
    # verify: reading a package's folder or zip file.
    "verify.cannot_read_folder": "cannot be read from the folder: {what_or_system}",
    "verify.cannot_read_zip": "cannot be read from the zip file: {what_or_system}",
    "verify.cannot_verify": "cannot be verified: {what}",
    "verify.not_ready": "not ready for the archive: {rule}",
    "verify.not_html": "not a text/html 5 rendition: {what}",
    "verify.html_doctype": "expected HTML opening with <!DOCTYPE html>, found {found}",
    "verify.html_utf8": "expected UTF-8 HTML, found a byte that is not UTF-8 near byte {n}",
    "verify.zip.not_zip": "not a zip file (no end of central directory record)",
    "verify.zip.directory_before_start": "its central directory lies before the start of the file",
    "verify.zip.end_record_damaged": "its end record is damaged (the comment runs past the file)",
    "verify.zip.zip64_missing": "its end record needs a ZIP64 record, which is missing",
    "verify.zip.disks": "it spans several disks, which verify does not read",
    "verify.zip.entries": "it holds {n} entries; a package holds at most {limit}",
    "verify.zip.more_entries": (
        "it holds more than {limit} entries; a package holds at most {limit}"
    ),
    "verify.zip.locator_damaged": "its ZIP64 end locator is damaged",
    "verify.zip.zip64_damaged": "its ZIP64 end record is missing or damaged",
    "verify.zip.after_end": "{n} bytes after its end record, in no file",
    "verify.zip.between_zip64": "{n} bytes between its ZIP64 end record and locator, in no file",
    "verify.zip.comment": "a zip comment of {n} bytes, which no hash covers",
    "verify.zip.entry_comment": "an entry comment of {n} bytes, which no hash covers",
    "verify.zip.directory_damaged": "its central directory is damaged at byte {n}",
    "verify.zip.directory_overrun": "its central directory runs past its recorded size",
    "verify.zip.count": "its end record says {n} entries; its central directory holds {found}",
    "verify.zip.between": "{n} bytes between {previous} and {name}, in no file",
    "verify.zip.before_first": "{n} bytes before its first entry {name}, in no file",
    "verify.zip.before_directory": (
        "{n} bytes between its last entry and its central directory, in no file"
    ),
    "verify.zip.stray_extra": "{n} stray bytes in its {what_where} extra field",
    "verify.zip.extra_overrun": "its {what_where} extra field {kind} runs past its end",
    "verify.zip.extra": (
        "an extra field {kind} of {n} bytes in its {what_where}, which no hash covers"
    ),
    "verify.zip.folder_entry": "a folder entry holding {n} bytes, which no hash covers",
    "verify.zip.encrypted": "encrypted; verify reads no encrypted entries",
    "verify.zip.method": (
        "compressed with method {n} ({name}); verify reads stored (0) and deflated (8) entries only"
    ),
    "verify.zip.flags": "general purpose flags {flags}, which verify does not read",
    "verify.zip.stored_size": "stored, but {n} bytes hold a file of {size} bytes",
    "verify.zip.method_unknown": (
        "compressed with an unknown method {n}; verify reads stored (0) and deflated (8) entries "
        "only"
    ),
    "verify.zip.local.name": (
        "its local header says name {value}; the central directory says {expected}"
    ),
    "verify.zip.local.flags": (
        "its local header says flags {value}; the central directory says {expected}"
    ),
    "verify.zip.local.method": (
        "its local header says method {value}; the central directory says {expected}"
    ),
    "verify.zip.local.crc": (
        "its local header says CRC-32 {value}; the central directory says {expected}"
    ),
    "verify.zip.local.compressed": (
        "its local header says compressed size {value}; the central directory says {expected}"
    ),
    "verify.zip.local.size": (
        "its local header says size {value}; the central directory says {expected}"
    ),
    "verify.zip.local_missing": "its local header is missing or damaged",
    "verify.zip.overlap": "its data overlap another entry's",
    "verify.zip.into_directory": "its data run into the central directory",
    "verify.zip.descriptor_missing": "its data descriptor is missing",
    "verify.zip.descriptor_differs": "its data descriptor disagrees with the central directory",
    "verify.zip.no_data": "its data cannot be located",
    "verify.zip.longer": "holds more than the {n} bytes its record says",
    "verify.zip.length": "holds {n} bytes; its record says {expected}",
    "verify.zip.crc": "CRC-32 {found}; its record says {expected} (damaged)",
    "verify.zip.truncated": "the zip file ends inside its data (truncated)",
    "verify.zip.deflate_short": "its compressed data end before its deflate stream does",
    "verify.zip.deflate_damaged": "its compressed data are damaged ({detail})",
    "verify.zip.after_deflate": (
        "compressed bytes after the end of its deflate stream, which no hash covers ({n}+)"
    ),
    "verify.zip.repeated": "appears {n} times in the zip file; not read",
    "verify.zip.unsafe": (
        "an unsafe entry name (empty, absolute, with '..', a backslash or NUL); not read"
    ),
    "verify.zip.closed": "the zip file is closed",
    "verify.read.file_size": "{n} bytes; a file of a package holds at most {limit} bytes; not read",
    "verify.read.total_size": (
        "its files hold {n} bytes; a package holds at most {limit} bytes; nothing was read"
    ),
    "verify.read.grew_to": "grew to {n} bytes while the package was read",
    "verify.read.grew": "grew while it was read (from {n} bytes)",
    "verify.read.shrank": "shrank while it was read (from {n} bytes)",
    "verify.read.folder": "a folder that cannot be read: {reason}",
    "verify.read.not_a_file": "{what}, not a file; not read",
    "verify.read.no_longer_file": "is no longer a regular file ({what}); not read",
    "verify.kind.fifo": "a FIFO",
    "verify.kind.socket": "a socket",
    "verify.kind.device": "a device",
    "verify.kind.link": "a symbolic link",
    "verify.kind.special": "a special file",
    "verify.where.local": "local header",
    "verify.where.central": "central directory",
    "verify.zip.shifted": (
        "its central directory starts at byte {n}, not at byte {expected} as its end record says: "
        "bytes were added before its entries"
    ),
    # The notes of an import, what they name, and where in the source they point.
    "import.note.dropped_label": 'document type label above the title removed: "{text}"',
    "import.note.preamble": 'text outside any numbered section is not in the draft: "{text}"',
    "import.note.no_sections": (
        "no numbered sections found (headings such as '1. Avaus', '1) Avaus' or '§ 1 Avaus'); "
        "the draft has none"
    ),
    "import.note.hyphen": (
        'a hyphen at a line end was kept in "{word}": check whether the word has a hyphen or was '
        "split"
    ),
    "import.note.no_county": (
        "no wellbeing services county and no municipality of one was recognised; the county "
        '"{name}" is a placeholder to replace'
    ),
    "import.note.inferred_county": (
        'the memo does not name the county: "{name}" is the county of the municipality it names'
    ),
    "import.note.no_municipality": "no municipality recognised in the text",
    "import.note.judged_kind": (
        'the kind of section {number} ("{kind}") is judged from its content, not its title'
    ),
    "import.note.theme": "the theme is taken from the sentence that states it",
    "import.note.objectives": "the objectives ({n}) are split from the sentence that states them",
    "import.note.topics": "the topics are proposed from the words of the text",
    "import.note.no_statute": 'the memo cites no negotiation statute; the kind "{kind}" is assumed',
    "import.note.outcome": (
        '{tag} "{title}" ({status}) is the importer\'s proposal: confirm or remove it'
    ),
    "import.note.no_title": 'the memo has no title line; the draft says "{title}"',
    "import.note.no_date": "the memo states no date",
    "import.note.no_place": "the memo states no place",
    "import.note.no_attendees": "the memo lists no attendees",
    "import.note.unnamed": "the memo does not name this participant",
    "import.note.no_record": (
        "record metadata (identifier, case id, author, approval, publicity, personal data, "
        "retention, function code, language, document type, creation time) is not in the text; "
        "an archive needs it"
    ),
    "import.note.furniture": 'page furniture removed: "{text}"',
    "import.note.furniture_repeated": 'page furniture removed ({n} times): "{text}"',
    "import.note.invisible.one": "{n} control or invisible character removed",
    "import.note.invisible.other": "{n} control or invisible characters removed",
    "import.note.cp1252": "the file is not UTF-8; it was read as Windows-1252: check its letters",
    "import.note.unnumbered_headings": (
        "the Word file's headings have no numbers: sections are numbered in order"
    ),
    "import.note.column_headings": 'column headings of a table removed: "{text}"',
    "import.note.word_header": 'page header or footer of the Word file not read: "{text}"',
    "import.note.not_a_date": '"{text}" is not a date',
    "import.note.no_date_in": 'no date found in "{text}"',
    "import.note.not_a_time": '"{text}" is not a time of day',
    "import.note.time_rest": 'not read from the time: "{text}"',
    "import.note.partial_time": 'the time in "{text}" is not in the draft (presence: partial)',
    "import.note.not_a_person": 'not recognised as a person: "{text}"',
    "import.outcome.cooperationStructure": "cooperationStructure",
    "import.outcome.operatingModel": "operatingModel",
    "import.outcome.informationFlow": "informationFlow",
    "import.outcome.agreement": "agreement",
    "import.outcome.challenge": "challenge",
    "import.outcome.matterToAgree": "matterToAgree",
    "import.outcome.followUpAction": "followUpAction",
    "import.outcome.decision": "decision",
    "import.outcome.interfacePlan": "interfacePlan",
    "import.outcome.strategyItem": "strategyItem",
    "import.where.line": "line {n}",
    "import.where.paragraph": "paragraph {n}",
    "import.where.page": "page {n}",
    "import.where.table": "table {n}",
    "import.where.row": "row {n}",
    # Counts, each with its noun in the right number.
    "count.files.one": "{n} file",
    "count.files.other": "{n} files",
    "count.memos.one": "{n} memo",
    "count.memos.other": "{n} memos",
    "problems.more.one": ", and {n} more",
    "problems.more.other": ", and {n} more",
    "import.count.whole.one": "{n} imported",
    "import.count.whole.other": "{n} imported",
    "import.count.partial.one": "{n} partly imported",
    "import.count.partial.other": "{n} partly imported",
    "import.count.failed.one": "{n} not imported",
    "import.count.failed.other": "{n} not imported",
    "import.count.unread.one": "{n} unread",
    "import.count.unread.other": "{n} unread",
    "import.count.confirm.one": "{n} confirm",
    "import.count.confirm.other": "{n} confirm",
    "import.count.absent.one": "{n} absent",
    "import.count.absent.other": "{n} absent",
    "import.count.removed.one": "{n} removed",
    "import.count.removed.other": "{n} removed",
    # A system's own text: an operating system's error (its words for the common
    # ones are the system's own, recognised), or another library's message, framed.
    "os.ENOENT": "No such file or directory",
    "os.EACCES": "Permission denied",
    "os.EPERM": "Operation not permitted",
    "os.EISDIR": "Is a directory",
    "os.ENOTDIR": "Not a directory",
    "os.ENOSPC": "No space left on device",
    "os.EROFS": "Read-only file system",
    "os.ELOOP": "Too many levels of symbolic links",
    "os.ENAMETOOLONG": "File name too long",
    "system.text": "{text}",
    "system.parser": "an error the parser reports as: {text}",
    # The option parser's own complaints (argparse's), and the options' own.
    "usage.prefix": "usage: ",
    "usage.error": "{prog}: error: {what}",
    "usage.parser": "{text}",
    "usage.argument": "argument {name}: {what_or_system}",
    "usage.required": "the following arguments are required: {names}",
    "usage.one_of": "one of the arguments {names} is required",
    "usage.unrecognized": "unrecognized arguments: {arguments}",
    "usage.invalid_choice": "invalid choice: {value} (choose from {choices})",
    "usage.invalid_choice_closest": (
        "invalid choice: {value}, maybe you meant {closest}? (choose from {choices})"
    ),
    "usage.invalid_int": "invalid int value: {value}",
    "usage.expected_one": "expected one argument",
    "usage.expected_at_most_one": "expected at most one argument",
    "usage.expected_at_least_one": "expected at least one argument",
    "usage.expected.one": "expected {n} argument",
    "usage.expected.other": "expected {n} arguments",
    "usage.ambiguous": "ambiguous option: {option} could match {matches}",
    "usage.not_allowed": "not allowed with argument {name}",
    "usage.ignored": "ignored explicit argument {value}",
    "usage.indent": "expected a whole number of spaces from 0 to {n}, found {found}",
    "usage.year": "expected a year YYYY, found {found}",
    "usage.date": "expected a date YYYY-MM-DD, found {found}",
    # verify: the package itself, before anything in it is read.
    "cli.no_package": "{name}: no such package (a folder or a zip file)",
    "cli.package_unreadable": "{name}: cannot be read: {reason}",
    "cli.not_a_package": "{name}: not a package folder or zip file ({what}); not read",
    "cli.package_changed": "{name}: is no longer a regular file ({what}); not read",
    "cli.settings_profile": "--settings: transfer settings are checked with --profile archive",
    "verify.note.no_schema": (
        "{file}: SÄHKE2 schema validation was not possible ({schema} not found; give "
        "--sahke2-schema DIR); its structure was checked instead"
    ),
    # verify: what sahke2.xml says, and how it compares with the memos.
    "verify.sahke2.root": (
        "expected a SÄHKE2 Metadata element (2019/08/29 or 2011/12/20 namespace), found {element}"
    ),
    "verify.sahke2.cases": (
        "{n} CaseFile elements; a package holds at most {limit} memos; its cases were not checked"
    ),
    "verify.sahke2.schema": "not valid against the SÄHKE2 {version} schema: {where}: {system}",
    "verify.sahke2.schema_text": "not valid against the SÄHKE2 {version} schema: {system}",
    "verify.sahke2.no_element": "{where} has no {name} element",
    "verify.sahke2.action": (
        "{where}: expected one Action holding one Record (the meeting and its memo), found "
        "{actions} Action and {records} Record elements"
    ),
    "verify.sahke2.memos": (
        "{where}: expected exactly one memo (a Document of Format {format}), found {n}"
    ),
    "verify.sahke2.no_file": "{where}: a Document names no usable file ({path})",
    "verify.sahke2.use_type": "{where}: {path}: UseType {found}, expected {expected}",
    "verify.sahke2.format": (
        "{where}: {path}: Format {format}; a package holds files of Format {xml} or {html}"
    ),
    "verify.sahke2.no_format": (
        "{where}: {path}: Format missing; a package holds files of Format {xml} or {html}"
    ),
    "verify.sahke2.hash": "{where}: {path}: HashAlgorithm {found}, expected {expected}",
    "verify.sahke2.twice": (
        "{path} is described by {n} Documents ({where}); each file of a package is described once"
    ),
    "verify.sahke2.differs": "{where}/{path} is {found}; the memo {memo} says {expected}",
    "verify.sahke2.differs_missing": "{where}/{path} is missing; the memo {memo} says {expected}",
    "verify.sahke2.differs_none": "{where}/{path} is {found}; the memo {memo} has none",
    "verify.sahke2.no_attachment": (
        "{where}: no Document for {path}; the memo {memo} holds it as part of its record "
        "(attachment {n})"
    ),
    "verify.sahke2.attachment_altered": (
        "SHA-256 {found} in {file}; the memo {memo} says {expected} (altered)"
    ),
    "verify.sahke2.attachment_format": (
        "{where}: {path}: Format {format}; the memo {memo} says {media}"
    ),
    "verify.sahke2.attachment_no_format": (
        "{where}: {path}: Format missing; the memo {memo} says {media}"
    ),
    "verify.sahke2.not_attachment": "{where}: {path} is not an attachment of the memo {memo}",
    "verify.sahke2.nodes": (
        "{where}: expected at most {limit} elements, attributes and namespace declarations "
        "in the SÄHKE2 metadata of a package, found more; not checked"
    ),
}

#: Texts of Python's JSON decoder, by the message that says the same in words.
FOREIGN: Final[dict[str, str]] = {
    "found.json_value": "Expecting value",
    "found.json_delimiter": "Expecting {char} delimiter",
    "found.json_property": "Expecting property name enclosed in double quotes",
    "found.json_extra": "Extra data",
    "found.json_unterminated": "Unterminated string starting at",
    "found.json_control": "Invalid control character at",
    "found.json_escape": "Invalid \\escape",
    "found.json_unicode_escape": "Invalid \\uXXXX escape",
    # Python 3.13 on.
    "found.json_trailing_object": "Illegal trailing comma before end of object",
    "found.json_trailing_array": "Illegal trailing comma before end of array",
    # The decoder's pure-Python scanner (without the C accelerator) names the character.
    "found.json_control_char": "Invalid control character {char} at",
    "found.json_escape_char": "Invalid \\escape: {char}",
}
