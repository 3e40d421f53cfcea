package io.kaonet.importers;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Neo4j refuses or changes of what Kaonet writes, checked before anything is written, so that
 * an input the database would refuse halfway is refused by the validation pass with its file, line,
 * field and value instead.
 *
 * <ul>
 *   <li><b>Index key size.</b> A string in a RANGE index (Neo4j 5.26, provider {@code range-1.0})
 *       may take at most {@value #MAX_INDEXED_BYTES} bytes in UTF-8 (the index's 8,167-byte key
 *       less its 3-byte string header; measured against the embedded Neo4j by
 *       {@code StoreLimitsIT}). A larger value makes the write fail with "Property value is too
 *       large to index". Kaonet indexes an actor's id, name, industry, region and country, the ids of
 *       clusters and activities, and the keys of ties, memberships and participations (see
 *       {@code GraphSchema}); a derived key (a tie without id: kind, ends and start date) can be too
 *       large even when each id fits.</li>
 *   <li><b>Characters.</b> Neo4j stores strings as UTF-8: a lone UTF-16 surrogate (which a JSON
 *       escape such as {@code \ud800} can make) is not a character and would be stored as
 *       {@code ?}, so two different ids could become one. Every string is checked.</li>
 * </ul>
 * Other values Kaonet writes are bounded already: numbers are checked finite by the readers, and
 * Neo4j has no size limit on unindexed strings and lists short of memory.
 *
 * <p>Complexity: O(characters of the record).
 */
public final class StoreLimits {

    /** The largest UTF-8 size, in bytes, of a string a Neo4j 5.26 RANGE index accepts. */
    public static final int MAX_INDEXED_BYTES = 8_164;

    /** One value the database would refuse or change. */
    public record Breach(String field, String value, String message) {
    }

    private StoreLimits() {
    }

    /** An indexed string over the key size, or a string with a lone surrogate; null when the value fits. */
    public static Breach indexed(String field, String value) {
        Breach b = text(field, value);
        if (b != null || value == null) {
            return b;
        }
        int bytes = utf8Length(value);
        return bytes > MAX_INDEXED_BYTES ? new Breach(field, value, String.format(Locale.ROOT,
                "is %,d bytes in UTF-8; at most %,d fit the database's index of %s", bytes, MAX_INDEXED_BYTES, field))
                : null;
    }

    /** A string with a lone UTF-16 surrogate, which is not a character; null when the value is text. */
    public static Breach text(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Breach(field, value, String.format(Locale.ROOT,
                        "holds a lone surrogate U+%04X at character %d, which is not a character (the database would store '?')",
                        (int) c, i + 1));
            }
        }
        return null;
    }

    /** What the database would refuse of an actor. */
    public static List<Breach> of(Actor a) {
        List<Breach> b = new ArrayList<>();
        add(b, indexed("id", a.id()));
        add(b, indexed("name", a.name()));
        add(b, indexed("industry", a.industry()));
        add(b, indexed("region", a.region()));
        add(b, text("city", a.city()));
        add(b, indexed("country", a.country()));
        texts(b, "technologies", a.technologies());
        texts(b, "offers", a.offers());
        texts(b, "seeks", a.seeks());
        return b;
    }

    /** What the database would refuse of a cluster. */
    public static List<Breach> of(Cluster c) {
        List<Breach> b = new ArrayList<>();
        add(b, indexed("id", c.id()));
        add(b, text("name", c.name()));
        add(b, text("region", c.region()));
        add(b, text("country", c.country()));
        add(b, text("description", c.description()));
        return b;
    }

    /** What the database would refuse of an activity. */
    public static List<Breach> of(Activity a) {
        List<Breach> b = new ArrayList<>();
        add(b, indexed("id", a.id()));
        add(b, text("name", a.name()));
        add(b, text("programme", a.programme()));
        add(b, text("fundingScheme", a.fundingScheme()));
        return b;
    }

    /** What the database would refuse of a tie: its key (the id, or the derived key) and its provenance. */
    public static List<Breach> of(Tie t) {
        List<Breach> b = new ArrayList<>();
        add(b, indexed(t.id() != null ? "id" : "key (kind, source, target and since)", t.key()));
        add(b, text("source", t.sourceId()));
        add(b, text("target", t.targetId()));
        return b;
    }

    /** What the database would refuse of a membership: its key (actor, cluster and since). */
    public static List<Breach> of(Membership m) {
        List<Breach> b = new ArrayList<>();
        add(b, indexed("key (actor, cluster and since)", m.key()));
        return b;
    }

    /** What the database would refuse of a participation: its key (activity, actor and role). */
    public static List<Breach> of(Participation p) {
        List<Breach> b = new ArrayList<>();
        add(b, indexed("key (activity, actor and role)", p.key()));
        return b;
    }

    /** The size of a string in UTF-8, without encoding it. */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static void texts(List<Breach> b, String field, List<String> values) {
        for (String v : values) {
            add(b, text(field, v));
        }
    }

    private static void add(List<Breach> b, Breach breach) {
        if (breach != null) {
            b.add(breach);
        }
    }

    /** Thrown by {@link Records} for a record the database would refuse; importers report its breaches at their row. */
    public static final class Exceeded extends IllegalArgumentException {

        private final transient List<Breach> breaches;

        Exceeded(List<Breach> breaches) {
            super(breaches.get(0).field() + " " + breaches.get(0).message());
            this.breaches = List.copyOf(breaches);
        }

        /** What is wrong, one breach per field. */
        public List<Breach> breaches() {
            return breaches;
        }
    }

    static void require(List<Breach> breaches) {
        if (!breaches.isEmpty()) {
            throw new Exceeded(breaches);
        }
    }
}
