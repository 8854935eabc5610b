package org.casework.imports;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;

/** Where an import stands: waiting for an instance, being loaded, done, or stopped by a failure. */
public enum ImportStatus implements Coded {
    QUEUED("queued"), RUNNING("running"), FINISHED("finished"), FAILED("failed");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
