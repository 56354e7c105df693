#!/usr/bin/env python3
"""Writes corpus-eight/: the eight 2024 Q3 filings that are also in the corpus as XML, as a Form 345 data set.

Five tables are real: the rows of these eight accessions copied unchanged (header included) from the SEC's
2024q3_form345.zip tables kept in the project's shared reference folder (shared/datasets/form345-2024q3-partial).
That copy lacks REPORTINGOWNER, NONDERIV_TRANS and FOOTNOTES, so those three are written here from the XML of each
filing (src/test/resources/corpus/filings/john-friedman__datamule-python/...) by the definitions of the SEC's readme
(FORM_345_readme.htm, sections 5.2, 5.3 and 5.7) and the conventions seen in the real tables: dates DD-MON-YYYY,
numbers as floats rounded to two decimals (NUMBER(16,2): the real DERIV_TRANS row of 0001062993-24-016335 holds
224.05 where the XML says 224.048), footnote lists "F1, F2" (written in descending order, as the real tables often
list them out of order), booleans as filed, a field holding a double quote wrapped in quotes with inner quotes
doubled, roles joined with commas in RPTOWNER_RELATIONSHIP, and surrogate keys consecutive in the filing's row
order with the rows written in reverse key order (the real tables are not sorted either).

Run from the project root: python3 src/test/resources/datasets/make_corpus_eight.py /path/to/shared
"""
import decimal
import glob
import os
import sys
import xml.etree.ElementTree as ET

ACCESSIONS = ["0001062993-24-014684", "0001062993-24-016335", "0001062993-24-016587", "0001321655-24-000181",
              "0001415889-24-019064", "0001628280-24-030951", "0001628280-24-031146", "0001628280-24-038676"]
REAL = ["SUBMISSION", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING", "OWNER_SIGNATURE"]
CORPUS = "src/test/resources/corpus/filings/john-friedman__datamule-python"
OUT = "src/test/resources/datasets/corpus-eight"
MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()

REPORTINGOWNER = ["ACCESSION_NUMBER", "RPTOWNERCIK", "RPTOWNERNAME", "RPTOWNER_RELATIONSHIP", "RPTOWNER_TITLE",
                  "RPTOWNER_TXT", "RPTOWNER_STREET1", "RPTOWNER_STREET2", "RPTOWNER_CITY", "RPTOWNER_STATE",
                  "RPTOWNER_ZIPCODE", "RPTOWNER_STATE_DESC", "FILE_NUMBER"]
NONDERIV_TRANS = ["ACCESSION_NUMBER", "NONDERIV_TRANS_SK", "SECURITY_TITLE", "SECURITY_TITLE_FN", "TRANS_DATE",
                  "TRANS_DATE_FN", "DEEMED_EXECUTION_DATE", "DEEMED_EXECUTION_DATE_FN", "TRANS_FORM_TYPE",
                  "TRANS_CODE", "EQUITY_SWAP_INVOLVED", "EQUITY_SWAP_TRANS_CD_FN", "TRANS_TIMELINESS",
                  "TRANS_TIMELINESS_FN", "TRANS_SHARES", "TRANS_SHARES_FN", "TRANS_PRICEPERSHARE",
                  "TRANS_PRICEPERSHARE_FN", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN",
                  "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN", "VALU_OWND_FOLWNG_TRANS",
                  "VALU_OWND_FOLWNG_TRANS_FN", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN",
                  "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"]
FOOTNOTES = ["ACCESSION_NUMBER", "FOOTNOTE_ID", "FOOTNOTE_TXT"]


def quote(value):
    value = "" if value is None else value
    return '"' + value.replace('"', '""') + '"' if '"' in value else value


def text(element, path):
    found = element.find(path) if element is not None else None
    if found is None:
        return None
    value = (found.text or "").strip()
    return value or None


def value(element, path):
    field = element.find(path)
    return None if field is None else text(field, "value")


def footnotes(element, path):
    field = element.find(path) if path else element
    if field is None:
        return ""
    ids = [ref.get("id") for ref in field.findall("footnoteId")]
    return ", ".join(sorted(ids, key=lambda i: int(i[1:]), reverse=True))


def date(raw):
    if raw is None:
        return ""
    year, month, day = raw[:10].split("-")
    return f"{day}-{MONTHS[int(month) - 1]}-{year}"


def number(raw):
    if raw is None:
        return ""
    rounded = decimal.Decimal(raw).quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP)
    return repr(float(rounded))


