package org.newsdesk.proof;

import java.util.List;
import java.util.Objects;

/**
 * One proofreading finding: where it is, what is wrong and what to write instead.
 *
 * @param category    what kind of problem
 * @param severity    error or warning
 * @param paragraphId the paragraph it is in, or {@code null} when it is in a metadata field
 * @param field       the metadata field it is in ({@link ProofField}), or {@code null} in a paragraph
 * @param start       first character (inclusive) in that paragraph's or field's text
 * @param end         end (exclusive); equal to {@code start} for something missing (a closing mark)
 * @param messageKey  resource bundle key of the message
 * @param args        the message's arguments (the text found first, then the suggestion when there is one)
 * @param suggestion  what replaces {@code [start, end)}, or {@code null} when there is no single fix
 * @param ruleId      the rule that found it (stable: ignore lists refer to it)
 */
public record Finding(ProofCategory category, Severity severity, String paragraphId, ProofField field, int start,
                      int end, String messageKey, List<String> args, String suggestion, String ruleId) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(ruleId, "ruleId");
        if ((paragraphId == null) == (field == null)) {
            throw new IllegalArgumentException("a finding is in one paragraph or one field");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** Whether applying the suggestion without a look is safe: conversion errors only. */
    public boolean safe() {
        return category == ProofCategory.CONVERSION && suggestion != null;
    }

    /** The text the finding is about (first message argument), or empty. */
    public String found() {
        return args.isEmpty() ? "" : args.get(0);
    }

    /** Where it is, as a key for ignore lists: the rule and the text found. */
    public String ignoreKey() {
        return ruleId + "|" + found();
    }
}
