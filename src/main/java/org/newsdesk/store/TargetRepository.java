package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.DELIVERY_TARGET;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.newsdesk.store.jooq.tables.records.DeliveryTargetRecord;

/** The delivery targets the editor configured. Secrets are never stored here. */
public final class TargetRepository {

    private final Transactions tx;
    private final Clock clock;

    TargetRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Adds a target.
     *
     * @throws StoreException INVALID when a target of that name exists or a value is refused
     */
    public void add(SavedTarget target) {
        tx.write(t -> {
            DeliveryTargetRecord row = t.newRecord(DELIVERY_TARGET);
            row.setName(target.name());
            row.setKind(target.kind());
            row.setLocation(target.location());
            row.setUsername(target.username() == null ? "" : target.username());
            row.setCaCertificate(target.caCertificate());
            row.setCreatedAt(OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC));
            return row.insert();
        });
    }

    /** Every target, in the order they were added. */
    public List<SavedTarget> list() {
        return tx.read(t -> t.selectFrom(DELIVERY_TARGET).orderBy(DELIVERY_TARGET.CREATED_AT, DELIVERY_TARGET.NAME)
                .fetch(TargetRepository::target));
    }

    public Optional<SavedTarget> find(String name) {
        return tx.read(t -> t.selectFrom(DELIVERY_TARGET).where(DELIVERY_TARGET.NAME.eq(name)).fetchOptional()
                .map(TargetRepository::target));
    }

    /** @return whether there was such a target */
    public boolean remove(String name) {
        return tx.write(t -> t.deleteFrom(DELIVERY_TARGET).where(DELIVERY_TARGET.NAME.eq(name)).execute() > 0);
    }

    private static SavedTarget target(DeliveryTargetRecord r) {
        return new SavedTarget(r.getName(), r.getKind(), r.getLocation(), r.getUsername(), r.getCaCertificate());
    }
}
