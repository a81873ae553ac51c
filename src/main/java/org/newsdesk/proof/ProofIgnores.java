package org.newsdesk.proof;

import java.util.HashSet;
import java.util.Set;

/**
 * Findings the desk has chosen to ignore always, by {@link Finding#ignoreKey()} (the rule and
 * the text found): for the whole newsroom, or for one story.
 */
public record ProofIgnores(Set<String> newsroom, Set<String> story) {

    public static final ProofIgnores NONE = new ProofIgnores(Set.of(), Set.of());

    public ProofIgnores {
        newsroom = Set.copyOf(newsroom == null ? Set.of() : newsroom);
        story = Set.copyOf(story == null ? Set.of() : story);
    }

    public boolean ignores(Finding f) {
        String key = f.ignoreKey();
        return newsroom.contains(key) || story.contains(key);
    }

    public ProofIgnores withStory(String key) {
        Set<String> s = new HashSet<>(story);
        s.add(key);
        return new ProofIgnores(newsroom, s);
    }

    public ProofIgnores withNewsroom(String key) {
        Set<String> s = new HashSet<>(newsroom);
        s.add(key);
        return new ProofIgnores(s, story);
    }
}
