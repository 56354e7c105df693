package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The tenure rule of {@code cypher/ingest/09-roles.cypher}, for the embedded writer: the spells of one role of an
 * owner at an issuer, from the days on which the owner filed for the issuer. A spell starts at the first day that
 * reports the role and holds up to, not including, the next day whose filings do not report it ({@code until} is
 * the day before); one that no such day ends has no {@code until} (its end is the grace period's, decided per query).
 */
final class Spells {

    /**
     * One day with filings of the owner for the issuer: how many of them report the role, and the latest title they
     * give (of the filing with the highest accession number that has one).
     */
    record Day(LocalDate day, long reporting, @Nullable String title) {
    }

    /** A spell of a role: first and last day reported, the inferred last day held when a filing ended it. */
    record Spell(LocalDate since, LocalDate lastReported, @Nullable LocalDate until, long filings,
            @Nullable String title) {
    }

    private Spells() {
    }

    /** The spells of one role from the owner's filing days at the issuer, in order of day. */
    static List<Spell> of(List<Day> days) {
        var spells = new ArrayList<Spell>();
        Spell open = null;
        for (var day : days) {
            if (day.reporting() > 0) {
                open = open == null ? new Spell(day.day(), day.day(), null, day.reporting(), day.title())
                        : new Spell(open.since(), day.day(), null, open.filings() + day.reporting(),
                                day.title() != null ? day.title() : open.title());
            }
            else if (open != null) {
                spells.add(new Spell(open.since(), open.lastReported(), day.day().minusDays(1), open.filings(),
                        open.title()));
                open = null;
            }
        }
        if (open != null) {
            spells.add(open);
        }
        return spells;
    }
}
