package org.newsdesk.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A three-way merge of two edited copies of one sequence (characters of a paragraph, ids of a
 * transcript) against the version both started from. Each side's edits are found with
 * java-diff-utils (Myers) against the base; edits of one side, or equal edits of both, are
 * applied; edits whose base ranges overlap or touch (two insertions at one place, an insertion
 * at the edge of the other side's change) become a {@link Chunk} with both versions, so the
 * caller decides and nothing is dropped.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /** One run of the result: agreed elements, or a conflict with the base's and each side's elements. */
    public record Chunk<T>(List<T> base, List<T> mine, List<T> theirs, boolean conflict) {
        public Chunk {
            base = List.copyOf(base);
            mine = List.copyOf(mine);
            theirs = List.copyOf(theirs);
        }

        static <T> Chunk<T> agreed(List<T> elements) {
            return new Chunk<>(List.of(), elements, elements, false);
        }

        /** The agreed elements (of a chunk that is not a conflict). */
        public List<T> merged() {
            return mine;
        }
    }

    /** The merge: the chunks in order, whether any is a conflict. */
    public record Result<T>(List<Chunk<T>> chunks) {
        public Result {
            chunks = List.copyOf(chunks);
        }

        public boolean clean() {
            return chunks.stream().noneMatch(Chunk::conflict);
        }

        /** The merged sequence; only for a clean merge. */
        public List<T> merged() {
            if (!clean()) {
                throw new IllegalStateException("the merge has conflicts");
            }
            List<T> out = new ArrayList<>();
            chunks.forEach(c -> out.addAll(c.merged()));
            return out;
        }
    }

    /** One side's change: base elements [from, to) become {@code replacement}. */
    private record Edit<T>(int from, int to, List<T> replacement, boolean mine) {
    }

    public static <T> Result<T> merge(List<T> base, List<T> mine, List<T> theirs) {
        List<Edit<T>> edits = new ArrayList<>();
        edits.addAll(editsOf(base, mine, true));
        edits.addAll(editsOf(base, theirs, false));
        edits.sort(Comparator.comparingInt((Edit<T> e) -> e.from).thenComparingInt(e -> e.to));
        List<Chunk<T>> chunks = new ArrayList<>();
        int position = 0;
        int i = 0;
        while (i < edits.size()) {
            // a cluster: edits whose base ranges overlap or touch one another
            int from = edits.get(i).from;
            int to = edits.get(i).to;
            int j = i + 1;
            while (j < edits.size() && touches(edits.get(j), from, to, edits.subList(i, j))) {
                to = Math.max(to, edits.get(j).to);
                j++;
            }
            if (position < from) {
                chunks.add(Chunk.agreed(base.subList(position, from)));
            }
            List<Edit<T>> cluster = edits.subList(i, j);
            List<T> mineVersion = apply(base, from, to, cluster, true);
            List<T> theirsVersion = apply(base, from, to, cluster, false);
            boolean bothSides = cluster.stream().anyMatch(Edit::mine) && cluster.stream().anyMatch(e -> !e.mine);
            if (!bothSides || mineVersion.equals(theirsVersion)) {
                List<T> agreed = cluster.get(0).mine ? mineVersion : theirsVersion;
                if (bothSides || !agreed.isEmpty()) {
                    chunks.add(Chunk.agreed(agreed));
                }
            } else {
                chunks.add(new Chunk<>(base.subList(from, to), mineVersion, theirsVersion, true));
            }
            position = to;
            i = j;
        }
        if (position < base.size()) {
            chunks.add(Chunk.agreed(base.subList(position, base.size())));
        }
        return new Result<>(joinAgreed(chunks));
    }

    /**
     * Whether {@code e} belongs to the cluster spanning base [from, to): its range overlaps, or one
     * of the two is an insertion at the other's edge. Two non-empty ranges that merely meet do not
     * touch, unless both come from different sides with an insertion between them.
     */
    private static <T> boolean touches(Edit<T> e, int from, int to, List<Edit<T>> cluster) {
        if (e.from < to) {
            return true;
        }
        if (e.from > to) {
            return false;
        }
        // e starts where the cluster ends
        boolean clusterEndsWithInsertion = cluster.stream().anyMatch(c -> c.from == to && c.to == to);
        return e.from == e.to || clusterEndsWithInsertion || from == to;
    }

    /** The side's version of base [from, to): its edits of the cluster applied, the rest as in the base. */
    private static <T> List<T> apply(List<T> base, int from, int to, List<Edit<T>> cluster, boolean mine) {
        List<T> out = new ArrayList<>();
        int at = from;
        for (Edit<T> e : cluster) {
            if (e.mine != mine) {
                continue;
            }
            out.addAll(base.subList(at, e.from));
            out.addAll(e.replacement);
            at = e.to;
        }
        out.addAll(base.subList(at, to));
        return out;
    }

    private static <T> List<Edit<T>> editsOf(List<T> base, List<T> revised, boolean mine) {
        List<Edit<T>> out = new ArrayList<>();
        for (AbstractDelta<T> d : DiffUtils.diff(base, revised).getDeltas()) {
            int from = d.getSource().getPosition();
            out.add(new Edit<>(from, from + d.getSource().size(), new ArrayList<>(d.getTarget().getLines()), mine));
        }
        return out;
    }

    private static <T> List<Chunk<T>> joinAgreed(List<Chunk<T>> chunks) {
        List<Chunk<T>> out = new ArrayList<>();
        for (Chunk<T> c : chunks) {
            int last = out.size() - 1;
            if (!c.conflict() && last >= 0 && !out.get(last).conflict()) {
                List<T> joined = new ArrayList<>(out.get(last).merged());
                joined.addAll(c.merged());
                out.set(last, Chunk.agreed(joined));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Three-way choice of one value: the side that changed it wins; both changed differently is a conflict (null). */
    public static <T> Choice<T> choose(T base, T mine, T theirs) {
        if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
            return new Choice<>(mine, false);
        }
        if (Objects.equals(mine, base)) {
            return new Choice<>(theirs, false);
        }
        return new Choice<>(mine, true);
    }

    /** A chosen value; {@code conflict} when both sides changed it differently (the value is then mine). */
    public record Choice<T>(T value, boolean conflict) {
    }
}
