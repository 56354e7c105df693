/**
 * The jar's entry point, compiled for Java 17 so that it loads on an older default {@code java}: it runs the
 * application on a JDK 25 with the JVM flags the embedded Neo4j needs, starting that JDK itself when the JVM it
 * was started on is older or lacks the flags, and otherwise says which JDK to install. Nothing else in the project
 * may depend on it, and it names the application only by its class name.
 */
@NullMarked
package io.insidergraph.launch;

import org.jspecify.annotations.NullMarked;
