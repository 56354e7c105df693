# Reads ownership filings (bare XML, EDGAR submissions, .nc feed files) with Python's ElementTree, independently of
# the Java parser: one row per (filing, reporting owner) with the owner's roles. Shared by spells.py and gaps.py.
import hashlib, os, re
import xml.etree.ElementTree as ET

ROLES = [('isDirector', 'DIRECTOR'), ('isOfficer', 'OFFICER'), ('isTenPercentOwner', 'TEN_PERCENT_OWNER'),
         ('isOther', 'OTHER')]


def _true(element):
    return element is not None and (element.text or '').strip().lower() in ('1', 'true')


def _text(element, path):
    found = element.find(path)
    return None if found is None or found.text is None or not found.text.strip() else found.text.strip()


def reports(folder):
    """(accession, issuer, owner, period, {role: title or ''}) for every owner of every readable filing."""
    rows = {}
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.startswith('.') or name.endswith(('.md', '.part', '.py', '.tsv')):
                continue
            data = open(os.path.join(root, name), 'rb').read()
            text = data.decode('latin-1')
            start, end = text.find('<ownershipDocument'), text.find('</ownershipDocument>')
            if start < 0 or end < 0:
                continue
            xml = re.sub(r'&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)', '&amp;',
                         text[start:end + len('</ownershipDocument>')])
            try:
                doc = ET.fromstring(xml)
            except ET.ParseError:
                continue
            header = re.search(r'ACCESSION[- ]NUMBER:\s*(\S+)', text)
            in_name = re.search(r'(\d{10})-?(\d{2})-?(\d{6})', os.path.join(root, name))
            if header:
                accession = header.group(1)
            elif in_name:
                accession = '%s-%s-%s' % in_name.groups()
            else:  # as the Java side names a filing without an accession number of its own
                accession = 'hash-' + hashlib.sha256(data).hexdigest()[:16]
            period = (_text(doc, 'periodOfReport') or '')[:10]
            if not period:
                continue
            issuer = _text(doc, 'issuer/issuerCik').zfill(10)
            for owner in doc.findall('reportingOwner'):
                cik = _text(owner, 'reportingOwnerId/rptOwnerCik').zfill(10)
                relationship = owner.find('reportingOwnerRelationship')
                roles = {}
                if relationship is not None:
                    for flag, role in ROLES:
                        if _true(relationship.find(flag)):
                            title = {'OFFICER': 'officerTitle', 'OTHER': 'otherText'}.get(role)
                            roles[role] = (_text(relationship, title) if title else None) or ''
                rows[(accession, cik)] = (accession, issuer, cik, period, roles)
    return list(rows.values())
