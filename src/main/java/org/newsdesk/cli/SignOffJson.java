package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsdesk.workflow.signoff.CorrectionNote;
import org.newsdesk.workflow.signoff.SignOffState;
import org.newsdesk.workflow.signoff.Signature;

/**
 * The review chain in {@code show --json}: {@code signOff} with the chain, the valid signatures
 * (level, by, at, the story version and revision signed), the next open level (null when all are
 * signed), who changed the story last and a pending correction; {@code corrections}, the published ones.
 */
final class SignOffJson {

    private SignOffJson() {
    }

    static void addTo(ObjectNode story, SignOffState state, List<CorrectionNote> corrections) {
        ObjectNode n = story.putObject("signOff");
        n.put("chain", state.chain().cliName());
        n.put("levels", state.chain().levels());
        ArrayNode signatures = n.putArray("signatures");
        for (Signature s : state.signatures()) {
            signatures.addObject().put("level", s.level()).put("by", s.signedBy()).put("at", s.signedAt().toString())
                    .put("version", s.storyVersion()).put("revision", s.revision());
        }
        if (state.nextLevel() <= state.chain().levels()) {
            n.put("nextLevel", state.nextLevel());
        } else {
            n.putNull("nextLevel");
        }
        n.put("lastChangedBy", state.lastChangedBy());
        n.put("correctionPending", state.correctionPending());
        n.put("correctionNote", state.correctionNote());
        ArrayNode c = story.putArray("corrections");
        for (CorrectionNote note : corrections) {
            c.add(JsonNodeFactory.instance.objectNode().put("revision", note.revision()).put("note", note.note())
                    .put("by", note.by()).put("at", note.at().toString()));
        }
    }
}
