package org.aaregistry.web.form;

/**
 * A field of a form: its name is the API's JSON path without {@code $.} ({@code marrow.cellularityPercent}), so
 * that the API's problem for a field lands beside it. The label and unit are what a coordinator reads; the API
 * alone decides what is valid.
 *
 * @param codeList for {@link Kind#CODE}, the API's code list (GET /code-lists)
 */
public record Field(String name, String label, Kind kind, String unit, String codeList, String hint) {

    /** How a field is entered and sent. */
    public enum Kind {
        TEXT,
        LONG_TEXT,
        NUMBER,
        DATE,
        CODE,
        /** yes, no or not known: sent as true, false or left out */
        YES_NO,
        /** a box ticked or not: sent as true or false */
        CHECKBOX
    }

    public static Field text(String name, String label) {
        return new Field(name, label, Kind.TEXT, null, null, null);
    }

    public static Field longText(String name, String label) {
        return new Field(name, label, Kind.LONG_TEXT, null, null, null);
    }

    public static Field number(String name, String label, String unit) {
        return new Field(name, label, Kind.NUMBER, unit, null, null);
    }

    public static Field date(String name, String label) {
        return new Field(name, label, Kind.DATE, null, null, null);
    }

    public static Field code(String name, String label, String codeList) {
        return new Field(name, label, Kind.CODE, null, codeList, null);
    }

    public static Field yesNo(String name, String label) {
        return new Field(name, label, Kind.YES_NO, null, null, null);
    }

    public static Field checkbox(String name, String label) {
        return new Field(name, label, Kind.CHECKBOX, null, null, null);
    }

    public Field hint(String text) {
        return new Field(name, label, kind, unit, codeList, text);
    }

    /** The HTML id: the name with its dots as dashes. */
    public String id() {
        return "f-" + name.replace('.', '-');
    }

    public boolean is(String kindName) {
        return kind.name().equals(kindName);
    }
}
