package org.gridatlas.query.system;

/**
 * What the query API's recurring parameters mean, written once for the
 * OpenAPI description of every controller that takes them.
 */
public final class ApiParameters {

    public static final String DISTRICT = "The district's six-digit code (GB/T 2260)";
    public static final String DISTRICT_FILTER = "Only what lies in this district (six-digit code); none for every district "
            + "the reader may see";
    public static final String COMMUNITY_FILTER = "Only what lies in this community (twelve-digit code)";
    public static final String AREA = "A sub-district or community of the district: only its compounds; none for the whole "
            + "district";
    public static final String FROM_DAY = "The first day counted (Beijing calendar); none for no lower bound";
    public static final String TO_DAY = "The last day counted (Beijing calendar); none for no upper bound";

    private ApiParameters() {
    }
}
