package org.throughline.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Jakarta Security's view of our accounts: checks e-mail and password, gives the roles as groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private RequestOrigin origin;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.signIn(credential.getCaller(), credential.getPassword().getValue(), origin.address())
                .map(user -> new CredentialValidationResult(
                        user.email(), user.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
