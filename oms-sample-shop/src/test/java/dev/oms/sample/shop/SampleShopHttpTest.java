// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample shop started as it runs (embedded PostgreSQL, random port), driven over real HTTP. */
class SampleShopHttpTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext shop;
    private static String base;

    private static final ListAppender<ILoggingEvent> LOGGED = new ListAppender<>();
    /** What the checkouts below send that is personal: none of it may reach a log line. */
    private static final List<String> PERSONAL = List.of("Lovelace", "Analytical", "N1 9GU", "tok_visa", "changed my mind");

    @BeforeAll
    static void start() {
        shop = SpringApplication.run(SampleShopApplication.class, "--server.port=0");
        base = "http://localhost:" + shop.getEnvironment().getProperty("local.server.port");
        LOGGED.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOGGED);
    }

    @AfterAll
    static void stop() {
        try {
            assertThat(LOGGED.list).as("log lines while serving").isNotEmpty();
            for (ILoggingEvent event : LOGGED.list) {
                String line = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                        + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage());
                assertThat(PERSONAL).as("personal data in a log line: %s", line).noneMatch(line::contains);
            }
        } finally {
            shop.close();
        }
    }

    @Test
    void anOrderGoesFromCheckoutToDelivery() throws Exception {
        Answer placed = post("/orders", "lifecycle-1", checkout("MUG", 2, "tok_visa"));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = placed.json().get("orderId").asString();
        assertThat(placed.headers().firstValue("Location")).hasValue("/orders/" + orderId);
        assertThat(placed.json().get("status").asString()).isEqualTo("ALLOCATED");

        Answer lists = post("/orders/" + orderId + "/pick-lists", null, "");
        assertThat(lists.status()).as(lists.text()).isEqualTo(201);
        String pickList = lists.json().get("pickListIds").get(0).asString();
        Answer picked = post("/orders/" + orderId + "/pick-lists/" + pickList + "/picked", null, "");
        assertThat(picked.json().get("status").asString()).as(picked.text()).isEqualTo("PICKED");

        String line = placed.json().get("lines").get(0).get("lineId").asString();
        Answer packed = post("/orders/" + orderId + "/packages", "pack-1",
                "{\"location\":\"WH-1\",\"items\":[{\"lineId\":\"" + line + "\",\"quantity\":2}]}");
        assertThat(packed.status()).as(packed.text()).isEqualTo(201);
        String pkg = packed.json().get("packageId").asString();

        Answer shipped = post("/orders/" + orderId + "/packages/" + pkg + "/shipment", null, "{\"service\":\"express\"}");
        assertThat(shipped.json().get("status").asString()).as(shipped.text()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("packages").get(0).get("trackingNumber").asString()).isNotBlank();
        Answer delivered = post("/orders/" + orderId + "/packages/" + pkg + "/delivery", null, "");
        assertThat(delivered.json().get("status").asString()).as(delivered.text()).isEqualTo("DELIVERED");

        Answer found = get("/orders/" + orderId);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void aHeldOrderIsNotPickedUntilReleasedAndAPickListCanBeVoided() throws Exception {
        String orderId = post("/orders", "review-1", checkout("MUG", 1, "tok_visa")).json().get("orderId").asString();
        String review = "{\"reason\":\"FRAUD_REVIEW\",\"note\":\"score above threshold\"}";

        Answer held = post("/orders/" + orderId + "/approval-holds", "hold-1", review);
        assertThat(held.json().get("status").asString()).as(held.text()).isEqualTo("ON_HOLD");
        Answer refused = post("/orders/" + orderId + "/pick-lists", null, "");
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(codes(refused.json())).containsExactly("ON_APPROVAL_HOLD");

        Answer released = post("/orders/" + orderId + "/approval-holds/release", "release-1", review);
        assertThat(released.json().get("status").asString()).as(released.text()).isEqualTo("ALLOCATED");
        Answer lists = post("/orders/" + orderId + "/pick-lists", null, "");
        String pickList = lists.json().get("pickListIds").get(0).asString();
        Answer voided = post("/orders/" + orderId + "/pick-lists/" + pickList + "/voiding", null, "{\"reason\":\"printer jam\"}");
        assertThat(voided.json().get("pickLists").get(0).get("state").asString()).as(voided.text()).isEqualTo("VOIDED");
        assertThat(voided.json().get("status").asString()).isEqualTo("ALLOCATED");
    }

    @Test
    void aRejectionIsAProblemDetailNamingEveryProblemWithItsCode() throws Exception {
        Answer rejected = post("/orders", "rejected-1", checkout("NO-SUCH-SKU", 0, "tok_visa"));
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(rejected.json().get("type").asString()).isEqualTo(ShopProblems.REJECTED);
        assertThat(codes(rejected.json())).contains("UNKNOWN_SKU", "QUANTITY_NOT_POSITIVE");
        assertThat(rejected.json().get("problems").size()).isEqualTo(rejected.json().get("codes").size());
        assertThat(rejected.json().get("problems").get(0).get("path").asString()).isNotBlank();
    }

    @Test
    void aDoubleSubmittedCheckoutMakesOneOrderAndTheSameKeyWithAnotherBodyIsRefused() throws Exception {
        String body = checkout("TEAPOT", 1, "tok_visa");
        Answer first = post("/orders", "double-1", body);
        Answer second = post("/orders", "double-1", body);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());

        Answer other = post("/orders", "double-1", checkout("TEAPOT", 3, "tok_visa"));
        assertThat(other.status()).as(other.text()).isEqualTo(422);
        assertThat(codes(other.json())).containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThat(get("/orders/" + first.json().get("orderId").asString()).json().get("lines").get(0).get("quantity").asLong())
                .isEqualTo(1);
    }

    @Test
    void anUnknownOrderIsNotFound() throws Exception {
        Answer missing = get("/orders/no-such-order");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(codes(missing.json())).containsExactly("UNKNOWN_ORDER");
    }

    @Test
    void aCheckoutCanBeCancelledAndACheckoutWithoutAKeyIsRefused() throws Exception {
        String orderId = post("/orders", "cancel-1", checkout("SPOON", 4, "tok_visa")).json().get("orderId").asString();
        Answer cancelled = post("/orders/" + orderId + "/cancellation", "cancel-1-c", "{\"reason\":\"changed my mind\"}");
        assertThat(cancelled.json().get("status").asString()).as(cancelled.text()).isEqualTo("CANCELLED");
        Answer keyless = post("/orders", null, checkout("SPOON", 1, "tok_visa"));
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aDeclinedCardHoldsThePaymentUntilAnotherCardIsAuthorised() throws Exception {
        Answer held = post("/orders", "declined-1", checkout("MUG", 1, ShopPorts.DECLINED_CARD));
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        assertThat(held.json().get("status").asString()).isEqualTo("PAYMENT_HOLD");
        String orderId = held.json().get("orderId").asString();
        Answer retried = post("/orders/" + orderId + "/payment", "declined-1-retry", "{\"cardToken\":\"tok_mastercard\"}");
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("ALLOCATED");
    }

    @Test
    void theApiIsDescribedAndTheHealthIncludesOms() throws Exception {
        Answer api = get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("paths").has("/orders/{orderId}/packages/{packageId}/shipment")).as(api.text()).isTrue();
        assertThat(api.json().get("info").get("title").asString()).isEqualTo("oms sample shop");
        Answer health = get("/actuator/health");
        assertThat(health.status()).as(health.text()).isEqualTo(200);
        assertThat(health.json().get("components").get("oms").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aCountBelowWhatOrdersHoldCancelsTheUnitsThatCannotMoveAndFoundUnitsComeBack() throws Exception {
        String orderId = post("/orders", "count-order-1", checkout("SPOON", 3, "tok_visa")).json().get("orderId").asString();

        Answer counted = post("/stock/SPOON/WH-1/adjustments", "count-1", "{\"reason\":\"COUNT\",\"quantity\":0}");

        assertThat(counted.status()).as(counted.text()).isEqualTo(200);
        assertThat(counted.json().get("onHandAfter").asLong()).isZero();
        assertThat(counted.json().get("ordersShort").valueStream().map(JsonNode::asString).toList()).contains(orderId);
        assertThat(counted.json().get("unsettled").asLong()).isZero();
        assertThat(get("/orders/" + orderId).json().get("status").asString()).isEqualTo("CANCELLED");
        Answer again = post("/stock/SPOON/WH-1/adjustments", "count-1", "{\"reason\":\"COUNT\",\"quantity\":0}");
        assertThat(again.json().get("ordersShort").valueStream().toList()).isEmpty();
        Answer reused = post("/stock/SPOON/WH-1/adjustments", "count-1", "{\"reason\":\"COUNT\",\"quantity\":7}");
        assertThat(codes(reused.json())).containsExactly("IDEMPOTENCY_KEY_REUSED");

        Answer found = post("/stock/SPOON/WH-1/adjustments", "found-1", "{\"reason\":\"FOUND\",\"quantity\":1000}");
        assertThat(found.json().get("onHandAfter").asLong()).isEqualTo(1_000);
    }

    @Test
    void aClickAndCollectOrderIsListedAtTheCounterAndTheWarehouseSendsWhatTheCounterLacks() throws Exception {
        Answer own = post("/orders", "collect-1", collect("ST-1", false, "TEAPOT", 3));
        assertThat(own.status()).as(own.text()).isEqualTo(422);
        assertThat(codes(own.json())).containsExactly("INSUFFICIENT_STOCK");
        Answer both = post("/orders", "collect-2", collect("ST-1", false, "TEAPOT", 1).replace("\"lines\":[",
                "\"shipTo\":{\"recipient\":\"Ada\",\"lines\":[\"1 Row\"],\"city\":\"London\",\"postalCode\":\"N1\",\"countryCode\":\"GB\"},\"lines\":["));
        assertThat(codes(both.json())).containsExactly("SHIP_TO_AND_PICKUP");
        assertThat(codes(post("/orders", "collect-3", collect("WH-1", false, "TEAPOT", 1)).json()))
                .containsExactly("LOCATION_CANNOT_SERVE", "MISSING_ADDRESS");

        Answer placed = post("/orders", "collect-4", collect("ST-1", true, "TEAPOT", 3));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = placed.json().get("orderId").asString();
        Answer lists = post("/orders/" + orderId + "/pick-lists", null, "");
        assertThat(lists.json().get("order").get("pickLists").valueStream().map(l -> l.get("location").asString()).sorted().toList())
                .as(lists.text()).containsExactly("ST-1", "WH-1");
    }

    private static String checkout(String sku, long quantity, String card) {
        return """
                {"customerId":"C-1","cardToken":"%s",
                 "shipTo":{"recipient":"Ada Lovelace","lines":["12 Analytical Row"],"city":"London","postalCode":"N1 9GU","countryCode":"GB"},
                 "lines":[{"sku":"%s","quantity":%d,"unitPrice":"EUR 12.50"}]}""".formatted(card, sku, quantity);
    }

    private static String collect(String store, boolean transferAllowed, String sku, long quantity) {
        return """
                {"customerId":"C-2","cardToken":"tok_visa","pickup":{"store":"%s","transferAllowed":%s},
                 "lines":[{"sku":"%s","quantity":%d,"unitPrice":"EUR 12.50"}]}""".formatted(store, transferAllowed, sku, quantity);
    }

    private static List<String> codes(JsonNode problem) {
        return problem.get("codes").valueStream().map(JsonNode::asString).toList();
    }

    private static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private static Answer post(String path, String idempotencyKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    private record Answer(int status, java.net.http.HttpHeaders headers, String text) {
        JsonNode json() {
            return JSON.readTree(text);
        }
    }
}
