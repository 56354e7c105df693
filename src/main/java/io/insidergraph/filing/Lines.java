package io.insidergraph.filing;

/** Line and column of a byte offset, counting line ends the way XML parsers do (LF, CR LF and a lone CR). */
final class Lines {

    private Lines() {
    }

    /** 1-based {line, column} of {@code offset} in {@code b}. */
    static int[] position(byte[] b, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
