package io.insidergraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a network in one file format, reading its nodes and then its edges once; never closes {@code out}. */
interface NetworkWriter {

    void write(NetworkExport network, OutputStream out) throws IOException;
}
