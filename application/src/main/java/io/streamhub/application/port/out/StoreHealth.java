package io.streamhub.application.port.out;

/** Whether the global store can serve: it answers a query and its schema is fully migrated. */
public interface StoreHealth {

    /** True when a trivial query succeeds now. Never throws. */
    boolean answers();

    /** True when every known migration has been applied and none failed. Never throws. */
    boolean migrated();
}
