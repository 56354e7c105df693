# Counts what the graph must hold after ingesting a folder of filings, read independently of the Java code
# (Python ElementTree). Used to write the expected values of IngestPipelineIT: python3 count_graph.py samples/filings
import re, sys, os, glob, collections
import xml.etree.ElementTree as ET
def xml_of(t):
    i = t.find('<ownershipDocument'); j = t.find('</ownershipDocument>')
    return t[i:j+len('</ownershipDocument>')]
def v(el, path):
    x = el.find(path)
    if x is None: return None
    val = x.find('value')
    return (val.text or '').strip() if val is not None and val.text else None
files = sorted(glob.glob(sys.argv[1] + '/*.*'))
files = [f for f in files if not f.endswith('.md')]
C = collections.Counter()
ents = set(); issuers=set(); secs=set(); und=set(); roles=collections.defaultdict(set); fn_edges=0
for f in files:
    t = open(f, encoding='latin-1').read()
    x = xml_of(t)
    x = re.sub(r'&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)', '&amp;', x)
    root = ET.fromstring(x)
    C['filings'] += 1
    iss = root.find('issuer/issuerCik').text.strip().zfill(10)
    ents.add(iss); issuers.add(iss)
    fids = {fn.get('id') for fn in root.iter('footnote')}
    C['footnotes'] += len(fids)
    for o in root.findall('reportingOwner'):
        cik = o.find('reportingOwnerId/rptOwnerCik').text.strip().zfill(10)
        ents.add(cik); C['filed'] += 1
        rel = o.find('reportingOwnerRelationship')
        for flag, role in [('isDirector','DIRECTOR_OF'),('isOfficer','OFFICER_OF'),('isTenPercentOwner','TEN_PERCENT_OWNER_OF'),('isOther','OTHER_INSIDER_OF')]:
            e = rel.find(flag) if rel is not None else None
            if e is not None and (e.text or '').strip().lower() in ('1','true'):
                roles[role].add((cik, iss))
    for tab, deriv in [('nonDerivativeTable', False), ('derivativeTable', True)]:
        tb = root.find(tab)
        if tb is None: continue
        for row in tb:
            kind = 'tx' if row.tag.endswith('Transaction') else 'h'
            C[kind] += 1
            title = v(row, 'securityTitle') or '(untitled)'
            sid = (iss, deriv, ' '.join(title.split()).lower())
            secs.add(sid)
            ut = v(row, 'underlyingSecurity/underlyingSecurityTitle')
            if deriv and ut:
                uid = (iss, False, ' '.join(ut.split()).lower()); secs.add(uid); und.add((sid, uid))
            for fr in row.iter('footnoteId'):
                if fr.get('id') in fids: fn_edges += 1
print(dict(C), 'entities', len(ents), 'issuers', len(issuers), 'securities', len(secs), 'underlying', len(und), 'footnoteEdges', fn_edges, {k: len(s) for k,s in roles.items()})
