package dev.oms.postgres.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Address;
import dev.oms.testkit.OmsArbitraries;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EventCodecProperties {

    @Property(tries = 2_000)
    void everyEventRoundTripsUnchanged(@ForAll("events") OrderEvent event) {
        assertThat(EventCodec.decode(EventCodec.encode(event))).isEqualTo(event);
    }

    @Property(tries = 300)
    void aCommitsEventsRoundTripInOrder(@ForAll("eventLists") List<OrderEvent> events) {
        assertThat(EventCodec.decodeAll(EventCodec.encodeAll(events))).containsExactlyElementsOf(events);
    }

    @Property(tries = 300)
    void addressesRoundTripWithTheirCoordinates(@ForAll("addresses") Address address) {
        Address back = StockCodec.address(StockCodec.address(address));
        assertThat(back).isEqualTo(address);
        assertThat(back.coordinates()).isEqualTo(address.coordinates());
    }

    @Property(tries = 300)
    void reservationAnswersRoundTrip(@ForAll("answers") ReservationResult answer) {
        assertThat(StockCodec.reservationResult(StockCodec.reservationResult(answer))).isEqualTo(answer);
    }

    @Example
    void theGeneratorCoversEveryKindOfEvent() {
        Set<Class<?>> kinds = OmsArbitraries.orderEvents().sampleStream().limit(5_000)
                .map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(OrderEvent.class.getPermittedSubclasses()));
    }

    @Example
    void storedTextEscapesQuotesBackslashesAndControlCharacters() {
        var event = new OrderEvent.PackageOpened(dev.oms.spi.value.PackageId.of("P\"1\\"), "line\nbreak\u0000\ttab");
        String json = EventCodec.encode(event);
        assertThat(json).doesNotContain("\n").doesNotContain("\u0000");
        assertThat(EventCodec.decode(json)).isEqualTo(event);
    }

    @Example
    void equalRequestsGiveEqualStoredText() {
        var movements = List.of(new StockMovement(dev.oms.spi.value.Sku.of("A"), dev.oms.spi.value.LocationId.of("L"), 2));
        assertThat(StockCodec.movements(movements)).isEqualTo(StockCodec.movements(List.copyOf(movements)));
    }

    @Provide
    Arbitrary<OrderEvent> events() {
        return OmsArbitraries.orderEvents();
    }

    @Provide
    Arbitrary<List<OrderEvent>> eventLists() {
        return OmsArbitraries.orderEvents().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Address> addresses() {
        return OmsArbitraries.addresses();
    }

    @Provide
    Arbitrary<ReservationResult> answers() {
        Arbitrary<ReservationResult.Shortfall> shortfalls = Combinators.combine(OmsArbitraries.skus(),
                OmsArbitraries.locationIds(), Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(0, 1_000))
                .as(ReservationResult.Shortfall::new);
        return Arbitraries.oneOf(Arbitraries.just(new ReservationResult.Reserved()),
                shortfalls.list().ofMinSize(1).ofMaxSize(4).map(ReservationResult.Insufficient::new));
    }
}
