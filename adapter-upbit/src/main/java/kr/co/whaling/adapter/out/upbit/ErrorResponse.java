package kr.co.whaling.adapter.out.upbit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Upbit's error body: {@code {"error": {"name": "404", "message": "Code not found"}}}. */
record ErrorResponse(@JsonProperty("error") Detail error) {

    /** The error's name (often the status) and its message. */
    record Detail(@JsonProperty("name") String name, @JsonProperty("message") String message) {
    }

    String describe() {
        if (error == null) {
            return "no error detail";
        }
        return error.name() + ": " + error.message();
    }

    boolean isCodeNotFound() {
        return error != null && error.message() != null
                && error.message().strip().equalsIgnoreCase("Code not found");
    }
}
