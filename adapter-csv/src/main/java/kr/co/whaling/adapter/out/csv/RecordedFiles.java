package kr.co.whaling.adapter.out.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the files of the directory, each once until it changes: a parsed file is kept with its
 * modification time and size, and read again when either differs (so a recorder may append to the
 * files of a running app).
 */
final class RecordedFiles {

    private record Stamp(FileTime modified, long size) {
    }

    private record Parsed(Stamp stamp, Object value) {
    }

    private final CsvLayout layout;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    RecordedFiles(CsvLayout layout) {
        this.layout = layout;
    }

    CsvLayout layout() {
        return layout;
    }

    /** Whether the directory is there to be read (a missing directory is a source that is down). */
    boolean directoryReadable() {
        return Files.isDirectory(layout.directory()) && Files.isReadable(layout.directory());
    }

    /**
     * The file parsed by {@code parser}, empty when there is no such file; {@link UncheckedIOException} when
     * the directory is missing or the file unreadable, {@link MalformedCsvException} when it is malformed.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> read(Path file, String header, Function<List<CsvTable.Row>, T> parser) {
        if (!directoryReadable()) {
            throw new UncheckedIOException(new NoSuchFileException(layout.directory().toString(), null,
                    "the price directory is missing or unreadable"));
        }
        try {
            Stamp stamp;
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp = new Stamp(attributes.lastModifiedTime(), attributes.size());
            } catch (NoSuchFileException e) {
                parsed.remove(file);
                return Optional.empty();
            }
            Parsed known = parsed.get(file);
            if (known != null && known.stamp().equals(stamp)) {
                return Optional.of((T) known.value());
            }
            T value = parser.apply(CsvTable.read(file, header));
            parsed.put(file, new Parsed(stamp, value));
            return Optional.of(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
