package io.insidergraph.dataset;

import org.jspecify.annotations.Nullable;

/** A row that cannot be read as its table defines: the reason names the table file, the line and the column. */
final class BadRowException extends Exception {

    BadRowException(TableFile file, long line, @Nullable String column, String problem) {
        super(file.label() + " line " + line + (column == null ? "" : ", column " + column) + ": " + problem);
    }
}
