package io.insidergraph.network;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each step of computing a network, in {@code insidergraph.network.steps{step=...}} (Prometheus:
 * {@code insidergraph_network_steps_seconds}): the projection's read, building it, each metric, the communities and
 * the names' read, so that a slow network shows which step it spent its time in. A cached answer times nothing.
 */
final class NetworkSteps {

    static final String METER = "insidergraph.network.steps";

    private final MeterRegistry meters;

    NetworkSteps(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T time(String step, Supplier<T> work) {
        var timer = Timer.builder(METER).tag("step", step)
                .description("Time spent computing networks, by step").register(meters);
        return timer.record(work);
    }
}
