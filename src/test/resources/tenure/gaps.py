# Measures how long insiders go between reports, to choose the tenure rule's default grace period (README, "Who held
# a role when"). Not run by the build; its output is committed beside it (gaps.txt).
#   python3 gaps.py CORPUS_FOLDER [FORM345_DATASET_FOLDER]
# 1. corpus: the gap in days between consecutive filing days of the same owner, issuer and role (days taken together,
#    as the rule does, and only within a spell: a day that does not report the role ends the run).
# 2. data sets (SUBMISSION.tsv + OWNER_SIGNATURE.tsv of one quarter): without REPORTINGOWNER.tsv there is no owner CIK
#    nor role, so only a proxy: filings of one issuer signed by the same person without an attorney-in-fact, agent or
#    "by" in the signature (the owner's own signature), one filing owner per filing; gaps within one quarter.
import collections, csv, datetime, re, sys
from ownership import reports, ROLES

D = datetime.date.fromisoformat
THRESHOLDS = (30, 90, 180, 365, 400, 450, 540, 720)


def describe(name, gaps):
    gaps = sorted(gaps)
    n = len(gaps)
    if not n:
        print(name, 'no gaps')
        return
    pct = lambda p: gaps[min(n - 1, int(n * p))]
    print('%-22s gaps %4d  p50 %4d  p75 %4d  p90 %4d  p95 %4d  max %4d  ' % (name, n, pct(.5), pct(.75), pct(.9),
                                                                             pct(.95), gaps[-1])
          + '  '.join('<=%d: %3.0f%%' % (t, 100.0 * sum(g <= t for g in gaps) / n) for t in THRESHOLDS))


days = collections.defaultdict(lambda: collections.defaultdict(set))
for accession, issuer, owner, period, roles in reports(sys.argv[1]):
    days[(owner, issuer)][period].update(roles)
print('corpus: %d owner-issuer pairs' % len(days))
long_gaps = []
for _, role in ROLES + [(None, 'any role')]:
    gaps = []
    for pair, by_day in days.items():
        previous = None
        for day in sorted(by_day):
            held = bool(by_day[day]) if role == 'any role' else role in by_day[day]
            if held and previous:
                gaps.append((D(day) - D(previous)).days)
                if role == 'DIRECTOR' and gaps[-1] > 300:
                    long_gaps.append((gaps[-1], pair, previous, day))
            previous = day if held else None
    describe(role, gaps)
print('director gaps over 300 days (owner, issuer, from, to):')
for gap, pair, a, b in sorted(long_gaps):
    print('  %4d  %s %s  %s .. %s' % (gap, pair[0], pair[1], a, b))

if len(sys.argv) > 2:
    folder = sys.argv[2].rstrip('/') + '/'
    date = lambda s: datetime.datetime.strptime(s, '%d-%b-%Y').date() if s else None
    submissions = {r['ACCESSION_NUMBER']: r for r in
                   csv.DictReader(open(folder + 'SUBMISSION.tsv', encoding='utf-8'), delimiter='\t')}
    signatures = collections.defaultdict(list)
    for r in csv.DictReader(open(folder + 'OWNER_SIGNATURE.tsv', encoding='utf-8'), delimiter='\t'):
        signatures[r['ACCESSION_NUMBER']].append(r['OWNERSIGNATURENAME'])
    periods = [date(r['PERIOD_OF_REPORT']) for r in submissions.values() if r['PERIOD_OF_REPORT']]
    filed = [date(r['FILING_DATE']) for r in submissions.values()]
    print('\ndata sets: %d filings filed %s .. %s, %d issuers' % (len(submissions), min(filed), max(filed),
                                                                  len({r['ISSUERCIK'] for r in submissions.values()})))
    agent = re.compile(r'attorney|in[- ]fact|\bpoa\b|power of|\bby\b|\bfor\b|on behalf|agent|\bas\b|secretary|'
                       r'counsel|officer|authorized', re.I)
    own = collections.defaultdict(set)
    for accession, names in signatures.items():
        r = submissions.get(accession)
        if r and r['PERIOD_OF_REPORT'] and len(names) == 1 and not agent.search(names[0]):
            signer = re.sub(r'[^a-z]', '', names[0].lower().replace('/s/', ''))
            own[(r['ISSUERCIK'], signer)].add(date(r['PERIOD_OF_REPORT']))
    once = sum(1 for v in own.values() if len(v) == 1)
    print('self-signed filings: %d (issuer, signer) pairs, %d (%.0f%%) with one day of report in the quarter'
          % (len(own), once, 100.0 * once / len(own)))
    end = max(periods)
    for asof in (datetime.date(2024, 8, 15), end):
        old = sum(1 for v in own.values() if min(v) <= asof <= max(v))
        grace = sum(1 for v in own.values() if min(v) <= asof <= max(v) + datetime.timedelta(days=450))
        print('  held on %s by first-to-last report: %d of %d pairs (%.0f%%); with 450 days of grace: %d'
              % (asof, old, len(own), 100.0 * old / len(own), grace))
    quarter_start = min(filed) - datetime.timedelta(days=31)
    gaps = [(b - a).days for v in own.values() for a, b in zip(sorted(v), sorted(v)[1:]) if a >= quarter_start]
    describe('signer proxy, quarter', gaps)
