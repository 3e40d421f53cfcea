package io.kaonet.importers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded byte-level mutations of a valid input, for the parsers' fuzz tests: one to four edits,
 * each overwriting, inserting or deleting a byte (random or one of a format's special bytes),
 * truncating, or repeating a slice.
 */
public final class ByteMutations {

    private final byte[] special;

    /** @param special bytes that mean something to the format under test (separators, quotes, …) */
    public ByteMutations(byte[] special) {
        this.special = special.clone();
    }

    /** A mutated copy of {@code input}; the same random state gives the same mutation. */
    public byte[] mutate(byte[] input, Random random) {
        List<Byte> bytes = new ArrayList<>(input.length + 8);
        for (byte b : input) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            byte b = random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, b);
                case 1 -> bytes.add(at, b);
                case 2 -> bytes.remove(at);
                case 3 -> bytes.subList(at, bytes.size()).clear();
                default -> {
                    int end = Math.min(bytes.size(), at + 1 + random.nextInt(40));
                    bytes.addAll(at, new ArrayList<>(bytes.subList(at, end)));
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    /**
     * The files (name to UTF-8 text) as bytes, in their order, one of them chosen by {@code random}
     * and mutated; the same random state gives the same result.
     */
    public Map<String, byte[]> mutateOneOf(Map<String, String> files, Random random) {
        List<String> names = List.copyOf(files.keySet());
        String target = names.get(random.nextInt(names.size()));
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.put(name, name.equals(target) ? mutate(bytes, random) : bytes);
        });
        return out;
    }
}
