// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.Invoicing;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.documents.html.HtmlDocuments;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.inmemory.InMemoryPricing.Promotion;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.invoice.InvoiceNumber;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Pick lists, packing slips and invoices of a small shop's orders, through {@code oms.documents()}. */
class DocumentsTest {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final BigDecimal VAT = new BigDecimal("0.20");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private OrderManagement shop(InMemoryPricing pricing, Optional<Invoicing> invoicing) {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        for (String sku : List.of("MUG", "TEA")) {
            adapters.catalog().add(new Product(Sku.of(sku), sku));
            adapters.inventory().setStock(Sku.of(sku), WH, 100, "A-" + sku);
        }
        var builder = OrderManagement.builder().ports(adapters.ports(clock)).pricing(pricing);
        invoicing.ifPresent(builder::invoicing);
        return builder.build();
    }

    @Test
    void anInvoiceOfADiscountedTaxedPackageAddsUpToItsCapture() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT)
                .withPromotion(Promotion.percentOff("SPRING10", BigDecimal.TEN)).withShipping(eur("4.99")), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-1", TestShop.line("MUG", 3, "EUR 12.99"),
                TestShop.line("TEA", 2, "EUR 7.45"))).get();
        picked(oms, order);

        PackageId first = packAndShip(oms, order, "pack-1", new PackageItem(LineId.of("L1"), 2), new PackageItem(LineId.of("L2"), 1));
        Money capturedForFirst = adapters.payments().captured(order.id(), CurrencyUnit.EUR);
        PackageId second = packAndShip(oms, order, "pack-2", new PackageItem(LineId.of("L1"), 1), new PackageItem(LineId.of("L2"), 1));
        Order shipped = oms.queries().find(order.id()).get();

        Invoice one = oms.documents().invoice(order.id(), first).get();
        Invoice two = oms.documents().invoice(order.id(), second).get();

        assertThat(one.total()).isEqualTo(shipped.value(shipped.packages().get(first).get())).isEqualTo(capturedForFirst);
        assertThat(two.total()).isEqualTo(shipped.value(shipped.packages().get(second).get()));
        assertThat(one.total().plus(two.total())).isEqualTo(adapters.payments().captured(order.id(), CurrencyUnit.EUR))
                .isEqualTo(shipped.activeValue());
        assertThat(List.of(one.number().text(), two.number().text())).containsExactly("INV-1", "INV-2");
        assertThat(one.shipping()).hasValueSatisfying(s -> assertThat(s.total()).isEqualTo(eur("5.99")));
        assertThat(two.shipping()).isEmpty();
        Invoice.Line mugs = one.lines().get(0);
        assertThat(mugs.sku()).isEqualTo(Sku.of("MUG"));
        assertThat(mugs.quantity()).isEqualTo(2);
        assertThat(mugs.amount()).isEqualTo(eur("25.98"));
        assertThat(mugs.discounts()).containsExactly(new Invoice.Discount("SPRING10", mugs.discounts().get(0).amount()));
        assertThat(mugs.taxes()).extracting(Invoice.Tax::jurisdiction, Invoice.Tax::rate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GB", VAT));
        for (Invoice invoice : List.of(one, two)) {
            Money lineTotals = invoice.lines().stream().map(Invoice.Line::total).reduce(eur("0.00"), Money::plus);
            assertThat(invoice.total()).isEqualTo(lineTotals.plus(invoice.shipping().map(Invoice.Shipping::total).orElse(eur("0.00"))));
            assertThat(invoice.total()).isEqualTo(invoice.subtotal().minus(invoice.discount()).plus(invoice.tax())
                    .plus(invoice.shipping().map(Invoice.Shipping::amount).orElse(eur("0.00"))));
            assertThat(invoice.taxes()).hasSize(1);
        }
    }

    @Test
    void anInvoiceAskedForAgainAnswersTheSameNumberAndIssueDate() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-2", TestShop.line("MUG", 1, "EUR 12.99"))).get();
        picked(oms, order);
        PackageId pkg = packAndShip(oms, order, "pack-1", new PackageItem(LineId.of("L1"), 1));

        Invoice first = oms.documents().invoice(order.id(), pkg).get();
        clock.advance(Duration.ofDays(3));
        Invoice again = oms.documents().invoice(order.id(), pkg).get();

        assertThat(again).isEqualTo(first);
        assertThat(again.issuedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(again.number().sequence()).isEqualTo(1);
    }

    @Test
    void packagesInvoicedAtOnceFromManyThreadsGetOneNumberEachWithoutGaps() throws Exception {
        OrderManagement oms = shop(InMemoryPricing.asOffered(), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-3", TestShop.line("MUG", 6, "EUR 2.00"))).get();
        picked(oms, order);
        List<PackageId> packages = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            packages.add(packAndShip(oms, order, "pack-" + i, new PackageItem(LineId.of("L1"), 1)));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<InvoiceNumber>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                PackageId pkg = packages.get(i % 6);
                asked.add(pool.submit(() -> oms.documents().invoice(order.id(), pkg).get().number()));
            }
            java.util.Map<PackageId, java.util.Set<Long>> numbers = new java.util.HashMap<>();
            for (int i = 0; i < 24; i++) {
                numbers.computeIfAbsent(packages.get(i % 6), p -> new java.util.HashSet<>()).add(asked.get(i).get().sequence());
            }
            assertThat(numbers.values()).allSatisfy(n -> assertThat(n).hasSize(1));
            assertThat(numbers.values().stream().flatMap(java.util.Set::stream).sorted().toList()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPackageNotShippedIsNotInvoicedAndTakesNoNumber() {
        OrderManagement oms = shop(InMemoryPricing.asOffered(), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-4", TestShop.line("MUG", 2, "EUR 12.99"))).get();
        picked(oms, order);
        PackageId packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", WH,
                List.of(new PackageItem(LineId.of("L1"), 1)))).get().packageId();
        PackageId shipped = packAndShip(oms, order, "pack-2", new PackageItem(LineId.of("L1"), 1));

        assertThat(oms.documents().invoice(order.id(), packed).getLeft().codes()).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(oms.documents().invoice(order.id(), shipped).get().number().sequence()).isEqualTo(1);
    }

    @Test
    void unknownOrdersPackagesAndPickListsAreRefusedByName() {
        OrderManagement oms = shop(InMemoryPricing.asOffered(), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-5", TestShop.line("MUG", 1, "EUR 12.99"))).get();

        assertThat(oms.documents().invoice(OrderId.of("nope"), PackageId.of("nope-PK1")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_ORDER);
        assertThat(oms.documents().invoice(order.id(), PackageId.of("nope-PK1")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_PACKAGE);
        assertThat(oms.documents().packingSlip(order.id(), PackageId.of("nope-PK1")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_PACKAGE);
        assertThat(oms.documents().pickList(order.id(), PickListId.of("nope-PL1")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_PICK_LIST);
        assertThat(oms.documents().pickList(OrderId.of("nope"), PickListId.of("nope-PL1")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_ORDER);
    }

    @Test
    void aPickListDocumentNamesTheBinOfEachItem() {
        OrderManagement oms = shop(InMemoryPricing.asOffered(), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-6", TestShop.line("MUG", 2, "EUR 12.99"),
                TestShop.line("TEA", 1, "EUR 7.45"))).get();
        PickListId listed = oms.warehouse().createPickLists(order.id()).get().pickListIds().get(0);

        PickListDocument document = oms.documents().pickList(order.id(), listed).get();

        assertThat(document.location()).isEqualTo(WH);
        assertThat(document.state()).isEqualTo(PickList.State.OPEN);
        assertThat(document.items()).extracting(PickListDocument.Item::sku, PickListDocument.Item::quantity, PickListDocument.Item::bin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Sku.of("MUG"), 2L, Optional.of("A-MUG")),
                        org.assertj.core.groups.Tuple.tuple(Sku.of("TEA"), 1L, Optional.of("A-TEA")));
        assertThat(HtmlDocuments.pickList(document)).contains("<td>MUG</td><td>2</td><td>A-MUG</td>", "web-6");
    }

    @Test
    void aPackingSlipListsThePackageWithoutPrices() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT), Optional.empty());
        Order order = oms.orders().place(TestShop.order("web-7", TestShop.line("MUG", 3, "EUR 12.99"),
                TestShop.line("TEA", 2, "EUR 7.45"))).get();
        picked(oms, order);
        PackageId pkg = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", WH,
                List.of(new PackageItem(LineId.of("L1"), 2), new PackageItem(LineId.of("L2"), 2)))).get().packageId();

        PackingSlip slip = oms.documents().packingSlip(order.id(), pkg).get();
        String html = HtmlDocuments.packingSlip(slip);

        assertThat(slip.items()).containsExactly(new PackingSlip.Item(LineId.of("L1"), Sku.of("MUG"), 2),
                new PackingSlip.Item(LineId.of("L2"), Sku.of("TEA"), 2));
        assertThat(slip.recipient()).isEqualTo("Ada Lovelace");
        assertThat(slip.toString()).doesNotContain("Ada", "Lovelace", "Analytical", "N1 9GU");
        assertThat(html).contains("Ada Lovelace", "1 Analytical Row", "N1 9GU London", "<td>MUG</td>", "<td>2</td>")
                .doesNotContain("EUR", "12.99", "7.45");
    }

    @Test
    void htmlEscapesWhatTheCustomerTyped() {
        OrderManagement oms = shop(InMemoryPricing.asOffered(), Optional.empty());
        Address shipTo = Address.builder().recipient("Bobby <b>Tables</b> & O'Brien").addLines("1 \"Quoted\" Lane")
                .city("London").postalCode("N1 9GU").countryCode("GB").build();
        Order order = oms.orders().place(PlaceOrder.builder().channel(Channel.WEB).externalId("web-<8>")
                .customer(CustomerRef.of("C-<script>")).shipTo(shipTo).paymentMethod(PaymentMethod.card("tok_ok"))
                .addLines(TestShop.line("MUG", 1, "EUR 12.99")).build()).get();
        picked(oms, order);
        PackageId pkg = oms.warehouse().confirmPacked(order.id(), new PackRequest("pack-1", WH,
                List.of(new PackageItem(LineId.of("L1"), 1)), Optional.empty(),
                Optional.of("<script>alert('hi')</script>"))).get().packageId();
        oms.warehouse().ship(order.id(), pkg, "ground").get();

        String slip = HtmlDocuments.packingSlip(oms.documents().packingSlip(order.id(), pkg).get());
        String invoice = HtmlDocuments.invoice(oms.documents().invoice(order.id(), pkg).get(), ZoneOffset.UTC);

        assertThat(slip).contains("Bobby &lt;b&gt;Tables&lt;/b&gt; &amp; O&#39;Brien", "1 &quot;Quoted&quot; Lane",
                "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;", "web-&lt;8&gt;")
                .doesNotContain("<script>", "<b>Tables", "web-<8>");
        assertThat(invoice).contains("C-&lt;script&gt;", "web-&lt;8&gt;").doesNotContain("<script>");
    }

    @Test
    void theHostsInvoiceNumbersSeriesAndSellerAreOnTheInvoice() {
        OrderManagement oms = shop(InMemoryPricing.asOffered().withTax("GB", VAT),
                Optional.of(Invoicing.of(adapters.invoiceNumbers(), "INV-2026").soldBy("Mugs & Co Ltd, VAT GB123")));
        adapters.invoiceNumbers().issue("an earlier invoice", "INV-2026", clock.instant());
        Order order = oms.orders().place(TestShop.order("web-9", TestShop.line("MUG", 1, "EUR 10.00"))).get();
        picked(oms, order);
        PackageId pkg = packAndShip(oms, order, "pack-1", new PackageItem(LineId.of("L1"), 1));

        Invoice invoice = oms.documents().invoice(order.id(), pkg).get();
        String html = HtmlDocuments.invoice(invoice, ZoneOffset.UTC);

        assertThat(invoice.number().text()).isEqualTo("INV-2026-2");
        assertThat(invoice.seller()).contains("Mugs & Co Ltd, VAT GB123");
        assertThat(html).contains("Invoice INV-2026-2", "2026-03-01", "Mugs &amp; Co Ltd", "<td>GB</td><td>20%</td><td>EUR 2.00</td>",
                "<td>Total</td><td>EUR 12.00</td>");
    }

    private static void picked(OrderManagement oms, Order order) {
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        oms.warehouse().confirmPicked(order.id(), lists.pickListIds().get(0)).get();
    }

    private static PackageId packAndShip(OrderManagement oms, Order order, String key, PackageItem... items) {
        PackageId pkg = oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, WH, List.of(items))).get().packageId();
        oms.warehouse().ship(order.id(), pkg, "ground").get();
        return pkg;
    }

    private static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }
}
