package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.filing.OwnershipFiling;

/**
 * Decides, for one batch, what to write: a filing whose accession number is already stored from the same bytes is
 * skipped; from other bytes (the same filing in another envelope) it is skipped too, unless the new copy carries
 * the SGML header the stored one lacks, in which case it replaces it. Within a batch, the same rule picks one copy
 * of each accession number.
 */
record WritePlan(List<OwnershipFiling> toWrite, List<String> toReplace, List<OwnershipFiling> skipped) {

    /** What is stored for an accession number. */
    record Stored(String sha256, boolean hasHeader) {
    }

    /** The distinct accession numbers of a batch, to look up what is stored. */
    static Collection<String> accessions(List<OwnershipFiling> batch) {
        return deduplicate(batch, new ArrayList<>()).keySet();
    }

    static WritePlan of(List<OwnershipFiling> batch, Map<String, Stored> stored) {
        var skipped = new ArrayList<OwnershipFiling>();
        var toWrite = new ArrayList<OwnershipFiling>();
        var toReplace = new ArrayList<String>();
        for (var filing : deduplicate(batch, skipped).values()) {
            var existing = stored.get(filing.accessionNumber());
            if (existing == null) {
                toWrite.add(filing);
            }
            else if (!filing.sha256().equals(existing.sha256()) && filing.header() != null && !existing.hasHeader()) {
                toReplace.add(filing.accessionNumber());
                toWrite.add(filing);
            }
            else {
                skipped.add(filing);
            }
        }
        return new WritePlan(toWrite, toReplace, skipped);
    }

    GraphWriter.WriteOutcome outcome() {
        return new GraphWriter.WriteOutcome(toWrite, toReplace, skipped);
    }

    private static Map<String, OwnershipFiling> deduplicate(List<OwnershipFiling> batch, List<OwnershipFiling> skipped) {
        var byAccession = new LinkedHashMap<String, OwnershipFiling>();
        for (var filing : batch) {
            var earlier = byAccession.putIfAbsent(filing.accessionNumber(), filing);
            if (earlier != null) {
                boolean richer = filing.header() != null && earlier.header() == null;
                if (richer) {
                    byAccession.put(filing.accessionNumber(), filing);
                }
                skipped.add(richer ? earlier : filing);
            }
        }
        return byAccession;
    }
}
