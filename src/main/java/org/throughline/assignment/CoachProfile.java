package org.throughline.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What administrators know about a coach for matching: specialties, languages, capacity, accepting. */
@Entity
@Table(name = "coach_profile")
public class CoachProfile {

    public static final int DEFAULT_CAPACITY = 8;
    public static final int MAX_CAPACITY = 200;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(length = 500)
    private String specialties;

    @Column(length = 200)
    private String languages;

    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    @Column(nullable = false)
    private boolean accepting = true;

    @Version
    private long version;

    protected CoachProfile() {}

    CoachProfile(long accountId) {
        this.accountId = accountId;
    }

    void update(String specialties, String languages, int capacity, boolean accepting) {
        this.specialties = specialties;
        this.languages = languages;
        this.capacity = capacity;
        this.accepting = accepting;
    }

    /** True when one of the comma-separated specialties contains {@code wanted} (any case). */
    public boolean offersSpecialty(String wanted) {
        return matches(specialties, wanted);
    }

    public boolean speaks(String wanted) {
        return matches(languages, wanted);
    }

    private static boolean matches(String list, String wanted) {
        if (list == null || wanted == null || wanted.isBlank()) {
            return false;
        }
        String needle = wanted.strip().toLowerCase(Locale.ROOT);
        List<String> items = Arrays.stream(list.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
        return items.stream().anyMatch(item -> item.contains(needle));
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSpecialties() {
        return specialties;
    }

    public String getLanguages() {
        return languages;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isAccepting() {
        return accepting;
    }
}
