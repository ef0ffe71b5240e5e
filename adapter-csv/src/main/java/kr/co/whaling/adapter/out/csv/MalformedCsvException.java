package kr.co.whaling.adapter.out.csv;

import java.nio.file.Path;

/** A CSV file of the price source is not in the documented format; says which file, which line, and why. */
final class MalformedCsvException extends RuntimeException {

    MalformedCsvException(Path file, int line, String why) {
        super(file.getFileName() + (line > 0 ? " line " + line : "") + ": " + why);
    }
}
