package io.kaonet.api.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much memory the caches may hold, {@code kaonet.cache.*}; 0 (the default) sizes a cache by the
 * heap: projections a quarter of it, analysis results an eighth. Each cache drops its least recently
 * used entries first when over its size; sizes are estimated bytes, not counts.
 *
 * @param projections the most bytes of projected graphs kept
 * @param analyses    the most bytes of analysis results kept
 */
@ConfigurationProperties("kaonet.cache")
public record CacheSettings(@DefaultValue("0") DataSize projections, @DefaultValue("0") DataSize analyses) {

    public CacheSettings {
        if (projections.isNegative() || analyses.isNegative()) {
            throw new IllegalArgumentException("kaonet.cache sizes must not be negative, were " + projections + " and "
                    + analyses);
        }
    }

    /** The projection budget in bytes. */
    public long projectionBytes() {
        return projections.toBytes() == 0 ? Runtime.getRuntime().maxMemory() / 4 : projections.toBytes();
    }

    /** The analysis-result budget in bytes. */
    public long analysisBytes() {
        return analyses.toBytes() == 0 ? Runtime.getRuntime().maxMemory() / 8 : analyses.toBytes();
    }
}
