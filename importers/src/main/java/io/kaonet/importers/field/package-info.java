/**
 * Reading and checking one field of an imported record: {@link io.kaonet.importers.field.FieldReader},
 * the one reader of a year, a date, a number, a country, a kind… that every import format uses, so
 * that a value is accepted or refused by one rule, with one message, whatever file it comes in.
 */
package io.kaonet.importers.field;
