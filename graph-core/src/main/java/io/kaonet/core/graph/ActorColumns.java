package io.kaonet.core.graph;

import io.kaonet.core.model.ActorKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of the actors of a {@link CollaborationGraph}, one column per attribute indexed by
 * node: id, name, kind, industry, region, country, SME flag, the three keyword lists, cluster
 * memberships and the number of activities the actor took part in within the graph's scope. Per
 * actor the fixed-width columns hold 18 bytes (kind and SME flag one byte each, the industry, region
 * and country codes and the activity count four each), the membership offsets four more.
 * Industries, regions, countries and clusters are stored as dense codes into a table of
 * their distinct values; memberships as sorted rows of cluster codes. Instances are immutable and
 * safe to share between threads; they are made by {@link CollaborationGraphBuilder}.
 */
public final class ActorColumns {

    private final String[] ids;
    private final String[] names;
    private final byte[] kinds;
    private final int[] industry;
    private final int[] region;
    private final int[] country;
    private final byte[] sme;
    private final int[] activityCount;
    private final String[][] technologies;
    private final String[][] offers;
    private final String[][] seeks;
    private final int[] membershipStart;
    private final int[] memberships;
    private final String[] industryNames;
    private final String[] regionNames;
    private final String[] countryNames;
    private final String[] clusterIds;
    private final Map<String, Integer> indexById;

    /** Takes the arrays as given (the builder hands over copies of its own). */
    ActorColumns(String[] ids, String[] names, byte[] kinds, int[] industry, int[] region, int[] country, byte[] sme,
                 int[] activityCount, String[][] technologies, String[][] offers, String[][] seeks,
                 int[] membershipStart, int[] memberships, String[] industryNames, String[] regionNames,
                 String[] countryNames, String[] clusterIds, Map<String, Integer> indexById) {
        this.ids = ids;
        this.names = names;
        this.kinds = kinds;
        this.industry = industry;
        this.region = region;
        this.country = country;
        this.sme = sme;
        this.activityCount = activityCount;
        this.technologies = technologies;
        this.offers = offers;
        this.seeks = seeks;
        this.membershipStart = membershipStart;
        this.memberships = memberships;
        this.industryNames = industryNames;
        this.regionNames = regionNames;
        this.countryNames = countryNames;
        this.clusterIds = clusterIds;
        this.indexById = indexById;
    }

    /**
     * The heap these columns hold, in bytes: arrays exactly (16-byte header each), strings at 40
     * bytes plus one per character (compact Latin-1 strings; wider ones hold more), the id index at
     * 48 bytes per actor. O(n).
     */
    long estimatedBytes() {
        int n = ids.length;
        long bytes = Topology.arrayBytes(n, 1) * 2 + Topology.arrayBytes(n, 4) * 4
                + Topology.arrayBytes(membershipStart.length, 4) + Topology.arrayBytes(memberships.length, 4) + 48L * n;
        bytes += stringsBytes(ids) + stringsBytes(names) + stringsBytes(industryNames) + stringsBytes(regionNames)
                + stringsBytes(countryNames) + stringsBytes(clusterIds);
        for (String[][] column : List.of(technologies, offers, seeks)) {
            bytes += Topology.arrayBytes(column.length, 4);
            for (String[] words : column) {
                bytes += words == null ? 0 : stringsBytes(words);
            }
        }
        return bytes;
    }

    private static long stringsBytes(String[] strings) {
        long bytes = Topology.arrayBytes(strings.length, 4);
        for (String s : strings) {
            bytes += s == null ? 0 : 40L + s.length();
        }
        return bytes;
    }

    /** The number of actors. */
    public int size() {
        return ids.length;
    }

    /** The index of the actor with this id. */
    public Optional<Integer> indexOf(String actorId) {
        return Optional.ofNullable(indexById.get(actorId));
    }

    /** The external id of node {@code u}. */
    public String id(int u) {
        return ids[u];
    }

    /**
     * The number of activities node {@code u} took part in within the graph's scope (0 when the
     * graph was built without activities).
     */
    public int activityCount(int u) {
        return activityCount[u];
    }

    /** The display name of node {@code u}. */
    public String name(int u) {
        return names[u];
    }

    /** The kind of node {@code u}. */
    public ActorKind kind(int u) {
        return ActorKind.values()[kinds[u]];
    }

    /** The industry of node {@code u}, or null. */
    public String industry(int u) {
        return industry[u] < 0 ? null : industryNames[industry[u]];
    }

    /** A dense code for the industry of {@code u} (equal codes, equal industries), or -1 when unknown. */
    public int industryCode(int u) {
        return industry[u];
    }

    /** The region of node {@code u}, or null. */
    public String region(int u) {
        return region[u] < 0 ? null : regionNames[region[u]];
    }

    /** A dense code for the region of {@code u}, or -1 when unknown. */
    public int regionCode(int u) {
        return region[u];
    }

    /** The country of node {@code u}, or null. */
    public String country(int u) {
        return country[u] < 0 ? null : countryNames[country[u]];
    }

    /** A dense code for the country of {@code u}, or -1 when unknown. */
    public int countryCode(int u) {
        return country[u];
    }

    /** Whether {@code u} is an SME: true, false, or null when unknown. */
    public Boolean sme(int u) {
        return sme[u] < 0 ? null : sme[u] == 1;
    }

    /** Technology keywords of {@code u}; never null. */
    public List<String> technologies(int u) {
        return technologies[u] == null ? List.of() : List.of(technologies[u]);
    }

    /** Capability keywords {@code u} offers; never null. */
    public List<String> offers(int u) {
        return offers[u] == null ? List.of() : List.of(offers[u]);
    }

    /** Capability keywords {@code u} seeks; never null. */
    public List<String> seeks(int u) {
        return seeks[u] == null ? List.of() : List.of(seeks[u]);
    }

    /** Codes (indexes into {@link #clusterIds()}) of the clusters {@code u} is a member of, ascending. */
    public int[] clusterCodes(int u) {
        return Arrays.copyOfRange(memberships, membershipStart[u], membershipStart[u + 1]);
    }

    /** Whether {@code u} is a member of the cluster with this code. */
    public boolean memberOf(int u, int clusterCode) {
        return Arrays.binarySearch(memberships, membershipStart[u], membershipStart[u + 1], clusterCode) >= 0;
    }

    /** The number of clusters {@code u} is a member of. */
    public int clusterCount(int u) {
        return membershipStart[u + 1] - membershipStart[u];
    }

    /** The ids of the clusters any node is a member of, indexed by cluster code. */
    public List<String> clusterIds() {
        return List.of(clusterIds);
    }

    /** The id of the cluster with this code. */
    String clusterId(int code) {
        return clusterIds[code];
    }

    /** The distinct industries, indexed by industry code. */
    public List<String> industries() {
        return List.of(industryNames);
    }

    /** The keyword arrays of node {@code u} as stored (null when empty), for copying without a copy. */
    String[] technologyArray(int u) {
        return technologies[u];
    }

    String[] offerArray(int u) {
        return offers[u];
    }

    String[] seekArray(int u) {
        return seeks[u];
    }
}
