package cn.gov.disclosure.common;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * PostgreSQL keeps no NUL character (U+0000) in text, nor looks one up, so text holding one is
 * refused where a request is read: in its address here, in a JSON body by the body's reader, in
 * a web form where the form is read. It never reaches the database, where it failed as a 500.
 */
@Singleton
public class StoredText implements ObjectMapperCustomizer {

    public static final String REFUSAL = "must not contain the NUL character (U+0000)";
    public static final String CHINESE = "含有无法保存的控制字符，请删除后重新填写";

    public static boolean storable(String text) {
        return text == null || text.indexOf('\0') < 0;
    }

    /** The path and the query, decoded. */
    @ServerRequestFilter(preMatching = true)
    public void address(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (!storable(uri.getPath())
                || uri.getQueryParameters().values().stream().flatMap(List::stream).anyMatch(v -> !storable(v))) {
            throw new BadRequestException("The address " + REFUSAL);
        }
    }

    /** Every string of a JSON body, wherever it stands (a field, a list's element). */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("stored-text").addDeserializer(String.class,
                new StdScalarDeserializer<String>(String.class) {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String text = StringDeserializer.instance.deserialize(parser, context);
                        if (!storable(text)) {
                            throw context.weirdStringException(text, String.class, REFUSAL);
                        }
                        return text;
                    }
                }));
    }
}
