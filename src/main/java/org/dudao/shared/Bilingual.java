package org.dudao.shared;

/** A message for users in Chinese and English; errors carry both so any client can show them. */
public record Bilingual(String zh, String en) {

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
