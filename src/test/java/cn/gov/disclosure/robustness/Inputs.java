package cn.gov.disclosure.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.disclosure.cases.CaseAction;

/**
 * What every endpoint of the service takes, read from its resource classes: path, query, header
 * and form parameters, and each field of its JSON body (a nested record's as {@code applicant.name}),
 * with the constraint annotations that bound them. A field added to a request record or a
 * resource is found here without anyone listing it.
 */
final class Inputs {

    enum Source {
        PATH, QUERY, HEADER, FORM, BODY
    }

    /** One thing a request carries, and the constraints declared on it (on a list, also on its elements). */
    record Input(Source source, String name, Class<?> type, List<Annotation> constraints,
            List<Annotation> elementConstraints) {

        /** A file a multipart form carries: its value is a file name, its content the range's ({@link Fields}). */
        boolean isFile() {
            return FileUpload.class.isAssignableFrom(type);
        }

        boolean required() {
            return has(NotNull.class) || has(NotBlank.class) || has(NotEmpty.class);
        }

        boolean notBlank() {
            return has(NotBlank.class) || has(NotEmpty.class);
        }

        Optional<Size> size() {
            return find(constraints, Size.class);
        }

        Optional<Size> elementSize() {
            return find(elementConstraints, Size.class);
        }

        Optional<String> pattern() {
            return find(constraints, Pattern.class).or(() -> find(elementConstraints, Pattern.class))
                    .map(Pattern::regexp);
        }

        /**
         * The same input with the type and constraints another declaration of it carries (a form
         * field's, read as text, those of its request record's field or of its API twin's).
         */
        Input constrainedAs(Input declared) {
            return new Input(source, name, declared.type, declared.constraints, declared.elementConstraints);
        }

        /** The same input, not required: its constraints but those that ask for a value. */
        Input optional() {
            return new Input(source, name, type, constraints.stream().filter(c -> !(c instanceof NotNull
                    || c instanceof NotBlank || c instanceof NotEmpty)).toList(), elementConstraints);
        }

        private boolean has(Class<? extends Annotation> kind) {
            return find(constraints, kind).isPresent();
        }
    }

    /**
     * One resource method: {@code POST /api/applications/{id}/acceptance} and what it takes;
     * {@code rawBody} where its body is JSON of a shape its path chooses (a letter's preview takes
     * its action's body), whose fields the endpoints of those actions walk.
     */
    record Endpoint(String method, String path, List<Input> inputs, boolean rawBody) {

        String key() {
            return method + " " + path;
        }

        List<Input> of(Source source) {
            return inputs.stream().filter(i -> i.source() == source).toList();
        }

        boolean isPage() {
            return path.startsWith("/ui") || path.startsWith("/apply") || path.startsWith("/status");
        }

        /** Whether it takes a file, and so a {@code multipart/form-data} form rather than JSON or a plain form. */
        boolean multipart() {
            return inputs.stream().anyMatch(Input::isFile);
        }
    }

    private Inputs() {
    }

    /** Every endpoint of the compiled service that takes any input. */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            List<Input> shared = new ArrayList<>();
            for (Field field : resource.getDeclaredFields()) {
                parameter(field, field.getName(), field.getType()).ifPresent(shared::add);
            }
            for (Method method : resource.getDeclaredMethods()) {
                Optional<String> verb = verb(method);
                if (verb.isEmpty()) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                List<Input> inputs = new ArrayList<>(shared);
                boolean rawBody = false;
                for (Parameter p : method.getParameters()) {
                    Optional<Input> parameter = parameter(p, p.getName(), p.getType());
                    if (parameter.isPresent()) {
                        inputs.add(parameter.get());
                    } else if (p.getType() == JsonNode.class || p.getType() == MultivaluedMap.class) {
                        rawBody = true;
                    } else {
                        inputs.addAll(body("", p.getType()));
                    }
                }
                if (path.endsWith("/{action}")) {
                    endpoints.addAll(perAction(verb.get(), path, inputs));
                } else if (!inputs.isEmpty() || rawBody) {
                    endpoints.add(new Endpoint(verb.get(), path, inputs, rawBody));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    /**
     * The one method that takes every action on a case, as the endpoints it serves: one per action,
     * with the action's body as JSON, or on a page its fields as a form's.
     */
    private static List<Endpoint> perAction(String verb, String path, List<Input> inputs) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            if (action.requestType() == null) {
                continue;
            }
            String actionPath = path.replace("{action}", action.path());
            List<Input> actionInputs = new ArrayList<>(inputs.stream()
                    .filter(i -> !(i.source() == Source.PATH && i.name().equals("action"))).toList());
            actionInputs.addAll(actionPath.startsWith("/ui") ? formFields("", action.requestType())
                    : body("", action.requestType()));
            endpoints.add(new Endpoint(verb, actionPath, actionInputs, false));
        }
        return endpoints;
    }

