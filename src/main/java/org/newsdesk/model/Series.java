package org.newsdesk.model;

/**
 * The series a story is one part of, e.g. part 3 of an interview published in parts.
 *
 * @param id    identifier shared by all parts
 * @param name  the series' name, may be empty
 * @param part  this story's part number, from 1
 * @param total how many parts the series has, or {@code null} if not known yet
 */
public record Series(String id, String name, int part, Integer total) {
    public Series {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
    }
}
