package io.insidergraph.ingest;

import java.nio.file.Path;
import java.util.List;

/** Where the documents of a run come from: paths on disk, or the sample filings on the classpath. */
interface DocumentSource {

    /** Hands every document (and every unreadable input) to the visitor, in order. */
    void feed(InputWalker.Visitor visitor) throws InterruptedException;

    /** Bytes consumed so far and in all, for progress; 0 when unknown. */
    default long bytesRead() {
        return 0;
    }

    default long totalBytes() {
        return 0;
    }

    static DocumentSource of(List<Path> paths, long maxDocumentBytes) {
        var walker = new InputWalker(maxDocumentBytes, Path.of(System.getProperty("java.io.tmpdir")));
        long total = InputWalker.totalBytes(paths);
        return new DocumentSource() {
            @Override
            public void feed(InputWalker.Visitor visitor) throws InterruptedException {
                walker.walk(paths, visitor);
            }

            @Override
            public long bytesRead() {
                return walker.bytesRead();
            }

            @Override
            public long totalBytes() {
                return total;
            }
        };
    }
}
