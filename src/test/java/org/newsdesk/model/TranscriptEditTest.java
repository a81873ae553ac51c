package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.model.SampleInterview.GUEST;
import static org.newsdesk.model.SampleInterview.HOST;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptEditTest {

    /**
     * An expected insertion, by positions in the result: the inserted paragraph, the
     * paragraph it follows ({@code null} = first) and the untouched paragraph the run
     * of insertions comes before ({@code null} = end).
     */
    record Ins(int at, Integer after, Integer before) {
    }

    /**
     * One row of the table.
     *
     * @param kept     result index to the saved index whose id it must keep
     * @param updated  result indices expected in {@code updated}, in order
     * @param inserted expected insertions, in order
     * @param deleted  saved indices expected in {@code deleted}, in order
     */
    record Case(String name, List<Paragraph> saved, List<Paragraph> current, Map<Integer, Integer> kept,
                List<Integer> updated, List<Ins> inserted, List<Integer> deleted) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();

        List<Paragraph> saved = SampleInterview.paragraphs();
        cases.add(new Case("no change (ids unknown to the editor)", saved, SampleInterview.withFreshIds(saved),
                identity(7), List.of(), List.of(), List.of()));

        List<Paragraph> many = SampleInterview.numbered(40);
        List<Paragraph> oneEdited = new ArrayList<>(SampleInterview.withFreshIds(many));
        oneEdited.set(20, Paragraph.of(HOST, "第20个问题：请您再谈谈资金来源。"));
        cases.add(new Case("one paragraph edited in the middle of many", many, oneEdited,
                identity(40), List.of(20), List.of(), List.of()));

        saved = SampleInterview.paragraphs();
        List<Paragraph> split = current(saved, 0, 1, 2);
        split.add(Paragraph.of(GUEST, "我们和运营商谈好了，农村家庭可以选每月三十元的基础套餐，"));
        split.add(Paragraph.of(GUEST, "低保户另有补贴。"));
        split.addAll(current(saved, 4, 5, 6));
        cases.add(new Case("Enter splits a paragraph", saved, split,
                keep(0, 0, 1, 1, 2, 2, 3, 3, 5, 4, 6, 5, 7, 6), List.of(3), List.of(new Ins(4, 3, 5)), List.of()));

        saved = SampleInterview.paragraphs();
        List<Paragraph> enterAtEnd = current(saved, 0, 1, 2, 3);
        enterAtEnd.add(Paragraph.of(GUEST, ""));
        enterAtEnd.addAll(current(saved, 4, 5, 6));
        cases.add(new Case("Enter at the end of a paragraph adds an empty one", saved, enterAtEnd,
                keep(0, 0, 1, 1, 2, 2, 3, 3, 5, 4, 6, 5, 7, 6), List.of(), List.of(new Ins(4, 3, 5)), List.of()));

        saved = SampleInterview.paragraphs();
        cases.add(new Case("one paragraph deleted", saved, current(saved, 0, 1, 2, 3, 5, 6),
                keep(0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6), List.of(), List.of(), List.of(4)));

        saved = SampleInterview.paragraphs();
        List<Paragraph> joined = current(saved, 0, 1, 2, 3, 4);
        joined.add(Paragraph.of(HOST, saved.get(5).text() + saved.get(6).text()));
        cases.add(new Case("Backspace joins the last two paragraphs", saved, joined,
                keep(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5), List.of(5), List.of(), List.of(6)));

        saved = SampleInterview.paragraphs();
        List<Paragraph> atStart = new ArrayList<>();
        atStart.add(Paragraph.narration("（片头音乐）"));
        atStart.addAll(current(saved, 0, 1, 2, 3, 4, 5, 6));
        cases.add(new Case("insertion at the start", saved, atStart,
                keep(1, 0, 2, 1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6), List.of(), List.of(new Ins(0, null, 1)), List.of()));

        saved = SampleInterview.paragraphs();
        List<Paragraph> atEnd = current(saved, 0, 1, 2, 3, 4, 5, 6);
        atEnd.add(Paragraph.of(HOST, "谢谢李主任。"));
        cases.add(new Case("insertion at the end", saved, atEnd,
                identity(7), List.of(), List.of(new Ins(7, 6, null)), List.of()));

        saved = SampleInterview.paragraphs();
        List<Paragraph> pasted = current(saved, 0, 1, 2);
        pasted.add(Paragraph.of(HOST, "那么宽带的速度呢？"));
        pasted.add(Paragraph.of(GUEST, "百兆到户。"));
        pasted.add(Paragraph.of(HOST, "明白了。"));
        pasted.addAll(current(saved, 3, 4, 5, 6));
        cases.add(new Case("three paragraphs pasted in the middle", saved, pasted,
                keep(0, 0, 1, 1, 2, 2, 6, 3, 7, 4, 8, 5, 9, 6), List.of(),
                List.of(new Ins(3, 2, 6), new Ins(4, 3, 6), new Ins(5, 4, 6)), List.of()));

        saved = SampleInterview.paragraphs();
        List<Paragraph> speakerChanged = current(saved, 0, 1, 2, 3, 4, 5, 6);
        speakerChanged.set(2, speakerChanged.get(2).withSpeaker(GUEST));
        cases.add(new Case("speaker change only", saved, speakerChanged,
                identity(7), List.of(2), List.of(), List.of()));

        saved = SampleInterview.paragraphs();
        List<Paragraph> styleChanged = current(saved, 0, 1, 2, 3, 4, 5, 6);
        styleChanged.set(3, new Paragraph(Paragraph.newId(), GUEST, List.of(
                Span.plain("我们和运营商谈好了，农村家庭可以选"),
                Span.styled("每月三十元", SpanStyle.BOLD),
                Span.plain("的基础套餐，低保户另有补贴。"))));
        cases.add(new Case("style change only", saved, styleChanged,
                identity(7), List.of(3), List.of(), List.of()));

        List<Paragraph> fromNothing = List.of(Paragraph.of(HOST, "各位听众好。"), Paragraph.of(GUEST, "大家好。"));
        cases.add(new Case("first paragraphs of an empty transcript", List.of(), fromNothing,
                Map.of(), List.of(), List.of(new Ins(0, null, null), new Ins(1, 0, null)), List.of()));

        saved = SampleInterview.paragraphs();
        cases.add(new Case("everything deleted", saved, List.of(),
                Map.of(), List.of(), List.of(), List.of(0, 1, 2, 3, 4, 5, 6)));

        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void between(Case c) {
        TranscriptEdit edit = TranscriptEdit.between(c.saved(), c.current());
        List<Paragraph> result = edit.result();

        assertThat(result).as("result size").hasSameSizeAs(c.current());
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.get(i).sameContentAs(c.current().get(i)))
                    .as("result[%d] has the current content", i).isTrue();
        }
        assertThat(result.stream().map(Paragraph::id)).as("result ids").doesNotHaveDuplicates();
        c.kept().forEach((r, s) -> assertThat(result.get(r).id())
                .as("result[%d] keeps the id of saved[%d]", r, s)
                .isEqualTo(c.saved().get(s).id()));

        assertThat(edit.updated()).as("updated")
                .containsExactlyElementsOf(c.updated().stream().map(result::get).toList());

        Set<String> savedIds = ids(c.saved());
        assertThat(edit.inserted()).as("inserted").hasSameSizeAs(c.inserted());
        for (int j = 0; j < c.inserted().size(); j++) {
            TranscriptEdit.Insertion actual = edit.inserted().get(j);
            Ins expected = c.inserted().get(j);
            assertThat(actual.paragraph()).as("insertion %d", j).isEqualTo(result.get(expected.at()));
            assertThat(savedIds).as("insertion %d has a new id", j).doesNotContain(actual.paragraph().id());
            assertThat(actual.afterId()).as("insertion %d afterId", j)
                    .isEqualTo(expected.after() == null ? null : result.get(expected.after()).id());
            assertThat(actual.beforeId()).as("insertion %d beforeId", j)
                    .isEqualTo(expected.before() == null ? null : result.get(expected.before()).id());
        }

        assertThat(edit.deleted()).as("deleted")
                .containsExactlyElementsOf(c.deleted().stream().map(i -> c.saved().get(i).id()).toList());

        // every saved paragraph is either still in the result (same id) or deleted, never both
        Set<String> resultIds = ids(result);
        for (Paragraph p : c.saved()) {
            assertThat(resultIds.contains(p.id()) ^ edit.deleted().contains(p.id()))
                    .as("saved paragraph %s is kept xor deleted", p.text()).isTrue();
        }
        assertThat(edit.isEmpty()).as("isEmpty")
                .isEqualTo(c.updated().isEmpty() && c.inserted().isEmpty() && c.deleted().isEmpty());
    }

    /** The saved paragraphs at {@code indices}, with fresh ids (the editor does not know them). */
    private static List<Paragraph> current(List<Paragraph> saved, int... indices) {
        return IntStream.of(indices).mapToObj(i -> saved.get(i).withId(Paragraph.newId()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Map<Integer, Integer> identity(int n) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(i, i);
        }
        return m;
    }

    /** Pairs of (result index, saved index). */
    private static Map<Integer, Integer> keep(int... pairs) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Set<String> ids(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::id).collect(Collectors.toCollection(HashSet::new));
    }
}
