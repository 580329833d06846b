package org.aaregistry.security.control;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;
import static jakarta.security.enterprise.identitystore.IdentityStore.ValidationType.PROVIDE_GROUPS;
import static jakarta.security.enterprise.identitystore.IdentityStore.ValidationType.VALIDATE;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every bearer token passes here. Payara's MP-JWT identity store checks signature, issuer, audience and expiry; this
 * handler then refuses what Payara accepts but a registry must not (OWASP ASVS 5.0 §9, and the forged-token probes of
 * SecurityIT): a token that is not yet valid ({@code nbf}) or issued in the future ({@code iat}), one missing {@code
 * exp}, {@code iat}, {@code sub} or {@code jti}, and an ID token presented as an access token.
 * Every refusal is announced as a {@link TokenRejected} event for the access log.
 *
 * <p>It replaces the default handler, as Jakarta Security allows for an {@code @Alternative @Priority} bean,
 * and otherwise follows the specified algorithm: the first identity store to validate wins, then stores that
 * provide groups add theirs.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class TokenGate implements IdentityStoreHandler {

    @Inject
    @Any
    Instance<IdentityStore> identityStores;

    @Inject
    Event<TokenRejected> rejections;

    @Inject
    TokenRules rules;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        CredentialValidationResult result = validateWithStores(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            rejections.fire(
                    new TokenRejected("token refused: bad signature, issuer, audience or expiry, or not a JWT", null));
            return INVALID_RESULT;
        }
        if (result.getCallerPrincipal() instanceof JsonWebToken token) {
            String violation = rules.violation(token);
            if (violation != null) {
                // the refusal is logged under the subject, unless the subject itself is what cannot be recorded
                String subject = token.getSubject();
                rejections.fire(new TokenRejected(
                        violation, subject != null && subject.length() <= TokenRules.MAX_NAME ? subject : null));
                return INVALID_RESULT;
            }
        }
        return result;
    }

    private CredentialValidationResult validateWithStores(Credential credential) {
        List<IdentityStore> stores = identityStores.stream()
                .sorted(Comparator.comparingInt(IdentityStore::priority))
                .toList();
        CredentialValidationResult validated = NOT_VALIDATED_RESULT;
        for (IdentityStore store : stores) {
            if (store.validationTypes().contains(VALIDATE)) {
                CredentialValidationResult candidate = store.validate(credential);
                if (candidate.getStatus() == CredentialValidationResult.Status.VALID) {
                    validated = candidate;
                    break;
                }
                if (candidate.getStatus() == CredentialValidationResult.Status.INVALID) {
                    validated = candidate;
                }
            }
        }
        if (validated.getStatus() != CredentialValidationResult.Status.VALID) {
            return validated;
        }
        Set<String> groups = new HashSet<>(validated.getCallerGroups());
        for (IdentityStore store : stores) {
            if (store.validationTypes().equals(Set.of(PROVIDE_GROUPS))) {
                groups.addAll(store.getCallerGroups(validated));
            }
        }
        return new CredentialValidationResult(
                validated.getIdentityStoreId(),
                validated.getCallerPrincipal(),
                validated.getCallerDn(),
                validated.getCallerUniqueId(),
                groups);
    }
}
