package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.text.ParseNote;
import org.newsdesk.text.ParsedTranscript;
import org.newsdesk.text.RoleInference;
import org.newsdesk.text.SourceParagraph;

/**
 * The import report: the parser's guesses as notes the preview lists (with their source
 * lines), and the roles inferred from the conversation.
 */
final class ImportReport {

    private ImportReport() {
    }

    static void addParseNotes(List<ParseNote> parsed, List<ImportNote> notes) {
        for (ParseNote n : parsed) {
            notes.add(ImportNote.at(kindOf(n.kind()), n.line(), n.detail(), n.lowConfidence()));
        }
    }

    static ImportNote.Kind kindOf(ParseNote.Kind kind) {
        return switch (kind) {
            case TURNS_SPLIT -> ImportNote.Kind.TURNS_SPLIT;
            case NICKNAME_AS_AUDIENCE -> ImportNote.Kind.NETIZEN_NICKNAME;
            case CAPTION_AS_NARRATION -> ImportNote.Kind.CAPTION_AS_NARRATION;
            case TIMESTAMP_AS_NARRATION -> ImportNote.Kind.TIMESTAMP_AS_NARRATION;
            case HEADING_AS_NARRATION -> ImportNote.Kind.HEADING_AS_NARRATION;
            case CREDIT_AS_NARRATION -> ImportNote.Kind.CREDIT_AS_NARRATION;
            case NAME_LABELS_ACCEPTED -> ImportNote.Kind.LABELS_ACCEPTED;
            case ROLE_INFERRED -> ImportNote.Kind.ROLE_INFERRED;
            case LABELS_MERGED -> ImportNote.Kind.LABELS_MERGED;
        };
    }

    /**
     * The roster with inferred roles applied; each inference is noted at the speaker's first
     * line. A role guess the editor declined is not made (the speaker stays a guest).
     */
    static List<Speaker> inferRoles(ParsedTranscript parsed, List<SourceParagraph> body, List<ImportNote> notes,
                                    DeclinedGuesses declined) {
        List<RoleInference.Inferred> inferred = RoleInference.infer(parsed.roster(), parsed.paragraphs());
        if (inferred.isEmpty()) {
            return parsed.roster();
        }
        List<Speaker> roster = new ArrayList<>(parsed.roster());
        for (RoleInference.Inferred i : inferred) {
            for (int r = 0; r < roster.size(); r++) {
                Speaker s = roster.get(r);
                if (s.key().equals(i.key()) && declined.declinesRole(s.key())) {
                    roster.set(r, new Speaker(s.key(), s.label(), s.fullName(), s.title(),
                            org.newsdesk.model.SpeakerRole.GUEST));
                } else if (s.key().equals(i.key())) {
                    roster.set(r, new Speaker(s.key(), s.label(), s.fullName(), s.title(), i.after()));
                    notes.add(new ImportNote(ImportNote.Kind.ROLE_INFERRED, 1, firstLine(parsed, body, s.key()),
                            s.label() + " → " + i.after().name(), i.lowConfidence(), s.key()));
                }
            }
        }
        return roster;
    }

    /** The source line of the speaker's first paragraph, when the text can be found there. */
    private static int firstLine(ParsedTranscript parsed, List<SourceParagraph> body, String key) {
        for (Paragraph p : parsed.paragraphs()) {
            if (key.equals(p.speakerKey())) {
                String text = p.text();
                for (SourceParagraph s : body) {
                    if (s.line() > 0 && s.text().contains(text.length() > 20 ? text.substring(0, 20) : text)) {
                        return s.line();
                    }
                }
                return 0;
            }
        }
        return 0;
    }
}
