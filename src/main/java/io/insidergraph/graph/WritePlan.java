package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for one batch, what to write. Of the copies of one accession number (those in the batch and the one
 * stored, if any) the graph keeps the best by {@link CopyRank}, so the outcome does not depend on which arrived
 * first: a copy with the same bytes as another is skipped (the filing's {@code source} becomes the least of their
 * paths, {@code sourceUpdates}, so that it too is the same in any order); a copy that holds the same filing as the
 * kept one (in another envelope, say) is skipped or replaced without a word; a copy that holds something else is a
 * {@link CopyConflict}, reported with the fields that differ, and either not stored ({@code lost}) or replaced.
 */
record WritePlan(List<OwnershipFiling> toWrite, List<StoredCopy> toReplace, List<OwnershipFiling> skipped,
        List<OwnershipFiling> lost, List<CopyConflict> conflicts, Map<String, String> sourceUpdates) {

    private static final String STORED_COPIES = CypherResources.load("ingest/11-stored-copies.cypher");

    /** The bytes and path of a stored copy, to tell whether a new copy is the same bytes. */
    record Stored(String sha256, String source) {
    }

    /** A copy in the graph, as {@code 11-stored-copies.cypher} reads it, and what it touches beyond itself. */
    record StoredCopy(CopyContent content, String issuerCik, List<String> ownerCiks, List<String> securityIds) {

        /** The securities a stored copy names: those of its rows, and those its derivative rows convert into. */
        @SuppressWarnings("unchecked")
        static StoredCopy of(Map<String, Object> row) {
            var issuerCik = (String) row.get("issuerCik");
            var securityIds = new LinkedHashSet<String>();
            for (var stored : (List<Map<String, Object>>) row.get("rows")) {
                securityIds.addAll((List<String>) stored.get("securities"));
                var properties = (Map<String, Object>) stored.get("properties");
                var underlying = (String) properties.get("underlyingSecurityTitle");
                if (underlying != null && Boolean.TRUE.equals(properties.get("derivative"))) {
                    securityIds.add(WriteBatchBuilder.securityId(issuerCik, false, underlying));
                }
            }
            return new StoredCopy(CopyContent.ofStored(row), issuerCik,
                    ((List<Map<String, Object>>) row.get("owners")).stream().map(o -> (String) o.get("cik")).toList(),
                    List.copyOf(securityIds));
        }
    }

    /** The accession numbers whose stored copy is replaced. */
    List<String> replacedAccessions() {
        return toReplace.stream().map(stored -> stored.content().accession()).toList();
    }

    /** The distinct accession numbers of a batch, to look up what is stored. */
    static Collection<String> accessions(List<OwnershipFiling> batch) {
        var accessions = new LinkedHashSet<String>();
        batch.forEach(filing -> accessions.add(filing.accessionNumber()));
        return accessions;
    }

    /** The accession numbers whose stored copy must be read to rank it: some copy in the batch has other bytes. */
    static Set<String> storedCopiesToRead(List<OwnershipFiling> batch, Map<String, Stored> stored) {
        var accessions = new LinkedHashSet<String>();
        for (var filing : batch) {
            var copy = stored.get(filing.accessionNumber());
            if (copy != null && !copy.sha256().equals(filing.sha256())) {
                accessions.add(filing.accessionNumber());
            }
        }
        return accessions;
    }

    /**
     * Plans a batch, reading through {@code statements} the stored copies it must rank against.
     *
     * @param stored the stored copies of the batch's accession numbers
     */
    static WritePlan of(List<OwnershipFiling> batch, Map<String, Stored> stored, Statements statements) {
        var toRead = storedCopiesToRead(batch, stored);
        var copies = new HashMap<String, StoredCopy>();
        if (!toRead.isEmpty()) {
            for (var row : statements.run(STORED_COPIES, Map.of("accessions", List.copyOf(toRead)))) {
                var copy = StoredCopy.of(row);
                copies.put(copy.content().accession(), copy);
            }
        }
        return of(batch, stored, copies);
    }

    /**
     * @param stored the bytes and path of each stored copy, by accession number
     * @param storedCopies the stored copies {@link #storedCopiesToRead} named
     */
    static WritePlan of(List<OwnershipFiling> batch, Map<String, Stored> stored,
            Map<String, StoredCopy> storedCopies) {
        var plan = new WritePlan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new LinkedHashMap<>());
        var byAccession = new LinkedHashMap<String, List<OwnershipFiling>>();
        batch.forEach(filing -> byAccession.computeIfAbsent(filing.accessionNumber(), a -> new ArrayList<>())
                .add(filing));
        byAccession.forEach((accession, copies) -> plan.decide(copies, stored.get(accession),
                storedCopies.get(accession)));
        return plan;
    }

    GraphWriter.WriteOutcome outcome() {
        return new GraphWriter.WriteOutcome(List.copyOf(toWrite), replacedAccessions(), List.copyOf(skipped),
                List.copyOf(lost), List.copyOf(conflicts));
    }

    private void decide(List<OwnershipFiling> copies, @Nullable Stored storedBytes, @Nullable StoredCopy stored) {
        var distinct = new LinkedHashMap<String, OwnershipFiling>();
        for (var copy : copies) {
            if (storedBytes != null && copy.sha256().equals(storedBytes.sha256())) {
                skipped.add(copy);
                var least = sourceUpdates.getOrDefault(copy.accessionNumber(), storedBytes.source());
                if (copy.source().compareTo(least) < 0) {
                    sourceUpdates.put(copy.accessionNumber(), copy.source());
                }
                continue;
            }
            // of copies with the same bytes, the one read from the least path is written, whatever came first
            var same = distinct.get(copy.sha256());
            if (same == null) {
                distinct.put(copy.sha256(), copy);
            }
            else if (copy.source().compareTo(same.source()) < 0) {
                distinct.put(copy.sha256(), copy);
                skipped.add(same);
            }
            else {
                skipped.add(copy);
            }
        }
        if (distinct.isEmpty()) {
            return;
        }
        if (storedBytes == null && distinct.size() == 1) {
            toWrite.add(distinct.values().iterator().next());
            return;
        }
        if (storedBytes != null && stored == null) {
            throw new IllegalStateException("The stored copy of " + copies.getFirst().accessionNumber()
                    + " was not read");
        }
        var candidates = new LinkedHashMap<CopyContent, @Nullable OwnershipFiling>();
        if (stored != null) {
            candidates.put(stored.content(), null);
        }
        distinct.values().forEach(copy -> candidates.put(CopyContent.of(WriteBatchBuilder.records(copy)), copy));
        var kept = candidates.keySet().stream().reduce(CopyRank::better).orElseThrow();
        candidates.forEach((content, copy) -> {
            if (content == kept) {
                return;
            }
            var differences = kept.differences(content);
            if (!differences.isEmpty()) {
                conflicts.add(new CopyConflict(kept.accession(), copy(kept), copy(content),
                        CopyRank.reason(kept, content), differences, copy == null));
            }
            if (copy == null) {
                toReplace.add(stored);
            }
            else if (differences.isEmpty()) {
                skipped.add(copy);
            }
            else {
                lost.add(copy);
            }
        });
        var winner = candidates.get(kept);
        if (winner != null) {
            toWrite.add(winner);
            sourceUpdates.remove(winner.accessionNumber());
        }
    }

    private static CopyConflict.Copy copy(CopyContent content) {
        return new CopyConflict.Copy(content.source(), content.sha256(), content.envelope().name());
    }
}
