package io.kaonet.demo;

import java.util.Objects;

/**
 * Settings of the {@link CordisExportGenerator}. The same parameters always give the same files,
 * byte for byte. The defaults have the size of a full Horizon 2020 export: about 35,000 projects
 * and 175,000 organisation rows over 34,000 organisations.
 *
 * @param seed            seed of every random choice
 * @param projects        projects to write, from 1 to {@value #MAX_PROJECTS}
 * @param organisations   organisations to draw the participants from, from 1 to {@value #MAX_ORGANISATIONS};
 *                        every one takes part in at least one project when there are enough places
 * @param meanProjectSize mean participants per project, from {@value #MIN_MEAN_PROJECT_SIZE} to
 *                        {@value #MAX_MEAN_PROJECT_SIZE} (single-beneficiary grants pull it down,
 *                        consortia of up to {@code maxProjectSize} up)
 * @param maxProjectSize  the most participants of one project, from 2 to {@value #MAX_PROJECT_SIZE}
 * @param quirkScale      factor on the rates of every quirk of real exports, from 0 (clean files)
 *                        to {@value #MAX_QUIRK_SCALE}; 1 is the realistic rate
 * @param syntax          {@code ;}-separated CSV (as the official downloads), {@code ,}-separated CSV, or JSON
 */
public record CordisExportParameters(long seed, int projects, int organisations, double meanProjectSize,
                                     int maxProjectSize, double quirkScale, Syntax syntax) {

    /** How the files are written. */
    public enum Syntax {
        /** {@code project.csv}, {@code organization.csv} separated by {@code ;}, as CORDIS publishes them. */
        SEMICOLON_CSV,
        /** The same separated by {@code ,}. */
        COMMA_CSV,
        /** {@code project.json}, {@code organization.json}: arrays of objects; repeated values as arrays. */
        JSON
    }

    /** The day Horizon 2020 began. */
    public static final long DEFAULT_SEED = 20140101L;
    /** Horizon 2020 funded about 35,000 projects. */
    public static final int DEFAULT_PROJECTS = 35_000;
    /** About 34,000 distinct organisations took part in them. */
    public static final int DEFAULT_ORGANISATIONS = 34_000;
    /** About 175,000 organisation rows for 35,000 projects. */
    public static final double DEFAULT_MEAN_PROJECT_SIZE = 5.0;
    public static final int DEFAULT_MAX_PROJECT_SIZE = 100;
    public static final double DEFAULT_QUIRK_SCALE = 1.0;
    public static final Syntax DEFAULT_SYNTAX = Syntax.SEMICOLON_CSV;

    public static final int MAX_PROJECTS = 2_000_000;
    public static final int MAX_ORGANISATIONS = 2_000_000;
    public static final double MIN_MEAN_PROJECT_SIZE = 2.0;
    public static final double MAX_MEAN_PROJECT_SIZE = 50.0;
    public static final int MAX_PROJECT_SIZE = 1_000;
    public static final double MAX_QUIRK_SCALE = 20.0;

    /**
     * @throws IllegalArgumentException if a value is outside its range, or the mean project size
     *                                  exceeds the maximum
     * @throws NullPointerException     if {@code syntax} is null
     */
    public CordisExportParameters {
        requireRange(projects, 1, MAX_PROJECTS, "projects");
        requireRange(organisations, 1, MAX_ORGANISATIONS, "organisations");
        requireRange(maxProjectSize, 2, MAX_PROJECT_SIZE, "max project size");
        if (!(meanProjectSize >= MIN_MEAN_PROJECT_SIZE && meanProjectSize <= MAX_MEAN_PROJECT_SIZE)) {
            throw new IllegalArgumentException("mean project size must be within [" + MIN_MEAN_PROJECT_SIZE + ", "
                    + MAX_MEAN_PROJECT_SIZE + "], was " + meanProjectSize);
        }
        if (meanProjectSize > maxProjectSize) {
            throw new IllegalArgumentException("mean project size " + meanProjectSize
                    + " must not exceed the max project size " + maxProjectSize);
        }
        if (!(quirkScale >= 0 && quirkScale <= MAX_QUIRK_SCALE)) {
            throw new IllegalArgumentException("quirk scale must be within [0, " + MAX_QUIRK_SCALE + "], was " + quirkScale);
        }
        Objects.requireNonNull(syntax, "syntax must not be null");
    }

    /** A full-size Horizon 2020 export with the default seed. */
    public static CordisExportParameters defaults() {
        return scaled(DEFAULT_SEED, DEFAULT_PROJECTS);
    }

    /**
     * An export of {@code projects} projects with the organisations scaled in proportion (at least
     * one), the default mean and maximum project size, realistic quirks, {@code ;}-separated CSV.
     *
     * @throws IllegalArgumentException if {@code projects} is outside its range
     */
    public static CordisExportParameters scaled(long seed, int projects) {
        requireRange(projects, 1, MAX_PROJECTS, "projects");
        int organisations = (int) Math.max(1, Math.round((double) projects * DEFAULT_ORGANISATIONS / DEFAULT_PROJECTS));
        return new CordisExportParameters(seed, projects, organisations, DEFAULT_MEAN_PROJECT_SIZE,
                DEFAULT_MAX_PROJECT_SIZE, DEFAULT_QUIRK_SCALE, DEFAULT_SYNTAX);
    }

    /** These parameters with another syntax. */
    public CordisExportParameters withSyntax(Syntax newSyntax) {
        return new CordisExportParameters(seed, projects, organisations, meanProjectSize, maxProjectSize, quirkScale, newSyntax);
    }

    /** These parameters with another quirk scale. */
    public CordisExportParameters withQuirkScale(double newQuirkScale) {
        return new CordisExportParameters(seed, projects, organisations, meanProjectSize, maxProjectSize, newQuirkScale, syntax);
    }

    private static void requireRange(int value, int low, int high, String what) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(what + " must be within [" + low + ", " + high + "], was " + value);
        }
    }
}
