package org.casework.common;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casework.common.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where failures become RFC 9457 problem+json. No stack traces, no personal data. */
public class ProblemMapper {

    private static final String TYPE_PREFIX = "urn:casework:problem:";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status, e.slug, e.title, e.getMessage(), uri, e.errors);
    }

    /** No token, or one that is expired, forged, for another issuer or audience, or unsigned. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        ProblemException problem = ProblemException.unauthorized(
                "Send a valid bearer token from your identity provider in the Authorization header");
        return Response.fromResponse(problem(problem, uri)).header("WWW-Authenticate", "Bearer").build();
    }

    /** Signed in, but this operation is not for the caller's role. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemException.forbidden("Your role may not do this"), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return problem(invalid(e.getConstraintViolations()), uri);
    }

    /** The problem of a body that broke its constraints: every field named, in order of field. */
    public static ProblemException invalid(java.util.Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = violations.stream()
                .map(ProblemMapper::fieldError)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return new ProblemException(400, "validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s)", errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(unreadable(e), uri);
    }

    /** The problem of a body that could not be read as the request it should be, naming the field where it can. */
    public static ProblemException unreadable(JsonProcessingException e) {
        JsonProcessingException unparsable = parserFailure(e);
        if (unparsable instanceof StreamReadException read && read.getProcessor() != null
                && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
            // STRICT_DUPLICATE_DETECTION: the parser stands on the repeated name
            return ProblemException.invalid(FieldError.body(jsonPath(read.getProcessor().getParsingContext()),
                    "is given more than once"));
        } else if (unparsable instanceof StreamConstraintsException) {
            return malformedJson("is nested too deeply, or holds a number or text too long to read");
        } else if (unparsable != null) {
            return malformedJson("is not valid JSON");
        }
        if (e instanceof JsonMappingException mapping) {
            if (mapping.getPath().isEmpty() && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                return malformedJson("has more after the JSON value");
            }
            String field = mapping.getPath().isEmpty() ? "$" : jsonPath(mapping.getPath());
            return ProblemException.invalid(FieldError.body(field, refusal(mapping)));
        }
        return malformedJson("is not valid JSON");
    }

    /**
     * The parser's own failure (not JSON, a key given twice, past a size limit), which Jackson wraps in a mapping
     * exception when it happens inside a nested object; null when the JSON was read and a value was refused.
     */
    private static JsonProcessingException parserFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
                return (JsonProcessingException) cause;
            }
        }
        return null;
    }

    private static ProblemException malformedJson(String message) {
        return new ProblemException(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON",
                List.of(FieldError.body("$", message)));
    }

    /** Why the value at the mapping exception's path was refused, without echoing it. */
    private static String refusal(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        } else if (e instanceof StrictJson.RefusedValue refused) {
            return refused.getOriginalMessage();
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // InvalidFormatException included: a value of the wrong JSON type is refused, never converted
            return "must be " + describe(mismatch.getTargetType());
        }
        return "has the wrong type";
    }

    /**
     * A body that reads as JSON but breaks a Jackson definition: since duplicate keys are refused by the parser,
     * this is our bug, not the client's. Quarkus would answer a bare 500 and log the message; answer the same
     * problem+json 500 with an incident id as any other unexpected failure.
     */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /**
     * PostgreSQL refused a character it cannot store (SQLSTATE 22021, such as U+0000). Requests are checked for it
     * before they get here; this is the last line of defence, and it does not echo the value.
     */
    private static Response characterNotStorable(UriInfo uri) {
        return respond(400, "validation", "Invalid request",
                "The request holds a character that cannot be stored, such as U+0000; nothing was saved", uri,
                List.of());
    }

    /** Quarkus maps this subtype itself, without problem+json; the closer match here takes precedence. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        ProblemException stale = ProblemException.preconditionFailed();
        return problem(stale, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Request failed";
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource answers application/json";
            case 415 -> "Send the request body as application/json";
            default -> title;
        };
        return respond(status, "http-" + status, title, detail, uri, List.of());
    }

    /** An I/O failure a service wrapped so that its transaction rolls back (an import cut off): as {@link #io}. */
    @ServerExceptionMapper
    public Response uncheckedIo(java.io.UncheckedIOException e, UriInfo uri) {
        return io(e.getCause(), uri);
    }

    /**
     * The client closed the connection before its request had all arrived (a timeout on its side, a process
     * stopped): nothing was done and there is nobody to answer, which is not a fault of ours to raise an incident
     * for. Any other failure to read or write is.
     */
    @ServerExceptionMapper
    public Response io(IOException e, UriInfo uri) {
        if (!clientWentAway(e)) {
            return unexpected(e, uri);
        }
        Log.infof("The client closed the connection before its request had arrived; nothing was done (%s)",
                uri == null ? "" : uri.getPath());
        return respond(400, "incomplete-request", "Incomplete request",
                "The connection closed before the whole request arrived; nothing was saved", uri, List.of());
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** Seconds a client is asked to wait before sending again when the database is unavailable. */
    static final int RETRY_AFTER_UNAVAILABLE = 5;

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if ("22021".equals(DatabaseFault.sqlState(e))) {
            return characterNotStorable(uri);
        }
        return switch (DatabaseFault.of(e)) {
            // services check the rules first; this is two requests racing for the same unique value
            case UNIQUE_RACE -> problem(ProblemException.conflict(
                    "The request conflicts with a record saved at the same time; read again and retry"), uri);
            // the database undid this one whole (two writes touching the same rows in opposite orders)
            case RETRYABLE -> problem(ProblemException.conflict(
                    "The request ran into another saved at the same moment and nothing was saved; send it again"),
                    uri);
            case UNAVAILABLE -> {
                Log.warnf("Database unavailable (%s): answered 503", DatabaseFault.sqlState(e));
                yield Response.fromResponse(respond(503, "unavailable", "Service unavailable",
                        "The database cannot be reached just now and nothing was saved; send the request again in a "
                                + "few seconds", uri, List.of()))
                        .header("Retry-After", RETRY_AFTER_UNAVAILABLE).build();
            }
            case NONE -> {
                String incident = UUID.randomUUID().toString();
                // exception messages may carry personal data (SQL values, request text): log the type, not the message
                Log.errorf("Unexpected %s (SQL state %s), incident %s", e.getClass().getName(),
                        DatabaseFault.sqlState(e), incident);
                Log.debugf(e, "Incident %s", incident);
                yield respond(500, "internal", "Internal error",
                        "Something went wrong on our side; quote incident " + incident, uri, List.of());
            }
        };
    }

    private static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        Problem body = new Problem(TYPE_PREFIX + slug, title, status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Turns {@code create.body.externalIds[0].system} into {@code externalIds[0].system}. */
    public static FieldError fieldError(ConstraintViolation<?> violation) {
        return uncodedFieldError(violation).coded(rule(violation), figures(violation));
    }

    /** The rule a constraint states, as a code the web client translates. */
    static String rule(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        boolean text = violation.getInvalidValue() instanceof CharSequence;
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> text ? (tooShort(violation) ? "too-short" : "too-long")
                    : (tooShort(violation) ? "too-few" : "too-many");
            case "Past" -> "not-past";
            case "PastOrPresent" -> "future";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> "out-of-range";
            case "Pattern", "Email" -> "format";
            default -> FieldError.INVALID;
        };
    }

    private static boolean tooShort(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        Object min = violation.getConstraintDescriptor().getAttributes().get("min");
        int size = value instanceof CharSequence text ? text.length()
                : value instanceof java.util.Collection<?> collection ? collection.size() : Integer.MAX_VALUE;
        return min instanceof Integer least && size < least;
    }

    /** The constraint's own figures (min, max, value), never the value refused. */
    private static java.util.Map<String, Object> figures(ConstraintViolation<?> violation) {
        java.util.Map<String, Object> figures = new java.util.TreeMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (List.of("min", "max", "value").contains(name) && (value instanceof Number || value instanceof String)) {
                figures.put(name, value);
            }
        });
        return figures;
    }

    private static FieldError uncodedFieldError(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int parameterIndex = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                parameterIndex = i;
            }
        }
        boolean isParameter = parameterIndex >= 0 && parameterIndex == nodes.size() - 1;
        if (isParameter) {
            return parameterError(violation, nodes, parameterIndex);
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes.subList(parameterIndex + 1, nodes.size())) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // element of a list: the index is on the node, the name is not
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && path.length() > 0 && path.charAt(path.length() - 1) != ']') {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return FieldError.body(path.length() == 0 ? "$" : path.toString(), violation.getMessage());
    }

    /**
     * A constraint on a resource method's parameter as a whole: a query, path or header parameter by the name it has
     * in the request, or, for the entity parameter ({@code @NotNull} on a missing body), the body itself.
     */
    private static FieldError parameterError(ConstraintViolation<?> violation, List<Path.Node> nodes,
            int parameterIndex) {
        String name = nodes.get(parameterIndex).getName();
        int index = nodes.get(parameterIndex).as(Path.ParameterNode.class).getParameterIndex();
        Path.MethodNode methodNode = nodes.stream().filter(n -> n.getKind() == ElementKind.METHOD).findFirst()
                .map(n -> n.as(Path.MethodNode.class)).orElse(null);
        Method method = methodNode == null ? null
                : declaredMethod(violation.getRootBeanClass(), methodNode.getName(),
                        methodNode.getParameterTypes().toArray(Class<?>[]::new));
        if (method == null || index < 0 || index >= method.getParameterCount()) {
            return FieldError.query(name, violation.getMessage());
        }
        Parameter parameter = method.getParameters()[index];
        if (parameter.getAnnotation(QueryParam.class) != null) {
            return FieldError.query(parameter.getAnnotation(QueryParam.class).value(), violation.getMessage());
        } else if (parameter.getAnnotation(PathParam.class) != null) {
            return new FieldError("path", parameter.getAnnotation(PathParam.class).value(), violation.getMessage());
        } else if (parameter.getAnnotation(HeaderParam.class) != null) {
            return new FieldError("header", parameter.getAnnotation(HeaderParam.class).value(),
                    violation.getMessage());
        }
        boolean missing = violation.getConstraintDescriptor().getAnnotation() instanceof NotNull;
        return FieldError.body("$", missing ? "is required: send a JSON body" : violation.getMessage());
    }

    private static Method declaredMethod(Class<?> type, String name, Class<?>[] parameterTypes) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, parameterTypes);
            } catch (NoSuchMethodException e) {
                // a CDI subclass: look in the class it extends
            }
        }
        return null;
    }

    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "an ISO-8601 timestamp with offset";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "JsonNode" -> "a JSON value";
            default -> "an object";
        };
    }

    /** The JSON path of where a parser stands: {@code answers[2].value}. */
    static String jsonPath(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            }
        }
        return path.length() == 0 ? "$" : path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
