package org.gridatlas.messages;

/**
 * How a client reads its own writes. Every change the command API accepts is
 * answered with the {@value #POSITION_HEADER} header: the position in the event
 * store of the record's last event. A query sent with that header back waits
 * until every projection has read that far, so it never answers from before
 * the change.
 */
public final class ReadYourWrites {

    public static final String POSITION_HEADER = "X-GridAtlas-Position";

    private ReadYourWrites() {
    }
}
