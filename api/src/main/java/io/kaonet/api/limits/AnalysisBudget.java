package io.kaonet.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much analysis work one operation may ask for, {@code kaonet.graphql.analysis-budget.*}, in the
 * units of {@link AnalysisCost} (about a millisecond of one core each). Anonymous callers get less
 * than callers with a token.
 *
 * @param anonymous the budget of a request without a token
 * @param token     the budget of a request with a valid token
 */
@ConfigurationProperties("kaonet.graphql.analysis-budget")
public record AnalysisBudget(@DefaultValue("" + DEFAULT_ANONYMOUS) long anonymous,
                             @DefaultValue("" + DEFAULT_TOKEN) long token) {

    public static final long DEFAULT_ANONYMOUS = 20_000;
    public static final long DEFAULT_TOKEN = 50_000;

    public AnalysisBudget {
        if (anonymous < 1) {
            throw new IllegalArgumentException("kaonet.graphql.analysis-budget.anonymous must be at least 1, was " + anonymous);
        }
        if (token < 1) {
            throw new IllegalArgumentException("kaonet.graphql.analysis-budget.token must be at least 1, was " + token);
        }
    }
}
