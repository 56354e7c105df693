// Role edges, one per spell, recomputed from every FILED edge between each owner and issuer the batch touched, so
// they are the same whatever the order of arrival and however often a filing is written. The tenure rule, on
// periods of report, with the filings of one day taken together (the role holds that day if any of them reports it):
// a spell starts at the first day that reports the role and is held up to, not including, the next day with filings
// of this owner for this issuer none of which reports it (stored as until, that day minus one); a spell that no such
// day ends has no until, and its end (lastReported plus a grace period) is decided per query. A role reported again
// after such a day starts a new spell. filings counts the spell's filings, title is its latest officer title or
// "other" text. A filing without a period of report cannot be placed in time and makes no spell.
UNWIND $pairs AS pair
MATCH (o:Entity {cik: pair.owner})
MATCH (c:Entity {cik: pair.issuer})
CALL (o, c) {
  OPTIONAL MATCH (o)-[r:FILED]->(f:Filing)-[:ISSUER]->(c)
  WHERE f.periodOfReport IS NOT NULL
  WITH f.periodOfReport AS day, r ORDER BY day, f.accessionNumber
  WITH day, collect(r) AS filed
  ORDER BY day
  RETURN [d IN collect({day: day,
    director: size([x IN filed WHERE x.isDirector]),
    officer: size([x IN filed WHERE x.isOfficer]),
    officerTitle: [x IN filed WHERE x.isOfficer AND x.officerTitle IS NOT NULL | x.officerTitle][-1],
    tenPercent: size([x IN filed WHERE x.isTenPercentOwner]),
    other: size([x IN filed WHERE x.isOther]),
    otherTitle: [x IN filed WHERE x.isOther AND x.otherText IS NOT NULL | x.otherText][-1]
  }) WHERE d.day IS NOT NULL] AS days
}
CALL (o, c) {
  OPTIONAL MATCH (o)-[old:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]->(c)
  DELETE old
}
UNWIND [{type: 'DIRECTOR_OF', count: 'director'},
        {type: 'OFFICER_OF', count: 'officer', title: 'officerTitle'},
        {type: 'TEN_PERCENT_OWNER_OF', count: 'tenPercent'},
        {type: 'OTHER_INSIDER_OF', count: 'other', title: 'otherTitle'}] AS role
WITH o, c, role, reduce(s = {done: [], open: null}, d IN days |
  CASE
    WHEN d[role.count] > 0 AND s.open IS NULL
      THEN {done: s.done, open: {since: d.day, lastReported: d.day, filings: d[role.count], title: d[role.title]}}
    WHEN d[role.count] > 0
      THEN {done: s.done, open: {since: s.open.since, lastReported: d.day, filings: s.open.filings + d[role.count],
                                 title: coalesce(d[role.title], s.open.title)}}
    WHEN s.open IS NULL THEN s
    ELSE {done: s.done + [{since: s.open.since, lastReported: s.open.lastReported,
                           until: d.day - duration({days: 1}), filings: s.open.filings, title: s.open.title}],
          open: null}
  END) AS spells
UNWIND spells.done + CASE WHEN spells.open IS NULL THEN [] ELSE [spells.open] END AS spell
CREATE (o)-[edge:$(role.type)]->(c)
SET edge = spell
