package io.streamhub.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoreGenerationTest {
    private final StoreGeneration generation = new StoreGeneration();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger(1);

    @Test
    void aCachedValueIsServedUntilTheStoreChanges() {
        StoreGeneration.Cached<Integer> cached = generation.cache(() -> {
            loads.incrementAndGet();
            return stored.get();
        });
        assertEquals(1, cached.get());
        assertEquals(1, cached.get());
        assertEquals(1, loads.get());
        stored.set(2);
        generation.changed();
        assertEquals(2, cached.get());
        assertEquals(2, loads.get());
    }

    @Test
    void aLoadThatRacedWithAChangeIsNotServedAfterIt() {
        // the writer commits and moves the generation while the reader is still loading the old value
        StoreGeneration.Cached<Integer> cached = generation.cache(() -> {
            int value = stored.get();
            if (loads.incrementAndGet() == 1) {
                stored.set(2);
                generation.changed();
            }
            return value;
        });
        assertEquals(1, cached.get(), "the racing read itself sees what it loaded");
        assertEquals(2, cached.get(), "the next read reloads");
    }
}
