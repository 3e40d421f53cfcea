package io.kaonet.demo;

/**
 * A city where synthetic actors are placed, with its region (prefecture or state) and the
 * coordinates of its centre. Actors are scattered a few kilometres around the centre.
 *
 * @param city      city name
 * @param region    prefecture, state or region
 * @param country   ISO 3166-1 alpha-2 code
 * @param latitude  centre, decimal degrees
 * @param longitude centre, decimal degrees
 * @param weight    relative share of the cluster's actors placed here (at least 1)
 */
record Place(String city, String region, String country, double latitude, double longitude, int weight) {

    Place {
        if (weight < 1) {
            throw new IllegalArgumentException("place weight must be at least 1, was " + weight);
        }
    }

    static Place jp(String city, String prefecture, double latitude, double longitude, int weight) {
        return new Place(city, prefecture, "JP", latitude, longitude, weight);
    }

    static Place jp(String city, String prefecture, double latitude, double longitude) {
        return jp(city, prefecture, latitude, longitude, 1);
    }
}
