package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * Gives the speakers a document's guests and host lines name ({@link DocxFront}) their part,
 * full name and title: 嘉宾：市科技局局长 张三 makes the speaker labelled 张三 a guest titled
 * 市科技局局长. What the lines say is not a guess, so a role the conversation suggested for
 * such a speaker is replaced and its note goes.
 */
final class FrontPeople {

    private FrontPeople() {
    }

    static List<Speaker> apply(List<Speaker> roster, List<DocxFront.Person> people, List<ImportNote> notes) {
        if (people.isEmpty()) {
            return roster;
        }
        List<Speaker> out = new ArrayList<>(roster.size());
        for (Speaker s : roster) {
            DocxFront.Person p = named(s, people);
            if (p == null) {
                out.add(s);
                continue;
            }
            boolean partOnly = p.name().equals(s.label()) && isPartWord(p.name());
            // the parser takes a name label for the full name (陈局长): the line knows better (陈明)
            boolean guessed = s.fullName().isEmpty() || s.fullName().equals(s.label());
            String fullName = guessed && !partOnly && !isPartWord(p.name()) ? p.name() : s.fullName();
            String title = s.title().isEmpty() ? p.title() : s.title();
            SpeakerRole role = s.role() == SpeakerRole.AUDIENCE ? s.role() : p.role();
            out.add(new Speaker(s.key(), s.label(), fullName, title, role));
            notes.removeIf(n -> n.kind() == ImportNote.Kind.ROLE_INFERRED && n.speakerKey().equals(s.key()));
        }
        return out;
    }

    /** The person a speaker is: by the label or full name first, else as {@link DocxFront#calls} finds. */
    private static DocxFront.Person named(Speaker s, List<DocxFront.Person> people) {
        for (DocxFront.Person p : people) {
            if (p.name().equals(s.label()) || !s.fullName().isEmpty() && p.name().equals(s.fullName())) {
                return p;
            }
        }
        for (DocxFront.Person p : people) {
            if (DocxFront.calls(s.label(), p, people)) {
                return p;
            }
        }
        return null;
    }

    /** 主持人, Host: a line that names only the part, not the person. */
    private static boolean isPartWord(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "主持人", "主持", "嘉宾", "嘉賓", "受访者", "受訪者", "记者", "記者", "host", "guest", "interviewer",
                 "interviewee", "moderator" -> true;
            default -> false;
        };
    }
}
