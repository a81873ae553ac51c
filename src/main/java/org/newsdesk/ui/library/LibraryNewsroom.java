package org.newsdesk.ui.library;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the library shows of the newsroom: who has which story open elsewhere, who each story
 * is assigned to, and the "Mine" filter (assigned to this workstation's login). Without a
 * newsroom it is not joined and shows nothing.
 */
public final class LibraryNewsroom {

    private final BooleanProperty joined = new SimpleBooleanProperty();
    private final StringProperty me = new SimpleStringProperty("");
    private final ObjectProperty<Map<UUID, String>> assignees = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<UUID, String>> openElsewhere = new SimpleObjectProperty<>(Map.of());
    private final BooleanProperty mineOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Map<String, String>> names = new SimpleObjectProperty<>(Map.of());
    private java.util.Set<UUID> kept = java.util.Set.of();
    private boolean keptAll;
    private final javafx.beans.property.IntegerProperty shownChanges = new javafx.beans.property.SimpleIntegerProperty();

    /** Joined (with this login) or not; leaving clears what was shown. */
    public void joined(boolean now, String login) {
        joined.set(now);
        me.set(now && login != null ? login : "");
        if (!now) {
            assignees.set(Map.of());
            openElsewhere.set(Map.of());
            mineOnly.set(false);
        }
    }

    /** The desk as the server tells it: display names of those with a story open elsewhere, assignees' logins. */
    public void desk(Map<UUID, String> open, Map<UUID, String> assigned) {
        openElsewhere.set(Map.copyOf(open));
        assignees.set(Map.copyOf(assigned));
        shownChanges.set(shownChanges.get() + 1);
    }

    /** The stories kept offline here ({@code all}: every one), as the store last said. */
    public void kept(java.util.Set<UUID> ones, boolean all) {
        kept = java.util.Set.copyOf(ones);
        keptAll = all;
        shownChanges.set(shownChanges.get() + 1);
    }

    /** Whether the story's text is kept on this workstation ("keep offline"). */
    public boolean kept(UUID story) {
        return keptAll || kept.contains(story);
    }

    /** Whether every story is kept offline (a story's own choice then changes nothing). */
    public boolean keptAll() {
        return keptAll;
    }

    /** Display names by login (for the assignee's name), when known. */
    public void names(Map<String, String> byLogin) {
        names.set(Map.copyOf(byLogin));
        // the assignees did not change, so their property tells nobody: the names shown did
        shownChanges.set(shownChanges.get() + 1);
    }

    /** The stories the Mine filter leaves, or {@code null} when it is off (every story). */
    java.util.Set<UUID> mine() {
        if (!mineOnly.get() || !joined.get()) {
            return null;
        }
        java.util.Set<UUID> out = new java.util.HashSet<>();
        assignees.get().forEach((story, login) -> {
            if (me.get().equals(login)) {
                out.add(story);
            }
        });
        return out;
    }

    /** Who has the story open elsewhere, as display names. */
    public Optional<String> openElsewhere(UUID story) {
        return Optional.ofNullable(openElsewhere.get().get(story));
    }

    /** The story's assignee as shown (display name when known, else the login). */
    public Optional<String> assignee(UUID story) {
        String login = assignees.get().get(story);
        return login == null ? Optional.empty() : Optional.of(names.get().getOrDefault(login, login));
    }

    public ReadOnlyBooleanProperty joinedProperty() {
        return joined;
    }

    public ReadOnlyStringProperty meProperty() {
        return me;
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    public ReadOnlyObjectProperty<Map<UUID, String>> assigneesProperty() {
        return assignees;
    }

    /** Counts changes of what the newsroom column shows (the desk, or the names once read): redraw on each. */
    public javafx.beans.property.ReadOnlyIntegerProperty shownChangesProperty() {
        return shownChanges;
    }

    public ReadOnlyObjectProperty<Map<UUID, String>> openElsewhereProperty() {
        return openElsewhere;
    }
}
