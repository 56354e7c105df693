package io.insidergraph.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table file of a data set as found: which table it is, its name inside the data set ({@code SUBMISSION.tsv}),
 * and where each column is in its rows, by header name. Columns are looked up by name, so their order, a column
 * the quarter lacks and a column it adds do not matter.
 */
record TableFile(int id, DatasetTable table, String name, Map<String, Integer> columns, int width) {

    static TableFile of(int id, DatasetTable table, String name, List<String> header) {
        var columns = new HashMap<String, Integer>();
        for (int i = header.size() - 1; i >= 0; i--) {
            columns.put(header.get(i), i);
        }
        return new TableFile(id, table, name, Map.copyOf(columns), header.size());
    }

    /** The position of the first of these column names the file has, or -1. */
    int index(String... names) {
        for (var name : names) {
            var index = columns.get(name);
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** How a reason names this file: its name, and the table too when the name does not say it. */
    String label() {
        var base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.toUpperCase(java.util.Locale.ROOT).startsWith(table.name()) ? base
                : base + " (" + table.name() + ")";
    }
}
