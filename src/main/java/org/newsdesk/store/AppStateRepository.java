package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.APP_STATE;

import java.util.Optional;
import org.jooq.DSLContext;

/** Small named values the application keeps between runs (last open story, caret). */
public final class AppStateRepository {

    private final Transactions tx;

    AppStateRepository(Transactions tx) {
        this.tx = tx;
    }

    public Optional<String> get(String key) {
        return tx.read(dsl -> value(dsl, key));
    }

    /** The store's count of committed writes ({@link Store#writeCount}): values read stay current while it stays. */
    public long writeCount() {
        return tx.commits();
    }

    public void put(String key, String value) {
        tx.write(dsl -> {
            put(dsl, key, value);
            return null;
        });
    }

    /** The value of {@code key} inside {@code dsl}'s transaction (other repositories keep their marks here). */
    static Optional<String> value(DSLContext dsl, String key) {
        return dsl.select(APP_STATE.STATE_VALUE).from(APP_STATE).where(APP_STATE.STATE_KEY.eq(key))
                .fetchOptional(APP_STATE.STATE_VALUE);
    }

    /** Sets {@code key} inside {@code dsl}'s transaction. */
    static void put(DSLContext dsl, String key, String value) {
        dsl.mergeInto(APP_STATE)
                .using(dsl.selectOne())
                .on(APP_STATE.STATE_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_STATE.STATE_VALUE, value)
                .whenNotMatchedThenInsert(APP_STATE.STATE_KEY, APP_STATE.STATE_VALUE).values(key, value)
                .execute();
    }
}
