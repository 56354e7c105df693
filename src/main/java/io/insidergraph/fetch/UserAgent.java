package io.insidergraph.fetch;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The User-Agent every request declares. The SEC's fair-access policy asks automated clients to name themselves
 * and give a contact email, and blocks those that do not; so fetching refuses to start without one.
 */
public record UserAgent(String value) {

    static final String REQUIREMENT = "SEC EDGAR requires a User-Agent that names you and gives a contact email, "
            + "e.g. 'Jane Doe jane@example.org' (fair-access policy: "
            + "https://www.sec.gov/os/accessing-edgar-data). Give it with --user-agent, the setting "
            + "insidergraph.edgar.user-agent, or the environment variable INSIDERGRAPH_EDGAR_USER_AGENT.";

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()]+@[^\\s@<>()]+\\.[A-Za-z]{2,}");

    public UserAgent {
        var email = EMAIL.matcher(value);
        if (!email.find()) {
            throw new MissingUserAgentException("The User-Agent '" + value + "' has no contact email. " + REQUIREMENT);
        }
        if (value.substring(0, email.start()).concat(value.substring(email.end())).replaceAll("[\\W_]", "").isEmpty()) {
            throw new MissingUserAgentException("The User-Agent '" + value + "' does not name you. " + REQUIREMENT);
        }
    }

    /** The configured value, checked; throws {@link MissingUserAgentException} with the reason when unusable. */
    public static UserAgent of(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            throw new MissingUserAgentException("No User-Agent is configured. " + REQUIREMENT);
        }
        return new UserAgent(configured.strip());
    }

    /** Thrown when no usable User-Agent is configured; its message says why one is needed and how to give it. */
    public static final class MissingUserAgentException extends IllegalStateException {
        MissingUserAgentException(String message) {
            super(message);
        }
    }
}