    /** A request record's fields as a form sends them, as text: a nested record's as {@code group.field}. */
    private static List<Input> formFields(String prefix, Class<?> type) {
        List<Input> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            if (component.getType().isRecord()) {
                fields.addAll(formFields(name + ".", component.getType()));
            } else {
                fields.add(new Input(Source.FORM, name, String.class, List.of(), List.of()));
            }
        }
        return fields;
    }

    /** The classes with {@code @Path} among the service's compiled classes. */
    private static List<Class<?>> resources() {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(Inputs::load).filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .<Class<?>> map(c -> c).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> verb(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class).filter(method::isAnnotationPresent)
                .map(Class::getSimpleName).findFirst();
    }

    /**
     * A path, query, header or form parameter; empty for what is none of these (the body). A
     * parameter read as text whose description names the codes it takes ({@code @Schema(implementation
     * = SomeEnum.class)}) is of that enum, so that its edges are drawn from those codes.
     */
    private static Optional<Input> parameter(AnnotatedElement element, String declaredName, Class<?> declaredType) {
        List<Annotation> constraints = constraints(element.getAnnotations());
        Class<?> type = documentedCodes(element).orElse(declaredType);
        if (element.getAnnotation(PathParam.class) != null) {
            return Optional.of(new Input(Source.PATH, element.getAnnotation(PathParam.class).value(), type,
                    constraints, List.of()));
        }
        if (element.getAnnotation(QueryParam.class) != null) {
            return Optional.of(new Input(Source.QUERY, element.getAnnotation(QueryParam.class).value(), type,
                    constraints, List.of()));
        }
        if (element.getAnnotation(HeaderParam.class) != null) {
            return Optional.of(new Input(Source.HEADER, element.getAnnotation(HeaderParam.class).value(), type,
                    constraints, List.of()));
        }
        RestForm form = element.getAnnotation(RestForm.class);
        if (form != null) {
            return Optional.of(new Input(Source.FORM, form.value().isEmpty() ? declaredName : form.value(), type,
                    constraints, List.of()));
        }
        return Optional.empty();
    }

    /** The enum a parameter's OpenAPI description names, directly or as its parameter's schema. */
    private static Optional<Class<?>> documentedCodes(AnnotatedElement element) {
        Schema schema = element.getAnnotation(Schema.class);
        var parameter = element.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        if (schema == null && parameter != null) {
            schema = parameter.schema();
        }
        return schema == null || !schema.implementation().isEnum() ? Optional.empty()
                : Optional.of(schema.implementation());
    }

    /** The fields of a JSON body, a nested record's both as a whole and field by field. */
    private static List<Input> body(String prefix, Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException("A body that is not a request record: " + type.getName());
        }
        List<Input> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            fields.add(new Input(Source.BODY, name, component.getType(),
                    constraints(component.getAccessor().getAnnotations()),
                    elementConstraints(component.getAnnotatedType())));
            if (component.getType().isRecord()) {
                fields.addAll(body(name + ".", component.getType()));
            }
        }
        return fields;
    }

    private static List<Annotation> elementConstraints(AnnotatedType type) {
        return type instanceof AnnotatedParameterizedType parameterized
                ? constraints(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations())
                : List.of();
    }

    private static List<Annotation> constraints(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(a -> a.annotationType().isAnnotationPresent(Constraint.class))
                .toList();
    }

    private static <A extends Annotation> Optional<A> find(List<Annotation> annotations, Class<A> kind) {
        return annotations.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
