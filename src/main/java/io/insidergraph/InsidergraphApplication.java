package io.insidergraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InsidergraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(InsidergraphApplication.class, args);
    }
}
