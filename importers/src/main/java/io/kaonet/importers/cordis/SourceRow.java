package io.kaonet.importers.cordis;

import io.kaonet.importers.field.FieldSource;

/**
 * One record of a CORDIS file, whichever its syntax (a CSV row or a JSON object): its fields by
 * name as text, and the line it starts on.
 */
interface SourceRow extends FieldSource {

    /** The file's name as the user gave it. */
    String file();

    /** The 1-based line the record starts on. */
    long line();

    /** The field as read (not trimmed), or null when the record has no such field. */
    String get(String column);
}
