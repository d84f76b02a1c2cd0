package org.throughline.policy;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.throughline.identity.Role;

/** A policy's settings as the editor holds them; {@link PolicyRules} decides whether they may be saved. */
public class PolicySettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private boolean supervisorsSeeIdentity;
    private Integer maxNoteLength = 500;
    private Set<Role> exportRoles = EnumSet.of(Role.ADMIN);
    private boolean breakGlassAllowed = true;
    private Integer breakGlassHours = 8;
    private ConfidentialityPolicy.HandoverRule handoverRule = ConfidentialityPolicy.HandoverRule.GOAL_AND_ACTIONS;
    private Set<ConfidentialityPolicy.RecapField> recapFields = EnumSet.of(
            ConfidentialityPolicy.RecapField.WHEN,
            ConfidentialityPolicy.RecapField.NOTICE,
            ConfidentialityPolicy.RecapField.NORM);
    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isSupervisorsSeeIdentity() {
        return supervisorsSeeIdentity;
    }

    public void setSupervisorsSeeIdentity(boolean supervisorsSeeIdentity) {
        this.supervisorsSeeIdentity = supervisorsSeeIdentity;
    }

    public Integer getMaxNoteLength() {
        return maxNoteLength;
    }

    public void setMaxNoteLength(Integer maxNoteLength) {
        this.maxNoteLength = maxNoteLength;
    }

    public Set<Role> getExportRoles() {
        return exportRoles;
    }

    public void setExportRoles(Set<Role> exportRoles) {
        this.exportRoles =
                exportRoles == null || exportRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(exportRoles);
    }

    public boolean isBreakGlassAllowed() {
        return breakGlassAllowed;
    }

    public void setBreakGlassAllowed(boolean breakGlassAllowed) {
        this.breakGlassAllowed = breakGlassAllowed;
    }

    public Integer getBreakGlassHours() {
        return breakGlassHours;
    }

    public void setBreakGlassHours(Integer breakGlassHours) {
        this.breakGlassHours = breakGlassHours;
    }

    public ConfidentialityPolicy.HandoverRule getHandoverRule() {
        return handoverRule;
    }

    public void setHandoverRule(ConfidentialityPolicy.HandoverRule handoverRule) {
        this.handoverRule = handoverRule;
    }

    public Set<ConfidentialityPolicy.RecapField> getRecapFields() {
        return recapFields;
    }

    public void setRecapFields(Set<ConfidentialityPolicy.RecapField> recapFields) {
        this.recapFields = recapFields == null || recapFields.isEmpty()
                ? EnumSet.noneOf(ConfidentialityPolicy.RecapField.class)
                : EnumSet.copyOf(recapFields);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
