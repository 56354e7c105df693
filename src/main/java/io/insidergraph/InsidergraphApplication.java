package io.insidergraph;

import io.insidergraph.cli.InsidergraphCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; {@link #main} hands the command line to picocli, which starts it. */
@SpringBootApplication
public class InsidergraphApplication {

    public static void main(String[] args) {
        InsidergraphCli.main(InsidergraphApplication.class, args);
    }
}
