package io.kaonet.core.model;

/**
 * A point on the earth in decimal degrees (WGS 84).
 *
 * @param latitude  from -90 to 90
 * @param longitude from -180 to 180
 */
public record GeoLocation(double latitude, double longitude) {

    /** @throws IllegalArgumentException if a coordinate is out of range or not a number */
    public GeoLocation {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90], was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180], was " + longitude);
        }
    }
}
