// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.invoice.InvoiceNumbers;
import dev.oms.testkit.InvoiceNumbersContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresInvoiceNumbersContractTest extends InvoiceNumbersContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Override
    protected InvoiceNumbers emptyStore() {
        return new PostgresInvoiceNumbers(emptyTables());
    }

    @Test
    void anIssueWhoseTransactionRollsBackTakesNoNumberSoTheNextLeavesNoGap() {
        DataSource dataSource = emptyTables();
        InvoiceNumbers numbers = new PostgresInvoiceNumbers(dataSource);
        numbers.issue("first", "INV", NOW);

        assertThatThrownBy(() -> new Transactions(dataSource).atomically("invoice a package", () -> {
            numbers.issue("rolled-back", "INV", NOW);
            throw new IllegalStateException("the host's transaction fails after the number was taken");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(numbers.issue("second", "INV", NOW).sequence()).isEqualTo(2);
        assertThat(numbers.issue("rolled-back", "INV", NOW).sequence()).isEqualTo(3);
    }

    private static DataSource emptyTables() {
        DataSource dataSource = TestDatabase.reset();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE oms_invoice_number, oms_invoice_series");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}
