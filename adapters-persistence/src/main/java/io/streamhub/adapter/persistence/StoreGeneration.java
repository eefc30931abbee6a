package io.streamhub.adapter.persistence;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A counter that every write to a cached table moves on, and every transaction moves on again when
 * it ends (committed or rolled back). A cached value is tagged with the generation read before it
 * was loaded and is served only while the generation has not moved since, so a reader can never
 * keep a value that a concurrent writer's commit made stale.
 */
@Singleton
public class StoreGeneration {
    private final AtomicLong generation = new AtomicLong();

    /** A value that is reloaded whenever the store has changed since it was read. */
    public final class Cached<T> {
        private record Entry<T>(long generation, T value) {
        }

        private final Supplier<T> load;
        private volatile Entry<T> entry;

        private Cached(Supplier<T> load) {
            this.load = load;
        }

        public T get() {
            Entry<T> current = entry;
            long now = generation.get();
            if (current != null && current.generation() == now) {
                return current.value();
            }
            T value = load.get();
            entry = new Entry<>(now, value);
            return value;
        }
    }

    public <T> Cached<T> cache(Supplier<T> load) {
        return new Cached<>(load);
    }

    public void changed() {
        generation.incrementAndGet();
    }
}
