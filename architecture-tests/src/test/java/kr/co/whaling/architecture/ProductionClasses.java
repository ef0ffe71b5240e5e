package kr.co.whaling.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;

/**
 * Imports the production classes of every module from the test classpath, without test classes.
 *
 * <p>The bootstrap module is repackaged by the Spring Boot plugin into an executable jar whose own
 * classes sit under {@code BOOT-INF/classes/}, where neither the class loader nor a plain package
 * scan finds them. Without looking inside such jars, every rule would silently pass for bootstrap.
 */
final class ProductionClasses {

    /** The root package of the production code. */
    static final String ROOT = "kr.co.whaling";

    private static final String BOOT_CLASSES_ATTRIBUTE = "Spring-Boot-Classes";

    private static JavaClasses cached;

    private ProductionClasses() {
    }

    /** All production classes under {@link #ROOT}, imported once per test JVM. */
    static synchronized JavaClasses get() {
        if (cached == null) {
            Set<Location> locations = new LinkedHashSet<>(Locations.ofPackage(ROOT));
            locations.addAll(insideSpringBootJars(ROOT));
            cached = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importLocations(locations);
        }
        return cached;
    }

    private static Set<Location> insideSpringBootJars(String rootPackage) {
        Set<Location> result = new LinkedHashSet<>();
        for (Location location : Locations.inClassPath()) {
            if (!location.isJar()) {
                continue;
            }
            String jarUri = location.asURI().getSchemeSpecificPart();
            int separator = jarUri.indexOf("!/");
            URI fileUri = URI.create(separator < 0 ? jarUri : jarUri.substring(0, separator));
            String bootClasses = bootClassesPrefix(Path.of(fileUri));
            if (bootClasses != null) {
                result.add(Location.of(URI.create(
                        "jar:" + fileUri + "!/" + bootClasses + rootPackage.replace('.', '/') + "/")));
            }
        }
        return result;
    }

    /** The folder of the application's own classes in a Spring Boot jar, or null for any other jar. */
    private static String bootClassesPrefix(Path jar) {
        if (!jar.toFile().isFile()) {
            return null;
        }
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            if (manifest == null) {
                return null;
            }
            String prefix = manifest.getMainAttributes().getValue(BOOT_CLASSES_ATTRIBUTE);
            if (prefix == null || prefix.isBlank()) {
                return null;
            }
            return prefix.endsWith("/") ? prefix : prefix + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
