package cn.gov.disclosure.attachment;

import java.nio.file.Path;

/**
 * A file as it arrived, held where the HTTP layer put it: the name the client gave (never
 * trusted, never logged), where its bytes are, and how many there are.
 */
public record ReceivedFile(String name, Path path, long size) {
}
