package org.gridatlas.messages.meeting;

/**
 * Where a meeting was held.
 *
 * @param name        e.g. 侨岗社区党群服务中心
 * @param locationWkt a WKT point in EPSG:4326, or {@code null} when not given
 */
public record MeetingPlace(String name, String locationWkt) {
}
