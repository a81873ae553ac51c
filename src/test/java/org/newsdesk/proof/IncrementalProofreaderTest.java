package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** A story checked again after each edit: the same report as a whole check, reading only the paragraphs edited. */
class IncrementalProofreaderTest {

    /** Pieces of text with something for every rule: conversion, typos, punctuation, numbers, years, names. */
    private static final String[] PIECES = {
        "我們抽調精乾人員,", "這項工作己經完成,提昇了效率。", "他們說這個問題很重要。", "2015年的報告", "二〇一五年的報告",
        "共有１２人參加", "李寶純表示同意。", "李寶淳表示同意。", "「這是真的嗎", "他說...好吧", "一公裡外的車站",
        "我们这个会议", "进行了讨论", "還有這些", "沒有問題。",
    };
    private static final UUID ID = UUID.randomUUID();

    @Test
    void everyCheckGivesTheReportOfAWholeCheck() {
        Random random = new Random(20261203L);
        IncrementalProofreader incremental = new IncrementalProofreader(Proofing.READER);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(text(random));
        }
        Set<String> directory = Set.of();
        ProofIgnores ignores = ProofIgnores.NONE;
        for (int round = 0; round < 300; round++) {
            int at = random.nextInt(texts.size());
            switch (random.nextInt(8)) {
                case 0 -> texts.add(at, text(random));
                case 1 -> texts.remove(at);
                case 2 -> texts.set(at, texts.get(random.nextInt(texts.size()))); // a text twice
                case 3 -> directory = random.nextBoolean() ? Set.of() : Set.of("李寶純");
                case 4 -> ignores = random.nextBoolean() ? ProofIgnores.NONE
                        : ProofIgnores.NONE.withStory(Proofreader.TYPO_RULE + "|己經");
                case 5 -> {
                    // the script's majority turns: every paragraph is read again under the other script
                    for (int k = 0; k < 6; k++) {
                        texts.add(random.nextInt(texts.size()), "我们这个会议进行了讨论，这个问题们说时会");
                    }
                }
                default -> texts.set(at, new StringBuilder(texts.get(at)).insert(random.nextInt(texts.get(at).length() + 1),
                        PIECES[random.nextInt(PIECES.length)].charAt(0)).toString()); // a keystroke
            }
            if (texts.isEmpty()) {
                texts.add(text(random));
            }
            Story story = story(texts);
            ProofContext context = new ProofContext(directory, null, ignores);
            assertThat(incremental.check(story, context).findings()).as("round %d", round)
                    .isEqualTo(Proofing.READER.check(story, context).findings());
        }
    }

    @Test
    void aKeystrokeInOneParagraphReadsThatParagraphAlone() {
        List<String> texts = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            texts.add(i + "：" + text(random));
        }
        IncrementalProofreader incremental = new IncrementalProofreader(Proofing.READER);
        incremental.check(story(texts), ProofContext.DEFAULT);
        assertThat(incremental.paragraphsRead()).isEqualTo(300);

        incremental.check(story(texts), ProofContext.DEFAULT);
        assertThat(incremental.paragraphsRead()).as("nothing typed: nothing read").isEqualTo(300);

        texts.set(150, texts.get(150) + "己");
        ProofReport report = incremental.check(story(texts), ProofContext.DEFAULT);
        assertThat(incremental.paragraphsRead()).isEqualTo(301);
        assertThat(report.findings()).isEqualTo(Proofing.READER.check(story(texts), ProofContext.DEFAULT).findings());

        // a paragraph inserted: the ones after it move (their findings with them) but are not read again
        texts.add(10, "新的一段,");
        incremental.check(story(texts), ProofContext.DEFAULT);
        assertThat(incremental.paragraphsRead()).isEqualTo(302);

        // names known now: every paragraph may read differently
        incremental.check(story(texts), new ProofContext(Set.of("李寶純"), null, ProofIgnores.NONE));
        assertThat(incremental.paragraphsRead()).isEqualTo(302 + 301);
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** Paragraph ids are positions, as the window numbers them; the roster names 李寶純. */
    private static Story story(List<String> texts) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ps.add(Paragraph.of("guest", texts.get(i)).withId(Integer.toString(i)));
        }
        List<Speaker> roster = List.of(new Speaker("guest", "李寶純", "李寶純", "", SpeakerRole.GUEST));
        return new Story(ID, "s", Status.DRAFT, Metadata.withHeadline("渡輪的2015年"), roster, ps, 0, 0, Instant.EPOCH,
                Instant.EPOCH);
    }
}
