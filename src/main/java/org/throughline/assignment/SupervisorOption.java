package org.throughline.assignment;

import org.throughline.identity.Account;

/** A supervisor with how many coaches they supervise and how many they take. */
public class SupervisorOption {

    private final Account account;
    private final int maxCoaches;
    private final long coaches;
    private Integer maxCoachesInput;

    SupervisorOption(Account account, int maxCoaches, long coaches) {
        this.account = account;
        this.maxCoaches = maxCoaches;
        this.coaches = coaches;
        this.maxCoachesInput = maxCoaches;
    }

    /** The maximum as typed on the screen, before it is saved. */
    public Integer getMaxCoachesInput() {
        return maxCoachesInput;
    }

    public void setMaxCoachesInput(Integer maxCoachesInput) {
        this.maxCoachesInput = maxCoachesInput;
    }

    public boolean isFull() {
        return coaches >= maxCoaches;
    }

    public Account getAccount() {
        return account;
    }

    public int getMaxCoaches() {
        return maxCoaches;
    }

    public long getCoaches() {
        return coaches;
    }
}
