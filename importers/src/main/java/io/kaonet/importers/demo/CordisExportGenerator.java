package io.kaonet.importers.demo;

import io.kaonet.importers.demo.CordisExportGenerator.Parameters.Syntax;
import io.kaonet.importers.demo.CordisVocabulary.City;
import io.kaonet.importers.demo.CordisVocabulary.Country;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a SYNTHETIC CORDIS export ({@code project.csv} and {@code organization.csv}, or their JSON
 * form) shaped like the full Horizon 2020 download, for testing and timing the CORDIS importer on
 * files of real size. Every organisation name ends in "(SYNTHETIC)"; no row describes a real project
 * or organisation.
 *
 * <p>Shape: the columns of the real files in their order; project sizes from 1 to
 * {@code maxProjectSize} ({@value #SINGLE_BENEFICIARY_SHARE} of projects single-beneficiary grants,
 * the consortia log-normal) with the mean asked for; participations per organisation heavy-tailed
 * (each organisation joins one project, the other places go to organisations drawn by a Lomax
 * weight with tail index {@value #PARTICIPATION_TAIL}, times a reach per activity type, so that a
 * few universities and institutes take part in a thousand projects and about half of the
 * organisations in one); rows of a project share its update time, drawn from a pool of update runs
 * so that equal times occur.
 *
 * <p>Quirks of real exports, each at a realistic rate times {@code quirkScale}: an organisation
 * listed twice in a project written as one row with joined values ({@code "PRC;PRC"},
 * {@code "participant;thirdParty"}, {@code "1000,5;200"}) or as a second row; amounts with decimal
 * commas (some with {@code .} between thousands); empty NUTS codes, SME flags and contributions;
 * city spellings ({@code MUNCHEN}, {@code MUENCHEN}, {@code München}; always, unless the scale is 0);
 * CORDIS's country codes {@code EL} and {@code UK}; quoted fields with separators, quotes and line
 * breaks; empty acronyms; organisations described differently (another name, SME flag or NUTS code)
 * in some of their rows. {@link CordisExportSummary} counts each.
 *
 * <p>Deterministic: the same parameters give byte-identical files ({@link java.util.Random} is
 * specified; each stage rolls its own dice). Cost: O(rows) time and O(projects + organisations)
 * memory; the full-size export (132 MB of CSV) takes under ten seconds.
 */
public final class CordisExportGenerator {

    /** The columns of CORDIS's {@code project.csv}, in order. */
    public static final List<String> PROJECT_COLUMNS = List.of("id", "acronym", "status", "title", "startDate",
            "endDate", "totalCost", "ecMaxContribution", "legalBasis", "topics", "ecSignatureDate",
            "frameworkProgramme", "masterCall", "subCall", "fundingScheme", "objective", "contentUpdateDate", "rcn",
            "grantDoi");
    /** The columns of CORDIS's {@code organization.csv}, in order. */
    public static final List<String> ORGANISATION_COLUMNS = List.of("projectID", "projectAcronym", "organisationID",
            "vatNumber", "name", "shortName", "SME", "activityType", "street", "postCode", "city", "country",
            "nutsCode", "geolocation", "organizationURL", "contactForm", "contentUpdateDate", "rcn", "order", "role",
            "ecContribution", "netEcContribution", "totalCost", "endOfParticipation");

    static final double SINGLE_BENEFICIARY_SHARE = 0.35;
    static final double CONSORTIUM_SIZE_SIGMA = 0.8;
    static final double PARTICIPATION_TAIL = 1.1;
    static final double MAX_PARTICIPATION_WEIGHT = 2_000;
    static final int PROJECTS_PER_UPDATE_RUN = 20;

    static final double JOINED_VALUE_RATE = 0.004;
    static final double REPEATED_ROW_RATE = 0.003;
    static final double DECIMAL_COMMA_RATE = 0.04;
    static final double THOUSANDS_SEPARATOR_SHARE = 0.2;
    static final double EMPTY_NUTS_RATE = 0.06;
    static final double EMPTY_SME_RATE = 0.03;
    static final double EMPTY_CONTRIBUTION_RATE = 0.04;
    static final double REDESCRIBED_ORGANISATION_RATE = 0.12;
    static final double REDESCRIBED_ROW_SHARE = 0.4;
    static final double MULTILINE_OBJECTIVE_RATE = 0.2;
    static final double MULTILINE_TITLE_RATE = 0.005;
    static final double MULTILINE_NAME_RATE = 0.001;
    static final double SEPARATOR_TITLE_RATE = 0.25;
    static final double SEPARATOR_NAME_RATE = 0.05;
    static final double EMPTY_ACRONYM_RATE = 0.003;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String CONTACT_FORM = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/contact-form/project/";

    private final Parameters parameters;

    /**
     * @throws NullPointerException if {@code parameters} is null
     */
    public CordisExportGenerator(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /**
     * Writes the two files into {@code folder} (created if missing; files of the same names are replaced).
     *
     * @return what was written
     * @throws IOException if the files cannot be written
     */
    public CordisExportSummary writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new Run(folder).write();
    }

    /**
     * Writes an export into the folder given as first argument and prints its counts.
     *
     * @param args {@code <folder> [projects] [seed] [--comma|--json] [--clean]}; projects default to
     *             {@value Parameters#DEFAULT_PROJECTS} (the full Horizon 2020 size)
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Syntax syntax = Parameters.DEFAULT_SYNTAX;
        double quirks = Parameters.DEFAULT_QUIRK_SCALE;
        for (String a : args) {
            switch (a) {
                case "--comma" -> syntax = Syntax.COMMA_CSV;
                case "--json" -> syntax = Syntax.JSON;
                case "--clean" -> quirks = 0;
                default -> positional.add(a);
            }
        }
        if (positional.isEmpty() || positional.size() > 3 || positional.get(0).startsWith("--")) {
            System.err.println("usage: CordisExportGenerator <folder> [projects] [seed] [--comma|--json] [--clean]"
                    + "   (default " + Parameters.DEFAULT_PROJECTS + " projects, seed "
                    + Parameters.DEFAULT_SEED + ")");
            System.exit(2);
            return;
        }
        Parameters parameters;
        try {
            int projects = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : Parameters.DEFAULT_PROJECTS;
            long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : Parameters.DEFAULT_SEED;
            parameters = Parameters.scaled(seed, projects).withSyntax(syntax).withQuirkScale(quirks);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path folder = Path.of(positional.get(0));
        long start = System.nanoTime();
        CordisExportSummary summary = new CordisExportGenerator(parameters).writeTo(folder);
        System.out.printf(Locale.ROOT, "SYNTHETIC CORDIS export (%s) written to %s in %.1f s%n", parameters, folder,
                (System.nanoTime() - start) / 1e9);
        System.out.print(summary.describe());
    }

    /** An organisation: its description, and another one some of its rows give. */
    private record Organisation(String id, String type, boolean sme, Country country, City city, String name,
                                String shortName, String vat, String street, String postCode, String geolocation,
                                String url, double weight, String otherName, Boolean otherSme, String otherNuts) {
    }

    /** One generation: the stages in order, with the counts of the summary. */
    private final class Run {

        private final Path folder;
        private final Parameters p = parameters;
        private final Organisation[] organisations;
        private int[][] members;
        private String[] acronyms;
        private String[] updated;
        private int joined;
        private int repeated;
        private int decimalCommas;
        private int emptyNuts;
        private int emptySme;
        private int emptyContributions;
        private int cityVariants;
        private int multiline;
        private int separators;
        private boolean[] redescribedWritten;

        Run(Path folder) {
            this.folder = folder;
            this.organisations = new Organisation[p.organisations()];
        }

        CordisExportSummary write() throws IOException {
            makeOrganisations(new Dice(p.seed(), 1));
            makeProjects(new Dice(p.seed(), 2));
            boolean json = p.syntax() == Syntax.JSON;
            char separator = switch (p.syntax()) {
                case SEMICOLON_CSV -> ';';
                case COMMA_CSV -> ',';
                case JSON -> 0;
            };
            Path projectFile = folder.resolve(json ? "project.json" : "project.csv");
            Path organisationFile = folder.resolve(json ? "organization.json" : "organization.csv");
            try (CordisTableWriter out = new CordisTableWriter(projectFile, PROJECT_COLUMNS, separator)) {
                writeProjects(out, new Dice(p.seed(), 3));
            }
            long rows;
            try (CordisTableWriter out = new CordisTableWriter(organisationFile, ORGANISATION_COLUMNS, separator)) {
                rows = writeOrganisationRows(out, new Dice(p.seed(), 4));
            }
            int pairs = 0;
            boolean[] used = new boolean[organisations.length];
            for (int[] m : members) {
                pairs += m.length;
                for (int o : m) {
                    used[o] = true;
                }
            }
            int distinct = 0;
            int redescribed = 0;
            for (int i = 0; i < used.length; i++) {
                distinct += used[i] ? 1 : 0;
                redescribed += redescribedWritten[i] ? 1 : 0;
            }
            return new CordisExportSummary(members.length, distinct, pairs, rows, joined, repeated, decimalCommas,
                    emptyNuts, emptySme, emptyContributions, cityVariants, multiline, separators, redescribed,
                    List.of(projectFile, organisationFile));
        }

        private double rate(double realistic) {
            return Math.min(1, realistic * p.quirkScale());
        }

        // ---- stage 1: organisations

        private void makeOrganisations(Dice dice) {
            for (int i = 0; i < organisations.length; i++) {
                int t = dice.pickWeighted(List.of(0, 1, 2, 3, 4), CordisVocabulary.ACTIVITY_TYPE_SHARES::get);
                String type = CordisVocabulary.ACTIVITY_TYPES.get(t);
                Country country = dice.pickWeighted(CordisVocabulary.COUNTRIES, Country::weight);
                City city = dice.pick(country.cities());
                boolean sme = type.equals("PRC") ? dice.chance(0.6) : type.equals("OTH") && dice.chance(0.1);
                String id = String.valueOf(950_000_000 + i);
                String name = name(dice, type, city, i);
                String shortName = initials(name);
                String vat = dice.chance(0.8) ? country.vatPrefix() + (100_000_000 + dice.between(0, 899_999_999)) : null;
                String street = dice.pick(CordisVocabulary.FIELDS) + (dice.chance(0.5) ? " STRASSE " : " AVENUE ")
                        + dice.between(1, 250) + (dice.chance(0.1) ? ", BUILDING " + dice.between(1, 20) : "");
                String postCode = String.valueOf(dice.between(1000, 99999));
                String geo = String.format(Locale.ROOT, "%.7f,%.7f", city.latitude() + (dice.nextDouble() - 0.5) * 0.1,
                        city.longitude() + (dice.nextDouble() - 0.5) * 0.1);
                String url = "http://www." + shortName.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
                double lomax = Math.min(MAX_PARTICIPATION_WEIGHT,
                        Math.pow(1 - dice.nextDouble(), -1 / PARTICIPATION_TAIL) - 1);
                double weight = lomax * CordisVocabulary.ACTIVITY_TYPE_REACH.get(t);
                String otherName = null;
                Boolean otherSme = null;
                String otherNuts = null;
                if (dice.chance(rate(REDESCRIBED_ORGANISATION_RATE))) {
                    otherName = dice.chance(0.7) ? name.replace(" (SYNTHETIC)", " FORMERLY " + dice.pick(CordisVocabulary.SYLLABLES)
                            + dice.pick(CordisVocabulary.SYLLABLES) + " (SYNTHETIC)") : name;
                    otherSme = type.equals("PRC") && dice.chance(0.5) ? !sme : sme;
                    otherNuts = dice.chance(0.3) ? city.nuts().isEmpty() ? "" : city.nuts().substring(0, 4) + "Z" : city.nuts();
                }
                organisations[i] = new Organisation(id, type, sme, country, city, name, shortName, vat, street, postCode,
                        geo, url, weight, otherName, otherSme, otherNuts);
            }
            redescribedWritten = new boolean[organisations.length];
        }

        private String name(Dice dice, String type, City city, int serial) {
            String place = city.spellings().get(0);
            String field = dice.pick(CordisVocabulary.FIELDS);
            String base = switch (type) {
                case "HES" -> dice.chance(0.5) ? "UNIVERSITY OF " + place : place + " TECHNICAL UNIVERSITY";
                case "REC" -> place + " INSTITUTE FOR " + field + " RESEARCH";
                case "PUB" -> dice.chance(0.5) ? "CITY OF " + place : "REGIONAL " + field + " AGENCY " + place;
                case "OTH" -> "EUROPEAN " + field + " ASSOCIATION";
                default -> dice.pick(CordisVocabulary.SYLLABLES) + dice.pick(CordisVocabulary.SYLLABLES)
                        + dice.pick(CordisVocabulary.SYLLABLES) + " " + field + " " + dice.pick(CordisVocabulary.LEGAL_FORMS);
            };
            if (dice.chance(rate(SEPARATOR_NAME_RATE))) {
                separators++;
                base = switch (dice.between(0, 2)) {
                    case 0 -> base + ", DEPARTMENT OF " + field;
                    case 1 -> base + "; " + field + " DIVISION";
                    default -> "\"" + base + "\"";
                };
            } else if (dice.chance(rate(MULTILINE_NAME_RATE))) {
                multiline++;
                base = base + "\n" + field + " DIVISION";
            }
            return base + " " + serial + " (SYNTHETIC)";
        }

        private static String initials(String name) {
            StringBuilder s = new StringBuilder();
            for (String word : name.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !word.equals("SYNTHETIC")) {
                    s.append(word.charAt(0));
                }
            }
            return s.toString();
        }

        // ---- stage 2: projects and who takes part

        private void makeProjects(Dice dice) {
            int n = p.projects();
            int maxSize = Math.min(p.maxProjectSize(), organisations.length);
            double consortiumMean = (p.meanProjectSize() - SINGLE_BENEFICIARY_SHARE) / (1 - SINGLE_BENEFICIARY_SHARE);
            double median = consortiumMean * Math.exp(-CONSORTIUM_SIZE_SIGMA * CONSORTIUM_SIZE_SIGMA / 2);
            int[] sizes = new int[n];
            int total = 0;
            for (int j = 0; j < n; j++) {
                sizes[j] = dice.chance(SINGLE_BENEFICIARY_SHARE) ? 1
                        : (int) Math.max(2, Math.min(maxSize, Math.round(dice.lognormal(median, CONSORTIUM_SIZE_SIGMA))));
                sizes[j] = Math.min(sizes[j], maxSize);
                total += sizes[j];
            }
            // Every organisation first takes one place drawn at random, so that each appears at least once.
            int[] slots = new int[total];
            for (int j = 0, k = 0; j < n; j++) {
                for (int s = 0; s < sizes[j]; s++) {
                    slots[k++] = j;
                }
            }
            for (int k = total - 1; k > 0; k--) {
                int r = dice.between(0, k);
                int t = slots[k];
                slots[k] = slots[r];
                slots[r] = t;
            }
            members = new int[n][];
            int[] filled = new int[n];
            for (int j = 0; j < n; j++) {
                members[j] = new int[sizes[j]];
            }
            for (int o = 0; o < Math.min(total, organisations.length); o++) {
                int j = slots[o];
                members[j][filled[j]++] = o;
            }
            double[] cumulative = new double[organisations.length];
            double sum = 0;
            for (int o = 0; o < organisations.length; o++) {
                sum += organisations[o].weight();
                cumulative[o] = sum;
            }
            for (int j = 0; j < n; j++) {
                while (filled[j] < sizes[j]) {
                    int o = draw(dice, cumulative, sum);
                    for (int attempt = 0; contains(members[j], filled[j], o); attempt++) {
                        o = attempt < 50 ? draw(dice, cumulative, sum) : (o + 1) % organisations.length;
                    }
                    members[j][filled[j]++] = o;
                }
                for (int k = sizes[j] - 1; k > 0; k--) {
                    int r = dice.between(0, k);
                    int t = members[j][k];
                    members[j][k] = members[j][r];
                    members[j][r] = t;
                }
            }
        }

        private int draw(Dice dice, double[] cumulative, double sum) {
            if (sum <= 0) {
                return dice.between(0, cumulative.length - 1);
            }
            int i = Arrays.binarySearch(cumulative, dice.nextDouble() * sum);
            return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
        }

        private static boolean contains(int[] values, int count, int value) {
            for (int i = 0; i < count; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        // ---- stage 3: the project file

        private void writeProjects(CordisTableWriter out, Dice dice) throws IOException {
            int n = members.length;
            acronyms = new String[n];
            updated = new String[n];
            String[] runs = new String[Math.max(1, n / PROJECTS_PER_UPDATE_RUN)];
            LocalDateTime firstRun = LocalDateTime.of(2019, 1, 1, 0, 0);
            for (int r = 0; r < runs.length; r++) {
                runs[r] = firstRun.plusSeconds((long) (dice.nextDouble() * 6.5 * 365 * 86_400)).format(TIMESTAMP);
            }
            for (int j = 0; j < n; j++) {
                int size = members[j].length;
                String id = String.valueOf(640_001 + j);
                String acronym = acronym(dice, j);
                acronyms[j] = acronym;
                if (dice.chance(rate(EMPTY_ACRONYM_RATE))) {
                    acronym = null;
                }
                updated[j] = runs[dice.between(0, runs.length - 1)];
                LocalDate start = dice.date(LocalDate.of(2014, 6, 1), LocalDate.of(2022, 12, 1)).withDayOfMonth(1);
                LocalDate end = start.plusMonths(dice.between(12, 72)).minusDays(1);
                String[] scheme = scheme(dice, size);
                long cost = Math.round(dice.lognormal(size == 1 ? 1_500_000 : 600_000.0 * size, 0.5));
                long ec = Math.round(cost * (0.7 + 0.3 * dice.nextDouble()));
                int year = start.getYear() - (dice.chance(0.5) ? 1 : 0);
                String topic = scheme[1] + "-" + year + "-" + dice.pick(CordisVocabulary.FIELDS).substring(0, 3) + "-"
                        + String.format(Locale.ROOT, "%02d", dice.between(1, 30));
                String status = end.isBefore(LocalDate.of(2024, 1, 1)) ? (dice.chance(0.02) ? "TERMINATED" : "CLOSED")
                        : "SIGNED";
                out.row(id, acronym, status, title(dice), start.toString(), end.toString(), String.valueOf(cost),
                        String.valueOf(ec), scheme[2], topic, start.minusDays(dice.between(10, 200)).toString(), "H2020",
                        scheme[1] + "-" + year, scheme[1] + "-" + year + "-" + dice.between(1, 3), scheme[0],
                        objective(dice), updated[j], String.valueOf(190_000 + j), "10.3030/" + id);
            }
        }

        private String acronym(Dice dice, int serial) {
            StringBuilder s = new StringBuilder();
            for (int i = dice.between(1, 3); i > 0; i--) {
                s.append(dice.pick(CordisVocabulary.SYLLABLES));
            }
            if (dice.chance(0.1)) {
                s.append('-').append(dice.between(2, 9));
            }
            return s.append(serial % 100).toString();
        }

        /** Funding scheme, call family and legal basis fitting the project's size. */
        private String[] scheme(Dice dice, int size) {
            if (size == 1) {
                return switch (dice.between(0, 3)) {
                    case 0 -> new String[] {"ERC-STG", "ERC", "H2020-EU.1.1."};
                    case 1 -> new String[] {"ERC-COG", "ERC", "H2020-EU.1.1."};
                    case 2 -> new String[] {"MSCA-IF-EF-ST", "H2020-MSCA-IF", "H2020-EU.1.3.2."};
                    default -> new String[] {"SME-1", "H2020-SMEINST-1", "H2020-EU.2.3.1."};
                };
            }
            if (size <= 4) {
                return dice.chance(0.5) ? new String[] {"CSA", "H2020-CSA", "H2020-EU.3.5."}
                        : new String[] {"MSCA-RISE", "H2020-MSCA-RISE", "H2020-EU.1.3.3."};
            }
            return dice.chance(0.6) ? new String[] {"RIA", "H2020-NMBP", "H2020-EU.2.1.3."}
                    : new String[] {"IA", "H2020-LC", "H2020-EU.3.3."};
        }

        private String title(Dice dice) {
            StringBuilder s = new StringBuilder();
            int words = dice.between(4, 12);
            for (int i = 0; i < words; i++) {
                String w = dice.pick(CordisVocabulary.WORDS);
                s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                if (i < words - 1) {
                    s.append(' ');
                }
            }
            String title = s.toString();
            if (dice.chance(rate(SEPARATOR_TITLE_RATE))) {
                separators++;
                title = switch (dice.between(0, 2)) {
                    case 0 -> title + ", " + dice.pick(CordisVocabulary.WORDS) + " and " + dice.pick(CordisVocabulary.WORDS);
                    case 1 -> title + "; a " + dice.pick(CordisVocabulary.WORDS) + " approach";
                    default -> "\"" + dice.pick(CordisVocabulary.WORDS).toUpperCase(Locale.ROOT) + "\": " + title;
                };
            }
            if (dice.chance(rate(MULTILINE_TITLE_RATE))) {
                multiline++;
                title = title + "\n" + dice.pick(CordisVocabulary.WORDS);
            }
            return title;
        }

        /** About 1,600 characters of text with commas, as real objectives; some in paragraphs. */
        private String objective(Dice dice) {
            StringBuilder s = new StringBuilder(2_000);
            boolean paragraphs = dice.chance(rate(MULTILINE_OBJECTIVE_RATE));
            if (paragraphs) {
                multiline++;
            }
            int sentences = dice.between(8, 14);
            for (int i = 0; i < sentences; i++) {
                int words = dice.between(12, 26);
                for (int w = 0; w < words; w++) {
                    String word = dice.pick(CordisVocabulary.OBJECTIVE_WORDS);
                    s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    s.append(w == words - 1 ? "." : w % 7 == 6 ? ", " : " ");
                }
                if (i < sentences - 1) {
                    s.append(paragraphs && i % 4 == 3 ? "\n" : " ");
                }
            }
            return s.toString();
        }

        // ---- stage 4: the organisation file

        private long writeOrganisationRows(CordisTableWriter out, Dice dice) throws IOException {
            int n = members.length;
            int[] order = new int[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            for (int k = n - 1; k > 0; k--) {
                int r = dice.between(0, k);
                int t = order[k];
                order[k] = order[r];
                order[r] = t;
            }
            long rows = 0;
            long rcn = 1_900_000;
            for (int j : order) {
                int[] m = members[j];
                List<Integer> again = new ArrayList<>();
                for (int k = 0; k < m.length; k++) {
                    String role = k == 0 ? "coordinator" : pickRole(dice);
                    boolean twice = dice.chance(rate(JOINED_VALUE_RATE));
                    out.row(row(dice, j, m[k], k + 1, role, twice, rcn++));
                    rows++;
                    if (dice.chance(rate(REPEATED_ROW_RATE))) {
                        again.add(m[k]);
                    }
                }
                for (int k = 0; k < again.size(); k++) {
                    repeated++;
                    out.row(row(dice, j, again.get(k), m.length + k + 1, "thirdParty", false, rcn++));
                    rows++;
                }
            }
            return rows;
        }

        private String pickRole(Dice dice) {
            double r = dice.nextDouble();
            return r < 0.92 ? "participant" : r < 0.95 ? "partner" : r < 0.99 ? "thirdParty" : "internationalPartner";
        }

        private Object[] row(Dice dice, int project, int index, int order, String role, boolean twice, long rcn) {
            Organisation o = organisations[index];
            String name = o.name();
            boolean sme = o.sme();
            String nuts = o.city().nuts();
            if (o.otherName() != null && dice.chance(REDESCRIBED_ROW_SHARE)) {
                redescribedWritten[index] = true;
                name = o.otherName();
                sme = o.otherSme();
                nuts = o.otherNuts();
            }
            if (nuts.isEmpty() || dice.chance(rate(EMPTY_NUTS_RATE))) {
                emptyNuts++;
                nuts = null;
            }
            String smeText = sme ? "True" : "False";
            if (dice.chance(rate(EMPTY_SME_RATE))) {
                emptySme++;
                smeText = null;
            }
            City city = o.city();
            int spelling = p.quirkScale() == 0 ? 0 : dice.pickWeighted(indices(city.spellings().size()), city.weights()::get);
            cityVariants += spelling == 0 ? 0 : 1;
            long cents = Math.round(dice.lognormal(role.equals("coordinator") ? 60_000_000 : 30_000_000, 1.0));
            if (role.equals("thirdParty") || role.equals("internationalPartner")) {
                cents /= 10;
            }
            boolean comma = dice.chance(rate(DECIMAL_COMMA_RATE));
            boolean thousands = comma && dice.chance(THOUSANDS_SEPARATOR_SHARE);
            decimalCommas += comma ? 1 : 0;
            String amount = amount(cents, comma, thousands);
            String net = amount(cents - cents / 20, comma, thousands);
            String cost = amount(cents + cents / 4, comma, thousands);
            if (dice.chance(rate(EMPTY_CONTRIBUTION_RATE))) {
                emptyContributions++;
                amount = null;
                net = null;
            }
            Object type = o.type();
            Object roleValue = role;
            Object smeValue = smeText;
            Object amountValue = amount;
            if (twice) {
                joined++;
                String extra = amount(cents / 7, comma, thousands);
                type = List.of(o.type(), o.type());
                roleValue = List.of(role, "thirdParty");
                smeValue = smeText == null ? null : List.of(smeText, smeText);
                amountValue = amount == null ? null : List.of(amount, extra);
            }
            return new Object[] {String.valueOf(640_001 + project), acronyms[project], o.id(), o.vat(), name, o.shortName(),
                    smeValue, type, o.street(), o.postCode(), city.spellings().get(spelling), o.country().code(), nuts,
                    o.geolocation(), o.url(), CONTACT_FORM + o.id() + "/" + (640_001 + project), updated[project],
                    String.valueOf(rcn), String.valueOf(order), roleValue, amountValue, net, cost, "False"};
        }

        private static List<Integer> indices(int n) {
            List<Integer> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(i);
            }
            return list;
        }

        /** Cents as CORDIS writes amounts: {@code 1499998.0}, {@code 2835524,25}, {@code 2.835.524,25}. */
        private static String amount(long cents, boolean decimalComma, boolean thousands) {
            long whole = cents / 100;
            long part = cents % 100;
            String fraction = part == 0 ? "0" : String.format(Locale.ROOT, "%02d", part);
            if (!decimalComma) {
                return whole + "." + fraction;
            }
            StringBuilder digits = new StringBuilder(String.valueOf(whole));
            for (int i = digits.length() - 3; thousands && i > 0; i -= 3) {
                digits.insert(i, '.');
            }
            return digits + "," + fraction;
        }
    }

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
    public record Parameters(long seed, int projects, int organisations, double meanProjectSize,
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
        public Parameters {
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
        public static Parameters defaults() {
            return scaled(DEFAULT_SEED, DEFAULT_PROJECTS);
        }

        /**
         * An export of {@code projects} projects with the organisations scaled in proportion (at least
         * one), the default mean and maximum project size, realistic quirks, {@code ;}-separated CSV.
         *
         * @throws IllegalArgumentException if {@code projects} is outside its range
         */
        public static Parameters scaled(long seed, int projects) {
            requireRange(projects, 1, MAX_PROJECTS, "projects");
            int organisations = (int) Math.max(1, Math.round((double) projects * DEFAULT_ORGANISATIONS / DEFAULT_PROJECTS));
            return new Parameters(seed, projects, organisations, DEFAULT_MEAN_PROJECT_SIZE,
                    DEFAULT_MAX_PROJECT_SIZE, DEFAULT_QUIRK_SCALE, DEFAULT_SYNTAX);
        }

        /** These parameters with another syntax. */
        public Parameters withSyntax(Syntax newSyntax) {
            return new Parameters(seed, projects, organisations, meanProjectSize, maxProjectSize, quirkScale, newSyntax);
        }

        /** These parameters with another quirk scale. */
        public Parameters withQuirkScale(double newQuirkScale) {
            return new Parameters(seed, projects, organisations, meanProjectSize, maxProjectSize, newQuirkScale, syntax);
        }

        private static void requireRange(int value, int low, int high, String what) {
            if (value < low || value > high) {
                throw new IllegalArgumentException(what + " must be within [" + low + ", " + high + "], was " + value);
            }
        }
    }
}
