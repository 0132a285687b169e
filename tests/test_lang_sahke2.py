"""What verify says about ``sahke2.xml`` and its attachments, in Finnish, Swedish and English."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import attrs
import pytest

from hyvaneuvottelu import Attachment, AttachmentKind, LocalizedText
from hyvaneuvottelu.archive import SAHKE2_FILE, VerificationReport, verify_package, write_package
from hyvaneuvottelu.cli import main

from .archive_support import completed_memo, schema_folder, settings

LANGUAGES = ("fi", "sv", "en")
CONTENT = b"%PDF-1.7\n% ESIMERKKI: sopimusteksti\n"
ATTACHMENT = "case-001/attachments/sopimus.pdf"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pristine") / "package"
    write_package([completed_memo()], target, settings())
    return target


def _broken(pristine: Path, tmp_path: Path, *changes: tuple[str, str]) -> Path:
    """A copy of the package with ``sahke2.xml`` changed (each change made once)."""
    package = tmp_path / "package"
    shutil.copytree(pristine, package)
    text = (package / SAHKE2_FILE).read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    (package / SAHKE2_FILE).write_text(text, encoding="utf-8")
    return package


def _said(report: VerificationReport, start: str) -> tuple[str, ...]:
    """The problem about sahke2.xml whose English starts with ``start``, in fi, sv, en."""
    [problem] = [
        p for p in report.problems if p.file == SAHKE2_FILE and p.message.startswith(start)
    ]
    return tuple(problem.message_in(language) for language in LANGUAGES)


def test_a_document_of_the_wrong_use_hash_and_format(pristine: Path, tmp_path: Path) -> None:
    package = _broken(
        pristine,
        tmp_path,
        ("<UseType>Arkisto</UseType>", "<UseType>Julkaisu</UseType>"),
        ("<HashAlgorithm>SHA-256</HashAlgorithm>", "<HashAlgorithm>MD5</HashAlgorithm>"),
        ("<Name>text/html</Name>", "<Name>text/plain</Name>"),
    )
    report = verify_package(package)
    assert _said(report, "CaseFile[1]: case-001/memo.xml: UseType") == (
        "CaseFile[1]: case-001/memo.xml: UseType 'Julkaisu', odotettiin 'Arkisto'",
        "CaseFile[1]: case-001/memo.xml: UseType 'Julkaisu', väntade 'Arkisto'",
        "CaseFile[1]: case-001/memo.xml: UseType 'Julkaisu', expected 'Arkisto'",
    )
    assert _said(report, "CaseFile[1]: case-001/memo.xml: HashAlgorithm") == (
        "CaseFile[1]: case-001/memo.xml: HashAlgorithm 'MD5', odotettiin 'SHA-256'",
        "CaseFile[1]: case-001/memo.xml: HashAlgorithm 'MD5', väntade 'SHA-256'",
        "CaseFile[1]: case-001/memo.xml: HashAlgorithm 'MD5', expected 'SHA-256'",
    )
    assert _said(report, "CaseFile[1]: case-001/memo.html: Format") == (
        "CaseFile[1]: case-001/memo.html: Format text/plain 5; paketin tiedostojen Format on "
        "text/xml 1.0 tai text/html 5",
        "CaseFile[1]: case-001/memo.html: Format text/plain 5; ett pakets filer har Format "
        "text/xml 1.0 eller text/html 5",
        "CaseFile[1]: case-001/memo.html: Format text/plain 5; a package holds files of Format "
        "text/xml 1.0 or text/html 5",
    )


def test_a_document_naming_no_usable_file(pristine: Path, tmp_path: Path) -> None:
    package = _broken(pristine, tmp_path, ("<Name>memo.html</Name>", "<Name>../x</Name>"))
    assert _said(verify_package(package), "CaseFile[1]: a Document") == (
        "CaseFile[1]: Document ei nimeä käyttökelpoista tiedostoa ('case-001/../x')",
        "CaseFile[1]: ett Document anger ingen användbar fil ('case-001/../x')",
        "CaseFile[1]: a Document names no usable file ('case-001/../x')",
    )


def test_a_case_file_disagreeing_with_its_memo(pristine: Path, tmp_path: Path) -> None:
    spatial = "CaseFile[1]/Action/Record/Coverage/Spatial"
    county = '"Länsi-Uudenmaan hyvinvointialue"'
    changed = _broken(pristine, tmp_path, ("<Spatial>Lohja</Spatial>", "<Spatial>Lojo</Spatial>"))
    assert _said(verify_package(changed), spatial) == (
        f'{spatial} on {county}, "Lojo"; muistion case-001/memo.xml mukaan {county}, "Lohja"',
        f'{spatial} är {county}, "Lojo"; enligt promemorian case-001/memo.xml {county}, "Lohja"',
        f'{spatial} is {county}, "Lojo"; the memo case-001/memo.xml says {county}, "Lohja"',
    )


def test_a_case_file_missing_a_value_of_its_memo(pristine: Path, tmp_path: Path) -> None:
    package = _broken(
        pristine, tmp_path, ("<Spatial>Länsi-Uudenmaan hyvinvointialue</Spatial>", "")
    )
    assert _said(verify_package(package), "CaseFile[1]/Action/Record/Coverage/Spatial") == (
        'CaseFile[1]/Action/Record/Coverage/Spatial on "Lohja"; muistion case-001/memo.xml '
        'mukaan "Länsi-Uudenmaan hyvinvointialue", "Lohja"',
        'CaseFile[1]/Action/Record/Coverage/Spatial är "Lohja"; enligt promemorian '
        'case-001/memo.xml "Länsi-Uudenmaan hyvinvointialue", "Lohja"',
        'CaseFile[1]/Action/Record/Coverage/Spatial is "Lohja"; the memo case-001/memo.xml says '
        '"Länsi-Uudenmaan hyvinvointialue", "Lohja"',
    )


def test_not_a_sahke2_metadata_element(pristine: Path, tmp_path: Path) -> None:
    package = _broken(
        pristine,
        tmp_path,
        ("<Metadata xmlns=", "<Other xmlns="),
        ("</Metadata>", "</Other>"),
    )
    found = "{http://www.arkisto.fi/skeemat/Sahke2/2019/08/29}Other"
    assert _said(verify_package(package), "expected a SÄHKE2") == (
        "odotettiin SÄHKE2:n Metadata-elementtiä (nimiavaruus 2019/08/29 tai 2011/12/20), "
        f"löytyi {found}",
        "väntade ett SÄHKE2-element Metadata (namnrymden 2019/08/29 eller 2011/12/20), "
        f"hittade {found}",
        f"expected a SÄHKE2 Metadata element (2019/08/29 or 2011/12/20 namespace), found {found}",
    )


def test_a_case_file_without_its_memo(pristine: Path, tmp_path: Path) -> None:
    package = _broken(pristine, tmp_path, ("<Name>text/xml</Name>", "<Name>text/html</Name>"))
    assert _said(verify_package(package), "CaseFile[1]: expected exactly one memo") == (
        "CaseFile[1]: odotettiin täsmälleen yhtä muistiota (Document, jonka Format on "
        "text/xml 1.0), löytyi 0",
        "CaseFile[1]: väntade exakt en promemoria (ett Document med Format text/xml 1.0), "
        "hittade 0",
        "CaseFile[1]: expected exactly one memo (a Document of Format text/xml 1.0), found 0",
    )


def test_the_schema_validators_words_are_framed(pristine: Path, tmp_path: Path) -> None:
    package = _broken(pristine, tmp_path, ("<NativeId>case-001/memo.xml</NativeId>", "<Foo/>"))
    report = verify_package(package, sahke2_schema_dir=schema_folder())
    [fi, sv, en] = _said(report, "not valid against")
    assert en.startswith("not valid against the SÄHKE2 2019 schema: line 109: Element '{")
    system = en.removeprefix("not valid against the SÄHKE2 2019 schema: line 109: ")
    assert (
        fi
        == f"ei kelpaa SÄHKE2 2019 -skeeman mukaan: rivi 109: järjestelmän virheilmoitus: {system}"
    )
    assert (
        sv == f"inte giltig enligt SÄHKE2 2019-schemat: rad 109: systemets felmeddelande: {system}"
    )


def test_without_the_schema_the_note_and_the_structure(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = _broken(pristine, tmp_path, ("<HashAlgorithm>SHA-256</HashAlgorithm>", ""))
    schemas = tmp_path / "no-schemas"
    report = verify_package(package, sahke2_schema_dir=schemas)
    where = "Metadata/CaseFile[1]/Action[1]/Record[1]/Document[1]"
    assert _said(report, where) == (
        f"elementistä {where} puuttuu elementti HashAlgorithm",
        f"{where} saknar elementet HashAlgorithm",
        f"{where} has no HashAlgorithm element",
    )
    notes = {}
    for language in LANGUAGES:
        code = main(["verify", "--lang", language, "--sahke2-schema", str(schemas), str(package)])
        assert code == 1
        notes[language] = capsys.readouterr().out.splitlines()[0]
    assert notes == {
        "fi": "huomautus: sahke2.xml: SÄHKE2-skeeman mukainen tarkistus ei ollut mahdollinen "
        "(Sahke2_2019_03.xsd puuttuu; anna --sahke2-schema KANSIO); sen sijaan tarkistettiin "
        "rakenne",
        "sv": "anmärkning: sahke2.xml: validering mot SÄHKE2-schemat var inte möjlig "
        "(Sahke2_2019_03.xsd hittades inte; ange --sahke2-schema MAPP); dess struktur "
        "kontrollerades i stället",
        "en": "note: sahke2.xml: SÄHKE2 schema validation was not possible (Sahke2_2019_03.xsd "
        "not found; give --sahke2-schema DIR); its structure was checked instead",
    }


def _with_attachment(tmp_path: Path) -> Path:
    beside = tmp_path / "memos"
    beside.mkdir()
    (beside / "sopimus.pdf").write_bytes(CONTENT)
    attachment = Attachment(
        id="sopimusteksti",
        kind=AttachmentKind.AGREEMENT_TEXT,
        title=LocalizedText(fi="Sopimusteksti"),
        file_name="sopimus.pdf",
        media_type="application/pdf",
        sha256=hashlib.sha256(CONTENT).hexdigest(),
        part_of_record=True,
    )
    memo = attrs.evolve(completed_memo(), attachments=(attachment,))
    target = tmp_path / "p"
    write_package([memo], target, settings(), attachment_dirs=[beside])
    return target


def _change(package: Path, old: bytes, new: bytes) -> None:
    sahke2 = package / SAHKE2_FILE
    data = sahke2.read_bytes()
    assert old in data
    sahke2.write_bytes(data.replace(old, new))


def test_an_attachment_of_another_format_and_hash(tmp_path: Path) -> None:
    package = _with_attachment(tmp_path)
    digest = hashlib.sha256(CONTENT).hexdigest()
    _change(package, b"<Name>application/pdf</Name>", b"<Name>text/plain</Name>")
    _change(package, digest.encode(), b"0" * 64)
    report = verify_package(package)
    assert _said(report, f"CaseFile[1]: {ATTACHMENT}: Format") == (
        f"CaseFile[1]: {ATTACHMENT}: Format text/plain; muistion case-001/memo.xml mukaan "
        "application/pdf",
        f"CaseFile[1]: {ATTACHMENT}: Format text/plain; enligt promemorian case-001/memo.xml "
        "application/pdf",
        f"CaseFile[1]: {ATTACHMENT}: Format text/plain; the memo case-001/memo.xml says "
        "application/pdf",
    )
    [altered] = [
        p for p in report.problems if p.file == ATTACHMENT and " in sahke2.xml;" in p.message
    ]
    zeros = "0" * 64
    assert [altered.message_in(language) for language in LANGUAGES] == [
        f"SHA-256 {zeros} tiedostossa sahke2.xml; muistion case-001/memo.xml mukaan {digest} "
        "(muuttunut)",
        f"SHA-256 {zeros} i sahke2.xml; enligt promemorian case-001/memo.xml {digest} (ändrad)",
        f"SHA-256 {zeros} in sahke2.xml; the memo case-001/memo.xml says {digest} (altered)",
    ]


def test_an_attachment_without_its_document_and_one_not_the_memos(tmp_path: Path) -> None:
    package = _with_attachment(tmp_path)
    _change(package, b"<Name>sopimus.pdf</Name>", b"<Name>muu.pdf</Name>")
    report = verify_package(package)
    assert _said(report, "CaseFile[1]: no Document") == (
        f"CaseFile[1]: tiedostolle {ATTACHMENT} ei ole Document-elementtiä; muistiossa "
        "case-001/memo.xml se on osa asiakirjaa (liite 0)",
        f"CaseFile[1]: inget Document för {ATTACHMENT}; promemorian case-001/memo.xml har den "
        "som en del av handlingen (bilaga 0)",
        f"CaseFile[1]: no Document for {ATTACHMENT}; the memo case-001/memo.xml holds it as part "
        "of its record (attachment 0)",
    )
    other = "case-001/attachments/muu.pdf"
    assert _said(report, f"CaseFile[1]: {other}") == (
        f"CaseFile[1]: {other} ei ole muistion case-001/memo.xml liite",
        f"CaseFile[1]: {other} är ingen bilaga till promemorian case-001/memo.xml",
        f"CaseFile[1]: {other} is not an attachment of the memo case-001/memo.xml",
    )
