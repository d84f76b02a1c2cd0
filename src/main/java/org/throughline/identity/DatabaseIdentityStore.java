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

    @Inject
    private SignInThrottle throttle;

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String address = origin.address();
        boolean known = origin.knownDevice();
        long delay = throttle.delayFor(address, known);
        if (delay > 0) {
            pause(delay); // outside any transaction: a slowed attempt holds no database connection
        }
        return signIn.signIn(
                        credential.getCaller(),
                        credential.getPassword().getValue(),
                        new SignInService.Attempt(address, known, delay))
                .map(user -> {
                    origin.rememberSessionStamp(user.sessionStamp());
                    return new CredentialValidationResult(
                            user.email(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
