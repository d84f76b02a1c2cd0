package org.throughline.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a table paged in the database: a count and a page, each one service call, and a row
 * key. PrimeFaces' own {@code DefaultLazyDataModel} pages a list in memory, so it is not used.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the table has in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size}. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** The row's key, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
