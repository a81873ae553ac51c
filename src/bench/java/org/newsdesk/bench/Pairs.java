package org.newsdesk.bench;

import java.util.List;

/**
 * The registry of comparisons the suite reports. To add one: write the two benchmark
 * methods (ours and its baseline, in the same class) and add a line here.
 */
public final class Pairs {

    public static final List<Pair> ALL = List.of(
            new Pair("save one changed paragraph", StoreBenchmarks.class,
                    "saveOneParagraphOurs", "saveOneParagraphJdbc", 3.0),
            new Pair("open a 3,000-paragraph story", StoreBenchmarks.class,
                    "openStoryOurs", "openStoryJdbc", 2.0));

    private Pairs() {
    }
}
