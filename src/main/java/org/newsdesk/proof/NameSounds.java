package org.newsdesk.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/** Groups of name characters that sound alike ({@code name-sounds.txt}): 纯 and 淳 are in one. */
final class NameSounds {

    private final BitSet[] groups = new BitSet[Character.MAX_VALUE + 1];

    NameSounds(String text) {
        int group = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (groups[c] == null) {
                    groups[c] = new BitSet();
                }
                groups[c].set(group);
            }
            group++;
        }
    }

    static NameSounds shipped() {
        try (InputStream in = NameSounds.class.getResourceAsStream("name-sounds.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: name-sounds.txt");
            }
            return new NameSounds(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alike(char a, char b) {
        return a != b && groups[a] != null && groups[b] != null && groups[a].intersects(groups[b]);
    }
}
