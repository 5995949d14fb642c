package cn.gov.disclosure.attachment;

import cn.gov.disclosure.common.Downloads;

/** An attachment's bytes with what a download says of them: its name and its type. */
public record Download(String name, String contentType, byte[] bytes) {

    /** The {@code Content-Disposition} that saves it under its name. */
    public String contentDisposition() {
        return Downloads.contentDisposition("attachment", name);
    }
}
