package org.throughline.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The bare table page's 50 rows, made in memory: the page benchmark's yardstick, a PrimeFaces table
 * page on the same server with no database and no security. Packed into its own WAR by the benchmark;
 * not part of the product.
 */
@Named
@RequestScoped
public class BareRows {

    public record Row(int number, String name, LocalDate date) {
        public int getNumber() {
            return number;
        }

        public String getName() {
            return name;
        }

        public LocalDate getDate() {
            return date;
        }
    }

    private final List<Row> rows = IntStream.rangeClosed(1, 50)
            .mapToObj(i -> new Row(i, "Row " + i, LocalDate.of(2026, 1, 1).plusDays(i)))
            .toList();

    public List<Row> getRows() {
        return rows;
    }
}
