package kr.co.whaling.adapter.out.upbit;

/** Upbit's error body: {@code {"error": {"name": "404", "message": "Code not found"}}}. */
record ErrorResponse(Detail error) {

    record Detail(String name, String message) {
    }

    String describe() {
        return error == null ? "no error detail" : error.name() + ": " + error.message();
    }

    boolean isCodeNotFound() {
        return error != null && error.message() != null
                && error.message().strip().equalsIgnoreCase("Code not found");
    }
}
