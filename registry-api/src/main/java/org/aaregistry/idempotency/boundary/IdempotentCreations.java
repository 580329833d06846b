package org.aaregistry.idempotency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.security.control.Caller;
import org.aaregistry.versioning.boundary.Versions;

/** Runs a creation at most once per {@code Idempotency-Key}, in one transaction with the key's record. */
@ApplicationScoped
public class IdempotentCreations {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * @param key the client's {@code Idempotency-Key}, or {@code null} for a plain POST
     * @param body the request body, whose hash tells a retry from another request under the same key
     */
    @Transactional
    public Response once(String key, String path, JsonValue body, Supplier<Creation> creation) {
        return once(key, path, body == null ? "" : body.toString(), creation);
    }

    /** The same for a body that is not JSON (an import's CSV). */
    @Transactional
    public Response once(String key, String path, String body, Supplier<Creation> creation) {
        if (key == null) {
            return created(creation.get());
        }
        if (key.isBlank() || key.length() > 100) {
            throw InvalidRequest.of("Idempotency-Key", "must be 1 to 100 characters");
        }
        String hash = sha256(body);
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (actor_subject, idempotency_key, request_hash,"
                        + " method, path) VALUES (?1, ?2, ?3, 'POST', ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, caller.subject())
                .setParameter(2, key)
                .setParameter(3, hash)
                .setParameter(4, path)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, hash, path);
        }
        Creation done = creation.get();
        em.createNativeQuery("UPDATE idempotency_key SET status = 201, location = ?1, etag = ?2, response_body = ?3"
                        + " WHERE actor_subject = ?4 AND idempotency_key = ?5")
                .setParameter(
                        1, done.location() == null ? null : done.location().toString())
                .setParameter(2, done.version() == null ? null : Long.toString(done.version()))
                .setParameter(3, JSON.toJson(done.representation()))
                .setParameter(4, caller.subject())
                .setParameter(5, key)
                .executeUpdate();
        return created(done);
    }

    private Response replay(String key, String hash, String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, path, status, location, etag, response_body"
                        + " FROM idempotency_key WHERE actor_subject = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller.subject())
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.getFirst();
        if (!hash.equals(row[0]) || !path.equals(row[1]) || row[2] == null) {
            throw InvalidRequest.of("Idempotency-Key", "was used before for another request; use a new key");
        }
        return Response.status(((Number) row[2]).intValue())
                .location(row[3] == null ? null : URI.create((String) row[3]))
                .tag(row[4] == null ? null : new EntityTag((String) row[4]))
                .entity(row[5])
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true")
                .build();
    }

    private static Response created(Creation done) {
        Response.ResponseBuilder response =
                done.location() == null ? Response.status(Response.Status.CREATED) : Response.created(done.location());
        if (done.version() != null) {
            response.tag(Versions.tag(done.version()));
        }
        return response.entity(done.representation()).build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
