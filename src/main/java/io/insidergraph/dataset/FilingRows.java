package io.insidergraph.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every row of one accession number, by table, in the order they were read. */
final class FilingRows {

    private final String accession;
    private final Map<DatasetTable, List<Spool.Row>> rows = new EnumMap<>(DatasetTable.class);
    private long chars;

    FilingRows(String accession) {
        this.accession = accession;
    }

    String accession() {
        return accession;
    }

    void add(DatasetTable table, Spool.Row row) {
        rows.computeIfAbsent(table, t -> new ArrayList<>(2)).add(row);
        for (var field : row.fields()) {
            chars += field.length();
        }
    }

    List<Spool.Row> of(DatasetTable table) {
        return rows.getOrDefault(table, List.of());
    }

    /** The tables that hold rows of this accession. */
    java.util.Set<DatasetTable> tables() {
        return rows.keySet();
    }

    /** The characters of all its fields: what the filing's records will take in memory, roughly. */
    long chars() {
        return chars;
    }
}
