// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.order.OrderStore;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OrderStore#lockRoom} as tests, for a store shared by threads or instances: the room of a
 * SKU taken inside {@link OrderStore#atomically} is held until that block ends, other SKUs stay free, and taking
 * it outside a block is refused. An adapter's test class extends this and returns a fresh store.
 */
public abstract class RoomLockContract {
    private static final Sku LAMP = Sku.of("LAMP");
    private static final Sku KETTLE = Sku.of("KETTLE");

    private OrderStore store;

    /** {@return a fresh store of the adapter under test; called before every test} */
    protected abstract OrderStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aSkusRoomIsHeldUntilTheBlockThatTookItEnds() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean firstStillHeld = new AtomicBoolean(true);
        Thread first = new Thread(() -> store.atomically(() -> {
            store.lockRoom(List.of(LAMP, KETTLE));
            taken.countDown();
            await(release);
            firstStillHeld.set(false);
            return null;
        }));
        first.start();
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch secondTook = new CountDownLatch(1);
        Thread second = new Thread(() -> store.atomically(() -> {
            store.lockRoom(List.of(KETTLE));
            assertThat(firstStillHeld).as("the first block had ended").isFalse();
            secondTook.countDown();
            return null;
        }));
        second.start();

        assertThat(secondTook.await(300, TimeUnit.MILLISECONDS)).as("the second waits for the first block").isFalse();
        release.countDown();
        assertThat(secondTook.await(10, TimeUnit.SECONDS)).as("and takes the room once it ended").isTrue();
        first.join();
        second.join();
    }

    @Test
    void anotherSkusRoomStaysFree() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> store.atomically(() -> {
            store.lockRoom(List.of(LAMP));
            taken.countDown();
            await(release);
            return null;
        }));
        first.start();
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            CountDownLatch otherTook = new CountDownLatch(1);
            Thread other = new Thread(() -> store.atomically(() -> {
                store.lockRoom(List.of(KETTLE));
                otherTook.countDown();
                return null;
            }));
            other.start();
            assertThat(otherTook.await(10, TimeUnit.SECONDS)).isTrue();
            other.join();
        } finally {
            release.countDown();
            first.join();
        }
    }

    @Test
    void takingRoomOutsideABlockIsRefused() {
        assertThatThrownBy(() -> store.lockRoom(List.of(LAMP))).isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
