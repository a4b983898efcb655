package org.backoffice.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.backoffice.platform.api.backup.Backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The backup folder: one sub-folder per backup holding {@code manifest.json} and the database copy; files hashed,
 * zipped for download and deleted here.
 */
final class BackupFolder {

    static final String MANIFEST = "manifest.json";
    static final String SCRATCH = ".scratch";

    private final Path root;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    BackupFolder(Path root) {
        this.root = root.toAbsolutePath();
    }

    Path root() {
        return root;
    }

    Path of(String id) {
        // ids are ours (backup-<time>); anything else cannot name a folder outside the root
        if (id == null || !id.matches("backup-[0-9]{8}-[0-9]{9}")) {
            return null;
        }
        return root.resolve(id);
    }

    Path scratch(String id) {
        return root.resolve(SCRATCH).resolve(id + "-" + System.nanoTime());
    }

    void write(Backup backup) throws IOException {
        Path file = root.resolve(backup.id()).resolve(MANIFEST);
        Path temporary = file.resolveSibling(MANIFEST + ".tmp");
        json.writeValue(temporary.toFile(), backup);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    Optional<Backup> read(String id) throws IOException {
        Path folder = of(id);
        if (folder == null || !Files.isRegularFile(folder.resolve(MANIFEST))) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(folder.resolve(MANIFEST).toFile(), Backup.class));
    }

    List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return backups;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                read(folder.getFileName().toString()).ifPresent(backups::add);
            }
        }
        backups.sort(Comparator.comparing(Backup::createdAt).reversed());
        return backups;
    }

    /** SHA-256 of every file below {@code folder} except the manifest, by relative path with '/'. */
    static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (Files.isRegularFile(file) && !name.equals(MANIFEST)) {
                    hashes.put(name, sha256(file));
                }
            }
        }
        return hashes;
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void zip(Path folder, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    zip.putNextEntry(new ZipEntry(folder.getFileName() + "/"
                            + folder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        }
        zip.finish();
        zip.flush();
    }

    static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
