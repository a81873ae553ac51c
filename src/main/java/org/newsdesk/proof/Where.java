package org.newsdesk.proof;

/** A text the proofreader reads: one paragraph (by id) or one metadata field. */
record Where(String paragraphId, ProofField field) {

    static Where paragraph(String id) {
        return new Where(id, null);
    }

    static Where field(ProofField f) {
        return new Where(null, f);
    }
}
