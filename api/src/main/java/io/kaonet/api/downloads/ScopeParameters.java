package io.kaonet.api.downloads;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.core.model.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * A {@link Scope} from query parameters named like the fields of GraphQL's {@code Scope} input
 * ({@code clusterIds=TAMA&clusterIds=HOKKAIDO&asOf=2005-12-31}); a list field takes the parameter
 * repeated. The binding goes through Jackson onto the same record GraphQL binds, so a field added
 * to the scope is a parameter at once, and an unknown parameter, a bad value or an inconsistent
 * scope is refused naming the parameter and value.
 */
final class ScopeParameters {

    private final ObjectMapper json;

    ScopeParameters(ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
    }

    /**
     * The scope given by the parameters other than {@code own} (the endpoint's own parameters).
     *
     * @throws InvalidArgumentException naming the parameter when a parameter is unknown or its value bad
     */
    Scope scope(MultiValueMap<String, String> parameters, Set<String> own) {
        Map<String, Object> fields = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!own.contains(name)) {
                List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
                if (!kept.isEmpty()) {
                    fields.put(name, kept.size() == 1 ? kept.get(0) : kept);
                }
            }
        });
        if (fields.isEmpty()) {
            return Scope.ALL;
        }
        try {
            return json.convertValue(fields, Scope.class);
        } catch (IllegalArgumentException e) {
            throw refusal(e, fields);
        }
    }

    private static InvalidArgumentException refusal(IllegalArgumentException e, Map<String, Object> fields) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return new InvalidArgumentException(u.getPropertyName(), fields.get(u.getPropertyName()),
                    "is not a scope parameter (known: " + String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")");
        }
        if (cause instanceof ValueInstantiationException v && v.getCause() != null) {
            return new InvalidArgumentException("scope", fields, v.getCause().getMessage());
        }
        if (cause instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
            String name = f.getPath().get(0).getFieldName();
            return new InvalidArgumentException(name, f.getValue(), "is not a valid " + f.getTargetType().getSimpleName()
                    + (f.getTargetType().isEnum() ? " (one of " + List.of(f.getTargetType().getEnumConstants()) + ")" : ""));
        }
        return new InvalidArgumentException("scope", fields, "is not a valid scope");
    }
}
