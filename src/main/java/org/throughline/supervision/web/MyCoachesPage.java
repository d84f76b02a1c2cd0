package org.throughline.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.throughline.identity.Account;
import org.throughline.supervision.MyCoachesService;

/** The coaches the signed-in supervisor supervises. */
@Named
@RequestScoped
public class MyCoachesPage {

    @Inject
    private MyCoachesService service;

    private List<Account> coaches;

    public List<Account> getCoaches() {
        if (coaches == null) {
            coaches = service.myCoaches();
        }
        return coaches;
    }
}
