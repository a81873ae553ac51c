package org.newsdesk.importer;

import org.newsdesk.i18n.Messages;

/** Says in the user's language what went wrong with an import, or what a note means. */
public final class ImportErrorText {

    private ImportErrorText() {
    }

    /** One line naming the file and the problem, and what to do where there is something to do. */
    public static String describe(ImportException e, Messages messages) {
        String file = e.file() != null ? e.file().toString()
                : e.address() != null ? e.address() : messages.get("import.pasted");
        String key = switch (e.problem()) {
            case NOT_READABLE -> "import.error.notReadable";
            case EMPTY -> "import.error.empty";
            case TOO_LARGE -> "import.error.tooLarge";
            case BINARY -> "import.error.binary";
            case UNDETECTABLE_ENCODING -> "import.error.undetectableEncoding";
            case WRONG_ENCODING -> "import.error.wrongEncoding";
            case UNKNOWN_ENCODING -> "import.error.unknownEncoding";
            case DAMAGED_DOCX -> "import.error.damagedDocx";
            case COMPRESSION_BOMB -> "import.error.compressionBomb";
            case UNSUPPORTED_FORMAT -> "import.error.unsupportedFormat";
            case NO_CONTENT -> "import.error.noContent";
            case CANCELLED -> "import.error.cancelled";
            case FAILED -> "import.error.failed";
            case BAD_ADDRESS -> "import.error.badAddress";
            case NOT_FOUND -> "import.error.notFound";
            case SERVER_ERROR -> "import.error.serverError";
            case TIMEOUT -> "import.error.timeout";
            case REDIRECT_LOOP -> "import.error.redirectLoop";
            case NOT_HTML -> "import.error.notHtml";
            case UNREACHABLE -> "import.error.unreachable";
        };
        return messages.get(key, file, e.detail());
    }

    /** A preview note, e.g. "2 tables ignored". */
    public static String note(ImportNote note, Messages messages) {
        String key = switch (note.kind()) {
            case TABLES_IGNORED -> "import.note.tables";
            case IMAGES_IGNORED -> "import.note.images";
            case PARAGRAPHS_SPLIT -> "import.note.split";
            case ENCODING_GUESSED -> "import.note.encodingGuessed";
            case NO_PAGE_METADATA -> "import.note.noPageMetadata";
            case ROLE_INFERRED -> "import.note.roleInferred";
            case LABELS_ACCEPTED -> "import.note.labelsAccepted";
            case TURNS_SPLIT -> "import.note.turnsSplit";
            case NETIZEN_NICKNAME -> "import.note.netizenNickname";
            case CAPTION_AS_NARRATION -> "import.note.caption";
            case TIMESTAMP_AS_NARRATION -> "import.note.timestamp";
            case HEADING_AS_NARRATION -> "import.note.heading";
            case CREDIT_AS_NARRATION -> "import.note.credit";
            case HEADLINE_CHOSEN -> "import.note.headlineChosen";
            case LINE_DROPPED -> "import.note.lineDropped";
            case LABELS_MERGED -> "import.note.labelsMerged";
            case SHORT_LINES_PACKED -> "import.note.shortLinesPacked";
        };
        // the packing note's detail is a count (how many paragraphs), worded as one
        Object detail = note.kind() == ImportNote.Kind.SHORT_LINES_PACKED ? Long.valueOf(note.detail()) : note.detail();
        String text = messages.get(key, note.count(), detail);
        if (note.line() > 0) {
            text = messages.get("import.note.atLine", note.line(), text);
        }
        return note.lowConfidence() ? messages.get("import.note.check", text) : text;
    }
}
