package io.kaonet.api.bridges;

import java.util.List;

/**
 * The industry × industry tie matrix as GraphQL {@code IndustryMatrix} shows it: its non-zero cells
 * on and above the diagonal.
 */
public record IndustryMatrixView(List<String> industries, List<Cell> cells, long ties, long tiesWithUnknownIndustry,
                                 long crossIndustryTies) {

    /**
     * One cell (GraphQL {@code IndustryCell}).
     *
     * @param industryA one industry, null for unknown
     * @param industryB the other (equal to {@code industryA} on the diagonal), null for unknown
     */
    public record Cell(String industryA, String industryB, long ties) {
    }
}
