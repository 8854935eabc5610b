package org.casework.imports;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

import org.casework.common.Coded;

/** How an import's file is written: a JSON object a line, or CSV with a header of field names. */
public enum FileFormat implements Coded {
    NDJSON("ndjson", "application/x-ndjson"), CSV("csv", "text/csv");

    private final String code;
    private final String mediaType;

    FileFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a Content-Type names, parameters (a charset) aside. */
    static Optional<FileFormat> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(type)).findFirst();
    }
}
