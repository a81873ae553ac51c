package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.metadata.MetadataRejected;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;

/** The name directory as the Name directory dialog and the CLI use it, on a real H2 file. */
class NameDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aMisspeltPersonIsFixedInEveryStoryOnceAndKeptAfterRestart() {
        UUID edited;
        UUID written;
        UUID trashed;
        UUID other;
        long editedVersion;
        try (Store store = TestStores.fresh(dir)) {
            Story a = store.stories().create(Metadata.withHeadline("一").withEditor("張今沛").withSource("天津政務網"),
                    List.of(), List.of());
            Story b = store.stories().create(Metadata.withHeadline("二").withAuthors(List.of("李寶純", "張今沛"))
                    .withEditor("趙編輯"), List.of(), List.of());
            Story c = store.stories().create(Metadata.withHeadline("三").withEditor("張今沛"), List.of(), List.of());
            Story d = store.stories().create(Metadata.withHeadline("四").withEditor("張令沛").withSource("張今沛"),
                    List.of(), List.of());
            store.stories().moveToTrash(c.id());
            store.names().recordUse(a.metadata());
            store.names().recordUse(b.metadata());
            store.names().recordUse(d.metadata());
            edited = a.id();
            written = b.id();
            trashed = c.id();
            other = d.id();
            editedVersion = a.version();

            assertThat(store.names().all()).filteredOn(u -> u.name().equals("張今沛"))
                    .extracting(NameUse::kind, NameUse::timesUsed, NameUse::stories)
                    .containsExactly(tuple(NameKind.SOURCE, 1, 1), tuple(NameKind.AUTHOR, 1, 1),
                            tuple(NameKind.EDITOR, 1, 2));
            assertThat(store.names().known(NameKind.EDITOR, "張令沛")).isTrue();

            List<UUID> changed = store.names().rename(NameKind.EDITOR, "張今沛", "  張令沛 ");

            // a person: authors and editors alike, the trash too; the source of the same spelling stays
            assertThat(changed).containsExactlyInAnyOrder(edited, written, trashed);
        }
        try (Store store = TestStores.fresh(dir)) {
            Story a = store.stories().get(edited);
            assertThat(a.metadata().editor()).isEqualTo("張令沛");
            assertThat(a.version()).isEqualTo(editedVersion + 1);
            assertThat(store.stories().get(written).metadata().authors()).containsExactly("李寶純", "張令沛");
            assertThat(store.stories().get(trashed).metadata().editor()).isEqualTo("張令沛");
            assertThat(store.stories().get(other).metadata().source()).isEqualTo("張今沛");
            // merged with the right spelling already known: the counts add up
            assertThat(store.names().all()).filteredOn(u -> u.kind() == NameKind.EDITOR)
                    .extracting(NameUse::name, NameUse::timesUsed, NameUse::stories)
                    .containsExactly(tuple("張令沛", 2, 3), tuple("趙編輯", 1, 1));
            assertThat(store.names().names(NameKind.AUTHOR, "張", 5)).extracting(e -> e.name()).containsExactly("張令沛");
        }
    }

    @Test
    void badNamesAreRefusedAndUnusedNamesCanBeRemoved() {
        try (Store store = TestStores.fresh(dir)) {
            Story s = store.stories().create(Metadata.withHeadline("一").withEditor("張令沛"), List.of(), List.of());
            store.names().recordUse(s.metadata());
            store.names().recordUse(Metadata.withHeadline("x").withEditor("王老五").withSource("新華社"));

            for (String bad : List.of("", "   ", "張\u0007令沛", "長".repeat(101))) {
                assertThatThrownBy(() -> store.names().rename(NameKind.EDITOR, "張令沛", bad))
                        .isInstanceOf(MetadataRejected.class);
            }
            assertThat(store.stories().get(s.id()).version()).isEqualTo(s.version());

            assertThat(store.names().removeUnused()).isEqualTo(2);
            assertThat(store.names().all()).extracting(NameUse::kind, NameUse::name)
                    .containsExactly(tuple(NameKind.EDITOR, "張令沛"));
        }
    }
}
