/**
 * The command line ({@code serve}, the default, {@code ingest} and {@code fetch}), built on picocli. Each command starts the
 * Spring application in the shape it needs (a web server, or none) and passes every {@code --some.property=value}
 * argument on to Spring.
 */
@NullMarked
package io.insidergraph.cli;

import org.jspecify.annotations.NullMarked;
