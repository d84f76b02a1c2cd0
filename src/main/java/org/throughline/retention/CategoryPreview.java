package org.throughline.retention;

/** For one category: its rule, how many records are due now, and how many more reach their end within the warning days. */
public class CategoryPreview {

    private final RetentionRule rule;
    private final long dueNow;
    private final long dueSoon;

    CategoryPreview(RetentionRule rule, long dueNow, long dueSoon) {
        this.rule = rule;
        this.dueNow = dueNow;
        this.dueSoon = dueSoon;
    }

    public RetentionRule getRule() {
        return rule;
    }

    public Category getCategory() {
        return rule.getCategory();
    }

    public long getDueNow() {
        return dueNow;
    }

    public long getDueSoon() {
        return dueSoon;
    }
}
