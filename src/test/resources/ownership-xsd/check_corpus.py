#!/usr/bin/env python3
"""Validates every filing of the test corpus against the SEC's Ownership XML schema, independently of the Java
parser: python3 with xmlschema (Debian: python3-xmlschema, python3-lxml). Run from the repository root:

    python3 src/test/resources/ownership-xsd/check_corpus.py > src/test/resources/ownership-xsd/corpus-check.tsv

Each filing is checked against the schema of its own version (see README.md beside this script): x0609/ for X0609,
x0407-x0508/ for X0407 to X0508, before-x0407/ for earlier ones. One line per filing: file, version, verdict
(valid, invalid, not-well-formed) and the schema's first complaint. A filing holding an element no version defines
(a <script> a browser saved into it) is checked a second time without it, and the verdict says so. With
--as-x0609, every filing is checked against the X0609 schema as published, whatever its version."""
import csv
import os
import re
import sys

import xmlschema
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'corpus')
FORMS = {'3': 'ownership3Document', '3/A': 'ownership3ADocument', '4': 'ownership4Document',
         '4/A': 'ownership4ADocument', '5': 'ownership5Document', '5/A': 'ownership5ADocument'}
SETS = {name: {form: xmlschema.XMLSchema(os.path.join(HERE, name, xsd + '.xsd.xml')) for form, xsd in FORMS.items()}
        for name in ('x0609', 'x0407-x0508', 'before-x0407')}


def schema_set(version):
    if version >= 'X0609' or '--as-x0609' in sys.argv:
        return 'x0609'
    return 'x0407-x0508' if version >= 'X0407' else 'before-x0407'


def ownership_xml(b):
    """The first <XML> block holding an ownershipDocument, else the ownershipDocument itself (as the parser does)."""
    at = 0
    while True:
        start = b.find(b'<XML>', at)
        if start < 0:
            break
        end = b.find(b'</XML>', start)
        end = len(b) if end < 0 else end
        if b.find(b'<ownershipDocument', start, end) >= 0:
            return b[start + 5:end].strip()
        at = end
    root = b.find(b'<ownershipDocument')
    declaration = b.rfind(b'<?xml', 0, root)
    end = b.find(b'</ownershipDocument>', root)
    return b[declaration if declaration >= 0 else root:end + 20 if end >= 0 else len(b)].strip()


def first_error(schema, document):
    for error in schema.iter_errors(document):
        path = re.sub(r'\[\d+\]', '', error.path or '')
        reason = (error.reason or '').split('\n')[0]
        reason = re.sub(r"value must be one of \[.*", 'value must be one of the listed codes', reason)
        return f'{path}: {reason}'
    return None


def main():
    with open(os.path.join(CORPUS, 'MANIFEST.tsv'), newline='') as f:
        rows = list(csv.reader(f, delimiter='\t'))[1:]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    print('file\tschemaVersion\tverdict\tfirst complaint')
    for row in rows:
        file, form, version = row[0], row[4], row[5]
        with open(os.path.join(CORPUS, 'filings', file), 'rb') as f:
            xml = ownership_xml(f.read())
        try:
            document = etree.fromstring(xml, parser)
        except etree.XMLSyntaxError as e:
            print(f'{file}\t{version}\tnot-well-formed\t{e}')
            continue
        schema = SETS[schema_set(version)][form]
        error = first_error(schema, document)
        if error is None:
            print(f'{file}\t{version}\tvalid\t')
            continue
        scripts = document.findall('.//script')
        for script in scripts:
            script.getparent().remove(script)
        if scripts and first_error(schema, document) is None:
            print(f'{file}\t{version}\tvalid without the <script> a browser added\t{error}')
        else:
            print(f'{file}\t{version}\tinvalid\t{error}')


if __name__ == '__main__':
    sys.exit(main())
