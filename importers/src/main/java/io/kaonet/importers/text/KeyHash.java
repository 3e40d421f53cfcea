package io.kaonet.importers.text;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hash by which large imports remember ids and keys instead of keeping them: FNV-1a
 * over the UTF-8 bytes, then the finalising mix of MurmurHash3 (fmix64), so that every input bit
 * affects every output bit. Among {@code n} distinct keys a collision has probability about
 * {@code n² / 2⁶⁵} (3·10⁻⁶ for ten million keys): rare, but importers must still confirm a
 * suspected duplicate exactly.
 *
 * <p>Complexity: O(length of the key). Stateless.
 *
 * <p>References: G. Fowler, L. C. Noll, K.-P. Vo, D. Eastlake, <i>The FNV Non-Cryptographic Hash
 * Algorithm</i>, IETF draft; A. Appleby, <i>MurmurHash3</i> (fmix64).
 */
public final class KeyHash {

    private KeyHash() {
    }

    /**
     * The hash of a key.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public static long of(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
