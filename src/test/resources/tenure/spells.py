# The tenure rule of issue 14, written independently of the Java and Cypher writers: the spells of every role of
# every owner at every issuer in a folder of filings, one TSV row per spell (until empty when no filing ended it).
#   python3 spells.py FOLDER > spells-FOLDER.tsv
# Rule: on periods of report, the filings of one day taken together (the role holds that day if any of them reports
# it), a spell runs from the first day that reports the role up to, not including, the next day of filings of the
# same owner for the same issuer none of which reports it; a role reported again after that starts a new spell.
import collections, datetime, sys
from ownership import reports, ROLES

days = collections.defaultdict(lambda: collections.defaultdict(list))
for accession, issuer, owner, period, roles in reports(sys.argv[1]):
    days[(owner, issuer)][period].append((accession, roles))

print('owner\tissuer\trole\tsince\tlastReported\tuntil\tfilings\ttitle')
for (owner, issuer) in sorted(days):
    by_day = days[(owner, issuer)]
    for _, role in ROLES:
        spells, open_ = [], None
        for day in sorted(by_day):
            filed = sorted(by_day[day])
            reporting = [roles[role] for _, roles in filed if role in roles]
            titles = [t for t in reporting if t]
            if reporting:
                if open_ is None:
                    open_ = dict(since=day, last=day, filings=0, title='')
                open_['last'] = day
                open_['filings'] += len(reporting)
                open_['title'] = titles[-1] if titles else open_['title']
            elif open_ is not None:
                open_['until'] = (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()
                spells.append(open_)
                open_ = None
        if open_ is not None:
            spells.append(open_)
        for s in spells:
            print('\t'.join([owner, issuer, role, s['since'], s['last'], s.get('until', ''), str(s['filings']),
                             s['title']]))
