package com.careergpt.identity.cleanup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.identity.guest.GuestProperties;
import com.careergpt.identity.user.UserRepository;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets guests that were never upgraded, never used their free action (so own no data) and have not been seen
 * for {@code staleAfter}. Deletes in batches, each in its own short transaction, so the database is never locked
 * for long.
 */
@Component
public class StaleGuestCleanup {

    private static final Logger log = LoggerFactory.getLogger(StaleGuestCleanup.class);

    private final UserRepository users;
    private final GuestProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaleGuestCleanup(UserRepository users, GuestProperties properties, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.users = users;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${careergpt.identity.guest.cleanup-cron:0 17 3 * * *}")
    public int deleteStaleGuests() {
        Instant cutoff = clock.instant().minus(properties.staleAfter());
        int total = 0;
        int deleted;
        do {
            deleted = transactions.execute(status -> {
                List<String> ids = users.findStaleGuestIds(cutoff, Limit.of(properties.cleanupBatchSize()));
                return ids.isEmpty() ? 0 : users.deleteByIdIn(ids);
            });
            total += deleted;
        }
        while (deleted == properties.cleanupBatchSize());
        if (total > 0) {
            log.info("Deleted {} stale guests last seen before {}", total, cutoff);
        }
        return total;
    }
}
