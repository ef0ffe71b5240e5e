package kr.co.whaling.adapter.in.web;

import kr.co.whaling.domain.terms.Choice;

/** The API's numbers for a choice: 1 is yes, 2 is no. */
final class ChoiceCodes {

    static final int YES = 1;
    static final int NO = 2;

    private ChoiceCodes() {
    }

    static int code(Choice choice) {
        return choice == Choice.YES ? YES : NO;
    }

    /** Only called with a validated 1 or 2. */
    static Choice choice(int code) {
        return switch (code) {
            case YES -> Choice.YES;
            case NO -> Choice.NO;
            default -> throw new IllegalArgumentException("choice must be 1 or 2: " + code);
        };
    }
}
