package dev.hera.api.access;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.hera.api.config.ApiConfig;
import dev.hera.api.config.AuthMode;
import io.quarkus.oidc.Oidc;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.OidcTenantConfigBuilder;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;

/**
 * Turns Quarkus' OIDC support on when {@code hera.api.auth} is {@code oidc}, for bearer tokens of
 * the configured issuer (its keys from {@code hera.api.oidc.jwks-url}, or discovered); in the other
 * modes no OIDC tenant exists and a bearer token is left to {@link SessionAccess}.
 */
public class OidcStartup {

    private static final Logger LOG = Logger.getLogger(OidcStartup.class);

    void start(@Observes Oidc oidc, ApiConfig config) {
        if (config.auth() != AuthMode.OIDC) {
            return;
        }
        String issuer = config.oidc().issuer().orElseThrow(() -> new IllegalStateException(
                "HERA_API_AUTH=oidc needs the identity provider's issuer: set HERA_API_OIDC_ISSUER"));
        OidcTenantConfigBuilder tenant = OidcTenantConfig.authServerUrl(issuer).applicationType(ApplicationType.SERVICE);
        config.oidc().jwksUrl().ifPresent(jwks -> tenant.discoveryEnabled(false).jwksPath(jwks));
        var token = tenant.token().issuer(issuer);
        config.oidc().audience().ifPresent(token::audience);
        oidc.create(token.end().build());
        LOG.infof("sessions belong to the subjects of bearer tokens issued by %s", issuer);
    }
}
