package dev.hera.api.ratelimit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who a request comes from, as every limit counts clients: the peer's address, or the rightmost
 * {@code X-Forwarded-For} address that is not a trusted proxy; IPv6 per /64 ({@link ClientAddress}).
 */
@ApplicationScoped
public class Clients {

    private final List<ClientAddress.Network> trustedProxies;

    public Clients(RateLimitConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(List.of()).stream().map(ClientAddress.Network::parse).toList();
    }

    /** The client's key: an address, a /64 network, or {@code unknown}. */
    public String of(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        return ClientAddress.resolve(remote == null ? null : remote.hostAddress(), http.getHeader("X-Forwarded-For"),
                trustedProxies);
    }
}
