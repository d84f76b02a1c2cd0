package org.throughline.policy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy;
import org.throughline.policy.KeyRotationService;
import org.throughline.policy.PolicyService;
import org.throughline.policy.PolicySettings;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;

/** Confidentiality policies: the list, and one dialog to create or edit a policy. */
@Named
@ViewScoped
public class PoliciesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyService policies;

    @Inject
    private KeyRotationService rotation;

    private transient List<ConfidentialityPolicy> rows;
    private Long olderValues;
    private Long editing;
    private PolicySettings settings = new PolicySettings();

    public List<ConfidentialityPolicy> getRows() {
        if (rows == null) {
            rows = policies.policies();
        }
        return rows;
    }

    public long templates(ConfidentialityPolicy policy) {
        return policies.templateCount(policy.getId());
    }

    public void startNew() {
        editing = null;
        settings = new PolicySettings();
    }

    public void edit(long id) {
        try {
            editing = id;
            settings = policies.find(id).settings();
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void save() {
        try {
            ConfidentialityPolicy saved =
                    editing == null ? policies.create(settings) : policies.save(editing, settings);
            rows = null;
            Messages.info("policies.saved", saved.getName());
            PrimeFaces.current().executeScript("PF('policyDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public String getCurrentKeyId() {
        return rotation.currentKeyId();
    }

    public long getOlderValues() {
        if (olderValues == null) {
            olderValues = rotation.valuesUnderOlderKeys();
        }
        return olderValues;
    }

    /** Re-encrypts every value under an older key, one batch (one transaction) at a time. */
    public void reencrypt() {
        long total = 0;
        for (int done = rotation.reencryptBatch(); done > 0; done = rotation.reencryptBatch()) {
            total += done;
        }
        olderValues = null;
        Messages.info("keys.reencrypted", total, rotation.currentKeyId());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public ConfidentialityPolicy.HandoverRule[] getHandoverRules() {
        return ConfidentialityPolicy.HandoverRule.values();
    }

    public ConfidentialityPolicy.RecapField[] getRecapFields() {
        return ConfidentialityPolicy.RecapField.values();
    }

    /** Arrays, so that Faces converts the checked values to the enum (a Set would stay untyped). */
    public Role[] getSelectedExportRoles() {
        return settings.getExportRoles().toArray(Role[]::new);
    }

    public void setSelectedExportRoles(Role[] roles) {
        settings.setExportRoles(Set.of(roles));
    }

    public ConfidentialityPolicy.RecapField[] getSelectedRecapFields() {
        return settings.getRecapFields().toArray(ConfidentialityPolicy.RecapField[]::new);
    }

    public void setSelectedRecapFields(ConfidentialityPolicy.RecapField[] fields) {
        settings.setRecapFields(Set.of(fields));
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public PolicySettings getSettings() {
        return settings;
    }
}