def flag(element, name):
    return (text(element, name) or "").lower() in ("1", "true")


def xml_of(accession):
    folder = os.path.join(CORPUS, accession.replace("-", ""))
    return ET.parse(glob.glob(os.path.join(folder, "*.xml"))[0]).getroot()


def write(name, header, rows):
    with open(os.path.join(OUT, name + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(quote(v) for v in row) + "\n")


def main(shared):
    os.makedirs(OUT, exist_ok=True)
    real = os.path.join(shared, "datasets", "form345-2024q3-partial")
    for table in REAL:
        with open(os.path.join(real, table + ".tsv"), encoding="utf-8") as source, \
                open(os.path.join(OUT, table + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
            out.write(source.readline())
            for line in source:
                if line.split("\t", 1)[0] in ACCESSIONS:
                    out.write(line)

    owners, transactions, notes = [], [], []
    key = 7_000_000
    for accession in ACCESSIONS:
        root = xml_of(accession)
        for owner in root.findall("reportingOwner"):
            relationship = owner.find("reportingOwnerRelationship")
            roles = [name for name, element in (("Director", "isDirector"), ("Officer", "isOfficer"),
                     ("TenPercentOwner", "isTenPercentOwner"), ("Other", "isOther")) if flag(relationship, element)]
            address = owner.find("reportingOwnerAddress")
            owners.append([accession, text(owner, "reportingOwnerId/rptOwnerCik"),
                           text(owner, "reportingOwnerId/rptOwnerName"), ",".join(roles),
                           text(relationship, "officerTitle"), text(relationship, "otherText")]
                          + [text(address, name) for name in ("rptOwnerStreet1", "rptOwnerStreet2", "rptOwnerCity",
                                                              "rptOwnerState", "rptOwnerZipCode",
                                                              "rptOwnerStateDescription")] + [None])
        rows = []
        for t in root.findall("nonDerivativeTable/nonDerivativeTransaction"):
            key += 1
            coding = t.find("transactionCoding")
            rows.append([accession, str(key), value(t, "securityTitle"), footnotes(t, "securityTitle"),
                         date(value(t, "transactionDate")), footnotes(t, "transactionDate"),
                         date(value(t, "deemedExecutionDate")), footnotes(t, "deemedExecutionDate"),
                         text(coding, "transactionFormType"), text(coding, "transactionCode"),
                         text(coding, "equitySwapInvolved"), footnotes(coding, None),
                         value(t, "transactionTimeliness"), footnotes(t, "transactionTimeliness"),
                         number(value(t, "transactionAmounts/transactionShares")),
                         footnotes(t, "transactionAmounts/transactionShares"),
                         number(value(t, "transactionAmounts/transactionPricePerShare")),
                         footnotes(t, "transactionAmounts/transactionPricePerShare"),
                         value(t, "transactionAmounts/transactionAcquiredDisposedCode"),
                         footnotes(t, "transactionAmounts/transactionAcquiredDisposedCode"),
                         number(value(t, "postTransactionAmounts/sharesOwnedFollowingTransaction")),
                         footnotes(t, "postTransactionAmounts/sharesOwnedFollowingTransaction"),
                         number(value(t, "postTransactionAmounts/valueOwnedFollowingTransaction")),
                         footnotes(t, "postTransactionAmounts/valueOwnedFollowingTransaction"),
                         value(t, "ownershipNature/directOrIndirectOwnership"),
                         footnotes(t, "ownershipNature/directOrIndirectOwnership"),
                         value(t, "ownershipNature/natureOfOwnership"),
                         footnotes(t, "ownershipNature/natureOfOwnership")])
        transactions.extend(reversed(rows))
        for note in root.findall("footnotes/footnote"):
            body = " ".join("".join(note.itertext()).split("\n")).strip()
            notes.append([accession, note.get("id"), body])
    write("REPORTINGOWNER", REPORTINGOWNER, owners)
    write("NONDERIV_TRANS", NONDERIV_TRANS, transactions)
    write("FOOTNOTES", FOOTNOTES, notes)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
