package org.newsdesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Locked copy, without the toolkit: what happens to an edit (a keystroke, a committed input-method
 * text, a paste) made to a story that is Approved, Published or partly signed. The first edit
 * asks; edits made while the question is open are held, in order, so nothing typed is lost; on
 * confirm they are all applied (after the story was sent back), on cancel all dropped and the
 * copy stays locked without asking again until the story is opened again (once per open, not
 * per keystroke).
 *
 * @param <E> an edit, replayed as it came (the window's key and input-method events)
 */
final class SignOffLock<E> {

    /** What to do with an edit. */
    enum Decision {
        /** Not locked (or unlocked on confirm): let it through. */
        PASS,
        /** The first edit to locked copy: held, and the question is to be asked now. */
        ASK,
        /** The question is open: held until it is answered. */
        HOLD,
        /** The editor kept the copy as it is: dropped (and the editor told). */
        DROP
    }

    private final BooleanSupplier locked;
    private final List<E> held = new ArrayList<>();
    private boolean asking;
    private boolean declined;
    private boolean unlocked;

    /** @param locked whether the open story is locked copy now */
    SignOffLock(BooleanSupplier locked) {
        this.locked = locked;
    }

    Decision edit(E edit) {
        if (unlocked || !locked.getAsBoolean()) {
            return Decision.PASS;
        }
        if (declined) {
            return Decision.DROP;
        }
        held.add(edit);
        if (asking) {
            return Decision.HOLD;
        }
        asking = true;
        return Decision.ASK;
    }

    /** Whether the question may be asked from elsewhere (the sign-off section's button) now. */
    boolean ask() {
        if (asking || unlocked || !locked.getAsBoolean()) {
            return false;
        }
        asking = true;
        declined = false;
        return true;
    }

    /** The editor chose to edit: the held edits, in order, to apply once the story is sent back. */
    List<E> confirmed() {
        asking = false;
        unlocked = true;
        List<E> out = List.copyOf(held);
        held.clear();
        return out;
    }

    /** The editor kept the copy: the held edits are dropped, and later ones too until the next open. */
    void cancelled() {
        asking = false;
        declined = true;
        held.clear();
    }

    /** Another story (or the same one again) was opened: ask again at its first edit. */
    void reset() {
        asking = false;
        declined = false;
        unlocked = false;
        held.clear();
    }

    boolean asking() {
        return asking;
    }
}
